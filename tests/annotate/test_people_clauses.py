"""Officials whose post a clause states (appointments, signatures, lists, ``là``), typing slips,
lower-case qualifiers between a role and its body — each class on a small hand-built article."""

from __future__ import annotations

from kg.annotate import annotate
from kg.annotate.names import unify_spellings
from kg.annotate.titles import make_org
from kg.extract.tenure import TenureExtractor
from kg.ingest import parse_text
from kg.model import PersonMention, Span, Title
from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import names_of as _names
from tests.annotation_helpers import titles_of as _titles

BINH_DINH = "Bình Định: bổ nhiệm cán bộ ở tỉnh Bình Định"
DAK_SONG = "UBND huyện Đắk Song tổ chức hội nghị sơ kết"
SO_GD = "Sở Giáo dục và Đào tạo tỉnh Bình Định"


# -- appointment stories --------------------------------------------------------------------
def test_appointed_posts_after_an_aside() -> None:
    ann = _annotate(BINH_DINH, "Bà Lê Thị Ba (vợ ông Toàn) lần lượt được bổ nhiệm các chức vụ: Phó hiệu "
                               "trưởng, Hiệu trưởng Trường THPT Trưng Vương (TP.Quy Nhơn) rồi Phó giám đốc "
                               "Sở GD-ĐT tỉnh Bình Định.")
    assert ("Phó Giám đốc", SO_GD) in _titles(ann, "Lê Thị Ba")


def test_the_post_left_is_not_the_post_held() -> None:
    ann = _annotate(BINH_DINH, "Ông Nguyễn Văn Tư thì được bổ nhiệm từ cán bộ phường lên làm Trưởng phòng "
                               "TN-MT TP.Quy Nhơn. Bà Lê Thị Năm (em ông Toàn) từ Trưởng phòng Tài chính "
                               "thuộc Sở KH-CN tỉnh Bình Định được bổ nhiệm làm Phó giám đốc Sở GD-ĐT.")
    assert _titles(ann, "Nguyễn Văn Tư") == {
        ("Trưởng phòng", "Phòng Tài nguyên và Môi trường thành phố Quy Nhơn")}
    assert _titles(ann, "Lê Thị Năm") == {("Phó Giám đốc", SO_GD)}


def test_an_appointment_clause_ends_at_the_next_person() -> None:
    ann = _annotate(BINH_DINH, "Bà Lê Thị Sáu từng giữ chức Chủ tịch Hội Nông dân tỉnh Bình Định, còn ông "
                               "Trần Văn Bảy (chồng bà Sáu) từng được bổ nhiệm làm Giám đốc Sở GD-ĐT.")
    assert _titles(ann, "Lê Thị Sáu") == {("Chủ tịch", "Hội Nông dân tỉnh Bình Định")}
    assert _titles(ann, "Trần Văn Bảy") == {("Giám đốc", SO_GD)}


def test_a_verb_without_an_appointment_gives_no_post() -> None:
    ann = _annotate(BINH_DINH, "Bà Lê Thị Tám cho biết Sở GD-ĐT tỉnh Bình Định đã kiểm tra.")
    assert _titles(ann, "Lê Thị Tám") == set()


def test_tenure_subject_is_not_the_person_of_an_aside() -> None:
    text = (f"{BINH_DINH}\nBà Lê Thị Năm (em ruột ông Lê Kim Toàn) được bổ nhiệm làm Phó giám đốc "
            "Sở GD-ĐT tỉnh Bình Định.\n")
    doc = parse_text(text, source="t.txt")
    facts = list(TenureExtractor()(doc, annotate(doc)))
    assert [f.subject for f in facts] == ["Lê Thị Năm"]


# -- signatures, "là", lists ---------------------------------------------------------------
def test_a_signer_takes_the_issuing_body() -> None:
    ann = _annotate("Quảng Bình: tuyến du lịch hang Va",
                    "Quyết định số 1947/QĐ-UBND của UBND tỉnh Quảng Bình phê duyệt đề án tuyến hang "
                    "Nước Nứt do Phó Chủ tịch Trần Tiến Dũng ký.")
    assert _titles(ann, "Trần Tiến Dũng") == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Bình")}


def test_a_bare_role_without_signing_keeps_no_body() -> None:
    ann = _annotate("Quảng Bình: tuyến du lịch hang Va",
                    "UBND tỉnh Quảng Bình đã họp, Phó Chủ tịch Trần Tiến Dũng phát biểu.")
    assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Bình") not in _titles(ann, "Trần Tiến Dũng")


def test_a_title_names_the_person_after_la() -> None:
    ann = _annotate(DAK_SONG, "Cán bộ xuống thực địa chỉ có Chủ tịch UBND xã Trường Xuân là ông Bùi Văn Cung.")
    assert _titles(ann, "Bùi Văn Cung") == {("Chủ tịch", "Ủy ban nhân dân xã Trường Xuân")}


