"""Every RDF format users load, written byte-identically for the same graph.

Turtle is the union of all graphs; TriG and N-Quads keep one named graph per
article (plus the shared entities graph); N-Triples and N-Quads are sorted
line by line; JSON-LD is written with sorted nodes and keys.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import KGError

if TYPE_CHECKING:  # the CLI reads FORMATS at start-up; rdflib loads only when writing
    from rdflib import Graph

    from kg.graph.quads import Quad

# format name -> file name
FORMATS = {"ttl": "graph.ttl", "trig": "graph.trig", "nt": "graph.nt", "nq": "graph.nq", "jsonld": "graph.jsonld"}
DEFAULT_FORMATS = ("ttl", "trig")


# file suffix -> rdflib parser: every format a build writes can be read back
READ_FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt",
                ".trig": "trig", ".nq": "nquads", ".nquads": "nquads", ".jsonld": "json-ld"}


def read_union(path: str | Path) -> Graph:
    """Read an RDF file of any format the build writes (by suffix) as one graph (the union of
    its named graphs); raise :class:`KGError` naming the file for anything else."""
    from rdflib import Dataset, Graph

    p = Path(path)
    fmt = READ_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise KGError(f"{p}: unknown RDF file extension {p.suffix!r}; expected one of "
                      f"{', '.join(sorted(READ_FORMATS))}")
    if not p.is_file():
        raise KGError(f"{p}: file not found")
    try:
        if fmt in ("trig", "nquads"):
            ds = Dataset()
            ds.parse(p, format=fmt)
            g = Graph()
            for s, pr, o, _g in ds.quads((None, None, None, None)):
                g.add((s, pr, o))
            return g
        return Graph().parse(p, format=fmt)
    except Exception as exc:
        raise KGError(f"{p}: not a readable {fmt} file ({str(exc)[:300]})") from exc


def parse_formats(text: str) -> tuple[str, ...]:
    """Parse ``--format ttl,trig,jsonld``; raise a clear error for unknown names."""
    names = tuple(dict.fromkeys(n.strip().lower() for n in text.split(",") if n.strip()))
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise KGError(f"--format {text!r}: unknown format(s) {unknown}; choose from {', '.join(FORMATS)}")
    return names


def rebase(quads: list[Quad], base: str) -> tuple[list[Quad], dict[str, str]]:
    """Move every IRI under the default entity base to ``base`` (``--base-iri``).

    Returns the moved quads and the prefixes to write them with (``id:`` is the new base).
    """
    from kg.graph.vocab import ID, PREFIXES

    old = f"<{ID}"
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    if base == str(ID):
        return quads, prefixes
    if not base.endswith(("/", "#")):
        raise KGError(f"--base-iri {base!r}: must end with '/' or '#'")
    new = f"<{base}"

    def move(term: str) -> str:
        return new + term[len(old):] if term.startswith(old) else term

    prefixes["id"] = base
    return [(move(s), move(p), move(o), move(g)) for s, p, o, g in quads], prefixes


def serialize(fmt: str, quads: list[Quad], prefixes: dict[str, str] | None = None) -> str:
    """One format of the build's quads (Turtle and N-Triples hold the union of all graphs)."""
    from kg.export import writer

    if fmt == "ttl":
        return writer.write_turtle(((s, p, o) for s, p, o, _g in quads), prefixes)
    if fmt == "nt":
        return writer.write_ntriples((s, p, o) for s, p, o, _g in quads)
    if fmt == "trig":
        return writer.write_trig(quads, prefixes)
    if fmt == "nq":
        return writer.write_nquads(quads)
    if fmt == "jsonld":
        return _jsonld(quads, prefixes)
    raise KGError(f"unknown format {fmt!r}")


def _jsonld(quads: list[Quad], prefixes: dict[str, str] | None) -> str:
    """JSON-LD of the union with a compact ``@context`` (the project prefixes), byte-identical
    across runs: nodes sorted by ``@id``, keys sorted, every multi-value array sorted."""
    from kg.graph.quads import to_union
    from kg.graph.vocab import PREFIXES

    context = prefixes or {p: str(ns) for p, ns in PREFIXES.items()}
    doc = json.loads(to_union(quads).serialize(format="json-ld", context=dict(sorted(context.items())),
                                               auto_compact=True))
    nodes = doc.get("@graph", [doc]) if isinstance(doc, dict) else doc
    nodes = [{k: v for k, v in n.items() if k != "@context"} for n in nodes]
    body = {"@context": dict(sorted(context.items())),
            "@graph": sorted((_sorted_values(n) for n in nodes),
                             key=lambda n: str(n.get("@id", "")) if isinstance(n, dict) else "")}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def _sorted_values(value: object) -> object:
    """Sort every JSON array (they are sets here: the build writes no RDF lists)."""
    if isinstance(value, dict):
        return {k: _sorted_values(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted_values(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


def count_triples(quads: list[Quad]) -> int:
    """How many distinct triples the union of all graphs holds."""
    return len({(s, p, o) for s, p, o, _g in quads})


def write_formats(out: Path, formats: tuple[str, ...], quads: list[Quad],
                  prefixes: dict[str, str] | None = None) -> list[Path]:
    """Write each format into ``out``; return the files written."""
    written = []
    for fmt in formats:
        path = out / FORMATS[fmt]
        path.write_text(serialize(fmt, quads, prefixes), encoding="utf-8")
        written.append(path)
    return written
