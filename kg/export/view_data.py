"""The network view's data: the typed nodes, Vietnamese-labelled edges and per-node
details (facts with their evidence sentence and source article), read from the RDF only.

Exporters never re-run extraction: everything here is a projection of the graph
``kg build`` wrote, so ``kg view`` gives the same page for the exported Turtle.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.export.viewgraph import ViewGraph
from kg.graph.vocab import GEO, KG, ORG, SCHEMA

# What the view reads: an rdflib graph, or the compact read-only one a build streams into.
GraphLike = Graph | ViewGraph


@dataclass(frozen=True)
class NodeStyle:
    """How one node type is drawn and named in the legend."""

    cls: URIRef
    colour: str
    shape: str
    legend: str


# node type -> style; the first matching class wins, so order is by specificity.
NODE_STYLES: dict[str, NodeStyle] = {
    "official": NodeStyle(KG.Official, "#d62728", "dot", "Cán bộ"),
    "organization": NodeStyle(ORG.Organization, "#1f77b4", "square", "Cơ quan"),
    "post": NodeStyle(ORG.Post, "#9467bd", "diamond", "Chức vụ"),
    "locality": NodeStyle(SCHEMA.AdministrativeArea, "#2ca02c", "triangle", "Địa bàn"),
    "meeting": NodeStyle(KG.Meeting, "#ff7f0e", "star", "Cuộc họp"),
    "task": NodeStyle(KG.Task, "#8c564b", "triangleDown", "Nhiệm vụ"),
    "article": NodeStyle(SCHEMA.NewsArticle, "#7f7f7f", "dot", "Bài báo"),
    # task assignees that are not one body ("các phòng, ban, đơn vị"): without them
    # those tasks would look unassigned.
    "group": NodeStyle(KG.Group, "#17becf", "hexagon", "Nhóm được giao"),
}


@dataclass(frozen=True)
class EdgeRule:
    """One RDF predicate drawn as an edge; ``reverse`` draws object → subject so it reads
    as a Vietnamese sentence (person "chủ trì" meeting, not meeting "chair" person)."""

    pred: URIRef
    label: str
    reverse: bool = False


EDGE_RULES: tuple[EdgeRule, ...] = (
    EdgeRule(ORG.holds, "giữ chức"),
    EdgeRule(ORG.postIn, "thuộc"),
    EdgeRule(KG.locality, "địa bàn"),
    EdgeRule(SCHEMA.containedInPlace, "trực thuộc"),
    EdgeRule(KG.mergedInto, "sáp nhập vào"),
    EdgeRule(KG.chair, "chủ trì", reverse=True),
    EdgeRule(SCHEMA.attendee, "dự họp", reverse=True),
    EdgeRule(SCHEMA.organizer, "tổ chức", reverse=True),
    EdgeRule(SCHEMA.location, "tại"),
    EdgeRule(KG.assigner, "giao nhiệm vụ", reverse=True),
    EdgeRule(KG.assignedBy, "giao nhiệm vụ", reverse=True),
    EdgeRule(KG.assignee, "giao cho"),
    EdgeRule(KG.atMeeting, "tại cuộc họp"),
    EdgeRule(SCHEMA.about, "đưa tin"),
    EdgeRule(SCHEMA.mentions, "nhắc đến"),
)
# Kept for callers of the first version of this module: predicate -> edge label.
EDGE_LABELS = {rule.pred: rule.label for rule in EDGE_RULES}
MEMBERSHIP_NAMED_LABEL = "nêu tên"  # article -> official, from the membership's provenance

# rdfs:label last: every node has one, but a task's or an evidence's is cut short (the view
# shows the whole description) and the class's own property says it best
LABEL_PREDICATES = (SKOS.prefLabel, SCHEMA.name, SCHEMA.headline, SCHEMA.description, RDFS.label)
# the names a node's panel lists; rdfs:label is skipped on a node with one of COPIED_INTO_LABEL
# (there it repeats the headline or the description's first words, shown already)
NAME_PREDICATES = (SKOS.prefLabel, SCHEMA.name, RDFS.label)
COPIED_INTO_LABEL = frozenset({SCHEMA.description, SCHEMA.headline})
CODE_PREDICATES = ((KG.gsoCode, "mã GSO"), (SCHEMA.identifier, "mã"))
DATE_PREDICATES = (
    (SCHEMA.startDate, "ngày họp"), (SCHEMA.datePublished, "ngày đăng"),
    (KG.partialDate, "ngày (chưa đủ)"), (KG.dateText, "ngày theo bài"), (KG.partOfDay, "buổi"),
    (KG.dateSource, "năm lấy từ"), (KG.deadline, "thời hạn"),
)
# values the graph writes as tokens, in words a reader understands (kg:dateSource: what fixed the year)
VALUE_LABELS = {
    KG.dateSource: {"text": "chính câu nêu ngày", "dateline": "ngày đăng bài",
                    "headline": "tiêu đề bài", "context": "ngữ cảnh bài viết"},
}


def value_label(pred: URIRef, value: object) -> str:
    """Return how the view shows ``value`` of ``pred``: its words when it is a token, else the value."""
    return VALUE_LABELS.get(pred, {}).get(str(value), str(value))
PROPERTY_PREDICATES = (
    (KG.orgKind, "loại cơ quan"), (KG.meetingKind, "loại cuộc họp"),
    (SCHEMA.description, "nội dung"), (KG.reportingPeriod, "kỳ"), (SCHEMA.headline, "tiêu đề"),
    (SCHEMA.sourceOrganization, "cơ quan đăng"), (KG.sourceFile, "tệp nguồn"),
    (KG.linkStatus, "liên kết mã"), (GEO.lat, "vĩ độ"), (GEO.long, "kinh độ"),
)
# node properties whose object is a resource shown by its label
RESOURCE_PROPERTIES = ((KG.adminType, "cấp hành chính"), (SCHEMA.author, "tác giả"),
                       (KG.topic, "chủ đề"))


def _key(term: object) -> str:
    return str(term)


def node_type(g: GraphLike, node: URIRef) -> str | None:
    """Return the view type of ``node`` (a key of NODE_STYLES), or None if it is not drawn."""
    for name, style in NODE_STYLES.items():
        if (node, RDF.type, style.cls) in g:
            return name
    return None


def label_of(g: GraphLike, node: URIRef) -> str:
    """Return the best human label of ``node`` (sorted, so stable), else its IRI's tail."""
    for pred in LABEL_PREDICATES:
        for value in sorted(g.objects(node, pred), key=_key):
            return str(value)
    return str(node).rsplit("/", 1)[-1]


