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
    b.add_argument("--no-html", action="store_true", help="write the Turtle only")
    b.add_argument("--locality", metavar="UNIT",
                   help="home locality for articles whose text never names it, e.g. "
                   "'huyện Đắk Song, tỉnh Đắk Nông' (used only where the text leaves the place implicit)")
    b.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.export.html import write_html
    from kg.export.turtle import write_turtle
    from kg.pipeline import BuildOptions, build

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    home = None
    if args.locality:
        from kg.resources import resources

        home = resources().gazetteer.parse_locality(args.locality)
    result = build(args.inputs, options=BuildOptions(strict=args.strict, default_home=home))
    for problem in result.problems:
        print(f"kg: skipped {problem.source}: {problem.reason}", file=sys.stderr)
    if not result.built:
        print("kg: no article could be built", file=sys.stderr)
        return EXIT_NOTHING_BUILT
    write_turtle(result.graph, out / "graph.ttl")
    if not args.no_html:
        write_html(result.graph, out / "graph.html")
    secs = time.perf_counter() - started
    print(f"kg: built {len(result.built)} article(s), {result.facts} facts, "
          f"{len(result.graph)} triples in {secs:.1f}s -> {out / 'graph.ttl'}"
          + ("" if args.no_html else f", {out / 'graph.html'}"), file=sys.stderr)
    return EXIT_SOME_FAILED if result.problems else EXIT_OK
