"""Streaming assembly: sorted run files, bounded memory, the same bytes as a build held in memory."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from rdflib.namespace import RDF

from kg.cli import main
from kg.export import runs
from kg.export.formats import serialize
from kg.export.runs import SortedRuns, Spool
from kg.graph.quads import to_union
from kg.graph.vocab import PREFIXES
from kg.pipeline import BuildOptions, build

from .conftest import SEEDS
from .corpora import SAMPLE_DEV, shared_corpus

FILES = ("graph.ttl", "graph.trig", "graph.nt", "graph.nq", "graph.jsonld", "report.json")


def _rows(n: int, seed: int) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    words = ["<a>", "<b>", '"x"@vi', '"y"', "kg:c", "<a/b>", "<ab>", '"é"']
    return [(rng.choice(words), rng.choice(words), f"{rng.choice(words)}{rng.randrange(50)}") for _ in range(n)]


def test_sorted_runs_give_sorted_unique_rows_through_many_run_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runs, "MAX_FAN_IN", 4)  # forces merges of runs into longer runs too
    monkeypatch.setattr(runs, "CHUNK_ROWS", 7)
    rows = _rows(3000, 1)
    sorter: SortedRuns[tuple[str, str, str]] = SortedRuns(2000)
    sorter.extend(rows)
    assert sorter.runs >= 1
    assert list(sorter) == sorted(set(rows))
    sorter.close()


def test_sorted_runs_stay_in_memory_under_the_budget() -> None:
    sorter: SortedRuns[str] = SortedRuns(10**9)
    sorter.extend(["b", "a", "b", "c"])
    assert sorter.runs == 0 and list(sorter) == ["a", "b", "c"]


def test_spool_reads_back_every_row_and_can_be_read_twice() -> None:
    rows = _rows(2000, 2)
    spool: Spool[tuple[str, str, str]] = Spool(3000)
    for i in range(0, len(rows), 100):
        spool.extend(rows[i:i + 100])
    assert spool.files > 1
    assert sorted(set(spool)) == sorted(set(rows)) == sorted(set(spool))
    spool.close()


def test_run_files_in_a_missing_folder_are_a_clear_error(tmp_path: Path) -> None:
    sorter: SortedRuns[str] = SortedRuns(1, directory=tmp_path / "gone")
    with pytest.raises(runs.RunFileError, match="run files"):
        sorter.extend(str(i) for i in range(100))


def _build(inputs: Path, out: Path, *args: str) -> Path:
    code = main(["build", str(inputs), "--out", str(out), "--no-html", "--format", "ttl,trig,nt,nq,jsonld", *args])
    assert code in (0, 2)
    return out


@pytest.mark.parametrize("corpus", ["seeds", "dev-sample", "dev"])
def test_bounded_memory_builds_the_same_bytes_whatever_the_jobs(corpus: str, tmp_path: Path) -> None:
    inputs = {"seeds": SEEDS, "dev-sample": SAMPLE_DEV}.get(corpus) or shared_corpus("dev")
    whole = _build(inputs, tmp_path / "whole", "--jobs", "1", "--max-memory", "1G")
    for name, args in {"runs-1": ("--jobs", "1", "--max-memory", "64K"),
                       "runs-2": ("--jobs", "2", "--max-memory", "64K"),
                       "whole-2": ("--jobs", "2", "--max-memory", "1G")}.items():
        other = _build(inputs, tmp_path / name, *args)
        for f in FILES:
            assert (whole / f).read_bytes() == (other / f).read_bytes(), (name, f)


def test_streamed_files_equal_the_in_memory_writers(tmp_path: Path) -> None:
    """The build streamed through run files writes what the whole-string writers make of its quads."""
    out = _build(SEEDS, tmp_path / "s", "--jobs", "1", "--max-memory", "32K")
    result = build([SEEDS], options=BuildOptions(max_memory=32 * 1024))
    assert result.resolved.spool is not None and result.resolved.spool.files > 1  # it did spill
    quads = result.quads
    for fmt in ("ttl", "trig", "nt", "nq", "jsonld"):
        assert serialize(fmt, quads).encode() == (out / f"graph.{fmt}").read_bytes(), fmt
    assert rdflib_jsonld(quads) == (out / "graph.jsonld").read_text(encoding="utf-8")
    result.resolved.close()


def rdflib_jsonld(quads: list[tuple[str, str, str, str]], prefixes: dict[str, str] | None = None) -> str:
    """JSON-LD as the build wrote it through rdflib (whole graph in memory): the reference the
    streamed writer must match byte for byte."""
    context = prefixes or {p: str(ns) for p, ns in PREFIXES.items()}
    doc = json.loads(to_union(quads).serialize(format="json-ld", context=dict(sorted(context.items())),
                                               auto_compact=True))
    nodes = doc.get("@graph", [doc]) if isinstance(doc, dict) else doc
    nodes = [{k: v for k, v in n.items() if k != "@context"} for n in nodes]

    def sort_values(value: object) -> object:
        if isinstance(value, dict):
            return {k: sort_values(v) for k, v in value.items()}
        if isinstance(value, list):
            return sorted((sort_values(v) for v in value),
                          key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
        return value

    body = {"@context": dict(sorted(context.items())),
            "@graph": sorted((sort_values(n) for n in nodes),
                             key=lambda n: str(n.get("@id", "")) if isinstance(n, dict) else "")}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


_G = "<https://w3id.org/vn-gov-kg/id/article/a>"
_X = "http://www.w3.org/2001/XMLSchema#"
TRICKY = [
    ("<https://w3id.org/vn-gov-kg/id/a>", f"<{RDF.type}>", "<https://schema.org/Person>", _G),
    ("<https://w3id.org/vn-gov-kg/id/a>", f"<{RDF.type}>", "<https://w3id.org/vn-gov-kg/ontology#Official>", _G),
    ("<https://w3id.org/vn-gov-kg/id/a>", "<https://schema.org/name>", r'"Nguyễn \\ \"Văn\" A\n"@vi', _G),
    ("<https://w3id.org/vn-gov-kg/id/a>", "<https://schema.org/name>", '"B"', _G),
    ("<https://w3id.org/vn-gov-kg/id/a>", "<https://schema.org/age>", f'"42"^^<{_X}integer>', _G),
    ("<https://w3id.org/vn-gov-kg/id/a>", "<https://schema.org/age>", f'"7"^^<{_X}integer>', _G),
    ("<https://w3id.org/vn-gov-kg/id/a>", "<http://www.w3.org/2003/01/geo/wgs84_pos#lat>",
     f'"10.50"^^<{_X}decimal>', _G),
    ("<https://w3id.org/vn-gov-kg/id/a>", "<https://schema.org/x>", f'"true"^^<{_X}boolean>', _G),
    ("<https://w3id.org/vn-gov-kg/id/a>", "<https://schema.org/d>", f'"2.5"^^<{_X}double>', _G),
    ("<https://w3id.org/vn-gov-kg/id/a>", "<https://schema.org/startDate>", f'"2022-01-05"^^<{_X}date>', _G),
    ("<https://w3id.org/vn-gov-kg/id/a>", "<https://example.org/p/q>", "<https://example.org/o#z>", _G),
    ("<https://w3id.org/vn-gov-kg/id/a>", "<https://schema.org/knows>", "<https://w3id.org/vn-gov-kg/id/b>", _G),
    ("<https://w3id.org/vn-gov-kg/id/place/01837>", "<https://schema.org/name>", '"Bắc Kạn"@vi', _G),
    ("<https://example.org/x#y>", "<https://schema.org/name>", '"z"', _G),
]


@pytest.mark.parametrize("quads", [TRICKY, TRICKY[:1], []], ids=["tricky", "one-node", "empty"])
def test_streamed_jsonld_is_what_rdflib_wrote(quads: list[tuple[str, str, str, str]]) -> None:
    assert serialize("jsonld", quads) == rdflib_jsonld(quads)
    other = {"ex": "https://example.org/", "id": "https://example.org/x#", "schema": "https://schema.org/"}
    assert serialize("jsonld", quads, other) == rdflib_jsonld(quads, other)


def test_base_iri_streams_too(tmp_path: Path) -> None:
    a = _build(SEEDS, tmp_path / "a", "--base-iri", "https://example.org/x/", "--max-memory", "32K")
    b = _build(SEEDS, tmp_path / "b", "--base-iri", "https://example.org/x/", "--max-memory", "1G")
    assert (a / "graph.ttl").read_bytes() == (b / "graph.ttl").read_bytes()
    assert b"https://example.org/x/" in (a / "graph.ttl").read_bytes()


def test_max_memory_must_be_a_size(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["build", str(SEEDS), "--out", str(tmp_path), "--max-memory", "lots"])
    assert "--max-memory" in capsys.readouterr().err


def test_the_view_of_the_compact_graph_is_the_view_of_rdflib(tmp_path: Path) -> None:
    """graph.html and graph-tool exports from :class:`ViewGraph` (the build's stream, or a file
    parsed by pyoxigraph) have the bytes the rdflib graph gave."""
    from kg.export.graphio import attributed_graph
    from kg.export.html import render_html
    from kg.export.viewgraph import ViewGraph, read_view_graph

    result = build([SEEDS], options=BuildOptions(max_memory=32 * 1024))
    quads = result.quads
    reference = render_html(to_union(quads))
    compact = ViewGraph(quads)
    assert len(compact) == len(to_union(quads))
    assert render_html(compact) == reference
    tools = attributed_graph(to_union(quads))
    assert sorted(attributed_graph(compact).nodes(data=True)) == sorted(tools.nodes(data=True))
    out = _build(SEEDS, tmp_path / "s", "--jobs", "1")
    for fmt in ("ttl", "trig", "nt", "nq", "jsonld"):
        assert render_html(read_view_graph(out / f"graph.{fmt}")) == reference, fmt
    result.resolved.close()
