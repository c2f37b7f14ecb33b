"""GraphML, GEXF and CSV exports of the view's projection: read back by networkx and by
independent readers (python-igraph, xml.etree, csv), with the same nodes, edges and attributes."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from kg.export.graphio import EDGE_COLUMNS, NODE_COLUMNS, attributed_graph, write_graph_format
from kg.export.html import to_networkx

BUONG = "Dương Hữu Bường"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://gexf.net/1.2}"  # networkx 3 writes GEXF 1.2draft


@pytest.fixture(scope="module")
def exported(seeds_graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("graph-exports")
    for fmt in ("graphml", "gexf", "csv"):
        write_graph_format(seeds_graph, out, fmt)
    return out


def _counts(seeds_graph: Graph) -> tuple[int, int]:
    view = to_networkx(seeds_graph)
    return view.number_of_nodes(), view.number_of_edges()


def test_graphml_opens_in_networkx_with_plain_attributes(seeds_graph: Graph, exported: Path) -> None:
    g = nx.read_graphml(exported / "graph.graphml")
    assert (g.number_of_nodes(), g.number_of_edges()) == _counts(seeds_graph)
    (buong,) = [n for n, d in g.nodes(data=True) if d["label"] == BUONG]
    data = g.nodes[buong]
    assert data["type"] == "official" and data["type_label"] == "Cán bộ"
    assert "thành phố Bắc Kạn" in data["localities"] and 0 < data["importance"] <= 1
    chair = [d for _a, b, d in g.out_edges(buong, data=True)
             if d["label"] == "Chủ tịch" and "Bắc Kạn" in g.nodes[b]["label"]]
    assert chair and BUONG in chair[0]["evidence"] and ".txt" in chair[0]["files"]
    assert "-" in chair[0]["offsets"] and chair[0]["articles"]


def test_graphml_opens_in_igraph_with_the_same_counts(seeds_graph: Graph, exported: Path) -> None:
    import igraph

    g = igraph.Graph.Read_GraphML(str(exported / "graph.graphml"))
    assert (g.vcount(), g.ecount()) == _counts(seeds_graph)
    assert g.is_directed()
    labels = g.vs["label"]
    assert BUONG in labels and set(g.vs["type"]) >= {"official", "organization", "locality"}
    assert all(isinstance(x, str) for x in g.es["evidence"])


def test_graphml_is_well_formed_xml_with_the_same_counts(seeds_graph: Graph, exported: Path) -> None:
    root = ET.parse(exported / "graph.graphml").getroot()
    graph = root.find(f"{GRAPHML}graph")
    assert graph is not None
    nodes = graph.findall(f"{GRAPHML}node")
    edges = graph.findall(f"{GRAPHML}edge")
    assert (len(nodes), len(edges)) == _counts(seeds_graph)


def test_gexf_opens_in_networkx_and_as_xml(seeds_graph: Graph, exported: Path) -> None:
    g = nx.read_gexf(exported / "graph.gexf")
    assert (g.number_of_nodes(), g.number_of_edges()) == _counts(seeds_graph)
    assert BUONG in {d["label"] for _n, d in g.nodes(data=True)}
    root = ET.parse(exported / "graph.gexf").getroot()
    ns = root.tag.split("}")[0] + "}"
    assert len(root.iter(f"{ns}node").__next__().attrib) >= 2
    assert (len(list(root.iter(f"{ns}node"))), len(list(root.iter(f"{ns}edge")))) == _counts(seeds_graph)


def test_csv_has_one_row_per_node_and_edge(seeds_graph: Graph, exported: Path) -> None:
    with (exported / "graph-nodes.csv").open(encoding="utf-8", newline="") as f:
        nodes = list(csv.DictReader(f))
    with (exported / "graph-edges.csv").open(encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    assert (len(nodes), len(edges)) == _counts(seeds_graph)
    assert tuple(nodes[0]) == NODE_COLUMNS and tuple(edges[0]) == EDGE_COLUMNS
    ids = {n["id"] for n in nodes}
    assert all(e["source"] in ids and e["target"] in ids for e in edges)
    assert any(n["label"] == BUONG and n["type"] == "official" for n in nodes)


def test_exports_are_deterministic(seeds_graph: Graph, exported: Path, tmp_path: Path) -> None:
    shuffled = Graph()
    for triple in sorted(seeds_graph, key=lambda t: tuple(str(x) for x in t), reverse=True):
        shuffled.add(triple)
    for fmt in ("graphml", "csv"):
        for path in write_graph_format(shuffled, tmp_path, fmt):
            assert path.read_bytes() == (exported / path.name).read_bytes(), path.name


def test_projection_matches_the_page(seeds_graph: Graph) -> None:
    view = to_networkx(seeds_graph)
    attributed = attributed_graph(seeds_graph)
    assert list(attributed.nodes) == list(view.nodes)
    assert [(a, b, d["label"]) for a, b, d in attributed.edges(data=True)] == \
        [(a, b, d["label"]) for a, b, d in view.edges(data=True)]


def test_kg_view_writes_graph_formats(seeds_build: Path, tmp_path: Path, exported: Path) -> None:
    from kg.cli import main

    ttl = str(seeds_build / "graph.ttl")
    assert main(["view", ttl, "--out", str(tmp_path / "g.graphml")]) == 0
    assert (tmp_path / "g.graphml").read_bytes() == (exported / "graph.graphml").read_bytes()
    assert main(["view", ttl, "--out", str(tmp_path / "sub" / "x"), "--format", "csv"]) == 0
    assert (tmp_path / "sub" / "x-nodes.csv").is_file() and (tmp_path / "sub" / "x-edges.csv").is_file()
    assert main(["view", ttl, "--out", str(tmp_path / "g.gexf")]) == 0
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == to_networkx(
        Graph().parse(ttl, format="turtle")).number_of_nodes()


def test_kg_export_writes_graph_formats_from_a_store(tmp_path: Path, exported: Path) -> None:
    from kg.cli import main

    from .conftest import SEEDS

    store = tmp_path / "store"
    assert main(["build", str(SEEDS), "--into", str(store)]) == 0
    out = tmp_path / "out"
    assert main(["export", str(store), "--out", str(out), "--format", "ttl,graphml,gexf,csv",
                 "--no-html"]) == 0
    for name in ("graph.ttl", "graph.graphml", "graph.gexf", "graph-nodes.csv", "graph-edges.csv"):
        assert (out / name).is_file(), name
    assert not (out / "graph.html").exists()
    assert (out / "graph.graphml").read_bytes() == (exported / "graph.graphml").read_bytes()
