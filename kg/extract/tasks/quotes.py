"""Quoted directives: ``“… phải hoàn thành phần mềm này”, đồng chí Lê Văn Khoa yêu cầu.``

A quotation closed by an attribution whose verb directs (``yêu cầu``, ``đề nghị``,
``nhấn mạnh``, ``lưu ý``, ``chỉ đạo``) said by an official (a name or title the annotator
found, or an honorific: ``đồng chí``, ``ông``) is the official's directive: its clauses
are read as a conclusion section, and the attribution itself is no clause of the task.

A quotation closed by any verb of saying (task_cues ``says``: ``“… Chúng tôi yêu cầu chủ đầu
tư …”, ông Trần Văn A nói.``) is its speaker's words: :func:`said_quotes` finds them, and the
task reader asks whether the speaker holds a post.
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
def _said_re() -> re.Pattern[str]:
    """ ``”, ông X nói.`` — a closing quote, the speaker's words, a verb of saying or directing, the end."""
    verbs = [*resources().task_cues.get("says", ()), *resources().task_verbs]
    return re.compile(
        r"[”\"][ ]*,?[ ]*(?:[-–][ ]*)?(?P<who>[^.;:“”\"]{2,"
        + str(_SPEAKER_CHARS)
        + r"}?)[ ]+(?:"
        + alternation(verbs)
        + r")[ ]*(?:[.!…]|$)"
    )


@dataclass(frozen=True)
class Said:
    """A quotation and who said it: ``[start, close)`` the quoted words, ``[who, verb)`` the speaker's."""

    start: int
    close: int
    who: Span


def said_quotes(text: str, folded: str, para: Span) -> list[Said]:
    """The quotations of a paragraph that a verb of saying closes, with the words naming the speaker."""
    out: list[Said] = []
    for m in _said_re().finditer(folded, para.start, para.end):
        close = m.start()
        opening = max(text.rfind(q, para.start, close) for q in _OPENING)
        out.append(Said(opening + 1 if opening >= 0 else para.start, close, Span(m.start("who"), m.end("who"))))
    return out


@derived
def _said_after_re() -> re.Pattern[str]:
    """ ``…, ông X nói`` at a clause's end with no quotation marks: a comma, the speaker's words, a verb
    of saying or directing (the clause's trailing period is trimmed)."""
    verbs = [*resources().task_cues.get("says", ()), *resources().task_verbs]
    return re.compile(
        r",[ ]*(?:[-–][ ]*)?(?P<who>[^,.;:“”\"]{2," + str(_SPEAKER_CHARS) + r"}?)[ ]+(?:" + alternation(verbs) + r")$"
    )


def said_after(folded: str, s: int, e: int) -> tuple[int, Span] | None:
    """``Các trường phải rà soát …, ông X nói``: where the comma before the speaker stands and the words
    naming him, when a clause ``[s, e)`` ends with its speaker and a verb of saying; None otherwise."""
    comma = folded.rfind(",", max(s, e - _SPEAKER_CHARS - 40), e)
    if comma < 0:
        return None
    m = _said_after_re().match(folded, comma, e)
    return (comma, Span(m.start("who"), m.end("who"))) if m is not None and m.end() == e else None


@derived
def _says_mid_re() -> re.Pattern[str]:
    """ ``Tiếp thu …, ông X cho hay, …``: a comma, the speaker's words, a verb of saying (task_cues ``says``),
    then the comma or colon before what he says."""
    verbs = resources().task_cues.get("says", ())
    return re.compile(
        r",[ ]*(?P<who>[^,.;:“”\"]{2," + str(_SPEAKER_CHARS) + r"}?)[ ]+(?:" + alternation(verbs) + r")[ ]*[,:]"
    )


def says_mid(folded: str, s: int, e: int) -> Span | None:
    """The words naming a speaker whose verb of saying stands inside the clause ``[s, e)`` after a comma and
    before his words (``Tiếp thu ý kiến …, Bí thư X cho hay, …``): the clause before is his framing phrase, the
    words after are his statement; None if there is none."""
    m = _says_mid_re().search(folded, s, e)
    return Span(m.start("who"), m.end("who")) if m is not None else None


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


__all__ = ["Quote", "Said", "attributed_quotes", "said_after", "said_quotes", "says_mid"]
