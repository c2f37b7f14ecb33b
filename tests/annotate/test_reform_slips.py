"""Places of post-reform articles (issue 27) the register alone misreads, on hand-built text: a person's name read
as a unit's (a family name that is also a ward's or a commune's name), a district's name ending a ward's, a ward
placed in its city where only a commune had its name before, an undated article naming special zones."""

from __future__ import annotations

from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import titles_of as _titles


def test_a_bare_ward_then_a_person_whose_family_name_is_a_ward_elsewhere() -> None:
    # phường Hồ lies in old Bắc Ninh: in an article of Huế's phường Thanh Thủy, "phường Hồ …" is the article's
    # bare ward, and Hồ opens the person's name
    ann = _annotate("Phường Thanh Thủy (TP Huế) tiếp xúc cử tri",
                    "Ngày 12/9/2025, phường Thanh Thủy tổ chức tiếp công dân. Bí thư Đảng ủy, Chủ tịch HĐND "
                    "phường Hồ Văn Tâm trực tiếp trả lời các kiến nghị.")
    assert _titles(ann, "Hồ Văn Tâm") == {("Bí thư", "Đảng ủy phường Thanh Thủy"),
                                           ("Chủ tịch", "Hội đồng nhân dân phường Thanh Thủy")}
    assert all(pm.place.name != "Hồ" for pm in ann.places)


def test_no_commune_inside_a_person_name_after_a_unit() -> None:
    # xã Đồng Văn is a 2025 commune of Tuyên Quang; here Đồng opens the name after the city's
    ann = _annotate("Hội nghị Thành ủy",
                    "Ngày 5/1/2026, Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố Huế Đồng Văn Thành cho biết kế hoạch.")
    assert all(pm.place.name != "Đồng Văn" for pm in ann.places)
    assert _titles(ann, "Đồng Văn Thành")


def test_a_ward_placed_in_its_city_where_only_a_commune_had_the_name_before() -> None:
    # undated: old Hà Nội had xã Hồng Hà (Đan Phượng) and no phường Hồng Hà; the 2025 register has the ward
    ann = _annotate("Đại hội phường Hồng Hà",
                    "Sáng 12/8, phường Hồng Hà (Hà Nội) tổ chức đại hội đại biểu. Phường Hồng Hà rộng nhất thành phố.")
    wards = [pm.place for pm in ann.places if pm.place.name == "Hồng Hà"]
    assert wards and all(p.reform2025 and p.code == "00097" for p in wards)


def test_a_district_name_ending_a_ward_name_does_not_place_the_article() -> None:
    # huyện Phú Hòa (Phú Yên) is only the tail of phường Chánh Phú Hòa's name
    ann = _annotate("Kỳ họp HĐND phường",
                    "HĐND phường Chánh Phú Hòa tổ chức kỳ họp thường lệ. Các đại biểu HĐND phường thảo luận.")
    assert ann.home is None or ann.home.name != "Phú Hòa"
    assert all(pm.place.name != "Phú Hòa" for pm in ann.places)


def test_an_undated_article_naming_a_special_zone_is_read_after_the_reform() -> None:
    # old Kiên Giang had xã Thổ Châu; only the 2025 register has the special zone (and no district is named)
    ann = _annotate("Đặc khu Thổ Châu đón tàu hàng", "Sáng 20/8, đặc khu Thổ Châu đón tàu hàng. Đặc khu Thổ Châu "
                    "cách đất liền 200 km.")
    zones = [pm.place for pm in ann.places if pm.place.name == "Thổ Châu"]
    assert zones and all(p.reform2025 for p in zones)
