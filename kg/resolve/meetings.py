"""Resolve: which articles' meeting nodes are one real meeting, deterministically and order-free.

Every article writes its own node for each meeting it reports. The graph layer reads, for
each, a :class:`MeetingObservation` (organizer, date and where its year came from, session
number, chair and attendee names, part of the day, and the words of its headline and
evidence sentence). On the bench corpus most reports name no organizer and no official
(``Tại cuộc họp giao ban sáng 6/2, …``): what they share is the day and the words that
describe the event, so two reports are one meeting when

* they come from two articles (an article's own meetings were told apart by its reader);
* the dates agree: the same day and month, and the same year when both state it (a year
  guessed from the context, ``DATE_SOURCE_RANK`` below 2, is no statement). Two dates a few
  days apart agree only inside one numbered session (``Kỳ họp lần thứ 39`` on 7/2 and 8/2,
  :data:`SESSION_DAYS`) or a span of days a report states (``từ ngày 15 đến 17/5``) of one organizer or
  chair (one organizer's session is not held to :data:`MEAN_LIKENESS`), or told in the same rare words
  (:data:`SESSION_LIKENESS`: the closing day's report often names no body); so do two days of
  an event a report says runs over several days (``bế mạc``, ``sau ba ngày``: ``multi_day``
  cues), told in the same rare words, without a number. A number in the
  phrase after ``trong khuôn khổ`` / ``bên lề`` is the host event's, not a side meeting's;
* nothing tells them apart: two organizers (not one body under two names, :func:`same_organizer`:
  ``Quốc hội`` and ``Quốc hội khóa XIV``, ``Tỉnh ủy X`` and ``Ban Chấp hành Đảng bộ tỉnh X``, ``Phòng GD``
  and ``Phòng Giáo dục và Đào tạo``; nor two bodies of a working session when one report names the other's
  organizer, :func:`_organizers_apart`), two disjoint sets of officials, two session
  numbers, a morning and an afternoon of one day (``exclusive_part`` in
  ``kg/data/meeting_cues.tsv``; not when one report tells the event's closing, ``bế mạc``, nor inside a
  span of days a report of the meeting states, :func:`_consistent`);
* they describe one event: the rare word pairs they share weigh at least :data:`SAME_EVENT`
  of the lighter report's (:mod:`kg.resolve.topics`), a shared organizer or official adding
  :data:`SHARED_BONUS`.

Links are taken strongest first and only while the meeting they make stays consistent (one
report per article, one stated year, one session number, one part of the day) and its
reports read alike on average (:data:`MEAN_LIKENESS`): a chain of loosely similar reports
never joins two events. A lone report joining a meeting of many is held to the mean of its
:data:`TOP_K` closest members (a terse report tells one part of a briefing of dozens). A
report without a day then joins the meeting it reads most like, when that likeness reaches
:data:`UNDATED_EVENT` with a member it does not contradict and it agrees with the whole
meeting on article, year, number and part of the day (one member that names another
organizer does not keep it out). The plan depends only on the set of
observations: the weights come from all of them, ties break on node IRIs.

The date of a merged meeting is the one its evidence supports best: a year written in the
text or taken from the dateline over one from the headline, over one guessed from the
context (:data:`DATE_SOURCE_RANK`), then the date most reports give, then the earliest.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from kg.lexicon.normalize import ascii_key, fold
from kg.lexicon.patterns import alternation
from kg.lexicon.resources import derived, resources
from kg.resolve.topics import Likeness

# Where a meeting's year came from (kg.extract.dates.resolve) -> how far it is trusted.
DATE_SOURCE_RANK = {"text": 3, "dateline": 3, "headline": 2, "era": 2, "context": 1, "article": 1}
TRUSTED_YEAR = 2  # a rank from which the year is the report's statement, not a guess
EVIDENCE_PER_RECORD = 3  # the evidence nodes a merge record cites (the smallest, sorted)
SAME_EVENT = 0.18  # likeness from which two compatible reports are linked (benchmarks/meetings)
SHARED_BONUS = 0.1  # added to the likeness for a shared organizer, and for a shared official
MEAN_LIKENESS = 0.12  # the least mean likeness between the reports of two meetings that merge
UNDATED_EVENT = 0.25  # likeness from which a report without a day joins a meeting
TOP_K = 3  # a lone report joining a meeting of more reports is compared with its closest TOP_K
SESSION_DAYS = 7  # the days one numbered session (or an event said to run several days) may span
SESSION_LIKENESS = 0.4  # likeness from which two days of one numbered session are one meeting without a shared body
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
    multi_day: bool = False  # its evidence says the event runs over several days (bế mạc, ngày làm việc thứ hai)
    last_day: str = ""  # ``MM-DD`` of the last day of a span its date states (từ ngày 15 đến 17/5), "" when none
    part_of_day: str = ""
    chairs: frozenset[str] = frozenset()  # clean names
    attendees: frozenset[str] = frozenset()
    evidence: tuple[str, ...] = ()  # the meeting's evidence nodes
    words: frozenset[str] = frozenset()  # word pairs of its headline and evidence (topics.word_pairs)

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
    stated: bool = False  # a member states the date's year (DATE_SOURCE_RANK >= TRUSTED_YEAR): no guess


@dataclass(frozen=True)
class MeetingPlan:
    meetings: tuple[Meeting, ...] = field(default_factory=tuple)  # only the merged ones (2+ members)

    def by_node(self) -> dict[str, Meeting]:
        """An article's meeting node -> the merged meeting it belongs to."""
        return {m.node: meeting for meeting in self.meetings for m in meeting.members}


