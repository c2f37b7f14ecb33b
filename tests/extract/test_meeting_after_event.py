"""A meeting the lead tells right after a dated event that is none (issue 25): a ceremony, then the body's
conference that day. Hand-built articles."""

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