def test_delegates_listed_after_their_body() -> None:
    ann = _annotate("Đoàn ĐBQH tỉnh Đắk Nông tiếp xúc cử tri",
                    "Đoàn Đại biểu Quốc hội tỉnh Đắk Nông gồm các đại biểu: Nguyễn Trường Giang; Võ Đình "
                    "Tín và Ka H’Hoa đã tiếp xúc cử tri xã Thuận Hà.")
    for name in ("Nguyễn Trường Giang", "Võ Đình Tín", "Ka H'Hoa"):
        assert _titles(ann, name) == {("Đại biểu", "Đoàn Đại biểu Quốc hội tỉnh Đắk Nông")}


def test_a_working_group_list_gives_no_seat() -> None:
    ann = _annotate(DAK_SONG, "Đoàn công tác gồm các đại biểu: Nguyễn Văn Một; Trần Văn Hai đã đến xã.")
    assert not {t for n in _names(ann) for t in _titles(ann, n)}


# -- typing slips and lower-case qualifiers ------------------------------------------------
def test_named_misspellings_of_honorific_and_committee() -> None:
    ann = _annotate(DAK_SONG, "Về dự có đ/c chí Nguyễn Hữu Khánh – Phó bí thư huyên ủy, chủ tịch HĐND huyện.")
    assert _titles(ann, "Nguyễn Hữu Khánh") == {
        ("Phó Bí thư", "Huyện ủy Đắk Song"), ("Chủ tịch", "Hội đồng nhân dân huyện Đắk Song")}


def test_lower_case_qualifier_between_role_and_body() -> None:
    ann = _annotate(DAK_SONG, "Về dự có đồng chí Thiếu tá Phạm Thanh Hoài – Phó chỉ huy trưởng động viên "
                              "tuyển quân Bộ chỉ huy Quân sự tỉnh Đắk Nông.")
    assert {r for r, _ in _titles(ann, "Phạm Thanh Hoài")} == {"Phó Chỉ huy trưởng"}


def test_a_verb_between_role_and_body_is_a_clause() -> None:
    ann = _annotate(DAK_SONG, "Đồng chí Lê Văn Mười, Phó Chủ tịch yêu cầu UBND các xã khẩn trương.")
    assert all(org is None or "xã" not in org for _, org in _titles(ann, "Lê Văn Mười"))


def _mention(name: str, start: int, role: str = "Chủ tịch") -> PersonMention:
    org = make_org("Ủy ban nhân dân", None)
    return PersonMention(name=name, span=Span(start, start + len(name)), titles=(Title(role, org, Span(0, 1)),))


def test_one_tone_mark_apart_with_the_same_post_is_one_person() -> None:
    got = unify_spellings([_mention("Nguyễn Thành Phong", 0), _mention("Nguyễn Thanh Phong", 50)])
    assert [p.name for p in got] == ["Nguyễn Thành Phong", "Nguyễn Thành Phong"]


def test_one_tone_mark_apart_with_other_posts_stays_two_people() -> None:
    got = unify_spellings([_mention("Nguyễn Văn Hòa", 0), _mention("Nguyễn Văn Hoa", 50, "Phó Chủ tịch")])
    assert [p.name for p in got] == ["Nguyễn Văn Hòa", "Nguyễn Văn Hoa"]


def test_a_qualifier_before_a_body_of_a_role_sharing_its_head() -> None:
    ann = _annotate(DAK_SONG, "Theo bà Nguyễn Thị Hoa, Phó trưởng phòng phụ trách Phòng Giáo dục và Đào tạo "
                              "huyện, năm nay có nhiều khó khăn.")
    assert _titles(ann, "Nguyễn Thị Hoa") == {("Phó Trưởng phòng", "Phòng Giáo dục và Đào tạo huyện Đắk Song")}


def test_a_lower_case_word_is_no_body_after_a_gap() -> None:
    ann = _annotate("Biển Đông", "Bà Nguyễn Thị Hoa, Bộ trưởng quốc phòng Nhật, thăm Hà Nội.")
    # no "Phòng" body from the lower-case field; the ministry named is Japan's (issue 25), never ours
    assert all(org is None or org.endswith(" Nhật") for _, org in _titles(ann, "Nguyễn Thị Hoa"))


def test_an_appointment_list_stops_at_the_next_persons_title() -> None:
    ann = _annotate(BINH_DINH, "Ông Nguyễn Văn Chín được bầu làm đại biểu, Phó Chủ tịch UBND tỉnh Bình Định "
                               "Trần Văn Mười chúc mừng.")
    assert _titles(ann, "Nguyễn Văn Chín") == set()
    assert _titles(ann, "Trần Văn Mười") == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bình Định")}


def test_dashed_items_parted_by_commas_share_the_appointment_clause() -> None:
    ann = _annotate("Hội nghị Tỉnh ủy bầu bổ sung Phó Bí thư",
                    "Ngày 30/9/2025, Hội nghị Tỉnh ủy Hà Giang diễn ra. Các ông Vũ Văn An - Phó Bí thư Thường trực "
                    "Tỉnh ủy khóa 19, Lê Văn Bình - Chủ tịch UBND tỉnh và ông Bế Văn Cường - Chủ tịch HĐND tỉnh "
                    "Hà Giang được bầu giữ chức Phó Bí thư Tỉnh ủy Hà Giang khóa 20.")
    for name in ("Vũ Văn An", "Lê Văn Bình", "Bế Văn Cường"):
        assert ("Phó Bí thư", "Tỉnh ủy Hà Giang") in _titles(ann, name), name
