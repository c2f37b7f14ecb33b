"""The tasks extractor on short synthetic articles (rules only, no underthesea)."""

from __future__ import annotations

from kg.annotate import annotate
from kg.extract import run_extractors
from kg.ingest import parse_text
from kg.model import Organization, Pred, TaskInfo

HEADLINE = "UBND thị xã Đông Triều họp phiên thường kỳ tháng 9\n\n"
INTRO = (
    "Chiều ngày 30/9, UBND thị xã Đông Triều tổ chức phiên họp thường kỳ. Đồng chí Nguyễn Văn Ngoãn – "
    "Phó Bí thư Thị ủy, Chủ tịch UBND thị xã chủ trì.\n\n"
)


def tasks_of(body: str) -> list[TaskInfo]:
    doc = parse_text(HEADLINE + INTRO + body + "\n\nTrần Thuyết\n", "t.txt")
    # through the registry: the tasks extractor gets the article's meeting facts as ``prior``
    facts = [f for f in run_extractors(doc, annotate(doc)) if f.predicate is Pred.TASK]
    for f in facts:  # evidence is the clause, and it contains the description
        assert " ".join(doc.slice(f.evidence.span).split()).endswith(f.object.description)
    return [f.object for f in facts if isinstance(f.object, TaskInfo)]


# An official closing a meeting with a directive: the opening of hand-built conclusion paragraphs.
SPEAKER = (
    "Kết luận hội nghị, đồng chí Nguyễn Văn Ngoãn – Chủ tịch UBND thị xã yêu cầu các phòng, ban "
    "tập trung rà soát nguồn thu."
)


def descriptions(body: str) -> list[str]:
    """The descriptions of the tasks found in ``body``."""
    return [t.description for t in tasks_of(body)]


def labels(task: TaskInfo) -> list[str]:
    """Bodies as "<head> @ <place name>" (the unit type is the gazetteer's business), groups as stated."""
    return [
        f"{a.head} @ {a.place.name if a.place else None}" if isinstance(a, Organization) else a
        for a in task.assignees
    ]


def find(tasks: list[TaskInfo], phrase: str) -> TaskInfo:
    hits = [t for t in tasks if phrase in t.description]
    assert len(hits) == 1, (phrase, [t.description for t in tasks])
    return hits[0]


def test_giao_names_the_assignee_and_completes_its_locality() -> None:
    tasks = tasks_of(
        "Đồng chí Chủ tịch UBND thị xã giao Phòng Tài chính – Kế hoạch rà soát, tham mưu "
        "về lộ trình tự chủ ngân sách."
    )
    assert len(tasks) == 1
    assert tasks[0].description.startswith("rà soát, tham mưu")
    assert labels(tasks[0]) == ["Phòng Tài chính – Kế hoạch @ Đông Triều"]


def test_yeu_cau_and_de_nghi_with_abbreviated_bodies() -> None:
    tasks = tasks_of(
        "Chủ tịch UBND thị xã yêu cầu TTYT thị xã thành lập các trạm y tế lưu động. "
        "Đồng chí đề nghị thanh tra thị xã rà soát các đơn thư KNTC."
    )
    assert labels(find(tasks, "trạm y tế lưu động")) == ["Trung tâm Y tế @ Đông Triều"]
    assert labels(find(tasks, "đơn thư KNTC")) == ["Thanh tra @ Đông Triều"]


def test_several_assignees_share_the_place_of_their_list() -> None:
    tasks = tasks_of(
        "Chủ tịch UBND thị xã yêu cầu Ban CHQS và công an thị xã cùng với Trung tâm y tế "
        "phối hợp triển khai công tác khám tuyển."
    )
    assert labels(find(tasks, "khám tuyển")) == [
        "Ban Chỉ huy quân sự @ Đông Triều",
        "Công an @ Đông Triều",
        "Trung tâm Y tế @ Đông Triều",
    ]


def test_generic_groups_are_kept_as_stated() -> None:
    tasks = tasks_of(
        "Đồng chí Chủ tịch UBND thị xã đã giao cho các cơ quan, phòng ban chuyên môn của thị xã "
        "và các địa phương phối hợp rà soát nguồn thu."
    )
    assert labels(find(tasks, "nguồn thu")) == [
        "các cơ quan, phòng ban chuyên môn của thị xã và các địa phương"
    ]


