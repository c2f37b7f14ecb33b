"""``kg stats``: counts per type, articles, facts without locality, split-looking names and the
most connected nodes, the same for a graph file and for a store, as a table and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from kg.cli import main

from .conftest import SEEDS

TTL = """@prefix kg: <https://w3id.org/vn-gov-kg/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix id: <https://w3id.org/vn-gov-kg/id/> .
id:a1 a schema:NewsArticle .
id:p1 a kg:Official ; schema:name "Nguyễn Văn An" ; org:memberOf id:o1 ; org:holds id:post1 .
id:p2 a kg:Official ; schema:name "Nguyễn Văn  An" ; org:memberOf id:o1 .
id:p3 a kg:Official ; schema:name "Văn An" .
id:p4 a kg:Official ; schema:name "Thuận" .
id:p5 a kg:Official ; schema:name "Lê Thị Hoa" ; org:memberOf id:o2 .
id:o1 a org:Organization ; skos:prefLabel "UBND huyện X" ; kg:locality id:place1 .
id:o2 a org:Organization ; skos:prefLabel "Sở Y tế" .
id:m1 a org:Membership ; org:organization id:o1 ; org:member id:p1 .
id:m2 a org:Membership ; org:organization id:o2 ; org:member id:p5 .
"""


def test_stats_of_a_small_graph(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "g.ttl"
    path.write_text(TTL, encoding="utf-8")
    assert main(["stats", str(path), "--json"]) == 0
    st = json.loads(capsys.readouterr().out)
    assert st["articles"] == 1
    assert st["types"]["kg:Official"] == 5 and st["types"]["org:Organization"] == 2
    assert st["facts"]["memberships"] == 2 and st["facts_without_locality"]["memberships"] == 1
    assert st["facts_without_locality"]["organizations"] == 1
    splits = {(s["name"], s["why"]) for s in st["split_looking_names"]}
    assert ("Nguyễn Văn  An", "same name on several nodes") in splits or \
        ("Nguyễn Văn An", "same name on several nodes") in splits
    assert ("Thuận", "one word") in splits
    assert any(name == "Văn An" and why.startswith("part of the name") for name, why in splits)
    assert not any(name == "Lê Thị Hoa" for name, _ in splits)
    top = st["most_connected_officials"][0]
    assert top["label"] == "Nguyễn Văn An" and top["links"] == 3  # memberOf, holds, member of m1
    assert st["most_connected_bodies"][0]["label"] == "UBND huyện X"
    assert main(["stats", str(path)]) == 0
    text = capsys.readouterr().out
    assert "1 articles" in text and "split-looking names (3)" in text and "UBND huyện X" in text


def test_stats_of_a_store_equal_those_of_its_files(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    store, out = tmp_path / "store", tmp_path / "out"
    assert main(["build", str(SEEDS), "--into", str(store), "--out", str(out), "--no-html",
                 "--format", "ttl,trig,jsonld", "--jobs", "1"]) == 0
    capsys.readouterr()
    seen = []
    for source in (store, out / "graph.ttl", out / "graph.trig", out / "graph.jsonld"):
        assert main(["stats", str(source), "--json"]) == 0
        st = json.loads(capsys.readouterr().out)
        st.pop("source")
        seen.append(st)
    assert all(s == seen[0] for s in seen)
    assert seen[0]["articles"] == len(list(SEEDS.glob("*.txt")))
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert seen[0]["triples"] == report["counts"]["triples"]


def test_stats_of_a_missing_path_is_a_clear_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["stats", str(tmp_path / "nope.ttl")]) == 1
    assert "no such graph file or store" in capsys.readouterr().err
