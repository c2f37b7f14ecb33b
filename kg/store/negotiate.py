"""Content negotiation for the endpoint: which format answers a query, from ``Accept`` and ``format=``.

SELECT / ASK results: SPARQL JSON (the default), XML, CSV, TSV. CONSTRUCT /
DESCRIBE graphs: Turtle (the default), N-Triples, RDF/XML, JSON-LD. A client
that asks for "XML" or "JSON" in general (``application/xml``, ``format=xml``,
as SPARQLWrapper and rdflib's ``SPARQLStore`` do) gets the matching flavour for
the query form: results XML or RDF/XML, results JSON or JSON-LD.
"""

from __future__ import annotations

from collections.abc import Sequence

RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "text/javascript": "json", "application/javascript": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
"""Media type → results format for SELECT / ASK."""
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/turtle": "turtle", "application/x-turtle": "turtle",
    "text/n3": "turtle", "text/rdf+n3": "turtle", "application/n3": "turtle",
    "application/n-triples": "nt", "text/plain": "nt",
    "application/rdf+xml": "rdfxml", "application/xml": "rdfxml", "text/xml": "rdfxml",
    "application/ld+json": "jsonld", "application/x-json+ld": "jsonld", "application/json": "jsonld",
}
"""Media type → graph format for CONSTRUCT / DESCRIBE."""
RESULT_NAMES = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv"}
GRAPH_NAMES = {"turtle": "turtle", "ttl": "turtle", "n3": "turtle", "nt": "nt", "ntriples": "nt",
               "n-triples": "nt", "xml": "rdfxml", "rdfxml": "rdfxml", "rdf+xml": "rdfxml", "rdf": "rdfxml",
               "json-ld": "jsonld", "jsonld": "jsonld", "json": "jsonld"}
"""``format=`` value → format (also full media types, see :func:`choose`)."""


def accepted(header: str | None) -> list[str]:
    """Return the media types of an ``Accept`` header, best first (no header: ``*/*``)."""
    ranked = []
    for i, part in enumerate((header or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if fields[0] and q > 0:
            ranked.append((-q, i, fields[0].lower()))
    return [m for _, _, m in sorted(ranked)]


def choose(graph: bool, accept: str | None, formats: Sequence[str] = ()) -> str | None:
    """Return the format name for a result (``graph``: CONSTRUCT/DESCRIBE), or None when none fits.

    A known ``format=`` value wins over ``Accept`` (SPARQLWrapper sends both).
    """
    names, types = (GRAPH_NAMES, GRAPH_TYPES) if graph else (RESULT_NAMES, RESULT_TYPES)
    for fmt in formats:
        key = fmt.strip().lower()
        if key in names:
            return names[key]
        if key in types:
            return types[key]
    default = "turtle" if graph else "json"
    for media in accepted(accept):
        if media in types:
            return types[media]
        if media in ("*/*", "application/*") or (graph and media == "text/*"):
            return default
        if media == "text/*":
            return "csv"
    return None
