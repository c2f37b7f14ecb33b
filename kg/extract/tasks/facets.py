"""Facets of a task: the deadline it states and the topic of the SKOS task-topic scheme."""

from __future__ import annotations

import re

from kg.lexicon.normalize import fold
from kg.lexicon.resources import derived, resources
from kg.model import Span


def deadline_of(text: str, folded: str, span: Span) -> str | None:
    """The deadline stated in ``span`` (``trong quý 3``, ``trước ngày 15/5``), as written."""
    best: tuple[int, str] | None = None
    for _name, rx in resources().task_deadlines:
        m = rx.search(folded, span.start, span.end)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), text[m.start() : m.end()])
    return best[1] if best else None


@derived
def _topic_patterns() -> tuple[tuple[str, str, tuple[re.Pattern[str], ...]], ...]:
    """Each topic's keywords as whole-word patterns, compiled once per lexicon (each keyword
    counts on its own, so a keyword inside a longer one counts too)."""
    return tuple((concept, label, tuple(re.compile(rf"(?<!\w){re.escape(k)}(?!\w)") for k in keywords))
                 for concept, label, keywords in resources().task_topics)


def topic_of(description: str) -> tuple[str, str] | None:
    """The (concept id, label) of the topic whose keywords the description uses most."""
    folded = fold(description)
    best: tuple[int, str, str] | None = None
    for concept, label, patterns in _topic_patterns():
        hits = sum(len(rx.findall(folded)) for rx in patterns)
        if hits and (best is None or hits > best[0]):
            best = (hits, concept, label)
    return (best[1], best[2]) if best else None
