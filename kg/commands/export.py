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
                       "bytes equal a full rebuild's. A store loaded from Turtle or N-Triples "
                       "(`kg load STORE graph.ttl`: one default graph) exports as plain triples: "
                       "ttl, nt, jsonld and the graph tools, not the per-article trig/nq, which "
                       "need a TriG load. Refuses a store whose article graphs went missing, and a "
                       "store mixing both.")
    e.add_argument("store", metavar="STORE")
    e.add_argument("--out", required=True, metavar="DIR")
    e.add_argument("--format", default=None, metavar="LIST",
                   help="comma-separated: ttl, trig, nt, nq, jsonld, and for graph tools graphml, "
                   "gexf, csv (graph-nodes.csv, graph-edges.csv) (default: ttl,trig; ttl for a "
                   "store of plain triples)")
    e.add_argument("--no-html", action="store_true", help="do not write graph.html")
    e.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.errors import StoreError
    from kg.export.formats import count_triples, parse_formats, write_formats
    from kg.export.graphio import graph_formats, write_graph_format
    from kg.export.html import write_html
    from kg.export.outputs import out_lock, write_together
    from kg.export.viewgraph import ViewGraph
    from kg.store.embedded import check_exportable, holds_only_default_graph, open_store
    from kg.store.incremental import store_quads

    store = open_store(args.store, missing_hint=f"build one with `kg build INPUT... --into {args.store}`")
    plain = holds_only_default_graph(store)
    asked = args.format or ("ttl" if plain else ",".join(DEFAULT_FORMATS))
    tools, rdf = graph_formats([f.strip() for f in asked.split(",") if f.strip()])
    formats = parse_formats(",".join(rdf)) if rdf else ()
    if "ttl" not in formats:
        formats = ("ttl", *formats)
    if plain:
        per_graph = [f for f in formats if f in ("trig", "nq")]
        if per_graph:
            raise StoreError(f"{args.store}: holds plain triples (a `kg load` of Turtle or N-Triples: "
                             f"one default graph, no article graphs), so it cannot be written as "
                             f"{', '.join(per_graph)}; export ttl, nt, jsonld or graph tools, or "
                             "`kg load` graph.trig (one graph per article) into a fresh store")
    else:
        check_exportable(store, Path(args.store))
    quads = store_quads(store, default_graph=plain)
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
