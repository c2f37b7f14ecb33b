"""Meetings told with another event or word (issue 25, blind rounds 24-25): a conference held together with a
ceremony, a dialogue held as a verb, a dated first line, and a press briefing opened by a meeting
word (no meeting). Hand-built articles."""

from __future__ import annotations

from tests.annotation_helpers import meeting_infos as infos


def test_a_conference_joined_to_a_ceremony_is_reported_with_the_body_that_held_both() -> None:
    (m,) = infos("""Đảng bộ xã Tân Hòa trao Huy hiệu Đảng
Sáng ngày 5/10/2025, Đảng bộ xã Tân Hòa tổ chức Lễ trao Huy hiệu Đảng cho đảng viên gắn với tổ chức Hội nghị \
tổng kết công tác năm.
Tới dự có các đồng chí: Nguyễn Văn Toàn – Bí thư Đảng ủy xã Tân Hòa; Các đồng chí Ban Thường vụ Đảng ủy xã.
""")
    assert m.kind == "hội nghị tổng kết"
    assert m.attendees == ("Nguyễn Văn Toàn",)  # "Ban Thường vụ" is a body, no one named "Ban Thường"
    assert m.date is not None and m.date.isoformat() == "2025-10-05"
    assert m.organizer is not None and m.organizer.label == "Đảng bộ xã Tân Hòa"


def test_a_ceremony_alone_is_no_meeting() -> None:
    assert infos("""Đảng bộ xã Tân Hòa trao Huy hiệu Đảng
Sáng ngày 5/10/2025, Đảng bộ xã Tân Hòa tổ chức Lễ trao Huy hiệu Đảng cho 12 đảng viên và gia đình.
""") == []


def test_a_dialogue_told_as_a_verb_is_a_meeting() -> None:
    (m,) = infos("""Doanh nghiệp gặp lãnh đạo xã
Sáng 14-10-2025, hơn 80 doanh nghiệp trên địa bàn xã Tân Hòa đã đối thoại với lãnh đạo xã về thủ tục đầu tư.
""")
    assert m.kind == "đối thoại"
    assert m.date is not None and m.date.isoformat() == "2025-10-14"


def test_a_dated_first_line_dates_the_meeting_the_body_tells() -> None:
    (m,) = infos("""Chiều ngày 12/8/2025, Đảng ủy phường An Khánh tổ chức Hội nghị quán triệt nghị quyết.
Tham dự Hội nghị có đồng chí Trần Thị Lan, Phó Bí thư Đảng ủy phường.
""")
    assert m.date is not None and m.date.isoformat() == "2025-08-12"


def test_a_press_briefing_opened_by_a_meeting_word_is_no_meeting() -> None:
    assert infos("""Hà Nội thông tin về dự án chợ
Chiều 20/12/2017, tại cuộc họp giao ban báo chí do Thành ủy Hà Nội tổ chức, ông Lê Văn Hùng, Phó Ban Tuyên giáo \
Thành ủy cho biết thành phố đã tạm dừng dự án.
""") == []
