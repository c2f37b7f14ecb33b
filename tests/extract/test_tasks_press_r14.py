"""Directives of blind round 14 (press, issue 26) on hand-built text: an official titled after his name and a
comma, a call right after a request verb, an area's readiness, and the rescue teams a storm directive readies."""

from __future__ import annotations

from tests.extract.test_tasks import descriptions, find, labels, tasks_of

# A storm directive by an official named with his title after a dash and a comma; "tỉnh," ends the title.
STORM = (
    "Ông Lê Văn Sử - phó chủ tịch UBND tỉnh, chỉ đạo kêu gọi tàu thuyền vào nơi an toàn, tránh trú; "
    "không cho tàu ra biển sau 18h."
)


def test_an_official_titled_after_his_name_and_a_comma_gives_the_directive() -> None:
    assert descriptions("Ông Lê Văn Sử, phó chủ tịch UBND tỉnh, yêu cầu rà soát tàu thuyền trên biển.") == [
        "rà soát tàu thuyền trên biển"
    ]
    # no official before the comma: "tỉnh" is still a noun the verb qualifies
    assert descriptions("Chỉ tiêu tỉnh, giao cho huyện đã hoàn thành.") == []


def test_a_call_right_after_a_request_verb_is_its_action() -> None:
    found = descriptions(STORM)
    assert "kêu gọi tàu thuyền vào nơi an toàn, tránh trú" in found
    assert "không cho tàu ra biển sau 18h" in found
    assert descriptions("Kêu gọi mua hoa tết sớm\n\nNgười dân mua hoa đông.") == []  # a heading calls, directs no one


def test_an_area_ready_to_act_after_a_directive_is_told() -> None:
    tasks = tasks_of(STORM + " Các địa phương sẵn sàng di dời dân khi cần thiết.")
    assert labels(find(tasks, "sẵn sàng di dời dân")) == ["các địa phương"]


def test_the_rescue_teams_before_the_modal_are_the_assignee() -> None:
    tasks = tasks_of(STORM + " Các đội tàu cứu hộ phải chủ động, sẵn sàng khi có tình huống xấu.")
    assert labels(find(tasks, "chủ động, sẵn sàng")) == ["các đội tàu cứu hộ"]


def test_investors_are_a_group_and_a_clause_after_them_is_no_part_of_their_name() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn lưu ý các nhà đầu tư khi tiến hành giải phóng mặt bằng phải làm hợp tình hợp lý."
    )
    assert labels(find(tasks, "khi tiến hành giải phóng mặt bằng")) == ["các nhà đầu tư"]
    told = tasks_of("Đồng chí Nguyễn Văn Ngoãn yêu cầu các nhà đầu tư khẩn trương giải phóng mặt bằng.")
    assert [t.description for t in told] == ["khẩn trương giải phóng mặt bằng"]
    assert labels(told[0]) == ["các nhà đầu tư"]
