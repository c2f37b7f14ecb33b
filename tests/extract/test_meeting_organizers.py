"""Meeting organizers outside the core lexicon, and chairs named away from the report (issue 14)."""

from __future__ import annotations

from kg.model import MeetingInfo
from tests.annotation_helpers import meeting_infos as infos


def label(m: MeetingInfo) -> str | None:
    return m.organizer.label if m.organizer is not None else None


def test_the_party_organization_of_a_military_command_holds_its_conference() -> None:
    (m,) = infos("""Hội nghị ra nghị quyết
Ngày 6/8/2019, Đảng bộ quân sự huyện Krông Nô tổ chức hội nghị ra nghị quyết lãnh đạo nhiệm vụ \
quân sự địa phương 6 tháng cuối năm 2019.
""")
    assert label(m) == "Đảng bộ Quân sự huyện Krông Nô"
    assert m.place is not None and m.place.name == "Krông Nô"


def test_a_village_party_cell_keeps_its_village_and_sits_in_its_commune() -> None:
    (m,) = infos("""Đại hội chi bộ
Sáng 14/2/2020, Chi bộ thôn 8 xã Trường Xuân huyện Đắk Song tiến hành Đại hội Đảng viên lần thứ XIII, \
nhiệm kỳ 2020-2022.
""")
    assert label(m) == "Chi bộ thôn 8 xã Trường Xuân"
    assert m.place is not None and m.place.name == "Trường Xuân" and m.place.code


def test_a_body_the_text_cuts_short_is_the_chairs_body_named_in_full() -> None:
    (m,) = infos("""Công nhận xã đạt chuẩn nông thôn mới
Sáng ngày 8/5/2020, Hội đồng thẩm định xã nông thôn mới (NTM) tỉnh tổ chức họp xét công nhận 04 xã \
đạt chuẩn NTM. Đồng chí Trương Văn Tùng – Phó Chủ tịch UBND tỉnh Đắk Nông, Chủ tịch Hội đồng thẩm \
định xã NTM tỉnh Đắk Nông chủ trì.
""")
    assert m.chairs == ("Trương Văn Tùng",)
    assert label(m) == "Hội đồng Thẩm định xã NTM tỉnh Đắk Nông"
    assert m.place is not None and m.place.name == "Đắk Nông"


def test_the_chair_named_later_in_a_caption_presides() -> None:
    sentences = " ".join(f"Chỉ tiêu số {i} đạt kế hoạch đề ra." for i in range(1, 9))
    (m,) = infos(f"""Hội nghị 9 tháng
Ngày 02/10/2019, UBND huyện Đắk Song tổ chức hội nghị đánh giá tình hình 9 tháng. {sentences}
Đồng chí Nguyễn Văn Phò – Phó Chủ tịch UBND huyện chủ trì hội nghị
""")
    assert m.chairs == ("Nguyễn Văn Phò",)


def test_a_later_chair_of_another_task_does_not_preside() -> None:
    sentences = " ".join(f"Chỉ tiêu số {i} đạt kế hoạch đề ra." for i in range(1, 9))
    (m,) = infos(f"""Hội nghị 9 tháng
Ngày 02/10/2019, UBND huyện Đắk Song tổ chức hội nghị đánh giá tình hình 9 tháng. {sentences}
Đồng chí Nguyễn Văn Phò – Phó Chủ tịch UBND huyện chủ trì phối hợp với các xã thực hiện.
""")
    assert m.chairs == ()


def test_a_meeting_recalled_by_its_chairs_conclusions_is_held_by_the_chairs_body() -> None:
    lead = " ".join(f"Nhà thuyền số {i} vẫn phục vụ khách." for i in range(1, 6))
    ms = infos(f"""Nhà hàng nổi vẫn mở cửa
Ngày 9-2-2017, các nhà hàng nổi vẫn mở cửa. {lead} Ngày 8-2, UBND quận Tây Hồ đã ban hành kết luận của \
đồng chí Lê Văn Hoàng - Phó Chủ tịch UBND quận Tây Hồ tại cuộc họp về công tác di dời tàu, thuyền.
""")
    (m,) = ms
    assert m.chairs == ("Lê Văn Hoàng",)
    assert label(m) == "Ủy ban nhân dân quận Tây Hồ"
    assert m.date is None  # 8-2 is the day the conclusions were issued


