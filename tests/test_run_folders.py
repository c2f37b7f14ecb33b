"""Run folders of a killed build: left in the temporary folder, removed by the next build,
never while their owner runs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from kg.cli import main
from kg.export import runs

from .conftest import SEEDS

HOLD = """
import sys
from kg.export.runs import _Folder
folder = _Folder(sys.argv[1], "live")
print(folder.path, flush=True)
sys.stdin.read()  # hold the folder until the test closes our standard input
"""


def _copies(tmp: Path, n: int) -> Path:
    corpus = tmp / "corpus"
    corpus.mkdir()
    for k in range(n):
        for src in sorted(SEEDS.glob("*.txt")):
            text = src.read_text(encoding="utf-8").rstrip()
            (corpus / f"{src.stem}_{k}.txt").write_text(f"{text}\nMã tin: {k}\n", encoding="utf-8")
    return corpus


def _folders(tmp: Path) -> set[Path]:
    return set(tmp.glob(runs.FOLDER_PREFIX + "*"))


def test_a_killed_build_leaves_run_files_that_the_next_build_removes(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        live = Path(holder.stdout.readline().strip())
        assert live.is_dir()
        corpus = _copies(tmp_path, 8)
        env = {**os.environ, "TMPDIR": str(tmp)}
        build = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out",
                                  str(tmp_path / "killed"), "--no-html", "--jobs", "1", "--max-memory", "1K"],
                                 env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 300
        while not (_folders(tmp) - {live}) and build.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert build.poll() is None, "the build ended before it wrote a run file"
        build.send_signal(signal.SIGKILL)
        build.wait(timeout=30)
        left = _folders(tmp) - {live}
        assert left and all(any(f.glob("*.run")) for f in left)  # SIGKILL: nothing cleaned up

        monkeypatch.setattr(tempfile, "tempdir", str(tmp))
        assert main(["build", str(sorted(SEEDS.glob("*.txt"))[0]), "--out", str(tmp_path / "next"),
                     "--no-html", "--jobs", "1"]) == 0
        assert not any(f.exists() for f in left)  # the next build swept them
        assert live.is_dir() and (live / runs.OWNER_LOCK).exists()  # the running owner's folder stays
        assert _folders(tmp) == {live}
    finally:
        holder.communicate(timeout=30)
    assert holder.returncode == 0
    assert not live.exists()  # its owner removed it on exit


def test_folders_are_removed_on_close_and_skipped_while_owned(tmp_path: Path) -> None:
    folder = runs._Folder(tmp_path, "x")
    (folder.new()).write_bytes(b"x")
    assert runs.sweep_stale(tmp_path) == [] and folder.path.is_dir()  # our own live folder
    folder.close()
    assert not folder.path.exists()
    unlocked = tmp_path / f"{runs.FOLDER_PREFIX}old-1"
    unlocked.mkdir()
    (unlocked / runs.OWNER_LOCK).touch()  # its owner is gone: nobody holds the lock
    assert runs.sweep_stale(tmp_path) == [unlocked] and not unlocked.exists()


def test_folders_of_the_old_naming_are_swept_once_stale(tmp_path: Path) -> None:
    """kg-quads-*, kg-ttl-* … (builds before the kg-runs- naming, never locked) go like an unlocked run folder."""
    old = runs.STALE_UNLOCKED_SECONDS + 60
    stale = []
    for prefix in runs.LEGACY_PREFIXES:
        folder = tmp_path / f"{prefix}abc123"
        folder.mkdir()
        (folder / "000001.run").write_bytes(b"x")
        os.utime(folder, (time.time() - old, time.time() - old))
        stale.append(folder)
    recent = tmp_path / "kg-quads-recent"  # perhaps an old build still running: kept for now
    recent.mkdir()
    other = tmp_path / "kg-other-1"  # not a run folder of any naming
    other.mkdir()
    os.utime(other, (time.time() - old, time.time() - old))
    assert runs.sweep_stale(tmp_path) == sorted(stale)
    assert not any(f.exists() for f in stale) and recent.is_dir() and other.is_dir()
