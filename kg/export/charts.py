"""Charts of the build report as inline SVG, drawn by matplotlib (``report.html`` has no script, no request).

Deterministic: the same numbers give the same bytes — a fixed ``svg.hashsalt`` (the ids of
clip paths and glyphs), no date or creator in the metadata, text kept as text
(``svg.fonttype: none``: the browser draws Vietnamese with its own fonts, and the file stays
small). Settings are applied in an ``rc_context``, never to matplotlib's global state, and
matplotlib is imported only when a report is drawn (~0.3 s).
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

RC: dict[Any, Any] = {
    "svg.hashsalt": "vn-gov-kg",
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
}
COLORS = {"memberships": "#4c72b0", "meetings": "#dd8452", "tasks": "#55a868"}
BAR = "#4c72b0"
_NO_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}
"""No date, no version: the same numbers give the same bytes with any matplotlib release."""
_XML_HEAD = re.compile(r"^<\?xml[^>]*>\s*<!DOCTYPE[^>]*>\s*", re.S)
_COMMENT = re.compile(r"<!--.*?-->\s*", re.S)


def _svg(fig: Figure, title: str) -> str:
    """The figure as an inline ``<svg>`` element (no XML prolog or doctype), titled for screen readers."""
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata=_NO_METADATA)
    text = _COMMENT.sub("", _XML_HEAD.sub("", buf.getvalue()))
    return text.replace("<svg ", f'<svg role="img" aria-label="{_attr(title)}" class="chart" ', 1)


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure  # no pyplot: no GUI backend, no global figure list

    return Figure(figsize=(width, height), layout="constrained")


def _short(label: str, width: int = 42) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def _barh(ax: Axes, title: str, labels: Sequence[str], values: Sequence[int], color: str) -> None:
    ys = list(range(len(labels)))[::-1]
    bars = ax.barh(ys, values, color=color)
    ax.set_yticks(ys, labels=[_short(x, 32) for x in labels])
    ax.bar_label(bars, labels=[f"{v:,}" for v in values], padding=3, fontsize=8)
    ax.set_title(title, loc="left")
    ax.margins(x=0.15)
    ax.tick_params(axis="y", length=0)


def barh_pair(left: tuple[str, Sequence[str], Sequence[int]], right: tuple[str, Sequence[str], Sequence[int]],
              *, title: str) -> str:
    """Two horizontal bar charts side by side (one figure: one layout pass), first label on top."""
    import matplotlib

    with matplotlib.rc_context(RC):
        rows = max(len(left[1]), len(right[1]), 1)
        fig = _figure(10, 0.9 + 0.26 * rows)
        for ax, (name, labels, values), color in zip(fig.subplots(1, 2), (left, right),
                                                     (COLORS["memberships"], COLORS["tasks"]), strict=True):
            _barh(ax, name, labels, values, color)
        return _svg(fig, title)


def stacked(title: str, labels: Sequence[str], series: Mapping[str, Sequence[int]], *,
            horizontal: bool = True) -> str:
    """Bars stacked by fact kind (``series``: kind -> one value per label), with a legend."""
    import matplotlib

    with matplotlib.rc_context(RC):
        if horizontal:
            fig = _figure(7.5, 1.2 + 0.28 * max(len(labels), 1))
        else:
            fig = _figure(7.5, 3.2)
        ax = fig.subplots()
        positions = list(range(len(labels)))[::-1] if horizontal else list(range(len(labels)))
        base = [0] * len(labels)
        for kind, values in series.items():
            if horizontal:
                ax.barh(positions, values, left=base, color=COLORS.get(kind, BAR), label=kind)
            else:
                ax.bar(positions, values, bottom=base, color=COLORS.get(kind, BAR), label=kind)
            base = [b + v for b, v in zip(base, values, strict=True)]
        if horizontal:
            ax.set_yticks(positions, labels=[_short(x) for x in labels])
            ax.tick_params(axis="y", length=0)
            for y, total in zip(positions, base, strict=True):
                ax.annotate(f"{total:,}", (total, y), xytext=(3, 0), textcoords="offset points",
                            va="center", fontsize=8)
            ax.margins(x=0.1)
        else:
            step = max(1, len(labels) // 24)  # at most ~24 tick labels
            ax.set_xticks(positions[::step], labels=list(labels)[::step], rotation=60, ha="right")
        ax.set_title(title, loc="left")
        fig.legend(frameon=False, ncols=len(series), loc="outside upper right")
        return _svg(fig, title)
