"""The shared pattern builders."""

from __future__ import annotations

import random
import re

from hypothesis import given
from hypothesis import strategies as st

from kg.extract.tasks.clauses import _CUT
from kg.lexicon.patterns import NEVER, UPPER, alternation, is_surname, is_upper_initial, skip_spaces, words_re


def test_upper_matches_capitals_only() -> None:
    upper = re.compile(UPPER)
    assert all(upper.fullmatch(c) for c in "AĐÀẤƯỞỸQ")
    # the old class [A-ZĐÀ-Ỹ] matched these lower-case letters too
    assert not any(upper.fullmatch(c) for c in "àđưởấỹaq1 ")
    assert re.compile("[A-ZĐÀ-Ỹ]").fullmatch("ư")  # what the shared class fixes


@given(st.characters(min_codepoint=0x41, max_codepoint=0x1EFF))
def test_upper_agrees_with_str_isupper(c: str) -> None:
    assert bool(re.fullmatch(UPPER, c)) == (c.isalpha() and c.isupper())


def test_a_clause_is_cut_before_a_capital_glued_to_an_ellipsis_only() -> None:
    assert _CUT.search("công dân…Ban Chỉ đạo")
    assert not _CUT.search("công dân…đến nay")  # lower-case đ: the sentence goes on


def test_alternation_prefers_the_longest_word_and_drops_duplicates() -> None:
    rx = words_re(["bí thư", "phó bí thư", "bí thư"])
    assert rx.search("ông là phó bí thư").group() == "phó bí thư"
    assert re.match(alternation(["a", "ab", "a"]), "abc").group() == "ab"
    assert alternation([]) == NEVER and not re.search(alternation([]), "anything")


def test_words_are_whole_words() -> None:
    assert not words_re(["họp"]).search("cuộc họpx")
    assert words_re(["họp"]).search("cuộc họp,")


def test_case_and_surname_helpers() -> None:
    assert is_upper_initial("Đắk") and not is_upper_initial("đắk") and not is_upper_initial("")
    assert is_surname("Nguyễn") and is_surname("NGUYỄN") and not is_surname("Hội")
    assert skip_spaces("a   b", 1) == 4
    assert skip_spaces("a   b", 1, 3) == 3  # not past the limit
    assert skip_spaces("a   b", 3, 2) == 3  # already past it: where it was
    assert skip_spaces("a\u00a0b", 1) == 1  # only the plain space (the text is folded before)


def _plain_alternation(words: list[str]) -> str:
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in unique) + ")" if unique else NEVER


def test_the_trie_alternation_matches_what_the_plain_alternation_matches() -> None:
    # the trie is a speed-up only: same matches, longest first, whatever follows it
    rng = random.Random(7)
    letters = "ab đàA."
    for _ in range(3000):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 6))]
        text = "".join(rng.choice(letters) for _ in range(24))
        for tail in ("", r"(?!\w)", "b", r"\.?$"):
            for flags in (0, re.IGNORECASE):
                plain = re.compile(r"(?<!\w)" + _plain_alternation(words) + tail, flags)
                trie = re.compile(r"(?<!\w)" + alternation(words) + tail, flags)
                assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
