"""Titles after a name that a short parenthesis sets off (a photo's place, an age), after the state's
honorary titles (NSND, NGƯT), and associations' chairs, as press lists write them (issue 25).
Hand-built sentences."""

from __future__ import annotations

import pytest

from tests.annotation_helpers import annotate_article, titles_of

HEADLINE = "Quảng Nam tôn vinh công dân tiêu biểu"


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        # where the person stands in the photo, between the name and the comma of the title
        ("Ông Hồ Văn Tám (đứng giữa), Phó Chủ tịch UBND xã Duy Phước trao đổi với người dân.", "Hồ Văn Tám",
         {("Phó Chủ tịch", "Ủy ban nhân dân xã Duy Phước")}),
        # an age, then the title with no comma; a union of associations named after its head
        ("Danh sách gồm: GS.TS Đỗ Văn Khang (80 tuổi) Chủ tịch Liên hiệp các hội Khoa học và Kỹ thuật tỉnh "
         "Quảng Nam; ông Bế Văn Lợi (61 tuổi), Chủ tịch Hội Sản xuất quế sạch huyện Nam Trà My.", "Đỗ Văn Khang",
         {("Chủ tịch", "Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Quảng Nam")}),
        ("Danh sách gồm: GS.TS Đỗ Văn Khang (80 tuổi) Chủ tịch Liên hiệp các hội Khoa học và Kỹ thuật tỉnh "
         "Quảng Nam; ông Bế Văn Lợi (61 tuổi), Chủ tịch Hội Sản xuất quế sạch huyện Nam Trà My.", "Bế Văn Lợi",
         {("Chủ tịch", "Hội Sản xuất quế sạch huyện Nam Trà My")}),
        # an honorary title introduces the name; a national association written in lower case
        ("NSND Lương Thị Huế (70 tuổi) Chủ tịch Hội nghệ sĩ sân khấu Việt Nam đã dự.", "Lương Thị Huế",
         {("Chủ tịch", "Hội Nghệ sĩ sân khấu Việt Nam")}),
        # a parenthesis that holds a title still gives that title
        ("Ông Đỗ Văn Khang (Phó Chủ tịch UBND huyện Duy Xuyên) phát biểu.", "Đỗ Văn Khang",
         {("Phó Chủ tịch", "Ủy ban nhân dân huyện Duy Xuyên")}),
    ],
)
def test_titles_after_a_parenthesis_aside(sentence: str, name: str, expected: set[tuple[str, str]]) -> None:
    assert titles_of(annotate_article(HEADLINE, sentence), name) == expected


def test_an_aside_with_no_title_after_it_gives_none() -> None:
    ann = annotate_article(HEADLINE, "Ông Hồ Văn Tám (bên phải) trao quà cho các hộ nghèo của xã.")
    assert titles_of(ann, "Hồ Văn Tám") == set()


def test_a_lower_case_clause_ending_with_the_country_is_no_body() -> None:
    ann = annotate_article(HEADLINE, "Ông Hồ Văn Tám, Phó Chủ tịch Hội đồng quản trị công ty cho biết giá gạo "
                                     "Việt Nam tăng.")
    assert all(org is None or "Việt Nam" not in org for _role, org in titles_of(ann, "Hồ Văn Tám"))
