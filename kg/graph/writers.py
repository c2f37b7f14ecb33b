"""Graph writers: one entry per fact kind, the table :func:`write_article` dispatches on.

A new fact family adds its writer here (a function taking the builder, the
article being written, the fact and its evidence node) and one line in
:data:`WRITERS`; nothing else in the graph layer changes. A fact whose kind has
no writer is a :class:`~kg.errors.KGError`, never silently dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from kg.annotate.titles import is_former
from kg.errors import KGError
from kg.extract.reported import REPORTED_ON, ReportedDay
from kg.graph import iris
from kg.graph.build import GraphBuilder, GraphSink, excerpt, vi
from kg.graph.vocab import KG, ORG, SCHEMA
from kg.graph.vocab import PROV_T as PROV
from kg.graph.vocab import RDF_T as RDF
from kg.graph.vocab import RDFS_T as RDFS
from kg.graph.vocab import SKOS_T as SKOS
from kg.graph.vocab import XSD_T as XSD
from kg.model import Document, Fact, MeetingInfo, Organization, Pred, TaskInfo, Title
from kg.model import Place as PlaceInfo
from kg.resolve.keys import anchor, person_key, provisional_key
from kg.resolve.meetings import DATE_SOURCE_RANK, TRUSTED_YEAR
from kg.resolve.names import identity_name


@dataclass
class Article:
    """The article being written: its document, node, identity scope and the nodes its facts made."""

    doc: Document
    node: URIRef
    scope: str  # the identity scope of its people (kg.resolve.keys.identity_scope)
    meetings: dict[str, URIRef] = field(default_factory=dict)  # article-local meeting key -> node
    # clean name -> (anchors of the posts the article gives it, their evidence nodes)
    posts: dict[str, tuple[set[str], set[URIRef]]] = field(default_factory=dict)
    people: dict[str, URIRef] = field(default_factory=dict)  # clean name -> provisional node

    def person(self, b: GraphBuilder, written: str) -> URIRef:
        """The provisional node of a name as written here, with the article's observation of it."""
        name = identity_name(written)
        node = self.people.get(name)
        if node is None:
            anchors, evidence = self.posts.get(name, (set(), set()))
            node = b.person(provisional_key(name, self.scope, frozenset(anchors)), name)
            b.observation(self.doc, node, name, self.scope, tuple(sorted(anchors)),
                          tuple(sorted(evidence)))
            self.people[name] = node
        return node


Writer = Callable[[GraphBuilder, Article, Fact, URIRef], None]


def _wrong(fact: Fact, expected: str) -> KGError:
    return KGError(f"fact {kind_of(fact)!r} from {fact.evidence.extractor} carries a "
                   f"{type(fact.object).__name__}; its writer expects a {expected}")


def write_holding(b: GraphBuilder, a: Article, fact: Fact, ev: URIRef) -> None:
    if not isinstance(fact.object, Title):
        raise _wrong(fact, "Title")
    _holding(b, a, fact.subject, fact.object, ev)


def write_place_mention(b: GraphBuilder, a: Article, fact: Fact, ev: URIRef) -> None:
    if not isinstance(fact.object, PlaceInfo):
        raise _wrong(fact, "Place")
    place = b.place(fact.object)
    b.g.add((a.node, SCHEMA.mentions, place))
    b.g.add((a.node, KG.placeEvidence, ev))
    b.g.add((ev, KG.refersTo, place))


def write_meeting(b: GraphBuilder, a: Article, fact: Fact, ev: URIRef) -> None:
    if not isinstance(fact.object, MeetingInfo):
        raise _wrong(fact, "MeetingInfo")
    a.meetings[fact.object.key] = _meeting(b, a, fact.object, ev)


def write_tenure(b: GraphBuilder, a: Article, fact: Fact, ev: URIRef) -> None:
    if not isinstance(fact.object, Title):
        raise _wrong(fact, "Title")
    membership = _holding(b, a, fact.subject, fact.object, ev)
    start = fact.predicate is Pred.TENURE_START
    b.g.add((membership, KG.tenureEvent, Literal("start" if start else "end")))
    if b.observed is not None:
        date = Literal(b.observed, datatype=XSD.date)
        b.g.add((membership, KG.startedOn if start else KG.endedOn, date))


def write_task(b: GraphBuilder, a: Article, fact: Fact, ev: URIRef) -> None:
    if not isinstance(fact.object, TaskInfo):
        raise _wrong(fact, "TaskInfo")
    _task(b, a, fact.object, ev)


def write_reported_day(b: GraphBuilder, a: Article, fact: Fact, ev: URIRef) -> None:
    if not isinstance(fact.object, ReportedDay):
        raise _wrong(fact, "ReportedDay")
    if fact.object.date is None:
        return  # a day without a year: its holdings carry it (kg:partialDate, :func:`partial_day`)
    b.g.add((a.node, KG.reportedOn, Literal(fact.object.date, datatype=XSD.date)))
    b.g.add((a.node, KG.reportedOnEvidence, ev))


