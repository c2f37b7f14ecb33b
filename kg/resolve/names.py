"""Names cleaned for identity: the form of a written name that decides who a person is.

Annotate reads a name as the run of capitalized words next to a title; on real pages
that run sometimes carries a neighbour (issue 16): a place name before it
(``Chủ tịch Hà Nội Nguyễn Đức Chung``), an abbreviation glued after it from a headline
(``Nguyễn Đức Chung DN``), the next sentence's first word after an all-caps name
(``NGUYỄN THỊ KIM NGÂN Mục``), a caption's honorific (``Nguyễn Thiện Nhân Ông Nguyễn``),
or a syllable broken by a stray space (``Nguyễ n Xuân Thanh``). The written form stays the
evidence (``kg:nameAsWritten``); identity and display use :func:`identity_name`.
"""

from __future__ import annotations

import functools

from kg.lexicon.normalize import ascii_key, fold
from kg.lexicon.patterns import is_surname
from kg.lexicon.resources import resources

_MAX_PLACE_WORDS = 3


def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _title(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def _rejoin_broken(words: list[str]) -> list[str]:
    """``Nguyễ n`` → ``Nguyễn``: a name word never starts lower case, so a lower-case piece is glued back."""
    out: list[str] = []
    for word in words:
        if out and word[:1].islower() and word[:1].isalpha():
            out[-1] += word
        else:
            out.append(word)
    return out


def _drop_case_change(words: list[str]) -> list[str]:
    """An all-caps name followed by ordinary words: the name is the all-caps run, title-cased."""
    caps = [_is_caps(w) for w in words]
    if all(caps):
        return [_title(w) for w in words]
    if len(words) >= 3 and caps[0] and caps[1] and is_surname(words[0]):
        run = next(i for i, c in enumerate(caps) if not c)
        return [_title(w) for w in words[:run]]
    return words


def _drop_trailing_abbreviations(words: list[str]) -> list[str]:
    while len(words) > 2 and _is_caps(words[-1]) and not _is_caps(words[-2]):
        words = words[:-1]
    return words


def _cut_at_honorific(words: list[str]) -> list[str]:
    honorifics = set(resources().honorifics)
    for i in range(2, len(words)):
        if fold(words[i]) in honorifics:
            return words[:i]
    return words


def _drop_place_prefix(words: list[str]) -> list[str]:
    """``Hà Nội Nguyễn Đức Chung`` → ``Nguyễn Đức Chung``: a register unit's name, then a surname."""
    gaz = resources().gazetteer
    for n in range(min(_MAX_PLACE_WORDS, len(words) - 2), 0, -1):
        prefix, rest = words[:n], words[n:]
        if not is_surname(rest[0]) or (n == 1 and is_surname(prefix[0])):
            continue
        if _is_caps(prefix[-1]) and n == 1:  # TP, UBND before a name
            return rest
        if ascii_key(" ".join(prefix)) in gaz.by_key:
            return rest
    return words


@functools.lru_cache(maxsize=65536)
def identity_name(name: str) -> str:
    """The clean form of a written name (see the module docstring); the name itself when clean."""
    words = _rejoin_broken(name.split())
    if not words:
        return name
    steps = (_drop_case_change, _drop_trailing_abbreviations, _cut_at_honorific, _drop_place_prefix)
    for step in steps:
        cleaned = step(words)
        if len(cleaned) >= 2:
            words = cleaned
    return " ".join(words)
