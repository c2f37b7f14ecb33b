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


def test_a_meeting_told_again_with_its_day_is_held_by_the_body_the_sentence_before_names() -> None:
    (m,) = infos("""Tranh chấp lô đất ở thôn Bắc Sơn
Gia đình ông Lê Văn Tâm phát hiện lô đất của mình đã có người xây nhà.
Lô đất nằm ở thôn Bắc Sơn, xã Hòa Phong, huyện Hòa Vang, thành phố Đà Nẵng.
Ông Tâm nhận chuyển nhượng lô đất từ năm 2007 và đã được cấp sổ đỏ.
Nhiều năm sau, gia đình ông mới biết có người khác ở trên đất.
Sau khi nhận đơn của ông Tâm, UBND xã Hòa Phong đã tổ chức cuộc họp các bên.
Tại cuộc họp ngày 3-10-2018, cán bộ địa chính xã cho biết việc cấp đất có sai sót.
""")
    assert m.organizer is not None and m.organizer.label == "Ủy ban nhân dân xã Hòa Phong"


def test_a_body_given_its_abbreviation_before_its_unit_holds_the_session_there() -> None:
    (m,) = infos("""Phú Diễn đánh giá nhiệm vụ cuối năm
Ngày 9/12/2019, Hội đồng nhân dân (HĐND) phường Phú Diễn tổ chức Kỳ họp thứ 6 để xem xét tình hình năm 2019.
""")
    assert m.organizer is not None and m.organizer.label == "Hội đồng nhân dân phường Phú Diễn"
    assert m.place is not None and m.place.name == "Phú Diễn"


def test_a_body_that_solemnly_holds_its_congress_after_its_province_is_the_organizer() -> None:
    (m,) = infos("""Phường Tân An vững bước nhiệm kỳ mới
Ngày 8/8/2025, Đảng bộ phường Tân An, TP. Cần Thơ long trọng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ \
2025 - 2030.
""")
    assert m.organizer is not None and m.organizer.label == "Đảng bộ phường Tân An"
