"""Task precision on text nobody tuned for (issue 26): appeals to the public, the requests of a company's
officers and the opinions of assembly deputies are no directives (hand-built text)."""

from __future__ import annotations

from tests.extract.test_tasks import tasks_of
from tests.extract.test_tasks_authority import descriptions


def test_a_request_to_the_public_is_an_appeal_no_task() -> None:
    got = descriptions("""Bình Định phòng chống dịch sốt xuất huyết
Sáng 12/8, Chủ tịch UBND tỉnh Bình Định Hồ Quốc Dũng kiểm tra công tác phòng chống dịch tại huyện Tuy Phước.
Ông Hồ Quốc Dũng đề nghị người dân và du khách cần bình tĩnh, không nghe theo tin đồn thất thiệt. Ông cũng \
đề nghị bà con kiểm tra, giám sát việc phun thuốc diệt muỗi của ngành y tế. Ông Dũng yêu cầu Sở Y tế kiểm tra \
các cơ sở khám chữa bệnh tư nhân.
""")
    assert got == ["kiểm tra các cơ sở khám chữa bệnh tư nhân"]


def test_a_companys_director_at_a_meeting_proposes_no_directive() -> None:
    got = descriptions("""Hà Nội họp về cấp nước sạch
Chiều 3/6, UBND TP Hà Nội tổ chức cuộc họp về cấp nước sạch mùa hè, Chủ tịch UBND TP Nguyễn Văn Sửu chủ trì.
Tại cuộc họp, Tổng giám đốc Công ty CP Môi trường đô thị (Hà Nội) Lê Minh Hải đề nghị thành phố chỉ đạo bỏ \
thủ tục cấp phép đào đường khi sửa đường ống. Đại diện Tập đoàn Xây dựng Hòa Bình cũng đề nghị UBND TP sớm \
bàn giao mặt bằng. Kết luận cuộc họp, Chủ tịch UBND TP Nguyễn Văn Sửu yêu cầu Sở Xây dựng hướng dẫn \
thủ tục sửa chữa đường ống trong tháng 6.
""")
    assert got == ["hướng dẫn thủ tục sửa chữa đường ống trong tháng 6"]


def test_a_deputys_opinion_that_a_ministry_must_act_is_no_directive() -> None:
    assert descriptions("""Đại biểu bàn về cấp phép biểu diễn
Bên hành lang Quốc hội sáng 20/5, đại biểu Quốc hội Lê Văn Tâm (đoàn Hà Tĩnh) cho rằng Bộ Văn hóa, \
Thể thao và Du lịch cần rà soát lại thủ tục cấp phép biểu diễn. Đại biểu Quốc hội Trần Thị Hoa cũng đề \
nghị Bộ Tài chính sớm sửa đổi mức phí.
""") == []



def test_a_non_government_text_with_modals_and_requests_yields_no_task() -> None:
    """A bank's notice to its customers: modals, requests and an appeal, no authority directing anyone."""
    assert descriptions("""Ngân hàng khuyến cáo khách hàng cảnh giác lừa đảo
Đại diện Ngân hàng TMCP Phương Đông đề nghị khách hàng không cung cấp mã OTP cho bất kỳ ai.
Khách hàng cần kiểm tra kỹ địa chỉ trang web trước khi đăng nhập và phải đổi mật khẩu định kỳ.
Theo các chuyên gia bảo mật, người dùng nên cài đặt phần mềm diệt virus và cần cảnh giác với tin nhắn lạ.
""") == []


def test_citizens_counted_in_figures_give_no_directive() -> None:
    assert descriptions("""Cư dân chung cư Hoàng Anh đòi phí bảo trì
Ông Trần Văn Long, Phó Chủ tịch UBND quận 7, cho biết quận đã nhận được đơn của cư dân.
Tại hội nghị nhà chung cư tối 20/4, 215 hộ dân đã biểu quyết đề nghị UBND quận 7 kiểm tra việc bàn giao \
quỹ bảo trì. Sáng 3/5, hơn 1.200 người dân tiếp tục đề nghị quận công khai quỹ bảo trì.
""") == []


