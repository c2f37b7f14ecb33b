#!/usr/bin/env python3
"""Peak memory of ``kg serve``'s main process while it sends big answers (issue 30, item 8).

Starts the real ``kg serve`` on 127.0.0.1 over a one-triple store, sends ``--clients``
queries at once whose JSON answers are about ``--mb`` MB each (strings doubled with
CONCAT, one row per MB), reads every answer to the end, and prints the main process's
resident memory before and its peak (``VmHWM``) after, and the same for the query
workers (they build each answer within ``--max-memory``).

    python benchmarks/serve_memory.py [--mb 250] [--clients 2] [--max-memory 2048]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

KG = str(Path(sys.executable).with_name("kg"))


def big_query(rows: int) -> str:
    """Return a SELECT whose JSON answer has ``rows`` rows of one 1 MiB string each."""
    binds = ['BIND ("0123456789abcdef" AS ?a0)']
    binds += [f"BIND (CONCAT(?a{i}, ?a{i}) AS ?a{i + 1})" for i in range(16)]
    values = " ".join(str(i) for i in range(rows))
    return f"SELECT ?s WHERE {{ VALUES ?i {{ {values} }} {' '.join(binds)} BIND (CONCAT(STR(?i), ?a16) AS ?s) }}"


def status_kb(pid: int, field: str) -> int:
    """Return a ``/proc/PID/status`` field (VmRSS, VmHWM) in kB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def children(pid: int) -> list[int]:
    """Return every process below ``pid``."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").iterdir():
            for child in (task / "children").read_text().split():
                found.append(int(child))
                todo.append(int(child))
    return found


def fetch(url: str, out: list[tuple[int, int]]) -> None:
    try:
        with urllib.request.urlopen(url, timeout=600) as resp:
            size = 0
            while chunk := resp.read(1 << 20):
                size += len(chunk)
            out.append((resp.status, size))
    except urllib.error.HTTPError as exc:
        out.append((exc.code, len(exc.read())))


def measure(store: Path, *, mb: int, clients: int, max_memory: int) -> dict[str, float]:
    """Run the measurement on ``store``; return the figures in MB."""
    log = store.parent / "serve.log"
    with log.open("wb") as err:
        proc = subprocess.Popen([KG, "serve", str(store), "--port", "0", "--max-rows", str(mb + 1),
                                 "--timeout", "600", "--max-memory", str(max_memory),
                                 "--max-concurrent", str(clients)], stderr=err)
    try:
        url = ""
        deadline = time.monotonic() + 60
        while not url and time.monotonic() < deadline:
            for line in log.read_text(errors="replace").splitlines():
                if " at http://" in line:
                    url = line.rsplit(" at ", 1)[1].strip()
            time.sleep(0.05)
        if not url:
            raise SystemExit(log.read_text(errors="replace"))
        before = status_kb(proc.pid, "VmRSS")
        query_url = f"{url}?query={urllib.parse.quote(big_query(mb))}"
        results: list[tuple[int, int]] = []
        threads = [threading.Thread(target=fetch, args=(query_url, results)) for _ in range(clients)]
        started = time.monotonic()
        for t in threads:
            t.start()
        worker_peak = 0
        while any(t.is_alive() for t in threads):
            for pid in children(proc.pid):
                try:
                    worker_peak = max(worker_peak, status_kb(pid, "VmRSS"))
                except OSError:
                    pass
            time.sleep(0.05)
        for t in threads:
            t.join()
        seconds = time.monotonic() - started
        peak = status_kb(proc.pid, "VmHWM")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return {"statuses": sorted(s for s, _ in results), "answer_mb": max(n for _, n in results) / 1e6,
            "main_before_mb": before / 1024, "main_peak_mb": peak / 1024,
            "worker_peak_mb": worker_peak / 1024, "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=int, default=250, help="answer size per client, in MB (default 250)")
    parser.add_argument("--clients", type=int, default=2, help="answers sent at once (default 2)")
    parser.add_argument("--max-memory", type=int, default=2048, help="kg serve --max-memory (default 2048)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ttl = Path(tmp) / "one.ttl"
        ttl.write_text("<urn:s> <urn:p> <urn:o> .\n", encoding="utf-8")
        store = Path(tmp) / "store"
        subprocess.run([KG, "load", str(store), str(ttl)], check=True, capture_output=True)
        figures = measure(store, mb=args.mb, clients=args.clients, max_memory=args.max_memory)
    print(f"{args.clients} answers of {figures['answer_mb']:.0f} MB at once (statuses {figures['statuses']}), "
          f"{figures['seconds']:.1f} s")
    print(f"main process: {figures['main_before_mb']:.0f} MB before, peak {figures['main_peak_mb']:.0f} MB")
    print(f"largest query worker: {figures['worker_peak_mb']:.0f} MB (limit {args.max_memory} MB each)")


if __name__ == "__main__":
    main()