def test_conclusions_of_a_document_name_no_meeting() -> None:
    lead = " ".join(f"Nhà thuyền số {i} vẫn phục vụ khách." for i in range(1, 6))
    assert infos(f"""Nhà hàng nổi vẫn mở cửa
Ngày 9-2-2017, các nhà hàng nổi vẫn mở cửa. {lead} UBND quận Tây Hồ thực hiện kết luận của \
đồng chí Lê Văn Hoàng - Phó Chủ tịch UBND quận Tây Hồ về công tác di dời tàu, thuyền.
""") == []


def test_a_same_day_meeting_after_a_quoted_subheading_is_another_meeting() -> None:
    ms = infos("""Bí thư Thành ủy làm việc với hai quận
Sáng 7-2-2017, Bí thư Thành ủy Thành phố Hồ Chí Minh Đinh Văn An đã có buổi làm việc với \
Quận ủy quận 2. Quận báo cáo tình hình.
“Quận 2 qua mà học quận 9” Chiều cùng ngày, Bí thư Thành ủy Đinh Văn An đã có buổi làm việc với Quận ủy quận 9.
""")
    assert len(ms) == 2
    assert ms[1].date == ms[0].date


def test_a_subject_the_grammar_cannot_finish_is_kept_whole_with_its_place() -> None:
    (m,) = infos("""Hội nghị khu vực phòng thủ
Chiều 25/5/2017, tại Hà Nội, Ban Chỉ đạo về khu vực phòng thủ thành phố Hà Nội tổ chức hội nghị \
đánh giá kết quả thực hiện nhiệm vụ năm 2016.
""")
    assert label(m) == "Ban Chỉ đạo về khu vực phòng thủ thành phố Hà Nội"
    assert m.place is not None and m.place.name == "Hà Nội"


def test_the_body_whose_seat_hosts_the_meeting_holds_it() -> None:
    (m,) = infos("""Tọa đàm du lịch
Sáng 30/5/2017, tại trụ sở UBND thành phố Sầm Sơn, diễn ra buổi tọa đàm về phát triển du lịch.
""")
    assert label(m) == "Ủy ban nhân dân thành phố Sầm Sơn"


def test_an_implicit_district_is_the_one_its_named_communes_lie_in() -> None:
    (m,) = infos("""Tổng kết nông thôn mới
Sáng ngày 28/8/2019, UBND huyện tổ chức hội nghị tổng kết 10 năm xây dựng nông thôn mới tại xã \
Nâm N'Jang. Đồng chí Lê Văn Sinh – Phó chủ tịch UBND huyện chủ trì hội nghị.
""")
    assert label(m) == "Ủy ban nhân dân huyện Đắk Song"
    assert m.place is not None and m.place.name == "Đắk Song"


def test_an_inspection_team_named_in_a_title_does_not_make_the_conference_an_inspection() -> None:
    ms = infos("""Kiểm tra công tác cán bộ
Phó thủ tướng Vương Văn Huệ, Trưởng đoàn Kiểm tra số 471 của Bộ Chính trị đã dự Hội nghị công bố \
Quyết định kiểm tra tại Tỉnh ủy Bình Định ngày 25-5-2017. Tại hội nghị, ông Huệ phát biểu.
""")
    assert len(ms) == 1 and ms[0].kind == "hội nghị"


