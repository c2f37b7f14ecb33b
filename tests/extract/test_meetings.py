"""Meetings: which articles report one, and its date, organizer, chair, attendees and place."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, XSD

from kg.annotate import annotate
from kg.extract.meetings import MeetingExtractor
from kg.graph.quads import article_quads, to_union
from kg.graph.vocab import KG, SCHEMA
from kg.ingest import parse_text
from kg.lexicon.resources import resources
from kg.model import Fact, MeetingInfo, Pred
from kg.resolve.keys import identity_scope

BAC_KAN = "058"
DAK_SONG = "665"


def meetings(text: str) -> list[Fact]:
    doc = parse_text(text, source="article.txt")
    return list(MeetingExtractor()(doc, annotate(doc)))


def meeting(text: str) -> MeetingInfo:
    facts = meetings(text)
    assert len(facts) == 1, facts
    assert facts[0].predicate is Pred.MEETING and isinstance(facts[0].object, MeetingInfo)
    return facts[0].object


SESSION = """UBND thành phố Bắc Kạn họp phiên thường kỳ tháng 11/2021
Sáng ngày 26/11, UBND thành phố Bắc Kạn tổ chức phiên họp thường kỳ tháng 11 năm 2021. \
Đồng chí Nguyễn Văn An – Phó Bí thư Thành ủy, Chủ tịch UBND thành phố chủ trì phiên họp. \
Dự họp có đồng chí Trần Thị Bình, Phó Chủ tịch UBND thành phố; đồng chí Lê Văn Cường, Phó Chủ \
tịch UBND thành phố. \
Các xã, phường dự họp qua hệ thống họp trực tuyến.
Kết luận phiên họp, Chủ tịch UBND thành phố giao Phòng Tài chính – Kế hoạch chủ trì phối hợp \
với các phòng rà soát nguồn vốn.
"""


def test_a_session_report() -> None:
    m = meeting(SESSION)
    assert m.kind == "phiên họp thường kỳ"
    assert (m.date, m.date_source, m.part_of_day, m.date_text) == (
        dt.date(2021, 11, 26), "headline", "sáng", "Sáng ngày 26/11")
    assert m.organizer is not None and m.organizer.label == "Ủy ban nhân dân thành phố Bắc Kạn"
    assert m.chairs == ("Nguyễn Văn An",)
    assert m.attendees == ("Trần Thị Bình", "Lê Văn Cường")
    assert m.place is not None and m.place.code == BAC_KAN
    assert m.period == "tháng 11 năm 2021"
    assert m.online


def test_evidence_is_the_sentence_that_reports_the_meeting() -> None:
    doc = parse_text(SESSION, source="article.txt")
    (fact,) = MeetingExtractor()(doc, annotate(doc))
    assert doc.slice(fact.evidence.span) == (
        "Sáng ngày 26/11, UBND thành phố Bắc Kạn tổ chức phiên họp thường kỳ tháng 11 năm 2021.")
    assert fact.evidence.extractor == "meetings/2"


def test_co_chairs_listed_before_dong_chu_tri() -> None:
    m = meeting("""Hội nghị Ban Chấp hành Đảng bộ thành phố Bắc Kạn
Sáng ngày 16/12, Ban Chấp hành Đảng bộ thành phố Bắc Kạn tổ chức hội nghị mở rộng. \
Các đồng chí: Nguyễn Văn An, Bí thư Thành ủy; Trần Thị Bình, Chủ tịch UBND thành phố đồng chủ \
trì hội nghị.
""")
    assert m.chairs == ("Nguyễn Văn An", "Trần Thị Bình")
    assert m.kind == "hội nghị mở rộng"
    assert m.organizer is not None
    assert m.organizer.label == "Ban Chấp hành Đảng bộ thành phố Bắc Kạn"


def test_attendance_list_stops_where_the_chair_clause_starts() -> None:
    m = meeting("""Hội nghị tổng kết năm 2019
