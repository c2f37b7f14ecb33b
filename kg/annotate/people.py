"""People: named officials with their titles, and titles used alone, resolved to a person.

Three introductions are recognized, in every variant the portals use:
``<honorific> <Name> – <title>, <title>`` (honorific: đồng chí, Đ/c, ông, bà, or a
military rank alone; a rank may also stand between honorific and name),
``<Name>, <title>`` in lists of guests, and ``<title> <Name>``
(``Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung``). A title with no name
(``đồng chí Bí thư Thành ủy``, ``Chủ tịch UBND thị xã``) is a title mention;
coreference (:mod:`kg.annotate.coreference`) links it to the person of the article
who holds that title; a later short name (``ông Thăng``, ``Bí thư Thăng``) goes to
the full name it ends. Posts stated by a clause are read in :mod:`kg.annotate.clauses`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from kg.annotate.clauses import (
    appointed_after_units,
    appointed_list,
    appointed_titles,
    listed_members,
    named_by_copula,
    shared_appointments,
    signers_bodies,
    topic_subject,
    without_proxied_titles,
)
from kg.annotate.coreference import complete_from_person, deputies_from_neighbours, title_mentions
from kg.annotate.coverage import Coverage
from kg.annotate.delegates import council_delegates
from kg.annotate.names import _is_surname, _name_form, read_name, unify_spellings
from kg.annotate.segment import sentence_at
from kg.annotate.shared_titles import shared_titles
from kg.annotate.titles import (
    TitleContext,
    explicit_places,
    former_word_end,
    parse_title_list,
    starts_re,
)
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import UPPER, alternation, head_re, words_re
from kg.lexicon.resources import derived, resources
from kg.model import PersonMention, Span, Title, TitleMention

_NAME_SEP = re.compile(r"[ ]*(?:[–—-]|,|:|\(|\s)[ ]*")
_WORD_START = re.compile(r"(?<!\w)\w")
_WORD = re.compile(r"[^\W\d_]\w*")
_SPACES = re.compile(r"[ ]+")
# A body's acronym the press sets in parentheses between a title and the name ("Giám đốc Sở Giao thông
# Vận tải (GTVT) Bùi Xuân Cường"): capitals (Đ too), digits, &, - or dots, matched on the original text.
_ACRONYM_ASIDE = re.compile(r"[ ]+\([A-ZĐ][A-ZĐ0-9&.\-]{1,9}\)(?=[ ])")
# Between a title and the name it introduces in press style: a dash, or a comma (then an honorific
# or a rank must follow), or a rank alone ("Tư lệnh Quân khu Thủ đô Thiếu tướng …").
_ASIDE = re.compile(r"[ ]*[,–—-][ ]*|[ ]+(?=\w)")
# What may stand between a name and its titles when no honorific announces the name (a dash, a
# comma, or a parenthesis: "Nguyễn Văn A (Chủ tịch UBND tỉnh)").
_LIST_SEP = re.compile(r"[ ]*(?:[–—-]|,|\()[ ]*")
# A word starting with a capital letter (the capital tested in the pattern, not in Python).
_CAPITALIZED_WORD = re.compile(rf"(?<![\w'’])(?={UPPER})[^\W\d_]\w*")
# Capitalized words that open the next sentence when the period before them is missing
# ("Chủ tịch UBND Nguyễn Thành Phong Sáng 15/6, ..."): cut a name there if a number follows.


@derived
def _introducer_re() -> re.Pattern[str]:
    return words_re(resources().honorifics + resources().ranks, before=r"(?<![\w/])", after=r"(?![\w/])[ :]*")


@derived
def _name_opener_re() -> re.Pattern[str]:
    """A word a name may follow without an honorific (connectors ``name_opener``: và, gồm, đại biểu)."""
    return re.compile(rf"(?<!\w)(?:{alternation(resources().connectors['name_opener'])})$")


@derived
def _after_type_word_re() -> re.Pattern[str]:
    return words_re(resources().place_types, before=r"(?<![\w.])", after=r"[ ]*$")




def _tail_key(name: str) -> list[str]:
    return fold(name).replace("'", " ").split()


class PeopleFinder:
    """Finds the people and title mentions of one document."""

    def __init__(self, text: str, sentences: tuple[Span, ...], ctx: TitleContext,
                 folded: str | None = None) -> None:
        self.text = text
        self.folded = fold(text) if folded is None else folded
        self.sentences = sentences
        self.ctx = ctx

    def _sentence(self, pos: int) -> Span | None:
        return sentence_at(self.sentences, pos)

    def find(self) -> tuple[tuple[PersonMention, ...], tuple[TitleMention, ...]]:
        text, folded = self.text, self.folded
        if not self.ctx.seen:  # annotate computes them once; a finder built alone finds them
            self.ctx = replace(self.ctx, seen=explicit_places(text, folded, self.ctx))
        ctx = self.ctx
        people: list[PersonMention] = []
        pending: list[tuple[Span, list[Title]]] = []  # a title before a short name
        loose: list[Title] = []
        covered = Coverage(len(text))
        run_end: dict[int, int] = {}  # the end of a run of introducers ("ông ông ông …"), by each link's end

        def is_covered(pos: int) -> bool:
            return pos in covered

        for m in _introducer_re().finditer(folded):
            if is_covered(m.start()) or self._is_name_part(m):
                continue
            pos = m.end()
            if pos in run_end:  # a later link of a run walked before: the same end
                pos = run_end[pos]
            else:
                links = [pos]
                while (again := _introducer_re().match(folded, pos)) is not None:
                    pos = again.end()  # "Đồng chí Đồng chí ...", "đồng chí Thượng tá ..."
                    links.append(pos)
                run_end.update(dict.fromkeys(links, pos))
            titles, end = parse_title_list(text, folded, pos, ctx)
            if titles:
                name_span = self.name_after(end)
                if name_span is not None:  # "đồng chí Chủ tịch UBND TP Nguyễn Văn A"
                    people.append(self.person(name_span, titles))
                    covered.append(Span(m.start(), name_span.end))
                elif (short := self._short_name_after(end)) is not None:
                    pending.append((short, titles))
                    covered.append(Span(m.start(), short.end))
                else:
                    loose.extend(titles)
                    covered.append(Span(m.start(), end))
                continue
            name_span = read_name(text, folded, pos)
            if name_span is None or self._is_place(Span(m.start(), name_span.end)):
                continue
            titles, end = self._titles_after(name_span, _NAME_SEP)
            if topic_subject(folded, (self._sentence(m.start()) or Span(0, 0)).start, m.start(), titles):
                titles, end = [], name_span.end  # "Về trường hợp ông A, Tổng bí thư cho hay": the next clause's
            if titles:  # "ông X, Chủ tịch HĐND xã, giữ chức Phó Bí thư Thường trực Đảng ủy xã"
                more, more_end = appointed_after_units(self, end)
                if more:
                    titles, end = titles + more, more_end
            if not titles:  # "bà X (vợ ông Y) được bổ nhiệm làm Phó giám đốc Sở …"
                titles, end = appointed_titles(self, name_span.end)
            if not titles:  # "các ông, bà A, B và C giữ chức Phó Bí thư Tỉnh ủy"
                others, titles, end = appointed_list(self, name_span.end)
                people.extend(self.person(span, titles) for span in others)
            people.append(self.person(name_span, titles))
            covered.append(Span(m.start(), end if titles else name_span.end))
        for pos in self._surname_starts():
            if is_covered(pos):
                continue
            if not self._opens_list_item(pos):
                continue
            name_span = read_name(text, folded, pos)
            if name_span is None or not self._is_full_name(name_span):
                continue
            if _after_type_word_re().search(folded[max(0, pos - 12) : pos]):
                continue  # "xã Hà Lâm, ...": a unit's name, not a person's
            titles, end = self._titles_after(name_span, _LIST_SEP)
            if any(t.org is not None for t in titles):  # "Nguyễn Đức Chung, Chủ tịch UBND TP Hà Nội"
                people.append(self.person(name_span, titles))
                covered.append(Span(pos, end))
        inside_heads = self._inside_org_heads()
        for start in self._title_starts():
            if is_covered(start) or start in inside_heads:
                continue
            titles, end = parse_title_list(text, folded, start, ctx)
            if not titles:
                continue
            name_span = self.name_after(end) or self._name_after_aside(end, titles)
            if name_span is not None:
                # "Đại biểu Quốc hội Võ Thị Như Hoa, Giám đốc Sở Tư pháp Đà Nẵng kết luận": a second
                # title in apposition after the name is the same person's
                more = self._apposed_titles(name_span)
                people.append(self.person(name_span, titles + more))
                covered.append(Span(start, more[-1].span.end if more else name_span.end))
            elif (short := self._short_name_after(end)) is not None:
                pending.append((short, titles))
                covered.append(Span(start, short.end))
            elif group := self._names_listed_after(end):
                # "các Ủy viên T.Ư Đảng: Ngô Thị Thanh Hằng, …; Nguyễn Đức Chung, …"
                people.extend(self.person(span, titles) for span in group)
                covered.append(Span(start, end))
            elif (named := named_by_copula(self.folded, end, people)) is not None:
                # "cán bộ địa chính là ông Bùi Văn Cung": the title names the person after "là"
                people[named] = replace(people[named], titles=people[named].titles + tuple(titles))
                covered.append(Span(start, end))
            elif titles[-1].org is not None:
                loose.extend(titles)
                covered.append(Span(start, end))
        people.extend(listed_members(self, covered))  # "Đoàn ĐBQH tỉnh gồm các đại biểu: A; B và C"
        people = council_delegates(self, people)  # "Đại biểu Huỳnh Văn A cho rằng …"
        people = shared_titles(self, people)  # "Các Phó Bí thư Tỉnh ủy gồm có: bà A (…), ông B (…)"
        people = shared_appointments(self, people)  # "các ông: A, …; B, … được bầu giữ chức Phó Bí thư"
        people = unify_spellings(people)  # "Nguyễn Thành Phong" … "Nguyễn Thanh Phong": one person
        people = self._corefer_names(people, pending, loose)
        people = deputies_from_neighbours(people)
        people = signers_bodies(self, people)  # "… của UBND tỉnh X … do Phó Chủ tịch Y ký"
        people = complete_from_person(text, folded, people)
        people, proxied = without_proxied_titles(folded, people)  # "thừa ủy quyền của Thủ tướng, …"
        loose.extend(proxied)
        people.sort(key=lambda p: p.span.start)
        return tuple(people), title_mentions(text, self.sentences, people, loose)

    # -- where names and titles start -------------------------------------------------
    def _title_starts(self) -> list[int]:
        return sorted({m.start() for m in starts_re("title").finditer(self.folded)})

    def _inside_org_heads(self) -> set[int]:
        """Word starts inside a body's name (the "Bí thư" of "Ban Bí thư") are not titles."""
        inside: set[int] = set()
        folded = self.folded
        for m in starts_re("head").finditer(folded):
            head = head_re().match(folded, m.start())
            if head is not None and " " in head.group():  # the head's later words, not the text before
                inside.update(w.start() for w in _WORD_START.finditer(folded, m.start() + 1, head.end()))
        return inside

    def _surname_starts(self) -> list[int]:
        return [m.start() for m in _CAPITALIZED_WORD.finditer(self.text) if _is_surname(m.group())]

    def _opens_list_item(self, pos: int) -> bool:
        """Whether a name may start here without an honorific: after punctuation or a list word."""
        before = self.folded[max(0, pos - 12) : pos].rstrip(" ")
        if not before or before[-1] in ",;:.(\n-\"'":
            return True
        return _name_opener_re().search(before) is not None

    # -- names ------------------------------------------------------------------------
    def _is_name_part(self, m: re.Match[str]) -> bool:
        """An honorific written with a capital after a capitalized word is part of a name."""
        word = self.text[m.start() : m.end()].strip(" :")
        # honorifics that, capitalized after a capitalized word, are part of a proper name ("Bà Rịa")
        if fold(word) not in resources().connectors["name_part_honorific"] or not word[:1].isupper():
            return False
        before = re.search(r"([^\W\d_]\w*)[ ]$", self.text[max(0, m.start() - 30) : m.start()])
        if before is None or not before.group(1)[:1].isupper() or before.group(1).isupper():
            return False  # "Ảnh: CTV Bà Nguyễn Thị Thu Hường": an abbreviation before it
        after = _WORD.match(self.text, m.end())
        return after is None or not _is_surname(after.group())

    def _is_place(self, span: Span) -> bool:
        """Whether the words are a province or district name (``Hà Nội``, ``Bà Rịa``)."""
        name = " ".join(self.text[span.start : span.end].split())
        return any(p.type.level <= 2 for p in self.ctx.gaz.candidates(name))

    def _is_full_name(self, span: Span) -> bool:
        words = self.text[span.start : span.end].split()
        return len(words) >= 2 and _is_surname(words[0]) and not self._is_place(span)

    def _titles_after(self, name_span: Span, sep: re.Pattern[str]) -> tuple[list[Title], int]:
        """The titles after a name, or after a parenthesis that holds none (a photo's ``(giữa)``, an
        age ``(78 tuổi)``); a last title that a new name follows belongs to that name."""
        titles, end = self._titles_from(name_span, name_span.end, sep)
        if not titles and (aside := _PAREN_ASIDE.match(self.folded, name_span.end)) is not None:
            titles, end = self._titles_from(name_span, aside.end(), sep)
        return titles, end

    def _titles_from(self, name_span: Span, pos: int, sep: re.Pattern[str]) -> tuple[list[Title], int]:
        after = sep.match(self.folded, pos)
        if not after:
            return [], name_span.end
        start = after.end()
        if "-" in after.group() or "–" in after.group() or "," in after.group():
            start = former_word_end(self.folded, start)  # "bà A - lúc đó là Trưởng ban …": a post held then
        titles, end = parse_title_list(self.text, self.folded, start, self.ctx)
        if titles and self.name_after(end) is not None:
            # "Phạm Kiên - Chủ tịch UBND thị xã Sông Cầu, Phó Chủ tịch Lương Công Tuấn":
            # the last title introduces the next name
            titles = titles[:-1]
            end = titles[-1].span.end if titles else name_span.end
        return titles, end

    def _apposed_titles(self, name_span: Span) -> list[Title]:
        """The titles with a body set after a name a title introduced, up to the next item of a list
        (``;``) or the title of the next person (``…, Bí thư Huyện ủy Thanh Trì - Trần Văn Khương``)."""
        after = _LIST_SEP.match(self.folded, name_span.end)
        if not after:
            return []
        titles, end = parse_title_list(self.text, self.folded, after.end(), self.ctx)
        out: list[Title] = []
        for t in titles:
            if out and ";" in self.folded[out[-1].span.end : t.span.start]:
                break
            out.append(t)
        if len(out) == len(titles) and out and (
                self.name_after(end) is not None or self._name_after_aside(end, out) is not None):
            return []  # "Bí thư A, Phó bí thư, Chủ tịch UBND TP B": the titles after A are all B's
        return [t for t in out if t.org is not None]

    def name_after(self, end: int) -> Span | None:
        """A name right after a title (``Chủ tịch UBND thành phố Hoàng Bá Huy``)."""
        if (acronym := _ACRONYM_ASIDE.match(self.text, end)) is not None:
            end = acronym.end()
        m = _SPACES.match(self.folded, end)  # at ``end``: never a copy of the rest of the text
        if not m:
            return None
        span = read_name(self.text, self.folded, m.end())
        if span is None or not self._is_full_name(span):
            return None
        return span

    def _name_after_aside(self, end: int, titles: list[Title]) -> Span | None:
        """A name the press sets off from the title before it: ``Bí thư Huyện ủy Thanh Trì - Trần Văn
        Khương``, ``Phó chủ tịch UBND TP Đà Nẵng, ông Nguyễn Ngọc Tuấn``, ``Tư lệnh Quân khu Thủ đô,
        Thiếu tướng Nguyễn Hồng Thái``. Only after a title naming its body (a bare role before a comma
        is a list of roles), and a comma only with an honorific or a rank after it."""
        if titles[-1].org is None:
            return None
        m = _ASIDE.match(self.folded, end)
        if m is None:
            return None
        pos = m.end()
        intro = _introducer_re().match(self.folded, pos)
        if intro is None and "," in m.group():
            return None  # "Chủ tịch UBND tỉnh, Nguyễn Văn A, …": a list, not an aside
        if intro is not None:
            pos = intro.end()
        span = read_name(self.text, self.folded, pos)
        if span is None or not self._is_full_name(span):
            return None
        return span

    def _names_listed_after(self, end: int) -> list[Span]:
        """The full names a title lists after a colon, one per ``;``-item of the sentence."""
        m = _LIST_COLON.match(self.folded, end)
        sent = self._sentence(end)
        if m is None or sent is None:
            return []
        out = []
        for item in re.finditer(r"[^;]+", self.text[m.end() : sent.end]):
            at = m.end() + item.start() + (len(item.group()) - len(item.group().lstrip()))
            span = read_name(self.text, self.folded, at)
            if span is None or not self._is_full_name(span):
                break
            out.append(span)
        return out

    def _short_name_after(self, end: int) -> Span | None:
        """A one- or two-word name after a title (``Bí thư Thăng``); coreference checks it."""
        m = _SPACES.match(self.folded, end)  # at ``end``: never a copy of the rest of the text
        if not m:
            return None
        span = read_name(self.text, self.folded, m.end())
        if span is None or len(self.text[span.start : span.end].split()) > 2:
            return None
        return span

    def person(self, name_span: Span, titles: list[Title], name: str | None = None) -> PersonMention:
        name = name or _name_form(self.text[name_span.start : name_span.end])
        return PersonMention(name=name, span=name_span, titles=tuple(titles),
                             sentence=self._sentence(name_span.start))

    # -- coreference ------------------------------------------------------------------
    def _corefer_names(self, people: list[PersonMention], pending: list[tuple[Span, list[Title]]],
                       loose: list[Title]) -> list[PersonMention]:
        """Give short names (``ông Thăng``, ``Thanh Vân``) the full name they end; drop the rest."""
        full = [p for p in people if len(p.name.split()) >= 3
                or (len(p.name.split()) == 2 and _is_surname(p.name.split()[0]))]
        is_full = {id(p) for p in full}
        # the full names by each of their shorter tails (what a short name may be): one lookup
        # per short name, not a scan of every full name
        by_tail: dict[tuple[str, ...], _Tails] = {}
        for p in full:
            words = tuple(_tail_key(p.name))
            for k in range(1, len(words)):
                by_tail.setdefault(words[-k:], _Tails()).add(p)

        def expand(name: str, at: int) -> str | None:
            key = tuple(_tail_key(name))
            tails = by_tail.get(key) if key else None
            if tails is None:
                return None
            return tails.only_name or tails.last_before(at)

        out: list[PersonMention] = []
        for p in people:
            if id(p) in is_full:
                out.append(p)
                continue
            longer = expand(p.name, p.span.start)
            if longer is not None:
                out.append(replace(p, name=longer))
            elif len(p.name.split()) >= 2 or "'" in p.name or any(t.org is not None for t in p.titles):
                out.append(p)
            # an unresolved one-word name with no post ("ông Tường", "Bà Ponagar") is not an
            # official's name; "K'Thanh, Phó Chủ tịch UBND huyện" is
        for span, titles in pending:
            longer = expand(_name_form(self.text[span.start : span.end]), span.start)
            if longer is not None:
                out.append(self.person(span, titles, longer))
            elif titles[-1].org is not None:
                loose.extend(titles)
        return out



