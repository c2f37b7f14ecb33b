"""The open organization grammar (issue 14): field names as data, bodies outside the lexicon kept
whole, roles that keep their modifier, and the type word of a unit the article does not name."""

from __future__ import annotations

import pytest

from kg.annotate.fields import match_field
from kg.lexicon.normalize import fold
from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import titles_of as _titles

PHU_YEN = "Tỉnh Phú Yên họp báo về tôm hùm chết"
NGHE_AN = "HĐND tỉnh Nghệ An thẩm tra báo cáo cải cách hành chính"
DA_NANG = "Đà Nẵng bàn về dự án Sơn Trà"
NO_PLACE = "Hội nghị sơ kết công tác 6 tháng đầu năm"


@pytest.mark.parametrize(
    ("written", "head", "field"),
    [
        ("Sở TN&MT", "Sở", "Tài nguyên và Môi trường"),
        ("Sở TN - MT", "Sở", "Tài nguyên và Môi trường"),
        ("Sở tài nguyên – môi trường", "Sở", "Tài nguyên và Môi trường"),
        ("Sở KH và ĐT", "Sở", "Kế hoạch và Đầu tư"),
        ("Sở LĐ-TB-XH", "Sở", "Lao động – Thương binh và Xã hội"),
        ("Sở GTVT", "Sở", "Giao thông Vận tải"),
        ("Phòng TC-KH", "Phòng", "Tài chính – Kế hoạch"),
        ("Bộ VHTTDL", "Bộ", "Văn hóa, Thể thao và Du lịch"),
    ],
)
def test_every_written_form_of_a_field_reads_as_its_official_name(written: str, head: str, field: str) -> None:
    got = match_field(fold(written), fold(head), len(head))
    assert got == (field, len(written))


def test_a_field_is_not_read_inside_a_longer_word() -> None:
    assert match_field(fold("Sở XDựng"), "sở", 2) is None


def test_abbreviated_departments_get_their_long_form_and_the_province() -> None:
    ann = _annotate(
        PHU_YEN,
        "Ông Nguyễn Tri Phương – Phó Giám đốc Sở NN-PTNT Phú Yên; bà Lê Đào Anh Xuân – Phó giám đốc "
        "Sở tài nguyên – môi trường; ông Nguyễn Quế Sự - Phó Giám đốc Sở GTVT báo cáo.",
    )
    assert _titles(ann, "Nguyễn Tri Phương") == {
        ("Phó Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Yên")}
    assert _titles(ann, "Lê Đào Anh Xuân") == {("Phó Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Phú Yên")}
    assert _titles(ann, "Nguyễn Quế Sự") == {("Phó Giám đốc", "Sở Giao thông Vận tải tỉnh Phú Yên")}


def test_a_field_whose_word_is_a_family_name_is_not_cut() -> None:
    # "Đào" is a family name; the field list keeps "Giáo dục và Đào tạo" whole
    ann = _annotate(PHU_YEN, "Đồng chí Phan Thanh Hải, Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh phát biểu.")
    assert _titles(ann, "Phan Thanh Hải") == {("Phó Giám đốc", "Sở Giáo dục và Đào tạo tỉnh Phú Yên")}


def test_a_committee_of_the_council_takes_the_council_and_its_place() -> None:
    ann = _annotate(NGHE_AN, "Bà Thái Thị An Chung - Phó Ban Pháp chế HĐND tỉnh đề nghị có giải pháp.")
    assert _titles(ann, "Thái Thị An Chung") == {
        ("Phó Trưởng ban", "Ban Pháp chế Hội đồng nhân dân tỉnh Nghệ An")}


def test_bodies_outside_the_lexicon_are_kept_whole() -> None:
    ann = _annotate(
        "Đắk Nông công nhận xã đạt chuẩn nông thôn mới",
        "Đồng chí Trương Thanh Tùng – Phó Chủ tịch UBND tỉnh Đắk Nông, Chủ tịch Hội đồng thẩm định "
        "xã NTM tỉnh chủ trì. Đại tá Lê Văn Sơn – Phó Cục trưởng Cục Cảnh sát giao thông cho biết.",
    )
    assert ("Chủ tịch", "Hội đồng Thẩm định xã NTM tỉnh Đắk Nông") in _titles(ann, "Trương Thanh Tùng")
    assert _titles(ann, "Lê Văn Sơn") == {("Phó Cục trưởng", "Cục Cảnh sát giao thông")}


def test_a_parenthesis_naming_the_owner_belongs_to_the_title() -> None:
    ann = _annotate(NO_PLACE, "Phó tổng cục trưởng Tổng cục Du lịch (Bộ VHTTDL) Hà Văn Siêu cho biết.")
    assert _titles(ann, "Hà Văn Siêu") == {("Phó Tổng cục trưởng", "Tổng cục Du lịch")}


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("Phó Giám đốc Thường trực Sở Du lịch Đà Nẵng Trần Chí Cường phát biểu.", "Trần Chí Cường",
         ("Phó Giám đốc Thường trực", "Sở Du lịch thành phố Đà Nẵng")),
        ("Ngày 24.5, Phó thủ tướng thường trực Trương Hòa Bình đã có ý kiến.", "Trương Hòa Bình",
         ("Phó Thủ tướng Thường trực", "Chính phủ")),
        ("Phó Chủ tịch nước Đặng Thị Ngọc Thịnh trao Nghị quyết.", "Đặng Thị Ngọc Thịnh",
         ("Phó Chủ tịch nước", "Nhà nước")),
        ("Ông Nguyễn Thành Tiến, Phó văn phòng UBND Đà Nẵng, đại diện lãnh đạo.", "Nguyễn Thành Tiến",
         ("Phó Chánh Văn phòng", "Văn phòng UBND thành phố Đà Nẵng")),
        ("Ông Huỳnh Đảm, nguyên Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, phản ánh.", "Huỳnh Đảm",
         ("Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")),
    ],
)
def test_roles_keep_their_modifier(sentence: str, name: str, expected: tuple[str, str]) -> None:
    assert _titles(_annotate(DA_NANG, sentence), name) == {expected}


