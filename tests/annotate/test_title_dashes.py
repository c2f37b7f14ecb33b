"""A dash between two titles of one person (``Bí thư Đảng ủy - Chủ tịch HĐND xã``), as commune portals
write them, joins the titles; a dash before a name or a verb still ends the list (issue 25).
Hand-built sentences."""

from __future__ import annotations

import pytest

from tests.annotation_helpers import annotate_article, titles_of

HEADLINE = "HĐND xã Duy Phước họp phiên thường kỳ"


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("Đồng chí Đinh Văn Lực - Bí thư Đảng ủy - Chủ tịch HĐND xã chủ trì hội nghị.", "Đinh Văn Lực",
         {("Bí thư", "Đảng ủy xã Duy Phước"), ("Chủ tịch", "Hội đồng nhân dân xã Duy Phước")}),
        # the dash glued to the word before it
        ("Đồng chí Đinh Văn Lực - Bí thư Đảng uỷ- Chủ tịch HĐND xã chủ trì hội nghị.", "Đinh Văn Lực",
         {("Bí thư", "Đảng ủy xã Duy Phước"), ("Chủ tịch", "Hội đồng nhân dân xã Duy Phước")}),
        ("Phát biểu khai mạc, đ/c Kiều Thị Mơ – Phó Bí thư Thường trực Đảng ủy – Chủ tịch HĐND xã nhấn mạnh.",
         "Kiều Thị Mơ", {("Phó Bí thư Thường trực", "Đảng ủy xã Duy Phước"),
                         ("Chủ tịch", "Hội đồng nhân dân xã Duy Phước")}),
    ],
)
def test_titles_joined_by_dashes(sentence: str, name: str, expected: set[tuple[str, str]]) -> None:
    assert titles_of(annotate_article(HEADLINE, sentence), name) == expected


def test_a_dash_before_a_name_or_a_verb_ends_the_titles() -> None:
    ann = annotate_article(HEADLINE, "Bí thư Huyện ủy Duy Xuyên - Trần Văn Khôi phát biểu. Ông Hà Văn Quế - "
                                     "chủ tịch UBND huyện Duy Xuyên - cho biết.")
    assert titles_of(ann, "Trần Văn Khôi") == {("Bí thư", "Huyện ủy Duy Xuyên")}
    assert titles_of(ann, "Hà Văn Quế") == {("Chủ tịch", "Ủy ban nhân dân huyện Duy Xuyên")}


def test_after_a_dash_a_committee_the_text_leaves_out_is_no_title_of_his() -> None:
    """"- Trưởng ban tổ chức cho biết": the head of an event's organizing committee, not of a Party board."""
    ann = annotate_article("Lễ hội đền Trần khai mạc", "Trả lời báo chí, bà Vi Thị Hạnh, Phó Chủ tịch UBND TP Nam "
                                                       "Định - Trưởng ban tổ chức cho biết lễ hội an toàn.")
    assert titles_of(ann, "Vi Thị Hạnh") == {("Phó Chủ tịch", "Ủy ban nhân dân thành phố Nam Định")}


def test_a_later_bare_title_before_a_verb_opens_the_next_clause() -> None:
    """"…, Phó Thống đốc Ngân hàng Nhà nước, Thủ tướng giao …": the Prime Minister is the next clause's subject."""
    ann = annotate_article("Hội nghị phát triển nông nghiệp", "Có mặt ông Ngô Văn Tài, Phó Thống đốc Ngân hàng Nhà "
                                                              "nước Việt Nam, Thủ tướng giao Ngân hàng Nhà nước vận "
                                                              "động các ngân hàng.")
    assert titles_of(ann, "Ngô Văn Tài") == {("Phó Thống đốc", "Ngân hàng Nhà nước Việt Nam")}
