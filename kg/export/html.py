"""HTML network view of a graph (pyvis / vis-network), built from the RDF alone.

The page is self-contained: pyvis' own template loads Bootstrap and tom-select from
public CDNs even with ``cdn_resources="in_line"``, and its ``Network`` checks every node
and edge against Python lists (quadratic: minutes on a 30,000-node graph), so we only take
the vis-network script and style the pyvis package ships, inline them, and render the data
of :mod:`kg.export.page_data` with our own template (``view_template.html``, with
``view.js`` and ``view.css`` inlined): search, locality tree, focus mode, legend and the
evidence panel. Zero network requests; opens from ``file://``.

Deterministic: nodes are sorted by IRI, edges by (from, to, label), ids are indexes,
and no timestamp or random value is written, so the same graph gives the same bytes.
"""

from __future__ import annotations

import json
import os
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from kg.errors import KGError
from kg.export.page_data import view_payload
from kg.export.view_data import (
    EDGE_LABELS,
    EDGE_RULES,
    NODE_STYLES,
    GraphLike,  # re-exported: the projection the page draws
    label_of,
    node_type,
    to_networkx,
)
from kg.lexicon.search import SEARCH_FOLD
from kg.progress import Stages

__all__ = [
    "EDGE_LABELS", "EDGE_RULES", "NODE_STYLES", "ViewOptions", "label_of", "node_type",
    "render_html", "to_networkx", "view_payload", "write_html",
]

VIS_VERSION = "vis-9.1.2"  # the newest vis-network pyvis 0.3.2 bundles
TEMPLATE, APP_CSS = "view_template.html", "view.css"
APP_JS = ("view.js", "view_panel.js")  # inlined in this order inside one function
LABEL_WIDTH = 24  # characters per line of a drawn label: readable at the default zoom
LABEL_LINES = 3
LABEL_INSIDE_SHAPES = frozenset({"box", "ellipse", "circle", "database", "text"})


@dataclass(frozen=True)
class ViewOptions:
    """How the page draws the graph.

    ``max_nodes``: the first screen draws the ``max_nodes`` most important officials, bodies
    and localities (the page says so; search, the locality tree and focus reach every other
    node); 0 draws all of them.
    """

    max_nodes: int = 300
    title: str = "vn-gov-kg — mạng lưới cán bộ, cơ quan, cuộc họp"


class ViewWriteError(KGError):
    """The page could not be written (missing or read-only folder, full disk)."""


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
    """JSON safe inside a <script> element: every "<" is written \\u003c, so no "</script>",
    "<!--" or "<script" can end or change the element, whatever the articles say."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # U+2028/2029 are valid in JSON but some parsers of script text choke on them
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


STEPS = 5  # projecting, ranking, collecting, encoding, writing


def render_html(g: GraphLike, *, options: ViewOptions | None = None,
                step: Callable[[str], None] | None = None) -> str:
    """Return a standalone HTML page drawing ``g``; ``step`` hears each stage's name."""
    options = options or ViewOptions()
    step = step or (lambda _name: None)
    payload = view_payload(g, max_nodes=options.max_nodes, step=step)
    step(f"encoding {len(payload['nodes']):,} nodes and {len(payload['edges']):,} edges")
    fonts = {kind: _font(style.shape) for kind, style in NODE_STYLES.items()}
    for node in payload["nodes"]:
        node["label"] = wrap_label(node["full"])
    data = {**payload, "types": [{**t, "font": fonts[t["key"]]} for t in payload["types"]],
            "maxNodes": options.max_nodes, "fold": SEARCH_FOLD}  # the page folds what is typed with it
    vis_js, vis_css = _vis_assets()
    parts = {
        "TITLE": _html_escape(options.title), "VIS_CSS": vis_css, "VIS_JS": vis_js,
        "DATA": _script_json(data), "APP_CSS": _own_asset(APP_CSS),
        "APP_JS": "".join(_own_asset(name) for name in APP_JS),
    }
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], _own_asset(TEMPLATE))


def _font(shape: str) -> dict[str, object]:
    """Label font: white on the filled shapes that hold their label, dark with a halo elsewhere."""
    if shape in LABEL_INSIDE_SHAPES:
        return {"color": "#ffffff", "strokeWidth": 0}
    return {"color": "#222222", "strokeWidth": 3, "strokeColor": "#ffffff"}


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(g: GraphLike, path: Path, *, options: ViewOptions | None = None,
               progress: bool | Stages = False) -> None:
    """Write the page drawing ``g`` to ``path`` (UTF-8), through a temporary file renamed
    into place, so a failed write leaves any previous page intact.

    ``progress``: True reports the steps on stderr (a bar on a terminal, a line per step
    otherwise, only past a couple of seconds); a :class:`Stages` reports to its stream.
    """
    owned = progress is True
    stages = progress if isinstance(progress, Stages) else (Stages(path.name, STEPS) if owned else None)
    try:
        html = render_html(g, options=options, step=stages).encode("utf-8")
        if stages is not None:
            stages(f"writing {len(html) / 1e6:.1f} MB")
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            tmp.write_bytes(html)
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise ViewWriteError(f"{path}: cannot write the page ({exc.strerror or exc})") from exc
    finally:
        if owned and stages is not None:
            stages.close()
