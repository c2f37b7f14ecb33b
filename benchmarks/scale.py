#!/usr/bin/env python3
"""Benchmark of scale: build 15k, 50k, 150k articles; wall time, CPU time, peak RSS of the process tree.

The articles are copies of the bench corpus, made on the fly into a temporary folder
(never committed): copy ``k`` of ``NAME.txt`` is ``NAME_k.txt`` with one line
``Mã tin: k`` appended, so every copy has its own id and its own text. Each size runs
``kg build DIR --out OUT --no-html --jobs J`` once as a fresh process tree; a sampler
sums the RSS of the build and all its descendants every 0.2 s, and notes the assembling
process alone (pages shared by forked workers are counted once per process: an upper
bound). CPU is user+sys of the whole tree (``RUSAGE_CHILDREN``), the figure to trust on a
shared machine; nothing is asserted.

    .venv/bin/python benchmarks/scale.py [--corpus ../shared/corpus/bench] [--sizes 15000,50000]
        [--jobs 2] [--max-memory 512M] [--html] [--compare "env PYTHONPATH=/tmp/old python -m kg.cli"]
        [--out benchmarks/scale.json]

``--compare CMD`` builds each size again with another kg (e.g. an older checkout held in
memory) and says whether graph.ttl and graph.trig are byte-identical.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = os.sysconf("SC_PAGE_SIZE")


def make_corpus(corpus: Path, n: int, into: Path) -> int:
    """Write ``n`` articles into ``into``: the corpus, then its copies with one changed line each."""
    sources = sorted(corpus.glob("*.txt"))
    if not sources:
        raise SystemExit(f"{corpus}: no .txt articles")
    texts = [p.read_text(encoding="utf-8") for p in sources]
    into.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        k, j = divmod(i, len(sources))
        text = texts[j] if k == 0 else f"{texts[j].rstrip()}\nMã tin: {k}\n"
        (into / f"{sources[j].stem}_{k}.txt").write_text(text, encoding="utf-8")
    return n


def _tree_rss(root: int) -> tuple[int, int]:
    """Bytes of RSS of ``root`` and every descendant, and of ``root`` alone, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        parents[pid] = int(stat[1])
        rss[pid] = int(stat[21]) * PAGE
    total, todo = 0, [root]
    children: dict[int, list[int]] = {}
    for pid, ppid in parents.items():
        children.setdefault(ppid, []).append(pid)
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, ()))
    return total, rss.get(root, 0)


def measure(cmd: list[str], env: dict[str, str] | None = None) -> dict:
    """Run ``cmd``; return wall seconds, CPU seconds of the tree, peak tree RSS and the exit code."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = peak_root = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_root
        while not done.is_set():
            tree, root = _tree_rss(proc.pid)
            peak, peak_root = max(peak, tree), max(peak_root, root)
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _out, err = proc.communicate()
    done.set()
    sampler.join()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"exit": proc.returncode, "wall_s": round(wall, 1), "cpu_s": round(cpu, 1),
            "peak_tree_rss_mb": round(peak / 1024**2), "peak_root_rss_mb": round(peak_root / 1024**2),
            "stderr_tail": err.decode(errors="replace")[-400:]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "bench"))
    ap.add_argument("--sizes", default="15000,50000")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--max-memory", default=None, help="passed to kg build (default: kg's own)")
    ap.add_argument("--html", action="store_true", help="also write graph.html (default: --no-html)")
    ap.add_argument("--compare", default=None, metavar="CMD",
                    help="another kg command line to build each size with and compare bytes")
    ap.add_argument("--kg", default=str(Path(sys.executable).with_name("kg")))
    ap.add_argument("--out", default=None, help="JSON results file (default: stdout)")
    args = ap.parse_args()

    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="kg-scale-") as tmp:
            corpus = Path(tmp) / "articles"
            make_corpus(Path(args.corpus), n, corpus)
            extra = ["--jobs", str(args.jobs)] + ([] if args.html else ["--no-html"])
            if args.max_memory:
                extra += ["--max-memory", args.max_memory]
            out = Path(tmp) / "out"
            row = {"articles": n, "jobs": args.jobs,
                   **measure([args.kg, "build", str(corpus), "--out", str(out), *extra])}
            row["articles_per_cpu_s"] = round(n / row["cpu_s"], 1) if row["cpu_s"] else None
            row["graph_ttl_mb"] = round((out / "graph.ttl").stat().st_size / 1024**2, 1) \
                if (out / "graph.ttl").exists() else None
            if args.compare:
                ref = Path(tmp) / "ref"
                row["compare"] = measure([*shlex.split(args.compare), "build", str(corpus), "--out", str(ref),
                                          *[a for a in extra if a != "--max-memory" and a != args.max_memory]])
                row["identical"] = all((out / f).read_bytes() == (ref / f).read_bytes()
                                       for f in ("graph.ttl", "graph.trig"))
            rows.append(row)
            print(f"{n} articles: wall {row['wall_s']} s, CPU {row['cpu_s']} s, "
                  f"peak tree RSS {row['peak_tree_rss_mb']} MB (assembling process {row['peak_root_rss_mb']} MB), "
                  f"exit {row['exit']}"
                  + (f", identical to --compare: {row['identical']}" if args.compare else ""), file=sys.stderr)
    result = {"machine": platform.platform(), "cpus": os.cpu_count(), "command": " ".join(sys.argv), "runs": rows}
    text = json.dumps(result, indent=1, ensure_ascii=False) + "\n"
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
