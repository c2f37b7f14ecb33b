"""A sentence naming what the work focuses on lists things, no action (issue 26: junk tasks on bench)."""

from __future__ import annotations

from kg.annotate import annotate
from kg.extract.tasks.extractor import TaskExtractor
from kg.ingest import parse_text
from kg.model import TaskInfo


def tasks(text: str) -> list[TaskInfo]:
    doc = parse_text(text, source="article.txt")
    return [f.object for f in TaskExtractor()(doc, annotate(doc)) if isinstance(f.object, TaskInfo)]


def test_a_focus_that_names_a_list_of_things_is_no_task() -> None:
    """``Trọng tâm là các loại hàng hóa …``: what the work focuses on, no action (task_cues not_modal)."""
    got = tasks("""Kiểm soát hàng hóa qua cảng biển
Chủ tịch UBND tỉnh Bình Định Nguyễn Văn A yêu cầu lực lượng hải quan tăng cường kiểm tra hàng hóa xuất nhập khẩu. \
Trọng tâm là các loại hàng hóa ma túy, động vật hoang dã, vũ khí, hàng cấm nhập khẩu.
""")
    assert got and not [t for t in got if "ma túy" in t.description], got
