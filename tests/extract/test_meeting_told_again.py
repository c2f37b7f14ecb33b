"""A session the press tells without a meeting word in its lead and returns to with ``Tại buổi làm việc,``
(issue 25, rounds 16-20): an invitation or a visit first, then what was said at the session."""

from __future__ import annotations

from kg.model import MeetingInfo
from tests.annotation_helpers import meeting_infos as infos


def label(m: MeetingInfo) -> str | None:
    return m.organizer.label if m.organizer is not None else None


def test_the_official_who_invited_names_the_holder_of_the_session_told_after() -> None:
    (m,) = infos("""Giả mạo chữ ký trong đơn gửi tỉnh
Ngày 4-11, ông Trần Văn Bình - Chánh văn phòng UBND tỉnh Bình Định cho biết vừa mời ông Phạm Văn Sơn đến \
để trao đổi về lá đơn đứng tên ông.
Tại buổi làm việc, ông Phạm Văn Sơn khẳng định đơn này là giả mạo.
Ông không viết đơn nào.
""")
    assert label(m) == "Văn phòng UBND tỉnh Bình Định"
    assert m.place is not None and m.place.code == "52"
    assert m.date is None  # the day the lead gives is the spokesman's, not the session's


def test_the_body_opening_the_clause_after_the_session_holds_it() -> None:
    (m,) = infos("""Sở Y tế báo cáo vụ việc tại bệnh viện huyện
Mới đây, Sở Y tế tỉnh Nam Định đã có báo cáo gửi Bộ Y tế về vụ việc.
Theo báo cáo, ngày 3/4, Sở Y tế nhận được phản ánh của người dân.
Người nhà bệnh nhân cho biết đã chờ nhiều giờ.
Tại buổi làm việc, Sở Y tế đã chỉ đạo bệnh viện báo cáo sự việc với UBND huyện.
""")
    assert label(m) == "Sở Y tế tỉnh Nam Định"
    assert m.place is not None and m.place.code == "36"


def test_a_session_named_with_its_own_words_after_tai_is_no_told_session() -> None:
    assert infos("""Người dân phản ánh chuyện nước sạch
Nhiều hộ dân thiếu nước sạch trong mùa khô.
Tại buổi làm việc về nước sạch năm ngoái, người dân đã nêu chuyện này.
""") == []


def test_the_session_after_a_voter_contact_is_that_contact() -> None:
    assert infos("""Cử tri phường Hòa Bình gặp đại biểu
Ngày 5/10, Ủy ban Mặt trận Tổ quốc phường Hòa Bình tổ chức hội nghị tiếp xúc cử tri với đại biểu HĐND tỉnh.
Người dân nêu nhiều ý kiến.
Tại hội nghị, đại biểu HĐND tỉnh Nguyễn Thị Lan đã thông tin đến cử tri về tình hình kinh tế.
""") == []


def test_the_session_after_a_lead_telling_another_event_is_that_event() -> None:
    assert infos("""Đại biểu HĐND tỉnh gặp cử tri xã Tân An
Chiều 2-11, ông Lê Văn Tâm - đại biểu HĐND tỉnh đã có buổi tiếp xúc cử tri với cử tri xã Tân An.
Dự hội nghị có Chủ tịch UBND xã Trần Văn Hòa.
Tại hội nghị, ông Lê Văn Tâm đã thông tin đến cử tri về tình hình kinh tế.
""") == []
