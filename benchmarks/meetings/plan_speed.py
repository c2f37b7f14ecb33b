"""Time and memory of meeting coreference on a build: reading the reports, planning, applying.

    .venv/bin/python benchmarks/meetings/plan_speed.py /tmp/bench/graph.nq

Reads the build's article graphs one by one as ``kg.pipeline.build`` does (``article_meetings``
on each article's quads, a merged node traced back to the article's own by its merge record, as
a store does, so the plan is made from the reports the build planned), plans (``meeting_plan``)
and applies the plan to every quad
(``planned_meeting_quads``). Prints CPU seconds of each step and the peak memory the reports
and the plan hold (tracemalloc, over the reading and planning only: the quads themselves are
the build's, held in its spool). Nothing is asserted.
"""

from __future__ import annotations

import json
import sys
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from candidates import split_nq  # noqa: E402
from misses import merged_from  # noqa: E402

from kg.graph.meetings import article_meetings, own_node_prefix, planned_meeting_quads  # noqa: E402
from kg.resolve.meetings import meeting_plan  # noqa: E402


def main() -> int:
    path = Path(sys.argv[1])
    graphs: dict[str, list[tuple[str, str, str, str]]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            q = split_nq(line)
            graphs.setdefault(q[3], []).append(q)
    quads = [q for g in graphs.values() for q in g]
    olds = merged_from(quads)
    tracemalloc.start()
    t = time.process_time()
    reports = []
    for g, article in graphs.items():
        prefix = own_node_prefix(g)
        original = {s: own for s, own in ((s, next((o for o in olds[s] if o.startswith(prefix)), s))
                                          for s in {q[0] for q in article if q[0] in olds})}
        reports += article_meetings(article, original=original)
    read = time.process_time() - t
    t = time.process_time()
    plan = meeting_plan(reports)
    planned = time.process_time() - t
    _now, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    t = time.process_time()
    applied = sum(1 for _ in planned_meeting_quads(quads, plan))
    apply = time.process_time() - t
    print(json.dumps({
        "articles": sum(1 for g in graphs if "/article/" in g), "reports": len(reports),
        "merged_meetings": len(plan.meetings), "reports_merged": sum(len(m.members) for m in plan.meetings),
        "read_cpu_s": round(read, 3), "plan_cpu_s": round(planned, 3), "apply_cpu_s": round(apply, 3),
        "quads": applied, "peak_traced_mb": round(peak / 2**20, 1)}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