Chiều ngày 26/12 UBND huyện Đắk Song tổ chức hội nghị tổng kết thực hiện nhiệm vụ năm 2019 và \
triển khai \
nhiệm vụ năm 2020. Dự hội nghị có đồng chí Phạm Văn Dũng, Phó Chủ tịch HĐND huyện; đồng chí Lê \
Văn Cường – \
Phó Chủ tịch UBND huyện chủ trì hội nghị.
""")
    assert m.chairs == ("Lê Văn Cường",)
    assert m.attendees == ("Phạm Văn Dũng",)
    assert m.date == dt.date(2019, 12, 26)
    assert m.place is not None and m.place.code == DAK_SONG
    assert m.period == "năm 2019"


def test_chair_from_conclusion_and_organizer_after_the_meeting_word() -> None:
    m = meeting("""Phiên họp thường kỳ của UBND thị xã
"Các nhiệm vụ quý IV rất quan trọng" là nội dung nhấn mạnh trong kết luận của đồng chí Nguyễn \
Văn An – \
Phó Bí thư Thị ủy, Chủ tịch UBND thị xã Đông Triều tại phiên họp thường kỳ của UBND thị xã đã \
diễn ra \
vào chiều ngày 30/9. Dự hội nghị còn có đồng chí Trần Thị Bình - Phó Chủ tịch UBND thị xã.
""")
    assert m.chairs == ("Nguyễn Văn An",)
    assert m.attendees == ("Trần Thị Bình",)
    assert m.organizer is not None and m.organizer.head == "Ủy ban nhân dân"
    assert m.organizer.place is not None and m.organizer.place.name == "Đông Triều"


def test_no_year_anywhere_gives_a_partial_date() -> None:
    m = meeting("""Phiên họp thường kỳ của UBND thị xã
Vào chiều ngày 30/9, UBND thị xã Đông Triều tổ chức phiên họp thường kỳ.
""")
    assert m.date is None and m.date_source is None
    assert m.partial_date == "--09-30"
    assert m.part_of_day == "chiều"


def test_a_title_used_alone_who_concludes_presides() -> None:
    m = meeting("""UBND thành phố Bắc Kạn họp giao ban
Sáng ngày 7/1, UBND thành phố Bắc Kạn họp giao ban thường kỳ. Đồng chí Nguyễn Văn An – Bí thư \
Thành ủy Bắc Kạn dự.
Kết luận hội nghị, đồng chí Bí thư Thành ủy Bắc Kạn yêu cầu các phòng tập trung.
""")
    assert m.chairs == ("Nguyễn Văn An",)
    assert m.kind == "giao ban"


def test_dateline_gives_the_year_and_a_task_chair_is_not_a_chair() -> None:
    m = meeting("""Giao ban UBND thành phố
06/05/2021 16:11
Sáng 6/5, UBND thành phố Bắc Kạn tổ chức hội nghị giao ban.
Giao Phòng Tài chính – Kế hoạch chủ trì phối hợp với đồng chí Trần Thị Bình rà soát.
""")
    assert (m.date, m.date_source) == (dt.date(2021, 5, 6), "dateline")
    assert m.chairs == ()


@pytest.mark.parametrize("text", [
    # a visit
    """Lãnh đạo huyện Đắk Song thăm chiến sỹ mới nhập ngũ
Ngày 24/5, Đoàn lãnh đạo huyện Đắk Song đã đến thăm, tặng quà chiến sĩ mới nhập ngũ. \
Đồng chí Đoàn Văn Sự - Phó Bí thư Huyện ủy làm trưởng đoàn. Tại buổi làm việc, đồng chí dặn dò.
""",
    # a ceremony
    """Huyện Đắk Song tổ chức lễ giao nhận quân năm 2020
Sáng 11/02/2020, Ủy ban nhân dân huyện Đắk Song tổ chức lễ giao nhận quân năm 2020. \
Về dự có đồng chí Phan Văn Hợp – Bí thư Huyện ủy.
""",
    # an inspection
    """Lãnh đạo huyện kiểm tra công tác phòng chống bão lụt
