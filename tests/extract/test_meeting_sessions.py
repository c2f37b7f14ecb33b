"""Who holds and presides a session in press and post-reform wording (issues 25, 27): the session's
number between the meeting word and its council, a council's term before its verb, ``chủ tọa``,
a unit named as the holder, a minister's working session. Hand-built text."""

from __future__ import annotations

import pytest

from tests.annotation_helpers import meeting_infos as infos


def organizer(text: str) -> str | None:
    (m,) = infos(text)
    return m.organizer.label if m.organizer is not None else None


@pytest.mark.parametrize(("sentence", "council"), [
    ("Sáng 4/12, phát biểu tại phiên khai mạc kỳ họp thứ 9, HĐND tỉnh Hải Dương khoá XVI, Phó chủ tịch "
     "Quốc hội Trần Văn Nam đề nghị tỉnh quan tâm đào tạo cán bộ.", "Hội đồng nhân dân tỉnh Hải Dương"),
    ("Chiều 8/4, kỳ họp thứ 11 (kỳ họp bất thường) HĐND tỉnh Quảng Ngãi khoá XII bàn về một số tờ trình "
     "của UBND tỉnh.", "Hội đồng nhân dân tỉnh Quảng Ngãi"),
    ("Tại kỳ họp thứ 6 HĐND tỉnh Kon Tum chiều 5-12, đại biểu đề nghị xây dựng thêm trường học.",
     "Hội đồng nhân dân tỉnh Kon Tum"),
])
def test_the_session_number_and_an_aside_stand_between_the_meeting_word_and_its_council(
        sentence: str, council: str) -> None:
    assert organizer(f"Tin kỳ họp\n{sentence}\n") == council


def test_a_congress_of_delegates_is_held_by_the_party_organization_after_it() -> None:
    label = organizer("""Đại hội Đảng bộ tỉnh Yên Bái
Sáng 19/8/2020, Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XIX, nhiệm kỳ 2020-2025 đã chính thức khai mạc.
""")
    assert label is not None and label.startswith("Đảng bộ") and label.endswith("Yên Bái")


def test_a_council_named_with_its_term_before_the_verb_holds_the_session() -> None:
    (m,) = infos("""Cần Thơ khai mạc kỳ họp
Chiều 8/12, Hội đồng nhân dân (HĐND) TP. Cần Thơ khóa X, nhiệm kỳ 2021 - 2026 đã khai mạc Kỳ họp thứ 7, \
kỳ họp thường lệ cuối năm 2025.
""")
    assert m.organizer is not None and m.organizer.label == "Hội đồng nhân dân thành phố Cần Thơ"
    assert m.place is not None and m.place.code == "92"


@pytest.mark.parametrize("chairs", [
    "Chủ tọa kỳ họp gồm các đồng chí: Trần Văn Minh - Bí thư Đảng ủy, Chủ tịch HĐND xã; Lê Văn Hòa - Phó "
    "Chủ tịch HĐND xã.",
    "Ông Trần Văn Minh, Chủ tịch HĐND xã và ông Lê Văn Hòa, Phó Chủ tịch HĐND xã đồng chủ toạ kỳ họp.",
])
def test_the_officials_who_chu_toa_a_session_preside_it(chairs: str) -> None:
    (m,) = infos(f"""Xã Tân Lập kiện toàn lãnh đạo
Ngày 26/01/2026
Sáng 26/1, HĐND xã Tân Lập khóa I, nhiệm kỳ 2021-2026 đã tổ chức kỳ họp chuyên đề lần thứ 5 xem xét công tác cán bộ.
{chairs}
""")
    assert m.chairs == ("Trần Văn Minh", "Lê Văn Hòa")
    assert m.organizer is not None and m.organizer.label == "Hội đồng nhân dân xã Tân Lập"


@pytest.mark.parametrize(("sentence", "holder"), [
    ("Sáng 4/7, tỉnh Quảng Trị tổ chức họp đánh giá thiệt hại sau sự cố môi trường biển.",
     "Ủy ban nhân dân tỉnh Quảng Trị"),
    ("Ngày 30-9, phường Tân Định, TP HCM tổ chức hội nghị tổng kết công tác năm.",
     "Ủy ban nhân dân phường Tân Định"),
    ("Tại hội nghị giao ban trực tuyến của TP Hà Nội sáng 14/1, lãnh đạo công ty cây xanh đề nghị có giải pháp.",
     "Ủy ban nhân dân thành phố Hà Nội"),
])
def test_a_unit_that_holds_a_meeting_is_its_peoples_committee(sentence: str, holder: str) -> None:
    assert organizer(f"Tin địa phương\n{sentence}\n") == holder


def test_units_listed_after_a_body_do_not_hold_its_meeting() -> None:
    label = organizer("""Hà Nội: đại hội các phường
Ngày 8/8, Đảng bộ các phường: Ba Đình, Ngọc Hà, Giảng Võ (TP Hà Nội) đã tổ chức đại hội đại biểu lần thứ I.
""")
    assert label is None or not label.startswith("Ủy ban nhân dân")


def test_a_ministers_working_session_is_held_by_the_ministry() -> None:
    (m,) = infos("""Bộ trưởng làm việc với Đà Nẵng
Sáng 9/6, Bộ trưởng Giao thông Vận tải Trần Văn Nam đã có buổi làm việc với lãnh đạo TP Đà Nẵng về hạ tầng giao thông.
""")
    assert m.chairs == ("Trần Văn Nam",)
    assert m.organizer is not None and m.organizer.label == "Bộ Giao thông Vận tải"


def test_a_meeting_word_after_trong_khuon_kho_names_the_host_event_not_the_one_told() -> None:
    (m,) = infos("""Tọa đàm bên lề hội nghị
Trong khuôn khổ Hội nghị lần thứ hai các quan chức cao cấp, sáng 16/5/2017, Bộ Ngoại giao tổ chức tọa đàm \
về hợp tác kinh tế vùng.
""")
    assert m.kind == "tọa đàm"
    (m,) = infos("""Làm việc bên lề hội nghị
Bên lề Hội nghị Bộ trưởng Thương mại, chiều 20/5/2017, Bộ trưởng Bộ Công Thương Trần Tuấn Anh có buổi làm việc \
với Bộ trưởng Thương mại Nhật Bản.
""")
    assert m.kind == "buổi làm việc"
    # the host named elsewhere than in such a phrase is the event told
    (m,) = infos("""Hội nghị khai mạc
Sáng 16/5/2017, Hội nghị lần thứ hai các quan chức cao cấp khai mạc trong khuôn khổ Năm APEC 2017.
""")
    assert m.kind.startswith("hội nghị")


def test_a_host_event_told_through_its_parts_is_the_event() -> None:
    (m,) = infos("""Đại biểu đi thực địa
Trong khuôn khổ Hội nghị chuyên đề về biến đổi khí hậu, ngày 12/5/2017, các đại biểu đi thực địa tại huyện ven biển.
""")
    assert m.kind.startswith("hội nghị")


def test_a_named_event_held_inside_a_host_is_not_the_host() -> None:
    # "tổ chức Đối thoại …" names an event of its own, which no meeting word names: no meeting, not the host's day
    assert infos("""Khai mạc đối thoại
Trong khuôn khổ Hội nghị lần thứ hai các quan chức cao cấp, sáng 16/5/2017, Ủy ban quốc gia tổ chức Đối thoại \
nhiều bên về hợp tác.
""") == []
