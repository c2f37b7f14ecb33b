"""A folder walk stays inside its input folder and within the machine's limits (issue 30): a
folder nested 1,100 levels deep is walked (no RecursionError), one too deep for the system's path
length is reported, and a symbolic link to a folder or file outside the input folder (a link to
`/` used to walk the whole filesystem) is reported and not followed."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.cli import main

from ..conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _make_deep(root: Path, depth: int, name: str) -> None:
    """Make root/name/name/... ``depth`` levels deep with one seed at the bottom, through folder
    descriptors (a path this long cannot be given to the system whole)."""
    fd = os.open(root, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir(name, dir_fd=fd)
            child = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = child
        out = os.open("bottom.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        with os.fdopen(out, "wb") as fh:
            fh.write(SEED_FILES[0].read_bytes())
    finally:
        os.close(fd)


def _remove_deep(root: Path, name: str) -> None:
    """Remove what :func:`_make_deep` made, without recursion (shutil.rmtree recurses)."""
    fds = [os.open(root, os.O_RDONLY)]
    while True:
        try:
            fds.append(os.open(name, os.O_RDONLY, dir_fd=fds[-1]))
        except FileNotFoundError:
            break
    while len(fds) > 1:
        fd = fds.pop()
        for entry in os.listdir(fd):
            os.unlink(entry, dir_fd=fd)
        os.close(fd)
        os.rmdir(name, dir_fd=fds[-1])
    os.close(fds[0])


@pytest.fixture
def deep(tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "in"
    root.mkdir()
    shutil.copy(SEED_FILES[1], root / "top.txt")
    _make_deep(root, 1_100, "d")  # 2,200 characters of path: deep, but a path the system takes
    (root / "long").mkdir()
    _make_deep(root / "long", 250, "n" * 40)  # 10,000 characters: past PATH_MAX
    yield root
    _remove_deep(root, "d")
    _remove_deep(root / "long", "n" * 40)


def test_a_folder_nested_1100_levels_deep_is_walked_and_one_too_deep_reported(deep: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(deep), "--out", str(out), "--jobs", "1", "--no-html"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    built = report["built"]
    assert "top.txt" in built
    assert "/".join(["d"] * 1_100 + ["bottom.txt"]) in built
    too_long = [w for w in report["warnings"] if "folder not searched" in w["message"]]
    assert too_long and all(w["source"].startswith("long/" + "n" * 40) for w in too_long)
    assert "name too long" in too_long[0]["message"].lower()


def test_symlinks_out_of_the_input_folder_are_reported_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.copy(SEED_FILES[2], outside / "secret.txt")
    root = tmp_path / "in"
    (root / "data").mkdir(parents=True)
    shutil.copy(SEED_FILES[0], root / "data" / "a.txt")
    (root / "to-root").symlink_to("/")
    (root / "to-outside").symlink_to(outside)
    (root / "secret.txt").symlink_to(outside / "secret.txt")
    (root / "alias").symlink_to(root / "data")  # inside: followed (once)
    (root / "b.txt").symlink_to(root / "data" / "a.txt")  # inside: read
    out = tmp_path / "out"
    assert main(["build", str(root), "--out", str(out), "--jobs", "1", "--no-html"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert sorted(report["built"]) == ["alias/a.txt", "b.txt"]
    outside_said = {w["source"] for w in report["warnings"] if "outside the input folder" in w["message"]}
    assert outside_said == {"to-root", "to-outside", "secret.txt"}
    assert any(w["source"] == "data" and "another link to 'alias'" in w["message"] for w in report["warnings"])
    # a file or folder named as an INPUT is read wherever it is
    assert main(["build", str(root), str(outside), "--out", str(tmp_path / "o2"), "--jobs", "1", "--no-html"]) == 0
    assert "secret.txt" in json.loads((tmp_path / "o2" / "report.json").read_text(encoding="utf-8"))["built"]
