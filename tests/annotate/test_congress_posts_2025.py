"""Posts the 2025 Party congresses hand out, as the press reports them (issue 27), on hand-built text.

The Politburo names a province's secretary (``chỉ định ông X làm Bí thư Tỉnh ủy``) or confirms its
deputies (``chuẩn y 3 Phó bí thư … gồm các ông: A; B; C``); the deputies of the northern uplands carry
Hmong family names (``Chá A Của``); a secretary may be an alternate member of the Central Committee
(``Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng``).
"""

from __future__ import annotations

from kg.annotate import annotate
from kg.extract.tenure import TenureExtractor
from kg.ingest import parse_text
from kg.model import Pred
from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import names_of as _names
from tests.annotation_helpers import titles_of as _titles

CONFIRMED = (
    "Sáng 28/9, Ban Chấp hành Đảng bộ tỉnh Yên Bái khóa mới họp phiên thứ nhất. "
    "Bộ Chính trị chuẩn y 3 Phó bí thư Tỉnh ủy Yên Bái, gồm các ông: Vừ A Dính; Lê Văn Tâm; Hờ A Lềnh."
)

ALTERNATE = (
    "Ông Phạm Quang Huy, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Bắc Kạn "
    "nhiệm kỳ 2020-2025 giữ chức Bí thư Tỉnh ủy Bắc Kạn, nhiệm kỳ 2025-2030."
)

NAMED = "Bộ Chính trị chỉ định ông Trần Văn Lực làm Bí thư Tỉnh ủy Gia Lai, nhiệm kỳ 2025 - 2030."


def _started(headline: str, body: str) -> set[tuple[str, str, str | None]]:
    doc = parse_text(f"{headline}\n{body}\n", "test.txt")
    facts = TenureExtractor()(doc, annotate(doc))
    return {(f.subject, f.object.role, f.object.org.label if f.object.org else None)  # type: ignore[union-attr]
            for f in facts if f.predicate is Pred.TENURE_START}


def test_hmong_family_names_open_a_name() -> None:
    ann = _annotate("Yên Bái có 3 Phó bí thư Tỉnh ủy", CONFIRMED)
    assert {"Vừ A Dính", "Hờ A Lềnh"} <= _names(ann)
    for name in ("Vừ A Dính", "Lê Văn Tâm", "Hờ A Lềnh"):
        assert _titles(ann, name) == {("Phó Bí thư", "Tỉnh ủy Yên Bái")}, name


def test_alternate_member_of_the_central_committee() -> None:
    ann = _annotate("Bắc Kạn có tân Bí thư Tỉnh ủy", ALTERNATE)
    assert _titles(ann, "Phạm Quang Huy") == {
        ("Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng"),
        ("Bí thư", "Tỉnh ủy Bắc Kạn"),
    }


def test_politburo_names_the_secretary() -> None:
    assert ("Trần Văn Lực", "Bí thư", "Tỉnh ủy Gia Lai") in _started("Gia Lai có Bí thư Tỉnh ủy mới", NAMED)



def test_naming_someone_else_is_not_the_speakers_post() -> None:
    body = ("Ông Lê Văn Phú, Giám đốc Sở Công Thương, có ý kiến về việc chỉ định Cục trưởng "
            "Cục Quản lý thị trường nhưng không thông báo.")
    assert not {f for f in _started("Sở Công Thương có ý kiến", body) if f[0] == "Lê Văn Phú"}
