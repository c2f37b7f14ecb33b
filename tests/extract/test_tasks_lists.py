"""Announced lists and subjects before a modal (issue 26), on hand-built text."""

from __future__ import annotations

from tests.extract.test_tasks import find, labels, tasks_of


def test_lines_after_a_modal_lead_in_are_its_items_with_its_assignee_and_speaker() -> None:
    tasks = tasks_of(
        "Kết luận phiên họp, Chủ tịch UBND thị xã Nguyễn Văn Ngoãn cho rằng các phòng, ban cần tập "
        "trung 3 nhiệm vụ sau:\n"
        "Một là, đẩy nhanh tiến độ giải ngân vốn đầu tư công.\n"
        "- Rà soát các dự án chậm tiến độ trên địa bàn.\n"
        "3. Hoàn thành việc cấp giấy chứng nhận quyền sử dụng đất trước ngày 30/6."
    )
    assert not any("nhiệm vụ sau" in t.description for t in tasks)  # the lead-in only announces
    for key in ("đẩy nhanh tiến độ giải ngân", "Rà soát các dự án chậm", "Hoàn thành việc cấp giấy"):
        task = find(tasks, key)
        assert labels(task) == ["các phòng, ban"]
        assert task.assigner == "Nguyễn Văn Ngoãn"


def test_bulleted_items_after_a_directive_verb_and_colon_carry_its_assignee() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu các phòng, ban chuyên môn:\n"
        "- Rà soát các hồ sơ đất đai tồn đọng.\n"
        "- Tăng cường kiểm tra trật tự xây dựng.\n"
        "Đồng chí Nguyễn Văn Ngoãn đề nghị các xã cần tập trung thực hiện tốt các nội dung sau:\n"
        "1. Hoàn thành thu thuế trước ngày 30/6.\n"
        "2. Đẩy mạnh tuyên truyền phòng chống dịch bệnh."
    )
    assert labels(find(tasks, "Rà soát các hồ sơ")) == ["các phòng, ban chuyên môn"]
    assert labels(find(tasks, "Tăng cường kiểm tra trật tự")) == ["các phòng, ban chuyên môn"]
    assert labels(find(tasks, "Hoàn thành thu thuế")) == ["các xã"]
    assert labels(find(tasks, "Đẩy mạnh tuyên truyền")) == ["các xã"]
    assert not any("nội dung sau" in t.description for t in tasks)


def test_a_line_that_directs_nothing_ends_the_list() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu các phòng, ban chuyên môn:\n"
        "- Rà soát các hồ sơ đất đai tồn đọng.\n"
        "Năm 2020, thu ngân sách thị xã đạt 1.200 tỷ đồng, vượt 8% dự toán."
    )
    assert [t.description for t in tasks] == ["Rà soát các hồ sơ đất đai tồn đọng"]


def test_the_subject_right_before_a_modal_is_the_assignee() -> None:
    tasks = tasks_of(
        SPEAKER_PLAIN
        + " Theo đồng chí, các xã, phường cần chủ động rà soát hộ nghèo. Về lâu dài, UBND phường Mạo Khê "
        "phải xử lý dứt điểm các công trình vi phạm."
    )
    assert labels(find(tasks, "chủ động rà soát hộ nghèo")) == ["các xã, phường"]
    assert labels(find(tasks, "xử lý dứt điểm các công trình")) == ["Ủy ban nhân dân @ Mạo Khê"]


def test_a_phrase_after_a_preposition_is_no_subject_of_the_modal() -> None:
    tasks = tasks_of(SPEAKER_PLAIN + " Thị xã hỗ trợ cho các hộ nghèo phải di dời khỏi vùng sạt lở.")
    assert all("các hộ nghèo" not in labels(t) for t in tasks)


SPEAKER_PLAIN = (
    "Kết luận hội nghị, đồng chí Nguyễn Văn Ngoãn – Chủ tịch UBND thị xã yêu cầu các phòng, ban "
    "tập trung rà soát nguồn thu."
)


def test_members_listed_after_gom_colon_are_one_task_not_items() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn đề nghị các phòng, ban quan tâm đến 3 nhóm vấn đề gồm: tiền lương của "
        "người lao động; nhà ở cho công nhân; chỗ vui chơi cho con em công nhân."
    )
    assert len(tasks) == 1
    assert tasks[0].description.startswith("quan tâm đến 3 nhóm vấn đề")
    assert tasks[0].description.endswith("chỗ vui chơi cho con em công nhân")


def test_lines_labelled_with_their_body_after_a_lead_in_are_that_bodys_items() -> None:
    tasks = tasks_of(
        "Kết luận hội nghị, đồng chí Nguyễn Văn Ngoãn giao nhiệm vụ cụ thể như sau:\n"
        "- Phòng Tài chính – Kế hoạch: rà soát các nguồn thu ngân sách.\n"
        "- UBND phường Mạo Khê: hoàn thành giải phóng mặt bằng khu dân cư số 3.\n"
        "- Các xã, phường: tăng cường kiểm tra trật tự xây dựng."
    )
    assert labels(find(tasks, "rà soát các nguồn thu")) == ["Phòng Tài chính – Kế hoạch @ Đông Triều"]
    assert labels(find(tasks, "giải phóng mặt bằng")) == ["Ủy ban nhân dân @ Mạo Khê"]
    assert labels(find(tasks, "kiểm tra trật tự xây dựng")) == ["các xã, phường"]
    assert find(tasks, "giải phóng mặt bằng").assigner == "Nguyễn Văn Ngoãn"


def test_numbered_noun_phrases_after_a_lead_in_naming_its_tasks_are_items() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu các phòng, ban thực hiện tốt một số nhiệm vụ trọng tâm sau:\n"
        "Một là, công tác thu ngân sách cuối năm.\n"
        "Hai là, việc cấp giấy chứng nhận quyền sử dụng đất cho người dân.\n"
        "Năm 2020, thu ngân sách thị xã đạt 1.200 tỷ đồng."
    )
    assert labels(find(tasks, "công tác thu ngân sách cuối năm")) == ["các phòng, ban"]
    assert labels(find(tasks, "việc cấp giấy chứng nhận")) == ["các phòng, ban"]
    assert not any("nhiệm vụ trọng tâm sau" in t.description or "1.200" in t.description for t in tasks)
