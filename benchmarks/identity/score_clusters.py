"""Score the person identities of a built graph against a gold of person clusters.

Usage::

    .venv/bin/python benchmarks/identity/score_clusters.py GRAPH [--gold clusters.json] [--json OUT]

GRAPH is a built ``graph.ttl`` (the union) or ``graph.trig`` / ``graph.nq`` (one named
graph per article), or a folder holding one of them. The gold (default: the
``clusters.json`` next to this script) lists real people, each with the mentions
``(article id, name as written)`` that refer to them.

Each gold mention is mapped to the official node the graph gives it: the people
linked to that article (as the member of a membership derived from it, or as the
chair, attendee or task assigner of a meeting/task derived from it) whose name
matches the written name, tried in this order:

1. ``exact``: one of the node's names (``kg:nameAsWritten``, ``kg:nameVariant``,
   ``schema:name``, ``rdfs:label``, ``skos:altLabel``) is the written name;
2. ``folded``: equal once case, marks, spaces and punctuation are dropped
   (``Nguyễ n Xuân Thanh``, ``Nguyên``/``Nguyễn``);
3. ``contained``: one folded name contains the other (a node cleaned to
   ``Nguyễn Đức Chung`` for the written ``Hà Nội Nguyễn Đức Chung``, or the reverse).

When several nodes fit at the first level that finds any, the node whose evidence
sentence equals the gold sentence wins; if still several, the smallest IRI is taken
and the mention counted as ``ambiguous``. A mention no node fits is ``unmapped``:
it is left out of the scores, listed, and the exit code is 1.

Scores: pairwise and B-cubed precision, recall and F1 over the mapped gold mentions
(system clusters = the nodes), the worst splits (gold person -> n nodes) and merges
(node -> n gold people), the node counts of the six people named in issue 16, and the
official nodes whose name begins with a place name or ends with an abbreviation.

Exit codes: 0 all mentions mapped; 1 some mention unmapped; 2 bad input (message on stderr).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

_KG = "https://w3id.org/vn-gov-kg/ontology#"
_SCHEMA = "https://schema.org/"
_ORG = "http://www.w3.org/ns/org#"
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
_EVIDENCE, _SENTENCE, _OFFICIAL = _KG + "evidence", _KG + "sentence", _KG + "Official"
# a person is linked to an article as the member of a membership, or the chair, attendee or
# assigner of a meeting or task, derived from that article
_LINK_PREDICATES = (_ORG + "member", _KG + "chair", _SCHEMA + "attendee", _KG + "assigner")
_NAME_PREDICATES = (_KG + "nameAsWritten", _KG + "nameVariant", _SCHEMA + "name",
                    "http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel")

ISSUE_PEOPLE = ("Nguyễn Xuân Phúc", "Trần Đại Quang", "Nguyễn Thị Kim Ngân", "Nguyễn Đức Chung",
                "Đinh La Thăng", "Huỳnh Đức Thơ")

# written forms of places that prefix names without being gazetteer labels
PLACE_ABBREVIATIONS = ("TP.HCM", "TPHCM", "TP HCM", "TP. HCM", "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", "HN")
_PLACE_TYPE = re.compile(r"^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+", re.IGNORECASE)
_ABBREVIATION_TAIL = re.compile(r"\s(?:[A-ZĐ]{2,}|[A-ZĐ]\.(?:[A-ZĐ]\.?)*)$")


class ScoreError(Exception):
    """Bad input to the scorer (file missing, unreadable, malformed gold)."""


def fold(text: str) -> str:
    """Case, marks, spaces and punctuation dropped: ``Nguyễ n Xuân Thanh`` -> ``nguyenxuanthanh``."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c)).lower()


def words_key(text: str) -> str:
    """Lowercase NFC with single spaces (marks kept)."""
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


@dataclass(frozen=True)
class Mention:
    person: str
    article: str
    name: str
    sentence: str


@dataclass
class Graph:
    links: dict[str, dict[str, set[str]]]  # article id -> person -> evidence sentences
    names: dict[str, set[str]]  # person -> every name
    display: dict[str, str]  # person -> schema:name
    places: set[str]


