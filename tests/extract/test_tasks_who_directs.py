"""Who directs (issue 26): a modal or a request is a task only when an authority gives it to someone it
can direct. Partners' commitments, submissions to the legislature, purposes and the modals of
companies, experts and coaches are not tasks (hand-built text)."""

from __future__ import annotations

from tests.extract.test_tasks import tasks_of
from tests.extract.test_tasks_authority import descriptions


def test_a_business_story_with_an_official_present_yields_no_task() -> None:
    assert descriptions("""Doanh nghiệp dệt may lo thiếu đơn hàng
Sáng 5/3, ông Nguyễn Văn Thắng, Chủ tịch UBND tỉnh Quảng Ninh, thăm Công ty CP Dệt may Hòa Thọ.
Ông Trần Văn Nam, Giám đốc Công ty CP Dệt may Hòa Thọ, cho biết năm nay công ty cần tuyển thêm 500 lao động \
và phải đầu tư dây chuyền mới. Theo ông Nam, các doanh nghiệp dệt may nên liên kết để giữ đơn hàng.
TS Lê Đăng Doanh cho rằng Nhà nước cần giảm thuế cho doanh nghiệp. Huấn luyện viên Park Hang-seo yêu cầu \
các cầu thủ phải tập trung cao độ.
""") == []


def test_partners_commitments_are_no_tasks_but_a_directive_to_a_department_is() -> None:
    got = descriptions("""Chủ tịch UBND tỉnh tiếp Đại sứ Nhật Bản
Chiều 5/3, Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Văn Thắng tiếp Đại sứ Nhật Bản.
Ông Nguyễn Văn Thắng đề nghị hai bên tiếp tục thúc đẩy hợp tác đầu tư. Hai bên cần tăng cường trao đổi \
đoàn các cấp. Ông Thắng yêu cầu Sở Kế hoạch và Đầu tư hỗ trợ các nhà đầu tư Nhật Bản.
""")
    assert got == ["hỗ trợ các nhà đầu tư Nhật Bản"]


def test_a_submission_to_the_legislature_is_no_task() -> None:
    assert descriptions("""Quốc hội xem xét quyết toán ngân sách
Bộ trưởng Bộ Tài chính Đinh Tiến Dũng trình bày Tờ trình đề nghị Quốc hội phê chuẩn quyết toán ngân sách \
nhà nước năm 2015 như sau: tổng thu 1.291.342 tỷ đồng; tổng chi 1.502.189 tỷ đồng.
Chủ nhiệm Ủy ban Tài chính đề nghị Quốc hội xem xét thông qua dự thảo Nghị quyết.
""") == []


def test_a_directive_verb_after_de_is_a_purpose() -> None:
    assert descriptions("""Chủ bến đò bị đánh
Ông Nguyễn Văn Hùng, Chủ tịch UBND xã Ninh Sở, cho biết vụ việc xảy ra chiều 3/5.
Người dân đã giữ hai đối tượng lại để giao cho Công an xã xử lý theo quy định.
""") == []


def test_a_list_colon_after_a_reported_conclusion_or_advice_is_no_directive() -> None:
    assert descriptions("""Thuốc diệt cỏ bị loại khỏi danh mục
Ông Nguyễn Văn Hùng, Cục trưởng Cục Bảo vệ thực vật, cho biết quyết định có hiệu lực từ tháng 2.
Nhiều nghiên cứu ở nước ngoài đã kết luận hoạt chất này gây hại như: rất độc với mắt; tồn tại lâu trong đất; \
gây ô nhiễm nguồn nước. Khi mua thuốc, bà con cũng cần lưu ý các quy định: đọc kỹ nhãn; giữ hóa đơn mua hàng.
""") == []


def test_citizens_partners_and_a_topic_give_no_directive() -> None:
    assert descriptions("""Chủ tịch nước hội kiến Tổng thống Chile
Chiều 5/3, Chủ tịch nước Trần Đại Quang hội kiến Tổng thống Chile. Nhằm tăng cường quan hệ giữa hai nước, \
Chủ tịch nước Trần Đại Quang đề nghị thúc đẩy hơn nữa các chuyến thăm ở các cấp.
Nhiều người dân chứng kiến vụ việc đã truy bắt hai đối tượng, giao cho Công an xã Ninh Sở xử lý.
Tại buổi làm việc, Chủ tịch nước nhấn mạnh đến tinh thần hợp tác cùng có lợi.
""") == []


def test_citizens_opening_the_verbs_clause_after_an_adverbial_give_no_directive() -> None:
    assert tasks_of(
        "Thấy ông Nguyễn Văn Cao bị bắt giữ vô cớ, hàng trăm người dân kéo lên trụ sở UBND xã Hồng Phong "
        "yêu cầu làm rõ sự việc."
    ) == []
    official = tasks_of(
        "Trước kiến nghị của người dân, đồng chí Nguyễn Văn Ngoãn yêu cầu UBND xã Hồng Phong làm rõ sự việc."
    )
    assert len(official) == 1


def test_a_petitions_requests_end_the_conclusion_before_them() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu Thanh tra thị xã làm rõ nội dung tố cáo.\n\n"
        "Trong đơn tố cáo gửi đến UBND tỉnh, ông Nguyễn Văn Đức đề nghị nhiều vấn đề cần thanh tra "
        "triệt để tại khu xử lý rác.\n\n"
        "Xem xét lại đơn giá xử lý rác từ khi triển khai dự án.\n\n"
        "Cần đánh giá một cách khoa học từ khâu chấp thuận chủ trương đầu tư."
    )
    assert [t.description for t in tasks] == ["làm rõ nội dung tố cáo"]
    later = tasks_of("Đồng chí Nguyễn Văn Ngoãn yêu cầu các phòng giải quyết dứt điểm đơn thư của công dân.")
    assert len(later) == 1
