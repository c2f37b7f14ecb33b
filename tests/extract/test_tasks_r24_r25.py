"""Task classes from blind rounds 24 (press) and 25 (post-2025), on hand-built text."""

from __future__ import annotations

from tests.extract.test_tasks import find, labels, tasks_of


def test_a_stop_order_is_an_action() -> None:
    # "dừng ngay …", "nhanh chóng …", "cân nhắc, …": verbs of orders the action list lacked (task_actions)
    tasks = tasks_of(
        "Chủ tịch UBND thị xã yêu cầu dừng ngay việc san lấp mặt bằng khu dân cư. Ông cũng yêu cầu "
        "nhanh chóng hoàn trả mặt bằng cho các hộ dân."
    )
    find(tasks, "dừng ngay việc san lấp")
    find(tasks, "hoàn trả mặt bằng")


def test_a_weighing_order_keeps_the_body_told_apart() -> None:
    # "yêu cầu Sở X cân nhắc, lựa chọn …": the body is Sở X, not "Sở X cân nhắc"
    tasks = tasks_of(
        "Chủ tịch UBND thị xã yêu cầu Phòng Văn hóa cân nhắc, lựa chọn các di tích để lập hồ sơ xếp hạng."
    )
    task = find(tasks, "lựa chọn các di tích")
    assert task.description.startswith("cân nhắc")
    assert [a.split(" @ ")[0] for a in labels(task)] == ["Phòng Văn hóa"]


def test_a_share_of_a_group_after_a_time_phrase_is_told() -> None:
    # "đề nghị năm tới, 100% sở ngành …": the time phrase, its comma, then a share of a group
    tasks = tasks_of(
        "Chủ tịch UBND thị xã đề nghị năm tới, 100% các phòng ban công khai tiến độ giải quyết hồ sơ."
    )
    task = find(tasks, "công khai tiến độ giải quyết hồ sơ")
    assert labels(task) == ["100% các phòng ban"]
