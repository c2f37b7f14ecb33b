"""Tenure quads: each person's holding of each post as one node with an OWL-Time interval.

:class:`TenureIndex` reads, as quads stream by, the few fields of every per-article membership
(person, post, date and whether its year is guessed, tenure event, former post) and the label and role of every post;
:func:`tenure_quads` then writes, once people are merged (``renames``: provisional node ->
person node), the aggregation :mod:`kg.resolve.tenure` decides, into the entities graph:

* a ``kg:Tenure`` (a subclass of ``org:Membership``) per (person, post) with ``org:member``,
  ``kg:post``, ``org:organization``, ``org:role``, ``kg:aggregates`` (every per-article
  membership) and ``org:memberDuring`` a ``time:Interval`` whose ``time:hasBeginning`` and
  ``time:hasEnd`` are ``time:Instant``\\ s (``time:inXSDDate``) with ``kg:boundKind``
  ("stated", "observed" or "before") and ``prov:wasDerivedFrom`` the memberships that fix them;
* a ``kg:TenureConflict`` per two holders of a one-holder post on overlapping dates.

A full build feeds the index from its spool (:mod:`kg.pipeline`), a store from the quads it
holds (:mod:`kg.store.incremental`): the same memberships give the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from rdflib import URIRef

from kg.graph import iris
from kg.graph.build import ENTITIES_GRAPH
from kg.graph.quads import person_node
from kg.graph.terms import literal, nt, nt_literal_value
from kg.graph.vocab import KG, ORG, TIME
from kg.graph.vocab import PROV_T as PROV
from kg.graph.vocab import RDF_T as RDF
from kg.graph.vocab import RDFS_T as RDFS
from kg.graph.vocab import XSD_T as XSD
from kg.lexicon.normalize import fold
from kg.lexicon.resources import resources
from kg.resolve.meetings import MeetingPlan
from kg.resolve.people import MergePlan
from kg.resolve.tenure import (
    BEFORE,
    Bound,
    Conflict,
    Sighting,
    Tenure,
    conflicts,
    handovers,
    holdings,
    succeed,
    tenures,
)

Quad = tuple[str, str, str, str]

_ENTITIES = nt(ENTITIES_GRAPH)
_MEMBER, _POST, _OBSERVED = nt(ORG.member), nt(KG.post), nt(KG.observedOn)
_EVENT, _FORMER, _EVIDENCE = nt(KG.tenureEvent), nt(KG.former), nt(KG.evidence)
_GUESSED, _PARTIAL = nt(KG.yearGuessed), nt(KG.partialDate)
_ORG, _ROLE, _LABEL, _TYPE = nt(ORG.organization), nt(ORG.role), nt(RDFS.label), nt(RDF.type)
_DERIVED = nt(PROV.wasDerivedFrom)
_FIELDS = frozenset({_MEMBER, _POST, _OBSERVED, _EVENT, _FORMER, _EVIDENCE, _ORG, _GUESSED, _PARTIAL})
_POST_PREFIX = nt(iris.ID["post/"])[:-1]
_ARTICLE_PREFIX, _MEETING_PREFIX = str(iris.ID["article/"]), str(iris.ID["meeting/"])
_TRUE = literal("true", datatype=str(XSD.boolean))
_START, _END = literal("start"), literal("end")
MEMBERSHIP_PREDICATES = tuple(sorted(_FIELDS))
"""The predicates :class:`TenureIndex` reads on memberships (in article graphs)."""
POST_PREDICATES = (_LABEL, _ROLE)
"""The predicates it reads on posts (in the entities graph)."""
TENURE_TYPES = (KG.Tenure, TIME.Interval, TIME.Instant, KG.TenureConflict)
"""The types of every node :func:`tenure_quads` writes (a store removes them before writing anew)."""


class TenureIndex:
    """The memberships of a build, read as quads stream by: a few strings per membership."""

    def __init__(self) -> None:
        self.memberships: dict[str, dict[str, list[str]]] = {}
        self.post_labels: dict[str, str] = {}
        self.post_roles: dict[str, str] = {}
        self.articles: dict[str, str] = {}  # membership -> the article graph it is in

    def add(self, quads: Iterable[Quad]) -> None:
        for s, p, o, g in quads:
            if p in _FIELDS and g != _ENTITIES:  # a membership is in its article's graph
                self.memberships.setdefault(s, {}).setdefault(p, []).append(o)
                self.articles[s] = min(g, self.articles.get(s, g))
            elif s.startswith(_POST_PREFIX):
                # min: the same value whichever article (and batch) brought the post first
                if p == _LABEL:
                    self.post_labels[s] = min(o, self.post_labels.get(s, o))
                elif p == _ROLE:
                    self.post_roles[s] = min(o, self.post_roles.get(s, o))

    def sightings(self, renames: Mapping[str, str],
                  met: Mapping[str, tuple[str, ...]] | None = None) -> Iterator[Sighting]:
        """Every membership as a :class:`Sighting` of the person ``renames`` makes of its member;
        ``met``: article graph -> the stated dates of the merged meetings it reports."""
        met = met or {}
        for node, fields in sorted(self.memberships.items()):
            if _POST not in fields or _MEMBER not in fields:
                continue
            member = min(fields[_MEMBER])
            events = set(fields.get(_EVENT, ()))
            dates, partial = fields.get(_OBSERVED), fields.get(_PARTIAL)
            yield Sighting(node, renames.get(member, member), min(fields[_POST]),
                           nt_literal_value(min(dates)) if dates else None,
                           start=_START in events, end=_END in events, former=_TRUE in fields.get(_FORMER, ()),
                           guessed=_TRUE in fields.get(_GUESSED, ()), article=self.articles.get(node, ""),
                           day=nt_literal_value(min(partial)) if partial and not dates else None,
                           met=met.get(self.articles.get(node, ""), ()))


def _one_holder_posts(index: TenureIndex) -> dict[str, str]:
    """Post -> role, without the posts of bodies whose members all bear a one-holder title
    (``Bí thư`` of the Secretariat): their holders neither succeed nor conflict with each other."""
    shared = resources().shared_post_bodies
    if not shared:
        return index.post_roles
    out = {}
    for post, role in index.post_roles.items():
        label = fold(nt_literal_value(index.post_labels.get(post, '""')))
        if not any(label.endswith(" " + body) for body in shared):
            out[post] = role
    return out


def tenure_quads(index: TenureIndex, renames: Mapping[str, str], names: Mapping[str, str],
                 meetings: MeetingPlan | None = None) -> list[Quad]:
    """The tenure and conflict quads of a build (sorted); ``names``: person node -> display name;
    ``meetings``: the merged meetings, whose stated dates date the undated reports of them."""
    sightings = list(index.sightings(renames, meeting_dates(meetings) if meetings is not None else None))
    single = {nt(iris.role_iri(role)): why for role, why in resources().single_holder_roles.items()}
    one_holder = _one_holder_posts(index)
    groups = holdings(sightings)  # one reading of the holdings for both
    found = succeed(tenures(sightings, groups=groups), one_holder, single, handovers(sightings, groups=groups))
    held = {s.membership: s.date for s in sightings if not s.former}
    clashes = conflicts(found, one_holder, single, held)
    out: list[tuple[str, str, str]] = []
    nodes: dict[tuple[str, str], str] = {}
    for t in found:
        nodes[(t.person, t.post)] = _tenure(out, t, index, names)
    for c in clashes:
        _conflict(out, c, nodes, index, names)
    return sorted({(s, p, o, _ENTITIES) for s, p, o in out})


def _label(index: TenureIndex, names: Mapping[str, str], person: str, post: str) -> str:
    return f"{names.get(person, person)}: {nt_literal_value(index.post_labels.get(post, post))}"


def _tenure(out: list[tuple[str, str, str]], t: Tenure, index: TenureIndex, names: Mapping[str, str]) -> str:
    label = _label(index, names, t.person, t.post)
    node = iris.iri("tenure", label, f"{t.person}|{t.post}")
    s, during = nt(node), nt(URIRef(f"{node}/during"))
    out += [(s, _TYPE, nt(KG.Tenure)), (s, _LABEL, literal(label, language="vi")),
            (s, _MEMBER, t.person), (s, _POST, t.post), (s, nt(ORG.memberDuring), during),
            (during, _TYPE, nt(TIME.Interval)), (during, _LABEL, literal(f"{label} ({_span(t)})", language="vi"))]
    first = index.memberships[t.memberships[0]]
    if _ORG in first:
        out.append((s, _ORG, min(first[_ORG])))
    if t.post in index.post_roles:
        out.append((s, _ROLE, index.post_roles[t.post]))
    out += [(s, nt(KG.aggregates), m) for m in t.memberships]
    for which, bound in ((TIME.hasBeginning, t.begin), (TIME.hasEnd, t.end)):
        if bound is not None:
            out.append((during, nt(which), _instant(out, node, which, bound)))
    return s


def _span(t: Tenure) -> str:
    """``2017-03-01 – before 2017-09-01``: the interval as a reader says it (``?`` for an open side)."""
    begin = t.begin.date if t.begin else "?"
    end = "?" if t.end is None else (f"before {t.end.date}" if t.end.kind == BEFORE else t.end.date)
    return f"{begin} – {end}"


def _instant(out: list[tuple[str, str, str]], tenure: URIRef, which: URIRef, bound: Bound) -> str:
    side = "begin" if which == TIME.hasBeginning else "end"
    s = nt(URIRef(f"{tenure}/{side}"))
    out += [(s, _TYPE, nt(TIME.Instant)), (s, _LABEL, literal(f"{bound.date} ({bound.kind})")),
            (s, nt(TIME.inXSDDate), literal(bound.date, datatype=str(XSD.date))),
            (s, nt(KG.boundKind), literal(bound.kind))]
    out += [(s, nt(PROV.wasDerivedFrom), m) for m in bound.sources]
    return s


def _conflict(out: list[tuple[str, str, str]], c: Conflict, nodes: Mapping[tuple[str, str], str],
              index: TenureIndex, names: Mapping[str, str]) -> None:
    post = nt_literal_value(index.post_labels.get(c.post, c.post))
    who = " / ".join(names.get(t.person, t.person) for t in (c.first, c.second))
    label = f"{post}: {who} ({c.since} – {c.until})"
    s = nt(iris.iri("conflict", f"{post} {who}", f"{c.post}|{c.first.person}|{c.second.person}"))
    out += [(s, _TYPE, nt(KG.TenureConflict)), (s, _LABEL, literal(label, language="vi")),
            (s, nt(KG.conflictPost), c.post),
            (s, nt(KG.overlapBegin), literal(c.since, datatype=str(XSD.date))),
            (s, nt(KG.overlapEnd), literal(c.until, datatype=str(XSD.date)))]
    for t, cited in zip((c.first, c.second), c.evidence, strict=True):
        out += [(s, nt(KG.conflictingTenure), nodes[(t.person, t.post)]), (s, nt(KG.conflictHolder), t.person)]
        for m in cited:
            out.append((s, _DERIVED, m))
            out += [(s, nt(KG.conflictEvidence), ev) for ev in index.memberships[m].get(_EVIDENCE, ())]



def meeting_dates(plan: MeetingPlan) -> dict[str, tuple[str, ...]]:
    """Article graph -> the dates of the merged meetings it reports whose year a report states."""
    out: dict[str, set[str]] = {}
    for meeting in plan.meetings:
        if meeting.stated:
            for m in meeting.members:
                doc = m.node[len(_MEETING_PREFIX):].rsplit("/", 1)[0]  # …/meeting/<doc>/<key>
                out.setdefault(f"<{_ARTICLE_PREFIX}{doc}>", set()).add(meeting.date)
    return {a: tuple(sorted(d)) for a, d in out.items()}


def plan_quads(index: TenureIndex, plan: MergePlan, meetings: MeetingPlan | None = None) -> list[Quad]:
    """:func:`tenure_quads` for a build resolved by ``plan`` (provisional nodes become their person)."""
    renames = {f"<{m.node}>": nt(person_node(p)) for p in plan.people for m in p.members}
    names = {nt(person_node(p)): p.names[0] for p in plan.people}
    return tenure_quads(index, renames, names, meetings)
