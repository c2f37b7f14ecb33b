"""Place mentions: administrative units named in an article, and the article's home.

Finds ``<type word> <Name>`` (``thành phố Bắc Kạn``, ``TP.HCM``, ``xã Đăk Mol``),
lists sharing one type word (``xã Đăk Mol, Nam Bình, Đăk N’ Drung``) and
district- or province-level names used alone (``Móng Cái vẫn đang…``), links
each to the register, and picks the unit the article is about (its *home*,
:mod:`kg.annotate.home`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.annotate.home import pick_home
from kg.annotate.place_reading import (
    as_written,
    merged_into,
    merger_before,
    named_after,
    publisher_province,
    reform_evidence,
    site_province,
    written_as_former,
)
from kg.annotate.spelling import letters as _letters
from kg.annotate.spelling import same_spelling
from kg.lexicon.gazetteer import REFORM, REFORM_DATE, UNDATED, Gazetteer
from kg.lexicon.normalize import ascii_key, fold
from kg.lexicon.patterns import alternation, is_surname, skip_spaces, words_re
from kg.lexicon.resources import derived, resources
from kg.model import Document, Place, PlaceMention, PlaceType, Span

# a word, with the apostrophe forms of minority names kept inside it: "N'Drung", "N’ Drung", "K ‘ Thanh"
WORD = re.compile(r"[^\W_]\w*(?:[ ]?['’‘][ ]?[^\W\d_]\w*)?|['’]\s?[^\W_]\w*")
MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper() or self.text[:1].isdigit()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, len(text) if end is None else end)]


# Type words written fused to a name with no space or period: "TPHCM" = "TP HCM".
FUSED_TYPE_WORDS = {"tp": ("hcm",)}


@derived
def _type_word_re() -> re.Pattern[str]:
    alts = alternation(resources().place_types)
    fused = "|".join(rf"{re.escape(w)}(?={alternation(names)}(?!\w))" for w, names in FUSED_TYPE_WORDS.items())
    # "tp.hcm" has no space after the period; plain words need a space after them
    return re.compile(rf"(?<![\w.])(?:(?P<w>{alts})(?:(?<=\.)|(?!\w))|(?P<f>{fused}))[ ]*")


def _type_word(m: re.Match[str]) -> str:
    return m.group("w") or m.group("f")


@derived
def _lookalike_re() -> re.Pattern[str]:
    return words_re(resources().place_lookalikes, before=r"(?:^|\W)", after=r"\s*$")


def type_word_at(folded: str, pos: int) -> tuple[PlaceType, int] | None:
    """Return the unit type whose word starts at ``pos`` and where its name would start."""
    m = _type_word_re().match(folded, pos)
    if not m:
        return None
    return resources().place_types[_type_word(m)], m.end()


def name_run(text: str, pos: int, limit: int | None = None) -> list[Token]:
    """Return the capitalized words (or a number) starting at ``pos`` on one clause."""
    out: list[Token] = []
    # a name is a few words: never tokenize the rest of the document to find its end
    window = min(len(text), pos + 200) if limit is None else limit
    for match in WORD.finditer(text, pos, window):
        tok = Token(match.start(), match.end(), match.group())
        gap = text[(out[-1].end if out else pos) : tok.start]
        # "Thừa Thiên - Huế", "Bà Rịa – Vũng Tàu": a dash between capitals joins one name
        joined = bool(out) and gap.strip() in ("-", "–") and "\n" not in gap
        if (gap.strip() and not joined) or "\n" in gap or not tok.is_cap:
            break
        out.append(Token(tok.start, tok.end, ("- " if joined else "") + tok.text) if joined else tok)
        if tok.text.isdigit():
            break
    return out


def resolve_run(gaz: Gazetteer, run: list[Token], kind: PlaceType | None,
                near: tuple[Place, ...]) -> tuple[Place | None, int]:
    """Resolve the longest prefix of ``run`` naming a unit; return it and the words used.

    The unit keeps the type word the text gave it (see :func:`as_written`).
    """
    for n in range(min(len(run), MAX_NAME_WORDS), 0, -1):
        name = " ".join(t.text for t in run[:n])
        place = gaz.resolve(name, kind, near=near)
        if place is None:
            continue
        if n < len(run) and not _prefix_stands_alone(gaz, place, run, n, near):
            continue
        return as_written(place, kind, name), n
    return None, 0


def as_of_writing(gaz: Gazetteer, folded: str, run: list[Token], used: int, place: Place,
                  kind: PlaceType | None, near: tuple[Place, ...]) -> tuple[Place, int]:
    """``place`` (read from the first ``used`` words of ``run``), or the legacy unit of that name
    when the text names it as it was (``xã Nam Đà cũ``, :func:`written_as_former`)."""
    if place.reform2025 and written_as_former(folded, run[used - 1].end):
        former, n = resolve_run(gaz.legacy, run[:used], kind, near)
        if former is not None:
            return former, n
    return place, used


def _prefix_stands_alone(gaz: Gazetteer, place: Place, run: list[Token], n: int,
                         near: tuple[Place, ...]) -> bool:
    """Whether the first ``n`` words of a longer capitalized run name a unit by themselves.

    They do when a personal name follows (``TP Hà Nội Nguyễn Đức Chung``; a family name alone is the
    unit's last word: ``xã Đông Sơn`` is not ``xã Đông`` and a Mr Sơn) — unless the one word is a family name
    opening a full name and the unit lies outside the article's area —, when the unit
    lies in the article's own area, or when the prefix has two words or more. A single
    word that happens to be a unit elsewhere (``xã Thuận`` of ``xã Thuận Hòa Mới``) does not.
    """
    inside = any(place.code == ctx.code or gaz.is_within(place, ctx) for ctx in near if ctx.code)
    if n == 1 and is_surname(run[0].text) and len(run) >= 3 and near and not inside:
        return False  # "Chủ tịch HĐND phường Hồ Vũ Ngọc Lợi": the article's bare ward, then a person (phường Hồ
        # lies in another province)
    if is_surname(run[n].text) and len(run) - n >= 2:
        return True
    return inside or n >= 2


_COMMA_GAP = re.compile(r"[ ]*,[ ]*")  # between a unit and the higher unit of its address


class PlaceFinder:
    """Finds place mentions in one document."""

    def __init__(self, doc: Document, gaz: Gazetteer, folded: str | None = None) -> None:
        self.doc = doc
        self.gaz = gaz
        self.text = doc.text
        self.folded = fold(doc.text) if folded is None else folded

    def typed(self, near: tuple[Place, ...] = ()) -> Iterator[PlaceMention]:
        """Yield ``<type word> <Name>`` mentions and the list items that share the word."""
        rx = _type_word_re()
        seen: list[PlaceMention] = []
        outer = near
        for m in rx.finditer(self.folded):
            kind = resources().place_types[_type_word(m)]
            if _NOT_A_UNIT_BEFORE.search(self.folded, max(0, m.start() - 10), m.start()):
                continue  # "Hợp tác xã Chợ gốm": a cooperative, not a commune
            reader = self._reader_at(m.start())  # the legacy register for the units a merger names
            cue = merger_before(self.folded, m.start()) if reader is not self else None
            near = outer if cue is None else (*merged_into(self.folded, cue, seen), *outer)
            colon = _COLON.match(self.text, m.end()) or self._counted_list(m.start(), m.end())
            if colon is not None:  # "6 phường: Nghĩa Đức, Nghĩa Phú …", "các xã: Đức Mạnh (Đắk Mil); …"
                yield from reader._colon_list(colon.end(), kind, near)
                continue
            run = name_run(self.text, m.end())
            place, used = resolve_run(reader.gaz, run, kind, near) if run else (None, 0)
            if reader is not self and place is not None and not self._near(place, outer):
                reader = self  # "… trước sáp nhập và phường Vinh Phú hiện nay": no old unit of the area, the new one
                place, used = resolve_run(reader.gaz, run, kind, near)
            if place is None:
                slipped = reader._case_slip(m.end(), kind, near)
                if slipped is not None:
                    run, place = slipped
                    used = len(run)
            if not run:
                continue
            if place is not None:
                place, used = reader._under_written_parent(run, used, place, kind, near)
                place, used = as_of_writing(reader.gaz, self.folded, run, used, place, kind, near)
            if place is None:
                words = name_words(run)
                if words and not _plausible_unlinked(kind, words):
                    words = unit_before_person(run)  # "xã Kim Lộc Nguyễn Đăng Khoa"
                if not words or not _plausible_unlinked(kind, words, person_after=True):
                    continue
                name = " ".join(t.text for t in words)
                place = Place(name, kind)
                used = len(name_words(run))
            seen.append(PlaceMention(place, Span(m.start(), run[used - 1].end), "typed"))
            yield seen[-1]
            yield from reader._list_items(run[used - 1].end, kind, place, near)

    def _near(self, place: Place, near: tuple[Place, ...]) -> bool:
        """Whether ``place`` lies in the area of ``near`` (true when there is none): a unit a merger names lies
        in the new unit's province."""
        return not near or any(place.key == c.key or self.gaz.is_within(place, c) for c in near if c.code)

    def _under_written_parent(self, run: list[Token], used: int, place: Place, kind: PlaceType,
                              near: tuple[Place, ...]) -> tuple[Place, int]:
        """``place``, or its namesake inside the higher unit written right after it (``phường Bạch Đằng, quận Hai
        Bà Trưng, Hà Nội``: an address names the unit's own district, whatever province the article is about)."""
        gap = _COMMA_GAP.match(self.text, run[used - 1].end)
        typed = type_word_at(self.folded, gap.end()) if gap is not None else None
        if typed is None or typed[0].level >= place.type.level:
            return place, used
        higher, _ = resolve_run(self.gaz, name_run(self.text, typed[1]), typed[0], near)
        if higher is None or higher.code is None or self.gaz.is_within(place, higher):
            return place, used
        again, n = resolve_run(self.gaz, run[:used], kind, (higher,))
        if again is None or n != used or not self.gaz.is_within(again, higher):
            return place, used
        return again, n

    def _counted_list(self, start: int, end: int) -> re.Match[str] | None:
        """``11 phường thuộc Đơn vị bầu cử số 1 (gồm: Ba Đình, Ngọc Hà, …)``: a number of units, then
        their names after an opener later in the clause (connectors ``unit_list_opener``)."""
        if _COUNT_BEFORE.search(self.folded, max(0, start - 6), start) is None:
            return None
        return _counted_opener_re().match(self.folded, end)

    def _reader_at(self, pos: int) -> PlaceFinder:
        """This finder, or one reading the legacy register when the unit at ``pos`` is one a merger
        named after the 2025 reform (``được thành lập trên cơ sở sáp nhập các xã: Vĩnh An, An Bá và
        thị trấn An Châu``): the units merged are the ones before the reform, not their successors."""
        if self.gaz.era != REFORM or merger_before(self.folded, pos) is None:
            return self
        return PlaceFinder(self.doc, self.gaz.legacy, self.folded)

    def _case_slip(self, pos: int, kind: PlaceType, near: tuple[Place, ...]) -> tuple[list[Token], Place] | None:
        """A unit of the article's area written with one word's case slipped (``xã Quảng sơn``,
        ``; thuận Hạnh``): two or three words, capitalized and not, that name a unit inside ``near``."""
        if not near:
            return None
        words: list[Token] = []
        for match in WORD.finditer(self.text, pos, min(len(self.text), pos + 60)):
            if self.text[(words[-1].end if words else pos) : match.start()] not in ("", " "):
                break
            words.append(Token(match.start(), match.end(), match.group()))
            if len(words) == 3:
                break
        caps = [t.is_cap for t in words]
        if len(words) < 2 or all(caps) or not any(caps[:2]) or any(t.text.isdigit() for t in words):
            return None
        for n in range(len(words), 1, -1):
            name = " ".join(t.text[:1].upper() + t.text[1:] for t in words[:n])
            place = self.gaz.strict.resolve(name, kind, near=near)
            if (place is not None and same_spelling(name, place.name)
                    and any(place.key == c.key or self.gaz.is_within(place, c) for c in near)):
                return words[:n], as_written(place, kind, name)
        return None

    def _list_items(self, pos: int, kind: PlaceType, first: Place,
                    near: tuple[Place, ...]) -> Iterator[PlaceMention]:
        scope = tuple(p for p in (self.gaz.parent(first),) if p) + near
        while True:
            m = _ITEM_SEP.match(self.text, pos)
            if not m:
                return
            start = m.end()
            if type_word_at(self.folded, start):
                return
            run = name_run(self.text, start)
            place, used = resolve_run(self.gaz.strict, run, kind, scope) if run else (None, 0)
            if place is None:
                slipped = self._case_slip(start, kind, scope)
                if slipped is not None:
                    run, place = slipped
                    used = len(run)
            if place is None or not same_spelling(" ".join(t.text for t in run[:used]), place.name):
                return
            province = self.gaz.province_of(first) if first.code else None
            if province is not None and province.code != first.code and _letters(province.name) == _letters(
                    " ".join(t.text for t in run[:used])):
                place = province  # "huyện Đại Từ, Thái Nguyên": the district's province, not its city
            end = run[used - 1].end
            yield PlaceMention(place, Span(start, end), "list")
            pos = end

    def _colon_list(self, pos: int, kind: PlaceType, near: tuple[Place, ...]) -> Iterator[PlaceMention]:
        """The units a plural type word lists after a colon; a parenthesis after one names its district."""
        while True:
            run = name_run(self.text, pos)
            if not run:
                return
            end = run[min(len(run), MAX_NAME_WORDS) - 1].end
            scope = near
            paren = _PAREN.match(self.text, end)
            if paren is not None:
                owner = self.gaz.resolve(paren.group(1).strip(), near=near)
                scope = (owner, *near) if owner is not None else near
            place, used = resolve_run(self.gaz.strict, run, kind, scope)
            if place is None:
                return
            yield PlaceMention(place, Span(run[0].start, run[used - 1].end), "list")
            pos = run[used - 1].end
            paren = _PAREN.match(self.text, pos)
            if paren is not None:
                pos = paren.end()
            sep = _ITEM_SEP.match(self.text, pos)
            if not sep:
                return
            pos = sep.end()

    def bare(self, near: tuple[Place, ...]) -> Iterator[PlaceMention]:
        """Yield district- or province-level names used without a type word."""
        text = self.text
        gaz = self.gaz.strict
        for run in _cap_runs(text):
            if self._after_honorific(run[0].start):
                continue  # "đồng chí Ngân Thanh Bình": a person's name, whatever units' names it holds
            for i in range(len(run)):
                if i > 0 and self._person_after(run, i):
                    break  # "Cần Thơ Đồng Văn Thanh": no unit inside a person's name after a unit's (xã Đồng Văn)
                for n in range(min(len(run) - i, MAX_NAME_WORDS), 1, -1):
                    name = " ".join(t.text for t in run[i : i + n])
                    cands = list(gaz.candidates(name, max_level=2))
                    if not cands:
                        continue
                    start, end = run[i].start, run[i + n - 1].end
                    if ascii_key(name) in resources().place_bare_not_units:
                        break
                    if (_lookalike_re().search(self.folded[max(0, start - 24) : start])
                            or named_after(self.text, self.folded, start, _lookalike_re())):
                        break
                    if not self._stands_alone(run, i, n):
                        break
                    provinces = [p for p in cands if p.type.level == 1]
                    if len(provinces) == 1:  # "Thái Nguyên" alone is the province, not its city
                        place: Place | None = provinces[0]
                    else:
                        place = gaz.resolve(name, near=near) if len(cands) > 1 else cands[0]
                    if place is None or not same_spelling(name, place.name):
                        break
                    yield PlaceMention(self._after_reform(place), Span(start, end), "bare")
                    break

    def _person_after(self, run: list[Token], j: int) -> bool:
        """Whether run words from ``j`` on are a person's full name (a family name, two words or more), not
        a unit's name (``Hà Nội Nguyễn Đức Chung``)."""
        rest = run[j:]
        return (len(rest) >= 2 and is_surname(rest[0].text)
                and not self.gaz.strict.candidates(" ".join(t.text for t in rest[:MAX_NAME_WORDS])))

    def _after_honorific(self, start: int) -> bool:
        """Whether an honorific (``đồng chí``, ``ông``, ``bà``: kg/data/honorifics.txt) ends right before ``start``."""
        m = _honorific_before_re().search(self.folded, max(0, start - HONORIFIC_CHARS), start)
        return m is not None

    def _after_reform(self, place: Place) -> Place:
        """A bare district's name in an article after the reform: the one 2025 ward or commune of that
        name in the district's 2025 province, if any (``Ba Đình`` in a Hà Nội article of July 2025 is
        phường Ba Đình; ``Lương Sơn`` is the xã Lương Sơn that took the abolished district's name)."""
        if self.gaz.era != REFORM or place.reform2025 or place.type.level != 2:
            return place
        province = self.gaz.province_of(place)
        new_province = self.gaz.successor(province) if province is not None else None
        if new_province is None:
            return place
        named = [unit for unit in self.gaz.reg2025.by_key.get(ascii_key(place.name), ())
                 if unit.parent_code == new_province.code and unit.type.level == 3]
        return named[0] if len(named) == 1 else place

    def _stands_alone(self, run: list[Token], i: int, n: int) -> bool:
        """Whether capitalized words ``i..i+n`` of a run are a unit's name and not part of another name.

        Not after a family name (``Trương Hòa Bình``, ``Lê Đức Thọ``) or a woman's middle name
        (``Trần Thị Hồng Lĩnh``; connectors ``middle_name``), not inside a longer
        name (``Thái Bình Dương``) unless a person or another unit follows, not in capitals
        (``HẢI CHÂU``, a signature).
        """
        if i > 0 and (is_surname(run[i - 1].text) or fold(run[i - 1].text) in resources().connectors["middle_name"]):
            return False  # "Trương Hòa Bình", "Trần Thị Hồng Lĩnh": a person's given name
        if all(t.text.isupper() for t in run[i : i + n]):
            return False
        if i + n < len(run):
            nxt = run[i + n : i + n + 2]
            person = is_surname(nxt[0].text) and len(run) - i - n >= 2  # "Hà Nội Nguyễn Đức Chung"
            return person or bool(self.gaz.candidates(" ".join(t.text for t in nxt)))
        return True


HONORIFIC_CHARS = 12  # the longest honorific and its space


@derived
def _honorific_before_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(resources().honorifics)})[ ]+$")


