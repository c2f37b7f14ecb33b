"""Assignees stated once for a conclusion section (issue 26), on hand-built text."""

from __future__ import annotations

from tests.extract.test_tasks import find, labels, tasks_of


def test_a_locality_addressed_after_an_adverbial_is_the_assignee_and_frames_the_section() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu trong nhiệm kỳ tới, phường Mạo Khê tập trung xây dựng hệ thống "
        "chính trị vững mạnh.\n"
        "Tổ chức quán triệt nghị quyết đại hội đến từng chi bộ; tiếp tục phát huy tinh thần đoàn kết."
    )
    for key in ("tập trung xây dựng hệ thống", "Tổ chức quán triệt nghị quyết", "tiếp tục phát huy tinh thần"):
        assert labels(find(tasks, key)) == ["phường Mạo Khê"]


def test_a_department_told_one_thing_does_not_take_the_next_imperative() -> None:
    tasks = tasks_of(
        "Kết luận hội nghị, đồng chí Nguyễn Văn Ngoãn yêu cầu Phòng Tài chính – Kế hoạch rà soát nguồn thu.\n"
        "Tăng cường kiểm tra trật tự xây dựng trên địa bàn."
    )
    assert labels(find(tasks, "Tăng cường kiểm tra trật tự")) == []
