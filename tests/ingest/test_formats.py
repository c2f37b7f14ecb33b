"""Saved HTML pages, JSON Lines exports (files and standard input) and legacy encodings."""

from __future__ import annotations

import io
import json
import sys
import unicodedata
from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli import main
from kg.ingest import Source, read_all
from kg.pipeline import BuildOptions, extract_source

from ..seed_formats import SEEDS, cp1258, jsonl_line, jsonl_record, portal_page, seed_doc

ROOT = Path(__file__).resolve().parents[2]
QUERIES = ("positions", "officials", "localities")
CHROME = ["Trang chủ", "Giới thiệu", "Tin tiêu điểm", "Tin cùng chuyên mục", "Thống kê truy cập",
          "Đã truy cập", "Hôm nay", "Bản quyền", "Website liên kết", "Chia sẻ", "_gaq",
          "Lịch công tác", "Tìm kiếm"]


def query_rows(out: Path) -> dict[str, set[tuple[str, ...]]]:
    g = Graph().parse(out / "graph.ttl", format="turtle")
    rows = {}
    for name in QUERIES:
        text = (ROOT / "ontology" / "queries" / f"{name}.rq").read_text(encoding="utf-8")
        rows[name] = {tuple(str(v) for v in row) for row in g.query(text)}
    return rows


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_portal_page_gives_the_article_without_the_portal(path):
    txt = seed_doc(path)
    data = portal_page(txt).encode("utf-8")
    reading = read_all(Source(Path(path.stem + ".html"), path.stem + ".html", data=data))
    (doc,) = reading.docs
    assert reading.warnings == () and reading.problems == ()
    assert doc.source == path.stem + ".html"
    assert doc.headline_text == txt.headline_text
    assert doc.dateline == txt.dateline
    assert doc.authors == txt.authors
    for chrome in CHROME:
        assert chrome not in doc.text, chrome
    assert txt.body is not None and doc.body is not None

    def lines(text: str) -> list[str]:  # HTML collapses runs of white space
        return [" ".join(line.split()) for line in text.split("\n") if line.strip()]

    assert lines(doc.slice(doc.body)) == lines(txt.slice(txt.body))


def test_html_and_jsonl_versions_of_the_seeds_give_the_same_facts(seeds_build, tmp_path):
    html_dir = tmp_path / "html"
    html_dir.mkdir()
    lines = []
    for path in SEEDS:
        doc = seed_doc(path)
        (html_dir / f"{path.stem}.htm").write_text(portal_page(doc), encoding="utf-8")
        lines.append(jsonl_line(jsonl_record(doc, path.stem)))
    dump = tmp_path / "seeds.jsonl"
    dump.write_text("".join(lines), encoding="utf-8")
    assert main(["build", str(html_dir), "--out", str(tmp_path / "out-html")]) == 0
    assert main(["build", str(dump), "--out", str(tmp_path / "out-jsonl")]) == 0
    expected = query_rows(seeds_build)
    assert all(expected[name] for name in QUERIES)
    assert query_rows(tmp_path / "out-html") == expected
    assert query_rows(tmp_path / "out-jsonl") == expected


def test_windows_1258_seed_gives_the_same_document_and_a_warning(tmp_path):
    path = SEEDS[3]
    legacy = tmp_path / path.name
    legacy.write_bytes(cp1258(path.read_text(encoding="utf-8-sig")))
    reading = read_all(Source(legacy, path.name))
    assert reading.docs[0].text == seed_doc(path).text
    (warning,) = reading.warnings
    assert warning.source == path.name and "Windows-1258" in warning.message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_utf16_and_bom_files_are_read_without_warning(tmp_path, encoding):
    path = SEEDS[0]
    copy = tmp_path / path.name
    text = unicodedata.normalize("NFD", path.read_text(encoding="utf-8"))
    copy.write_bytes(text.encode(encoding))
    reading = read_all(Source(copy, path.name))
    assert reading.docs[0].text == seed_doc(path).text
    assert reading.warnings == ()