_COLON = re.compile(r"[ ]*:[ ]*")
_COUNT_BEFORE = re.compile(r"(?<![\w.,])\d+[ ]+$")
COUNTED_REACH = 80  # how far after "11 phường" its list may open


@derived
def _counted_opener_re() -> re.Pattern[str]:
    opener = alternation(resources().connectors["unit_list_opener"])
    return re.compile(rf"[^.;:\n]{{0,{COUNTED_REACH}}}?(?<!\w){opener}[ ]*:[ ]*")
_ITEM_SEP = re.compile(r"\s*(?:,|và|;)\s*")  # matched at a position: never on a copy of the rest
_PAREN = re.compile(r"[ ]*\(([^()\n]{1,40})\)")
_NOT_A_UNIT_BEFORE = re.compile(r"(?<!\w)hợp tác[ ]*$")


def name_words(run: list[Token]) -> list[Token]:
    """Cut a capitalized run before the start of a personal name (a family name after word 1)."""
    for i, tok in enumerate(run[:MAX_NAME_WORDS]):
        if i > 0 and is_surname(tok.text) and len(run) - i >= 2:
            return run[:i]
    return run[:MAX_NAME_WORDS]


def unit_before_person(run: list[Token]) -> list[Token]:
    """The words of an unregistered unit's name that a family name opens, before a person's full name
    (``Kim Lộc`` of ``xã Kim Lộc Nguyễn Đăng Khoa``); nothing when no full name follows two words."""
    for i in range(2, min(len(run), MAX_NAME_WORDS + 1)):
        if is_surname(run[i].text) and len(run) - i >= 2:
            return run[:i]
    return []


