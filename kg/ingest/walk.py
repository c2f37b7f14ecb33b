"""Walk the inputs and read each source with the reader its suffix names.

Files and folders in, cleaned :class:`~kg.model.Document` objects out. Plain
text is parsed by :mod:`kg.ingest.text`, saved HTML pages by
:mod:`kg.ingest.html`, JSON Lines exports by :mod:`kg.ingest.jsonl`.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import InputError, TooLargeInputError
from kg.ingest.base import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    STDIN_NAME,
    InputWarning,
    Limits,
    Reading,
    Source,
    check_article,
    check_length,
    not_regular_reason,
    read_capped,
)
from kg.ingest.encoding import decode_bytes
from kg.ingest.text import parse_decoded
from kg.model import Document

TEXT_SUFFIXES = frozenset({".txt"}) | HTML_SUFFIXES | JSONL_SUFFIXES  # what a folder walk picks
DEFAULT_LIMITS = Limits()
MAX_FILE_BYTES = DEFAULT_LIMITS.max_file_bytes
STDIN = "-"  # the INPUT that means "JSON Lines on standard input"


@dataclass
class Walk:
    """The sources found under the inputs, and what the walk could not follow."""

    sources: list[Source] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)
    missing: list[InputError] = field(default_factory=list)


def walk_inputs(inputs: list[str | Path]) -> Walk:
    """Return the article sources under ``inputs`` (files as given, folders recursively, sorted).

    A folder reached twice through symlinks (a loop, or two links to one folder) is
    searched once and reported as a warning; ``-`` reads JSON Lines from standard input.
    """
    walk = Walk()
    for raw in inputs:
        if str(raw) == STDIN:
            walk.sources.append(Source(Path(STDIN), STDIN_NAME, data=sys.stdin.buffer.read()))
            continue
        path = Path(raw)
        if path.is_dir():
            table = read_localities(path, walk.warnings)
            walk.sources.extend(_with_locality(src, table) for src in _walk_folder(path, walk.warnings))
        elif not path.exists() and not path.is_symlink():
            walk.missing.append(InputError(path.name, "no such file or folder"))
        else:
            table = read_localities(path.parent, walk.warnings)
            walk.sources.append(_with_locality(Source(path, shown_name(path.name, walk.warnings)), table))
    return walk


LOCALITIES = "localities.tsv"
"""Per-folder table of home localities: ``path prefix<TAB>unit`` a line (``#`` comments)."""


def read_localities(folder: Path, warnings: list[InputWarning]) -> dict[str, str]:
    """The ``localities.tsv`` of ``folder`` (path prefix relative to it -> home unit), if any.

    A folder mixing several local portals says which unit each part is about, e.g.
    ``dak-song/<TAB>huyện Đắk Song, tỉnh Đắk Nông``; the longest matching prefix wins, and
    an article's own locality (a JSON Lines field) wins over the table.
    """
    path = folder / LOCALITIES
    if not path.is_file():
        return {}
    table: dict[str, str] = {}
    try:
        text = read_capped(path, LOCALITIES, 1024 * 1024).decode("utf-8-sig")
    except (InputError, UnicodeDecodeError) as exc:
        warnings.append(InputWarning(LOCALITIES, f"not used ({exc})"))
        return {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            warnings.append(InputWarning(f"{LOCALITIES}:{lineno}", "expected 'path prefix<TAB>unit'; "
                                         "line not used"))
            continue
        table[parts[0].strip().lstrip("./")] = parts[1].strip()
    return table


def _with_locality(src: Source, table: dict[str, str]) -> Source:
    match = max((p for p in table if src.name.startswith(p)), key=len, default=None)
    return Source(src.path, src.name, src.data, table[match]) if match is not None else src


def shown_name(name: str, warnings: list[InputWarning]) -> str:
    """The name a source is reported under: valid UTF-8 (undecodable bytes become U+FFFD)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        shown = shown.encode("utf-8", "replace").decode("utf-8")  # any lone surrogate left
        warnings.append(InputWarning(shown, "file name is not valid UTF-8; reported and "
                                     "identified with U+FFFD for the undecodable bytes"))
        return shown
    return name


def _walk_folder(path: Path, warnings: list[InputWarning]) -> list[Source]:
    """The article files under ``path``, searched without recursion (a folder nested thousands of
    levels deep is walked like any other; one the system cannot open is reported)."""
    found: list[Source] = []
    root_real = os.path.realpath(path)
    seen_dirs: dict[tuple[int, int], str] = {}
    # symlinked folders inside the input folder are followed; the (device, inode) map stops loops
    stack: list[tuple[str, str]] = [(str(path), ".")]
    while stack:
        dirpath, rel = stack.pop()
        try:
            st = os.stat(dirpath)
            with os.scandir(dirpath) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            warnings.append(InputWarning(rel, f"folder not searched ({exc.strerror})"))
            continue
        first = seen_dirs.get((st.st_dev, st.st_ino))
        if first is not None:
            loop = first == "." or rel.startswith(first + "/")
            what = "a symlink loop back to" if loop else "another link to"
            shown = "the input folder" if first == "." else repr(first)
            warnings.append(InputWarning(
                rel, f"folder not searched again: {what} {shown}, already searched"))
            continue
        seen_dirs[(st.st_dev, st.st_ino)] = rel
        subfolders: list[tuple[str, str]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = entry.name if rel == "." else f"{rel}/{entry.name}"
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if entry.is_symlink() and not _inside(entry.path, root_real):
                    warnings.append(InputWarning(shown_name(child, warnings), _OUTSIDE.format("folder")))
                else:
                    subfolders.append((entry.path, child))
                continue
            source = _file_source(Path(entry.path), child, root_real, warnings)
            if source is not None:
                found.append(source)
        stack.extend(reversed(subfolders))  # depth first, in name order
    return sorted(found, key=lambda s: s.name)


_OUTSIDE = ("not followed: a symbolic link to a {} outside the input folder (give that path "
            "as an INPUT of its own to read it)")


def _inside(path: str, root_real: str) -> bool:
    real = os.path.realpath(path)
    return real == root_real or real.startswith(root_real.rstrip(os.sep) + os.sep)


def _file_source(p: Path, rel: str, root_real: str, warnings: list[InputWarning]) -> Source | None:
    """The source for the file ``p`` found in a folder walk, or None (reported) if it is not read."""
    if p.suffix.lower() not in TEXT_SUFFIXES:
        return None
    name = shown_name(rel, warnings)
    try:
        mode = p.stat().st_mode
    except OSError as exc:
        warnings.append(InputWarning(name, f"not read ({exc.strerror})"))
        return None
    if not stat.S_ISREG(mode):  # a FIFO would hang the build, a device never ends
        warnings.append(InputWarning(name, f"not read: {not_regular_reason(mode)}"))
        return None
    if p.is_symlink() and not _inside(str(p), root_real):
        warnings.append(InputWarning(name, _OUTSIDE.format("file")))
        return None
    return Source(p, name)


def iter_sources(inputs: list[str | Path]) -> Iterator[Source]:
    """Yield the article files under ``inputs`` (files as given, folders recursively, sorted)."""
    walk = walk_inputs(inputs)
    yield from walk.sources
    # a missing input is still yielded, so reading it reports "file not found" as before
    for err in walk.missing:
        yield Source(Path(err.path), err.path)


def read_source(src: Source, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read and parse one article file; raise an :class:`InputError` naming the file.

    For a JSON Lines source (several articles) use :func:`read_all`.
    """
    reading = read_all(src, limits)
    if reading.problems:
        first = reading.problems[0]
        raise InputError(first.source, first.reason)
    if len(reading.docs) != 1:
        raise InputError(src.name, f"holds {len(reading.docs)} articles; read it with read_all")
    return reading.docs[0]


def read_all(src: Source, limits: Limits = DEFAULT_LIMITS) -> Reading:
    """Read every article of ``src`` with the reader its suffix names.

    Raise an :class:`InputError` when the source as a whole cannot be read; articles of
    a JSON Lines source that fail are in ``Reading.problems``.
    """
    try:
        reading = _read_all(src, limits)
        if src.locality is None:
            return reading
        docs = tuple(d if d.locality else replace(d, locality=src.locality) for d in reading.docs)
        return Reading(docs, reading.problems, reading.warnings)
    except InputError:
        raise
    except Exception as exc:  # one source's surprise must not end the build of the others
        raise InputError(src.name, f"could not be read: internal error {exc!r:.300}") from exc


def _read_all(src: Source, limits: Limits) -> Reading:
    if src.kind == "jsonl":
        from kg.ingest.jsonl import read_jsonl

        return read_jsonl(src, limits)
    data = read_file_bytes(src, limits.max_file_bytes)
    if src.kind == "html":
        from kg.ingest.html import parse_html

        return parse_html(data, src.name, limits)
    decoded = decode_bytes(data, src.name)
    check_length(decoded.text, src.name, limits)
    doc = check_article(parse_decoded(decoded.text, src.name), src.name, limits)
    return Reading((doc,), (), tuple(InputWarning(src.name, w) for w in decoded.warnings))


def read_file_bytes(src: Source, max_bytes: int) -> bytes:
    """Return the bytes of ``src`` (a file, or bytes already read); raise an InputError."""
    if src.data is not None:
        data = src.data
    else:
        data = read_capped(src.path, src.name, max_bytes)
    if len(data) > max_bytes:
        raise TooLargeInputError(src.name, f"input is {len(data):,} bytes, over the "
                                 f"{max_bytes:,}-byte limit; raise --max-file-size")
    return data


def decode(data: bytes, source: str) -> str:
    """Decode article bytes (UTF-8, UTF-16 BOM, or a detected code page); raise if impossible."""
    return decode_bytes(data, source).text


def parse_bytes(data: bytes, source: str) -> Document:
    """Decode and parse one article given as bytes."""
    return parse_decoded(decode(data, source), source)

