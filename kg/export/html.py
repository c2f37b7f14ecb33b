"""HTML network view of a graph (pyvis / vis-network), built from the RDF alone.

The page is self-contained: pyvis' own template loads Bootstrap and tom-select from
public CDNs even with ``cdn_resources="in_line"``, so we build the nodes and edges with
pyvis' ``Network``, inline the vis-network script and style that the pyvis package ships,
and render them with our own template (``view_template.html``, with ``view.js`` and
``view.css`` inlined) holding the search box, filters, legend and the evidence panel.
Zero network requests; opens from ``file://``.

Deterministic: nodes are sorted by IRI, edges by (from, to, label), ids are indexes,
and no timestamp or random value is written, so the same graph gives the same bytes.
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import Graph

from kg.errors import KGError
from kg.export.view_data import (  # re-exported: the projection the page draws
    EDGE_LABELS,
    EDGE_RULES,
    NODE_STYLES,
    fold,
    label_of,
    node_type,
    to_networkx,
    view_payload,
)

__all__ = [
    "EDGE_LABELS", "EDGE_RULES", "NODE_STYLES", "ViewOptions", "fold", "label_of", "node_type",
    "render_html", "to_networkx", "view_payload", "write_html",
]

VIS_VERSION = "vis-9.1.2"  # the newest vis-network pyvis 0.3.2 bundles
TEMPLATE, APP_JS, APP_CSS = "view_template.html", "view.js", "view.css"
LABEL_WIDTH = 24  # characters per line of a drawn label: readable at the default zoom
LABEL_LINES = 3
LABEL_INSIDE_SHAPES = frozenset({"box", "ellipse", "circle", "database", "text"})


@dataclass(frozen=True)
class ViewOptions:
    """How the page draws the graph.

    ``max_nodes``: past this many nodes only the most connected ones are drawn at first
    (the page says so; search and filters reach the others); 0 draws everything.
    """

    max_nodes: int = 1000
    title: str = "vn-gov-kg — mạng lưới cán bộ, cơ quan, cuộc họp"


class ViewAssetError(KGError):
    """The vis-network files pyvis ships, or the page template, could not be read."""


@cache
def _vis_assets() -> tuple[str, str]:
    """Return (vis-network.min.js, vis-network.css) from the installed pyvis package."""
    try:
        lib = resources.files("pyvis") / "lib" / VIS_VERSION
        js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
        css = (lib / "vis-network.css").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise ViewAssetError(
            f"expected pyvis to ship lib/{VIS_VERSION}/vis-network.min.js and .css, found none "
            f"({exc}); reinstall it: pip install 'pyvis>=0.3.2'") from exc
    # the source map is not shipped; a devtools session would try to fetch it
    js = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", js)
    return js, css


@cache
def _own_asset(name: str) -> str:
    """Return one of the page's own files (template, script, style) from kg/export/."""
    try:
        return (resources.files("kg.export") / name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ViewAssetError(f"expected kg/export/{name} in the installed package, found "
                             "none; reinstall vn-gov-kg (package data)") from exc


def wrap_label(label: str, *, width: int = LABEL_WIDTH, lines: int = LABEL_LINES) -> str:
    """Return ``label`` broken into at most ``lines`` lines of about ``width`` characters."""
    parts = textwrap.wrap(label, width=width, break_long_words=True) or [label]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 1].rstrip() + "…"
    return "\n".join(parts)


def _script_json(value: object) -> str:
    """JSON safe inside a <script> element (no "</script>", no "<!--")."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def render_html(g: Graph, *, options: ViewOptions | None = None) -> str:
    """Return a standalone HTML page drawing ``g``."""
    from pyvis.network import Network

    options = options or ViewOptions()
    payload = view_payload(g)
    net = Network(directed=True, cdn_resources="in_line")
    fonts = {kind: _font(style.shape) for kind, style in NODE_STYLES.items()}
    for node in payload["nodes"]:
        style = NODE_STYLES[node["kind"]]
        net.add_node(node["id"], label=wrap_label(node["label"]), shape=style.shape,
                     color=style.colour, font=fonts[node["kind"]],
                     title=f"{style.legend}: {node['label']}",
                     value=node["degree"], kind=node["kind"], search=node["search"],
                     degree=node["degree"], loc=node["loc"], full=node["label"])
    for i, edge in enumerate(payload["edges"]):
        net.add_edge(edge["from"], edge["to"], id=i, label=edge["label"], title=edge["label"])
    data = {
        "nodes": net.nodes, "edges": net.edges, "details": payload["details"],
        "evidence": payload["evidence"], "articles": payload["articles"],
        "types": [{**t, "font": fonts[t["key"]]} for t in payload["types"]],
        "maxNodes": options.max_nodes,
    }
    vis_js, vis_css = _vis_assets()
    parts = {
        "TITLE": _html_escape(options.title), "VIS_CSS": vis_css, "VIS_JS": vis_js,
        "DATA": _script_json(data), "APP_JS": _own_asset(APP_JS), "APP_CSS": _own_asset(APP_CSS),
    }
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], _own_asset(TEMPLATE))


def _font(shape: str) -> dict[str, object]:
    """Label font: white on the filled shapes that hold their label, dark with a halo elsewhere."""
    if shape in LABEL_INSIDE_SHAPES:
        return {"color": "#ffffff", "strokeWidth": 0}
    return {"color": "#222222", "strokeWidth": 3, "strokeColor": "#ffffff"}


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(g: Graph, path: Path, *, options: ViewOptions | None = None) -> None:
    """Write the page drawing ``g`` to ``path`` (UTF-8)."""
    path.write_text(render_html(g, options=options), encoding="utf-8")
