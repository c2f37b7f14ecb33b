"""Graph-tool exports: GraphML and GEXF (Gephi, Cytoscape, yEd) and node / edge CSV, written
by networkx from the same projection the HTML view draws (:func:`to_networkx`), with the
same importance.

Every attribute is a plain string or number (GraphML and GEXF have no lists): a node has its
IRI, label, type, type name, localities (labels and GSO codes, "; "-separated), importance and
degree; an edge has its label, the evidence sentences, the articles that state them (headline
and file) and the character offsets. Deterministic: nodes and edges in the projection's order.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from pathlib import Path

import networkx as nx
from rdflib import URIRef
from rdflib.namespace import PROV

from kg.errors import KGError
from kg.export.projection import importance
from kg.export.view_data import NODE_STYLES, GraphLike, label_of, node_localities, sorted_objects, to_networkx
from kg.graph.vocab import KG

GRAPH_FORMATS = ("graphml", "gexf", "csv")
SEPARATOR = "; "
EVIDENCE_SEPARATOR = " | "


class GraphExportError(KGError):
    """A graph-tool export could not be written."""


def attributed_graph(g: GraphLike) -> nx.MultiDiGraph:
    """Return the view's projection of ``g`` with plain-string attributes on nodes and edges."""
    view = to_networkx(g)
    scores = importance(view)
    places = node_localities(g, view)
    degree = dict(view.degree())
    labels = dict(view.nodes(data="label"))
    codes = {n: " ".join(str(c) for c in sorted_objects(g, URIRef(n), KG.gsoCode)) for n in view.nodes}
    out = nx.MultiDiGraph()
    for n, data in view.nodes(data=True):
        kind = data["kind"]
        out.add_node(n, label=labels[n], type=kind, type_label=NODE_STYLES[kind].legend,
                     localities=SEPARATOR.join(labels[p] for p in places[n]),
                     locality_codes=SEPARATOR.join(codes[p] for p in places[n] if codes[p]),
                     gso_code=codes[n], importance=scores[n], degree=degree[n])
    cache: dict[str, tuple[str, str, str, str]] = {}
    for a, b, data in view.edges(data=True):
        facts = [_evidence(g, e, cache) for e in data["evidence"]]
        out.add_edge(a, b, label=data["label"],
                     evidence=EVIDENCE_SEPARATOR.join(f[0] for f in facts),
                     articles=EVIDENCE_SEPARATOR.join(f[1] for f in facts),
                     files=EVIDENCE_SEPARATOR.join(f[2] for f in facts),
                     offsets=EVIDENCE_SEPARATOR.join(f[3] for f in facts))
    return out


def _evidence(g: GraphLike, ev: str, cache: dict[str, tuple[str, str, str, str]]) -> tuple[str, str, str, str]:
    """Return (sentence, article headline, source file, "start-end") of one evidence node."""
    if ev not in cache:
        node = URIRef(ev)
        sentence = " ".join(" ".join(str(s).split()) for s in sorted_objects(g, node, KG.sentence))
        arts = sorted_objects(g, node, PROV.wasDerivedFrom)
        headline = label_of(g, arts[0]) if arts else ""
        files = " ".join(str(f) for f in sorted_objects(g, arts[0], KG.sourceFile)) if arts else ""
        start = sorted_objects(g, node, KG.startOffset)
        end = sorted_objects(g, node, KG.endOffset)
        span = f"{start[0]}-{end[0]}" if start and end else ""
        cache[ev] = (sentence, headline, files, span)
    return cache[ev]


NODE_COLUMNS = ("id", "label", "type", "type_label", "localities", "locality_codes", "gso_code",
                "importance", "degree")
EDGE_COLUMNS = ("source", "target", "label", "evidence", "articles", "files", "offsets")


def write_graph_format(g: GraphLike, out_dir: Path, fmt: str, *, stem: str = "graph",
                       graph: nx.MultiDiGraph | None = None) -> list[Path]:
    """Write ``g``'s projection in ``fmt`` (graphml, gexf or csv) into ``out_dir`` and return the
    files written (csv: ``<stem>-nodes.csv`` and ``<stem>-edges.csv``)."""
    if fmt not in GRAPH_FORMATS:
        raise GraphExportError(f"unknown graph format {fmt!r}: expected one of {', '.join(GRAPH_FORMATS)}")
    graph = graph if graph is not None else attributed_graph(g)
    if fmt == "graphml":
        return [_atomic(out_dir / f"{stem}.graphml", lambda p: nx.write_graphml(graph, p, encoding="utf-8"))]
    if fmt == "gexf":
        return [_atomic(out_dir / f"{stem}.gexf", lambda p: nx.write_gexf(graph, p, encoding="utf-8"))]
    return [_atomic(out_dir / f"{stem}-nodes.csv", lambda p: _nodes_csv(graph, p)),
            _atomic(out_dir / f"{stem}-edges.csv", lambda p: _edges_csv(graph, p))]


def _nodes_csv(graph: nx.MultiDiGraph, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(NODE_COLUMNS)
        for n, d in graph.nodes(data=True):
            w.writerow([n, *(d[c] for c in NODE_COLUMNS[1:])])


def _edges_csv(graph: nx.MultiDiGraph, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(EDGE_COLUMNS)
        for a, b, d in graph.edges(data=True):
            w.writerow([a, b, *(d[c] for c in EDGE_COLUMNS[2:])])


def _atomic(path: Path, write: Callable[[Path], None]) -> Path:
    """Write through a temporary file renamed into place; OS errors become a KGError."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise GraphExportError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    return path


def graph_formats(requested: list[str]) -> tuple[list[str], list[str]]:
    """Split a list of format names into (graph-tool formats, the others)."""
    return ([f for f in requested if f in GRAPH_FORMATS], [f for f in requested if f not in GRAPH_FORMATS])


__all__ = ["EDGE_COLUMNS", "GRAPH_FORMATS", "NODE_COLUMNS", "GraphExportError",
           "attributed_graph", "graph_formats", "write_graph_format"]