_LIST_COLON = re.compile(r"[ ]*:[ ]*")
# A short parenthesis after a name that is no title: where the person stands in a photo, an age, a
# birth year ("Ông A (giữa), Phó Chủ tịch UBND xã", "GS.TS B (78 tuổi) Chủ tịch Liên hiệp các hội")
_PAREN_ASIDE = re.compile(r"[ ]*\([^()\n]{1,30}\)")


class _Tails:
    """The full names that end with one short name: whether they are one name, and the one
    written last before a position (the earliest written of those at the same place)."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self._starts: list[int] = []
        self._by_start: dict[int, str] = {}
        self._sorted = True

    def add(self, p: PersonMention) -> None:
        self.names.add(p.name)
        if p.span.start not in self._by_start:  # the first at a start wins, as max() keeps the first
            self._by_start[p.span.start] = p.name
            self._starts.append(p.span.start)
            self._sorted = False

    @property
    def only_name(self) -> str | None:
        return next(iter(self.names)) if len(self.names) == 1 else None

    def last_before(self, at: int) -> str | None:
        if not self._sorted:  # added in the order people were found, not always text order
            self._starts.sort()
            self._sorted = True
        i = bisect.bisect_left(self._starts, at)
        return self._by_start[self._starts[i - 1]] if i else None
