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
