"""Quads: the graph of a build as (subject, predicate, object, graph) N-Triples term strings.

Each article's triples are made where the article was extracted (a worker
process, or a Dask worker) and written there as N-Triples terms (``<iri>``,
``"text"@vi``, ``"5"^^<…#integer>``): strings are cheap to send between
processes, to hash, to deduplicate and to sort. The process that assembles a
build only collects them, resolves people across articles and writes files.
Resolution (:mod:`kg.resolve`, called by the pipeline) reads the person
names with :func:`person_names`; its plan is applied by :func:`apply_merge_plan`.
rdflib graphs are made from the quads only when something asks for one (the
HTML view, JSON-LD, tests).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Graph, URIRef

from kg.graph.build import (
    ENTITIES_GRAPH,
    NAME_PREDICATES,
    GraphBuilder,
    merge_record,
    name_triples,
    new_graph,
)
from kg.graph.terms import nt, nt_literal_value
from kg.graph.vocab import KG
from kg.graph.writers import write_article
from kg.lexicon.gazetteer import Gazetteer
from kg.model import Document, Fact
from kg.resolve.people import MergePlan, PersonNames

Quad = tuple[str, str, str, str]

_ENTITIES = nt(ENTITIES_GRAPH)
_SCOPE, _VARIANT = nt(KG.identityScope), nt(KG.nameVariant)
_NAME_PREDICATES = frozenset(nt(p) for p in NAME_PREDICATES)


def article_quads(gaz: Gazetteer, doc: Document, facts: Iterable[Fact], *, scope: str) -> list[Quad]:
    """The quads one article contributes: its named graph plus the entities it names.

    ``scope`` is the identity scope of the article's people (:func:`kg.resolve.keys.identity_scope`).
    """
    builder = GraphBuilder(gaz)
    write_article(builder, doc, facts, scope)
    return [(nt(s), nt(p), nt(o), nt(g)) for s, p, o, g in builder.quads]


class PersonIndex:
    """The identity index of a build, filled as quads stream by: each person node's scope and names.

    All that resolution keeps in memory (a few strings per official, not the graph).
    """

    def __init__(self) -> None:
        self.scopes: dict[str, str] = {}
        self.names: dict[str, set[str]] = {}

    def add(self, quads: Iterable[Quad]) -> None:
        for s, p, o, _g in quads:
            if p == _SCOPE:
                self.scopes[s[1:-1]] = nt_literal_value(o)
            elif p == _VARIANT:
                self.names.setdefault(s[1:-1], set()).add(nt_literal_value(o))

    def people(self) -> list[PersonNames]:
        return [PersonNames(node, self.scopes.get(node, ""), tuple(sorted(ns)))
                for node, ns in sorted(self.names.items())]


def person_names(quads: Iterable[Quad]) -> list[PersonNames]:
    """What resolution needs from a build: every person node, its scope and the names written."""
    index = PersonIndex()
    index.add(quads)
    return index.people()


def planned_quads(quads: Iterable[Quad], plan: MergePlan) -> Iterator[Quad]:
    """Apply ``plan`` to a stream of quads (one pass, duplicates possible: writers drop them).

    Merged person nodes are renamed; the names written for a person in the entities graph
    are dropped and the display names decided from all variants are added, with a record
    of each merge. ``plan`` is decided by :func:`kg.resolve.people.merge_plan`.
    """
    named = {f"<{n}>" for n in plan.names}
    renames = {f"<{old}>": f"<{new}>" for old, (new, _rule) in plan.renames.items()}
    for q in quads:
        s, p, o, g = q
        # display names are decided here, once, from all variants (articles write none)
        if s in named and p in _NAME_PREDICATES and g == _ENTITIES:
            continue
        if renames and (s in renames or o in renames):
            yield renames.get(s, s), p, renames.get(o, o), g
        else:
            yield q
    for old, (new, rule) in plan.renames.items():
        for ms, mp, mo in merge_record(URIRef(old), URIRef(new), rule):
            yield nt(ms), nt(mp), nt(mo), _ENTITIES
    for node, ordered in plan.names.items():
        for ns, np_, no in name_triples(URIRef(node), ordered):
            yield nt(ns), nt(np_), nt(no), _ENTITIES


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
