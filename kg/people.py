"""People: named officials with their titles, and titles used alone, resolved to a person.

Two introductions are recognized, in every variant the portals use:
``<honorific> <Name> – <title>, <title>`` (honorific: đồng chí, Đ/c, ông, bà;
a military rank may stand before the name) and ``<title> <Name>``
(``Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung``). A title with no name
(``đồng chí Bí thư Thành ủy``, ``Chủ tịch UBND thị xã``) is a title mention;
coreference links it to the person of the article who holds that title.
"""

from __future__ import annotations

import re
from functools import cache

from kg.model import PersonMention, Span, Title, TitleMention
from kg.normalize import canonical, fold
from kg.resources import resources
from kg.titles import TitleContext, _member_re, _role_re, parse_title_list

MAX_NAME_WORDS = 5
# one word of a name: "Bường", "K’Thanh", "K ‘ Thanh", "H'Hoa", "BKrông"
_NAME_WORD = re.compile(r"[^\W\d_]\w*(?:[ ]?['’‘][ ]?[^\W\d_]\w*)?")
_NAME_SEP = re.compile(r"[ ]*(?:[–—-]|,|:|\(|\s)[ ]*")


@cache
def _honorific_re() -> re.Pattern[str]:
    words = sorted(resources().honorifics, key=len, reverse=True)
    return re.compile(r"(?<![\w/])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w/])[ :]*")


@cache
def _rank_re() -> re.Pattern[str]:
    words = sorted(resources().ranks, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)[ ]*")


def read_name(text: str, folded: str, pos: int) -> Span | None:
    """Return the span of a capitalized personal name starting at ``pos`` (1–5 words)."""
    words: list[re.Match[str]] = []
    cursor = pos
    while len(words) < MAX_NAME_WORDS:
        m = _NAME_WORD.match(text, cursor)
        if not m or not m.group()[:1].isupper():
            break
        if words and (_role_re().match(folded, m.start()) or _member_re().match(folded, m.start())):
            break
        words.append(m)
        nxt = m.end()
        if nxt < len(text) and text[nxt] == " ":
            cursor = nxt + 1
        else:
            break
    if not words:
        return None
    return Span(words[0].start(), words[-1].end())


def _is_surname(word: str) -> bool:
    return fold(word) in resources().surnames


class PeopleFinder:
    """Finds the people and title mentions of one document."""

    def __init__(self, text: str, sentences: tuple[Span, ...], ctx: TitleContext) -> None:
        self.text = text
        self.folded = fold(text)
        self.sentences = sentences
        self.ctx = ctx

    def _sentence(self, pos: int) -> Span | None:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None

    def find(self) -> tuple[tuple[PersonMention, ...], tuple[TitleMention, ...]]:
        people: list[PersonMention] = []
        loose: list[Title] = []
        covered: list[Span] = []
        text, folded = self.text, self.folded
        for m in _honorific_re().finditer(folded):
            pos = m.end()
            rank = _rank_re().match(folded, pos)
            if rank:
                pos = rank.end()
            titles, end = parse_title_list(text, folded, pos, self.ctx)
            if titles:
                name_span = self._name_after(end)
                if name_span is not None:  # "đồng chí Chủ tịch UBND TP Nguyễn Văn A"
                    people.append(self._person(name_span, titles))
                    covered.append(Span(m.start(), name_span.end))
                else:
                    loose.extend(titles)
                    covered.append(Span(m.start(), end))
                continue
            name_span = read_name(text, folded, pos)
            if name_span is None:
                continue
            titles = []
            after = _NAME_SEP.match(folded, name_span.end)
            if after:
                titles, end = parse_title_list(text, folded, after.end(), self.ctx)
            people.append(self._person(name_span, titles))
            covered.append(Span(m.start(), end if titles else name_span.end))
        for m in self._title_starts():
            if any(c.start <= m < c.end for c in covered):
                continue
            titles, end = parse_title_list(text, folded, m, self.ctx)
            if not titles:
                continue
            name_span = self._name_after(end)
            if name_span is not None:
                people.append(self._person(name_span, titles))
                covered.append(Span(m, name_span.end))
            elif titles[-1].org is not None:
                loose.extend(titles)
                covered.append(Span(m, end))
        people.sort(key=lambda p: p.span.start)
        return tuple(people), self._resolve(people, loose)

    def _title_starts(self) -> list[int]:
        folded = self.folded
        starts = {m.start() for m in re.finditer(r"(?<!\w)\w", folded)
                  if _role_re().match(folded, m.start()) or _member_re().match(folded, m.start())}
        return sorted(starts)

    def _name_after(self, end: int) -> Span | None:
        """A name right after a title (``Chủ tịch UBND thành phố Hoàng Bá Huy``)."""
        m = re.match(r"[ ]+", self.folded[end:])
        if not m:
            return None
        span = read_name(self.text, self.folded, end + m.end())
        if span is None:
            return None
        words = self.text[span.start : span.end].split()
        if len(words) < 2 or not _is_surname(words[0]):
            return None
        return span

    def _person(self, name_span: Span, titles: list[Title]) -> PersonMention:
        name = canonical(self.text[name_span.start : name_span.end])
        return PersonMention(name=name, span=name_span, titles=tuple(titles),
                             sentence=self._sentence(name_span.start))

    def _resolve(self, people: list[PersonMention], loose: list[Title]) -> tuple[TitleMention, ...]:
        """Coreference: give each title used alone the person who holds that title here."""
        out = []
        for title in loose:
            out.append(TitleMention(title, resolve_title(title, people), self._sentence(title.span.start)))
        return tuple(out)


def resolve_title(title: Title, people: list[PersonMention]) -> str | None:
    """Return the name of the person holding ``title`` in this article, if one does."""
    def holders(match) -> list[PersonMention]:  # type: ignore[no-untyped-def]
        return [p for p in people if any(match(t) for t in p.titles)]

    exact = holders(lambda t: t.role == title.role and t.org is not None and title.org is not None
                    and t.org.key == title.org.key)
    if not exact and title.org is not None:
        exact = holders(lambda t: t.role == title.role and t.org is not None
                        and t.org.head == title.org.head)
    if not exact and title.org is None:
        exact = holders(lambda t: t.role == title.role)
    names = {p.name for p in exact}
    if len(names) == 1:
        return names.pop()
    before = [p for p in exact if p.span.start < title.span.start]
    return before[-1].name if before else None
