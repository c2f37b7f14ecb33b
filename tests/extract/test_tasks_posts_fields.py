"""Assignees named by a post or by a list of fields (issue 26), on hand-built text."""

from __future__ import annotations

from tests.extract.test_tasks import find, labels, tasks_of


def test_a_post_named_as_assignee_directs_its_body() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn giao Chủ tịch UBND phường Mạo Khê báo cáo kết quả xử lý trước ngày 15/10. "
        "Đồng chí yêu cầu Giám đốc Trung tâm Y tế thị xã Trần Văn Bình (mới nhận nhiệm vụ) rà soát "
        "danh sách tiêm chủng."
    )
    report = find(tasks, "báo cáo kết quả xử lý")
    assert labels(report) == ["Ủy ban nhân dân @ Mạo Khê"]
    assert report.description.startswith("báo cáo")
    assert len(find(tasks, "rà soát danh sách tiêm chủng").assignees) == 1
    assert "Trung tâm Y tế" in labels(find(tasks, "rà soát danh sách tiêm chủng"))[0]


def test_a_post_not_followed_by_an_action_directs_nothing() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn đã nhắc nhở, phê bình lãnh đạo Phòng Tài chính – Kế hoạch và Ban "
        "quản lý dự án thị xã."
    )
    assert tasks == []


def test_a_plural_head_before_a_list_of_fields_is_one_body_per_field() -> None:
    tasks = tasks_of(
        "Kết luận hội nghị, đồng chí Nguyễn Văn Ngoãn yêu cầu các phòng Tài chính – Kế hoạch, Tài nguyên "
        "và Môi trường phối hợp kiểm tra các dự án chậm tiến độ."
    )
    task = find(tasks, "kiểm tra các dự án chậm tiến độ")
    assert labels(task) == [
        "Phòng Tài chính – Kế hoạch @ Đông Triều",
        "Phòng Tài nguyên và Môi trường @ Đông Triều",
    ]