Sáng ngày 03/9/2019, Bí thư Huyện ủy Phan Văn Hợp cùng lãnh đạo UBND xã Trường Xuân đã kiểm tra \
công tác \
phòng chống bão lụt và chủ trì buổi làm việc tại xã.
""",
    # a voter contact, even when called a conference
    """Hội nghị tiếp xúc cử tri
Ngày 12/4, Tổ đại biểu HĐND huyện Đắk Song tổ chức hội nghị tiếp xúc cử tri tại xã Thuận Hà.
""",
])
def test_visits_ceremonies_inspections_are_not_meetings(text: str) -> None:
    assert meetings(text) == []


def test_an_article_with_no_event_has_no_meeting() -> None:
    assert meetings("""Giá đất tăng
Ông Ngô Văn Hế cho biết năm 2000 gia đình ông khai hoang lô đất. Cuộc họp nào cũng chưa giải quyết.
""") == []


def test_one_meeting_per_report_even_when_others_are_mentioned() -> None:
    facts = meetings("""UBND thành phố Bắc Kạn họp giao ban
Sáng ngày 7/1, UBND thành phố Bắc Kạn họp giao ban thường kỳ. Tại hội nghị, các phòng báo cáo \
kết quả \
của hội nghị tổng kết ngày 30/12 và kỳ họp HĐND ngày 20/12.
""")
    assert len(facts) == 1
    assert isinstance(facts[0].object, MeetingInfo) and facts[0].object.partial_date == "--01-07"


def test_a_two_day_session_gets_start_and_end_dates_in_the_graph() -> None:
    text = """Hội đồng nhân dân huyện Đắk Song tổ chức kỳ họp thứ 9
Trong hai ngày 25 đến 26/12, Hội đồng nhân dân huyện Đắk Song đã tổ chức kỳ họp thứ 9. \
Kỳ họp thông qua các báo cáo về thực hiện nhiệm vụ năm 2019 và phương hướng, nhiệm vụ năm 2020.
"""
    doc = parse_text(text, source="article.txt")
    ann = annotate(doc)
    facts = list(MeetingExtractor()(doc, ann))
    (fact,) = facts
    assert isinstance(fact.object, MeetingInfo)
    assert (fact.object.date, fact.object.end_date, fact.object.date_source) == (
        dt.date(2019, 12, 25), dt.date(2019, 12, 26), "context")
    assert fact.object.kind == "kỳ họp"
    g = to_union(article_quads(resources().gazetteer, doc, facts, scope=identity_scope(ann)))
    (node,) = g.subjects(RDF.type, KG.Meeting)
    start = Literal(dt.date(2019, 12, 25), datatype=XSD.date)
    assert g.value(node, SCHEMA.startDate) == start
    end = Literal(dt.date(2019, 12, 26), datatype=XSD.date)
    assert g.value(node, SCHEMA.endDate) == end


def test_of_names_the_organizer_only_right_after_the_meeting_word() -> None:
    m = meeting("""Đắk Song tổng kết 10 năm thực hiện Hướng dẫn số 35
Ngày 9/9/2019, huyện Đắk Song tổ chức hội nghị tổng kết 10 năm thực hiện Hướng dẫn số 35 \\
của Ban Tổ chức Trung ương.
""")
    assert m.organizer is None or m.organizer.head != "Ban Tổ chức"


def test_conclusions_as_documents_do_not_make_a_chair() -> None:
    m = meeting("""Bí thư làm việc với quận
Sáng 7-2, Bí thư Thành ủy Bắc Kạn đã có buổi làm việc với UBND phường Sông Cầu. \\
Việc đeo bám các kết luận của Chủ tịch UBND thành phố Nguyễn Văn An còn chưa quyết liệt.
""")
    assert m.chairs == ()
    assert m.kind == "buổi làm việc"


def test_a_conference_announcing_an_appointment_is_no_meeting() -> None:
    """``Hội nghị công bố quyết định … chỉ định Bí thư`` hands over a post, like a ceremony (GUIDE ``[]``); a
    conference announcing an inspection decision stays a meeting."""
    assert meetings("""Huyện Đắk Song có tân Bí thư Huyện ủy