@derived
def _aliases() -> tuple[tuple[str, str], ...]:
    return tuple((_words(a), _words(b)) for a, b in resources().organizer_aliases)


def _words(name: str) -> str:
    """A name as ASCII words joined by ``-``, as an IRI's slug writes it (``Tỉnh ủy`` -> ``tinh-uy``)."""
    return "-".join(w for w in (ascii_key(w) for w in name.split()) if w)


_HASH = re.compile(r"-[0-9a-f]{8}$")


def organizer_name(organizer: str) -> str:
    """The name an organizer's IRI spells (its slug without the hash), its alias replaced (organizer_aliases.tsv).

    ``…/org/ban-chap-hanh-dang-bo-tinh-yen-bai-5b81b398`` -> ``tinh-uy-yen-bai``.
    """
    name = _HASH.sub("", organizer.strip("<>").rsplit("/", 1)[-1])
    for alias, canonical in _aliases():
        if name == alias or name.startswith(alias + "-"):
            return canonical + name[len(alias):]
    return name


def same_organizer(a: str, b: str) -> bool:
    """Two organizers that may be one body: one's name is the other's or begins it, word by word.

    ``Quốc hội`` and ``Quốc hội khóa XIV``, ``Ủy ban Thường vụ Quốc hội`` and its name with the term, one
    name under two keys (``Ban Kinh tế Trung ương``), ``Tỉnh ủy X`` and ``Ban Chấp hành Đảng bộ tỉnh X``;
    never ``UBND quận 1`` and ``UBND quận 10``. A slug cut at :data:`SLUG_LIMIT` may end inside a word
    (``…-quan-hai-ba-tr``): it begins the other name letter by letter.
    """
    if not a or not b:
        return False
    if a == b:
        return True
    (x, x_cut), (y, _) = sorted(((organizer_name(a), _cut(a)), (organizer_name(b), _cut(b))), key=lambda n: len(n[0]))
    return x == y or y.startswith(x + "-") or (x_cut and y.startswith(x))


SLUG_LIMIT = 40  # the length at which an IRI's slug is cut (kg.graph.iris.slug), maybe inside a word


def _cut(organizer: str) -> bool:
    """Whether an organizer's slug was cut at :data:`SLUG_LIMIT` (its last word may be a word's beginning)."""
    return len(_HASH.sub("", organizer.strip("<>").rsplit("/", 1)[-1])) >= SLUG_LIMIT


