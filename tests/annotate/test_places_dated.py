"""Places as of the article's date: the 2025 register after the reform, the type word the text used.

Hand-built articles: one dated August 2025 naming a merged commune, new provinces and a
ward named only since 2025; one dated 2019 naming a thị xã that became a thành phố later.
The graph's locality rows (``localities.rq``) and body labels are asserted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli import main

QUERIES = Path(__file__).resolve().parents[2] / "ontology" / "queries"

AFTER_REFORM = """UBND xã Nam Đà tổ chức hội nghị triển khai nhiệm vụ sau sáp nhập
15/08/2025
Sáng ngày 14/8, UBND xã Nam Đà, tỉnh Lâm Đồng tổ chức hội nghị triển khai nhiệm vụ. \
Đồng chí Nguyễn Văn An – Chủ tịch UBND xã Nam Đà chủ trì. Dự hội nghị có đại diện UBND tỉnh Gia Lai \
và UBND phường Sài Gòn, Thành phố Hồ Chí Minh. Xã Nam Đà được thành lập trên cơ sở sáp nhập các xã \
thuộc huyện Krông Nô cũ.
"""

BEFORE_UPGRADE = """Thị xã Gia Nghĩa tổng kết công tác năm 2018
10/01/2019
Sáng ngày 9/1, UBND thị xã Gia Nghĩa, tỉnh Đắk Nông tổ chức hội nghị tổng kết. Đồng chí Trần Văn Bình – \
Chủ tịch UBND thị xã chủ trì. Phường Nghĩa Đức và xã Đắk Nia được biểu dương. Tỉnh Gia Lai cử đoàn tham dự.
"""


def _build(tmp_path: Path, name: str, *articles: tuple[str, str]) -> Graph:
    paths = []
    for file, text in articles:
        path = tmp_path / file
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    out = tmp_path / name
    assert main(["build", *paths, "--out", str(out), "--no-html"]) == 0
    return Graph().parse(out / "graph.ttl")


def _rows(g: Graph, query: str) -> set[tuple[str, ...]]:
    res = g.query((QUERIES / query).read_text(encoding="utf-8"))
    return {tuple(str(v) if v is not None else "" for v in row) for row in res}  # type: ignore[union-attr]


def _localities(g: Graph) -> dict[str, tuple[str, str, str]]:
    """code -> (name, type, parent code), one row per code (fails on two)."""
    out: dict[str, tuple[str, str, str]] = {}
    for _node, name, kind, code, parent in _rows(g, "localities.rq"):
        assert code not in out, f"two locality rows for code {code}: {out[code]} and {name}"
        out[code] = (name, kind, parent)
    return out


@pytest.fixture(scope="module")
def after(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    return _build(tmp_path_factory.mktemp("after"), "o", ("nam-da-2025.txt", AFTER_REFORM))


def test_an_article_after_the_reform_names_units_of_the_2025_register(after: Graph) -> None:
    locs = _localities(after)
    assert locs["24697"] == ("xã Nam Đà", "xã", "68")  # the merged commune, in the new Lâm Đồng
    assert locs["68"][:2] == ("tỉnh Lâm Đồng", "tỉnh")
    assert locs["52"] == ("tỉnh Gia Lai", "tỉnh", "")  # the new Gia Lai took Bình Định's code
    assert "64" not in locs  # not the old Gia Lai
    assert locs["26740"] == ("phường Sài Gòn", "phường", "79")
    assert locs["664"] == ("huyện Krông Nô", "huyện", "67")  # an old district, named historically


def test_an_official_of_a_merged_commune_holds_a_post_there(after: Graph) -> None:
    rows = _rows(after, "positions.rq")
    assert {(r[1], r[2], r[3]) for r in rows} >= {("Nguyễn Văn An", "Chủ tịch", "Ủy ban nhân dân xã Nam Đà")}


@pytest.fixture(scope="module")
def before(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    return _build(tmp_path_factory.mktemp("before"), "o", ("gia-nghia-2019.txt", BEFORE_UPGRADE))


def test_a_town_upgraded_later_keeps_the_type_the_article_used(before: Graph) -> None:
    locs = _localities(before)
    assert locs["660"] == ("thị xã Gia Nghĩa", "thị xã", "67")  # thành phố since December 2019
    assert locs["64"][0] == "tỉnh Gia Lai"  # the old register before the reform
    orgs = {r[3] for r in _rows(before, "positions.rq")}
    assert orgs == {"Ủy ban nhân dân thị xã Gia Nghĩa"}  # the implicit "UBND thị xã" too


def test_the_unit_under_two_type_words_gets_one_name_per_node(tmp_path: Path) -> None:
    later = BEFORE_UPGRADE.replace("10/01/2019", "10/01/2021").replace("thị xã", "thành phố").replace(
        "Thị xã", "Thành phố")
    g = _build(tmp_path, "o", ("gia-nghia-2019.txt", BEFORE_UPGRADE), ("gia-nghia-2021.txt", later))
    names = {str(n) for n, _k, code, _p in
             ((r[1], r[2], r[3], r[4]) for r in _rows(g, "localities.rq")) if code == "660"}
    assert names == {"thị xã Gia Nghĩa", "thành phố Gia Nghĩa"}
    q = """PREFIX schema: <https://schema.org/>
        SELECT ?place (COUNT(DISTINCT ?n) AS ?names) WHERE { ?place schema:name ?n } GROUP BY ?place"""
    assert all(int(row[1]) == 1 for row in g.query(q))  # type: ignore[index]


def _mentions(text: str) -> list[tuple[str, str]]:
    from kg.annotate.places import find_places
    from kg.ingest import parse_text
    from kg.lexicon.resources import resources

    doc = parse_text(text, source="t.txt")
    _home, _province, mentions = find_places(doc, resources().gazetteer)
    return [(doc.slice(m.span), m.place.key) for m in mentions if m.span]


def test_an_undated_article_naming_units_of_the_two_level_system_is_read_in_the_2025_register() -> None:
    text = ("Phường Sài Gòn ra mắt mô hình chính quyền hai cấp\n"
            "Sáng nay, UBND phường Sài Gòn, Thành phố Hồ Chí Minh tổ chức lễ ra mắt. Đại diện UBND phường "
            "Bến Thành cùng dự. Lãnh đạo UBND tỉnh Gia Lai gửi lời chúc mừng.\n")
    keys = dict(_mentions(text))
    assert keys["phường Sài Gòn"] == "2025/26740"
    assert keys["tỉnh Gia Lai"] == "2025/52"  # not the old Gia Lai (64)
    assert keys["Thành phố Hồ Chí Minh"] == "2025/79"


def test_an_undated_address_keeps_the_old_register() -> None:
    # "Hoàng Mai" after a ward is the old quận Hoàng Mai, not the 2025 phường Hoàng Mai
    text = ("Bãi rác giữa khu dân cư\n"
            "Bà Liên (Tổ dân phố 29, phường Định Công, Hoàng Mai, Hà Nội) cho biết rác tồn đọng nhiều ngày.\n")
    assert all(not key.startswith("2025/") for _w, key in _mentions(text))
    assert ("phường Định Công", "00307") in _mentions(text)
