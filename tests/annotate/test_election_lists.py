"""Election lists whose items bring their own titles (issue 25): ``các ông: A, <titles>; B, <titles>; C,
<titles>, được bầu giữ chức Phó Bí thư Tỉnh ủy`` gives every one listed the post; an item with a clause
of its own keeps only its own. Hand-built sentences."""

from __future__ import annotations

from tests.annotation_helpers import annotate_article, titles_of

HEADLINE = "Đại hội Đảng bộ tỉnh Quảng Nam bầu Ban Thường vụ"
DEPUTY = ("Phó Bí thư", "Tỉnh ủy Quảng Nam")


def test_every_item_of_a_semicolon_list_gets_the_post_the_clause_gives() -> None:
    ann = annotate_article(HEADLINE, "Với số phiếu tuyệt đối, các ông: Lục Văn Quân, Phó Bí thư Thường trực Tỉnh ủy "
                                     "khóa XV; Đàm Quốc Bảo, Trưởng Ban Dân vận Tỉnh ủy; Sùng A Páo, Phó Chủ tịch "
                                     "HĐND tỉnh khóa XV, được bầu giữ chức Phó Bí thư Tỉnh ủy khóa XVI.")
    for name in ("Lục Văn Quân", "Đàm Quốc Bảo", "Sùng A Páo"):
        assert DEPUTY in titles_of(ann, name), name
    assert ("Trưởng ban", "Ban Dân vận Tỉnh ủy Quảng Nam") in titles_of(ann, "Đàm Quốc Bảo")


def test_items_with_their_own_honorifics_and_va() -> None:
    ann = annotate_article(HEADLINE, "HĐND tỉnh đã bầu ông Lục Văn Quân, Chủ tịch HĐND huyện Duy Xuyên và ông Đàm "
                                     "Quốc Bảo, Bí thư Huyện ủy Núi Thành, giữ chức vụ Phó Chủ tịch UBND tỉnh.")
    for name in ("Lục Văn Quân", "Đàm Quốc Bảo"):
        assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Nam") in titles_of(ann, name), name


def test_an_item_with_its_own_clause_keeps_its_own_post() -> None:
    ann = annotate_article(HEADLINE, "Theo đó, ông Lục Văn Quân được chỉ định giữ chức Bí thư Tỉnh ủy; ông Đàm "
                                     "Quốc Bảo, Chủ tịch HĐND tỉnh, giữ chức Phó Bí thư Thường trực Tỉnh ủy; ông "
                                     "Sùng A Páo, Chủ tịch UBND tỉnh, giữ chức Phó Bí thư Tỉnh ủy.")
    assert DEPUTY not in titles_of(ann, "Lục Văn Quân")
    assert DEPUTY not in titles_of(ann, "Đàm Quốc Bảo")
    assert DEPUTY in titles_of(ann, "Sùng A Páo")


def test_a_list_of_guests_with_no_clause_gets_nothing_more() -> None:
    ann = annotate_article(HEADLINE, "Dự đại hội có ông Lục Văn Quân, Bí thư Tỉnh ủy; ông Đàm Quốc Bảo, Chủ tịch "
                                     "UBND tỉnh.")
    assert titles_of(ann, "Lục Văn Quân") == {("Bí thư", "Tỉnh ủy Quảng Nam")}
    assert titles_of(ann, "Đàm Quốc Bảo") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Nam")}
