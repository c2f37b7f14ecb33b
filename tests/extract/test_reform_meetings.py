"""Meetings of a commune after the 2025 reform (issue 27): the commune's bodies and the commune's place.

Hand-built articles: the Front's standing board of a commune calls a dialogue, written with the
commune and without it; the bare ``UBND`` given a task is the commune's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli import main

QUERIES = Path(__file__).resolve().parents[2] / "ontology" / "queries"

FRONT = """Hội nghị đối thoại với nhân dân năm 2025
Ngày 08/10/2025
Sáng 8/10, tại xã Tân Đoàn (tỉnh Lạng Sơn), Ban Thường trực Ủy ban Mặt trận Tổ quốc tổ chức hội nghị đối thoại \
giữa người đứng đầu cấp ủy, chính quyền xã Tân Đoàn với nhân dân. Bà Hứa Phong Lan, Bí thư Đảng ủy chủ trì \
hội nghị. Bà Hứa Phong Lan giao UBND rà soát, giải quyết dứt điểm các kiến nghị của cử tri trước ngày 30/11.
"""


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    tmp = tmp_path_factory.mktemp("reform-meetings")
    (tmp / "front.txt").write_text(FRONT, encoding="utf-8")
    assert main(["build", str(tmp / "front.txt"), "--out", str(tmp / "out"), "--no-html"]) == 0
    return Graph().parse(tmp / "out" / "graph.ttl")


def _rows(g: Graph, query: str) -> list[dict[str, str]]:
    res = g.query((QUERIES / query).read_text(encoding="utf-8"))
    return [{str(k): str(row[k]) for k in res.vars if row[k] is not None} for row in res]  # type: ignore[union-attr,index]


def test_the_communes_front_meeting_keeps_its_commune(graph: Graph) -> None:
    (meeting,) = _rows(graph, "meetings.rq")
    assert meeting["organizer"] == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Đoàn"
    assert meeting["locality"] == "06316"  # the 2025 xã Tân Đoàn, not tỉnh Lạng Sơn (20)
    posts = {(r["name"], r["organization"]) for r in _rows(graph, "positions.rq")}
    assert ("Hứa Phong Lan", "Đảng ủy xã Tân Đoàn") in posts


def test_a_bare_ubnd_given_a_task_is_the_communes(graph: Graph) -> None:
    tasks = _rows(graph, "tasks.rq")
    assert tasks and tasks[0]["assignee"] == "Ủy ban nhân dân xã Tân Đoàn"