def load_gold(path: Path) -> list[Mention]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ScoreError(f"{path}: cannot read the gold ({e})") from e
    people = data.get("people") if isinstance(data, dict) else None
    if not isinstance(people, list):
        raise ScoreError(f"{path}: expected an object with a 'people' list")
    mentions: list[Mention] = []
    seen: dict[tuple[str, str], str] = {}
    ids: set[str] = set()
    for i, person in enumerate(people):
        pid = person.get("id") if isinstance(person, dict) else None
        if not pid or pid in ids:
            raise ScoreError(f"{path}: people[{i}] has a missing or repeated id {pid!r}")
        ids.add(pid)
        for j, m in enumerate(person.get("mentions") or []):
            if not isinstance(m, dict) or not m.get("article") or not m.get("name"):
                raise ScoreError(f"{path}: {pid} mention {j} needs 'article' and 'name'")
            key = (m["article"], m["name"])
            if key in seen:
                raise ScoreError(f"{path}: mention {key} is in both {seen[key]} and {pid}")
            seen[key] = pid
            mentions.append(Mention(pid, m["article"], m["name"], m.get("sentence", "")))
        if not person.get("mentions"):
            raise ScoreError(f"{path}: {pid} has no mentions")
    return mentions


def _graph_file(path: Path) -> Path:
    if path.is_dir():
        for name in ("graph.trig", "graph.nq", "graph.ttl"):
            if (path / name).is_file():
                return path / name
        raise ScoreError(f"{path}: no graph.trig, graph.nq or graph.ttl in this folder")
    if not path.is_file():
        raise ScoreError(f"{path}: no such graph file")
    return path


def load_graph(path: Path) -> Graph:
    """Read the people, their names and their article links in one pass over the triples."""
    import pyoxigraph

    path = _graph_file(path)
    formats = {".ttl": pyoxigraph.RdfFormat.TURTLE, ".trig": pyoxigraph.RdfFormat.TRIG,
               ".nq": pyoxigraph.RdfFormat.N_QUADS, ".nt": pyoxigraph.RdfFormat.N_TRIPLES}
    if path.suffix not in formats:
        raise ScoreError(f"{path}: unknown graph format (expected .ttl, .trig, .nq or .nt)")
    po: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    wanted = set(_LINK_PREDICATES) | set(_NAME_PREDICATES) | {_TYPE, _DERIVED, _EVIDENCE, _SENTENCE}
    try:
        with path.open("rb") as f:
            for q in pyoxigraph.parse(f, format=formats[path.suffix]):
                p = q.predicate.value
                if p in wanted:
                    po[q.subject.value][p].add(q.object.value)
    except (OSError, SyntaxError, ValueError) as e:
        raise ScoreError(f"{path}: cannot parse ({e})") from e
    officials = {s for s, preds in po.items() if _OFFICIAL in preds.get(_TYPE, ())}

    def sentences(x: str) -> set[str]:
        return {t for ev in po[x].get(_EVIDENCE, ()) for t in po[ev].get(_SENTENCE, ())}

    links: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for x, preds in list(po.items()):
        people = {o for p in _LINK_PREDICATES for o in preds.get(p, ())} & officials
        if not people:
            continue
        for article in preds.get(_DERIVED, ()):
            for person in people:
                links[article.rsplit("/", 1)[-1]][person] |= sentences(x)
    names = {p: {n for pred in _NAME_PREDICATES for n in po[p].get(pred, ())} for p in officials}
    display = {p: min(po[p][_SCHEMA + "name"]) for p in officials if po[p].get(_SCHEMA + "name")}
    places = {min(po[s][_SCHEMA + "name"]) for s, preds in po.items()
              if _SCHEMA + "AdministrativeArea" in preds.get(_TYPE, ()) and preds.get(_SCHEMA + "name")}
    return Graph(links, names, display, places)


def map_mention(g: Graph, m: Mention) -> tuple[str | None, str]:
    """The node the graph gives a gold mention, and how it was found (or why not)."""
    candidates = g.links.get(m.article)
    if not candidates:
        return None, "article has no people"
    want_exact, want_fold = words_key(m.name), fold(m.name)
    levels = (
        ("exact", lambda n: words_key(n) == want_exact),
        ("folded", lambda n: fold(n) == want_fold),
        ("contained", lambda n: len(fold(n)) >= 6 and (fold(n) in want_fold or want_fold in fold(n))),
    )
    for how, fits in levels:
        found = sorted(p for p in candidates if any(fits(n) for n in g.names.get(p, ())))
        if not found:
            continue
        if len(found) > 1 and m.sentence:
            by_sentence = [p for p in found if words_key(m.sentence) in {words_key(s) for s in candidates[p]}]
            found = by_sentence or found
        return found[0], how if len(found) == 1 else "ambiguous"
    return None, "no node of that name in the article"


def pairwise(gold: dict[Mention, str], system: dict[Mention, str]) -> tuple[float, float, float]:
    same_gold = same_sys = both = 0
    for a, b in combinations(sorted(gold, key=lambda m: (m.article, m.name)), 2):
        g, s = gold[a] == gold[b], system[a] == system[b]
        same_gold += g
        same_sys += s
        both += g and s
    p = both / same_sys if same_sys else 1.0
    r = both / same_gold if same_gold else 1.0
    return p, r, f1(p, r)


