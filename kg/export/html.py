"""HTML network view of a graph (pyvis / vis-network), built from the RDF alone."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.graph.vocab import KG, ORG, SCHEMA

# node type -> (class IRI, colour, shape, legend label)
NODE_STYLES = {
    "official": (KG.Official, "#d62728", "dot", "Cán bộ"),
    "organization": (ORG.Organization, "#1f77b4", "box", "Cơ quan"),
    "post": (ORG.Post, "#9467bd", "diamond", "Chức vụ"),
    "locality": (SCHEMA.AdministrativeArea, "#2ca02c", "triangle", "Địa bàn"),
    "meeting": (KG.Meeting, "#ff7f0e", "star", "Cuộc họp"),
    "task": (KG.Task, "#8c564b", "square", "Nhiệm vụ"),
    "article": (SCHEMA.NewsArticle, "#7f7f7f", "ellipse", "Bài báo"),
}
# predicate -> Vietnamese edge label
EDGE_LABELS = {
    ORG.holds: "giữ chức", ORG.postIn: "thuộc", KG.locality: "địa bàn",
    SCHEMA.containedInPlace: "thuộc", KG.chair: "chủ trì", SCHEMA.organizer: "tổ chức",
    SCHEMA.attendee: "dự họp", SCHEMA.location: "tại", KG.assigner: "giao nhiệm vụ",
    KG.assignee: "được giao", KG.atMeeting: "tại cuộc họp", SCHEMA.about: "đưa tin",
}


def node_type(g: Graph, node: URIRef) -> str | None:
    for name, (cls, *_rest) in NODE_STYLES.items():
        if (node, RDF.type, cls) in g:
            return name
    return None


def label_of(g: Graph, node: URIRef) -> str:
    for pred in (SKOS.prefLabel, SCHEMA.name, RDFS.label, SCHEMA.headline, SCHEMA.description):
        for value in sorted(g.objects(node, pred), key=str):
            return str(value)
    return str(node).rsplit("/", 1)[-1]


def to_networkx(g: Graph) -> nx.MultiDiGraph:
    """Project the RDF graph onto the typed nodes and labelled edges the view draws."""
    view = nx.MultiDiGraph()
    for s in sorted({s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef)}, key=str):
        kind = node_type(g, s)
        if kind is not None:
            view.add_node(str(s), kind=kind, label=label_of(g, s))
    for pred, label in sorted(EDGE_LABELS.items(), key=lambda kv: str(kv[0])):
        for s, o in sorted(g.subject_objects(pred), key=lambda so: (str(so[0]), str(so[1]))):
            if str(s) in view and str(o) in view:
                view.add_edge(str(s), str(o), label=label)
    return view


def render_html(g: Graph) -> str:
    """Return a standalone HTML page drawing ``g``."""
    from pyvis.network import Network

    view = to_networkx(g)
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for node, data in view.nodes(data=True):
        _cls, colour, shape, legend = NODE_STYLES[data["kind"]]
        label = data["label"]
        net.add_node(node, label=label if len(label) <= 40 else label[:37] + "…",
                     title=f"{legend}: {label}", color=colour, shape=shape)
    for s, o, data in view.edges(data=True):
        net.add_edge(s, o, label=data["label"], title=data["label"])
    net.toggle_physics(True)
    return net.generate_html(notebook=False)


def write_html(g: Graph, path: Path) -> None:
    path.write_text(render_html(g), encoding="utf-8")
