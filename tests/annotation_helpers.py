"""Small helpers shared by the people, title and meeting tests: annotate an article, read it back."""

from __future__ import annotations

from kg.annotate import annotate
from kg.extract.meetings import MeetingExtractor
from kg.ingest import parse_text
from kg.model import Annotations, MeetingInfo

BAC_KAN = "UBND thành phố Bắc Kạn họp phiên thường kỳ tháng 9"


def annotate_article(headline: str, body: str) -> Annotations:
    return annotate(parse_text(f"{headline}\n{body}\n", "test.txt"))


def names_of(ann: Annotations) -> set[str]:
    return {p.name for p in ann.people}


def titles_of(ann: Annotations, name: str) -> set[tuple[str, str | None]]:
    """(role, organization label) of every title written next to ``name``."""
    return {(t.role, t.org.label if t.org else None) for p in ann.people if p.name == name for t in p.titles}


def meeting_infos(text: str) -> list[MeetingInfo]:
    """The meetings the meetings extractor reads in an article given as text (headline, then body)."""
    doc = parse_text(text, source="article.txt")
    out = [f.object for f in MeetingExtractor()(doc, annotate(doc))]
    assert all(isinstance(m, MeetingInfo) for m in out)
    return out  # type: ignore[return-value]
