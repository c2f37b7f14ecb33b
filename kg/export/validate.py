"""SHACL validation of exported graphs against ``ontology/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.errors import KGError

ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"


@dataclass(frozen=True)
class Report:
    conforms: bool
    text: str


def shapes_graph(path: Path | None = None) -> Graph:
    path = path or ONTOLOGY_DIR / "shapes.ttl"
    if not path.exists():
        raise KGError(f"{path}: SHACL shapes not found; run from a checkout of vn-gov-kg")
    return Graph().parse(path, format="turtle")


def validate(g: Graph, shapes: Graph | None = None) -> Report:
    """Validate ``g`` against the project's SHACL shapes; return whether it conforms and why not."""
    import pyshacl

    conforms, _graph, text = pyshacl.validate(
        g, shacl_graph=shapes if shapes is not None else shapes_graph(), inference="none",
        allow_warnings=True,
    )
    return Report(bool(conforms), str(text))
