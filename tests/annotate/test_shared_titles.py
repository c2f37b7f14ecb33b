"""A plural title followed by a list cue: every name of the list holds it."""

from __future__ import annotations

from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import titles_of as _titles

HEAD = "Tỉnh Quảng Trị kiện toàn nhân sự"


def test_each_name_after_a_plural_title_and_its_cue_holds_the_title() -> None:
    ann = _annotate(HEAD, "Các Phó Chủ tịch UBND tỉnh Quảng Trị gồm có: ông Trần Văn Bảy (Thường trực), "
                          "bà Lê Thị Tám và ông Phan Văn Chín. Hội nghị kết thúc.")
    for name in ("Trần Văn Bảy", "Lê Thị Tám", "Phan Văn Chín"):
        assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị") in _titles(ann, name)


def test_a_bare_plural_title_takes_the_body_the_sentence_named_before_it() -> None:
    ann = _annotate(HEAD, "Hiện HĐND tỉnh Quảng Trị có 3 Phó Chủ tịch, bao gồm bà Hồ Thị Mười "
                          "cùng các ông Đặng Văn Một và Võ Văn Hai.")
    for name in ("Hồ Thị Mười", "Đặng Văn Một", "Võ Văn Hai"):
        assert _titles(ann, name) == {("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Quảng Trị")}


def test_listed_names_keep_their_own_titles_too() -> None:
    ann = _annotate(HEAD, "Kỳ họp bầu bổ sung hai Ủy viên UBND tỉnh Quảng Trị gồm các ông, bà: Ngô Văn Ba, "
                          "Giám đốc Sở Xây dựng; Đỗ Thị Năm, Giám đốc Sở Nội vụ.")
    assert _titles(ann, "Ngô Văn Ba") == {("Ủy viên", "Ủy ban nhân dân tỉnh Quảng Trị"),
                                          ("Giám đốc", "Sở Xây dựng tỉnh Quảng Trị")}
    assert _titles(ann, "Đỗ Thị Năm") == {("Ủy viên", "Ủy ban nhân dân tỉnh Quảng Trị"),
                                          ("Giám đốc", "Sở Nội vụ tỉnh Quảng Trị")}


def test_a_singular_title_before_the_cue_is_no_list_of_holders() -> None:
    ann = _annotate(HEAD, "Đoàn công tác của Chủ tịch UBND tỉnh Quảng Trị gồm ông Trần Văn Bảy và bà Lê Thị Tám.")
    assert _titles(ann, "Lê Thị Tám") == set()


def test_a_plural_title_before_a_bare_colon_is_every_listed_holders() -> None:
    """``các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, <post>; B, <post>``: the colon alone opens the list."""
    ann = _annotate(HEAD, "Dự Đại hội có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy Quảng Trị: Ngô Văn Ba, "
                          "Trưởng Ban Dân vận Tỉnh ủy; Đỗ Thị Năm, Bí thư Đảng ủy xã Cam Lộ; các đồng chí "
                          "nguyên lãnh đạo tỉnh.")
    for name in ("Ngô Văn Ba", "Đỗ Thị Năm"):
        assert ("Ủy viên", "Ban Thường vụ Tỉnh ủy Quảng Trị") in _titles(ann, name)

