"""The build: inputs → documents → annotations → facts → one RDF graph.

One bad article never stops a batch: it is recorded as a problem (file,
reason) and the rest is built; ``strict=True`` turns the first problem into
an error instead. What the user should know about an article that was built
anyway (a converted encoding, a truncated page, a symlink loop not followed)
is recorded as a warning.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Graph

from kg.annotate import annotate
from kg.budget import DEFAULT_TIME_BUDGET, BudgetExceeded, cpu_budget
from kg.errors import InputError, KGError, LocalityError
from kg.export.formats import DEFAULT_FORMATS, rebase
from kg.export.outputs import write_outputs
from kg.export.report import EXIT_NOTHING_BUILT, EXIT_OK, EXIT_SOME_FAILED, RunReport
from kg.export.runs import DEFAULT_MAX_MEMORY, Spool, sweep_stale
from kg.extract import run_extractors
from kg.graph.meetings import MeetingIndex, planned_meeting_quads
from kg.graph.quads import (
    Quad,
    article_quads,
    dedupe_shared,
    observations,
    planned_quads,
    to_union,
)
from kg.graph.tenure import TenureIndex, plan_quads
from kg.ingest.base import (
    DEFAULT_MAX_ARTICLE_CHARS,
    DEFAULT_MAX_FILE_BYTES,
    InputWarning,
    Limits,
)
from kg.ingest.text import text_digest
from kg.ingest.walk import Source, read_all, walk_inputs
from kg.lexicon.resources import resources
from kg.model import BuildProblem, Document, Place
from kg.resolve.keys import identity_scope, unit_lineage
from kg.resolve.meetings import MeetingPlan, meeting_plan
from kg.resolve.people import EVIDENCE_PER_RECORD, MergePlan, Observation, merge_plan

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildOptions:
    """How to build: the default home locality, limits, and whether to stop at the first problem."""

    default_home: Place | None = None
    strict: bool = False
    with_ner: bool = False
    jobs: int = 1  # worker processes for reading and extraction
    executor: str = "local"  # "local" (this machine) or "dask" (a Dask cluster)
    scheduler: str | None = None  # Dask scheduler address; None starts a LocalCluster
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES  # one .txt/.html file, or one JSON line
    max_article_chars: int = DEFAULT_MAX_ARTICLE_CHARS  # the text of one article
    max_memory: int = DEFAULT_MAX_MEMORY  # bytes of quads the assembling process holds; the rest goes to disk
    temp_dir: str | None = None  # where run files go (None: the system temporary folder, TMPDIR)
    time_budget: float | None = DEFAULT_TIME_BUDGET  # CPU seconds to extract one article; None: no limit

    @property
    def limits(self) -> Limits:
        return Limits(max_file_bytes=self.max_file_bytes, max_article_chars=self.max_article_chars)


class Resolved:
    """The resolved quads of a build, read anew from the spool on each iteration.

    One named graph per article + the entities graph; duplicates possible (writers drop them).
    Memory: the spool's budget and the merge plans, never the whole graph.
    """

    def __init__(self, spool: Spool[Quad] | None = None, plan: MergePlan | None = None,
                 meetings: MeetingPlan | None = None, tenure: list[Quad] | None = None) -> None:
        self.spool, self.plan = spool, plan or MergePlan(())
        self.meetings = meetings or MeetingPlan()
        self.tenure = tenure or []  # the tenure quads of the resolved people (kg.graph.tenure)

    def __iter__(self) -> Iterator[Quad]:
        if self.spool is None:
            return iter(())
        return itertools.chain(planned_quads(planned_meeting_quads(self.spool, self.meetings), self.plan),
                               self.tenure)

    def close(self) -> None:
        """Remove the run files now (they are removed when the build is collected otherwise)."""
        if self.spool is not None:
            self.spool.close()


@dataclass
class Build:
    """The outcome of a build: its quads, how many articles went in, what failed."""

    resolved: Resolved = field(default_factory=Resolved)  # streamed: bounded memory at any size
    built: list[str] = field(default_factory=list)
    problems: list[BuildProblem] = field(default_factory=list)
    facts: int = 0
    warnings: list[InputWarning] = field(default_factory=list)
    sources: int = 0  # input files (and standard input) found, readable or not

    @functools.cached_property
    def quads(self) -> list[Quad]:
        """Every distinct quad in one list (a graph that fits in memory: the API, the store, tests)."""
        return list(set(self.resolved))

    @functools.cached_property
    def graph(self) -> Graph:
        """The union of all graphs (what graph.ttl holds), made on first use."""
        return to_union(self.quads)


@dataclass(frozen=True)
class Extracted:
    """One article read, extracted and turned into quads (picklable: workers return it)."""

    source: str
    facts: int
    quads: tuple[Quad, ...]
    doc_id: str
    digest: str  # SHA-256 of the article's text: two different texts may never share one doc_id


@dataclass(frozen=True)
class SourceResult:
    """Everything read from one source: its articles (or their problems) and warnings."""

    source: str
    items: tuple[Extracted | BuildProblem, ...]
    warnings: tuple[InputWarning, ...] = ()


def extract_source(src: Source, options: BuildOptions) -> SourceResult:
    """Read, annotate and extract every article of one source; problems instead of exceptions."""
    try:
        reading = read_all(src, options.limits)
    except InputError as exc:
        if options.strict:
            raise
        return SourceResult(src.name, (BuildProblem(exc.path, exc.reason),))
    if options.strict and reading.problems:
        first = reading.problems[0]
        raise InputError(first.source, first.reason)
    items: list[Extracted | BuildProblem] = []
    warnings = list(reading.warnings)
    for doc in reading.docs:
        items.append(_extract_doc(doc, options, warnings))
    items.extend(reading.problems)
    return SourceResult(src.name, tuple(items), tuple(warnings))


def _extract_doc(doc: Document, options: BuildOptions,
                 warnings: list[InputWarning]) -> Extracted | BuildProblem:
    home = options.default_home
    if doc.locality:
        try:
            home = resources().gazetteer.parse_locality(doc.locality)
        except LocalityError as exc:
            warnings.append(InputWarning(
                doc.source, f"locality {doc.locality!r} not used, the text decides ({exc})"))
    try:
        with cpu_budget(options.time_budget):
            ann = annotate(doc, default_home=home, with_ner=options.with_ner)
            facts = tuple(run_extractors(doc, ann))
            quads = tuple(article_quads(resources().gazetteer, doc, facts, scope=identity_scope(ann)))
    except BudgetExceeded:
        reason = (f"extraction took more than {options.time_budget:g} CPU seconds (--time-budget); "
                  "skipped (a text built to be slow?)")
        if options.strict:
            raise InputError(doc.source, reason) from None
        return BuildProblem(doc.source, reason)
    except KGError:
        raise
    except Exception as exc:  # an extractor bug must not lose the other articles
        if options.strict:
            raise
        log.info("failed on %s", doc.source, exc_info=True)  # the summary reports it once
        return BuildProblem(doc.source, f"internal error while extracting: {exc!r}")
    return Extracted(doc.source, len(facts), quads, doc.doc_id, text_digest(doc.text))


# Sources one task reads: large enough that entity triples shared by its articles are sent
# once, small enough that work spreads over every worker.
BATCH_SOURCES = 16

# One source as the assembling process keeps it until a worker reads it: (path, name, data,
# locality) in a plain tuple (~150 bytes) rather than a Source with its Path (~600 bytes): a
# national archive lists millions of files.
SourceRow = tuple[str, str, bytes | None, str | None]


def _row(src: Source) -> SourceRow:
    return (str(src.path), src.name, src.data, src.locality)


def _source(row: SourceRow) -> Source:
    path, name, data, locality = row
    return Source(Path(path), name, data, locality)


def extract_batch(sources: tuple[Source | SourceRow, ...], options: BuildOptions) -> list[SourceResult]:
    """Extract several sources in one task; entity quads shared within the batch are sent once."""
    results = [extract_source(src if isinstance(src, Source) else _source(src), options) for src in sources]
    extracted = [item for r in results for item in r.items if isinstance(item, Extracted)]
    lean = iter(dedupe_shared(list(e.quads) for e in extracted))
    replaced = {id(e): replace(e, quads=tuple(next(lean))) for e in extracted}
    return [replace(r, items=tuple(replaced.get(id(i), i) for i in r.items)) for r in results]


def _extract_all(sources: list[SourceRow], options: BuildOptions) -> Iterator[SourceResult]:
    """Yield results in input order from the configured executor (see :mod:`kg.executors`)."""
    from functools import partial

    from kg.executors import ordered_map

    batches = [tuple(sources[i : i + BATCH_SOURCES]) for i in range(0, len(sources), BATCH_SOURCES)]
    sources.clear()  # the batches hold the rows now
    for results in ordered_map(partial(extract_batch, options=options), batches, jobs=options.jobs,
                               executor=options.executor, scheduler=options.scheduler):
        yield from results


class Identities:
    """The identity observations of a build, folded as articles arrive: what resolution needs.

    One entry per provisional node (name, scope and posts), not per article: how often each
    name was written, the scopes, and the few smallest evidence nodes a merge record cites.
    Re-read (:meth:`observations`) it gives :func:`kg.resolve.people.merge_plan` the same
    plan as every observation of every article would, in memory bounded by the people named.
    """

    def __init__(self) -> None:
        # node -> (anchors, name -> count, scopes, smallest evidence)
        self._nodes: dict[str, tuple[tuple[str, ...], dict[str, int], set[str], list[str]]] = {}

    def add(self, quads: Iterable[Quad]) -> None:
        """Fold the observations of one article (all its quads: an observation never spans articles)."""
        for o in observations(quads):
            got = self._nodes.get(o.node)
            if got is None:
                got = self._nodes[o.node] = (o.anchors, {}, set(), [])
            names, scopes, evidence = got[1], got[2], got[3]
            names[o.name] = names.get(o.name, 0) + 1
            scopes.add(o.scope)
            if o.evidence:
                evidence[:] = sorted(set(evidence).union(o.evidence))[:EVIDENCE_PER_RECORD]

    def observations(self) -> Iterator[Observation]:
        """Observations with the same names (and counts), scopes, posts and cited evidence per node."""
        for node in sorted(self._nodes):
            anchors, names, scopes, evidence = self._nodes[node]
            written = [n for n in sorted(names) for _ in range(names[n])]
            places = sorted(scopes)
            for i, name in enumerate(written):  # one observation gave one scope: never more scopes than names
                yield Observation(node, name, places[min(i, len(places) - 1)], anchors,
                                  tuple(evidence) if i == 0 else ())


def build(inputs: Iterable[str | Path], *, options: BuildOptions = BuildOptions(),
          progress: Callable[[str], None] | None = None,
          on_total: Callable[[int], None] | None = None,
          on_stage: Callable[[str], None] | None = None) -> Build:
    """Build one graph from the article files under ``inputs``.

    ``on_total`` is called once with the number of sources found; ``progress`` with the
    name of each source once it has been read and extracted.
    """
    out = Build()
    # the quads go to a spool in bounded memory; resolution keeps only its identity index
    sweep_stale(options.temp_dir)  # run folders a killed build left behind
    spool: Spool[Quad] = Spool(options.max_memory // 2, directory=options.temp_dir, name="quads")
    index = Identities()
    reports = MeetingIndex()
    held = TenureIndex()  # who held which post when: aggregated once people are merged
    claims: dict[str, tuple[bytes, int]] = {}  # doc_id -> (text digest, index of its source in out.built)
    walk = walk_inputs(list(inputs))
    out.warnings.extend(walk.warnings)
    for err in walk.missing:
        if options.strict:
            raise err
        out.problems.append(BuildProblem(err.path, err.reason))
    out.sources = len(walk.sources) + len(walk.missing)
    if on_total is not None:
        on_total(len(walk.sources))
    rows = [_row(src) for src in walk.sources]
    walk.sources.clear()  # compact rows from here on (see SourceRow)
    with _collector_paused():
        for result in _extract_all(rows, options):
            for item in result.items:
                if isinstance(item, BuildProblem):
                    log.info("skipped %s: %s", item.source, item.reason)
                    out.problems.append(item)
                    continue
                taken = claims.setdefault(item.doc_id, (bytes.fromhex(item.digest), len(out.built)))
                if taken[0] != bytes.fromhex(item.digest):
                    problem = _id_clash(item, out.built[taken[1]])
                    if options.strict:
                        raise InputError(problem.source, problem.reason)
                    out.problems.append(problem)
                    continue
                spool.extend(item.quads)
                index.add(item.quads)
                reports.add(item.quads)
                held.add(item.quads)
                out.built.append(item.source)
                out.facts += item.facts
            out.warnings.extend(result.warnings)
            if progress is not None:
                progress(result.source)
        if on_stage is not None:
            on_stage(f"resolving people over {len(out.built):,} article(s)")
        plan = merge_plan(index.observations(), lineage=unit_lineage(resources().gazetteer))
        if on_stage is not None:
            on_stage(f"resolving meetings over {len(reports.reports):,} report(s)")
        meetings = meeting_plan(reports.reports)
        if on_stage is not None:
            on_stage(f"dating tenures over {len(held.memberships):,} membership(s)")
        tenure = plan_quads(held, plan, meetings)
    if spool.files:
        spool.flush()  # all on disk: the writers get the memory
    out.resolved = Resolved(spool, plan, meetings, tenure)
    return out


def _id_clash(item: Extracted, first: str) -> BuildProblem:
    return BuildProblem(item.source, f"its article id {item.doc_id} is already the id of {first}, "
                        "whose text differs: an id collision (or a forged article); not built, "
                        f"rename one of the two files or check {first}")


def report_of(result: Build, options: BuildOptions = BuildOptions()) -> RunReport:
    """The run report of a finished build (exit code: nothing built, some skipped, or all built)."""
    report = RunReport(EXIT_NOTHING_BUILT, options.limits, strict=options.strict)
    report.sources, report.built, report.facts = result.sources, result.built, result.facts
    report.skipped, report.warnings = result.problems, result.warnings
    if result.built:
        report.exit_code = EXIT_SOME_FAILED if result.problems else EXIT_OK
    return report


def write_build(result: Build, out: str | Path, *, options: BuildOptions = BuildOptions(),
                formats: tuple[str, ...] = DEFAULT_FORMATS, html: bool = True,
                base_iri: str | None = None, report_html: bool = True) -> tuple[RunReport, list[Path]]:
    """Write the contract outputs of ``result`` into ``out``, as ``kg build --out`` does.

    graph.ttl (plus ``formats``), graph.html unless ``html`` is false, report.html unless
    ``report_html`` is false, and report.json; when nothing was built only report.json.
    Returns the report and the files written.
    """
    out = Path(out)
    report = report_of(result, options)
    if not result.built:
        out.mkdir(parents=True, exist_ok=True)
        return report, [report.write(out)]
    quads, prefixes = rebase(result.resolved, base_iri) if base_iri else (result.resolved, None)
    return report, write_outputs(out, quads, report, formats=formats, html=html, prefixes=prefixes,
                                 max_memory=options.max_memory, temp_dir=options.temp_dir,
                                 report_html=report_html)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a build accumulates millions of small tuples.

    The quads hold no reference cycles; without the pause every full collection
    walks all of them again, which made large builds slower than linear.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
