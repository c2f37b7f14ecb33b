"""Time the competency queries over one graph file in rdflib and in pyoxigraph, side by side.

    .venv/bin/python benchmarks/query_times.py GRAPH.ttl [--repeat 3] [--out times.json] [--all]

Loads the file once per engine (load time reported), runs each query
``--repeat`` times and reports the best and the median wall time in
milliseconds, the row count (which must agree between the engines) and the
speed-up. Prints a table to stderr and the JSON to stdout or ``--out``.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

from kg.store.query import (
    COMPETENCY,
    load_oxigraph,
    load_rdflib,
    run_oxigraph,
    run_rdflib,
    shipped_queries,
    shipped_query,
)


def timed(fn, repeat: int) -> tuple[list[float], object]:
    """Return the wall times (ms) of ``repeat`` calls of ``fn`` and its last result."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return times, result


def summary(times: list[float]) -> dict[str, float]:
    """Return the best and the median of wall times, rounded to 0.01 ms."""
    return {"best": round(min(times), 2), "median": round(statistics.median(times), 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", type=Path, help="graph file (.ttl, .trig, .nt, .nq)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per query and engine (default 3)")
    ap.add_argument("--out", type=Path, help="write the JSON here instead of stdout")
    ap.add_argument("--all", action="store_true",
                    help="every shipped query, not only the competency ones")
    args = ap.parse_args(argv)
    import pyoxigraph
    import rdflib

    names = [q.name for q in shipped_queries()] if args.all else list(COMPETENCY)
    (rl_load,), g = timed(lambda: load_rdflib(args.graph), 1)
    (ox_load,), store = timed(lambda: load_oxigraph(args.graph), 1)
    report = {
        "graph": str(args.graph), "triples": len(g), "repeat": args.repeat,
        "versions": {"python": platform.python_version(), "rdflib": rdflib.__version__,
                     "pyoxigraph": pyoxigraph.__version__},
        "load_ms": {"rdflib": round(rl_load, 1), "pyoxigraph": round(ox_load, 1)},
        "queries": {},
    }
    for name in names:
        text = shipped_query(name).text
        rl_times, rl_res = timed(lambda text=text: run_rdflib(g, text), args.repeat)
        ox_times, ox_res = timed(lambda text=text: run_oxigraph(store, text), args.repeat)
        entry = {
            "rows": len(ox_res.rows),
            "rows_agree": ox_res.as_strings() == rl_res.as_strings(),
            "rdflib_ms": summary(rl_times),
            "pyoxigraph_ms": summary(ox_times),
        }
        entry["speedup"] = round(min(rl_times) / max(min(ox_times), 1e-6), 1)
        report["queries"][name] = entry

    print(f"{args.graph}: {report['triples']} triples; load rdflib {rl_load:.0f} ms, "
          f"pyoxigraph {ox_load:.0f} ms; best of {args.repeat}", file=sys.stderr)
    print(f"{'query':<18}{'rows':>7}{'rdflib ms':>12}{'oxigraph ms':>13}{'speed-up':>10}  agree",
          file=sys.stderr)
    for name, e in report["queries"].items():
        print(f"{name:<18}{e['rows']:>7}{e['rdflib_ms']['best']:>12.1f}{e['pyoxigraph_ms']['best']:>13.2f}"
              f"{e['speedup']:>9.1f}x  {'yes' if e['rows_agree'] else 'NO'}", file=sys.stderr)
    text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0 if all(e["rows_agree"] for e in report["queries"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
