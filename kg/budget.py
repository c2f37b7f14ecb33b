"""A CPU-time budget for one step (one article's extraction): past it, the step is interrupted.

In the main thread of a process (a worker process, or a build with one job) an
``ITIMER_PROF`` timer delivers SIGPROF after that much CPU time of the process, and its
handler raises :class:`BudgetExceeded`; the regular-expression engine checks for signals,
so a long match is interrupted too. In any other thread (a Dask worker's) a watchdog thread
reads that thread's own CPU clock and raises the exception in it asynchronously, which
takes effect at the thread's next Python instruction.
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import threading
import time
from collections.abc import Iterator

DEFAULT_TIME_BUDGET = 30.0
"""CPU seconds one article may take to annotate and extract: a long real article takes
well under one; an article built to be slow is stopped here and reported."""
_WATCH_EVERY = 0.05  # seconds between two looks of the watchdog at a thread's CPU clock


class BudgetExceeded(Exception):  # noqa: N818 - a signal, not an error of the input itself
    """The step used up its CPU budget (raised inside it, then reported by the caller)."""


@contextlib.contextmanager
def cpu_budget(seconds: float | None) -> Iterator[None]:
    """Run the block with at most ``seconds`` of CPU time (None or 0: no limit), else raise
    :class:`BudgetExceeded` inside it."""
    if not seconds or seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _timer(seconds):
            yield
    else:
        with _watchdog(seconds):
            yield


@contextlib.contextmanager
def _timer(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise BudgetExceeded

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


@contextlib.contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    ident = threading.get_ident()
    clock = time.pthread_getcpuclockid(ident)
    start = time.clock_gettime(clock)
    done = threading.Event()
    fired = threading.Event()

    def watch() -> None:
        while not done.wait(_WATCH_EVERY):
            if time.clock_gettime(clock) - start > seconds:
                fired.set()
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(BudgetExceeded))
                return

    watcher = threading.Thread(target=watch, name="kg-cpu-budget", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()
        if fired.is_set():  # the block ended before the exception reached it: take it back
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None)
