"""``kg ask SOURCE QUESTION ...``: the first questions about a graph, answered by shipped queries."""

from __future__ import annotations

import argparse
import sys

from kg.commands import EXIT_OK

FORMATS = ("table", "csv", "tsv", "json", "xml")


def _common() -> argparse.ArgumentParser:
    """The output options every question takes (after the question's own arguments)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-f", "--format", choices=FORMATS, default="table",
                        help="output: aligned table (default), SPARQL 1.1 CSV / TSV / JSON / XML")
    common.add_argument("--engine", choices=("oxigraph", "rdflib"), default="oxigraph",
                        help="query engine for a graph file (a store always uses oxigraph)")
    common.add_argument("--max-width", type=int, default=60, metavar="N",
                        help="cut table cells at N characters (0: never); other formats are never cut")
    common.add_argument("-o", "--output", metavar="FILE", help="write the answer to FILE, not stdout")
    common.add_argument("--show-query", action="store_true",
                        help="print the SPARQL that answers the question (parameters bound) and exit")
    return common


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from kg.store.ask import QUESTIONS

    a = sub.add_parser(
        "ask", help="answer a common question (a person, a body, a locality, dates, the most active)",
        description="Answer a common question about SOURCE (a graph file or a store made by `kg load`) "
        "without writing SPARQL. Each question runs a shipped query of ontology/queries/ "
        "(`kg query -n NAME -p ...` gives the same rows; --show-query prints it). Names match "
        "without regard to case, Vietnamese marks or the kind of dash.",
        epilog="examples: kg ask graph.ttl person \"Dương Hữu Bường\" | "
        "kg ask graph.ttl body \"Sở\" --in \"Hà Nội\" | kg ask graph.ttl locality \"Bắc Kạn\" | "
        "kg ask graph.ttl between 2021-11 2022-01 | kg ask graph.ttl top-officials --limit 5")
    a.add_argument("source", metavar="SOURCE", help="graph file (.ttl, .trig, .nt, .nq, .jsonld) or store")
    questions = a.add_subparsers(dest="question", required=True, metavar="QUESTION")
    common = _common()

    def question(name: str) -> argparse.ArgumentParser:
        q = QUESTIONS[name]
        return questions.add_parser(name, parents=[common], help=q.help,
                                    description=f"{q.help[0].upper()}{q.help[1:]} "
                                    f"(the shipped query {q.query}.rq).")

    question("person").add_argument("who", metavar="NAME", help="the person's name, e.g. \"Dương Hữu Bường\"")
    body = question("body")
    body.add_argument("body", metavar="NAME", help="(part of) the body's name, e.g. \"Tài chính - Kế hoạch\"")
    body.add_argument("--in", dest="place", metavar="PLACE",
                      help="only the bodies of this unit or of a unit inside it (a name or a GSO code)")
    question("locality").add_argument("place", metavar="PLACE",
                                      help="(part of) the unit's name, or its GSO code, e.g. \"Bắc Kạn\" or 058")
    between = question("between")
    between.add_argument("since", metavar="FROM", help="first date: YYYY, YYYY-MM or YYYY-MM-DD")
    between.add_argument("until", nargs="?", metavar="TO",
                         help="last date, included (default: FROM, so `between 2021-11` is that month)")
    for name in ("top-officials", "top-bodies"):
        top = question(name)
        top.add_argument("--in", dest="place", metavar="PLACE",
                         help="only those of this unit or of a unit inside it (a name or a GSO code)")
        top.add_argument("--limit", type=int, metavar="N", help="rows to show (default 20)")
    a.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.graph.vocab import PREFIXES
    from kg.store.ask import question_text
    from kg.store.query import query_source
    from kg.store.results import WRITERS, to_table

    values = {key: getattr(args, key, None) for key in ("who", "body", "place", "since", "until")}
    text = question_text(args.question, values, limit=getattr(args, "limit", None))
    if args.show_query:
        out = text
    else:
        res = query_source(args.source, text, engine=args.engine)
        if args.format == "table":
            out = to_table(res, prefixes={k: str(v) for k, v in PREFIXES.items()}, max_width=args.max_width)
        else:
            out = WRITERS[args.format][1](res)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as fh:
            fh.write(out)
    else:
        sys.stdout.write(out)
    return EXIT_OK
