#!/usr/bin/env python3
"""Score ``holder-on`` against the tenure gold: who held each post on each date.

For every gold item (post, date, true holder) it runs the shipped query ``holder-on``
(``-p postName=POST -p on=DATE``, as ``kg query`` binds them) over a built graph and compares
the holders it names with the true one (names compared by the search fold: case, marks and
spaces aside):

* **correct** — exactly the true holder;
* **wrong** — some holder the corpus does not support for that post on that date (alone, or
  beside the true one);
* **missed** — no holder.

Prints the figures and every item not correct; ``--json FILE`` writes them. Exit code 0 when
correct ≥ ``--min`` (0.95) and wrong = 0, 1 otherwise, 2 on bad input.

    .venv/bin/kg build ../shared/corpus/bench --out /tmp/bench --no-html --no-report
    .venv/bin/python benchmarks/tenure/score.py /tmp/bench/graph.ttl [--gold benchmarks/tenure/gold.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from kg.lexicon.search import search_fold  # noqa: E402
from kg.store.query import bind_params, load_oxigraph, run_oxigraph, shipped_query  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold.json"


def holders_on(store: object, post: str, on: str) -> set[str]:
    """The holders ``holder-on`` names for ``post`` on ``on``."""
    text = bind_params(shipped_query("holder-on").text, {"postName": post, "on": on})
    result = run_oxigraph(store, text, union=True)  # type: ignore[arg-type]
    column = list(result.variables).index("holder")
    return {str(row[column]) for row in result.as_strings()}


def score(graph: Path, gold: Path) -> dict:
    items = json.loads(gold.read_text(encoding="utf-8"))["items"]
    store = load_oxigraph(graph)
    rows, counts = [], {"correct": 0, "wrong": 0, "missed": 0}
    for item in items:
        got = holders_on(store, item["post"], item["on"])
        truth = search_fold(item["holder"])
        folded = {search_fold(h) for h in got}
        verdict = "missed" if not got else ("correct" if folded == {truth} else "wrong")
        counts[verdict] += 1
        rows.append({**item, "got": sorted(got), "verdict": verdict})
    n = len(items)
    return {"items": n, "posts": len({i["post"] for i in items}), **counts,
            "accuracy": round(counts["correct"] / n, 4) if n else 0.0, "rows": rows}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", type=Path, help="graph.ttl (or .trig, .nt, .nq) of a build of the bench corpus")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--json", type=Path, help="write the figures and every item's verdict here")
    ap.add_argument("--min", type=float, default=0.95, help="the accuracy the exit code asks for")
    args = ap.parse_args()
    for path in (args.graph, args.gold):
        if not path.exists():
            print(f"score.py: {path}: not found", file=sys.stderr)
            return 2
    result = score(args.graph, args.gold)
    print(f"tenure gold: {result['items']} items, {result['posts']} posts: correct {result['correct']} "
          f"({result['accuracy']:.1%}), wrong {result['wrong']}, missed {result['missed']}")
    for row in result["rows"]:
        if row["verdict"] != "correct":
            print(f"  {row['verdict']:7} {row['on']} {row['post']}: gold {row['holder']}, "
                  f"got {', '.join(row['got']) or '-'} ({row['article']})")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0 if result["accuracy"] >= args.min and result["wrong"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
