"""``kg ask``: a user's first questions answered by shipped queries, checked against the graph itself.

Each answer is compared with what rdflib reads from the seeds' graph directly (posts held,
tasks given, localities), both engines give the same rows, the label of a node is found
whichever of skos:prefLabel, schema:name or rdfs:label it carries, and the printed query is
the one `kg query` runs.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.cli import main
from kg.store.ask import QUESTIONS, ask, question_text
from kg.store.query import load_oxigraph, load_rdflib, run_oxigraph, run_rdflib, shipped_query
from tests.test_virtuoso import SEEDS_GRAPH, Virtuoso, loaded, virtuoso  # noqa: F401 - fixtures

KG = Namespace("https://w3id.org/vn-gov-kg/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
BUONG = "Dương Hữu Bường"
# one set of answers per question: what a first-hour user types
ANSWERS = {
    "person": {"who": "duong huu buong"},
    "body": {"body": "Ủy ban nhân dân", "place": "Bắc Kạn"},
    "locality": {"place": "Quảng Ninh"},
    "between": {"since": "2021-11", "until": "2022-01"},
    "top-officials": {},
    "top-bodies": {"place": "Quảng Ninh"},
}


def ask_rows(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, str]]:
    assert main(["ask", *argv, "-f", "csv"]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))


def name_of(g: Graph, node: URIRef) -> str:
    return str(next(iter(sorted(g.objects(node, SCHEMA.name)))))


def person(g: Graph, name: str) -> URIRef:
    return next(p for p in g.subjects(SCHEMA.name, Literal(name, lang="vi")) if isinstance(p, URIRef))


def test_every_question_has_its_shipped_query():
    for q in QUESTIONS.values():
        assert shipped_query(q.query).text.startswith("# ")


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_both_engines_give_the_same_rows(seeds_build: Path, name: str):
    ox = ask(seeds_build / "graph.ttl", name, ANSWERS[name])
    rl = ask(seeds_build / "graph.ttl", name, ANSWERS[name], engine="rdflib")
    assert ox.rows, f"kg ask {name} gives no row on the seeds"
    assert ox.variables == rl.variables and ox.as_strings() == rl.as_strings()


def test_person_lists_posts_meetings_and_tasks_of_that_person(capsys, seeds_build, seeds_graph):
    rows = ask_rows(capsys, str(seeds_build / "graph.ttl"), "person", "DUONG HUU BUONG")
    assert {r["name"] for r in rows} == {BUONG}
    node = person(seeds_graph, BUONG)
    posts = {str(seeds_graph.value(p, RDFS.label)) for p in seeds_graph.objects(node, ORG.holds)}
    assert {r["detail"] for r in rows if r["event"] == "post"} == posts and len(posts) == 3
    given = {str(seeds_graph.value(t, SCHEMA.description)) for t in seeds_graph.subjects(KG.assigner, node)}
    assert {r["detail"] for r in rows if r["event"] == "gave task"} == given and len(given) > 10
    chaired = [r for r in rows if r["event"] == "chaired"]
    assert len(chaired) == 1 and chaired[0]["counterpart"] == "Ủy ban nhân dân thành phố Bắc Kạn"
    assert all(r["date"] == "2022-01-07" for r in rows)  # the meeting's date, the posts' observation date


def test_body_in_a_place_keeps_only_the_bodies_of_that_place(capsys, seeds_build):
    graph = str(seeds_build / "graph.ttl")
    everywhere = ask_rows(capsys, graph, "body", "Ủy ban nhân dân")
    in_bac_kan = ask_rows(capsys, graph, "body", "uy ban nhan dan", "--in", "Bắc Kạn")
    assert {r["locality"] for r in in_bac_kan} == {"thành phố Bắc Kạn"}
    assert len({r["locality"] for r in everywhere}) >= 3 and in_bac_kan
    assert all(r in everywhere for r in in_bac_kan)
    by_code = ask_rows(capsys, graph, "body", "Ủy ban nhân dân", "--in", "058")  # GSO code of TP Bắc Kạn
    assert by_code == in_bac_kan
    tasks = ask_rows(capsys, graph, "body", "Tài chính - Kế hoạch")  # en dash in the data
    assert tasks and {r["event"] for r in tasks} == {"received task"}
    assert all("Tài chính – Kế hoạch" in r["body"] for r in tasks)


def test_locality_includes_the_units_inside_it(capsys, seeds_build, seeds_graph):
    graph = str(seeds_build / "graph.ttl")
    city = ask_rows(capsys, graph, "locality", "058")
    province = ask_rows(capsys, graph, "locality", "Bắc Kạn")
    assert {r["locality"] for r in city} == {"thành phố Bắc Kạn"}
    assert {r["locality"] for r in province} == {"thành phố Bắc Kạn", "tỉnh Bắc Kạn"}
    assert all(r in province for r in city)
    holders = {name_of(seeds_graph, m) for m in seeds_graph.subjects(ORG.holds, None)
               if any("Bắc Kạn" in str(seeds_graph.value(p, RDFS.label))
                      for p in seeds_graph.objects(m, ORG.holds))}
    assert {r["name"] for r in province} == holders
    assert all(r["first"] <= r["last"] and int(r["articles"]) >= 1 for r in province)


def test_between_keeps_the_dates_in_the_range(capsys, seeds_build, seeds_graph):
    graph = str(seeds_build / "graph.ttl")
    rows = ask_rows(capsys, graph, "between", "2021-11", "2022-01")
    assert rows and all("2021-11" <= r["date"][:7] <= "2022-01" for r in rows)
    meetings = {str(d) for d in seeds_graph.objects(None, SCHEMA.startDate) if "2021-11" <= str(d)[:7] <= "2022-01"}
    assert {r["date"] for r in rows if r["event"] == "meeting"} == meetings and len(meetings) == 2
    one_month = ask_rows(capsys, graph, "between", "2021-11")
    assert one_month and {r["date"][:7] for r in one_month} == {"2021-11"}
    assert ask_rows(capsys, graph, "between", "1990", "1991") == []


def test_top_officials_count_posts_as_the_graph_holds_them(capsys, seeds_build, seeds_graph):
    rows = ask_rows(capsys, str(seeds_build / "graph.ttl"), "top-officials")
    held = {name_of(seeds_graph, p): len(set(seeds_graph.objects(p, ORG.holds)))
            for p in set(seeds_graph.subjects(ORG.holds, None))}
    assert {r["name"]: int(r["posts"]) for r in rows if int(r["posts"])} == held
    posts = [int(r["posts"]) for r in rows]
    assert posts == sorted(posts, reverse=True) and rows[0]["name"] == BUONG  # 3 posts, the most
    assert len(ask_rows(capsys, str(seeds_build / "graph.ttl"), "top-officials", "--limit", "2")) == 2


def test_top_bodies_count_the_tasks_each_was_given(capsys, seeds_build, seeds_graph):
    rows = ask_rows(capsys, str(seeds_build / "graph.ttl"), "top-bodies", "--limit", "100")
    given: dict[str, int] = {}
    for body in set(seeds_graph.objects(None, KG.assignee)):
        if (body, RDF.type, ORG.Organization) not in seeds_graph:  # a group ("các phòng, ban")
            continue
        label = str(seeds_graph.value(body, SKOS.prefLabel) or seeds_graph.value(body, RDFS.label))
        given[label] = given.get(label, 0) + len(set(seeds_graph.subjects(KG.assignee, body)))
    assert {r["body"]: int(r["tasks"]) for r in rows if int(r["tasks"])} == given
    tasks = [int(r["tasks"]) for r in rows]
    assert tasks == sorted(tasks, reverse=True)


LABELS_TTL = """
@prefix kg: <https://w3id.org/vn-gov-kg/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<urn:p> a kg:Official ; schema:name "Lê Văn A"@vi .
<urn:m> a org:Membership ; org:member <urn:p> ; org:organization <urn:o> ; org:role <urn:r> ;
    kg:observedOn "2025-08-01"^^xsd:date .
