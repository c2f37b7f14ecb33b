"""Tenure on hand-built articles: an appointment starts an interval, a former post closes one,
two holders of one chair on one date are a conflict, holder-on answers with evidence, and a
store filled article by article (or a build with two jobs) writes the bytes of a full build."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.cli import main
from kg.export.validate import validate
from kg.graph.vocab import KG, ORG, SCHEMA, TIME

ARTICLES = {
    # an election: the holding begins (stated) on the article's date
    "a1.txt": ("Kỳ họp HĐND tỉnh Bắc Kạn\n01/03/2017 10:00\nHội đồng nhân dân tỉnh Bắc Kạn đã bầu đồng chí "
               "Nguyễn Văn An giữ chức Chủ tịch UBND tỉnh Bắc Kạn nhiệm kỳ 2016-2021.\n"),
    # a later report of the holding
    "a2.txt": ("Hội nghị của UBND tỉnh Bắc Kạn\n01/06/2017 10:00\nĐồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh "
               "Bắc Kạn chủ trì hội nghị.\n"),
    # the post is former: An's holding ended before 1 September; Bình holds it then
    "a3.txt": ("Hội nghị tổng kết của UBND tỉnh Bắc Kạn\n01/09/2017 10:00\nĐồng chí Nguyễn Văn An, nguyên "
               "Chủ tịch UBND tỉnh Bắc Kạn, đã dự hội nghị. Đồng chí Trần Văn Bình, Chủ tịch UBND tỉnh "
               "Bắc Kạn chủ trì hội nghị.\n"),
    # a second chair while An held it: a conflict
    "a4.txt": ("Họp báo của UBND tỉnh Bắc Kạn\n01/05/2017 10:00\nĐồng chí Lê Văn Cường, Chủ tịch UBND tỉnh "
               "Bắc Kạn chủ trì buổi họp báo.\n"),
}
POST = "Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn"


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("tenure")
    paths = []
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return paths


@pytest.fixture(scope="module")
def built(articles: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tenure-out")
    assert main(["build", *map(str, articles), "--out", str(out), "--no-html", "--no-report"]) == 0
    return out


def _tenure(g: Graph, name: str) -> tuple[URIRef, dict[str, tuple[str, str]]]:
    """The tenure of ``name`` in POST and its bounds: side -> (date, kind)."""
    (person,) = g.subjects(SCHEMA.name, Literal(name, lang="vi"))
    (post,) = (p for p in g.subjects(RDF.type, ORG.Post) if (p, RDFS.label, Literal(POST, lang="vi")) in g)
    (node,) = (t for t in g.subjects(ORG.member, person) if (t, RDF.type, KG.Tenure) in g
               and (t, KG.post, post) in g)
    during = g.value(node, ORG.memberDuring)
    bounds = {}
    for side, prop in (("begin", TIME.hasBeginning), ("end", TIME.hasEnd)):
        instant = g.value(during, prop)
        if instant is not None:
            bounds[side] = (str(g.value(instant, TIME.inXSDDate)), str(g.value(instant, KG.boundKind)))
    return node, bounds


def test_an_appointment_starts_an_interval_and_a_former_post_closes_it(built: Path) -> None:
    g = Graph().parse(built / "graph.ttl")
    node, bounds = _tenure(g, "Nguyễn Văn An")
    assert bounds == {"begin": ("2017-03-01", "stated"), "end": ("2017-09-01", "before")}
    assert len(list(g.objects(node, KG.aggregates))) == 3  # one membership per article
    instant = g.value(g.value(node, ORG.memberDuring), TIME.hasBeginning)
    assert g.value(instant, TIME.inXSDDate) == Literal("2017-03-01", datatype=XSD.date)


def test_reports_alone_bound_an_interval_as_observed(built: Path) -> None:
    g = Graph().parse(built / "graph.ttl")
    assert _tenure(g, "Trần Văn Bình")[1] == {"begin": ("2017-09-01", "observed"), "end": ("2017-09-01", "observed")}
    assert _tenure(g, "Lê Văn Cường")[1] == {"begin": ("2017-05-01", "observed"), "end": ("2017-05-01", "observed")}


def test_two_chairs_on_one_date_are_a_conflict_in_the_graph_and_the_report(articles: list[Path],
                                                                           tmp_path: Path) -> None:
    assert main(["build", *map(str, articles), "--out", str(tmp_path), "--no-html", "--no-report"]) == 0
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    (conflict,) = report["tenure_conflicts"]
    assert report["counts"]["tenure_conflicts"] == 1
    assert (conflict["since"], conflict["until"]) == ("2017-05-01", "2017-05-01")
    assert "Lê Văn Cường / Nguyễn Văn An" in conflict["label"] and len(conflict["holders"]) == 2
    g = Graph().parse(tmp_path / "graph.ttl")
    sentences = {str(g.value(URIRef(ev), KG.sentence)) for ev in conflict["evidence"]}
    assert any("Lê Văn Cường" in s for s in sentences) and any("Nguyễn Văn An" in s for s in sentences)
    assert validate(g).conforms  # tenures, intervals, instants and conflicts pass the shapes


def _rows(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, str]]:
    assert main(["query", *argv, "-f", "csv"]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_holder_on_answers_with_evidence(built: Path, capsys: pytest.CaptureFixture[str], engine: str) -> None:
    graph = str(built / "graph.ttl")
    rows = _rows(capsys, graph, "-n", "holder-on", "-p", "postName=chu tich uy ban nhan dan tinh bac kan",
                 "-p", "on=2017-07-15", "--engine", engine)
    assert {r["holder"] for r in rows} == {"Nguyễn Văn An"}
    assert {(r["begin"], r["beginKind"], r["end"], r["endKind"]) for r in rows} == {
        ("2017-03-01", "stated", "2017-09-01", "before")}
    assert any("đã bầu đồng chí Nguyễn Văn An" in r["evidence"] for r in rows)  # the election's sentence
    assert any("nguyên Chủ tịch" in r["evidence"] for r in rows)  # the sentence that closes it
    on_the_day = _rows(capsys, graph, "-n", "holder-on", "-p", "role=Chủ tịch", "-p", "body=Bắc Kạn",
                       "-p", "on=2017-09-01", "--engine", engine)
    assert {r["holder"] for r in on_the_day} == {"Trần Văn Bình"}  # An's end is exclusive
    both = _rows(capsys, graph, "-n", "holder-on", "-p", f"postName={POST}", "-p", "on=2017-05-01",
                 "--engine", engine)
    assert {r["holder"] for r in both} == {"Nguyễn Văn An", "Lê Văn Cường"}
    conflicts = _rows(capsys, graph, "-n", "tenure-conflicts", "--engine", engine)
    assert {r["holder"] for r in conflicts} == {"Nguyễn Văn An", "Lê Văn Cường"}


def test_person_career_lists_posts_with_intervals(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(capsys, str(built / "graph.ttl"), "-n", "person-career", "-p", "who=nguyen van an")
    assert [(r["post"], r["begin"], r["end"], r["reports"]) for r in rows] == [
        (POST, "2017-03-01", "2017-09-01", "3")]


def test_store_and_jobs_write_the_bytes_of_a_full_build(articles: list[Path], built: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    # the later articles first: the interval changes as articles arrive and ends as a full build's
    assert main(["build", *map(str, articles[2:]), "--into", store, "--no-html"]) == 0
    assert main(["build", *map(str, articles[:2]), "--into", store, "--no-html"]) == 0
    assert main(["export", store, "--out", str(tmp_path / "inc"), "--no-html"]) == 0
    assert main(["build", *map(str, articles), "--out", str(tmp_path / "j2"), "--no-html", "--no-report",
                 "--jobs", "2"]) == 0
    full = (built / "graph.ttl").read_bytes()
    assert (tmp_path / "inc" / "graph.ttl").read_bytes() == full
    assert (tmp_path / "j2" / "graph.ttl").read_bytes() == full


def test_a_former_word_before_a_title_marks_the_membership_former(tmp_path: Path) -> None:
    art = tmp_path / "f.txt"
    art.write_text("Lễ tưởng niệm tại TP.HCM\n05/07/2017 10:00\nCựu Chủ tịch nước Trương Tấn Sang, cựu Bí thư "
                   "Thành ủy TP.HCM Lê Thanh Hải, nguyên Chủ tịch UBND TP.HCM Võ Viết Thanh đã đến tham dự. "
                   "Bí thư Thành ủy TP.HCM Nguyễn Thiện Nhân phát biểu.\n", encoding="utf-8")
    assert main(["build", str(art), "--out", str(tmp_path / "o"), "--no-html", "--no-report"]) == 0
    g = Graph().parse(tmp_path / "o" / "graph.ttl")
    former = {str(g.value(m, RDFS.label)).split(":")[0] for m in g.subjects(KG.former, Literal(True))}
    assert former == {"Trương Tấn Sang", "Lê Thanh Hải", "Võ Viết Thanh"}


def test_a_report_whose_year_is_only_guessed_bounds_no_interval(tmp_path: Path) -> None:
    """No dateline and a day without its year: the year the body's periods suggest (năm 2016, 1983)
    is marked a guess; alone it dates no tenure, and beside a report of the holding whose year is
    written (2017) it is not stretched back to 2016: a report reviewing 2016 was written in 2016 or
    after, and the holding's one year after it is 2017, so it is observed on 6/2/2017."""
    guessed = tmp_path / "g.txt"
    guessed.write_text("Tổng kết công tác\nSáng 6/2, Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An dự hội nghị tổng kết "
                       "năm 2016. Ông nhập ngũ năm 1983.\n", encoding="utf-8")
    written = tmp_path / "w.txt"
    written.write_text("Tổng kết công tác\nSáng 8/2/2017, Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An dự hội nghị "
                       "tổng kết năm 2016.\n", encoding="utf-8")
    assert main(["build", str(guessed), "--out", str(tmp_path / "o1"), "--no-html", "--no-report"]) == 0
    g = Graph().parse(tmp_path / "o1" / "graph.ttl")
    (membership,) = g.subjects(KG.observedOn, Literal("2016-02-06", datatype=XSD.date))
    assert g.value(membership, KG.yearGuessed) == Literal(True)
    assert not list(g.subjects(RDF.type, KG.Tenure))
    assert main(["build", str(guessed), str(written), "--out", str(tmp_path / "o2"), "--no-html",
                 "--no-report"]) == 0
    node, bounds = _tenure(Graph().parse(tmp_path / "o2" / "graph.ttl"), "Nguyễn Văn An")
    assert bounds == {"begin": ("2017-02-06", "observed"), "end": ("2017-02-08", "observed")}
    assert len(list(Graph().parse(tmp_path / "o2" / "graph.ttl").objects(node, KG.aggregates))) == 2


