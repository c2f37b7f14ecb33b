"""Command line: ``kg build``, ``kg view``. Holds no logic of its own."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from kg import __version__
from kg.errors import KGError

EXIT_OK, EXIT_NOTHING_BUILT, EXIT_SOME_FAILED = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph (RDF) of officials, posts, localities, meetings and "
        "tasks from Vietnamese local-government news articles.",
    )
    p.add_argument("--version", action="version", version=f"vn-gov-kg {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress and details")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="build graph.ttl and graph.html from article files or folders",
                       description="Read every .txt article under INPUT (files, or folders searched "
                       "recursively), extract the facts and write DIR/graph.ttl and DIR/graph.html.")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or folders")
    b.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    b.add_argument("--strict", action="store_true",
                   help="stop at the first article that cannot be read instead of skipping it")
    b.add_argument("--no-html", action="store_true", help="write the Turtle only")
    b.add_argument("--locality", metavar="UNIT",
                   help="home locality for articles whose text never names it, e.g. "
                   "'huyện Đắk Song, tỉnh Đắk Nông' (used only where the text leaves the place implicit)")
    b.set_defaults(func=_cmd_build)

    v = sub.add_parser("view", help="render an exported graph (Turtle) as an HTML network view")
    v.add_argument("graph", metavar="GRAPH.ttl")
    v.add_argument("--out", required=True, metavar="FILE.html")
    v.set_defaults(func=_cmd_view)
    return p


def _cmd_build(args: argparse.Namespace) -> int:
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


def _cmd_view(args: argparse.Namespace) -> int:
    from rdflib import Graph

    from kg.export.html import write_html

    g = Graph()
    try:
        g.parse(args.graph, format="turtle")
    except FileNotFoundError as exc:
        raise KGError(f"{args.graph}: file not found") from exc
    except Exception as exc:
        raise KGError(f"{args.graph}: not a readable Turtle file ({exc})") from exc
    write_html(g, Path(args.out))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="kg: %(levelname)s: %(message)s")
    try:
        return int(args.func(args))
    except KGError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return EXIT_NOTHING_BUILT


if __name__ == "__main__":
    sys.exit(main())
