"""``kg view GRAPH.ttl --out graph.html``: render any exported graph."""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.commands import EXIT_OK
from kg.errors import KGError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    v = sub.add_parser("view", help="render an exported graph (Turtle) as an HTML network view",
                       description="Write a self-contained HTML page (no network access needed) "
                       "drawing the graph: search, filters by type and locality, and a panel "
                       "with each fact's evidence sentence and source article.")
    v.add_argument("graph", metavar="GRAPH.ttl")
    v.add_argument("--out", required=True, metavar="FILE.html")
    v.add_argument("--max-nodes", type=int, default=None, metavar="N",
                   help="past N nodes, draw only the N most connected at first (the page says "
                   "so; search and filters reach the rest); 0 draws everything (default: 1000)")
    v.add_argument("--title", metavar="TEXT", help="page title")
    v.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from kg.export.formats import read_union
    from kg.export.html import ViewOptions, write_html

    options = ViewOptions()
    if args.max_nodes is not None:
        if args.max_nodes < 0:
            raise KGError(f"--max-nodes: expected 0 (draw everything) or a positive number, "
                          f"found {args.max_nodes}")
        options = replace(options, max_nodes=args.max_nodes)
    if args.title:
        options = replace(options, title=args.title)
    out = Path(args.out)
    if not out.parent.is_dir():  # say so now, not after minutes of layout
        raise KGError(f"--out {out}: the folder {out.parent} does not exist")
    g = read_union(args.graph)  # any format kg build writes: .ttl .trig .nt .nq .jsonld
    write_html(g, out, options=options)
    return EXIT_OK
