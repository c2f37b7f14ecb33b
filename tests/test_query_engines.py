"""``kg query`` on every file format the build writes: both engines, one union, RDF out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.cli import main

from .conftest import SEEDS

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
PER_GRAPH = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
CONSTRUCT = ("CONSTRUCT { ?m ?p ?o } WHERE { ?m a <https://w3id.org/vn-gov-kg/ontology#Meeting> ; ?p ?o }")
FILES = ("ttl", "trig", "nt", "nq", "jsonld")


@pytest.fixture(scope="module")
def every_format(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("formats")
    assert main(["build", str(SEEDS), "--out", str(out), "--no-html", "--format", ",".join(FILES)]) == 0
    return out


def _count(capsys: pytest.CaptureFixture[str], path: Path, engine: str, text: str = COUNT) -> int:
    assert main(["query", str(path), "--engine", engine, "-e", text, "-f", "csv"]) == 0
    return int(capsys.readouterr().out.split()[-1])


def test_both_engines_count_the_same_triples_in_every_format(capsys, every_format: Path) -> None:
    """The default graph of a file is the merge of its graphs (a set), whichever the engine."""
    triples = json.loads((every_format / "report.json").read_text(encoding="utf-8"))["counts"]["triples"]
    for suffix in FILES:
        path = every_format / f"graph.{suffix}"
        assert _count(capsys, path, "oxigraph") == _count(capsys, path, "rdflib") == triples, suffix
    trig = every_format / "graph.trig"
    per_graph = _count(capsys, trig, "oxigraph", PER_GRAPH)
    assert per_graph == _count(capsys, trig, "rdflib", PER_GRAPH) > triples  # each graph still seen


def test_a_jsonld_file_is_queried_by_rdflib_too(capsys, every_format: Path) -> None:
    path = every_format / "graph.jsonld"
    assert main(["query", str(path), "--engine", "rdflib", "-n", "officials", "-f", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0] == "person,name" and len(rows) > 5


@pytest.mark.parametrize(("fmt", "parser"), [(None, "nt"), ("nt", "nt"), ("ttl", "turtle"),
                                             ("jsonld", "json-ld"), ("xml", "xml")])
def test_construct_writes_rdf_in_the_format_asked(capsys, every_format: Path, fmt: str | None,
                                                  parser: str) -> None:
    args = ["query", str(every_format / "graph.ttl"), "-e", CONSTRUCT]
    assert main(args + (["-f", fmt] if fmt else [])) == 0
    out = capsys.readouterr().out
    got = rdflib.Graph().parse(data=out, format=parser)
    want = rdflib.Graph().parse(every_format / "graph.ttl").query(CONSTRUCT).graph
    assert len(got) > 20 and isomorphic(got, want)


def test_rdf_formats_and_result_formats_are_not_mixed_up(capsys, every_format: Path) -> None:
    path = str(every_format / "graph.ttl")
    assert main(["query", path, "-e", CONSTRUCT, "-f", "csv"]) == 1
    assert "CONSTRUCT/DESCRIBE result is RDF" in capsys.readouterr().err
    assert main(["query", path, "-e", COUNT, "-f", "ttl"]) == 1
    assert "SELECT/ASK result" in capsys.readouterr().err
