"""Directives the rounds 1-15 still missed (issue 26), on hand-built text: verbs a directive opens with
(kiểm điểm, bàn giao, có ý kiến …) that the action list lacked."""

from __future__ import annotations

from tests.extract.test_tasks import descriptions, find, labels, tasks_of

CONCLUSION = (
    "Kết luận hội nghị, đồng chí Nguyễn Văn Ngoãn – Chủ tịch UBND thị xã yêu cầu các phòng, ban rà soát nguồn thu."
)


def test_reviewing_staff_and_handing_over_open_a_directive() -> None:
    found = descriptions(
        CONCLUSION + " Kiểm điểm, xử lý nghiêm cán bộ để chậm tiến độ giải ngân. "
        "Bàn giao mặt bằng cho nhà đầu tư trước ngày 30/6."
    )
    assert "Kiểm điểm, xử lý nghiêm cán bộ để chậm tiến độ giải ngân" in found
    assert "Bàn giao mặt bằng cho nhà đầu tư trước ngày 30/6" in found


def test_a_request_that_a_body_states_its_opinion_is_a_directive() -> None:
    tasks = tasks_of(
        "Đồng chí Chủ tịch UBND thị xã đề nghị Phòng Tài chính – Kế hoạch có ý kiến với Sở Tài chính về "
        "việc điều chỉnh dự toán."
    )
    assert labels(find(tasks, "có ý kiến với Sở Tài chính")) == ["Phòng Tài chính – Kế hoạch @ Đông Triều"]


def test_an_assessment_an_official_narrates_is_no_directive() -> None:
    # "Đánh giá …" opens what the official assessed, not what he tells: it stays off the action list
    assert descriptions(CONCLUSION + " Đánh giá những nhóm chỉ tiêu đạt thấp trong năm qua.") == [
        "rà soát nguồn thu"
    ]


def test_a_body_told_in_the_passive_with_its_giver_named_is_the_assignee() -> None:
    tasks = tasks_of("Các phòng, ban và các xã được UBND thị xã chỉ đạo kiểm tra các bãi tập kết rác.")
    assert labels(find(tasks, "kiểm tra các bãi tập kết rác")) == ["các phòng, ban và các xã"]
    task = find(tasks_of("Phòng Tài chính – Kế hoạch được Chủ tịch UBND thị xã giao rà soát nguồn thu."), "rà soát")
    assert labels(task) == ["Phòng Tài chính – Kế hoạch @ Đông Triều"]
    # a matter handled as a body directed tells no one
    assert descriptions("Vụ việc đã được Ban Thường vụ Thị ủy chỉ đạo xử lý dứt điểm.") == []