@derived
def _ordinal_re() -> re.Pattern[str]:
    cues = alternation(resources().meeting_cues.get("session_ordinal", ()))
    numbered = alternation(resources().meeting_cues.get("session_number", ()))
    words = alternation(resources().ordinals)
    return re.compile(rf"(?<!\w)(?:(?:{cues})\s+(\d{{1,3}}|[ivxl]+|{words})|(?:{numbered})\s+(\d{{1,2}}))(?!\w)")


@derived
def _host_re() -> re.Pattern[str]:
    cues = alternation([c for kind in ("host_event", "other_event") for c in resources().meeting_cues.get(kind, ())])
    return re.compile(rf"(?<!\w)(?:{cues})(?!\w)[^,;.:]*$")


@derived
def _multi_day_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(resources().meeting_cues.get('multi_day', ()))})(?!\w)")


def multi_day(sentence: str) -> bool:
    """Whether a sentence says its event runs over several days (``multi_day`` cues: ``bế mạc``, ``sau hai ngày``)."""
    return _multi_day_re().search(fold(sentence)) is not None


def session_ordinal(sentence: str) -> int:
    """The session number a sentence states (``kỳ họp thứ 4``, ``lần thứ IV``, ``thứ tư``, ``Hội nghị Trung ương 5``),
    0 when none.

    A number in the phrase after ``trong khuôn khổ`` or ``bên lề`` (``host_event``) is its host event's, and
    one after ``chuẩn bị``, ``gửi đến``, ``tiếp theo`` (``other_event``) the number of another meeting (one ahead
    that the session readies, one before it that it follows).
    """
    text = fold(sentence)
    m = next((m for m in _ordinal_re().finditer(text) if not _host_re().search(text, 0, m.start())), None)
    if m is None:
        return 0
    token = m.group(1) or m.group(2)
    if token.isdigit():
        return int(token)
    if token in resources().ordinals:
        return resources().ordinals[token]
    total = 0
    for i, ch in enumerate(token):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(token) and _ROMAN[token[i + 1]] > value else value
    return total


def _exclusive(a: MeetingObservation, b: MeetingObservation) -> bool:
    """A morning and an afternoon (or evening) of one day, unless one report says its event runs on
    (``multi_day``: ``bế mạc``, ``khép lại``: the afternoon's closing of the event opened in the morning)."""
    parts = resources().meeting_cues.get("exclusive_part", ())
    return (a.day_month == b.day_month and a.part_of_day in parts and b.part_of_day in parts
            and a.part_of_day != b.part_of_day and not (a.multi_day or b.multi_day))


def _apart(a: MeetingObservation, b: MeetingObservation) -> bool:
    """Whether something the two reports state tells their meetings apart."""
    return (a.article == b.article
            or bool(a.trusted_year and b.trusted_year and a.trusted_year != b.trusted_year)
            or bool(a.ordinal and b.ordinal and a.ordinal != b.ordinal)
            or _exclusive(a, b)
            or bool(a.people and b.people and not a.people & b.people)
            or _organizers_apart(a, b))


def _organizers_apart(a: MeetingObservation, b: MeetingObservation) -> bool:
    """Two organizers that are not one body (:func:`same_organizer`), unless one report names the other's
    organizer in its own words: a working session of two bodies is told as held by either (``Bí thư Thành ủy
    làm việc với Quận ủy quận 2``: one report gives it to the Thành ủy, another to the Quận ủy)."""
    if not (a.organizer and b.organizer) or same_organizer(a.organizer, b.organizer):
        return False
    return not (_names_body(a.words, b.organizer) or _names_body(b.words, a.organizer))


def _names_body(words: frozenset[str], organizer: str) -> bool:
    """Whether word pairs (:func:`kg.resolve.topics.word_pairs`) hold an organizer's whole name (its IRI's slug)."""
    pairs = _name_pairs(organizer)
    if not pairs:
        return False
    held = _ascii_pairs(words)
    return all(p in held for p in pairs)


