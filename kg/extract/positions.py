"""Positions: who holds which title, from every introduction of an official."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg.extract.registry import register
from kg.model import Annotations, Document, Evidence, Fact, Pred, Span


@register
class PositionExtractor:
    """Yields ``person HOLDS title`` for each title stated next to a name, once per article."""

    name = "positions/1"
    kinds = frozenset({Pred.HOLDS})
    needs = frozenset({"sentences", "people"})

    def __call__(self, doc: Document, ann: Annotations, prior: Sequence[Fact] = ()) -> Iterator[Fact]:
        seen: set[tuple[str, str, str]] = set()
        for person in ann.people:
            for title in person.titles:
                if title.org is None:
                    continue  # a role with no body ("Chủ tịch") is not a position
                key = (person.name, title.role, title.org.key)
                if key in seen:
                    continue
                seen.add(key)
                sent = person.sentence or Span(person.span.start, title.span.end)
                yield Fact(person.name, Pred.HOLDS, title, Evidence(doc.doc_id, sent, self.name))
