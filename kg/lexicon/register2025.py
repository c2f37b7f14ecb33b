"""The two-level register of 1 July 2025, from the ``vietnamadminunits`` package data (offline).

On 1 July 2025 districts were abolished and units merged: 34 provinces and central
cities, 3,321 communes, wards and special zones. Articles dated on or after that day
name these units (``xã Nam Đà, tỉnh Lâm Đồng``, ``phường Sài Gòn``, the new ``tỉnh Gia
Lai`` that took in Bình Định). The GSO codes of the new register reuse old ones (the new
tỉnh Gia Lai has code 52, the old Bình Định's; the new xã Nam Đà 24697, the old one's), so a
2025 unit is a :class:`~kg.model.Place` with ``reform2025`` set and a key of its own.

This module builds the register and the map from legacy codes to the 2025 units they
became part of (``converter_2025.json``); :mod:`kg.lexicon.gazetteer` reads the rows.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from kg.lexicon.normalize import ascii_key
from kg.model import Place, PlaceType

# the day the two-level system took effect
REFORM_DATE_ISO = "2025-07-01"

# the 13 special zones (đặc khu Phú Quốc, Côn Đảo, Vân Đồn…) are commune-level units with a type
# word of their own (place_types.tsv ``đặc khu``)
WARD_TYPES_2025 = {"Phường": PlaceType.WARD, "Xã": PlaceType.COMMUNE, "Đặc khu": PlaceType.SPECIAL_ZONE}

SQL_2025 = (
    "SELECT province, provinceKey, provinceShort, provinceCode, provinceLat, provinceLon, provinceAlias,"
    " wardKey, wardShort, wardType, wardCode, wardLat, wardLon FROM admin_units"
)


@dataclass(frozen=True)
class Register2025:
    """The 2025 units by code (provinces: 2 digits, communes: 5) and by ASCII name key."""

    by_code: dict[str, Place]
    by_key: dict[str, tuple[Place, ...]]
    successors: dict[str, Place]  # legacy code -> the 2025 unit it became part of

    def get(self, code: str) -> Place | None:
        return self.by_code.get(code)


def fits_2025(mentioned: PlaceType, registered: PlaceType) -> bool:
    """Whether a type word can name a 2025 unit: the very type (no district-level unit exists).

    ``thị trấn`` names no 2025 unit (townships were abolished), so a township written in a
    new article is the legacy one; ``thành phố`` and ``tỉnh`` both name a central city.
    """
    if mentioned is registered:
        return True
    return registered is PlaceType.CENTRAL_CITY and mentioned in (PlaceType.CITY, PlaceType.PROVINCE)


def build_register(rows: list[tuple], converter: Path, legacy_keys: dict[str, str],  # type: ignore[type-arg]
                   province_keys: dict[str, str], historical: dict[str, set[str]]) -> Register2025:
    """The 2025 register from ``admin_units`` rows (:data:`SQL_2025`).

    ``legacy_keys`` maps ``province_district_ward`` keys of the legacy register to codes,
    ``province_keys`` legacy province keys to codes, ``historical`` legacy codes to the
    extra name keys of the unit (``thuathienhue`` for 46): a 2025 province that kept a
    legacy province's code is the same unit renamed, and keeps those names.
    """
    by_code: dict[str, Place] = {}
    provinces: dict[str, Place] = {}  # province key -> unit
    wards: dict[tuple[str, str], Place] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    for (prov, pkey, pshort, pcode, plat, plon, palias,
         wkey, wshort, wtype, wcode, wlat, wlon) in rows:
        if pkey not in provinces:
            ptype = PlaceType.CENTRAL_CITY if prov.startswith("Thành phố") else PlaceType.PROVINCE
            provinces[pkey] = by_code[pcode] = Place(pshort, ptype, pcode, None, plat, plon, reform2025=True)
            aliases[pcode].update(json_list(palias))
        wards[(pkey, wkey)] = by_code[wcode] = Place(
            wshort, WARD_TYPES_2025.get(wtype, PlaceType.COMMUNE), wcode, pcode, wlat, wlon, reform2025=True)
    successors = _successors(converter, legacy_keys, province_keys, provinces, wards)
    for old_code, keys in historical.items():
        new = successors.get(old_code)
        if new is not None and new.code == old_code:  # Thừa Thiên Huế (46) is Huế (46)
            aliases[old_code].update(keys)
    by_key: dict[str, list[Place]] = defaultdict(list)
    for code, place in by_code.items():
        by_key[ascii_key(place.name)].append(place)
        for alias in sorted(aliases.get(code, ())):
            if place not in by_key[alias]:
                by_key[alias].append(place)
    return Register2025(by_code, {k: tuple(sorted(v, key=lambda p: p.code or "")) for k, v in by_key.items()},
                        successors)


def _successors(converter: Path, legacy_keys: dict[str, str], province_keys: dict[str, str],
                provinces: dict[str, Place], wards: dict[tuple[str, str], Place]) -> dict[str, Place]:
    """Map legacy province and commune codes to the 2025 units they became part of."""
    try:
        conv = json.loads(converter.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict[str, Place] = {}
    for new_pkey, old_pkeys in conv.get("DICT_PROVINCE", {}).items():
        for old in old_pkeys:
            if old in province_keys and new_pkey in provinces:
                out[province_keys[old]] = provinces[new_pkey]
    for new_pkey, by_ward in conv.get("DICT_PROVINCE_WARD_NO_DIVIDED", {}).items():
        for new_wkey, olds in by_ward.items():
            target = wards.get((new_pkey, new_wkey))
            for old in olds:
                if target is not None and old in legacy_keys:
                    out[legacy_keys[old]] = target
    for new_pkey, olds in conv.get("DICT_PROVINCE_WARD_DIVIDED", {}).items():
        for old, choices in olds.items():
            default = next((c for c in choices if c.get("isDefaultNewWard")), None)
            target = wards.get((new_pkey, default["newWardKey"])) if default else None
            if target is not None and old in legacy_keys:
                out[legacy_keys[old]] = target
    return out


def json_list(text: str | None) -> list[str]:
    if not text:
        return []
    try:
        val = json.loads(text)
    except ValueError:
        return []
    return [str(v) for v in val] if isinstance(val, list) else []
