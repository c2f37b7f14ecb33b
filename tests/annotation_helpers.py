"""Small helpers shared by the people and title tests: annotate a two-line article, read it back."""

from __future__ import annotations

from kg.annotate import annotate
from kg.ingest import parse_text
from kg.model import Annotations

BAC_KAN = "UBND thành phố Bắc Kạn họp phiên thường kỳ tháng 9"


def annotate_article(headline: str, body: str) -> Annotations:
    return annotate(parse_text(f"{headline}\n{body}\n", "test.txt"))


def names_of(ann: Annotations) -> set[str]:
    return {p.name for p in ann.people}


def titles_of(ann: Annotations, name: str) -> set[tuple[str, str | None]]:
    """(role, organization label) of every title written next to ``name``."""
    return {(t.role, t.org.label if t.org else None) for p in ann.people if p.name == name for t in p.titles}
