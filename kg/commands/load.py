"""``kg load STORE FILES...``: put exported graphs into the embedded pyoxigraph store."""

from __future__ import annotations

import argparse
import sys

from kg.commands import EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ld = sub.add_parser(
        "load", help="load graph files into a store directory (pyoxigraph)",
        description="Load RDF files (.ttl, .trig, .nt, .nq, by extension) into the pyoxigraph "
        "store in directory STORE (created if missing). Each file loads in one "
        "transaction: a file that does not parse is reported with line and column and"
        " nothing of it is kept. Then query the store with `kg query STORE` or serve "
        "it with `kg serve STORE`.")
    ld.add_argument("store", metavar="STORE", help="store directory")
    ld.add_argument("files", nargs="+", metavar="FILE", help="RDF files")
    ld.add_argument("--graph", metavar="IRI",
                    help="load Turtle / N-Triples into this named graph, not the default graph")
    ld.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import contextlib
    from pathlib import Path

    from kg.errors import StoreError
    from kg.store.embedded import load_files, open_store, record_manifest

    store = open_store(args.store, create=True)
    try:
        report = load_files(store, args.files, graph=args.graph)
    finally:
        # what `kg export` checks the store against (also after a file that did not load:
        # the files before it are in); on a store too damaged to read, the old one stays
        with contextlib.suppress(StoreError):
            record_manifest(store, Path(args.store))
        del store
    print(f"kg: loaded {len(report.files)} file(s) into {args.store}; "
          f"the store holds {report.quads} quads", file=sys.stderr)
    return EXIT_OK
