"""The search fold: how a search compares names, in Python, in SPARQL and in the view, from one table.

Three searches match names loosely: ``kg query -p NAME=VALUE`` (the value folded here, the data
by SPARQL ``BIND``s built from :data:`SEARCH_FOLD`, :func:`kg.store.params.fold_binds`), the
view's search keys (folded here, :mod:`kg.export.page_data`) and what is typed in the view's
search box (the page's JavaScript ``fold``, which reads the same table from the page data).
A search fold drops case, Vietnamese tone and vowel marks, ``đ`` → ``d``, and reads any run of
spaces and dashes as one space: ``Phòng Tài chính – Kế hoạch`` → ``phong tai chinh ke hoach``.

Extraction matches with :func:`kg.lexicon.normalize.fold` instead, which keeps the marks and
the length of the text (its matches are offsets into the document).
"""

from __future__ import annotations

import re
import unicodedata

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
"""Dashes other than the hyphen-minus; they all fold to ``-``, and then into a gap."""
TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
"""No tone, then the five tone marks (huyền, sắc, hỏi, ngã, nặng) as combining characters."""
VOWELS = (("a", "a"), ("ă", "a"), ("â", "a"), ("e", "e"), ("ê", "e"), ("i", "i"), ("o", "o"),
          ("ô", "o"), ("ơ", "o"), ("u", "u"), ("ư", "u"), ("y", "y"))
"""Each Vietnamese vowel letter and its base letter."""
MARKS = "\u0300\u0301\u0309\u0303\u0323\u0302\u0306\u031b"
"""The Vietnamese marks as combining characters (tones, then circumflex, breve, horn): a mark
the text leaves uncomposed is dropped like a composed one."""
GAP = re.compile(r"[ \t\n\r\-]+")
"""A gap between words after folding; written with the four spaces SPARQL's ``\\s`` means, so
Python, JavaScript and SPARQL read the same gaps."""


def _table() -> dict[str, str]:
    """Every lower-case Vietnamese letter with marks → its base letter, ``đ`` → ``d``, NBSP → space,
    the other dashes → ``-``, an uncomposed Vietnamese mark → nothing."""
    table = {"đ": "d", "\u00a0": " ", **{d: "-" for d in DASHES}}
    for vowel, base in VOWELS:
        for tone in TONES:
            letter = unicodedata.normalize("NFC", vowel + tone)
            if letter != base:
                table[letter] = base
    table.update(dict.fromkeys(MARKS, ""))
    return table


SEARCH_FOLD: dict[str, str] = _table()
"""The one table of the search fold (lower-case character → replacement), applied after lower-casing."""


def search_fold(text: str) -> str:
    """Return ``text`` as searches compare it: lower case, no Vietnamese marks, one space per gap.

    ``Dương Hữu Bường`` → ``duong huu buong``; ``Tài chính – Kế hoạch`` → ``tai chinh ke hoach``.
    Composed first and again last, so decomposed input folds alike and folding twice changes nothing.
    """
    low = unicodedata.normalize("NFC", text).lower()
    mapped = "".join(SEARCH_FOLD.get(c, c) for c in low)
    return unicodedata.normalize("NFC", GAP.sub(" ", mapped).strip(" "))
