"""Plain-text articles: clean the text and read its headline, dateline, byline and body.

Normalizes the decoded text to NFC, drops portal boilerplate and reads the
metadata the article carries: the headline (first line), the dateline
(``30/09/2022 21:04``), the byline (authors on the last short lines) and the
source organization. Every reader (:mod:`kg.ingest.html`, :mod:`kg.ingest.jsonl`)
ends here; this module imports no reader, so the package has no import cycle.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

from kg.errors import BinaryInputError, EmptyInputError
from kg.ingest.offsets import source_map
from kg.lexicon.normalize import ascii_key, clean, fold
from kg.lexicon.patterns import NEVER
from kg.lexicon.resources import derived, resources
from kg.model import Document, Span

# "30/09/2022 21:04", "Thứ Sáu, 30/09/2022 - 21:04", "06/05/2021 16h11", "30/09/2022 21:04:15"
# a dateline: an optional weekday or "Ngày", the date, the time after it (``30/09/2022 21:04``)
# or before it (``23:04 02/07/2025``, ``04:29 PM 22/07/2025``: how portals print their
# timestamps); the date alone on its line, so a body sentence never passes for one
_DATELINE = re.compile(
    r"^\s*(?:(?P<H0>\d{1,2})[:hg](?P<M0>\d{2})(?::\d{2})?\s*(?P<ap>[ap]m)?\s*[-|,]?\s*)?"
    r"(?:(?:thứ\s+\w+|chủ\s+nhật|t[2-7]|cn)\s*[,-]?\s*)?(?:ngày\s+)?"
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
# Control characters other than line ends and tabs: many of them mean a binary file.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _is_name_word(word: str) -> bool:
    return bool(_NAME_WORD.match(word)) and word[0].isupper()


def parse_decoded(text: str, source: str) -> Document:
    """Parse the decoded text of one article; refuse white space and control-character noise."""
    cleaned = clean(text)
    if not cleaned.strip():
        raise EmptyInputError(
            source, "file holds only white space, expected the text of an article"
        )
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise BinaryInputError(source, f"{controls} control characters: this is not article text")
    return _parse_cleaned(cleaned, source, text)


ID_DIGEST_HEX = 32
"""Hex digits of the text's SHA-256 in an article id: 128 bits, so two different texts meet in
one id only after ~2**64 tries (32 bits of SHA-1 met after 23,736 tries, and merged two articles)."""


def text_digest(text: str) -> str:
    """The SHA-256 of an article's text, in hex: what its id is derived from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_doc_id(source: str, text: str, *, stem: str | None = None) -> str:
    """Return a stable, content-derived id: an ASCII slug of the file stem plus a hash of the text."""
    stem = Path(source).stem if stem is None else stem
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_key_keep_sep(stem)).strip("-")[:48] or "article"
    return f"{slug}-{text_digest(text)[:ID_DIGEST_HEX]}"


def ascii_key_keep_sep(text: str) -> str:
    """Return :func:`ascii_key` of each part of ``text``, joined with ``-``."""
    return "-".join(ascii_key(part) for part in re.split(r"[\s_\-.]+", text) if part)


def parse_text(raw: str, source: str) -> Document:
    """Clean ``raw`` and read its headline, dateline, byline and body."""
    return _parse_cleaned(clean(raw), source, raw)


def _parse_cleaned(cleaned: str, source: str, raw: str) -> Document:
    """Read the headline, dateline, byline and body of text :func:`clean` returned from ``raw``."""
    lines = _drop_boilerplate(cleaned)
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
        source_map=source_map(raw, lines),
    )


def _line_span(lines: list[str], starts: list[int], i: int) -> Span:
    """Return the span of line ``i`` without its leading and trailing white space."""
    line = lines[i]
    lead = len(line) - len(line.lstrip())
    return Span(starts[i] + lead, starts[i] + len(line.rstrip()))


def _to_datetime(m: re.Match[str]) -> dt.datetime | None:
    hour, minute = int(m["H"] or m["H0"] or 0), int(m["M"] or m["M0"] or 0)
    if m["ap"] and m["ap"].lower() == "pm" and hour < 12:
        hour += 12
    try:
        return dt.datetime(int(m["y"]), int(m["m"]), int(m["d"]), hour, minute)
    except ValueError:
        return None


@derived
def _boilerplate_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The footer rules and the line rules, each as one alternation.

    A whole line matches the alternation exactly when it matches one of its rules; one
    scan per line instead of one per rule.
    """
    rules = resources().boilerplate
    return _any_of(rules.footer), _any_of(rules.line)


def _any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{rx.pattern})" for rx in patterns) or NEVER)


def _drop_boilerplate(text: str) -> list[str]:
    """The lines of ``text`` without portal chrome (rules matched on each stripped, folded line).

    The whole text is folded once and each line's fold sliced from it: folding is the
    same length and reads no context across white space, so the slice is the line's
    own fold (and annotate finds the article's fold cached when no line was dropped).
    Lower case that changes a length (``İ``) folds character by character on the whole
    text but not on a line, so such a text is folded line by line.
    """
    footer, line_rule = _boilerplate_res()
    whole = fold(text) if len(text.lower()) == len(text) else None
    kept: list[str] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if whole is None:
            folded = fold(stripped)
        else:
            start = pos + len(line) - len(line.lstrip())
            folded = whole[start : start + len(stripped)]
        pos += len(line) + 1
        if footer.fullmatch(folded):
            if any(k.strip() for k in kept):
                break
            continue  # the same widget above the article is page header, not the footer
        if line_rule.fullmatch(folded):
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
