"""The HTML network view without a browser: self-contained, deterministic, evidence embedded."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg.export.html import ViewOptions, render_html, to_networkx, view_payload, wrap_label
from kg.export.projection import importance, layout, overview
from kg.graph.vocab import ID, KG, ORG, SCHEMA
from kg.lexicon.search import SEARCH_FOLD

BUONG = "Dương Hữu Bường"


def page_data(html: str) -> dict:
    """Return the JSON the page embeds (the nodes, edges and details it draws)."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match, "the page embeds no kg-data JSON"
    return json.loads(match.group(1))


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
    by_id = {n["id"]: n for n in data["nodes"]}
    chair = [e for e in data["edges"] if e["from"] == node["id"] and e["label"] == "Chủ tịch"
             and "Bắc Kạn" in by_id[e["to"]]["full"]]
    assert chair and chair[0]["ev"], [e for e in data["edges"] if e["from"] == node["id"]]
    ev = data["evidence"][chair[0]["ev"][0]]
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


def test_the_page_carries_the_search_fold_table(seeds_html: str) -> None:
    """The page's JavaScript folds what is typed with the table the keys were folded with."""
    assert page_data(seeds_html)["fold"] == SEARCH_FOLD


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


def test_comment_opener_in_an_article_keeps_the_page_valid() -> None:
    # "<!--" inside a <script> element switches the HTML parser into an escaped state
    # where "</script>" no longer ends it: the page went blank. Every "<" is \u003c.
    g = Graph()
    node = ID["person/x"]
    g.add((node, RDF.type, KG.Official))
    g.add((node, RDFS.label, Literal("A <!-- <script> B", lang="vi")))
    html = render_html(g)
    data_script = re.search(r'id="kg-data">(.*?)</script>', html, re.S)
    assert data_script and "<" not in data_script.group(1)
    assert page_data(html)["nodes"][0]["full"] == "A <!-- <script> B"


def test_evidence_speaks_the_users_words(seeds_html: str) -> None:
    data = page_data(seeds_html)
    # the sentence, the article (headline, file) and the offsets; no extractor ids
    assert data["evidence"] and all(set(ev) == {"sentence", "article", "start", "end"}
                                    for ev in data["evidence"])
    assert not re.search(r'"(?:people|titles|tasks|meetings)/\d', json.dumps(data["evidence"]))
    headlines = [a["headline"] for a in data["articles"]]
    assert all(h and not h.startswith("http") for h in headlines)


def test_search_rows_tell_namesakes_apart(seeds_html: str) -> None:
    data = page_data(seeds_html)
    by_name = {n["full"]: n for n in data["nodes"]}
    assert "Chủ tịch · Ủy ban nhân dân thành phố Bắc Kạn" in by_name[BUONG]["sub"]
    body = by_name["Ủy ban nhân dân thành phố Bắc Kạn"]
    assert "thành phố Bắc Kạn" in body["sub"]
    assert "tỉnh Bắc Kạn" in by_name["thành phố Bắc Kạn"]["sub"]  # a place: its parent unit


def test_first_screen_is_the_most_important_officials_bodies_and_places(seeds_html: str) -> None:
    data = page_data(seeds_html)
    nodes = data["nodes"]
    first = [nodes[i] for i in data["first"]]
    assert first and {n["kind"] for n in first} == {"official", "organization", "locality"}
    assert [n["imp"] for n in first] == sorted((n["imp"] for n in first), reverse=True)
    assert data["laidOut"] and all("x" in n and "y" in n for n in first)
    assert len({(n["x"], n["y"]) for n in first}) == len(first)
    # tasks and articles are counted on their neighbours, not drawn
    buong = next(n for n in nodes if n["full"] == BUONG)
    assert buong["id"] in data["first"] and buong["cnt"]["task"] > 0 and buong["cnt"]["article"] > 0
    assert not any(n["kind"] in ("task", "article") for n in first)


