"""Posts of a commune's officials after the 2025 reform, as a commune's portal writes them (issue 27).

Hand-built articles: the abbreviations of a commune's Party committee (``UV BCH Đảng bộ``, ``UV BTV
Đảng ủy``, ``ĐUV``), a bare Party commission (``Chủ nhiệm UBKT``) of the commune's committee, a
commune named once whose bodies the text then writes bare (``HĐND phường``), and officials' given
names that are also units' names (``Trần Thị Hồng Lĩnh``, ``Ngân Thanh Bình``).
"""

from __future__ import annotations

from kg.annotate import annotate
from kg.ingest.text import parse_text
from kg.model import Annotations, Organization, PlaceType

EA_KAR = """Kỳ họp thứ 5 HĐND xã Ea Kar
Ngày 12/09/2025
Sáng 12/9, HĐND xã Ea Kar tổ chức kỳ họp thứ 5. Đồng chí Trần Văn An - UV BCH Đảng bộ, Phó Chủ tịch \
UBND xã báo cáo tình hình kinh tế - xã hội.
Đồng chí Lê Văn Bình - UV BTV Đảng ủy, Chủ nhiệm UBKT, trình bày báo cáo thẩm tra.
Đồng chí Phạm Thị Cúc - Ủy viên BCH Đảng ủy, Phó Chủ tịch MTTQ, Chủ tịch Hội CCB xã phát biểu.
Đồng chí Ngân Văn Hải - ĐUV, Trưởng Công an xã báo cáo tình hình an ninh.
Đồng chí Võ Thị Dung - Chủ tịch UB MTTQVN xã phát biểu.
"""

# the ward is named once, in the venue; its bodies are then written bare
XUAN_DAI = """Đảng ủy các cơ quan Đảng tổng kết công tác năm 2025
Ngày 10/01/2026
Sáng 10/1, tại Hội trường phường Xuân Đài, Đảng ủy các cơ quan Đảng phường tổ chức hội nghị tổng kết.
Dự hội nghị có đồng chí Hồ Văn Tâm - Bí thư Đảng ủy, Chủ tịch HĐND phường; đồng chí Trần Thị Hồng Lĩnh - \
Phó Bí thư Thường trực Đảng ủy phường; đồng chí Ngân Thanh Bình - Phó Chủ tịch UBND phường.
Kết luận hội nghị, Phó Bí thư Trần Thị Hồng Lĩnh đề nghị các chi bộ bám sát nhiệm vụ.
"""


def _ann(text: str) -> Annotations:
    return annotate(parse_text(text, "hand.txt"))


def _posts(ann: Annotations) -> dict[tuple[str, str], Organization]:
    return {(p.name, t.role): t.org for p in ann.people for t in p.titles if t.org is not None}


def _of_commune(org: Organization, name: str) -> bool:
    return org.place is not None and org.place.reform2025 and org.place.name == name \
        and org.place.type.level == 3


def test_a_communes_abbreviated_party_posts_are_posts_of_its_committee() -> None:
    posts = _posts(_ann(EA_KAR))
    an = posts[("Trần Văn An", "Ủy viên")]
    assert an.head == "Ban Chấp hành Đảng bộ" and _of_commune(an, "Ea Kar"), an
    binh = posts[("Lê Văn Bình", "Ủy viên")]
    assert binh.head == "Ban Thường vụ Đảng ủy" and _of_commune(binh, "Ea Kar"), binh
    cuc = posts[("Phạm Thị Cúc", "Ủy viên")]
    assert cuc.head == "Ban Chấp hành Đảng bộ" and _of_commune(cuc, "Ea Kar"), cuc
    assert posts[("Phạm Thị Cúc", "Phó Chủ tịch")].head == "Ủy ban Mặt trận Tổ quốc Việt Nam"
    assert _of_commune(posts[("Phạm Thị Cúc", "Chủ tịch")], "Ea Kar")
    hai = posts[("Ngân Văn Hải", "Ủy viên")]
    assert hai.head == "Đảng ủy" and _of_commune(hai, "Ea Kar"), hai
    dung = posts[("Võ Thị Dung", "Chủ tịch")]
    assert dung.head == "Ủy ban Mặt trận Tổ quốc Việt Nam" and _of_commune(dung, "Ea Kar"), dung


