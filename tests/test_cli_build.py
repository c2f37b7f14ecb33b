"""CLI-level tests of ``kg build``: exit codes, written files, and how bad inputs are reported."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli import main

SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"
GOOD = sorted(SEEDS_DIR.glob("*.txt"))[:2]


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    """Two good seeds, an empty file and a binary file."""
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in GOOD:
        shutil.copyfile(seed, folder / seed.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "nested").mkdir()
    (folder / "nested" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    return folder


def stderr_lines(err: str, name: str) -> list[str]:
    return [line for line in err.splitlines() if name in line]


def test_build_with_bad_files_exits_3_and_writes_the_graph(mixed_folder, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["build", str(mixed_folder), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 3  # not 2, which is a usage error
    assert (out / "graph.ttl").is_file() and (out / "graph.ttl").stat().st_size > 0
    assert (out / "graph.html").is_file() and (out / "graph.html").stat().st_size > 0
    g = Graph()
    g.parse(out / "graph.ttl", format="turtle")
    assert len(g) > 0
    # each bad file is named once per report line, with its reason; good files are not reported
    empty = stderr_lines(err, "empty.txt")
    binary = stderr_lines(err, "nested/image.txt")
    assert empty and all("empty" in line for line in empty)
    assert binary and all("binary" in line for line in binary)
    for seed in GOOD:
        assert stderr_lines(err, seed.name) == []
    assert "built 2 article(s)" in err


def test_build_reports_each_bad_file_once_from_the_real_command(mixed_folder, tmp_path):
    # a subprocess, so logging is configured as for a user (pytest captures log records in-process)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "build",
            str(mixed_folder),
            "--out",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 3, proc.stderr
    assert len(stderr_lines(proc.stderr, "empty.txt")) == 1, proc.stderr
    assert len(stderr_lines(proc.stderr, "nested/image.txt")) == 1, proc.stderr


def test_build_with_only_bad_files_exits_1(tmp_path, capsys):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02")
    # Russian in Windows-1251: no code page turns it into Vietnamese
    (folder / "c.txt").write_bytes("Привет, это проверка кодировки файла.\n".encode("cp1251") * 3)
    out = tmp_path / "out"
    code = main(["build", str(folder), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert not (out / "graph.ttl").exists()
    assert any("a.txt" in line and "empty" in line for line in err.splitlines())
    assert any("b.txt" in line and "binary" in line for line in err.splitlines())
    assert any("c.txt" in line and "UTF-8" in line for line in err.splitlines())
    assert "no article could be built" in err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["exit_code"] == 1
    assert [p["source"] for p in report["skipped"]] == ["a.txt", "b.txt", "c.txt"]


def test_build_of_an_empty_folder_exits_1(tmp_path, capsys):
    folder = tmp_path / "none"
    folder.mkdir()
    assert main(["build", str(folder), "--out", str(tmp_path / "out")]) == 1
    assert "no article" in capsys.readouterr().err


def test_build_of_good_files_exits_0(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", *(str(p) for p in GOOD), "--out", str(out)]) == 0
    assert (out / "graph.ttl").is_file() and (out / "graph.html").is_file()
    assert "skipped" not in capsys.readouterr().err


def test_strict_build_fails_on_the_first_bad_file(mixed_folder, tmp_path, capsys):
    code = main(["build", str(mixed_folder), "--out", str(tmp_path / "out"), "--strict"])
    err = capsys.readouterr().err
    assert code != 0
    assert "empty.txt" in err


def test_kg_help_exits_0_with_useful_text(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: kg" in out
    assert "build" in out
    assert "knowledge graph" in out.lower()


def test_kg_build_help_exits_0_with_useful_text(capsys):
    with pytest.raises(SystemExit) as info:
        main(["build", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: kg build" in out
    for word in ["INPUT", "--out", "graph.ttl", "graph.html", "--strict"]:
        assert word in out


def test_kg_without_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2
    assert "usage: kg" in capsys.readouterr().err
