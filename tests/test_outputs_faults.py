"""The outputs of a build under faults: a build killed or failing while writing leaves the
previous set of files whole, two builds into one folder do not mix, bad --out paths say why."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.export.outputs import out_lock

from .conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))
NAMES = ("graph.ttl", "graph.trig", "graph.html", "report.html", "report.json")

# Builds every seed into argv[1], SIGKILLed halfway through writing graph.trig.
_CHILD = r"""
import os, pathlib, signal, sys
from kg.cli import main
real = pathlib.Path.open
def open_(self, mode="r", *a, **kw):
    f = real(self, mode, *a, **kw)
    if self.name == "graph.trig" and "w" in mode:  # die half-way through writing graph.trig
        f.write("@prefix kg: <https://w3id.org/vn-gov-kg/ontology#> .\n")
        f.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    return f
pathlib.Path.open = open_
sys.exit(main(["build", *sys.argv[2:], "--out", sys.argv[1], "--jobs", "1"]))
"""


def _first_build(out: Path) -> dict[str, bytes]:
    assert main(["build", str(SEED_FILES[0]), "--out", str(out), "--jobs", "1"]) == 0
    return {n: (out / n).read_bytes() for n in NAMES}


def _files(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in NAMES}


def test_a_build_killed_while_writing_leaves_the_previous_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    before = _first_build(out)
    done = subprocess.run([sys.executable, "-c", _CHILD, str(out), *map(str, SEED_FILES)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert _files(out) == before
    # the next build cleans the killed build's staging folder and writes the new set
    assert main(["build", *map(str, SEED_FILES), "--out", str(out), "--jobs", "1"]) == 0
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".kg-staging")) == []
    assert _files(out)["graph.ttl"] != before["graph.ttl"]


def test_a_full_disk_leaves_the_previous_outputs_and_says_so(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    before = _first_build(out)
    real = Path.open

    class FullDisk:
        """A file that takes 100 characters, then says the disk is full."""

        def __init__(self, f):  # type: ignore[no-untyped-def]
            self.f, self.left = f, 100

        def write(self, data: str) -> int:
            if len(data) > self.left:
                self.f.write(data[: self.left])
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            self.left -= len(data)
            return self.f.write(data)

        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(self.f, name)

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc) -> None:  # type: ignore[no-untyped-def]
            self.f.close()

    def full(self: Path, mode: str = "r", *a, **kw):  # type: ignore[no-untyped-def]
        f = real(self, mode, *a, **kw)
        return FullDisk(f) if self.name == "graph.trig" and "w" in mode else f

    monkeypatch.setattr(Path, "open", full)
    capsys.readouterr()
    code = main(["build", *map(str, SEED_FILES), "--out", str(out), "--jobs", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert "No space left on device" in err and "previous outputs are left unchanged" in err
    assert _files(out) == before
    assert [p.name for p in out.iterdir() if p.name.startswith(".kg-staging")] == []


def test_a_second_build_into_the_same_folder_is_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    before = _first_build(out)
    with out_lock(out):  # a build running in that folder holds this lock
        assert main(["build", *map(str, SEED_FILES), "--out", str(out), "--jobs", "1"]) == 1
    assert "another kg build is writing into this folder" in capsys.readouterr().err
    assert _files(out) == before


@pytest.mark.parametrize("kind", ["file", "under-a-file"])
def test_an_out_path_that_is_a_file_is_a_clear_error(tmp_path: Path, capsys, kind: str) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "f").write_text("x", encoding="utf-8")
    out = tmp_path / "f" if kind == "file" else tmp_path / "f" / "sub"
    assert main(["build", str(SEED_FILES[0]), "--out", str(out), "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kg: error: --out") and "Traceback" not in err


def test_base_iri_is_validated_before_the_build(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    for bad in ("https://ex.org/a b/", "not an iri/", "https://ex.org/<x>/", "https://ex.org/id"):
        with pytest.raises(SystemExit) as exc:
            main(["build", str(SEED_FILES[0]), "--out", str(tmp_path / "o"), "--base-iri", bad])
        assert exc.value.code == 2
        assert "--base-iri" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()
    assert main(["build", str(SEED_FILES[0]), "--out", str(tmp_path / "o"), "--jobs", "1",
                 "--base-iri", "https://ex.org/id/"]) == 0
    assert "<https://ex.org/id/" in (tmp_path / "o" / "graph.ttl").read_text(encoding="utf-8") or \
        "@prefix id: <https://ex.org/id/>" in (tmp_path / "o" / "graph.ttl").read_text(encoding="utf-8")


def test_a_read_only_out_folder_is_a_clear_error_and_keeps_the_outputs(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import tempfile

    out = tmp_path / "out"
    before = _first_build(out)

    def denied(*a, **kw):  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    # as root a chmod does not stop writes: fail where a read-only folder would
    monkeypatch.setattr(tempfile, "mkdtemp", denied)
    capsys.readouterr()
    assert main(["build", *map(str, SEED_FILES), "--out", str(out), "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "Permission denied" in err and "previous outputs are left unchanged" in err
    assert "Traceback" not in err
    assert _files(out) == before


def _listing(out: Path) -> dict[str, bytes]:
    """Every visible file of ``out`` (the first tests' ``_files`` reads the contract's names only)."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if not p.name.startswith(".")}