Ngày 5-3-2020, Huyện ủy Đắk Song tổ chức hội nghị công bố quyết định của Ban Thường vụ Tỉnh ủy Đắk Nông \
về việc điều động ông Trần Văn Nam giữ chức Bí thư Huyện ủy. Dự hội nghị có ông Lê Văn Bình, Phó Bí thư Tỉnh ủy.
""") == []
    assert len(meetings("""Công bố quyết định kiểm tra tại Huyện ủy Đắk Song
Ngày 5-3-2020, Huyện ủy Đắk Song tổ chức hội nghị công bố quyết định kiểm tra công tác tài chính đảng. \
Ông Lê Văn Bình, Phó Bí thư Tỉnh ủy chủ trì hội nghị.
""")) == 1


def test_a_meeting_still_to_come_is_not_the_one_reported() -> None:
    """A lead that announces a congress ahead (``sẽ diễn ra vào ngày 2 và 3-10``) does not report it; the press
    conference the next sentence reports is no meeting."""
    assert meetings("""Đắk Nông sẵn sàng cho Đại hội Đảng bộ tỉnh
Đại hội đại biểu Đảng bộ tỉnh Đắk Nông lần thứ XII sẽ diễn ra vào ngày 14 và 15-10-2020 tại Hội trường tỉnh.
Chiều 2-10-2020, Tỉnh ủy Đắk Nông tổ chức họp báo thông tin về Đại hội. Ông Lê Văn Bình, Phó Bí thư Tỉnh ủy \
chủ trì cuộc họp.
""") == []


def test_the_party_cell_of_a_body_holds_its_meeting_at_the_body_unit() -> None:
    """``cuộc họp Ban cán sự đảng UBND tỉnh …``: the body's Party cell, at the province, not a bare national body."""
    m = meeting("""Bắc Kạn bàn dự án đường tránh
Sáng 21/11/2020, Ban cán sự đảng UBND tỉnh Bắc Kạn họp bàn dự án đường tránh thành phố. \
Ông Nguyễn Văn An, Chủ tịch UBND tỉnh chủ trì cuộc họp.
""")
    assert m.organizer is not None and m.organizer.label == "Ban cán sự đảng Ủy ban nhân dân tỉnh Bắc Kạn"
    assert m.place is not None and m.place.code == "06"  # the province


def test_a_congress_named_with_its_session_and_term_before_of_is_held_by_the_body_after_of() -> None:
    """``Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030 của Đảng bộ xã …``: the session's number and term stand
    between the meeting word and ``của``; the body after it holds the congress, not the chair's own body."""
    m = meeting("""Xây dựng Đức An giàu mạnh
Ông Lê Văn Bình, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lâm Đồng nhấn mạnh khi phát biểu chỉ đạo tại Đại \
hội đại biểu lần thứ 1, nhiệm kỳ 2025-2030 của Đảng bộ xã Đức An ngày 20/7.
""")
    assert m.organizer is not None and m.organizer.label == "Đảng bộ xã Đức An"


def test_a_launched_emulation_year_is_planned_not_reviewed() -> None:
    # no dateline: the year the meeting launches its emulation for is the one it opens, not one reviewed
    m = meeting("Xã Tân Hòa chuẩn bị đón Tết\n"
                "Sáng ngày 20/1, UBND xã Tân Hòa tổ chức hội nghị phát động phong trào thi đua năm 2027 "
                "và tổng kết công tác thi đua, khen thưởng năm 2026.\n")
    assert m.date == dt.date(2027, 1, 20)


def test_the_body_right_after_an_online_meeting_word_holds_it() -> None:
    m = meeting("Sáng 28/12/2017, tại cuộc họp trực tuyến Chính phủ với các địa phương, "
                "Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An đề nghị tháo gỡ vướng mắc.\n")
    assert m.organizer is not None and m.organizer.label == "Chính phủ"


