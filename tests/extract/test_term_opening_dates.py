"""The year of an undated report of the event that opens a term (a congress, a council's first session):
the term's first year, never the year of a congress an article only recalls. Hand-built text."""

from __future__ import annotations

import datetime as dt

from kg.annotate import annotate
from kg.extract.dates import opening_periods
from kg.extract.meetings import MeetingExtractor
from kg.ingest import parse_text
from kg.lexicon.normalize import fold
from kg.model import MeetingInfo


def dates(text: str) -> list[dt.date | None]:
    doc = parse_text(text, source="article.txt")
    out = [f.object for f in MeetingExtractor()(doc, annotate(doc))]
    assert all(isinstance(m, MeetingInfo) for m in out)
    return [m.date for m in out]  # type: ignore[union-attr]


def test_a_congress_of_a_term_is_held_in_its_first_year() -> None:
    assert dates("Đại hội Đảng bộ đặc khu Cồn Cỏ lần thứ I\n"
                 "Chiều 18/8, Đảng bộ đặc khu Cồn Cỏ, tỉnh Quảng Trị tổ chức Đại hội lần thứ I, "
                 "nhiệm kỳ 2025-2030.\n") == [dt.date(2025, 8, 18)]


def test_a_councils_first_session_is_held_in_its_terms_first_year() -> None:
    assert dates("Sáng 24/6, Kỳ họp thứ nhất HĐND tỉnh Quảng Nam khóa X, nhiệm kỳ 2021 – 2026 khai mạc "
                 "tại Tam Kỳ.\n") == [dt.date(2021, 6, 24)]


def test_a_later_session_of_the_term_gets_no_year_from_the_term() -> None:
    assert dates("Sáng 4/12, HĐND tỉnh Quảng Nam khóa X, nhiệm kỳ 2021 – 2026 khai mạc kỳ họp thứ 9.\n") == [None]


def test_a_recalled_congress_dates_nothing() -> None:
    text = "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2015 - 2020, tỉnh đã đạt nhiều kết quả."
    assert opening_periods(fold(text)) == []
    text = "Các chi bộ thi đua lập thành tích chào mừng Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020 - 2025."
    assert opening_periods(fold(text)) == []
    assert [p.start.year for p in opening_periods(fold("Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025"))] \
        == [2020]
