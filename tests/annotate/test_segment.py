"""Tests for kg.annotate.segment.sentences: spans over the text, splits and non-splits."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.annotate.segment import sentences
from kg.ingest import parse_bytes
from kg.model import Span

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def assert_valid_spans(text: str, spans: tuple[Span, ...]) -> None:
    """Spans lie inside the text, are ordered, do not overlap and are trimmed and non-empty."""
    prev_end = 0
    for span in spans:
        assert isinstance(span, Span)
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= prev_end
        piece = text[span.start : span.end]
        assert piece.strip() == piece
        assert "\n" not in piece
        prev_end = span.end


def test_seed_folder_is_there():
    assert len(SEEDS) >= 5


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seed_sentences_are_valid_spans_covering_the_text(path):
    doc = parse_bytes(path.read_bytes(), source=path.name)
    spans = sentences(doc.text)
    assert len(spans) > 5
    assert_valid_spans(doc.text, spans)
    # every non-blank character belongs to some sentence
    covered = set()
    for span in spans:
        covered.update(range(span.start, span.end))
    uncovered = [i for i, c in enumerate(doc.text) if not c.isspace() and i not in covered]
    assert uncovered == []


def test_seed_sentences_keep_tp_and_names_together():
    path = next(p for p in SEEDS if p.name.startswith("001_"))
    doc = parse_bytes(path.read_bytes(), source=path.name)
    sents = texts(doc.text)
    assert any(
        s.startswith("Đồng chí Hoàng Bá Huy, Phó Bí thư Thành ủy")
        and s.endswith("chủ trì phiên họp.")
        for s in sents
    )
    # "tại Ban CHQS TP đạt" has no period; the sentence must run to its real end
    assert any("Ban CHQS TP đạt kết quả cao" in s for s in sents)


def test_splits_after_period_before_capital():
    assert texts("Hội nghị khai mạc. Đồng chí Bí thư phát biểu. Sau đó thảo luận.") == [
        "Hội nghị khai mạc.",
        "Đồng chí Bí thư phát biểu.",
        "Sau đó thảo luận.",
    ]


def test_splits_after_ellipsis_exclamation_and_question():
    assert texts("Còn nhiều việc… Các phòng phải làm ngay! Vì sao? Ông trả lời.") == [
        "Còn nhiều việc…",
        "Các phòng phải làm ngay!",
        "Vì sao?",
        "Ông trả lời.",
    ]


def test_splits_before_digit_and_quote():
    assert texts("Năm 2021 đạt kế hoạch. 2022 tăng trưởng. “Phải quyết liệt” là yêu cầu.") == [
        "Năm 2021 đạt kế hoạch.",
        "2022 tăng trưởng.",
        "“Phải quyết liệt” là yêu cầu.",
    ]


def test_splits_at_line_ends():
    text = "Tiêu đề\n\nĐoạn một không có dấu chấm\nĐoạn hai."
    assert texts(text) == ["Tiêu đề", "Đoạn một không có dấu chấm", "Đoạn hai."]


@pytest.mark.parametrize(
    "text",
    [
        "Đồng chí về TP. Hồ Chí Minh dự họp.",
        "UBND TX. Đông Triều tổ chức hội nghị.",
        "Ông Nguyễn V. An chủ trì.",
        "Đ/c. Hoàng Bá Huy phát biểu.",
        "Bà Nguyễn T. H. Hương phát biểu.",
        "PGS. TS. Trần Văn B báo cáo.",
    ],
)
def test_no_split_after_abbreviations_and_initials(text):
    assert texts(text) == [text]


def test_no_split_inside_numbers_and_lowercase_continuations():
    text = "Thu ngân sách đạt 4.145,3 tỷ đồng, các lĩnh vực y tế. giáo dục được quan tâm."
    assert texts(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Các lĩnh vực văn hóa, y tế. đào tạo được quan tâm.",
        "Tình hình ổn định. ở các phường vẫn còn khó khăn.",
    ],
)
def test_no_split_before_lowercase_accented_letter(text):
    # "đ", "ở" are lower case: a period before them does not end a sentence
    assert texts(text) == [text]


def test_no_split_after_tp_in_parentheses():
    text = "Hội nghị tại Hội trường (TP. Bắc Kạn) diễn ra sáng nay."
    assert texts(text) == [text]


def test_empty_and_blank_text_have_no_sentences():
    assert sentences("") == ()
    assert sentences("\n \n\t\n") == ()


@settings(max_examples=500)
@given(st.text() | st.text(alphabet='TPX. …!?\n\t\u00a0AĐđaàbc"“”()0123456789'))
def test_any_text_gives_valid_spans(text):
    spans = sentences(text)
    assert_valid_spans(text, spans)
