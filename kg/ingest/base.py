"""What every reader shares: limits, warnings, the result of reading one source, and checks.

A reader turns the bytes of one source (a ``.txt``, ``.html`` or ``.jsonl``
file, or standard input) into :class:`~kg.model.Document` objects. A source
that cannot be read at all raises an :class:`~kg.errors.InputError`; a source
holding several articles (JSON Lines) reports each bad article in
``Reading.problems`` and returns the others.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import ArticleTooLongError, InputError, NotVietnameseError, TooLargeInputError
from kg.model import BuildProblem, Document

# An article is kilobytes; megabytes mean a dump, a binary or a mistake.
DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024
# The longest seed is ~10,000 characters; 200,000 is twenty long articles glued together,
# and keeps the rule-based stages (which are not linear on pathological text) fast.
DEFAULT_MAX_ARTICLE_CHARS = 200_000


HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
STDIN_NAME = "<stdin>"  # the name standard input is reported under


@dataclass(frozen=True)
class Source:
    """A file to read and the name it is reported under (relative, POSIX).

    ``data`` holds the bytes of a source that is not a file (standard input).
    """

    path: Path
    name: str
    data: bytes | None = field(default=None, repr=False, compare=False)
    locality: str | None = None  # the home unit a folder's localities.tsv gives this file

    @property
    def kind(self) -> str:
        """``"jsonl"``, ``"html"`` or ``"text"``: the reader this source needs."""
        suffix = Path(self.name).suffix.lower()
        if self.name == STDIN_NAME or suffix in JSONL_SUFFIXES:
            return "jsonl"
        return "html" if suffix in HTML_SUFFIXES else "text"


@dataclass(frozen=True)
class Limits:
    """How large one input may be before it is skipped (and reported)."""

    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES  # one .txt/.html file, or one JSON line
    max_article_chars: int = DEFAULT_MAX_ARTICLE_CHARS  # the text of one article


@dataclass(frozen=True)
class InputWarning:
    """Something a user should know about an input that was still built (or not searched)."""

    source: str
    message: str


@dataclass(frozen=True)
class Reading:
    """The articles read from one source, the articles of it that failed, and warnings."""

    docs: tuple[Document, ...] = ()
    problems: tuple[BuildProblem, ...] = ()
    warnings: tuple[InputWarning, ...] = ()


# Vietnamese vowels carry at most one of five tone marks; with the base letters this is
# the whole alphabet a Vietnamese word can be spelled with.
_TONES = "\u0300\u0301\u0309\u0303\u0323"
_VOWELS = "aăâeêioôơuưy"
_TONED = frozenset(unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES)
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzđ" + _VOWELS) | _TONED
_WORD = re.compile(r"[^\W\d_]+")
# Share of words that must carry Vietnamese marks: ~40 % do in news prose, ~0-5 % in
# English or French; a list of names with a few marks still passes.
MIN_MARKED_SHARE = 0.10
# Of the marked words, the share that must be well-formed Vietnamese: text decoded with
# the wrong code page is full of words such as "UÒy" or "xaÞ".
MIN_WELL_FORMED_SHARE = 0.85


# The language check reads this many words: enough to tell, and it keeps ingest O(1) per article.
SAMPLE_WORDS = 600


@functools.lru_cache(maxsize=65536)
def _well_formed(word: str) -> bool:
    """Return True if ``word`` is spelled with Vietnamese letters, one tone, sane case."""
    low = word.lower()
    if not all(c in _LETTERS for c in low):
        return False
    if sum(1 for c in low if c in _TONED) > 1:
        return False
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def vietnamese_score(text: str) -> tuple[float, float]:
    """Return (share of words with Vietnamese marks, share of those that are well-formed)."""
    sample = text[: SAMPLE_WORDS * 12]  # words average well under 12 characters with spaces
    words = _WORD.findall(unicodedata.normalize("NFC", sample))[:SAMPLE_WORDS]
    if not words:
        return 0.0, 0.0
    marked = list(itertools.filterfalse(str.isascii, words))
    if not marked:
        return 0.0, 0.0
    good = sum(map(_well_formed, marked))
    return len(marked) / len(words), good / len(marked)


# Letters only Vietnamese writes (ơ, ư, ă, đ and the dotted/hooked vowels): a text full of
# foreign names (a football squad list) is still Vietnamese when many words carry them.
_VIETNAMESE_ONLY = frozenset("ơưăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
MIN_VIETNAMESE_ONLY_SHARE = 0.08


def looks_vietnamese(text: str) -> bool:
    """Return True if ``text`` reads as Vietnamese written with its marks."""
    marked, good = vietnamese_score(text)
    if marked >= MIN_MARKED_SHARE and good >= MIN_WELL_FORMED_SHARE:
        return True
    words = _WORD.findall(unicodedata.normalize("NFC", text[: SAMPLE_WORDS * 12]))[:SAMPLE_WORDS]
    own = sum(1 for w in words if _VIETNAMESE_ONLY.intersection(w.lower()) and _well_formed(w))
    return bool(words) and own / len(words) >= MIN_VIETNAMESE_ONLY_SHARE


def check_length(text: str, source: str, limits: Limits) -> None:
    """Raise :class:`ArticleTooLongError` if ``text`` is over the article-length limit."""
    if len(text) > limits.max_article_chars:
        raise ArticleTooLongError(
            source,
            f"article is {len(text):,} characters long, over the "
            f"{limits.max_article_chars:,}-character limit; split it or raise --max-chars",
        )


def check_article(doc: Document, source: str, limits: Limits) -> Document:
    """Return ``doc`` if it is a Vietnamese article within the limits, else raise."""
    check_length(doc.text, source, limits)
    if not looks_vietnamese(doc.text):
        marked, _ = vietnamese_score(doc.text)
        raise NotVietnameseError(
            source,
            f"no Vietnamese text found ({marked:.0%} of words carry Vietnamese marks); "
            "expected a Vietnamese article written with its tone marks",
        )
    return doc


@contextlib.contextmanager
def reading_errors(name: str, expected: str) -> Iterator[None]:
    """Turn the OS errors of reading ``name`` into an :class:`InputError` that says what happened."""
    try:
        yield
    except FileNotFoundError as exc:
        raise InputError(name, "file not found (moved or deleted while the build ran?)") from exc
    except IsADirectoryError as exc:
        raise InputError(name, f"is a directory, expected {expected}") from exc
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror})") from exc


def not_regular_reason(mode: int) -> str:
    """Why a file of this ``st_mode`` is not read (only regular files are articles)."""
    kinds = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISDIR, "a directory"))
    what = next((name for test, name in kinds if test(mode)), "not a regular file")
    return f"is {what}, not a regular file; only regular files are read"


def open_regular(path: os.PathLike[str] | str, name: str) -> int:
    """Open ``path`` for reading without ever blocking; raise unless it is a regular file.

    A FIFO would block ``open`` forever and a device (``/dev/zero``) never ends: both
    are refused before a byte is read. Returns an OS file descriptor.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(name, not_regular_reason(mode))
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_capped(path: os.PathLike[str] | str, name: str, max_bytes: int) -> bytes:
    """Read a regular file of at most ``max_bytes`` bytes, counting the bytes actually read.

    The size the file system reports is not trusted (a file that grows, a proc file):
    reading stops one byte past the limit and the file is refused as too large.
    """
    with reading_errors(name, "a text file"):
        fd = open_regular(path, name)
        with os.fdopen(fd, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size <= max_bytes:
                data = fh.read(max_bytes + 1)
                size = len(data)
    if size > max_bytes:
        raise TooLargeInputError(name, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit; "
                                 "raise --max-file-size if it really is one article")
    return data
