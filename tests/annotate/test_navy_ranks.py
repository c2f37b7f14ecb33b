"""The navy's flag ranks stand before a name like the generals' ranks, and are no part of it."""

from __future__ import annotations

from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import names_of as _names
from tests.annotation_helpers import titles_of as _titles

HEAD = "Hải quân tổng kết huấn luyện"


def test_a_navy_rank_introduces_a_name_and_its_titles() -> None:
    ann = _annotate(HEAD, "Chuẩn đô đốc Đặng Văn Bảy - Phó Tư lệnh Quân chủng Hải quân phát biểu. "
                          "Phó Đô đốc Vũ Văn Tám, Tư lệnh Quân chủng Hải quân, chủ trì.")
    assert _titles(ann, "Đặng Văn Bảy") == {("Phó Tư lệnh", "Quân chủng Hải quân")}
    assert _titles(ann, "Vũ Văn Tám") == {("Tư lệnh", "Quân chủng Hải quân")}


def test_a_title_set_off_before_a_navy_rank_belongs_to_the_name_after_it() -> None:
    ann = _annotate(HEAD, "Nguyên Tư lệnh Quân chủng Hải quân, đô đốc Hồ Văn Chín dự lễ.")
    assert "Hồ Văn Chín" in _names(ann)
    assert ("Tư lệnh", "Quân chủng Hải quân") in _titles(ann, "Hồ Văn Chín")
