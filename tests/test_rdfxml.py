"""RDF/XML of CONSTRUCT results (issue 30): well-formed and equal to the graph whatever the
predicate IRIs (pyoxigraph's writer made `<oxprefix: ...>` for `<http://x/1>`), and a predicate
RDF/XML cannot spell is refused with a message instead of a broken document."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pyoxigraph
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.errors import QueryError
from kg.store.query import run_oxigraph
from kg.store.results import GRAPH_WRITERS

PREDICATES = ["http://x/a", "http://x/1a", "http://x/a#b-", "http://x/ns/điều_hành", "http://x/a.b",
              "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "urn:x:y"]


def _construct(triples: str) -> tuple[str, str]:
    store = pyoxigraph.Store()
    store.load(triples.encode("utf-8"), pyoxigraph.RdfFormat.TURTLE)
    res = run_oxigraph(store, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    return GRAPH_WRITERS["rdfxml"][0], GRAPH_WRITERS["rdfxml"][1](res)


def test_rdfxml_is_well_formed_and_the_same_graph_for_awkward_predicates() -> None:
    integer = "<http://www.w3.org/2001/XMLSchema#integer>"
    turtle = "".join(f'<http://s/{i}> <{p}> "v{i} <&> \\u0001"@vi , <http://o/{i}> , "{i}"^^{integer} , _:b{i} .\n'
                     for i, p in enumerate(PREDICATES))
    media, body = _construct(turtle)
    assert media == "application/rdf+xml"
    ET.fromstring(body)  # well-formed
    got = rdflib.Graph().parse(data=body, format="xml")
    want = rdflib.Graph().parse(data=turtle.replace("\\u0001", "\\uFFFD"), format="turtle")
    assert isomorphic(got, want)


@pytest.mark.parametrize("predicate", ["http://x/1", "http://x/", "http://x/a/-1"])
def test_a_predicate_rdfxml_cannot_spell_is_refused_clearly(predicate: str) -> None:
    with pytest.raises(QueryError, match="RDF/XML cannot write the predicate"):
        _construct(f'<http://s> <{predicate}> "v" .\n')
