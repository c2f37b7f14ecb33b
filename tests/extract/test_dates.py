"""Dates: day expressions, reporting periods and where a year comes from."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import (
    DateMention,
    article_periods,
    era_window,
    find_dates,
    find_periods,
    resolve,
    year_from_periods,
    year_in_window,
)
from kg.lexicon.normalize import fold
from kg.model import Span


def dates(text: str) -> list[DateMention]:
    return find_dates(text, fold(text))


def one(text: str) -> DateMention:
    found = dates(text)
    assert len(found) == 1, found
    return found[0]


def periods(text: str):  # type: ignore[no-untyped-def]
    return find_periods(text, fold(text))


def resolved(day: int, month: int, *, headline: str = "", context: str = "",
             dateline: dt.date | None = None):  # type: ignore[no-untyped-def]
    mention = DateMention(Span(0, 1), day, month)
    return resolve(mention, dateline=dateline, headline_periods=periods(headline),
                   context_periods=periods(context))


# -- day expressions -------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "day", "month", "year", "pod", "shown"), [
    ("Sáng ngày 26/11, UBND thành phố", 26, 11, None, "sáng", "Sáng ngày 26/11"),
    ("vào chiều ngày 30/9.", 30, 9, None, "chiều", "chiều ngày 30/9"),
    ("Sáng 6/5, đồng chí", 6, 5, None, "sáng", "Sáng 6/5"),
    ("Ngày 29-5, tại hội trường", 29, 5, None, None, "Ngày 29-5"),
    ("Ngày 25.5, tại TP.Quy Nhơn", 25, 5, None, None, "Ngày 25.5"),
    ("Sáng ngày 07/01/2022, UBND", 7, 1, 2022, "sáng", "Sáng ngày 07/01/2022"),
    ("Chiều ngày 6/8/ 2019, UBND", 6, 8, 2019, "chiều", "Chiều ngày 6/8/ 2019"),
    ("Tối 15/1, tại đảo nổi", 15, 1, None, "tối", "Tối 15/1"),
    ("ngày 26 tháng 11 năm 2021", 26, 11, 2021, None, "ngày 26 tháng 11 năm 2021"),
    ("vào sáng nay (6/2), Chủ tịch", 6, 2, None, "sáng", "sáng nay (6/2)"),
])
def test_day_expressions(text: str, day: int, month: int, year: int | None, pod: str | None,
                         shown: str) -> None:
    got = one(text)
    assert (got.day, got.month, got.year, got.part_of_day) == (day, month, year, pod)
    assert text[got.span.start : got.span.end] == shown
    assert got.prefixed


def test_a_two_day_meeting_keeps_its_last_day() -> None:
    got = one("Trong hai ngày 25 đến 26/12, Hội đồng nhân dân huyện")
    assert (got.day, got.end_day, got.month) == (25, 26, 12)


def test_relative_day_without_numbers() -> None:
    got = one("Tại phiên họp thường kỳ chiều nay, UBND thị xã")
    assert got.offset == 0 and got.part_of_day == "chiều" and got.day is None


@pytest.mark.parametrize("text", [
    "theo Nghị quyết số 09/2022 của Ban Thường vụ", "tăng 6.5% so với cùng kỳ",
    "Covid-19 tại 12 phường",
    "ngày 31/2 không có", "tỷ lệ 3/15 xã",
])
def test_numbers_that_are_not_days(text: str) -> None:
    assert dates(text) == []


def test_a_bare_day_is_found_but_marked() -> None:
    got = one("kỷ niệm (27/7/2020) của ngành")
    assert not got.prefixed and got.year == 2020


# -- reporting periods ----------------------------------------------------------------------
def test_month_and_whole_year_review_then_plan() -> None:
    text = "đánh giá tình hình tháng 12 và cả năm 2021; triển khai nhiệm vụ tháng 01 năm 2022"
    got = periods(text)
    assert [(p.start, p.end, p.plan) for p in got] == [
        (dt.date(2021, 12, 1), dt.date(2021, 12, 31), False),
        (dt.date(2021, 1, 1), dt.date(2021, 12, 31), False),
        (dt.date(2022, 1, 1), dt.date(2022, 1, 31), True),
    ]
    assert text[got[0].span.start : got[0].span.end] == "tháng 12 và cả năm 2021"


@pytest.mark.parametrize(("text", "start", "end"), [
    ("9 tháng năm 2022", dt.date(2022, 1, 1), dt.date(2022, 9, 30)),
    ("6 tháng đầu năm 2017", dt.date(2017, 1, 1), dt.date(2017, 6, 30)),
    ("06 tháng cuối năm 2019", dt.date(2019, 7, 1), dt.date(2019, 12, 31)),
    ("quý IV năm 2022", dt.date(2022, 10, 1), dt.date(2022, 12, 31)),
    ("tháng 4/2021", dt.date(2021, 4, 1), dt.date(2021, 4, 30)),
    ("tháng 1-2017", dt.date(2017, 1, 1), dt.date(2017, 1, 31)),
    ("năm học 2018 - 2019", dt.date(2018, 9, 1), dt.date(2019, 8, 31)),
])
def test_period_forms(text: str, start: dt.date, end: dt.date) -> None:
    got = periods(text)
    assert [(p.start, p.end) for p in got] == [(start, end)]


@pytest.mark.parametrize("text", ["ông Hế sinh năm 1971", "theo giá so sánh năm 2010",
                                  "định hướng đến năm 2030", "nhiệm kỳ 2016 - 2021",
                                  # plan horizons (issue 25): a target, not the time of a report
                                  "metro số 1 khó hoàn thành vào năm 2020 như kế hoạch",
                                  "phấn đấu kim ngạch đạt 10 tỷ USD trong năm 2025",
                                  "hiện thực vào năm 2025, chứ không phải năm 2030 như dự kiến",
                                  "sẽ về đích vào tháng 3/2019",
                                  "nhóm tổng công ty này chậm nhất năm 2021 phải thoái vốn",  # a deadline
                                  "muộn nhất tháng 6/2021 phải hoàn thành"])
def test_years_that_are_not_periods(text: str) -> None:
    assert periods(text) == []


def test_a_long_phase_gives_no_year_but_a_terms_phase_does() -> None:
    from kg.extract.dates import article_periods

    vision = "Hội nghị bàn quy hoạch giai đoạn 2021 - 2030, tầm nhìn đến năm 2045."
    assert article_periods(vision, fold(vision)) == []
    term = "Hội nghị bàn biện pháp hợp tác toàn diện giai đoạn 2017 - 2020."
    assert [(p.start.year, p.end.year) for p in article_periods(term, fold(term))] == [(2017, 2020)]


def test_an_undated_meeting_takes_no_year_from_a_target() -> None:
    """A meeting on 24-5 in an article whose only years are targets keeps day and month, no year."""
    from kg.extract.dates import article_periods

    text = "Ngày 24-5, Ban Quản lý họp. Metro số 1 khó hoàn thành vào năm 2020 như kế hoạch."
    got = resolve(one("Ngày 24-5"), article_periods=article_periods(text, fold(text)))
    assert got.date is None and got.partial == "--05-24"


# -- the year rule --------------------------------------------------------------------------
def test_year_written_in_the_expression_wins() -> None:
    mention = one("Sáng ngày 07/01/2022")
    got = resolve(mention, dateline=dt.date(2023, 5, 1), headline_periods=periods("năm 2019"))
    assert (got.date, got.source) == (dt.date(2022, 1, 7), "text")


def test_dateline_gives_the_year_just_before_it() -> None:
    assert resolved(30, 9, dateline=dt.date(2022, 9, 30)).date == dt.date(2022, 9, 30)
    late = resolved(30, 12, dateline=dt.date(2022, 1, 3), headline="tháng 12/2025")
    assert (late.date, late.source) == (dt.date(2021, 12, 30), "dateline")


def test_headline_month_gives_the_year() -> None:
    got = resolved(26, 11, headline="UBND thành phố họp phiên thường kỳ tháng 11/2021")
    assert (got.date, got.source) == (dt.date(2021, 11, 26), "headline")


def test_review_year_beats_the_year_of_the_resolutions_it_adopts() -> None:
    ctx = ("đánh giá toàn diện kết quả công tác năm 2020; "
           "xem xét, ban hành các nghị quyết nhiệm vụ năm 2021")
    got = resolved(16, 12, context=ctx)
    assert (got.date, got.source) == (dt.date(2020, 12, 16), "context")
    headline = "họp mở rộng đánh giá kết quả thực hiện nhiệm vụ năm 2020"
    assert resolved(16, 12, headline=headline).date == dt.date(2020, 12, 16)


def test_early_january_meeting_reviewing_december() -> None:
    ctx = "đánh giá tình hình tháng 12 và cả năm 2021; triển khai nhiệm vụ tháng 01 năm 2022"
    assert resolved(7, 1, context=ctx).date == dt.date(2022, 1, 7)
    headline = "họp giao ban triển khai nhiệm vụ tháng 1/2022"
    assert resolved(7, 1, headline=headline).date == dt.date(2022, 1, 7)


def test_a_planning_meeting_precedes_its_year() -> None:
    assert resolved(26, 12, context="triển khai nhiệm vụ năm 2020").date == dt.date(2019, 12, 26)
    assert resolved(15, 1, context="hội nghị tổng kết năm 2019").date == dt.date(2020, 1, 15)


def test_no_support_leaves_a_partial_date() -> None:
    got = resolved(26, 11)
    assert (got.date, got.source, got.partial) == (None, None, "--11-26")


def test_a_far_period_supports_no_year() -> None:
    # a deadline "trước tháng 6-2017" says nothing about a meeting on 7/2
    assert resolved(7, 2, context="hoàn thành trước tháng 6-2017").partial == "--02-07"
    assert year_from_periods(7, 2, periods("tháng 6-2017")) is None


def test_relative_day_needs_a_dateline() -> None:
    mention = one("chiều nay")
    assert resolve(mention).date is None
    assert resolve(mention, dateline=dt.date(2022, 9, 30)).date == dt.date(2022, 9, 30)


def test_end_date_of_a_two_day_session() -> None:
    mention = one("Trong hai ngày 25 đến 26/12")
    context = periods("báo cáo năm 2019 và phương hướng, nhiệm vụ năm 2020")
    got = resolve(mention, context_periods=context)
    assert (got.date, got.end_date) == (dt.date(2019, 12, 25), dt.date(2019, 12, 26))


@pytest.mark.parametrize("text", [
    "Tuyến đường dự kiến đưa vào khai thác từ cuối năm 2021.",  # a bound before a part of the year
    "Công trình phải xong trước đầu tháng 9/2023.",
    "Dự kiến đầu năm 2024, tuyến đường sẽ được khởi công.",  # a period foreseen
    "Nếu mùa mưa năm 2022 kéo dài thì hồ chứa sẽ đầy.",  # a period supposed
])
def test_periods_ahead_or_supposed_date_no_report(text: str) -> None:
    assert periods(text) == []


def test_a_period_something_happened_in_stays_a_period() -> None:
    (p,) = [p for p in periods("Vụ việc xảy ra vào cuối tháng 12/2016 tại trường.") if p.start.month == 12]
    assert p.start == dt.date(2016, 12, 1)


def test_a_day_foreseen_dates_no_undated_report() -> None:
    text = "Hội nghị diễn ra chiều 3/7. Dự kiến ngày 30/6/2031 công trình sẽ hoàn thành."
    assert article_periods(text, fold(text)) == []


def test_a_running_council_term_bounds_a_post_reform_article() -> None:
    text = "HĐND xã khóa II, nhiệm kỳ 2021 - 2026 họp; Đảng bộ xã nhiệm kỳ 2025 - 2030."
    window = era_window(fold(text), dt.date(2025, 7, 1))
    assert window == (dt.date(2025, 7, 1), dt.date(2026, 6, 30))
    assert year_in_window(5, 11, window) == 2025
    assert year_in_window(12, 3, window) == 2026
    assert era_window(fold("Đại hội nhiệm kỳ 2020 - 2025."), dt.date(2025, 7, 1)) is None  # ended before
    assert year_in_window(5, 11, (dt.date(2025, 7, 1), dt.date(2030, 6, 30))) is None  # several years fit


def test_the_era_rules_out_a_year_a_period_suggests() -> None:
    era = (dt.date(2025, 7, 1), dt.date(2026, 6, 30))
    got = resolve(DateMention(Span(0, 1), 9, 12), headline_periods=periods("giảm nghèo trong năm 2026"), era=era)
    assert (got.date, got.source) == (dt.date(2025, 12, 9), "era")


def test_a_period_the_article_says_will_come_dates_no_undated_report() -> None:
    text = ("Theo kế hoạch được giao, giai đoạn 2022-2023 mỗi năm sẽ giảm 5% biên chế. Năm 2024 tỉnh sẽ hoàn thành. "
            "Thành phố đang tìm phương án trong năm 2019.")
    got = article_periods(text, fold(text))
    assert [(p.start.year, p.end.year) for p in got] == [(2019, 2019)]


def test_a_programme_of_a_year_is_a_plan_and_the_later_of_two_plans_is_the_horizon() -> None:
    # a body's programme of a year (Chương trình … năm 2020) is planned, like its kế hoạch; in May, the programme
    # adjusted (2019) and the one drafted (2020) fit alike: the report is of the earlier year, not of its horizon
    text = ("Sáng 23/5, Hội đồng nghe Tờ trình về dự kiến Chương trình xây dựng luật, pháp lệnh năm 2020 và "
            "điều chỉnh Chương trình xây dựng luật, pháp lệnh năm 2019.")
    periods = find_periods(text, fold(text))
    assert [(p.start.year, p.plan) for p in periods] == [(2020, True), (2019, True)]
    assert year_from_periods(23, 5, periods) == 2019
    assert resolve(one("Sáng 23/5"), context_periods=periods).date == dt.date(2019, 5, 23)
    # one plan alone still places its planning meeting before its year
    ahead = "Ngày 20/12, Hội đồng thông qua Chương trình xây dựng luật năm 2020."
    assert year_from_periods(20, 12, find_periods(ahead, fold(ahead))) == 2019


def test_a_target_s_year_is_planned_however_long_its_object() -> None:
    # a target (phấn đấu, mục tiêu …) governs the year ending its clause, whatever stands between: the headline of a
    # report of 9/2 plans for 2020, it does not review it (a review would put the report in 2021)
    head = "Huyện Đắk Song phấn đấu có thêm 4 - 5 xã đạt chuẩn nông thôn mới và 2 thôn kiểu mẫu năm 2020"
    got = find_periods(head, fold(head))
    assert [(p.start.year, p.plan) for p in got] == [(2020, True)]
    assert resolve(one("Ngày 9/2"), headline_periods=got).date == dt.date(2020, 2, 9)
    # a comma closes the target's clause: the year after it is reviewed again
    after = "Huyện phấn đấu có thêm 4 xã đạt chuẩn nông thôn mới, kết quả cả năm 2019 vượt kế hoạch"
    assert [p.plan for p in find_periods(after, fold(after))] == [False]
