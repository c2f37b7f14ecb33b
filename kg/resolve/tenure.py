"""Tenure: when each person held each post, across articles, and which one-holder posts had two holders.

Every article that gives a person a post records a per-article membership (the graph's
``org:Membership`` with ``kg:observedOn``): a :class:`Sighting` here, once people are merged.
The sightings of one (person, post) make one :class:`Tenure` whose bounds are

* **stated** (``"stated"``) when an article elects or appoints (a start) or dismisses, relieves
  or retires (an end) the person: its date bounds the holding;
* **observed** (``"observed"``) otherwise: the first and the last date an article reports the
  holding (the person held it at least then, not "began" or "ended" then);
* **before** (``"before"``) when an article calls the post former (``nguyên Chủ tịch …``) after
  the last date the holding was reported: the holding ended before that article's date
  (an exclusive end).

A sighting whose year is a guess (``kg:yearGuessed``: an undated article's day given the year
its periods suggest) bounds only where the holding's own-year reports name that year, or, when
none does, most of its guesses agree (:func:`_bounding`): a report given a year it recalls
must not move a holding by years; an interval the articles' own time does not fix is left
open (no holder known) rather than named wrong.

A guessed year is a floor (the article reviews or recalls it, so it was written then or after):
a guess the holding's own years do not name is placed in the one own year after it, a day given
without a year in the holding's one year; an article
whose guess the own time of other articles reporting its holdings confirms dates its reports as
its own (:func:`tenures`).

On a tie of dates the stated bound wins (an appointment article also reports the holding).
A date at either end more than three years from every other report of the holding is taken for
a year read wrong and bounds nothing (:func:`_without_strays`). One interval per (person, post):
a stated end or a former post followed by a later report of
the holding does not end it (a re-appointment or a date read wrong; the later report wins).

A successor's stated start on a one-holder post ends the predecessor's interval before it
(:func:`succeed`). A :class:`Conflict` is two holders of a post one person holds at a time
(``kg/data/single_holder_roles.tsv``) whose intervals share a date, with the sightings
that place each of them there.

Everything is sorted: the result depends only on the set of sightings.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

STATED, OBSERVED, BEFORE = "stated", "observed", "before"
STRAY_DAYS = 3 * 365  # a dated report this far from every other of the same holding is a date read wrong
AGREEING_GUESSES = 2  # guessed years that must agree to bound a holding no own-year report dates
NEAR_DAYS = 31  # a day without a year this near a report of the holding's one year is of that year
EVIDENCE_PER_BOUND = 3  # the sightings a bound (or a conflict side) cites: the smallest, sorted


@dataclass(frozen=True)
class Sighting:
    """One article's membership of a person in a post (after people are merged)."""

    membership: str  # the per-article membership node
    person: str  # the resolved person node
    post: str
    date: str | None  # ISO date the article reports it on (kg:observedOn), None when undated
    start: bool = False  # the article elects or appoints the person to the post
    end: bool = False  # the article dismisses, relieves or retires the person
    former: bool = False  # the article calls the post former (nguyên …)
    guessed: bool = False  # the date's year is a guess from the periods the article names
    article: str = ""  # the article's graph the membership is in (its guessed year is the article's)
    day: str | None = None  # "--MM-DD" when the article gives the day but no year (date is then None)
    met: tuple[str, ...] = ()  # stated dates of the merged meetings the article reports (several reports)
    placed: bool = False  # its guessed year was moved to the holding's own year (:func:`_placed`): no event bounds


@dataclass(frozen=True)
class Bound:
    """One end of a tenure: its date, what fixed it, and the sightings that say so."""

    date: str
    kind: str  # STATED, OBSERVED or BEFORE
    sources: tuple[str, ...]  # membership nodes


@dataclass(frozen=True)
class Tenure:
    """One person's holding of one post, aggregating every article's membership."""

    person: str
    post: str
    begin: Bound | None
    end: Bound | None
    memberships: tuple[str, ...]  # every sighting's membership, sorted

    def covers(self, date: str) -> bool:
        """Whether ``date`` (ISO) falls inside the interval (an open side never covers)."""
        if self.begin is None or self.end is None or date < self.begin.date:
            return False
        return date < self.end.date if self.end.kind == BEFORE else date <= self.end.date