def bcubed(gold: dict[Mention, str], system: dict[Mention, str]) -> tuple[float, float, float]:
    by_gold: dict[str, set[Mention]] = defaultdict(set)
    by_sys: dict[str, set[Mention]] = defaultdict(set)
    for m in gold:
        by_gold[gold[m]].add(m)
        by_sys[system[m]].add(m)
    if not gold:
        return 1.0, 1.0, 1.0
    p = sum(len(by_gold[gold[m]] & by_sys[system[m]]) / len(by_sys[system[m]]) for m in gold) / len(gold)
    r = sum(len(by_gold[gold[m]] & by_sys[system[m]]) / len(by_gold[gold[m]]) for m in gold) / len(gold)
    return p, r, f1(p, r)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def issue_counts(g: Graph) -> dict[str, dict[str, int]]:
    """Per issue-16 person: nodes whose display name is the name, and nodes whose name contains it."""
    out = {}
    for person in ISSUE_PEOPLE:
        key = fold(person)
        exact = sum(1 for n in g.display.values() if fold(n) == key)
        containing = sum(1 for n in g.display.values() if key in fold(n))
        out[person] = {"exact": exact, "containing": containing}
    return out


def namesake_pairs(mentions: list[Mention], splits: dict[str, Counter[str]]) -> dict:
    """Gold people sharing a name (folded): how many pairs of them share a node (should be none).

    Pairwise precision hardly sees these (a few small clusters beside clusters of hundreds of
    mentions), so they are counted on their own.
    """
    display: dict[str, str] = {}
    for m in mentions:
        display.setdefault(m.person, m.name)
    groups: dict[str, set[str]] = defaultdict(set)
    for pid, name in display.items():
        groups[fold(name)].add(pid)
    pairs = merged = 0
    examples = []
    for _key, pids in sorted(groups.items()):
        for a, b in combinations(sorted(pids), 2):
            pairs += 1
            if set(splits.get(a, ())) & set(splits.get(b, ())):
                merged += 1
                examples.append(f"{a} + {b}")
    return {"names": sum(1 for p in groups.values() if len(p) > 1), "pairs": pairs, "merged": merged,
            "examples": examples}


