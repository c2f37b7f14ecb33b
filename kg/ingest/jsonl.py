"""JSON Lines exports: one article per line, ``{"id", "title", "text"}`` plus optional
``date``, ``url``, ``authors`` and ``locality``.

Each line is one Document: ``title`` is the headline, ``date`` the dateline,
``authors`` the byline, ``locality`` the home unit the article is about. A bad
line is reported with its line number (``dump.jsonl:7``) and the other lines
are built. The same reader serves ``kg build -`` (standard input).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any, BinaryIO

from kg.errors import BinaryInputError, EmptyInputError, InputError, MalformedInputError
from kg.ingest.base import (
    InputWarning,
    Limits,
    Reading,
    Source,
    check_article,
    check_length,
    open_regular,
    reading_errors,
)
from kg.model import BuildProblem, Document

REQUIRED = ("id", "title", "text")
_AUTHOR_SEP = re.compile(r"\s*[;,]\s*")
# JSON may spell a lone UTF-16 surrogate ("\ud800"), which no UTF-8 file can hold
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_jsonl(src: Source, limits: Limits) -> Reading:
    """Return the articles of a JSON Lines source, with each bad line as a problem."""
    docs: list[Document] = []
    problems: list[BuildProblem] = []
    warnings: list[InputWarning] = []
    first_line: dict[str, int] = {}
    for lineno, raw in _lines(src, limits.max_file_bytes):
        where = f"{src.name}:{lineno}"
        if not raw.strip():
            continue
        try:
            record = _record(raw, where, limits, first=lineno == 1)
            rid = str(record["id"])
            if rid in first_line:
                raise MalformedInputError(
                    where, f"duplicate id {rid!r} (first on line {first_line[rid]}); skipped")
            first_line[rid] = lineno
            record, notes = _without_surrogates(record)
            doc, more = _document(record, src.name, where, limits)
            notes += more
        except InputError as exc:
            problems.append(BuildProblem(where, exc.reason))
            continue
        docs.append(doc)
        warnings.extend(InputWarning(where, note) for note in notes)
    if not docs and not problems:
        raise EmptyInputError(src.name, "no article in this JSON Lines input (every line is blank)")
    return Reading(tuple(docs), tuple(problems), tuple(warnings))


def _lines(src: Source, limit: int) -> Iterator[tuple[int, bytes]]:
    """Yield (line number, bytes) of the source, streaming a file; raise if unreadable."""
    if src.data is not None:
        yield from _checked(src, src.data.splitlines())
        return
    with reading_errors(src.name, "a JSON Lines file"):
        fd = open_regular(src.path, src.name)
    with reading_errors(src.name, "a JSON Lines file"), os.fdopen(fd, "rb") as fh:
        yield from _checked(src, _capped_lines(fh, limit))


def _capped_lines(fh: BinaryIO, limit: int) -> Iterator[bytes]:
    """The lines of ``fh``; a line over ``limit`` bytes is cut to ``limit + 1`` bytes (and
    refused by :func:`_record`), the rest of it skipped without holding it in memory."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip to the end of this line
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
        yield line


