"""How alike two reports read: the rare word pairs they share, weighed over every report of a build.

A report is its headline and evidence sentences as a set of folded word pairs
(:func:`word_pairs`: ``họp giao``, ``giao ban``, ``loa phường``). A pair found in few reports
says more than one in many (``ủy ban``, ``sáng nay``): each weighs ``log(N / reports with it)``.
The likeness of two reports is the weight of the pairs they share over the weight of the
lighter report's pairs: 1 for a copy, 0 for nothing rare in common. The weights depend on the
set of reports only, never on their order.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from kg.lexicon.normalize import fold

_WORD = re.compile(r"\w+")
# A day written as digits (6/2, 6-2, 6.2.2017): reports of one day all share it and the plan already
# compares their dates, so it is no evidence that they describe one event.
_DAY = re.compile(r"(?<!\w)\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?(?!\w)")
NEIGHBOUR_PAIRS = 8  # the rarest pairs of a report by which its possible neighbours are found


def word_pairs(text: str) -> frozenset[str]:
    """The folded adjacent word pairs of ``text``, its days left out.

    ``Sáng 6/2, UBND họp`` gives ``sáng ubnd`` and ``ubnd họp``.
    """
    words = _WORD.findall(_DAY.sub(" ", fold(text)))
    return frozenset(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))


class Likeness:
    """Likeness of reports given as word-pair sets, indexed by their position."""

    def __init__(self, reports: Sequence[frozenset[str]]) -> None:
        self.reports = reports
        counts: Counter[str] = Counter()
        for pairs in reports:
            counts.update(pairs)
        total = len(reports)
        self.count = counts
        self.weight = {pair: math.log(total / n) for pair, n in counts.items()}
        self.mass = [sum(self.weight[p] for p in pairs) for pairs in reports]
        self._cache: dict[tuple[int, int], float] = {}
        self._holders: dict[str, list[int]] | None = None

    def of(self, i: int, j: int) -> float:
        """Shared weight over the lighter report's weight (0 when either has none)."""
        key = (i, j) if i < j else (j, i)
        got = self._cache.get(key)
        if got is None:
            lighter = min(self.mass[i], self.mass[j])
            shared = sum(self.weight[p] for p in self.reports[i] & self.reports[j])
            got = self._cache[key] = shared / lighter if lighter > 0 else 0.0
        return got

    def neighbours(self, i: int) -> list[int]:
        """The reports sharing one of report ``i``'s rarest shared pairs (sorted, ``i`` left out)."""
        if self._holders is None:
            holders: dict[str, list[int]] = defaultdict(list)
            for k, pairs in enumerate(self.reports):
                for p in pairs:
                    holders[p].append(k)
            self._holders = holders
        shared = [p for p in self.reports[i] if self.count[p] > 1]
        rarest = sorted(shared, key=lambda p: (-self.weight[p], p))[:NEIGHBOUR_PAIRS]
        return sorted({k for p in rarest for k in self._holders[p] if k != i})
