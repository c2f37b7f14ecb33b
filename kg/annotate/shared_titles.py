"""One title that a list of people holds: ``Các Phó Bí thư Tỉnh ủy gồm có: bà A (…), ông B (…)``.

The press states a body's deputies or members as a title in the plural, a list cue and the
names: ``5 Phó Chủ tịch, bao gồm bà A cùng các ông B, C và D``, ``bầu bổ sung 3 Ủy viên UBND
thành phố gồm các ông, bà: A, Giám đốc Sở …; B, …``. Every name of the list holds the title,
besides the posts written next to it. A title whose body is not written (``5 Phó Chủ tịch``)
takes the body the sentence names last before it (``UBND tỉnh An Giang có ông X làm Chủ tịch;
5 Phó Chủ tịch, bao gồm …``).

The words are named data in ``kg/data/connectors.tsv``: ``plural_title`` (what marks the title as
plural: ``các``, a number word; a number in digits always does), ``shared_title_cue`` (``gồm``,
``bao gồm``), ``list_joiner`` (``và``, ``cùng``, between two names of the list).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.annotate.clauses import NameReader, last_body
from kg.annotate.names import read_name
from kg.annotate.titles import parse_title_list, starts_re
from kg.lexicon.patterns import alternation, is_surname
from kg.lexicon.resources import derived, resources
from kg.model import PersonMention, Span, Title

TITLE_REACH = 90  # characters before a list cue its title may start in
MAX_LISTED = 12
_SENTENCE_END = re.compile(r"\.(?!\w)|\n")
_ASIDE = re.compile(r"[ ]*\([^()\n]{0,120}\)")
_OWN_TITLES = re.compile(r"[ ]*(?:,|[–—-])[ ]*")


@derived
def _cue_re() -> re.Pattern[str]:
    """The list cue right after a title: ``, bao gồm``, ``gồm có:`` or a bare colon (``các đồng chí Ủy viên
    Ban Thường vụ Tỉnh ủy: A, Trưởng Ban …; B, …``), then the introducer of the list."""
    words = resources().connectors
    intro = alternation([*words["list_introducer"], *resources().honorifics])
    return re.compile(rf"[ ]*(?:,?[ ]*(?<!\w)(?:{alternation(words['shared_title_cue'])})(?!\w)[ ]*:?|:)[ ]*"
                      rf"(?:(?:{intro})(?!\w)[ ,]*)*:?[ ]*")


@derived
def _plural_re() -> re.Pattern[str]:
    """A plural marker ending right before a title (``các``, ``5``, ``ba``)."""
    return re.compile(rf"(?<!\w)(?:\d+|{alternation(resources().connectors['plural_title'])})[ ]+$")


@derived
def _item_sep_re() -> re.Pattern[str]:
    """Between two names of the list: ``;``, ``,``, a joiner, then an introducer (``cùng các ông``)."""
    words = resources().connectors
    intro = alternation([*words["list_introducer"], *resources().honorifics])
    joiner = alternation(words["list_joiner"])
    return re.compile(rf"[ ]*(?:[;,]|(?<!\w)(?:{joiner})(?!\w))[ ]*(?:(?:{intro})(?!\w)[ ,]*)*[ ]*"
                      rf"(?:(?<!\w)(?:{joiner})(?!\w)[ ]*(?:(?:{intro})(?!\w)[ ,]*)*)?")


def shared_titles(finder: NameReader, people: list[PersonMention]) -> list[PersonMention]:
    """``people`` with the title of each list cue given to every name it lists (new people for names
    no other introduction found)."""
    folded = finder.folded
    if ":" not in folded and not any(cue in folded for cue in resources().connectors["shared_title_cue"]):
        return people
    out = list(people)
    by_start = {p.span.start: i for i, p in enumerate(out)}
    for cue in _cue_re().finditer(folded):
        title = _title_before(finder, cue.start())
        if title is None:
            continue
        for span in _listed_names(finder, cue.end()):
            i = by_start.get(span.start)
            if i is None:
                by_start[span.start] = len(out)
                out.append(finder.person(span, [title]))
            elif all((t.role, t.org) != (title.role, title.org) for t in out[i].titles):
                out[i] = replace(out[i], titles=(*out[i].titles, title))
    return out


def _title_before(finder: NameReader, end: int) -> Title | None:
    """The one plural title ending at ``end`` (its body completed from the sentence when unwritten)."""
    text, folded = finder.text, finder.folded
    stop = max((m.end() for m in _SENTENCE_END.finditer(folded, max(0, end - TITLE_REACH), end)),
               default=max(0, end - TITLE_REACH))
    for s in starts_re("title").finditer(folded, stop, end):
        if _plural_re().search(folded, max(0, s.start() - 24), s.start()) is None:
            continue
        titles, title_end = parse_title_list(text, folded, s.start(), finder.ctx)
        if len(titles) != 1 or title_end > end or (title_end != end - len(folded[title_end:end].lstrip(" ,"))
                                                   and not _term_gap(folded, title_end, end)):
            continue
        title = titles[0]
        if title.org is None:
            sentence_start = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, s.start())), default=0)
            body = last_body(finder, sentence_start, s.start())
            if body is None:
                return None
            title = replace(title, org=body)
        return title
    return None


@derived
def _term_gap_re() -> re.Pattern[str]:
    """Only the term of the committee between a title and its list cue (connectors ``term_opener``):
    ``Các Phó Bí thư Tỉnh ủy khóa mới gồm``, ``… khóa XVIII, nhiệm kỳ 2025 - 2030 gồm``."""
    opener = alternation(resources().connectors["term_opener"])
    term = rf"(?<!\w)(?:{opener})[ ]+(?:\d{{4}}[ ]*[-–][ ]*\d{{4}}|[^\W_]+)(?!\w)"
    return re.compile(rf"[ ,]*{term}(?:[ ,]*{term})*[ ,]*")


def _term_gap(folded: str, start: int, end: int) -> bool:
    m = _term_gap_re().match(folded, start, end)
    return m is not None and m.end() == end


def _listed_names(finder: NameReader, pos: int) -> list[Span]:
    """The full names of the list from ``pos``, each with its own aside or titles skipped."""
    text, folded = finder.text, finder.folded
    end_m = _SENTENCE_END.search(folded, pos)
    limit = end_m.start() if end_m else len(folded)
    spans: list[Span] = []
    while len(spans) < MAX_LISTED and pos < limit:
        span = read_name(text, folded, pos)
        if span is None or span.end > limit:
            break
        words = text[span.start : span.end].split()
        if len(words) < 2 or not is_surname(words[0]):
            break
        spans.append(span)
        pos = span.end
        aside = _ASIDE.match(text, pos)
        if aside is not None:
            pos = aside.end()
        own = _OWN_TITLES.match(folded, pos)
        if own is not None:
            titles, title_end = parse_title_list(text, folded, own.end(), finder.ctx)
            if titles:
                pos = title_end
        sep = _item_sep_re().match(folded, pos)
        if sep is None or sep.end() == pos:
            break
        pos = sep.end()
    return spans