def test_a_report_without_any_year_is_placed_in_the_holdings_one_year(tmp_path: Path) -> None:
    """No dateline and no year anywhere: the lead meeting's day (7/2) is kept on the membership
    as kg:partialDate, and placed in the one year the holding's other reports give (2017), when
    two of them do."""
    partial = tmp_path / "p.txt"
    partial.write_text("Làm việc với huyện Chợ Mới\nSáng 7/2, Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An chủ trì "
                       "buổi làm việc với lãnh đạo huyện Chợ Mới.\n", encoding="utf-8")
    written = tmp_path / "w.txt"
    written.write_text("Tổng kết công tác\nSáng 8/5/2017, Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An dự hội nghị "
                       "tổng kết.\n", encoding="utf-8")
    later = tmp_path / "l.txt"
    later.write_text("Sơ kết công tác\nSáng 9/5/2017, Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An dự hội nghị sơ kết.\n",
                     encoding="utf-8")
    assert main(["build", str(partial), str(written), "--out", str(tmp_path / "o1"), "--no-html",
                 "--no-report"]) == 0
    _node, bounds = _tenure(Graph().parse(tmp_path / "o1" / "graph.ttl"), "Nguyễn Văn An")
    assert bounds["begin"] == ("2017-05-08", "observed")  # one report in 2017: 7/2 of which year?
    assert main(["build", str(partial), str(written), str(later), "--out", str(tmp_path / "o"), "--no-html",
                 "--no-report"]) == 0
    g = Graph().parse(tmp_path / "o" / "graph.ttl")
    (membership,) = (m for m in g.subjects(KG.partialDate, Literal("--02-07")) if (m, RDF.type, ORG.Membership) in g)
    assert g.value(membership, KG.observedOn) is None
    _node, bounds = _tenure(g, "Nguyễn Văn An")
    assert bounds == {"begin": ("2017-02-07", "observed"), "end": ("2017-05-09", "observed")}



