"""Place classes the dev articles showed: the written type decides a tie, names that are not
units without a type word, establishments named after a place, a slipped capital."""

from __future__ import annotations

from kg.annotate.places import find_places
from kg.ingest import parse_text
from kg.lexicon.resources import resources


def _codes(text: str) -> set[str]:
    doc = parse_text(text, source="t.txt")
    _home, _province, mentions = find_places(doc, resources().gazetteer)
    return {m.place.code for m in mentions if m.place.code}


def test_the_written_type_decides_between_two_units_of_the_city() -> None:
    # Hà Nội has phường Đồng Tâm (Hai Bà Trưng) and xã Đồng Tâm (Mỹ Đức)
    codes = _codes("Hà Nội giải quyết vụ việc\nThành phố Hà Nội chỉ đạo ổn định cuộc sống người dân xã Đồng Tâm.\n")
    assert "10444" in codes and "00280" not in codes
    codes = _codes("TP.HCM họp\nNhà dân tại khu dân cư Sông Giồng (phường An Phú, quận 2) của TP.HCM bị đánh dấu.\n")
    assert "27091" in codes and "27502" not in codes  # not xã An Phú of Củ Chi


def test_the_president_and_the_archipelagos_are_not_units_without_a_type_word() -> None:
    text = ("Học tập và làm theo Bác\n"
            "Đoàn viên học tập như chủ tịch Hồ Chí Minh hằng mong muốn. Cán bộ ra thăm quần đảo "
            "Trường Sa. Đoàn công tác của TP Hồ Chí Minh và huyện Trường Sa tham dự.\n")
    doc = parse_text(text, source="t.txt")
    _home, _province, mentions = find_places(doc, resources().gazetteer)
    written = sorted((doc.slice(m.span), m.place.code) for m in mentions if m.span)
    # with a type word: the city and the island district; without: neither
    assert written == [("TP Hồ Chí Minh", "79"), ("huyện Trường Sa", "576")]


def test_an_establishment_named_after_a_place_is_not_the_place() -> None:
    assert "173" not in _codes("Xử lý nước thải\nDoanh nghiệp chuyển nước thải đến Nhà máy chế biến bột cá "
                               "Phú Bình ở xã Xuân Cảnh để xử lý.\n")
    assert "173" in _codes("Xử lý nước thải\nDoanh nghiệp chuyển nước thải đến nhà máy ở Phú Bình để xử lý.\n")


def test_a_unit_of_the_article_area_with_a_slipped_capital() -> None:
    text = ("Lãnh đạo huyện Đắk Song thăm chiến sỹ\n"
            "Đoàn công tác huyện Đắk Song thăm Tiểu đoàn 301 tại xã Quảng sơn, huyện Đăk G’Long. "
            "Đoàn thăm các gia đình ở xã Đăk Hòa; Đăk Mol; thuận Hạnh.\n")
    codes = _codes(text)
    assert {"24616", "661", "24719", "24718", "24724"} <= codes
    # a slipped capital is read only inside the article's own area, never for common words
    assert _codes("Huyện Đắk Song họp\nHuyện Đắk Song bàn về xã hội hóa và xã thuận lợi.\n") == {"665"}
