"""The committed exports/ are what the quick start makes of seeds/ today."""

from __future__ import annotations

from pathlib import Path

from .conftest import ROOT

EXPORTS = ROOT / "exports"


def test_committed_exports_equal_a_fresh_build_of_the_seeds(seeds_build: Path) -> None:
    """`kg build seeds --out exports` (the README's quick start) must not change tracked files."""
    committed = sorted(p.name for p in EXPORTS.iterdir() if p.is_file())
    fresh = sorted(p.name for p in seeds_build.iterdir() if p.is_file())
    assert committed == fresh
    stale = [name for name in committed if (EXPORTS / name).read_bytes() != (seeds_build / name).read_bytes()]
    assert not stale, (f"exports/ is stale ({', '.join(stale)}): run `kg build seeds --out exports` "
                       "and commit the result with the change that moved it")