def _checked(src: Source, lines: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    seen = False
    for lineno, line in enumerate(lines, start=1):
        if lineno == 1 and b"\x00" in line[:8192]:
            raise BinaryInputError(src.name, "file is binary (contains NUL bytes), "
                                   "expected JSON Lines (UTF-8 text)")
        seen = seen or bool(line.strip())
        yield lineno, line
    if not seen:
        raise EmptyInputError(src.name, "file is empty, expected JSON Lines (one article a line)")


def _record(raw: bytes, where: str, limits: Limits, *, first: bool) -> dict[str, Any]:
    """Return the JSON object of one line, checked; raise an InputError naming the line."""
    if len(raw) > limits.max_file_bytes:
        raise MalformedInputError(where, f"line is {len(raw):,} bytes, over the "
                                  f"{limits.max_file_bytes:,}-byte limit (--max-file-size)")
    try:
        line = raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedInputError(where, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at "
                                  f"offset {exc.start}); JSON Lines must be UTF-8") from exc
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedInputError(where, f"not valid JSON ({exc.msg} at column {exc.colno}); "
                                  "expected one JSON object a line") from exc
    if not isinstance(record, dict):
        raise MalformedInputError(where, f"expected a JSON object with {', '.join(REQUIRED)}, "
                                  f"found {_kind(record)}")
    missing = [key for key in REQUIRED if key not in record]
    if missing:
        raise MalformedInputError(where, f"missing {', '.join(map(repr, missing))}; "
                                  f"each line needs {', '.join(REQUIRED)}")
    if isinstance(record["id"], bool) or not isinstance(record["id"], str | int):
        raise MalformedInputError(where, f"'id' must be a string, found {_kind(record['id'])}")
    for key in ("title", "text", "date", "url", "locality"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise MalformedInputError(
                where, f"{key!r} must be a string, found {_kind(record[key])}")
    authors = record.get("authors")
    if authors is not None and not (isinstance(authors, str) or (
            isinstance(authors, list) and all(isinstance(a, str) for a in authors))):
        raise MalformedInputError(where, "'authors' must be a list of names or a string, "
                                  f"found {_kind(authors)}")
    return record


def _without_surrogates(record: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Replace lone surrogates in the string fields by U+FFFD (same length: offsets hold)."""
    notes = []
    clean = dict(record)
    for key, value in record.items():
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and _SURROGATE.search(v) for v in values):
            fixed = [_SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for v in values]
            clean[key] = fixed if isinstance(value, list) else fixed[0]
            notes.append(f"{key!r} holds a lone UTF-16 surrogate (not a character); "
                         "replaced by U+FFFD")
    if isinstance(clean.get("id"), str) and _SURROGATE.search(clean["id"]):
        clean["id"] = _SURROGATE.sub("\ufffd", clean["id"])
    return clean, notes


def _document(record: dict[str, Any], name: str, where: str,
              limits: Limits) -> tuple[Document, list[str]]:
    """Return the Document of one checked record and the warnings about it."""
    from kg.ingest.text import make_doc_id, parse_decoded

    notes: list[str] = []
    text = record["text"]
    if not text.strip():
        raise EmptyInputError(where, "'text' is empty, expected the text of an article")
    title = " ".join(record["title"].split())  # a headline is one line
    check_length(text, where, limits)
    doc = parse_decoded((title + "\n\n" if title else "") + text, where)
    dateline = doc.dateline
    if record.get("date"):
        dateline = _to_datetime(record["date"])
        if dateline is None:
            notes.append(f"'date' {record['date']!r} is not a date (expected YYYY-MM-DD, "
                         "an ISO date-time or DD/MM/YYYY); the article has no dateline")
    authors = record.get("authors")
    if isinstance(authors, str):
        authors = _AUTHOR_SEP.split(authors)
    doc = replace(
        doc,
        doc_id=make_doc_id(name, doc.text, stem=str(record["id"])),
        dateline=dateline,
        authors=tuple(" ".join(a.split()) for a in authors if a.strip()) or doc.authors
        if authors else doc.authors,
        locality=(record.get("locality") or "").strip() or None,
        url=(record.get("url") or "").strip() or None,
    )
    return check_article(doc, where, limits), notes


def _to_datetime(value: str) -> dt.datetime | None:
    """Read ``2022-09-30``, ``2022-09-30T21:04:00+07:00`` or ``30/09/2022 21:04``."""
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        pass
    from kg.ingest.text import _DATELINE
    from kg.ingest.text import _to_datetime as dateline_datetime

    m = _DATELINE.match(value)
    return dateline_datetime(m) if m else None


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false",
            type(None): "null"}.get(type(value), "a number")
