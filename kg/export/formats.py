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


def serialize(fmt: str, union: Graph, ds: Dataset) -> str:
    if fmt == "ttl":
        return union.serialize(format="turtle")
    if fmt == "trig":
        return _trig(ds)
    if fmt == "nt":
        lines = union.serialize(format="nt").splitlines()
        return "".join(sorted(set(ln + "\n" for ln in lines if ln.strip())))
    if fmt == "nq":
        lines = ds.serialize(format="nquads").splitlines()
        return "".join(sorted(set(ln + "\n" for ln in lines if ln.strip())))
    if fmt == "jsonld":
        doc = json.loads(union.serialize(format="json-ld"))
        nodes = doc if isinstance(doc, list) else doc.get("@graph", [doc])
        return json.dumps(sorted(nodes, key=lambda n: n.get("@id", "")), ensure_ascii=False,
                          sort_keys=True, indent=1) + "\n"
    raise KGError(f"unknown format {fmt!r}")


def _trig(ds: Dataset) -> str:
    """TriG with graphs in IRI order, each graph's body as rdflib's (sorted) Turtle."""
    from kg.graph.build import new_graph
    from kg.graph.vocab import PREFIXES

    head = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items()))
    parts = [head]
    for ctx in sorted(ds.graphs(), key=lambda c: str(c.identifier)):
        if len(ctx) == 0:
            continue
        g = new_graph()
        for t in ctx:
            g.add(t)
        body = "\n".join(ln for ln in g.serialize(format="turtle").splitlines()
                         if not ln.startswith("@prefix")).strip()
        parts.append(f"\n<{ctx.identifier}> {{\n{body}\n}}\n")
    return "".join(parts)


def write_formats(out: Path, formats: tuple[str, ...], union: Graph, ds: Dataset) -> list[Path]:
    """Write each format into ``out``; return the files written."""
    written = []
    for fmt in formats:
        path = out / FORMATS[fmt]
        path.write_text(serialize(fmt, union, ds), encoding="utf-8")
        written.append(path)
    return written
