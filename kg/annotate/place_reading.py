"""How a unit's name is read beyond the register lookup.

* the type word the text gave the unit, kept as of the article's date (:func:`as_written`);
* the register an undated article is read in (:func:`register_view`, :func:`reform_evidence`);
* a name that ends an establishment's name is not the unit (:func:`named_after`);
* a unit written as a former one after the reform (``xã Nam Đà cũ``) is the legacy unit (:func:`written_as_former`);
* the province whose newspaper wrote the article (``Báo Cà Mau``) (:func:`publisher_province`), or whose site
  published it (``baophutho.vn``) (:func:`site_province`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from kg.lexicon.gazetteer import REFORM, REFORM_DATE, Gazetteer
from kg.lexicon.normalize import ascii_key, fold
from kg.lexicon.patterns import alternation, words_re
from kg.lexicon.resources import derived, resources
from kg.model import Document, Place, PlaceMention, PlaceType

# one to four words right before a name, on one clause
_WORDS_BEFORE = re.compile(r"(?<=[ ])(?:\w+[ ]){1,4}$")


@derived
def _former_re() -> re.Pattern[str]:
    """A word after a unit's name that names it as it was (connectors ``former_unit``: ``cũ``)."""
    return re.compile(rf"[ ]*(?:\([ ]*)?(?:{alternation(resources().connectors['former_unit'])})(?!\w)")


def written_as_former(folded: str, end: int) -> bool:
    """Whether the unit's name ending at ``end`` is followed by ``cũ`` (``xã Nam Đà cũ``, ``(cũ)``): the unit
    before the 2025 reform, though a 2025 unit has the name (the new xã Nam Đà took in the old one)."""
    return _former_re().match(folded, end) is not None


MERGER_REACH = 120  # how far back in its sentence a merger cue reaches (a list of three units)
_CLAUSE_END = re.compile(r"[.;\n]")


@derived
def _merger_re() -> re.Pattern[str]:
    """A word that names the units merged into a new one (connectors ``merger_cue``: sáp nhập)."""
    return words_re(resources().connectors["merger_cue"])


def merger_before(folded: str, pos: int) -> int | None:
    """Where a merger cue stands before ``pos`` in its sentence (within :data:`MERGER_REACH`), if one does."""
    start = max(0, pos - MERGER_REACH)
    ends = [m.end() for m in _CLAUSE_END.finditer(folded, start, pos)]
    m = _merger_re().search(folded, ends[-1] if ends else start, pos)
    return None if m is None else m.start()


def merged_into(folded: str, cue: int, seen: list[PlaceMention]) -> tuple[Place, ...]:
    """The 2025 unit a merger cue at ``cue`` builds: the last one named before it in its sentence (``Đảng bộ
    phường Nam Định được thành lập … trên cơ sở sáp nhập Đảng bộ các phường: Trần Hưng Đạo, …``), whose
    predecessors the units listed are."""
    for pm in reversed(seen):
        if pm.span is None or pm.span.end > cue:
            continue
        if _CLAUSE_END.search(folded, pm.span.end, cue) is not None:
            return ()
        return (pm.place,) if pm.place.reform2025 and pm.place.type.level > 1 else ()
    return ()


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


def register_view(doc: Document, gaz: Gazetteer, mentions: tuple[PlaceMention, ...],
                  folded: str = "") -> Gazetteer:
    """The register view :func:`find_places` read ``doc`` in, from its date or, undated, its units."""
    if doc.date is None and reform_evidence(mentions, folded, gaz):
        return gaz.as_of(REFORM_DATE)
    return gaz.as_of(doc.date)


# a full date in the text (``ngày 23/9/2025``), day, month, year
_FULL_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](20\d\d)(?![\d/.])")
LEAD_CHARS = 400  # the lead an undated article's first full date is read in


CUE_WORD = "cấp"  # a word every reform cue has (connectors ``reform_cue``; tests/annotate check it)


@derived
def _reform_cue_re() -> re.Pattern[str]:
    """Words that only an article of the two-level system writes (connectors ``reform_cue``)."""
    return words_re(resources().connectors["reform_cue"])


