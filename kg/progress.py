"""Build progress: a bar on a terminal, a quiet log line every tenth of the way otherwise."""

from __future__ import annotations

import logging
import sys
from typing import Any, TextIO

log = logging.getLogger("kg.build")

# Builds that finish within this many seconds never show a bar (no flicker for one file).
BAR_DELAY_SECONDS = 1.0
# The first file pays for loading the models (seconds), so a rate from it promises hours: no
# ETA until this many files (and RATE_MIN_SECONDS) after the first one give a real rate.
RATE_MIN_FILES = 10
RATE_MIN_SECONDS = 1.0
# tqdm's own {remaining} would divide by the first file's time: the bar shows ours instead
BAR_FORMAT = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} [{elapsed}{postfix}]"


class Progress:
    """Pass ``start`` as ``build(on_total=...)`` and the object as ``build(progress=...)``."""

    def __init__(self, stream: TextIO | None = None, *, clock: Any = None) -> None:
        import time

        self.stream = stream if stream is not None else sys.stderr
        self._clock = clock or time.monotonic
        self._first: float | None = None  # when the first file was done
        self.total = 0
        self.done = 0
        self._bar: Any = None
        self._next_log = 0
        self._status = False

    def start(self, total: int) -> None:
        self.total = total
        self._next_log = max(1, total // 10)
        isatty = getattr(self.stream, "isatty", None)
        if total > 1 and isatty is not None and isatty():
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="file", desc="kg build", file=self.stream,
                             delay=BAR_DELAY_SECONDS, leave=False, dynamic_ncols=True,
                             bar_format=BAR_FORMAT)

    def eta(self) -> float | None:
        """Seconds left at the rate since the first file, or None while there is no real rate."""
        if self._first is None:
            return None
        files, seconds = self.done - 1, self._clock() - self._first
        if files < RATE_MIN_FILES or seconds < RATE_MIN_SECONDS:
            return None
        return (self.total - self.done) * seconds / files

    def __call__(self, source: str) -> None:
        self.done += 1
        if self._first is None:
            self._first = self._clock()
        if self._bar is not None:
            left = self.eta()
            when = "ETA …" if left is None else f"ETA {_clock_time(left)}"
            self._bar.set_postfix_str(f"{when}, {source[-40:]}", refresh=False)
            self._bar.update(1)
        elif self.done >= self._next_log or self.done == self.total:
            log.info("read %d/%d input(s), last %s", self.done, self.total, source)
            self._next_log = self.done + max(1, self.total // 10)

    def stage(self, what: str) -> None:
        """Say which step runs now (after reading: resolving, writing each file); on a
        terminal as a status line, otherwise as an INFO log line (shown with -v)."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        isatty = getattr(self.stream, "isatty", None)
        if isatty is not None and isatty():
            self.stream.write(f"\rkg build: {what}\u2026\x1b[K")
            self.stream.flush()
            self._status = True
        else:
            log.info("%s", what)

    def close(self) -> None:
        if getattr(self, "_status", False):
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._status = False
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _clock_time(seconds: float) -> str:
    """``h:mm:ss`` or ``m:ss``."""
    m, s = divmod(int(seconds + 0.5), 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


# A multi-step task quiet at first: nothing for steps that end within this many seconds.
STAGE_DELAY_SECONDS = 2.0


class Stages:
    """Progress of one output's steps (e.g. graph.html: project, rank, collect, write).

    On a terminal a tqdm bar over the steps (after ``STAGE_DELAY_SECONDS``); otherwise one
    line per step on ``stream`` once the task has run that long, so a quick build stays silent
    and a long one never looks hung. Call the object with each step's name; ``close`` at the end.
    """

    def __init__(self, what: str, total: int, stream: TextIO | None = None) -> None:
        import time

        self._clock = time.perf_counter
        self.what = what
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.started = self._clock()
        self.done = 0
        self.lines = 0
        self._current = ""
        self._bar: Any = None
        isatty = getattr(self.stream, "isatty", None)
        if isatty is not None and isatty():
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="step", desc=what, file=self.stream,
                             delay=STAGE_DELAY_SECONDS, leave=False, dynamic_ncols=True)

    def __call__(self, name: str) -> None:
        if self._current:
            self.done += 1
        self._current = name
        elapsed = self._clock() - self.started
        if self._bar is not None:  # a few slow steps: redraw at each one, past the delay
            self._bar.update(1 if self.done else 0)
            self._bar.set_postfix_str(name, refresh=elapsed >= STAGE_DELAY_SECONDS)
            return
        if elapsed >= STAGE_DELAY_SECONDS:
            self.stream.write(f"kg: {self.what}: step {min(self.done + 1, self.total)}/{self.total}, "
                              f"{name} ({elapsed:.0f} s so far)\n")
            self.stream.flush()
            self.lines += 1

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        elif self.lines:
            self.stream.write(f"kg: {self.what}: done in {self._clock() - self.started:.0f} s\n")
            self.stream.flush()
            self.lines = 0
