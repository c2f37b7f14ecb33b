"""Who speaks (issue 26): a request, an emphasis or a quotation directs only when an official says it.
Residents, witnesses and experts named with no post, and the words they are quoted saying, give no
task; a directive verb that is the last syllable of a compound noun (``ngoại giao``, ``nút giao``) is
no verb (hand-built text)."""

from __future__ import annotations

from tests.extract.test_tasks_authority import descriptions


def test_a_compound_noun_ending_in_giao_is_no_directive() -> None:
    assert descriptions("""Hội thảo an ninh khu vực
Chiều 5/3, Học viện Quan hệ quốc tế tổ chức hội thảo về an ninh khu vực.
Một giảng viên khoa chính trị ngoại giao, Đại học Quốc gia Hà Nội cho rằng: "Các nước cần kiềm chế; \
đối thoại là con đường duy nhất".
Công trình cải tạo nút giao Ngã Tư Vọng sẽ hoàn thành trong tháng 6.
""") == []


def test_residents_and_experts_named_with_no_post_give_no_directive() -> None:
    got = descriptions("""Dân phản đối dự án bãi rác
Sáng 12/4, UBND huyện Phú Lương tổ chức đối thoại với người dân xã Yên Lạc.
Ông Hoàng Văn Sáu (trú xóm Đồng Tâm) đề nghị chủ đầu tư dừng thi công bãi rác.
PGS.TS Đỗ Minh Khôi cho rằng bãi rác quá gần nguồn nước. Ông nhấn mạnh: "Dự án phải được đánh giá \
tác động môi trường lại; các hộ dân cần được bồi thường thỏa đáng".
Ông Nguyễn Văn Thái, Chủ tịch UBND huyện Phú Lương, yêu cầu UBND xã Yên Lạc rà soát lại hồ sơ đất đai.
""")
    assert got == ["rà soát lại hồ sơ đất đai"]


def test_a_quotation_a_resident_is_said_to_say_is_no_directive() -> None:
    got = descriptions("""Lò đốt rác gây bức xúc
Chiều 20/8, UBND xã Tân Phong tổ chức họp dân về dự án lò đốt rác.
"Lò đốt rác quá gần khu dân cư. Chúng tôi yêu cầu chủ đầu tư di dời lò đốt rác ra xa thêm 500 m", \
ông Lò Văn Thắm nói.
"Nhà máy phải dừng hoạt động ngay", một người dân bức xúc.
"Các phòng chuyên môn phải hoàn thành kiểm tra trước ngày 30/8", ông Phạm Quang Vinh, Chủ tịch UBND \
huyện Quỳnh Nhai, yêu cầu.
""")
    assert got == ["Các phòng chuyên môn phải hoàn thành kiểm tra trước ngày 30/8"]


def test_a_request_inside_a_narrated_step_that_names_no_giver_is_no_directive() -> None:
    got = descriptions("""Du lịch Bến Tre tăng tốc
Năm 2018, ngành du lịch Bến Tre tổ chức nhiều hoạt động quảng bá: thi sáng tác biểu trưng; khảo sát \
chọn làng nghề tiêu biểu đề nghị Hiệp hội Làng nghề Việt Nam công nhận là làng nghề tiêu biểu của vùng.
Ngày 7/2, Giám đốc Sở Tài nguyên và Môi trường tỉnh Bến Tre ký văn bản gửi các đơn vị thi công. Theo đó, \
sở này đề nghị các đơn vị rà soát lại vị trí cắm mốc dọc các tuyến kênh.
""")
    assert got == ["rà soát lại vị trí cắm mốc dọc các tuyến kênh"]


def test_a_company_or_trade_association_proposes_and_an_authority_directs() -> None:
    got = descriptions("""Giải cứu đàn heo tồn
Sáng 3/5, UBND tỉnh Long An họp bàn giải pháp tiêu thụ heo hơi.
Bàn về giải pháp, Hiệp hội Chăn nuôi tỉnh đề nghị Sở Công Thương nên hỗ trợ trang trại mở quầy bán thịt heo.
Công ty cổ phần Cấp nước Long An cũng yêu cầu UBND huyện Đức Hòa di dời bãi rác khỏi nguồn nước.
Ngân hàng Nhà nước chi nhánh tỉnh đã chỉ đạo các tổ chức tín dụng giãn nợ cho hộ chăn nuôi.
""")
    assert len(got) == 1 and got[0].endswith("giãn nợ cho hộ chăn nuôi")  # the State Bank is an authority


def test_an_inspections_conclusion_and_a_captions_credit_direct_nothing() -> None:
    assert descriptions("""Sai phạm thu tiền hỗ trợ học sinh nghèo
Chủ tịch UBND huyện Thạch Thành Nguyễn Văn Hùng vừa ký kết luận thanh tra về các khoản thu tại ba trường.
Kết luận thanh tra xác định việc ba trường thu lại tiền hỗ trợ học sinh nghèo là sai quy định.
Ông Nguyễn Văn Hùng (bìa phải) kiểm tra sổ sách tại Trường tiểu học Thành Vân sáng 24/11 - Ảnh: MINH TRÍ
""") == []


def test_a_modal_inside_a_copulas_definition_is_no_directive() -> None:
    assert descriptions("""Đổi mã vùng điện thoại cố định
Ngày 7/2, Thứ trưởng Bộ Thông tin và Truyền thông Phạm Văn Tâm làm việc với các doanh nghiệp viễn thông.
Thứ trưởng Phạm Văn Tâm nhấn mạnh: "Đổi mã vùng là một hoạt động bình thường. Chuyển đổi kho số là việc \
các quốc gia trên thế giới đều phải làm để đáp ứng nhu cầu phát triển".
""") == []


def test_a_request_to_another_countrys_government_is_no_directive() -> None:
    got = descriptions("""Kiến nghị gỡ rào cản xuất khẩu tôm
Sáng 10/3, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường làm việc với Đại sứ Australia.
Bộ trưởng Nguyễn Xuân Cường đề nghị Chính phủ Australia sớm dỡ bỏ lệnh tạm ngừng nhập khẩu tôm chưa nấu chín.
Bộ trưởng Nguyễn Xuân Cường đề nghị Lào Cai khẩn trương kiểm tra các cơ sở nuôi tôm giống.
""")
    assert len(got) == 1 and got[0].endswith("khẩn trương kiểm tra các cơ sở nuôi tôm giống")  # Lào Cai is no Laos
