"""Officers of the army's numbered units, the civil posts a clause after their titles gives them (issue 27: the
special zones' officials are officers), hero titles before a name and a misspelled commander, on hand-built text."""

from __future__ import annotations

from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import titles_of as _titles


def test_a_numbered_unit_is_the_body_of_its_head() -> None:
    ann = _annotate("Trung đoàn tổng kết huấn luyện",
                    "Ngày 3/3/2024, thượng tá Đỗ Văn Khải, Trung đoàn trưởng Trung đoàn 48, phát biểu. "
                    "Trung tá Vi Văn Lâm, Phó Sư đoàn trưởng Sư đoàn 312, dự.")
    assert _titles(ann, "Đỗ Văn Khải") == {("Trung đoàn trưởng", "Trung đoàn 48")}
    assert _titles(ann, "Vi Văn Lâm") == {("Phó Sư đoàn trưởng", "Sư đoàn 312")}


ZONE = """Chỉ định lãnh đạo đặc khu Thổ Châu
Ngày 20/8, HĐND tỉnh công bố nghị quyết chỉ định Chủ tịch, Phó Chủ tịch UBND đặc khu Thổ Châu. \
Thường trực HĐND tỉnh đã chỉ định ông Đào Văn Hà, Phó Lữ đoàn trưởng Lữ đoàn 127, Vùng 5 Hải quân, giữ chức \
vụ Chủ tịch UBND; ông Mai Văn Tú, Chỉ huy trưởng đảo Hòn Bà, Lữ đoàn 127, Vùng 5 Hải quân, giữ chức vụ Phó \
Chủ tịch đặc khu Thổ Châu. Đặc khu Thổ Châu cách đất liền 200 km.
"""


def test_higher_units_after_a_title_do_not_hide_the_appointment_clause() -> None:
    ann = _annotate(*ZONE.split("\n", 1))
    assert _titles(ann, "Đào Văn Hà") == {("Phó Lữ đoàn trưởng", "Lữ đoàn 127"),
                                          ("Chủ tịch", "Ủy ban nhân dân đặc khu Thổ Châu")}
    assert _titles(ann, "Mai Văn Tú") == {("Chỉ huy trưởng", "Đảo Hòn Bà"),
                                          ("Phó Chủ tịch", "Ủy ban nhân dân đặc khu Thổ Châu")}


def test_a_hero_title_after_a_rank_introduces_the_name() -> None:
    ann = _annotate("Đại hội Đảng bộ phường lần thứ I",
                    "Dự đại hội có Thiếu tướng, Anh hùng LLVT nhân dân Lê Văn Tám - nguyên Phó Tư lệnh Quân khu 5; "
                    "Anh hùng Lực lượng vũ trang nhân dân Phan Văn Bảy, nguyên Chính ủy Quân khu 5.")
    assert _titles(ann, "Lê Văn Tám") == {("Phó Tư lệnh", "Quân khu 5")}
    assert _titles(ann, "Phan Văn Bảy") == {("Chính ủy", "Quân khu 5")}


def test_a_commander_written_without_the_tone_of_chi() -> None:
    ann = _annotate("Lực lượng vũ trang tỉnh ra quân huấn luyện",
                    "Ngày 5/2/2026, đại tá Lê Văn Hùng, Chi huy trưởng Bộ CHQS tỉnh Cà Mau, chủ trì buổi lễ. "
                    "Thượng tá Trần Văn Nam, Phó Chi huy trưởng Bộ CHQS tỉnh Cà Mau, phát biểu.")
    assert _titles(ann, "Lê Văn Hùng") == {("Chỉ huy trưởng", "Bộ Chỉ huy quân sự tỉnh Cà Mau")}
    assert _titles(ann, "Trần Văn Nam") == {("Phó Chỉ huy trưởng", "Bộ Chỉ huy quân sự tỉnh Cà Mau")}


def test_the_abbreviated_provincial_command_is_the_command() -> None:
    ann = _annotate("Lực lượng vũ trang tỉnh", "Ngày 5/2/2026, đại tá Lê Văn Hùng, Chỉ huy trưởng Bộ Chỉ huy quân sự "
                    "(CHQS) tỉnh Cà Mau, chủ trì. Theo đại tá Lê Văn Hùng, Chỉ huy trưởng Bộ CHQS tỉnh Cà Mau, "
                    "việc huấn luyện đạt yêu cầu.")
    assert _titles(ann, "Lê Văn Hùng") == {("Chỉ huy trưởng", "Bộ Chỉ huy quân sự tỉnh Cà Mau")}
