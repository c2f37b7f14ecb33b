"""National bodies the press names beside the UBND (issue 25): the Party's Secretariat, whose members
are each "Bí thư Trung ương Đảng", the State Bank and its governors, the labour confederation and the
Youth Union's central committee. Hand-built sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli import main
from tests.annotation_helpers import annotate_article, titles_of

HEADLINE = "Quảng Nam tổng kết công tác năm"
SECRETARIAT = "Ban Bí thư Trung ương Đảng"
STATE_BANK = "Ngân hàng Nhà nước Việt Nam"


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        # a member of the Secretariat is one of its secretaries, written as the press writes him
        ("Đồng chí Hà Văn Lộc, Bí thư Trung ương Đảng, Trưởng ban Dân vận Trung ương dự hội nghị.",
         "Hà Văn Lộc", {("Bí thư", SECRETARIAT), ("Trưởng ban", "Ban Dân vận Trung ương")}),
        ("Bí thư T.Ư Đảng Đinh Quang Vũ phát biểu chỉ đạo.", "Đinh Quang Vũ", {("Bí thư", SECRETARIAT)}),
        # the State Bank by its short press forms, its governor and deputy governors in any case
        ("Phát biểu tại hội nghị, Thống đốc NH Nhà nước Lã Văn Khải cho biết sẽ sửa thông tư.", "Lã Văn Khải",
         {("Thống đốc", STATE_BANK)}),
        ("Theo bà Tôn Thị Mến - phó thống đốc NH Nhà nước, lãi suất sẽ giảm.", "Tôn Thị Mến",
         {("Phó Thống đốc", STATE_BANK)}),
        ("Ông Khúc Văn Tài, Phó Thống đốc Ngân hàng Nhà nước, chủ trì buổi làm việc.", "Khúc Văn Tài",
         {("Phó Thống đốc", STATE_BANK)}),
        # a provincial branch of the State Bank is the province's, not the bank's governor's
        ("Ông Khúc Văn Tài, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Quảng Nam, báo cáo.", "Khúc Văn Tài",
         {("Giám đốc", "Ngân hàng Nhà nước chi nhánh tỉnh Quảng Nam")}),
        # the labour confederation and the Youth Union's centre are national, never the province's bodies
        ("Chủ tịch Tổng Liên đoàn Lao động Việt Nam Vi Văn Mạnh đã thăm công nhân.", "Vi Văn Mạnh",
         {("Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam")}),
        ("Ông Mạc Văn Đông, Bí thư Trung ương Đoàn, trao bằng khen.", "Mạc Văn Đông",
         {("Bí thư", "Trung ương Đoàn TNCS Hồ Chí Minh")}),
        # the press calls the Youth Union's officials "anh" / "chị": a name then titles with a body
        ("Anh Mạc Văn Đông - bí thư Trung ương Đoàn - trao bằng khen.", "Mạc Văn Đông",
         {("Bí thư", "Trung ương Đoàn TNCS Hồ Chí Minh")}),
        ("Chị Hà Thị Nhung, Phó Bí thư Tỉnh đoàn Quảng Nam, phát biểu.", "Hà Thị Nhung",
         {("Phó Bí thư", "Tỉnh đoàn Quảng Nam")}),
    ],
)
def test_national_bodies_in_press_titles(sentence: str, name: str, expected: set[tuple[str, str]]) -> None:
    assert titles_of(annotate_article(HEADLINE, sentence), name) == expected


def test_anh_before_a_name_with_no_post_after_it_is_no_official() -> None:
    ann = annotate_article(HEADLINE, "Anh Mạc Văn Đông, 30 tuổi, công nhân, cho biết anh rất vui.")
    assert titles_of(ann, "Mạc Văn Đông") == set()


def test_two_secretaries_of_the_secretariat_are_no_tenure_conflict(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Đại hội Đảng bộ tỉnh Quảng Nam\n01/10/2025 10:00\nĐồng chí Hà Văn Lộc, Bí thư Trung ương "
                       "Đảng, dự đại hội. Đồng chí Đinh Quang Vũ, Bí thư Trung ương Đảng, phát biểu.\n",
                       encoding="utf-8")
    assert main(["build", str(article), "--out", str(tmp_path / "out"), "--no-html"]) == 0
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["tenure_conflicts"] == 0
    assert "Bí thư Ban Bí thư Trung ương Đảng" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
