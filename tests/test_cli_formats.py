"""Every command reads every format the project writes; JSON-LD is compact and deterministic;
exit codes are distinct and documented (issue 18, issue 20)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.cli import main

from .conftest import SEEDS

FORMATS = ("ttl", "trig", "nt", "nq", "jsonld")


@pytest.fixture(scope="module")
def all_formats(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("all-formats")
    assert main(["build", str(SEEDS), "--out", str(out), "--format", ",".join(FORMATS),
                 "--no-html", "--jobs", "1"]) == 0
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_query_view_and_load_read_every_format_the_build_writes(all_formats: Path, tmp_path: Path,
                                                                fmt: str, capsys) -> None:  # type: ignore[no-untyped-def]
    path = all_formats / f"graph.{fmt}"
    triples = json.loads((all_formats / "report.json").read_text(encoding="utf-8"))["counts"]["triples"]
    assert main(["query", str(path), "-e", "SELECT (COUNT(DISTINCT *) AS ?n) WHERE { ?s ?p ?o }",
                 "-f", "csv"]) == 0
    assert capsys.readouterr().out.split()[-1] == str(triples)
    assert main(["view", str(path), "--out", str(tmp_path / "v.html")]) == 0
    assert (tmp_path / "v.html").stat().st_size > 10_000
    assert main(["load", str(tmp_path / "store"), str(path)]) == 0


def test_an_unknown_format_is_a_clear_error_in_every_command(all_formats: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "graph.xml"
    bad.write_text("<rdf/>", encoding="utf-8")
    for argv in (["view", str(bad), "--out", str(tmp_path / "v.html")],
                 ["query", str(bad), "-e", "ASK {}"],
                 ["load", str(tmp_path / "s"), str(bad)]):
        capsys.readouterr()
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert "unknown RDF file extension '.xml'" in err and ".jsonld" in err, argv


def test_view_into_a_missing_folder_creates_it(all_formats: Path, tmp_path: Path) -> None:
    # the folder is made before the work starts, like kg build --out (it used to die after the layout)
    assert main(["view", str(all_formats / "graph.ttl"), "--out", str(tmp_path / "no" / "v.html")]) == 0
    assert (tmp_path / "no" / "v.html").stat().st_size > 10_000


def test_jsonld_has_a_compact_context_is_isomorphic_and_deterministic(all_formats: Path, tmp_path: Path) -> None:
    text = (all_formats / "graph.jsonld").read_text(encoding="utf-8")
    doc = json.loads(text)
    assert doc["@context"]["kg"] == "https://w3id.org/vn-gov-kg/ontology#"
    assert '"kg:' in text  # properties and types written with the project prefixes
    ttl = rdflib.Graph().parse(all_formats / "graph.ttl", format="turtle")
    assert isomorphic(ttl, rdflib.Graph().parse(data=text, format="json-ld"))
    # another process with another hash seed writes the same bytes
    env = dict(os.environ, PYTHONHASHSEED="12345")
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEEDS), "--out", str(tmp_path / "b"),
                    "--format", "jsonld", "--no-html", "--jobs", "2"], env=env, check=True,
                   capture_output=True, timeout=600)
    assert (tmp_path / "b" / "graph.jsonld").read_text(encoding="utf-8") == text


def test_exit_codes_are_distinct_and_in_the_help(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as usage:
        main(["build", "--no-such-option"])
    assert usage.value.code == 2
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    code = main(["build", str(sorted(SEEDS.glob("*.txt"))[0]), str(tmp_path / "bad.txt"),
                 "--out", str(tmp_path / "o"), "--jobs", "1"])
    assert code == 3
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["--help"])
    helptext = " ".join(capsys.readouterr().out.split())
    assert "2 usage error" in helptext and "3 built, but some inputs were skipped" in helptext


def test_dask_executor_is_quiet_without_verbose(tmp_path: Path) -> None:
    seed = str(sorted(SEEDS.glob("*.txt"))[0])
    quiet = subprocess.run([sys.executable, "-m", "kg.cli", "build", seed, "--out", str(tmp_path / "q"),
                            "--executor", "dask", "--jobs", "1", "--no-html"],
                           capture_output=True, text=True, timeout=600)
    assert quiet.returncode == 0, quiet.stderr
    assert "INFO" not in quiet.stderr, quiet.stderr
    assert quiet.stderr.count("\n") <= 2, quiet.stderr  # the summary line (and maybe a progress line)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_build_shows_progress_while_resolving_and_writing(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    term = _Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    assert main(["build", str(SEEDS), "--out", str(tmp_path / "o"), "--jobs", "1",
                 "--format", "ttl,trig"]) == 0
    shown = term.getvalue()
    # the graph files are written in one streaming pass, so they share one step
    for step in ("resolving people over 5 article(s)", "writing graph.ttl, graph.trig", "writing graph.html"):
        assert f"kg build: {step}" in shown, shown
    assert shown.rstrip().splitlines()[-1].lstrip("\r\x1b[K").startswith("kg: built 5 article(s)")


def test_dask_executor_stays_quiet_when_the_dask_dashboard_port_is_taken(tmp_path: Path) -> None:
    import socket

    holder = socket.socket()
    try:
        holder.bind(("127.0.0.1", 8787))
        holder.listen(1)
    except OSError:
        pass  # already taken by someone else: the condition this test is about
    try:
        seed = str(sorted(SEEDS.glob("*.txt"))[0])
        quiet = subprocess.run([sys.executable, "-m", "kg.cli", "build", seed, "--out", str(tmp_path / "q"),
                                "--executor", "dask", "--jobs", "1", "--no-html"],
                               capture_output=True, text=True, timeout=600)
    finally:
        holder.close()
    assert quiet.returncode == 0, quiet.stderr
    assert "8787" not in quiet.stderr and "Warning" not in quiet.stderr, quiet.stderr
