"""TitleContext: the unit a bare type word means in an article (kg.annotate.context)."""

from __future__ import annotations

from kg.annotate.context import TitleContext
from kg.lexicon.resources import resources
from kg.model import PlaceType


def test_only_named_is_the_one_unit_of_the_type_or_the_one_the_smaller_units_lie_in() -> None:
    gaz = resources().gazetteer
    nam_binh = gaz.parse_locality("xã Nam Bình, huyện Đắk Song, tỉnh Đắk Nông")
    dak_song = gaz.parent(nam_binh)
    assert nam_binh is not None and dak_song is not None and dak_song.type is PlaceType.DISTRICT
    dak_mil = gaz.parse_locality("huyện Đắk Mil, tỉnh Đắk Nông")
    assert TitleContext(gaz, named=(dak_song,)).only_named(PlaceType.DISTRICT) == dak_song
    assert TitleContext(gaz, named=(nam_binh,)).only_named(PlaceType.DISTRICT) == dak_song
    assert TitleContext(gaz, named=(dak_song, dak_mil)).only_named(PlaceType.DISTRICT) is None
    assert TitleContext(gaz, named=(nam_binh, dak_mil)).only_named(PlaceType.DISTRICT) == dak_mil
    assert TitleContext(gaz).only_named(PlaceType.DISTRICT) is None