def test_a_national_body_meets_in_no_locality_and_a_glued_subheading_opens_a_report() -> None:
    ms = infos("""Kỷ luật cán bộ
Sáng 24-5-2017, UBND tỉnh Bình Định tổ chức hội nghị giao ban. Các sở báo cáo.
Cảnh cáo nguyên Bí thư Tỉnh ủy  Ngày 25-5-2017, tại Hà Nội, Ban Bí thư đã họp dưới sự chủ trì của \
Tổng Bí thư Nguyễn Văn Trọng để xem xét báo cáo.
""")
    assert len(ms) == 2
    assert label(ms[1]) == "Ban Bí thư Trung ương Đảng" and ms[1].chairs == ("Nguyễn Văn Trọng",)
    assert ms[1].place is None


def test_a_meeting_named_where_something_was_said_is_in_the_unit_its_name_gives() -> None:
    ms = infos("""Hàng rong
Sáng 15/6/2017, Thường trực UBND TPHCM đã tổ chức cuộc họp sơ kết 6 tháng. Ông A báo cáo. \
Tại hội nghị sơ kết công tác trật tự đô thị trên địa bàn quận 1 diễn ra chiều 14/6, bà Đỗ Thị Ly cho biết \
hội đã khảo sát 270 hộ nghèo.
""")
    assert len(ms) == 2
    assert ms[1].kind == "hội nghị sơ kết" and ms[1].date is not None and ms[1].date.day == 14
    assert ms[1].place is not None and ms[1].place.code == "760"


def test_co_chairs_listed_after_the_cue_all_preside() -> None:
    (m,) = infos("""Hội nghị liên tịch
Sáng 5/3/2020, UBND huyện Đắk Song tổ chức hội nghị liên tịch. Chủ trì hội nghị có các đồng chí: \
Nguyễn Văn Khánh, Bí thư Huyện ủy; Trần Văn Thanh, Chủ tịch UBND huyện. Dự hội nghị có đồng chí \
Lê Văn Sự, Phó Bí thư Huyện ủy.
""")
    assert m.chairs == ("Nguyễn Văn Khánh", "Trần Văn Thanh")
    assert m.attendees == ("Lê Văn Sự",)


def test_a_meeting_named_where_something_was_said_is_held_by_the_body_after_it() -> None:
    ms = infos("""Hàng tồn ở cảng
Ngày 2/2/2017, cảng Hải Phòng còn 2.755 container tồn đọng. Hàng tồn giảm mạnh. Tại Hội nghị triển khai \
nhiệm vụ năm 2017 của Cục Hải quan Hải Phòng (ngày 21/1/2017), Thứ trưởng Bộ Tài chính đánh giá cao kết quả.
""")
    assert [label(m) for m in ms] == ["Cục Hải quan thành phố Hải Phòng"]
    assert ms[0].place is not None and ms[0].place.code == "31"


def test_a_subject_body_may_hold_a_comma_in_its_name() -> None:
    (m,) = infos("""Họp Ban Chỉ đạo
Ngày 3/8/2021, Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Đắk Song tổ chức cuộc họp trực tuyến. \
Ông Lê Văn Phúc, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chủ trì.
""")
    assert label(m) == "Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Đắk Song"
    assert m.place is not None and m.place.code == "665"


def test_the_unit_a_body_lies_in_set_off_by_a_comma_leaves_it_the_subject() -> None:
    (m,) = infos("""Đối thoại
Ngày 15-1-2018, UBND phường Bến Nghé, quận 1, TP.HCM tổ chức hội nghị đối thoại với người dân.
""")
    assert label(m) == "Ủy ban nhân dân phường Bến Nghé"
    assert m.place is not None and m.place.code == "26740"


def test_two_bodies_listed_before_the_verb_are_not_one_name() -> None:
    (m,) = infos("""Họp giải quyết chợ
Sáng ngày 7-2-2017, UBND huyện Gia Lâm, chính quyền xã Bát Tràng tổ chức cuộc họp giữa các bên.
""")
    assert m.organizer is None or "chính quyền" not in m.organizer.label


