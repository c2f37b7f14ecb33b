"""SPARQL query results as plain data, and their serializations.

Engines (pyoxigraph, rdflib) hand back their own term objects; both are turned
into :class:`Term` here so that one set of writers serves ``kg query`` and the
``kg serve`` endpoint: an aligned text table, and the W3C formats SPARQL 1.1
results JSON, CSV, TSV and XML; graphs (CONSTRUCT / DESCRIBE) as N-Triples,
Turtle, RDF/XML or JSON-LD.

Characters XML 1.0 cannot carry at all (control characters other than tab,
line feed and carriage return; U+FFFE, U+FFFF) become U+FFFD in the XML
formats (SPARQL results XML, RDF/XML), so the document stays well-formed; the
other formats keep every character. The table, meant for a terminal, shows
control and bidirectional-override characters as ``\\xNN`` / ``\\uNNNN`` so
text from the data cannot move the cursor, recolour or reorder the screen.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape as xml_escape

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
"""Characters that XML 1.0 cannot represent, even as character references."""
_NOT_FOR_TERMINAL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Control characters (C0, DEL, C1) and bidirectional controls: shown escaped in the table."""


def xml_text(text: str) -> str:
    """Return ``text`` escaped for XML content or attributes, with XML-invalid characters as U+FFFD."""
    return xml_escape(_NOT_XML.sub("\ufffd", text), {"\r": "&#13;", '"': "&quot;"})


def terminal_safe(text: str) -> str:
    """Return ``text`` with control and bidi-override characters written as visible escapes."""
    return _NOT_FOR_TERMINAL.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100
                                 else f"\\u{ord(m[0]):04x}", text)


