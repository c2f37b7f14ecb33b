"""Text normalization: the cleaned document text, and same-length folds for matching.

``clean`` produces the text every offset points into. ``fold`` returns a string
of exactly the same length, so a match found in the fold is a span of the
original: lower case, one tone placement (``uỷ`` → ``ủy``, ``hoà`` → ``hòa``),
one dash, one space, one apostrophe.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Old-style tone placement in open syllables -> the modern placement; each pair
# maps two characters onto two, so folding never moves an offset.
_TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
# "q" makes the u a consonant (quý stays quý); a following letter closes the syllable
# (hoạch, khuỷu), and a following combining mark means the text is not NFC: leave it.
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_TONE_RE = re.compile(
    r"(?<!q)(" + "|".join(_TONE_PAIRS) + r")(?![^\W\d_]|[" + _COMBINING + r"])"
)

# Characters that mean the same thing for matching; each maps to exactly one character.
_CHAR_FOLD = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\t": " ",
    "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ",
    "\u205f": " ", "\u3000": " ",
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u2015": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u00b4": "'", "`": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
})

# Invisible characters that portals and editors leave inside words (soft hyphen included).
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def clean(raw: str) -> str:
    """Return the canonical document text: NFC, LF line ends, no BOM or zero-width marks."""
    text = raw.translate(_ZERO_WIDTH)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    # trailing white space on a line carries nothing and breaks byline detection
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"


def _lower_same_length(text: str) -> str:
    if text.isascii():
        return text.lower()
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Return a same-length matching form of ``text`` (lower case, one tone style, one dash)."""
    low = _lower_same_length(text).translate(_CHAR_FOLD)
    return _TONE_RE.sub(lambda m: _TONE_PAIRS[m.group(1)], low)


def fold_case_kept(text: str) -> str:
    """Like :func:`fold` but keeps each position's letter case."""
    return "".join(
        f.upper() if o.isupper() and len(f.upper()) == 1 else f
        for o, f in zip(text, fold(text), strict=True)
    )


def ascii_key(text: str) -> str:
    """Return an ASCII key without spaces or marks (``Đắk Song`` → ``daksong``)."""
    text = fold(text).replace("đ", "d")
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if c.isascii() and c.isalnum())


def canonical(text: str) -> str:
    """Return text with modern tone placement and single spaces, letter case kept."""
    text = unicodedata.normalize("NFC", text.translate(_CHAR_FOLD))
    text = fold_case_kept(text)
    return " ".join(text.split())
