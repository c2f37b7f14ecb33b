"""Assignees the press names before the modal, and national bodies named in full (issue 26), on hand-built text."""

from __future__ import annotations

from tests.extract.test_tasks import SPEAKER, find, labels, tasks_of


def test_a_level_named_alone_before_the_modal_is_the_assignee() -> None:
    tasks = tasks_of(SPEAKER + " Về công tác giảm nghèo, tỉnh cần quan tâm tạo việc làm cho người dân.")
    assert labels(find(tasks, "tạo việc làm cho người dân")) == ["tỉnh"]


def test_a_sector_and_its_field_before_the_modal_is_the_assignee() -> None:
    tasks = tasks_of(SPEAKER + " Sau sự việc, ngành y tế cần rút kinh nghiệm trong việc tiếp đón người bệnh.")
    assert labels(find(tasks, "rút kinh nghiệm")) == ["ngành y tế"]


def test_an_acronym_before_the_modal_is_the_assignee() -> None:
    tasks = tasks_of(SPEAKER + " Đồng chí cho rằng QLDA cần đề ra mục tiêu cụ thể cho từng dự án.")
    assert labels(find(tasks, "đề ra mục tiêu cụ thể")) == ["QLDA"]


def test_a_level_inside_a_noun_phrase_is_no_assignee() -> None:
    tasks = tasks_of(SPEAKER + " Người dân trong tỉnh cần chủ động phòng dịch.")
    assert labels(find(tasks, "chủ động phòng dịch")) == []


def test_a_local_head_followed_by_a_national_word_is_the_central_body() -> None:
    tasks = tasks_of(
        "Phó Thủ tướng Trương Hòa Bình yêu cầu Thanh tra Chính phủ và Thanh tra tỉnh phối hợp kiểm tra "
        "các dự án chậm tiến độ."
    )
    assert labels(find(tasks, "kiểm tra các dự án")) == ["Thanh tra Chính phủ @ None", "Thanh tra @ Quảng Ninh"]
    home = tasks_of("Đồng chí Nguyễn Văn Ngoãn yêu cầu Thanh tra chủ trì kiểm tra các dự án.")
    assert labels(find(home, "kiểm tra các dự án")) == ["Thanh tra @ Đông Triều"]
