"""The namespaces and fixed prefixes of every graph vn-gov-kg writes."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

KG = Namespace("https://w3id.org/vn-gov-kg/ontology#")
ID = Namespace("https://w3id.org/vn-gov-kg/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
TIME = Namespace("http://www.w3.org/2006/time#")

PREFIXES = {
    "kg": KG, "id": ID, "org": ORG, "schema": SCHEMA, "prov": PROV, "skos": SKOS,
    "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "geo": GEO, "dcterms": DCTERMS, "time": TIME,
}