def test_a_session_named_with_the_period_it_falls_in_is_the_councils() -> None:
    (m,) = infos("""Bế mạc kỳ họp cuối năm
Chiều ngày 10/12/2024, kỳ họp thường lệ cuối năm 2024 HĐND huyện Đắk Song khóa XI tiếp tục chương trình \
làm việc và bế mạc.
""")
    assert label(m) == "Hội đồng nhân dân huyện Đắk Song"


def test_a_standing_committee_that_holds_its_briefing_as_a_verb_holds_it() -> None:
    (m,) = infos("""Giao ban tháng 10
Sáng ngày 08/10/2024, Thường trực HĐND huyện Đắk Song giao ban đánh giá kết quả công tác tháng 9.
""")
    assert label(m) == "Thường trực Hội đồng nhân dân huyện Đắk Song"


def test_the_fronts_congress_is_its_committees_not_the_communes_government() -> None:
    (m,) = infos("""Trường Xuân tổ chức Đại hội Mặt trận Tổ quốc Việt Nam xã lần thứ XII
Ngày 12/06/2019
Sáng 12/6, xã Trường Xuân, huyện Đắk Song tổ chức Đại hội Mặt trận Tổ quốc Việt Nam xã lần thứ XII.
""")
    assert label(m) == "Ủy ban Mặt trận Tổ quốc Việt Nam xã Trường Xuân"



def test_a_session_that_prepares_another_bodys_meeting_is_held_by_the_body_preparing_it() -> None:
    # the Standing body's session readies the council's: the session named after "gửi đến", "chuẩn bị" is ahead
    (m,) = infos("""Ý kiến cử tri trước kỳ họp
Chiều 12/6/2019, Thường trực HĐND tỉnh Đắk Nông đã nghe báo cáo tổng hợp ý kiến, kiến nghị của cử tri và nhân \
dân gửi đến kỳ họp thứ 5, HĐND tỉnh Đắk Nông khóa III.
""")
    assert label(m) == "Thường trực Hội đồng nhân dân tỉnh Đắk Nông"
    (m,) = infos("""Cho ý kiến về chương trình kỳ họp
Sáng 13/6/2019, Thường trực HĐND tỉnh Đắk Nông đã cho ý kiến về một số nội dung dự kiến chương trình kỳ họp thứ \
5 của HĐND tỉnh Đắk Nông. Chủ tịch HĐND tỉnh Đắk Nông Lê Diễn chủ trì.
""")
    assert label(m) == "Thường trực Hội đồng nhân dân tỉnh Đắk Nông"
    # with no such cue before it, the meeting word still names its body
    (m,) = infos("""Kỳ họp HĐND tỉnh
Sáng 10/7/2019, kỳ họp thứ 5 của HĐND tỉnh Đắk Nông khai mạc. Chủ tịch HĐND tỉnh Đắk Nông Lê Diễn chủ trì.
""")
    assert label(m) == "Hội đồng nhân dân tỉnh Đắk Nông"


def test_a_meeting_word_ending_inside_the_bodys_name_is_held_by_that_body() -> None:
    # the kind "hội nghị Ban Chấp hành" ends inside "Ban Chấp hành Đảng bộ tỉnh Đắk Nông"
    (m,) = infos("""Bí thư Huyện ủy đề xuất bố trí công an chính quy
Tại hội nghị Ban Chấp hành Đảng bộ tỉnh Đắk Nông sáng 10/4/2017, ông Trần Văn Bình - Bí thư Huyện ủy Đắk Song \
đề cập đến chủ trương bố trí công an chính quy về các xã.
""")
    assert label(m) == "Ban Chấp hành Đảng bộ tỉnh Đắk Nông"
    assert m.place is not None and m.place.name == "Đắk Nông"


