"""``report.html``: the counts agree with the graph and with ``kg stats``, the page is deterministic,
lists skipped files (escaped), shows the README's accuracy table or says why not, and can be turned off."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.cli import main
from kg.export import charts
from kg.export.formats import write_graph_files
from kg.export.report import RunReport
from kg.export.report_page import README, Accuracy, render, shipped_accuracy
from kg.export.summary import TYPES, UNKNOWN, Summary
from kg.graph.vocab import KG, ORG, PREFIXES, SCHEMA
from kg.ingest.base import Limits
from kg.pipeline import build
from kg.store.stats import compute, open_graph
from tests.conftest import SEEDS

PROV_FROM = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> Summary:
    s = Summary({p: str(ns) for p, ns in PREFIXES.items()})
    write_graph_files(tmp_path_factory.mktemp("ttl"), ("ttl",), build([SEEDS]).resolved, summary=s)
    return s


def test_counts_and_most_connected_agree_with_kg_stats(summary, seeds_build):
    stats = compute(open_graph(seeds_build / "graph.ttl"), "seeds", top=10)
    assert summary.triples == stats.triples
    for cls in TYPES.values():
        short = next(f"{p}:{cls[len(str(ns)):]}" for p, ns in PREFIXES.items() if cls.startswith(str(ns)))
        assert summary.count(cls) == stats.types.get(short, 0), short
    assert [(r.label, r.links) for r in summary.most_connected("official", 10)] == [
        (r.label, r.links) for r in stats.top_officials]
    assert [(r.label, r.links) for r in summary.most_connected("body", 10)] == [
        (r.label, r.links) for r in stats.top_bodies]


def _top(g: Graph, place: URIRef | None) -> str:
    while place is not None and g.value(place, SCHEMA.containedInPlace) is not None:
        place = g.value(place, SCHEMA.containedInPlace)
    return str(g.value(place, SCHEMA.name)) if place is not None else UNKNOWN


def test_facts_per_province_and_month_follow_the_graph(summary, seeds_graph):
    """Each fact once: its place's top unit, and its own date (else its article's publication date)."""
    g = seeds_graph
    want_place: Counter[tuple[str, str]] = Counter()
    want_month: Counter[tuple[str, str]] = Counter()

    def published(fact: URIRef) -> str:
        article = g.value(fact, PROV_FROM)
        return str(g.value(article, SCHEMA.datePublished) or "") if article is not None else ""

    for m in g.subjects(RDF.type, KG.Meeting):
        want_place["meetings", _top(g, g.value(m, SCHEMA.location))] += 1
        want_month["meetings", str(g.value(m, SCHEMA.startDate) or published(m))[:7]] += 1
    for ms in g.subjects(RDF.type, ORG.Membership):
        org = g.value(ms, ORG.organization)
        want_place["memberships", _top(g, g.value(org, KG.locality))] += 1
        dates = sorted(str(d) for d in g.objects(ms, KG.observedOn))
        want_month["memberships", (dates[0] if dates else published(ms))[:7]] += 1
    for t in g.subjects(RDF.type, KG.Task):
        meeting = g.value(t, KG.atMeeting)
        want_place["tasks", _top(g, g.value(meeting, SCHEMA.location) if meeting else None)] += 1
        date = g.value(meeting, SCHEMA.startDate) if meeting else None
        want_month["tasks", str(date or published(t))[:7]] += 1
    by_place, by_month = summary.facts_by()
    assert by_place == want_place and by_month == want_month
    assert sum(by_place.values()) == sum(summary.count(str(c)) for c in (KG.Meeting, ORG.Membership, KG.Task)) > 50
    assert {p for _, p in by_place} == {"tỉnh Bắc Kạn", "tỉnh Bắc Ninh", "tỉnh Quảng Ninh"}


def test_report_html_is_byte_identical_across_runs_and_jobs(tmp_path: Path):
    pages = []
    for n, jobs in enumerate(("1", "2", "2")):
        out = tmp_path / f"out{n}"
        assert main(["build", str(SEEDS), "--out", str(out), "--jobs", jobs]) == 0
        pages.append((out / "report.html").read_bytes())
    assert pages[0] == pages[1] == pages[2]
    assert b"<svg" in pages[0] and str(tmp_path).encode() not in pages[0]


def test_report_is_written_by_default_and_no_report_turns_it_off(tmp_path: Path):
    assert main(["build", str(SEEDS), "--out", str(tmp_path / "a"), "--no-html"]) == 0
    assert "report.html" in json.loads((tmp_path / "a" / "report.json").read_text(encoding="utf-8"))["outputs"]
    assert main(["build", str(SEEDS), "--out", str(tmp_path / "b"), "--no-report"]) == 0
    assert not (tmp_path / "b" / "report.html").exists()
    assert "report.html" not in json.loads((tmp_path / "b" / "report.json").read_text(encoding="utf-8"))["outputs"]


def test_skipped_files_and_warnings_are_listed_escaped(tmp_path: Path):
    inputs = tmp_path / "in"
    shutil.copytree(SEEDS, inputs)
    (inputs / "<b>bad&x.txt").write_bytes(b"\x00\x01\x02 binary")
    (inputs / "empty.txt").write_bytes(b"")
    assert main(["build", str(inputs), "--out", str(tmp_path / "out")]) == 3
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    problems = page[page.index("<section id=problems>"):page.index("<section id=accuracy>")]
    assert "&lt;b&gt;bad&amp;x.txt" in problems and "<b>bad" not in page
    assert "empty.txt" in problems and "Skipped (2)" in problems
    skipped = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["skipped"]
    for item in skipped:  # the reasons report.json gives, as the page shows them
        assert item["reason"].replace("&", "&amp;").replace("'", "&#x27;").replace('"', "&quot;") \
            .replace("<", "&lt;").replace(">", "&gt;") in problems


def test_accuracy_table_is_the_readmes(tmp_path: Path, summary):
    acc = shipped_accuracy(README)
    assert acc is not None and acc.header == ("fact", "precision", "recall", "F1")
    readme = README.read_text(encoding="utf-8")
    assert all(f"| {row[0]} |" in readme for row in acc.rows) and len(acc.rows) >= 6
    assert "development articles" in acc.caption
    assert shipped_accuracy(tmp_path / "README.md") is None  # an installed package: no README
    (tmp_path / "README.md").write_text("# x\n\n## How accurate is it\n\nNot measured yet.\n", encoding="utf-8")
    assert shipped_accuracy(tmp_path / "README.md") is None
    report = RunReport(0, Limits(1, 1))
    without = render(report, summary, None)
    assert "No accuracy table ships with this installation" in without and "<th>precision" not in without
    shown = render(report, summary, Accuracy("measured on X", ("fact", "F1"), (("tasks", "0.9"),)))
    assert "measured on X" in shown and "<td class=n>0.9</td>" in shown


def test_charts_are_deterministic_inline_svg():
    first = charts.stacked("t", ["2021-01", "2021-02"], {"tasks": [1, 2], "meetings": [0, 3]}, horizontal=False)
    again = charts.stacked("t", ["2021-01", "2021-02"], {"tasks": [1, 2], "meetings": [0, 3]}, horizontal=False)
    assert first == again and first.startswith("<svg ") and first.rstrip().endswith("</svg>")
    assert "<?xml" not in first and "<dc:date>" not in first and "Matplotlib" not in first
    pair = charts.barh_pair(("Officials", ["Hồ Quang Huy"], [33]), ("Bodies", ["Ủy ban nhân dân"], [10]), title="x")
    assert "Hồ Quang Huy" in pair and "Ủy ban nhân dân" in pair  # text kept as text (svg.fonttype none)


def test_labels_fall_back_to_rdfs_label(tmp_path: Path):
    """A node with only rdfs:label (every node gets one) is named by it in the report."""
    s = Summary({p: str(ns) for p, ns in PREFIXES.items()})
    org = "<https://w3id.org/vn-gov-kg/id/org/x>"
    for row in sorted([(org, "a", "org:Organization"), (org, "rdfs:label", '"Sở Y tế"@vi'),
                       (org, "kg:locality", "<https://w3id.org/vn-gov-kg/id/place/01>")]):
        s.add(row)
    s.finish()
    assert [(r.label, r.links) for r in s.most_connected("body")] == [("Sở Y tế", 1)]
