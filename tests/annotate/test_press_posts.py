"""Posts the national press writes beyond the People's Committees (issue 25), on hand-built text.

Delegations of the National Assembly (``Trưởng đoàn đại biểu Quốc hội tỉnh``, ``Phó đoàn``), the
Assembly's committees with commas in their names, military commands, a ministry's departments and
market surveillance by their short names, titles joined by ``kiêm``, rarer family names, a delegate
introduced by ``Đại biểu`` and several names given one post by an appointment clause.
"""

from __future__ import annotations

from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import names_of as _names
from tests.annotation_helpers import titles_of as _titles

QUANG_NAM = "Đoàn đại biểu Quốc hội tỉnh Quảng Nam tiếp xúc cử tri"


def test_delegation_head_shares_the_word_doan() -> None:
    ann = _annotate(
        QUANG_NAM,
        "Trưởng đoàn đại biểu Quốc hội tỉnh Quảng Nam Lê Văn Dũng cho biết cử tri rất quan tâm. "
        "Đại biểu Trần Thị Lan, Phó trưởng đoàn đại biểu Quốc hội tỉnh Quảng Nam, nói thêm. "
        "Đại biểu Hồ Văn Kiên (Phó đoàn Đại biểu Quốc hội tỉnh) đề nghị làm rõ.",
    )
    delegation = "Đoàn Đại biểu Quốc hội tỉnh Quảng Nam"
    assert _titles(ann, "Lê Văn Dũng") == {("Trưởng đoàn", delegation)}
    assert _titles(ann, "Trần Thị Lan") == {("Phó Trưởng đoàn", delegation)}
    assert _titles(ann, "Hồ Văn Kiên") == {("Phó Trưởng đoàn", delegation)}


def test_kiem_joins_two_titles() -> None:
    ann = _annotate(
        "Tỉnh Quảng Nam họp HĐND bất thường",
        "Ông Phan Văn Tâm - bí thư Tỉnh ủy kiêm chủ tịch HĐND tỉnh Quảng Nam - đề nghị các địa phương.",
    )
    assert _titles(ann, "Phan Văn Tâm") == {
        ("Bí thư", "Tỉnh ủy Quảng Nam"), ("Chủ tịch", "Hội đồng nhân dân tỉnh Quảng Nam")}


def test_assembly_committee_with_commas_and_no_cua() -> None:
    ann = _annotate(
        "Quốc hội thảo luận",
        "Chủ nhiệm Ủy ban Tài chính, Ngân sách Quốc hội Đỗ Văn Hòa và Phó chủ tịch Quốc hội Uông Văn Tiến "
        "cùng dự. Phó chủ tịch Thường trực Quốc hội Tòng Văn Sinh phát biểu.",
    )
    assert _titles(ann, "Đỗ Văn Hòa") == {("Chủ nhiệm", "Ủy ban Tài chính, Ngân sách của Quốc hội")}
    assert _titles(ann, "Uông Văn Tiến") == {("Phó Chủ tịch", "Quốc hội")}
    assert _titles(ann, "Tòng Văn Sinh") == {("Phó Chủ tịch Thường trực", "Quốc hội")}


def test_military_commands() -> None:
    ann = _annotate(
        "Bộ Quốc phòng kiểm tra",
        "Thiếu tướng Lý Văn Hải - Đảng ủy viên, Phó tư lệnh Quân khu 3, Bộ Quốc phòng kiểm tra. "
        "Tư lệnh Quân khu Thủ đô, Trung tướng Đào Văn Nam phát biểu.",
    )
    assert ("Phó Tư lệnh", "Quân khu 3") in _titles(ann, "Lý Văn Hải")
    assert ("Tư lệnh", "Quân khu Thủ đô") in _titles(ann, "Đào Văn Nam")


def test_departments_named_by_short_forms() -> None:
    ann = _annotate(
        "Bộ Công Thương công bố quyết định",
        "Ông Vũ Đức Mạnh (Tổng cục trưởng QLTT) trao quyết định. "
        "Ông Đặng Văn Hòa, phó tổng Thanh tra Chính phủ, chủ trì buổi công bố. "
        "Bà Lương Thị Hà - phó vụ trưởng phụ trách Vụ Pháp chế (Bộ Công Thương) - cho biết.",
    )
    assert _titles(ann, "Vũ Đức Mạnh") == {("Tổng cục trưởng", "Tổng cục Quản lý thị trường")}
    assert _titles(ann, "Đặng Văn Hòa") == {("Phó Tổng Thanh tra", "Thanh tra Chính phủ")}
    assert ("Phó Vụ trưởng", "Vụ Pháp chế") in _titles(ann, "Lương Thị Hà")


def test_minister_named_by_a_short_field() -> None:
    ann = _annotate("Bộ trưởng làm việc", "Thứ trưởng Giao thông Nguyễn Văn Công yêu cầu các cảng kiểm tra.")
    assert _titles(ann, "Nguyễn Văn Công") == {("Thứ trưởng", "Bộ Giao thông Vận tải")}


def test_election_committee_abbreviated() -> None:
    ann = _annotate("Hiệp thương lần ba", "Chủ tịch UB bầu cử tỉnh Quảng Nam Phạm Thị Hương yêu cầu chuẩn bị.")
    assert _titles(ann, "Phạm Thị Hương") == {("Chủ tịch", "Ủy ban bầu cử tỉnh Quảng Nam")}


