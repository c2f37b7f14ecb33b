"""A byline naming who compiled the article ends it and gives no task (issue 26: junk tasks on bench)."""

from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.extract.tasks.extractor import TaskExtractor
from kg.ingest import parse_text
from kg.model import TaskInfo

DIRECTIVE = (
    "Chủ tịch UBND quận 1 Nguyễn Văn A yêu cầu các phường xử lý nghiêm xe đậu trên vỉa hè. "
    "Xe của lực lượng chức năng vẫn đậu trên vỉa hè. "
)


def tasks(text: str) -> list[TaskInfo]:
    doc = parse_text(text, source="article.txt")
    return [f.object for f in TaskExtractor()(doc, annotate(doc)) if isinstance(f.object, TaskInfo)]


@pytest.mark.parametrize("byline", ["Tổng hợp Hoàng Hà", "(tổng hợp) Nhân Văn", "Tổng hợp theo Trí Thức Trẻ"])
def test_a_compilers_byline_ending_the_article_is_no_task(byline: str) -> None:
    got = tasks(f"Xử lý xe vi phạm trên vỉa hè\n{DIRECTIVE}{byline}\n")
    assert [t.description for t in got] == ["xử lý nghiêm xe đậu trên vỉa hè"], got


def test_compiling_a_report_is_still_an_action() -> None:
    got = tasks("""Xử lý xe vi phạm trên vỉa hè
Chủ tịch UBND quận 1 Nguyễn Văn A yêu cầu các phường: xử lý nghiêm xe đậu trên vỉa hè; tổng hợp Báo cáo gửi UBND quận.
""")
    assert any(t.description.startswith("tổng hợp Báo cáo") for t in got), got
