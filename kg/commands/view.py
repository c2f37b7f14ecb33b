"""``kg view GRAPH.ttl --out graph.html``: render any exported graph."""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.commands import EXIT_OK
from kg.errors import KGError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    v = sub.add_parser("view", help="render an exported graph (Turtle) as an HTML network view")
    v.add_argument("graph", metavar="GRAPH.ttl")
    v.add_argument("--out", required=True, metavar="FILE.html")
    v.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
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
