"""Graph: the only layer that knows RDF. Turns documents and their facts into triples.

Every fact leads to its evidence node (article, sentence text, offsets,
extractor). Entities get content-derived IRIs, so the same official, body,
post or unit in two articles is one node.
"""

from __future__ import annotations

import datetime as dt
import functools

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.graph import iris
from kg.graph.terms import term_string
from kg.graph.vocab import GEO, KG, ORG, PREFIXES, SCHEMA
from kg.graph.vocab import PROV_T as PROV
from kg.graph.vocab import RDF_T as RDF
from kg.graph.vocab import RDFS_T as RDFS
from kg.graph.vocab import SKOS_T as SKOS
from kg.graph.vocab import XSD_T as XSD
from kg.lexicon.gazetteer import Gazetteer
from kg.lexicon.register2025 import REFORM_DATE_ISO
from kg.model import (
    Document,
    Evidence,
    Organization,
    Place,
    PlaceType,
)

PLACE_TYPE_CONCEPTS = {
    PlaceType.PROVINCE: KG.Province, PlaceType.CENTRAL_CITY: KG.CentralCity, PlaceType.CITY: KG.City,
    PlaceType.TOWN: KG.Town, PlaceType.DISTRICT: KG.District, PlaceType.URBAN_DISTRICT: KG.UrbanDistrict,
    PlaceType.WARD: KG.Ward, PlaceType.COMMUNE: KG.Commune, PlaceType.TOWNSHIP: KG.Township,
    PlaceType.SPECIAL_ZONE: KG.SpecialZone,
}


@functools.lru_cache(maxsize=16384)
def vi(text: str) -> Literal:
    """A Vietnamese literal; labels repeat across articles, and making one costs (rdflib)."""
    return Literal(text, lang="vi")


# A label quoting long text (a task, an evidence sentence) is cut here: rdfs:label names a
# node in a list or a graph tool; the whole text stays in schema:description / kg:sentence.
LABEL_CHARS = 60


def excerpt(text: str) -> str:
    """``text`` on one line, cut after :data:`LABEL_CHARS` characters at a word (``…`` marks the cut)."""
    text = " ".join(text.split())
    if len(text) <= LABEL_CHARS:
        return text
    cut = text[:LABEL_CHARS].rsplit(" ", 1)[0] or text[:LABEL_CHARS]
    return cut.rstrip(",;:") + "…"


@functools.lru_cache(maxsize=16384)
def plain(text: str) -> Literal:
    """A literal without language or datatype (codes, extractor names), made once."""
    return Literal(text)


@functools.lru_cache(maxsize=16384, typed=True)
def typed(value: object, datatype: URIRef) -> Literal:
    """A typed literal (offsets, coordinates), made once per value."""
    return Literal(value, datatype=datatype)


ENTITIES_GRAPH = iris.ID["graph/entities"]