def test_first_screen_size_follows_max_nodes(seeds_graph: Graph) -> None:
    import networkx as nx

    data = page_data(render_html(seeds_graph, options=ViewOptions(max_nodes=7)))
    assert len(data["first"]) == 7
    core = sorted((n for n in data["nodes"] if n["kind"] in ("official", "organization", "locality")),
                  key=lambda n: (-n["imp"], n["id"]))
    assert data["first"][0] == core[0]["id"]  # the most important node leads
    # grown from the hubs: a node without a link on the screen is a hub itself
    view = to_networkx(seeds_graph).to_undirected()
    iris = list(view.nodes)
    linked = view.subgraph([iris[i] for i in data["first"]])
    top = {iris[n["id"]] for n in core[:7]}
    assert all(n in top for n in linked if linked.degree(n) == 0)
    assert nx.number_connected_components(linked) < 7


def test_first_screen_grows_from_the_hubs() -> None:
    from .view_synthetic import synthetic_graph

    view = to_networkx(synthetic_graph(provinces=4, districts=6))
    scores = importance(view)
    first = overview(view, scores, 40)
    assert len(first) == 40 and first[0] == min(view.nodes, key=lambda n: (-scores[n], n))
    kinds = {view.nodes[n]["kind"] for n in first}
    assert kinds == {"official", "organization", "locality"}
    linked = view.subgraph(first).to_undirected()
    assert sum(1 for n in first if linked.degree(n) == 0) <= 2


def test_importance_prefers_the_connected_and_discounts_articles() -> None:
    g = Graph()
    hub, leaf, reported = ID["person/hub"], ID["person/leaf"], ID["person/reported"]
    for person in (hub, leaf, reported):
        g.add((person, RDF.type, KG.Official))
    for i in range(3):
        post = ID[f"post/p{i}"]
        g.add((post, RDF.type, ORG.Post))
        g.add((hub, ORG.holds, post))
        task = ID[f"task/t{i}"]
        g.add((task, RDF.type, KG.Task))
        g.add((task, KG.assigner, hub))
    g.add((ID["task/t0"], KG.assigner, leaf))
    for i in range(4):  # named in four articles: less than four tasks
        art = ID[f"article/a{i}"]
        g.add((art, RDF.type, SCHEMA.NewsArticle))
        g.add((art, SCHEMA.mentions, reported))
    view = to_networkx(g)
    scores = importance(view)
    hub_s, leaf_s, rep_s = (scores[str(n)] for n in (hub, leaf, reported))
    assert hub_s > leaf_s > rep_s > 0
    assert overview(view, scores, 2) == [str(hub), str(leaf)]


def test_layout_is_deterministic_and_spreads_components() -> None:
    from .view_synthetic import synthetic_graph

    view = to_networkx(synthetic_graph(provinces=3, districts=12))
    nodes = overview(view, importance(view), 60)
    first, again = layout(view, nodes), layout(view, nodes)
    assert first == again and first is not None and set(first) == set(nodes)
    assert len(set(first.values())) == len(nodes)
    assert layout(view, list(view.nodes)[:600]) is None


