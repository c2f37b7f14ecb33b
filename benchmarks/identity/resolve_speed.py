"""CPU time of person resolution on a built graph (issue 16: resolve must stay a small share of a build).

Usage: ``.venv/bin/python benchmarks/identity/resolve_speed.py BUILD/graph.trig``

Reads the article graphs and their identity observations back, then times what the
pipeline does after extraction: read the observations, make the plan, apply it.
The input is already resolved; applying the plan renames the provisional nodes the
observations name, which costs the same as in a build. Prints CPU seconds (process time).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    import pyoxigraph

    from kg.graph.quads import apply_merge_plan, observations
    from kg.resolve.people import merge_plan
    from kg.store.incremental import store_quads

    if len(argv) != 1 or not Path(argv[0]).is_file():
        sys.stderr.write(__doc__ or "")
        return 2
    store = pyoxigraph.Store()
    store.load(path=argv[0], format=pyoxigraph.RdfFormat.TRIG)
    quads = store_quads(store)
    t0 = time.process_time()
    obs = observations(quads)
    t1 = time.process_time()
    plan = merge_plan(obs)
    t2 = time.process_time()
    out = apply_merge_plan(quads, plan)
    t3 = time.process_time()
    merged = sum(1 for p in plan.people if len(p.members) > 1)
    sys.stdout.write(f"quads {len(quads)}, observations {len(obs)}, people {len(plan.people)} "
                     f"({merged} merged from several provisional nodes), quads out {len(out)}\n"
                     f"cpu s: read observations {t1 - t0:.2f}, plan {t2 - t1:.2f}, apply {t3 - t2:.2f}, "
                     f"total {t3 - t0:.2f}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
