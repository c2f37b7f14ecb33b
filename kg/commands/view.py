"""``kg view GRAPH --out graph.html``: render any exported graph (or write it for graph tools)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.commands import EXIT_OK
from kg.errors import KGError

VIEW_FORMATS = ("html", "graphml", "gexf", "csv")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    v = sub.add_parser("view", help="render an exported graph as an HTML network view (or GraphML, GEXF, CSV)",
                       description="Write a self-contained HTML page (no network access needed) "
                       "drawing the graph: the most important officials, bodies and localities "
                       "first, search over every node, a locality tree, focus on a node and its "
                       "neighbours, and a panel with each fact's evidence sentence and source "
                       "article. --format graphml|gexf|csv writes the same projection for "
                       "Gephi, Cytoscape, yEd or a spreadsheet instead.")
    v.add_argument("graph", metavar="GRAPH", help="graph.ttl (or .trig, .nt, .nq, .jsonld) written by kg build")
    v.add_argument("--out", required=True, metavar="FILE",
                   help="the file to write (csv: FILE-nodes.csv and FILE-edges.csv beside it); "
                   "missing folders are created")
    v.add_argument("--format", choices=VIEW_FORMATS, default=None,
                   help="html (default), or from FILE's suffix: .graphml, .gexf, .csv")
    v.add_argument("--max-nodes", type=int, default=None, metavar="N",
                   help="the first screen draws the N most important officials, bodies and "
                   "localities (the page says so; search, the locality tree and focus reach "
                   "every node); 0 draws all of them (default: 300)")
    v.add_argument("--title", metavar="TEXT", help="page title")
    v.set_defaults(func=run)


def _format_of(args: argparse.Namespace, out: Path) -> str:
    if args.format:
        return str(args.format)
    suffix = out.suffix.lower().lstrip(".")
    return suffix if suffix in VIEW_FORMATS[1:] else "html"


def _prepare_out(out: Path) -> None:
    """Create --out's folder now: failing after minutes of work on a typo helps nobody."""
    if out.is_dir():
        raise KGError(f"--out {out}: is a folder; give a file name, e.g. {out / 'graph.html'}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KGError(f"--out {out}: cannot create the folder {out.parent} ({exc.strerror or exc})") from exc


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from kg.export.html import STEPS, ViewOptions, write_html
    from kg.export.viewgraph import read_view_graph
    from kg.progress import Stages

    options = ViewOptions()
    if args.max_nodes is not None:
        if args.max_nodes < 0:
            raise KGError(f"--max-nodes: expected 0 (draw everything) or a positive number, "
                          f"found {args.max_nodes}")
        options = replace(options, max_nodes=args.max_nodes)
    if args.title:
        options = replace(options, title=args.title)
    out = Path(args.out)
    fmt = _format_of(args, out)
    _prepare_out(out)
    if fmt == "html":
        stages = Stages(out.name, 1 + STEPS)
        stages(f"reading {args.graph}")
        try:
            g = read_view_graph(args.graph)  # streamed parse into a compact graph, no rdflib store
            write_html(g, out, options=options, progress=stages)
        finally:
            stages.close()
        print(f"kg: wrote {out} ({out.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
        return EXIT_OK
    from kg.export.graphio import write_graph_format

    g = read_view_graph(args.graph)
    written = write_graph_format(g, out.parent, fmt, stem=out.stem)
    print(f"kg: wrote {', '.join(str(p) for p in written)}", file=sys.stderr)
    return EXIT_OK
