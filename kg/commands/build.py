"""``kg build INPUT... --out DIR``: articles in, graph.ttl, graph.html, report.html and report.json out."""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from kg.budget import DEFAULT_TIME_BUDGET
from kg.commands import EXIT_NOTHING_BUILT, safe
from kg.export.formats import DEFAULT_FORMATS
from kg.export.runs import DEFAULT_MAX_MEMORY
from kg.ingest.base import DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_MAX_FILE_BYTES

if TYPE_CHECKING:
    from kg.graph.quads import Quad

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$", re.I)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def _size(text: str) -> int:
    m = _SIZE.match(text)
    if not m or float(m[1]) <= 0:
        raise argparse.ArgumentTypeError(
            f"expected a size such as 20M, 500K or 1048576, got {text!r}")
    return int(float(m[1]) * _UNITS[m[2].lower()])


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {text!r}")
    return int(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds (0 for no limit), got {text!r}")
    return value


_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_IRI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def _base_iri(text: str) -> str:
    if not _IRI_SCHEME.match(text) or _IRI_FORBIDDEN.search(text) or not text.endswith(("/", "#")):
        raise argparse.ArgumentTypeError(
            f"expected an absolute IRI ending with '/' or '#' and without spaces, quotes or "
            f"<>{{}}|^`\\, e.g. https://example.org/id/; got {text!r}")
    return text


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    b = sub.add_parser(
        "build", help="build graph.ttl and graph.html from article files or folders",
        description="Read every article under INPUT (files, or folders searched recursively: "
        ".txt plain text, .html/.htm saved pages, .jsonl JSON Lines with one article a line; "
        "'-' reads JSON Lines from standard input), extract the facts and write "
        "DIR/graph.ttl, DIR/graph.html, DIR/report.html (the build report, charts) and "
        "DIR/report.json (built files, skipped files with reasons, warnings, counts). "
        "Exit code 0: all built; 3: some inputs skipped (each "
        "reported); 1: nothing built or an error; 2: a usage error.")
    b.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="article files or folders; '-' for JSON Lines on standard input")
    b.add_argument("--out", metavar="DIR",
                   help="output folder (created if missing); with --into, the files of the whole store")
    b.add_argument("--into", metavar="STORE",
                   help="add the articles to this persistent store (created if missing); re-adding an "
                   "article replaces it, people are re-resolved; `kg export STORE` writes the files")
    b.add_argument("--strict", action="store_true",
                   help="stop at the first article that cannot be read instead of skipping it")
    b.add_argument("--no-html", action="store_true", help="do not write graph.html")
    b.add_argument("--no-report", action="store_true",
                   help="do not write report.html (the build report: counts, facts per province and month, "
                   "most connected officials and bodies, skipped files, accuracy; ~0.5 s)")
    b.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="worker processes for reading and extraction (default: all cores; "
                   "output is identical for any N)")
    b.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="where extraction runs: this machine (local, default) or a Dask cluster")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler, e.g. tcp://HOST:8786 (with --executor dask; "
                   "default: an embedded LocalCluster with --jobs workers)")
    b.add_argument("--format", default=",".join(DEFAULT_FORMATS), metavar="LIST",
                   help="comma-separated RDF formats to write: ttl (graph.ttl, the union, always written), "
                   "trig and nq (one named graph per article), nt, jsonld (default: ttl,trig)")
    b.add_argument("--base-iri", metavar="IRI", type=_base_iri,
                   help="base for entity IRIs instead of https://w3id.org/vn-gov-kg/id/ (end with / or #)")
    b.add_argument("--locality", metavar="UNIT",
                   help="home locality for articles whose text never names it, e.g. "
                   "'huyện Đắk Song, tỉnh Đắk Nông' (used only where the text leaves the place implicit); "
                   "for a folder mixing units, a localities.tsv in it maps path prefixes to units "
                   "(prefix<TAB>unit a line), which wins over --locality")
    b.add_argument("--max-file-size", type=_size, default=DEFAULT_MAX_FILE_BYTES, metavar="SIZE",
                   help="skip (and report) a .txt/.html file, or one JSON line, larger than this "
                   f"(default {DEFAULT_MAX_FILE_BYTES // 1024**2}M; K, M, G suffixes)")
    b.add_argument("--max-chars", type=_positive, default=DEFAULT_MAX_ARTICLE_CHARS, metavar="N",
                   help="skip (and report) an article whose text is longer than N characters "
                   f"(default {DEFAULT_MAX_ARTICLE_CHARS})")
    b.add_argument("--max-memory", type=_size, default=DEFAULT_MAX_MEMORY, metavar="SIZE",
                   help="quads the assembling process holds before sorting them into run files on disk "
                   f"(TMPDIR); bounds memory whatever the corpus size (default {DEFAULT_MAX_MEMORY // 1024**2}M; "
                   "worker processes add their own)")
    b.add_argument("--time-budget", type=_seconds, default=DEFAULT_TIME_BUDGET, metavar="SECONDS",
                   help="skip (and report) an article whose extraction takes more CPU time than this "
                   f"(default {DEFAULT_TIME_BUDGET:g}; 0: no limit); a real article takes well under a second")
    b.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.errors import KGError
    from kg.export.formats import parse_formats
    from kg.export.outputs import out_lock

    formats = parse_formats(args.format)
    if not args.out and not args.into:
        raise KGError("kg build needs --out DIR (files) or --into STORE (a persistent store), or both")
    if args.scheduler and args.executor != "dask":
        raise KGError("--scheduler goes with --executor dask")
    if args.into:
        from kg.store.embedded import check_writable

        check_writable(args.into)  # fail before the work if another writer or a server holds it
    out = Path(args.out) if args.out else None
    with out_lock(out) if out is not None else contextlib.nullcontext():
        return _build(args, formats, out)


