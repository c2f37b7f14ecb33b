"""Task classes from blind rounds 19 and 21 (post-2025 articles), on hand-built text."""

from __future__ import annotations

from tests.extract.test_tasks import find, labels, tasks_of


def test_the_time_left_is_no_result_before_a_directive() -> None:
    # "còn" reports what remains undone ("còn nhiều hạn chế"); "thời gian còn lại" is only the time left
    tasks = tasks_of(
        "Phó Thủ tướng Nguyễn Văn An yêu cầu trong những tháng còn lại của năm 2026, Bình Phước phải "
        "đẩy nhanh tiến độ xây dựng các tuyến đường liên xã."
    )
    task = find(tasks, "đẩy nhanh tiến độ")
    assert labels(task) == ["Bình Phước"]
