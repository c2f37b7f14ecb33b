"""Fast, deterministic Turtle / TriG / N-Triples / N-Quads writers.

rdflib's serializers are correct but slow on large graphs and build a union
graph first. These writers format each term once, sort, and stream: the same
set of triples always gives the same bytes, whatever order they were added in.
Subjects are sorted by IRI, ``rdf:type`` comes first, then predicates and
objects in sorted order; IRIs under the fixed prefixes are shortened when the
local name is a plain word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from kg.graph.vocab import PREFIXES

_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESCAPE_RE = re.compile(r'[\\"\n\r\t]')

Quad = tuple[Node, Node, Node, Node | None]


def _escape(text: str) -> str:
    return _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group()], text)


class TermFormatter:
    """Formats terms as Turtle (prefixed) or N-Triples (full IRIs), with a cache."""

    def __init__(self, *, prefixed: bool, prefixes: dict[str, str] | None = None) -> None:
        self.prefixed = prefixed
        self.prefixes = prefixes if prefixes is not None else {p: str(ns) for p, ns in PREFIXES.items()}
        # longest namespace first, so "kg" wins over a shorter overlapping one
        self.namespaces = sorted(((ns, p) for p, ns in self.prefixes.items()), key=lambda x: -len(x[0]))
        self.cache: dict[Node, str] = {}

    def iri(self, value: str) -> str:
        if self.prefixed:
            for ns, prefix in self.namespaces:
                if value.startswith(ns) and _LOCAL.match(value[len(ns):]):
                    return f"{prefix}:{value[len(ns):]}"
        return f"<{value}>"

    def __call__(self, term: Node) -> str:
        got = self.cache.get(term)
        if got is not None:
            return got
        if isinstance(term, URIRef):
            out = self.iri(str(term))
        elif isinstance(term, Literal):
            lexical = f'"{_escape(str(term))}"'
            if term.language:
                out = f"{lexical}@{term.language}"
            elif term.datatype is not None and term.datatype != XSD.string:
                out = f"{lexical}^^{self.iri(str(term.datatype))}"
            else:
                out = lexical
        elif isinstance(term, BNode):
            out = f"_:{term}"
        else:  # pragma: no cover - rdflib gives only the three kinds above
            raise TypeError(f"cannot write term {term!r}")
        if len(self.cache) < 1_000_000:
            self.cache[term] = out
        return out


def _prefix_block(fmt: TermFormatter) -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(fmt.prefixes.items()))


def _subject_blocks(rows: list[tuple[str, str, str]], indent: str = "") -> Iterator[str]:
    """Group sorted (s, p, o) rows into Turtle subject blocks."""
    type_pred = "a"
    i = 0
    while i < len(rows):
        subject = rows[i][0]
        j = i
        while j < len(rows) and rows[j][0] == subject:
            j += 1
        by_pred: dict[str, list[str]] = {}
        for _s, p, o in rows[i:j]:
            by_pred.setdefault(p, []).append(o)
        preds = sorted(by_pred, key=lambda p: (p != type_pred, p))
        lines = [f"{indent}{subject} " if k == 0 else f"{indent}    " for k in range(len(preds))]
        body = [f"{lead}{p} {', '.join(sorted(set(by_pred[p])))}" for lead, p in zip(lines, preds, strict=True)]
        yield " ;\n".join(body) + " .\n"
        i = j


def turtle_rows(triples: Iterable[tuple[Node, Node, Node]], fmt: TermFormatter) -> list[tuple[str, str, str]]:
    rdf_type = RDF.type
    rows = {(fmt(s), "a" if p == rdf_type else fmt(p), fmt(o)) for s, p, o in triples}
    return sorted(rows)


def write_turtle(triples: Iterable[tuple[Node, Node, Node]], prefixes: dict[str, str] | None = None) -> str:
    """The triples (duplicates dropped) as Turtle."""
    fmt = TermFormatter(prefixed=True, prefixes=prefixes)
    blocks = _subject_blocks(turtle_rows(triples, fmt))
    return _prefix_block(fmt) + "".join("\n" + b for b in blocks)


def write_trig(quads: Iterable[Quad], prefixes: dict[str, str] | None = None) -> str:
    """Named graphs in IRI order, each graph's triples as Turtle inside ``<graph> { }``."""
    fmt = TermFormatter(prefixed=True, prefixes=prefixes)
    graphs: dict[str, set[tuple[str, str, str]]] = {}
    rdf_type = RDF.type
    for s, p, o, g in quads:
        if g is None:
            continue
        graphs.setdefault(f"<{g}>", set()).add((fmt(s), "a" if p == rdf_type else fmt(p), fmt(o)))
    parts = [_prefix_block(fmt)]
    for name in sorted(graphs):
        body = "".join(_subject_blocks(sorted(graphs[name]), indent="    "))
        parts.append(f"\n{name} {{\n{body}}}\n")
    return "".join(parts)


def write_ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    fmt = TermFormatter(prefixed=False)
    return "".join(sorted({f"{fmt(s)} {fmt(p)} {fmt(o)} .\n" for s, p, o in triples}))


def write_nquads(quads: Iterable[Quad]) -> str:
    fmt = TermFormatter(prefixed=False)
    lines = {f"{fmt(s)} {fmt(p)} {fmt(o)}" + (f" <{g}>" if g is not None else "") + " .\n"
             for s, p, o, g in quads}
    return "".join(sorted(lines))
