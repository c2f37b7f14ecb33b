#!/usr/bin/env python3
"""Tasks from articles where no authority directs anyone (issue 26).

  .venv/bin/python benchmarks/directives/score.py [--corpus ../shared/corpus/bench] [--graph GRAPH.ttl]

``labels.tsv`` labels 300 bench articles drawn at random (``sample.txt``, seed 20261207) by hand, before
looking at any build: does the article report an authority (an official, a government body, a meeting's
conclusion, a written directive) giving directives? yes / no, with the reason. This script builds the
sample (or reads a graph built from the whole bench corpus), counts the tasks of each article, and
prints the share of tasks that come from articles labelled no (target ≤ 2 %), and the articles labelled
no that still yield tasks, worst first.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
QUERY = """PREFIX kg: <https://w3id.org/vn-gov-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?f (COUNT(DISTINCT ?t) AS ?n)
WHERE { ?t a kg:Task ; prov:wasDerivedFrom ?a . ?a kg:sourceFile ?f } GROUP BY ?f"""


def labels() -> dict[str, str]:
    out = {}
    for line in (HERE / "labels.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        name, label, *_ = line.split("\t")
        out[name] = label
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bench")
    ap.add_argument("--graph", type=Path, help="a graph.ttl built from the bench corpus (else the sample is built)")
    args = ap.parse_args()
    lab = labels()
    graph = args.graph
    if graph is None:
        work = Path(tempfile.mkdtemp(prefix="kg-directives-"))
        sample = work / "sample"
        sample.mkdir()
        for name in lab:
            shutil.copyfile(args.corpus / name, sample / name)  # kg build follows no link out of its input
        subprocess.run([str(ROOT / ".venv" / "bin" / "kg"), "build", str(sample), "--out", str(work / "out"),
                        "--no-html", "--format", "ttl", "--jobs", "2"], check=False, capture_output=True)
        graph = work / "out" / "graph.ttl"
        if not graph.exists():
            sys.exit(f"the build wrote no {graph}")
    store = ox.Store()
    with graph.open("rb") as f:
        store.bulk_load(f, ox.RdfFormat.TURTLE)
    per_file: Counter[str] = Counter()
    for sol in store.query(QUERY):  # type: ignore[union-attr]
        name = sol["f"].value
        if name in lab:
            per_file[name] = int(sol["n"].value)
    total = sum(per_file.values())
    from_no = sum(n for f, n in per_file.items() if lab[f] == "no")
    yes_articles = sum(1 for v in lab.values() if v == "yes")
    print(f"labelled articles: {len(lab)} ({yes_articles} yes, {len(lab) - yes_articles} no)")
    print(f"tasks in the sample: {total}; from articles labelled no: {from_no} "
          f"({from_no / total:.1%})" if total else "no tasks")
    print(f"articles labelled yes with tasks: {sum(1 for f, n in per_file.items() if lab[f] == 'yes' and n)} "
          f"of {yes_articles}")
    for f, n in sorted(((f, n) for f, n in per_file.items() if lab[f] == "no"), key=lambda x: -x[1])[:15]:
        print(f"  no  {n:3d}  {f}")


if __name__ == "__main__":
    main()
