"""Extractors: pure generators from a document and its annotations to facts.

The contract, written once, that every extractor follows (checked by
:mod:`kg.extract.registry`):

* An extractor is a class registered with :func:`register`, with a versioned
  ``name`` (``"positions/1"``; bump the number when its output changes on purpose),
  the fact ``kinds`` it yields, a ``needs`` set naming the annotation layers it reads
  (``sentences``, ``places``, ``people``, ``titles``, ``folded``, ``context``,
  ``ner``) and the fact kinds of other extractors it reads, and
  ``__call__(doc, ann, prior=())`` that yields :class:`kg.model.Fact` objects.
* It is pure: no I/O, no global state, no RDF. The same input always yields
  the same facts in the same order. What annotate decided (the folded text, the
  title context) it takes from the annotations (:mod:`kg.extract.contract`).
* Every fact carries :class:`kg.model.Evidence`: the document id, the span of
  the sentence (or clause) that states it, and the extractor's name.
* Each fact kind has one writer in :data:`kg.graph.writers.WRITERS`.

One module (or sub-package) per fact family: :mod:`~kg.extract.positions`,
:mod:`~kg.extract.localities`, :mod:`~kg.extract.meetings`,
:mod:`~kg.extract.tasks`, :mod:`~kg.extract.tenure`.
"""

from __future__ import annotations

from kg.extract.registry import (
    ANNOTATION_LAYERS,
    Extractor,
    check_provided,
    default_extractors,
    ordered,
    register,
    run_extractors,
)

__all__ = ["ANNOTATION_LAYERS", "Extractor", "check_provided", "default_extractors", "ordered", "register",
           "run_extractors"]
