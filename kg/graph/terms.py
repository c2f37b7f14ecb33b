"""N-Triples term strings: the one textual form of RDF terms inside a build.

``nt(term)`` writes an rdflib term; ``nt_literal_value`` reads a literal's
text back. Both sides escape exactly ``\\``, ``"``, newline, carriage return
and tab, so a term always has one spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESCAPE_RE = re.compile(r'[\\"\n\r\t]')
_UNESCAPES = {v: k for k, v in _ESCAPES.items()}
_UNESCAPE_RE = re.compile(r'\\[\\"nrt]')
_XSD_STRING = str(XSD.string)


def escape(text: str) -> str:
    return _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group()], text)


def unescape(text: str) -> str:
    return _UNESCAPE_RE.sub(lambda m: _UNESCAPES[m.group()], text)


def literal(lexical: str, *, language: str | None = None, datatype: str | None = None) -> str:
    body = f'"{escape(lexical)}"'
    if language:
        return f"{body}@{language}"
    if datatype and datatype != _XSD_STRING:
        return f"{body}^^<{datatype}>"
    return body


def term_string(term: Node) -> str:
    """The N-Triples spelling of an rdflib term (what :func:`nt` caches)."""
    if type(term) is URIRef:  # the common case first: no hashing of the term
        return f"<{term}>"
    return _spelling(term)  # a literal: spelling it is cheaper than hashing it for a cache


@lru_cache(maxsize=200_000)
def nt(term: Node) -> str:
    """The N-Triples spelling of an rdflib term."""
    return _spelling(term)


def _spelling(term: Node) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        return literal(str(term), language=term.language,
                       datatype=str(term.datatype) if term.datatype is not None else None)
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"cannot write term {term!r}")


def nt_literal_value(term: str) -> str:
    """The text of a literal written by :func:`literal` (language and datatype dropped)."""
    end = term.rfind('"')
    return unescape(term[1:end])
