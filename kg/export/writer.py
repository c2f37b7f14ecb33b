"""Fast, deterministic Turtle / TriG / N-Triples / N-Quads writers over N-Triples term strings.

The same set of quads always gives the same bytes, whatever order they came
in: rows are deduplicated and sorted; in Turtle, subjects in order, ``rdf:type``
first, then predicates and objects in sorted order; IRIs under the fixed
prefixes are shortened when the local name is a plain word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rdflib.namespace import RDF

from kg.graph.vocab import PREFIXES

_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")
_RDF_TYPE = f"<{RDF.type}>"

Quad = tuple[str, str, str, str]


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
        if len(self.cache) < 2_000_000:
            self.cache[term] = out
        return out

    def block(self) -> str:
        return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(self.prefixes.items()))


def _rows(triples: Iterable[tuple[str, str, str]], c: Compactor) -> list[tuple[str, str, str]]:
    return sorted({(c(s), "a" if p == _RDF_TYPE else c(p), c(o)) for s, p, o in triples})


def _subject_blocks(rows: list[tuple[str, str, str]], indent: str = "") -> Iterator[str]:
    """Group sorted (s, p, o) rows into Turtle subject blocks."""
    i = 0
    while i < len(rows):
        subject = rows[i][0]
        j = i
        while j < len(rows) and rows[j][0] == subject:
            j += 1
        by_pred: dict[str, list[str]] = {}
        for _s, p, o in rows[i:j]:
            by_pred.setdefault(p, []).append(o)
        preds = sorted(by_pred, key=lambda p: (p != "a", p))
        leads = [f"{indent}{subject} " if k == 0 else f"{indent}    " for k in range(len(preds))]
        body = [f"{lead}{p} {', '.join(by_pred[p])}" for lead, p in zip(leads, preds, strict=True)]
        yield " ;\n".join(body) + " .\n"
        i = j


def write_turtle(triples: Iterable[tuple[str, str, str]], prefixes: dict[str, str] | None = None) -> str:
    """The triples (duplicates dropped) as Turtle."""
    c = Compactor(prefixes)
    return c.block() + "".join("\n" + b for b in _subject_blocks(_rows(triples, c)))


def write_trig(quads: Iterable[Quad], prefixes: dict[str, str] | None = None) -> str:
    """Named graphs in IRI order, each graph's triples as Turtle inside ``<graph> { }``."""
    graphs: dict[str, list[tuple[str, str, str]]] = {}
    for s, p, o, g in quads:
        graphs.setdefault(g, []).append((s, p, o))
    c = Compactor(prefixes)
    parts = [c.block()]
    for name in sorted(graphs):
        body = "".join(_subject_blocks(_rows(graphs[name], c), indent="    "))
        parts.append(f"\n{name} {{\n{body}}}\n")
    return "".join(parts)


def write_ntriples(triples: Iterable[tuple[str, str, str]]) -> str:
    return "".join(sorted({f"{s} {p} {o} .\n" for s, p, o in triples}))


def write_nquads(quads: Iterable[Quad]) -> str:
    return "".join(sorted({f"{s} {p} {o} {g} .\n" for s, p, o, g in quads}))
