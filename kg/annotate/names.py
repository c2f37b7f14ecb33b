"""Personal names as written: where one starts and ends, and its canonical form.

A name is 1–5 capitalized words (``K’Thanh``, ``Y Quang BKrông``); a letter a stray
space split off its word stays in it (``Nguyễ n Xuân Thanh`` → ``Nguyễn Xuân Thanh``);
an abbreviation after it (``Nguyễn Đức Chung DN``) and a title word do not.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.annotate.orgs import _role_re
from kg.annotate.spelling import toneless
from kg.annotate.titles import _member_re
from kg.lexicon.normalize import canonical, fold
from kg.lexicon.patterns import is_surname
from kg.lexicon.resources import resources
from kg.model import PersonMention, Span

MAX_NAME_WORDS = 5
# one word of a name: "Bường", "K’Thanh", "K ‘ Thanh", "H'Hoa", "BKrông"
_NAME_WORD = re.compile(r"[^\W\d_]\w*(?:[ ]?['’‘][ ]?[^\W\d_]\w*)?")


def read_name(text: str, folded: str, pos: int) -> Span | None:
    """Return the span of a capitalized personal name starting at ``pos`` (1–5 words).

    A letter split off its word by a stray space stays in the name (``Nguyễ n Xuân Thanh``);
    an abbreviation after the name does not (``Nguyễn Đức Chung DN``).
    """
    words: list[tuple[int, int]] = []
    cursor = pos
    while len(words) < MAX_NAME_WORDS:
        m = _NAME_WORD.match(text, cursor)
        if not m:
            break
        if words and _is_fragment(text[words[-1][0] : words[-1][1]], m.group()):
            words[-1] = (words[-1][0], m.end())
        else:
            if not m.group()[:1].isupper():
                break
            if words and (_role_re().match(folded, m.start()) or _member_re().match(folded, m.start())):
                break
            if words and len(m.group()) > 1 and m.group().isupper():
                break
            time_words = resources().connectors["time_word"]
            if len(words) >= 2 and folded[m.start() : m.end()] in time_words and _SPACE_DIGIT.match(text, m.end()):
                break
            words.append((m.start(), m.end()))
        nxt = m.end()
        if nxt < len(text) and text[nxt] == " ":
            cursor = nxt + 1
        else:
            break
    if not words:
        return None
    return Span(words[0][0], words[-1][1])


def _is_surname(word: str) -> bool:
    return is_surname(word)


# One Vietnamese syllable written without marks: onset, vowels, coda (the shapes Quốc ngữ allows).
_VI_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]+(?:ch|ng|nh|[cmnpt])?")


def is_foreign_name(name: str) -> bool:
    """Whether ``name`` is written in another language's Latin spelling (``John McCain``, ``Udomdej Sitabutr``).

    Such a name carries no Vietnamese mark on any word and has a word Quốc ngữ cannot spell (or
    the letters f, j, w, z), and does not open with one of our family names: names of Vietnam's
    peoples (``Ksor Phước``, ``Siu Hoa``, ``Y Jút``) stay Vietnamese.
    """
    words = name.split()
    if len(words) < 2 or any(not w.isascii() for w in words) or is_surname(words[0]):
        return False  # a family name of ours (Nguyễn, or Ksor, Siu, Nay, Y of the Central Highlands)
    low = [w.lower().replace("'", "").replace("’", "") for w in words]
    return any(re.search(r"[fjwz]", w) or not _VI_SYLLABLE.fullmatch(w) for w in low)


def _is_fragment(word: str, letter: str) -> bool:
    """Whether ``letter`` is the last letter of ``word`` cut off by a stray space (``Nguyễ N``)."""
    if len(letter) != 1 or not letter.isalpha():
        return False
    return letter.islower() or (is_surname(word + letter.lower()) and not is_surname(word))


_SPLIT_WORD = re.compile(r"(\w+) (\w)(?!\w)")
_SPACE_DIGIT = re.compile(r" \d")


def _name_form(text: str) -> str:
    """The written form of a name: canonical, no spaces around an apostrophe (``K ‘ Thanh`` → ``K'Thanh``).

    A letter split off its word by a stray space joins it again (``Nguyễ N`` → ``Nguyễn``).
    """
    name = re.sub(r"[ ]?'[ ]?", "'", canonical(text))
    return _SPLIT_WORD.sub(lambda m: m.group(1) + m.group(2).lower() if _is_fragment(m.group(1), m.group(2))
                           else m.group(), name)


def unify_spellings(people: list[PersonMention]) -> list[PersonMention]:
    """One person whose name an article writes twice with one tone mark different.

    ``Chủ tịch UBND Nguyễn Thành Phong chủ trì … Chủ tịch UBND Nguyễn Thanh Phong yêu cầu``:
    the same letters without tones, one word apart, and the same post (role and body) —
    a typing slip, so the later spelling takes the first one. Names that only share their
    letters (``Nguyễn Văn Hòa`` / ``Nguyễn Văn Hoa``) but no post stay two people.
    """
    first: dict[str, PersonMention] = {}
    out: list[PersonMention] = []
    for p in sorted(people, key=lambda q: q.span.start):
        key = toneless(fold(p.name))
        seen = first.get(key)
        if seen is None:
            first[key] = p
        elif seen.name != p.name and _one_word_apart(seen.name, p.name) and _share_post(seen, p):
            p = replace(p, name=seen.name)
        out.append(p)
    return out


def _one_word_apart(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) >= 2 and sum(x != y for x, y in zip(wa, wb, strict=True)) == 1 and wa[0] == wb[0]


def _share_post(a: PersonMention, b: PersonMention) -> bool:
    return any(s.org is not None and t.org is not None and s.role == t.role and s.org.key == t.org.key
               for s in a.titles for t in b.titles)