def _plausible_unlinked(kind: PlaceType, words: list[Token], *, person_after: bool = False) -> bool:
    """Whether an unregistered name after a type word can still be a unit's name.

    Unit names have two syllables or more (or are numbers, for quận and phường); an
    all-capital word is an abbreviation (``xã NTM``), a leading family name a person, unless a
    person's full name follows the words (``xã Kim Lộc Nguyễn Đăng Khoa``: ``person_after``).
    """
    if words[0].text.isdigit():
        return kind in (PlaceType.URBAN_DISTRICT, PlaceType.WARD)
    if len(words) < 2 or any(w.text.startswith("- ") for w in words):
        return False
    if any(w.text.isupper() and len(w.text) > 1 for w in words):
        return False
    return person_after or not is_surname(words[0].text)


# Upper-case letters of Vietnamese (and Latin) text, for a regex that finds capitalized runs fast.
_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isalpha() and c.isupper())
_CAP_RUN = re.compile(rf"(?<!\w)[{_UPPER}][\w'’]*(?: [{_UPPER}][\w'’]*)+")


def _cap_runs(text: str) -> Iterator[list[Token]]:
    """Yield runs of two or more capitalized words separated by single spaces."""
    for m in _CAP_RUN.finditer(text):
        pos = m.start()
        run = []
        for word in m.group().split(" "):
            run.append(Token(pos, pos + len(word), word))
            pos += len(word) + 1
        yield run


