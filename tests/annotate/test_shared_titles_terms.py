"""A plural title whose committee's term stands before the list cue (``Các Phó Bí thư Tỉnh ủy khóa mới gồm:``),
as the congresses of the new provinces' Party committees (2025) are reported: every listed name holds it."""

from __future__ import annotations

import pytest

from tests.annotation_helpers import annotate_article, titles_of


@pytest.mark.parametrize("term", ["khóa mới", "khóa XVIII", "khóa XVIII, nhiệm kỳ 2025 - 2030"])
def test_a_term_between_a_plural_title_and_its_list_keeps_the_list(term: str) -> None:
    ann = annotate_article(
        "Ban Chấp hành Đảng bộ tỉnh Lạng Sơn họp phiên thứ nhất",
        f"Chiều 25/9/2025, Ban Chấp hành Đảng bộ tỉnh Lạng Sơn họp phiên thứ nhất. Các Phó Bí thư Tỉnh ủy {term} "
        "gồm: Bà Lê Thị Hoa (tái cử), ông Phạm Văn Dũng và ông Hoàng Minh Tú.")
    for name in ("Lê Thị Hoa", "Phạm Văn Dũng", "Hoàng Minh Tú"):
        assert ("Phó Bí thư", "Tỉnh ủy Lạng Sơn") in titles_of(ann, name), name


def test_other_words_between_the_title_and_the_cue_still_break_the_list() -> None:
    ann = annotate_article(
        "Tỉnh ủy Lạng Sơn họp",
        "Chiều 25/9/2025, Các Phó Bí thư Tỉnh ủy đã dự họp cùng các đại biểu gồm: "
        "ông Phạm Văn Dũng và ông Hoàng Minh Tú.")
    assert ("Phó Bí thư", "Tỉnh ủy Lạng Sơn") not in titles_of(ann, "Phạm Văn Dũng")
