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


def person_names(quads: Iterable[Quad]) -> list[PersonNames]:
    """What resolution needs from a build: every person node, its scope and the names written."""
    scopes: dict[str, str] = {}
    names: dict[str, set[str]] = {}
    for s, p, o, _g in quads:
        if p == _SCOPE:
            scopes[s[1:-1]] = nt_literal_value(o)
        elif p == _VARIANT:
            names.setdefault(s[1:-1], set()).add(nt_literal_value(o))
    return [PersonNames(node, scopes.get(node, ""), tuple(sorted(ns))) for node, ns in sorted(names.items())]


def apply_merge_plan(quads: Iterable[Quad], plan: MergePlan) -> list[Quad]:
    """Rename merged person nodes, record why, and give each person its display name.

    ``plan`` is decided by :func:`kg.resolve.people.merge_plan`. Returns the deduplicated quads.
    """
    unique = set(quads)
    named = {f"<{n}>" for n in plan.names}
    # display names are decided here, once, from all variants (articles write none)
    unique -= {q for q in unique if q[0] in named and q[1] in _NAME_PREDICATES and q[3] == _ENTITIES}
    if plan.renames:
        renames = {f"<{old}>": f"<{new}>" for old, (new, _rule) in plan.renames.items()}
        unique = {(renames.get(s, s), p, renames.get(o, o), g) for s, p, o, g in unique}
        for old, (new, rule) in plan.renames.items():
            unique.update((nt(s), nt(p), nt(o), _ENTITIES)
                          for s, p, o in merge_record(URIRef(old), URIRef(new), rule))
    for node, ordered in plan.names.items():
        unique.update((nt(s), nt(p), nt(o), _ENTITIES) for s, p, o in name_triples(URIRef(node), ordered))
    return list(unique)  # every writer sorts; graphs are sets


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
