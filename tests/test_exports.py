"""The committed exports/ are what the quick start makes of seeds/ today."""

from __future__ import annotations

from pathlib import Path

from .conftest import ROOT

EXPORTS = ROOT / "exports"


def test_committed_exports_equal_a_fresh_build_of_the_seeds(seeds_build: Path) -> None:
    """`kg build seeds --out exports` (the README's quick start) must not change tracked files."""
    def outputs(folder: Path) -> list[str]:  # not the build's lock file (.kg-build.lock, ignored by git)
        return sorted(p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))

    committed, fresh = outputs(EXPORTS), outputs(seeds_build)
    assert committed == fresh
    stale = [name for name in committed if (EXPORTS / name).read_bytes() != (seeds_build / name).read_bytes()]
    assert not stale, (f"exports/ is stale ({', '.join(stale)}): run `kg build seeds --out exports` "
                       "and commit the result with the change that moved it")
