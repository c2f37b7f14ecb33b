"""Score the meeting nodes of a built graph against the meeting-coreference gold (issue 28).

Usage::

    .venv/bin/python benchmarks/meetings/score.py GRAPH [--gold gold.json] [--json OUT]

GRAPH is a build's ``graph.nq`` (one named graph per article) or the build folder holding
it (``kg build … --format ttl,nq``). The gold (default: ``gold.json`` beside this script)
lists real events, each with its reports ``(article id, evidence sentence)``.

Each gold report is mapped to the meeting node its article's graph gives it: the meetings
the article is about (``schema:about``) whose evidence sentence (``kg:evidence`` →
``kg:sentence``) is the gold sentence; else one whose sentence begins like it; else the
article's only meeting, unless a report of another event of that article names that node by its
sentence (then the builder kept only the other event of the article). A report no node fits is
``unmapped``: listed and left out of the scores (an extraction miss, not a coreference error).

Scores over the mapped reports (system clusters = meeting nodes): B-cubed precision and
recall, pairwise precision and recall, the events split over several nodes, and the nodes
holding reports of two gold events (a merge of two meetings: for two sessions of one body,
the error the issue forbids).

Exit codes: 0 every report mapped; 1 some unmapped; 2 bad input (message on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KG = "https://w3id.org/vn-gov-kg/ontology#"
_ABOUT, _TYPE = "<https://schema.org/about>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_MEETING, _EVIDENCE, _SENTENCE = f"<{_KG}Meeting>", f"<{_KG}evidence>", f"<{_KG}sentence>"
_ARTICLE = "<https://w3id.org/vn-gov-kg/id/article/"


def _literal(term: str) -> str:
    end = term.rfind('"')
    text = term[1:end]
    for esc, ch in (('\\"', '"'), ("\\n", "\n"), ("\\r", "\r"), ("\\t", "\t"), ("\\\\", "\\")):
        text = text.replace(esc, ch)
    return text


def _split(line: str) -> tuple[str, str, str, str]:
    s, p, rest = line.split(" ", 2)
    o, g = rest.rstrip()[:-2].rstrip().rsplit(" ", 1)
    return s, p, o, g


def read_meetings(path: Path) -> dict[str, list[tuple[str, list[str]]]]:
    """Article id -> [(meeting node, its evidence sentences in that article)]."""
    about: dict[str, set[str]] = defaultdict(set)
    meetings: set[str] = set()
    evidence: dict[tuple[str, str], list[str]] = defaultdict(list)  # (graph, meeting) -> evidence nodes
    sentences: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            s, p, o, g = _split(line)
            if p == _ABOUT and s.startswith(_ARTICLE):
                about[s[len(_ARTICLE):-1]].add(o)
            elif p == _TYPE and o == _MEETING:
                meetings.add(s)
            elif p == _EVIDENCE:
                evidence[(g, s)].append(o)
            elif p == _SENTENCE:
                sentences[s] = _literal(o)
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for article, nodes in about.items():
        graph = f"{_ARTICLE}{article}>"
        out[article] = [(n, [sentences.get(e, "") for e in evidence.get((graph, n), [])])
                        for n in sorted(nodes) if n in meetings]
    return out


def _by_sentence(report: dict, found: dict[str, list[tuple[str, list[str]]]]) -> str | None:
    """The one meeting node of the report's article whose evidence is the report's sentence (or begins like it)."""
    candidates = found.get(report["article"], [])
    sentence = " ".join(report["sentence"].split())
    for test in (lambda s: " ".join(s.split()) == sentence,
                 lambda s: " ".join(s.split())[:60] == sentence[:60]):
        hits = sorted({n for n, sents in candidates if any(test(s) for s in sents)})
        if len(hits) == 1:
            return hits[0]
    return None


def map_report(report: dict, found: dict[str, list[tuple[str, list[str]]]],
               claimed: frozenset[str] = frozenset()) -> str | None:
    """The meeting node of one gold report, or None: the node its sentence names, else the article's only
    meeting unless that node is ``claimed``: named by the sentence of a report of another event of the same
    article (an article telling two events whose builder kept one: the other report is unmapped, an extraction
    miss, not a merge of the two)."""
    node = _by_sentence(report, found)
    if node is not None:
        return node
    candidates = found.get(report["article"], [])
    return candidates[0][0] if len(candidates) == 1 and candidates[0][0] not in claimed else None


def map_reports(gold: dict, found: dict[str, list[tuple[str, list[str]]]]) -> dict[tuple[str, int], str | None]:
    """(event id, report index) -> the report's meeting node (:func:`map_report`), every report of the gold."""
    named: dict[str, dict[str, str]] = defaultdict(dict)  # article -> node -> the event whose report names it
    for event in gold["events"]:
        for report in event["reports"]:
            node = _by_sentence(report, found)
            if node is not None:
                named[report["article"]].setdefault(node, event["id"])
    out: dict[tuple[str, int], str | None] = {}
    for event in gold["events"]:
        for i, report in enumerate(event["reports"]):
            claimed = frozenset(n for n, e in named[report["article"]].items() if e != event["id"])
            out[(event["id"], i)] = map_report(report, found, claimed)
    return out


