"""Directives the rounds 1-15 still missed (issue 26), on hand-built text: an official titled after his
name whose title ends in a unit word (tỉnh, huyện) right before the verb, and the speech of an
official whose bodies are told before a modal."""

from __future__ import annotations

from tests.extract.test_tasks import descriptions, find, labels, tasks_of


def test_a_title_after_the_name_ending_in_a_unit_word_directs() -> None:
    # "tỉnh" before "yêu cầu" ends the official's title, it is no noun the verb qualifies ("chỉ tiêu tỉnh giao")
    tasks = tasks_of("Ông Lê Minh Hải, Chủ tịch UBND tỉnh yêu cầu các huyện khẩn trương rà soát nguồn thu.")
    assert labels(find(tasks, "khẩn trương rà soát nguồn thu")) == ["các huyện"]
    tasks = tasks_of("Bà Trần Thị Hoa, Bí thư Huyện ủy đề nghị các xã tập trung thu gom rác thải.")
    assert labels(find(tasks, "tập trung thu gom rác thải")) == ["các xã"]


def test_a_conclusion_marker_before_a_titled_official_is_no_directive_verb() -> None:
    tasks = tasks_of(
        "Kết luận hội nghị, ông Lê Minh Hải, Chủ tịch UBND tỉnh nhấn mạnh các huyện cần đẩy nhanh giải ngân vốn."
    )
    task = find(tasks, "đẩy nhanh giải ngân vốn")
    assert "Kết luận" not in task.description and "hội nghị" not in task.description
    assert labels(task) == ["các huyện"]


def test_efforts_an_official_stresses_are_no_group_told_to_act() -> None:
    # "những nỗ lực": a plural word makes the action word a noun; "những" is no assignee
    assert descriptions("Ông Lê Minh Hải, Chủ tịch UBND tỉnh nhấn mạnh những nỗ lực của các huyện trong năm qua.") == []
    assert descriptions("Chủ tịch UBND tỉnh Lê Minh Hải nhấn mạnh những nỗ lực của ngành y tế trong mùa dịch.") == []
