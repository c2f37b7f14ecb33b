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


_Trie = dict[str, "_Trie"]  # next character -> the rest; "" marks the end of a word


def alternation(words: Iterable[str]) -> str:
    """Regex source matching any of ``words`` literally, longest first; :data:`NEVER` when empty.

    Written as a trie (``phó bí thư|phó chủ tịch`` → ``phó (?:bí thư|chủ tịch)``): the words
    that match at one position are prefixes of one another, and each optional tail is
    greedy, so the longest is still tried first and the matches are those of the plain
    alternation ``w1|w2|…`` (longest first); the regex engine compares one branch per
    next character instead of every word at every position (about 3x faster scans).
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if not unique:
        return NEVER
    trie: _Trie = {}
    for word in unique:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    if _case_ambiguous(trie):  # branches a case-insensitive pattern could not tell apart
        return "(?:" + "|".join(re.escape(w) for w in unique) + ")"
    return "(?:" + _trie_source(trie) + ")"


def _trie_source(node: _Trie) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        text, child = re.escape(ch), node[ch]
        while len(child) == 1 and "" not in child:  # a chain of single letters: one literal
            (nxt,) = child
            text, child = text + re.escape(nxt), child[nxt]
        branches.append(text + _trie_source(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _case_ambiguous(node: _Trie) -> bool:
    keys = [k for k in node if k]
    if len({k.lower() for k in keys}) < len(keys) or len({k.upper() for k in keys}) < len(keys):
        return True
    return any(_case_ambiguous(node[k]) for k in keys)


def words_re(words: Iterable[str], *, before: str = r"(?<!\w)", after: str = r"(?!\w)") -> re.Pattern[str]:
    """Any of ``words`` as a whole word (``before``/``after``: the bounds, regex source)."""
    return re.compile(before + alternation(words) + after)


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


_SPACES = re.compile(r"[ ]*")


def skip_spaces(text: str, pos: int, limit: int | None = None) -> int:
    """The first position at or after ``pos`` (before ``limit``, if given) that is not a space.

    The pattern's ``match(text, pos)`` reads in place (``re.match`` on a slice would copy the rest
    of the text); ``pos`` past ``limit`` is returned as it is.
    """
    m = _SPACES.match(text, pos) if limit is None else _SPACES.match(text, pos, limit)
    return m.end() if m else pos