def score(gold: dict, found: dict[str, list[tuple[str, list[str]]]]) -> dict:
    mentions = []  # (event id, report index, node)
    unmapped = []
    nodes = map_reports(gold, found)
    for event in gold["events"]:
        for i, report in enumerate(event["reports"]):
            node = nodes[(event["id"], i)]
            if node is None:
                unmapped.append((event["id"], report["article"]))
            else:
                mentions.append((event["id"], i, node))
    by_node: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    by_event: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for m in mentions:
        by_node[m[2]].append(m)
        by_event[m[0]].append(m)
    precision = recall = 0.0
    for m in mentions:
        same_node, same_event = by_node[m[2]], by_event[m[0]]
        both = sum(1 for x in same_node if x[0] == m[0])
        precision += both / len(same_node)
        recall += both / len(same_event)
    n = len(mentions) or 1
    pairs_sys = pairs_gold = pairs_both = 0
    for a, b in combinations(mentions, 2):
        same_sys, same_gold = a[2] == b[2], a[0] == b[0]
        pairs_sys += same_sys
        pairs_gold += same_gold
        pairs_both += same_sys and same_gold
    merges = {node: sorted({m[0] for m in ms}) for node, ms in by_node.items() if len({m[0] for m in ms}) > 1}
    splits = {event: len({m[2] for m in ms}) for event, ms in by_event.items() if len({m[2] for m in ms}) > 1}
    multi = [e for e in gold["events"] if len(e["reports"]) > 1]
    return {
        "events": len(gold["events"]), "multi_report_events": len(multi),
        "reports": sum(len(e["reports"]) for e in gold["events"]), "mapped": len(mentions),
        "unmapped": unmapped,
        "bcubed_precision": precision / n, "bcubed_recall": recall / n,
        "pairwise_precision": pairs_both / pairs_sys if pairs_sys else 1.0,
        "pairwise_recall": pairs_both / pairs_gold if pairs_gold else 1.0,
        "merged_events": merges, "split_events": splits,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("--gold", type=Path, default=HERE / "gold.json")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--worst", type=int, default=15)
    args = ap.parse_args()
    path = args.graph / "graph.nq" if args.graph.is_dir() else args.graph
    try:
        gold = json.loads(args.gold.read_text(encoding="utf-8"))
        found = read_meetings(path)
    except (OSError, ValueError) as exc:
        print(f"score.py: cannot read the input: {exc}", file=sys.stderr)
        return 2
    result = score(gold, found)
    print(f"gold: {result['events']} events ({result['multi_report_events']} reported by 2+ articles), "
          f"{result['reports']} reports, {result['mapped']} mapped to a meeting node")
    print(f"B-cubed   P {result['bcubed_precision']:.3f}  R {result['bcubed_recall']:.3f}")
    print(f"pairwise  P {result['pairwise_precision']:.3f}  R {result['pairwise_recall']:.3f}")
    print(f"nodes holding two or more gold events (wrong merges): {len(result['merged_events'])}")
    for node, events in sorted(result["merged_events"].items())[: args.worst]:
        print(f"  MERGED {node}: {', '.join(events)}")
    print(f"gold events split over several nodes: {len(result['split_events'])}")
    for event, count in sorted(result["split_events"].items(), key=lambda kv: -kv[1])[: args.worst]:
        print(f"  SPLIT {event}: {count} nodes")
    for event, article in result["unmapped"]:
        print(f"  UNMAPPED {event}: {article}")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if result["unmapped"] else 0


if __name__ == "__main__":
    sys.exit(main())
