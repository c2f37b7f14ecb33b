"""A section named in lower case up to the capitalized body that owns it (press style)."""

from __future__ import annotations

from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import titles_of as _titles

HEAD = "Hà Nội siết quản lý chất lượng công trình"


def test_a_lower_case_section_takes_its_owner_body_and_unit() -> None:
    ann = _annotate(HEAD, "Ông Đào Văn Khải, trưởng phòng giám định chất lượng Sở Xây dựng Hà Nội, cho biết "
                          "đã kiểm tra 40 công trình.")
    assert _titles(ann, "Đào Văn Khải") == {
        ("Trưởng phòng", "Phòng giám định chất lượng Sở Xây dựng thành phố Hà Nội")}


def test_a_section_of_a_ministry_keeps_the_ministry() -> None:
    ann = _annotate(HEAD, "Bà Lý Thị Hồng - phó trưởng phòng pháp chế Bộ Xây dựng - nêu ý kiến.")
    assert _titles(ann, "Lý Thị Hồng") == {("Phó Trưởng phòng", "Phòng pháp chế Bộ Xây dựng")}
