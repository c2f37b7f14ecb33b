"""One label property for every node: rdfs:label, plus each class's own name property."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.export.validate import validate
from kg.graph.build import LABEL_CHARS, excerpt
from kg.graph.vocab import KG, ORG, SCHEMA

PREFIXES = """PREFIX kg: <https://w3id.org/vn-gov-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# each class of the seeds graph and the property its own vocabulary names it with (None: none)
CLASSES = {
    KG.Official: SCHEMA.name, SCHEMA.Person: SCHEMA.name, SCHEMA.AdministrativeArea: SCHEMA.name,
    KG.AdminUnit2025: SCHEMA.name, KG.Meeting: SCHEMA.name, ORG.Organization: SKOS.prefLabel,
    ORG.Role: SKOS.prefLabel, KG.Group: SKOS.prefLabel, SKOS.Concept: SKOS.prefLabel,
    SKOS.ConceptScheme: SKOS.prefLabel, SCHEMA.NewsArticle: SCHEMA.headline, ORG.Post: None,
    ORG.Membership: None, KG.Task: SCHEMA.description, KG.Evidence: KG.sentence,
    KG.IdentityObservation: KG.nameVariant,
}


@pytest.mark.parametrize("cls", list(CLASSES), ids=lambda c: str(c).rsplit("/", 1)[-1])
def test_every_node_of_each_class_has_an_rdfs_label(seeds_graph: Graph, cls: URIRef) -> None:
    rows = list(seeds_graph.query(PREFIXES + "SELECT ?x (SAMPLE(?l) AS ?label) WHERE { ?x a ?c . "
                                  "OPTIONAL { ?x rdfs:label ?l } } GROUP BY ?x", initBindings={"c": cls}))
    assert rows, f"no {cls} in the seeds graph"
    unlabelled = [str(r[0]) for r in rows if r[1] is None or not str(r[1]).strip()]
    assert not unlabelled, unlabelled[:5]
    own = CLASSES[cls]
    if own is not None:
        assert all(seeds_graph.value(r[0], own) is not None for r in rows), own


def test_every_typed_node_has_a_label_and_the_shape_says_so(seeds_graph: Graph) -> None:
    subjects = set(seeds_graph.subjects(RDF.type, None))
    assert subjects and all(seeds_graph.value(s, RDFS.label) is not None for s in subjects)
    broken = Graph()
    for t in seeds_graph:
        if not (t[1] == RDFS.label and isinstance(t[0], URIRef) and (t[0], RDF.type, ORG.Post) in seeds_graph):
            broken.add(t)
    report = validate(broken)
    assert not report.conforms and "label" in report.text


def test_the_first_most_posts_query_a_user_writes_finds_rows(seeds_graph: Graph) -> None:
    """One label property for people, roles and bodies: this returned 0 rows when roles had only
    skos:prefLabel."""
    rows = list(seeds_graph.query(PREFIXES + """
        SELECT ?name (COUNT(DISTINCT ?post) AS ?posts) WHERE {
          ?m a org:Membership ; org:member ?person ; org:role ?r ; org:organization ?o ; kg:post ?post .
          ?person rdfs:label ?name . ?r rdfs:label ?role . ?o rdfs:label ?org .
        } GROUP BY ?name ORDER BY DESC(?posts) LIMIT 5"""))
    assert rows and int(rows[0][1]) >= 2


def test_long_texts_get_a_short_label_cut_at_a_word() -> None:
    text = "giao Phòng Tài chính – Kế hoạch thành phố chủ trì, phối hợp với các đơn vị liên quan rà soát"
    label = excerpt(text)
    assert label.endswith("…") and len(label) <= LABEL_CHARS + 1 and text.startswith(label[:-1])
    assert excerpt("  ngắn\n gọn ") == "ngắn gọn"
