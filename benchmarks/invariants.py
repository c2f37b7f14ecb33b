#!/usr/bin/env python3
"""Bench-corpus invariants: facts that are wrong whatever the article says (issues 25 and 26).

  .venv/bin/python benchmarks/invariants.py ../shared/corpus/bench [--graph OUT/graph.ttl] [--max-year 2018]
                                            [--json FILE] [--jobs 1] [--examples 5]

Builds the corpus (or reads a graph.ttl already built from it) and counts:

* ``meetings_after``: meetings dated after ``--max-year`` (the bench articles are from 2017: a later year
  was read from a plan's horizon, never the article's own time);
* ``foreign_posts``: people whose post is a Vietnamese body although the evidence names them as another
  country's official (``Thủ tướng Hàn Quốc Hwang Kyo-ahn``, ``Phó Thủ tướng Trung Quốc Mã Khải``) or their
  name cannot be Vietnamese (letters f, j, w, z, or a hyphen inside a name);
* ``cut_labels``: organization labels that end mid-word (the last words are the start of a field of
  ``kg/data/org_fields.tsv`` but not the whole field: ``Trung tâm Dự``, ``Phòng Tham``) or glue two words
  (``kiến trúcVà``);
* ``orphan_tasks``: tasks with no assigner (official or body), no assignee and no meeting (share of all tasks).

Reads the graph with pyoxigraph (fast on a 15k-article graph). Prints a table and the first examples of
each class; ``--json`` writes every figure and example.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
PREFIXES = """
PREFIX kg: <https://w3id.org/vn-gov-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
# Vietnamese names are written without these letters; a hyphen joins the syllables of Korean, Chinese
# (pinyin) and other foreign names.
NOT_VIETNAMESE_NAME = re.compile(r"[fjwzFJWZ]|\w-\w")


def glued(label: str) -> bool:
    """True when a lower-case letter is followed by an upper-case one inside a word (``kiến trúcVà``)."""
    return any(a.islower() and b.isupper() for a, b in zip(label, label[1:], strict=False))


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def countries() -> list[str]:
    path = ROOT / "kg" / "data" / "countries.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    names = [nfc(line.split("#", 1)[0].split("\t")[0].strip()) for line in lines]
    return sorted({n for n in names if n}, key=len, reverse=True)


