"""Working sessions a visit or an inspection leads to, and the body a session is held with (issue 25)."""

from __future__ import annotations

import datetime as dt

from kg.model import MeetingInfo
from tests.annotation_helpers import meeting_infos as infos


def label(m: MeetingInfo) -> str | None:
    return m.organizer.label if m.organizer is not None else None


def test_a_visit_that_holds_a_working_session_with_a_body_is_that_session() -> None:
    (m,) = infos("""Đoàn công tác làm việc tại Quảng Trị
Tiếp tục chuyến thăm và làm việc tại miền Trung, ngày 14-4-2018, Đoàn đại biểu tỉnh Bắc Giang đã có \
buổi làm việc với UBND tỉnh Quảng Trị về hợp tác du lịch.
""")
    assert m.kind == "buổi làm việc"


def test_an_inspection_team_headed_by_a_minister_works_with_a_province() -> None:
    (m,) = infos("""Kiểm tra công vụ tại Ninh Bình
Ngày 12/9/2018, Tổ công tác về kiểm tra công vụ của Chính phủ, do Bộ trưởng Bộ Tư pháp Hoàng Văn Kiên làm \
trưởng đoàn, đã có buổi làm việc với UBND tỉnh Ninh Bình.
""")
    assert m.chairs == ("Hoàng Văn Kiên",)
    assert m.place is not None and m.place.name == "Ninh Bình"


def test_an_inspection_with_no_session_with_a_body_stays_an_inspection() -> None:
    assert infos("""Kiểm tra đê điều
Sáng ngày 03/9/2019, Bí thư Huyện ủy Phan Văn Hợp đã kiểm tra công tác phòng chống bão lụt và chủ trì buổi \
làm việc tại xã.
""") == []


def test_a_district_committee_holds_the_working_session_it_has_with_schools() -> None:
    (m,) = infos("""Chấn chỉnh nhóm trẻ tư thục
Chiều 9-10-2018, UBND huyện Hòa Vang đã có cuộc làm việc khẩn với các nhóm trẻ tư thục trên địa bàn.
""")
    assert label(m) == "Ủy ban nhân dân huyện Hòa Vang"


def test_the_body_a_session_is_held_with_holds_it_when_nobody_else_does() -> None:
    # a guard: "làm việc với" named the host before "cuộc làm việc" was a meeting word of its own
    (m,) = infos("""Hải Phòng xây cảng
Phát biểu tại cuộc làm việc với UBND thành phố Hải Phòng sáng 4/5/2018, lãnh đạo các bộ thống nhất \
phương án mở rộng cảng.
""")
    assert label(m) == "Ủy ban nhân dân thành phố Hải Phòng"


def test_a_ministers_session_takes_the_place_of_the_province_it_works_with() -> None:
    (m,) = infos("""Đường tránh TP Châu Đốc sẽ làm như cao tốc
Đó là nội dung ông Trần Văn Sơn - bộ trưởng Bộ Xây dựng kết luận tại buổi làm việc với lãnh đạo \
UBND tỉnh An Giang vào chiều 12-3-2018.
""")
    assert m.place is not None and m.place.name == "An Giang"


def test_an_undated_post_reform_session_of_a_running_term_takes_the_year_the_era_leaves() -> None:
    text = """Kỳ họp chuyên đề của HĐND đặc khu Côn Đảo
Ngày 14/11, HĐND đặc khu Côn Đảo khóa I, nhiệm kỳ 2021-2026 tổ chức kỳ họp chuyên đề để kiện toàn nhân sự.
"""
    (m,) = infos(text)
    assert (m.date, m.date_source) == (dt.date(2025, 11, 14), "era")
    (early,) = infos(text.replace("Ngày 14/11", "Ngày 14/3"))
    assert early.date == dt.date(2026, 3, 14)


