"""Attendees named before the attendance verb (issue 25): ``Đồng chí A - <titles> dự và chỉ đạo Đại
hội``, ``Đ/c A – <title>; đ/c B – <title> đã về tham dự và chỉ đạo hội nghị``. Hand-built text."""

from __future__ import annotations

from kg.annotate import annotate
from kg.extract.meetings import MeetingExtractor
from kg.ingest import parse_text
from kg.model import MeetingInfo


def meeting(text: str) -> MeetingInfo:
    doc = parse_text(text, source="article.txt")
    (fact,) = MeetingExtractor()(doc, annotate(doc))
    assert isinstance(fact.object, MeetingInfo)
    return fact.object


def test_an_official_whose_titles_end_at_du_va_chi_dao_attends_and_does_not_preside() -> None:
    m = meeting("""Đại hội Đảng bộ xã Tân Lập lần thứ I
Ngày 24/07/2025
Ngày 24/7, Đảng bộ xã Tân Lập tổ chức Đại hội Đảng bộ lần thứ I, nhiệm kỳ 2025 - 2030. Đồng chí Trần Văn \
Kiên - Ủy viên BTV Tỉnh ủy, Phó Chủ tịch HĐND tỉnh dự và phát biểu chỉ đạo Đại hội.
""")
    assert m.attendees == ("Trần Văn Kiên",)
    assert m.chairs == ()


def test_officials_listed_before_ve_tham_du_all_attend() -> None:
    m = meeting("""Hội nghị sơ kết 6 tháng
Sáng ngày 5/7/2024, UBND huyện Tân Sơn tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Đ/c Lê Văn An – \
Phó Chủ tịch UBND tỉnh; đ/c Trần Thị Bình – Trưởng ban Dân vận Tỉnh ủy đã về tham dự và chỉ đạo hội nghị.
""")
    assert m.attendees == ("Lê Văn An", "Trần Thị Bình")


def test_an_official_who_asks_the_attendees_to_speak_is_not_an_attendee() -> None:
    m = meeting("""Hội nghị sơ kết 6 tháng
Sáng ngày 5/7/2024, UBND huyện Tân Sơn tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.
Tại hội nghị, đồng chí Nguyễn Văn Cường, Chủ tịch UBND huyện đề nghị các đại biểu tham dự hội nghị thảo luận.
""")
    assert "Nguyễn Văn Cường" not in m.attendees


def test_the_chair_clause_before_the_attendance_verb_keeps_its_official_the_chair() -> None:
    m = meeting("""Hội nghị sơ kết 6 tháng
Sáng ngày 5/7/2024, UBND huyện Tân Sơn tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Đồng chí Nguyễn \
Văn Cường, Chủ tịch UBND huyện chủ trì; đồng chí Lê Văn An, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.
""")
    assert m.chairs == ("Nguyễn Văn Cường",)
    assert m.attendees == ("Lê Văn An",)


def test_a_list_opened_by_a_colon_goes_on_in_sentences_that_each_open_with_an_official() -> None:
    m = meeting("""Hội nghị tổng kết năm 2025
Ngày 12/01/2026
Sáng 12/01/2026, Đảng ủy xã Tân Lập tổ chức Hội nghị tổng kết công tác năm 2025. Tham dự Hội nghị có các \
đồng chí: Đồng chí Lê Văn Tám - Bí thư Đảng ủy xã. Đồng chí Hoàng Thị Lan - Phó Bí thư Thường trực Đảng ủy xã. \
Bà Đỗ Thị Mai - Phó Chủ tịch HĐND xã; các đồng chí trong Ban Chấp hành Đảng bộ xã. Các đại biểu thảo luận sôi nổi.
""")
    assert set(m.attendees) == {"Lê Văn Tám", "Hoàng Thị Lan", "Đỗ Thị Mai"}


def test_a_list_with_no_colon_does_not_go_on_into_the_next_sentence() -> None:
    m = meeting("""Hội nghị tổng kết năm 2025
Ngày 12/01/2026
Sáng 12/01/2026, Đảng ủy xã Tân Lập tổ chức Hội nghị tổng kết công tác năm 2025. Tham dự Hội nghị có đồng chí \
Lê Văn Tám - Bí thư Đảng ủy xã. Đồng chí Hoàng Thị Lan - Phó Bí thư Thường trực Đảng ủy xã báo cáo kết quả.
""")
    assert m.attendees == ("Lê Văn Tám",)


def test_an_official_who_attends_and_gives_a_directing_speech_attends() -> None:
    m = meeting("""Đại hội Đảng bộ tỉnh
Ngày 22/09/2025
Sáng 22/9, Đảng bộ tỉnh Phú Yên tổ chức Đại hội đại biểu lần thứ nhất, nhiệm kỳ 2025-2030. Phó Chủ tịch Quốc hội \
Trần Quang Phương dự và có bài phát biểu chỉ đạo.
""")
    assert m.attendees == ("Trần Quang Phương",)
    assert m.chairs == ()


def test_a_sentence_opening_with_an_official_and_closing_with_the_attendance_verb_lists_attendees() -> None:
    m = meeting("""Đại hội Đảng bộ xã Tân Phú
Sáng 20/7/2025, Đảng bộ xã Tân Phú tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.
Đồng chí Trần Văn Bảo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo các sở, ngành cùng 120 \
đại biểu tham dự.
""")
    assert "Trần Văn Bảo" in m.attendees
