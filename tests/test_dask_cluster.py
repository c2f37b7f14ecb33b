"""Dask beyond one process: `dask scheduler` and `dask worker` started apart build the same bytes,
and a worker killed (SIGKILL) in the middle of a build loses no article."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg import pipeline
from kg.cli import main
from kg.pipeline import BuildOptions, build, write_build

from .conftest import SEEDS

distributed = pytest.importorskip("distributed")
DASK = Path(sys.executable).with_name("dask")
FILES = ("graph.ttl", "graph.trig", "report.json")


def _wait_for(path: Path, proc: subprocess.Popen[bytes], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists() or not path.read_text().strip():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"{what} did not start (exit {proc.poll()})")
        time.sleep(0.2)


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[tuple[str, dict[str, subprocess.Popen[bytes]]]]:
    """A scheduler and two single-thread workers, each its own process, on loopback."""
    procs: list[subprocess.Popen[bytes]] = []
    log = (tmp_path / "dask.log").open("wb")
    scheduler_file = tmp_path / "scheduler.json"
    try:
        sched = subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0",
                                  "--no-dashboard", "--scheduler-file", str(scheduler_file)],
                                 stdout=log, stderr=log)
        procs.append(sched)
        _wait_for(scheduler_file, sched, "dask scheduler")
        address = json.loads(scheduler_file.read_text())["address"]
        workers = {}
        for i in range(2):
            w = subprocess.Popen([str(DASK), "worker", address, "--nthreads", "1", "--no-nanny",
                                  "--no-dashboard", "--host", "127.0.0.1", "--name", f"w{i}"],
                                 stdout=log, stderr=log)
            procs.append(w)
            workers[f"w{i}"] = w
        with distributed.Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        yield address, workers
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
        log.close()


def _copies(tmp_path: Path, n: int) -> Path:
    """n copies of each seed article (same content, other names): enough tasks to kill one mid-way."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for src in sorted(SEEDS.glob("*.txt")):
        for i in range(n):
            shutil.copy(src, corpus / f"{src.stem}_{i}{src.suffix}")
    return corpus


def _same(a: Path, b: Path) -> None:
    for name in FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_separate_scheduler_and_workers_build_the_same_bytes_even_when_one_is_killed(
        cluster: tuple[str, dict[str, subprocess.Popen[bytes]]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    address, workers = cluster
    corpus = _copies(tmp_path, 4)
    local = tmp_path / "local"
    assert main(["build", str(corpus), "--out", str(local), "--no-html", "--jobs", "1"]) == 0

    remote = tmp_path / "remote"
    assert main(["build", str(corpus), "--out", str(remote), "--no-html", "--executor", "dask",
                 "--scheduler", address]) == 0
    _same(local, remote)

    # one source per task, so the killed worker surely holds tasks when it dies
    monkeypatch.setattr(pipeline, "BATCH_SOURCES", 1)
    killed: list[str] = []

    def kill_a_busy_worker(_source: str) -> None:
        if killed:
            return
        with distributed.Client(address, timeout="30s") as client:
            busy = {w: len(tasks) for w, tasks in client.processing().items() if tasks}
            names = {w: info.get("name") for w, info in client.scheduler_info()["workers"].items()}
        if not busy:
            return
        victim = str(names[max(busy, key=lambda w: busy[w])])
        os.kill(workers[victim].pid, signal.SIGKILL)
        workers[victim].wait(timeout=20)
        killed.append(victim)

    options = BuildOptions(executor="dask", scheduler=address)
    result = build([corpus], options=options, progress=kill_a_busy_worker)
    assert killed, "no worker was busy when the first result came back"
    assert len(result.built) == len(list(corpus.iterdir())) and not result.problems
    survivor = tmp_path / "survivor"
    write_build(result, survivor, options=options, html=False)
    _same(local, survivor)
