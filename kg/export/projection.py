"""What the view draws first, and where: node importance and the overview's layout, computed
with networkx on the projection :func:`kg.export.view_data.to_networkx` returns.

The same projection (and the same importance) feeds the graph-tool exports in
:mod:`kg.export.graphio`, so Gephi and the HTML page agree on what matters.

Deterministic: importance is rounded, ties are broken by node IRI, and the layout runs
from a fixed seed and is rounded to whole canvas units.
"""

from __future__ import annotations

import heapq
import math

import networkx as nx

# The first screen: who (officials), which bodies, where. Tasks, articles, meetings, posts and
# groups are collapsed into counts on these nodes and come in on demand (focus, legend).
OVERVIEW_KINDS = ("official", "organization", "locality")
# Node kinds whose links say little about importance: one article names dozens of nodes.
WEAK_KINDS = frozenset({"article"})
WEAK_WEIGHT = 0.2
LAYOUT_SEED = 7
FRONTIER_SHARE = 0.3
LAYOUT_ITERATIONS = 120
SPACING = 95.0  # canvas units per sqrt(node): a component's radius grows with its size
GRID = 190.0  # room for one label (canvas units) between packed blocks and lonely nodes
# networkx's spring layout runs dense (numpy only) below this many nodes; above it needs scipy
MAX_LAYOUT_NODES = 499


def importance(view: nx.MultiDiGraph) -> dict[str, float]:
    """Return each node's importance in [0, 1]: its degree centrality on the simple, undirected
    projection, where a link to an article counts ``WEAK_WEIGHT`` of a link to anything else."""
    simple = nx.Graph()
    simple.add_nodes_from(view.nodes)
    kind = dict(view.nodes(data="kind"))
    for a, b in view.edges():
        if a == b:
            continue
        weight = WEAK_WEIGHT if kind[a] in WEAK_KINDS or kind[b] in WEAK_KINDS else 1.0
        simple.add_edge(a, b, weight=weight)
    if simple.number_of_nodes() < 2:
        return dict.fromkeys(simple.nodes, 1.0)
    strength = dict(simple.degree(weight="weight"))
    top = max(strength.values()) or 1.0
    centrality = nx.degree_centrality(simple)  # the unweighted view breaks ties among equals
    return {n: round(0.9 * strength[n] / top + 0.1 * centrality[n], 6) for n in simple.nodes}


def ranked(view: nx.MultiDiGraph, scores: dict[str, float]) -> list[str]:
    """Return the nodes by decreasing importance (ties: by IRI)."""
    return sorted(view.nodes, key=lambda n: (-scores[n], n))


def overview(view: nx.MultiDiGraph, scores: dict[str, float], limit: int) -> list[str]:
    """Return the nodes of the first screen, most important first: ``limit`` officials, bodies
    and localities (``limit`` 0: all of them).

    Grown from the most important node so the screen shows who is linked to whom rather than
    scattered hubs: the next node is the most important neighbour of those already chosen,
    unless the most important node anywhere outweighs it by ``1 / FRONTIER_SHARE``.
    """
    kind = dict(view.nodes(data="kind"))
    candidates = [n for n in ranked(view, scores) if kind[n] in OVERVIEW_KINDS]
    if not candidates:  # a graph of meetings or articles only: show what there is
        candidates = ranked(view, scores)
    if limit <= 0 or len(candidates) <= limit:
        return candidates
    core = set(candidates)
    chosen: set[str] = set()
    frontier: list[tuple[float, str]] = []
    best = 0
    while len(chosen) < limit:
        while candidates[best] in chosen:
            best += 1
        while frontier and frontier[0][1] in chosen:
            heapq.heappop(frontier)
        if frontier and -frontier[0][0] >= FRONTIER_SHARE * scores[candidates[best]]:
            pick = heapq.heappop(frontier)[1]
        else:
            pick = candidates[best]
        chosen.add(pick)
        for other in set(view.predecessors(pick)) | set(view.successors(pick)):
            if other in core and other not in chosen:
                heapq.heappush(frontier, (-scores[other], other))
    return [n for n in candidates if n in chosen]


def layout(view: nx.MultiDiGraph, nodes: list[str]) -> dict[str, tuple[int, int]] | None:
    """Return canvas positions for ``nodes``, or None past ``MAX_LAYOUT_NODES`` (the page lays
    them out itself).

    Each connected component (of the simple undirected graph among ``nodes``) gets a
    force-directed layout sized to its node count; components are then packed in rows,
    largest first, and nodes without a link among ``nodes`` share a grid at the end.
    """
    if not nodes or len(nodes) > MAX_LAYOUT_NODES:
        return None
    # plain graphs built in a fixed order: networkx's subgraph views iterate a set when the
    # subset is small, which would make the layout depend on the process' hash seed
    sub = _simple(view, nodes)
    components = sorted((sorted(c) for c in nx.connected_components(sub) if len(c) > 1),
                        key=lambda c: (-len(c), c[0]))
    lonely = [n for n in nodes if sub.degree(n) == 0]
    blocks: list[dict[str, tuple[float, float]]] = []
    for comp in components:
        radius = SPACING * math.sqrt(len(comp))
        raw = nx.spring_layout(_simple(view, comp), k=3.0 / math.sqrt(len(comp)),
                               iterations=LAYOUT_ITERATIONS, seed=LAYOUT_SEED, scale=radius)
        blocks.append({n: (float(x), float(y)) for n, (x, y) in raw.items()})
    if lonely:
        per_row = max(1, math.ceil(math.sqrt(len(lonely))))
        blocks.append({n: (GRID * (i % per_row), GRID * (i // per_row)) for i, n in enumerate(lonely)})
    return _pack(blocks)


def _simple(view: nx.MultiDiGraph, nodes: list[str]) -> nx.Graph:
    """The simple undirected graph among ``nodes``, nodes and edges in a fixed order."""
    keep = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from(nodes)
    for a in nodes:
        for b in view.successors(a):
            if b in keep and b != a:
                sub.add_edge(a, b)
    return sub


def _pack(blocks: list[dict[str, tuple[float, float]]]) -> dict[str, tuple[int, int]]:
    """Place the blocks left to right in rows about as wide as the whole is tall."""
    boxes = []
    for block in blocks:
        xs = [x for x, _y in block.values()]
        ys = [y for _x, y in block.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + GRID, max(ys) - min(ys) + GRID))
    area = sum(w * h for _x, _y, w, h in boxes)
    row_width = max(max((w for _x, _y, w, _h in boxes), default=0.0), math.sqrt(area) * 1.3)
    pos: dict[str, tuple[int, int]] = {}
    x0 = y0 = row_height = 0.0
    for block, (left, top, w, h) in zip(blocks, boxes, strict=True):
        if x0 > 0 and x0 + w > row_width:
            x0, y0, row_height = 0.0, y0 + row_height, 0.0
        for n, (x, y) in block.items():
            pos[n] = (round(x0 + x - left), round(y0 + y - top))
        x0 += w
        row_height = max(row_height, h)
    return pos
