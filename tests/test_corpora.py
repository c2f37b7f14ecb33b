"""Tests that need the team's corpora skip with one reason on a clone, and fail in CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from . import corpora


def test_without_the_shared_folder_a_corpus_test_skips_with_its_reason(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(corpora, "SHARED", tmp_path / "shared")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match=r"needs the whole dev corpus .*tests/fixtures/corpus/dev"):
        corpora.shared_corpus("dev")


def test_in_ci_a_missing_corpus_fails_instead_of_skipping(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(corpora, "SHARED", tmp_path / "shared")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        corpora.shared_corpus("bench")
    (tmp_path / "shared" / "corpus" / "bench").mkdir(parents=True)
    assert corpora.shared_corpus("bench") == tmp_path / "shared" / "corpus" / "bench"


@pytest.mark.parametrize(("sample", "least"), [(corpora.SAMPLE_DEV, 10), (corpora.SAMPLE_BENCH, 30)])
def test_the_samples_in_the_repository_are_real_articles(sample: Path, least: int) -> None:
    files = sorted(sample.glob("*.txt"))
    assert len(files) >= least
    assert all(len(f.read_text(encoding="utf-8")) > 300 for f in files)
