"""Localities: every administrative unit an article names, once per unit."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg.extract.registry import register
from kg.model import Annotations, Document, Evidence, Fact, Pred, Span


@register
class LocalityExtractor:
    """Yields ``article MENTIONS_PLACE place`` for each unit named (and for the implied home)."""

    name = "localities/1"
    kinds = frozenset({Pred.MENTIONS_PLACE})
    needs = frozenset({"sentences", "places"})

    def __call__(self, doc: Document, ann: Annotations, prior: Sequence[Fact] = ()) -> Iterator[Fact]:
        seen: set[str] = set()
        for pm in ann.places:
            if pm.place.key in seen or pm.span is None:
                continue
            seen.add(pm.place.key)
            sent = ann.sentence_of(pm.span) or pm.span
            yield Fact(doc.doc_id, Pred.MENTIONS_PLACE, pm.place, Evidence(doc.doc_id, sent, self.name))
        if ann.home is not None and ann.home.key not in seen:
            # the article is about its home even where only "UBND thành phố" says so
            head = doc.headline or Span(0, 0)
            yield Fact(doc.doc_id, Pred.MENTIONS_PLACE, ann.home, Evidence(doc.doc_id, head, self.name))