def test_the_local_head_who_speaks_at_the_meeting_names_its_holder() -> None:
    # press style: the meeting opens the sentence, its host's head speaks right after it, nobody is said to preside
    m = meeting("Bắc Kạn sẽ trồng thêm cây xanh\n"
                "Tại hội nghị tổng kết công tác dân vận ngày 26/12/2017, Bí thư Tỉnh ủy Bắc Kạn Nguyễn Văn An "
                "nêu rõ cán bộ phải gương mẫu.\n")
    assert m.organizer is not None and m.organizer.label == "Tỉnh ủy Bắc Kạn"
    assert m.chairs == ()
    m = meeting("Phát biểu tại hội nghị triển khai nhiệm vụ phòng chống thiên tai sáng 9/4/2017, "
                "Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An cho rằng không thể dừng việc thay cây.\n")
    assert m.organizer is not None and m.organizer.label == "Ủy ban nhân dân tỉnh Bắc Kạn"


def test_a_dated_speaker_who_opens_the_session_names_its_holder() -> None:
    # "Ngày 5/9, phát biểu khai mạc kỳ họp …, Chủ tịch HĐND tỉnh X nói": a leading date is no part of the speaker's
    # lead, and opening the session ("phát biểu khai mạc") places him at it as "phát biểu tại" does
    m = meeting("Bắc Kạn bàn chuyện đường sá\n"
                "Ngày 5/9/2017, phát biểu khai mạc kỳ họp thứ tư khóa IX, Chủ tịch HĐND tỉnh Bắc Kạn Nguyễn Văn An "
                "nói rằng nhiều chỉ tiêu vẫn còn thấp.\n")
    assert m.organizer is not None and m.organizer.label == "Hội đồng nhân dân tỉnh Bắc Kạn"
    m = meeting("Bắc Kạn sẽ trồng thêm cây xanh\n"
                "Chiều 9/4/2017, phát biểu tại hội nghị triển khai nhiệm vụ phòng chống thiên tai, "
                "Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An cho rằng không thể dừng việc thay cây.\n")
    assert m.organizer is not None and m.organizer.label == "Ủy ban nhân dân tỉnh Bắc Kạn"


def test_the_official_a_dated_working_clause_leads_to_holds_the_session() -> None:
    # "Sáng 4/5, làm việc với lãnh đạo UBND tỉnh X về …, ông Y cho rằng": the clause opens the sentence with no
    # subject of its own; the official right after its comma is the one who works with the unit, and holds the session
    m = meeting("Bộ Nội vụ lo chuyện sắp xếp cán bộ ở Bắc Kạn\n"
                "Sáng 4/5/2017, làm việc với lãnh đạo UBND tỉnh Bắc Kạn về công tác sắp xếp bộ máy năm 2017, "
                "Thứ trưởng Bộ Nội vụ Trần Văn Bình cho rằng cần làm sớm.\n")
    assert m.chairs == ("Trần Văn Bình",)
    assert m.organizer is not None and m.organizer.label == "Bộ Nội vụ"
    # the clause's own subject, or a partner named in it, is no such official
    m = meeting("Bắc Kạn lo chuyện sắp xếp cán bộ\n"
                "Sáng 4/5/2017, làm việc với Thứ trưởng Bộ Nội vụ Trần Văn Bình về công tác sắp xếp bộ máy, "
                "Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An cho biết tỉnh đã làm xong.\n")
    assert "Nguyễn Văn An" not in m.chairs
    m = meeting("Bắc Kạn lo chuyện sắp xếp cán bộ\n"
                "Sáng 4/5/2017, làm việc với đoàn Bộ Nội vụ về công tác sắp xếp bộ máy, "
                "Chủ tịch UBND tỉnh Bắc Kạn Nguyễn Văn An cho biết tỉnh đã làm xong.\n")
    assert "Nguyễn Văn An" not in m.chairs


def test_a_government_leader_who_speaks_at_the_meeting_names_the_government() -> None:
    # the Government governs the country as a People's Committee governs its unit: its (deputy) prime minister
    # speaking first at a meeting names it as the holder, where a minister does not (see below)
    m = meeting("Phó thủ tướng yêu cầu dẹp khai thác cát trái phép\n"
                "Ngày 2/4/2017, phát biểu tại cuộc họp về tình hình khai thác cát trái phép, "
                "Phó thủ tướng Nguyễn Văn An yêu cầu các địa phương vào cuộc.\n")
    assert m.organizer is not None and m.organizer.label == "Chính phủ"