@dataclass(frozen=True)
class Conflict:
    """Two holders of a one-holder post on overlapping dates."""

    post: str
    first: Tenure
    second: Tenure
    since: str  # the first date both held it
    until: str  # the last date both held it (inclusive)
    evidence: tuple[tuple[str, ...], tuple[str, ...]]  # each side's sightings inside the overlap


def _bound(dated: list[tuple[str, int, str]], *, latest: bool, kinds: tuple[str, ...]) -> Bound | None:
    """The earliest (or latest) of (date, rank, membership) candidates; a lower rank wins a tie."""
    if not dated:
        return None
    pick = max(d for d, _r, _m in dated) if latest else min(d for d, _r, _m in dated)
    rank = min(r for d, r, _m in dated if d == pick)
    sources = sorted({m for d, r, m in dated if d == pick and r == rank})
    return Bound(pick, kinds[rank], tuple(sources[:EVIDENCE_PER_BOUND]))


def tenure_of(person: str, post: str, sightings: Iterable[Sighting]) -> Tenure:
    """The tenure of ``person`` in ``post`` from the sightings of that pair."""
    seen = sorted(sightings, key=lambda s: (s.membership, s.date or ""))
    dated = _bounding(seen)
    held = _without_strays([(d, s) for d, s in dated if not s.former])
    formers = [(d, s) for d, s in dated if s.former]
    last_held = max((d for d, _s in held), default="")
    begins = [(d, 0, s.membership) for d, s in held if s.start and not s.placed]
    begins += [(d, 1, s.membership) for d, s in held]
    ends = [(d, 0, s.membership) for d, s in held if s.end and not s.placed]
    ends += [(d, 1, s.membership) for d, s in formers if d > last_held]
    ends += [(d, 2, s.membership) for d, s in held]
    begin = _bound(begins, latest=False, kinds=(STATED, OBSERVED))
    end = _bound(ends, latest=True, kinds=(STATED, BEFORE, OBSERVED))
    return Tenure(person, post, begin, end, tuple(sorted({s.membership for s in seen})))


def _bounding(seen: list[Sighting]) -> list[tuple[str, Sighting]]:
    """The dated sightings that may bound the holding: every one whose year is the article's own
    (dateline, written), and a guessed year only where the holding's own-year reports name that
    year too, or, when none does, where most of its guessed reports (at least
    :data:`AGREEING_GUESSES`) agree on it. A report of May 2017 that recalls ``năm 2013`` and gets
    2013 for its day must not stretch a holding back four years (nor give a successor the post
    over its holder); a year nothing corroborates bounds nothing, the sighting stays aggregated.

    A guessed year is the latest one the article reviews or recalls (plans aside), so the report
    was written in it or after it: a guess the own years do not name is placed in the one own year
    after it (:func:`_placed`), as an observation only (``so với năm 2015`` in a report of May
    2017, whose holding is dated 2017 elsewhere, is observed on its day of 2017). A day an article
    gives without any year (``day``) is placed in the holding's year when it has only one and at
    least :data:`AGREEING_GUESSES` reports there (one report of 30/12/2016 does not make a report
    of 10/2 one of 2016), or one report there within :data:`NEAR_DAYS` of the day (reports of 13/5 and
    15/5 of one holding are of one time: the year that puts them a year apart is not theirs)."""
    own = {s.date[:4] for s in seen if s.date is not None and not s.guessed}
    guesses = Counter(s.date[:4] for s in seen if s.date is not None and s.guessed)
    if not own:
        total = sum(guesses.values())
        own = {y for y, n in guesses.items() if n >= AGREEING_GUESSES and 2 * n > total}
    year = next(iter(own)) if len(own) == 1 else ""
    in_year = [s.date for s in seen if s.date is not None and s.date[:4] == year and not s.former]
    out = []
    for s in seen:
        if s.date is None:
            if s.day is not None and not s.former and (placed := _in_year(year, s.day[2:])) is not None \
                    and (len(in_year) >= AGREEING_GUESSES or any(abs(_gap(d, placed)) <= NEAR_DAYS for d in in_year)):
                out.append((placed, replace(s, date=placed, guessed=True, day=None, placed=True)))
            continue
        if not s.guessed or s.date[:4] in own:
            out.append((s.date, s))
        elif (placed := _placed(s, own)) is not None:
            out.append((placed, replace(s, date=placed, placed=True)))
    return out


