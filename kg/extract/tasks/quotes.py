"""Quoted directives: ``“… phải hoàn thành phần mềm này”, đồng chí Lê Văn Khoa yêu cầu.``

A quotation closed by an attribution whose verb directs (``yêu cầu``, ``đề nghị``,
``nhấn mạnh``, ``lưu ý``, ``chỉ đạo``) said by an official (a name or title the annotator
found, or an honorific: ``đồng chí``, ``ông``) is the official's directive: its clauses
are read as a conclusion section, and the attribution itself is no clause of the task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lexicon.patterns import alternation
from kg.lexicon.resources import derived, resources
from kg.model import Span

# How far the speaker's words may run between the closing quote and the verb.
_SPEAKER_CHARS = 90
_OPENING = "“\""


@dataclass(frozen=True)
class Quote:
    """A quotation the official who is named after it gives as a directive."""

    start: int  # just after the opening quote (or the paragraph's start)
    close: int  # the closing quote
    speaker: str | None


@derived
def _attribution_re() -> re.Pattern[str]:
    """ ``”, đồng chí X yêu cầu.`` — a closing quote, the speaker's words, a directing verb, the end."""
    verbs = [v for v, kind in resources().task_verbs.items() if kind != "assign"]
    return re.compile(
        r"[”\"][ ]*,?[ ]*(?:[-–][ ]*)?(?P<who>[^.;:“”\"]{2,"
        + str(_SPEAKER_CHARS)
        + r"}?)[ ]+(?P<verb>"
        + alternation(verbs)
        + r")[ ]*(?:[.!…]|$)"
    )


@derived
def _honorific_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alternation(resources().honorifics)}(?!\w)")


def attributed_quotes(
    text: str, folded: str, para: Span, mentions: list[tuple[int, int, str]]
) -> list[Quote]:
    """The quotations of a paragraph that an official's directing verb closes."""
    out: list[Quote] = []
    for m in _attribution_re().finditer(folded, para.start, para.end):
        close, who_start, verb = m.start(), m.start("who"), m.start("verb")
        names = [name for a, _b, name in mentions if who_start <= a < verb]
        if not names and not _honorific_re().match(folded, who_start, verb):
            continue
        opening = max(text.rfind(q, para.start, close) for q in _OPENING)
        out.append(Quote(opening + 1 if opening >= 0 else para.start, close, names[-1] if names else None))
    return out


__all__ = ["Quote", "attributed_quotes"]
