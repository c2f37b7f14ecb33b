#!/usr/bin/env python3
"""Benchmark of the merge step: time and memory of resolving people, meetings and tenures after extraction.

Runs :func:`kg.pipeline.build` once (one process, ``--jobs`` workers) over a corpus and notes,
at every stage the build announces (``on_stage``), the wall and CPU time of the assembling
process and its resident memory (``VmRSS``) and peak so far (``VmHWM``). The merge step is
everything from "resolving people" to the end of :func:`build` (people plan, meeting plan,
tenure aggregation); graph.ttl is then written to ``--out`` (for ``benchmarks/tenure/score.py``).
Nothing is asserted; figures are printed as JSON.

    .venv/bin/python benchmarks/merge_step.py [--corpus ../shared/corpus/bench] [--jobs 1] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _memory_mb() -> dict[str, float]:
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return {"rss_mb": round(fields.get("VmRSS", 0.0), 1), "peak_mb": round(fields.get("VmHWM", 0.0), 1)}


def _mark(marks: list[dict], what: str) -> None:
    marks.append({"stage": what, "wall": time.perf_counter(), "cpu": time.process_time(), **_memory_mb()})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "bench"))
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--out", type=Path, default=None, help="write graph.ttl here (created if missing)")
    a = ap.parse_args(argv)
    from kg.export.formats import write_formats
    from kg.pipeline import BuildOptions, build

    marks: list[dict] = []
    _mark(marks, "start")
    result = build([a.corpus], options=BuildOptions(jobs=a.jobs), on_stage=lambda what: _mark(marks, what))
    _mark(marks, "resolved")
    if a.out is not None:
        a.out.mkdir(parents=True, exist_ok=True)
        write_formats(a.out, ("ttl",), result.quads)
        _mark(marks, "graph.ttl written")
    stages = []
    for here, after in zip(marks, marks[1:], strict=False):
        stages.append({"stage": here["stage"], "wall_s": round(after["wall"] - here["wall"], 2),
                       "cpu_s": round(after["cpu"] - here["cpu"], 2),
                       "rss_mb_after": after["rss_mb"], "peak_mb_after": after["peak_mb"]})
    first = next((i for i, m in enumerate(marks) if m["stage"].startswith("resolving people")), None)
    end = next(i for i, m in enumerate(marks) if m["stage"] == "resolved")
    merge = None
    if first is not None:
        merge = {"wall_s": round(marks[end]["wall"] - marks[first]["wall"], 2),
                 "cpu_s": round(marks[end]["cpu"] - marks[first]["cpu"], 2),
                 "rss_mb_before": marks[first]["rss_mb"], "rss_mb_after": marks[end]["rss_mb"],
                 "peak_mb_before": marks[first]["peak_mb"], "peak_mb_after": marks[end]["peak_mb"]}
    print(json.dumps({"articles": len(result.built), "jobs": a.jobs, "merge_step": merge, "stages": stages},
                     indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