def _build(args: argparse.Namespace, formats: tuple[str, ...], out: Path | None) -> int:
    from kg.errors import InputError
    from kg.export.formats import rebase
    from kg.export.outputs import write_outputs
    from kg.export.report import RunReport
    from kg.model import BuildProblem
    from kg.pipeline import BuildOptions, build, report_of
    from kg.progress import Progress

    started = time.perf_counter()
    home = None
    if args.locality:
        from kg.lexicon.resources import resources

        home = resources().gazetteer.parse_locality(args.locality)
    options = BuildOptions(strict=args.strict, default_home=home, jobs=max(1, args.jobs),
                           executor=args.executor, scheduler=args.scheduler,
                           max_file_bytes=args.max_file_size, max_article_chars=args.max_chars,
                           max_memory=args.max_memory, time_budget=args.time_budget or None)
    report = RunReport(EXIT_NOTHING_BUILT, options.limits, strict=args.strict)
    progress = Progress()
    try:
        result = build(args.inputs, options=options, progress=progress, on_total=progress.start,
                       on_stage=progress.stage)
    except InputError as exc:  # --strict: the first problem ends the build
        report.skipped.append(BuildProblem(exc.path, exc.reason))
        report.stopped = "--strict: stopped at the first input that could not be read"
        print(safe(f"kg: error: {exc.path}: {exc.reason} (--strict stops at the first problem)"),
              file=sys.stderr)
        where = f"; see {report.write(out)}" if out is not None else ""
        print(f"kg: no graph written{where}", file=sys.stderr)
        return EXIT_NOTHING_BUILT
    finally:
        progress.close()  # clears the bar and the status line before any message
    report = report_of(result, options)
    for line in report.problem_lines():
        print(safe(line), file=sys.stderr)
    if not result.built:
        where = f"; see {report.write(out)}" if out is not None else ""
        print(f"kg: no article could be built{where}", file=sys.stderr)
        return EXIT_NOTHING_BUILT
    quads: Iterable[Quad] = result.resolved  # streamed to files (and into the store in batches)
    quads, prefixes = rebase(quads, args.base_iri) if args.base_iri else (quads, None)
    if args.into:
        from kg.store.embedded import open_store, store_transaction
        from kg.store.incremental import add_quads, store_quads

        progress.stage(f"adding to the store {args.into}")
        with store_transaction(args.into) as store:  # the store is the old state or the new
            added = add_quads(store, quads)
        if out is not None:
            quads = store_quads(open_store(args.into))  # the whole store, read as the files are written
        progress.close()
        print(f"kg: store {args.into}: {added.articles_added} article(s) added, "
              f"{added.articles_replaced} replaced, {added.people_touched} people re-resolved, "
              f"{added.quads} quads", file=sys.stderr)
    if out is None:
        return report.exit_code
    try:
        written = write_outputs(out, quads, report, formats=formats, html=not args.no_html,
                                prefixes=prefixes, on_stage=progress.stage, max_memory=args.max_memory,
                                report_html=not args.no_report)
    finally:
        progress.close()
    print(safe(report.summary_line(time.perf_counter() - started, written)), file=sys.stderr)
    return report.exit_code
