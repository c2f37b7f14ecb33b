"""Dates of reported events: day–month expressions, reporting periods and the year rule.

Meeting reports mostly give partial dates (``Sáng ngày 26/11``, ``chiều 30/9``,
``Ngày 29-5``, ``Trong hai ngày 25 đến 26/12``). The year comes, in this order of
trust, from the expression itself (``text``), the article's dateline
(``dateline``), the reporting periods named in the headline (``headline``:
``tháng 11/2021``, ``năm 2020``), those named around the event (``context``) or,
for a press report without a dateline, every period and full date of the article
(``article``: ``quý I-2017``, ``trước ngày 23/6/2017``; a period compared against,
``tăng 10% so với năm 2016``, names the year before the report's).
A period says when the meeting can have taken place: a review of *tháng 12 và cả
năm 2021* happens during or shortly after it, a plan for *năm 2022* shortly before
or early in it. A year no source supports is never invented: the date stays
partial (``--11-26``).

All matching runs on the same-length fold of the text (:func:`kg.lexicon.normalize.fold`),
so every span is a span of the original.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.lexicon.patterns import alternation, words_re
from kg.lexicon.resources import derived, resources
from kg.model import Span

PARTS_OF_DAY = ("sáng", "trưa", "chiều", "tối", "đêm")
# Words that name a day relative to the dateline; the value is the offset in days.
RELATIVE_DAYS = {"hôm nay": 0, "sáng nay": 0, "trưa nay": 0, "chiều nay": 0, "tối nay": 0,
                 "hôm qua": -1, "sáng qua": -1, "chiều qua": -1, "tối qua": -1}
# How far back from a period a plan cue (triển khai, phương hướng ...) may stand.
PLAN_CUE_WINDOW = 40
# How far back from a period a target (phấn đấu, mục tiêu …) may stand within its clause: a target's object may be
# long (phấn đấu có thêm 9 - 10 xã đạt chuẩn nông thôn mới năm 2017), its year still the target's.
TARGET_CLAUSE_WINDOW = 120
# A period whose best fit costs more than this (about four months off) supports no year.
MAX_PERIOD_COST = 60
# Years a news report can be about; anything else is a number that looks like a year.
MIN_YEAR, MAX_YEAR = 1945, 2100

_POD = r"(?P<pod>sáng|trưa|chiều|tối|đêm)"
_PREFIX = (
    r"(?<!\w)(?P<pre>(?:(?:trong|từ)\s+)?"
    r"(?:(?:hai|ba|2|3)\s+ngày|" + _POD + r"(?:\s+(?:nay|hôm nay))?|hôm nay|ngày)"
    r"[\s,(]*(?:ngày\s+)?\(?\s*)"
)
_DAY_MONTH = (
    r"(?<![\d/.,-])(?P<d>\d{1,2})"
    r"(?:\s*(?:-|đến|và|,)\s*(?:ngày\s+)?(?P<d2>\d{1,2}))?"
    r"\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})"
    r"(?:\s*(?P=sep)\s*(?P<y>\d{4}))?(?![\d])"
)
_NUMERIC_PREFIXED = re.compile(_PREFIX + _DAY_MONTH)
_NUMERIC_BARE = re.compile(
    r"(?<![\d/.,-])(?P<d>\d{1,2})\s*(?P<sep>[/-])\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<y>\d{4}))?(?![\d/])"
)
_TEXTUAL = re.compile(
    r"(?:" + _POD + r"\s+)?ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
    r"(?:\s*(?:năm|/)\s*(?P<y>\d{4}))?"
)
_RELATIVE = re.compile(
    r"(?<!\w)(?P<rel>" + "|".join(sorted(RELATIVE_DAYS, key=len, reverse=True)) + r")(?!\w)"
    r"(?![\s,(]*(?:ngày\s+)?\d)"  # "sáng nay (6/2)" is a numeric date
)
# Cheap tests that a window can hold a match at all (every numeric date has a digit, a
# separator and a digit; every textual one says "tháng"; every relative day "nay" or
# "qua"): most sentences hold none, and skipping them skips the slow scans.
_NUMERIC_HINT = re.compile(r"\d\s*[/.-]\s*\d")
_RELATIVE_HINTS = tuple(sorted({" " + rel.rsplit(" ", 1)[1] for rel in RELATIVE_DAYS}))

# A phase of a term (giai đoạn 2017 - 2020, 2016-2020): only read for the year of an undated report.
_PHASE = re.compile(r"giai\s+đoạn\s+(?P<y>\d{4})\s*[-–]\s*(?P<y2>\d{4})(?!\d)")
# A phase longer than a five-year term is a horizon (2021-2030, tầm nhìn 2045), not the time of a report.
MAX_PHASE_YEARS = 5
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# Reporting periods, most specific first; a later pattern never takes an earlier one's text.
_PERIOD_PATTERNS = (
    ("month_and_year",
     re.compile(r"tháng\s+(?P<m>\d{1,2})\s*(?:,|và)\s*(?:cả\s+)?năm\s+(?P<y>\d{4})")),
    ("month", re.compile(r"tháng\s+(?P<m>\d{1,2})\s*(?:/|-|năm)\s*(?P<y>\d{4})")),
    ("months", re.compile(r"(?<![\d/])(?P<n>\d{1,2})\s+tháng(?:\s+(?P<half>đầu|cuối))?"
                          r"(?:\s+năm)?\s*[/-]?\s*(?P<y>\d{4})")),
    ("quarter", re.compile(r"quý\s+(?P<q>iv|iii|ii|i|[1-4])(?!\w)\s*(?:năm|/|-)\s*(?P<y>\d{4})")),
    ("school_year", re.compile(r"năm\s+học\s+(?P<y>\d{4})\s*-\s*(?P<y2>\d{4})")),
    ("year", re.compile(r"(?:cả\s+)?năm\s+(?P<y>\d{4})(?!\s*-\s*\d{4})(?!\d)")),
)


@dataclass(frozen=True)
class DateMention:
    """A day named in the text (day, month, year when written) or relative to the dateline."""

    span: Span
    day: int | None
    month: int | None
    year: int | None = None
    part_of_day: str | None = None
    end_day: int | None = None  # last day of a multi-day event (hai ngày 25 đến 26/12)
    prefixed: bool = True  # introduced by ngày / sáng / chiều ..., not a bare 6/5
    offset: int | None = None  # days from the dateline (chiều nay = 0)


@dataclass(frozen=True)
class Period:
    """A reporting period named in the text (``tháng 12 và cả năm 2021``, ``9 tháng năm 2022``)."""

    span: Span
    start: dt.date
    end: dt.date
    plan: bool = False  # planned (triển khai nhiệm vụ năm 2022) rather than reviewed
    opening: bool = False  # the year a term opens (Đại hội … nhiệm kỳ 2025 - 2030): held in it, any day


@dataclass(frozen=True)
class ResolvedDate:
    """A date mention with its year settled, or left partial when nothing supports a year."""

    date: dt.date | None
    source: str | None = None  # "text", "dateline", "headline", "era", "context", "article"
    partial: str | None = None  # "--11-26" when the year is unknown
    end_date: dt.date | None = None


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    """The day, or None when the calendar has no such day (30 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _plausible(day: int, month: int, year: int | None) -> bool:
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return False
    return valid_day(year or 2000, month, day) is not None  # 2000 is a leap year: 29/2 passes


def find_dates(text: str, folded: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Return the day expressions in ``text[start:end]``, in text order (prefixed and bare)."""
    end = len(text) if end is None else end
    found: list[DateMention] = []
    # characters of the window a mention already holds: a later pattern never takes them
    # (one look per character of a mention, not one per mention found before it)
    taken = bytearray(max(0, end - start) + 1)

    def add(mention: DateMention) -> None:
        a, b = max(mention.span.start - start, 0), min(mention.span.end - start, len(taken))
        if a < b and taken.find(1, a, b) >= 0:
            return
        taken[a:b] = b"\x01" * max(b - a, 0)
        found.append(mention)

    textual = folded.find("tháng", start, end) >= 0
    numeric = textual or _NUMERIC_HINT.search(folded, start, end) is not None
    for m in _TEXTUAL.finditer(folded, start, end) if textual else ():
        d, mo, y = int(m["d"]), int(m["m"]), int(m["y"]) if m["y"] else None
        if _plausible(d, mo, y):
            add(DateMention(Span(m.start(), m.end()), d, mo, y, m["pod"]))
    for m in _NUMERIC_PREFIXED.finditer(folded, start, end) if numeric else ():
        d, mo, y = int(m["d"]), int(m["m"]), int(m["y"]) if m["y"] else None
        d2 = int(m["d2"]) if m["d2"] else None
        if not _plausible(d, mo, y) or (d2 is not None and not (d < d2 and _plausible(d2, mo, y))):
            continue
        stop = m.end() + 1 if "(" in m["pre"] and folded[m.end() : m.end() + 1] == ")" else m.end()
        add(DateMention(Span(m.start(), stop), d, mo, y, m["pod"], end_day=d2))
    for m in _NUMERIC_BARE.finditer(folded, start, end) if numeric else ():
        d, mo, y = int(m["d"]), int(m["m"]), int(m["y"]) if m["y"] else None
        if _plausible(d, mo, y):
            add(DateMention(Span(m.start(), m.end()), d, mo, y, prefixed=False))
    relative = any(folded.find(hint, start, end) >= 0 for hint in _RELATIVE_HINTS)
    for m in _RELATIVE.finditer(folded, start, end) if relative else ():
        rel = m["rel"]
        pod = next((p for p in PARTS_OF_DAY if rel.startswith(p)), None)
        add(DateMention(Span(m.start(), m.end()), None, None, part_of_day=pod,
                        offset=RELATIVE_DAYS[rel]))
    found.sort(key=lambda x: x.span.start)
    return found


@derived
def _plan_cue_re() -> re.Pattern[str]:
    cues = resources().meeting_cues.get("plan", ())
    return words_re(cues)


def _is_plan(folded: str, pos: int, floor: int) -> bool:
    """Whether a plan cue governs the period at ``pos``: close before it (``triển khai nhiệm vụ năm 2022``), or a
    cue of a plan the meeting sets out (meeting_cues ``plan_clause``) earlier in its clause, however long the plan's
    object (``phê duyệt kế hoạch triển khai thực hiện nhiệm vụ của Sở Nội vụ năm 2019``: no comma, semicolon or stop
    between); an estimate or a budget further off (``ước tính tổng dự toán chi … trong năm 2018``) reviews its year."""
    window = folded[max(floor, pos - PLAN_CUE_WINDOW) : pos]
    cut = max(window.rfind(";"), window.rfind("."))
    if _plan_cue_re().search(window[cut + 1 :]):
        return True
    clause = folded[max(floor, pos - TARGET_CLAUSE_WINDOW) : pos]
    cut = max(clause.rfind(c) for c in ",;.:")
    return bool(_plan_clause_cue_re().search(clause[cut + 1 :]))


@derived
def _plan_clause_cue_re() -> re.Pattern[str]:
    return words_re(resources().meeting_cues.get("plan_clause", ()))


@derived
def _target_cue_re() -> re.Pattern[str]:
    return words_re(resources().meeting_cues.get("target", ()))


def _is_target(folded: str, pos: int, floor: int) -> bool:
    """Whether a target (meeting_cues ``target``: phấn đấu, mục tiêu, chỉ tiêu) governs the period at ``pos``: it
    stands earlier in the period's clause (no comma, semicolon or stop between), however long the target's object.
    A target's year is planned for (a plan, costed as one), not reviewed: ``Tỉnh phấn đấu có thêm 9 - 10 xã đạt
    chuẩn nông thôn mới năm 2017`` heads a report of February 2017, not of 2018."""
    window = folded[max(floor, pos - TARGET_CLAUSE_WINDOW) : pos]
    cut = max(window.rfind(c) for c in ",;.:")
    return bool(_target_cue_re().search(window[cut + 1 :]))


@derived
def _horizon_cue_re() -> re.Pattern[str]:
    return words_re(resources().meeting_cues.get("horizon", ()))


def _is_horizon(folded: str, pos: int, floor: int) -> bool:
    window = folded[max(floor, pos - PLAN_CUE_WINDOW) : pos]
    cut = max(window.rfind(";"), window.rfind("."), window.rfind(","))
    return bool(_horizon_cue_re().search(window[cut + 1 :]))


@derived
def _compare_cue_re() -> re.Pattern[str]:
    return words_re(resources().meeting_cues.get("compare", ()))


def _is_compared(folded: str, pos: int, floor: int) -> bool:
    window = folded[max(floor, pos - PLAN_CUE_WINDOW) : pos]
    cut = max(window.rfind(";"), window.rfind("."), window.rfind(","))
    return bool(_compare_cue_re().search(window[cut + 1 :]))


def _after_bound(folded: str, pos: int, floor: int) -> bool:
    """Whether the period or date at ``pos`` follows a bound, a birth or a price word of
    meeting_cues ``not_period_before`` (``đến năm 2020``, ``trước ngày 31/3/2020``, ``từ cuối năm 2021``):
    a deadline, a starting point or a horizon, not the time of the report."""
    before = folded[max(floor, pos - 20) : pos].rstrip()
    if before.endswith(_not_a_period_before()):
        return True
    whole = _period_part_re().sub("", " " + before).rstrip()
    return whole != " " + before and whole.endswith(_part_bounds())


@derived
def _period_part_re() -> re.Pattern[str]:
    """Where in a period a bound points (meeting_cues ``period_part``: đến cuối năm 2021, từ đầu năm 2020),
    passed over before the bounds test; ``vào cuối tháng 12/2016`` names when something happened."""
    parts = alternation(resources().meeting_cues.get("period_part", ()))
    return re.compile(rf"\s(?:{parts})(?:\s+tháng)?$")


@derived
def _not_a_period_before() -> tuple[str, ...]:
    """Words after which a period is a birth year, a price base or a plan's horizon (meeting_cues
    ``not_period_before``)."""
    return tuple(resources().meeting_cues.get("not_period_before", ()))


@derived
def _part_bounds() -> tuple[str, ...]:
    """The bounds before a period's part that make it a deadline or a start (meeting_cues ``part_bound``)."""
    return tuple(resources().meeting_cues.get("part_bound", ()))


@derived
def _future_cue_re() -> re.Pattern[str]:
    return words_re(resources().meeting_cues.get("future_after", ()))


def _is_future(folded: str, end: int, limit: int) -> bool:
    """Whether the clause after a period ending at ``end`` says what will happen in it
    (``giai đoạn 2020-2021 mỗi năm sẽ cắt giảm``): a time ahead, not the report's."""
    window = folded[end : min(limit, end + PLAN_CUE_WINDOW)]
    cut = min((i for i in (window.find(c) for c in ",;.") if i >= 0), default=len(window))
    return bool(_future_cue_re().search(window[:cut]))


@derived
def _deadline_re() -> re.Pattern[str]:
    """A deadline cue (meeting_cues ``deadline``) ending the text searched, a day's prefix aside."""
    return re.compile(rf"(?<!\w)(?:{alternation(resources().meeting_cues.get('deadline', ()))})"
                      r"(?:\s+(?:thời gian|ngày))?\s*$")


def deadline(folded: str, pos: int, floor: int) -> bool:
    """Whether the day at ``pos`` is a deadline or a milestone (``hoàn thành vào ngày 30/4/2018``, ``mốc …``):
    a day the report looks ahead to, not its own."""
    return _deadline_re().search(folded, max(floor, pos - PLAN_CUE_WINDOW), pos) is not None


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def find_periods(text: str, folded: str, start: int = 0, end: int | None = None) -> list[Period]:
    """Return the reporting periods named in ``text[start:end]``, in text order."""
    end = len(text) if end is None else end
    periods: list[Period] = []
    taken: list[Span] = []
    for kind, rx in _PERIOD_PATTERNS:
        for m in rx.finditer(folded, start, end):
            span = Span(m.start(), m.end())
            if any(t.start < span.end and span.start < t.end for t in taken):
                continue
            if _after_bound(folded, m.start(), start):
                continue
            y = int(m["y"])
            if not MIN_YEAR <= y <= MAX_YEAR:
                continue
            ranges = _period_ranges(kind, m, y)
            if not ranges:
                continue
            taken.append(span)
            if _is_horizon(folded, m.start(), start):
                continue  # "phấn đấu đến năm 2020": a target, not the time of the report
            plan = _is_plan(folded, m.start(), start) or _is_target(folded, m.start(), start)
            periods.extend(Period(span, a, b, plan) for a, b in ranges)
    periods.sort(key=lambda p: p.span.start)
    return periods


@derived
def _opening_re() -> re.Pattern[str]:
    """The event that opens a term, then the term within its clause (no sentence or list break between)."""
    events = alternation(resources().meeting_cues.get("term_opening", ()))
    return re.compile(r"(?<!\w)(?:" + events + r")(?!\w)[^.;:!?\n]{0,160}?nhiệm\s+kỳ\s+"
                      r"(?P<y>\d{4})\s*-\s*(?P<y2>\d{4})(?!\d)")


@derived
def _not_opening_re() -> re.Pattern[str]:
    return words_re(resources().meeting_cues.get("term_recalled", ()))


def opening_periods(folded: str, start: int = 0, end: int | None = None) -> list[Period]:
    """The year each term opened by the event named in ``folded[start:end]`` (its congress, its first session).

    ``Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030`` is held in 2025 and ``Kỳ họp thứ nhất
    HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026`` in 2021; a congress recalled (``Nghị quyết Đại hội …``,
    ``chào mừng Đại hội …``) is another time's and gives nothing.
    """
    end = len(folded) if end is None else end
    out: list[Period] = []
    for m in _opening_re().finditer(folded, start, end):
        y, y2 = int(m["y"]), int(m["y2"])
        if not (MIN_YEAR <= y < y2 <= MAX_YEAR and y2 - y <= MAX_PHASE_YEARS):
            continue
        before = folded[max(start, m.start() - PLAN_CUE_WINDOW) : m.start()]
        cut = max(before.rfind(","), before.rfind("."), before.rfind(";"))
        if _not_opening_re().search(before[cut + 1 :]):
            continue
        out.append(Period(Span(m.start(), m.end()), dt.date(y, 1, 1), dt.date(y, 12, 31), opening=True))
    return out


def article_periods(text: str, folded: str, start: int = 0, end: int | None = None) -> list[Period]:
    """Every period and full date of ``text[start:end]`` as evidence of when it was written.

    A full date (``ngày 21-1-2017``) is a one-day period; a period that is compared
    against (``so với cùng kỳ năm 2016``) is replaced by the year after it, the report's.
    """
    end = len(text) if end is None else end
    out: list[Period] = []
    for p in find_periods(text, folded, start, end):
        if _is_future(folded, p.span.end, end):
            continue  # "năm 2020 sẽ …", far from the meeting: a time ahead of the report
        if _is_compared(folded, p.span.start, start):
            y = p.end.year + 1  # the report's year, at any time of it: costed as a plan
            out.append(Period(p.span, dt.date(y, 1, 1), dt.date(y, 12, 31), plan=True))
        else:
            out.append(p)
    for m in _PHASE.finditer(folded, start, end):
        if _is_future(folded, m.end(), end):
            continue
        y, y2 = int(m["y"]), int(m["y2"])
        # a term's phase (giai đoạn 2017 - 2020) a report names is mostly the one under way; a
        # longer one (2021-2030, a vision) is a horizon planned years ahead: no year from it
        if MIN_YEAR <= y < y2 <= MAX_YEAR and y2 - y <= MAX_PHASE_YEARS:
            out.append(Period(Span(m.start(), m.end()), dt.date(y, 1, 1), dt.date(y2, 12, 31), plan=True))
    for d in find_dates(text, folded, start, end):
        if _is_horizon(folded, d.span.start, start) or _is_future(folded, d.span.end, end) \
                or deadline(folded, d.span.start, start):
            continue  # "dự kiến ngày 31/3/2020 …", "đến 31/3/2020 sẽ có …": a day the report looks ahead to
        if d.year is not None and d.day is not None and d.month is not None:
            day = valid_day(d.year, d.month, d.day)
            if day is not None:
                out.append(Period(d.span, day, day))
    if not out:
        return out
    # the past an article recalls ("năm 2013, ngành nông nghiệp đã ký …") is not its year
    latest = max(p.start.year for p in out)
    out = [p for p in out if p.end.year >= latest - 1]
    out.sort(key=lambda p: p.span.start)
    return out


def _period_ranges(kind: str, m: re.Match[str], y: int) -> list[tuple[dt.date, dt.date]]:
    whole_year = (dt.date(y, 1, 1), dt.date(y, 12, 31))
    if kind in ("month", "month_and_year"):
        mo = int(m["m"])
        if not 1 <= mo <= 12:
            return []
        month = (dt.date(y, mo, 1), _month_end(y, mo))
        return [month, whole_year] if kind == "month_and_year" else [month]
    if kind == "months":
        n = int(m["n"])
        if not 1 <= n <= 12:
            return []
        if m["half"] == "cuối":
            return [(dt.date(y, 13 - n, 1), dt.date(y, 12, 31))]
        return [(dt.date(y, 1, 1), _month_end(y, n))]
    if kind == "quarter":
        q = _ROMAN.get(m["q"]) or int(m["q"])
        return [(dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q))]
    if kind == "school_year":
        y2 = int(m["y2"])
        return [(dt.date(y, 9, 1), dt.date(y2, 8, 31))] if y2 == y + 1 else []
    return [whole_year]


