"""The build: inputs → documents → annotations → facts → one RDF graph.

One bad article never stops a batch: it is recorded as a problem (file,
reason) and the rest is built; ``strict=True`` turns the first problem into
an error instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph

from kg.annotate import annotate
from kg.errors import InputError, KGError
from kg.extract import run_extractors
from kg.graph.build import GraphBuilder
from kg.ingest import Source, iter_sources, read_source
from kg.model import Annotations, BuildProblem, Document, Fact, Place
from kg.resources import resources

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildOptions:
    """How to build: the default home locality and whether to stop at the first problem."""

    default_home: Place | None = None
    strict: bool = False
    with_ner: bool = False
    jobs: int = 1  # worker processes for reading and extraction


@dataclass
class Build:
    """The outcome of a build: the graph, how many articles went in, what failed."""

    graph: Graph  # the union of all graphs (graph.ttl)
    dataset: Dataset  # one named graph per article plus the entities graph (graph.trig)
    built: list[str] = field(default_factory=list)
    problems: list[BuildProblem] = field(default_factory=list)
    facts: int = 0


@dataclass(frozen=True)
class Extracted:
    """One article read, annotated and extracted (picklable, so workers can return it)."""

    source: str
    doc: Document
    ann: Annotations
    facts: tuple[Fact, ...]


def extract_one(src: Source, options: BuildOptions) -> Extracted | BuildProblem:
    """Read, annotate and extract one article; a problem instead of an exception."""
    try:
        doc = read_source(src)
    except InputError as exc:
        if options.strict:
            raise
        return BuildProblem(exc.path, exc.reason)
    try:
        ann = annotate(doc, default_home=options.default_home, with_ner=options.with_ner)
        facts = tuple(run_extractors(doc, ann))
    except KGError:
        raise
    except Exception as exc:  # an extractor bug must not lose the other articles
        if options.strict:
            raise
        log.exception("failed on %s", src.name)
        return BuildProblem(src.name, f"internal error while extracting: {exc!r}")
    return Extracted(src.name, doc, ann, facts)


def _extract_all(sources: list[Source], options: BuildOptions) -> Iterator[Extracted | BuildProblem]:
    """Yield results in input order, from ``options.jobs`` worker processes when > 1."""
    if options.jobs <= 1 or len(sources) < 2:
        for src in sources:
            yield extract_one(src, options)
        return
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(64, len(sources) // (options.jobs * 4) or 1))
    with ProcessPoolExecutor(max_workers=options.jobs) as pool:
        yield from pool.map(extract_one, sources, [options] * len(sources), chunksize=chunk)


def build(inputs: Iterable[str | Path], *, options: BuildOptions = BuildOptions(),
          progress: Callable[[str], None] | None = None) -> Build:
    """Build one graph from the article files under ``inputs``."""
    builder = GraphBuilder(resources().gazetteer)
    out = Build(builder.entities, builder.ds)
    sources = list(iter_sources(list(inputs)))
    for item in _extract_all(sources, options):
        if progress is not None:
            progress(item.source)
        if isinstance(item, BuildProblem):
            log.info("skipped %s: %s", item.source, item.reason)
            out.problems.append(item)
            continue
        builder.add_document(item.doc, item.ann, item.facts)
        out.built.append(item.source)
        out.facts += len(item.facts)
    builder.finalize()
    out.graph = builder.union()
    return out