def test_roles_listed_before_their_body_share_it() -> None:
    ann = _annotate(NO_PLACE, "Dự hội nghị có đại tá Lê Huy Hà - Phó chỉ huy Trưởng, tham mưu trưởng, "
                              "Bộ chỉ huy Quân sự tỉnh Đắk Nông; đồng chí khác.")
    assert _titles(ann, "Lê Huy Hà") == {
        ("Phó Chỉ huy trưởng", "Bộ Chỉ huy quân sự tỉnh Đắk Nông"),
        ("Tham mưu trưởng", "Bộ Chỉ huy quân sự tỉnh Đắk Nông"),
    }


def test_an_unknown_unit_keeps_its_type_word() -> None:
    ann = _annotate(NO_PLACE, "Đ/c Nguyễn Văn Phò – Phó CT UBND huyện. Ông Trần Văn Bốn, Chủ tịch UBND xã phát biểu.")
    assert _titles(ann, "Nguyễn Văn Phò") == {("Phó Chủ tịch", "Ủy ban nhân dân huyện")}
    assert _titles(ann, "Trần Văn Bốn") == {("Chủ tịch", "Ủy ban nhân dân xã")}
    (phó,) = [t for p in ann.people if p.name == "Nguyễn Văn Phò" for t in p.titles]
    (chủ,) = [t for p in ann.people if p.name == "Trần Văn Bốn" for t in p.titles]
    assert phó.org is not None and chủ.org is not None
    assert phó.org.key != chủ.org.key  # two bodies, not one with two labels


def test_a_bare_party_role_takes_the_committee_of_its_neighbours_level() -> None:
    ann = _annotate(NO_PLACE, "Đồng chí Nguyễn Hữu Khánh – Phó Bí thư, Chủ tịch HĐND huyện phát biểu chỉ đạo.")
    assert _titles(ann, "Nguyễn Hữu Khánh") == {("Phó Bí thư", "Huyện ủy"), ("Chủ tịch", "Hội đồng nhân dân huyện")}


def test_commune_civil_servants_belong_to_the_communes_committee() -> None:
    ann = _annotate(
        "Tranh chấp đất ở xã Đắk BukSo",
        "Đại diện UBND xã Đắk BukSo có ông Văn Công Thọ, Cán bộ Tư pháp, thư ký, "
        "ông Nguyễn Xuân Tiến, Cán bộ địa chính xã.",
    )
    assert _titles(ann, "Văn Công Thọ") == {("Cán bộ Tư pháp", "Ủy ban nhân dân xã Đắk Búk So")}
    assert _titles(ann, "Nguyễn Xuân Tiến") == {("Cán bộ địa chính", "Ủy ban nhân dân xã Đắk Búk So")}


def test_a_company_after_a_role_does_not_end_the_title_list() -> None:
    ann = _annotate(DA_NANG, "Ông Trịnh Bằng Có, Giám đốc Công ty CP du lịch Phương Đông Việt, "
                             "Tổng Thư ký Hiệp hội Du lịch Đà Nẵng, cho biết.")
    assert ("Tổng Thư ký", "Hiệp hội Du lịch thành phố Đà Nẵng") in _titles(ann, "Trịnh Bằng Có")


def test_a_short_mention_of_a_body_takes_the_full_form_the_person_holds() -> None:
    ann = _annotate(NGHE_AN, "Đồng chí Phan Đức Đồng - Trưởng Ban Pháp chế HĐND tỉnh chủ trì. "
                             "Phát biểu, Trưởng ban Pháp chế Phan Đức Đồng yêu cầu cải cách.")
    assert _titles(ann, "Phan Đức Đồng") == {("Trưởng ban", "Ban Pháp chế Hội đồng nhân dân tỉnh Nghệ An")}


def test_a_cooperative_is_not_a_commune() -> None:
    ann = _annotate(NO_PLACE, "Ông Phùng Văn Hữu, Chủ tịch Hội đồng Quản trị Hợp tác xã Chợ gốm cho biết.")
    assert all(t.org is None or t.org.place is None for p in ann.people for t in p.titles)


def test_one_person_does_not_hold_both_the_bare_and_the_named_committee() -> None:
    ann = _annotate(NO_PLACE, "Đồng chí Trần Văn Bình - Bí thư Tỉnh ủy chủ trì. "
                              "Bí thư Tỉnh ủy Bình Định Trần Văn Bình kết luận.")
    assert _titles(ann, "Trần Văn Bình") == {("Bí thư", "Tỉnh ủy Bình Định")}
