"""The identity benchmark's scorer (benchmarks/identity/score_clusters.py) and the shape of its gold."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "identity"


def _load():
    spec = importlib.util.spec_from_file_location("score_clusters", BENCH / "score_clusters.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_clusters"] = module
    spec.loader.exec_module(module)
    return module


sc = _load()

TTL = """
@prefix kg: <https://w3id.org/vn-gov-kg/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix id: <https://w3id.org/vn-gov-kg/id/> .

id:person\\/a1 a kg:Official ; schema:name "Nguyễn Đức Chung"@vi ; kg:nameAsWritten "Nguyễn Đức Chung"@vi .
id:person\\/a2 a kg:Official ; schema:name "Hà Nội Nguyễn Đức Chung"@vi .
id:person\\/b a kg:Official ; schema:name "Nguyễn Xuân Phúc"@vi ; kg:nameVariant "Nguyễ n Xuân Phúc"@vi .
id:place\\/01 a schema:AdministrativeArea ; schema:name "thành phố Hà Nội"@vi .

id:m1 org:member id:person\\/a1 ; prov:wasDerivedFrom id:article\\/art-1 ; kg:evidence id:e1 .
id:e1 kg:sentence "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung cho biết."@vi .
id:t2 kg:assigner id:person\\/a2 ; prov:wasDerivedFrom id:article\\/art-2 .
id:m3 org:member id:person\\/b ; prov:wasDerivedFrom id:article\\/art-3 .
id:g4 kg:chair id:person\\/a1 ; prov:wasDerivedFrom id:article\\/art-4 .
id:m4 org:member id:person\\/b ; prov:wasDerivedFrom id:article\\/art-4 .
"""


def _gold(tmp_path: Path, people: list[dict]) -> Path:
    path = tmp_path / "clusters.json"
    path.write_text(json.dumps({"people": people}, ensure_ascii=False), encoding="utf-8")
    return path


def _graph(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(TTL, encoding="utf-8")
    return path


def _m(article: str, name: str) -> dict:
    return {"article": article, "name": name, "sentence": ""}


def test_mentions_map_exact_folded_and_contained(tmp_path: Path) -> None:
    graph = sc.load_graph(_graph(tmp_path))

    def mapped(article: str, name: str) -> tuple[str | None, str]:
        return sc.map_mention(graph, sc.Mention("p", article, name, ""))

    a1, a2, b = (f"https://w3id.org/vn-gov-kg/id/person/{x}" for x in ("a1", "a2", "b"))
    assert mapped("art-1", "Nguyễn Đức Chung") == (a1, "exact")
    assert mapped("art-2", "Hà Nội Nguyễn Đức Chung") == (a2, "exact")
    assert mapped("art-2", "Nguyễn Đức Chung") == (a2, "contained")  # the node kept the junk
    assert mapped("art-3", "Nguyên Xuân Phúc") == (b, "folded")  # typo of the surname's marks
    assert mapped("art-3", "Nguyễ n Xuân Phúc") == (b, "exact")  # a recorded variant
    assert mapped("art-4", "Nguyễn Đức Chung") == (a1, "exact")  # chair of a meeting of art-4
    assert mapped("art-4", "Trần Đại Quang") == (None, "no node of that name in the article")
    assert mapped("art-9", "Nguyễn Đức Chung") == (None, "article has no people")


def test_pairwise_and_bcubed_on_a_known_split_and_merge() -> None:
    # gold: P = {1,2,3}, Q = {4}; system: X = {1,2}, Y = {3,4}
    ms = [sc.Mention(p, f"a{i}", "n", "") for i, p in enumerate("PPPQ", start=1)]
    gold = {m: m.person for m in ms}
    system = dict(zip(ms, "XXYY", strict=True))
    p, r, _ = sc.pairwise(gold, system)
    assert (p, r) == pytest.approx((1 / 2, 1 / 3))  # same-node pairs {12, 34}; same-person pairs {12, 13, 23}
    p, r, _ = sc.bcubed(gold, system)
    assert p == pytest.approx((1 + 1 + 1 / 2 + 1 / 2) / 4)
    assert r == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    perfect = sc.bcubed(gold, {m: m.person for m in ms})
    assert perfect == pytest.approx((1.0, 1.0, 1.0))


def test_main_scores_and_reports_unmapped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _gold(tmp_path, [
        {"id": "chung", "name": "Nguyễn Đức Chung",
         "mentions": [_m("art-1", "Nguyễn Đức Chung"), _m("art-2", "Hà Nội Nguyễn Đức Chung"),
                      _m("art-4", "Nguyễn Đức Chung")]},
        {"id": "phuc", "name": "Nguyễn Xuân Phúc", "mentions": [_m("art-3", "Nguyễn Xuân Phúc")]},
    ])
    assert sc.main([str(_graph(tmp_path)), "--gold", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "3 people" not in out and "2 people, 4 mentions" in out
    assert "Nguyễn Đức Chung: 1 / 2" in out  # one clean node, one with a place name in front
    assert "names beginning with a place: 1" in out
    assert "chung: 2 nodes" in out

    gold = _gold(tmp_path, [{"id": "quang", "name": "Trần Đại Quang", "mentions": [_m("art-1", "Trần Đại Quang")]}])
    assert sc.main([str(_graph(tmp_path)), "--gold", str(gold)]) == 1
    captured = capsys.readouterr()
    assert "UNMAPPED" in captured.out and "not found in the graph" in captured.err


def test_bad_inputs_exit_2_with_the_file_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _gold(tmp_path, [{"id": "x", "name": "X", "mentions": [_m("a", "X")]},
                            {"id": "y", "name": "Y", "mentions": [_m("a", "X")]}])
    assert sc.main([str(_graph(tmp_path)), "--gold", str(gold)]) == 2
    assert "is in both x and y" in capsys.readouterr().err
    gold = _gold(tmp_path, [{"id": "x", "name": "X", "mentions": [_m("a", "X")]}])
    assert sc.main([str(tmp_path / "missing.ttl"), "--gold", str(gold)]) == 2
    assert "missing.ttl" in capsys.readouterr().err


def test_the_committed_gold_is_large_grounded_and_has_namesakes() -> None:
    mentions = sc.load_gold(BENCH / "clusters.json")  # raises on repeated ids or mentions
    people = json.loads((BENCH / "clusters.json").read_text(encoding="utf-8"))["people"]
    assert len(people) >= 120
    for person in people:
        for m in person["mentions"]:
            assert m["name"] in m["sentence"], (person["id"], m)
    names = Counter(sc.words_key(p["name"]) for p in people)
    assert sum(1 for n in names.values() if n > 1) >= 10  # names shared by people who must stay apart
    ids = {m.person for m in mentions}
    assert {"nguyen-xuan-phuc", "tran-dai-quang", "nguyen-thi-kim-ngan", "nguyen-duc-chung", "dinh-la-thang",
            "huynh-duc-tho"} <= ids
    chung = {m.name for m in mentions if m.person == "nguyen-duc-chung"}
    assert {"Hà Nội Nguyễn Đức Chung", "Nguyễn Đức Chung DN"} <= chung


def test_namesakes_sharing_a_node_are_counted() -> None:
    ms = [sc.Mention("ha-minister", "a1", "Phạm Hồng Hà", ""), sc.Mention("ha-halong", "a2", "Phạm Hồng Hà", ""),
          sc.Mention("khanh-kh", "a3", "Trần Quốc Khánh", ""), sc.Mention("khanh-ct", "a4", "Trần Quốc Khánh", "")]
    splits = {"ha-minister": Counter({"n1": 1}), "ha-halong": Counter({"n1": 1}),
              "khanh-kh": Counter({"n2": 1}), "khanh-ct": Counter({"n3": 1})}
    result = sc.namesake_pairs(ms, splits)
    assert (result["names"], result["pairs"], result["merged"]) == (2, 2, 1)
    assert result["examples"] == ["ha-halong + ha-minister"]
