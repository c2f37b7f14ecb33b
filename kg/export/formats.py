"""Every RDF format users load, written byte-identically for the same graph.

Turtle is the union of all graphs; TriG and N-Quads keep one named graph per
article (plus the shared entities graph); N-Triples and N-Quads are sorted
line by line; JSON-LD is written with sorted nodes and keys.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kg.errors import KGError
from kg.export.runs import DEFAULT_MAX_MEMORY

if TYPE_CHECKING:  # the CLI reads FORMATS at start-up; rdflib loads only when writing
    from rdflib import Graph

    from kg.export.summary import Summary
    from kg.graph.quads import Quad

# format name -> file name
FORMATS = {"ttl": "graph.ttl", "trig": "graph.trig", "nt": "graph.nt", "nq": "graph.nq", "jsonld": "graph.jsonld"}
DEFAULT_FORMATS = ("ttl", "trig")
STREAMED = ("ttl", "trig", "nt", "nq", "jsonld")  # written by a k-way merge of sorted runs, in bounded memory


# file suffix -> rdflib parser: every format a build writes can be read back
READ_FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt",
                ".trig": "trig", ".nq": "nquads", ".nquads": "nquads", ".jsonld": "json-ld"}


def input_format(p: Path) -> str:
    """The rdflib format name of an RDF file the build writes, by its suffix; raise
    :class:`KGError` naming the file for an unknown suffix or a missing file."""
    fmt = READ_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise KGError(f"{p}: unknown RDF file extension {p.suffix!r}; expected one of "
                      f"{', '.join(sorted(READ_FORMATS))}")
    if not p.is_file():
        raise KGError(f"{p}: file not found")
    return fmt


def read_union(path: str | Path) -> Graph:
    """Read an RDF file of any format the build writes (by suffix) as one graph (the union of
    its named graphs); raise :class:`KGError` naming the file for anything else."""
    from rdflib import Dataset, Graph

    p = Path(path)
    fmt = input_format(p)
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


def rebase(quads: Iterable[Quad], base: str) -> tuple[Iterable[Quad], dict[str, str]]:
    """Move every IRI under the default entity base to ``base`` (``--base-iri``).

    Returns the moved quads (a list for a list, else moved lazily on each reading) and
    the prefixes to write them with (``id:`` is the new base).
    """
    from kg.graph.vocab import ID, PREFIXES

    old = f"<{ID}"
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    if base == str(ID):
        return quads, prefixes
    if not base.endswith(("/", "#")):
        raise KGError(f"--base-iri {base!r}: must end with '/' or '#'")
    prefixes["id"] = base
    moved = _Moved(quads, old, f"<{base}")
    return (list(moved) if isinstance(quads, list) else moved), prefixes


class _Moved:
    """Quads with one IRI base replaced, moved anew on each iteration (bounded memory)."""

    def __init__(self, quads: Iterable[Quad], old: str, new: str) -> None:
        self.quads, self.old, self.new = quads, old, new

    def __iter__(self) -> Iterator[Quad]:
        old, new, cut = self.old, self.new, len(self.old)

        def move(term: str) -> str:
            return new + term[cut:] if term.startswith(old) else term

        for s, p, o, g in self.quads:
            yield move(s), move(p), move(o), move(g)


def serialize(fmt: str, quads: Iterable[Quad], prefixes: dict[str, str] | None = None) -> str:
    """One format of the build's quads as a string (small graphs; files are written by streaming)."""
    buf = io.StringIO()
    _Files((fmt,), prefixes, DEFAULT_MAX_MEMORY, None).write_one(
        fmt, buf, quads)
    return buf.getvalue()


def count_triples(quads: Iterable[Quad]) -> int:
    """How many distinct triples the union of all graphs holds."""
    return len({(s, p, o) for s, p, o, _g in quads})


