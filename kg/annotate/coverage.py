"""The parts of a text already read: spans added, and whether a position lies in one of them.

The people finder reads a name once: a position inside a span an earlier reading took is
skipped. Asked once per candidate position, a list of spans scanned each time made articles
naming thousands of people quadratic; here each question is one look at a byte.
"""

from __future__ import annotations

from kg.model import Span


class Coverage:
    """Spans of a text of ``length`` characters (they may overlap), and membership of a position."""

    def __init__(self, length: int) -> None:
        self._marks = bytearray(length)
        self.spans: list[Span] = []

    def append(self, span: Span) -> None:
        """Add ``span`` (half-open; an empty one covers nothing)."""
        self.spans.append(span)
        a, b = max(span.start, 0), min(span.end, len(self._marks))
        if a < b:
            self._marks[a:b] = b"\x01" * (b - a)

    def __contains__(self, pos: int) -> bool:
        """Whether ``pos`` lies in a span added: ``any(s.start <= pos < s.end for s in spans)``."""
        return 0 <= pos < len(self._marks) and self._marks[pos] == 1
