"""Reading the units of the two-level government (from 1 July 2025, issue 27), on hand-built articles.

A commune's article after the reform writes ``Đảng ủy``, ``HĐND``, ``UBND``, ``Ủy ban MTTQ`` for the
commune's own bodies; before the reform the same words never reach a 2025 unit. ``đặc khu`` is a
type word; the new bodies of the province (``Đảng ủy các cơ quan Đảng tỉnh``, the public-service
centre, the merged departments) are bodies of their unit.
"""

from __future__ import annotations

from kg.annotate import annotate
from kg.ingest.text import parse_text
from kg.model import Annotations, Organization, PlaceType

COMMUNE = """Đảng ủy xã Nam Đà tổ chức hội nghị Ban Chấp hành lần thứ 3
{date}
Sáng 15/8, Đảng ủy xã Nam Đà (tỉnh Lâm Đồng) tổ chức hội nghị Ban Chấp hành Đảng bộ xã lần thứ 3. \
Đồng chí Nguyễn Văn An, Bí thư Đảng ủy xã chủ trì hội nghị.
Tham dự có đồng chí Trần Thị Bình, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; đồng chí Lê Văn Cường, \
Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch UBND; đồng chí Phạm Văn Dũng, Chủ tịch Ủy ban MTTQ Việt Nam.
"""

SPECIAL_ZONE = """Đặc khu Phú Quốc triển khai nhiệm vụ quý IV
Ngày 05/10/2025
Sáng 5/10, UBND đặc khu Phú Quốc (tỉnh An Giang) tổ chức hội nghị triển khai nhiệm vụ quý IV. \
Ông Trần Minh Khoa, Tỉnh ủy viên, Bí thư Đảng ủy đặc khu chủ trì hội nghị.
Dự hội nghị có bà Ngô Thị Lan, Giám đốc Trung tâm Phục vụ hành chính công đặc khu; ông Đỗ Văn Tú, \
Phó Bí thư Đảng ủy các cơ quan Đảng tỉnh; ông Hồ Văn Nam, Giám đốc Sở Dân tộc và Tôn giáo.
"""


def _ann(text: str) -> Annotations:
    return annotate(parse_text(text, "hand.txt"))


def _posts(ann: Annotations) -> dict[tuple[str, str], Organization]:
    """(person, role) -> the body of that post."""
    return {(p.name, t.role): t.org for p in ann.people for t in p.titles if t.org is not None}


def test_bare_party_committee_of_a_commune_after_the_reform_is_the_communes() -> None:
    ann = _ann(COMMUNE.format(date="Ngày 15/08/2025"))
    posts = _posts(ann)
    for key in [("Trần Thị Bình", "Phó Bí thư Thường trực"), ("Lê Văn Cường", "Ủy viên"),
                ("Lê Văn Cường", "Chủ tịch"), ("Phạm Văn Dũng", "Chủ tịch"), ("Trần Thị Bình", "Chủ tịch")]:
        org = posts[key]
        assert org.place is not None and org.place.reform2025, (key, org)
        assert (org.place.name, org.place.type) == ("Nam Đà", PlaceType.COMMUNE), (key, org)
    assert posts[("Lê Văn Cường", "Ủy viên")].head == "Ban Thường vụ Đảng ủy"
    assert posts[("Phạm Văn Dũng", "Chủ tịch")].head == "Ủy ban Mặt trận Tổ quốc Việt Nam"


def test_bare_party_committee_before_the_reform_is_no_2025_unit() -> None:
    ann = _ann(COMMUNE.format(date="15/08/2024"))
    context = ann.context
    assert context is not None and context.commune is None  # type: ignore[attr-defined]
    org = _posts(ann)[("Trần Thị Bình", "Phó Bí thư Thường trực")]
    assert org.place is None or not org.place.reform2025


def test_a_province_article_naming_a_commune_once_keeps_the_province() -> None:
    text = """Tỉnh ủy Lâm Đồng họp phiên thường kỳ tháng 8
Ngày 15/08/2025
Sáng 15/8, Ban Thường vụ Tỉnh ủy Lâm Đồng họp phiên thường kỳ. Ông Y Thanh Hà Niê Kđăm, Bí thư Tỉnh ủy \
chủ trì. Hội nghị nghe báo cáo của xã Nam Đà về giải ngân vốn đầu tư công. UBND tỉnh Lâm Đồng, Ủy ban \
MTTQ tỉnh Lâm Đồng cùng dự.
"""
    ann = _ann(text)
    assert ann.context is not None and ann.context.commune is None  # type: ignore[attr-defined]


def test_special_zone_is_a_type_word_and_its_bodies_are_its_own() -> None:
    ann = _ann(SPECIAL_ZONE)
    zones = [pm.place for pm in ann.places if pm.place.name == "Phú Quốc"]
    assert zones and all(p.type is PlaceType.SPECIAL_ZONE and p.reform2025 for p in zones)
    assert zones[0].label == "đặc khu Phú Quốc" and zones[0].type.level == 3
    posts = _posts(ann)
    assert posts[("Trần Minh Khoa", "Bí thư")].label == "Đảng ủy đặc khu Phú Quốc"
    assert posts[("Ngô Thị Lan", "Giám đốc")].label == "Trung tâm Phục vụ hành chính công đặc khu Phú Quốc"


def test_new_province_bodies_and_committee_members_after_the_reform() -> None:
    posts = _posts(_ann(SPECIAL_ZONE))
    member = posts[("Trần Minh Khoa", "Ủy viên")]
    assert member.head == "Tỉnh ủy" and member.place is not None and member.place.reform2025
    assert member.place.name == "An Giang"
    agencies = posts[("Đỗ Văn Tú", "Phó Bí thư")]
    assert agencies.label == "Đảng ủy các cơ quan Đảng tỉnh An Giang"
    assert posts[("Hồ Văn Nam", "Giám đốc")].label == "Sở Dân tộc và Tôn giáo tỉnh An Giang"
