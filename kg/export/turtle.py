"""Turtle export: byte-identical output for the same graph."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph


def to_turtle(g: Graph) -> str:
    """Serialize ``g`` as Turtle; rdflib sorts subjects and predicates, so output is stable."""
    return g.serialize(format="turtle")


def write_turtle(g: Graph, path: Path) -> None:
    path.write_text(to_turtle(g), encoding="utf-8")
