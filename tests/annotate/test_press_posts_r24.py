"""Posts from the misses of blind rounds 22 and 24, on hand-built text."""

from __future__ import annotations

from tests.annotation_helpers import annotate_article, titles_of


def test_a_school_named_by_the_unit_it_serves_is_a_body() -> None:
    ann = annotate_article(
        "Tin đồn thất thiệt",
        "Ông Lê Văn Bình - phó hiệu trưởng Trường THCS thị trấn Cái Bè - khẳng định không có học sinh nào bị "
        "ảnh hưởng. Bà Trần Thị Mai, Hiệu trưởng Trường Mầm non xã Tân Hưng, huyện Cái Bè, cũng cho biết vậy.")
    assert titles_of(ann, "Lê Văn Bình") == {("Phó Hiệu trưởng", "Trường THCS thị trấn Cái Bè")}
    assert titles_of(ann, "Trần Thị Mai") == {("Hiệu trưởng", "Trường Mầm non xã Tân Hưng")}


def test_the_post_held_now_in_an_aside_after_the_posts_held_then() -> None:
    ann = annotate_article(
        "Kỷ luật cán bộ hội",
        "Trách nhiệm thuộc về ông Lê Văn Tâm - chủ tịch Hội Nông dân, trưởng ban quản lý quỹ giai đoạn "
        "2009-2012 (nay là chủ tịch UBND xã Quỳnh Tân, huyện Quỳnh Lưu) và bà Trần Thị Lan (hiện là phó chủ tịch "
        "UBND xã Quỳnh Tân).")
    assert ("Chủ tịch", "Ủy ban nhân dân xã Quỳnh Tân") in titles_of(ann, "Lê Văn Tâm")
    assert titles_of(ann, "Trần Thị Lan") == {("Phó Chủ tịch", "Ủy ban nhân dân xã Quỳnh Tân")}


def test_a_later_person_in_the_aside_gap_keeps_the_aside() -> None:
    ann = annotate_article(
        "Kỷ luật cán bộ hội",
        "Ông Lê Văn Tâm - chủ tịch Hội Nông dân xã Quỳnh Tân và bà Trần Thị Lan (nay là phó chủ tịch UBND xã "
        "Quỳnh Tân) bị kiểm điểm.")
    assert ("Phó Chủ tịch", "Ủy ban nhân dân xã Quỳnh Tân") not in titles_of(ann, "Lê Văn Tâm")
    assert titles_of(ann, "Trần Thị Lan") == {("Phó Chủ tịch", "Ủy ban nhân dân xã Quỳnh Tân")}


def test_a_section_then_a_comma_then_its_body_is_the_section_of_that_body() -> None:
    ann = annotate_article(
        "Tranh chấp phí bảo trì",
        "Ông Lê Văn An - trưởng phòng quản lý nhà và công sở, Sở Xây dựng TP Đà Nẵng - cho biết đề nghị này. "
        "Bà Trần Thị Bích, Trưởng phòng Tổ chức cán bộ, Sở Nội vụ tỉnh Gia Lai cũng có mặt.")
    assert titles_of(ann, "Lê Văn An") == {
        ("Trưởng phòng", "Phòng quản lý nhà và công sở Sở Xây dựng thành phố Đà Nẵng")}
    assert titles_of(ann, "Trần Thị Bích") == {("Trưởng phòng", "Phòng Tổ chức cán bộ Sở Nội vụ tỉnh Gia Lai")}


def test_a_capitalized_noun_whose_second_word_is_a_verb_stays_in_the_body_name() -> None:
    ann = annotate_article(
        "Công an tỉnh họp báo",
        "Thượng tá Lê Văn An - Trưởng phòng Tham mưu, Công an tỉnh Gia Lai cho biết vụ việc đang được làm rõ. "
        "Đại tá Trần Văn Bình, Cục trưởng Cục Hậu cần Bộ Công an cũng có mặt. Ông Phạm Văn Cường, Giám đốc Sở "
        "Nội vụ tham mưu cho UBND tỉnh Gia Lai sắp xếp bộ máy.")
    assert titles_of(ann, "Lê Văn An") == {("Trưởng phòng", "Phòng Tham mưu Công an tỉnh Gia Lai")}
    assert titles_of(ann, "Trần Văn Bình") == {("Cục trưởng", "Cục Hậu cần Bộ Công an")}
    assert titles_of(ann, "Phạm Văn Cường") == {("Giám đốc", "Sở Nội vụ tỉnh Gia Lai")}
