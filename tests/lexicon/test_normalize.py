"""Tests for kg.lexicon.normalize: the cleaned text, same-length folds, ASCII keys, canonical forms."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.lexicon.normalize import ascii_key, canonical, clean, fold, fold_case_kept

# Letters and marks that exercise the tone rules, case mapping and combining sequences.
VIETNAMESE_ALPHABET = (
    "qQuUoOyYaAeEhHkKcCđĐ"
    "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴòóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤăâêôơưĂÂÊÔƠƯ"
    "\u0300\u0301\u0303\u0309\u0323\u0306\u031b"
    " \t\n\r\u00a0\u200b\ufeff\u00ad–—’'`“”.…"
    "İıǅẞßΣσςﬀŉ"
)
any_text = st.text() | st.text(alphabet=VIETNAMESE_ALPHABET)


# --- clean -------------------------------------------------------------------------------


def test_clean_composes_nfd_input_to_nfc():
    nfd = unicodedata.normalize("NFD", "Ủy ban nhân dân thành phố Bắc Kạn")
    assert nfd != "Ủy ban nhân dân thành phố Bắc Kạn"
    cleaned = clean(nfd)
    assert cleaned == "Ủy ban nhân dân thành phố Bắc Kạn\n"
    assert unicodedata.is_normalized("NFC", cleaned)


@pytest.mark.parametrize("raw", ["a\r\nb\r\nc", "a\rb\rc", "a\nb\rc\r\n"])
def test_clean_turns_every_line_end_into_lf(raw):
    assert clean(raw) == "a\nb\nc\n"


def test_clean_removes_bom_and_zero_width_marks():
    raw = "\ufeffHội\u200b nghị\u200c Thành\u200d ủy\u2060\u00ad"
    assert clean(raw) == "Hội nghị Thành ủy\n"


def test_clean_keeps_inner_text_and_strips_line_ends_only():
    assert clean("  Đồng chí A   \n\n\nB  ") == "  Đồng chí A\n\n\nB\n"


@settings(max_examples=300)
@given(any_text)
def test_clean_is_idempotent_and_nfc(text):
    once = clean(text)
    assert clean(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "\r" not in once and "\ufeff" not in once and "\u200b" not in once


# --- fold --------------------------------------------------------------------------------


@settings(max_examples=500)
@given(any_text)
def test_fold_keeps_the_length_of_any_string(text):
    assert len(fold(text)) == len(text)
    assert len(fold_case_kept(text)) == len(text)


@settings(max_examples=500)
@given(any_text)
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Uỷ", "ủy"),
        ("Ủy", "ủy"),
        ("UỶ BAN", "ủy ban"),
        ("hoà", "hòa"),
        ("hòa", "hòa"),
        ("Hoà Bình", "hòa bình"),
        ("thuỷ", "thủy"),
        ("thủy", "thủy"),
        ("khoẻ", "khỏe"),
        ("Thuý", "thúy"),
    ],
)
def test_fold_puts_the_tone_mark_one_way(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize(
    "text", ["quý", "Quý IV", "QUỶ", "hoạch", "kế hoạch", "khuỷu", "thuở", "hoàn"]
)
def test_fold_leaves_qu_and_closed_syllables_alone(text):
    assert fold(text) == text.lower()


def test_fold_matches_both_tone_styles_at_the_same_offsets():
    old = "Phó Chủ tịch Uỷ ban, Hoà Bình"
    new = "Phó Chủ tịch Ủy ban, Hòa Bình"
    assert fold(old) == fold(new)


def test_fold_does_not_move_tones_before_combining_marks():
    # NFD-ish input: the toned vowel is followed by a combining mark, the syllable is not NFC
    text = "UỲ\u0300"
    assert fold(text) == "uỳ\u0300"
    assert canonical(canonical(text)) == canonical(text)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("kinh tế \u2013 xã hội", "kinh tế - xã hội"),
        ("kinh tế \u2014 xã hội", "kinh tế - xã hội"),
        ("Tài chính \u2212 Kế hoạch", "tài chính - kế hoạch"),
        ("thành\u00a0phố", "thành phố"),
        ("thành\u202fphố", "thành phố"),
        ("thành\tphố", "thành phố"),
        ("N\u2019Drung", "n'drung"),
        ("N\u02bcDrung", "n'drung"),
        ("N`Drung", "n'drung"),
        ("\u201cA\u201d", '"a"'),
    ],
)
def test_fold_unifies_dashes_spaces_apostrophes_and_quotes(text, folded):
    assert fold(text) == folded


def test_fold_keeps_characters_whose_lower_case_is_longer():
    # "İ".lower() is two characters; a same-length fold must keep offsets
    assert fold("İstanbul Đông") == "İstanbul đông"


def test_fold_case_kept_keeps_case_and_modernizes_tone():
    assert fold_case_kept("Uỷ ban HOÀ") == "Ủy ban HÒA"


# --- ascii_key ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("variants", "key"),
    [
        (["Đắk", "Đăk", "Đak", "ĐẮK", "đắk"], "dak"),
        (["Đắk Song", "Đăk Song", "Dak Song"], "daksong"),
        (["Môl", "Mol", "MÔL"], "mol"),
        (["N'Drung", "N’ Drung", "N’Drung", "NDrung"], "ndrung"),
        (["Ủy ban", "Uỷ ban"], "uyban"),
    ],
)
def test_ascii_key_equates_spelling_variants(variants, key):
    assert {ascii_key(v) for v in variants} == {key}


def test_ascii_key_keeps_distinct_names_apart():
    assert ascii_key("Đắk Nông") != ascii_key("Đắk Lắk")


@settings(max_examples=300)
@given(any_text)
def test_ascii_key_is_ascii_alphanumeric(text):
    key = ascii_key(text)
    assert key.isascii()
    assert key == "" or key.isalnum()


# --- canonical ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uỷ ban  nhân dân", "Ủy ban nhân dân"),
        ("  Hoà\u00a0Bình \n", "Hòa Bình"),
        ("Phòng Tài chính \u2013 Kế hoạch", "Phòng Tài chính - Kế hoạch"),
        ("Quý IV", "Quý IV"),
        ("kế hoạch", "kế hoạch"),
        ("THỦY", "THỦY"),
    ],
)
def test_canonical(text, expected):
    assert canonical(text) == expected


def test_canonical_of_nfd_equals_canonical_of_nfc():
    text = "Uỷ ban nhân dân huyện Đắk Song"
    assert (
        canonical(unicodedata.normalize("NFD", text))
        == canonical(text)
        == "Ủy ban nhân dân huyện Đắk Song"
    )


@settings(max_examples=500)
@given(any_text)
def test_canonical_is_idempotent_and_single_spaced(text):
    once = canonical(text)
    assert canonical(once) == once
    assert "  " not in once and once == once.strip()
