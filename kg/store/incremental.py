"""Incremental builds: add articles to a persistent store and re-resolve what they touch.

A store (pyoxigraph, on disk) holds one named graph per article plus the
shared entities graph, exactly like ``graph.trig``. Adding an article replaces
its named graph (so re-adding it changes nothing), unions the entity triples,
then re-runs person resolution (:mod:`kg.resolve.people`) over the identity
observations of every article it holds (:func:`_re_resolve`). The
store then equals a full rebuild of all articles it holds, and
:func:`export_store` writes the same bytes a full build writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from kg.graph.build import ENTITIES_GRAPH
from kg.graph.meetings import article_meetings, meeting_node, meeting_triples, own_node_prefix
from kg.graph.quads import Quad, nquads_text, observation_of, person_node, person_triples
from kg.graph.tenure import MEMBERSHIP_PREDICATES, POST_PREDICATES, TENURE_TYPES, TenureIndex, tenure_quads
from kg.graph.terms import literal, nt
from kg.graph.vocab import KG, SCHEMA
from kg.lexicon.resources import resources
from kg.resolve.keys import unit_lineage
from kg.resolve.meetings import MeetingPlan, meeting_plan
from kg.resolve.people import MergePlan, merge_plan

if TYPE_CHECKING:
    import pyoxigraph

_ENTITIES = nt(ENTITIES_GRAPH)
_OBSERVES = nt(KG.observes)


@dataclass(frozen=True)
class AddReport:
    articles_added: int
    articles_replaced: int
    people_touched: int
    quads: int


def _nn(term: URIRef) -> pyoxigraph.NamedNode:
    import pyoxigraph

    return pyoxigraph.NamedNode(str(term))


def _to_ox(term: URIRef | Literal) -> pyoxigraph.NamedNode | pyoxigraph.Literal:
    import pyoxigraph

    if isinstance(term, URIRef):
        return pyoxigraph.NamedNode(str(term))
    if term.language:
        return pyoxigraph.Literal(str(term), language=term.language)
    if term.datatype:
        return pyoxigraph.Literal(str(term), datatype=pyoxigraph.NamedNode(str(term.datatype)))
    return pyoxigraph.Literal(str(term))


BATCH_QUADS = 100_000  # quads parsed into the store at once: memory bounded whatever the build's size


def add_quads(store: pyoxigraph.Store, quads: Iterable[Quad]) -> AddReport:
    """Add a build's quads (a list or a stream, duplicates allowed) to ``store`` in bounded
    batches; see the module docstring."""
    import pyoxigraph

    existing = {g.value for g in store.named_graphs() if isinstance(g, pyoxigraph.NamedNode)}
    seen: set[str] = set()
    touched: set[str] = set()
    added = replaced = 0
    batch: list[Quad] = []

    def load() -> None:
        store.load(nquads_text(batch).encode("utf-8"), pyoxigraph.RdfFormat.N_QUADS)
        batch.clear()

    for q in quads:
        name = q[3]
        if name not in seen:  # an article's old graph goes before any of its new quads come in
            seen.add(name)
            if name != _ENTITIES:
                if name[1:-1] in existing:
                    store.remove_graph(pyoxigraph.NamedNode(name[1:-1]))
                    replaced += 1
                else:
                    added += 1
        if q[1] == _OBSERVES:
            touched.add(q[0])
        batch.append(q)
        if len(batch) >= BATCH_QUADS:
            load()
    if batch:
        load()
    _re_resolve(store)
    store.flush()
    return AddReport(added, replaced, len(touched), len(store))


def _re_resolve(store: pyoxigraph.Store) -> None:
    """Resolve every person again from the observations the store holds, as a full build does.

    Each article graph keeps its observations (:meth:`kg.graph.build.GraphBuilder.observation`),
    which name the node the article's triples use now. The plan is made from all of them
    (national people cross provinces, so no part of the store can be skipped); where an
    observation's node is not its person's node any more, that node is renamed inside the
    observation's article graph. The person triples of the entities graph (types, names,
    merge records) are then written again from the plan, and the meetings' merge records.
    """
    meetings = _re_resolve_meetings(store)
    ent = _nn(ENTITIES_GRAPH)
    found: list[tuple[pyoxigraph.NamedNode, str, str]] = []  # (article graph, node now, provisional node)
    obs_list = []
    for q in store.quads_for_pattern(None, _nn(KG.observes), None, None):
        fields: dict[str, list[str]] = {}
        for f in store.quads_for_pattern(q.subject, None, None, q.graph_name):
            fields.setdefault(_nt(f.predicate), []).append(_nt(f.object))  # type: ignore[arg-type]
        obs = observation_of(fields)
        obs_list.append(obs)
        found.append((q.graph_name, q.object.value, obs.node))  # type: ignore[arg-type,union-attr]
    plan = merge_plan(obs_list, lineage=unit_lineage(resources().gazetteer))
    target = {node: str(person_node(person)) for node, person in plan.by_node().items()}
    moves: dict[tuple[pyoxigraph.NamedNode, str], str] = {}
    for graph, now, provisional in sorted(found, key=lambda f: (f[0].value, f[1], f[2])):
        if now != target[provisional]:
            moves.setdefault((graph, now), target[provisional])
    for (graph, old), new in sorted(moves.items(), key=lambda m: (m[0][0].value, m[0][1])):
        _rename(store, old, new, graph)
    stale = {q.subject for q in store.quads_for_pattern(None, _nn(RDF.type), _nn(KG.Official), ent)}
    stale |= {q.subject for q in store.quads_for_pattern(None, _nn(RDF.type), _nn(KG.MergeRecord), ent)}
    for subject in sorted(stale, key=str):
        for q in list(store.quads_for_pattern(subject, None, None, ent)):
            store.remove(q)
    store.extend(_ox_quad(triple, ent) for triple in person_triples(plan))
    store.extend(_ox_quad(triple, ent) for triple in meeting_triples(meetings))
    _re_tenure(store, plan, meetings)


def _re_resolve_meetings(store: pyoxigraph.Store) -> MeetingPlan:
    """Plan the meetings again from every article's reports, as a full build does; rename to match.

    A report renamed by an earlier plan is traced back to its article's own node by its merge
    record (``kg:mergedIri`` of the node, beginning with the article's meeting prefix). Dates
    move between ``schema:startDate`` and ``kg:reportedDate`` as the new plan says. The caller
    removes every old merge record and writes the plan's (:func:`meeting_triples`).
    """
    import pyoxigraph

    ent = _nn(ENTITIES_GRAPH)
    graphs = sorted({q.graph_name.value for q in store.quads_for_pattern(  # type: ignore[union-attr]
        None, _nn(RDF.type), _nn(KG.Meeting), None) if isinstance(q.graph_name, pyoxigraph.NamedNode)})
    held: dict[str, dict[str, str]] = {}  # article graph -> {node now: the article's own node}
    reports = []
    for graph in graphs:
        g = pyoxigraph.NamedNode(graph)
        prefix = own_node_prefix(f"<{graph}>")
        original: dict[str, str] = {}
        for q in store.quads_for_pattern(None, _nn(RDF.type), _nn(KG.Meeting), g):
            now = _nt(q.subject)  # type: ignore[arg-type]
            original[now] = now
            if not now.startswith(prefix):
                for r in store.quads_for_pattern(None, _nn(KG.mergedNode), q.subject, ent):
                    for iri in store.quads_for_pattern(r.subject, _nn(KG.mergedIri), None, ent):
                        value = iri.object.value  # type: ignore[union-attr]
                        if f"<{value}".startswith(prefix):
                            original[now] = f"<{value}>"
        held[graph] = original
        quads = (tuple(_nt(t) for t in (q.subject, q.predicate, q.object, q.graph_name))  # type: ignore[arg-type]
                 for q in store.quads_for_pattern(None, None, None, g))
        reports += article_meetings(quads, original=original)  # type: ignore[arg-type]
    plan = meeting_plan(reports)
    by_node = plan.by_node()
    for graph, original in held.items():
        g = pyoxigraph.NamedNode(graph)
        for now, own in sorted(original.items()):
            meeting = by_node.get(own[1:-1])
            target = f"<{meeting_node(meeting)}>" if meeting is not None else own
            if now != target:
                _rename(store, now[1:-1], target[1:-1], g)
            _settle_dates(store, pyoxigraph.NamedNode(target[1:-1]), meeting.date if meeting else None, g)
    return plan


def _settle_dates(store: pyoxigraph.Store, node: pyoxigraph.NamedNode, date: str | None,
                  graph: pyoxigraph.NamedNode) -> None:
    """A report's date is the meeting's ``schema:startDate`` when it is the meeting's date (or the
    meeting is its alone), its ``kg:reportedDate`` otherwise."""
    import pyoxigraph

    start, reported = _nn(SCHEMA.startDate), _nn(KG.reportedDate)
    for predicate in (start, reported):
        for q in list(store.quads_for_pattern(node, predicate, None, graph)):
            value = q.object.value  # type: ignore[union-attr]
            wanted = start if date is None or value == date else reported
            if wanted != predicate:
                store.remove(q)
                store.add(pyoxigraph.Quad(node, wanted, q.object, graph))


def _re_tenure(store: pyoxigraph.Store, plan: MergePlan, meetings: MeetingPlan) -> None:
    """Write the tenures and conflicts again from every membership the store holds, as a full build does.

    The memberships already name their person (:func:`_re_resolve` renamed them), so the
    aggregation (:func:`kg.graph.tenure.tenure_quads`) sees what a full build sees.
    """
    import pyoxigraph

    ent = _nn(ENTITIES_GRAPH)
    stale = set()
    for kind in TENURE_TYPES:
        stale |= {q.subject for q in store.quads_for_pattern(None, _nn(RDF.type), _nn(kind), ent)}
    for subject in sorted(stale, key=str):
        for q in list(store.quads_for_pattern(subject, None, None, ent)):
            store.remove(q)
    index = TenureIndex()
    for pred in MEMBERSHIP_PREDICATES:
        index.add(_quad_nt(q) for q in store.quads_for_pattern(None, _nn(URIRef(pred[1:-1])), None, None)
                  if q.graph_name != ent)
    for pred in POST_PREDICATES:
        index.add(_quad_nt(q) for q in store.quads_for_pattern(None, _nn(URIRef(pred[1:-1])), None, ent))
    names = {nt(person_node(p)): p.names[0] for p in plan.people}
    quads = tenure_quads(index, {}, names, meetings)
    if quads:
        store.load(nquads_text(quads).encode("utf-8"), pyoxigraph.RdfFormat.N_QUADS)


def _quad_nt(q: pyoxigraph.Quad) -> Quad:
    return (_nt(q.subject), _nt(q.predicate), _nt(q.object), _nt(q.graph_name))  # type: ignore[arg-type]


def _ox_quad(triple: tuple[URIRef, URIRef, URIRef | Literal],
             graph: pyoxigraph.NamedNode) -> pyoxigraph.Quad:
    import pyoxigraph

    s, p, o = triple
    return pyoxigraph.Quad(_to_ox(s), _to_ox(p), _to_ox(o), graph)  # type: ignore[arg-type]


def _rename(store: pyoxigraph.Store, old: str, new: str, graph: pyoxigraph.NamedNode) -> None:
    import pyoxigraph

    old_n, new_n = pyoxigraph.NamedNode(old), pyoxigraph.NamedNode(new)
    for q in list(store.quads_for_pattern(old_n, None, None, graph)):
        store.remove(q)
        store.add(pyoxigraph.Quad(new_n, q.predicate, q.object, q.graph_name))
    for q in list(store.quads_for_pattern(None, None, old_n, graph)):
        store.remove(q)
        store.add(pyoxigraph.Quad(q.subject, q.predicate, new_n, q.graph_name))


# The graph name given to the triples of a store's default graph (a `kg load` of Turtle): the
# triple formats and the graph tools ignore it; TriG and N-Quads are refused for such a store.
DEFAULT_GRAPH_NAME = "<urn:x-kg:default-graph>"


class StoreQuads:
    """A store read back as quads (one named graph per article plus the entities graph), read
    anew on each iteration: the writers stream them in bounded memory.

    ``default_graph``: read the default graph instead (plain triples, :data:`DEFAULT_GRAPH_NAME`).
    """

    def __init__(self, store: pyoxigraph.Store, *, default_graph: bool = False) -> None:
        self.store = store
        self.default_graph = default_graph

    def __iter__(self) -> Iterator[Quad]:
        import pyoxigraph

        if self.default_graph:
            for q in self.store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()):
                yield (_nt(q.subject), _nt(q.predicate), _nt(q.object), DEFAULT_GRAPH_NAME)  # type: ignore[arg-type]
            return
        for q in self.store.quads_for_pattern(None, None, None, None):
            if isinstance(q.graph_name, pyoxigraph.NamedNode):
                yield (_nt(q.subject), _nt(q.predicate), _nt(q.object), _nt(q.graph_name))  # type: ignore[arg-type]


def store_quads(store: pyoxigraph.Store, *, default_graph: bool = False) -> StoreQuads:
    """Read a store back as quads, streamed (iterate as often as needed; ``list()`` for a list)."""
    return StoreQuads(store, default_graph=default_graph)


def _nt(term: pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal) -> str:
    """The N-Triples spelling of a pyoxigraph term, exactly as :func:`kg.graph.terms.nt` writes it."""
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, pyoxigraph.BlankNode):  # a loaded file's own blank node
        return f"_:{term.value}"
    return literal(term.value, language=term.language,
                   datatype=term.datatype.value if term.datatype is not None else None)
