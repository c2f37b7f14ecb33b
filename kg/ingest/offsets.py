"""Map a document's cleaned text back to the text it was read from.

:func:`kg.lexicon.normalize.clean` and the boilerplate filter of :mod:`kg.ingest.text`
change positions: they drop zero-width marks, turn CR LF into LF, compose to NFC, strip
trailing white space and leading blank lines, and drop whole lines of portal chrome. The
graph states evidence offsets a user can check against their own file, so ingest records
where each kept line (and, in a line NFC or a zero-width mark changed, each character)
came from.
"""

from __future__ import annotations

import re
import unicodedata

from kg.lexicon.normalize import ZERO_WIDTH_RE
from kg.model import SourceMap

_LINE_END = re.compile(r"\r\n|\r|\n")


def _source_lines(raw: str) -> list[tuple[int, str]]:
    """Return (start, line) of every line of ``raw``, any line end."""
    lines = []
    pos = 0
    for m in _LINE_END.finditer(raw):
        lines.append((pos, raw[pos : m.start()]))
        pos = m.end()
    lines.append((pos, raw[pos:]))
    return lines


def _clean_line(line: str) -> str:
    """The line as :func:`~kg.lexicon.normalize.clean` leaves it."""
    return unicodedata.normalize("NFC", ZERO_WIDTH_RE.sub("", line)).rstrip()


def _char_points(line: str, start: int, doc_pos: int) -> list[tuple[int, int]] | None:
    """Breakpoints for a line NFC or zero-width removal changed: one per character cluster.

    A cluster is a character and the combining marks after it; NFC composes within it.
    Returns None when the clusters do not compose to the cleaned line (then the line is
    mapped by its start only).
    """
    points: list[tuple[int, int]] = []
    out = 0
    i = 0
    target = _clean_line(line)
    while i < len(line) and out < len(target):
        j = i + 1
        while j < len(line) and unicodedata.combining(line[j]):
            j += 1
        piece = unicodedata.normalize("NFC", ZERO_WIDTH_RE.sub("", line[i:j]))
        if piece:
            if target[out : out + len(piece)] != piece:
                return None
            points.append((doc_pos + out, start + i))
            out += len(piece)
        i = j
    points.append((doc_pos + out, start + i))  # the line's end: after its last cluster
    return points


def source_map(raw: str, lines: list[str]) -> SourceMap | None:
    """Return where each position of ``"\\n".join(lines) + "\\n"`` lies in ``raw``.

    ``lines`` are cleaned lines of ``raw`` in order (some dropped). Returns None when
    the document text is ``raw`` itself.
    """
    if "\n".join(lines) + "\n" == raw:
        return None
    source = _source_lines(raw)
    fast = raw.isascii() or (unicodedata.is_normalized("NFC", raw) and not ZERO_WIDTH_RE.search(raw))
    points: list[tuple[int, int]] = []
    k = 0
    doc_pos = 0
    for line in lines:
        while k < len(source):
            start, src = source[k]
            k += 1
            cleaned = src.rstrip() if fast else _clean_line(src)
            if cleaned == line:
                break
        else:  # not found: the line is not from raw (cannot happen for clean's output)
            break
        if fast or src.startswith(line):
            points.append((doc_pos, start))
        else:
            points.extend(_char_points(src, start, doc_pos) or [(doc_pos, start)])
        doc_pos += len(line) + 1
    doc_starts: list[int] = []
    source_starts: list[int] = []
    for d, s in points:
        if doc_starts and s - d == source_starts[-1] - doc_starts[-1]:
            continue  # the same shift as the run before: one breakpoint covers both
        doc_starts.append(d)
        source_starts.append(s)
    return SourceMap(tuple(doc_starts) or (0,), tuple(source_starts) or (0,))
