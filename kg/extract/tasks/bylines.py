"""Bylines that end an article's paragraph: who compiled it (issue 26: junk tasks on bench)."""

from __future__ import annotations

from kg.extract.tasks.cues import cue_re
from kg.lexicon.patterns import skip_spaces


def compiled_by(text: str, folded: str, s: int, e: int) -> bool:
    """Whether ``[s, e)`` is a byline naming who compiled the article (task_cues ``compiled_by``: ``Tổng hợp
    Hoàng Hà``, ``(tổng hợp) Nhân Văn``, ``Tổng hợp theo Trí Thức Trẻ``) that ends its paragraph: the cue,
    then capitalized words only (``tổng hợp báo cáo …`` is an action)."""
    line_end = text.find("\n", e)
    if text[e : len(text) if line_end < 0 else line_end].strip(" .)"):
        return False
    pos = skip_spaces(folded, s, e)
    cue = cue_re("compiled_by").match(folded, pos + 1 if folded.startswith("(", pos) else pos, e)
    if cue is None:
        return False
    rest = text[cue.end() : e].lstrip(" )").split()
    return bool(rest) and all(w[:1].isupper() or not w[:1].isalpha() for w in rest)
