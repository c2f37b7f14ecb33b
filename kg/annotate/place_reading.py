"""How a unit's name is read beyond the register lookup.

* the type word the text gave the unit, kept as of the article's date (:func:`as_written`);
* the register an undated article is read in (:func:`register_view`, :func:`reform_evidence`);
* a name that ends an establishment's name is not the unit (:func:`named_after`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.lexicon.gazetteer import REFORM_DATE, Gazetteer
from kg.lexicon.normalize import ascii_key, fold
from kg.lexicon.patterns import words_re
from kg.lexicon.resources import derived, resources
from kg.model import Document, Place, PlaceMention, PlaceType

# one to four words right before a name, on one clause
_WORDS_BEFORE = re.compile(r"(?<=[ ])(?:\w+[ ]){1,4}$")


@derived
def _preposition_re() -> re.Pattern[str]:
    """A word that makes the words before a name a phrase about a place (connectors ``place_preposition``)."""
    return words_re(resources().connectors["place_preposition"])


def as_written(place: Place, kind: PlaceType | None, name: str) -> Place:
    """``place`` with the type word the text wrote, when it differs from the register's.

    A unit's type changes over time (``thị xã Gia Nghĩa`` became ``thành phố Gia Nghĩa`` in
    2019; ``thị trấn`` became ``phường``); the register holds the latest, the article the
    type as of its date, and the article is kept. Only for district- and commune-level
    units written with their registered name (a province's aliases are other names).
    """
    if kind is None or kind is place.type or kind.level != place.type.level or kind.level == 1:
        return place
    if ascii_key(name) != ascii_key(place.name):  # another name of it (an alias): not the text's unit
        return place
    return replace(place, type=kind)


def register_view(doc: Document, gaz: Gazetteer, mentions: tuple[PlaceMention, ...]) -> Gazetteer:
    """The register view :func:`find_places` read ``doc`` in, from its date or, undated, its units."""
    if doc.date is None and reform_evidence(mentions):
        return gaz.as_of(REFORM_DATE)
    return gaz.as_of(doc.date)


def reform_evidence(mentions: Sequence[PlaceMention]) -> bool:
    """Whether an undated article names the two-level system: more communes only the 2025
    register knows (``phường Sài Gòn``) than districts, which the reform abolished."""
    new = old = 0
    for pm in mentions:
        if pm.how != "typed" or not pm.place.code:
            continue
        if pm.place.reform2025:
            new += 1
        elif pm.place.type.level == 2:
            old += 1
    return new > old


def named_after(text: str, folded: str, start: int, lookalike: re.Pattern[str]) -> bool:
    """Whether the name at ``start`` ends an establishment's name: a look-alike head, then
    one to four lower-case words (or abbreviations) and no preposition
    (``Nhà máy chế biến bột cá Phú Bình``, ``Công ty TNHH Phú Bình``; not ``nhà máy ở Phú Bình``)."""
    m = _WORDS_BEFORE.search(text, max(0, start - 48), start)
    if m is None:
        return False
    words = m.group().split()
    if not all(w[:1].islower() or w.isupper() for w in words) or _preposition_re().search(fold(m.group())):
        return False
    return bool(lookalike.search(folded[max(0, m.start() - 24) : m.start()]))