def test_a_directive_verb_inside_a_bodys_name_directs_nothing() -> None:
    got = descriptions("""Quảng Nam họp về đề án tỉnh xanh
Chiều 22/1, Phó Chủ tịch UBND tỉnh Quảng Nam Trần Văn Tân chủ trì cuộc họp Ban chỉ đạo đề án "Xây dựng \\
Quảng Nam - tỉnh xanh". Thành viên Tổ chỉ đạo công tác cải cách hành chính cũng dự họp.
Ông Trần Văn Tân yêu cầu Sở Tài nguyên và Môi trường hoàn thiện dự thảo đề án trong tháng 3.
""")
    assert got == ["hoàn thiện dự thảo đề án trong tháng 3"]


def test_a_request_to_the_government_above_or_for_leave_is_a_proposal() -> None:
    got = descriptions("""Cần Thơ kiến nghị về cầu Cái Răng 2
Chiều 8/3, Phó Chủ tịch UBND TP Cần Thơ Trần Văn Nam làm việc với Bộ Giao thông vận tải.
UBND TP Cần Thơ đề nghị được khởi công xây dựng cầu Cái Răng 2 trong quý III năm nay. Thành phố cũng có \
văn bản đề nghị Thủ tướng Chính phủ bổ sung vốn cho dự án, đồng thời đề nghị Chính phủ sớm phê duyệt cơ chế \
đặc thù.
Ông Trần Văn Nam yêu cầu Sở Giao thông vận tải hoàn thiện hồ sơ dự án trước ngày 30/4.
""")
    assert got == ["hoàn thiện hồ sơ dự án trước ngày 30/4"]


def test_a_voters_quoted_request_closed_by_his_short_name_is_no_directive() -> None:
    got = descriptions("""Chủ tịch nước tiếp xúc cử tri quận Ba Đình
Sáng 10/5, Chủ tịch nước Võ Văn Thưởng tiếp xúc cử tri quận Ba Đình.
Cử tri Lưu Khánh phản ánh tình trạng lấn chiếm vỉa hè. "Thành phố cần xử lý dứt điểm các điểm trông giữ xe \
trái phép, không để tái diễn", ông Khánh đề nghị.
Chủ tịch nước yêu cầu UBND quận Ba Đình rà soát các điểm trông giữ xe.
""")
    assert got == ["rà soát các điểm trông giữ xe"]


def test_a_matter_handled_as_an_official_directed_in_the_passive_is_no_task() -> None:
    got = descriptions("""Bí thư Thành ủy tiếp xúc cử tri
Chiều 12/7, Bí thư Thành ủy Đà Nẵng Nguyễn Văn Quảng tiếp xúc cử tri quận Hải Châu.
Trả lời cử tri, ông Quảng cho biết vụ sai phạm tại dự án đã được Ban Thường vụ Thành ủy chỉ đạo xử lý \
nghiêm, cơ quan điều tra đang làm rõ. Việc chống lãng phí được Thành ủy và UBND thành phố chỉ đạo quyết \
liệt trong thời gian qua. Vụ việc cũng được Chủ tịch UBND thành phố chỉ đạo Thanh tra thành phố làm rõ \
trách nhiệm của các cá nhân.
""")
    assert got == ["làm rõ trách nhiệm của các cá nhân"]


def test_examples_after_nhu_separated_by_semicolons_are_members_of_one_task() -> None:
    got = descriptions("""Đồng Nai đẩy nhanh các dự án giao thông
Chiều 4/3, Chủ tịch UBND tỉnh Đồng Nai Võ Tấn Đức họp về các dự án giao thông trọng điểm.
Ông Võ Tấn Đức yêu cầu Sở Giao thông vận tải sớm trình hồ sơ các dự án cửa ngõ, như quốc lộ 51, đoạn qua \
Long Thành; quốc lộ 20 - đoạn qua Định Quán; đường tỉnh 768 - đoạn từ cầu Rạch Đông đến Vĩnh Cửu.
""")
    assert len(got) == 1 and got[0].startswith("sớm trình hồ sơ các dự án cửa ngõ")


def test_groups_of_state_corporations_are_told_as_any_group() -> None:
    """Not a precision class: without it, skipping "chỉ đạo" inside "Ban chỉ đạo" lost the directives a
    minister's request to corporations opened (the name's verb had opened the conclusion by accident)."""
    tasks = tasks_of(
        "Tại cuộc họp, Thứ trưởng Bộ Xây dựng Lê Quang Hùng yêu cầu các tập đoàn, tổng công ty khẩn trương rà "
        "soát phương án tái cơ cấu, báo cáo Ban chỉ đạo đổi mới doanh nghiệp của Bộ. Hoàn thành báo cáo trước "
        "ngày 15/3."
    )
    assert [t.description for t in tasks] == [
        "khẩn trương rà soát phương án tái cơ cấu, báo cáo Ban chỉ đạo đổi mới doanh nghiệp của Bộ",
        "Hoàn thành báo cáo trước ngày 15/3",
    ]
    assert tasks[0].assignees == ("các tập đoàn, tổng công ty",)