class _Files:
    """The sorted rows of each streamed format, fed in one pass over the quads."""

    def __init__(self, formats: tuple[str, ...], prefixes: dict[str, str] | None, max_memory: int,
                 temp_dir: str | Path | None) -> None:
        from kg.export.jsonld import Context
        from kg.export.runs import SortedRuns
        from kg.export.writer import Compactor
        from kg.graph.vocab import PREFIXES

        self.compact = Compactor(prefixes)
        self.context = Context(prefixes or {p: str(ns) for p, ns in PREFIXES.items()})
        self.prefixes = prefixes
        streamed = [f for f in formats if f in STREAMED]
        # the rows of every format share the budget; the compactor's cache and the merge take the rest
        budget = max(1, max_memory // 2 // max(1, len(streamed)))
        self.runs: dict[str, SortedRuns] = {
            f: SortedRuns(budget, directory=temp_dir, name=f) for f in streamed}  # type: ignore[type-arg]

    def feed(self, quads: Iterable[Quad]) -> None:
        from kg.export.jsonld import jsonld_row
        from kg.export.writer import turtle_row

        c, ctx = self.compact, self.context
        ttl, trig, nt, nq, jsonld = (self.runs.get(f) for f in STREAMED)
        for s, p, o, g in quads:
            if ttl is not None or trig is not None:
                row = turtle_row(c, s, p, o)
                if ttl is not None:
                    ttl.add(row)
                if trig is not None:
                    trig.add((g, *row))
            if nt is not None:
                nt.add(f"{s} {p} {o} .\n")
            if nq is not None:
                nq.add(f"{s} {p} {o} {g} .\n")
            if jsonld is not None:
                jsonld.add(jsonld_row(ctx, s, p, o))

    def write(self, fmt: str, f: TextIO, summary: Summary | None = None) -> int:
        """Write one format (fed already); return the rows written (JSON-LD: the ``"@id"`` keys).

        ``summary`` (Turtle only) is given each distinct triple as it is written.
        """
        from kg.export import writer
        from kg.export.jsonld import stream_jsonld

        if fmt not in self.runs:
            raise KGError(f"unknown format {fmt!r}")
        rows = self.runs[fmt]
        try:
            if fmt == "ttl":
                if summary is not None:
                    return writer.stream_turtle(f, _tee(rows, summary), self.compact)
                return writer.stream_turtle(f, rows, self.compact)
            if fmt == "trig":
                return writer.stream_trig(f, rows, self.compact)
            if fmt == "jsonld":
                return stream_jsonld(f, rows, self.context)
            return writer.stream_lines(f, rows)
        finally:
            rows.close()

    def write_one(self, fmt: str, f: TextIO, quads: Iterable[Quad]) -> int:
        self.feed(quads)
        return self.write(fmt, f)

    def close(self) -> None:
        for rows in self.runs.values():
            rows.close()


def _tee(rows: Iterable[tuple[str, str, str]], summary: Summary) -> Iterator[tuple[str, str, str]]:
    add = summary.add
    for row in rows:
        add(row)
        yield row
    summary.finish()


def write_graph_files(out: Path, formats: tuple[str, ...], quads: Iterable[Quad],
                      prefixes: dict[str, str] | None = None, *, max_memory: int = DEFAULT_MAX_MEMORY,
                      temp_dir: str | Path | None = None,
                      summary: Summary | None = None) -> tuple[list[Path], int]:
    """Write each format into ``out`` in bounded memory; return the files and the distinct triples.

    One pass over ``quads`` sorts the rows of every format into run files (at most
    ``max_memory`` bytes of rows held); each file is then written by a k-way merge of its
    runs (JSON-LD too: :mod:`kg.export.jsonld`). ``quads`` may be any re-iterable (a list, a build).
    ``summary`` counts the distinct triples as graph.ttl is written (:mod:`kg.export.summary`).
    """
    files = _Files(formats, prefixes, max_memory, temp_dir)
    written: list[Path] = []
    triples = -1
    try:
        files.feed(quads)
        for fmt in formats:
            path = out / FORMATS[fmt]
            with path.open("w", encoding="utf-8", newline="\n") as f:
                n = files.write(fmt, f, summary if fmt == "ttl" else None)
            if fmt == "ttl":
                triples = n
            written.append(path)
    except OSError as exc:
        raise KGError(f"{exc.filename or out}: cannot write ({exc.strerror or exc})") from exc
    finally:
        files.close()
    if triples < 0:
        triples = count_triples(quads)
    return written, triples


def write_formats(out: Path, formats: tuple[str, ...], quads: Iterable[Quad],
                  prefixes: dict[str, str] | None = None) -> list[Path]:
    """Write each format into ``out``; return the files written."""
    return write_graph_files(out, formats, quads, prefixes)[0]
