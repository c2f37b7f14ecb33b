"""A read-only graph for the view, held compactly: the few lookups the page makes, no rdflib store.

The network view (:mod:`kg.export.view_data`, :mod:`kg.export.page_data`, :mod:`kg.export.graphio`)
asks a graph for ``objects(s, p)``, ``subjects(p, o)``, ``subject_objects(p)``,
``predicate_objects(s)`` and ``(s, p, o) in g``. An rdflib ``Graph`` answers them from
several indexes of term objects (≈ 1.5 KB a triple); :class:`ViewGraph` keeps each distinct
term once as an N-Triples string, numbered, and the triples as integer arrays by subject and
by predicate (≈ 40 bytes a triple), and makes the rdflib terms it returns on demand — the same
terms rdflib's parser makes, so the page has the same bytes. It is filled from a stream of
quads (a build's spool, run files) or a file parsed by pyoxigraph's streaming parser.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import KGError
from kg.graph.terms import literal, nt, unescape

Triple = tuple[Node, Node, Node]


def term_of(text: str) -> Node:
    """The rdflib term of an N-Triples term string (as rdflib's N-Triples parser makes it)."""
    if text.startswith("<"):
        return URIRef(text[1:-1])
    if text.startswith("_:"):
        return BNode(text[2:])
    end = text.rfind('"')
    lexical, tail = unescape(text[1:end]), text[end + 1 :]
    if tail.startswith("@"):
        return Literal(lexical, lang=tail[1:])
    if tail.startswith("^^<"):
        return Literal(lexical, datatype=URIRef(tail[3:-1]))
    return Literal(lexical)


class ViewGraph:
    """Distinct triples (the union of every named graph), answered like an rdflib ``Graph``."""

    def __init__(self, triples: Iterable[tuple[str, ...]] = ()) -> None:
        self._ids: dict[str, int] = {}
        self._terms: list[str] = []
        self._out: dict[int, array[int]] = {}  # subject -> p, o, p, o, ...
        self._by_pred: dict[int, array[int]] = {}  # predicate -> s, o, s, o, ...
        self._done = False
        self.add_all(triples)

    def _id(self, term: str) -> int:
        got = self._ids.get(term)
        if got is None:
            got = self._ids[term] = len(self._terms)
            self._terms.append(term)
        return got

    def add_all(self, triples: Iterable[tuple[str, ...]]) -> ViewGraph:
        """Add N-Triples term rows ``(s, p, o[, g])`` (the graph is dropped; duplicates are fine)."""
        if self._done and triples:
            raise KGError("a ViewGraph is read-only once queried")
        ident, out = self._id, self._out
        for row in triples:
            s = ident(row[0])
            pairs = out.get(s)
            if pairs is None:
                pairs = out[s] = array("q")
            pairs.append(ident(row[1]))
            pairs.append(ident(row[2]))
        return self

    def _finish(self) -> None:
        """Drop duplicate triples and index by predicate (once, before the first question)."""
        if self._done:
            return
        self._done = True
        by_pred: dict[int, list[int]] = {}
        for s, pairs in self._out.items():
            unique = sorted(set(zip(pairs[::2], pairs[1::2], strict=True)))
            flat = array("q")
            for p, o in unique:
                flat.append(p)
                flat.append(o)
                by_pred.setdefault(p, []).extend((s, o))
            self._out[s] = flat
        self._by_pred = {p: array("q", so) for p, so in by_pred.items()}

    def __len__(self) -> int:
        self._finish()
        return sum(len(pairs) for pairs in self._out.values()) // 2

    def _known(self, term: Node) -> int | None:
        return self._ids.get(nt(term))

    def _term(self, i: int) -> Node:
        return term_of(self._terms[i])

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        self._finish()
        s, p = self._known(subject), self._known(predicate)
        pairs = self._out.get(s) if s is not None else None
        if pairs is None or p is None:
            return
        for k in range(0, len(pairs), 2):
            if pairs[k] == p:
                yield self._term(pairs[k + 1])

    def predicate_objects(self, subject: Node) -> Iterator[tuple[Node, Node]]:
        self._finish()
        s = self._known(subject)
        pairs = self._out.get(s) if s is not None else None
        for k in range(0, len(pairs) if pairs is not None else 0, 2):
            assert pairs is not None
            yield self._term(pairs[k]), self._term(pairs[k + 1])

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        self._finish()
        p = self._known(predicate)
        so = self._by_pred.get(p) if p is not None else None
        for k in range(0, len(so) if so is not None else 0, 2):
            assert so is not None
            yield self._term(so[k]), self._term(so[k + 1])

    def subjects(self, predicate: Node, obj: Node) -> Iterator[Node]:
        self._finish()
        p, o = self._known(predicate), self._known(obj)
        so = self._by_pred.get(p) if p is not None else None
        if so is None or o is None:
            return
        for k in range(0, len(so), 2):
            if so[k + 1] == o:
                yield self._term(so[k])

    def __contains__(self, triple: Triple) -> bool:
        self._finish()
        s, p, o = (self._known(t) for t in triple)
        pairs = self._out.get(s) if s is not None else None
        if pairs is None or p is None or o is None:
            return False
        return any(pairs[k] == p and pairs[k + 1] == o for k in range(0, len(pairs), 2))


def _nt_of(term: object) -> str:
    """The N-Triples term string of a pyoxigraph term, spelled as :mod:`kg.graph.terms` spells it."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return literal(term.value, language=term.language, datatype=term.datatype.value)
    raise KGError(f"unsupported RDF term {term!r}")


# file suffix -> pyoxigraph format: every format a build writes
# pyoxigraph's name for each rdflib format name of kg.export.formats.READ_FORMATS
_OX_FORMATS = {"turtle": "TURTLE", "nt": "N_TRIPLES", "trig": "TRIG", "nquads": "N_QUADS", "json-ld": "JSON_LD"}


def read_view_graph(path: str | Path) -> ViewGraph:
    """Read an RDF file of any format the build writes (by suffix) with pyoxigraph's streaming
    parser into a :class:`ViewGraph` (the union of its named graphs)."""
    import pyoxigraph as ox

    from kg.export.formats import input_format

    p = Path(path)
    name = _OX_FORMATS[input_format(p)]
    fmt = getattr(ox.RdfFormat, name, None)
    if fmt is None:  # a pyoxigraph without this format (JSON-LD before 0.5)
        raise KGError(f"{p}: this pyoxigraph cannot read {name}; upgrade it (pip install -U pyoxigraph)")
    g = ViewGraph()
    try:
        g.add_all((_nt_of(q.subject), _nt_of(q.predicate), _nt_of(q.object)) for q in ox.parse(path=p, format=fmt))
    except (SyntaxError, ValueError, OSError) as exc:
        raise KGError(f"{p}: not a readable {name.lower().replace('_', '-')} file ({str(exc)[:300]})") from exc
    return g
