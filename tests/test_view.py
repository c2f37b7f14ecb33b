"""The HTML network view without a browser: self-contained, deterministic, evidence embedded."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg.export.html import ViewOptions, fold, render_html, to_networkx, view_payload, wrap_label
from kg.graph.vocab import ID, KG, ORG, SCHEMA

BUONG = "Dương Hữu Bường"


def page_data(html: str) -> dict:
    """Return the JSON the page embeds (the nodes, edges and details it draws)."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match, "the page embeds no kg-data JSON"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def seeds_graph(seeds_build: Path) -> Graph:
    g = Graph()
    g.parse(seeds_build / "graph.ttl", format="turtle")
    return g


@pytest.fixture(scope="module")
def seeds_html(seeds_build: Path) -> str:
    return (seeds_build / "graph.html").read_text(encoding="utf-8")


def test_page_loads_nothing_from_the_network(seeds_html: str) -> None:
    # any src/href to a remote URL, a CSS @import or url(http…) would leave the file
    remote = re.findall(r"""<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)\s*=\s*["']?"""
                        r"""(?:https?:)?//""", seeds_html, re.I)
    assert remote == []
    assert re.findall(r"<script\b[^>]*\bsrc=", seeds_html, re.I) == []
    assert re.findall(r"<link\b", seeds_html, re.I) == []
    assert re.findall(r"""url\(\s*["']?(?:https?:)?//""", seeds_html, re.I) == []
    assert "@import" not in seeds_html
    assert "sourceMappingURL" not in seeds_html
    for cdn in ("cdnjs", "jsdelivr", "unpkg", "bootstrap", "tom-select"):
        assert cdn not in seeds_html.lower()


def test_page_inlines_vis_network(seeds_html: str) -> None:
    assert "vis-network" in seeds_html and "new vis.Network(" in seeds_html
    # vis-network, the data, the page's own script
    assert len(re.findall(r"^<script", seeds_html, re.M)) == 3


def test_same_graph_gives_the_same_bytes(seeds_graph: Graph, seeds_html: str) -> None:
    shuffled = Graph()  # the same triples, added in another order
    for triple in sorted(seeds_graph, key=lambda t: tuple(str(x) for x in t), reverse=True):
        shuffled.add(triple)
    assert render_html(seeds_graph) == render_html(shuffled) == seeds_html


def test_drawn_counts_match_the_projection(seeds_graph: Graph, seeds_html: str) -> None:
    view = to_networkx(seeds_graph)
    data = page_data(seeds_html)
    assert len(data["nodes"]) == view.number_of_nodes() > 0
    assert len(data["edges"]) == view.number_of_edges() > 0
    assert {n["kind"] for n in data["nodes"]} >= {"official", "organization", "post", "locality",
                                                  "article"}
    assert [n["id"] for n in data["nodes"]] == list(range(len(data["nodes"])))


def test_membership_facts_carry_their_evidence(seeds_graph: Graph, seeds_html: str) -> None:
    data = page_data(seeds_html)
    (node,) = [n for n in data["nodes"] if n["full"] == BUONG]
    details = data["details"][node["id"]]
    by_id = {n["id"]: n for n in data["nodes"]}
    chair = [f for f in details["facts"]
             if f["rel"] == "Chủ tịch" and "Bắc Kạn" in by_id[f["other"]]["full"]]
    assert chair and chair[0]["evidence"], details["facts"]
    ev = data["evidence"][chair[0]["evidence"][0]]
    assert BUONG in ev["sentence"] and "Chủ tịch" in ev["sentence"]
    article = data["articles"][ev["article"]]
    assert "Bắc Kạn" in article["headline"] and article["file"].endswith(".txt")
    # the sentence is the one the RDF records for his membership, offsets included
    sentences = {str(s) for m in seeds_graph.subjects(ORG.member, None)
                 for e in seeds_graph.objects(m, KG.evidence)
                 for s in seeds_graph.objects(e, KG.sentence)}
    assert ev["sentence"] in sentences
    assert isinstance(ev["start"], int) and ev["end"] > ev["start"]