def bind_prefixes(g: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def new_graph() -> Graph:
    return bind_prefixes(Graph())


def new_dataset() -> Dataset:
    return bind_prefixes(Dataset())  # type: ignore[return-value]


NAME_PREDICATES = (SCHEMA.name, RDFS.label, SKOS.altLabel)


def merge_record(old: URIRef, new: URIRef, rule: str,
                 evidence: tuple[str, ...] = ()) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The triples that explain why ``old`` was merged into ``new`` (and the posts that show it)."""
    record = iris.iri("merge", rule, f"{old}|{new}")
    out: list[tuple[URIRef, URIRef, URIRef | Literal]] = [
        (record, RDF.type, KG.MergeRecord), (record, KG.mergedNode, new),
        (record, RDFS.label, Literal(f"merge: {rule}")),
        (record, KG.mergedIri, Literal(str(old))), (record, KG.mergeRule, Literal(rule))]
    out += [(record, KG.mergeEvidence, URIRef(ev)) for ev in evidence]
    return out


def name_triples(node: URIRef, names: list[str]) -> list[tuple[URIRef, URIRef, Literal]]:
    """A person's display name (the first of ``names``) and the other ways it was written."""
    preferred, *others = names
    out = [(node, SCHEMA.name, vi(preferred)), (node, RDFS.label, vi(preferred))]
    out += [(node, SKOS.altLabel, vi(other)) for other in others]
    return out


Quad = tuple[str, str, str, str]


class GraphSink:
    """One named graph being written: ``add`` and membership, appended to a shared quad list.

    Much lighter than an rdflib graph. Each triple is turned into N-Triples term strings
    (:func:`kg.graph.terms.term_string`) as it is added: the quads leave the graph layer
    in that form (:mod:`kg.graph.quads`), and strings hash far faster than rdflib terms,
    whose hash is computed in Python on every look-up.
    """

    def __init__(self, identifier: URIRef, quads: list[Quad]) -> None:
        self.identifier = identifier
        self._graph = term_string(identifier)
        self._quads = quads
        self._seen: set[tuple[str, str, str]] = set()

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        s, p, o = triple
        key = (term_string(s), term_string(p), term_string(o))
        if key not in self._seen:
            self._seen.add(key)
            self._quads.append((*key, self._graph))

    def __contains__(self, triple: tuple[Node, Node, Node]) -> bool:
        s, p, o = triple
        return (term_string(s), term_string(p), term_string(o)) in self._seen


class GraphBuilder:
    """Accumulates the triples of many documents into one graph."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.quads: list[Quad] = []  # N-Triples term strings (subject, predicate, object, graph)
        # resolved entities (people, bodies, posts, units) are shared by all articles
        self.entities = GraphSink(ENTITIES_GRAPH, self.quads)
        # facts go into the named graph of the article being added
        self.g = self.entities
        # the date holdings are observed on: the article's dateline, else its meeting's date
        self.observed: dt.date | None = None
        self.observed_guessed = False  # its year is a guess from the periods the article names (kg:yearGuessed)
        self.observed_partial: str | None = None  # "--MM-DD" when no year is known (kg:partialDate)

    # -- entities -----------------------------------------------------------------
    def place(self, place: Place) -> URIRef:
        if place.reform2025:
            return self.place_2025(place)
        registered = self.gaz.registered(place)
        # a unit under the type an article gave it as of its date (thị xã, since upgraded):
        # a node of its own, so the unit keeps one name per node
        as_written = registered is not None and registered.type is not place.type
        node = iris.place_iri(place, as_written=as_written)
        if (node, RDF.type, SCHEMA.AdministrativeArea) in self.entities:
            return node
        g = self.entities
        g.add((node, RDF.type, SCHEMA.AdministrativeArea))
        g.add((node, SCHEMA.name, vi(place.label)))
        g.add((node, RDFS.label, vi(place.label)))
        self._admin_type(node, place.type)
        if place.code:
            g.add((node, KG.gsoCode, plain(place.code)))
            g.add((node, SCHEMA.identifier, plain(place.code)))
        else:
            g.add((node, KG.linkStatus, Literal("unlinked")))
        self._coordinates(node, place)
        if as_written and registered is not None:
            g.add((node, KG.registeredAs, self.place(registered)))
        parent = self.gaz.parent(place) if place.code else None
        if parent is not None:
            g.add((node, SCHEMA.containedInPlace, self.place(parent)))
        successor = self.gaz.successor(place) if place.code else None
        if successor is not None:
            g.add((node, KG.mergedInto, self.place_2025(successor)))
            g.add((node, KG.mergedOn, typed(REFORM_DATE_ISO, XSD.date)))  # the day the merge took effect
        return node

    def _coordinates(self, node: URIRef, place: Place) -> None:
        if place.lat is not None and place.lon is not None:
            self.entities.add((node, GEO.lat, typed(round(place.lat, 6), XSD.decimal)))
            self.entities.add((node, GEO.long, typed(round(place.lon, 6), XSD.decimal)))

    def _admin_type(self, node: URIRef, kind: PlaceType) -> None:
        concept = PLACE_TYPE_CONCEPTS[kind]
        self.entities.add((node, KG.adminType, concept))
        self.entities.add((concept, RDF.type, SKOS.Concept))
        self.entities.add((concept, SKOS.prefLabel, vi(kind.value)))
        self.entities.add((concept, RDFS.label, vi(kind.value)))
        self.entities.add((concept, SKOS.inScheme, KG.AdminUnitTypes))
        self.entities.add((KG.AdminUnitTypes, RDF.type, SKOS.ConceptScheme))
        self.entities.add((KG.AdminUnitTypes, SKOS.prefLabel, vi("Loại đơn vị hành chính")))
        self.entities.add((KG.AdminUnitTypes, RDFS.label, vi("Loại đơn vị hành chính")))

    def place_2025(self, place: Place) -> URIRef:
        """A unit of the two-level register of 1 July 2025 (its codes are a separate space)."""
        node = iris.place_iri(place)
        g = self.entities
        if (node, RDF.type, SCHEMA.AdministrativeArea) in g:
            return node
        g.add((node, RDF.type, SCHEMA.AdministrativeArea))
        g.add((node, RDF.type, KG.AdminUnit2025))
        g.add((node, SCHEMA.name, vi(place.label)))
        g.add((node, RDFS.label, vi(place.label)))
        self._admin_type(node, place.type)
        g.add((node, KG.gsoCode, Literal(place.code)))
        self._coordinates(node, place)
        parent = self.gaz.parent(place)
        if parent is not None:
            g.add((node, SCHEMA.containedInPlace, self.place_2025(parent)))
        return node

    def org(self, org: Organization) -> URIRef:
        node = iris.org_iri(org)
        if (node, RDF.type, ORG.Organization) in self.entities:
            return node
        g = self.entities
        g.add((node, RDF.type, ORG.Organization))
        g.add((node, SKOS.prefLabel, vi(org.label)))
        g.add((node, RDFS.label, vi(org.label)))
        g.add((node, KG.orgKind, vi(org.head)))
        if org.place is not None:
            g.add((node, KG.locality, self.place(org.place)))
        return node

    def role(self, role: str) -> URIRef:
        node = iris.role_iri(role)
        self.entities.add((node, RDF.type, ORG.Role))
        self.entities.add((node, RDF.type, SKOS.Concept))
        self.entities.add((node, SKOS.prefLabel, vi(role)))
        self.entities.add((node, RDFS.label, vi(role)))
        return node

    def post(self, role: str, org: Organization) -> URIRef:
        node = iris.post_iri(role, org)
        g = self.entities
        g.add((node, RDF.type, ORG.Post))
        g.add((node, RDFS.label, vi(f"{role} {org.label}")))
        g.add((node, ORG.postIn, self.org(org)))
        g.add((node, ORG.role, self.role(role)))
        return node

    def person(self, key: str, name: str) -> URIRef:
        """A provisional person node (:func:`kg.resolve.keys.provisional_key`); resolution renames it."""
        node = iris.person_iri(key, name)
        self.entities.add((node, RDF.type, SCHEMA.Person))
        self.entities.add((node, RDF.type, KG.Official))
        return node

    def observation(self, doc: Document, node: URIRef, name: str, scope: str,
                    anchors: tuple[str, ...], evidence: tuple[URIRef, ...]) -> None:
        """What the article says about who ``node`` is: kept in its graph, never renamed away.

        Resolution (:mod:`kg.resolve.people`) reads these, in a build and in a store.
        """
        obs = iris.ID[f"identity/{doc.doc_id}/{iris.slug(name)}-{iris.short_hash(name)}"]
        g = self.g
        g.add((obs, RDF.type, KG.IdentityObservation))
        g.add((obs, KG.observes, node))
        g.add((obs, KG.nameVariant, vi(name)))
        g.add((obs, RDFS.label, vi(name)))
        g.add((obs, KG.identityScope, Literal(scope)))
        for a in anchors:
            g.add((obs, KG.identityAnchor, Literal(a)))
        for ev in evidence:
            g.add((obs, KG.identityEvidence, ev))

    def evidence(self, doc: Document, ev: Evidence) -> URIRef:
        node = iris.evidence_iri(ev.doc_id, ev.span.start, ev.span.end, ev.extractor)
        g = self.g
        g.add((node, RDF.type, KG.Evidence))
        g.add((node, PROV.wasDerivedFrom, iris.article_iri(doc.doc_id)))
        sentence = doc.slice(ev.span)
        g.add((node, KG.sentence, vi(sentence)))
        g.add((node, RDFS.label, vi(excerpt(sentence))))
        # offsets into the text the article was read from (the file), not the cleaned text
        where = doc.source_span(ev.span)
        g.add((node, KG.startOffset, typed(where.start, XSD.integer)))
        g.add((node, KG.endOffset, typed(where.end, XSD.integer)))
        g.add((node, KG.extractor, plain(ev.extractor)))
        return node

    # -- documents ----------------------------------------------------------------
    def article(self, doc: Document) -> URIRef:
        node = iris.article_iri(doc.doc_id)
        g = self.g
        g.add((node, RDF.type, SCHEMA.NewsArticle))
        g.add((node, SCHEMA.headline, vi(doc.headline_text)))
        g.add((node, RDFS.label, vi(doc.headline_text or doc.source)))
        g.add((node, KG.sourceFile, Literal(doc.source)))
        if doc.dateline is not None:
            g.add((node, SCHEMA.datePublished, Literal(doc.dateline.date(), datatype=XSD.date)))
            g.add((node, SCHEMA.dateCreated, Literal(doc.dateline.isoformat(), datatype=XSD.dateTime)))
        for name in doc.authors:
            author = iris.iri("author", name, f"author|{name}")
            g.add((author, RDF.type, SCHEMA.Person))
            g.add((author, SCHEMA.name, vi(name)))
            g.add((author, RDFS.label, vi(name)))
            g.add((node, SCHEMA.author, author))
        if doc.source_org:
            g.add((node, SCHEMA.sourceOrganization, vi(doc.source_org)))
        return node
