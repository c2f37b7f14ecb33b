"""Fast, deterministic Turtle / TriG / N-Triples / N-Quads writers over N-Triples term strings.

The same set of quads always gives the same bytes, whatever order they came
in: rows are deduplicated and sorted; in Turtle, subjects in order, ``rdf:type``
first, then predicates and objects in sorted order; IRIs under the fixed
prefixes are shortened when the local name is a plain word.

The ``stream_*`` functions write rows already sorted and deduplicated (by
:class:`kg.export.runs.SortedRuns`, in bounded memory) to an open file, one
subject block at a time; ``write_*`` return a whole string for small graphs.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from typing import TextIO

from rdflib.namespace import RDF

from kg.graph.vocab import PREFIXES

_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")
_RDF_TYPE = f"<{RDF.type}>"

Quad = tuple[str, str, str, str]
CACHE_TERMS = 300_000  # compacted terms remembered per writer (bounded: a national graph has millions)


class Compactor:
    """Shortens N-Triples terms to Turtle with the prefixes (cached per writer)."""

    def __init__(self, prefixes: dict[str, str] | None = None) -> None:
        self.prefixes = prefixes if prefixes is not None else {p: str(ns) for p, ns in PREFIXES.items()}
        # longest namespace first, so the most specific prefix wins
        self.namespaces = sorted(((ns, p) for p, ns in self.prefixes.items()), key=lambda x: -len(x[0]))
        self.cache: dict[str, str] = {}

    def iri(self, value: str) -> str:
        for ns, prefix in self.namespaces:
            if value.startswith(ns) and _LOCAL.match(value[len(ns):]):
                return f"{prefix}:{value[len(ns):]}"
        return f"<{value}>"

    def __call__(self, term: str) -> str:
        got = self.cache.get(term)
        if got is not None:
            return got
        if term.startswith("<"):
            out = self.iri(term[1:-1])
        elif term.endswith(">") and '"^^<' in term:
            cut = term.rindex("^^<")
            out = f"{term[:cut]}^^{self.iri(term[cut + 3:-1])}"
        else:
            out = term
        if len(self.cache) < CACHE_TERMS:
            self.cache[term] = out
        return out

    def block(self) -> str:
        return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(self.prefixes.items()))


def turtle_row(c: Compactor, s: str, p: str, o: str) -> tuple[str, str, str]:
    """The sort row of one triple in Turtle: compacted terms, ``rdf:type`` as ``a``."""
    return (c(s), "a" if p == _RDF_TYPE else c(p), c(o))


def _subject_block(rows: list[tuple[str, ...]], indent: str = "") -> str:
    """One Turtle subject block from the sorted rows of one subject (its last three columns)."""
    by_pred: dict[str, list[str]] = {}
    for row in rows:
        by_pred.setdefault(row[-2], []).append(row[-1])
    subject = rows[0][-3]
    preds = sorted(by_pred, key=lambda p: (p != "a", p))
    leads = [f"{indent}{subject} " if k == 0 else f"{indent}    " for k in range(len(preds))]
    body = [f"{lead}{p} {', '.join(by_pred[p])}" for lead, p in zip(leads, preds, strict=True)]
    return " ;\n".join(body) + " .\n"


def _subject_blocks(rows: Iterable[tuple[str, ...]], indent: str = "") -> Iterator[tuple[str, int]]:
    """Group sorted rows (``[graph,] s, p, o``) by subject: (Turtle block, rows in it)."""
    for _subject, group in groupby(rows, key=itemgetter(-3)):
        block = list(group)
        yield _subject_block(block, indent), len(block)


def stream_turtle(f: TextIO, rows: Iterable[tuple[str, str, str]], c: Compactor) -> int:
    """Write sorted unique :func:`turtle_row` rows as Turtle; return the triples written."""
    f.write(c.block())
    count = 0
    for block, n in _subject_blocks(rows):
        f.write("\n")
        f.write(block)
        count += n
    return count


def stream_trig(f: TextIO, rows: Iterable[tuple[str, str, str, str]], c: Compactor) -> int:
    """Write sorted unique (graph, *turtle_row) rows as TriG, graphs in IRI order; return the rows."""
    f.write(c.block())
    count = 0
    for name, graph_rows in groupby(rows, key=itemgetter(0)):
        f.write(f"\n{name} {{\n")
        for block, n in _subject_blocks(graph_rows, indent="    "):
            f.write(block)
            count += n
        f.write("}\n")
    return count


def stream_lines(f: TextIO, lines: Iterable[str]) -> int:
    """Write sorted unique N-Triples / N-Quads lines; return how many."""
    count = 0
    for line in lines:
        f.write(line)
        count += 1
    return count


def _in_memory(write: Callable[[TextIO], int]) -> str:
    buf = io.StringIO()
    write(buf)
    return buf.getvalue()


def write_turtle(triples: Iterable[tuple[str, str, str]], prefixes: dict[str, str] | None = None) -> str:
    """The triples (duplicates dropped) as one Turtle string (small graphs; files stream)."""
    c = Compactor(prefixes)
    rows = sorted({turtle_row(c, s, p, o) for s, p, o in triples})
    return _in_memory(lambda f: stream_turtle(f, rows, c))


def write_trig(quads: Iterable[Quad], prefixes: dict[str, str] | None = None) -> str:
    """Named graphs in IRI order, each graph's triples as Turtle inside ``<graph> { }``."""
    c = Compactor(prefixes)
    rows = sorted({(g, *turtle_row(c, s, p, o)) for s, p, o, g in quads})
    return _in_memory(lambda f: stream_trig(f, rows, c))  # type: ignore[arg-type]


def write_ntriples(triples: Iterable[tuple[str, str, str]]) -> str:
    return "".join(sorted({f"{s} {p} {o} .\n" for s, p, o in triples}))


def write_nquads(quads: Iterable[Quad]) -> str:
    return "".join(sorted({f"{s} {p} {o} {g} .\n" for s, p, o, g in quads}))