def test_an_undated_article_of_the_old_register_gets_no_year_from_a_term() -> None:
    (m,) = infos("""Kỳ họp chuyên đề của HĐND huyện Krông Nô
Ngày 14/11, HĐND huyện Krông Nô khóa XI, nhiệm kỳ 2021-2026 tổ chức kỳ họp chuyên đề để kiện toàn nhân sự.
""")
    assert m.date is None and m.partial_date == "--11-14"


def test_the_official_a_report_opens_with_hosts_the_session_he_holds_after_a_visit() -> None:
    (m,) = infos("""Đẩy nhanh tiến độ hồ chứa nước
Bí thư Huyện ủy Đắk Song Phan Văn Hợp đã yêu cầu như vậy sau khi thị sát công trình hồ chứa nước và làm việc \
với lãnh đạo UBND xã Trường Xuân về tiến độ dự án sáng 12/3/2020.
""")
    assert m.chairs == ("Phan Văn Hợp",)
    assert label(m) == "Huyện ủy Đắk Song"


def test_an_official_who_reports_a_session_others_held_does_not_host_it() -> None:
    (m,) = infos("""Dự án thủy điện
Ngày 5/3/2020, ông Phan Văn Hợp, Bí thư Huyện ủy Đắk Song cho biết trong tháng trước lãnh đạo huyện và các phòng \
chuyên môn đã có buổi làm việc với Công ty Thủy điện Đắk Song về dự án.
""")
    assert m.chairs == ()


def test_an_undated_lead_that_opens_with_a_session_and_its_holder_reports_it() -> None:
    (m,) = infos("""Nguyên giám đốc sở bị cảnh cáo
Tại kỳ họp thứ 21, Ủy ban Kiểm tra Trung ương đã xem xét, thi hành kỷ luật ông Trần Văn Nam, nguyên Giám đốc Sở \
Xây dựng tỉnh Phú Yên. Ủy ban Kiểm tra Trung ương đã kết luận các vi phạm, khuyết điểm của ông Trần Văn Nam.
""")
    assert label(m) == "Ủy ban Kiểm tra Trung ương"
    assert m.chairs == ()  # the official found at fault does not close the session


def test_a_press_briefing_is_no_meeting() -> None:
    assert infos("""Hàng Việt chiếm lĩnh thị trường
Tại hội nghị giao ban báo chí do Tỉnh ủy Phú Yên tổ chức sáng 5/4/2019, bà Nguyễn Thị Hà cho biết hàng Việt \
chiếm 90% trong các siêu thị.
""") == []


def test_a_session_held_with_a_minister_is_his_ministrys_when_nobody_else_holds_it() -> None:
    (m,) = infos("""Đắk Nông xin vốn làm đường
Tại buổi làm việc với Bộ trưởng Giao thông Vận tải Trương Quang Nghĩa chiều 9/1/2018, Phó Chủ tịch UBND tỉnh \
Đắk Nông Trương Văn Tùng đề nghị Bộ hỗ trợ vốn nâng cấp Quốc lộ 14C.
""")
    assert label(m) == "Bộ Giao thông Vận tải"


def test_the_body_that_works_with_another_holds_the_session_not_its_host() -> None:
    (m,) = infos("""Bảo đảm an toàn cho y bác sĩ
Ngày 6-5-2019, đoàn công tác của Bộ Y tế đã làm việc với Trung tâm Y tế huyện Đắk Song về công tác bảo đảm \
an toàn cho nhân viên y tế.
""")
    assert label(m) == "Bộ Y tế"


def test_a_bodys_name_ends_before_the_day_or_the_motion_that_follows_it() -> None:
    (m,) = infos("""Cải cách hành chính
Tại buổi làm việc với Cục Trồng trọt ngày 7/2/2018, các đơn vị báo cáo kết quả cải cách hành chính.
""")
    assert label(m) == "Cục Trồng trọt"
    (m,) = infos("""Du lịch Đà Nẵng
Ngày 11/5/2017, đoàn công tác của Tổng cục Thống kê vào làm việc với Cục Thống kê thành phố Đà Nẵng.
""")
    assert label(m) == "Tổng cục Thống kê"