def surnames() -> set[str]:
    path = REPO / "kg" / "data" / "surnames.txt"
    words: set[str] = set()
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words.update(line.split())
    return words or {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"}


def dirty_names(g: Graph) -> tuple[list[str], list[str]]:
    """Display names that begin with a place name (then a surname) or end with an abbreviation.

    Place names of one word (``Hồ``, a township) are also surnames and are not counted;
    all-caps names (``HUỲNH VĂN THANH``) are not abbreviations.
    """
    family = surnames()
    bare = {_PLACE_TYPE.sub("", p) for p in g.places}
    prefixes = sorted({words_key(p) for p in g.places | bare | set(PLACE_ABBREVIATIONS) if len(p.split()) >= 2},
                      key=len, reverse=True)
    place_first, abbrev_last = [], []
    for name in sorted(set(g.display.values())):
        low = words_key(name)
        for pre in prefixes:
            if low.startswith(pre + " "):
                rest = name.split()[len(pre.split()):]
                if len(rest) >= 2 and rest[0] in family:
                    place_first.append(name)
                    break
        if _ABBREVIATION_TAIL.search(name) and len(name.split()) >= 3 and not name.isupper():
            abbrev_last.append(name)
    return place_first, abbrev_last


def score(graph: Graph, mentions: list[Mention], worst: int = 15) -> dict:
    gold: dict[Mention, str] = {}
    system: dict[Mention, str] = {}
    how: Counter[str] = Counter()
    unmapped: list[dict[str, str]] = []
    for m in mentions:
        node, why = map_mention(graph, m)
        if node is None:
            unmapped.append({"person": m.person, "article": m.article, "name": m.name, "reason": why})
            continue
        how[why] += 1
        gold[m] = m.person
        system[m] = node
    splits: dict[str, Counter[str]] = defaultdict(Counter)
    merges: dict[str, Counter[str]] = defaultdict(Counter)
    for m in gold:
        splits[m.person][system[m]] += 1
        merges[system[m]][m.person] += 1
    place_first, abbrev_last = dirty_names(graph)
    people = {m.person for m in mentions}
    namesakes = namesake_pairs(mentions, splits)
    return {
        "gold": {"people": len(people), "mentions": len(mentions), "mapped": len(gold), "unmapped": len(unmapped)},
        "mapping": dict(sorted(how.items())),
        "pairwise": dict(zip(("precision", "recall", "f1"), pairwise(gold, system), strict=True)),
        "bcubed": dict(zip(("precision", "recall", "f1"), bcubed(gold, system), strict=True)),
        "people_split": sum(1 for c in splits.values() if len(c) > 1),
        "nodes_merging_people": sum(1 for c in merges.values() if len(c) > 1),
        "worst_splits": [{"person": p, "nodes": len(c), "mentions": sum(c.values()),
                          "largest": [[graph.display.get(n, n), k] for n, k in c.most_common(3)]}
                         for p, c in sorted(splits.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:worst]
                         if len(c) > 1],
        "worst_merges": [{"node": n, "name": graph.display.get(n, ""), "people": dict(c.most_common())}
                         for n, c in sorted(merges.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:worst]
                         if len(c) > 1],
        "namesakes": namesakes,
        "issue_people": issue_counts(graph),
        "officials": len(graph.display),
        "distinct_names": len(set(graph.display.values())),
        "names_beginning_with_place": {"count": len(place_first), "examples": place_first[:20]},
        "names_ending_with_abbreviation": {"count": len(abbrev_last), "examples": abbrev_last[:20]},
        "unmapped_mentions": unmapped,
    }


def report(result: dict) -> str:
    g = result["gold"]
    lines = [f"gold: {g['people']} people, {g['mentions']} mentions ({g['mapped']} mapped, "
             f"{g['unmapped']} unmapped); mapping: "
             + ", ".join(f"{k} {v}" for k, v in result["mapping"].items()),
             f"graph: {result['officials']} official nodes, {result['distinct_names']} distinct names"]
    for kind in ("pairwise", "bcubed"):
        s = result[kind]
        lines.append(f"{kind:9} precision {s['precision']:.4f}  recall {s['recall']:.4f}  f1 {s['f1']:.4f}")
    lines.append(f"gold people split over >1 node: {result['people_split']}; "
                 f"nodes holding >1 gold person: {result['nodes_merging_people']}")
    ns = result["namesakes"]
    lines.append(f"namesakes: {ns['names']} names shared by gold people, {ns['pairs']} pairs, "
                 f"{ns['merged']} pairs on one node" + (": " + "; ".join(ns["examples"][:8]) if ns["merged"] else ""))
    lines.append("issue-16 people (nodes named exactly so / nodes whose name contains it):")
    for person, c in result["issue_people"].items():
        lines.append(f"  {person}: {c['exact']} / {c['containing']}")
    for key, label in (("names_beginning_with_place", "names beginning with a place"),
                       ("names_ending_with_abbreviation", "names ending with an abbreviation")):
        d = result[key]
        lines.append(f"{label}: {d['count']}  e.g. " + "; ".join(d["examples"][:8]))
    if result["worst_splits"]:
        lines.append("worst splits (gold person -> nodes, mentions; largest nodes):")
        for s in result["worst_splits"]:
            top = ", ".join(f"{n} x{k}" for n, k in s["largest"])
            lines.append(f"  {s['person']}: {s['nodes']} nodes, {s['mentions']} mentions ({top})")
    if result["worst_merges"]:
        lines.append("worst merges (node -> gold people):")
        for s in result["worst_merges"]:
            lines.append(f"  {s['name']} <{s['node']}>: " + ", ".join(f"{p} x{k}" for p, k in s["people"].items()))
    if result["unmapped_mentions"]:
        lines.append(f"UNMAPPED gold mentions ({len(result['unmapped_mentions'])}):")
        for u in result["unmapped_mentions"][:40]:
            lines.append(f"  {u['person']}: {u['article']} {u['name']!r} ({u['reason']})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graph", type=Path, help="graph.ttl, graph.trig or graph.nq of a build (or its folder)")
    ap.add_argument("--gold", type=Path, default=HERE / "clusters.json", help="the person-cluster gold")
    ap.add_argument("--json", type=Path, help="also write the full result as JSON here")
    ap.add_argument("--worst", type=int, default=15, help="how many worst splits and merges to list")
    args = ap.parse_args(argv)
    try:
        mentions = load_gold(args.gold)
        result = score(load_graph(args.graph), mentions, args.worst)
    except ScoreError as e:
        print(f"score_clusters: {e}", file=sys.stderr)
        return 2
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                             encoding="utf-8")
    if result["unmapped_mentions"]:
        print(f"score_clusters: {len(result['unmapped_mentions'])} gold mention(s) not found in the graph "
              "(listed above as UNMAPPED); they are left out of the scores", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
