"""``kg query SOURCE (QUERY_FILE | --name NAME | -e SPARQL)`` and ``kg query --list``."""

from __future__ import annotations

import argparse
import sys

from kg.commands import EXIT_OK
from kg.errors import QueryError

FORMATS = ("table", "csv", "tsv", "json", "xml", "ttl", "nt", "jsonld")
RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")  # SELECT / ASK
GRAPH_FORMATS = {"nt": "nt", "ttl": "turtle", "jsonld": "jsonld", "xml": "rdfxml"}  # CONSTRUCT / DESCRIBE


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    q = sub.add_parser(
        "query", help="run a SPARQL query over a graph file or a store",
        description="Run a SPARQL query over SOURCE: an RDF file (.ttl, .trig, .nt, .nq, .jsonld) or a "
        "store directory made by `kg load`. The query is a file, a shipped query "
        "(--name, see --list) or text (-e). In a TriG file or a store the default "
        "graph is the union of all graphs. Exit code 0: query ran; 1: bad query, "
        "missing file or store in use.")
    q.add_argument("source", nargs="?", metavar="SOURCE", help="graph file or store directory")
    q.add_argument("query_file", nargs="?", metavar="QUERY_FILE", help="a .rq file")
    q.add_argument("-n", "--name", metavar="NAME", help="a shipped query, e.g. positions")
    q.add_argument("-e", "--expr", metavar="SPARQL", help="the query text itself")
    q.add_argument("--list", action="store_true", help="list the shipped queries and exit")
    q.add_argument("-f", "--format", choices=FORMATS, default=None,
                   help="SELECT/ASK: aligned table (default), SPARQL 1.1 CSV / TSV / JSON / XML; "
                   "CONSTRUCT/DESCRIBE: N-Triples (nt, default), Turtle (ttl), JSON-LD (jsonld) "
                   "or RDF/XML (xml)")
    q.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                   help="set the query's `VALUES ?NAME { … }` placeholder to the string VALUE "
                   "(repeatable; the query's header comment names its parameters)")
    q.add_argument("--engine", choices=("oxigraph", "rdflib"), default="oxigraph",
                   help="query engine for a graph file (a store always uses oxigraph)")
    q.add_argument("--max-width", type=int, default=60, metavar="N",
                   help="cut table cells at N characters (0: never); other formats are never cut")
    q.add_argument("-o", "--output", metavar="FILE", help="write the results to FILE, not stdout")
    q.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.graph.vocab import PREFIXES
    from kg.store.query import bind_params, query_source, read_query_file, shipped_queries, shipped_query
    from kg.store.results import GRAPH_WRITERS, WRITERS, to_table

    if args.list:
        queries = shipped_queries()
        width = max(len(q.name) for q in queries)
        for sq in queries:
            print(f"{sq.name.ljust(width)}  {sq.description}")
        return EXIT_OK
    given = [x for x in (args.query_file, args.name, args.expr) if x is not None]
    if args.source is None or len(given) != 1:
        raise QueryError("give SOURCE and exactly one of QUERY_FILE, --name NAME or -e SPARQL "
                         "(or --list to see the shipped queries)")
    if args.name is not None:
        text = shipped_query(args.name).text
    elif args.expr is not None:
        text = args.expr
    else:
        text = read_query_file(args.query_file)
    params = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep:
            raise QueryError(f"--param {item!r}: expected NAME=VALUE")
        params[name.strip().lstrip("?")] = value
    text = bind_params(text, params)

    res = query_source(args.source, text, engine=args.engine)
    if res.graph:
        fmt = args.format or "nt"
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"-f {fmt}: a CONSTRUCT/DESCRIBE result is RDF; choose -f nt (the "
                             "default), ttl, jsonld or xml (RDF/XML)")
        out = GRAPH_WRITERS[GRAPH_FORMATS[fmt]][1](res)
    else:
        fmt = args.format or "table"
        if fmt not in RESULT_FORMATS:
            raise QueryError(f"-f {fmt}: RDF formats are for CONSTRUCT/DESCRIBE results; a "
                             "SELECT/ASK result is written as table, csv, tsv, json or xml")
        if fmt == "table":
            out = to_table(res, prefixes={k: str(v) for k, v in PREFIXES.items()},
                           max_width=args.max_width)
        else:
            out = WRITERS[fmt][1](res)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as fh:
            fh.write(out)
    else:
        sys.stdout.write(out)
    return EXIT_OK