def test_a_bare_party_commission_in_a_communes_article_is_its_committees() -> None:
    org = _posts(_ann(EA_KAR))[("Lê Văn Bình", "Chủ nhiệm")]
    assert org.head == "Ủy ban Kiểm tra Đảng ủy" and _of_commune(org, "Ea Kar"), org


def test_a_ward_named_once_owns_the_bodies_written_bare() -> None:
    ann = _ann(XUAN_DAI)
    commune = ann.context.commune  # type: ignore[attr-defined]
    assert commune is not None and (commune.name, commune.type) == ("Xuân Đài", PlaceType.WARD)
    posts = _posts(ann)
    assert _of_commune(posts[("Hồ Văn Tâm", "Chủ tịch")], "Xuân Đài")
    assert _of_commune(posts[("Trần Thị Hồng Lĩnh", "Phó Bí thư Thường trực")], "Xuân Đài")


def test_a_given_name_that_is_a_units_name_places_nothing() -> None:
    ann = _ann(XUAN_DAI)
    named = {pm.place.name for pm in ann.places}
    assert "Hồng Lĩnh" not in named and "Thanh Bình" not in named, named
    assert ann.home is not None and ann.home.name == "Đắk Lắk"


# "phường Hòa Thành" is a ward of Tây Ninh and one of Cà Mau since 2025; the paper's name says which
HOA_THANH = """Lãnh đạo tỉnh làm việc với phường Hòa Thành
Báo Cà Mau Chiều 3/11/2025, đoàn công tác của tỉnh có buổi làm việc với Đảng ủy, UBND phường Hòa Thành. \
Đồng chí Phan Văn Tư, Phó Bí thư Đảng ủy, Chủ tịch UBND phường báo cáo.
"""


def test_the_papers_province_reads_a_commune_several_provinces_share() -> None:
    ann = _ann(HOA_THANH)
    commune = ann.context.commune  # type: ignore[attr-defined]
    assert commune is not None and commune.name == "Hòa Thành" and commune.code == "32041", commune
    assert ann.home is not None and ann.home.name == "Cà Mau"
    assert _posts(ann)[("Phan Văn Tư", "Chủ tịch")].place == commune


def test_the_party_organization_of_a_body_is_that_bodys() -> None:
    ann = _ann("""Đảng bộ UBND tỉnh Quảng Trị tổng kết năm 2025
Ngày 05/01/2026
Sáng 5/1, Ban Chấp hành Đảng bộ UBND tỉnh Quảng Trị tổ chức hội nghị. Đồng chí Lê Văn Hòa, \
Bí thư Đảng bộ Công an tỉnh Quảng Trị dự.
""")
    org = _posts(ann)[("Lê Văn Hòa", "Bí thư")]
    assert org.head == "Đảng bộ Công an" and org.place is not None and org.place.name == "Quảng Trị", org


def test_a_name_two_provinces_communes_share_stays_in_the_bodys_name() -> None:
    # xã Văn Lang is a commune of Phú Thọ and one of Thái Nguyên (2025); no province is named
    ann = _ann("""Đảng bộ xã Văn Lang tổng kết năm
Ngày 20/12/2025
Sáng 20/12, Đảng bộ xã Văn Lang tổ chức hội nghị. Đồng chí Lý Văn Tám, Bí thư Đảng ủy xã Văn Lang chủ trì.
""")
    org = _posts(ann)[("Lý Văn Tám", "Bí thư")]
    assert org.label == "Đảng ủy xã Văn Lang" and (org.place is None or not org.place.code), org
