"""The search fold (kg.lexicon.search): one table for the query parameters, the view's keys and its search box."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.lexicon.search import DASHES, MARKS, SEARCH_FOLD, search_fold

BUONG = "Dương Hữu Bường"
VIETNAMESE = ("aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ")


@pytest.mark.parametrize(("text", "folded"), [
    (BUONG, "duong huu buong"),
    ("ĐÔNG TRIỀU", "dong trieu"),
    ("ỦY BAN  NHÂN DÂN", "uy ban nhan dan"),
    ("Uỷ ban", "uy ban"),
    ("hoà / hòa", "hoa / hoa"),
    (" Phòng Tài chính – Kế hoạch ", "phong tai chinh ke hoach"),
    ("phong tai chinh-ke  hoach", "phong tai chinh ke hoach"),
    ("Hà\u00a0Nội\tmới\n", "ha noi moi"),
])
def test_search_fold(text: str, folded: str) -> None:
    assert search_fold(text) == folded
    assert search_fold(unicodedata.normalize("NFD", text)) == folded  # typed decomposed


def test_every_vietnamese_letter_folds_to_ascii_in_both_cases() -> None:
    for letter in VIETNAMESE + VIETNAMESE.upper():
        assert search_fold(letter).isascii(), letter
    assert search_fold("Hồ") != search_fold("Hà")


def test_the_table_is_characters_to_at_most_one_character() -> None:
    assert all(len(k) == 1 and len(v) <= 1 for k, v in SEARCH_FOLD.items())
    assert {k for k, v in SEARCH_FOLD.items() if v == ""} == set(MARKS)
    assert {k for k, v in SEARCH_FOLD.items() if v == "-"} == set(DASHES)
    assert len(SEARCH_FOLD) == 12 * 6 - 6 + 1 + 1 + len(DASHES) + len(MARKS)  # vowels with marks, đ, NBSP


@given(st.text())
def test_search_fold_is_idempotent(text: str) -> None:
    once = search_fold(text)
    assert search_fold(once) == once
