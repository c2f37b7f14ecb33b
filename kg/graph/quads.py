"""Quads: the graph of a build as plain (subject, predicate, object, graph) tuples.

Each article's triples are made where the article was extracted (a worker
process, or a Dask worker), so the process that assembles the build only
collects tuples, resolves people across articles and writes files. rdflib
graphs are made from the quads only when something asks for one (the HTML
view, JSON-LD, tests).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.gazetteer import Gazetteer
from kg.graph.build import (
    ENTITIES_GRAPH,
    NAME_PREDICATES,
    GraphBuilder,
    merge_record,
    name_triples,
    new_dataset,
    new_graph,
)
from kg.graph.vocab import KG
from kg.model import Annotations, Document, Fact
from kg.resolve import PersonNames, merge_plan

Quad = tuple[Node, Node, Node, URIRef]


def article_quads(gaz: Gazetteer, doc: Document, ann: Annotations, facts: Iterable[Fact]) -> list[Quad]:
    """The quads one article contributes: its named graph plus the entities it names."""
    builder = GraphBuilder(gaz)
    builder.add_document(doc, ann, facts)
    return builder.quads


def resolve_people(quads: Iterable[Quad]) -> list[Quad]:
    """Merge person nodes across articles and give each person its display name.

    Deterministic and order-independent: the plan (:func:`kg.resolve.merge_plan`)
    depends on the set of names and provinces only. Returns the deduplicated quads.
    """
    unique = set(quads)
    scopes: dict[str, str] = {}
    names: dict[str, set[str]] = {}
    scope_p, variant_p = KG.identityScope, KG.nameVariant
    for s, p, o, _g in unique:
        if p is scope_p or p == scope_p:
            scopes[str(s)] = str(o)
        elif p == variant_p:
            names.setdefault(str(s), set()).add(str(o))
    plan = merge_plan([PersonNames(node, scopes.get(node, ""), tuple(sorted(ns)))
                       for node, ns in sorted(names.items())])
    named = {URIRef(n) for n in plan.names}
    # display names are decided here, once, from all variants (articles write none)
    stale = {q for q in unique if q[0] in named and q[1] in NAME_PREDICATES and q[3] == ENTITIES_GRAPH}
    unique -= stale
    if plan.renames:
        renames = {URIRef(old): URIRef(new) for old, (new, _rule) in plan.renames.items()}
        unique = {(renames.get(s, s), p, renames.get(o, o) if isinstance(o, URIRef) else o, g)  # type: ignore[misc]
                  for s, p, o, g in unique}
        for old, (new, rule) in plan.renames.items():
            unique.update((s, p, o, ENTITIES_GRAPH) for s, p, o in merge_record(URIRef(old), URIRef(new), rule))
    for node, ordered in plan.names.items():
        unique.update((s, p, o, ENTITIES_GRAPH) for s, p, o in name_triples(URIRef(node), ordered))
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
            if q[3] == ENTITIES_GRAPH:
                if q in seen:
                    continue
                seen.add(q)
            kept.append(q)
        yield kept


def to_dataset(quads: Iterable[Quad]) -> Dataset:
    ds = new_dataset()
    for s, p, o, g in quads:
        ds.graph(g).add((s, p, o))
    return ds


def to_union(quads: Iterable[Quad]) -> Graph:
    g = new_graph()
    for s, p, o, _g in quads:
        g.add((s, p, o))
    return g


def from_dataset(ds: Dataset) -> list[Quad]:
    return [(s, p, o, c.identifier if isinstance(c, Graph) else c)  # type: ignore[misc]
            for s, p, o, c in ds.quads((None, None, None, None))]


__all__ = ["Quad", "article_quads", "resolve_people", "to_dataset", "to_union", "from_dataset", "Literal"]
