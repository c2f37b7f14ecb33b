"""The namespaces and fixed prefixes of every graph vn-gov-kg writes."""

from __future__ import annotations

from typing import Any

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD


class _Namespace(Namespace):
    """rdflib's ``Namespace`` that makes each attribute term (``KG.Meeting``) once.

    rdflib builds and validates a new ``URIRef`` on every attribute access; the graph
    layer names a term for every triple it writes, so the first one is kept.
    """

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)
        self.__dict__[name] = term
        return term


class Fixed:
    """The terms of a fixed rdflib vocabulary (``RDF.type``), each made once (see :class:`_Namespace`)."""

    def __init__(self, vocabulary: Any) -> None:
        self._vocabulary = vocabulary

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):  # copy/pickle probes, and _vocabulary before __init__ set it
            raise AttributeError(name)
        term: URIRef = getattr(self._vocabulary, name)
        setattr(self, name, term)
        return term


KG = _Namespace("https://w3id.org/vn-gov-kg/ontology#")
ID = _Namespace("https://w3id.org/vn-gov-kg/id/")
ORG = _Namespace("http://www.w3.org/ns/org#")
SCHEMA = _Namespace("https://schema.org/")
GEO = _Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
TIME = _Namespace("http://www.w3.org/2006/time#")
# The same vocabularies as rdflib.namespace's, for the graph layer's hot paths.
PROV_T, RDF_T, RDFS_T, SKOS_T, XSD_T = Fixed(PROV), Fixed(RDF), Fixed(RDFS), Fixed(SKOS), Fixed(XSD)

PREFIXES = {
    "kg": KG, "id": ID, "org": ORG, "schema": SCHEMA, "prov": PROV, "skos": SKOS,
    "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "geo": GEO, "dcterms": DCTERMS, "time": TIME,
}
