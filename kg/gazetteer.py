"""The register of administrative units, backed by ``vietnamadminunits`` (offline).

Loads the pre-2025 three-level register (63 provinces, districts, communes)
with GSO codes, types and coordinates from the package's bundled SQLite file,
once, and answers name look-ups tolerant of spelling variants
(``Đắk/Đăk/Đak``, ``Môl/Mol``, ``N'Drung/N’ Drung``, tone placement, case).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources as importlib_resources

from kg.errors import GazetteerError
from kg.model import Place, PlaceType
from kg.normalize import ascii_key

_DISTRICT_TYPES = {
    "Quận": PlaceType.URBAN_DISTRICT,
    "Huyện": PlaceType.DISTRICT,
    "Thị xã": PlaceType.TOWN,
    "Thành phố": PlaceType.CITY,
}
_WARD_TYPES = {"Phường": PlaceType.WARD, "Xã": PlaceType.COMMUNE, "Thị trấn": PlaceType.TOWNSHIP}


def _strip_type(full: str) -> str:
    for word in ("Thành phố", "Thành Phố", "Tỉnh", "Quận", "Huyện", "Thị xã", "Phường", "Xã", "Thị trấn"):
        if full.startswith(word + " "):
            return full[len(word) + 1 :]
    return full


@dataclass(frozen=True)
class Gazetteer:
    """All units of the register, indexed by code and by ASCII name key."""

    by_code: dict[str, Place]
    by_key: dict[str, tuple[Place, ...]]

    @classmethod
    def load(cls) -> Gazetteer:
        """Read the register from the ``vietnamadminunits`` package data (no network)."""
        try:
            db = importlib_resources.files("vietnamadminunits").joinpath("data/dataset.db")
            with importlib_resources.as_file(db) as path:
                con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
                try:
                    rows = con.execute(
                        "SELECT province, provinceCode, provinceLat, provinceLon, provinceAlias,"
                        " district, districtShort, districtType, districtCode, districtLat, districtLon,"
                        " wardShort, wardType, wardCode, wardLat, wardLon"
                        " FROM admin_units_legacy"
                    ).fetchall()
                finally:
                    con.close()
        except (ModuleNotFoundError, sqlite3.Error, OSError) as exc:
            raise GazetteerError(
                "cannot read the administrative-unit register from the 'vietnamadminunits' "
                f"package ({exc}); install it with: pip install vietnamadminunits"
            ) from exc
        by_code: dict[str, Place] = {}
        aliases: dict[str, set[str]] = defaultdict(set)
        for (prov, pcode, plat, plon, palias, dist, dshort, dtype, dcode, dlat, dlon,
             wshort, wtype, wcode, wlat, wlon) in rows:
            if pcode and pcode not in by_code:
                ptype = PlaceType.CENTRAL_CITY if prov.startswith("Thành phố") else PlaceType.PROVINCE
                by_code[pcode] = Place(_strip_type(prov), ptype, pcode, None, plat, plon)
                for alias in _json_list(palias):
                    aliases[pcode].add(alias)
            if dcode and dcode not in by_code:
                name = dshort or _strip_type(dist)
                by_code[dcode] = Place(name, _DISTRICT_TYPES.get(dtype, PlaceType.DISTRICT),
                                       dcode, pcode, dlat, dlon)
            if wcode and wcode not in by_code:
                by_code[wcode] = Place(wshort, _WARD_TYPES.get(wtype, PlaceType.COMMUNE),
                                       wcode, dcode, wlat, wlon)
        by_key: dict[str, list[Place]] = defaultdict(list)
        for code, place in by_code.items():
            by_key[ascii_key(place.name)].append(place)
            for alias in aliases.get(code, ()):
                by_key[alias].append(place)
        return cls(by_code, {k: tuple(sorted(v, key=lambda p: p.code or "")) for k, v in by_key.items()})

    def get(self, code: str) -> Place | None:
        return self.by_code.get(code)

    def parent(self, place: Place) -> Place | None:
        return self.by_code.get(place.parent_code) if place.parent_code else None

    def ancestors(self, place: Place) -> list[Place]:
        out = []
        cur = self.parent(place)
        while cur is not None:
            out.append(cur)
            cur = self.parent(cur)
        return out

    def province_of(self, place: Place) -> Place | None:
        if place.type.level == 1:
            return place
        chain = self.ancestors(place)
        return chain[-1] if chain else None

    def is_within(self, place: Place, container: Place) -> bool:
        return any(a.code == container.code for a in self.ancestors(place))

    def candidates(self, name: str, kind: PlaceType | None = None, *, level: int | None = None) -> tuple[Place, ...]:
        """Return units whose name matches ``name``, optionally of a compatible type or level."""
        found = self.by_key.get(ascii_key(name), ())
        if kind is not None:
            found = tuple(p for p in found if compatible(kind, p.type))
        if level is not None:
            found = tuple(p for p in found if p.type.level == level)
        return found

    def resolve(self, name: str, kind: PlaceType | None = None, *, near: tuple[Place, ...] = ()) -> Place | None:
        """Return the one unit ``name`` denotes, preferring units inside or equal to ``near``.

        Returns None when nothing matches or when the choice stays ambiguous.
        """
        found = self.candidates(name, kind)
        if len(found) <= 1:
            return found[0] if found else None
        for ctx in near:
            inside = [p for p in found if p.code == ctx.code or self.is_within(p, ctx)]
            if len(inside) == 1:
                return inside[0]
            if inside:
                found = tuple(inside)
        # the highest level wins only when it is unique (Bắc Kạn the province over the city
        # needs a type word; without one, a unique higher unit is the reading news intends)
        top = min(p.type.level for p in found)
        highest = [p for p in found if p.type.level == top]
        return highest[0] if len(highest) == 1 else None


def compatible(mentioned: PlaceType, registered: PlaceType) -> bool:
    """Whether a type word in text can denote a unit of the registered type.

    District-level types change over time (huyện → thị xã → thành phố), so any
    district-level word matches any district-level unit; the same for communes.
    """
    if mentioned is registered:
        return True
    if mentioned is PlaceType.CITY and registered is PlaceType.CENTRAL_CITY:
        return True
    if mentioned is PlaceType.PROVINCE and registered is PlaceType.CENTRAL_CITY:
        return False
    return mentioned.level == registered.level and mentioned.level in (2, 3)


def _json_list(text: str | None) -> list[str]:
    if not text:
        return []
    import json

    try:
        val = json.loads(text)
    except ValueError:
        return []
    return [str(v) for v in val] if isinstance(val, list) else []
