"""``kg stats GRAPH|STORE``: what a graph holds, as a table or as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.commands import EXIT_OK, safe


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser(
        "stats", help="counts of a graph file or store: types, articles, facts without locality, "
        "split-looking names, most connected officials and bodies",
        description="Summarise GRAPH (a file kg build writes: .ttl .trig .nt .nq .jsonld) or STORE "
        "(a store directory): triples and articles, nodes per type, facts (memberships, meetings, "
        "tasks, organizations) and how many lack a locality, official names that look split "
        "(one name on several nodes, a one-word name, a name that is part of another), and the "
        "most connected officials and bodies. Counts are over the union of the graphs: a "
        "triple in several article graphs counts once.")
    s.add_argument("graph", metavar="GRAPH|STORE")
    s.add_argument("--json", action="store_true", help="print JSON instead of tables")
    s.add_argument("--top", type=int, default=10, metavar="N",
                   help="how many most connected officials and bodies (default 10)")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.store.stats import compute, open_graph, table

    store = open_graph(Path(args.graph))
    stats = compute(store, args.graph, top=max(0, args.top))
    if args.json:
        sys.stdout.write(json.dumps(stats.to_json(), ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    else:
        sys.stdout.write(safe(table(stats)))
    return EXIT_OK