@functools.lru_cache(maxsize=65536)
def _name_pairs(organizer: str) -> tuple[str, ...]:
    name = _HASH.sub("", organizer.strip("<>").rsplit("/", 1)[-1]).split("-")
    return tuple(f"{x} {y}" for x, y in zip(name, name[1:], strict=False))


@functools.lru_cache(maxsize=65536)
def _ascii_pairs(words: frozenset[str]) -> frozenset[str]:
    return frozenset(" ".join(ascii_key(w) for w in pair.split()) for pair in words)


def _day(day_month: str) -> int:
    month, day = int(day_month[:2]), int(day_month[3:])
    return dt.date(2000, month, day).toordinal()  # a leap year: 29/2 is a day


def _one_session(a: MeetingObservation, b: MeetingObservation, likeness: float) -> bool:
    """Two days of one numbered session (of one organizer or chair, or told in the same rare words), of a span
    of days one report states (of one organizer or chair), or of an event one report says runs over several
    days (told in the same rare words)."""
    if abs(_day(a.day_month) - _day(b.day_month)) > SESSION_DAYS:
        return False
    if (a.ordinal and a.ordinal == b.ordinal or _spans(a, b)) \
            and (same_organizer(a.organizer, b.organizer) or a.people & b.people):
        return True
    return likeness >= SESSION_LIKENESS


def _spans(a: MeetingObservation, b: MeetingObservation) -> bool:
    """Whether one report states a span of days (``từ ngày 15 đến 17/5``) the other's day falls in."""
    for x, y in ((a, b), (b, a)):
        if x.last_day and _day(x.day_month) < _day(y.day_month) <= _day(x.last_day):
            return True
    return False


def _one_body_session(a: MeetingObservation, b: MeetingObservation) -> bool:
    """Two days of one session a body holds: the same number or a span one report states, and one organizer
    both name. What the days discuss differs (the opening's reports and a later day's debate share few
    words), so their meetings are not held to :data:`MEAN_LIKENESS`: the body and the number say it is one."""
    return bool(a.organizer and b.organizer and same_organizer(a.organizer, b.organizer)
                and a.day_month != b.day_month and (a.ordinal and a.ordinal == b.ordinal or _spans(a, b)))


