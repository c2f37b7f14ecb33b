"""Incremental builds: add articles to a persistent store and re-resolve what they touch.

A store (pyoxigraph, on disk) holds one named graph per article plus the
shared entities graph, exactly like ``graph.trig``. Adding an article replaces
its named graph (so re-adding it changes nothing), unions the entity triples,
then re-runs person resolution (:mod:`kg.resolve.people`) for the people the new
articles name and the people of the same province they may merge with. The
store then equals a full rebuild of all articles it holds, and
:func:`export_store` writes the same bytes a full build writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef

from kg.graph.build import ENTITIES_GRAPH, NAME_PREDICATES, merge_record, name_triples
from kg.graph.quads import Quad, nquads_text
from kg.graph.terms import literal, nt
from kg.graph.vocab import KG
from kg.resolve.people import PersonNames, merge_plan

if TYPE_CHECKING:
    import pyoxigraph

_ENTITIES = nt(ENTITIES_GRAPH)
_SCOPE = nt(KG.identityScope)


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


def add_quads(store: pyoxigraph.Store, quads: list[Quad]) -> AddReport:
    """Add a build's quads to ``store``; see the module docstring."""
    import pyoxigraph

    existing = {g.value for g in store.named_graphs() if isinstance(g, pyoxigraph.NamedNode)}
    graphs = {q[3] for q in quads}
    added = replaced = 0
    for name in sorted(graphs):
        if name == _ENTITIES:
            continue
        if name[1:-1] in existing:
            store.remove_graph(pyoxigraph.NamedNode(name[1:-1]))
            replaced += 1
        else:
            added += 1
    store.load(nquads_text(quads).encode("utf-8"), pyoxigraph.RdfFormat.N_QUADS)
    touched = {s[1:-1] for s, p, _o, _g in quads if p == _SCOPE}
    _re_resolve(store, touched)
    store.flush()
    return AddReport(added, replaced, len(touched), len(store))


def _re_resolve(store: pyoxigraph.Store, touched: set[str]) -> None:
    """Run person resolution for the touched people and everyone in their provinces."""
    import pyoxigraph

    ent = _nn(ENTITIES_GRAPH)
    scope_p, variant_p = _nn(KG.identityScope), _nn(KG.nameVariant)

    def scope_of(node: str) -> str | None:
        for q in store.quads_for_pattern(pyoxigraph.NamedNode(node), scope_p, None, ent):
            return q.object.value  # type: ignore[union-attr,no-any-return]
        return None

    scopes = {s for s in (scope_of(n) for n in touched) if s is not None}
    people: list[PersonNames] = []
    for scope in sorted(scopes):
        for q in store.quads_for_pattern(None, scope_p, pyoxigraph.Literal(scope), ent):
            node = q.subject.value  # type: ignore[union-attr]
            names = sorted({v.object.value for v in store.quads_for_pattern(q.subject, variant_p, None, ent)})  # type: ignore[union-attr]
            people.append(PersonNames(node, scope, tuple(names)))
    plan = merge_plan(sorted(set(people), key=lambda p: p.node))
    for old_s, (new_s, rule) in sorted(plan.renames.items()):
        _rename(store, old_s, new_s)
        store.extend(_ox_quad(triple, ent) for triple in merge_record(URIRef(old_s), URIRef(new_s), rule))
    for node_s, names in sorted(plan.names.items()):
        node = pyoxigraph.NamedNode(node_s)
        for pred in NAME_PREDICATES:
            for q in list(store.quads_for_pattern(node, _nn(pred), None, ent)):
                store.remove(q)
        store.extend(_ox_quad(triple, ent) for triple in name_triples(URIRef(node_s), names))


def _ox_quad(triple: tuple[URIRef, URIRef, URIRef | Literal],
             graph: pyoxigraph.NamedNode) -> pyoxigraph.Quad:
    import pyoxigraph

    s, p, o = triple
    return pyoxigraph.Quad(_to_ox(s), _to_ox(p), _to_ox(o), graph)  # type: ignore[arg-type]


def _rename(store: pyoxigraph.Store, old: str, new: str) -> None:
    import pyoxigraph

    old_n, new_n = pyoxigraph.NamedNode(old), pyoxigraph.NamedNode(new)
    for q in list(store.quads_for_pattern(old_n, None, None, None)):
        store.remove(q)
        store.add(pyoxigraph.Quad(new_n, q.predicate, q.object, q.graph_name))
    for q in list(store.quads_for_pattern(None, None, old_n, None)):
        store.remove(q)
        store.add(pyoxigraph.Quad(q.subject, q.predicate, new_n, q.graph_name))


def store_quads(store: pyoxigraph.Store) -> list[Quad]:
    """Read a store back as quads (one named graph per article plus the entities graph)."""
    import pyoxigraph

    return [(_nt(q.subject), _nt(q.predicate), _nt(q.object), _nt(q.graph_name))  # type: ignore[arg-type]
            for q in store.quads_for_pattern(None, None, None, None)
            if isinstance(q.graph_name, pyoxigraph.NamedNode)]


def _nt(term: pyoxigraph.NamedNode | pyoxigraph.Literal) -> str:
    """The N-Triples spelling of a pyoxigraph term, exactly as :func:`kg.graph.terms.nt` writes it."""
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return f"<{term.value}>"
    return literal(term.value, language=term.language,
                   datatype=term.datatype.value if term.datatype is not None else None)
