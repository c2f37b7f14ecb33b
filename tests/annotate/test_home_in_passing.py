"""A province named in passing, bare (``bánh tráng Đà Nẵng``, ``sâm Lai Châu``), is no article's home
when the communes it names with their type word all lie elsewhere: a bare ``Huyện ủy``, ``Tỉnh ủy``
is the communes' (issue 25). Hand-built articles."""

from __future__ import annotations

from kg.annotate import annotate
from kg.ingest import parse_text


def _titles(text: str, name: str) -> set[tuple[str, str | None]]:
    ann = annotate(parse_text(text, "a.txt"))
    return {(t.role, t.org.label if t.org else None) for p in ann.people if p.name == name for t in p.titles}


BODY = ("Sáng 12/3, xã Duy Phước và xã Duy Vinh ra quân làm đường giao thông nông thôn. Dự có ông Lê Văn Tám, "
        "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện. Người dân mời đoàn ăn bánh tráng Đà Nẵng.\n")


def test_a_bare_province_in_passing_yields_to_the_communes_named() -> None:
    titles = _titles("Hai xã ra quân làm đường\n12/03/2019 10:00\n" + BODY, "Lê Văn Tám")
    assert titles == {("Phó Bí thư", "Huyện ủy Duy Xuyên"), ("Chủ tịch", "Ủy ban nhân dân huyện Duy Xuyên")}


def test_a_province_in_the_headline_stays_the_home() -> None:
    titles = _titles("Đà Nẵng: hai xã ra quân làm đường\n12/03/2019 10:00\n" + BODY, "Lê Văn Tám")
    assert ("Phó Bí thư", "Huyện ủy Duy Xuyên") not in titles