def test_a_speaker_of_a_national_body_names_no_holder() -> None:
    m = meeting("Tại hội nghị tổng kết công tác dân vận ngày 26/12/2017, Bộ trưởng Bộ Nội vụ Nguyễn Văn An "
                "nêu rõ cán bộ phải gương mẫu.\n")
    assert m.organizer is None or m.organizer.label == "Bộ Nội vụ"


def test_who_attends_the_opening_session_attends_the_meeting() -> None:
    m = meeting("Sáng 14/10/2025, Đảng bộ tỉnh Bắc Kạn khai mạc Đại hội đại biểu lần thứ XIII.\n"
                "Dự khai mạc đại hội có nguyên Chủ tịch nước Nguyễn Văn An; Thứ trưởng Bộ Nội vụ Trần Thị Bình "
                "cùng nhiều lãnh đạo địa phương.\n")
    assert m.attendees == ("Nguyễn Văn An", "Trần Thị Bình")


def test_a_visit_and_working_session_at_a_unit_is_a_meeting() -> None:
    m = meeting("Bắc Kạn yêu cầu huyện Chợ Mới đẩy nhanh tiến độ\n"
                "Ngày 4/12/2019, Đoàn công tác của tỉnh Bắc Kạn do ông Nguyễn Văn An, Chủ tịch UBND tỉnh, "
                "làm Trưởng đoàn đã thăm và làm việc tại huyện Chợ Mới.\n"
                "Tại buổi làm việc, ông Nguyễn Văn An yêu cầu huyện đẩy nhanh tiến độ.\n")
    assert m.kind == "buổi làm việc"
    assert m.date == dt.date(2019, 12, 4)
    assert m.chairs == ("Nguyễn Văn An",)
    assert m.organizer is not None and m.organizer.label == "Ủy ban nhân dân tỉnh Bắc Kạn"


def test_a_department_head_who_speaks_at_the_meeting_names_no_holder() -> None:
    m = meeting("Chiều 13/4/2016, tại cuộc họp về công tác bầu cử, Giám đốc Sở Nội vụ tỉnh Bắc Kạn Nguyễn Văn An "
                "cho biết danh sách đã được thống nhất.\n")
    assert m.organizer is None


def test_the_head_of_a_delegation_calling_on_a_ministry_does_not_preside() -> None:
    m = meeting("Chiều 13/12/2017, đoàn công tác của UBND tỉnh do ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Bắc Kạn "
                "làm trưởng đoàn đã có buổi làm việc với lãnh đạo Bộ Giao thông vận tải về việc giảm phí.\n")
    assert m.chairs == ()


def test_the_head_of_a_delegation_calling_on_a_body_below_his_own_presides() -> None:
    m = meeting("Ngày 24/4/2018, đoàn công tác do ông Nguyễn Văn An, Ủy viên Ban Cán sự đảng, Bộ trưởng Bộ Nội vụ "
                "làm trưởng đoàn có buổi làm việc với lãnh đạo UBND tỉnh Bắc Kạn về công tác cán bộ.\n")
    assert m.chairs == ("Nguyễn Văn An",)


def test_a_plan_cue_governs_the_year_at_the_end_of_its_clause() -> None:
    # no dateline: "kế hoạch triển khai thực hiện nhiệm vụ của Sở Nội vụ năm 2018" is the plan of the year it opens
    m = meeting("Chủ tịch tỉnh Bắc Kạn yêu cầu rút ngắn thời gian giải quyết hồ sơ\n"
                "Chiều 14/2, ông Nguyễn Văn An, Chủ tịch UBND tỉnh Bắc Kạn chủ trì hội nghị phê duyệt kế hoạch "
                "triển khai thực hiện nhiệm vụ của Sở Nội vụ năm 2018.\n")
    assert m.date == dt.date(2018, 2, 14)
