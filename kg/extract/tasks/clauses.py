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
from kg.extract.tasks.groups import action_re
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import UPPER, alternation
from kg.lexicon.resources import derived, resources
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
        if m.group()[0].isdigit() and _opened_paren(text, start, m.start()):
            continue  # "trong ngày Chủ nhật (15 tháng 3) để …": a number closing a parenthesis, no list number
        if m.group() == ";":
            words.read(text, seen, m.start())
            seen = m.start()
            if words.count < _MIN_WORDS:
                continue  # "xử lý nghiêm; tình trạng tăng giá …": a verb cut from its object
            if _bodies_go_on(text, start, m.start(), para.end):
                continue  # "giao Sở Nội vụ; Ban Quản lý …; Liên đoàn Lao động có văn bản …": one verb's bodies
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


# A body named in a list of bodies cut by ";" (giao Sở Nội vụ; Ban Quản lý …): at most this many words.
_BODY_WORDS = 12


@derived
def _telling_verb_re() -> re.Pattern[str]:
    """A directive verb that names the bodies it tells right after it (task_verbs ``assign``, ``request``),
    then a capital: where a list of bodies may start."""
    verbs = [v for v, kind in resources().task_verbs.items() if kind in ("assign", "request")]
    return re.compile(rf"(?<!\w)(?:{alternation(verbs)})[ ]+")


@derived
def _body_head_words() -> frozenset[str]:
    """The first words of the organization heads (org_heads.tsv): a piece opening with one names a body."""
    return frozenset(fold(head).split()[0] for head in resources().org_heads if head.split())


def _bodies_go_on(text: str, start: int, cut: int, end: int) -> bool:
    """Whether the ";" at ``cut`` only separates the bodies a directive verb tells (``giao Sở Nội vụ; Ban
    Quản lý Khu kinh tế; Liên đoàn Lao động thành phố có văn bản …``): the piece since the verb names
    bodies only (capitalized, short, no comma) and the piece after the cut opens with a body's head."""
    folded = fold(text[start:cut])
    verbs = list(_telling_verb_re().finditer(folded))
    if not verbs or not text[start + verbs[-1].end() : cut][:1].isupper():
        return False
    names = text[start + verbs[-1].end() : cut]
    if any(c in names for c in ",:.") or any(
        not part.strip()[:1].isupper() or len(part.split()) > _BODY_WORDS for part in names.split(";")
    ):
        return False
    if _acts(names):
        return False  # "giao Sở Y tế kiểm tra …; Sở Tài chính bố trí …": a body and its action, a clause
    after = text[cut + 1 : min(end, cut + 40)].split()
    return bool(after) and after[0][:1].isupper() and fold(after[0]) in _body_head_words()


def _opened_paren(text: str, start: int, pos: int) -> bool:
    """Whether a parenthesis opened in ``[start, pos)`` is still open at ``pos``."""
    piece = text[start:pos]
    return piece.rfind("(") > piece.rfind(")")


def _acts(names: str) -> bool:
    """Whether an action verb stands in ``names`` with its object: a lower-case action word followed by a
    lower-case word or nothing (``kiểm tra các cơ sở``), not a word of a name (``Khu kinh tế mở Chu Lai``)."""
    folded = fold(names)
    for m in re.finditer(r"(?<!\w)\w", folded):
        act = action_re().match(folded, m.start()) if names[m.start()].islower() else None
        if act is None:
            continue
        rest = names[act.end() :].split()
        if not rest or rest[0][:1].islower():
            return True
    return False


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
