"""Identity keys: when two mentions are one official, decided from content alone.

An official is a name within a province: the same name in the same province is one
node, namesakes in two provinces are two (:func:`person_key`). The province an
article's people are scoped to is decided here (:func:`identity_scope`), from what
annotate found, so the graph layer writes identities without reading annotations.
"""

from __future__ import annotations

from kg.lexicon.normalize import ascii_key, fold
from kg.model import Annotations


def identity_scope(ann: Annotations) -> str:
    """The scope of the people of one article: its province's GSO code, or "" when unknown."""
    return ann.province.code if ann.province and ann.province.code else ""


def person_key(name: str, scope: str) -> str:
    """Identity of an official: the name within a province (namesakes elsewhere differ).

    The ASCII key drops case, marks, spaces and apostrophes, so ``K Thanh``,
    ``K’Thanh`` and ``K ‘ Thanh`` are one key. Vietnamese names that differ only in
    marks would collide, so the folded name (marks kept) is part of the key too.
    """
    return f"{ascii_key(name)}|{fold(name).replace(' ', '').replace(chr(39), '')}|{scope}"
