"""Tasks only where an authority directs (issue 26): advice, fiction and reviews with modals yield none."""

from __future__ import annotations

from kg.annotate import annotate
from kg.extract.tasks.extractor import TaskExtractor
from kg.ingest import parse_text
from kg.model import TaskInfo


def descriptions(text: str) -> list[str]:
    doc = parse_text(text, source="article.txt")
    out = [f.object for f in TaskExtractor()(doc, annotate(doc))]
    assert all(isinstance(t, TaskInfo) for t in out)
    return [t.description for t in out]  # type: ignore[union-attr]


def test_advice_to_readers_with_modals_yields_no_task() -> None:
    assert descriptions("""Bí quyết giữ da mịn màng mùa hanh khô
Chuyên gia da liễu khuyên chị em cần uống đủ nước mỗi ngày.
Bạn cần tẩy da chết hai lần mỗi tuần và phải tránh ánh nắng gay gắt. Nên dùng kem dưỡng ẩm trước khi ngủ.
""") == []


def test_fiction_with_imperatives_yields_no_task() -> None:
    assert descriptions("""Chuyện làng Qibya
Đêm xuống, viên chỉ huy yêu cầu cả đội phải tập kết tại sườn núi phía Bắc.
Hắn nói rằng ai cũng cần giữ im lặng tuyệt đối cho đến khi trời sáng.
""") == []


def test_an_officials_directive_without_a_stated_giver_is_kept() -> None:
    got = descriptions("""Hà Nội chấn chỉnh kỷ cương
Chủ tịch UBND thành phố Hà Nội Nguyễn Đức Chung đã ký văn bản gửi các sở, ngành.
Yêu cầu hoàn chỉnh đồ án quy hoạch chung trước ngày 30/6.
""")
    assert any("hoàn chỉnh đồ án quy hoạch chung" in d for d in got)


def test_real_non_government_articles_yield_no_task() -> None:
    """A celebrity story and a war story of the bench corpus (tests/fixtures/nongov) gave 5 and 24 tasks."""
    from pathlib import Path

    for path in sorted((Path(__file__).parents[1] / "fixtures" / "nongov").glob("*.txt")):
        assert descriptions(path.read_text(encoding="utf-8")) == [], path.name
