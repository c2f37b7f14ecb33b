"""``kg load``, ``kg query STORE``: the on-disk pyoxigraph store, locking, bad files, oxrdflib."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import rdflib

from kg.cli import main
from tests.query_sample import write_sample

HOLD_SECONDS = 30  # upper bound; the holder is killed as soon as the test is done


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def union_size(*files: Path) -> int:
    """Return the number of distinct triples in the given Turtle files together (rdflib)."""
    g = rdflib.Graph()
    for f in files:
        g.parse(f, format="turtle")
    return len(g)


@pytest.fixture()
def store(tmp_path: Path, seeds_build: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "store"
    code, _, err = run_cli(capsys, "load", str(path), str(seeds_build / "graph.ttl"),
                           str(write_sample(tmp_path)))
    assert code == 0, err
    return path


def test_load_counts_and_query_store(store, seeds_build, tmp_path, capsys):
    expected = union_size(seeds_build / "graph.ttl", tmp_path / "sample.ttl")
    code, out, _ = run_cli(capsys, "query", str(store), "-f", "csv",
                           "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert code == 0
    assert int(out.split()[1]) == expected
    code, out, _ = run_cli(capsys, "query", str(store), "-n", "positions", "-f", "csv")
    assert code == 0 and "Dương Hữu Bường" in out


def test_load_reports_the_quad_count(tmp_path, capsys):
    nt = tmp_path / "a.nt"
    nt.write_text("<urn:a> <urn:p> <urn:b> .\n<urn:a> <urn:p> <urn:c> .\n", encoding="utf-8")
    nq = tmp_path / "b.nq"
    nq.write_text("<urn:a> <urn:p> <urn:d> <urn:g> .\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "load", str(tmp_path / "s"), str(nt), str(nq))
    assert code == 0 and "loaded 2 file(s)" in err and "holds 3 quads" in err
    code, out, _ = run_cli(capsys, "query", str(tmp_path / "s"), "-f", "csv",
                           "-e", "SELECT ?o WHERE { GRAPH <urn:g> { ?s ?p ?o } }")
    assert out.split() == ["o", "urn:d"]


def test_load_into_named_graph(tmp_path, capsys):
    ttl = tmp_path / "a.ttl"
    ttl.write_text("<urn:a> <urn:p> <urn:b> .\n", encoding="utf-8")
    assert main(["load", str(tmp_path / "s"), str(ttl), "--graph", "urn:graph:x"]) == 0
    capsys.readouterr()
    _, out, _ = run_cli(capsys, "query", str(tmp_path / "s"), "-f", "csv",
                        "-e", "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert out.split() == ["g", "urn:graph:x"]


def test_bad_file_is_reported_and_store_unchanged(store, tmp_path, capsys):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    _, before, _ = run_cli(capsys, "query", str(store), "-f", "csv", "-e", count)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:p> <urn:b> .\n<urn:a> <urn:p> .\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "load", str(store), str(bad))
    assert code == 1
    assert "bad.ttl: not valid Turtle" in err and "line 2" in err
    _, after, _ = run_cli(capsys, "query", str(store), "-f", "csv", "-e", count)
    assert after == before


def test_missing_and_unknown_files(tmp_path, capsys):
    code, _, err = run_cli(capsys, "load", str(tmp_path / "s"), str(tmp_path / "none.ttl"))
    assert code == 1 and "none.ttl: file not found" in err
    (tmp_path / "x.json").write_text("{}", encoding="utf-8")
    code, _, err = run_cli(capsys, "load", str(tmp_path / "s"), str(tmp_path / "x.json"))
    assert code == 1 and "unknown RDF file extension '.json'" in err


def test_store_locked_by_another_process(store, capsys):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time, pyoxigraph
            s = pyoxigraph.Store({str(store)!r})
            print("held", flush=True)
            time.sleep({HOLD_SECONDS})
        """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        code, out, err = run_cli(capsys, "query", str(store), "-n", "officials")
        assert code == 1 and out == ""
        assert "the store is in use by another process" in err
        assert "Traceback" not in err
        code, _, err = run_cli(capsys, "load", str(store), str(store.parent / "sample.ttl"))
        assert code == 1 and "in use by another process" in err
    finally:
        holder.kill()
        holder.wait(timeout=10)
    # once the other process is gone the store opens again
    code, _, _ = run_cli(capsys, "query", str(store), "-n", "officials")
    assert code == 0


def test_rdflib_opens_the_store_through_oxrdflib(store, seeds_build, tmp_path):
    ds = rdflib.Dataset(store="Oxigraph")
    ds.open(str(store))
    try:
        expected = union_size(seeds_build / "graph.ttl", tmp_path / "sample.ttl")
        assert len(ds) == expected
        rows = list(ds.query("SELECT ?n WHERE { <https://w3id.org/vn-gov-kg/id/task/t2> "
                             "<https://schema.org/description> ?n }"))
        assert [str(r[0]) for r in rows] == ["Tập trung giải ngân vốn đầu tư công"]
    finally:
        ds.close()
