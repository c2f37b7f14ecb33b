"""Posts from the misses of blind rounds 20 and 21, on hand-built text."""

from __future__ import annotations

from tests.annotation_helpers import annotate_article, titles_of


def test_a_committee_term_inside_a_title_list_does_not_end_the_list() -> None:
    ann = annotate_article(
        "Tỉnh Lạng Sơn kiện toàn nhân sự",
        "Các ông Hoàng Văn Minh - Phó bí thư Tỉnh ủy khóa 17, Chủ tịch UBND tỉnh và ông Lục Văn Tâm - ủy viên "
        "Ban Thường vụ Tỉnh ủy khóa 17, Chủ tịch HĐND tỉnh Lạng Sơn được bầu giữ chức vụ mới.")
    assert ("Chủ tịch", "Ủy ban nhân dân tỉnh Lạng Sơn") in titles_of(ann, "Hoàng Văn Minh")
    assert ("Chủ tịch", "Hội đồng nhân dân tỉnh Lạng Sơn") in titles_of(ann, "Lục Văn Tâm")


def test_a_bare_title_listed_with_a_comma_before_a_titled_one_shares_its_body() -> None:
    ann = annotate_article(
        "Bộ Tư pháp lên tiếng",
        "Ngày 3-4, ông Đỗ Văn Hải, Chánh văn phòng, Người phát ngôn Bộ Tài nguyên và Môi trường, ký văn bản "
        "trả lời báo chí.")
    assert ("Chánh Văn phòng", "Bộ Tài nguyên và Môi trường") in titles_of(ann, "Đỗ Văn Hải")


def test_a_head_written_bare_before_its_officers_name_is_the_body_named_before() -> None:
    ann = annotate_article(
        "Lễ hội Đồng Kỵ",
        "Trong cuộc họp báo tại Sở Văn hóa Thể thao và Du lịch Hải Dương, Phó giám đốc Sở Trần Văn Hưng cho "
        "biết lễ hội diễn ra an toàn.")
    assert titles_of(ann, "Trần Văn Hưng") == {("Phó Giám đốc", "Sở Văn hóa, Thể thao và Du lịch tỉnh Hải Dương")}
    assert "Văn Hưng" not in {p.name for p in ann.people}
    school = annotate_article(
        "Kỷ luật hiệu trưởng",
        "Bà Lê Thị Hoa - hiệu trưởng Trường tiểu học Trần Quốc Toản bị kiểm điểm. Sở yêu cầu xử lý hiệu trưởng "
        "trường Trần Quốc Toản và các cá nhân liên quan.")
    assert "Trần Quốc Toản" not in {p.name for p in school.people}


def test_a_peoples_committee_after_a_dash_is_named_not_a_party_committee_left_out() -> None:
    ann = annotate_article(
        "Kỳ họp HĐND xã Tân Lập",
        "Dự kỳ họp có đồng chí Lê Văn Hòa Phó Bí thư Đảng ủy - Chủ tịch UBND xã, đồng chí Trần Văn Nam - phó "
        "Chủ tịch HĐND xã.")
    assert ("Chủ tịch", "Ủy ban nhân dân xã") in titles_of(ann, "Lê Văn Hòa")
    assert ("Chủ tịch", "Ủy ban nhân dân xã") not in titles_of(ann, "Trần Văn Nam")


def test_a_bare_party_committee_listed_with_a_units_post_is_that_units() -> None:
    ann = annotate_article(
        "Đại hội Đảng bộ phường Vinh Tân",
        "Dự đại hội có đồng chí Lê Văn Hòa - Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An, Bí thư Đảng ủy, Chủ tịch "
        "Hội đồng nhân dân phường Hưng Dũng, Tổ trưởng Tổ công tác số 3.")
    assert ("Bí thư", "Đảng ủy phường Hưng Dũng") in titles_of(ann, "Lê Văn Hòa")


def test_a_numbered_area_in_a_bodys_name_keeps_its_number() -> None:
    ann = annotate_article(
        "Hội nghị quân sự xã Thạnh An",
        "Tham dự có đồng chí Thượng tá Lê Văn Hải, Phó Chính ủy Ban Chỉ huy Phòng thủ Khu vực 2 - Phong Điền; "
        "đồng chí Trần Văn Nam, Chủ tịch UBND xã.")
    assert titles_of(ann, "Lê Văn Hải") == {("Phó Chính ủy", "Ban Chỉ huy Phòng thủ Khu vực 2")}


def test_a_post_recalled_after_a_dash_names_its_holder() -> None:
    ann = annotate_article(
        "Mặt trận Tổ quốc",
        "Khi tôi mới về Mặt trận, chị Lê Thị Hoa - lúc này là Trưởng ban dân vận Trung ương, nói ngay có việc "
        "cần làm.")
    assert titles_of(ann, "Lê Thị Hoa") == {("Trưởng ban", "Ban Dân vận Trung ương")}