def test_highlights_of_what_a_body_did_are_results_not_directives() -> None:
    got = descriptions("""Thường trực HĐND phường An Phú giao ban tháng 11
Sáng 5/11, Thường trực HĐND phường An Phú giao ban đánh giá kết quả công tác tháng 10.
Trong tháng, Thường trực HĐND phường đã bám sát chương trình công tác. Nổi bật, chỉ đạo UBND phường trả \
lời kiến nghị của cử tri sau kỳ họp thứ Ba; đôn đốc các ban chuẩn bị nội dung trình kỳ họp.
Chủ tịch HĐND phường Lê Thị Hoa yêu cầu UBND phường hoàn thành báo cáo giám sát trước ngày 20/11.
""")
    assert got == ["hoàn thành báo cáo giám sát trước ngày 20/11"]


def test_a_directive_conceded_in_a_du_clause_is_narrative() -> None:
    got = descriptions("""Nhà máy xử lý rác vẫn gây ô nhiễm
Chiều 14/6, Chủ tịch UBND huyện Yên Định Trịnh Văn Hòa kiểm tra nhà máy xử lý rác Yên Định.
Dù UBND huyện đã yêu cầu tạm dừng hoạt động để khắc phục song nhà máy vẫn lén lút hoạt động trở lại. \
Mặc dù UBND xã đã chỉ đạo kiểm tra nhiều lần nhưng tình trạng không chấm dứt.
Dù còn nhiều khó khăn, ông Trịnh Văn Hòa yêu cầu Phòng Tài nguyên và Môi trường lấy mẫu nước thải ngay.
""")
    assert got == ["lấy mẫu nước thải ngay"]


def test_a_directive_to_two_named_companies_names_both() -> None:
    """``Công ty A và Công ty B``: the second company's head ends the first one's name (round 16)."""
    tasks = tasks_of(
        "Tại buổi kiểm tra, Chủ tịch UBND huyện yêu cầu Công ty TNHH Cát Vàng Sông Lô và Công ty CP Khoáng sản "
        "Bình An tạm dừng bơm hút cát trên sông."
    )
    assert [t.description for t in tasks] == ["tạm dừng bơm hút cát trên sông"]
    assert [a.head for a in tasks[0].assignees] == [  # type: ignore[union-attr]
        "Công ty TNHH Cát Vàng Sông Lô", "Công ty CP Khoáng sản Bình An"]


def test_an_adverb_before_the_modal_is_no_part_of_the_assignee_label() -> None:
    """``cơ quan thuế thành phố sẽ phải …``: the body told is ``cơ quan thuế thành phố`` (round 16)."""
    tasks = tasks_of(
        "Phó Chủ tịch UBND thành phố yêu cầu, với các hộ kinh doanh chây ì, cơ quan thuế thành phố sẽ phải "
        "cưỡng chế thu nợ đúng quy định."
    )
    assert [t.assignees for t in tasks] == [("cơ quan thuế thành phố",)]


def test_a_quoted_anecdote_of_yesterday_after_directives_is_no_task() -> None:
    """Round 22: a leader's quoted story of what he saw the day before (Như hôm qua …, hôm kia …) narrates, though
    it follows his directives."""
    got = descriptions("""Đà Nẵng họp về tiếp công dân
Sáng 5/3, Chủ tịch UBND TP Đà Nẵng Huỳnh Đức Thơ làm việc với các sở ngành về công tác tiếp dân.
Chủ tịch UBND TP Huỳnh Đức Thơ yêu cầu các sở ngành giải quyết dứt điểm các vụ khiếu nại kéo dài. Ông cũng \
đề nghị tăng cường đối thoại với người dân.
"Như hôm qua đi kiểm tra công trình về thấy nhiều người đứng trước cổng UBND, tôi bảo bảo vệ hỏi xem họ \
cần gì", ông Thơ kể.
""")
    assert got == ["giải quyết dứt điểm các vụ khiếu nại kéo dài", "tăng cường đối thoại với người dân"]


