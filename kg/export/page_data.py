"""The JSON the network page embeds: every node of the projection (drawn or not, so all of them
are searchable), its importance, a one-line description telling namesakes apart, counts of the
neighbours kept collapsed, the labelled edges with their evidence, and the first screen.

Everything is read from the RDF through :func:`kg.export.view_data.to_networkx`; nothing is
re-extracted. Deterministic: nodes follow the projection's order (by IRI), lists are sorted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import partial

import networkx as nx
from rdflib import URIRef
from rdflib.namespace import PROV, RDF, RDFS
from rdflib.term import Node

from kg.export.projection import importance, layout, overview
from kg.export.view_data import (
    CODE_PREDICATES,
    COPIED_INTO_LABEL,
    DATE_PREDICATES,
    EDGE_RULES,
    MEMBERSHIP_NAMED_LABEL,
    NAME_PREDICATES,
    NODE_STYLES,
    PROPERTY_PREDICATES,
    RESOURCE_PROPERTIES,
    GraphLike,
    label_of,
    node_localities,
    sorted_objects,
    to_networkx,
    value_label,
)
from kg.graph.vocab import KG, ORG, SCHEMA, TIME
from kg.lexicon.search import search_fold

# Edge labels that are relations; any other label on an official → body edge is a role
# ("Chủ tịch"), read as a post.
RELATION_LABELS = frozenset({rule.label for rule in EDGE_RULES} | {MEMBERSHIP_NAMED_LABEL})
# Kinds collapsed into counts on their neighbours until asked for.
COLLAPSED_KINDS = ("task", "article", "meeting", "post", "group")
SUBTITLE_POSTS = 2  # posts named in an official's search row

Step = Callable[[str], None]


def _subtitles(view: nx.MultiDiGraph, labels: dict[str, str],
               localities: dict[str, list[str]]) -> dict[str, str]:
    """Return, per node, the words that tell it from a namesake: an official's posts
    ("Chủ tịch · Ủy ban nhân dân tỉnh X"), a body's or a place's locality, a meeting's place."""
    kind = dict(view.nodes(data="kind"))
    parents: dict[str, list[str]] = defaultdict(list)
    for a, b, label in view.edges(data="label"):
        if label == "trực thuộc" and kind[a] == kind[b] == "locality":
            parents[a].append(b)
    out: dict[str, str] = {}
    for n in view.nodes:
        k = kind[n]
        if k == "official":
            posts = sorted({f"{label} · {labels[b]}" for _a, b, label in view.out_edges(n, data="label")
                            if kind[b] == "organization" and label not in RELATION_LABELS})
            if not posts:
                posts = sorted(labels[b] for _a, b, label in view.out_edges(n, data="label")
                               if kind[b] == "post")
            text = "; ".join(posts[:SUBTITLE_POSTS])
            if len(posts) > SUBTITLE_POSTS:
                text += f" (+{len(posts) - SUBTITLE_POSTS})"
            out[n] = text or ", ".join(labels[p] for p in _most_specific(localities[n], parents))
        elif k == "locality":
            chain, seen = [], {n}
            up = sorted(parents.get(n, ()))
            while up and up[0] not in seen:
                seen.add(up[0])
                chain.append(labels[up[0]])
                up = sorted(parents.get(up[0], ()))
            out[n] = ", ".join(chain)
        else:
            out[n] = ", ".join(labels[p] for p in _most_specific(localities[n], parents))
    return out


def _most_specific(places: list[str], parents: dict[str, list[str]]) -> list[str]:
    """Drop the places that are an ancestor of another one in the list."""
    ancestors = {p for q in places for p in parents.get(q, ())}
    return [p for p in places if p not in ancestors][:2]


def _values(found: dict[Node, list[Node]], pred: URIRef) -> list[Node]:
    return sorted(found.get(pred, ()), key=str)


