"""``kg build INPUT... --out DIR``: articles in, graph.ttl and graph.html out."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg.commands import EXIT_NOTHING_BUILT, EXIT_OK, EXIT_SOME_FAILED


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    b = sub.add_parser("build", help="build graph.ttl and graph.html from article files or folders",
                       description="Read every .txt article under INPUT (files, or folders searched "
                       "recursively), extract the facts and write DIR/graph.ttl and DIR/graph.html. "
                       "Exit code 0: all built; 2: some files skipped (each reported); 1: nothing built.")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or folders")
    b.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    b.add_argument("--strict", action="store_true",
                   help="stop at the first article that cannot be read instead of skipping it")
    b.add_argument("--no-html", action="store_true", help="do not write graph.html")
    b.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="worker processes for reading and extraction (output is identical for any N)")
    b.add_argument("--format", default="ttl,trig", metavar="LIST",
                   help="comma-separated RDF formats to write: ttl (graph.ttl, the union, always written), "
                   "trig and nq (one named graph per article), nt, jsonld (default: ttl,trig)")
    b.add_argument("--base-iri", metavar="IRI",
                   help="base for entity IRIs instead of https://w3id.org/vn-gov-kg/id/ (end with / or #)")
    b.add_argument("--locality", metavar="UNIT",
                   help="home locality for articles whose text never names it, e.g. "
                   "'huyện Đắk Song, tỉnh Đắk Nông' (used only where the text leaves the place implicit)")
    b.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.export.formats import parse_formats, rebase, write_formats
    from kg.export.html import write_html
    from kg.pipeline import BuildOptions, build

    formats = parse_formats(args.format)
    if "ttl" not in formats:
        formats = ("ttl", *formats)  # graph.ttl is the contract other tools rely on
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    home = None
    if args.locality:
        from kg.resources import resources

        home = resources().gazetteer.parse_locality(args.locality)
    result = build(args.inputs, options=BuildOptions(strict=args.strict, default_home=home,
                                                       jobs=max(1, args.jobs)))
    for problem in result.problems:
        print(f"kg: skipped {problem.source}: {problem.reason}", file=sys.stderr)
    if not result.built:
        print("kg: no article could be built", file=sys.stderr)
        return EXIT_NOTHING_BUILT
    if args.base_iri:
        rebase(result.graph, args.base_iri)
        rebase(result.dataset, args.base_iri)
    written = write_formats(out, formats, result.graph, result.dataset)
    if not args.no_html:
        write_html(result.graph, out / "graph.html")
        written.append(out / "graph.html")
    secs = time.perf_counter() - started
    print(f"kg: built {len(result.built)} article(s), {result.facts} facts, "
          f"{len(result.graph)} triples in {secs:.1f}s -> {', '.join(str(p) for p in written)}",
          file=sys.stderr)
    return EXIT_SOME_FAILED if result.problems else EXIT_OK
