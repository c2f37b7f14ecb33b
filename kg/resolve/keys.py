"""Identity keys: what one article says about who each of its people is.

Identity follows the posts, not the article (issue 16). For every person an article
names, the graph writer records an *observation*: the clean name
(:func:`kg.resolve.names.identity_name`), the article's province (:func:`identity_scope`)
and the person's *anchors* — one per post the article gives them (:func:`anchor`):

* ``N|role|body`` — a national body (Chính phủ, Quốc hội, a ministry …): national person;
* ``L|province|unit|kind|role`` — a body of a registered unit: a person of that province. A
  unit of the 2025 register is written by its key (``2025/52``, the new Gia Lai), so it is
  never the legacy unit whose code it reuses (52, the old Bình Định); :func:`unit_lineage`
  says which 2025 unit each legacy unit became part of;
* ``K|kind|role`` — a local body without a locality (``Chủ tịch UBND`` alone).

People with the same clean name and the same anchors are one *provisional* node by
construction (:func:`provisional_key`); :mod:`kg.resolve.people` then decides which
provisional nodes are one person.
"""

from __future__ import annotations

import functools
import re

from kg.lexicon.gazetteer import Gazetteer
from kg.lexicon.normalize import ascii_key, fold
from kg.lexicon.resources import resources
from kg.model import Annotations, Organization, Place

NATIONAL, LOCAL, LOCALITY_LESS = "N", "L", "K"
REFORM_UNIT = "2025/"  # how a 2025 unit's id starts (kg.model.Place.key): ``2025/52``, the new Gia Lai


def identity_scope(ann: Annotations) -> str:
    """The province of one article's people: its GSO code (a 2025 province: its key, ``2025/52``),
    or "" when unknown."""
    return unit_id(ann.province) if ann.province and ann.province.code else ""


def unit_id(place: Place) -> str:
    """A registered unit in an identity key: its legacy GSO code, or a 2025 unit's own key."""
    return place.key if place.reform2025 else place.code or ""


def unit_lineage(gaz: Gazetteer) -> dict[str, str]:
    """Legacy unit code -> the :func:`unit_id` of the 2025 unit it became part of (once per gazetteer).

    Provinces and communes have a successor; districts, abolished, have none.
    """
    found = _LINEAGE.get(id(gaz))
    if found is None:
        found = _LINEAGE[id(gaz)] = {code: unit_id(place) for code, place in gaz.successors.items()}
    return found


_LINEAGE: dict[int, dict[str, str]] = {}


def person_key(name: str, scope: str) -> str:
    """Identity of an official: a name within a scope (a province code, ``N`` or a provisional signature).

    The ASCII key drops case, marks, spaces and apostrophes, so ``K Thanh``,
    ``K’Thanh`` and ``K ‘ Thanh`` are one key. Vietnamese names that differ only in
    marks would collide, so the folded name (marks kept) is part of the key too.
    """
    return f"{ascii_key(name)}|{fold_key(name)}|{scope}"


def fold_key(name: str) -> str:
    """The name with its marks, without case, spaces or apostrophes: ``Trọng`` and ``Trong`` differ."""
    return fold(name).replace(" ", "").replace("'", "").replace("’", "").replace("‘", "")


def is_national(org: Organization) -> bool:
    """Whether ``org`` is a central body (``kg/data/national_bodies.tsv``, org_heads' ``national``)."""
    return _national_body(fold(org.head), fold(org.label or org.head), org.place is not None)


def _starts(head: str, word: str) -> bool:
    return head == word or head.startswith(word + " ")


@functools.lru_cache(maxsize=8192)
def _national_body(head: str, label: str, placed: bool) -> bool:
    rules = resources().national_bodies
    if any(how == "local" and _starts(head, word) for word, how in rules):
        return False
    if any(how == "always" and _starts(head, word) for word, how in rules):
        return True
    if placed:
        return False
    heads = resources().org_heads
    if any(h.binding == "national" and fold(h.head) == head for h in heads.values()):
        return True
    for word, how in rules:
        if how == "head" and _starts(head, word):
            return True
        if how == "contains" and f" {word} " in f" {label} ":
            return True
    return False


def anchor(gaz: Gazetteer, role: str, org: Organization, sentence: str | None = None) -> str:
    """The anchor of one post (see the module docstring).

    A unit counts only when ``sentence`` (the title as written) names it: ``Bí thư Thành ủy``
    alone is bound by annotate to the article's own city, which places a national figure
    quoted in a Đồng Nai article in Biên Hòa; such a post is locality-less (``K``).
    """
    if is_national(org):
        return f"{NATIONAL}|{role}|{org.label or org.head}"
    place = org.place
    if place is not None and place.code and (sentence is None or _written(gaz, place.code, sentence)):
        province = gaz.province_of(place)
        code = unit_id(province) if province is not None and province.code else unit_id(place)
        return f"{LOCAL}|{code}|{unit_id(place)}|{org.head}|{role}"
    return f"{LOCALITY_LESS}|{org.head}|{role}"


_WORD_BREAK = re.compile(r"[\s,.;:()\[\]\-–—/]+")
_MAX_UNIT_WORDS = 4


def _written(gaz: Gazetteer, code: str, sentence: str) -> bool:
    """Whether a run of whole words of ``sentence`` spells the unit (``TP.HCM``, ``Biên Hòa``)."""
    words = [ascii_key(w) for w in _WORD_BREAK.split(sentence) if w]
    runs = {"".join(words[i : i + n]) for n in range(1, _MAX_UNIT_WORDS + 1) for i in range(len(words) - n + 1)}
    return any(key in runs for key in _unit_keys(gaz).get(code, ()))


_KEYS: dict[int, dict[str, tuple[str, ...]]] = {}


def _unit_keys(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """GSO code -> the ASCII keys its name and aliases are written with (once per gazetteer)."""
    found = _KEYS.get(id(gaz))
    if found is None:
        keys: dict[str, set[str]] = {}
        # a code names the legacy unit and the 2025 unit that reuses it (52: Bình Định, the new Gia Lai)
        for key, places in (*gaz.by_key.items(), *gaz.reg2025.by_key.items()):
            for place in places:
                if place.code:
                    keys.setdefault(place.code, set()).add(key)
        found = _KEYS[id(gaz)] = {code: tuple(sorted(ks)) for code, ks in keys.items()}
    return found


def is_anchored(anchors: tuple[str, ...] | frozenset[str]) -> bool:
    """Whether some anchor places the person (a national post or a registered unit)."""
    return any(a.startswith((NATIONAL + "|", LOCAL + "|")) for a in anchors)


def provisional_key(name: str, scope: str, anchors: tuple[str, ...] | frozenset[str]) -> str:
    """The key of a provisional person node: the clean name with its posts.

    A person placed by a post does not depend on the article's province (a minister
    named in a Lào Cai article is keyed by the ministry); one without is kept within
    the article's province until resolution finds the one person it fits.
    """
    signature = "||".join(sorted(anchors))
    if not is_anchored(anchors):
        signature = f"?{scope}||{signature}"
    return person_key(name, signature)
