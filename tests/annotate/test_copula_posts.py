"""Posts a copula states after a name: ``ông X (SN 1965) hiện là …``, ``ông Y – khi đó là …``."""

from __future__ import annotations

from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import titles_of as _titles

HEAD = "Huyện Đắk Song kiện toàn cán bộ"


def test_the_titles_right_after_a_copula_are_the_persons_posts() -> None:
    ann = _annotate(HEAD, "Em ruột của ông là ông Y Bình Niê (SN 1975) hiện là chủ tịch UBND xã Thuận Hà, "
                          "huyện Đắk Song. Trước đó, ông Lê Văn Hòa – khi đó là Chủ tịch UBND huyện Đắk Song "
                          "– đã ký quyết định.")
    assert _titles(ann, "Y Bình Niê") == {("Chủ tịch", "Ủy ban nhân dân xã Thuận Hà")}
    assert _titles(ann, "Lê Văn Hòa") == {("Chủ tịch", "Ủy ban nhân dân huyện Đắk Song")}


def test_a_title_later_in_the_copulas_clause_is_someone_elses() -> None:
    ann = _annotate(HEAD, "Ông Trần Văn Lực là em vợ của Nguyễn Văn Hùng, Chủ tịch UBND xã Thuận Hà.")
    assert _titles(ann, "Trần Văn Lực") == set()
