"""Directive clauses: a paragraph cut at ``;``, sentence ends and list numbers, never at commas.

One task per directive clause, so the cut is the task grammar's unit:
``…; tập trung triển khai …; tiếp tục rà soát …`` are three clauses, and so
are ``… tại các phường. giao TTYT thành phố …`` (a sentence end the
segmenter keeps because a lower-case word follows) and ``(1) …; (2) …``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.annotate.segment import NON_FINAL_ABBREVIATIONS
from kg.lexicon.patterns import UPPER
from kg.model import Document, Span

# Where a clause ends: a semicolon, or a sentence end followed by space (any case)
# or by a capital letter glued to an ellipsis ("công dân…Ban").
_CUT = re.compile(
    r";|[.!?…]+[\"”’)]*(?=\s|$)|…+(?=" + UPPER + r")|(?<=\s)\(?\d{1,2}\)(?=\s)"
    r"|(?<=[0-9a-zđà-ỹ])\.(?=" + UPPER + r"[a-zđà-ỹ])"  # a sentence end with its space lost: "Quốc lộ 14.Tập trung"
)
# A piece before ";" shorter than this (three syllables, "xử lý nghiêm") is no clause of its own: it joins the next one.
_MIN_WORDS = 4
_TOKEN_BEFORE = re.compile(r"(\S+)$")
# List markers and quotes at a clause's edges, trimmed from its span.
_LEAD = re.compile(r"(?:[\s\"“”‘’'(]+|[-–+•*]\s+|\d{1,2}[.)]\s+|[a-zđ]\)\s+|\(\d{1,2}\)\s*)+")
# What _TRAIL_CHARS trims at a clause's end (the pattern [\s.,;:!?…"“”’'/)(-]+$), read backwards
# from the end: a search for that pattern restarted at each space of a long run of spaces.
_TRAIL_CHARS = frozenset(".,;:!?…\"“”’'/)(-")


@dataclass(frozen=True)
class Clause:
    """One clause of a paragraph: its span and whether it starts a sentence."""

    span: Span
    paragraph: int
    new_sentence: bool


def paragraphs(doc: Document) -> Iterator[tuple[int, Span]]:
    """Yield (index, span) of the non-blank lines of the article body."""
    body = doc.body or Span(0, len(doc.text))
    pos = body.start
    index = 0
    for line in doc.text[body.start : body.end].split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip():
            yield index, Span(start, end)
            index += 1


def clauses(text: str, para: Span, index: int) -> list[Clause]:
    """Cut one paragraph into clauses (trimmed; empty pieces dropped)."""
    out: list[Clause] = []
    start, new_sentence = para.start, True
    # words of text[start:seen], counted as the cuts come (a piece is never split twice)
    words, seen = _Words(), para.start
    for m in _CUT.finditer(text, para.start, para.end):
        if (
            m.group().startswith((".",))
            and m.group() == "."
            and _abbreviation_before(text, para.start, m.start())
        ):
            continue
        if m.group() == ";":
            words.read(text, seen, m.start())
            seen = m.start()
            if words.count < _MIN_WORDS:
                continue  # "xử lý nghiêm; tình trạng tăng giá …": a verb cut from its object
        piece = trim(
            text, start, m.start() if m.group()[0] in ";(" or m.group()[0].isdigit() else m.end()
        )
        if piece is not None:
            out.append(Clause(piece, index, new_sentence))
        new_sentence = m.group()[0] not in ";(" and not m.group()[0].isdigit()
        start = seen = m.end()
        words = _Words()
    piece = trim(text, start, para.end)
    if piece is not None:
        out.append(Clause(piece, index, new_sentence))
    return out


def trim(text: str, start: int, end: int) -> Span | None:
    """The span without list markers, quotes and trailing punctuation; None when empty."""
    lead = _LEAD.match(text, start, end)
    if lead:
        start = lead.end()
    while end > start and (text[end - 1] in _TRAIL_CHARS or text[end - 1].isspace()):
        end -= 1
    return (
        Span(start, end) if end - start >= 3 and any(c.isalpha() for c in text[start:end]) else None
    )


class _Words:
    """How many words (runs of non-space) a text read piece by piece holds: ``len(text.split())``
    of all the pieces joined, without joining them."""

    def __init__(self) -> None:
        self.count = 0
        self._open = False  # the text read so far ends inside a word

    def read(self, text: str, start: int, end: int) -> None:
        if start >= end:
            return
        n = len(_WORD.findall(text, start, end))
        if n and self._open and not text[start].isspace():
            n -= 1  # the first word continues the last one
        self.count += n
        self._open = not text[end - 1].isspace()


_WORD = re.compile(r"\S+")


def _abbreviation_before(text: str, line_start: int, pos: int) -> bool:
    before = _TOKEN_BEFORE.search(text, max(line_start, pos - 40), pos)
    word = before.group(1).lower() if before else ""
    return word in NON_FINAL_ABBREVIATIONS or (len(word) == 1 and word.isalpha())


__all__ = ["Clause", "clauses", "paragraphs", "trim"]
