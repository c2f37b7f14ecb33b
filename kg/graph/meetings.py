"""Meeting coreference in quads: read each article's meeting reports, apply the meeting plan.

An article writes one ``kg:Meeting`` node per meeting it reports (``…/meeting/<doc>/<key>``,
:func:`kg.graph.writers.write_meeting`). :class:`MeetingIndex` reads, from one article's
quads, what :func:`kg.resolve.meetings.meeting_plan` needs (organizer, date and its source,
session number of the evidence sentence, chair and attendee names from the article's
identity observations, part of the day, the word pairs of its headline and evidence).
:func:`planned_meeting_quads` then renames every member of a merged meeting to one node
(``…/meeting/<date>-<hash of the members>``), so the node carries every article's
evidence; a ``kg:MergeRecord`` per member says why. A member's ``schema:startDate`` other
than the merged meeting's date becomes its ``kg:reportedDate``: the article's claim stays
in its graph, the meeting has one date.

A store (:mod:`kg.store.incremental`) re-plans from the same fields: the date is read from
either predicate and a renamed node is traced back to the article's own node by its record.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Literal, URIRef

from kg.graph import iris
from kg.graph.build import ENTITIES_GRAPH, merge_record
from kg.graph.terms import literal, nt, nt_literal_value
from kg.graph.vocab import ID, KG, SCHEMA
from kg.graph.vocab import RDF_T as RDF
from kg.graph.vocab import XSD_T as XSD
from kg.resolve.meetings import Meeting, MeetingObservation, MeetingPlan, multi_day, session_ordinal
from kg.resolve.topics import word_pairs

Quad = tuple[str, str, str, str]

_ENTITIES = nt(ENTITIES_GRAPH)
_TYPE, _MEETING = nt(RDF.type), nt(KG.Meeting)
_ORGANIZER, _START, _REPORTED = nt(SCHEMA.organizer), nt(SCHEMA.startDate), nt(KG.reportedDate)
_PARTIAL, _SOURCE, _PART = nt(KG.partialDate), nt(KG.dateSource), nt(KG.partOfDay)
_CHAIR, _ATTENDEE, _EVIDENCE = nt(KG.chair), nt(SCHEMA.attendee), nt(KG.evidence)
_SENTENCE, _OBSERVES, _VARIANT = nt(KG.sentence), nt(KG.observes), nt(KG.nameVariant)
_HEADLINE, _END = nt(SCHEMA.headline), nt(SCHEMA.endDate)
_MEETING_FIELDS = frozenset({_TYPE, _ORGANIZER, _START, _REPORTED, _PARTIAL, _SOURCE, _PART, _CHAIR, _ATTENDEE,
                             _EVIDENCE, _END})
_XSD_DATE = str(XSD.date)
_ARTICLE_PREFIX = str(ID["article/"])
_MEETING_PREFIX = str(ID["meeting/"])


def own_node_prefix(article: str) -> str:
    """The beginning of every meeting node an article writes itself (``<…/meeting/<doc>/``)."""
    return f"<{_MEETING_PREFIX}{article[1 + len(_ARTICLE_PREFIX):-1]}/"


def article_meetings(quads: Iterable[Quad], *, original: dict[str, str] | None = None) -> list[MeetingObservation]:
    """The meeting reports in one article's quads (its named graph; entity quads are ignored).

    ``original`` maps a renamed meeting node back to the article's own node (a store).
    """
    fields: dict[str, dict[str, list[str]]] = {}
    sentences: dict[str, str] = {}
    names: dict[str, str] = {}
    variants: dict[str, str] = {}
    observes: dict[str, str] = {}
    article = headline = ""
    meetings = []
    for s, p, o, g in quads:
        if p in _MEETING_FIELDS:
            if p == _TYPE:
                if o == _MEETING:
                    meetings.append(s)
                    article = g
                continue
            fields.setdefault(s, {}).setdefault(p, []).append(o)
        elif p == _SENTENCE:
            sentences[s] = o
        elif p == _OBSERVES:
            observes[s] = o
        elif p == _VARIANT:
            variants[s] = o
        elif p == _HEADLINE:
            headline = nt_literal_value(o)
    if not meetings:
        return []
    for obs, node in observes.items():
        if obs in variants:
            names[node] = nt_literal_value(variants[obs])
    out = []
    for node in sorted(set(meetings)):
        f = fields.get(node, {})
        evidence = sorted(set(f.get(_EVIDENCE, ())))
        dates = sorted(nt_literal_value(d) for d in f.get(_START, []) + f.get(_REPORTED, []))
        said = [nt_literal_value(sentences[e]) for e in evidence if e in sentences]
        ordinal = max((session_ordinal(text) for text in said), default=0)
        out.append(MeetingObservation(
            node=(original or {}).get(node, node)[1:-1], article=article[1:-1],
            organizer=_first(f, _ORGANIZER), date=dates[0] if dates else "",
            date_source=nt_literal_value(_first(f, _SOURCE)) if _SOURCE in f else "",
            partial_date=nt_literal_value(_first(f, _PARTIAL)) if _PARTIAL in f else "",
            ordinal=ordinal, multi_day=any(multi_day(text) for text in said),
            last_day=nt_literal_value(_first(f, _END))[5:10] if _END in f else "",
            part_of_day=nt_literal_value(_first(f, _PART)) if _PART in f else "",
            chairs=frozenset(names[c] for c in f.get(_CHAIR, ()) if c in names),
            attendees=frozenset(names[c] for c in f.get(_ATTENDEE, ()) if c in names),
            evidence=tuple(e[1:-1] for e in evidence), words=word_pairs(" . ".join([headline, *said]))))
    return out


def _first(fields: dict[str, list[str]], predicate: str) -> str:
    return min(fields.get(predicate, [""]))


class MeetingIndex:
    """The meeting reports of a build, read article by article: all meeting resolution keeps."""

    def __init__(self) -> None:
        self.reports: list[MeetingObservation] = []

    def add(self, quads: Iterable[Quad]) -> None:
        """Read the reports of one article (all its quads)."""
        self.reports += article_meetings(quads)


def meeting_node(meeting: Meeting) -> URIRef:
    """The IRI of a merged meeting: its date (when known) and a hash of its members."""
    return iris.iri("meeting", meeting.date or "meeting", meeting.key)


def meeting_triples(plan: MeetingPlan) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The entity triples of the merged meetings: a merge record for each member."""
    out: list[tuple[URIRef, URIRef, URIRef | Literal]] = []
    for meeting in plan.meetings:
        node = meeting_node(meeting)
        for m in meeting.members:
            out += merge_record(URIRef(m.node), node, m.rule, m.evidence)
    return out


def planned_meeting_quads(quads: Iterable[Quad], plan: MeetingPlan) -> Iterator[Quad]:
    """Apply ``plan`` to a stream of quads: members renamed, other dates reported, records added."""
    if not plan.meetings:
        yield from quads
        return
    renames: dict[str, tuple[str, str]] = {}  # member node -> (merged node, merged date literal)
    for meeting in plan.meetings:
        node = nt(meeting_node(meeting))
        date = literal(meeting.date, datatype=_XSD_DATE) if meeting.date else ""
        renames.update({f"<{m.node}>": (node, date) for m in meeting.members})
    for q in quads:
        s, p, o, g = q
        if s in renames:
            node, date = renames[s]
            if p == _START and o != date:
                p = _REPORTED
            yield node, p, renames[o][0] if o in renames else o, g
        elif o in renames:
            yield s, p, renames[o][0], g
        else:
            yield q
    for ts, tp, to in meeting_triples(plan):
        yield nt(ts), nt(tp), nt(to), _ENTITIES