def word_ends() -> set[str]:
    """Syllables that can end an organization label: the last syllable of every field, head and unit name."""
    sys.path.insert(0, str(ROOT))
    from kg.lexicon.gazetteer import Gazetteer

    phrases: list[str] = []
    for name in ("org_fields.tsv", "org_heads.tsv"):
        for line in (ROOT / "kg" / "data" / name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            phrases += [cols[0], cols[1]]
            if name == "org_fields.tsv" and len(cols) > 2 and cols[2].strip() != "-":
                phrases += cols[2].split("|")
    g = Gazetteer.load()
    phrases += [p.name for p in g.by_code.values()]
    return {nfc(p).split()[-1].casefold() for p in phrases if p.split()}


def build(corpus: Path, jobs: int) -> Path:
    out = Path(tempfile.mkdtemp(prefix="kg-invariants-"))
    kg = ROOT / ".venv" / "bin" / "kg"
    cmd = [str(kg), "build", str(corpus), "--out", str(out), "--no-html", "--format", "ttl", "--jobs", str(jobs)]
    subprocess.run(cmd, check=False)
    graph = out / "graph.ttl"
    if not graph.exists():
        sys.exit(f"the build wrote no {graph}")
    return graph


def rows(store: ox.Store, query: str) -> list[tuple[str | None, ...]]:
    res = store.query(PREFIXES + query)
    out = []
    for sol in res:  # type: ignore[union-attr]
        out.append(tuple(None if v is None else v.value for v in sol))
    return out


def meetings_after(store: ox.Store, max_year: int) -> tuple[int, int, list[dict[str, str | None]]]:
    all_m = rows(store, "SELECT ?m ?d ?f WHERE { ?m a kg:Meeting . OPTIONAL { ?m schema:startDate ?d } "
                        "OPTIONAL { ?a schema:about ?m ; kg:sourceFile ?f } }")
    bad = [{"meeting": m, "date": d, "file": f} for m, d, f in all_m if d and int(d[:4]) > max_year]
    return len({m for m, _, _ in all_m}), len({b["meeting"] for b in bad}), bad


def foreign_posts(store: ox.Store, names: list[str]) -> tuple[int, list[dict[str, str | None]]]:
    res = rows(store, """SELECT DISTINCT ?name ?org ?role ?sentence WHERE {
      ?ms a org:Membership ; org:member ?p ; org:organization ?o ; org:role ?r .
      ?p schema:name ?name . ?o skos:prefLabel ?org . ?r skos:prefLabel ?role .
      OPTIONAL { ?ms kg:evidence ?e . ?e kg:sentence ?sentence } }""")
    country = re.compile(r"(?:" + "|".join(re.escape(c) for c in names) + r")\s*[,–-]?\s*$")
    bad = []
    for name, org_label, role, sentence in res:
        assert name is not None and org_label is not None
        if any(c in org_label for c in names):
            continue  # the post is the foreign country's own body: right
        why = None
        if NOT_VIETNAMESE_NAME.search(name):
            why = "name"
        elif sentence:
            for m in re.finditer(re.escape(name), sentence):
                if country.search(sentence[max(0, m.start() - 60):m.start()]):
                    why = "country before the name"
                    break
        if why:
            bad.append({"name": name, "role": role, "organization": org_label, "why": why, "sentence": sentence})
    return len({(b["name"], b["organization"]) for b in bad}), bad


def cut_labels(store: ox.Store, ends: set[str]) -> tuple[int, int, list[dict[str, str | None]]]:
    labels = [r[0] for r in rows(store, "SELECT DISTINCT ?l WHERE { ?o a org:Organization ; skos:prefLabel ?l }")]
    bad = []
    for label in labels:
        assert label is not None
        if glued(label):
            bad.append({"label": label, "why": "two words glued"})
            continue
        last = label.split()[-1].casefold()
        if last.isalpha() and last not in ends and not label.split()[-1].isupper():
            bad.append({"label": label, "why": f"'{label.split()[-1]}' ends no field, head or unit name"})
    return len(labels), len(bad), bad


def orphan_tasks(store: ox.Store) -> tuple[int, int, list[dict[str, str | None]]]:
    total = rows(store, "SELECT (COUNT(?t) AS ?n) WHERE { ?t a kg:Task }")[0][0]
    orphans = rows(store, """SELECT ?t ?d ?f WHERE { ?t a kg:Task ; schema:description ?d .
      FILTER NOT EXISTS { ?t kg:assigner ?a } FILTER NOT EXISTS { ?t kg:assignedBy ?b }
      FILTER NOT EXISTS { ?t kg:assignee ?x }
      FILTER NOT EXISTS { ?t kg:atMeeting ?m }
      OPTIONAL { ?t prov:wasDerivedFrom ?art . ?art kg:sourceFile ?f } }""")
    return int(total or 0), len(orphans), [{"task": t, "description": d, "file": f} for t, d, f in orphans]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="the bench corpus folder (../shared/corpus/bench)")
    ap.add_argument("--graph", type=Path, help="a graph.ttl already built from the corpus (else it is built)")
    ap.add_argument("--max-year", type=int, default=2018, help="no meeting of the corpus is later (default 2018)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--examples", type=int, default=5, help="examples printed per class")
    ap.add_argument("--json", type=Path, help="write every figure and example here")
    args = ap.parse_args()

    graph = args.graph or build(args.corpus, args.jobs)
    t0 = time.perf_counter()
    store = ox.Store()
    with graph.open("rb") as f:
        store.bulk_load(f, ox.RdfFormat.TURTLE)
    n_m, n_late, late = meetings_after(store, args.max_year)
    n_foreign, foreign = foreign_posts(store, countries())
    n_labels, n_cut, cut = cut_labels(store, word_ends())
    n_tasks, n_orphan, orphans = orphan_tasks(store)
    share = n_orphan / n_tasks if n_tasks else 0.0
    figures = {
        "graph": str(graph), "meetings": n_m, "meetings_after": n_late, "max_year": args.max_year,
        "foreign_posts": n_foreign, "org_labels": n_labels, "cut_labels": n_cut,
        "tasks": n_tasks, "orphan_tasks": n_orphan, "orphan_share": round(share, 4),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    print(f"meetings dated after {args.max_year}: {n_late} of {n_m}")
    print(f"foreign people holding a Vietnamese post: {n_foreign}")
    print(f"organization labels cut mid-word or glued: {n_cut} of {n_labels}")
    print(f"tasks with no assigner, assignee or meeting: {n_orphan} of {n_tasks} ({share:.1%})")
    for title, items in (("late meetings", late), ("foreign posts", foreign), ("cut labels", cut),
                         ("orphan tasks", orphans)):
        if items:
            print(f"\n{title}:")
            for it in items[: args.examples]:
                print("  " + json.dumps(it, ensure_ascii=False)[:300])
    if args.json:
        args.json.write_text(json.dumps({"figures": figures, "meetings_after": late, "foreign_posts": foreign,
                                         "cut_labels": cut, "orphan_tasks": orphans[:500]},
                                        ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