# fact kind -> its writer. A task's meeting is written before the task: the registry
# runs the meetings extractor first because the tasks extractor needs its facts.
WRITERS: dict[str, Writer] = {
    Pred.HOLDS.value: write_holding,
    Pred.MENTIONS_PLACE.value: write_place_mention,
    Pred.MEETING.value: write_meeting,
    Pred.TENURE_START.value: write_tenure,
    Pred.TENURE_END.value: write_tenure,
    Pred.TASK.value: write_task,
    REPORTED_ON: write_reported_day,
}


def kind_of(fact: Fact) -> str:
    pred = fact.predicate
    return pred.value if isinstance(pred, Pred) else str(pred)


def write_article(b: GraphBuilder, doc: Document, facts: Iterable[Fact], scope: str) -> None:
    """Add one article and every fact read from it, into the article's named graph."""
    facts = list(facts)
    b.g = GraphSink(iris.article_iri(doc.doc_id), b.quads)
    b.observed, b.observed_guessed = observed_on(doc, facts)
    b.observed_partial = None if b.observed is not None else partial_day(doc, facts)
    article = Article(doc, b.article(doc), scope)
    for fact in facts:  # identity follows the posts: every post of a name in this article
        if kind_of(fact) in _POST_KINDS and isinstance(fact.object, Title) and fact.object.org is not None:
            anchors, evidence = article.posts.setdefault(identity_name(fact.subject), (set(), set()))
            ev = fact.evidence
            anchors.add(anchor(b.gaz, fact.object.role, fact.object.org, doc.slice(fact.object.span)))
            evidence.add(iris.evidence_iri(ev.doc_id, ev.span.start, ev.span.end, ev.extractor))
    for fact in facts:
        writer = WRITERS.get(kind_of(fact))
        if writer is None:
            raise KGError(f"no graph writer for fact kind {kind_of(fact)!r} (from {fact.evidence.extractor}); "
                          "add one to kg.graph.writers.WRITERS")
        writer(b, article, fact, b.evidence(doc, fact.evidence))


def observed_on(doc: Document, facts: list[Fact]) -> tuple[dt.date | None, bool]:
    """The date an article's holdings are observed on, and whether its year is a guess.

    Only a meeting its lead reports dates an article (evidence within :data:`LEAD_CHARS` of the
    headline: not ``Đại hội XII … 20-28/1/2016`` that a biography recalls). The article's own
    time first: its dateline, else such a meeting's date whose year the text, dateline or
    headline states, else the day its lead names with the year written (kg.extract.reported).
    Else a guess: the lead's day, or the meeting's, in the year the article's periods suggest
    (a report of May 2017 that recalls ``năm 2013`` may get 2013); kg.resolve.tenure lets a
    guessed year bound a holding only where other reports of it agree."""
    if doc.date is not None:
        return doc.date, False
    lead = (doc.headline.end if doc.headline is not None else 0) + LEAD_CHARS
    meetings = [f.object for f in facts if isinstance(f.object, MeetingInfo) and f.object.date
                and f.evidence.span.start < lead]
    trusted = [m for m in meetings if DATE_SOURCE_RANK.get(m.date_source or "", 0) >= TRUSTED_YEAR]
    if trusted:
        return trusted[0].date, False
    reported = next((f.object for f in facts if isinstance(f.object, ReportedDay)), None)
    if reported is not None and reported.date is not None:
        return reported.date, reported.source != "text"
    return (meetings[0].date, True) if meetings else (None, False)


def partial_day(doc: Document, facts: list[Fact]) -> str | None:
    """``--MM-DD``: the day and month of the meeting an undated article's lead reports, when no
    year can be given (``Sáng 7/2, Bí thư Thành ủy … làm việc với …`` and no year anywhere), else the
    day the lead names (``Sáng 4/2, ngày hội … được tổ chức``, kg.extract.reported);
    kg.resolve.tenure places it in the holding's one year, if it has one."""
    lead = (doc.headline.end if doc.headline is not None else 0) + LEAD_CHARS
    met = next((f.object.partial_date for f in facts if isinstance(f.object, MeetingInfo)
                and f.object.date is None and f.object.partial_date and f.evidence.span.start < lead), None)
    return met or next((f.object.partial for f in facts if isinstance(f.object, ReportedDay)), None)


LEAD_CHARS = 600  # characters after the headline where an article's lead reports its own event


_POST_KINDS = frozenset({Pred.HOLDS.value, Pred.TENURE_START.value, Pred.TENURE_END.value})


