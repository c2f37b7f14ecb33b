"""The build: inputs → documents → annotations → facts → one RDF graph.

One bad article never stops a batch: it is recorded as a problem (file,
reason) and the rest is built; ``strict=True`` turns the first problem into
an error instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.annotate import annotate
from kg.errors import InputError, KGError
from kg.extract import run_extractors
from kg.graph.build import GraphBuilder
from kg.ingest import Source, iter_sources, read_source
from kg.model import BuildProblem, Place
from kg.resources import resources

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildOptions:
    """How to build: the default home locality and whether to stop at the first problem."""

    default_home: Place | None = None
    strict: bool = False
    with_ner: bool = False


@dataclass
class Build:
    """The outcome of a build: the graph, how many articles went in, what failed."""

    graph: Graph
    built: list[str] = field(default_factory=list)
    problems: list[BuildProblem] = field(default_factory=list)
    facts: int = 0


def build(inputs: Iterable[str | Path], *, options: BuildOptions = BuildOptions(),
          progress: Callable[[Source], None] | None = None) -> Build:
    """Build one graph from the article files under ``inputs``."""
    builder = GraphBuilder(resources().gazetteer)
    out = Build(builder.g)
    for src in iter_sources(list(inputs)):
        if progress is not None:
            progress(src)
        try:
            doc = read_source(src)
        except InputError as exc:
            if options.strict:
                raise
            log.warning("skipped %s: %s", exc.path, exc.reason)
            out.problems.append(BuildProblem(exc.path, exc.reason))
            continue
        try:
            ann = annotate(doc, default_home=options.default_home, with_ner=options.with_ner)
            facts = run_extractors(doc, ann)
            builder.add_document(doc, ann, facts)
        except KGError:
            raise
        except Exception as exc:  # an extractor bug must not lose the other articles
            if options.strict:
                raise
            log.exception("failed on %s", src.name)
            out.problems.append(BuildProblem(src.name, f"internal error while extracting: {exc!r}"))
            continue
        out.built.append(src.name)
        out.facts += len(facts)
    return out
