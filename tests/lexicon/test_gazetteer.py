"""The register: spelling variants, ambiguity by context, 2025 successors, --locality."""

from __future__ import annotations

import pytest

from kg.errors import LocalityError
from kg.lexicon.gazetteer import Gazetteer, compatible
from kg.lexicon.resources import resources
from kg.model import PlaceType


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return resources().gazetteer


@pytest.mark.parametrize("name", ["Đắk Môl", "Đăk Mol", "Đak Mol", "đăk môl", "Đắk Mol"])
def test_spelling_variants_resolve_to_one_commune(gaz: Gazetteer, name: str) -> None:
    place = gaz.resolve(name, PlaceType.COMMUNE)
    assert place is not None and place.code == "24718"


@pytest.mark.parametrize("name", ["Đắk N'Drung", "Đăk N’ Drung", "Đắk N‘Drung"])
def test_apostrophe_variants(gaz: Gazetteer, name: str) -> None:
    place = gaz.resolve(name, PlaceType.COMMUNE)
    assert place is not None and place.code == "24727"


def test_ambiguous_ward_is_resolved_by_the_article_city(gaz: Gazetteer) -> None:
    assert gaz.resolve("Sông Cầu", PlaceType.WARD) is None or len(gaz.candidates("Sông Cầu")) > 1
    city = gaz.get("058")
    assert city is not None
    place = gaz.resolve("Sông Cầu", PlaceType.WARD, near=(city,))
    assert place is not None and place.code == "01837" and place.parent_code == "058"


def test_hierarchy_up_to_the_province(gaz: Gazetteer) -> None:
    ward = gaz.get("01837")
    assert ward is not None
    assert [p.code for p in gaz.ancestors(ward)] == ["058", "06"]


def test_district_level_type_words_are_interchangeable(gaz: Gazetteer) -> None:
    # Đông Triều was a thị xã in 2022 and is registered as a thành phố
    assert compatible(PlaceType.TOWN, PlaceType.CITY)
    assert not compatible(PlaceType.WARD, PlaceType.CITY)
    place = gaz.resolve("Đông Triều", PlaceType.TOWN)
    assert place is not None and place.code == "205"


def test_2025_successors(gaz: Gazetteer) -> None:
    ward = gaz.get("01837")  # phường Sông Cầu, merged into phường Bắc Kạn (Thái Nguyên) in 2025
    assert ward is not None
    successor = gaz.successor(ward)
    assert successor is not None and successor.name == "Bắc Kạn" and successor.parent_code == "19"
    province = gaz.get("06")
    assert province is not None
    new_province = gaz.successor(province)
    assert new_province is not None and new_province.name == "Thái Nguyên"
    district = gaz.get("058")
    assert district is not None and gaz.successor(district) is None  # districts were abolished


def test_locality_option_resolves_type_and_province(gaz: Gazetteer) -> None:
    place = gaz.parse_locality("huyện Đắk Song, tỉnh Đắk Nông")
    assert place.code == "665"


def test_ambiguous_locality_option_lists_candidates(gaz: Gazetteer) -> None:
    with pytest.raises(LocalityError) as err:
        gaz.parse_locality("Sông Cầu")
    assert "phường Sông Cầu" in str(err.value) and "tỉnh Bắc Kạn" in str(err.value)


def test_unknown_locality_option_suggests_close_names(gaz: Gazetteer) -> None:
    with pytest.raises(LocalityError) as err:
        gaz.parse_locality("huyện Đắk Sonh, tỉnh Đắk Nông")
    assert "no unit" in str(err.value) and "Đắk Song" in str(err.value)


def test_locality_option_sets_the_home_of_a_text_that_names_none(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rdflib import Graph

    from kg.cli import main

    art = tmp_path / "a.txt"
    art.write_text("UBND huyện họp giao ban\nSáng 6/5, đồng chí Nguyễn Văn A, Chủ tịch UBND huyện chủ trì.\n",
                   encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(art), "--out", str(out), "--no-html",
                 "--locality", "huyện Đắk Song, tỉnh Đắk Nông"]) == 0
    g = Graph().parse(out / "graph.ttl")
    labels = {str(o) for o in g.objects(None, None) if "Đắk Song" in str(o)}
    assert "Ủy ban nhân dân huyện Đắk Song" in labels