def test_kg_view_creates_a_missing_folder_at_once(seeds_build: Path, tmp_path: Path,
                                                  seeds_html: str) -> None:
    from kg.cli import main

    out = tmp_path / "not" / "yet" / "graph.html"
    assert main(["view", str(seeds_build / "graph.ttl"), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == seeds_html
    assert main(["view", str(seeds_build / "graph.ttl"), "--out", str(tmp_path)]) != 0


def test_kg_view_fails_fast_on_an_unwritable_folder(seeds_build: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main

    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["view", str(seeds_build / "graph.ttl"), "--out", str(blocker / "g.html")]) != 0
    err = capsys.readouterr().err
    assert "kg: error:" in err and "Traceback" not in err and str(blocker) in err


def test_kg_view_reads_the_trig_kg_build_writes(seeds_build: Path, tmp_path: Path) -> None:
    from kg.cli import main

    out = tmp_path / "from-trig.html"
    assert main(["view", str(seeds_build / "graph.trig"), "--out", str(out)]) == 0
    ttl = page_data((seeds_build / "graph.html").read_text(encoding="utf-8"))
    trig = page_data(out.read_text(encoding="utf-8"))
    assert len(trig["nodes"]) == len(ttl["nodes"]) and len(trig["edges"]) == len(ttl["edges"])


def test_html_progress_reports_steps_when_slow(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from kg import progress

    monkeypatch.setattr(progress, "STAGE_DELAY_SECONDS", 0.0)
    stream = io.StringIO()
    stages = progress.Stages("graph.html", 3, stream=stream)
    for name in ("projecting", "ranking", "writing"):
        stages(name)
    stages.close()
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("kg: graph.html: step 1/3, projecting")
    assert lines[-1].startswith("kg: graph.html: done in")
    quiet = io.StringIO()  # a quick task stays silent
    monkeypatch.setattr(progress, "STAGE_DELAY_SECONDS", 60.0)
    stages = progress.Stages("graph.html", 3, stream=quiet)
    stages("projecting")
    stages.close()
    assert quiet.getvalue() == ""


def test_kg_view_reports_progress_on_stderr(seeds_build: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from kg import progress
    from kg.cli import main

    monkeypatch.setattr(progress, "STAGE_DELAY_SECONDS", 0.0)
    assert main(["view", str(seeds_build / "graph.ttl"), "--out", str(tmp_path / "g.html")]) == 0
    err = capsys.readouterr().err
    for step in ("reading", "projecting", "ranking", "writing"):
        assert step in err, err
    assert "kg: wrote" in err


def test_kg_build_reports_progress_on_the_html_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from kg import progress
    from kg.cli import main

    from .conftest import SEEDS

    monkeypatch.setattr(progress, "STAGE_DELAY_SECONDS", 0.0)
    assert main(["build", str(SEEDS / "003_98a935f024fb6b7c.txt"), "--out", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "kg: graph.html: step 1/5, projecting the graph" in err
    assert "kg: graph.html: done in" in err


def test_a_graph_without_people_still_has_a_first_screen() -> None:
    g = Graph()
    for i in range(3):
        art = ID[f"article/a{i}"]
        g.add((art, RDF.type, SCHEMA.NewsArticle))
        g.add((art, SCHEMA.headline, Literal(f"Bài {i}", lang="vi")))
    data = page_data(render_html(g))
    assert sorted(data["first"]) == [0, 1, 2]


def test_page_bytes_do_not_depend_on_the_hash_seed(seeds_build: Path, tmp_path: Path) -> None:
    # networkx subgraph views iterate sets: the layout once changed with PYTHONHASHSEED
    import os
    import subprocess
    import sys

    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"{seed}.html"
        subprocess.run([sys.executable, "-m", "kg.cli", "view", str(seeds_build / "graph.ttl"),
                        "--out", str(out)], env={**os.environ, "PYTHONHASHSEED": seed},
                       check=True, capture_output=True)
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]


def test_html_progress_draws_a_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from kg import progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(progress, "STAGE_DELAY_SECONDS", 0.0)
    stream = Terminal()
    stages = progress.Stages("graph.html", 3, stream=stream)
    for name in ("projecting", "ranking", "writing"):
        stages(name)
    stages.close()
    out = stream.getvalue()
    assert "graph.html" in out and "writing" in out and "kg: graph.html: step" not in out


def test_a_meeting_without_its_year_reads_as_day_and_month() -> None:
    from rdflib.namespace import XSD

    g = Graph()
    meeting = ID["meeting/m"]
    g.add((meeting, RDF.type, KG.Meeting))
    g.add((meeting, RDFS.label, Literal("giao ban", lang="vi")))
    g.add((meeting, KG.partialDate, Literal("--02-06", datatype=XSD.gMonthDay)))
    assert page_data(render_html(g))["nodes"][0]["full"] == "giao ban (06/02)"
