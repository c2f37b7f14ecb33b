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


FORMER = """Xã Nam Đà tổng kết công tác sáp nhập
Ngày 20/08/2025
Sáng 20/8, UBND xã Nam Đà (tỉnh Lâm Đồng) tổ chức hội nghị. Xã Nam Đà được thành lập trên cơ sở sáp nhập \
xã Nam Đà cũ, thị trấn Đắk Mâm và xã Đắk Sôr thuộc huyện Krông Nô cũ. Ông Lê Văn Cường, nguyên Chủ tịch \
UBND xã Nam Đà cũ, phát biểu.
"""


def test_a_unit_written_as_former_is_the_legacy_unit_and_never_the_home() -> None:
    ann = _ann(FORMER)
    units = [(pm.place.name, pm.place.reform2025) for pm in ann.places if pm.place.name == "Nam Đà"]
    # the new xã Nam Đà (twice, and in the headline) and the old one it took in ("xã Nam Đà cũ")
    assert ("Nam Đà", True) in units and ("Nam Đà", False) in units
    assert ann.home is not None and ann.home.reform2025 and ann.home.type.level == 1  # not huyện Krông Nô cũ
    context = ann.context
    assert context is not None and context.commune is not None and context.commune.reform2025  # type: ignore[attr-defined]
    former = _posts(ann)[("Lê Văn Cường", "Chủ tịch")]
    assert former.place is not None and former.place.name == "Nam Đà" and not former.place.reform2025


UNDATED_COMMUNE = """Thường trực HĐND xã Hòa Lạc họp bàn công tác chuẩn bị kỳ họp
{lead}, Thường trực HĐND xã Hòa Lạc, tỉnh An Giang tổ chức hội nghị. Đồng chí Nguyễn Thành Ân - Bí thư \
Đảng ủy - Chủ tịch HĐND xã chủ trì hội nghị. {tail}
"""


def test_an_undated_article_is_read_post_reform_from_its_words_or_its_lead_date() -> None:
    cue = _ann(UNDATED_COMMUNE.format(lead="Chiều ngày 10/7", tail="Đây là kỳ họp thứ 2 sau khi vận hành "
                                      "chính quyền địa phương 2 cấp."))
    lead = _ann(UNDATED_COMMUNE.format(lead="Chiều 31/10/2025", tail=""))
    for ann in (cue, lead):
        org = _posts(ann)[("Nguyễn Thành Ân", "Bí thư")]
        assert org.place is not None and org.place.reform2025 and org.place.name == "Hòa Lạc", org
    # neither the words nor a lead dated after 1 July 2025: the legacy register, no commune's body
    before = _ann(UNDATED_COMMUNE.format(lead="Chiều 31/10/2024", tail=""))
    assert before.context is not None and before.context.commune is None  # type: ignore[attr-defined]
    assert all(not pm.place.reform2025 for pm in before.places)


def test_a_former_unit_in_parentheses_and_the_merged_party_board() -> None:
    text = """Đại hội Đảng bộ xã Lạc Dương lần thứ I
Ngày 25/07/2025
Chiều 25/7, Đảng bộ xã Lạc Dương (tỉnh Lâm Đồng) tổ chức Đại hội. Đảng bộ xã Lạc Dương được thành lập trên cơ \
sở hợp nhất 3 xã của huyện Lạc Dương (cũ) và xã Nam Đà (cũ). Ông Lâm Đông, Trưởng Ban Tuyên giáo và Dân vận \
Tỉnh ủy dự.
"""
    ann = _ann(text)
    old = [pm.place for pm in ann.places if pm.place.name == "Nam Đà"]
    assert old and not old[0].reform2025
    board = _posts(ann)[("Lâm Đông", "Trưởng ban")]
    assert board.head == "Ban Tuyên giáo và Dân vận Tỉnh ủy" and board.place is not None
    assert board.place.name == "Lâm Đồng" and board.place.reform2025


def test_the_provisional_council_of_a_new_ward_and_a_name_spelled_with_its_marks() -> None:
    text = """HĐND lâm thời phường Hải Vân thông qua 5 nghị quyết
Ngày 26/08/2025
Sáng 26/8, HĐND lâm thời phường Hải Vân (thành phố Đà Nẵng) tổ chức kỳ họp thứ II. Ông Trần Văn Tâm, Chủ tịch \
HĐND lâm thời phường chủ trì. Đoàn công tác của xã Quảng Bình dự.
"""
    ann = _ann(text)
    council = _posts(ann)[("Trần Văn Tâm", "Chủ tịch")]
    assert council.head == "Hội đồng nhân dân lâm thời" and council.place is not None
    assert (council.place.name, council.place.reform2025) == ("Hải Vân", True)
    # xã Quảng Bình (Thanh Hóa) and xã Quang Bình (Lào Cai) share letters: the marks written decide
    assert [pm.place.code for pm in ann.places if pm.place.name == "Quảng Bình"] == ["16543"]


