"""Task classes from blind rounds 18 (press) and 19 (post-2025), on hand-built text."""

from __future__ import annotations

from kg.annotate import annotate
from kg.extract import run_extractors
from kg.ingest import parse_text
from kg.model import Pred, TaskInfo
from tests.extract.test_tasks import descriptions, find, labels, tasks_of


def article_tasks(text: str) -> list[TaskInfo]:
    doc = parse_text(text, "t.txt")
    facts = run_extractors(doc, annotate(doc))
    return [f.object for f in facts if f.predicate is Pred.TASK and isinstance(f.object, TaskInfo)]


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


def test_a_bare_party_cell_is_not_the_home_units() -> None:
    tasks = article_tasks(
        "Bí thư Thị ủy Đông Triều dự sinh hoạt Chi bộ khu phố 5 Mạo Khê\n\n"
        "Phát biểu tại buổi sinh hoạt, Bí thư Thị ủy Nguyễn Văn Ngoãn ghi nhận kết quả của Chi bộ. "
        "Đồng chí đề nghị Chi bộ tiếp tục làm tốt công tác phát triển đảng viên; nâng cao chất lượng "
        "sinh hoạt.\n\nTrần Thuyết\n"
    )
    task = find(tasks, "phát triển đảng viên")
    assert labels(task) == ["Chi bộ @ None"]


def test_a_province_named_alone_after_the_verb_is_told() -> None:
    tasks = article_tasks(
        "Thủ tướng làm việc với lãnh đạo tỉnh Quảng Nam\n\n"
        "Phát biểu kết luận, Thủ tướng yêu cầu Quảng Nam không được chủ quan với kết quả đã đạt được mà "
        "cần phải tiếp tục cải cách thủ tục hành chính.\n\nTrần Thuyết\n"
    )
    task = find(tasks, "cải cách thủ tục hành chính")
    assert task.description.startswith("không được chủ quan")
    assert labels(task) == ["Quảng Nam"]


def test_a_prohibition_told_to_bodies_is_a_directive() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn chỉ đạo: các phòng, ban không được tổ chức liên hoan, "
        "tặng quà cấp trên dịp Tết."
    )
    assert labels(find(tasks, "tặng quà cấp trên")) == ["các phòng, ban"]


def test_an_attributed_directive_reaches_its_body_past_an_adverbial() -> None:
    tasks = tasks_of(
        "Theo đồng chí Nguyễn Văn Ngoãn, với phương châm “Dân biết - Dân bàn”, phường Mạo Khê cần "
        "nỗ lực xây dựng chính quyền gần dân."
    )
    assert labels(find(tasks, "xây dựng chính quyền gần dân")) == ["phường Mạo Khê"]
    need = "Theo đồng chí Nguyễn Văn Ngoãn, để đón 2 triệu lượt khách, thị xã Đông Triều cần có thêm 900 buồng phòng."
    assert descriptions(need) == []
