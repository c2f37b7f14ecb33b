"""Posts the press lists missed in rounds 16 and 17, on hand-built text.

The standing committee of a national body (``Ủy viên Thường vụ Quân ủy Trung ương``) is never
completed with the article's commune; a company's Party cell (``Bí thư chi bộ``) is never the
article's city's; an alternate member of the Central Committee written ``T.Ư Đảng``; rarer family
names (``Chử``, ``Khuất``); a province's fire police and an association named by its acronym.
"""

from __future__ import annotations

from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import names_of as _names
from tests.annotation_helpers import titles_of as _titles


def test_standing_committee_of_a_national_body_is_not_the_communes() -> None:
    ann = _annotate(
        "Đại hội Đảng bộ xã Tân Lập lần thứ I",
        "Sáng 6-8, Đại tướng Nguyễn Văn Bình, Ủy viên Thường vụ Quân ủy Trung ương, Chủ nhiệm Tổng cục "
        "Chính trị Quân đội nhân dân (QĐND) Việt Nam dự Đại hội đại biểu Đảng bộ xã Tân Lập (tỉnh Thái Nguyên).",
    )
    titles = _titles(ann, "Nguyễn Văn Bình")
    assert ("Ủy viên", "Ban Thường vụ Quân ủy Trung ương") in titles
    assert ("Chủ nhiệm", "Tổng cục Chính trị Quân đội nhân dân Việt Nam") in titles
    assert not any(org and "Tân Lập" in org for _, org in titles)


def test_party_cell_of_a_company_is_not_the_citys() -> None:
    ann = _annotate(
        "Kỷ luật cán bộ công ty",
        "Thành ủy TP.HCM kỷ luật ông Trần Văn Khoa (Bí thư chi bộ, Tổng giám đốc Công ty TNHH MTV "
        "Xây dựng Hòa Bình).",
    )
    assert ("Bí thư", "Chi bộ") in _titles(ann, "Trần Văn Khoa")
    assert not any(org and "Hồ Chí Minh" in org and "Chi bộ" in org for _, org in _titles(ann, "Trần Văn Khoa"))


def test_alternate_member_written_tu_dang_in_a_list() -> None:
    ann = _annotate(
        "Đại hội Đảng bộ tỉnh Điện Biên",
        "Các đồng chí: Lò Văn Tiến, Phó bí thư Tỉnh ủy; Mùa A Sử, Ủy viên dự khuyết T.Ư Đảng, Ủy viên Ban "
        "Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Điện Biên; Hà Văn Trung, Phó bí thư Tỉnh ủy.",
    )
    titles = _titles(ann, "Mùa A Sử")
    assert ("Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng") in titles
    assert ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên") in titles


def test_rarer_family_names() -> None:
    ann = _annotate(
        "Hà Nội tinh giản biên chế",
        "Giám đốc Sở Giáo dục và Đào tạo Chử Văn Hải thông tin, số phòng ban đã giảm. Phó chủ tịch Ủy ban "
        "An toàn giao thông quốc gia Khuất Văn Long dự.",
    )
    assert {"Chử Văn Hải", "Khuất Văn Long"} <= set(_names(ann))
    assert ("Giám đốc", "Sở Giáo dục và Đào tạo thành phố Hà Nội") in _titles(ann, "Chử Văn Hải")


def test_fire_police_and_an_association_by_its_acronym() -> None:
    ann = _annotate(
        "Chung cư cao tầng",
        "Ông Trần Văn Hải, phó Giám đốc Cảnh sát PCCC TP. HCM khuyến khích các chung cư kết nối hệ thống. "
        "Ông Lê Văn Hòa, chủ tịch HoREA cũng kiến nghị tách biệt khu ở và khu để xe.",
    )
    assert _titles(ann, "Trần Văn Hải") == {
        ("Phó Giám đốc", "Cảnh sát Phòng cháy và chữa cháy thành phố Hồ Chí Minh")}
    assert _titles(ann, "Lê Văn Hòa") == {("Chủ tịch", "Hiệp hội Bất động sản thành phố Hồ Chí Minh")}
