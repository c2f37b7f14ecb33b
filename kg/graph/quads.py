"""Quads: the graph of a build as (subject, predicate, object, graph) N-Triples term strings.

Each article's triples are made where the article was extracted (a worker
process, or a Dask worker) and written there as N-Triples terms (``<iri>``,
``"text"@vi``, ``"5"^^<…#integer>``): strings are cheap to send between
processes, to hash, to deduplicate and to sort. The process that assembles a
build only collects them, resolves people across articles and writes files.
Resolution (:mod:`kg.resolve`, called by the pipeline) reads the person
observations with :class:`PersonIndex` as quads stream by; its plan is applied by
:func:`planned_quads` (streaming) or :func:`apply_merge_plan` (in memory).
rdflib graphs are made from the quads only when something asks for one (the
HTML view, JSON-LD, tests).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.graph.build import (
    ENTITIES_GRAPH,
    GraphBuilder,
    merge_record,
    name_triples,
    new_graph,
)
from kg.graph.iris import person_iri
from kg.graph.terms import nt, nt_literal_value
from kg.graph.vocab import KG, SCHEMA
from kg.graph.writers import write_article
from kg.lexicon.gazetteer import Gazetteer
from kg.model import Document, Fact
from kg.resolve.keys import provisional_key
from kg.resolve.people import MergePlan, Observation, Person

Quad = tuple[str, str, str, str]

_ENTITIES = nt(ENTITIES_GRAPH)
_SCOPE, _VARIANT = nt(KG.identityScope), nt(KG.nameVariant)
_OBSERVES, _ANCHOR, _EVIDENCE = nt(KG.observes), nt(KG.identityAnchor), nt(KG.identityEvidence)
_OBSERVATION_PREDICATES = frozenset({_OBSERVES, _VARIANT, _SCOPE, _ANCHOR, _EVIDENCE})


def article_quads(gaz: Gazetteer, doc: Document, facts: Iterable[Fact], *, scope: str) -> list[Quad]:
    """The quads one article contributes: its named graph plus the entities it names.

    ``scope`` is the identity scope of the article's people (:func:`kg.resolve.keys.identity_scope`).
    """
    builder = GraphBuilder(gaz)
    write_article(builder, doc, facts, scope)
    return builder.quads


class PersonIndex:
    """The identity index of a build, filled as quads stream by: the fields of every
    ``kg:IdentityObservation`` (a few strings per official and article, not the graph).

    All that resolution keeps in memory.
    """

    def __init__(self) -> None:
        self.fields: dict[str, dict[str, list[str]]] = {}

    def add(self, quads: Iterable[Quad]) -> None:
        for s, p, o, _g in quads:
            if p in _OBSERVATION_PREDICATES:
                self.fields.setdefault(s, {}).setdefault(p, []).append(o)

    def people(self) -> list[Observation]:
        return [observation_of(f) for _s, f in sorted(self.fields.items()) if _OBSERVES in f]


def observations(quads: Iterable[Quad]) -> list[Observation]:
    """What resolution needs from a build: every ``kg:IdentityObservation`` the articles wrote."""
    index = PersonIndex()
    index.add(quads)
    return index.people()


def observation_of(fields: dict[str, list[str]]) -> Observation:
    """An observation from its predicate -> N-Triples objects; the provisional node is recomputed.

    Recomputing (rather than reading ``kg:observes``, which a store renames) makes a store
    re-resolvable: the same observation always names the same provisional node.
    """
    name = nt_literal_value(fields[_VARIANT][0])
    scope = nt_literal_value(fields[_SCOPE][0]) if _SCOPE in fields else ""
    anchors = tuple(sorted(nt_literal_value(a) for a in fields.get(_ANCHOR, ())))
    evidence = tuple(sorted(e[1:-1] for e in fields.get(_EVIDENCE, ())))
    return Observation(provisional_node(name, scope, anchors), name, scope, anchors, evidence)


def provisional_node(name: str, scope: str, anchors: tuple[str, ...]) -> str:
    return str(person_iri(provisional_key(name, scope, anchors), name))


def person_node(person: Person) -> URIRef:
    """The IRI of a resolved person."""
    return person_iri(person.key, person.names[0])


def person_triples(plan: MergePlan) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The entity triples of every resolved person: types, names, and a record for each merge."""
    out: list[tuple[URIRef, URIRef, URIRef | Literal]] = []
    for person in plan.people:
        node = person_node(person)
        out += [(node, RDF.type, SCHEMA.Person), (node, RDF.type, KG.Official)]
        out += name_triples(node, list(person.names))
        for m in person.members:
            if m.rule:
                out += merge_record(URIRef(m.node), node, m.rule, m.evidence)
    return out


def planned_quads(quads: Iterable[Quad], plan: MergePlan) -> Iterator[Quad]:
    """Apply ``plan`` to a stream of quads (one pass, duplicates possible: writers drop them).

    Provisional person nodes are renamed to their person; the entity triples of every
    resolved person (types, names, a record for each merge) follow. ``plan`` is decided by
    :func:`kg.resolve.people.merge_plan`.
    """
    renames = {f"<{m.node}>": nt(person_node(p)) for p in plan.people for m in p.members}
    for q in quads:
        s, p, o, g = q
        if s in renames or o in renames:
            yield renames.get(s, s), p, renames.get(o, o), g
        else:
            yield q
    for ps, pp, po in person_triples(plan):
        yield nt(ps), nt(pp), nt(po), _ENTITIES


def apply_merge_plan(quads: Iterable[Quad], plan: MergePlan) -> list[Quad]:
    """:func:`planned_quads` over a build held in memory; returns the deduplicated quads."""
    return list(set(planned_quads(set(quads), plan)))  # every writer sorts; graphs are sets


def dedupe_shared(results: Iterable[list[Quad]]) -> Iterator[list[Quad]]:
    """Drop entity quads already yielded earlier in the same batch (they are shared by articles).

    The union of what is yielded equals the union of the input, so the graph is unchanged;
    workers send less and the assembling process reads less.
    """
    seen: set[Quad] = set()
    for quads in results:
        kept = []
        for q in quads:
            if q[3] == _ENTITIES:
                if q in seen:
                    continue
                seen.add(q)
            kept.append(q)
        yield kept


def nquads_text(quads: Iterable[Quad]) -> str:
    return "".join(f"{s} {p} {o} {g} .\n" for s, p, o, g in quads)


def to_union(quads: Iterable[Quad]) -> Graph:
    """All triples in one rdflib graph with the fixed prefixes."""
    g = new_graph()
    g.parse(data="".join(f"{s} {p} {o} .\n" for s, p, o, _g in quads), format="nt")
    return g
