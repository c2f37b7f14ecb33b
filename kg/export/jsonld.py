"""JSON-LD written one node at a time from rows sorted by node id, in bounded memory.

The file is what rdflib's JSON-LD serializer (compact form, the project prefixes as
``@context``, native numbers) makes of the union graph, made deterministic: nodes sorted
by ``@id``, keys sorted, every multi-value array sorted by its JSON text, ``indent=1``.
This module reproduces that byte for byte without rdflib holding the graph: the rows
``(node id, predicate, object)`` come sorted from :class:`kg.export.runs.SortedRuns`, and
each node is written as soon as its rows are read. The rules below are rdflib's
(``rdflib.plugins.serializers.jsonld``, ``plugins.shared.jsonld.context``) for a context
made only of prefixes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from itertools import groupby
from operator import itemgetter
from typing import TextIO

from rdflib.namespace import RDF, XSD

from kg.graph.terms import unescape

_VOCAB_DELIMS = ("#", "/", ":")  # where rdflib splits an IRI into namespace and name, in this order
_PREFIX_ENDINGS = (":", "/", "?", "#", "[", "]", "@")  # a context IRI ending so is a prefix
_RDF_TYPE = f"<{RDF.type}>"
_NATIVE = {str(XSD.integer): int, str(XSD.double): float, str(XSD.boolean): None, str(XSD.string): str}

Row = tuple[str, str, str]  # (node id as written, predicate, object): N-Triples terms but the first


def _split(iri: str) -> tuple[str, str | None]:
    for delim in _VOCAB_DELIMS:
        at = iri.rfind(delim)
        if at > -1:
            return iri[: at + 1], iri[at + 1 :]
    return iri, None


def _dumps(value: object, **kw: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, **kw)  # type: ignore[arg-type]


class Context:
    """The ``@context`` (prefix -> namespace) and how IRIs are shortened under it."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.prefixes = dict(sorted(prefixes.items()))
        self._prefix_of: dict[str, str] = {}
        self._term_of: dict[str, str] = {}
        for name, ns in self.prefixes.items():  # rdflib reads the context in this order: the last wins
            self._term_of[ns] = name
            if ns.endswith(_PREFIX_ENDINGS):
                self._prefix_of[ns] = name
        self._cache: dict[str, str] = {}

    def shrink(self, iri: str) -> str:
        """A node id or an ``@id`` value: ``prefix:name`` when the namespace is a prefix, else the IRI."""
        ns, name = _split(iri)
        pfx = self._prefix_of.get(ns)
        return f"{pfx}:{name}" if pfx else iri

    def symbol(self, iri: str) -> str:
        """A key or a type: the term named by the whole IRI, else ``prefix:name``, else the IRI."""
        got = self._cache.get(iri)
        if got is None:
            got = self._term_of.get(iri) or self.shrink(iri)
            if len(self._cache) < 100_000:
                self._cache[iri] = got
        return got

    def node_id(self, term: str) -> str:
        """The ``@id`` of a subject written as an N-Triples term."""
        return self.shrink(term[1:-1]) if term.startswith("<") else term

    def value(self, term: str) -> object:
        """The JSON value of an object written as an N-Triples term."""
        if term.startswith("<"):
            return {"@id": self.shrink(term[1:-1])}
        if term.startswith("_:"):
            return {"@id": term}
        end = term.rfind('"')
        lexical, tail = unescape(term[1:end]), term[end + 1 :]
        if tail.startswith("@"):
            return {"@language": tail[1:], "@value": lexical}
        if tail.startswith("^^<"):
            datatype = tail[3:-1]
            if datatype in _NATIVE:
                native = _native(lexical, datatype)
                if native is not None:
                    return native
            return {"@type": self.symbol(datatype), "@value": lexical}
        return lexical


def _native(lexical: str, datatype: str) -> object:
    """What rdflib's ``Literal.toPython`` gives for the plain types (None: not well formed)."""
    try:
        if datatype == str(XSD.boolean):
            return {"true": True, "1": True, "false": False, "0": False}.get(lexical.strip().lower(), None)
        convert = _NATIVE[datatype]
        assert convert is not None
        return convert(lexical)
    except ValueError:
        return None


def jsonld_row(ctx: Context, s: str, p: str, o: str) -> Row:
    """The sort row of one triple: the node id first (nodes are written in its order)."""
    return (ctx.node_id(s), p, o)


def _node(ctx: Context, node_id: str, rows: list[Row]) -> dict[str, object]:
    node: dict[str, object] = {"@id": node_id}
    values: dict[str, list[object]] = {}
    for _id, p, o in rows:
        if p == _RDF_TYPE and o.startswith("<"):
            values.setdefault("@type", []).append(ctx.symbol(o[1:-1]))
        else:
            values.setdefault(ctx.symbol(p[1:-1]), []).append(ctx.value(o))
    for key, vs in values.items():
        node[key] = vs[0] if len(vs) == 1 else sorted(vs, key=_dumps)
    return node


def stream_jsonld(f: TextIO, rows: Iterable[Row], ctx: Context) -> int:
    """Write sorted unique :func:`jsonld_row` rows as one JSON-LD document; return the ``"@id"`` keys
    written (nodes and references)."""
    head = _dumps({"@context": ctx.prefixes, "@graph": []}, indent=1)
    cut = head.rindex("[]")
    f.write(head[: cut + 1])
    count, first = 0, True
    for node_id, group in groupby(rows, key=itemgetter(0)):
        text = _dumps(_node(ctx, node_id, list(group)), indent=1)
        count += text.count('"@id"')
        f.write("\n" if first else ",\n")
        f.write("\n".join("  " + line for line in text.split("\n")))
        first = False
    f.write(head[cut + 1 :] + "\n" if first else "\n " + head[cut + 1 :] + "\n")
    return count
