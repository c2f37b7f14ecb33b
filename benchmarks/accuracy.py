#!/usr/bin/env python3
"""Score the builder against hand-annotated articles: precision, recall and F1 per fact type.

Each annotated article is built alone with `kg build`, the competency queries of
`ontology/queries/` run over the `graph.ttl` it wrote, and their rows are compared with the
gold facts. The gold format is documented in `benchmarks/GOLD_FORMAT.md`; the matching rules
(abbreviations expanded, tone marks and dashes folded, the admin-type word before a name dropped
from organization labels) are the ones the project's own evaluation uses.

    python benchmarks/accuracy.py GOLD.json ARTICLES_DIR [--jobs N] [--markdown] [--json OUT] [--log]

`--markdown` prints the table the README shows; `--log` prints every missed and extra fact.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "ontology" / "queries"

# Abbreviations the gold and the graph may write either way (expanded before comparing).
ABBREVIATIONS = {
    "ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "btv": "ban thường vụ",
    "tp": "thành phố", "tx": "thị xã", "chqs": "chỉ huy quân sự", "ttyt": "trung tâm y tế",
    "mttq": "mặt trận tổ quốc", "bch": "ban chấp hành", "bql": "ban quản lý",
    "tt&vh": "trung tâm truyền thông và văn hóa", "ttvh": "trung tâm truyền thông và văn hóa",
    "mttqvn": "mặt trận tổ quốc việt nam", "ubmttq": "ủy ban mặt trận tổ quốc",
    "ubmttqvn": "ủy ban mặt trận tổ quốc việt nam", "uvbtv": "ủy viên ban thường vụ",
    "tuv": "tỉnh ủy viên", "huv": "huyện ủy viên", "pct": "phó chủ tịch", "đ/c": "đồng chí",
}
# Old-style tone placement on open syllables (uỷ, hoà) -> the new style (ủy, hòa).
OLD_TONES = {
    "uỷ": "ủy", "uý": "úy", "uỳ": "ùy", "uỹ": "ũy", "uỵ": "ụy",
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
}
ADMIN_TYPE_BEFORE_NAME = re.compile(
    r"\b(TP\.?|TX\.?|[Tt]hành [Pp]hố|[Tt]hị [Xx]ã|[Tt]hị [Tt]rấn|[Hh]uyện|[Qq]uận|[Tt]ỉnh|[Pp]hường|[Xx]ã)\s+(?=\w)")
PARTY_MEMBER_ROLE = re.compile(r"(tỉnh|thành|huyện|thị|đảng) ủy viên")
MACRO_KEYS = ("officials", "positions", "localities", "tasks")
MEETING_FIELDS = ("date", "chair", "organizer", "locality")


def norm(text: str | None) -> str:
    """Return `text` folded for comparison: NFC, case, tone placement, punctuation, abbreviations."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", str(text)).casefold()
    for old, new in OLD_TONES.items():
        text = re.sub(old + r"(?![^\W\d_])", new, text)
    text = re.sub(r"[–—\-/,.;:()\"'“”‘’…]", " ", text)
    text = re.sub(r"\bđ[ăa]k\b", "đắk", text)
    return " ".join(ABBREVIATIONS.get(word, word) for word in text.split())


def norm_org(label: str | None) -> str:
    """Return an organization label folded, without the admin-type word before a proper name."""
    label = unicodedata.normalize("NFC", str(label or ""))
    label = ADMIN_TYPE_BEFORE_NAME.sub(lambda m: " " if label[m.end()].isupper() else m.group(0), label)
    return norm(label)


def norm_role(role: str | None) -> str:
    """Return a role folded; `Tỉnh ủy viên` and its kin are `Ủy viên` of the committee."""
    folded = norm(role)
    return "ủy viên" if PARTY_MEMBER_ROLE.fullmatch(folded) else folded


def org_match(predicted: str | None, gold: str) -> bool:
    """Return whether a predicted label equals one of the gold alternatives (`A|B`)."""
    return any(norm_org(predicted) == norm_org(alt) for alt in gold.split("|"))


@dataclass
class Tally:
    """True positives, false positives and false negatives per fact type, and the readable log."""

    counts: dict[str, list[int]] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)

    def add(self, key: str, tp: int, fp: int, fn: int) -> None:
        row = self.counts.setdefault(key, [0, 0, 0])
        row[0] += tp
        row[1] += fp
        row[2] += fn

    def add_sets(self, key: str, predicted: set, gold: set, optional: set | frozenset = frozenset()) -> None:
        self.add(key, len(predicted & gold), len(predicted - gold - optional), len(gold - predicted))
        self.log += [f"  {key} missed: {item}" for item in sorted(gold - predicted)]
        self.log += [f"  {key} extra: {item}" for item in sorted(predicted - gold - optional)]

    def table(self) -> dict[str, dict[str, float]]:
        out = {}
        for key, (tp, fp, fn) in sorted(self.counts.items()):
            p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
            r = tp / (tp + fn) if tp + fn else 1.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            out[key] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f1, 3), "tp": tp, "fp": fp, "fn": fn}
        return out


