"""Meetings the press tells from rounds 20/21 (issues 25, 27): a press get-together is no meeting whatever word opens
it, an HĐND question session is a session of that council, a handover of a post is no meeting, an undated lead that
says words were spoken at a body's working session reports that session, a meeting named in quotes after ``tại`` is
the one told, and units that have finished holding their congresses hold none."""

from __future__ import annotations

import pytest

from kg.model import MeetingInfo
from tests.annotation_helpers import meeting_infos as infos


def label(m: MeetingInfo) -> str | None:
    return m.organizer.label if m.organizer is not None else None


@pytest.mark.parametrize("event", ["cuộc họp mặt báo chí", "buổi họp mặt báo chí", "họp mặt báo chí"])
def test_a_press_get_together_opened_by_a_meeting_word_is_no_meeting(event: str) -> None:
    assert infos(f"""Chợ hoa dịp Tết
Giá hoa năm nay tăng mạnh so với năm trước.
Tại {event} do Sở Công Thương tỉnh Nam Định tổ chức chiều 12/1, ông Trần Văn Khải cho biết sức mua tăng.
Các chợ đều đủ hàng.
""") == []


@pytest.mark.parametrize("event", ["phiên chất vấn", "phiên giải trình"])
def test_a_council_question_session_is_a_session_of_that_council(event: str) -> None:
    (m,) = infos(f"""Nạo vét sông Tô Lịch
Trả lời tại {event} của HĐND tỉnh Nam Định chiều 9/12, Chủ tịch UBND tỉnh Phạm Văn Quang nói về dự án nạo vét.
Theo ông Quang, dự án sẽ hoàn thành trong năm tới.
""")
    assert label(m) == "Hội đồng nhân dân tỉnh Nam Định"
    assert (m.date or m.partial_date) is not None


def test_a_conference_handing_over_a_post_is_no_meeting() -> None:
    assert infos("""BÀN GIAO CHỨC VỤ CHỈ HUY TRƯỞNG
Sáng ngày 5/3/2026, Đảng ủy xã Tân Lập tổ chức Hội nghị bàn giao chức vụ Chỉ huy trưởng Ban Chỉ huy Quân sự xã.
Tham dự có ông Lê Văn Hòa, Bí thư Đảng ủy xã Tân Lập.
""") == []


def test_an_undated_lead_naming_words_said_at_a_body_s_working_session_reports_it() -> None:
    (m,) = infos("""Nam Định đẩy nhanh tiến độ các dự án giao thông
Yêu cầu trên được Bí thư Tỉnh ủy Nam Định Đặng Văn Lâm nêu tại buổi làm việc của Thường trực Tỉnh ủy Nam Định với \
UBND tỉnh về tiến độ các dự án.
Theo ông Lâm, các dự án phải hoàn thành đúng hạn.
""")
    assert label(m) is not None and "Tỉnh ủy Nam Định" in label(m)  # type: ignore[operator]
    assert m.date is None


def test_a_meeting_named_in_quotes_right_after_tai_is_the_meeting_told() -> None:
    (m,) = infos("""Doanh nghiệp kiến nghị về hạ tầng
Chủ tịch UBND tỉnh Nam Định Phạm Văn Quang đã khẳng định như vậy tại "Hội nghị gặp gỡ giữa lãnh đạo tỉnh và doanh \
nghiệp năm 2019" ngày 23-3-2019.
Tại hội nghị, các doanh nghiệp nêu nhiều kiến nghị.
""")
    assert m.kind == "hội nghị"
    assert m.date is not None and (m.date.month, m.date.day) == (3, 23)


def test_a_quoted_meeting_word_inside_someone_s_words_is_still_no_meeting() -> None:
    assert infos("""Chuyện đất đai
Ngày 23-3-2019, ông Trần Văn Khải cho biết: "Chúng tôi chưa tổ chức hội nghị nào về việc này".
Người dân vẫn chờ.
""") == []


def test_units_that_have_finished_holding_their_congresses_after_an_inspection_report_no_meeting() -> None:
    assert infos("""Kiểm tra công tác chuẩn bị đại hội
Sáng ngày 14/7, đồng chí Lê Văn Hòa - Phó Bí thư Tỉnh ủy cùng đoàn công tác kiểm tra công tác chuẩn bị Đại hội \
Đảng bộ xã Tân Lập lần thứ nhất, nhiệm kỳ 2025 - 2030.
Đến nay, các chi bộ trực thuộc Đảng bộ xã Tân Lập đã hoàn thành tổ chức đại hội nhiệm kỳ 2025 - 2030.
Đồng chí Lê Văn Hòa đánh giá cao sự chủ động của Đảng ủy xã.
""") == []


@pytest.mark.parametrize("meeting_name", ["hội nghị gặp gỡ doanh nghiệp năm 2019",
                                          '"Hội nghị gặp gỡ doanh nghiệp năm 2019"'])
def test_the_local_head_who_opens_the_sentence_and_speaks_at_the_meeting_names_its_holder(meeting_name: str) -> None:
    (m,) = infos(f"""Doanh nghiệp kiến nghị về hạ tầng
Chủ tịch UBND tỉnh Nam Định Phạm Văn Quang đã khẳng định như vậy tại {meeting_name} ngày 23-3-2019.
Các doanh nghiệp nêu nhiều kiến nghị.
""")
    assert label(m) == "Ủy ban nhân dân tỉnh Nam Định"
    assert m.chairs == ()


def test_a_department_head_who_opens_the_sentence_names_no_holder() -> None:
    (m,) = infos("""Doanh nghiệp kiến nghị về hạ tầng
Giám đốc Sở Xây dựng tỉnh Nam Định Phạm Văn Quang đã khẳng định như vậy tại hội nghị gặp gỡ doanh nghiệp \
ngày 23-3-2019.
Các doanh nghiệp nêu nhiều kiến nghị.
""")
    assert label(m) in (None, "Sở Xây dựng tỉnh Nam Định")
