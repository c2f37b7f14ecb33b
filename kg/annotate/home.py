"""The article's home: the unit an article is about, chosen from the places it names.

:func:`kg.annotate.places.find_places` finds the mentions; the home is the district-level
unit named most (headline and type word count double), a province when the article is about
the province, else the district holding the communes it names.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.lexicon.gazetteer import REFORM, Gazetteer
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import alternation
from kg.lexicon.resources import derived, resources
from kg.model import Document, Place, PlaceMention, Span


def pick_home(doc: Document, gaz: Gazetteer, typed: list[PlaceMention],
               bare: list[PlaceMention]) -> Place | None:
    """The district-level unit the article names most (headline counts double), else a province.

    After the reform an article is about a unit of its time: the districts and old units it
    recalls (``thuộc huyện Krông Nô cũ``) count only when it names no 2025 unit.
    """
    if gaz.era == REFORM and any(pm.place.reform2025 for pm in typed + bare):
        typed = [pm for pm in typed if pm.place.reform2025]
        bare = [pm for pm in bare if pm.place.reform2025]
    headline = doc.headline or Span(0, 0)
    score: Counter[str] = Counter()
    first_pos: dict[str, int] = {}
    places: dict[str, Place] = {}
    headlined: set[str] = set()
    typed_keys = {pm.place.key for pm in typed}
    for pm in typed + bare:
        place = pm.place
        if not place.code or place.type.level == 3:
            continue
        in_headline = bool(pm.span and headline.contains(pm.span))
        if in_headline:
            headlined.add(place.key)
        weight = 2 if in_headline else 1
        weight *= 2 if pm.how == "typed" else 1
        score[place.key] += weight
        places.setdefault(place.key, place)  # the first written form
        first_pos.setdefault(place.key, pm.span.start if pm.span else 0)
    if not score:
        # a 2025 commune read from an abolished district's name (places._after_reform) places it too
        return _home_from_communes(gaz, typed, [pm for pm in bare if pm.place.type.level == 3])
    best: dict[int, str] = {}
    for level in (2, 1):
        cands = [c for c in score if places[c].type.level == level]
        if cands:
            best[level] = max(cands, key=lambda c: (score[c], -first_pos[c]))
    district, province = best.get(2), best.get(1)
    if district and province and _about_the_province(headlined, score, district, province):
        return places[province]
    chosen = district or province
    if (chosen and chosen == province and chosen not in headlined and chosen not in typed_keys
            and score[chosen] < 3):
        # "sâm Lai Châu" named in passing: the communes the article names with their type word, all in
        # another province, place it (a bare province in a product's or a plant's name is no home; a bare
        # district after a commune, "phường Minh Khai, Hai Bà Trưng", is its address and stays)
        communes = _home_from_communes(gaz, typed)
        if communes is not None and _province_key(gaz, communes) != _province_key(gaz, places[chosen]):
            return communes
    return places[chosen] if chosen else None


def _about_the_province(headlined: set[str], score: Counter[str], district: str, province: str) -> bool:
    """Whether a province-level article only mentions the district (``Chủ tịch TP.HCM`` … quận 1).

    The province wins when the headline names it and not the district, or when the
    article names it far more often; a district inside another province never loses this way.
    """
    in_headline = province in headlined and district not in headlined
    return in_headline or score[province] >= 3 * score[district]


def _home_from_communes(gaz: Gazetteer, typed: list[PlaceMention],
                        placed: list[PlaceMention] | None = None) -> Place | None:
    """The district that holds the communes an article names, when it names no district.

    District portals often write only ``huyện`` and ``xã Nam Bình``; the communes still
    place the article. Two communes must agree, or the one named must be unambiguous
    (``placed``: communes already read in one province, whatever their name).
    """
    sure = {pm.place.key for pm in placed or ()}
    parents: Counter[str] = Counter()
    communes: dict[str, set[str]] = {}
    units: dict[str, Place] = {}
    for pm in [*typed, *(placed or ())]:
        place = pm.place
        if not place.code or place.type.level != 3:
            continue
        parent = gaz.parent(place)  # a district, or for a 2025 commune its province
        if parent is None:
            continue
        parents[parent.key] += 1
        units[parent.key] = parent
        communes.setdefault(parent.key, set()).add(place.key)
        units[place.key] = place
    if not parents:
        return None
    key, _ = parents.most_common(1)[0]
    named = communes[key]
    if len(named) < 2:
        only = units[next(iter(named))]
        if only.key not in sure and len(gaz.candidates(only.name, only.type)) != 1:
            return None
    return units[key]


def pick_commune(doc: Document, gaz: Gazetteer, mentions: tuple[PlaceMention, ...] | list[PlaceMention],
                 home: Place | None) -> Place | None:
    """The commune, ward or special zone a post-reform article is about, or None.

    Since 1 July 2025 there are no districts: a commune's portal writes ``Đảng ủy``, ``HĐND``,
    ``UBND`` for its own bodies. The unit is the 2025 commune-level unit named most with its
    type word (headline counts double), when no other ties it and the headline names it or the
    text names it twice, or it is the one commune-level unit named and the text writes a body of a
    bare unit of its type (``HĐND phường``) (a province's article naming a commune once has none; its
    bodies are written with their type word, ``UBND tỉnh``, and keep the province); an article read in the
    legacy register, or about a (historical) district, has none.
    """
    if gaz.era != REFORM or (home is not None and home.type.level == 2):
        return None
    headline = doc.headline or Span(0, 0)
    score: Counter[str] = Counter()
    units: dict[str, Place] = {}
    headlined: set[str] = set()
    for pm in mentions:
        place = pm.place
        if pm.how != "typed" or not place.code or not place.reform2025:
            continue
        in_headline = bool(pm.span and headline.contains(pm.span))
        weight = 2 if in_headline else 1
        if place.type.level == 3:
            score[place.key] += weight
            units.setdefault(place.key, place)
            if in_headline:
                headlined.add(place.key)
    if not score:
        return None
    (best, top), *rest = score.most_common(2) + [("", 0)]
    if rest[0][1] == top:
        return None
    if best not in headlined and top < 2 and not (len(score) == 1 and _bodies_of_bare_unit(doc.text, units[best])):
        return None
    return units[best]


@derived
def _bare_unit_re() -> re.Pattern[str]:
    """A local body then a bare commune-level type word (``HĐND phường``, ``Đảng ủy xã``): no name after it."""
    heads = [h for h, got in resources().org_heads.items() if got.binding == "place"]
    types = [w for w, kind in resources().place_types.items() if kind.level == 3]
    return re.compile(rf"(?<!\w)(?:{alternation(heads)})[ ]+({alternation(types)})(?!\w)")


def _bodies_of_bare_unit(text: str, place: Place) -> bool:
    """Whether the article writes a body of a bare unit of ``place``'s type (``Chủ tịch HĐND phường``)
    that can only be its one named commune-level unit (``tại Hội trường phường Xuân Đài``, named once)."""
    folded = fold(text)
    return any(resources().place_types.get(m.group(1)) is place.type for m in _bare_unit_re().finditer(folded)
               if not text[m.end() : m.end() + 3].lstrip()[:1].isupper())


def _province_key(gaz: Gazetteer, place: Place) -> str:
    """The key of the province holding ``place`` (itself for a province or a unit with no parent)."""
    return (gaz.province_of(place) or place).key