def _placed(s: Sighting, own: set[str]) -> str | None:
    """The day of the guessed sighting ``s`` in the one year of ``own`` after its guess, else None
    (none, or two: which one is a guess). A former post is not placed (it would end the holding
    on a guess), nor is a day the year has not (29 February)."""
    assert s.date is not None
    later = [y for y in own if y > s.date[:4]]
    return _in_year(later[0], s.date[5:]) if len(later) == 1 and not s.former else None


def _in_year(year: str, month_day: str) -> str | None:
    """``year-MM-DD`` (``month_day``: ``MM-DD``), or None when the year has no such day."""
    try:
        return dt.date(int(year), int(month_day[:2]), int(month_day[3:5])).isoformat()
    except ValueError:
        return None


def _without_strays(held: list[tuple[str, Sighting]]) -> list[tuple[str, Sighting]]:
    """``held`` without the dates at either end that lie more than :data:`STRAY_DAYS` from every
    other: one article's year read wrong (``ra quân năm 1983`` taken for the report's year) must
    not stretch a holding by decades. The sighting stays aggregated; it only bounds nothing."""
    days = sorted({d for d, _s in held})
    while len(days) >= 2 and _gap(days[0], days[1]) > STRAY_DAYS:
        days = days[1:]
    while len(days) >= 2 and _gap(days[-2], days[-1]) > STRAY_DAYS:
        days = days[:-1]
    return [(d, s) for d, s in held if days and days[0] <= d <= days[-1]]


