"""Delegates of a council: ``Đại biểu Huỳnh Bá Cử cho rằng …``, ``bà X - Đại biểu HĐND xã``.

Reports of a People's Council or a National Assembly session name the members who speak as
``đại biểu X`` with no other post. A delegate holds a seat (role ``Đại biểu``) in the council
the words name (``đại biểu HĐND xã``, ``đại biểu Quốc hội``) or, when they name none, in the
council the article names most often (its session's council; of as many, the one named last before
them, else the first after them). A list may follow one word (``2 đại biểu: A và B``).

The words are named data in ``kg/data/connectors.tsv``: ``delegate_word`` (the word, with its
abbreviations), ``council_head`` (the heads of the bodies whose members are delegates).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.annotate.clauses import NameReader
from kg.annotate.names import read_name
from kg.annotate.orgs import parse_org
from kg.annotate.titles import starts_re
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import alternation, is_surname, skip_spaces
from kg.lexicon.resources import derived, resources
from kg.model import Organization, PersonMention, Span, Title

ROLE = "Đại biểu"
MAX_LISTED = 8
_LIST_SEP = re.compile(r"[ ]*(?:,|và(?= ))[ ]*")
_BEFORE_NAME = re.compile(r"[ ]*:?[ ]*")
# Between a name and the delegate title after it: a dash, a comma or a parenthesis, and "nguyên" for a
# seat held before ("ông X (nguyên đại biểu HĐND TP HCM)").
_AFTER_NAME = re.compile(r"[ ]*(?:[–—-]|,|\()[ ]*(?:nguyên[ ]+)?$")
_AFTER_NAME_REACH = 12  # characters before the delegate word: the separator and "nguyên "


@derived
def _delegate_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(resources().connectors['delegate_word'])})(?!\w)")


@derived
def _council_heads() -> frozenset[str]:
    return frozenset(resources().connectors["council_head"])


def council_delegates(finder: NameReader, people: list[PersonMention]) -> list[PersonMention]:
    """``people`` with a delegate's seat given to each name a delegate word introduces (new people
    for names no other introduction found) and to a name a delegate title follows."""
    folded = finder.folded
    if not _delegate_re().search(folded):
        return people
    out = list(people)
    by_start = {p.span.start: i for i, p in enumerate(out)}
    by_end = {p.span.end: i for i, p in enumerate(out)}
    councils: list[tuple[int, Organization]] | None = None  # read once, when a delegate is named alone
    for m in _delegate_re().finditer(folded):
        body, pos = _written_council(finder, m.end())
        spans = _names_after(finder, pos)
        if not spans and body is not None:  # "bà Châu Thị Mai - Đại biểu HĐND xã"
            before = _AFTER_NAME.search(folded, max(0, m.start() - _AFTER_NAME_REACH), m.start())
            i = by_end.get(before.start()) if before is not None else None
            if i is not None:
                title = Title(ROLE, body, Span(m.start(), pos))
                out[i] = _with_title(out[i], title)
            continue
        if not spans:
            continue
        if body is None:
            councils = _councils(finder) if councils is None else councils
            body = _nearest(councils, m.start())
        if body is None:
            continue
        title = Title(ROLE, body, Span(m.start(), pos))
        for span in spans:
            i = by_start.get(span.start)
            if i is None:
                by_start[span.start] = len(out)
                out.append(finder.person(span, [title]))
            elif not any(t.org is not None for t in out[i].titles):
                out[i] = _with_title(out[i], title)
    return out


def _with_title(person: PersonMention, title: Title) -> PersonMention:
    if any((t.role, t.org) == (title.role, title.org) for t in person.titles):
        return person
    return replace(person, titles=(*person.titles, title))


def _written_council(finder: NameReader, end: int) -> tuple[Organization | None, int]:
    """The council written right after the delegate word (``đại biểu HĐND tỉnh``), and its end."""
    start = skip_spaces(finder.folded, end)
    got = parse_org(finder.text, finder.folded, start, finder.ctx) if start > end else None
    if got is None or fold(got[0].head) not in _council_heads():
        return None, end
    return got


def _names_after(finder: NameReader, pos: int) -> list[Span]:
    """The full names right after ``pos`` (``đại biểu: A và B``)."""
    text, folded = finder.text, finder.folded
    m = _BEFORE_NAME.match(folded, pos)
    pos = m.end() if m is not None and m.end() > pos else -1
    spans: list[Span] = []
    while pos >= 0 and len(spans) < MAX_LISTED:
        span = read_name(text, folded, pos)
        if span is None:
            break
        words = text[span.start : span.end].split()
        if len(words) < 2 or not is_surname(words[0]):
            break
        if any(p.type.level <= 2 for p in finder.ctx.gaz.candidates(" ".join(words))):
            break  # "Đoàn đại biểu Quốc hội Hà Nội": a province's name, not a delegate's
        spans.append(span)
        sep = _LIST_SEP.match(folded, span.end)
        if sep is None or sep.end() == span.end:
            break
        pos = sep.end()
    return spans


def _councils(finder: NameReader) -> list[tuple[int, Organization]]:
    """The councils the article names (a People's Council of a unit, the National Assembly), by position."""
    out = []
    for s in starts_re("head").finditer(finder.folded):
        got = parse_org(finder.text, finder.folded, s.start(), finder.ctx)
        if got is None or fold(got[0].head) not in _council_heads():
            continue
        if got[0].head != "Quốc hội" and got[0].place is None:
            continue  # "HĐND" of no known unit
        out.append((s.start(), got[0]))
    return out


def _nearest(councils: list[tuple[int, Organization]], at: int) -> Organization | None:
    """The council the article names most often (its session's: a city council's report cites the
    National Assembly's laws now and then); of as many, the one named last before ``at``, else first."""
    if not councils:
        return None
    counts: dict[str, int] = {}
    for _pos, org in councils:
        counts[org.label] = counts.get(org.label, 0) + 1
    most = max(counts.values())
    named = [(pos, org) for pos, org in councils if counts[org.label] == most]
    before = [org for pos, org in named if pos < at]
    return before[-1] if before else named[0][1]