def test_a_rebuild_with_fewer_formats_leaves_no_stale_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(SEEDS), "--out", str(out), "--jobs", "1",
                 "--format", "ttl,trig,nq,nt,jsonld"]) == 0
    assert {"graph.html", "graph.nq", "graph.jsonld", "graph.nt"} <= set(_listing(out))
    assert main(["build", str(SEEDS), "--out", str(out), "--jobs", "1", "--format", "ttl", "--no-html",
                 "--no-report"]) == 0
    assert sorted(_listing(out)) == ["graph.ttl", "report.json"]
    # kg export removes what an earlier run wrote and it does not (a build's report among them)
    store = tmp_path / "store"
    assert main(["build", str(SEEDS), "--into", str(store), "--jobs", "1"]) == 0
    assert main(["export", str(store), "--out", str(out), "--format", "trig,graphml", "--no-html"]) == 0
    assert sorted(_listing(out)) == ["graph.graphml", "graph.trig", "graph.ttl"]
    # a file kg never writes stays
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["build", str(SEEDS), "--out", str(out), "--jobs", "1", "--no-html"]) == 0
    assert sorted(_listing(out)) == ["graph.trig", "graph.ttl", "notes.txt", "report.html", "report.json"]


# Builds argv[2:] into argv[1], stalling after the first rename of the staged files into the
# folder (and printing STALLED then) so the parent can SIGKILL it between two renames.
_STALLING = r"""
import os, sys, time
from kg.cli import main
real = os.replace
moved = [0]
def replace(a, b):
    real(a, b)
    if ".kg-staging-" in str(a) and ".kg-staging-" not in str(b):
        moved[0] += 1
        if moved[0] == 1:
            print("STALLED", flush=True)
            time.sleep(60)
os.replace = replace
sys.exit(main(["build", *sys.argv[2:], "--out", sys.argv[1], "--jobs", "1"]))
"""


def test_a_build_killed_between_its_renames_is_finished_not_left_mixed(tmp_path: Path) -> None:
    out, ref = tmp_path / "out", tmp_path / "ref"
    assert main(["build", str(SEED_FILES[0]), "--out", str(out), "--jobs", "1"]) == 0
    before = _listing(out)
    assert main(["build", *map(str, SEED_FILES), "--out", str(ref), "--jobs", "1"]) == 0
    after = _files(ref)
    child = subprocess.Popen([sys.executable, "-c", _STALLING, str(out), *map(str, SEED_FILES)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "STALLED"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    mixed = _listing(out)
    assert mixed["graph.ttl"] == after["graph.ttl"] and mixed["graph.trig"] == before["graph.trig"]
    with out_lock(out):  # the next run into the folder (build or export) finishes the set first
        pass
    assert _listing(out) == after
    assert not [p for p in out.iterdir() if p.name.startswith(".kg-") and p.name != ".kg-build.lock"]


def test_a_lock_file_symlink_is_not_followed_out_of_the_folder(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out, victim = tmp_path / "out", tmp_path / "elsewhere" / "victim"
    out.mkdir()
    victim.parent.mkdir()
    (out / ".kg-build.lock").symlink_to(victim)
    assert main(["build", str(SEED_FILES[0]), "--out", str(out), "--jobs", "1"]) == 1
    assert "symbolic link" in capsys.readouterr().err
    assert not victim.exists()
