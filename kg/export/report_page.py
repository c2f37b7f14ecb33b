"""``report.html``: the build report a person would rather look at than read.

One self-contained page beside graph.ttl: inline CSS and inline SVG charts
(:mod:`kg.export.charts`), no script, no font, no image, no link that loads anything — it
opens from ``file://`` with zero network requests. What it shows comes from the build
itself: the run report (built, skipped with reasons, warnings) and the :class:`Summary`
counted while graph.ttl was written; the accuracy table is the README's, when the
installation ships one (a source checkout), else the section says how to measure it.
Deterministic: the same build gives the same bytes (no date, no path, no timing).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.export import charts
from kg.export.report import RunReport
from kg.export.summary import FACT_KINDS, TYPES, UNKNOWN, Ranked, Summary

REPORT_HTML = "report.html"
README = Path(__file__).resolve().parents[2] / "README.md"
ACCURACY_HEADING = "## How accurate is it"
TOP_PROVINCES = 20
TOP_NODES = 15
MAX_LISTED = 500  # skipped files / warnings listed on the page (report.json has them all)
KINDS = tuple(FACT_KINDS.values())
CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1f2933;
background:#f5f7fa}
main{max-width:980px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:0 0 10px}
section{background:#fff;border:1px solid #dde3ea;border-radius:8px;padding:16px 20px;margin:16px 0}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{background:#fff;border:1px solid #dde3ea;border-radius:8px;padding:10px 16px;min-width:120px}
.card b{display:block;font-size:22px}.card.bad b{color:#b42318}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{text-align:left;padding:4px 8px;
border-bottom:1px solid #eef1f4;vertical-align:top}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
svg.chart{max-width:100%;height:auto;display:block;margin:8px 0}
.note{color:#52606d;font-size:13px}code{font-size:12px}
details summary{cursor:pointer;color:#334e68}
"""