def test_one_appointment_clause_for_a_list_of_names() -> None:
    ann = _annotate(
        "Bộ Chính trị chỉ định nhân sự Tỉnh ủy Quảng Nam",
        "Bộ Chính trị chỉ định các ông, bà Hà Văn Tư, Ngô Thị Mai, Giàng A Páo giữ chức Phó Bí thư "
        "Tỉnh ủy Quảng Nam. Bà Lưu Thị Yến được chỉ định giữ chức Bí thư Đảng ủy xã Tam Xuân.",
    )
    for name in ("Hà Văn Tư", "Ngô Thị Mai", "Giàng A Páo"):
        assert _titles(ann, name) == {("Phó Bí thư", "Tỉnh ủy Quảng Nam")}, name
    assert {role for role, _ in _titles(ann, "Lưu Thị Yến")} == {"Bí thư"}


def test_a_list_without_a_clause_gives_no_post() -> None:
    ann = _annotate(
        "Đoàn công tác thăm tỉnh Quảng Nam",
        "Cùng đi có các ông Hà Văn Tư, Ngô Văn Mai, Trần Văn Páo. Ông Hà Văn Tư nói.",
    )
    assert not any(_titles(ann, name) for name in _names(ann))


def test_central_party_bodies() -> None:
    ann = _annotate(
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh Quảng Nam",
        "Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Văn Ngọc trao quyết định. Thượng tướng Lê Văn Thái, "
        "Uỷ viên Quân uỷ Trung ương, Thứ trưởng Bộ Quốc phòng dự. Tham dự có Bí thư Trung ương Đảng, "
        "Chánh Văn phòng Trung ương Đảng Lê Hoài Nam; Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam Nguyễn Lan Anh; "
        "Phó Trưởng Ban Tổ chức Trung ương Phan Văn An.",
    )
    assert _titles(ann, "Trần Văn Ngọc") == {("Chủ nhiệm", "Ủy ban Kiểm tra Trung ương")}
    assert ("Ủy viên", "Quân ủy Trung ương") in _titles(ann, "Lê Văn Thái")
    assert _titles(ann, "Lê Hoài Nam") == {
        ("Bí thư", "Ban Bí thư Trung ương Đảng"), ("Chánh Văn phòng", "Văn phòng Trung ương Đảng")}
    assert _titles(ann, "Nguyễn Lan Anh") == {("Phó Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")}
    assert _titles(ann, "Phan Văn An") == {("Phó Trưởng ban", "Ban Tổ chức Trung ương")}


def test_highland_family_names_and_a_dash_without_spaces() -> None:
    ann = _annotate(
        "Kỳ họp HĐND tỉnh Quảng Nam",
        "Chủ trì kỳ họp có các ông, bà: Rah Lan Hoa-Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; "
        "Kpă Văn Tú-Ủy viên Ban Thường vụ Tỉnh ủy.",
    )
    assert _titles(ann, "Rah Lan Hoa") == {
        ("Phó Bí thư Thường trực", "Tỉnh ủy Quảng Nam"), ("Chủ tịch", "Hội đồng nhân dân tỉnh Quảng Nam")}
    assert _titles(ann, "Kpă Văn Tú") == {("Ủy viên", "Ban Thường vụ Tỉnh ủy Quảng Nam")}


def test_public_service_units() -> None:
    ann = _annotate(
        "Giáo dục TP.HCM",
        "Ông Lý Văn Đạt, giám đốc Đại học Quốc gia TP.HCM, phát biểu. Bà Đào Thị Vân (Giám đốc Bưu điện "
        "TP.HCM) cho biết. Bà Trần Thị Yến, phó giám đốc Bệnh viện Chợ Rẫy, báo cáo.",
    )
    assert _titles(ann, "Lý Văn Đạt") == {("Giám đốc", "Đại học Quốc gia thành phố Hồ Chí Minh")}
    assert _titles(ann, "Đào Thị Vân") == {("Giám đốc", "Bưu điện thành phố Hồ Chí Minh")}
    assert {role for role, _ in _titles(ann, "Trần Thị Yến")} == {"Phó Giám đốc"}
    assert all(org and org.startswith("Bệnh viện Chợ Rẫy") for _, org in _titles(ann, "Trần Thị Yến"))


def test_unregistered_commune_opened_by_a_family_name_before_a_person() -> None:
    ann = _annotate(
        "Cán bộ xã ghi lý lịch sai quy định",
        "Sau đó hồ sơ được đưa cho Phó chủ tịch xã Lý Hòa Nguyễn Văn Sáu ký. "
        "Chủ tịch UBND xã Lý Hòa Trần Văn Bảy cho biết sẽ kiểm điểm.",
    )
    assert _titles(ann, "Nguyễn Văn Sáu") == {("Phó Chủ tịch", "Ủy ban nhân dân xã Lý Hòa")}
    assert _titles(ann, "Trần Văn Bảy") == {("Chủ tịch", "Ủy ban nhân dân xã Lý Hòa")}
    assert not any(name.startswith("Lý Hòa") for name in _names(ann))


def test_an_appointment_list_with_a_school_named_after_a_person() -> None:
    ann = _annotate(
        "Tỉnh Bình Định bổ nhiệm cán bộ",
        "Từ một giáo viên, bà Lê Thị Hạnh lần lượt được bổ nhiệm các chức vụ: Phó hiệu trưởng, Hiệu trưởng "
        "Trường THPT Lê Quý Đôn (TP.Quy Nhơn) rồi Phó giám đốc Sở GD-ĐT tỉnh Bình Định.",
    )
    assert _titles(ann, "Lê Thị Hạnh") == {
        ("Hiệu trưởng", "Trường THPT Lê Quý Đôn"), ("Phó Giám đốc", "Sở Giáo dục và Đào tạo tỉnh Bình Định")}