class _Planner:
    def __init__(self, reports: list[MeetingObservation]) -> None:
        self.reports = reports
        self.likeness = Likeness([o.words for o in reports])
        self.index = {o.node: i for i, o in enumerate(reports)}
        self.said: dict[MeetingObservation, int] = {}  # what a report states (no node, article, evidence) -> id

    def like(self, a: MeetingObservation, b: MeetingObservation, *, bonus: bool = True) -> float:
        score = self.likeness.of(self.index[a.node], self.index[b.node])
        if bonus:
            score += SHARED_BONUS * (same_organizer(a.organizer, b.organizer) + bool(a.people & b.people))
        return score

    def links(self, dated: list[MeetingObservation]) -> list[tuple[float, str, str, str]]:
        """(−score, node, node, rule) of every pair of reports that may be one meeting, strongest first."""
        by_day: dict[str, list[MeetingObservation]] = defaultdict(list)
        by_session: dict[int, list[MeetingObservation]] = defaultdict(list)
        for o in dated:
            by_day[o.day_month].append(o)
            if o.ordinal:
                by_session[o.ordinal].append(o)
        out = []
        pairs = [(a, b) for group in by_day.values() for i, a in enumerate(group) for b in group[i + 1 :]]
        sessions = [(a, b) for group in by_session.values() for i, a in enumerate(group) for b in group[i + 1 :]
                    if a.day_month != b.day_month]
        sessions += [(a, b) for a in dated if a.multi_day for b in self.near_days(a)
                     if not (a.ordinal and a.ordinal == b.ordinal) and (not b.multi_day or a.node < b.node)]
        sessions += [(a, b) for a in dated if a.last_day for day in _days_after(a.day_month, a.last_day)
                     for b in by_day.get(day, ()) if not (a.ordinal and a.ordinal == b.ordinal)]
        # Whether two reports link depends on what they state, not on which articles they are (but for
        # being one article): reports that state the same are weighed once per pair of such statements,
        # so a block of many copies of a few reports costs a lookup per pair, not a comparison.
        said = {o.node: self.said.setdefault(replace(o, node="", article="", evidence=()), len(self.said))
                for o in dated}
        decided: dict[tuple[int, int], tuple[float, str] | None] = {}
        for a, b in pairs + sessions:
            if a.article == b.article:
                continue
            key = (said[a.node], said[b.node])
            if key not in decided:
                decided[key] = self.link(a, b)
            link = decided[key]
            if link is not None:
                out.append((-link[0], a.node, b.node, link[1]))
        return sorted(out)

    def link(self, a: MeetingObservation, b: MeetingObservation) -> tuple[float, str] | None:
        """The score and rule of a link between two reports of two articles, None when they are not linked."""
        if _apart(a, b):
            return None
        score = self.like(a, b)
        if score >= SAME_EVENT and (a.day_month == b.day_month or _one_session(a, b, self.like(a, b, bonus=False))):
            return score, _rule(a, b)
        return None

    def near_days(self, a: MeetingObservation) -> list[MeetingObservation]:
        """The dated reports of other days within SESSION_DAYS of ``a`` that share one of its rarest pairs."""
        out = []
        for k in self.likeness.neighbours(self.index[a.node]):
            b = self.reports[k]
            gap = abs(_day(a.day_month) - _day(b.day_month)) if b.day_month else 0
            if b.day_month and b.day_month != a.day_month and gap <= SESSION_DAYS:
                out.append(b)
        return out

    def mean_likeness(self, one: list[MeetingObservation], other: list[MeetingObservation]) -> float:
        if min(len(one), len(other)) == 1 and max(len(one), len(other)) > TOP_K:
            single, many = (one, other) if len(one) == 1 else (other, one)
            best = sorted((self.like(single[0], b) for b in many), reverse=True)[:TOP_K]
            return sum(best) / TOP_K
        return sum(self.like(a, b) for a in one for b in other) / (len(one) * len(other))


def _days_after(first: str, last: str) -> list[str]:
    """``MM-DD`` of each day after ``first`` up to ``last`` (at most :data:`SESSION_DAYS`)."""
    start, end = _day(first), _day(last)
    days = [dt.date.fromordinal(d) for d in range(start + 1, min(end, start + SESSION_DAYS) + 1)]
    return [f"{d.month:02d}-{d.day:02d}" for d in days]


def _consistent(one: list[MeetingObservation], other: list[MeetingObservation], *, alike: bool = False) -> bool:
    """Whether two meetings' reports may be one meeting (one article each, one year, number, part of day).

    A morning and an afternoon of one day are two meetings, but for an event that runs over the days of a span
    one of its reports states (:func:`_span_days`) when the link joining them is told in the same words
    (``alike``): the days of a session of 15-17/5 have mornings and afternoons; a side meeting the same
    ministry holds on the afternoon of a day of the span, joined by the body and its minister alone, stays
    apart."""
    days = _span_days(one + other) if alike else set()
    for a in one:
        for b in other:
            if (a.article == b.article or (a.trusted_year and b.trusted_year and a.trusted_year != b.trusted_year)
                    or (a.ordinal and b.ordinal and a.ordinal != b.ordinal)
                    or (_exclusive(a, b) and a.day_month not in days)):
                return False
    return True


def _span_days(members: list[MeetingObservation]) -> set[str]:
    """``MM-DD`` of the days of the spans its reports state (``từ ngày 15 đến 17/5``): a meeting of these reports
    runs over them."""
    days = set()
    for o in members:
        if o.last_day:
            days.update([o.day_month, *_days_after(o.day_month, o.last_day)])
    return days


def _rule(a: MeetingObservation, b: MeetingObservation) -> str:
    """The name of the evidence that joined two reports (the merge record's rule)."""
    if a.day_month != b.day_month:
        date = "same-session"
    else:
        date = "same-date" if a.date and a.date == b.date else "same-day-month"
    shared = ("same-chair" if a.chairs & b.chairs else "shared-official" if a.people & b.people
              else "same-organizer" if same_organizer(a.organizer, b.organizer) else "same-words")
    return f"meeting:{date}:{shared}"


