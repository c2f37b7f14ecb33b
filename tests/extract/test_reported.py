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
    doc = parse_text("Họp báo\nSáng 15/3, Sở Y tế họp báo.\n", source="t.txt")
    (only,) = [f.object for f in ReportedDayExtractor()(doc, annotate(doc))]
    assert (only.date, only.source, only.partial) == (None, None, "--03-15")  # no year supported: the day alone


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


def test_a_deadline_in_the_lead_is_not_the_day_reported() -> None:
    # a milestone a year ahead (… hoàn thành vào ngày …) neither dates the report nor gives it its year
    text = ("Dự án chống ngập chậm tiến độ\nLãnh đạo thành phố từng cho biết sẽ lấy mốc hoàn thành vào ngày "
            "30/4/2020 để theo dõi tiến độ. Trong cuộc họp sáng 19/5, chủ đầu tư thừa nhận dự án chậm. "
            "Kết quả quý I/2019 chưa đạt.\n")
    assert _days(text) == [(dt.date(2019, 5, 19), "article")]
    # a day that is no deadline still dates it, a visit foreseen a few days ahead too
    assert _days("Dự án\nSáng 19/5, chủ đầu tư cho biết dự án sẽ chậm. Kết quả quý I/2019 chưa đạt.\n") == [
        (dt.date(2019, 5, 19), "article")]
    assert _days("Chuyến thăm\nThủ tướng sẽ thăm chính thức Nhật Bản từ ngày 29 đến ngày 31/5/2019.\n") == [
        (dt.date(2019, 5, 29), "text")]


def test_an_article_naming_plans_only_is_dated_by_the_plan_of_its_own_year() -> None:
    # a session on next year's programme and this year's, adjusted: plans both, the earlier is the report's year
    text = ("Thảo luận chương trình giám sát\nPhát biểu tại phiên thảo luận sáng 23/5, đại biểu góp ý về dự kiến "
            "chương trình giám sát năm 2020 và về chương trình giám sát năm 2019 của Hội đồng.\n")
    assert _days(text) == [(dt.date(2019, 5, 23), "article")]


def test_a_day_of_history_the_lead_recalls_is_not_the_day_reported() -> None:
    # the lead opens with the day an anniversary recalls (its year written): the report is of the ceremony
    text = ("Kỷ niệm 50 năm ngày thành lập\nNgày 12/3/1969, tỉnh đội được thành lập tại xã Tân Lập. Tối 11/3 tại "
            "tỉnh, diễn ra lễ kỷ niệm 50 năm ngày thành lập tỉnh đội (12/3/1969 - 12/3/2019).\n")
    assert _days(text) == [(dt.date(2019, 3, 11), "article")]
    # a written year the article's own time agrees with is taken as written
    assert _days("Lễ kỷ niệm\nNgày 12/3/2019, tỉnh tổ chức lễ kỷ niệm (12/3/1969 - 12/3/2019).\n") == [
        (dt.date(2019, 3, 12), "text")]
