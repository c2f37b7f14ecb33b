"""Meetings the press tells without a dateline or in its own words (issue 25): an undated report
that a body has held a meeting, a unit's leaders holding a working session, and units written with
a dotted abbreviation (``TP. HCM``) in the subject."""

from __future__ import annotations

from kg.model import MeetingInfo
from tests.annotation_helpers import meeting_infos as infos


def label(m: MeetingInfo) -> str | None:
    return m.organizer.label if m.organizer is not None else None


def test_an_undated_lead_saying_a_body_has_held_its_session_reports_it() -> None:
    (m,) = infos("""Kỷ luật cán bộ vi phạm
Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn vừa tổ chức kỳ họp 14, thống nhất đề nghị xử lý kỷ luật hai cán bộ.
Theo đó, các đảng viên vi phạm đã không chấp hành quy định.
Ông Hoàng Văn Nam, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn, chủ trì kỳ họp.
""")
    assert label(m) == "Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn"
    assert m.chairs == ("Hoàng Văn Nam",)
    assert m.date is None


def test_an_undated_lead_about_a_meeting_still_to_be_held_reports_none() -> None:
    assert infos("""Xem xét kỷ luật cán bộ
Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn sẽ tổ chức kỳ họp 14 để xem xét kỷ luật hai cán bộ.
Các đảng viên vi phạm đã không chấp hành quy định.
""") == []


def test_an_undated_lead_naming_a_past_meeting_without_a_body_reports_none() -> None:
    assert infos("""Chuyện cũ
Người dân vừa tổ chức họp mặt đồng hương ở quê.
Ai cũng vui vẻ.
""") == []


def test_the_leaders_of_a_city_hold_its_working_session_as_its_committee() -> None:
    (m,) = infos("""Gỡ vướng cho doanh nghiệp
Chiều 12/3, lãnh đạo TP. HCM đã có buổi làm việc với Hiệp hội Doanh nghiệp TP. HCM.
Các doanh nghiệp nêu nhiều kiến nghị.
""")
    assert label(m) == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    assert m.place is not None and m.place.code == "79"


def test_a_meeting_with_a_body_turns_into_a_working_session_when_they_work_together() -> None:
    (m,) = infos("""Đối thoại doanh nghiệp
Sáng 5/4, lãnh đạo tỉnh Bình Dương đã có buổi gặp gỡ và làm việc với Hiệp hội Gỗ tỉnh.
Các doanh nghiệp nêu nhiều kiến nghị.
""")
    assert m.kind == "buổi làm việc"
    assert label(m) == "Ủy ban nhân dân tỉnh Bình Dương"


def test_a_get_together_with_no_working_session_stays_no_meeting() -> None:
    assert infos("""Gặp mặt cựu chiến binh
Sáng 5/4, lãnh đạo tỉnh Bình Dương đã có buổi gặp gỡ các cựu chiến binh tiêu biểu.
Buổi gặp gỡ diễn ra ấm cúng.
""") == []


def test_the_congress_of_a_youth_union_named_in_full_is_held_by_that_union() -> None:
    (m,) = infos("""Tuổi trẻ xứ Nghệ
Tại phiên họp sáng nay 20-10, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Nghệ An đã bầu 55 người vào Ban chấp hành.
Đại hội cũng thông qua nghị quyết nhiệm kỳ mới.
""")
    assert label(m) == "Đoàn TNCS Hồ Chí Minh tỉnh Nghệ An"
    assert m.place is not None and m.place.code == "40"


def test_an_urgent_meeting_of_a_disaster_board_whose_name_holds_a_comma_is_held_by_that_board() -> None:
    (m,) = infos("""Khẩn cấp ứng phó bão
Chiều 14-10, tại cuộc họp khẩn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Ngãi, 40 tàu được gọi.
Các huyện ven biển cho học sinh nghỉ học.
""")
    assert label(m) == "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Ngãi"
    assert m.place is not None and m.place.code == "51"


def test_the_central_committee_written_with_the_press_abbreviation_holds_its_plenum() -> None:
    for short in ("T.Ư", "TW"):
        (m,) = infos(f"""Trung ương kết thúc hội nghị
Chiều 12/10, sau bốn ngày làm việc, Hội nghị lần thứ sáu Ban Chấp hành {short} Đảng đã bế mạc tại Hà Nội.
""")
        assert label(m) == "Ban Chấp hành Trung ương Đảng"
