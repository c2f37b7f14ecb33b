"""Ingest: files and folders in, cleaned :class:`~kg.model.Document` objects out.

Reads plain text (UTF-8 with or without BOM, UTF-16 with BOM, or a detected
legacy code page, any line ends), normalizes it to NFC, drops portal
boilerplate and reads the metadata the article carries: the headline (first
line), the dateline (``30/09/2022 21:04``), the byline (authors on the last
short lines) and the source organization. Saved HTML pages and JSON Lines
exports are read by :mod:`kg.readers.html` and :mod:`kg.readers.jsonl`;
:func:`read_all` picks the reader by suffix.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import BinaryInputError, EmptyInputError, InputError, TooLargeInputError
from kg.model import Document, Span
from kg.normalize import ascii_key, clean, fold
from kg.readers.base import InputWarning, Limits, Reading, check_article, check_length, reading_errors
from kg.readers.encoding import decode_bytes
from kg.resources import resources

HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
TEXT_SUFFIXES = frozenset({".txt"}) | HTML_SUFFIXES | JSONL_SUFFIXES  # what a folder walk picks
DEFAULT_LIMITS = Limits()
MAX_FILE_BYTES = DEFAULT_LIMITS.max_file_bytes
STDIN = "-"  # the INPUT that means "JSON Lines on standard input"
STDIN_NAME = "<stdin>"

# "30/09/2022 21:04", "Thứ Sáu, 30/09/2022 - 21:04", "06/05/2021 16h11", "30/09/2022 21:04:15"
_DATELINE = re.compile(
    r"^\s*(?:(?:thứ\s+\w+|chủ\s+nhật|t[2-7]|cn)\s*[,-]?\s*)?"
    r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
    r"(?:\s*[-|,]?\s*(?P<H>\d{1,2})[:hg](?P<M>\d{2})(?::\d{2})?)?\s*$",
    re.I,
)
# "Tin, ảnh: ..." / "Bài và ảnh: ..." introduce the authors on a byline
_BYLINE_PREFIX = re.compile(r"^\s*(?:(?:tin|bài|ảnh|bài viết)(?:\s*(?:,|và|&|-)\s*(?:ảnh|tin))?\s*:)\s*", re.I)
_AUTHOR_SPLIT = re.compile(r"\s*(?:[–—,;&/]|\s-\s|-(?=\s?[A-ZĐ])|\bvà\b)\s*")
# A capitalized word: "À-Ỹ" would also admit lower-case letters (đ, ấ, ư), so test case.
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.]*$")
_ABBREV = re.compile(r"^[A-ZĐ.]{2,6}$")  # "ĐTT", "V.H": a unit code, not a name


@dataclass(frozen=True)
class Source:
    """A file to read and the name it is reported under (relative, POSIX).

    ``data`` holds the bytes of a source that is not a file (standard input).
    """

    path: Path
    name: str
    data: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def kind(self) -> str:
        """``"jsonl"``, ``"html"`` or ``"text"``: the reader this source needs."""
        suffix = Path(self.name).suffix.lower()
        if self.name == STDIN_NAME or suffix in JSONL_SUFFIXES:
            return "jsonl"
        return "html" if suffix in HTML_SUFFIXES else "text"


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
            walk.sources.extend(_walk_folder(path, walk.warnings))
        elif not path.exists() and not path.is_symlink():
            walk.missing.append(InputError(path.name, "no such file or folder"))
        else:
            walk.sources.append(Source(path, path.name))
    return walk


def _walk_folder(path: Path, warnings: list[InputWarning]) -> list[Source]:
    found: list[Source] = []
    seen_dirs: dict[tuple[int, int], str] = {}
    # symlinked folders are followed; the (device, inode) map stops symlink loops
    for dirpath, dirnames, filenames in os.walk(path, followlinks=True):
        rel = Path(dirpath).relative_to(path).as_posix()
        try:
            st = os.stat(dirpath)
        except OSError as exc:
            warnings.append(InputWarning(rel, f"folder not searched ({exc.strerror})"))
            dirnames.clear()
            continue
        first = seen_dirs.get((st.st_dev, st.st_ino))
        if first is not None:
            loop = first == "." or rel.startswith(first + "/")
            what = "a symlink loop back to" if loop else "another link to"
            shown = "the input folder" if first == "." else repr(first)
            warnings.append(InputWarning(
                rel, f"folder not searched again: {what} {shown}, already searched"))
            dirnames.clear()
            continue
        seen_dirs[(st.st_dev, st.st_ino)] = rel
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fn in sorted(filenames):
            p = Path(dirpath) / fn
            if fn.startswith(".") or p.suffix.lower() not in TEXT_SUFFIXES:
                continue
            found.append(Source(p, p.relative_to(path).as_posix()))
    return sorted(found, key=lambda s: s.name)


def iter_sources(inputs: list[str | Path]) -> Iterator[Source]:
    """Yield the article files under ``inputs`` (files as given, folders recursively, sorted)."""
    walk = walk_inputs(inputs)
    yield from walk.sources
    # a missing input is still yielded, so reading it reports "file not found" as before
    for err in walk.missing:
        yield Source(Path(err.path), err.path)


def _is_name_word(word: str) -> bool:
    return bool(_NAME_WORD.match(word)) and word[0].isupper()


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
    if src.kind == "jsonl":
        from kg.readers.jsonl import read_jsonl

        return read_jsonl(src, limits)
    data = read_file_bytes(src, limits.max_file_bytes)
    if src.kind == "html":
        from kg.readers.html import parse_html

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
        with reading_errors(src.name, "a text file"):
            size = src.path.stat().st_size
            if size > max_bytes:
                raise TooLargeInputError(
                    src.name, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit; "
                    "raise --max-file-size if it really is one article")
            data = src.path.read_bytes()
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


def parse_decoded(text: str, source: str) -> Document:
    """Parse the decoded text of one article; refuse white space and control-character noise."""
    if not clean(text).strip():
        raise EmptyInputError(
            source, "file holds only white space, expected the text of an article"
        )
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t")
    if controls > max(8, len(text) // 100):
        raise BinaryInputError(source, f"{controls} control characters: this is not article text")
    return parse_text(text, source=source)


def make_doc_id(source: str, text: str, *, stem: str | None = None) -> str:
    """Return a stable, content-derived id: an ASCII slug of the file stem plus a short hash."""
    stem = Path(source).stem if stem is None else stem
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_key_keep_sep(stem)).strip("-")[:48] or "article"
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}"


def ascii_key_keep_sep(text: str) -> str:
    """Return :func:`ascii_key` of each part of ``text``, joined with ``-``."""
    return "-".join(ascii_key(part) for part in re.split(r"[\s_\-.]+", text) if part)


def parse_text(raw: str, source: str) -> Document:
    """Clean ``raw`` and read its headline, dateline, byline and body."""
    lines = _drop_boilerplate(clean(raw).split("\n"))
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise EmptyInputError(source, "no article text left after removing portal boilerplate")
    text = "\n".join(lines) + "\n"
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1

    headline = _line_span(lines, starts, 0)
    dateline = None
    body_first = 1
    for i in range(1, min(len(lines), 5)):
        m = _DATELINE.match(lines[i])
        if m:
            dateline = _to_datetime(m)
            body_first = i + 1
            break
    authors: tuple[str, ...] = ()
    source_org = None
    body_last = len(lines) - 1
    # the byline sits on the last short lines; the first body line is never one of them
    for i in range(len(lines) - 1, max(body_first + 1, len(lines) - 4) - 1, -1):
        line = lines[i].strip()
        if not line:
            body_last = i - 1
            continue
        org = _read_source_org(line)
        found = None if org else _read_byline(line)
        if org:
            source_org = source_org or org
        elif found:
            authors = found + authors
        else:
            break
        body_last = i - 1
    body_lines = [i for i in range(body_first, body_last + 1) if lines[i].strip()]
    body = None
    if body_lines:
        first = _line_span(lines, starts, body_lines[0])
        body = Span(first.start, _line_span(lines, starts, body_lines[-1]).end)
    return Document(
        doc_id=make_doc_id(source, text),
        text=text,
        source=source,
        headline=headline,
        dateline=dateline,
        authors=authors,
        source_org=source_org,
        body=body,
    )


def _line_span(lines: list[str], starts: list[int], i: int) -> Span:
    """Return the span of line ``i`` without its leading and trailing white space."""
    line = lines[i]
    lead = len(line) - len(line.lstrip())
    return Span(starts[i] + lead, starts[i] + len(line.rstrip()))


def _to_datetime(m: re.Match[str]) -> dt.datetime | None:
    try:
        return dt.datetime(
            int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"] or 0), int(m["M"] or 0)
        )
    except ValueError:
        return None


def _drop_boilerplate(lines: list[str]) -> list[str]:
    rules = resources().boilerplate
    kept: list[str] = []
    for line in lines:
        folded = fold(line.strip())
        if any(rx.fullmatch(folded) for rx in rules.footer):
            if any(k.strip() for k in kept):
                break
            continue  # the same widget above the article is page header, not the footer
        if any(rx.fullmatch(folded) for rx in rules.line):
            continue
        kept.append(line)
    return kept


def _read_byline(line: str) -> tuple[str, ...] | None:
    """Return the author names if ``line`` is a byline, else None."""
    if len(line) > 80 or line.endswith((":", "?")):
        return None
    body = _BYLINE_PREFIX.sub("", line).strip().rstrip(".").strip()
    names: list[str] = []
    for part in _AUTHOR_SPLIT.split(body):
        part = part.strip().strip(".").strip()
        if not part:
            continue
        if _ABBREV.match(part):
            continue
        words = part.split()
        # every word of a Vietnamese name is capitalized ("Dung Niê", "Trần Bình")
        if not 1 <= len(words) <= 5 or not all(_is_name_word(w) for w in words):
            return None
        names.append(part)
    return tuple(names) if names else None


def _read_source_org(line: str) -> str | None:
    """Return the publishing organization a last line names (``Trung tâm TT&VH Móng Cái``).

    ``Theo <source>`` gives the source after ``Theo``. One final period is allowed
    only when the words after the head are a name, so a closing sentence such as
    ``Trung tâm Y tế đảm bảo kỹ thuật.`` is not taken for a publisher.
    """
    line = line.strip()
    if len(line) > 80 or line.endswith((":", ";", "..", "…")):
        return None
    with_period = line.endswith(".")
    name = line[:-1].rstrip() if with_period else line
    folded = fold(name)
    if folded.startswith("theo "):
        rest = name[5:].strip()
        head = _source_head(fold(rest))
        tail = rest[len(head):].split() if head else rest.split()
        if not tail or (not head and not _is_name_word(tail[0])):
            return None
        if with_period and not _name_like(tail):
            return None
        return rest
    head = _source_head(folded)
    if not head:
        return None
    tail = name[len(head):].split()
    if with_period and not (tail and _name_like(tail)):
        return None
    return name


# Words that start like a publisher but are not one ("Báo cáo ..." is a report).
_NOT_SOURCE_STARTS = ("báo cáo",)


def _source_head(folded: str) -> str:
    """Return the publisher head ``folded`` starts with as a whole word, or ``""``."""
    if folded.startswith(_NOT_SOURCE_STARTS):
        return ""
    for head in resources().source_org_heads:
        if folded == head or folded.startswith(head + " "):
            return head
    return ""


def _name_like(words: list[str]) -> bool:
    """Return True if the words read as a name: capitalized, at most one lower-case word."""
    if not words or not (words[0][0].isupper() or not words[0][0].isalpha()):
        return False
    return sum(1 for w in words if w[0].isalpha() and not w[0].isupper()) <= 1
