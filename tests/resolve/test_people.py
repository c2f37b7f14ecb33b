"""One graph from many articles: merging, namesakes, provenance, formats, determinism."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from kg.cli import main
from kg.export.formats import FORMATS
from kg.graph.vocab import KG, ORG, SCHEMA
from kg.resolve.people import Observation, glued_match, merge_plan, preferred_order

from ..conftest import SEEDS

BAC_KAN_ARTICLE = (
    "UBND thành phố Bắc Kạn họp giao ban tháng 2/2022\n"
    "Sáng ngày 08/02/2022, đồng chí Dương Hữu Bường, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố "
    "Bắc Kạn chủ trì hội nghị.\n"
)
NAMESAKE_ARTICLE = (
    "UBND huyện Đắk Song họp thường kỳ\n"
    "Sáng ngày 9/3/2022, đồng chí Dương Hữu Bường, Chủ tịch UBND huyện Đắk Song chủ trì phiên họp.\n"
)


def _people(g: Graph, name: str) -> set[str]:
    return {str(p) for p in g.subjects(SCHEMA.name, None) if str(g.value(p, SCHEMA.name)) == name
            and (p, RDF.type, KG.Official) in g}


def _build(tmp_path: Path, files: list[Path], name: str, *extra: str) -> Path:
    out = tmp_path / name
    assert main(["build", *map(str, files), "--out", str(out), "--no-html", *extra]) == 0
    return out


def test_same_official_in_two_articles_is_one_node(tmp_path: Path) -> None:
    second = tmp_path / "bac-kan-2.txt"
    second.write_text(BAC_KAN_ARTICLE, encoding="utf-8")
    out = _build(tmp_path, [SEEDS / "000_284483def7fdfad7.txt", second], "two")
    g = Graph().parse(out / "graph.ttl")
    people = _people(g, "Dương Hữu Bường")
    assert len(people) == 1
    person = next(iter(people))
    articles = {str(m) for m in g.subjects(ORG.member, None)}
    assert len({str(g.value(m, ORG.organization)) for m in g.subjects(ORG.member, None)
                if str(g.value(m, ORG.member)) == person}) >= 2
    assert articles  # memberships exist for both articles


def test_namesakes_in_two_provinces_are_two_nodes(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(BAC_KAN_ARTICLE, encoding="utf-8")
    b.write_text(NAMESAKE_ARTICLE, encoding="utf-8")
    g = Graph().parse(_build(tmp_path, [a, b], "namesakes") / "graph.ttl")
    assert len(_people(g, "Dương Hữu Bường")) == 2


def test_spelling_variants_of_minority_names_are_one_node(tmp_path: Path) -> None:
    texts = ["Huyện Đắk Song họp\nĐồng chí K’Thanh, Phó Chủ tịch UBND huyện Đắk Song phát biểu.\n",
             "Huyện Đắk Song họp lần hai\nĐồng chí K ‘ Thanh, Phó Chủ tịch UBND huyện Đắk Song phát biểu.\n"]
    files = []
    for i, text in enumerate(texts):
        files.append(tmp_path / f"k{i}.txt")
        files[-1].write_text(text, encoding="utf-8")
    g = Graph().parse(_build(tmp_path, files, "k") / "graph.ttl")
    officials = set(g.subjects(RDF.type, KG.Official))
    assert len(officials) == 1
    assert str(g.value(next(iter(officials)), SCHEMA.name)) == "K'Thanh"


def test_glued_initial_names_merge_and_the_merge_is_recorded(tmp_path: Path) -> None:
    texts = ["Huyện Đắk Song họp\nĐồng chí Y Quang BKrông, Phó Chủ tịch UBND huyện Đắk Song phát biểu.\n",
             "Huyện Đắk Song họp lần hai\nĐồng chí Y Quang Buôn Krông, Phó Chủ tịch UBND huyện Đắk Song "
             "phát biểu.\n"]
    files = []
    for i, text in enumerate(texts):
        files.append(tmp_path / f"y{i}.txt")
        files[-1].write_text(text, encoding="utf-8")
    g = Graph().parse(_build(tmp_path, files, "y") / "graph.ttl")
    officials = set(g.subjects(RDF.type, KG.Official))
    assert len(officials) == 1
    assert str(g.value(next(iter(officials)), SCHEMA.name)) == "Y Quang Buôn Krông"
    records = list(g.subjects(RDF.type, KG.MergeRecord))
    assert sorted(str(g.value(r, KG.mergeRule)) for r in records) == ["glued-initial", "same-province"]
    assert all(g.value(r, KG.mergeEvidence) is not None for r in records)


def test_merge_plan_is_order_independent() -> None:
    ubnd = ("L|67|664|Ủy ban nhân dân|Phó Chủ tịch",)
    people = [Observation("a", "Y Quang BKrông", "67", ubnd), Observation("b", "Y Quang Buôn Krông", "67", ubnd),
              Observation("c", "Y Quang BKrông", "66", ("L|66|650|Ủy ban nhân dân|Phó Chủ tịch",))]
    assert merge_plan(people) == merge_plan(list(reversed(people)))
    together = [p for p in merge_plan(people).people if len(p.members) > 1]
    assert [sorted(m.node for m in p.members) for p in together] == [["a", "b"]]
    assert {m.rule for m in together[0].members} == {"glued-initial", "same-province"}
    assert glued_match("Y Quang BKrông", "Y Quang Buôn Krông")
    assert not glued_match("Y Quang BKrông", "Y Quang Buôn Krông Nam")
    assert preferred_order({"K Thanh", "K’Thanh", "K ‘ Thanh"})[0] == "K’Thanh"


def test_trig_has_one_named_graph_per_article(tmp_path: Path) -> None:
    out = _build(tmp_path, [SEEDS], "trig")
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    names = {str(c.identifier) for c in ds.graphs() if len(c)}
    articles = {n for n in names if "/article/" in n}
    assert len(articles) == len(list(SEEDS.glob("*.txt")))
    assert any(n.endswith("/graph/entities") for n in names)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_each_format_parses_back_to_the_same_graph(tmp_path: Path, fmt: str) -> None:
    out = _build(tmp_path, [SEEDS], "all", "--format", ",".join(FORMATS))
    union = Graph().parse(out / "graph.ttl", format="turtle")
    rdflib_format = {"ttl": "turtle", "trig": "trig", "nt": "nt", "nq": "nquads", "jsonld": "json-ld"}[fmt]
    if fmt in ("trig", "nq"):
        ds = Dataset()
        ds.parse(out / FORMATS[fmt], format=rdflib_format)
        back = Graph()
        for s, p, o, _c in ds.quads((None, None, None, None)):
            back.add((s, p, o))
    else:
        back = Graph().parse(out / FORMATS[fmt], format=rdflib_format)
    assert isomorphic(back, union)
    if fmt in ("ttl", "nt", "nq", "trig"):
        store = pyoxigraph.Store()
        ox = {"ttl": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES,
              "nq": pyoxigraph.RdfFormat.N_QUADS, "trig": pyoxigraph.RdfFormat.TRIG}[fmt]
        store.load((out / FORMATS[fmt]).read_bytes(), ox)
        assert len(store) >= len(union)


def test_every_format_is_byte_identical_in_any_order_and_with_jobs(tmp_path: Path) -> None:
    files = sorted(SEEDS.glob("*.txt"))
    fmts = ",".join(FORMATS)
    a = _build(tmp_path, files, "a", "--format", fmts)
    b = _build(tmp_path, list(reversed(files)), "b", "--format", fmts, "--jobs", "2")
    for name in FORMATS.values():
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_base_iri_moves_entity_iris(tmp_path: Path) -> None:
    out = _build(tmp_path, [SEEDS / "004_eb2e1b7cea8a133f.txt"], "base", "--base-iri", "https://example.org/kg/")
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "https://example.org/kg/person/" in text
    assert "https://w3id.org/vn-gov-kg/id/" not in text


def test_posts_by_locality_query_answers_for_bac_kan(tmp_path: Path) -> None:
    out = _build(tmp_path, [SEEDS], "q")
    g = Graph().parse(out / "graph.ttl")
    query = (Path(__file__).resolve().parents[2] / "ontology" / "queries" / "posts-by-locality.rq")
    rows = [r for r in g.query(query.read_text(encoding="utf-8")) if str(r.code) == "058"]
    names = {str(r.name) for r in rows}
    assert {"Dương Hữu Bường", "Cù Ngọc Cường"} <= names
    assert all(str(r.article).startswith("https://w3id.org/vn-gov-kg/id/article/") for r in rows)