def test_a_report_of_a_merged_meeting_is_dated_by_the_report_that_states_its_year(tmp_path: Path) -> None:
    """Two reports of one sitting: one datelined 2017, the other gives only "Sáng 12/7" and no year;
    the sittings merge, and a holding only the second names is observed on 12/7/2017."""
    opening = ("HĐND tỉnh Quảng Ninh khai mạc kỳ họp thứ 4 bàn về kinh tế biển và du lịch Hạ Long. Đồng chí "
               "Nguyễn Văn Đọc – Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp.")
    texts = {"a.txt": f"HĐND tỉnh Quảng Ninh khai mạc kỳ họp thứ 4\n13/07/2017 09:30\nSáng 12/7, {opening}\n",
             "b.txt": f"Quảng Ninh bàn kinh tế biển và du lịch Hạ Long\nSáng 12/7, {opening} Giám đốc Sở Tài chính "
                      "tỉnh Quảng Ninh Trần Văn Bình báo cáo tại kỳ họp.\n",
             "c.txt": "UBND tỉnh Bắc Kạn họp về giáo dục\n13/12/2017 09:30\nSáng 12/12, UBND tỉnh Bắc Kạn họp bàn "
                      "về trường học vùng cao. Chủ tịch UBND tỉnh Bắc Kạn Lý Thái Hải chủ trì cuộc họp.\n"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert main(["build", *(str(tmp_path / n) for n in texts), "--out", str(tmp_path / "o"), "--no-html",
                 "--no-report"]) == 0
    g = Graph().parse(tmp_path / "o" / "graph.ttl")
    assert len(set(g.subjects(RDF.type, KG.Meeting))) == 2  # the sitting of 12/7 (two reports) and Bắc Kạn's
    (person,) = g.subjects(SCHEMA.name, Literal("Trần Văn Bình", lang="vi"))
    (node,) = (t for t in g.subjects(ORG.member, person) if (t, RDF.type, KG.Tenure) in g)
    during = g.value(node, ORG.memberDuring)
    assert [str(g.value(g.value(during, side), TIME.inXSDDate)) for side in (TIME.hasBeginning, TIME.hasEnd)] \
        == ["2017-07-12", "2017-07-12"]
    # a store filled article by article (the undated report first) and two jobs write the same bytes
    store = str(tmp_path / "store")
    for name in ("b.txt", "c.txt", "a.txt"):
        assert main(["build", str(tmp_path / name), "--into", store, "--no-html"]) == 0
    assert main(["export", store, "--out", str(tmp_path / "inc"), "--no-html"]) == 0
    assert main(["build", *(str(tmp_path / n) for n in texts), "--out", str(tmp_path / "j2"), "--no-html",
                 "--no-report", "--jobs", "2"]) == 0
    full = (tmp_path / "o" / "graph.ttl").read_bytes()
    assert (tmp_path / "inc" / "graph.ttl").read_bytes() == full
    assert (tmp_path / "j2" / "graph.ttl").read_bytes() == full


def test_a_report_handing_a_post_over_ends_the_predecessor_whatever_its_year(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Reports without a year (guessed 2016 from the year they review) relieve An and name the new
    secretary Bình on 10/5; both holdings are dated in 2017 elsewhere, so the reports are placed on
    10/5/2017 as observations. A later placed report still calls An the secretary (the post of his
    offence). One report orders the two: An held the post before 10/5, Bình from then; no conflict."""
    texts = {
        "a.txt": "Hội nghị Tỉnh ủy Bắc Kạn\n06/02/2017 10:00\nBí thư Tỉnh ủy Bắc Kạn Nguyễn Văn An chủ trì hội nghị.\n",
        "b.txt": "Hội nghị Tỉnh ủy Bắc Kạn\n22/05/2017 10:00\nBí thư Tỉnh ủy Bắc Kạn Trần Văn Bình chủ trì hội nghị.\n",
        "c.txt": ("Ông Nguyễn Văn An thôi chức Bí thư Tỉnh ủy Bắc Kạn\nSáng 10/5, Bộ Chính trị quyết định để ông "
                  "Nguyễn Văn An thôi giữ chức Bí thư Tỉnh ủy Bắc Kạn. Ông An chúc mừng tân Bí thư Tỉnh ủy Bắc Kạn "
                  "Trần Văn Bình. Kết quả năm 2016 của tỉnh được đánh giá cao.\n"),
        "d.txt": ("Kỷ luật ông Nguyễn Văn An\nSáng 12/5, Ủy ban Kiểm tra xem xét sai phạm của ông Nguyễn Văn An, "
                  "Bí thư Tỉnh ủy Bắc Kạn, trong năm 2016.\n"),
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert main(["build", *(str(tmp_path / n) for n in texts), "--out", str(tmp_path / "o"), "--no-html",
                 "--no-report"]) == 0
    graph = str(tmp_path / "o" / "graph.ttl")
    post = "Bí thư Tỉnh ủy Bắc Kạn"
    on = {d: {r["holder"] for r in _rows(capsys, graph, "-n", "holder-on", "-p", f"postName={post}", "-p", f"on={d}")}
          for d in ("2017-03-01", "2017-05-10", "2017-05-12")}
    assert on == {"2017-03-01": {"Nguyễn Văn An"}, "2017-05-10": {"Trần Văn Bình"}, "2017-05-12": {"Trần Văn Bình"}}
    assert _rows(capsys, graph, "-n", "tenure-conflicts") == []


def test_a_lead_day_without_any_year_dates_holdings_where_the_corpus_gives_the_year(tmp_path: Path) -> None:
    """The lead names a day (``Tối 4/2``) of an event no meeting reader reads and no year is written
    anywhere: its holdings carry the day (kg:partialDate), placed in the holding's one year."""
    texts = {"p.txt": "Lễ hội hoa đào ở Chợ Mới\nTối 4/2, lễ hội hoa đào diễn ra tại thị trấn Chợ Mới với hàng nghìn "
                      "du khách. Đến dự có Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An.\n",
             "w.txt": "Tổng kết công tác\nSáng 8/5/2017, Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An dự hội nghị "
                      "tổng kết.\n",
             "l.txt": "Sơ kết công tác\nSáng 9/5/2017, Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An dự hội nghị sơ kết.\n"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert main(["build", *(str(tmp_path / n) for n in texts), "--out", str(tmp_path / "o"), "--no-html",
                 "--no-report"]) == 0
    g = Graph().parse(tmp_path / "o" / "graph.ttl")
    assert {str(d) for d in g.objects(None, KG.partialDate)} == {"--02-04"}
    _node, bounds = _tenure(g, "Nguyễn Văn An")
    assert bounds == {"begin": ("2017-02-04", "observed"), "end": ("2017-05-09", "observed")}


def test_a_post_held_at_the_time_recalled_is_former(tmp_path: Path) -> None:
    # "khi đó là …", "lúc đó là …": the post the person held then, not at the article's date
    art = tmp_path / "k.txt"
    art.write_text("Quy hoạch khu đô thị mới\n05/07/2017 10:00\nCách nay 20 năm, ông Lâm Văn Tài, khi đó là Chủ tịch "
                   "UBND tỉnh Bắc Kạn, đã đề nghị dừng dự án. Bà Hà Thị Mai, lúc đó là Giám đốc Sở Xây dựng tỉnh "
                   "Bắc Kạn, đồng ý. Chủ tịch UBND tỉnh Bắc Kạn Đỗ Văn Kiên phát biểu.\n", encoding="utf-8")
    assert main(["build", str(art), "--out", str(tmp_path / "o"), "--no-html", "--no-report"]) == 0
    g = Graph().parse(tmp_path / "o" / "graph.ttl")
    former = {str(g.value(m, RDFS.label)).split(":")[0] for m in g.subjects(KG.former, Literal(True))}
    assert former == {"Lâm Văn Tài", "Hà Thị Mai"}
