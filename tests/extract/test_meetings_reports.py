"""Meetings in press reports: several per article, no dateline, implicit organizers, who presides."""

from __future__ import annotations

import datetime as dt

from kg.extract.dates import article_periods
from kg.lexicon.normalize import fold
from tests.annotation_helpers import meeting_infos as infos


def test_an_undated_report_takes_its_year_from_the_periods_it_names() -> None:
    (m,) = infos("""Hà Nội giao ban các sở
Sáng 6-2, Chủ tịch UBND thành phố Hà Nội Nguyễn Văn An chủ trì hội nghị giao ban với các sở. \
Các công việc phải hoàn thành trong quý I-2017.
""")
    assert (m.date, m.date_source) == (dt.date(2017, 2, 6), "article")


def test_a_year_compared_against_is_the_year_before_the_report() -> None:
    (m,) = infos("""Hà Nội giao ban các sở
Sáng 6-2, Chủ tịch UBND thành phố Hà Nội Nguyễn Văn An chủ trì hội nghị giao ban với các sở. \
Doanh thu tăng 10% so với dịp Tết năm 2016.
""")
    assert m.date == dt.date(2017, 2, 6)


def test_the_recalled_past_does_not_date_a_report() -> None:
    text = "Năm 2012, chợ đã đóng cửa. Ngày 21-1-2017, công ty ra thông báo."
    periods = article_periods(text, fold(text))
    assert {p.start.year for p in periods} == {2017}


def test_several_meetings_each_with_its_own_day_chair_and_organizer() -> None:
    ms = infos("""Hai địa phương họp chuẩn bị APEC
Chiều 7-2, Phó Chủ tịch UBND thành phố Đà Nẵng Nguyễn Văn An chủ trì cuộc họp với các sở về \
các công trình khởi công từ ngày 21-1-2017. Các sở báo cáo tiến độ. \
* Chiều 7-2, ông Lê Văn Bình, Chủ tịch UBND tỉnh Khánh Hòa chủ trì cuộc họp về công tác chuẩn bị.
""")
    assert [m.chairs for m in ms] == [("Nguyễn Văn An",), ("Lê Văn Bình",)]
    assert [m.key for m in ms] == ["m1", "m2"]
    assert ms[1].organizer is not None and ms[1].organizer.label == "Ủy ban nhân dân tỉnh Khánh Hòa"
    assert ms[1].date == dt.date(2017, 2, 7)


def test_a_working_session_is_held_by_the_official_who_has_it_and_same_day_keeps_the_day() -> None:
    ms = infos("""Bí thư Thành ủy làm việc với hai quận
Sáng 7-2-2017, Bí thư Thành ủy Thành phố Hồ Chí Minh Đinh Văn An đã có buổi làm việc với \
Quận ủy quận 2. Quận báo cáo tình hình.
Chiều cùng ngày, Bí thư Thành ủy Đinh Văn An đã có buổi làm việc với Quận ủy quận 9.
""")
    assert len(ms) == 2
    assert ms[0].chairs == ms[1].chairs == ("Đinh Văn An",)
    assert ms[0].date == ms[1].date == dt.date(2017, 2, 7)
    assert ms[1].organizer is not None and ms[1].organizer.head == "Thành ủy"


def test_the_same_meeting_told_again_is_one_meeting() -> None:
    ms = infos("""Ban Pháp chế thẩm tra báo cáo
Đó là ý kiến của đồng chí Lê Văn Bình - Trưởng ban Pháp chế HĐND tỉnh Nghệ An tại cuộc họp chiều 23/6/2017.
Chiều 23/6, Ban Pháp chế HĐND tỉnh tiếp tục họp thẩm tra các báo cáo.
""")
    assert len(ms) == 1


def test_an_earlier_meeting_held_by_a_body_without_a_chair() -> None:
    ms = infos("""Thái Nguyên mưa lớn
Sáng nay, thành phố Thái Nguyên ngập sâu, theo báo cáo ngày 23/6/2017. \
Trước đó, vào ngày 21/6, UBND huyện Phú Bình cũng đã tổ chức hội nghị công bố tình trạng khẩn cấp.
""")
    (m,) = ms
    assert m.organizer is not None and m.organizer.label == "Ủy ban nhân dân huyện Phú Bình"
    assert m.date == dt.date(2017, 6, 21)


def test_an_implicit_district_keeps_its_type_word_or_takes_the_one_district_named() -> None:
    (m,) = infos("""UBND huyện tổ chức phiên họp quý II
Chiều 18/4/2019, UBND huyện đã tổ chức phiên họp đánh giá công tác quý I.
""")
    assert m.organizer is not None and m.organizer.label == "Ủy ban nhân dân huyện"
    (m,) = infos("""UBND huyện tổng kết nông thôn mới
Sáng ngày 28/8/2019, UBND huyện tổ chức hội nghị tổng kết. Các xã của huyện Đắk Song báo cáo.
""")
    assert m.organizer is not None and m.organizer.label == "Ủy ban nhân dân huyện Đắk Song"
    assert m.place is not None and m.place.code == "665"


def test_a_press_conference_is_not_a_meeting() -> None:
    assert infos("""Quảng Nam thông tin vụ làm giả quyết định
Chiều 31/5/2017, UBND tỉnh Quảng Nam tổ chức cuộc họp báo thông báo tình hình kinh tế - xã hội.
""") == []


def test_a_guest_who_gives_the_directing_speech_does_not_preside() -> None:
    (m,) = infos("""Hội nghị đánh giá tình hình 9 tháng
Ngày 2/10/2019, UBND huyện Đắk Song tổ chức hội nghị đánh giá tình hình 9 tháng. \
Dự hội nghị có đồng chí Nguyễn Văn An - Bí thư Huyện ủy.
Phát biểu chỉ đạo hội nghị, đồng chí Nguyễn Văn An đề nghị các xã tập trung.
""")
    assert m.chairs == ()
    assert m.attendees == ("Nguyễn Văn An",)
    (m,) = infos("""Hội nghị đánh giá tình hình 9 tháng
Ngày 2/10/2019, UBND huyện Đắk Song tổ chức hội nghị đánh giá tình hình 9 tháng.
Phát biểu chỉ đạo hội nghị, đồng chí Nguyễn Văn An - Chủ tịch UBND huyện đề nghị các xã tập trung.
""")
    assert m.chairs == ("Nguyễn Văn An",)
