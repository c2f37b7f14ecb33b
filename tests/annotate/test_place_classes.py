"""Place mentions, class by class (issue 14): lists after a colon, names inside other names,
tone-only look-alikes, cooperatives, a province named alone."""

from __future__ import annotations

import pytest

from kg.annotate.places import find_places, same_spelling
from kg.ingest import parse_text
from kg.lexicon.resources import resources


def _codes(text: str) -> set[str | None]:
    doc = parse_text("Tin địa phương\n" + text + "\n", source="t.txt")
    _home, _province, mentions = find_places(doc, resources().gazetteer)
    return {m.place.code for m in mentions}


def test_units_listed_after_a_plural_type_word_and_a_colon() -> None:
    codes = _codes("Thành phố Gia Nghĩa gồm 6 phường: Nghĩa Đức, Nghĩa Phú, Nghĩa Tân và 2 xã Đắk Nia, Đắk R'moan.")
    assert {"24611", "24614", "24615", "24628", "24618"} <= codes


def test_a_parenthesis_after_a_listed_commune_names_its_district() -> None:
    codes = _codes("Họp xét công nhận các xã: Đức Mạnh (Đắk Mil); Thuận Hạnh, Nam Bình (Đắk Song).")
    assert {"24676", "24724", "24721"} <= codes


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Phó Thủ tướng thường trực Trương Hòa Bình đã có ý kiến.", "17"),  # a person's name
        ("Đường gom hai đầu cầu, đường Lê Đức Thọ được sửa.", "440"),
        ("Diễn đàn hợp tác Châu Á – Thái Bình Dương năm 2017.", "34"),  # the Pacific
        ("Ông Nguyễn Văn Cảnh nói.", "551"),
        ("Các xã viên Hợp tác xã Chợ gốm làng cổ.", "09193"),  # a cooperative
        ("Chỉ đạo UBND thành phố Thái Nguyên, Chủ đầu tư và các đơn vị.", "224"),  # Chủ is not Chũ
        ("Trung tâm Bảo tồn Di tích Cố Đô Huế cho biết.", "925"),  # Cố Đô is not Cờ Đỏ
    ],
)
def test_names_that_are_not_the_unit(text: str, absent: str) -> None:
    assert absent not in _codes(text)


def test_a_province_named_alone_is_the_province_not_its_city() -> None:
    codes = _codes("Người dân khu vực xã Hà Thượng (huyện Đại Từ, Thái Nguyên) phản ánh.")
    assert "19" in codes and "164" not in codes


def test_tone_marks_separate_words_but_highland_spellings_vary() -> None:
    assert not same_spelling("Văn Cảnh", "Vân Canh")
    assert same_spelling("Đăk Mol", "Đắk Môl")
    assert same_spelling("Hà Nội", "Hà Nội")
