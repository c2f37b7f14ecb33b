"""Facets of a task: the deadline it states and the topic of the SKOS task-topic scheme."""

from __future__ import annotations

import re

from kg.lexicon.normalize import fold
from kg.lexicon.resources import resources
from kg.model import Span


def deadline_of(text: str, folded: str, span: Span) -> str | None:
    """The deadline stated in ``span`` (``trong quý 3``, ``trước ngày 15/5``), as written."""
    best: tuple[int, str] | None = None
    for _name, rx in resources().task_deadlines:
        m = rx.search(folded, span.start, span.end)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), text[m.start() : m.end()])
    return best[1] if best else None


def topic_of(description: str) -> tuple[str, str] | None:
    """The (concept id, label) of the topic whose keywords the description uses most."""
    folded = fold(description)
    best: tuple[int, str, str] | None = None
    for concept, label, keywords in resources().task_topics:
        hits = sum(len(re.findall(rf"(?<!\w){re.escape(k)}(?!\w)", folded)) for k in keywords)
        if hits and (best is None or hits > best[0]):
            best = (hits, concept, label)
    return (best[1], best[2]) if best else None