def test_a_list_after_yeu_cau_colon_is_one_task_per_item_with_the_assignee_carried() -> None:
    tasks = tasks_of(
        "Kết luận hội nghị, đồng chí Chủ tịch UBND thị xã yêu cầu: Các phòng, ban, đơn vị tập trung "
        "cao công tác phòng chống dịch, chuẩn bị các phương án; tiếp tục rà soát kiến nghị của cử tri, "
        "đề nghị các nhà thầu đẩy nhanh tiến độ; Các xã, phường chủ động giải tỏa hành lang, vỉa hè."
    )
    assert len(tasks) == 3  # split on ";", never on commas, nor on the "đề nghị" inside an item
    assert labels(tasks[0]) == ["các phòng, ban, đơn vị"]
    assert labels(find(tasks, "kiến nghị của cử tri")) == ["các phòng, ban, đơn vị"]
    assert "đề nghị các nhà thầu" in tasks[1].description
    assert labels(find(tasks, "vỉa hè")) == ["các xã, phường"]


def test_imperative_sentences_in_a_conclusion_section_are_tasks() -> None:
    tasks = tasks_of(
        "Đồng chí Chủ tịch UBND thị xã chỉ rõ một số nhiệm vụ, như: Tập trung chuẩn bị Diễn tập khu vực "
        "phòng thủ; Tiếp tục làm tốt công tác thanh tra. Siết chặt quản lý dịch vụ karaoke.\n\n"
        "Trung tâm Y tế đảm bảo kỹ thuật lấy mẫu xét nghiệm; chủ trì phối hợp với các xã, phường "
        "kiểm tra các cơ sở hành nghề y dược."
    )
    assert len(tasks) == 5
    assert labels(find(tasks, "karaoke")) == []
    assert labels(find(tasks, "hành nghề y dược")) == ["Trung tâm Y tế @ Đông Triều"]


def test_the_assigner_is_resolved_from_a_title_used_alone() -> None:
    tasks = tasks_of(
        "Đồng chí Chủ tịch UBND thị xã nêu rõ: Các xã, phường cần chỉnh trang trụ sở, khuôn viên."
    )
    assert [t.assigner for t in tasks] == ["Nguyễn Văn Ngoãn"]
    assert tasks[0].meeting_key == "m1"  # the key of the meeting the article reports


def test_deadlines_and_topics() -> None:
    tasks = tasks_of(
        "Đồng chí Chủ tịch UBND thị xã yêu cầu các xã, phường hoàn thành giải phóng mặt bằng "
        "trong quý 3; Phòng Tài chính – Kế hoạch tổng hợp dự toán ngân sách trước ngày 15/5; "
        "hoàn thiện hồ sơ đến cuối năm."
    )
    assert [t.deadline for t in tasks] == ["trong quý 3", "trước ngày 15/5", "đến cuối năm"]
    assert [t.topic for t in tasks[:2]] == ["TopicLandClearance", "TopicBudget"]
    assert tasks[1].topic_label == "Ngân sách, tài chính"


def test_results_only_sentences_give_no_task() -> None:
    assert (
        tasks_of(
            "Năm 2021, thị xã đã hoàn thành xây dựng nông thôn mới; thu ngân sách đạt 158 tỷ đồng. "
            "Công tác thanh tra được tập trung chỉ đạo giải quyết. Tập trung lãnh đạo phát triển kinh tế."
        )
        == []
    )


def test_a_conclusion_ends_at_a_paragraph_that_reports() -> None:
    tasks = tasks_of(
        "Kết luận hội nghị, đồng chí Chủ tịch UBND thị xã yêu cầu: Tập trung rà soát các dự án.\n\n"
        "Trong tháng 9, thị xã đã triển khai nhiều nhiệm vụ. Tăng cường kiểm tra vệ sinh môi trường."
    )
    assert [t.description for t in tasks] == ["Tập trung rà soát các dự án"]


def test_a_noun_use_of_a_directive_verb_is_not_a_directive() -> None:
    assert (
        tasks_of("Dưới sự chỉ đạo của Thị ủy, thị xã họp giao ban thường kỳ theo yêu cầu của tỉnh.")
        == []
    )
