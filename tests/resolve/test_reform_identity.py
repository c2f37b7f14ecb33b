"""Identity across the 2025 reform (issue 27): a person's scope follows the unit's lineage.

Old Gia Lai (64) and old Bình Định (52) merged into the new tỉnh Gia Lai, which took code 52.
The same official before and after the merge is one node when the posts agree; namesakes of
the two old provinces stay apart, and a new namesake both of them agree with joins neither.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli import main
from kg.graph.vocab import KG
from kg.lexicon.resources import resources
from kg.resolve.keys import unit_lineage
from kg.resolve.people import Observation, merge_plan

QUERIES = Path(__file__).resolve().parents[2] / "ontology" / "queries"

OLD_GIA_LAI = """UBND tỉnh Gia Lai họp phiên thường kỳ tháng 3
15/03/2024
Sáng 15/3, UBND tỉnh Gia Lai tổ chức phiên họp thường kỳ. Ông Trương Hải Long, Chủ tịch UBND tỉnh Gia Lai \
chủ trì phiên họp. Ông Nguyễn Văn Hải, Phó Chủ tịch UBND tỉnh Gia Lai cùng dự.
"""
OLD_BINH_DINH = """UBND tỉnh Bình Định họp phiên thường kỳ tháng 3
16/03/2024
Sáng 16/3, UBND tỉnh Bình Định tổ chức phiên họp thường kỳ. Ông Phạm Anh Tuấn, Chủ tịch UBND tỉnh Bình Định \
chủ trì phiên họp. Ông Nguyễn Văn Hải, Phó Chủ tịch UBND tỉnh Bình Định cùng dự. Ông Lê Văn Minh, Giám đốc \
Sở Tài chính tỉnh Bình Định báo cáo.
"""
NEW_GIA_LAI = """UBND tỉnh Gia Lai họp phiên thường kỳ tháng 10
Ngày 15/10/2025
Sáng 15/10, UBND tỉnh Gia Lai tổ chức phiên họp thường kỳ. Ông Trương Hải Long, Chủ tịch UBND tỉnh Gia Lai \
chủ trì phiên họp. Ông Nguyễn Văn Hải, Phó Chủ tịch UBND tỉnh Gia Lai cùng dự. Ông Lê Văn Minh, Giám đốc \
Sở Nội vụ tỉnh Gia Lai báo cáo.
"""


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    tmp = tmp_path_factory.mktemp("reform-identity")
    paths = []
    for name, text in (("old_gialai.txt", OLD_GIA_LAI), ("old_binhdinh.txt", OLD_BINH_DINH),
                       ("new_gialai.txt", NEW_GIA_LAI)):
        (tmp / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp / name))
    assert main(["build", *paths, "--out", str(tmp / "out"), "--no-html"]) == 0
    return Graph().parse(tmp / "out" / "graph.ttl")


def _people(g: Graph) -> dict[str, set[str]]:
    """name -> the person nodes of that name."""
    out: dict[str, set[str]] = {}
    for person, name, _role, _org in g.query((QUERIES / "positions.rq").read_text(encoding="utf-8")):  # type: ignore[misc]
        out.setdefault(str(name), set()).add(str(person))
    return out


def test_an_official_before_and_after_the_merge_is_one_node(graph: Graph) -> None:
    assert len(_people(graph)["Trương Hải Long"]) == 1
    rules = {str(r) for r in graph.objects(None, KG.mergeRule)}
    assert "successor-unit" in rules


def test_namesakes_of_two_merged_provinces_stay_apart(graph: Graph) -> None:
    # old Gia Lai's and old Bình Định's Phó Chủ tịch; the new one agrees with both, so joins neither
    assert len(_people(graph)["Nguyễn Văn Hải"]) == 3


def test_posts_that_do_not_agree_do_not_cross_the_reform(graph: Graph) -> None:
    # Giám đốc Sở Tài chính of old Bình Định, Giám đốc Sở Nội vụ of the new Gia Lai: two bodies
    assert len(_people(graph)["Lê Văn Minh"]) == 2


def test_the_new_province_keeps_its_own_scope() -> None:
    """Old Bình Định (52) and the new Gia Lai (2025 code 52) are two homes; lineage links them."""
    lineage = unit_lineage(resources().gazetteer)
    assert lineage["52"] == lineage["64"] == "2025/52"
    old = Observation("a", "Nguyễn Văn Hải", "52", ("L|52|52|Ủy ban nhân dân|Phó Chủ tịch",), ("e1",))
    new = Observation("b", "Nguyễn Văn Hải", "2025/52", ("L|2025/52|2025/52|Ủy ban nhân dân|Phó Chủ tịch",), ("e2",))
    assert len(merge_plan([old, new]).people) == 2  # no lineage: no crossing
    joined = merge_plan([old, new], lineage=lineage).people
    assert len(joined) == 1 and {m.rule for m in joined[0].members} == {"successor-unit", "same-province"}
    assert merge_plan([new, old], lineage=lineage) == merge_plan([old, new], lineage=lineage)


def test_an_unplaced_mention_meets_the_namesake_of_its_provinces_lineage() -> None:
    """``ông Trương Hải Long`` with no post in a 2026 Gia Lai article is old Gia Lai's chairman when he
    is the one namesake of the new province's predecessors; with namesakes in both, no one."""
    lineage = unit_lineage(resources().gazetteer)
    old_gl = Observation("a", "Trương Hải Long", "64", ("L|64|64|Ủy ban nhân dân|Chủ tịch",), ("e1",))
    old_bd = Observation("b", "Trương Hải Long", "52", ("L|52|52|Ủy ban nhân dân|Chủ tịch",), ("e2",))
    loose = Observation("c", "Trương Hải Long", "2025/52", (), ("e3",))
    (joined,) = [p for p in merge_plan([old_gl, loose], lineage=lineage).people if len(p.members) > 1]
    assert {m.node for m in joined.members} == {"a", "c"}
    assert all(len(p.members) == 1 for p in merge_plan([old_gl, old_bd, loose], lineage=lineage).people)
    # an old province's mention never meets the other old province's namesake
    loose_old = Observation("d", "Trương Hải Long", "52", (), ("e4",))
    assert all(len(p.members) == 1 for p in merge_plan([old_gl, loose_old], lineage=lineage).people)