def view_payload(g: GraphLike, *, max_nodes: int = 0, step: Step | None = None) -> dict:
    """Return the JSON-ready data of the page (see the module docstring).

    ``max_nodes``: the size of the first screen (0: every official, body and locality);
    ``step`` is called with the name of each stage as it starts (progress reporting).
    """
    step = step or (lambda _name: None)
    step("projecting the graph")
    view = to_networkx(g)
    order = {n: i for i, n in enumerate(view.nodes)}
    step(f"ranking {view.number_of_nodes():,} nodes (networkx)")
    scores = importance(view)
    first = overview(view, scores, max_nodes)
    positions = layout(view, first)
    step("collecting evidence and search keys")
    evidence_ids: dict[str, int] = {}
    evidence: list[dict] = []
    articles: dict[str, dict] = {}

    def article_ref(art: URIRef) -> str:
        key = str(art)
        if key not in articles:
            dates = sorted_objects(g, art, SCHEMA.datePublished)
            articles[key] = {
                "node": order.get(key), "headline": label_of(g, art),
                "date": str(dates[0]) if dates else "",
                "file": " ".join(str(f) for f in sorted_objects(g, art, KG.sourceFile)),
            }
        return key

    def evidence_ref(ev: str) -> int:
        if ev not in evidence_ids:
            node = URIRef(ev)
            sentence = " ".join(str(s) for s in sorted_objects(g, node, KG.sentence))
            arts = [article_ref(a) for a in sorted_objects(g, node, PROV.wasDerivedFrom)]
            start = sorted_objects(g, node, KG.startOffset)
            end = sorted_objects(g, node, KG.endOffset)
            evidence_ids[ev] = len(evidence)
            evidence.append({
                "sentence": sentence, "article": arts[0] if arts else "",
                "start": int(start[0]) if start else None, "end": int(end[0]) if end else None,
            })
        return evidence_ids[ev]

    labels = {n: d["label"] for n, d in view.nodes(data=True)}
    localities = node_localities(g, view)
    subtitles = _subtitles(view, labels, localities)
    kind = dict(view.nodes(data="kind"))
    degree = dict(view.degree())
    nodes: list[dict] = []
    details: list[dict] = []
    for n, data in view.nodes(data=True):
        node = URIRef(n)
        hidden: dict[str, set[str]] = defaultdict(set)
        for other in set(view.predecessors(n)) | set(view.successors(n)):
            if kind[other] in COLLAPSED_KINDS:
                hidden[kind[other]].add(other)
        # one pass over the node's triples, instead of one lookup per predicate
        found: dict[Node, list[Node]] = defaultdict(list)
        for pred, obj in g.predicate_objects(node):
            found[pred].append(obj)
        objs = partial(_values, found)
        own = [evidence_ref(str(e)) for e in objs(KG.evidence)]
        names = sorted({str(v) for p in NAME_PREDICATES for v in found.get(p, ())
                        if p != RDFS.label or not found.keys() & COPIED_INTO_LABEL})
        props = [[name, str(v)] for p, name in PROPERTY_PREDICATES for v in objs(p)]
        props += [[name, label_of(g, v) if isinstance(v, URIRef) else str(v)]
                  for p, name in RESOURCE_PROPERTIES for v in objs(p)]
        codes = sorted({f"{name}: {v}" for p, name in CODE_PREDICATES for v in found.get(p, ())})
        dates = [[name, value_label(p, v)] for p, name in DATE_PREDICATES for v in objs(p)]
        sources = [article_ref(a) for a in objs(PROV.wasDerivedFrom)
                   if isinstance(a, URIRef) and (a, RDF.type, SCHEMA.NewsArticle) in g]
        words = dict.fromkeys([data["label"], *names, *(c.split(": ")[-1] for c in codes)])
        entry: dict = {"id": order[n], "kind": data["kind"], "full": data["label"],
                       "search": search_fold(" ".join(words)), "degree": degree[n],
                       "imp": scores[n], "sub": subtitles[n],
                       "loc": [order[p] for p in localities[n]],
                       "cnt": {k: len(v) for k, v in sorted(hidden.items())}}
        if positions is not None and n in positions:
            entry["x"], entry["y"] = positions[n]
        nodes.append(entry)
        detail = {"iri": n, "labels": names, "codes": codes, "dates": dates,
                  "props": props, "evidence": own, "sources": sources}
        if data["kind"] == "official":
            career = _career(g, node, evidence_ref)
            if career:
                detail["career"] = career
        details.append(detail)
    edges = [{"from": order[a], "to": order[b], "label": d["label"],
              "ev": [evidence_ref(e) for e in d["evidence"]]}
             for a, b, d in view.edges(data=True)]
    article_list = sorted(articles)
    article_index = {a: i for i, a in enumerate(article_list)}
    for ev in evidence:
        ev["article"] = article_index.get(ev["article"])
    for d in details:
        d["sources"] = [article_index[a] for a in d["sources"]]
    return {
        "nodes": nodes, "edges": edges, "details": details, "evidence": evidence,
        "articles": [articles[a] for a in article_list],
        "first": [order[n] for n in first], "laidOut": positions is not None,
        "relations": sorted(RELATION_LABELS),
        "types": [{"key": k, "legend": s.legend, "colour": s.colour, "shape": s.shape}
                  for k, s in NODE_STYLES.items()],
    }


def _career(g: GraphLike, person: URIRef, evidence_ref: Callable[[str], int]) -> list[dict]:
    """A person's tenures (:mod:`kg.graph.tenure`) for the panel's timeline, by date.

    Each: the post, the begin and end dates (``""`` when open) with what fixed them
    (``stated``, ``observed``, ``before``), and the sentences that fix them.
    """
    out = []
    for tenure in sorted(g.subjects(ORG.member, person), key=str):
        if (tenure, RDF.type, KG.Tenure) not in g:
            continue
        posts = sorted_objects(g, tenure, KG.post)
        entry: dict = {"post": label_of(g, posts[0] if posts else URIRef(str(tenure))), "ev": []}
        for during in sorted_objects(g, tenure, ORG.memberDuring):
            for side, pred in (("begin", TIME.hasBeginning), ("end", TIME.hasEnd)):
                for instant in sorted_objects(g, during, pred):
                    dates = sorted_objects(g, instant, TIME.inXSDDate)
                    kinds = sorted_objects(g, instant, KG.boundKind)
                    entry[side] = str(dates[0]) if dates else ""
                    entry[side + "Kind"] = str(kinds[0]) if kinds else ""
                    for m in sorted_objects(g, instant, PROV.wasDerivedFrom):
                        entry["ev"] += [evidence_ref(str(e)) for e in sorted_objects(g, m, KG.evidence)]
        entry["ev"] = sorted(set(entry["ev"]))
        out.append(entry)
    return sorted(out, key=lambda e: (e.get("begin", ""), e.get("end", ""), e["post"]))
