"""Resolve: which articles' meeting nodes are one real meeting, deterministically and order-free.

Every article writes its own node for each meeting it reports. The graph layer reads, for
each, a :class:`MeetingObservation` (organizer, date and where its year came from, session
number, chair and attendee names, place, the article). Two reports are one meeting when

* they come from two articles (an article's own meetings were told apart by its reader);
* the organizer is the same body (one organization node);
* the dates agree: the same day, or — when either year is not stated but guessed from the
  context (or missing) — the same day and month; a report without a day is never merged;
* the session numbers agree when both give one (``kỳ họp thứ 4`` vs ``thứ 5``: two sessions);
* the places agree when both give one, and the parts of the day when both give one;
* the people overlap: a chair or attendee of one is a chair or attendee of the other, or
  one of them names nobody (a short report of the same day's session of the same body).

Links are taken strongest first (:func:`_strength`) and only while the meeting they make
stays consistent (:func:`_conflict`: one report per article, one stated year, one session
number, one place, one part of the day), so a report without a year never chains two
years' sessions together. The plan depends only on the set of observations.

The date of a merged meeting is the one its evidence supports best: a year written in the
text or taken from the dateline over one from the headline, over one guessed from the
context (:data:`DATE_SOURCE_RANK`), then the date most reports give, then the earliest.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.lexicon.normalize import fold
from kg.lexicon.patterns import alternation
from kg.lexicon.resources import derived, resources

# Where a meeting's year came from (kg.extract.dates.resolve) -> how far it is trusted.
# "text": the year is written; "dateline": the article's date; "headline": a period in the
# headline; "context"/"article": a period elsewhere in the article, a guess.
DATE_SOURCE_RANK = {"text": 3, "dateline": 3, "headline": 2, "context": 1, "article": 1}
TRUSTED_YEAR = 2  # a rank from which the year is the report's statement, not a guess
EVIDENCE_PER_RECORD = 3  # the evidence nodes a merge record cites (the smallest, sorted)

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


@dataclass(frozen=True)
class MeetingObservation:
    """One article's report of one meeting (read by the graph layer from the article's graph)."""

    node: str  # the article's meeting node (``…/meeting/<doc>/<key>``)
    article: str  # the article node
    organizer: str = ""  # the organizer's node, "" when none is stated
    date: str = ""  # ISO date, "" when the year (or the day) is unknown
    date_source: str = ""  # where the year came from (DATE_SOURCE_RANK), "" when none
    partial_date: str = ""  # "--MM-DD" when only day and month are known
    ordinal: int = 0  # the session number its evidence states, 0 when none
    part_of_day: str = ""
    place: str = ""  # the meeting's place node, "" when none is stated
    chairs: frozenset[str] = frozenset()  # clean names
    attendees: frozenset[str] = frozenset()
    evidence: tuple[str, ...] = ()  # the meeting's evidence nodes

    @property
    def day_month(self) -> str:
        """``MM-DD`` of the meeting, "" when no day is known."""
        if self.date:
            return self.date[5:10]
        return self.partial_date[2:] if self.partial_date.startswith("--") else ""

    @property
    def trusted_year(self) -> str:
        """The year the report states (not guesses), "" when none."""
        return self.date[:4] if self.date and DATE_SOURCE_RANK.get(self.date_source, 0) >= TRUSTED_YEAR else ""

    @property
    def people(self) -> frozenset[str]:
        return self.chairs | self.attendees


@dataclass(frozen=True)
class MeetingMember:
    """An article's meeting node inside a merged meeting, and why it belongs there."""

    node: str
    rule: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Meeting:
    """A meeting reported by several articles: its members, and the date its evidence supports best."""

    key: str  # identity key (the sorted member nodes); the graph layer derives the IRI
    date: str  # ISO date, "" when no member knows the year
    members: tuple[MeetingMember, ...]


@dataclass(frozen=True)
class MeetingPlan:
    meetings: tuple[Meeting, ...] = field(default_factory=tuple)  # only the merged ones (2+ members)

    def by_node(self) -> dict[str, Meeting]:
        """An article's meeting node -> the merged meeting it belongs to."""
        return {m.node: meeting for meeting in self.meetings for m in meeting.members}


@derived
def _ordinal_re() -> re.Pattern[str]:
    cues = alternation(resources().meeting_cues.get("session_ordinal", ()))
    words = alternation(resources().ordinals)
    return re.compile(rf"(?<!\w)(?:{cues})\s+(\d+|[ivxl]+|{words})(?!\w)")


def session_ordinal(sentence: str) -> int:
    """The session number a sentence states (``kỳ họp thứ 4``, ``lần thứ IV``, ``thứ tư``), 0 when none."""
    m = _ordinal_re().search(fold(sentence))
    if m is None:
        return 0
    token = m.group(1)
    if token.isdigit():
        return int(token)
    if token in resources().ordinals:
        return resources().ordinals[token]
    total = 0
    for i, ch in enumerate(token):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(token) and _ROMAN[token[i + 1]] > value else value
    return total


