"""The Python API: build() and a lexicon swapped through use_resources()."""

from __future__ import annotations

from kg.annotate import annotate
from kg.ingest import parse_text
from kg.lexicon.resources import Resources, use_resources
from kg.pipeline import BuildOptions, build

from .conftest import ROOT, SEEDS


def test_build_returns_a_graph_the_competency_queries_read() -> None:
    result = build([SEEDS / "004_eb2e1b7cea8a133f.txt"], options=BuildOptions(jobs=1))
    assert result.built == ["004_eb2e1b7cea8a133f.txt"] and result.problems == []
    query = (ROOT / "ontology" / "queries" / "officials.rq").read_text(encoding="utf-8")
    names = {str(row.name) for row in result.graph.query(query)}
    assert {"Hồ Quang Huy", "Nguyễn Thu Hương", "Đỗ Văn Tuấn"} <= names


class _WithExtraRole(Resources):
    """A lexicon extended the way a deployment would: one more role."""

    @property
    def roles(self) -> dict[str, str]:  # type: ignore[override]
        return {**super().roles, "kiểm lâm viên": "Kiểm lâm viên"}


def test_lexicons_can_be_swapped_for_a_block() -> None:
    text = "UBND huyện Đắk Song họp\nĐồng chí Nguyễn Văn An, Kiểm lâm viên Hạt Kiểm lâm huyện Đắk Song phát biểu.\n"

    def roles() -> set[str]:
        return {t.role for p in annotate(parse_text(text, "t.txt")).people for t in p.titles}

    assert "Kiểm lâm viên" not in roles()
    with use_resources(_WithExtraRole()):
        assert "Kiểm lâm viên" in roles()


def test_write_build_writes_the_contract_outputs_without_the_cli(tmp_path) -> None:
    """pipeline.write_build produces what `kg build --out` produces, byte for byte."""
    from kg.cli import main
    from kg.pipeline import write_build

    seed = SEEDS / "004_eb2e1b7cea8a133f.txt"
    report, files = write_build(build([seed]), tmp_path / "api")
    assert [f.name for f in files] == ["graph.ttl", "graph.trig", "graph.html", "report.html", "report.json"]
    assert report.exit_code == 0 and report.triples > 0
    assert main(["build", str(seed), "--out", str(tmp_path / "cli"), "--jobs", "1"]) == 0
    for name in ("graph.ttl", "graph.trig", "graph.html", "report.html", "report.json"):
        assert (tmp_path / "api" / name).read_bytes() == (tmp_path / "cli" / name).read_bytes(), name


def test_write_build_of_nothing_writes_only_the_report(tmp_path) -> None:
    from kg.pipeline import write_build

    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    report, files = write_build(build([empty]), tmp_path / "out")
    assert [f.name for f in files] == ["report.json"] and report.exit_code == 1
