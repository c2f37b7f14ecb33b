#!/usr/bin/env python3
"""Benchmark: time to interactive of graph.html in headless Chromium (Debian /usr/bin/chromium).

For each page: the Python side (read the graph, render, write: ``kg view``), the page size,
and in the browser, with every non-file request aborted and counted: DOMContentLoaded, the
first screen idle (time to interactive: ``document.body.dataset.state === 'idle'``), and a
search → focus → back round trip. Figures go to stdout and a JSON file; nothing is asserted.

    .venv/bin/python benchmarks/view_tti.py GRAPH.ttl [GRAPH.ttl ...] [--synthetic]
                                            [--runs 3] [--out benchmarks/view_tti.json]
                                            [--screenshot-dir docs]

``GRAPH.ttl``: e.g. the graph of ``kg build <bench corpus> --out DIR --no-html``; a ``.html``
page already written is measured as it is; ``--synthetic``: also the generated 15k-node graph
of tests/view_synthetic.py.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHROMIUM = "/usr/bin/chromium"
VIEWPORT = {"width": 1400, "height": 900}


def render(source: str, out: Path) -> dict[str, Any]:
    """Write the page for ``source`` (a graph file, or "synthetic") and time each side."""
    from rdflib import Graph

    from kg.commands.view import read_graph
    from kg.export.html import write_html
    from kg.export.view_data import to_networkx

    started = time.perf_counter()
    if source == "synthetic":
        from tests.view_synthetic import synthetic_graph

        g: Graph = synthetic_graph(provinces=65, districts=11)
    else:
        g = read_graph(source)
    read = time.perf_counter() - started
    started = time.perf_counter()
    write_html(g, out)
    view = to_networkx(g)
    return {"source": source, "triples": len(g), "nodes": view.number_of_nodes(),
            "edges": view.number_of_edges(), "read_s": round(read, 2),
            "render_write_s": round(time.perf_counter() - started, 2),
            "page_mb": round(out.stat().st_size / 1e6, 2)}


def measure(page_path: Path, runs: int, screenshot: Path | None) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    figures: list[dict[str, float]] = []
    blocked: list[str] = []
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                     args=["--no-sandbox", "--disable-gpu"])
        for run in range(runs):
            page = browser.new_page(viewport=VIEWPORT)
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://")
                       else (blocked.append(r.request.url), r.abort()))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            t0 = time.perf_counter()
            page.goto(page_path.resolve().as_uri(), wait_until="domcontentloaded", timeout=600_000)
            dom = time.perf_counter() - t0
            page.wait_for_function("document.body.dataset.state === 'idle'", timeout=600_000)
            tti = time.perf_counter() - t0
            drawn = page.evaluate("window.kgView.drawn()")
            if screenshot is not None and run == 0:
                page.mouse.move(250, 890)
                page.wait_for_timeout(200)
                page.screenshot(path=str(screenshot))
            # search the most important official's name, focus on the first hit, come back
            name = page.evaluate("""() => { const d = window.kgView.data;
              return d.nodes.filter(n => n.kind === 'official').sort((a, b) => b.imp - a.imp)[0].full; }""")
            t1 = time.perf_counter()
            page.fill("#search", name)
            page.wait_for_selector("#results li[data-node]")
            search = time.perf_counter() - t1
            t2 = time.perf_counter()
            page.keyboard.press("Enter")
            page.wait_for_function("window.kgView.state.mode === 'focus' && "
                                   "document.body.dataset.state === 'idle'", timeout=600_000)
            focus = time.perf_counter() - t2
            t3 = time.perf_counter()
            page.click("#crumbs a")
            page.wait_for_function("window.kgView.state.mode === 'overview' && "
                                   "document.body.dataset.state === 'idle'", timeout=600_000)
            back = time.perf_counter() - t3
            figures.append({"dom_content_loaded_s": dom, "time_to_interactive_s": tti,
                            "search_s": search, "focus_s": focus, "back_to_overview_s": back,
                            "drawn_nodes": drawn["nodes"], "drawn_edges": drawn["edges"]})
            page.close()
        browser.close()
    best = {k: round(min(f[k] for f in figures), 2) for k in figures[0]}
    return {"runs": runs, "best": best, "all": [{k: round(v, 2) for k, v in f.items()} for f in figures],
            "requests_blocked": len(blocked), "console_errors": errors}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graphs", nargs="*", metavar="GRAPH")
    p.add_argument("--synthetic", action="store_true", help="also the generated 15k-node graph")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--out", default=str(ROOT / "benchmarks" / "view_tti.json"))
    p.add_argument("--work", default="/tmp/kg-view-tti", help="where the pages are written")
    p.add_argument("--screenshot-dir", default=None, help="save a first-screen PNG per page here")
    args = p.parse_args()
    sources = [*args.graphs, *(["synthetic"] if args.synthetic else [])]
    if not sources:
        p.error("give a graph file or --synthetic")
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    results = []
    for i, source in enumerate(sources):
        if source.endswith(".html"):
            page = Path(source)
            row: dict[str, Any] = {"source": source, "page_mb": round(page.stat().st_size / 1e6, 2)}
        else:
            page = work / f"page-{i}.html"
            row = render(source, page)
        shot = Path(args.screenshot_dir) / f"view-tti-{i}.png" if args.screenshot_dir else None
        row["browser"] = measure(page, args.runs, shot)
        print(json.dumps(row, ensure_ascii=False), flush=True)
        results.append(row)
    Path(args.out).write_text(json.dumps({"machine": platform.platform(), "results": results},
                                         ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