Rows = dict[str, list[dict[str, str | None]]]


def score_officials(t: Tally, gold: dict, rows: Rows) -> None:
    t.add_sets("officials", {norm(r["name"]) for r in rows.get("officials", []) if r.get("name")},
               {norm(name) for name in gold["officials"]})
    predicted = {(norm(r.get("name")), norm_role(r.get("role")), r.get("organization") or "")
                 for r in rows.get("positions", [])}
    matched, tp, fn = set(), 0, 0
    for name, posts in gold["officials"].items():
        for post in posts:
            role, optional = post["role"].lstrip("?"), post["role"].startswith("?")
            hit = next((p for p in predicted if p[0] == norm(name) and p[1] == norm_role(role)
                        and org_match(p[2], post["organization"])), None)
            if hit:
                matched.add(hit)
                tp += 0 if optional else 1
            elif not optional:
                fn += 1
                t.log.append(f"  positions missed: {name} / {role} / {post['organization']}")
    extra = predicted - matched
    t.add("positions", tp, len(extra), fn)
    t.log += [f"  positions extra: {' / '.join(e)}" for e in sorted(extra)]


def score_localities(t: Tally, gold: dict, rows: Rows) -> None:
    predicted = {r["code"] for r in rows.get("localities", []) if r.get("code")}
    required: set[str] = set()
    optional: set[str] = set()
    for code in gold["localities"]:  # 'A|B': either code counts (a post-reform unit in the 2025 or legacy register)
        alternatives = code.lstrip("?").split("|")
        hit = next((a for a in alternatives if a in predicted), alternatives[0])
        (optional if code.startswith("?") else required).add(hit)
        optional.update(a for a in alternatives if a != hit)
    parents = {r.get("code"): r.get("parent") for r in rows.get("localities", [])}
    ancestors = set()
    for code in required | optional:  # a unit's province or district is not an extra
        for _ in range(6):
            code = parents.get(code)
            if not code:
                break
            ancestors.add(code)
    t.add_sets("localities", predicted, required, optional | (ancestors - required))


def score_meetings(t: Tally, gold: dict, rows: Rows) -> None:
    if gold["meetings"] is None:
        return
    meeting_rows = rows.get("meetings", [])
    found = {r.get("meeting") for r in meeting_rows}
    expected = len(gold["meetings"])
    t.add("meetings.count", min(len(found), expected), max(0, len(found) - expected), max(0, expected - len(found)))
    if len(found) != expected:
        t.log.append(f"  meetings found: gold {expected} got {len(found)}")
    for gm in gold["meetings"]:
        checks: dict[str, Callable[[dict], bool]] = {
            "date": lambda r, gm=gm: (r.get("date") or "")[:10] == gm["date"],
            "chair": lambda r, gm=gm: norm(r.get("chair")) in {norm(c) for c in gm["chair"].split("|")},
            "organizer": lambda r, gm=gm: org_match(r.get("organizer"), gm["organizer"]),
            "locality": lambda r, gm=gm: (r.get("locality") or "") in gm["locality"].split("|"),
        }
        checks = {name: check for name, check in checks.items() if gm[name] is not None}
        best = max(meeting_rows, key=lambda r: sum(check(r) for check in checks.values()), default=None)
        for name, check in checks.items():
            ok = best is not None and check(best)
            t.add("meeting." + name, int(ok), 0, int(not ok))
            if not ok:
                t.log.append(f"  meeting {name}: gold {gm[name]!r} got {best and best.get(name)!r}")
        meeting = best and best.get("meeting")
        attendees = {norm(r.get("name")) for r in rows.get("attendees", []) if r.get("meeting") == meeting}
        optional = {norm(a.lstrip("?")) for a in gm["attendees"] if a.startswith("?")}
        optional |= {norm(c) for c in (gm["chair"] or "").split("|") if c}  # the chair is not an attendee
        t.add_sets("attendees", attendees, {norm(a) for a in gm["attendees"] if not a.startswith("?")}, optional)


def score_tasks(t: Tally, gold: dict, rows: Rows) -> None:
    tasks: dict[str, dict] = {}
    for r in rows.get("tasks", []):
        task = tasks.setdefault(r["task"], {"desc": norm(r.get("description")), "assignees": []})
        if r.get("assignee"):
            task["assignees"].append(r["assignee"])
    used: set[str] = set()
    tp = assignee_tp = assignee_fn = required = 0
    for g in gold["tasks"]:
        optional = g["key"].startswith("?")
        key = norm(g["key"].lstrip("?"))
        required += not optional
        candidates = [tid for tid, task in tasks.items() if tid not in used and key in task["desc"]]
        right = [tid for tid in candidates
                 if g["assignee"] and any(org_match(a, g["assignee"]) for a in tasks[tid]["assignees"])]
        hit = (right or candidates or [None])[0]
        if hit is None:
            if not optional:
                t.log.append(f"  tasks missed: {g['key']!r}")
                assignee_fn += bool(g["assignee"])
            continue
        used.add(hit)
        if optional:
            continue
        tp += 1
        if g["assignee"]:
            if hit in right:
                assignee_tp += 1
            else:
                assignee_fn += 1
                t.log.append(f"  tasks.assignee wrong: {g['key']!r} gold {g['assignee']!r} "
                             f"got {tasks[hit]['assignees']}")
    t.log += [f"  tasks extra: {task['desc'][:90]!r}" for tid, task in tasks.items() if tid not in used]
    t.add("tasks", tp, len(tasks) - len(used), required - tp)
    t.add("tasks.assignee", assignee_tp, 0, assignee_fn)


