"""The register of administrative units, backed by ``vietnamadminunits`` (offline).

Loads the pre-2025 three-level register (63 provinces, districts, communes)
with GSO codes, types and coordinates from the package's bundled SQLite file,
once, and answers name look-ups tolerant of spelling variants
(``Đắk/Đăk/Đak``, ``Môl/Mol``, ``N'Drung/N’ Drung``, tone placement, case).
The two-level register of 1 July 2025 (:mod:`kg.lexicon.register2025`) is read
from the same file; :meth:`Gazetteer.as_of` gives the view an article's date calls for.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import GazetteerError, LocalityError
from kg.lexicon.normalize import ascii_key, fold
from kg.lexicon.register2025 import REFORM_DATE_ISO, SQL_2025, Register2025, build_register, fits_2025, json_list
from kg.model import Place, PlaceType

REFORM_DATE = dt.date.fromisoformat(REFORM_DATE_ISO)

_DISTRICT_TYPES = {
    "Quận": PlaceType.URBAN_DISTRICT,
    "Huyện": PlaceType.DISTRICT,
    "Thị xã": PlaceType.TOWN,
    "Thành phố": PlaceType.CITY,
}
_WARD_TYPES = {"Phường": PlaceType.WARD, "Xã": PlaceType.COMMUNE, "Thị trấn": PlaceType.TOWNSHIP}

# Which registers a name is looked up in, in order, for an article of each era: a new
# article names 2025 units first and may still name an old one (``huyện Krông Nô`` cũ);
# an article of unknown date reads the old register, and the new one only for names
# the old one does not know (``phường Sài Gòn``).
LEGACY, REFORM, UNDATED = "legacy", "2025", "undated"
_TIERS = {LEGACY: (LEGACY,), REFORM: (REFORM, LEGACY), UNDATED: (LEGACY, REFORM)}


def _strip_type(full: str) -> str:
    for word in ("Thành phố", "Thành Phố", "Tỉnh", "Quận", "Huyện", "Thị xã", "Phường", "Xã", "Thị trấn"):
        if full.startswith(word + " "):
            return full[len(word) + 1 :]
    return full


def _package_dir() -> Path:
    """The ``vietnamadminunits`` data folder, found without importing the package (pandas: ~0.8 s)."""
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("No module named 'vietnamadminunits'")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@dataclass(frozen=True)
class Gazetteer:
    """All units of the register, indexed by code and by ASCII name key.

    ``by_code`` and ``by_key`` hold the legacy register; ``reg2025`` the 2025 one. ``era``
    says which registers :meth:`candidates` reads, in order (see :meth:`as_of`); the
    hierarchy (:meth:`parent`, :meth:`province_of`) follows each unit's own register.
    """

    by_code: dict[str, Place]
    by_key: dict[str, tuple[Place, ...]]
    reg2025: Register2025
    era: str = LEGACY
    _views: dict[str, Gazetteer] = field(default_factory=dict, compare=False, repr=False)

    @property
    def successors(self) -> dict[str, Place]:
        """Legacy code -> the 2025 unit it became part of."""
        return self.reg2025.successors

    def as_of(self, date: dt.date | None) -> Gazetteer:
        """The view for an article of ``date``: 2025 units first on or after 1 July 2025,
        legacy units before; with no date, the legacy register and then the 2025 one."""
        era = UNDATED if date is None else REFORM if date >= REFORM_DATE else LEGACY
        if era == self.era:
            return self
        view = self._views.get(era)
        if view is None:
            view = self._views[era] = replace(self, era=era)
        return view

    @property
    def legacy(self) -> Gazetteer:
        """The view of the legacy register alone (a unit an article names as it was: ``xã Nam Đà cũ``)."""
        return self.as_of(REFORM_DATE - dt.timedelta(days=1))

    @property
    def strict(self) -> Gazetteer:
        """This view without the undated article's fallback to the 2025 register: for names
        read without a type word of their own (``phường Định Công, Hoàng Mai``: a quận, not the
        2025 phường Hoàng Mai)."""
        return self.as_of(REFORM_DATE - dt.timedelta(days=1)) if self.era == UNDATED else self

    def successor(self, place: Place) -> Place | None:
        """The unit of the 2025 two-level register that ``place`` was merged into, if known.

        Districts were abolished in 2025 and have none; provinces and communes have one.
        """
        if place.reform2025:
            return None
        return self.reg2025.successors.get(place.code or "")

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
                found = tuple(p for p in found if any(p.key == n.key or self.is_within(p, n) for n in near)) or found
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
            data = _package_dir()
            con = sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True)
            try:
                rows = con.execute(
                    "SELECT province, provinceCode, provinceLat, provinceLon, provinceAlias,"
                    " district, districtShort, districtType, districtCode, districtLat, districtLon,"
                    " wardShort, wardType, wardCode, wardLat, wardLon,"
                    " provinceKey, districtKey, wardKey"
                    " FROM admin_units_legacy"
                ).fetchall()
                new_rows = con.execute(SQL_2025).fetchall()
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
                for alias in json_list(palias):
                    aliases[pcode].add(alias)
            if dcode and dcode not in by_code:
                name = _strip_type(dshort or dist)  # "Quận 1" is registered with its type word
                by_code[dcode] = Place(name, _DISTRICT_TYPES.get(dtype, PlaceType.DISTRICT),
                                       dcode, pcode, dlat, dlon)
            if wcode and wcode not in by_code:
                by_code[wcode] = Place(_strip_type(wshort), _WARD_TYPES.get(wtype, PlaceType.COMMUNE),
                                       wcode, dcode, wlat, wlon)
        historical_keys: dict[str, set[str]] = defaultdict(set)
        for name, code in historical:
            aliases[code].add(ascii_key(name))
            historical_keys[code].add(ascii_key(name))
        by_key: dict[str, list[Place]] = defaultdict(list)
        for code, place in by_code.items():
            by_key[ascii_key(place.label if place.name.isdigit() else place.name)].append(place)
            for alias in sorted(aliases.get(code, ())):
                if place not in by_key[alias]:
                    by_key[alias].append(place)
        reg2025 = build_register(new_rows, data / "converter_2025.json", legacy_keys, province_keys,
                                 historical_keys)
        return cls(by_code, {k: tuple(sorted(v, key=lambda p: p.code or "")) for k, v in by_key.items()},
                   reg2025)

    def get(self, code: str) -> Place | None:
        """The legacy unit with this code (2025 units: :meth:`registered`)."""
        return self.by_code.get(code)

    def registered(self, place: Place) -> Place | None:
        """The register's own record of ``place`` (its register's type and name), if linked."""
        if not place.code:
            return None
        return (self.reg2025.by_code if place.reform2025 else self.by_code).get(place.code)

    def parent(self, place: Place) -> Place | None:
        if not place.parent_code:
            return None
        return (self.reg2025.by_code if place.reform2025 else self.by_code).get(place.parent_code)

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
        """Whether ``container`` holds ``place``; across the 2025 reform, whether their
        provinces are one 2025 province (``huyện Krông Nô`` cũ lies in the new Lâm Đồng)."""
        if place.reform2025 == container.reform2025:
            return any(a.key == container.key for a in self.ancestors(place))
        if container.type.level >= place.type.level:
            return False
        mine, theirs = self._province_2025(place), self._province_2025(container)
        return mine is not None and theirs is not None and mine.key == theirs.key

    def _merged_into(self, place: Place, unit: Place) -> bool:
        """Whether the legacy ``place`` became part of the 2025 ``unit`` (the wards a new ward took in)."""
        if place.reform2025 or not unit.reform2025 or place.type.level != unit.type.level:
            return False
        after = self.successor(place)
        return after is not None and after.key == unit.key

    def _province_2025(self, place: Place) -> Place | None:
        province = self.province_of(place)
        if province is None or province.reform2025:
            return province
        return self.successor(province)

    def candidates(self, name: str, kind: PlaceType | None = None, *, level: int | None = None,
                   max_level: int | None = None) -> tuple[Place, ...]:
        """Return units whose name matches ``name``, optionally of a compatible type or level.

        The registers of this view's era are read in order; the first with a match answers.
        """
        key = ascii_key(name)
        if name.isdigit() and kind is not None:
            # numbered units are registered with their type word: "Quận 2" -> key "quan2"
            key = ascii_key(f"{kind.value} {int(name)}")
        for tier in _TIERS[self.era]:
            reform = tier == REFORM
            found = (self.reg2025.by_key if reform else self.by_key).get(key, ())
            if not found:
                continue
            if kind is not None:
                fits = fits_2025 if reform else compatible
                found = tuple(p for p in found if fits(kind, p.type))
            if level is not None:
                found = tuple(p for p in found if p.type.level == level)
            if max_level is not None:
                found = tuple(p for p in found if p.type.level <= max_level)
            if found:
                return found
        return ()

    def resolve(self, name: str, kind: PlaceType | None = None, *, near: tuple[Place, ...] = ()) -> Place | None:
        """Return the one unit ``name`` denotes, preferring units inside or equal to ``near``.

        Returns None when nothing matches or when the choice stays ambiguous.
        """
        found = self.candidates(name, kind)
        if len(found) <= 1:
            return found[0] if found else None
        for ctx in near:
            inside = [p for p in found if p.key == ctx.key or self.is_within(p, ctx) or self._merged_into(p, ctx)]
            if len(inside) == 1:
                return inside[0]
            if inside:
                found = tuple(inside)
        if kind is not None:  # "xã Đồng Tâm" of Hà Nội: the commune, not phường Đồng Tâm
            exact = [p for p in found if p.type is kind]
            if len(exact) == 1:
                return exact[0]
        # the one unit spelled with the very marks the text wrote ("xã Quảng Bình", not xã Quang Bình)
        spelled = [p for p in found if fold(p.name) == fold(name)]
        if len(spelled) == 1:
            return spelled[0]
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
    ("đặc khu", PlaceType.SPECIAL_ZONE),
)


def _split_type(part: str) -> tuple[PlaceType | None, str]:
    folded = fold(part)
    for word, kind in _TYPE_WORDS:
        if folded.startswith(word + " ") or (word.endswith(".") and folded.startswith(word)):
            return kind, part[len(word):].strip()
    return None, part.strip()


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
