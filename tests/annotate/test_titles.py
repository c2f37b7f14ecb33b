"""The title grammar: role + organization + locality, through the whole annotate step."""

from __future__ import annotations

import pytest

from tests.annotation_helpers import BAC_KAN
from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import titles_of as _titles

DONG_TRIEU = "UBND thị xã Đông Triều họp phiên thường kỳ tháng 9"
DAK_SONG = "UBND huyện Đắk Song tổ chức hội nghị sơ kết"


@pytest.mark.parametrize(
    ("headline", "sentence", "name", "expected"),
    [
        # implicit locality: the article is about thành phố Bắc Kạn
        (
            BAC_KAN,
            "Đồng chí Dương Hữu Bường – Tỉnh ủy viên, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố chủ trì.",
            "Dương Hữu Bường",
            {
                ("Ủy viên", "Tỉnh ủy Bắc Kạn"),
                ("Phó Bí thư", "Thành ủy Bắc Kạn"),
                ("Chủ tịch", "Ủy ban nhân dân thành phố Bắc Kạn"),
            },
        ),
        # "Ủy viên BTV Thị ủy" is a member of the Standing Committee of the town's committee
        (
            DONG_TRIEU,
            "Dự có đồng chí Nguyễn Khắc Dũng - Ủy viên BTV Thị ủy, Phó Chủ tịch UBND thị xã.",
            "Nguyễn Khắc Dũng",
            {
                ("Ủy viên", "Ban Thường vụ Thị ủy Đông Triều"),
                # the town's type as of the article (a thành phố since 2025 in the register)
                ("Phó Chủ tịch", "Ủy ban nhân dân thị xã Đông Triều"),
            },
        ),
        # abbreviations: UVBTV, PCT, HĐND
        (
            DAK_SONG,
            "Đ/c Nguyễn Văn Phò - UVBTV, PCT UBND huyện chủ trì hội nghị.",
            "Nguyễn Văn Phò",
            {
                ("Ủy viên", "Ban Thường vụ Huyện ủy Đắk Song"),
                ("Phó Chủ tịch", "Ủy ban nhân dân huyện Đắk Song"),
            },
        ),
        (
            DAK_SONG,
            "Đ/c Nguyễn Văn Phò – Phó CT UBND huyện phát biểu.",
            "Nguyễn Văn Phò",
            {("Phó Chủ tịch", "Ủy ban nhân dân huyện Đắk Song")},
        ),
        (
            DAK_SONG,
            "Đồng chí Phan Văn Hợp – TUV, BT Huyện ủy phát biểu.",
            "Phan Văn Hợp",
            {("Ủy viên", "Tỉnh ủy Đắk Nông"), ("Bí thư", "Huyện ủy Đắk Song")},
        ),
        (
            DAK_SONG,
            "Đồng chí Nguyễn Hữu Khánh – Phó Bí thư, Chủ tịch HĐND huyện phát biểu.",
            "Nguyễn Hữu Khánh",
            {("Phó Bí thư", "Huyện ủy Đắk Song"), ("Chủ tịch", "Hội đồng nhân dân huyện Đắk Song")},
        ),
        # portal typos and short forms
        (
            DAK_SONG,
            "Đồng chí Đoàn Văn Sự - Phó Bí TT Huyện ủy phát biểu.",
            "Đoàn Văn Sự",
            {("Phó Bí thư Thường trực", "Huyện ủy Đắk Song")},
        ),
        (
            DAK_SONG,
            "Đồng chí Nguyễn Xuân Thanh chủ tịch UBND dân huyện đề nghị các phòng ban.",
            "Nguyễn Xuân Thanh",
            {("Chủ tịch", "Ủy ban nhân dân huyện Đắk Song")},
        ),
        (
            DAK_SONG,
            "Đồng chí K’ Dung- CT Hội CCB tỉnh Đăk Nông phát biểu.",
            "K'Dung",
            {("Chủ tịch", "Hội Cựu chiến binh tỉnh Đắk Nông")},
        ),
        (
            DAK_SONG,
            "Đồng chí Lê Văn An – Chỉ huy trưởng Ban CHQS huyện báo cáo.",
            "Lê Văn An",
            {("Chỉ huy trưởng", "Ban Chỉ huy quân sự huyện Đắk Song")},
        ),
        (
            DAK_SONG,
            "Đồng chí Lê Văn Bình – Chủ tịch Ủy ban MTTQ huyện phát biểu.",
            "Lê Văn Bình",
            {("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Đắk Song")},
        ),
        (
            DAK_SONG,
            "Đồng chí Thượng tá Hồ Văn Trung – Phó Bí thư Đảng ủy Quân sự huyện thông qua báo cáo.",
            "Hồ Văn Trung",
            {("Phó Bí thư", "Đảng ủy Quân sự huyện Đắk Song")},
        ),
        # the role's last word is also its body's head
        (
            DAK_SONG,
            "Đồng chí Võ Quốc Tuấn – Trưởng ban tổ chức Huyện ủy chủ trì.",
            "Võ Quốc Tuấn",
            {("Trưởng ban", "Ban Tổ chức Huyện ủy Đắk Song")},
        ),
        (
            DAK_SONG,
            "Đồng chí Phùng Như Khương – Phó Chánh Văn phòng HĐND&UBND huyện báo cáo.",
            "Phùng Như Khương",
            {("Phó Chánh Văn phòng", "Văn phòng HĐND và UBND huyện Đắk Song")},
        ),
        # TX / TP written before the name
        (
            DONG_TRIEU,
            "Ông Nguyễn Văn Ngoãn – Chủ tịch UBND TX Đông Triều phát biểu.",
            "Nguyễn Văn Ngoãn",
            {("Chủ tịch", "Ủy ban nhân dân thị xã Đông Triều")},
        ),
        # a national role names its body by itself
        (
            DAK_SONG,
            "Phó Thủ tướng Vũ Đức Đam chủ trì hội nghị trực tuyến.",
            "Vũ Đức Đam",
            {("Phó Thủ tướng", "Chính phủ")},
        ),
    ],
)
def test_title_forms(
    headline: str, sentence: str, name: str, expected: set[tuple[str, str | None]]
) -> None:
    assert _titles(_annotate(headline, sentence), name) == expected