def _period_cost(period: Period, day: dt.date) -> float:
    """How unlikely a meeting on ``day`` is for ``period`` (0: fits best)."""
    if period.opening:
        if period.start <= day <= period.end:
            return 0
        return 2.0 * min(abs((period.start - day).days), abs((day - period.end).days)) + 30
    if period.plan:
        if day < period.start:
            return 0.5 * (period.start - day).days
        if day <= period.end:
            length = max(1, (period.end - period.start).days)
            return 30 * (day - period.start).days / length  # a plan is made before or early on
        return 2.0 * (day - period.end).days + 30
    if day < period.start:
        return 2.0 * (period.start - day).days  # a review seldom precedes its period
    if day <= period.end:
        length = max(1, (period.end - period.start).days)
        return 30 * (period.end - day).days / length  # a review is held late in its period
    return 0.5 * (day - period.end).days  # ... or soon after it


def year_from_periods(day: int, month: int, periods: list[Period]) -> int | None:
    """Return the year that best fits the periods (ties: reviewed before planned, then the plan of the earliest
    year, then the period named first). Plans of two years that fit a day alike (``dự kiến Chương trình … năm
    2018 và điều chỉnh Chương trình … năm 2017``, in May) are written in the earlier one: the later is the
    horizon the report plans for, not its time."""
    best: tuple[int, bool, int, int, int] | None = None
    years = sorted({y for p in periods
                    for y in (p.start.year - 1, p.start.year, p.end.year, p.end.year + 1)})
    for year in years:
        when = valid_day(year, month, day)
        if when is None:
            continue
        for i, p in enumerate(periods):
            key = (round(_period_cost(p, when)), p.plan, p.start.year if p.plan else 0, i, year)  # whole days
            if best is None or key < best:
                best = key
    return best[4] if best is not None and best[0] <= MAX_PERIOD_COST else None


