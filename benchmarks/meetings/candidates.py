"""Candidate groups for the meeting-coreference gold: reports that MIGHT be one event, to read.

This is the record of how ``gold.json`` was made, not part of scoring. It reads a bench
build's ``graph.nq`` (one named graph per article), takes every meeting report (the
article's meeting node with organizer, date, date text, chair, attendees and evidence
sentence) and groups reports of different articles that share a day/month and either
the organizer or a chair/attendee name. The groups are deliberately wider than any merge
rule (a different organizer label, a different year, no people): whether two reports
are one event is decided by reading their sentences and headlines, not by a rule.

    python benchmarks/meetings/candidates.py /tmp/bench/graph.nq \\
        --out /tmp/meeting-candidates.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from kg.graph.meetings import article_meetings  # noqa: E402
from kg.graph.terms import nt_literal_value  # noqa: E402

_KG = "https://w3id.org/vn-gov-kg/ontology#"
_LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
_HEADLINE = "<https://schema.org/headline>"
_DATE_TEXT, _SENTENCE = f"<{_KG}dateText>", f"<{_KG}sentence>"
_ENTITIES = "<https://w3id.org/vn-gov-kg/id/graph/entities>"


def split_nq(line: str) -> tuple[str, str, str, str]:
    s, p, rest = line.split(" ", 2)
    rest = rest.rstrip()[:-2].rstrip()  # drop " ."
    o, g = rest.rsplit(" ", 1)
    return s, p, o, g


def read_graphs(path: Path) -> tuple[dict[str, list[tuple[str, str, str, str]]], dict[str, str]]:
    """Article graph -> its quads (only the ones reports need); entity node -> its label."""
    graphs: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    labels: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            q = split_nq(line)
            if q[3] == _ENTITIES:
                if q[1] == _LABEL:
                    labels[q[0]] = nt_literal_value(q[2])
                continue
            graphs[q[3]].append(q)
    return graphs, labels


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("nq", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    graphs, labels = read_graphs(args.nq)
    reports = []
    for _g, quads in graphs.items():
        found = article_meetings(quads)
        if not found:
            continue
        headline = next((nt_literal_value(o) for s, p, o, _g in quads if p == _HEADLINE), "")
        sentences = {s: nt_literal_value(o) for s, p, o, _g in quads if p == _SENTENCE}
        date_text = {s: nt_literal_value(o) for s, p, o, _g in quads if p == _DATE_TEXT}
        for r in found:
            reports.append({
                "node": r.node, "article": r.article.rsplit("/", 1)[1], "headline": headline,
                "organizer": labels.get(r.organizer, r.organizer), "date": r.date, "source": r.date_source,
                "partial": r.partial_date, "day_month": r.day_month, "date_text": date_text.get(f"<{r.node}>", ""),
                "ordinal": r.ordinal, "part": r.part_of_day,
                "chairs": sorted(r.chairs), "attendees": sorted(r.attendees),
                "sentence": " | ".join(sentences.get(f"<{e}>", "") for e in r.evidence)})
    by_key: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, r in enumerate(reports):
        if not r["day_month"]:
            continue
        if r["organizer"]:
            by_key[("org:" + r["organizer"], r["day_month"])].add(i)
        for name in r["chairs"] + r["attendees"]:
            by_key[("person:" + name, r["day_month"])].add(i)
    parent = list(range(len(reports)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for members in by_key.values():
        if len({reports[i]["article"] for i in members}) < 2:
            continue
        first, *rest = sorted(members)
        for i in rest:
            parent[find(i)] = find(first)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(reports)):
        groups[find(i)].append(i)
    out = [[reports[i] for i in sorted(g, key=lambda i: reports[i]["node"])] for g in groups.values()
           if len({reports[i]["article"] for i in g}) > 1]
    out.sort(key=lambda g: (g[0]["day_month"], g[0]["organizer"]))
    singles = [reports[g[0]] for g in groups.values() if len(g) == 1]
    args.out.write_text(json.dumps({"groups": out, "singles": singles}, ensure_ascii=False, indent=1),
                        encoding="utf-8")
    print(f"{len(reports)} reports, {len(out)} candidate groups of 2+ articles, {len(singles)} lone reports")
    return 0


if __name__ == "__main__":
    sys.exit(main())
