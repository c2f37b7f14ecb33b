"""Golden file: one whole article's graph, compared as graphs (isomorphism).

Regenerate on purpose only: ``pytest tests/test_golden.py --update-golden``. A missing
golden file is a failure, never silently written: a test that writes its own
expectation cannot fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.cli import main

from .conftest import SEEDS

GOLDEN = Path(__file__).parent / "golden"
ARTICLE = "003_98a935f024fb6b7c.txt"


def check_golden(got_path: Path, golden_path: Path, *, update: bool) -> None:
    """Compare the Turtle at ``got_path`` with ``golden_path``; write it there only when ``update``."""
    if update:
        golden_path.write_text(got_path.read_text(encoding="utf-8"), encoding="utf-8")
    if not golden_path.exists():
        raise AssertionError(f"golden file {golden_path} is missing; run pytest with --update-golden "
                             "to write it on purpose, then review and commit it")
    got = Graph().parse(got_path, format="turtle")
    want = Graph().parse(golden_path, format="turtle")
    if not isomorphic(got, want):
        _both, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        missing = "\n".join(sorted(f"  - {t}" for t in only_want)[:40])
        extra = "\n".join(sorted(f"  + {t}" for t in only_got)[:40])
        raise AssertionError(
            f"{got_path.name}: graph differs from {golden_path.name} "
            f"(run with --update-golden if the change is intended)\nmissing:\n{missing}\nextra:\n{extra}"
        )


def test_whole_article_matches_golden(tmp_path: Path, update_golden: bool) -> None:
    assert main(["build", str(SEEDS / ARTICLE), "--out", str(tmp_path), "--no-html"]) == 0
    check_golden(tmp_path / "graph.ttl", GOLDEN / (Path(ARTICLE).stem + ".ttl"), update=update_golden)


def test_a_missing_golden_file_fails_and_is_not_written(tmp_path: Path) -> None:
    got = tmp_path / "graph.ttl"
    got.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n", encoding="utf-8")
    missing = tmp_path / "golden.ttl"
    with pytest.raises(AssertionError, match="missing"):
        check_golden(got, missing, update=False)
    assert not missing.exists()


def test_a_different_graph_fails(tmp_path: Path) -> None:
    got, want = tmp_path / "got.ttl", tmp_path / "want.ttl"
    got.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n", encoding="utf-8")
    want.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:d .\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="differs"):
        check_golden(got, want, update=False)
