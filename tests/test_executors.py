"""Executors: a local process pool and a Dask LocalCluster give the single-process graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import KGError
from kg.executors import ordered_map

from .conftest import SEEDS


def _square(x: int) -> int:
    return x * x


def test_ordered_map_keeps_input_order_locally() -> None:
    assert list(ordered_map(_square, list(range(20)), jobs=2)) == [x * x for x in range(20)]


def test_a_local_pool_keeps_a_bounded_window_of_work_in_flight(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks are submitted as results are consumed, not all at once (bounded memory on huge corpora)."""
    import concurrent.futures

    submitted: list[int] = []
    real_submit = concurrent.futures.ProcessPoolExecutor.submit

    def counting_submit(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        submitted.append(1)
        return real_submit(self, fn, *args, **kwargs)

    monkeypatch.setattr(concurrent.futures.ProcessPoolExecutor, "submit", counting_submit)
    items = list(range(2000))
    results = ordered_map(_square, items, jobs=2)
    first = next(results)
    in_flight_at_start = len(submitted)
    rest = list(results)
    assert [first, *rest] == [x * x for x in items]
    assert in_flight_at_start <= 2 * 4 + 1 < len(submitted)  # the window, plus the one that replaced the first


def test_unknown_executor_is_a_clear_error() -> None:
    with pytest.raises(KGError, match="unknown"):
        list(ordered_map(_square, [1, 2], executor="spark"))


def test_dask_local_cluster_builds_the_same_bytes(tmp_path: Path) -> None:
    one = tmp_path / "one"
    dask = tmp_path / "dask"
    assert main(["build", str(SEEDS), "--out", str(one), "--no-html", "--jobs", "1"]) == 0
    assert main(["build", str(SEEDS), "--out", str(dask), "--no-html", "--jobs", "2",
                 "--executor", "dask"]) == 0
    for name in ("graph.ttl", "graph.trig"):
        assert (one / name).read_bytes() == (dask / name).read_bytes(), name


def test_dask_ordered_map_on_a_local_cluster() -> None:
    assert list(ordered_map(_square, list(range(10)), jobs=2, executor="dask")) == [x * x for x in range(10)]


def test_scheduler_without_dask_executor_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["build", str(SEEDS), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"])
    assert code != 0
    assert "--executor dask" in capsys.readouterr().err


def test_input_errors_survive_a_trip_to_a_worker_process() -> None:
    import pickle

    from kg.errors import EmptyInputError

    err = pickle.loads(pickle.dumps(EmptyInputError("a.txt", "file is empty")))
    assert isinstance(err, EmptyInputError) and err.path == "a.txt" and err.reason == "file is empty"
