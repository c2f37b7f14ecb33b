"""The officials an article mentions, asked by position; and how far back a sentence is read.

A directive's checks ask, for each verb, whether an official is mentioned between the
sentence's start and the verb, and who was mentioned last. Scanning every mention per
verb made an article naming thousands of officials quadratic; the positions are bisected.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

SENTENCE_REACH = 10_000
"""How far back from a position (characters) its sentence is read by the checks that scan
from the sentence's start (the body that opens it, a conclusion marker's official): twice the longest
sentence of the dev, bench and press corpora (5,316), so one sentence of a megabyte built to
be slow costs each of its verbs this much, not the whole sentence."""


def since(sentence_start: int, pos: int) -> int:
    """Where a scan back from ``pos`` to its sentence's start begins (see :data:`SENTENCE_REACH`)."""
    return max(sentence_start, pos - SENTENCE_REACH)


class MentionIndex:
    """Mentions ``(start, end, name)`` sorted by start, asked by position."""

    def __init__(self, mentions: Sequence[tuple[int, int, str]]) -> None:
        self.mentions = list(mentions)
        self._starts = [a for a, _b, _n in self.mentions]
        self._ends = sorted(b for _a, b, _n in self.mentions)

    def starts_within(self, lo: int, hi: int) -> bool:
        """Whether a mention starts in ``[lo, hi)``."""
        i = bisect.bisect_left(self._starts, lo)
        return i < len(self._starts) and self._starts[i] < hi

    def ends_within(self, lo: int, hi: int) -> bool:
        """Whether a mention ends in ``[lo, hi]`` (both included)."""
        i = bisect.bisect_left(self._ends, lo)
        return i < len(self._ends) and self._ends[i] <= hi

    def first_within(self, lo: int, hi: int) -> str | None:
        """The name of the first mention (by start) starting in ``[lo, hi)``."""
        i = bisect.bisect_left(self._starts, lo)
        return self.mentions[i][2] if i < len(self._starts) and self._starts[i] < hi else None

    def last_within(self, lo: int, hi: int) -> str | None:
        """The name of the last mention (by start, then end and name) starting in ``[lo, hi)``."""
        i = bisect.bisect_left(self._starts, hi) - 1
        return self.mentions[i][2] if i >= 0 and self._starts[i] >= lo else None

    def last_mention(self, lo: int, hi: int) -> tuple[int, int, str] | None:
        """The last mention ``(start, end, name)`` (as :meth:`last_within` orders them) starting in ``[lo, hi)``."""
        i = bisect.bisect_left(self._starts, hi) - 1
        return self.mentions[i] if i >= 0 and self._starts[i] >= lo else None


class GrowingSearch:
    """Whether a pattern of literal words (``(?!\\w)`` after them, nothing before) matches in
    ``folded[start:end]``, asked for one start and growing ends (a sentence's start, each of
    its verbs): exactly ``pattern.search(folded, start, end) is not None``, each character read
    about once per start instead of once per verb."""

    def __init__(self, folded: str, pattern: re.Pattern[str], words: Iterable[str]) -> None:
        self.folded, self.pattern = folded, pattern
        self.longest = max((len(w) for w in words), default=0)
        self._start, self._clear_to, self._hit_end = -1, -1, -1

    def found(self, start: int, end: int) -> bool:
        if start != self._start or end < self._clear_to:
            self._start, self._clear_to, self._hit_end = start, start, -1
        if 0 <= self._hit_end < end:
            return True  # a match ending before ``end`` holds for every larger end
        # nothing ends before _clear_to (nor at it): a new match ends after it
        lo = max(start, self._clear_to + 1 - self.longest) if self._clear_to > start else start
        m = self.pattern.search(self.folded, lo, end)
        if m is None:
            self._clear_to = max(self._clear_to, end)
            return False
        if m.end() < end:
            self._hit_end = m.end()
        return True