def test_labels_and_edges_read_as_vietnamese(seeds_html: str) -> None:
    data = page_data(seeds_html)
    labels = {e["label"] for e in data["edges"]}
    assert {"giữ chức", "thuộc", "Chủ tịch"} <= labels
    assert all("\n" not in n["full"] and len(n["label"].split("\n")) <= 3 for n in data["nodes"])
    legend = {t["key"]: t["legend"] for t in data["types"]}
    assert legend["official"] == "Cán bộ" and legend["meeting"] == "Cuộc họp"


def test_search_keys_are_folded(seeds_html: str) -> None:
    data = page_data(seeds_html)
    (node,) = [n for n in data["nodes"] if n["full"] == BUONG]
    assert "duong huu buong" in node["search"]


@pytest.mark.parametrize(("text", "folded"), [
    (BUONG, "duong huu buong"),
    ("Đông Triều", "dong trieu"),
    ("ỦY BAN  NHÂN DÂN", "uy ban nhan dan"),
    ("Uỷ ban", "uy ban"),
    ("hoà / hòa", "hoa / hoa"),
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold(unicodedata.normalize("NFD", text)) == folded


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


def test_wrap_label_limits_lines() -> None:
    label = wrap_label("Phó Chủ tịch Ủy ban nhân dân thành phố Móng Cái tỉnh Quảng Ninh "
                       "nhiệm kỳ 2021–2026")
    lines = label.split("\n")
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert wrap_label("Đông Triều") == "Đông Triều"


def test_script_breaking_text_is_escaped() -> None:
    g = Graph()
    node = ID["person/x"]
    g.add((node, RDF.type, KG.Official))
    g.add((node, RDFS.label, Literal("</script><script>alert(1)</script>", lang="vi")))
    html = render_html(g)
    assert "</script><script>alert" not in html
    assert page_data(html)["nodes"][0]["full"] == "</script><script>alert(1)</script>"


def test_meeting_and_task_edges_read_as_sentences() -> None:
    g = Graph()
    person, meeting, task, org = ID["person/p"], ID["meeting/m"], ID["task/t"], ID["org/o"]
    g.add((person, RDF.type, KG.Official))
    g.add((person, SCHEMA.name, Literal("Nguyễn Văn A", lang="vi")))
    g.add((org, RDF.type, ORG.Organization))
    g.add((meeting, RDF.type, KG.Meeting))
    g.add((meeting, KG.chair, person))
    g.add((task, RDF.type, KG.Task))
    g.add((task, KG.assigner, person))
    g.add((task, KG.assignee, org))
    g.add((task, KG.atMeeting, meeting))
    edges = {(a.rsplit("/", 1)[-1], b.rsplit("/", 1)[-1], d["label"])
             for a, b, d in to_networkx(g).edges(data=True)}
    assert edges == {("p", "m", "chủ trì"), ("p", "t", "giao nhiệm vụ"), ("t", "o", "giao cho"),
                     ("t", "m", "tại cuộc họp")}


def test_max_nodes_option_reaches_the_page(seeds_graph: Graph) -> None:
    assert page_data(render_html(seeds_graph, options=ViewOptions(max_nodes=7)))["maxNodes"] == 7


def test_kg_view_command(seeds_build: Path, tmp_path: Path, seeds_html: str) -> None:
    from kg.cli import main

    out = tmp_path / "view.html"
    assert main(["view", str(seeds_build / "graph.ttl"), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == seeds_html
    ttl = str(seeds_build / "graph.ttl")
    assert main(["view", ttl, "--out", str(out), "--max-nodes", "5"]) == 0
    assert page_data(out.read_text(encoding="utf-8"))["maxNodes"] == 5
    assert main(["view", str(tmp_path / "missing.ttl"), "--out", str(out)]) != 0


def test_payload_is_json_ready(seeds_graph: Graph) -> None:
    payload = view_payload(seeds_graph)
    assert json.loads(json.dumps(payload)) == payload
