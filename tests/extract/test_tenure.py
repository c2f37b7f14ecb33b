"""Elections, appointments and dismissals start or end a holding."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import XSD

from kg.annotate import annotate
from kg.cli import main
from kg.extract.tenure import TenureExtractor
from kg.graph.vocab import KG, ORG
from kg.ingest import parse_text
from kg.model import Pred

ELECTED = ("Kỳ họp HĐND huyện Đắk Song\n05/07/2021 10:00\n"
           "Hội đồng nhân dân huyện Đắk Song đã bầu đồng chí Nguyễn Văn An giữ chức Chủ tịch UBND "
           "huyện Đắk Song nhiệm kỳ 2021-2026.\n")
DISMISSED = ("Kỳ họp HĐND huyện Đắk Song\nHĐND huyện Đắk Song miễn nhiệm chức vụ Phó Chủ tịch UBND "
             "huyện đối với ông Trần Văn Bình.\n")


def _facts(text: str) -> list[tuple[str, Pred, str, str]]:
    doc = parse_text(text, source="t.txt")
    return [(f.subject, f.predicate, f.object.role, f.object.org.label)  # type: ignore[union-attr]
            for f in TenureExtractor()(doc, annotate(doc))]


def test_election_starts_a_holding() -> None:
    assert _facts(ELECTED) == [("Nguyễn Văn An", Pred.TENURE_START, "Chủ tịch",
                                "Ủy ban nhân dân huyện Đắk Song")]


def test_dismissal_ends_a_holding() -> None:
    assert _facts(DISMISSED) == [("Trần Văn Bình", Pred.TENURE_END, "Phó Chủ tịch",
                                  "Ủy ban nhân dân huyện Đắk Song")]


def test_an_election_day_is_not_an_election_of_someone() -> None:
    text = ("Chuẩn bị bầu cử\nĐồng chí Lê Văn Cường, Chủ tịch UBND huyện Đắk Song chỉ đạo chuẩn bị "
            "tốt cuộc bầu cử đại biểu Quốc hội.\n")
    assert _facts(text) == []


def test_the_graph_records_when_the_holding_started(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text(ELECTED, encoding="utf-8")
    assert main(["build", str(art), "--out", str(tmp_path / "o"), "--no-html"]) == 0
    g = Graph().parse(tmp_path / "o" / "graph.ttl")
    (membership,) = g.subjects(KG.tenureEvent, Literal("start"))
    assert g.value(membership, KG.startedOn) == Literal("2021-07-05", datatype=XSD.date)
    assert (membership, ORG.role, None) in g


def test_a_new_holder_starts_a_holding() -> None:
    text = ("Bàn giao\nPhát biểu, ông Thăng chúc mừng tân Bí thư Thành ủy TP.HCM Nguyễn Thiện Nhân.\n")
    assert _facts(text) == [("Nguyễn Thiện Nhân", Pred.TENURE_START, "Bí thư", "Thành ủy Hồ Chí Minh")]


def test_the_one_who_dismisses_is_not_the_one_dismissed() -> None:
    text = ("Đà Nẵng chấn chỉnh xe ben\nÔng Nguyễn Văn Anh khẳng định sẽ cách chức giám đốc Sở Giao thông "
            "vận tải nếu tai nạn không giảm. Ông Trần Văn Bình bị cách chức Phó Chủ tịch UBND huyện Hòa Vang.\n")
    assert _facts(text) == [("Trần Văn Bình", Pred.TENURE_END, "Phó Chủ tịch", "Ủy ban nhân dân huyện Hòa Vang")]


def test_a_person_named_past_a_comma_holds_the_post_only_when_the_cue_names_him() -> None:
    spoken = ("Thanh Hóa giải trình\nÔng Lê Văn Tuấn được bổ nhiệm Chánh văn phòng Sở Xây dựng tỉnh Thanh Hóa, "
              "ông này từng sai phạm, Giám đốc Sở Nội vụ Nguyễn Văn Thủy lý giải.\n")
    assert [f[0] for f in _facts(spoken)] == ["Lê Văn Tuấn"]
    dismissed = ("Kỳ họp HĐND tỉnh\nHĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch HĐND tỉnh Cao Bằng, nhiệm kỳ "
                 "2021-2026, đối với bà Vi Thị Ngọc.\n")
    assert [f[0] for f in _facts(dismissed)] == ["Vi Thị Ngọc"]
