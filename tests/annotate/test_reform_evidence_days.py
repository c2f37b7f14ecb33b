"""An undated commune's article whose lead gives a day without its year (``Chiều 17-7``) and the part of the year
it is in (``kỳ họp thường lệ giữa năm 2025``): read after the reform when that day is on or after 1 July 2025."""

from __future__ import annotations

import pytest

from kg.annotate import annotate
from kg.ingest.text import parse_text
from kg.lexicon.gazetteer import REFORM


def _era(text: str) -> str:
    ann = annotate(parse_text(text, "hand.txt"))
    return ann.context.gaz.era  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize("day, period", [("Chiều 17-7", "giữa năm 2025"), ("Sáng 29/7", "6 tháng cuối năm 2025"),
                                         ("Ngày 22/8", "thời gian còn lại của năm 2025")])
def test_a_lead_day_in_the_year_it_is_in_the_course_of_dates_it_after_the_reform(day: str, period: str) -> None:
    text = f"""UBND xã Ea Kar triển khai nhiệm vụ {period}
{day}, UBND xã Ea Kar tổ chức hội nghị triển khai nhiệm vụ {period}.
"""
    assert _era(text) == REFORM


@pytest.mark.parametrize("day, period", [("Chiều 17-6", "giữa năm 2025"), ("Chiều 17-7", "giữa năm 2024"),
                                         ("Sáng 20/12", "đến cuối năm 2025")])
def test_a_day_before_the_reform_or_a_deadline_says_nothing(day: str, period: str) -> None:
    text = f"""UBND xã Ea Kar triển khai nhiệm vụ
{day}, UBND xã Ea Kar tổ chức hội nghị triển khai các nhiệm vụ {period}.
"""
    assert _era(text) != REFORM


def test_a_district_written_as_former_dates_an_undated_article_after_the_reform() -> None:
    text = """Quảng Ngãi có thêm Phó Chủ tịch UBND tỉnh
Ông Trần Văn Bình, quê xã Đông Sơn, huyện Bình Sơn cũ, được bầu giữ chức Phó Chủ tịch UBND tỉnh Quảng Ngãi.
"""
    assert _era(text) == REFORM
    assert _era(text.replace(" cũ,", ",")) != REFORM


def test_a_units_name_ending_with_a_family_name_is_not_a_shorter_unit_and_a_person() -> None:
    # "Sơn" is a family name, but a person's name has two words at least: xã Đông Sơn, not xã Đông
    ann = annotate(parse_text("""Quảng Ngãi có thêm Phó Chủ tịch UBND tỉnh
Ông Trần Văn Bình, quê xã Đông Sơn, huyện Bình Sơn cũ, được bầu giữ chức Phó Chủ tịch UBND tỉnh Quảng Ngãi.
""", "hand.txt"))
    named = {(pm.place.name, pm.place.code) for pm in ann.places}
    assert ("Đông Sơn", "21109") in named and all(name != "Đông" for name, _ in named), named
