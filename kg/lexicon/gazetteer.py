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

from kg.errors import GazetteerError, LocalityError
from kg.lexicon.normalize import ascii_key
from kg.model import Place, PlaceType

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
    successors: dict[str, Place]  # legacy code -> the 2025 unit it became part of
    new_provinces: dict[str, Place]  # 2025 province code -> unit

    def successor(self, place: Place) -> Place | None:
        """The unit of the 2025 two-level register that ``place`` was merged into, if known.

        Districts were abolished in 2025 and have none; provinces and communes have one.
        """
        return self.successors.get(place.code or "")

    def successors_by_new_code(self, code: str) -> Place | None:
        """The 2025 province with this code (provinces are the parents of 2025 communes)."""
        return self.new_provinces.get(code)

    def parse_locality(self, text: str) -> Place:
        """Resolve a user-given locality such as ``huyện Đắk Song, tỉnh Đắk Nông``.

        Raises :class:`LocalityError` listing the closest units when it matches none or several.
        """
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if not parts:
            raise LocalityError("empty --locality; expected e.g. 'huyện Đắk Song, tỉnh Đắk Nông'")
        near: tuple[Place, ...] = ()
        place: Place | None = None
        for part in reversed(parts):  # outermost unit last in Vietnamese addresses
            kind, name = _split_type(part)
            found = self.candidates(name, kind)
            if near:
                found = tuple(p for p in found if any(p.code == n.code or self.is_within(p, n) for n in near)) or found
            if len(found) != 1:
                closest = self.closest(part)
                what = "no unit" if not found else f"{len(found)} units"
                raise LocalityError(
                    f"--locality {text!r}: {what} named {part!r}"
                    + (f"; closest: {', '.join(closest)}" if closest else "")
                    + "; give the type and the province, e.g. 'huyện Đắk Song, tỉnh Đắk Nông'"
                )
            place = found[0]
            near = (place,)
        assert place is not None
        return place

    def closest(self, text: str, limit: int = 5) -> list[str]:
        """Labels of the units whose names are closest to ``text`` (for error messages)."""
        import difflib

        _kind, name = _split_type(text)
        keys = difflib.get_close_matches(ascii_key(name), list(self.by_key), n=limit, cutoff=0.6)
        out = []
        for key in keys:
            for p in self.by_key[key][:2]:
                prov = self.province_of(p)
                out.append(p.label + (f", {prov.label}" if prov and prov is not p else ""))
        return out[:limit]

    @classmethod
    def load(cls, historical: tuple[tuple[str, str], ...] = ()) -> Gazetteer:
        """Read the register from the ``vietnamadminunits`` package data (no network).

        ``historical`` adds (name, GSO code) pairs the register no longer spells (Thừa Thiên Huế).
        """
        try:
            db = importlib_resources.files("vietnamadminunits").joinpath("data/dataset.db")
            with importlib_resources.as_file(db) as path:
                con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
                try:
                    rows = con.execute(
                        "SELECT province, provinceCode, provinceLat, provinceLon, provinceAlias,"
                        " district, districtShort, districtType, districtCode, districtLat, districtLon,"
                        " wardShort, wardType, wardCode, wardLat, wardLon,"
                        " provinceKey, districtKey, wardKey"
                        " FROM admin_units_legacy"
                    ).fetchall()
                    new_rows = con.execute(
                        "SELECT provinceKey, provinceShort, provinceCode, provinceLat, provinceLon,"
                        " wardKey, wardShort, wardType, wardCode, wardLat, wardLon FROM admin_units"
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
        legacy_keys: dict[str, str] = {}  # "tinhbackan_thanhphobackan_phuongsongcau" -> code
        province_keys: dict[str, str] = {}
        for (prov, pcode, plat, plon, palias, dist, dshort, dtype, dcode, dlat, dlon,
             wshort, wtype, wcode, wlat, wlon, pkey, dkey, wkey) in rows:
            if wcode:
                legacy_keys[f"{pkey}_{dkey}_{wkey}"] = wcode
            province_keys[pkey] = pcode
            if pcode and pcode not in by_code:
                ptype = PlaceType.CENTRAL_CITY if prov.startswith("Thành phố") else PlaceType.PROVINCE
                by_code[pcode] = Place(_strip_type(prov), ptype, pcode, None, plat, plon)
                for alias in _json_list(palias):
                    aliases[pcode].add(alias)
            if dcode and dcode not in by_code:
                name = _strip_type(dshort or dist)  # "Quận 1" is registered with its type word
                by_code[dcode] = Place(name, _DISTRICT_TYPES.get(dtype, PlaceType.DISTRICT),
                                       dcode, pcode, dlat, dlon)
            if wcode and wcode not in by_code:
                by_code[wcode] = Place(_strip_type(wshort), _WARD_TYPES.get(wtype, PlaceType.COMMUNE),
                                       wcode, dcode, wlat, wlon)
        for name, code in historical:
            aliases[code].add(ascii_key(name))
        by_key: dict[str, list[Place]] = defaultdict(list)
        for code, place in by_code.items():
            by_key[ascii_key(place.label if place.name.isdigit() else place.name)].append(place)
            for alias in sorted(aliases.get(code, ())):
                if place not in by_key[alias]:
                    by_key[alias].append(place)
        successors = _successors(legacy_keys, province_keys, new_rows)
        new_provinces = {p.code: p for p in successors.values() if p.type.level == 1 and p.code}
        return cls(by_code, {k: tuple(sorted(v, key=lambda p: p.code or "")) for k, v in by_key.items()},
                   successors, new_provinces)

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
        if name.isdigit() and kind is not None:
            # numbered units are registered with their type word: "Quận 2" -> key "quan2"
            found = self.by_key.get(ascii_key(f"{kind.value} {int(name)}"), ())
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


_TYPE_WORDS = (
    ("thành phố", PlaceType.CITY), ("tp.", PlaceType.CITY), ("tp", PlaceType.CITY),
    ("thị xã", PlaceType.TOWN), ("tx.", PlaceType.TOWN), ("tx", PlaceType.TOWN),
    ("thị trấn", PlaceType.TOWNSHIP), ("tỉnh", PlaceType.PROVINCE), ("huyện", PlaceType.DISTRICT),
    ("quận", PlaceType.URBAN_DISTRICT), ("phường", PlaceType.WARD), ("xã", PlaceType.COMMUNE),
)


def _split_type(part: str) -> tuple[PlaceType | None, str]:
    from kg.lexicon.normalize import fold

    folded = fold(part)
    for word, kind in _TYPE_WORDS:
        if folded.startswith(word + " ") or (word.endswith(".") and folded.startswith(word)):
            return kind, part[len(word):].strip()
    return None, part.strip()


def _successors(legacy_keys: dict[str, str], province_keys: dict[str, str],
                new_rows: list[tuple]) -> dict[str, Place]:  # type: ignore[type-arg]
    """Map legacy province and commune codes to the 2025 units they became part of."""
    import json

    try:
        conv_path = importlib_resources.files("vietnamadminunits").joinpath("data/converter_2025.json")
        conv = json.loads(conv_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    new_provinces: dict[str, Place] = {}
    new_wards: dict[tuple[str, str], Place] = {}
    for pkey, pshort, pcode, plat, plon, wkey, wshort, wtype, wcode, wlat, wlon in new_rows:
        if pkey not in new_provinces:
            new_provinces[pkey] = Place(pshort, PlaceType.PROVINCE, pcode, None, plat, plon)
        new_wards[(pkey, wkey)] = Place(wshort, _WARD_TYPES.get(wtype, PlaceType.COMMUNE), wcode,
                                        pcode, wlat, wlon)
    out: dict[str, Place] = {}
    for new_pkey, old_pkeys in conv.get("DICT_PROVINCE", {}).items():
        for old in old_pkeys:
            if old in province_keys and new_pkey in new_provinces:
                out[province_keys[old]] = new_provinces[new_pkey]
    for new_pkey, wards in conv.get("DICT_PROVINCE_WARD_NO_DIVIDED", {}).items():
        for new_wkey, olds in wards.items():
            target = new_wards.get((new_pkey, new_wkey))
            for old in olds:
                if target is not None and old in legacy_keys:
                    out[legacy_keys[old]] = target
    for new_pkey, olds in conv.get("DICT_PROVINCE_WARD_DIVIDED", {}).items():
        for old, choices in olds.items():
            default = next((c for c in choices if c.get("isDefaultNewWard")), None)
            target = new_wards.get((new_pkey, default["newWardKey"])) if default else None
            if target is not None and old in legacy_keys:
                out[legacy_keys[old]] = target
    return out


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
        return True  # Thừa Thiên Huế was a tỉnh until 2025 and is registered as a central city
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
