"""Where the tests find real articles: the team's corpora beside the clone, or the samples here.

The whole dev and bench corpora live in ``../shared/corpus/`` next to the repository (CI has
them; a clone of the repository alone does not). A test that needs a whole corpus asks
:func:`shared_corpus`: without the folder it is skipped with one reason, and what it guards is
also tested on the samples in ``tests/fixtures/corpus/`` (:data:`SAMPLE_DEV`, :data:`SAMPLE_BENCH`).
When the environment variable ``CI`` is set the folder must be there: the test fails instead
of skipping, so CI can never pass with the corpus tests silently skipped.
``KG_SHARED`` points at another shared folder (a worktree elsewhere).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED") or ROOT.parent / "shared")
SAMPLES = ROOT / "tests" / "fixtures" / "corpus"
SAMPLE_DEV = SAMPLES / "dev"
SAMPLE_BENCH = SAMPLES / "bench"


def shared_corpus(name: str) -> Path:
    """Return ``SHARED/corpus/NAME``; skip the test without it (fail when ``CI`` is set)."""
    path = SHARED / "corpus" / name
    if path.is_dir():
        return path
    reason = (f"needs the whole {name} corpus at {path} (the team's shared folder beside the clone, "
              f"or KG_SHARED); tests/fixtures/corpus/{name} runs the same check on a sample")
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI is set, so the corpus must be there", pytrace=False)
    pytest.skip(reason)
