"""Whether a written name is the register's name: the same letters, or only other marks differ.

The register is matched without tone marks, so a bare capitalized word that differs from a
unit's name only by its marks (``Văn Cảnh`` / ``Vân Canh``) is another word, except in
names transcribed from minority languages, whose marks vary from writer to writer.
"""

from __future__ import annotations

import re
import unicodedata

from kg.lexicon.normalize import fold

__all__ = ["letters", "same_spelling", "toneless"]


def same_spelling(written: str, registered: str) -> bool:
    """Whether a name differs from the register's at most in ways other than its tone marks.

    The register is matched without tones; a bare name that only the tones separate
    from a unit (``Văn Cảnh`` / ``Vân Canh``, ``Cố Đô`` / ``Cờ Đỏ``) is another word.
    """
    if _LOOSE_SPELLING.match(fold(written)):
        return True  # Central Highlands names are spelled many ways: Đăk Mol, Đắk Môl, Dak Mol
    a, b = letters(written), letters(registered)
    return a == b or toneless(a) != toneless(b)


# Words that start unit names transcribed from minority languages, whose marks vary by writer.
_LOOSE_SPELLING = re.compile(r"(?:đ[aăắ]k|dak|ea|krông|cư|buôn|ia|ya)(?!\w)|.*'")


def letters(name: str) -> str:
    return "".join(c for c in fold(name) if c.isalnum())


def toneless(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).replace("đ", "d")
