"""The post a person holds now, written in an aside after the posts held then.

``ông X - chủ tịch Hội Nông dân, trưởng Ban quản lý quỹ giai đoạn 2008-2010 (nay là chủ tịch UBND xã Y)``:
the words after the last title the grammar read (a body's name in lower case, the term) up to a
parenthesis that opens with an adverb and the copula (connectors ``hold_adverb`` ``copula_cue``);
:func:`kg.annotate.clauses.appointed_after_units` reads the posts from there.
"""

from __future__ import annotations

import re

from kg.lexicon.patterns import alternation
from kg.lexicon.resources import derived, resources

MAX_NOW_GAP = 40  # "quản lý quỹ giai đoạn 2008-2010": the rest of the last post, short, in one clause


@derived
def now_aside_re() -> re.Pattern[str]:
    """From the end of a name's titles to right before ``(nay là``: no new clause, item or person between."""
    words = resources().connectors
    intro = alternation([*resources().honorifics, *resources().ranks])
    gap = rf"(?:(?!(?<!\w)(?:{intro})(?!\w))[^.,;:()\n]){{1,{MAX_NOW_GAP}}}?"
    return re.compile(rf"{gap}(?=[ ]*\((?:{alternation(words['hold_adverb'])})[ ]+"
                      rf"(?:{alternation(words['copula_cue'])})(?!\w))")
