"""``kg export STORE --out DIR``: write the files of a store built incrementally."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.commands import EXIT_OK
from kg.export.formats import DEFAULT_FORMATS


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    e = sub.add_parser("export", help="write graph.ttl (and other formats, graph.html) from a store",
                       description="Write the graph held by STORE (filled by `kg build --into STORE`, "
                       "or by `kg load STORE graph.trig`) as the same files `kg build` writes; the "
                       "bytes equal a full rebuild's. Refuses a store whose article graphs went "
                       "missing, and triples outside the article graphs (a `kg load` of a .ttl).")
    e.add_argument("store", metavar="STORE")
    e.add_argument("--out", required=True, metavar="DIR")
    e.add_argument("--format", default=",".join(DEFAULT_FORMATS), metavar="LIST",
                   help="comma-separated: ttl, trig, nt, nq, jsonld, and for graph tools graphml, "
                   "gexf, csv (graph-nodes.csv, graph-edges.csv) (default: ttl,trig)")
    e.add_argument("--no-html", action="store_true", help="do not write graph.html")
    e.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.errors import StoreError
    from kg.export.formats import count_triples, parse_formats, write_formats
    from kg.export.graphio import graph_formats, write_graph_format
    from kg.export.html import write_html
    from kg.export.outputs import out_lock, write_together
    from kg.export.viewgraph import ViewGraph
    from kg.store.embedded import check_exportable, open_store
    from kg.store.incremental import store_quads

    tools, rdf = graph_formats([f.strip() for f in args.format.split(",") if f.strip()])
    formats = parse_formats(",".join(rdf)) if rdf else ()
    if "ttl" not in formats:
        formats = ("ttl", *formats)
    store = open_store(args.store, missing_hint=f"build one with `kg build INPUT... --into {args.store}`")
    check_exportable(store, Path(args.store))
    quads = store_quads(store)
    out = Path(args.out)

    def write(stage: Path) -> list[Path]:
        written = write_formats(stage, formats, quads)
        if tools or not args.no_html:
            union = ViewGraph(quads)  # compact: no rdflib store of the whole graph
            for fmt in tools:
                written += write_graph_format(union, stage, fmt)
            if not args.no_html:
                write_html(union, stage / "graph.html", progress=True)
                written.append(stage / "graph.html")
        return written

    with out_lock(out):
        try:
            written = write_together(out, write)
        except RuntimeError as exc:  # RocksDB's "Corruption: ..." met while reading the quads
            raise StoreError(f"{args.store}: the store cannot be read ({exc}); it is damaged: rebuild "
                             "it from the articles; nothing was written to --out") from exc
    print(f"kg: exported {count_triples(quads)} triples -> {', '.join(str(p) for p in written)}", file=sys.stderr)
    return EXIT_OK