def sorted_objects(g: GraphLike, node: Node, pred: URIRef) -> list:
    return sorted(g.objects(node, pred), key=_key)


def _display_label(g: GraphLike, node: URIRef, kind: str) -> str:
    label = label_of(g, node)
    if kind == "locality":
        label = f"{label} ({era})" if (era := _era(g, node)) else label
    if kind == "meeting":
        dates = sorted_objects(g, node, SCHEMA.startDate) or sorted_objects(g, node, KG.partialDate)
        if dates:
            label = f"{label} ({_readable_date(str(dates[0]))})"
    return label


# a unit's era in its label: the unit of the 2025 register, or one that became part of it
# (tỉnh Gia Lai before 1 July 2025 and the new tỉnh Gia Lai are two units of one name)
ERA_2025, ERA_BEFORE = "từ 2025", "trước 2025"


# what makes a unit "in use": an article names it, a body or a meeting is of it
_USES = (SCHEMA.mentions, KG.locality, SCHEMA.location)


def _era(g: GraphLike, node: URIRef) -> str:
    """The era a locality's label shows: ``từ 2025`` for a unit of the 2025 register, ``trước 2025``
    for a unit merged into one the graph uses (two eras to tell apart), else none (a graph of
    2019 articles has no second era to name)."""
    if (node, RDF.type, KG.AdminUnit2025) in g:
        return ERA_2025
    for successor in g.objects(node, KG.mergedInto):
        if any(next(iter(g.subjects(pred, successor)), None) is not None for pred in _USES):
            return ERA_BEFORE
    return ""


def _readable_date(value: str) -> str:
    """A date without its year (xsd:gMonthDay "--02-06") reads as 06/02; others stay ISO."""
    match = re.fullmatch(r"--(\d\d)-(\d\d)", value)
    return f"{match.group(2)}/{match.group(1)}" if match else value


