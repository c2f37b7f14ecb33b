"""Sub-departments (Chi cục) named by their field after the head's title, in any case."""

from __future__ import annotations

from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import titles_of as _titles

HEAD = "Tỉnh Gia Lai tuần tra bảo vệ rừng"


def test_a_lower_case_field_after_the_title_names_the_sub_department() -> None:
    ann = _annotate(HEAD, "Ông Rơ Châm Ba - chi cục trưởng kiểm lâm tỉnh Gia Lai - cho biết đã tăng cường tuần tra.")
    assert _titles(ann, "Rơ Châm Ba") == {("Chi cục trưởng", "Chi cục Kiểm lâm tỉnh Gia Lai")}


def test_the_field_before_a_name_names_the_sub_department() -> None:
    ann = _annotate(HEAD, "Có mặt tại hiện trường, Phó Chi cục trưởng Bảo vệ thực vật Trần Văn Bốn chỉ đạo phun thuốc.")
    assert _titles(ann, "Trần Văn Bốn") == {("Phó Chi cục trưởng", "Chi cục Bảo vệ thực vật")}
