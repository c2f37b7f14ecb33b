"""National bodies the press names beside the UBND (issue 25): the Party's Secretariat, whose members
are each "Bí thư Trung ương Đảng". Hand-built sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli import main
from tests.annotation_helpers import annotate_article, titles_of

HEADLINE = "Quảng Nam tổng kết công tác năm"
SECRETARIAT = "Ban Bí thư Trung ương Đảng"


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        # a member of the Secretariat is one of its secretaries, written as the press writes him
        ("Đồng chí Hà Văn Lộc, Bí thư Trung ương Đảng, Trưởng ban Dân vận Trung ương dự hội nghị.",
         "Hà Văn Lộc", {("Bí thư", SECRETARIAT), ("Trưởng ban", "Ban Dân vận Trung ương")}),
        ("Bí thư T.Ư Đảng Đinh Quang Vũ phát biểu chỉ đạo.", "Đinh Quang Vũ", {("Bí thư", SECRETARIAT)}),
    ],
)
def test_national_bodies_in_press_titles(sentence: str, name: str, expected: set[tuple[str, str]]) -> None:
    assert titles_of(annotate_article(HEADLINE, sentence), name) == expected


def test_two_secretaries_of_the_secretariat_are_no_tenure_conflict(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Đại hội Đảng bộ tỉnh Quảng Nam\n01/10/2025 10:00\nĐồng chí Hà Văn Lộc, Bí thư Trung ương "
                       "Đảng, dự đại hội. Đồng chí Đinh Quang Vũ, Bí thư Trung ương Đảng, phát biểu.\n",
                       encoding="utf-8")
    assert main(["build", str(article), "--out", str(tmp_path / "out"), "--no-html"]) == 0
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["tenure_conflicts"] == 0
    assert "Bí thư Ban Bí thư Trung ương Đảng" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