def meeting_plan(observations: Iterable[MeetingObservation]) -> MeetingPlan:
    """Group the articles' meeting reports into meetings; see the module docstring."""
    reports = sorted(set(observations), key=lambda o: o.node)
    planner = _Planner(reports)
    dated = [o for o in reports if o.day_month]
    cluster = {o.node: [o] for o in dated}
    # A cluster only grows at its end and its first report never moves, so (first node, size) names
    # its members: a pair of clusters refused once is refused again until one grows (the links
    # between two groups of k like reports would try it k² times, each costing k² likenesses).
    refused: set[tuple[str, int, str, int, bool, bool]] = set()
    rules: dict[str, str] = {}
    for _score, x, y, rule in planner.links(dated):
        one, other = cluster[x], cluster[y]
        if one is other:
            continue
        a, b = planner.reports[planner.index[x]], planner.reports[planner.index[y]]
        # two days of one body's session are weighed apart from other links between the same meetings, and so
        # is a link told in the same words (which may join a morning and an afternoon of a stated span)
        bound, alike = _one_body_session(a, b), planner.like(a, b, bonus=False) >= SAME_EVENT
        state = (one[0].node, len(one), other[0].node, len(other), bound, alike)
        if state in refused:
            continue
        if not _consistent(one, other, alike=alike) \
                or (not bound and planner.mean_likeness(one, other) < MEAN_LIKENESS):
            refused.add(state)
            continue
        rules.setdefault(x, rule)
        rules.setdefault(y, rule)
        one += other
        for o in other:
            cluster[o.node] = one
    meetings = {id(c): c for c in cluster.values()}
    for members, report in _join_undated(planner, [o for o in reports if not o.day_month], list(meetings.values())):
        members.append(report)
        rules[report.node] = "meeting:undated:same-words"
    out = []
    for members in meetings.values():
        if len(members) < 2:
            continue
        members = sorted(members, key=lambda o: o.node)
        date = best_date(members)
        out.append(Meeting("|".join(o.node for o in members), date,
                           tuple(MeetingMember(o.node, rules.get(o.node, "meeting:undated:same-words"),
                                               tuple(sorted(o.evidence))[:EVIDENCE_PER_RECORD])
                                 for o in members),
                           stated=any(o.date == date and o.trusted_year for o in members if date)))
    return MeetingPlan(tuple(sorted(out, key=lambda m: m.key)))


Members = list[MeetingObservation]


def _join_undated(planner: _Planner, undated: Members,
                  meetings: list[Members]) -> list[tuple[Members, MeetingObservation]]:
    """Each report without a day and the meeting it reads most like (decided on the dated meetings alone)."""
    meeting_of = {o.node: members for members in meetings for o in members}
    chosen: dict[tuple[str, str], tuple[float, str, list[MeetingObservation], MeetingObservation]] = {}
    for report in undated:
        best: tuple[float, str, list[MeetingObservation]] | None = None
        seen: set[int] = set()  # a meeting is weighed once, not once per neighbour among its members
        for node in planner.likeness.neighbours(planner.index[report.node]):
            members = meeting_of.get(planner.reports[node].node)
            if members is None or id(members) in seen:
                continue
            seen.add(id(members))
            if not _consistent([report], members):
                continue
            score = max((planner.like(report, m, bonus=False) for m in members if not _apart(report, m)), default=0.0)
            key = min(m.node for m in members)
            if score >= UNDATED_EVENT and (best is None or (-score, key) < (-best[0], best[1])):
                best = (score, key, members)
        if best is not None:
            slot = (best[1], report.article)  # one report per article in a meeting
            if slot not in chosen or (-best[0], report.node) < (-chosen[slot][0], chosen[slot][1]):
                chosen[slot] = (best[0], report.node, best[2], report)
    return [(members, report) for _s, _n, members, report in sorted(chosen.values(), key=lambda c: c[1])]


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
