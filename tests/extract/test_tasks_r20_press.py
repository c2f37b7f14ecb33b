"""Task classes from blind round 20 (press), on hand-built text."""

from __future__ import annotations

from tests.extract.test_tasks import descriptions, find, labels, tasks_of
from tests.extract.test_tasks_r18_r19 import article_tasks


def test_an_orders_follow_on_items_that_assign_staff_or_cut_spending_are_tasks() -> None:
    found = descriptions(
        "Chủ tịch UBND tỉnh Nguyễn Văn Ngoãn vừa ký công điện yêu cầu UBND các huyện khẩn trương triển khai "
        "các biện pháp phòng chống hạn hán.\n"
        "Phân công cán bộ trực ban suốt mùa khô.\n"
        "Bố trí các trạm bơm dã chiến ở những cánh đồng thiếu nước.\n"
        "Cắt giảm các khoản chi chưa cần thiết để dành kinh phí chống hạn."
    )
    assert "Phân công cán bộ trực ban suốt mùa khô" in found
    assert "Bố trí các trạm bơm dã chiến ở những cánh đồng thiếu nước" in found
    assert "Cắt giảm các khoản chi chưa cần thiết để dành kinh phí chống hạn" in found


def test_a_group_written_as_hyphenated_pairs_is_one_assignee() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn chỉ đạo các sở - ngành, thị xã - huyện phải tăng cường quản lý chi "
        "ngân sách thật tiết kiệm."
    )
    task = find(tasks, "tăng cường quản lý chi ngân sách")
    assert labels(task) == ["các sở - ngành, thị xã - huyện"]


def test_a_body_directing_after_the_source_it_opens_with_opens_its_directives() -> None:
    tasks = article_tasks(
        "Quảng Ninh siết chặt chi ngân sách\n\n"
        "Theo kế hoạch tài chính năm 2015 vừa được ban hành, UBND tỉnh Quảng Ninh chỉ đạo các sở phải tăng "
        "cường quản lý chi ngân sách thật tiết kiệm.\n"
        "Kiên quyết cắt giảm các khoản chi chưa thật sự cần thiết; cắt giảm tối đa các khoản chi lễ hội.\n"
    )
    found = [t.description for t in tasks]
    assert "Kiên quyết cắt giảm các khoản chi chưa thật sự cần thiết" in found
    assert "cắt giảm tối đa các khoản chi lễ hội" in found


def test_a_department_directing_its_school_after_a_setting_opens_its_directives() -> None:
    tasks = article_tasks(
        "Sở Giáo dục kiểm tra vụ việc ở trường THPT Lê Lợi\n\n"
        "Ông Nguyễn Văn Bình, Giám đốc Sở Giáo dục và Đào tạo tỉnh Thanh Hóa cho biết, sở đã cử đoàn công tác "
        "về trường.\n"
        "Tại buổi làm việc, Sở Giáo dục và Đào tạo đã chỉ đạo nhà trường báo cáo sự việc với UBND huyện Thọ "
        "Xuân để xác minh tin đồn.\n"
        "Phối hợp chặt chẽ với gia đình học sinh để kịp thời ổn định tâm lý cho các em.\n"
        "Tiếp tục tổ chức tốt công tác giáo dục đạo đức cho học sinh.\n"
    )
    assert labels(find(tasks, "báo cáo sự việc")) == ["nhà trường"]
    found = [t.description for t in tasks]
    assert "Phối hợp chặt chẽ với gia đình học sinh để kịp thời ổn định tâm lý cho các em" in found
    assert "Tiếp tục tổ chức tốt công tác giáo dục đạo đức cho học sinh" in found


def test_parents_asking_a_school_and_a_department_named_mid_sentence_direct_nothing() -> None:
    assert article_tasks(
        "Phụ huynh bức xúc\n\n"
        "Ông Nguyễn Văn Bình, Giám đốc Sở Tài nguyên và Môi trường cho biết đã nhận phản ánh.\n"
        "Giả sử xin bổ nhiệm trụ trì cho các cơ sở mới, chạy lên Sở Tài nguyên và môi trường thì họ yêu cầu "
        "phải có giấy quyết định bổ nhiệm mới được cấp giấy chứng nhận.\n"
        "Trước đó, một số phụ huynh học sinh đã đến yêu cầu nhà trường và thực hiện việc lấy mẫu nước đưa đi "
        "kiểm nghiệm.\n"
    ) == []


def test_the_body_a_document_is_sent_to_is_told_by_an_assignment_naming_no_one() -> None:
    tasks = article_tasks(
        "Quảng Ninh kiểm tra thông tin phản ánh\n\n"
        "Ngày 20-3, UBND tỉnh Quảng Ninh gửi công văn tới UBND thị xã Đông Triều, giao chủ trì, phối hợp với "
        "Sở Nội vụ, Công an tỉnh và các đơn vị liên quan kiểm tra, xác minh làm rõ những nội dung phản ánh.\n"
    )
    task = find(tasks, "xác minh làm rõ")
    assert task.description.startswith("chủ trì, phối hợp với Sở Nội vụ")
    assert labels(task) == ["Ủy ban nhân dân @ Đông Triều"]


def test_an_inspectorate_named_with_a_bare_ministry_is_the_ministrys() -> None:
    tasks = tasks_of(
        "Bộ trưởng Nguyễn Ngọc Thiện cũng giao Thanh tra Bộ chủ trì, phối hợp với Cục Di sản văn hóa thành lập "
        "đoàn công tác kiểm tra."
    )
    assert labels(find(tasks, "thành lập đoàn công tác")) == ["Thanh tra Bộ @ None"]