def test_a_bare_abolished_districts_name_is_the_2025_ward_of_that_name() -> None:
    text = """Đoàn đại biểu Quốc hội TP Hà Nội tiếp xúc cử tri
23:04 02/07/2025
Chiều 2/7, Đoàn đại biểu Quốc hội TP Hà Nội tiếp xúc cử tri các phường thuộc Đơn vị bầu cử số 1 \
(gồm: Ba Đình, Ngọc Hà, Đống Đa và Hai Bà Trưng).
"""
    ann = _ann(text)
    bare = {pm.place.name: (pm.place.type, pm.place.reform2025) for pm in ann.places if pm.how == "bare"}
    assert bare["Ba Đình"] == (PlaceType.WARD, True) and bare["Đống Đa"] == (PlaceType.WARD, True)
    # the same words before the reform are the districts
    before = _ann(text.replace("02/07/2025", "02/07/2024"))
    old = {pm.place.name: pm.place.type for pm in before.places if pm.how == "bare"}
    assert old["Ba Đình"] is PlaceType.URBAN_DISTRICT


def test_a_commune_named_after_its_abolished_district_places_the_article() -> None:
    """xã Lương Sơn is four 2025 communes; the bare Lương Sơn (the abolished huyện Lương Sơn of Hòa
    Bình, now in Phú Thọ) says which: Phú Thọ's, and the article is that commune's."""
    text = """Xã Lương Sơn kiện toàn các chức danh lãnh đạo chủ chốt
Ngày 26/01/2026
Sáng 26/1, HĐND xã Lương Sơn đã tổ chức kỳ họp chuyên đề. Đồng chí Đoàn Tiến Lập - Bí thư Đảng ủy, Chủ tịch \
HĐND xã chủ trì. Lương Sơn đã hoàn thành kiện toàn bộ máy.
"""
    ann = _ann(text)
    assert ann.home is not None and ann.home.name == "Phú Thọ" and ann.home.reform2025
    context = ann.context
    assert context is not None and context.commune is not None  # type: ignore[attr-defined]
    assert context.commune.code == "04924"  # type: ignore[attr-defined]
    assert _posts(ann)[("Đoàn Tiến Lập", "Bí thư")].label == "Đảng ủy xã Lương Sơn"


def test_every_reform_cue_has_the_word_the_fast_scan_looks_for() -> None:
    from kg.annotate.place_reading import CUE_WORD
    from kg.lexicon.resources import resources

    assert all(CUE_WORD in cue for cue in resources().connectors["reform_cue"])


COMMUNE_APPOINTMENTS = """Xã Tam Xuân công bố quyết định về công tác cán bộ
Ngày 20/08/2025
Theo đó, đồng chí Hà Văn Bình, Bí thư Đảng ủy xã giữ chức vụ Chủ tịch HĐND xã; đồng chí Lê Kỳ Nam, \
Phó Bí thư Đảng ủy xã giữ chức vụ Chủ tịch UBND xã Tam Xuân. Ông Võ Văn Tài, Chủ tịch HĐND xã Tam \
Xuân, giữ chức Phó Bí thư Thường trực Đảng ủy xã.
"""


def test_titles_then_an_appointment_clause() -> None:
    posts = {(name, role): org.label for (name, role), org in _posts(_ann(COMMUNE_APPOINTMENTS)).items()}
    assert posts[("Hà Văn Bình", "Chủ tịch")] == "Hội đồng nhân dân xã Tam Xuân"
    assert posts[("Lê Kỳ Nam", "Chủ tịch")] == "Ủy ban nhân dân xã Tam Xuân"
    assert posts[("Võ Văn Tài", "Phó Bí thư Thường trực")] == "Đảng ủy xã Tam Xuân"


WARD_OF_A_PROVINCE = """Tỉnh Quảng Nam: các phường triển khai nhiệm vụ 6 tháng cuối năm
Ngày 20/08/2025
Ông Nguyễn Tấn Phát – Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì cuộc họp.
"""


def test_bare_dang_uy_is_never_the_province() -> None:
    labels = {org.label for org in _posts(_ann(WARD_OF_A_PROVINCE)).values()}
    assert not any(label.startswith("Đảng ủy tỉnh") for label in labels), labels


CITY_MEMBERS = """Đại hội Đảng bộ phường Phú Xuân lần thứ I
Ngày 20/08/2025
Tham dự có bà Lê Thị Hoa, UVTV Thành ủy, Chủ tịch UBMTTQ Việt Nam TP.Huế; ông Trần Văn Nhật, TUV, Bí thư \
Đảng ủy phường Phú Xuân. Chủ tịch HĐND lâm thời phường Hưng Vạn Thọ Phùng Văn Tú phát biểu.
"""


def test_member_titles_of_a_central_city_and_a_name_after_an_unlisted_ward() -> None:
    posts = {(name, role): org.label for (name, role), org in _posts(_ann(CITY_MEMBERS)).items()}
    assert posts[("Lê Thị Hoa", "Ủy viên")] == "Ban Thường vụ Thành ủy Huế"
    assert posts[("Trần Văn Nhật", "Ủy viên")] == "Thành ủy Huế"  # TUV of Huế, a city since 2025
    assert posts[("Phùng Văn Tú", "Chủ tịch")].endswith("phường Hưng Vạn Thọ")  # not in the register