@dataclass(frozen=True)
class Term:
    """One RDF term of a result: ``kind`` is ``uri``, ``literal`` or ``bnode``.

    ``datatype`` is ``None`` for simple and language-tagged literals (RDF 1.1:
    ``xsd:string`` and ``rdf:langString`` are implied).
    """

    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None

    def n3(self) -> str:
        """Return the term in N-Triples syntax (used by TSV and N-Triples output)."""
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        text = (self.value.replace("\\", "\\\\").replace('"', '\\"')
                .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
        if self.lang:
            return f'"{text}"@{self.lang}'
        if self.datatype:
            return f'"{text}"^^<{self.datatype}>'
        return f'"{text}"'


def literal(value: str, datatype: str | None = None, lang: str | None = None) -> Term:
    """Return a literal term, dropping the datatypes RDF 1.1 implies."""
    if lang or datatype in (XSD_STRING, RDF_LANG_STRING):
        datatype = None
    return Term("literal", value, datatype, lang or None)


Row = tuple[Term | None, ...]


@dataclass(frozen=True)
class Results:
    """The outcome of one query.

    SELECT: ``variables`` and ``rows`` (``None`` = unbound). ASK: ``boolean``.
    CONSTRUCT / DESCRIBE: ``graph`` is true and rows are (subject, predicate, object).
    """

    variables: tuple[str, ...] = ()
    rows: tuple[Row, ...] = ()
    boolean: bool | None = None
    graph: bool = False

    def as_strings(self) -> set[tuple[str, ...]]:
        """Return the rows as a set of tuples of lexical values ('' = unbound), for comparisons."""
        return {tuple("" if t is None else t.value for t in row) for row in self.rows}


def to_json(res: Results) -> str:
    """Return SPARQL 1.1 Query Results JSON."""
    if res.boolean is not None:
        return json.dumps({"head": {}, "boolean": res.boolean})
    bindings = []
    for row in res.rows:
        b: dict[str, dict[str, str]] = {}
        for var, t in zip(res.variables, row, strict=True):
            if t is None:
                continue
            d = {"type": t.kind, "value": t.value}
            if t.lang:
                d["xml:lang"] = t.lang
            elif t.datatype:
                d["datatype"] = t.datatype
            b[var] = d
        bindings.append(b)
    return json.dumps({"head": {"vars": list(res.variables)}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)


def to_csv(res: Results) -> str:
    """Return SPARQL 1.1 CSV: lexical values only, CRLF line ends; ASK gives true/false."""
    if res.boolean is not None:
        return f"{str(res.boolean).lower()}\r\n"
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(res.variables)
    for row in res.rows:
        w.writerow(["" if t is None else (f"_:{t.value}" if t.kind == "bnode" else t.value)
                    for t in row])
    return out.getvalue()


def to_tsv(res: Results) -> str:
    """Return SPARQL 1.1 TSV: ``?var`` header, terms in N-Triples syntax."""
    if res.boolean is not None:
        return f"{str(res.boolean).lower()}\n"
    lines = ["\t".join(f"?{v}" for v in res.variables)]
    lines += ["\t".join("" if t is None else t.n3() for t in row) for row in res.rows]
    return "\n".join(lines) + "\n"


def to_xml(res: Results) -> str:
    """Return SPARQL Query Results XML."""
    head = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
    if res.boolean is not None:
        return head + f"<head/>\n<boolean>{str(res.boolean).lower()}</boolean>\n</sparql>\n"
    parts = [head, "<head>"]
    parts += [f'<variable name="{xml_text(v)}"/>' for v in res.variables]
    parts.append("</head>\n<results>\n")
    for row in res.rows:
        parts.append("<result>")
        for var, t in zip(res.variables, row, strict=True):
            if t is None:
                continue
            if t.kind == "uri":
                inner = f"<uri>{xml_text(t.value)}</uri>"
            elif t.kind == "bnode":
                inner = f"<bnode>{xml_text(t.value)}</bnode>"
            else:
                attr = (f' xml:lang="{xml_text(t.lang)}"' if t.lang else
                        f' datatype="{xml_text(t.datatype)}"' if t.datatype else "")
                inner = f"<literal{attr}>{xml_text(t.value)}</literal>"
            parts.append(f'<binding name="{xml_text(var)}">{inner}</binding>')
        parts.append("</result>\n")
    parts.append("</results>\n</sparql>\n")
    return "".join(parts)


def to_ntriples(res: Results) -> str:
    """Return the triples of a CONSTRUCT / DESCRIBE result as N-Triples."""
    return "".join(" ".join(t.n3() for t in row if t is not None) + " .\n" for row in res.rows)


def _ox_triples(res: Results, clean: Callable[[str], str] = str) -> list:  # type: ignore[type-arg]
    """Return the rows of a graph result as pyoxigraph triples (``clean`` applied to literal values)."""
    import pyoxigraph

    def term(t: Term | None) -> Any:
        assert t is not None
        if t.kind == "uri":
            return pyoxigraph.NamedNode(t.value)
        if t.kind == "bnode":
            return pyoxigraph.BlankNode(t.value)
        if t.lang:
            return pyoxigraph.Literal(clean(t.value), language=t.lang)
        if t.datatype:
            return pyoxigraph.Literal(clean(t.value), datatype=pyoxigraph.NamedNode(t.datatype))
        return pyoxigraph.Literal(clean(t.value))

    return [pyoxigraph.Triple(*(term(t) for t in row)) for row in res.rows]


def _graph_writer(fmt: str, clean: Callable[[str], str] = str) -> Callable[[Results], str]:
    def write(res: Results) -> str:
        import pyoxigraph

        data = pyoxigraph.serialize(_ox_triples(res, clean), format=getattr(pyoxigraph.RdfFormat, fmt))
        return data.decode("utf-8") if data else ""
    return write


# XML names (NCName): what an RDF/XML property element's local name must be
_NAME_START = ("A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c\u200d"
               "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff")
_NAME_TAIL = re.compile(f"[{_NAME_START}\\-.0-9\u00b7\u0300-\u036f\u203f-\u2040]*\\Z")
_NAME_FIRST = re.compile(f"[{_NAME_START}]")
_RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def _split_predicate(iri: str) -> tuple[str, str] | None:
    """Split a predicate IRI into a namespace and an XML local name, or None when no suffix of
    it is a name (``http://x/1``): RDF/XML cannot write such a predicate."""
    tail = _NAME_TAIL.search(iri)
    start = _NAME_FIRST.search(iri, tail.start()) if tail else None
    if start is None:
        return None
    return iri[:start.start()], iri[start.start():]


def to_rdfxml(res: Results) -> str:
    """Return the triples of a CONSTRUCT / DESCRIBE result as RDF/XML (well-formed whatever the
    IRIs; a predicate RDF/XML cannot spell raises :class:`~kg.errors.QueryError`)."""
    from kg.errors import QueryError

    def node(attr: str, t: Term) -> str:
        if t.kind == "bnode":
            return f' rdf:nodeID="b{xml_text(t.value)}"'
        return f' rdf:{attr}="{xml_text(t.value)}"'

    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n', f'<rdf:RDF xmlns:rdf="{_RDF_NS}">\n']
    subject: Term | None = None
    for s, p, o in (tuple(row) for row in res.rows):
        assert s is not None and p is not None and o is not None
        split = _split_predicate(p.value)
        if split is None:
            raise QueryError(f"RDF/XML cannot write the predicate <{p.value}> (no XML name ends it); "
                             "ask for Turtle, N-Triples or JSON-LD")
        if s != subject:
            if subject is not None:
                parts.append("  </rdf:Description>\n")
            parts.append(f"  <rdf:Description{node('about', s)}>\n")
            subject = s
        ns, local = split
        head = f'p:{local} xmlns:p="{xml_text(ns)}"'
        if o.kind != "literal":
            parts.append(f"    <{head}{node('resource', o)}/>\n")
            continue
        attr = (f' xml:lang="{xml_text(o.lang)}"' if o.lang else
                f' rdf:datatype="{xml_text(o.datatype)}"' if o.datatype else "")
        parts.append(f"    <{head}{attr}>{xml_text(o.value)}</p:{local}>\n")
    if subject is not None:
        parts.append("  </rdf:Description>\n")
    parts.append("</rdf:RDF>\n")
    return "".join(parts)


def to_table(res: Results, *, prefixes: Mapping[str, str] | None = None,
             max_width: int = 60) -> str:
    """Return an aligned table (IRIs shortened with ``prefixes``, cells cut at ``max_width``)."""
    if res.boolean is not None:
        return f"{str(res.boolean).lower()}\n"
    ordered = sorted((prefixes or {}).items(), key=lambda kv: -len(kv[1]))

    def cell(t: Term | None) -> str:
        if t is None:
            return ""
        text = t.value
        if t.kind == "uri":
            text = next((f"{p}:{text[len(ns):]}" for p, ns in ordered if text.startswith(ns)),
                        f"<{text}>")
        elif t.kind == "bnode":
            text = f"_:{text}"
        text = terminal_safe(" ".join(text.split()))
        if max_width and len(text) > max_width:
            text = text[: max_width - 1] + "…"
        return text

    cells = [[cell(t) for t in row] for row in res.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(res.variables)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(res.variables), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    out.append(f"({len(cells)} row{'' if len(cells) == 1 else 's'})")
    return "\n".join(out) + "\n"


Writer = Callable[[Results], str]

WRITERS: dict[str, tuple[str, Writer]] = {
    "json": ("application/sparql-results+json", to_json),
    "csv": ("text/csv", to_csv),
    "tsv": ("text/tab-separated-values", to_tsv),
    "xml": ("application/sparql-results+xml", to_xml),
}
"""Results format name → (media type, writer), for the CLI and the endpoint."""

GRAPH_WRITERS: dict[str, tuple[str, Writer]] = {
    "nt": ("application/n-triples", to_ntriples),
    "turtle": ("text/turtle", _graph_writer("TURTLE")),
    "rdfxml": ("application/rdf+xml", to_rdfxml),
    "jsonld": ("application/ld+json", _graph_writer("JSON_LD")),
}
"""Graph format name → (media type, writer), for CONSTRUCT / DESCRIBE results."""
