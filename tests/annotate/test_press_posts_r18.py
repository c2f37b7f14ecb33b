"""Posts the press and the post-2025 portals gave in rounds 18 and 19 and the grammar missed, on hand-built text.

The press sets a body's acronym in parentheses between the title and the name (``Giám đốc Sở Y tế
(SYT) Nguyễn Văn A``); a central Party commission written with ``T.Ư`` / ``TW``; a post stated with
``làm`` right after the name (``Bà X làm Bí thư phường Y``); a national department head named by the
department's field alone (``Cục trưởng Hàng không Việt Nam X``).
"""

from __future__ import annotations

from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import titles_of as _titles


def test_acronym_in_parentheses_between_title_and_name() -> None:
    ann = _annotate(
        "Hải Phòng bàn giải pháp chống ngập",
        "Sáng 12/9, Giám đốc Sở Xây dựng (SXD) Trần Hữu Phước cho biết thành phố sẽ nạo vét kênh.",
    )
    assert ("Giám đốc", "Sở Xây dựng thành phố Hải Phòng") in _titles(ann, "Trần Hữu Phước")



def test_central_party_commission_written_with_tu_abbreviated() -> None:
    ann = _annotate(
        "Đại hội Đảng bộ tỉnh Cà Mau",
        "Dự đại hội có ông Trần Quốc Khánh, Phó trưởng Ban Tổ chức T.Ư; bà Lê Thị Hạnh, Phó trưởng Ban Kinh tế TW.",
    )
    assert ("Phó Trưởng ban", "Ban Tổ chức Trung ương") in _titles(ann, "Trần Quốc Khánh")
    assert ("Phó Trưởng ban", "Ban Kinh tế Trung ương") in _titles(ann, "Lê Thị Hạnh")



def test_post_stated_with_lam_after_the_name() -> None:
    ann = _annotate(
        "Công bố quyết định về công tác cán bộ",
        "Ban Thường vụ Thành ủy Cần Thơ công bố quyết định về công tác cán bộ. Bà Trần Thị Ngọc Lan làm "
        "Bí thư phường An Bình, ông Phạm Văn Dũng làm việc với các sở.",
    )
    assert ("Bí thư", "Đảng ủy phường An Bình") in _titles(ann, "Trần Thị Ngọc Lan")


def test_national_department_named_by_its_field_after_the_head_title() -> None:
    ann = _annotate(
        "Nạo vét luồng sông Sài Gòn",
        "Sáng 3/4, Cục trưởng Đường thủy nội địa Nguyễn Văn Công cho biết TP HCM sẽ nạo vét luồng sông. "
        "Tổng cục trưởng Thống kê Lê Thị Minh Thủy công bố số liệu quý I.",
    )
    assert ("Cục trưởng", "Cục Đường thủy nội địa Việt Nam") in _titles(ann, "Nguyễn Văn Công")
    assert ("Tổng cục trưởng", "Tổng cục Thống kê") in _titles(ann, "Lê Thị Minh Thủy")


def test_foreign_central_bank_governor_and_premier_hold_their_countrys_posts() -> None:
    ann = _annotate(
        "Hội nghị thống đốc ngân hàng khu vực",
        "Chiều 12/10, Thống đốc Ngân hàng Trung ương Trung Quốc Phan Công Thắng và Thống đốc Ngân hàng Nhà "
        "nước Nguyễn Thị Hồng đồng chủ trì hội nghị. Thống đốc Phan Công Thắng cho rằng lạm phát còn cao. "
        "Thủ tướng Quốc vụ viện Trung Quốc Lý Cường gửi thư chúc mừng.",
    )
    governor = _titles(ann, "Phan Công Thắng")
    assert ("Thống đốc", "Ngân hàng Trung ương Trung Quốc") in governor
    assert not any(org == "Ngân hàng Nhà nước Việt Nam" for _, org in governor)
    assert ("Thống đốc", "Ngân hàng Nhà nước Việt Nam") in _titles(ann, "Nguyễn Thị Hồng")
    premier = _titles(ann, "Lý Cường")
    assert ("Thủ tướng", "Quốc vụ viện Trung Quốc") in premier
    assert not any(org == "Chính phủ" for _, org in premier)


def test_council_seat_in_parentheses_or_held_before() -> None:
    ann = _annotate(
        "Phạt nặng vi phạm giao thông",
        "Ông Hồ Văn Lâm (đại biểu HĐND TP HCM) ủng hộ tăng mức phạt. Ông Lê Văn Bảy, nguyên đại biểu HĐND TP "
        "HCM, đồng tình.",
    )
    seat = ("Đại biểu", "Hội đồng nhân dân thành phố Hồ Chí Minh")
    assert seat in _titles(ann, "Hồ Văn Lâm")
    assert seat in _titles(ann, "Lê Văn Bảy")
