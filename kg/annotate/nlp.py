"""The one adapter to underthesea (GPL-3.0): imported lazily, offline models only.

Everything underthesea returns is re-anchored to character offsets of the
document text, so later stages never see its tokenization.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from kg.model import Span


@cache
def _ner() -> Any:
    from underthesea import ner  # heavy import, deferred until NER is asked for

    return ner


def anchor_tokens(text: str, start: int, end: int, tokens: list[str]) -> list[Span | None]:
    """Find each token of ``text[start:end]`` in order; None where a token cannot be found."""
    spans: list[Span | None] = []
    cursor = start
    for tok in tokens:
        pos = text.find(tok, cursor, end)
        if pos < 0:
            spans.append(None)
            continue
        spans.append(Span(pos, pos + len(tok)))
        cursor = pos + len(tok)
    return spans


def ner_spans(text: str, sentences: tuple[Span, ...]) -> tuple[tuple[Span, str], ...]:
    """Return underthesea's named entities (PER, LOC, ORG, MISC) as character spans."""
    ner = _ner()
    out: list[tuple[Span, str]] = []
    for sent in sentences:
        rows = ner(text[sent.start : sent.end])
        spans = anchor_tokens(text, sent.start, sent.end, [r[0] for r in rows])
        current: tuple[int, int, str] | None = None
        for span, row in zip(spans, rows, strict=True):
            tag = row[-1]
            if span is None or tag == "O" or tag.startswith("B-"):
                if current:
                    out.append((Span(current[0], current[1]), current[2]))
                current = (span.start, span.end, tag[2:]) if span is not None and tag != "O" else None
            elif current is not None:
                current = (current[0], span.end, current[2])
        if current:
            out.append((Span(current[0], current[1]), current[2]))
    return tuple(out)