def _compatible(a: MeetingObservation, b: MeetingObservation) -> bool:
    """Whether two reports (of one organizer and day/month) may be one meeting."""
    if a.article == b.article:
        return False
    if a.trusted_year and b.trusted_year and a.date != b.date:
        return False
    if a.ordinal and b.ordinal and a.ordinal != b.ordinal:
        return False
    if a.place and b.place and a.place != b.place:
        return False
    if a.part_of_day and b.part_of_day and a.part_of_day != b.part_of_day:
        return False
    return not (a.people and b.people and not a.people & b.people)


def _strength(a: MeetingObservation, b: MeetingObservation) -> tuple[int, ...]:
    """How strongly two compatible reports say one meeting (bigger first)."""
    same_year = int(bool(a.date) and a.date == b.date)
    return (len(a.chairs & b.chairs), len(a.people & b.people), same_year,
            int(bool(a.ordinal) and a.ordinal == b.ordinal), int(bool(a.place) and a.place == b.place))


def _rule(a: MeetingObservation, b: MeetingObservation) -> str:
    """The name of the evidence that joined two reports (the merge record's rule)."""
    date = "same-date" if a.date and a.date == b.date else "same-day-month"
    people = "same-chair" if a.chairs & b.chairs else "shared-attendee" if a.people & b.people else "one-unnamed"
    return f"meeting:{date}:{people}"


class _Cluster:
    def __init__(self, obs: MeetingObservation) -> None:
        self.members = [obs]
        self.articles = {obs.article}
        self.years = {obs.trusted_year} - {""}
        self.ordinals = {obs.ordinal} - {0}
        self.places = {obs.place} - {""}
        self.parts = {obs.part_of_day} - {""}

    def conflicts(self, other: _Cluster) -> bool:
        return bool(self.articles & other.articles) or any(
            len(mine | theirs) > 1 for mine, theirs in ((self.years, other.years), (self.ordinals, other.ordinals),
                                                         (self.places, other.places), (self.parts, other.parts)))

    def absorb(self, other: _Cluster) -> None:
        self.members += other.members
        self.articles |= other.articles
        self.years |= other.years
        self.ordinals |= other.ordinals
        self.places |= other.places
        self.parts |= other.parts


def meeting_plan(observations: Iterable[MeetingObservation]) -> MeetingPlan:
    """Group the articles' meeting reports into meetings; see the module docstring."""
    blocks: dict[tuple[str, str], list[MeetingObservation]] = defaultdict(list)
    for o in sorted(set(observations), key=lambda o: o.node):
        if o.organizer and o.day_month:
            blocks[(o.organizer, o.day_month)].append(o)
    meetings = []
    for _key, block in sorted(blocks.items()):
        if len({o.article for o in block}) > 1:
            meetings += _merge_block(block)
    return MeetingPlan(tuple(sorted(meetings, key=lambda m: m.key)))


def _merge_block(block: list[MeetingObservation]) -> list[Meeting]:
    links = []
    for i, a in enumerate(block):
        for b in block[i + 1 :]:
            if _compatible(a, b):
                links.append((tuple(-s for s in _strength(a, b)), a.node, b.node, a, b))
    links.sort(key=lambda link: link[:3])
    cluster_of = {o.node: _Cluster(o) for o in block}
    rules: dict[str, str] = {}
    for _s, _n, _m, a, b in links:
        ca, cb = cluster_of[a.node], cluster_of[b.node]
        if ca is cb or ca.conflicts(cb):
            continue
        rule = _rule(a, b)
        rules.setdefault(a.node, rule)
        rules.setdefault(b.node, rule)
        ca.absorb(cb)
        for o in cb.members:
            cluster_of[o.node] = ca
    out = []
    for cluster in {id(c): c for c in cluster_of.values()}.values():
        if len(cluster.members) < 2:
            continue
        members = sorted(cluster.members, key=lambda o: o.node)
        out.append(Meeting("|".join(o.node for o in members), best_date(members),
                           tuple(MeetingMember(o.node, rules[o.node], tuple(sorted(o.evidence))[:EVIDENCE_PER_RECORD])
                                 for o in members)))
    return out


def best_date(members: Iterable[MeetingObservation]) -> str:
    """The date the reports support best: trusted source, then most reports, then earliest; "" if none."""
    rank: dict[str, int] = {}
    count: Counter[str] = Counter()
    for o in members:
        if o.date:
            rank[o.date] = max(rank.get(o.date, 0), DATE_SOURCE_RANK.get(o.date_source, 0))
            count[o.date] += 1
    if not count:
        return ""
    return min(count, key=lambda d: (-rank[d], -count[d], d))
