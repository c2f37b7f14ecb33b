"""The day an article without a dateline reports on: the day its lead names.

A press report without a dateline (the bench corpus) still dates what it reports in its
lead: ``Sáng 15/3, …``, ``Ngày 7.2, …``, ``Chiều 23/6/2017, …``. The holdings it states
are observed on that day when nothing better dates them (the graph uses the dateline, else
the meeting's date, else this: :func:`kg.graph.writers.write_article`). The day is the first
one named with a prefix (``ngày``, ``sáng``, ``chiều`` …) in the headline or the first
:data:`LEAD_SENTENCES` sentences of the body, unless a horizon or deadline word stands just
before it (``đến ngày 30/6``, ``trước ngày …``: not a day that has come) or its clause says it is
a deadline or a milestone (``hoàn thành vào ngày 30/4/2018``, :func:`kg.extract.dates.deadline`) or its written
year is history the article recalls (:func:`_recalled`); its year is the
one written, else the latest year the headline's periods name, else the latest the article's
periods and full dates name, plans aside (:func:`_report_year`; :func:`kg.extract.dates.resolve`
says whether they support one).
A year no source supports is never invented: the day alone (``partial``, ``--MM-DD``), which
kg.resolve.tenure places only where the other reports of a holding, or of the article's other
holdings, give one year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kg.extract.contract import folded_of
from kg.extract.dates import Period, article_periods, deadline, find_dates, resolve, valid_day
from kg.extract.registry import register
from kg.lexicon.resources import resources
from kg.model import Annotations, Document, Evidence, Fact, Span

REPORTED_ON = "reported_on"
LEAD_SENTENCES = 3  # a lead is the headline and the first sentences of the body
HORIZON_WINDOW = 12  # characters before a day mention a horizon word may stand in


@dataclass(frozen=True)
class ReportedDay:
    """The day an undated article reports on (its lead's day, the year settled, or only the day)."""

    date: dt.date | None
    source: str | None  # what settled the year: "text" (written) or "article" (the article's periods)
    partial: str | None = None  # "--MM-DD" when nothing in the article supports a year (date is then None)


@register
class ReportedDayExtractor:
    """Yields ``doc_id REPORTED_ON ReportedDay`` for an article without a dateline whose lead names a day."""

    name = "reported/1"
    kinds = frozenset({REPORTED_ON})
    needs = frozenset({"sentences", "folded"})

    def __call__(self, doc: Document, ann: Annotations, prior: Sequence[Fact] = ()) -> Iterator[Fact]:
        if doc.date is not None or not ann.sentences:
            return
        folded = folded_of(ann)
        head = doc.headline
        lead = [s for s in ann.sentences if head is not None and s.start < head.end]
        lead += [s for s in ann.sentences if head is None or s.start >= head.end][:LEAD_SENTENCES]
        periods: list[Period] | None = None
        for sent in lead:
            for mention in find_dates(doc.text, folded, sent.start, sent.end):
                if not mention.prefixed or mention.day is None or _after_horizon(folded, mention.span.start) \
                        or deadline(folded, mention.span.start, sent.start):
                    continue
                if periods is None:
                    periods = article_periods(doc.text, folded, ann.sentences[0].start, ann.sentences[-1].end)
                got = resolve(mention, article_periods=periods)
                if got.source == "text" and _recalled(mention.year, periods):
                    continue  # "Ngày 20/5/1947, Bác Hồ …" in a report of the 70th anniversary: another time's day
                when = got.date
                if got.source == "article" and when is not None:
                    heads = [p for p in periods if head is not None and p.span.start < head.end]
                    year = _report_year(heads) or _report_year(periods)
                    if year is not None:  # else only plans: the year that fits them best (the earliest plan's)
                        when = valid_day(year, when.month, when.day)
                if when is not None and got.source is not None:
                    yield Fact(doc.doc_id, REPORTED_ON, ReportedDay(when, got.source),
                               Evidence(doc.doc_id, Span(sent.start, sent.end), self.name))
                elif got.date is None and got.partial is not None:  # no year anywhere: the day alone
                    yield Fact(doc.doc_id, REPORTED_ON, ReportedDay(None, None, got.partial),
                               Evidence(doc.doc_id, Span(sent.start, sent.end), self.name))
                return  # the lead's first day decides, dated or not


def _report_year(periods: list[Period]) -> int | None:
    """The latest year ``periods`` name, plans aside (the caller asks the headline's first); None when they
    name plans only (the caller keeps the year that fits the day best).

    A report is written at or after every year it reviews (``kết quả năm 2016``, ``cuối năm
    2016`` in a report of February 2017) and after every year of history it recalls (``ra quân
    năm 1983``); the headline names the report's own period when it names one (``họp phiên
    thường kỳ tháng 11/2021`` over the plans for 2022 the body names). Still a guess
    (``kg:yearGuessed``): kg.resolve.tenure checks it against the other reports of a holding.
    """
    years = [p.start.year for p in periods if not p.plan]
    return max(years) if years else None


def _recalled(year: int | None, periods: list[Period]) -> bool:
    """Whether a day written with ``year`` lies before the years the article names as its own time (the latest
    its periods and full dates name, and the one before, :func:`kg.extract.dates.article_periods`): a day of
    history the lead recalls (``Ngày 20/5/1947, …`` opening a report of its anniversary in 2017)."""
    return year is not None and any(p.start.year > year + 1 for p in periods if not p.plan)


def _after_horizon(folded: str, pos: int) -> bool:
    """Whether a horizon or deadline word (``đến``, ``trước``, ``hạn`` …) ends just before ``pos``."""
    before = folded[max(0, pos - HORIZON_WINDOW):pos].split()
    return any(w in before for w in resources().connectors["day_horizon"])