def run_queries(ttl: Path) -> Rows:
    """Return the rows of every competency query over one graph.ttl."""
    import rdflib

    g = rdflib.Graph()
    g.parse(ttl, format="turtle")
    return {q.stem: [{str(k): (None if row[k] is None else str(row[k])) for k in row.labels}
                     for row in g.query(q.read_text(encoding="utf-8"))]
            for q in sorted(QUERIES.glob("*.rq"))}


def build_and_query(kg: str, article: Path, lock: threading.Lock) -> tuple[Rows, float, str | None]:
    """Build one article alone; return the query rows, the build seconds and a problem, if any."""
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        proc = subprocess.run([kg, "build", str(article), "--out", out, "--no-html"], capture_output=True, text=True)
        spent = time.perf_counter() - start
        ttl = Path(out) / "graph.ttl"
        if proc.returncode not in (0,) or not ttl.exists():
            return {}, spent, f"{article.name}: build failed (exit {proc.returncode}): {proc.stderr.strip()[-300:]}"
        with lock:  # rdflib's SPARQL parser is not thread-safe
            return run_queries(ttl), spent, None


def evaluate(gold: dict, articles: Path, *, kg: str, jobs: int) -> tuple[Tally, float]:
    """Score every gold article; return the tally and the total build seconds."""
    lock = threading.Lock()
    with ThreadPoolExecutor(max(1, jobs)) as pool:
        results = list(pool.map(lambda name: build_and_query(kg, articles / name, lock), gold))
    t, seconds = Tally(), 0.0
    for (name, facts), (rows, spent, problem) in zip(gold.items(), results, strict=True):
        seconds += spent
        t.log.append(f"{name}:" + (f" {problem}" if problem else ""))
        score_officials(t, facts, rows)
        score_localities(t, facts, rows)
        score_meetings(t, facts, rows)
        score_tasks(t, facts, rows)
    return t, seconds


def summary(table: dict[str, dict[str, float]]) -> dict[str, float]:
    """Return the macro F1 over the four main fact types and the meeting field accuracy."""
    return {
        "macro_f1": round(sum(table.get(k, {"f1": 0.0})["f1"] for k in MACRO_KEYS) / len(MACRO_KEYS), 3),
        "meeting_fields": round(sum(table.get("meeting." + f, {"r": 0.0})["r"] for f in MEETING_FIELDS) / 4, 3),
    }


def markdown(table: dict[str, dict[str, float]]) -> str:
    lines = ["| fact | precision | recall | F1 | tp | fp | fn |", "|---|---|---|---|---|---|---|"]
    lines += [f"| {k} | {v['p']:.3f} | {v['r']:.3f} | {v['f1']:.3f} | {v['tp']} | {v['fp']} | {v['fn']} |"
              for k, v in table.items()]
    totals = summary(table)
    lines.append(f"\nmacro F1 (officials, positions, localities, tasks) **{totals['macro_f1']:.3f}**, "
                 f"meeting field accuracy **{totals['meeting_fields']:.3f}**")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="gold annotations (JSON, see benchmarks/GOLD_FORMAT.md)")
    parser.add_argument("articles", type=Path, help="folder holding the annotated articles")
    parser.add_argument("--kg", default=shutil.which("kg") or str(Path(sys.executable).with_name("kg")),
                        help="the kg executable (default: the one beside this Python)")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, help="articles built at once")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--log", action="store_true", help="print every missed and extra fact first")
    parser.add_argument("--json", type=Path, help="also write the table as JSON")
    args = parser.parse_args(argv)
    try:
        gold = json.loads(args.gold.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        parser.error(f"cannot read the gold file {args.gold}: {exc}")
    missing = [name for name in gold if not (args.articles / name).is_file()]
    if missing:
        parser.error(f"{len(missing)} gold article(s) not in {args.articles}, e.g. {missing[0]}")
    t, seconds = evaluate(gold, args.articles, kg=args.kg, jobs=args.jobs)
    table = t.table()
    if args.log:
        print("\n".join(t.log))
    if args.markdown:
        print(markdown(table))
    else:
        for key, v in table.items():
            print(f"{key:20s} P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f}  (tp={v['tp']} fp={v['fp']} fn={v['fn']})")
        totals = summary(table)
        print(f"meeting fields accuracy {totals['meeting_fields']:.3f}; build seconds {seconds:.1f}")
        print(f"macro F1 (officials, positions, localities, tasks): {totals['macro_f1']:.3f}")
    if args.json:
        args.json.write_text(json.dumps({"table": table, **summary(table)}, indent=1, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
