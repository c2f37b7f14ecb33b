"""Task classes from blind rounds 18 (press) and 19 (post-2025), on hand-built text."""

from __future__ import annotations

from tests.extract.test_tasks import descriptions, find, labels, tasks_of


def test_a_standing_committee_of_a_mass_body_is_one_assignee() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn giao Ban Thường vụ Thành đoàn làm việc với đơn vị tư vấn hoàn thiện "
        "phương án thiết kế nhà văn hóa thanh niên."
    )
    task = find(tasks, "hoàn thiện phương án")
    assert task.description.startswith("làm việc với đơn vị tư vấn")
    assert [a.split(" @ ")[0] for a in labels(task)] == ["Ban Thường vụ Thành đoàn"]


def test_a_group_named_by_its_office_keeps_the_office() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn đề nghị các cơ quan tố tụng khẩn trương điều tra, làm rõ vụ "
        "chiếm đoạt đất công ở phường Mạo Khê."
    )
    task = find(tasks, "điều tra")
    assert task.description.startswith("khẩn trương điều tra")
    assert labels(task) == ["các cơ quan tố tụng"]


def test_compiling_dispersing_and_signing_are_directed_actions() -> None:
    assert descriptions(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu Phòng Nội vụ tổng hợp, phân loại các ý kiến của cử tri."
    ) == ["tổng hợp, phân loại các ý kiến của cử tri"]
    assert descriptions(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu giải tỏa các lều quán lấn chiếm vỉa hè trước chợ Đông Triều."
    ) == ["giải tỏa các lều quán lấn chiếm vỉa hè trước chợ Đông Triều"]
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu các chủ cơ sở ký cam kết không xả thải ra sông Đá Bạc."
    )
    assert find(tasks, "ký cam kết").description.endswith("ký cam kết không xả thải ra sông Đá Bạc")


def test_what_the_giver_body_will_do_itself_is_no_task() -> None:
    tasks = tasks_of(
        "Về các kiến nghị của cử tri, đồng chí Nguyễn Văn Ngoãn chỉ đạo các phòng, ban giải quyết "
        "theo thẩm quyền.\n\n"
        "Đối với các nhóm vấn đề khác, UBND thị xã sẽ rà soát, phân loại và chuyển đến các sở, ngành "
        "của tỉnh để xử lý.\n\n"
        "UBND thị xã sẽ giám sát quá trình giải quyết và thông tin kết quả cho cử tri."
    )
    assert [t.description for t in tasks] == ["giải quyết theo thẩm quyền"]
