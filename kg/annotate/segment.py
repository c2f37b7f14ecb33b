"""Sentence segmentation on character offsets: fast, deterministic, no model.

Splits at line ends and after ``.``, ``!``, ``?`` or ``…`` followed by white
space and a capital, a digit or a quote, except after the abbreviations
Vietnamese news puts before names (``TP.``, ``TX.``, ``Đ/c.``…).
"""

from __future__ import annotations

import bisect
import re

from kg.model import Span

# Tokens that end with a period without ending a sentence (folded, period excluded).
NON_FINAL_ABBREVIATIONS = frozenset(
    {"tp", "tx", "q", "p", "h", "tt", "đ/c", "ths", "ts", "pgs", "gs", "bs", "ks", "th", "st", "mr", "ms", "no"}
)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’)]*(?=\s+[\"“‘(]?(?P<next>\w))")
_TOKEN_BEFORE = re.compile(r"(\S+)$")


def sentences(text: str) -> tuple[Span, ...]:
    """Return sentence spans covering the non-blank text, in order."""
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        start = 0
        for m in _BOUNDARY.finditer(line):
            nxt = m.group("next")
            if not (nxt.isupper() or nxt.isdigit()):
                continue  # "y tế. đào tạo": a lower-case word goes on the same sentence
            before = _TOKEN_BEFORE.search(line, max(0, m.start() - 40), m.start())
            word = before.group(1).lower().lstrip("(\"“‘'[") if before else ""
            if m.group(0) == "." and (word in NON_FINAL_ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
                continue
            _add(spans, line, line_start, start, m.end())
            start = m.end()
        _add(spans, line, line_start, start, len(line))
    return tuple(spans)


def _add(spans: list[Span], line: str, offset: int, start: int, end: int) -> None:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(offset + start, offset + end))


def sentence_at(sentences: tuple[Span, ...], pos: int) -> Span | None:
    """The sentence holding offset ``pos``, if any.

    :func:`sentences` gives them in order, so the one starting last at or before ``pos`` is
    found by bisection (a scan of them all per name made long articles quadratic); a position
    it does not hold is looked for in all of them (spans made by hand need not be in order).
    """
    i = bisect.bisect_right(sentences, pos, key=lambda s: s.start) - 1
    if i >= 0 and sentences[i].start <= pos < sentences[i].end:
        return sentences[i]
    return next((s for s in sentences if s.start <= pos < s.end), None)