def _holding(b: GraphBuilder, a: Article, name: str, title: Title, ev: URIRef) -> URIRef:
    assert title.org is not None  # positions without a body are never emitted
    g, doc, art, scope = b.g, a.doc, a.node, a.scope
    person = a.person(b, name)
    post = b.post(title.role, title.org)
    org = b.org(title.org)
    g.add((person, ORG.holds, post))
    g.add((person, ORG.memberOf, org))
    key = f"{person_key(name, scope)}|{title.role}|{title.org.key}|{doc.doc_id}"
    membership = iris.iri("membership", f"{name} {title.role}", key)
    g.add((membership, RDF.type, ORG.Membership))
    g.add((membership, RDFS.label, vi(f"{name}: {title.role} {title.org.label}")))
    g.add((membership, ORG.member, person))
    g.add((membership, ORG.organization, org))
    g.add((membership, ORG.role, b.role(title.role)))
    g.add((membership, KG.post, post))
    g.add((membership, PROV.wasDerivedFrom, art))
    g.add((membership, KG.evidence, ev))
    g.add((person, KG.nameAsWritten, vi(name)))
    if b.observed is not None:
        g.add((membership, KG.observedOn, Literal(b.observed, datatype=XSD.date)))
        if b.observed_guessed:
            g.add((membership, KG.yearGuessed, _TRUE))
    elif b.observed_partial is not None:  # the day without a year (kg.resolve.tenure places it)
        g.add((membership, KG.partialDate, Literal(b.observed_partial)))
    if is_former(doc.text, title.span):  # the holding ended before this article (kg.resolve.tenure)
        g.add((membership, KG.former, _TRUE))
    return membership


_TRUE = Literal(True)

def _meeting(b: GraphBuilder, a: Article, m: MeetingInfo, ev: URIRef) -> URIRef:
    g, doc, art = b.g, a.doc, a.node
    node = iris.ID[f"meeting/{doc.doc_id}/{m.key}"]
    g.add((node, RDF.type, KG.Meeting))
    g.add((node, RDF.type, SCHEMA.Event))
    g.add((node, RDFS.label, vi(m.kind)))
    g.add((node, SCHEMA.name, vi(m.kind)))  # schema:Event's own name property
    g.add((node, KG.meetingKind, vi(m.kind)))
    g.add((art, SCHEMA.about, node))
    g.add((node, PROV.wasDerivedFrom, art))
    g.add((node, KG.evidence, ev))
    if m.date is not None:
        g.add((node, SCHEMA.startDate, Literal(m.date, datatype=XSD.date)))
    if m.end_date is not None:
        g.add((node, SCHEMA.endDate, Literal(m.end_date, datatype=XSD.date)))
    if m.partial_date:
        g.add((node, KG.partialDate, Literal(m.partial_date)))
    if m.date_source:
        g.add((node, KG.dateSource, Literal(m.date_source)))
    if m.date_text:
        g.add((node, KG.dateText, vi(m.date_text)))
    if m.part_of_day:
        g.add((node, KG.partOfDay, vi(m.part_of_day)))
    if m.organizer is not None:
        g.add((node, SCHEMA.organizer, b.org(m.organizer)))
    for chair in m.chairs:
        g.add((node, KG.chair, a.person(b, chair)))
    for name in m.attendees:
        g.add((node, SCHEMA.attendee, a.person(b, name)))
    if m.place is not None:
        g.add((node, SCHEMA.location, b.place(m.place)))
    if m.period:
        g.add((node, KG.reportingPeriod, vi(m.period)))
    if m.online:
        g.add((node, SCHEMA.eventAttendanceMode, SCHEMA.MixedEventAttendanceMode))
    return node

def _task(b: GraphBuilder, a: Article, t: TaskInfo, ev: URIRef) -> None:
    g, doc, art, scope, meetings = b.g, a.doc, a.node, a.scope, a.meetings
    node = iris.ID[f"task/{doc.doc_id}/{t.key}"]
    g.add((node, RDF.type, KG.Task))
    g.add((node, SCHEMA.description, vi(t.description)))
    g.add((node, RDFS.label, vi(excerpt(t.description))))
    g.add((node, PROV.wasDerivedFrom, art))
    g.add((node, KG.evidence, ev))
    if t.assigner:
        g.add((node, KG.assigner, a.person(b, t.assigner)))
    if t.assigning_body is not None:
        g.add((node, KG.assignedBy, b.org(t.assigning_body)))
    for assignee in t.assignees:
        if isinstance(assignee, Organization):
            g.add((node, KG.assignee, b.org(assignee)))
        else:
            group = iris.iri("group", assignee, f"group|{assignee}|{scope}")
            g.add((group, RDF.type, KG.Group))
            g.add((group, SKOS.prefLabel, vi(assignee)))
            g.add((group, RDFS.label, vi(assignee)))
            g.add((node, KG.assignee, group))
    if t.meeting_key and t.meeting_key in meetings:
        g.add((node, KG.atMeeting, meetings[t.meeting_key]))
    if t.deadline:
        g.add((node, KG.deadline, vi(t.deadline)))
    if t.topic:
        concept = KG[t.topic]
        g.add((node, KG.topic, concept))
        g.add((concept, RDF.type, SKOS.Concept))
        g.add((concept, SKOS.inScheme, KG.TaskTopics))
        if t.topic_label:
            g.add((concept, SKOS.prefLabel, vi(t.topic_label)))
            g.add((concept, RDFS.label, vi(t.topic_label)))
        g.add((KG.TaskTopics, RDF.type, SKOS.ConceptScheme))
        g.add((KG.TaskTopics, SKOS.prefLabel, vi("Lĩnh vực nhiệm vụ")))
        g.add((KG.TaskTopics, RDFS.label, vi("Lĩnh vực nhiệm vụ")))
