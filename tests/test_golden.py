"""Golden file: one whole article's graph, compared as graphs (isomorphism).

Regenerate on purpose only: ``pytest tests/test_golden.py --update-golden``.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.cli import main

from .conftest import SEEDS

GOLDEN = Path(__file__).parent / "golden"
ARTICLE = "003_98a935f024fb6b7c.txt"


def test_whole_article_matches_golden(tmp_path: Path, update_golden: bool) -> None:
    assert main(["build", str(SEEDS / ARTICLE), "--out", str(tmp_path), "--no-html"]) == 0
    got = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    golden_path = GOLDEN / (Path(ARTICLE).stem + ".ttl")
    if update_golden or not golden_path.exists():
        golden_path.write_text((tmp_path / "graph.ttl").read_text(encoding="utf-8"), encoding="utf-8")
    want = Graph().parse(golden_path, format="turtle")
    if not isomorphic(got, want):
        _both, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        missing = "\n".join(sorted(f"  - {t}" for t in only_want)[:40])
        extra = "\n".join(sorted(f"  + {t}" for t in only_got)[:40])
        raise AssertionError(
            f"{ARTICLE}: graph differs from {golden_path.name} "
            f"(run with --update-golden if the change is intended)\nmissing:\n{missing}\nextra:\n{extra}"
        )