def to_networkx(g: GraphLike) -> nx.MultiDiGraph:
    """Project the RDF graph onto the typed nodes and labelled edges the view draws.

    Nodes carry ``kind`` and ``label``; edges carry ``label`` and ``evidence`` (the
    sorted IRIs of the kg:Evidence nodes behind them). One edge per (from, to, label).
    """
    view = nx.MultiDiGraph()
    classes: dict[URIRef, set[Node]] = defaultdict(set)  # one pass over rdf:type
    for s, cls in g.subject_objects(RDF.type):
        if isinstance(s, URIRef):
            classes[s].add(cls)
    for s in sorted(classes, key=_key):
        kind = next((name for name, style in NODE_STYLES.items() if style.cls in classes[s]), None)
        if kind is not None:
            view.add_node(str(s), kind=kind, label=_display_label(g, s, kind))

    edges: dict[tuple[str, str, str], set[str]] = defaultdict(set)

    def add(a: object, b: object, label: str, evidence: Iterable[object] = ()) -> None:
        if str(a) in view and str(b) in view and a != b:
            edges[(str(a), str(b), label)].update(str(e) for e in evidence)

    own_evidence: dict[Node, set[Node]] = {s: set(g.objects(s, KG.evidence)) for s in g.subjects(RDF.type, KG.Meeting)}
    own_evidence.update({s: set(g.objects(s, KG.evidence)) for s in g.subjects(RDF.type, KG.Task)})
    for rule in EDGE_RULES:
        for subj, obj in g.subject_objects(rule.pred):
            ev = own_evidence.get(subj, set())
            add(obj, subj, rule.label, ev) if rule.reverse else add(subj, obj, rule.label, ev)

    for m in g.subjects(RDF.type, ORG.Membership):
        ev = set(g.objects(m, KG.evidence))
        roles = [label_of(g, r) for r in sorted_objects(g, m, ORG.role)]
        for person in g.objects(m, ORG.member):
            for org in g.objects(m, ORG.organization):
                for role in roles:  # the edge reads "<person> Chủ tịch <body>"
                    add(person, org, role, ev)
            for post in g.objects(m, KG.post):
                add(person, post, "giữ chức", ev)
                for org in g.objects(post, ORG.postIn):
                    add(post, org, "thuộc", ev)
            for art in g.objects(m, PROV.wasDerivedFrom):
                add(art, person, MEMBERSHIP_NAMED_LABEL, ev)

    for (a, b, label) in sorted(edges):
        view.add_edge(a, b, label=label, evidence=sorted(edges[(a, b, label)]))
    return view


# Where a node is, from its neighbours: each type takes the places of the neighbour
# types listed, in this order (a post is where its body is, an official where the
# bodies they serve are, a task where its meeting or assignee is).
LOCALITY_SOURCES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("organization", ("locality",)),
    ("post", ("organization",)),
    ("official", ("organization", "post")),
    ("meeting", ("locality", "organization")),
    ("task", ("meeting", "organization")),
    ("group", ("task",)),
    ("article", ("locality", "meeting")),
)


def node_localities(g: GraphLike, view: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Return, per drawn node, the localities (and their ancestors) it belongs to."""
    parents: dict[str, set[str]] = defaultdict(set)
    for s, o in g.subject_objects(SCHEMA.containedInPlace):
        parents[str(s)].add(str(o))

    def with_ancestors(places: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(places)
        while todo:
            p = todo.pop()
            if p not in seen and p in view:
                seen.add(p)
                todo.extend(parents.get(p, ()))
        return seen

    kind = {n: d["kind"] for n, d in view.nodes(data=True)}
    places: dict[str, set[str]] = {n: {n} for n, k in kind.items() if k == "locality"}
    for target, sources in LOCALITY_SOURCES:
        for n in (n for n, k in kind.items() if k == target):
            found: set[str] = set()
            for other in set(view.predecessors(n)) | set(view.successors(n)):
                if kind[other] in sources:
                    found |= places.get(other, set())
            places[n] = found
    return {n: sorted(with_ancestors(places.get(n, ()))) for n in kind}