def reform_evidence(mentions: Sequence[PlaceMention], folded: str = "", gaz: Gazetteer | None = None) -> bool:
    """Whether an undated article was written under the two-level system: its text says so
    (``sau khi vận hành chính quyền địa phương 2 cấp``), the first full date of its lead is on
    or after 1 July 2025 (``Chiều 31/10/2025, tại Nhà văn hóa xã``), it names more communes only the 2025
    register knows (``phường Sài Gòn``) or special zones (``đặc khu Trường Sa``, a type the two-level system made)
    than districts, which the reform abolished, or (with ``gaz``) it places a unit in a province only the 2025
    register puts it in (``phường Tân Mỹ (TPHCM)``, :func:`_placed_after_reform`). ``folded`` is the article's
    folded text ("" reads the units alone)."""
    new = old = 0
    for pm in mentions:
        if pm.how != "typed":
            continue
        if gaz is not None and folded and pm.span is not None and _placed_after_reform(gaz, folded, pm):
            return True
        if not pm.place.code:
            continue
        if pm.place.type.level == 2 and folded and pm.span is not None and written_as_former(folded, pm.span.end):
            return True  # "quê xã Đông Sơn, huyện Bình Sơn cũ": the reform abolished the districts
        if pm.place.reform2025 or pm.place.type is PlaceType.SPECIAL_ZONE:
            new += 1  # "đặc khu Trường Sa": the type word only the two-level system has
        elif pm.place.type.level == 2:
            old += 1
    if new > old:
        return True
    return bool(folded) and (_lead_dated_after_reform(folded) or _has_reform_cue(folded)
                             or _first_congress_re().search(folded) is not None
                             or _lead_day_in_course_after_reform(folded))


# the province a unit is placed in right after its name: "(An Giang)", "(TPHCM)", ", tỉnh An Giang"
_PROVINCE_AFTER = re.compile(r"[ ]*(?:\([ ]*(?:tỉnh[ ]+)?([^\W\d_][^()\n]{1,30}?)[ ]*\)"
                             r"|,[ ]*tỉnh[ ]+([^\W\d_][^,.;:()\n]{1,30}))")


def _placed_after_reform(gaz: Gazetteer, folded: str, pm: PlaceMention) -> bool:
    """Whether the unit ``pm`` names is written with a province (``xã Vĩnh Thuận (An Giang)``, ``phường Tân Mỹ
    (TPHCM)``) that no unit of its name and type lay in before the reform, and one of the 2025 register does: the
    article was written after the reform (the old units of that name lie in other provinces)."""
    assert pm.span is not None
    m = _PROVINCE_AFTER.match(folded, pm.span.end)
    if m is None:
        return False
    named = (m.group(1) or m.group(2)).strip()
    before = gaz.legacy.candidates(named, level=1)
    after = [p for p in gaz.as_of(REFORM_DATE).candidates(named, level=1) if p.reform2025]
    if len(before) != 1 or len(after) != 1:
        return False
    words = folded[pm.span.start : pm.span.end].split()
    types = resources().place_types  # the type word the text gave it ("xã Vĩnh Thuận", read as the old huyện)
    kind = next((types[" ".join(words[:n])] for n in (2, 1) if " ".join(words[:n]) in types), pm.place.type)
    # a legacy unit of another type word does not count: "phường Hồng Hà (Hà Nội)" is no old xã Hồng Hà
    old = [p for p in gaz.legacy.candidates(pm.place.name, kind) if gaz.is_within(p, before[0]) and p.type is kind]
    new = [p for p in gaz.as_of(REFORM_DATE).candidates(pm.place.name, kind)
           if p.reform2025 and gaz.is_within(p, after[0])]
    return not old and len(new) == 1


@derived
def _first_congress_re() -> re.Pattern[str]:
    """``lần thứ I, nhiệm kỳ 2025 - 2030``: the first congress of a unit the reform created."""
    words = resources().connectors
    return re.compile(rf"(?<!\w)(?:{alternation(words['first_congress'])})[ ,(]*"
                      rf"(?:{alternation(words['first_term'])})(?!\d)")


def _has_reform_cue(folded: str) -> bool:
    # every cue names the two levels (cấp): one substring scan in C before the word-bounded regex
    return CUE_WORD in folded and _reform_cue_re().search(folded) is not None


# a day and month with no year (Chiều 17-7, Ngày 22/8)
_DAY_MONTH = re.compile(r"(?<![\d/.-])(\d{1,2})[/-](\d{1,2})(?![\d/.-]|[ ]*năm)")


@derived
def _in_course_re() -> re.Pattern[str]:
    """``giữa năm 2025`` (connectors ``year_in_course``), and the bound word before it, if any."""
    bounds = alternation(resources().meeting_cues["part_bound"])
    return re.compile(rf"(?:(?<!\w)({bounds})[ ]+)?(?<!\w)(?:{alternation(resources().connectors['year_in_course'])})"
                      rf"[ ]+(20\d\d)(?!\d)")


