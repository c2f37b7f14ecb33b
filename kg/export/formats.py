"""Every RDF format users load, written byte-identically for the same graph.

Turtle is the union of all graphs; TriG and N-Quads keep one named graph per
article (plus the shared entities graph); N-Triples and N-Quads are sorted
line by line; JSON-LD is written with sorted nodes and keys.
"""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node

from kg.errors import KGError
from kg.graph.vocab import ID

# format name -> file name
FORMATS = {"ttl": "graph.ttl", "trig": "graph.trig", "nt": "graph.nt", "nq": "graph.nq", "jsonld": "graph.jsonld"}
DEFAULT_FORMATS = ("ttl", "trig")


def parse_formats(text: str) -> tuple[str, ...]:
    """Parse ``--format ttl,trig,jsonld``; raise a clear error for unknown names."""
    names = tuple(dict.fromkeys(n.strip().lower() for n in text.split(",") if n.strip()))
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise KGError(f"--format {text!r}: unknown format(s) {unknown}; choose from {', '.join(FORMATS)}")
    return names


def rebase(g: Graph | Dataset, base: str) -> None:
    """Move every IRI under the default entity base to ``base`` (``--base-iri``)."""
    old = str(ID)
    if base == old:
        return
    if not base.endswith(("/", "#")):
        raise KGError(f"--base-iri {base!r}: must end with '/' or '#'")

    def move(term: Node) -> Node:
        return URIRef(base + term[len(old):]) if isinstance(term, URIRef) and term.startswith(old) else term

    if isinstance(g, Dataset):
        quads = list(g.quads((None, None, None, None)))
        for s, p, o, c in quads:
            g.remove((s, p, o, c))
        for s, p, o, c in quads:
            ctx = c.identifier if isinstance(c, Graph) else c
            g.add((move(s), move(p), move(o), g.graph(move(ctx))))  # type: ignore[arg-type]
    else:
        triples = list(g)
        for t in triples:
            g.remove(t)
        for s, p, o in triples:
            g.add((move(s), move(p), move(o)))
    g.bind("id", base, override=True, replace=True)


def _quads(ds: Dataset) -> list[tuple]:  # type: ignore[type-arg]
    return [(s, p, o, c.identifier if isinstance(c, Graph) else c)
            for s, p, o, c in ds.quads((None, None, None, None))]


def serialize(fmt: str, ds: Dataset, union: Graph | None = None) -> str:
    """One format of the dataset; ``union`` (all graphs in one) is needed for JSON-LD only."""
    from kg.export import writer
    from kg.graph.vocab import PREFIXES

    # the fixed prefixes, as bound on the dataset (--base-iri rebinds "id")
    bound = {p: str(ns) for p, ns in ds.namespaces() if p in PREFIXES}
    prefixes = {p: bound.get(p, str(ns)) for p, ns in PREFIXES.items()}
    if fmt in ("ttl", "nt"):
        triples = ((s, p, o) for s, p, o, _g in ds.quads((None, None, None, None)))
        return writer.write_turtle(triples, prefixes) if fmt == "ttl" else writer.write_ntriples(triples)
    if fmt == "trig":
        return writer.write_trig(_quads(ds), prefixes)
    if fmt == "nq":
        return writer.write_nquads(_quads(ds))
    if fmt == "jsonld":
        if union is None:
            union = union_of(ds)
        doc = json.loads(union.serialize(format="json-ld"))
        nodes = doc if isinstance(doc, list) else doc.get("@graph", [doc])
        return json.dumps(sorted(nodes, key=lambda n: n.get("@id", "")), ensure_ascii=False,
                          sort_keys=True, indent=1) + "\n"
    raise KGError(f"unknown format {fmt!r}")


def count_triples(ds: Dataset) -> int:
    """How many distinct triples the union of all graphs holds."""
    return len({(s, p, o) for s, p, o, _c in ds.quads((None, None, None, None))})


def union_of(ds: Dataset) -> Graph:
    """All triples of all graphs of ``ds`` in one graph, with the fixed prefixes."""
    from kg.graph.build import new_graph

    g = new_graph()
    for s, p, o, _c in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def write_formats(out: Path, formats: tuple[str, ...], ds: Dataset, union: Graph | None = None) -> list[Path]:
    """Write each format into ``out``; return the files written."""
    written = []
    for fmt in formats:
        path = out / FORMATS[fmt]
        path.write_text(serialize(fmt, ds, union), encoding="utf-8")
        written.append(path)
    return written