<urn:o> a org:Organization ; {org} kg:locality <urn:hn> .
<urn:r> a org:Role ; {role} skos:inScheme <urn:roles> .
<urn:g> a kg:Group ; {group} skos:inScheme <urn:groups> .
<urn:hn> a schema:AdministrativeArea ; {place} kg:gsoCode "01" .
<urn:t1> a kg:Task ; schema:description "báo cáo"@vi ; kg:assigner <urn:p> ; kg:assignee <urn:o>, <urn:g> .
"""


@pytest.mark.parametrize("labels", ["as today", "rdfs:label only", "both"])
def test_labels_are_found_whichever_property_a_node_has(tmp_path: Path, labels: str):
    """Today roles and groups carry skos:prefLabel and 2025 places schema:name; every node may get rdfs:label."""
    own = {"org": "skos:prefLabel", "role": "skos:prefLabel", "group": "skos:prefLabel", "place": "schema:name"}
    names = {"org": "Sở Tài chính thành phố Hà Nội", "role": "Giám đốc", "group": "các sở, ngành",
             "place": "thành phố Hà Nội"}
    props = {k: {"as today": [v], "rdfs:label only": ["rdfs:label"], "both": [v, "rdfs:label"]}[labels]
             for k, v in own.items()}
    text = LABELS_TTL.format(**{k: "".join(f'{p} "{names[k]}"@vi ; ' for p in props[k]) for k in own})
    graph = tmp_path / "g.ttl"
    graph.write_text(text, encoding="utf-8")
    Graph().parse(graph)  # well-formed Turtle
    top = ask(graph, "top-bodies", {"place": "Hà Nội"}).as_strings()
    assert top == {("Sở Tài chính thành phố Hà Nội", "thành phố Hà Nội", "1", "0", "1", "0")}
    body = ask(graph, "body", {"body": "sở", "place": "01"})
    assert {r[0].value for r in body.rows if r[0]} == {"Sở Tài chính thành phố Hà Nội"}
    career = ask(graph, "person", {"who": "Lê Văn A"})
    assert {(r[2].value, r[4].value) for r in career.rows if r[2] and r[4]} == {
        ("post", "Sở Tài chính thành phố Hà Nội"), ("gave task", "Sở Tài chính thành phố Hà Nội"),
        ("gave task", "các sở, ngành")}
    officials = ask(graph, "locality", {"place": "ha noi"}).as_strings()
    assert officials == {("Lê Văn A", "Giám đốc", "Sở Tài chính thành phố Hà Nội", "thành phố Hà Nội",
                          "2025-08-01", "2025-08-01", "0")}


def test_show_query_prints_what_kg_query_runs(capsys, seeds_build, tmp_path):
    graph = str(seeds_build / "graph.ttl")
    assert main(["ask", graph, "body", "Tài chính", "--in", "Đông Triều", "--show-query"]) == 0
    text = capsys.readouterr().out
    assert text == question_text("body", {"body": "Tài chính", "place": "Đông Triều"})
    assert 'VALUES ?bodyName { "Tài chính" }' in text and 'VALUES ?place { "Đông Triều" }' in text
    (tmp_path / "q.rq").write_text(text, encoding="utf-8")
    assert main(["query", graph, str(tmp_path / "q.rq"), "-f", "csv"]) == 0
    via_query = capsys.readouterr().out
    assert main(["query", graph, "-n", "body-activity", "-p", "bodyName=Tài chính", "-p", "place=Đông Triều",
                 "-f", "csv"]) == 0
    assert capsys.readouterr().out == via_query
    assert ask_rows(capsys, graph, "body", "Tài chính", "--in", "Đông Triều") == list(
        csv.DictReader(io.StringIO(via_query, newline="")))


def test_formats_and_output_file(capsys, seeds_build, tmp_path):
    graph = str(seeds_build / "graph.ttl")
    assert main(["ask", graph, "top-officials", "--limit", "3"]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == ["name", "posts", "chaired", "attended", "tasks", "articles"]
    assert table.rstrip().endswith("(3 rows)")
    assert main(["ask", graph, "top-officials", "--limit", "3", "-f", "json", "-o", str(tmp_path / "a.json")]) == 0
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data["head"]["vars"][0] == "name" and len(data["results"]["bindings"]) == 3


@pytest.mark.parametrize("argv, message", [
    (["between", "21-11"], "expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
    (["between", "2021", "soon"], "'soon': expected a date"),
    (["top-bodies", "--limit", "0"], "expected a positive number of rows"),
    (["person", "  "], "empty"),
])
def test_bad_answers_are_refused_with_the_reason(capsys, seeds_build, argv, message):
    assert main(["ask", str(seeds_build / "graph.ttl"), *argv]) == 1
    assert message in capsys.readouterr().err


def test_missing_graph_is_named(capsys, tmp_path):
    assert main(["ask", str(tmp_path / "none.ttl"), "top-bodies"]) == 1
    assert "none.ttl: no such file or store directory" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_same_rows_in_virtuoso(virtuoso: Virtuoso, loaded: dict[str, Path], name: str):  # noqa: F811
    text = question_text(name, ANSWERS[name])
    ox = run_oxigraph(load_oxigraph(loaded[SEEDS_GRAPH]), text)
    rl = run_rdflib(load_rdflib(loaded[SEEDS_GRAPH]), text)
    variables, vrows = virtuoso.select(text, SEEDS_GRAPH)
    assert variables == list(ox.variables)
    assert ox.rows and ox.as_strings() == rl.as_strings() == vrows



def test_a_store_gives_the_same_answers_as_the_file(capsys, seeds_build, tmp_path):
    store = tmp_path / "store"
    assert main(["load", str(store), str(seeds_build / "graph.ttl")]) == 0
    capsys.readouterr()
    for argv in (["person", BUONG], ["top-bodies", "--limit", "5"], ["between", "2021"]):
        assert ask_rows(capsys, str(store), *argv) == ask_rows(capsys, str(seeds_build / "graph.ttl"), *argv)