def test_an_assignment_proposed_to_a_superior_to_consider_is_no_task() -> None:
    """Round 22: a district asks the city to consider handing it a duty (kiến nghị … xem xét, giao cho quận …);
    nothing is assigned until the city agrees."""
    got = descriptions("""Quận 3 kiến nghị về chợ Bàn Cờ
Để đảm bảo trật tự đô thị, UBND quận 3 kiến nghị UBND thành phố xem xét, giao cho quận quản lý chợ Bàn Cờ. \
Chủ tịch UBND TP yêu cầu Sở Công thương kiểm tra các chợ.
""")
    assert got == ["kiểm tra các chợ"]


def test_a_participle_framing_what_an_official_says_is_no_task() -> None:
    """Round 20: ``Tiếp thu ý kiến …, Bí thư X cho hay, …``: the verb opening the clause frames his statement; the
    directive he gives after it is still read."""
    got = descriptions("""Hà Nội làm việc với đoàn công tác Trung ương
Sáng 5/3, Bí thư Thành ủy Hà Nội Hoàng Văn Nam làm việc với đoàn công tác của Ban Tổ chức Trung ương.
Tiếp thu ý kiến của đoàn công tác, Bí thư Thành ủy Hoàng Văn Nam cho hay, thành phố có số lượng đầu mối rất lớn \
nên việc sắp xếp bộ máy còn nhiều khó khăn.
Bí thư Thành ủy yêu cầu các quận, huyện rà soát lại các đầu mối trực thuộc.
""")
    assert got == ["rà soát lại các đầu mối trực thuộc"]


def test_a_claim_on_the_partner_country_is_no_task() -> None:
    """Round 22: ``tỉnh yêu cầu nước bạn bồi thường`` asks a partner country (task_cues mutual), no directive."""
    got = descriptions("""Ngư dân bị bắn khi đánh bắt trên biển
Sáng 5/3, Chủ tịch UBND tỉnh Kiên Giang Lâm Minh Hòa làm việc với các ngành về vụ tàu cá bị bắn.
Chủ tịch UBND tỉnh Lâm Minh Hòa yêu cầu nước bạn bồi thường thiệt hại cho ngư dân. Ông yêu cầu Sở Ngoại vụ \
theo dõi sát vụ việc.
""")
    assert got == ["theo dõi sát vụ việc"]


def test_a_directive_verb_ending_a_visits_series_of_verbs_narrates_the_visit() -> None:
    """Round 21: ``đã đến thăm hỏi, động viên và chỉ đạo công tác khắc phục …`` narrates a leader's visit
    (task_cues visit); his directive after it is still read."""
    got = descriptions("""Phó Thủ tướng kiểm tra khắc phục hậu quả lũ
Sáng 22/11, Phó Thủ tướng Trần Văn Nam đã đến thăm hỏi, động viên và chỉ đạo công tác khắc phục hậu quả lũ \
trên địa bàn tỉnh Phú Yên.
Phó Thủ tướng yêu cầu các lực lượng tiếp tục tìm kiếm người mất tích.
""")
    assert got == ["tiếp tục tìm kiếm người mất tích"]


def test_a_section_heading_inside_the_article_is_no_task() -> None:
    """Round 22: a short line with no final punctuation (``Thiết kế nhà ga tuyến Metro Nhổn - Ga Hà Nội``) heads a
    section; an item of a list written the same way after a lead-in's colon is still a task."""
    got = descriptions("""Hà Nội họp về tuyến đường sắt đô thị
Sáng 5/3, Chủ tịch UBND TP Hà Nội Nguyễn Văn Nam họp với các sở ngành về tuyến đường sắt đô thị.
Chủ tịch UBND TP Nguyễn Văn Nam yêu cầu Sở Giao thông vận tải rà soát tiến độ các gói thầu.
Thiết kế nhà ga tuyến Metro Văn Cao - Hòa Lạc
Theo báo cáo, thiết kế nhà ga đã được phê duyệt từ năm 2015.
Ông Nam yêu cầu các sở:
- Rà soát lại hồ sơ thiết kế nhà ga
""")
    assert got == ["rà soát tiến độ các gói thầu", "Rà soát lại hồ sơ thiết kế nhà ga"]
