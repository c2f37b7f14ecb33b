"""Units a post-reform article names as the ones merged into a new unit (issue 27), on hand-built text.

After 1 July 2025 an article says which old units a new commune was formed from (``được thành lập
trên cơ sở sáp nhập xã A và xã B``, ``sáp nhập các xã: A, B và C``): those are the legacy register's
units, not their successors nor namesakes among the 2025 units; the new commune stays a 2025 unit.
"""

from __future__ import annotations

from kg.annotate import annotate
from kg.ingest.text import parse_text
from kg.model import Place

ARTICLE = """Đại hội Đảng bộ xã Quảng Bạch lần thứ I
Thứ Hai, 25/08/2025
Xã Quảng Bạch (tỉnh Thái Nguyên) được thành lập trên cơ sở sáp nhập xã Tân Lập và xã Quảng Bạch \
của huyện Chợ Đồn. Xã Nam Cường được thành lập trên cơ sở sáp nhập các xã: Xuân Lạc, Nam Cường và \
Đồng Lạc. Đảng bộ xã có 1.200 đảng viên.
"""


def _places(text: str) -> list[Place]:
    return [pm.place for pm in annotate(parse_text(text, "hand.txt")).places]


def test_units_of_a_merger_are_the_legacy_ones() -> None:
    places = _places(ARTICLE)
    legacy = {p.name: p.code for p in places if not p.reform2025}
    assert legacy.get("Tân Lập") == "02032"  # huyện Chợ Đồn's, not a 2025 namesake
    assert legacy.get("Xuân Lạc") == "02023"
    assert legacy.get("Đồng Lạc") == "02029"
    assert any(p.reform2025 and p.name == "Quảng Bạch" for p in places)  # the new commune, before the cue


def test_before_the_reform_nothing_is_a_2025_unit() -> None:
    places = _places(ARTICLE.replace("25/08/2025", "25/08/2024"))
    assert places and all(not p.reform2025 for p in places)


COUNTED = """Tiếp xúc cử tri sau kỳ họp
Ngày 02/07/2025
Đoàn đại biểu Quốc hội tiếp xúc cử tri 3 phường thuộc Đơn vị bầu cử số 2 TP Hà Nội (gồm: Hoàn Kiếm, \
Cửa Nam và Bạch Mai) để báo cáo kết quả kỳ họp.
"""


def test_a_count_of_units_then_their_names() -> None:
    names = {p.name for p in _places(COUNTED) if p.code and len(p.code) == 5}
    assert {"Hoàn Kiếm", "Cửa Nam", "Bạch Mai"} <= names


FIRST_CONGRESS = """Đại hội đại biểu Đảng bộ xã {name} lần thứ I, nhiệm kỳ 2025 - 2030
Ngày 25/7, Đảng bộ xã {name} tổ chức Đại hội đại biểu lần thứ I. Đồng chí Trần Văn An, Phó Bí thư Tỉnh ủy dự.
"""


def test_an_undated_first_congress_of_the_2025_term_is_read_after_the_reform() -> None:
    places = _places(FIRST_CONGRESS.format(name="Sơn Động"))
    assert places and all(p.reform2025 for p in places if p.type.level == 3)
    assert {p.code for p in places if p.type.level == 3} == {"07615"}
    # a first congress of the 2020 term (a commune merged in 2019) says nothing of the 2025 reform
    older = _places(FIRST_CONGRESS.format(name="Quảng Bạch").replace("2025 - 2030", "2020 - 2025"))
    assert older and not any(p.reform2025 for p in older)


BUILT = """Phường mới sau sắp xếp
Thứ Ba, 19/08/2025
Hôm qua, Đảng bộ phường Nam Định (Ninh Bình) tổng kết công tác. Phường Nam Định được thành lập trên cơ sở \
sáp nhập các phường, xã: Quang Trung, Trần Hưng Đạo và Lộc Hạ. Đảng bộ phường có 3.000 đảng viên.
"""


def test_units_of_a_merger_are_the_predecessors_of_the_unit_it_builds() -> None:
    # xã Trần Hưng Đạo and xã Quang Trung of other old districts lie in the new Ninh Bình too: the units listed
    # are the ones the new phường Nam Định took in (old Nam Định city's wards), whatever type word is last
    legacy = {p.name: p.code for p in _places(BUILT) if not p.reform2025}
    assert legacy.get("Trần Hưng Đạo") == "13666"
    assert legacy.get("Quang Trung") == "13681"


AFTER_MERGER = """Đại hội Đảng bộ phường Vinh Phú
Thứ Năm, 14/08/2025
Đảng bộ phường Vinh Phú (tỉnh Nghệ An) tổ chức đại hội. Giai đoạn vừa qua, các xã trước khi sáp nhập và phường \
Vinh Phú bây giờ đều hoàn thành chỉ tiêu.
"""


def test_a_unit_after_a_merger_cue_with_no_old_unit_in_the_area_is_the_new_one() -> None:
    # no old unit of Nghệ An is named Vinh Phú (the old phường Vĩnh Phú lies in Bình Dương): the new ward
    places = [p for p in _places(AFTER_MERGER) if p.name.endswith("Phú")]
    assert places and all(p.reform2025 and p.code == "16702" for p in places)