def test_bare_city_word_in_a_district_article_means_the_central_city() -> None:
    ann = _annotate(
        "Bí thư Thành ủy TP.HCM làm việc với huyện Bình Chánh",
        "Chủ tịch UBND TP Nguyễn Thành Phong làm việc với huyện Bình Chánh và huyện Củ Chi.",
    )
    assert _titles(ann, "Nguyễn Thành Phong") == {
        ("Chủ tịch", "Ủy ban nhân dân thành phố Hồ Chí Minh")
    }


def test_fused_tphcm_is_the_city() -> None:
    ann = _annotate(
        "Sốt đất ở huyện Củ Chi",
        "Đồng chí Lê Văn Khoa, Phó Chủ tịch UBND TPHCM, nhận định như sau.",
    )
    assert _titles(ann, "Lê Văn Khoa") == {
        ("Phó Chủ tịch", "Ủy ban nhân dân thành phố Hồ Chí Minh")
    }


def test_bare_party_committee_takes_the_unit_named_elsewhere() -> None:
    ann = _annotate(
        "Hà Nội và Lào Cai hợp tác phát triển du lịch thị xã Sa Pa",
        "Dự có đồng chí Hoàng Trung Hải, Bí thư Thành ủy Hà Nội; Ngô Thị Thanh Hằng, "
        "Phó Bí thư Thường trực Thành ủy.",
    )
    assert _titles(ann, "Ngô Thị Thanh Hằng") == {("Phó Bí thư Thường trực", "Thành ủy Hà Nội")}


def test_common_noun_after_so_is_not_a_body() -> None:
    ann = _annotate(
        "UBND tỉnh Bình Định họp", "Ông Lê Văn Cường, phó giám đốc sở theo đúng chỉ đạo của tỉnh."
    )
    assert not any(t.org for p in ann.people for t in p.titles)


def test_named_body_keeps_its_own_name_and_no_invented_place() -> None:
    ann = _annotate(
        "Tổng cục Du lịch làm việc tại quận Sơn Trà, thành phố Đà Nẵng",
        "Ông Hà Văn Siêu – Phó Tổng cục trưởng Tổng cục Du lịch phát biểu.",
    )
    assert _titles(ann, "Hà Văn Siêu") == {("Phó Tổng cục trưởng", "Tổng cục Du lịch")}


def test_chanh_van_phong_is_head_of_the_office() -> None:
    ann = _annotate(
        "UBND tỉnh Quảng Nam họp báo", "Ông Nguyễn Hồng Quang, Chánh Văn phòng UBND tỉnh cho biết."
    )
    assert _titles(ann, "Nguyễn Hồng Quang") == {
        ("Chánh Văn phòng", "Văn phòng UBND tỉnh Quảng Nam")
    }
