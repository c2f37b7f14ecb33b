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


def test_a_body_opening_the_sentence_gives_the_directive_after_its_name_or_its_letter() -> None:
    tasks = tasks_of(
        "UBND tỉnh Quảng Ninh vừa có văn bản đề nghị Chủ tịch UBND phường Mạo Khê trực tiếp kiểm tra, "
        "dừng ngay việc tháo dỡ trái phép."
    )
    assert labels(find(tasks, "trực tiếp kiểm tra, dừng ngay")) == ["Ủy ban nhân dân @ Mạo Khê"]
    assert len(tasks_of("UBND tỉnh yêu cầu Chủ tịch UBND phường Mạo Khê báo cáo kết quả.")) == 1
    assert tasks_of("Thị xã hoàn thành kế hoạch UBND tỉnh giao cho phường Mạo Khê.") == []
    assert tasks_of("Người dân vừa có văn bản đề nghị UBND phường Mạo Khê kiểm tra.") == []
