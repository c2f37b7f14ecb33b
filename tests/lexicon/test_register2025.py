"""The 2025 two-level register: its units, the view an article's date calls for, the hierarchy."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.lexicon.gazetteer import Gazetteer
from kg.lexicon.resources import resources
from kg.model import PlaceType

AFTER = dt.date(2025, 8, 15)
BEFORE = dt.date(2019, 1, 10)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return resources().gazetteer


def test_the_register_has_34_provinces_and_the_communes_of_the_two_level_system(gaz: Gazetteer) -> None:
    units = gaz.reg2025.by_code.values()
    assert sum(1 for p in units if p.type.level == 1) == 34
    assert sum(1 for p in units if p.type.level == 3) == 3321
    assert not any(p.type.level == 2 for p in units)  # no districts after 1 July 2025
    assert all(p.reform2025 for p in units)
    hanoi = gaz.reg2025.get("01")
    assert hanoi is not None and hanoi.type is PlaceType.CENTRAL_CITY


def test_a_merged_commune_resolves_in_the_2025_register_after_the_reform(gaz: Gazetteer) -> None:
    new = gaz.as_of(AFTER).resolve("Nam Đà", PlaceType.COMMUNE)
    assert new is not None and new.reform2025 and (new.code, new.parent_code) == ("24697", "68")
    parent = gaz.parent(new)
    assert parent is not None and parent.label == "tỉnh Lâm Đồng" and parent.reform2025
    old = gaz.as_of(BEFORE).resolve("Nam Đà", PlaceType.COMMUNE)
    assert old is not None and not old.reform2025 and old.parent_code == "664"  # huyện Krông Nô
    assert new.key != old.key  # one code, two units


def test_the_new_gia_lai_is_not_the_old_one(gaz: Gazetteer) -> None:
    new = gaz.as_of(AFTER).resolve("Gia Lai", PlaceType.PROVINCE)
    assert new is not None and new.code == "52"  # the code of the former Bình Định
    old = gaz.as_of(BEFORE).resolve("Gia Lai", PlaceType.PROVINCE)
    assert old is not None and old.code == "64"
    binh_dinh = gaz.as_of(AFTER).resolve("Bình Định", PlaceType.PROVINCE)
    assert binh_dinh is not None and not binh_dinh.reform2025  # named historically in a new article
    assert gaz.successor(binh_dinh) == new


def test_a_new_article_still_names_old_units(gaz: Gazetteer) -> None:
    view = gaz.as_of(AFTER)
    district = view.resolve("Krông Nô", PlaceType.DISTRICT)
    assert district is not None and district.code == "664" and not district.reform2025
    township = view.resolve("Đắk Mâm", PlaceType.TOWNSHIP)  # townships were abolished
    assert township is not None and township.code == "24688" and not township.reform2025
    lam_dong = view.resolve("Lâm Đồng", PlaceType.PROVINCE)
    assert lam_dong is not None and view.is_within(district, lam_dong)  # across the reform


def test_a_ward_named_only_since_2025(gaz: Gazetteer) -> None:
    assert gaz.as_of(BEFORE).resolve("Sài Gòn", PlaceType.WARD) is None
    for view in (gaz.as_of(AFTER), gaz.as_of(None)):  # undated: the old register, then the new
        ward = view.resolve("Sài Gòn", PlaceType.WARD)
        assert ward is not None and ward.code == "26740" and ward.parent_code == "79" and ward.reform2025
    assert gaz.as_of(None).resolve("Gia Lai", PlaceType.PROVINCE).code == "64"  # type: ignore[union-attr]


def test_renamed_province_keeps_its_old_names(gaz: Gazetteer) -> None:
    hue = gaz.as_of(AFTER).resolve("Thừa Thiên Huế")
    assert hue is not None and hue.reform2025 and hue.code == "46"
    hcm = gaz.as_of(AFTER).resolve("TP.HCM")
    assert hcm is not None and hcm.reform2025 and hcm.code == "79"


def test_views_are_made_once(gaz: Gazetteer) -> None:
    assert gaz.as_of(AFTER) is gaz.as_of(dt.date(2026, 1, 2))
    assert gaz.as_of(dt.date(2025, 6, 30)) is gaz
    assert gaz.as_of(dt.date(2025, 7, 1)).era == "2025"