@dataclass(frozen=True)
class Accuracy:
    """The accuracy table a build can show: its caption (what was measured) and rows of cells."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def shipped_accuracy(readme: Path = README) -> Accuracy | None:
    """The development table of the README's accuracy section (the table whose header names precision,
    else the first) and the text between it and the table before it, or None."""
    try:
        text = readme.read_text(encoding="utf-8")
    except OSError:
        return None  # an installed package without the source checkout
    start = text.find(ACCURACY_HEADING)
    if start < 0:
        return None
    end = text.find("\n## ", start + len(ACCURACY_HEADING))
    section = text[start + len(ACCURACY_HEADING): end if end >= 0 else len(text)]
    lines = section.strip().splitlines()
    starts = [i for i, ln in enumerate(lines) if ln.startswith("|") and (i == 0 or not lines[i - 1].startswith("|"))]
    if not starts:
        return None
    first = next((i for i in starts if "precision" in lines[i]), starts[0])
    stop = first
    while stop < len(lines) and lines[stop].startswith("|"):
        stop += 1
    table = lines[first:stop]
    if len(table) < 3:
        return None
    before = max((i for i in starts if i < first), default=None)
    from_line = 0
    if before is not None:
        from_line = before
        while from_line < len(lines) and lines[from_line].startswith("|"):
            from_line += 1
    paragraphs = " ".join(ln.strip() if ln.strip() else "\n" for ln in lines[from_line:first]).split("\n")
    caption = next((p.strip() for p in reversed(paragraphs) if p.strip()), "")  # the paragraph before the table
    cells = [tuple(c.strip() for c in ln.strip().strip("|").split("|")) for ln in table]
    rows = tuple(r for r in cells[1:] if not all(re.fullmatch(r":?-+:?", c) for c in r))
    return Accuracy(_plain(caption), cells[0], tuple(tuple(_plain(c) for c in r) for r in rows))


def _plain(markdown: str) -> str:
    """Markdown inline marks dropped (``code``, **bold**, [text](link) → text)."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    return text.replace("`", "").replace("**", "")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _table(header: tuple[str, ...], rows: Sequence[Sequence[object]], numeric: frozenset[int] = frozenset()) -> str:
    head = "".join(f'<th{" class=n" if i in numeric else ""}>{_e(h)}</th>' for i, h in enumerate(header))
    body = "".join("<tr>" + "".join(
        f'<td{" class=n" if i in numeric else ""}>{_e(f"{c:,}" if isinstance(c, int) else c)}</td>'
        for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cards(report: RunReport, summary: Summary) -> str:
    facts = sum(summary.count(c) for c in FACT_KINDS)
    items = [("articles built", len(report.built), False),
             ("skipped", len(report.skipped), bool(report.skipped)),
             ("warnings", len(report.warnings), bool(report.warnings)),
             ("facts: posts held, meetings, tasks", facts, False), ("triples", summary.triples, False)]
    return '<div class="cards">' + "".join(
        f'<div class="card{" bad" if bad else ""}"><b>{n:,}</b>{_e(label)}</div>' for label, n, bad in items) + "</div>"


def _counts(summary: Summary) -> str:
    rows = [(label, summary.count(cls)) for label, cls in TYPES.items()]
    table = _table(("type", "nodes"), rows, frozenset({1}))
    return f"<section id=counts><h2>Counts per fact type</h2>{table}</section>"


def _by_kind(counter: Counter[tuple[str, str]]) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
    for (kind, key), n in counter.items():
        out[kind][key] += n
    return out


def _provinces(by_province: Counter[tuple[str, str]]) -> str:
    per = _by_kind(by_province)
    totals: Counter[str] = Counter()
    for c in per.values():
        totals.update(c)
    unknown = totals.pop(UNKNOWN, 0)
    ranked = sorted(totals, key=lambda p: (-totals[p], p))
    shown, rest = ranked[:TOP_PROVINCES], ranked[TOP_PROVINCES:]
    note = (f'<p class="note">{unknown:,} fact(s) have no locality in the graph (not drawn).</p>'
            if unknown else "")
    if not shown:
        return f"<section id=provinces><h2>Facts per province</h2><p>No fact has a locality.</p>{note}</section>"
    labels = list(shown)
    series = {k: [per[k][p] for p in shown] for k in KINDS}
    if rest:
        labels.append(f"{len(rest)} other province(s)")
        for k in KINDS:
            series[k].append(sum(per[k][p] for p in rest))
    chart = charts.stacked("Facts per province (the top unit above the fact's place)", labels, series)
    rows = [(p, *(per[k][p] for k in KINDS), totals[p]) for p in ranked]
    table = _table(("province", *KINDS, "all"), rows, frozenset(range(1, len(KINDS) + 2)))
    return (f"<section id=provinces><h2>Facts per province</h2>{chart}{note}"
            f"<details><summary>All {len(ranked)} province(s)</summary>{table}</details></section>")


def _months(by_month: Counter[tuple[str, str]]) -> str:
    per = _by_kind(by_month)
    months = sorted({m for c in per.values() for m in c if m != UNKNOWN})
    undated = sum(c.get(UNKNOWN, 0) for c in per.values())
    note = f'<p class="note">{undated:,} fact(s) have no date in the graph (not drawn).</p>' if undated else ""
    if not months:
        return f"<section id=months><h2>Facts per month</h2><p>No fact has a date.</p>{note}</section>"
    series = {k: [per[k][m] for m in months] for k in KINDS}
    chart = charts.stacked("Facts per month (the fact's date, else its article's)", months, series,
                           horizontal=False)
    rows = [(m, *(per[k][m] for k in KINDS)) for m in months]
    table = _table(("month", *KINDS), rows, frozenset(range(1, len(KINDS) + 1)))
    return (f"<section id=months><h2>Facts per month</h2>{chart}{note}"
            f"<details><summary>Every month</summary>{table}</details></section>")


def _connected(officials: list[Ranked], bodies: list[Ranked]) -> str:
    title = "Most connected officials and bodies"
    if not officials and not bodies:
        return f"<section id=connected><h2>{title}</h2><p>None in this build.</p></section>"
    chart = charts.barh_pair(("Officials", [r.label for r in officials], [r.links for r in officials]),
                             ("Bodies", [r.label for r in bodies], [r.links for r in bodies]), title=title)
    rows = [(kind, r.label, r.links) for kind, ranked in (("official", officials), ("body", bodies)) for r in ranked]
    table = _table(("", "name", "links"), rows, frozenset({2}))
    return (f"<section id=connected><h2>{title}</h2>{chart}<p class=note>Links in and out, other than names, "
            "types and provenance (the numbers <code>kg stats</code> gives).</p>"
            f"<details><summary>As a table</summary>{table}</details></section>")


def _problems(report: RunReport) -> str:
    parts = ["<section id=problems><h2>Skipped files and warnings</h2>"]
    if not report.skipped and not report.warnings:
        parts.append("<p>Every input was read; no warning.</p>")
    for title, items in (("Skipped", [(p.source, p.reason) for p in report.skipped]),
                         ("Warnings", [(w.source, w.message) for w in report.warnings])):
        if not items:
            continue
        parts.append(f"<h3>{title} ({len(items):,})</h3>")
        parts.append(_table(("file", "reason" if title == "Skipped" else "warning"), list(items[:MAX_LISTED])))
        if len(items) > MAX_LISTED:
            parts.append(f'<p class="note">… and {len(items) - MAX_LISTED:,} more: report.json lists them all.</p>')
    parts.append("</section>")
    return "".join(parts)


def _accuracy(accuracy: Accuracy | None) -> str:
    if accuracy is None:
        return ("<section id=accuracy><h2>Accuracy</h2><p class=note>No accuracy table ships with this "
                "installation. Measure it on articles you annotate: <code>benchmarks/accuracy.py GOLD.json "
                "ARTICLES/ --markdown</code> in a source checkout.</p></section>")
    numeric = frozenset(range(1, len(accuracy.header)))
    return (f"<section id=accuracy><h2>Accuracy</h2><p class=note>{_e(accuracy.caption)}</p>"
            f"{_table(accuracy.header, list(accuracy.rows), numeric)}</section>")


def render(report: RunReport, summary: Summary, accuracy: Accuracy | None) -> str:
    """The whole page."""
    by_province, by_month = summary.facts_by()
    body = "".join((
        "<h1>Build report</h1>",
        f'<p class="note">{len(report.built):,} article(s) built from {report.sources:,} input(s). '
        "The graph (graph.ttl) and the run report (report.json) are beside this page.</p>",
        _cards(report, summary), _counts(summary), _provinces(by_province), _months(by_month),
        _connected(summary.most_connected("official", TOP_NODES), summary.most_connected("body", TOP_NODES)),
        _problems(report), _accuracy(accuracy),
    ))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<title>vn-gov-kg build report</title><style>{CSS}</style></head>"
            f"<body><main>{body}</main></body></html>\n")


def write_report_html(path: Path, report: RunReport, summary: Summary,
                      accuracy: Accuracy | None = None) -> Path:
    """Write ``report.html`` at ``path`` and return it (``accuracy``: :func:`shipped_accuracy` by default)."""
    page = render(report, summary, accuracy if accuracy is not None else shipped_accuracy())
    path.write_text(page, encoding="utf-8", newline="\n")
    return path
