"""The underthesea adapter: spans re-anchored onto the document text."""

from __future__ import annotations

import pytest

from kg.annotate.nlp import anchor_tokens, ner_spans
from kg.annotate.segment import sentences
from kg.model import Span


def test_anchor_tokens_finds_tokens_in_order_and_marks_missing_ones() -> None:
    text = "Sáng 6/5, đồng chí Hồ Quang Huy chủ trì."
    spans = anchor_tokens(text, 0, len(text), ["Sáng", "6/5", "Hồ Quang Huy", "xyz", "chủ trì"])
    assert [text[s.start : s.end] if s else None for s in spans] == [
        "Sáng", "6/5", "Hồ Quang Huy", None, "chủ trì"]


@pytest.mark.nlp
def test_ner_person_span_is_the_name_in_the_text() -> None:
    text = "Đồng chí Dương Hữu Bường – Tỉnh ủy viên, Phó Bí thư Thành ủy chủ trì."
    ents = ner_spans(text, sentences(text))
    people = [text[s.start : s.end] for s, label in ents if label == "PER"]
    assert "Dương Hữu Bường" in people
    assert all(isinstance(s, Span) and 0 <= s.start < s.end <= len(text) for s, _ in ents)