def year_from_dateline(day: int, month: int, dateline: dt.date) -> int | None:
    """Return the year that puts day/month nearest before the dateline (reports follow events)."""
    best: tuple[int, int] | None = None
    for year in (dateline.year - 1, dateline.year, dateline.year + 1):
        when = valid_day(year, month, day)
        if when is None:
            continue
        gap = (dateline - when).days
        cost = gap if gap >= 0 else -4 * gap  # an announced meeting may lie a few days ahead
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best is not None else None


# A council's term (nhiệm kỳ 2021 - 2026) ends with the elections in the spring of its last year: an article that
# names it as running was written by the middle of that year.
TERM_END_MONTH = 6
_TERM = re.compile(r"nhiệm\s+kỳ\s+(?P<y>\d{4})\s*[-–]\s*(?P<y2>\d{4})(?!\d)")


def era_window(folded: str, since: dt.date, start: int = 0, end: int | None = None) -> tuple[dt.date, dt.date] | None:
    """When an undated article read in the register of ``since`` (the 2025 reform) was written: from
    ``since`` to the end of the shortest term it names that still runs then (``HĐND tỉnh khóa X,
    nhiệm kỳ 2021-2026``: 1 July 2025 to June 2026); None when it names no such term."""
    best: dt.date | None = None
    for m in _TERM.finditer(folded, start, len(folded) if end is None else end):
        y, y2 = int(m["y"]), int(m["y2"])
        if not (MIN_YEAR <= y < y2 <= MAX_YEAR and y2 - y <= MAX_PHASE_YEARS):
            continue
        last = _month_end(y2, TERM_END_MONTH)
        if last >= since and (best is None or last < best):
            best = last
    return (since, best) if best is not None else None