def _gap(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def tenures(sightings: Iterable[Sighting], *, groups: Holdings | None = None) -> list[Tenure]:
    """One tenure per (person, post) with at least one dated sighting, sorted by post then person.

    An article whose guessed year the other reports of its holdings confirm (:func:`_confirmed`)
    dates its reports as its own: they bound as an article's own time does. ``groups``: the
    sightings' :func:`holdings`, when the caller has them already."""
    groups = holdings(sightings) if groups is None else groups
    out = [tenure_of(person, post, group) for (post, person), group in sorted(groups.items())]
    return [t for t in out if t.begin is not None or t.end is not None]


Holdings = Mapping[tuple[str, str], list[Sighting]]


def holdings(sightings: Iterable[Sighting]) -> dict[tuple[str, str], list[Sighting]]:
    """(post, person) -> its sightings, dated by the merged meetings they report (:func:`_met`) and with
    the guesses other reports confirm (:func:`_confirmed`) taken for the article's own time."""
    by_pair: dict[tuple[str, str], list[Sighting]] = defaultdict(list)
    for s in sightings:
        by_pair[(s.post, s.person)].append(s)
    by_pair = {pair: [_met(s) for s in group] for pair, group in by_pair.items()}
    confirmed = _confirmed(by_pair)
    out = {}
    for pair, group in by_pair.items():
        # a holding every report of which gives a day without a year gets no year from the others' (its
        # every date would be another holding's: a recall, or a title given the wrong name) unless two of
        # its articles are placed in one year (:func:`_corroborated`)
        some_year = any(s.date is not None for s in group) or _corroborated(group, confirmed)
        out[pair] = [_dated(s, confirmed[s.article]) if s.article in confirmed
                     and (s.guessed or (s.date is None and some_year)) else s for s in group]
    return out


def _corroborated(group: list[Sighting], confirmed: Mapping[str, str]) -> bool:
    """Whether the reports of a holding that give days without a year are placed by the articles'
    votes (:func:`_confirmed`) in one year, by at least :data:`AGREEING_GUESSES` articles: each
    article's other holdings place it there on their own, so the holding's days are of that year
    (a minister every report of whom writes ``Sáng 19/5`` and no year, in reports placed in 2017 by
    their other holdings). One such article is no evidence (a recall, a title given the wrong name)."""
    years: dict[str, set[str]] = defaultdict(set)
    for s in group:
        if s.date is None and s.day is not None and s.article in confirmed:
            years[confirmed[s.article]].add(s.article)
    return len(years) == 1 and len(next(iter(years.values()))) >= AGREEING_GUESSES


@dataclass(frozen=True)
class Handover:
    """One report that relieves ``person`` of ``post`` and gives it to another, both on ``date``."""

    post: str
    person: str  # the one relieved
    date: str  # the report's date (its own, or placed in the holdings' year)
    sources: tuple[str, ...]  # both memberships


def handovers(sightings: Iterable[Sighting], *, groups: Holdings | None = None) -> list[Handover]:
    """The reports that hand a post over: in one article, one person's holding ends (a dismissal,
    relief or retirement, not a former post) and one other person's begins or is held (``tân Bí thư
    … X``, ``X được bổ nhiệm …``), both dated the same day (the article's own, or placed in the
    holdings' one year as observations).

    Whatever that day's year, the report orders the two: the relieved held the post before the
    one who has it in the same report. It dates nothing the sightings do not: the successor is
    observed there anyway; :func:`succeed` ends the predecessor before that day on a one-holder
    post. A placed appointment alone is no stated start (it may recall one of its guessed year),
    and a placed relief alone ends nothing; together in one report they are a succession."""
    ends: dict[tuple[str, str], set[tuple[str, str, str]]] = defaultdict(set)
    holds: dict[tuple[str, str], set[tuple[str, str, str]]] = defaultdict(set)
    groups = holdings(sightings) if groups is None else groups
    for (post, _person), group in sorted(groups.items()):
        for d, s in _bounding(group):
            if s.article and not s.former:
                (ends if s.end else holds)[(post, s.article)].add((d, s.person, s.membership))
    out = []
    for (post, _article), relieved in sorted(ends.items()):
        if len({p for _d, p, _m in relieved}) != 1:
            continue
        (day, person, m_end), *_rest = sorted(relieved)
        after = {(d, p, m) for d, p, m in holds.get((post, _article), ()) if p != person}
        if len({(d, p) for d, p, _m in after}) == 1 and min(after)[0] == day and {d for d, _p, _m in relieved} == {day}:
            out.append(Handover(post, person, day, tuple(sorted({m_end, min(after)[2]}))))
    return out


def _met(s: Sighting) -> Sighting:
    """``s`` dated by the meeting its article reports, when its year is a guess or unknown and one
    merged meeting of that day and month (``met``) has a date a report states: the lead's day was
    that meeting's, whose year another article gives (``Sáng 23/5, Quốc hội …`` guessed 2018 from
    the plans it names, and a report of the same sitting dated 23/5/2017)."""
    if not s.met or not (s.guessed or (s.date is None and s.day is not None)):
        return s
    day = s.day[2:] if s.date is None and s.day is not None else (s.date or "")[5:]
    same = [d for d in s.met if d[5:] == day]
    return replace(s, date=same[0], guessed=False, day=None) if len(same) == 1 else s


def _confirmed(by_pair: Mapping[tuple[str, str], list[Sighting]]) -> dict[str, str]:
    """The articles whose year the own time of other articles gives: article -> that year.

    A holding that articles with their own time (a dateline, a year written) date in one year
    only votes for that year in every article with a guessed year, or a day without any year,
    that reports it. An article whose votes all name one year was written that year: when it is
    its guess (a report guessed 2017 that names a minister whom datelined reports give in 2017
    only, and a provincial secretary reported nowhere else: the secretary is observed on its day
    of 2017), when it is after its guess (a guessed year is a floor: a report of May 2017 that
    reviews 2016), and when the article gives its day only (``Tối 19/5`` and no year anywhere).
    Votes for two years, or none, or for a year before the guess, confirm nothing; agreeing
    guesses do not vote (reports of February 2017 reviewing 2016 agree on 2016). A year other than
    the guess needs one vote of a holding at least :data:`AGREEING_GUESSES` own reports date (one
    report of 30/12/2016 does not make a report of 10/2 one of 2016)."""
    votes: dict[str, set[str]] = defaultdict(set)
    firm: set[str] = set()  # the articles one holding of at least AGREEING_GUESSES own reports votes in
    guesses: dict[str, str] = {}
    for group in by_pair.values():
        own = Counter(s.date[:4] for s in group if s.date is not None and not s.guessed and not s.former)
        for s in group:
            undated = s.date is None and s.day is not None
            if s.article and (undated or (s.guessed and s.date is not None)):
                guesses[s.article] = "" if s.date is None else s.date[:4]  # one date per article (observed_on)
                if len(own) == 1:
                    votes[s.article] |= set(own)
                    if sum(own.values()) >= AGREEING_GUESSES:
                        firm.add(s.article)
    return {a: year for a, years in votes.items() if len(years) == 1 and (year := next(iter(years))) >= guesses[a]
            and (year == guesses[a] or a in firm)}


def _dated(s: Sighting, year: str) -> Sighting:
    """``s`` (a guessed date, or a day without a year) on its day of ``year``, as the article's own time;
    unchanged when that year has no such day (29 February). Only a guess the votes name is the
    article's own year for its events too: a year after the guess, or a day that had none, is
    placed (an appointment there may be one the article recalls, of its guessed year or another)."""
    month_day = s.day[2:] if s.date is None and s.day is not None else (s.date or "")[5:]
    placed = _in_year(year, month_day)
    moved = s.date is None or s.date[:4] != year
    if placed is None or (moved and s.former):  # a former post placed would end the holding on a guess
        return s
    return replace(s, date=placed, guessed=False, day=None, placed=moved)


def succeed(found: Iterable[Tenure], post_roles: Mapping[str, str], single: Mapping[str, str],
            handed: Iterable[Handover] = ()) -> list[Tenure]:
    """``found`` with each holder of a one-holder post ended by the next holder's stated start, or by
    a report that hands the post over (:func:`handovers`).

    When an article elects or appoints B to a post one person holds at a time, whoever held
    it since before then held it until then: an earlier holder's interval that reaches the
    successor's stated start ends before it (``before``, cited by the successor's sources).
    A report relieving A and giving B the post ends A's interval before its day the same way.
    A later report that still gives the earlier holder the post speaks of the past (a
    disciplinary decision names the post the offence was committed in); it stays aggregated.
    Sorted as given; the tenures of other posts are unchanged.
    """
    found = list(found)
    starts: dict[str, list[Bound]] = defaultdict(list)
    for t in found:
        if t.begin is not None and t.begin.kind == STATED and single.get(post_roles.get(t.post, "")):
            starts[t.post].append(t.begin)
    cuts: dict[tuple[str, str], list[Bound]] = defaultdict(list)
    for h in handed:
        if single.get(post_roles.get(h.post, "")):
            cuts[(h.post, h.person)].append(Bound(h.date, BEFORE, h.sources))
    out = []
    for t in found:
        if t.begin is None or t.end is None:
            out.append(t)
            continue
        begin, end = t.begin, t.end
        later = sorted([b for b in starts.get(t.post, ()) if b.date > begin.date and b.date <= end.date
                        and b.sources != begin.sources]
                       + [b for b in cuts.get((t.post, t.person), ()) if begin.date < b.date <= end.date],
                       key=lambda b: (b.date, b.sources))
        if later:
            t = Tenure(t.person, t.post, t.begin, Bound(later[0].date, BEFORE, later[0].sources), t.memberships)
        out.append(t)
    return out


def _last_day(t: Tenure) -> str | None:
    """The last date ``t`` covers as an ISO string, or None for an open end."""
    if t.end is None:
        return None
    if t.end.kind != BEFORE:
        return t.end.date
    return (dt.date.fromisoformat(t.end.date) - dt.timedelta(days=1)).isoformat()


def conflicts(found: Iterable[Tenure], post_roles: Mapping[str, str], single: Mapping[str, str],
              dates: Mapping[str, str | None]) -> list[Conflict]:
    """Two holders of a post in ``single`` (role -> why) whose intervals share a date.

    ``post_roles``: post -> its role; ``dates``: membership -> its date (for the evidence
    of each side inside the overlap). Sorted by post, then the two people.
    """
    by_post: dict[str, list[Tenure]] = defaultdict(list)
    for t in found:
        if single.get(post_roles.get(t.post, "")) and t.begin is not None and _last_day(t) is not None:
            by_post[t.post].append(t)
    out = []
    for post in sorted(by_post):
        spans = sorted((t.begin.date, _last_day(t) or "", t.person, t) for t in by_post[post] if t.begin)
        for i, (_a_first, a_last, _ap, a) in enumerate(spans):
            for b_first, b_last, _bp, b in spans[i + 1:]:
                if b_first > a_last:
                    break  # sorted by begin: no later holder overlaps a either
                since, until = b_first, min(a_last, b_last)
                if since > until:
                    continue
                first, second = sorted((a, b), key=lambda t: t.person)
                out.append(Conflict(post, first, second, since, until,
                                    (_inside(first, since, until, dates), _inside(second, since, until, dates))))
    return out


def _inside(t: Tenure, since: str, until: str, dates: Mapping[str, str | None]) -> tuple[str, ...]:
    """The sightings of ``t`` dated inside [since, until], else the bounds' (the smallest few)."""
    inside = [m for m in t.memberships if (d := dates.get(m)) is not None and since <= d <= until]
    if not inside:
        inside = [m for b in (t.begin, t.end) if b is not None for m in b.sources]
    return tuple(sorted(set(inside))[:EVIDENCE_PER_BOUND])
