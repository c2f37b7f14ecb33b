"""The day an undated article reports on: its lead's first day, the year written or supported."""

from __future__ import annotations

import datetime as dt

from kg.annotate import annotate
from kg.extract.reported import ReportedDayExtractor
from kg.ingest import parse_text


def _days(text: str) -> list[tuple[dt.date, str]]:
    doc = parse_text(text, source="t.txt")
    return [(f.object.date, f.object.source) for f in ReportedDayExtractor()(doc, annotate(doc))]  # type: ignore[attr-defined]


def test_the_leads_day_with_the_year_of_the_articles_periods() -> None:
    text = ("Hà Nội họp bàn kế hoạch năm 2017\nSáng 15/3, UBND TP Hà Nội tổ chức hội nghị. "
            "Kết quả quý I/2017 được đánh giá cao.\n")
    assert _days(text) == [(dt.date(2017, 3, 15), "article")]


def test_a_written_year_is_taken_as_written() -> None:
    assert _days("Họp báo\nChiều 23/6/2017, Sở Y tế họp báo.\n") == [(dt.date(2017, 6, 23), "text")]


def test_a_deadline_is_not_the_day_reported_and_no_year_is_invented() -> None:
    assert _days("Chỉ đạo\nUBND tỉnh yêu cầu hoàn thành trước ngày 30/6/2017.\n") == []
    assert _days("Họp báo\nSáng 15/3, Sở Y tế họp báo.\n") == []  # no period supports a year


def test_a_dateline_wins() -> None:
    assert _days("Họp báo\n05/07/2021 10:00\nSáng 15/3/2017, Sở Y tế họp báo.\n") == []


def test_the_year_the_article_names_most_not_a_year_it_recalls() -> None:
    text = ("Tân Bí thư thăm bảo tàng\nSáng 10/5, tân Bí thư Thành ủy thăm bảo tàng. Ông nhập ngũ năm 1983. "
            "Kế hoạch năm 2017 của thành phố đã được thông qua. Quý I/2017 thành phố tăng trưởng tốt.\n")
    assert _days(text) == [(dt.date(2017, 5, 10), "article")]


def test_a_report_reviewing_last_year_is_dated_in_the_year_after_it() -> None:
    text = ("Gặp mặt doanh nghiệp đầu xuân\nChiều 10/2, lãnh đạo tỉnh gặp mặt doanh nghiệp. Năm 2016 doanh thu "
            "tăng, cuối năm 2016 có 500 doanh nghiệp mới, năm 2016 xuất khẩu tăng. Đầu năm 2017, tỉnh có "
            "thêm 20 doanh nghiệp.\n")
    assert _days(text) == [(dt.date(2017, 2, 10), "article")]


def test_the_headlines_year_wins_over_later_years_the_body_names() -> None:
    text = ("UBND thành phố họp phiên thường kỳ tháng 11/2021\nChiều 26/11, UBND thành phố họp phiên thường kỳ. "
            "Thành phố chuẩn bị công tác tuyển quân năm 2022 và phân bổ ngân sách năm 2022.\n")
    assert _days(text) == [(dt.date(2021, 11, 26), "article")]
