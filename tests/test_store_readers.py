"""Readers beside a writer: `kg query`, `kg stats` and `kg export` polling a store while a real
`kg build --into` changes it never destroy the build (they used to recover, that is delete, its
working copy STORE.kg-new), and a writer SIGKILLed with readers around is recovered by the
next opener, because its lock is gone with it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kg.cli import main
from kg.store.embedded import open_store

from .conftest import SEEDS

# `kg build INPUT --into STORE` in a child whose change is slowed where readers used to hurt it:
# STALL seconds after the articles are added to the working copy (STORE.kg-new exists) and
# STALL seconds between the two renames of the swap (STORE itself is missing). It prints a
# marker at each stall so the parent can kill it there.
_WRITER = r"""
import os, sys, time
import kg.store.incremental as inc
from kg.cli import main

STALL = float(sys.argv[1])
real_add = inc.add_quads
def slow_add(store, quads):
    done = real_add(store, quads)
    print("ADDED", flush=True)
    time.sleep(STALL)
    return done
inc.add_quads = slow_add
real_replace = os.replace
def replace(a, b):
    if str(a).endswith(".kg-new"):
        print("SWAPPING", flush=True)
        time.sleep(STALL)
    real_replace(a, b)
os.replace = replace
sys.exit(main(["build", sys.argv[2], "--into", sys.argv[3], "--jobs", "1"]))
"""

_KG = [sys.executable, "-m", "kg.cli"]


def _inputs(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "first", tmp_path / "all"
    first.mkdir()
    second.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i, f in enumerate(seeds):
        shutil.copy(f, second / f.name)
        if i < 3:
            shutil.copy(f, first / f.name)
    return first, second


def _articles(store: Path) -> set[str]:
    s = open_store(store)
    try:
        return {g.value for g in s.named_graphs() if "/article/" in g.value}
    finally:
        del s


class _Readers:
    """Threads that run real `kg query`, `kg stats` and `kg export` processes on ``store`` in a loop."""

    def __init__(self, store: Path, tmp_path: Path) -> None:
        self.store, self.tmp = store, tmp_path
        self.stop = threading.Event()
        self.results: list[tuple[list[str], int, str]] = []
        self.threads = [threading.Thread(target=self._loop, args=(cmd,)) for cmd in (
            ["query", str(store), "-e", "ASK { ?s ?p ?o }"],
            ["stats", str(store)],
            ["export", str(store), "--out", "{out}", "--no-html"])]

    def _loop(self, cmd: list[str]) -> None:
        n = 0
        while not self.stop.is_set():
            n += 1
            args = [a.replace("{out}", str(self.tmp / f"reader-out-{n}")) for a in cmd]
            done = subprocess.run([*_KG, *args], capture_output=True, text=True, timeout=120)
            self.results.append((args, done.returncode, done.stderr))

    def __enter__(self) -> _Readers:
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for t in self.threads:
            t.join()

    def check(self) -> None:
        """Every reader either ran or said clearly that the store was busy; none crashed."""
        assert len(self.results) >= 6, self.results
        for args, rc, err in self.results:
            assert "Traceback" not in err, (args, err)
            if rc != 0:
                assert "kg build --into" in err or "in use by another process" in err, (args, rc, err)


def _writer(stall: float, inputs: Path, store: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", _WRITER, str(stall), str(inputs), str(store)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(proc: subprocess.Popen[str], marker: str) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == marker:
            return
    raise AssertionError(f"the writer ended before {marker}: {proc.wait()} {proc.stderr.read() if proc.stderr else ''}")


def test_readers_polling_never_break_a_running_build_into(tmp_path: Path) -> None:
    first, everything = _inputs(tmp_path)
    store = tmp_path / "store"
    assert main(["build", str(first), "--into", str(store), "--jobs", "1"]) == 0
    assert main(["build", str(everything), "--out", str(tmp_path / "ref"), "--no-html", "--jobs", "1"]) == 0
    writer = _writer(2.0, everything, store)
    _wait_for(writer, "ADDED")  # its working copy STORE.kg-new is full: readers used to delete it
    with _Readers(store, tmp_path) as readers:
        out, err = writer.communicate(timeout=300)
    assert writer.returncode == 0, err
    assert "SWAPPING" in out
    # readers polling before a writer starts do not keep it from starting either
    with _Readers(store, tmp_path / "before") as readers_before:
        time.sleep(0.5)
        writer = _writer(0.5, everything, store)
        writer.communicate(timeout=300)
    assert writer.returncode == 0
    readers_before.check()
    readers.check()
    assert not Path(f"{store}.kg-new").exists() and not Path(f"{store}.kg-old").exists()
    assert len(_articles(store)) == len(list(everything.glob("*.txt")))
    assert main(["export", str(store), "--out", str(tmp_path / "after"), "--no-html"]) == 0
    assert (tmp_path / "after" / "graph.ttl").read_bytes() == (tmp_path / "ref" / "graph.ttl").read_bytes()


@pytest.mark.parametrize("command", ["query", "stats", "export"])
def test_a_reader_waits_through_the_swap_instead_of_undoing_it(tmp_path: Path, command: str) -> None:
    first, everything = _inputs(tmp_path)
    store = tmp_path / "store"
    assert main(["build", str(first), "--into", str(store), "--jobs", "1"]) == 0
    writer = _writer(2.0, everything, store)
    _wait_for(writer, "SWAPPING")  # the old store is STORE.kg-old, the new one STORE.kg-new
    assert not store.exists()
    args = {"query": ["-e", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"], "stats": [],
            "export": ["--out", str(tmp_path / "o"), "--no-html"]}[command]
    reader = subprocess.run([*_KG, command, str(store), *args], capture_output=True, text=True, timeout=120)
    _, err = writer.communicate(timeout=300)
    assert writer.returncode == 0, err
    assert reader.returncode == 0, reader.stderr
    assert len(_articles(store)) == len(list(everything.glob("*.txt")))


def test_sigkilled_writer_with_readers_around_leaves_old_or_new_store(tmp_path: Path) -> None:
    first, everything = _inputs(tmp_path)
    store = tmp_path / "store"
    assert main(["build", str(first), "--into", str(store), "--jobs", "1"]) == 0
    old = _articles(store)
    for marker, expected in (("ADDED", len(old)), ("SWAPPING", len(list(everything.glob("*.txt"))))):
        with _Readers(store, tmp_path / marker) as readers:
            writer = _writer(3.0, everything, store)
            _wait_for(writer, marker)
            time.sleep(0.5)
            os.kill(writer.pid, signal.SIGKILL)
            writer.wait(timeout=60)
            time.sleep(1.0)  # readers now meet the dead writer's leftovers
        assert writer.returncode == -signal.SIGKILL
        readers.check()
        assert len(_articles(store)) == expected, marker
        assert not Path(f"{store}.kg-new").exists() and not Path(f"{store}.kg-old").exists()
    # and the store still takes a build with readers polling
    with _Readers(store, tmp_path / "again") as readers:
        writer = _writer(0.5, everything, store)
        writer.communicate(timeout=300)
    assert writer.returncode == 0
    readers.check()