def _names_publisher(folded: str) -> bool:
    """A cheap scan before :func:`publisher_province`: whether a publisher word (connectors ``publisher``) occurs."""
    return any(f"{w} " in folded for w in resources().connectors.get("publisher", ()))


def _outside(folded: str, bare: list[PlaceMention], typed: list[PlaceMention]) -> list[PlaceMention]:
    """The bare mentions that are no tail of a longer name a type word gives (``Phú Hòa`` of ``phường Chánh Phú
    Hòa``); the home is picked from both before overlapping mentions are dropped."""
    names: list[tuple[int, int]] = []  # where the name after each type word starts, and the mention's end
    for pm in typed:
        at = type_word_at(folded, pm.span.start) if pm.span is not None and pm.how == "typed" else None
        if at is not None and pm.span is not None:
            names.append((skip_spaces(folded, at[1]), pm.span.end))
    return [pm for pm in bare if pm.span is None
            or not any(start < pm.span.start and pm.span.end <= end for start, end in names)]


def find_places(doc: Document, gaz: Gazetteer, default_home: Place | None = None, *,
                folded: str | None = None) -> tuple[Place | None, Place | None, tuple[PlaceMention, ...]]:
    """Return (home, province, mentions) for one document (``folded``: its fold, if computed).

    Names are read in the register of the article's date (:meth:`Gazetteer.as_of`).
    """
    gaz = gaz.as_of(doc.date)
    finder = PlaceFinder(doc, gaz, folded)
    first = list(finder.typed())
    if gaz.era == UNDATED and reform_evidence(first, finder.folded, gaz):  # an undated article written after the reform
        gaz = gaz.as_of(REFORM_DATE)
        finder = PlaceFinder(doc, gaz, folded)
        first = list(finder.typed())
    publisher = publisher_province(doc.text, gaz) if _names_publisher(finder.folded) else None
    publisher = publisher or site_province(doc, gaz)
    if publisher is not None:  # "Báo Cà Mau": the paper's province first (phường Hòa Thành of Cà Mau)
        first = list(finder.typed((publisher,)))
    home = pick_home(doc, gaz, first, [])
    near = tuple(p for p in (home, gaz.province_of(home) if home and home.code else None, publisher) if p)
    typed = list(finder.typed(near)) if near else first
    bare = _outside(finder.folded, list(finder.bare(near)), typed)  # "phường Chánh Phú Hòa" holds no huyện Phú Hòa
    home = pick_home(doc, gaz, typed, bare) or default_home or publisher
    if not near and home is not None and home.code:  # placed only by its bare names: read the typed again
        typed = list(finder.typed((home, *(p for p in (gaz.province_of(home),) if p and p is not home))))
    province = gaz.province_of(home) if home and home.code else None
    if home is not None and home.type.level == 1:
        province = home
    mentions = sorted(typed + bare, key=lambda pm: (pm.span.start if pm.span else -1, pm.span.end if pm.span else -1))
    # one mention per span: a typed reading wins over a bare one inside it
    kept: list[PlaceMention] = []
    for pm in mentions:
        if kept and pm.span and kept[-1].span and pm.span.start < kept[-1].span.end:
            continue
        kept.append(pm)
    return home, province, tuple(kept)
