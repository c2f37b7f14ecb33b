"""The exported graph: SHACL conformance, strict parsing, determinism, evidence, query columns."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.cli import main
from kg.export.validate import validate
from kg.graph.vocab import KG, ORG
from kg.ingest import iter_sources, read_source

from ..conftest import ROOT, SEEDS

# The columns DESIGN.md promises for each competency query (other tools rely on them).
QUERY_COLUMNS = {
    "officials": ["person", "name"],
    "positions": ["person", "name", "role", "organization"],
    "meetings": ["meeting", "date", "chair", "organizer", "locality", "article"],
    "attendees": ["meeting", "name"],
    "tasks": ["task", "meeting", "assigner", "assignee", "description"],
    "localities": ["locality", "name", "type", "code", "parent"],
    "articles": ["article", "headline", "date", "author"],
}


@pytest.fixture(scope="module")
def g(seeds_build: Path) -> Graph:
    return Graph().parse(seeds_build / "graph.ttl", format="turtle")


def test_seeds_graph_conforms_to_shapes(g: Graph) -> None:
    report = validate(g)
    assert report.conforms, report.text


def test_a_membership_without_evidence_fails_the_shapes(g: Graph) -> None:
    broken = Graph()
    for t in g:
        broken.add(t)
    membership = next(iter(broken.subjects(RDF.type, ORG.Membership)))
    broken.remove((membership, KG.evidence, None))
    report = validate(broken)
    assert not report.conforms
    assert "evidence" in report.text


def test_an_evidence_with_a_bad_offset_fails_the_shapes(g: Graph) -> None:
    broken = Graph()
    for t in g:
        broken.add(t)
    ev = next(iter(broken.subjects(RDF.type, KG.Evidence)))
    broken.remove((ev, KG.startOffset, None))
    broken.add((ev, KG.startOffset, Literal("zero")))
    assert not validate(broken).conforms


def test_turtle_parses_with_oxigraph_strict_parser(seeds_build: Path, g: Graph) -> None:
    store = pyoxigraph.Store()
    store.load((seeds_build / "graph.ttl").read_bytes(), pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(g)


def test_iris_are_ascii_without_spaces(g: Graph) -> None:
    for term in {t for triple in g for t in triple if isinstance(t, URIRef)}:
        assert str(term).isascii() and " " not in str(term), term


def test_no_absolute_paths_or_timestamps_in_export(seeds_build: Path) -> None:
    text = (seeds_build / "graph.ttl").read_text(encoding="utf-8")
    assert str(ROOT) not in text
    assert "/tmp/" not in text


def test_build_is_byte_identical_twice_and_in_reverse_order(tmp_path: Path, seeds_build: Path) -> None:
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    assert main(["build", *reversed(files), "--out", str(tmp_path / "rev"), "--no-html"]) == 0
    first = (seeds_build / "graph.ttl").read_bytes()
    assert (tmp_path / "rev" / "graph.ttl").read_bytes() == first
    assert main(["build", str(SEEDS), "--out", str(tmp_path / "again")]) == 0
    assert (tmp_path / "again" / "graph.ttl").read_bytes() == first
    assert (tmp_path / "again" / "graph.html").read_bytes() == (seeds_build / "graph.html").read_bytes()


def test_every_evidence_sentence_is_the_text_at_its_offsets(g: Graph) -> None:
    """The offsets index the seed file as decoded, line ends kept (tests/ingest/test_offsets.py
    covers files that need cleaning: CR LF, NFD, zero-width marks, dropped lines)."""
    docs = {}
    for src in iter_sources([SEEDS]):
        doc = read_source(src)
        with (SEEDS / doc.source).open(encoding="utf-8-sig", newline="") as fh:
            docs[doc.doc_id] = fh.read()
    count = 0
    for ev in g.subjects(RDF.type, KG.Evidence):
        doc_id = re.search(r"/evidence/([^/]+)/", str(ev)).group(1)  # type: ignore[union-attr]
        start = int(g.value(ev, KG.startOffset))  # type: ignore[arg-type]
        end = int(g.value(ev, KG.endOffset))  # type: ignore[arg-type]
        assert str(g.value(ev, KG.sentence)) == docs[doc_id][start:end]
        count += 1
    assert count > 0


def test_every_membership_leads_to_an_article(g: Graph) -> None:
    from rdflib.namespace import PROV

    from kg.graph.vocab import SCHEMA

    for m in g.subjects(RDF.type, ORG.Membership):
        art = g.value(m, PROV.wasDerivedFrom)
        assert (art, RDF.type, SCHEMA.NewsArticle) in g


@pytest.mark.parametrize("name", sorted(QUERY_COLUMNS))
def test_competency_query_returns_the_design_columns(g: Graph, name: str) -> None:
    query = (ROOT / "ontology" / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    result = g.query(query)
    assert [str(v) for v in result.vars] == QUERY_COLUMNS[name]  # type: ignore[union-attr]


def test_positions_query_reads_plain_strings(g: Graph) -> None:
    query = (ROOT / "ontology" / "queries" / "positions.rq").read_text(encoding="utf-8")
    rows = list(g.query(query))
    assert rows
    for row in rows:
        assert all(v.language is None for v in row[1:])  # type: ignore[union-attr]
    triples = {(str(r[1]), str(r[2]), str(r[3])) for r in rows}
    assert ("Dương Hữu Bường", "Phó Bí thư", "Thành ủy Bắc Kạn") in triples
