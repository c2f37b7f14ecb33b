"""The shared pattern builders: word list → alternation, word bounds, gaps, heads, case tests.

Every lexicon in ``kg/data/`` is matched on the same-length fold of the text
(:func:`kg.lexicon.normalize.fold`); the regexes built from them are built here,
once, the same way: escaped, longest word first (so the longest reading wins),
duplicates dropped, and a pattern that never matches when the list is empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.lexicon.normalize import fold
from kg.lexicon.resources import derived, resources

NEVER = "(?!)"  # matches nothing: the alternation of an empty word list
SPACES = r"[ ]*"  # the folded text has one kind of space
GAP = r"[ ,]*"  # spaces and commas between two parts of a phrase
# Every upper-case letter of the Latin script Vietnamese is written in. A range such as
# "À-Ỹ" also admits lower-case letters (à, đ, ư, ở sit between the capitals), so the class
# is listed letter by letter from what Python calls upper case.
UPPER = "[" + "".join(re.escape(c) for c in map(chr, range(0x41, 0x1F00)) if c.isalpha() and c.isupper()) + "]"


def alternation(words: Iterable[str]) -> str:
    """Regex source matching any of ``words`` literally, longest first; :data:`NEVER` when empty."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in unique) + ")" if unique else NEVER


def words_re(words: Iterable[str], *, before: str = r"(?<!\w)", after: str = r"(?!\w)") -> re.Pattern[str]:
    """Any of ``words`` as a whole word (``before``/``after``: the bounds, regex source)."""
    return re.compile(before + alternation(words) + after)


def skip_spaces(text: str, pos: int) -> int:
    """The first position at or after ``pos`` that is not a space."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def is_upper_initial(word: str) -> bool:
    """Whether ``word`` starts with an upper-case letter (``Đ`` yes, ``đ``, ``ư``, ``1`` no)."""
    return bool(word) and word[0].isupper()


@derived
def head_re() -> re.Pattern[str]:
    """The organization heads of ``kg/data/org_heads.tsv`` (folded), ending a word."""
    return words_re(resources().org_heads, before="")


def is_surname(word: str) -> bool:
    """Whether ``word`` is a Vietnamese family name (``kg/data/surnames.txt``), in any case."""
    return fold(word) in resources().surnames
