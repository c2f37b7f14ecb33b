"""Shared fixtures: the seeds' graph, built once per test session."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # rdflib loads only for the tests that ask for the graph
    from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/* from the current output (on purpose only)")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run ``kg build seeds --out DIR`` once and return DIR."""
    from kg.cli import main

    out = tmp_path_factory.mktemp("seeds-build")
    assert main(["build", str(SEEDS), "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def seeds_graph(seeds_build: Path) -> Graph:
    """The seeds' graph.ttl as an rdflib Graph."""
    import rdflib

    g = rdflib.Graph()
    g.parse(seeds_build / "graph.ttl", format="turtle")
    return g
