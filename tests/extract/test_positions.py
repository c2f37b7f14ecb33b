"""Positions: a title next to a name is a post, unless its body is outside public life."""

from __future__ import annotations

from kg.annotate import annotate
from kg.extract.positions import PositionExtractor
from kg.ingest import parse_text


def _posts(body: str) -> set[tuple[str, str, str]]:
    doc = parse_text(f"Thừa Thiên Huế: lăng vua Tự Đức\n{body}\n", source="t.txt")
    return {(f.subject, f.object.role, f.object.org.label)  # type: ignore[union-attr]
            for f in PositionExtractor()(doc, annotate(doc))}


def test_a_clan_council_is_no_public_post() -> None:
    posts = _posts("Ông Tôn Thất Bào - Chủ tịch Hội đồng trị sự Nguyễn Phước Tộc, và ông Nguyễn Văn Thành "
                   "- Chủ tịch UBND thành phố Huế đã đến hiện trường.")
    assert {name for name, _, _ in posts} == {"Nguyễn Văn Thành"}


def test_an_ethnic_affairs_committee_is_a_public_post() -> None:
    posts = _posts("Ông Nguyễn Văn An - Trưởng ban Ban Dân tộc tỉnh Thừa Thiên Huế phát biểu.")
    assert {name for name, _, _ in posts} == {"Nguyễn Văn An"}
