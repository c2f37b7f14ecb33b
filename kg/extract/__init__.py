"""Extractors: pure generators from a document and its annotations to facts.

The contract, written once, that every extractor follows:

* An extractor is an object with a versioned ``name`` (``"positions/1"``; bump
  the number when its output changes on purpose), a ``needs`` set naming the
  annotation layers it reads (``sentences``, ``places``, ``people``,
  ``titles``, ``ner``), and ``__call__(doc, ann)`` that yields
  :class:`kg.model.Fact` objects.
* It is pure: no I/O, no global state, no RDF. The same input always yields
  the same facts in the same order.
* Every fact carries :class:`kg.model.Evidence`: the document id, the span of
  the sentence (or clause) that states it, and the extractor's name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from kg.model import Annotations, Document, Fact


class Extractor(Protocol):
    name: str
    needs: frozenset[str]

    def __call__(self, doc: Document, ann: Annotations) -> Iterator[Fact]: ...


def default_extractors() -> tuple[Extractor, ...]:
    """Return the extractors a build runs, in a fixed order."""
    from kg.extract.localities import LocalityExtractor
    from kg.extract.meetings import MeetingExtractor
    from kg.extract.positions import PositionExtractor
    from kg.extract.tasks.extractor import TaskExtractor
    from kg.extract.tenure import TenureExtractor

    return (PositionExtractor(), LocalityExtractor(), MeetingExtractor(), TaskExtractor(),
            TenureExtractor())


def run_extractors(doc: Document, ann: Annotations,
                   extractors: tuple[Extractor, ...] | None = None) -> list[Fact]:
    """Run ``extractors`` (default: all) over one document and return their facts."""
    facts: list[Fact] = []
    for ex in extractors if extractors is not None else default_extractors():
        facts.extend(ex(doc, ann))
    return facts


__all__ = ["Extractor", "default_extractors", "run_extractors", "Iterator"]