GOOD = {"id": "a1", "title": "UBND thành phố họp phiên thường kỳ tháng 11/2021",
        "text": "Sáng ngày 26/11, UBND thành phố tổ chức phiên họp. Đồng chí Hoàng Bá Huy, "
        "Chủ tịch UBND thành phố chủ trì phiên họp.", "date": "2021-11-26",
        "authors": ["Vi Thu", "Trần Bình"], "url": "https://example.org/a1"}


def test_jsonl_lines_become_documents_and_bad_lines_are_reported(tmp_path):
    lines = [
        jsonl_line(GOOD),
        "{not json\n",
        "[1, 2]\n",
        json.dumps({"id": "b", "title": "t"}) + "\n",
        "\n",
        jsonl_line({**GOOD, "title": "Khác"}),  # duplicate id
        jsonl_line({**GOOD, "id": 7, "date": "hôm qua", "authors": "Hoàng Thạc"}),
        jsonl_line({**GOOD, "id": "en", "title": "Hello", "text": "Only English words here."}),
        jsonl_line({**GOOD, "id": "n", "title": 5}),
    ]
    dump = tmp_path / "d.jsonl"
    dump.write_text("".join(lines), encoding="utf-8")
    reading = read_all(Source(dump, "d.jsonl"))
    first, second = reading.docs
    assert first.source == "d.jsonl:1" and second.source == "d.jsonl:7"
    assert first.headline_text == GOOD["title"]
    assert first.dateline is not None and first.dateline.date().isoformat() == "2021-11-26"
    assert first.authors == ("Vi Thu", "Trần Bình") and first.url == GOOD["url"]
    assert first.doc_id.startswith("a1-") and second.doc_id.startswith("7-")
    assert second.dateline is None and second.authors == ("Hoàng Thạc",)
    problems = {p.source: p.reason for p in reading.problems}
    assert sorted(problems) == ["d.jsonl:2", "d.jsonl:3", "d.jsonl:4", "d.jsonl:6", "d.jsonl:8",
                                "d.jsonl:9"]
    assert "not valid JSON" in problems["d.jsonl:2"]
    assert "JSON object" in problems["d.jsonl:3"]
    assert "missing 'text'" in problems["d.jsonl:4"]
    assert "duplicate id 'a1' (first on line 1)" in problems["d.jsonl:6"]
    assert "no Vietnamese" in problems["d.jsonl:8"]
    assert "'title' must be a string" in problems["d.jsonl:9"]
    (warning,) = reading.warnings
    assert warning.source == "d.jsonl:7" and "'date'" in warning.message


def test_jsonl_locality_is_the_default_home(tmp_path):
    text = ("UBND thị xã họp phiên thường kỳ tháng 9 năm 2022. Đồng chí Nguyễn Văn Ngoãn, "
            "Chủ tịch UBND thị xã chủ trì.")
    dump = tmp_path / "d.jsonl"
    dump.write_text(jsonl_line({"id": "x", "title": "Phiên họp thường kỳ", "text": text,
                                "locality": "thị xã Đông Triều, tỉnh Quảng Ninh"})
                    + jsonl_line({"id": "y", "title": "Phiên họp thường kỳ", "text": text,
                                  "locality": "huyện Không Có"}), encoding="utf-8")
    result = extract_source(Source(dump, "d.jsonl"), BuildOptions())
    with_home, without = result.items

    def names_dong_trieu(item) -> bool:  # type: ignore[no-untyped-def]
        # the home unit (GSO code 205) is linked only when the JSONL locality supplied it
        return any(term.endswith("/place/205>") for quad in item.quads for term in quad[:3])

    assert names_dong_trieu(with_home)
    assert not names_dong_trieu(without)
    (warning,) = result.warnings
    assert warning.source == "d.jsonl:2" and "Không Có" in warning.message


def test_kg_build_dash_reads_json_lines_from_standard_input(tmp_path, monkeypatch, capsys):
    data = (jsonl_line(GOOD) + "oops\n").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    out = tmp_path / "out"
    assert main(["build", "-", "--out", str(out)]) == 3
    err = capsys.readouterr().err
    assert "kg: skipped <stdin>:2: not valid JSON" in err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["built"] == ["<stdin>:1"]
    assert report["skipped"][0]["source"] == "<stdin>:2"
    assert (out / "graph.ttl").stat().st_size > 0
