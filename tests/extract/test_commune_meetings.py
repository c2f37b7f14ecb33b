"""Meetings of a commune's bodies after the 2025 reform (issue 27), on hand-built articles: a sub-heading
that names the congress and its holder reports it; the term a council is in is no part of its name."""

from __future__ import annotations

import pytest

from tests.annotation_helpers import meeting_infos


def test_a_sub_heading_naming_a_congress_and_its_holder_reports_it() -> None:
    meetings = meeting_infos("""Mặt trận xã Ea Kar đề ra 8 mục tiêu cho nhiệm kỳ mới
Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã Ea Kar lần thứ I
Hơn 120 đại biểu đại diện cho nhân dân các dân tộc trong xã đã dự đại hội.
""")
    assert len(meetings) == 1
    org = meetings[0].organizer
    assert org is not None and org.head == "Ủy ban Mặt trận Tổ quốc Việt Nam"
    assert meetings[0].place is not None and meetings[0].place.code == "24373"


def test_a_sentence_ending_with_a_stop_is_no_sub_heading() -> None:
    assert meeting_infos("""Mặt trận xã Ea Kar đề ra 8 mục tiêu cho nhiệm kỳ mới
Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã Ea Kar lần thứ I đã đề ra 8 mục tiêu.
""") == []


@pytest.mark.parametrize("term", ["khóa XX", "khóa 20", "khoá XX"])
def test_the_term_of_a_council_is_no_part_of_the_organizers_name(term: str) -> None:
    # a name many communes share, no province named: the organizer is the subject clause, cut at the term
    meetings = meeting_infos(f"""KỲ HỌP THỨ 9 HĐND XÃ SƠN THỦY
Chiều 20/8/2025, Hội đồng nhân dân (HĐND) xã Sơn Thủy {term}, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp lần thứ 9. \
Đồng chí Lê Văn An - Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì kỳ họp.
""")
    assert meetings and meetings[0].organizer is not None
    label = meetings[0].organizer.label
    assert "khóa" not in label and "khoá" not in label and "nhiệm kỳ" not in label and "(" not in label, label
    assert label.startswith("Hội đồng nhân dân xã Sơn Thủy"), label
