"""Meetings across articles on hand-built articles: one node per meeting, the same in every build."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.cli import main
from kg.graph.vocab import KG, SCHEMA

_OPENING = ("khai mạc kỳ họp thứ 4 bàn về kinh tế biển và du lịch Hạ Long", "Đồng chí Nguyễn Văn Đọc – Bí thư Tỉnh ủy, "
            "Chủ tịch HĐND tỉnh chủ trì kỳ họp.")
ARTICLES = {
    # the session's opening, with a dateline: the year is the dateline's
    "a.txt": f"HĐND tỉnh Quảng Ninh khai mạc kỳ họp thứ 4\n13/07/2017 09:30\nSáng 12/7, HĐND tỉnh Quảng Ninh "
             f"{_OPENING[0]}. {_OPENING[1]}\n",
    # the same opening, without a dateline: the year is guessed from a period the text names (2016)
    "b.txt": f"Quảng Ninh bàn kinh tế biển và du lịch Hạ Long\nSáng 12/7, HĐND tỉnh Quảng Ninh {_OPENING[0]}, "
             f"đánh giá 6 tháng đầu năm 2016. {_OPENING[1]}\n",
    # the next session of the same council, five months later
    "c.txt": f"HĐND tỉnh Quảng Ninh họp kỳ họp thứ 5\n13/12/2017 09:30\nSáng 12/12, HĐND tỉnh Quảng Ninh "
             f"{_OPENING[0].replace('thứ 4', 'thứ 5')}. {_OPENING[1]}\n",
}


@pytest.fixture()
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _build(*inputs: Path | str, out: Path, extra: tuple[str, ...] = ()) -> Graph:
    assert main(["build", *map(str, inputs), "--out", str(out), "--no-html", "--no-report", *extra]) == 0
    g = Graph()
    g.parse(out / "graph.ttl", format="turtle")
    return g


def _meetings(g: Graph) -> list[URIRef]:
    return sorted(s for s in g.subjects(RDF.type, KG.Meeting) if isinstance(s, URIRef))


def test_two_reports_of_one_meeting_are_one_node_with_both_articles_and_a_merge_record(
        articles: Path, tmp_path: Path) -> None:
    g = _build(articles, out=tmp_path / "out")
    meetings = _meetings(g)
    assert len(meetings) == 2  # the 4th session (two reports) and the 5th
    fourth = next(m for m in meetings if (m, SCHEMA.startDate, Literal("2017-07-12", datatype=XSD.date)) in g)
    assert len(set(g.objects(fourth, KG.evidence))) == 2
    assert {str(a).rsplit("/", 1)[1][0] for a in g.subjects(SCHEMA.about, fourth)} == {"a", "b"}
    records = set(g.subjects(KG.mergedNode, fourth))
    assert len(records) == 2
    assert {str(g.value(r, KG.mergeRule)) for r in records} == {"meeting:same-day-month:same-chair"}
    assert {str(g.value(r, KG.mergedIri)).split("/")[-2][0] for r in records} == {"a", "b"}
    assert all(set(g.objects(r, KG.mergeEvidence)) <= set(g.objects(fourth, KG.evidence)) for r in records)


def test_the_merged_date_is_the_datelines_and_the_guess_is_kept_as_reported(articles: Path, tmp_path: Path) -> None:
    g = _build(articles / "a.txt", articles / "b.txt", out=tmp_path / "out")
    (meeting,) = _meetings(g)
    assert set(g.objects(meeting, SCHEMA.startDate)) == {Literal("2017-07-12", datatype=XSD.date)}
    assert set(g.objects(meeting, KG.reportedDate)) == {Literal("2016-07-12", datatype=XSD.date)}


def test_each_article_alone_keeps_its_own_meeting(articles: Path, tmp_path: Path) -> None:
    g = _build(articles / "b.txt", out=tmp_path / "out")
    (meeting,) = _meetings(g)
    assert "/meeting/b-" in str(meeting)
    assert set(g.objects(meeting, SCHEMA.startDate)) == {Literal("2016-07-12", datatype=XSD.date)}
    assert not set(g.subjects(RDF.type, KG.MergeRecord))


def test_a_store_filled_article_by_article_equals_a_full_build(articles: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    for name in ("c.txt", "b.txt", "a.txt", "b.txt"):  # b is added twice: its graph is replaced
        assert main(["build", str(articles / name), "--into", str(store), "--no-html"]) == 0
    assert main(["export", str(store), "--out", str(tmp_path / "inc"), "--format", "ttl,trig", "--no-html"]) == 0
    assert main(["build", str(articles), "--out", str(tmp_path / "full"), "--format", "ttl,trig", "--no-html",
                 "--no-report"]) == 0
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "inc" / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name


def test_the_graph_is_the_same_with_any_number_of_jobs(articles: Path, tmp_path: Path) -> None:
    _build(articles, out=tmp_path / "one", extra=("--jobs", "1"))
    _build(articles, out=tmp_path / "two", extra=("--jobs", "2"))
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (tmp_path / "two" / "graph.ttl").read_bytes()