def _lead_day_in_course_after_reform(folded: str) -> bool:
    lead = folded[:LEAD_CHARS]
    day = _DAY_MONTH.search(lead)
    if day is None:
        return False
    years = {int(m.group(2)) for m in _in_course_re().finditer(lead) if m.group(1) is None}
    if len(years) != 1:
        return False
    try:
        return dt.date(years.pop(), int(day.group(2)), int(day.group(1))) >= REFORM_DATE
    except ValueError:
        return False


def _lead_dated_after_reform(folded: str) -> bool:
    m = _FULL_DATE.search(folded, 0, LEAD_CHARS)
    if m is None:
        return False
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))) >= REFORM_DATE
    except ValueError:
        return False


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


PUBLISHER_NAME_WORDS = 3  # a province's name after "Báo" has at most this many words (Bà Rịa - Vũng Tàu aside)


@derived
def _publisher_re() -> re.Pattern[str]:
    """``Báo Cà Mau``: a publisher word (connectors ``publisher``), capitalized, then a capitalized name."""
    words = "|".join(re.escape(w.capitalize()) for w in resources().connectors["publisher"])
    return re.compile(rf"(?<!\w)(?:{words})((?: [^\W\d_a-zđ][\w]*){{1,{PUBLISHER_NAME_WORDS}}})")


def publisher_province(text: str, gaz: Gazetteer) -> Place | None:
    """The province whose newspaper the text names (``Báo Cà Mau Chiều 10/12, …``), when it names one only:
    a provincial paper reports its province, so a commune's name several provinces share is read there."""
    found: dict[str, Place] = {}
    for m in _publisher_re().finditer(text):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            cands = gaz.strict.candidates(" ".join(words[:n]), level=1)
            if len(cands) == 1:
                found[cands[0].key] = cands[0]
                break
    return next(iter(found.values())) if len(found) == 1 else None


_SITE_SPLIT = re.compile(r"[^a-z0-9]+")


def _site_tokens(doc: Document) -> list[str]:
    """The words of the site that published ``doc``: the labels of its URL's host (``baophutho.vn``), else
    the first part of its file's name, the site a saved article is filed under (``baophutho_236684.txt``,
    ``lacduong-lamdong_12.txt``), split on dashes and dots."""
    if doc.url:
        site = urlsplit(doc.url).hostname or ""
    else:
        site = PurePosixPath(doc.source).name.split("_", 1)[0]
        if site == PurePosixPath(doc.source).name:  # no site part: "article.txt"
            site = ""
    return [t for t in _SITE_SPLIT.split(site.lower()) if t]


@derived
def _province_keys() -> tuple[str, ...]:
    """The ASCII keys of every province of both registers (``phutho``, ``hue``), longest first."""
    gaz = resources().gazetteer
    keys = {k for k, ps in gaz.by_key.items() if any(p.type.level == 1 for p in ps)}
    keys |= {k for k, ps in gaz.reg2025.by_key.items() if any(p.type.level == 1 for p in ps)}
    return tuple(sorted(keys, key=lambda k: (-len(k), k)))


def site_province(doc: Document, gaz: Gazetteer) -> Place | None:
    """The province whose site published ``doc``, when the site's name holds one province only: a word of it
    that opens with the province's name, after a site prefix (connectors ``site_prefix``: ``bao``) —
    ``baophutho``, ``huengaynay``, ``thmyduc1-haiphong``. A provincial paper reports its province, so a commune
    several provinces share is read there (:func:`publisher_province` reads the paper the text names)."""
    prefixes = resources().connectors.get("site_prefix", ())
    found: dict[str, Place] = {}
    for token in _site_tokens(doc):
        for prefix in prefixes:
            if token.startswith(prefix) and len(token) > len(prefix):
                token = token[len(prefix) :]
                break
        key = next((k for k in _province_keys() if token.startswith(k)), None)
        if key is None:
            continue
        cands = gaz.candidates(key, level=1)
        if gaz.era == REFORM:  # a province merged in 2025 is its successor after the reform
            cands = tuple(dict.fromkeys(gaz.successor(p) or p for p in cands))
        if len(cands) == 1:
            found[cands[0].key] = cands[0]
    return next(iter(found.values())) if len(found) == 1 else None
