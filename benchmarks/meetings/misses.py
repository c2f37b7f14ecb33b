"""Why the gold's reports of one event were not merged (and which merges join two events).

    .venv/bin/python benchmarks/meetings/misses.py /tmp/bench/graph.nq [--gold gold.json] [--event ID]

Reads a build's ``graph.nq`` as ``plan_speed.py`` does, traces every renamed meeting node back
to its article's own node (the merge records' ``kg:mergedIri``), re-reads each report's
:class:`~kg.resolve.meetings.MeetingObservation` and maps the gold reports to them
(``score.map_report``). For each gold event split over several nodes it prints, for each
node, one line per report (date, its source, day/month, session number, part of the day,
organizer, officials, sentence), then for the best pair of reports across two nodes what
the plan saw: the day gap, what told them apart (``_apart``), their likeness. Nodes holding
two gold events are listed the same way. Nothing is asserted; this is a reading aid.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from candidates import split_nq  # noqa: E402
from score import map_reports, read_meetings, score  # noqa: E402

from kg.graph.meetings import article_meetings, own_node_prefix  # noqa: E402
from kg.resolve import meetings as rm  # noqa: E402

_KG = "https://w3id.org/vn-gov-kg/ontology#"
_MERGED_NODE, _MERGED_IRI = f"<{_KG}mergedNode>", f"<{_KG}mergedIri>"
_ENTITIES = "<https://w3id.org/vn-gov-kg/id/graph/entities>"
_TYPE, _MEETING = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", f"<{_KG}Meeting>"


def merged_from(quads: Iterable[tuple[str, str, str, str]]) -> dict[str, list[str]]:
    """Merged node -> the nodes merged into it (``<iri>``), from the merge records in the entity quads."""
    record_node: dict[str, str] = {}
    record_iri: dict[str, str] = {}
    for s, p, o, g in quads:
        if g == _ENTITIES:
            if p == _MERGED_NODE:
                record_node[s] = o
            elif p == _MERGED_IRI:
                record_iri[s] = "<" + json.loads(o[: o.rfind('"') + 1]) + ">"
    olds: dict[str, list[str]] = defaultdict(list)
    for record, node in record_node.items():
        if record in record_iri:
            olds[node].append(record_iri[record])
    return olds


def read_reports(path: Path) -> tuple[list[rm.MeetingObservation], dict[str, str]]:
    """Every article's meeting reports, each under its article's own node; own node -> node in the build."""
    graphs: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    entities = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            q = split_nq(line)
            (entities if q[3] == _ENTITIES else graphs[q[3]]).append(q)
    olds = merged_from(entities)
    reports = []
    built: dict[str, str] = {}
    for g, quads in graphs.items():
        if not any(p == _TYPE and o == _MEETING for _s, p, o, _g in quads):
            continue
        prefix = own_node_prefix(g)
        original = {}
        for s, p, o, _g in quads:
            if p == _TYPE and o == _MEETING and not s.startswith(prefix):
                original[s] = next((old for old in olds.get(s, []) if old.startswith(prefix)), s)
        reports += article_meetings(quads, original=original)
        built.update({own[1:-1]: now for now, own in original.items()})
    return reports, built


def describe(o: rm.MeetingObservation, sentence: str) -> str:
    people = ",".join(sorted(o.people))[:40]
    org = o.organizer.rsplit("/", 1)[-1][:30]
    return (f"    {o.article.rsplit('/', 1)[-1][:8]} {o.date or o.partial_date or '-':10} {o.date_source[:4]:4} "
            f"n={o.ordinal} {o.part_of_day[:5]:5} org={org:30} ppl={people:40} | {sentence[:110]}")


def why(planner: rm._Planner, a: rm.MeetingObservation, b: rm.MeetingObservation) -> str:
    out = []
    if not a.day_month or not b.day_month:
        out.append("undated")
    elif a.day_month != b.day_month:
        gap = abs(rm._day(a.day_month) - rm._day(b.day_month))
        out.append(f"days {gap} apart" + (" (one session)" if a.ordinal and a.ordinal == b.ordinal
                                          and rm._one_session(a, b, planner.like(a, b, bonus=False)) else ""))
    reasons = [name for name, hit in (
        ("same article", a.article == b.article),
        ("years", bool(a.trusted_year and b.trusted_year and a.trusted_year != b.trusted_year)),
        ("ordinals", bool(a.ordinal and b.ordinal and a.ordinal != b.ordinal)),
        ("part of day", rm._exclusive(a, b)),
        ("organizers", rm._organizers_apart(a, b)),
        ("officials", bool(a.people and b.people and not a.people & b.people))) if hit]
    if reasons:
        out.append("apart: " + ", ".join(reasons))
    out.append(f"like {planner.like(a, b):.2f}")
    return "; ".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("--gold", type=Path, default=HERE / "gold.json")
    ap.add_argument("--event", help="only this gold event")
    args = ap.parse_args()
    path = args.graph / "graph.nq" if args.graph.is_dir() else args.graph
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    found = read_meetings(path)
    observed, built = read_reports(path)
    reports = sorted(set(observed), key=lambda o: o.node)
    planner = rm._Planner(reports)
    plan = rm.meeting_plan(reports).by_node()
    cluster = {o.node: (plan[o.node].key if o.node in plan else o.node) for o in reports}
    by_article: dict[str, list[rm.MeetingObservation]] = defaultdict(list)
    for o in reports:
        by_article[o.article.rsplit("/", 1)[-1]].append(o)
    mapped: dict[str, list[tuple[rm.MeetingObservation, str]]] = defaultdict(list)
    replanned: dict[str, list[tuple[str, list[str]]]] = {}  # score.py's input, nodes of this plan
    for article, cands in found.items():
        own = {built.get(o.node, f"<{o.node}>"): o for o in by_article.get(article, [])}
        replanned[article] = [(cluster[own[n].node], sents) for n, sents in cands if n in own]
    nodes = map_reports(gold, found)
    for event in gold["events"]:
        for i, r in enumerate(event["reports"]):
            node = nodes[(event["id"], i)]
            obs = next((o for o in by_article.get(r["article"], []) if built.get(o.node, f"<{o.node}>") == node),
                       None)
            if obs is not None:
                mapped[event["id"]].append((obs, r["sentence"]))
    result = score(gold, replanned)
    print(f"this plan: B-cubed P {result['bcubed_precision']:.3f} R {result['bcubed_recall']:.3f}; "
          f"wrong merges {len(result['merged_events'])}; split events {len(result['split_events'])}; "
          f"unmapped {len(result['unmapped'])}")
    for event in gold["events"]:
        if args.event and event["id"] != args.event:
            continue
        items = mapped.get(event["id"], [])
        nodes: dict[str, list[tuple[rm.MeetingObservation, str]]] = defaultdict(list)
        for o, s in items:
            nodes[cluster[o.node]].append((o, s))
        if len(nodes) < 2:
            continue
        print(f"SPLIT {event['id']} ({len(items)} reports, {len(nodes)} nodes): {event.get('note', '')}")
        groups = sorted(nodes.values(), key=len, reverse=True)
        for group in groups:
            print("  node:")
            for o, s in group:
                print(describe(o, s))
        big = groups[0]
        for group in groups[1:]:
            a, b = max(((x, y) for x, _ in big for y, _ in group), key=lambda p: planner.like(p[0], p[1]))
            print(f"  -> {why(planner, a, b)}")
    by_node: dict[str, set[str]] = defaultdict(set)
    for event_id, items in mapped.items():
        for o, _s in items:
            by_node[cluster[o.node]].add(event_id)
    for key, events in sorted(by_node.items()):
        if len(events) > 1 and not args.event:
            print(f"MERGED {sorted(events)}")
            for o, s in sorted((x for e in events for x in mapped[e] if cluster[x[0].node] == key),
                               key=lambda x: x[0].node):
                print(describe(o, s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
