"""Where extraction runs: in this process, in a local process pool, or on a Dask cluster.

Every executor yields results in input order, so the graph built from them is
byte-identical whatever runs the work. The graph itself is always assembled
in the calling process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from kg.errors import KGError

T = TypeVar("T")
R = TypeVar("R")

EXECUTORS = ("local", "dask")
# How many futures a Dask run keeps in flight per worker: bounded memory, workers never idle.
DASK_IN_FLIGHT_PER_WORKER = 64
# How many chunks a local process pool keeps in flight per worker process.
LOCAL_IN_FLIGHT_PER_WORKER = 4


def ordered_map(fn: Callable[[T], R], items: Sequence[T], *, jobs: int = 1, executor: str = "local",
                scheduler: str | None = None) -> Iterator[R]:
    """Apply ``fn`` to ``items``; yield the results in the order of ``items``."""
    if executor == "dask":
        yield from _dask_map(fn, items, jobs=jobs, scheduler=scheduler)
        return
    if executor != "local":
        raise KGError(f"--executor {executor!r}: unknown; choose from {', '.join(EXECUTORS)}")
    if jobs <= 1 or len(items) < 2:
        for item in items:
            yield fn(item)
        return
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    chunk = max(1, min(64, len(items) // (jobs * 4) or 1))
    window = jobs * LOCAL_IN_FLIGHT_PER_WORKER
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # A bounded window of chunks in flight (Executor.map would submit every chunk at once and
        # hold results that arrive faster than they are consumed).
        pending: deque[Future[list[R]]] = deque()
        starts = iter(range(0, len(items), chunk))
        for start in starts:
            pending.append(pool.submit(_run_chunk, fn, items[start : start + chunk]))
            if len(pending) >= window:
                break
        while pending:
            done = pending.popleft().result()
            following = next(starts, None)
            if following is not None:
                pending.append(pool.submit(_run_chunk, fn, items[following : following + chunk]))
            yield from done


def _run_chunk(fn: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    """Apply ``fn`` to a chunk of items in a worker process."""
    return [fn(item) for item in chunk]


def _dask_map(fn: Callable[[T], R], items: Sequence[T], *, jobs: int,
              scheduler: str | None) -> Iterator[R]:
    """Run on a Dask cluster: ``scheduler`` (tcp://HOST:8786) or an embedded LocalCluster."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise KGError("--executor dask needs Dask: pip install 'vn-gov-kg[dask]'") from exc
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            # no dashboard; the scheduler's own HTTP routes on a free port, not 8787, so two builds
            # (or a Dask dashboard already running) never clash nor warn
            cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                   dashboard_address=None, host="127.0.0.1",
                                   scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
            client = Client(cluster)
    except OSError as exc:
        raise KGError(f"cannot reach the Dask scheduler {scheduler!r}: {exc}") from exc
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        window = workers * DASK_IN_FLIGHT_PER_WORKER
        pending: list[Any] = []
        index = 0
        while index < len(items) or pending:
            while index < len(items) and len(pending) < window:
                pending.append(client.submit(fn, items[index], pure=False))
                index += 1
            future = pending.pop(0)
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
