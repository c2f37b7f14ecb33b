"""The per-article time budget (issue 30): an article whose extraction runs past its CPU budget
is reported (file + reason) and skipped while the others are built; --strict fails on it.
Nothing here is timed: the slow article never ends by itself, so only the budget stops it."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

import kg.pipeline
from kg.budget import BudgetExceeded, cpu_budget
from kg.cli import main

from .conftest import SEEDS

SLOW = "Bài viết không bao giờ xong"  # the headline of the article that spins


def _spin_forever() -> None:
    n = 0
    while True:  # pure Python: only the budget ends it
        n += 1


@pytest.fixture
def slow_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    real = kg.pipeline.run_extractors

    def run(doc, ann):  # type: ignore[no-untyped-def]
        if doc.text.startswith(SLOW):
            _spin_forever()
        return real(doc, ann)

    monkeypatch.setattr(kg.pipeline, "run_extractors", run)


def _inputs(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for f in seeds[:2]:
        shutil.copy(f, src / f.name)
    body = seeds[2].read_text(encoding="utf-8").split("\n", 1)[1]
    (src / "slow.txt").write_text(f"{SLOW}\n{body}", encoding="utf-8")
    return src


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.usefixtures("slow_extractor")
def test_an_article_past_its_budget_is_skipped_and_reported(tmp_path: Path, jobs: str,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", str(_inputs(tmp_path)), "--out", str(out), "--jobs", jobs,
                 "--time-budget", "0.5"]) == 3  # some inputs skipped
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert len(report["built"]) == 2 and "slow.txt" not in report["built"]
    assert [s["source"] for s in report["skipped"]] == ["slow.txt"]
    assert "CPU seconds (--time-budget)" in report["skipped"][0]["reason"]
    assert "slow.txt" in capsys.readouterr().err
    assert (out / "graph.ttl").stat().st_size > 0


@pytest.mark.usefixtures("slow_extractor")
def test_strict_stops_at_an_article_past_its_budget(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", str(_inputs(tmp_path)), "--out", str(out), "--jobs", "1", "--strict",
                 "--time-budget", "0.5"]) == 1
    assert "--time-budget" in capsys.readouterr().err
    assert not (out / "graph.ttl").exists()


def test_the_budget_stops_a_thread_that_is_not_the_main_one() -> None:
    caught: list[BaseException] = []

    def work() -> None:
        try:
            with cpu_budget(0.3):
                _spin_forever()
        except BudgetExceeded as exc:
            caught.append(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert len(caught) == 1 and isinstance(caught[0], BudgetExceeded)


def test_a_block_within_its_budget_runs_untouched() -> None:
    with cpu_budget(30):
        total = sum(range(1000))
    assert total == 499500
    with cpu_budget(None):
        pass