def test_the_standing_members_of_a_party_committee_hold_their_briefing() -> None:
    (m,) = infos("""Giao ban đầu năm
Tại buổi giao ban đầu năm của Thường trực Tỉnh ủy Đắk Nông chiều 15/2/2019, ông Trần Văn Bình, Chủ tịch UBND \
huyện Đắk Song cho biết huyện đã hoàn thành kế hoạch.
""")
    assert label(m) == "Thường trực Tỉnh ủy Đắk Nông"
    assert m.place is not None and m.place.name == "Đắk Nông"


def test_the_standing_members_of_the_government_are_a_national_body() -> None:
    (m,) = infos("""Thủ tướng họp về đường sắt đô thị
Chiều 13/4/2020, tại cuộc họp của Thường trực Chính phủ, Thủ tướng Nguyễn Xuân Phúc kết luận về hai dự án \
đường sắt đô thị của tỉnh Đồng Nai.
""")
    assert label(m) == "Thường trực Chính phủ"
    assert m.place is None


def test_the_part_of_a_term_between_a_meeting_and_its_body_says_which_session() -> None:
    (m,) = infos("""Sơ kết giữa nhiệm kỳ
Ông Trần Văn Bình, Phó Bí thư Tỉnh ủy Đắk Nông đưa ra nhận định trên tại hội nghị sơ kết giữa nhiệm kỳ Đảng bộ \
Công an tỉnh Đắk Nông diễn ra vào chiều 9/8/2018.
""")
    assert label(m) == "Đảng bộ Công an tỉnh Đắk Nông"


def test_a_body_attending_a_session_does_not_hold_it() -> None:
    # the "họp" of "dự kỳ họp" is the noun: the district's council attends the province's session
    (m,) = infos("""Kỳ họp thứ 10
Sáng 10/7/2020, Thường trực HĐND huyện Đắk Song dự kỳ họp thứ 10 HĐND tỉnh Đắk Nông khóa II. Ông Lê Văn Minh, \
Chủ tịch HĐND tỉnh chủ trì kỳ họp.
""")
    assert label(m) == "Hội đồng nhân dân tỉnh Đắk Nông"


def test_a_body_calling_a_meeting_still_holds_it() -> None:
    (m,) = infos("""Họp bất thường
Ngày 24/1/2018, HĐND tỉnh Đắk Nông đã triệu tập cuộc họp bất thường để miễn nhiệm một đại biểu.
""")
    assert label(m) == "Hội đồng nhân dân tỉnh Đắk Nông"


def test_a_councils_committee_holds_the_session_its_supervision_delegation_has() -> None:
    (m,) = infos("""Giám sát việc thực hiện chính sách giảm nghèo
Ngày 12/6/2020, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh Đắk Nông do ông Trần Văn Bình, Trưởng ban \
Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn đã có buổi làm việc với UBND huyện Đắk Song về việc thực hiện chính \
sách giảm nghèo.
""")
    assert m.organizer is not None and m.organizer.head.startswith("Ban Văn hóa")
    assert m.place is not None and m.place.name == "Đắk Nông"


def test_a_delegation_numbered_holds_for_its_body() -> None:
    (m,) = infos("""Làm việc với huyện Đắk Song
Sáng 3/11/2020, đoàn công tác số 3 của Thường trực Tỉnh ủy Đắk Nông, do ông Lê Văn Minh làm trưởng đoàn, đã \
có buổi làm việc với Ban Thường vụ Huyện ủy Đắk Song.
""")
    assert label(m) == "Thường trực Tỉnh ủy Đắk Nông"


def test_a_body_named_after_do_before_the_organize_verb_held_the_meeting_named_before() -> None:
    (m,) = infos("""Đẩy lùi tín dụng đen
Đây là nội dung được đại diện các địa phương đưa ra tại hội nghị triển khai giải pháp đẩy lùi tín dụng đen do \
Bộ Nội vụ tổ chức sáng 8/3/2016 tại tỉnh Đắk Nông.
""")
    assert label(m) == "Bộ Nội vụ"
    assert m.place is None  # a ministry's conference: national
