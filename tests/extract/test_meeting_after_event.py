"""Meetings the lead tells without dating them itself (issue 25): after a dated event that is none (a ceremony,
then the body's conference that day), or by who presided (``… chủ trì kỳ họp``). Hand-built articles."""

from __future__ import annotations

from tests.annotation_helpers import meeting_infos as infos


def test_a_conference_held_after_a_ceremony_is_reported_on_the_ceremonys_day() -> None:
    (m,) = infos("""Khánh thành trụ sở và hội nghị triển khai nhiệm vụ
Sáng 12/3/2020, UBND huyện Đắk Song tổ chức lễ khánh thành trụ sở làm việc mới của huyện.
Sau lễ khánh thành, UBND huyện Đắk Song tổ chức hội nghị triển khai nhiệm vụ quý II. Ông Lê Văn Cường, \
Chủ tịch UBND huyện chủ trì hội nghị.
""")
    assert m.organizer is not None and m.organizer.label == "Ủy ban nhân dân huyện Đắk Song"
    assert m.date is not None and m.date.isoformat() == "2020-03-12"
    assert m.chairs == ("Lê Văn Cường",)


def test_a_conference_a_press_briefing_announces_is_no_report() -> None:
    assert infos("""Họp báo về hội nghị xúc tiến đầu tư
Sáng 6/2/2017, tại Hà Nội, Ban Chỉ đạo Tây Nguyên tổ chức họp báo về hội nghị xúc tiến đầu tư vùng Tây Nguyên.
Theo đó, hội nghị sẽ được tổ chức vào ngày 11/3/2017 tại tỉnh Đắk Lắk. UBND tỉnh Đắk Lắk sẽ tổ chức hội nghị \
bên lề vào ngày 12/3/2017.
""") == []


def test_an_undated_lead_that_says_who_presided_over_the_session_reports_it() -> None:
    (m,) = infos("""HĐND xã Nam Đà thông qua 9 nghị quyết
Các ông: Nguyễn Văn An - Bí thư Đảng ủy, Chủ tịch HĐND xã Nam Đà; Lê Văn Bình - Phó Chủ tịch HĐND xã chủ trì \
kỳ họp.
Kỳ họp đã thông qua báo cáo tình hình hoạt động năm 2025 của Thường trực HĐND xã.
""")
    assert m.chairs == ("Nguyễn Văn An", "Lê Văn Bình")
    assert m.organizer is not None and m.organizer.label.startswith("Hội đồng nhân dân xã Nam Đà")


def test_an_undated_lead_about_a_task_someone_presides_over_is_no_report() -> None:
    assert infos("""Xã Nam Đà rà soát hộ nghèo
Ông Nguyễn Văn An, Chủ tịch UBND xã Nam Đà chủ trì phối hợp với các thôn rà soát hộ nghèo.
""") == []
