"""What completes a meeting report: an implicit organizer unit and further meetings.

``UBND huyện tổ chức hội nghị`` names its district only by its type word. The unit is
the one district the article names, if it names exactly one (annotate's title context
decides, :meth:`kg.annotate.context.TitleContext.only_named`); otherwise the organizer
keeps the type word (``Ủy ban nhân dân huyện``) rather than losing it.

A press report often covers several meetings, each opened by its own day and official:
``Chiều cùng ngày, Bí thư Thành ủy … có buổi làm việc với Quận ủy quận 9``, ``* Chiều 7-2,
ông Lê Đức Vinh, Chủ tịch UBND tỉnh Khánh Hòa chủ trì cuộc họp …``. A sentence is such a
report when it opens with a day (or ``cùng ngày``), names a meeting and who presided or
held it (``Trước đó, vào ngày 21/6, UBND huyện Phú Bình cũng đã tổ chức Hội nghị …``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kg.annotate.context import TitleContext
from kg.annotate.orgs import parse_org
from kg.annotate.titles import make_org
from kg.extract.dates import DateMention
from kg.lexicon.patterns import UPPER, head_re, words_re
from kg.lexicon.resources import derived, resources
from kg.model import Organization, PlaceType, Span

LEAD_CHARS = 40  # a further meeting's day opens its sentence ("Trước đó, vào ngày 4-2, …")


@derived
def same_day_re() -> re.Pattern[str]:
    return words_re(resources().meeting_cues.get("same_day", ()))


def _type_word_before(folded: str, start: int, end: int) -> PlaceType | None:
    """The unit type word right after the organization's head, closing ``folded[start:end]``."""
    head = head_re().match(folded, start, end)
    if head is None:
        return None
    return resources().place_types.get(" ".join(folded[head.end() : end].split()))


def complete_org(org: Organization, folded: str, start: int, end: int, ctx: TitleContext) -> Organization:
    """An organizer left without its unit (``UBND huyện``): the unit annotate's title context
    reads the type word as (:meth:`TitleContext.only_named`), else the body keeps the type word."""
    if org.place is not None:
        return org
    kind = _type_word_before(folded, start, end)
    if kind is None:
        return org
    place = ctx.only_named(kind)
    if place is not None:
        return make_org(org.head, place)
    word = "thành phố" if kind is PlaceType.CENTRAL_CITY else kind.value
    return Organization(head=org.head, place=None, label=f"{org.head} {word}")


_ABBREVIATION = re.compile(r"[ ]*\((?:[A-ZĐ]{2,}[A-ZĐa-z&.-]*)\)")  # "Hội đồng nhân dân (HĐND) phường X"
ABBREVIATION_REACH = 80  # the unit after the abbreviation is named within this many characters


def past_abbreviation(org: Organization, text: str, folded: str, start: int, end: int,
                      ctx: TitleContext) -> tuple[Organization, int]:
    """A body whose unit follows the abbreviation it is given in brackets (``Hội đồng nhân dân (HĐND) phường
    Phú Diễn``): read again without the brackets, it ends past them, at the unit written there rather than one the
    article's home would give it; else as it was."""
    m = _ABBREVIATION.match(text, end)
    if m is None:  # a unit completed from the article (the home district) yields to the one written after
        return org, end
    tail = slice(m.end(), min(len(text), m.end() + ABBREVIATION_REACH))
    got = parse_org(text[start:end] + text[tail], folded[start:end] + folded[tail], 0, ctx)
    if got is None or got[0].place is None or got[1] <= end - start:
        return org, end
    return got[0], m.end() + got[1] - (end - start)


# Where a new report may open inside a sentence the segmenter kept whole ("… cỏ. * Chiều 7-2, …"),
# or after a subheading glued on: quoted (“Quận 2 qua mà học quận 9” Chiều cùng ngày, …) or set
# off by two spaces (Cảnh cáo nguyên Bí thư Tỉnh ủy  Ngày 25.5, tại Hà Nội, Ban Bí thư đã họp …).
# Three patterns, each led by a literal, scan faster than their alternation.
_AFTER_STOP = re.compile(r"[.!?]\s+(?:\*\s*)?(?=[^\W\d_])")
_AFTER_QUOTE = re.compile(rf"[”\"]\s+(?={UPPER})")
_AFTER_GAP = re.compile(r"[ ]{2,}(?=[^\W\d_])")


def opening_starts(text: str, start: int, end: int) -> list[int]:
    """Every offset in ``text[start:end]`` where a new report may open, sorted (one scan per article)."""
    starts = [m.end() for m in _AFTER_STOP.finditer(text, start, end)]
    starts += [m.end() for m in _AFTER_QUOTE.finditer(text, start, end)]
    starts += [m.end() for m in _AFTER_GAP.finditer(text, start, end)
               if text[m.start() - 1].isalpha() and text[m.end()].isupper()]
    return sorted(set(starts))


def openings(sent: Span, starts: list[int]) -> list[Span]:
    """The sentence, then each part of it that opens after a full stop or a subheading inside it."""
    first = bisect_right(starts, sent.start)
    last = bisect_left(starts, sent.end, first)
    return [sent] + [Span(s, sent.end) for s in starts[first:last]]


def opening_day(dates: list[DateMention], folded: str, sent: Span) -> DateMention | None | bool:
    """The day a sentence opens with: a date, ``True`` for "cùng ngày", ``None`` for none."""
    lead = sent.start + LEAD_CHARS
    first = next((d for d in dates if d.prefixed and d.span.start < lead), None)
    if first is not None:
        return first
    m = same_day_re().search(folded, sent.start, min(sent.end, lead))
    return True if m is not None else None
