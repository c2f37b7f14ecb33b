"""History across the 2025 reform (issue 27): units keep their era, the lineage query, the view's eras.

Hand-built articles: old tỉnh Gia Lai (2024), old tỉnh Bình Định (2024), both merged into the new
tỉnh Gia Lai (2025 code 52), and an article of the new one (2025); one of old Đắk Nông (2019),
which went into the new Lâm Đồng, not Gia Lai.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import XSD

from kg.cli import main
from kg.export.html import to_networkx
from kg.graph.vocab import KG, SCHEMA

OLD_GIA_LAI = """UBND tỉnh Gia Lai họp phiên thường kỳ tháng 3
15/03/2024
Sáng 15/3, UBND tỉnh Gia Lai tổ chức phiên họp thường kỳ. Ông Trương Hải Long, Chủ tịch UBND tỉnh Gia Lai chủ trì.
"""
OLD_BINH_DINH = """UBND tỉnh Bình Định họp phiên thường kỳ tháng 3
16/03/2024
Sáng 16/3, UBND tỉnh Bình Định tổ chức phiên họp thường kỳ. Ông Phạm Anh Tuấn, Chủ tịch UBND tỉnh Bình Định chủ trì.
"""
NEW_GIA_LAI = """UBND tỉnh Gia Lai họp phiên thường kỳ tháng 10
Ngày 15/10/2025
Sáng 15/10, UBND tỉnh Gia Lai tổ chức phiên họp thường kỳ. Ông Trương Hải Long, Chủ tịch UBND tỉnh Gia Lai chủ trì.
"""
OLD_DAK_NONG = """UBND tỉnh Đắk Nông họp phiên thường kỳ
10/01/2019
Sáng 9/1, UBND tỉnh Đắk Nông tổ chức phiên họp thường kỳ. Ông Nguyễn Bốn, Chủ tịch UBND tỉnh Đắk Nông chủ trì.
"""


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("reform-history")
    paths = []
    for name, text in (("old_gialai.txt", OLD_GIA_LAI), ("old_binhdinh.txt", OLD_BINH_DINH),
                       ("new_gialai.txt", NEW_GIA_LAI), ("old_daknong.txt", OLD_DAK_NONG)):
        (tmp / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp / name))
    assert main(["build", *paths, "--out", str(tmp / "out"), "--no-html"]) == 0
    return tmp / "out" / "graph.ttl"


def _query(ttl: Path, tmp: Path, *params: str) -> list[dict[str, str]]:
    import json

    out = tmp / "rows.json"
    args = ["query", str(ttl), "-n", "area-history", "-f", "json", "-o", str(out)]
    for p in params:
        args += ["-p", p]
    assert main(args) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    return [{k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]]


def test_a_merged_unit_carries_its_date(build: Path) -> None:
    g = Graph().parse(build)
    merged = {str(g.value(s, SCHEMA.name)): (str(g.value(o, SCHEMA.name)), g.value(s, KG.mergedOn))
              for s, o in g.subject_objects(KG.mergedInto)}
    name, on = merged["tỉnh Bình Định"]
    assert name == "tỉnh Gia Lai" and on is not None and on.datatype == XSD.date and str(on) == "2025-07-01"


def test_lineage_query_returns_the_predecessor_units_articles(build: Path, tmp_path: Path) -> None:
    rows = _query(build, tmp_path, "place=Gia Lai")
    articles = {(r["unit"], r["era"], r["label"]) for r in rows if r["kind"] == "article"}
    assert ("tỉnh Bình Định", "trước 2025", "UBND tỉnh Bình Định họp phiên thường kỳ tháng 3") in articles
    assert ("tỉnh Gia Lai", "trước 2025", "UBND tỉnh Gia Lai họp phiên thường kỳ tháng 3") in articles
    assert ("tỉnh Gia Lai", "2025", "UBND tỉnh Gia Lai họp phiên thường kỳ tháng 10") in articles
    assert not any("Đắk Nông" in r["unit"] for r in rows)  # another new province's predecessor
    officials = {r["label"].split(" — ")[0] for r in rows if r["kind"] == "official"}
    assert officials == {"Trương Hải Long", "Phạm Anh Tuấn"}
    assert {r["kind"] for r in rows} == {"article", "official", "meeting"}
    assert {r["area"] for r in rows} == {"tỉnh Gia Lai"}


def test_lineage_query_by_the_2025_code(build: Path, tmp_path: Path) -> None:
    by_code = _query(build, tmp_path, "place=52")
    assert {r["unit"] for r in by_code} >= {"tỉnh Bình Định", "tỉnh Gia Lai"}
    assert _query(build, tmp_path, "place=Lâm Đồng") and all(
        r["unit"] in {"tỉnh Đắk Nông", "tỉnh Lâm Đồng"} for r in _query(build, tmp_path, "place=Lâm Đồng"))


def test_the_view_names_each_units_era(build: Path) -> None:
    g = Graph().parse(build)
    labels = {d["label"] for _n, d in to_networkx(g).nodes(data=True) if d["kind"] == "locality"}
    assert {"tỉnh Gia Lai (từ 2025)", "tỉnh Gia Lai (trước 2025)", "tỉnh Bình Định (trước 2025)"} <= labels
    # old Đắk Nông's successor (the new Lâm Đồng) is used by nothing: no second era to tell apart
    assert "tỉnh Đắk Nông" in labels