def year_in_window(day: int, month: int, window: tuple[dt.date, dt.date]) -> int | None:
    """The one year that puts day/month inside ``window``; None when none or several do."""
    years = [y for y in range(window[0].year, window[1].year + 1)
             if (when := valid_day(y, month, day)) is not None and window[0] <= when <= window[1]]
    return years[0] if len(years) == 1 else None


def resolve(mention: DateMention, *, dateline: dt.date | None = None,
            headline_periods: list[Period] | None = None,
            context_periods: list[Period] | None = None,
            article_periods: list[Period] | None = None,
            era: tuple[dt.date, dt.date] | None = None) -> ResolvedDate:
    """Settle the year of ``mention`` from the best source that supports one. The article's ``era``
    (:func:`era_window`) bounds the years its periods suggest, and gives the one year it leaves for
    the day when they suggest none or one outside it."""
    if mention.offset is not None:
        if dateline is None:
            return ResolvedDate(None)
        return ResolvedDate(dateline + dt.timedelta(days=mention.offset), "dateline")
    if mention.day is None or mention.month is None:
        return ResolvedDate(None)
    day, month = mention.day, mention.month
    year, source = mention.year, "text"
    if year is None and dateline is not None:
        year, source = year_from_dateline(day, month, dateline), "dateline"
    if year is None and headline_periods:
        year, source = year_from_periods(day, month, headline_periods), "headline"
    if year is None and context_periods:
        year, source = year_from_periods(day, month, context_periods), "context"
    if year is None and article_periods:
        year, source = year_from_periods(day, month, article_periods), "article"
    if era is not None and (year is None or source not in ("text", "dateline")):
        when = valid_day(year, month, day) if year is not None else None
        if when is None or not era[0] <= when <= era[1]:  # a period's year the article's era rules out
            year, source = year_in_window(day, month, era), "era"
    when = valid_day(year, month, day) if year is not None else None
    if when is None:
        return ResolvedDate(None, None, f"--{month:02d}-{day:02d}")
    end = valid_day(year, month, mention.end_day) if mention.end_day and year is not None else None
    return ResolvedDate(when, source, None, end)
