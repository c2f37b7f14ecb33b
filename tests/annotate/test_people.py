"""Finding officials: introductions, names, title-only mentions and coreference."""

from __future__ import annotations

from tests.annotation_helpers import BAC_KAN
from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import names_of as _names
from tests.annotation_helpers import titles_of as _titles

DAK_SONG = "UBND huyện Đắk Song tổ chức hội nghị sơ kết"


def test_honorific_name_dash_title_list() -> None:
    ann = _annotate(
        BAC_KAN, "Đồng chí Cù Ngọc Cường – Ủy viên BTV Tỉnh ủy, Bí thư Thành ủy dự và phát biểu."
    )
    assert _titles(ann, "Cù Ngọc Cường") == {
        ("Ủy viên", "Ban Thường vụ Tỉnh ủy Bắc Kạn"),
        ("Bí thư", "Thành ủy Bắc Kạn"),
    }


def test_each_honorific_introduces_a_name() -> None:
    ann = _annotate(
        DAK_SONG,
        "Đ/c Nguyễn Ngọc Thân - Phó chủ tịch UBND huyện chủ trì. "
        "Ông Lê Văn Hai – Trưởng phòng Tài chính – Kế hoạch huyện báo cáo. "
        "Bà Trần Thị Ba, Chủ tịch Hội LHPN huyện phát biểu.",
    )
    assert _titles(ann, "Nguyễn Ngọc Thân") == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Đắk Song")}
    assert _titles(ann, "Lê Văn Hai") == {
        ("Trưởng phòng", "Phòng Tài chính – Kế hoạch huyện Đắk Song")
    }
    assert _titles(ann, "Trần Thị Ba") == {("Chủ tịch", "Hội Liên hiệp Phụ nữ huyện Đắk Song")}


def test_title_before_name() -> None:
    ann = _annotate(
        "Bí thư Thành ủy TP.HCM làm việc với quận 2",
        "Bí thư Thành ủy TP.HCM Đinh La Thăng làm việc với quận 2. "
        "Chủ tịch UBND quận 2 Nguyễn Phước Hưng báo cáo.",
    )
    assert _titles(ann, "Đinh La Thăng") == {("Bí thư", "Thành ủy Hồ Chí Minh")}
    assert _titles(ann, "Nguyễn Phước Hưng") == {("Chủ tịch", "Ủy ban nhân dân quận 2")}


def test_long_title_before_name() -> None:
    ann = _annotate(
        "Quốc hội giám sát",
        "Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội Nguyễn Trường Giang cho biết.",
    )
    assert _titles(ann, "Nguyễn Trường Giang") == {
        ("Phó Chủ nhiệm", "Ủy ban Pháp luật của Quốc hội")
    }


def test_rank_alone_introduces_a_name() -> None:
    ann = _annotate(
        "Bí thư Thành ủy TP.HCM làm việc với quận 2",
        "Trung tá Trần Văn Hiếu, Trưởng Công an quận 2, cho biết. Ông Hiếu nói thêm.",
    )
    assert _names(ann) == {"Trần Văn Hiếu"}
    assert _titles(ann, "Trần Văn Hiếu") == {("Trưởng Công an", "Công an quận 2")}


def test_ethnic_minority_names() -> None:
    ann = _annotate(
        DAK_SONG,
        "Đồng chí K’ Dung- CT Hội CCB tỉnh phát biểu. "
        "Đồng chí Ka H’Hoa – Phó Chủ tịch UBND huyện dự. "
        "Ông Y Quang BKrông, Phó Chủ tịch HĐND tỉnh dự.",
    )
    assert {"K'Dung", "Ka H'Hoa", "Y Quang BKrông"} <= _names(ann)


def test_names_listed_after_a_colon_without_honorific() -> None:
    ann = _annotate(
        "Hà Nội và Lào Cai hợp tác phát triển du lịch",
        "Cùng dự có các Ủy viên T.Ư Đảng: Ngô Thị Thanh Hằng, Phó Bí thư Thường trực Thành ủy Hà Nội; "
        "Nguyễn Đức Chung, Chủ tịch UBND TP Hà Nội.",
    )
    # the title before the colon is every listed person's, besides their own
    central = ("Ủy viên", "Ban Chấp hành Trung ương Đảng")
    assert _titles(ann, "Nguyễn Đức Chung") == {("Chủ tịch", "Ủy ban nhân dân thành phố Hà Nội"), central}
    assert _titles(ann, "Ngô Thị Thanh Hằng") == {("Phó Bí thư Thường trực", "Thành ủy Hà Nội"), central}


def test_last_title_before_a_new_name_belongs_to_it() -> None:
    ann = _annotate(
        "Thị xã Sông Cầu họp báo",
        "Các ông Phạm Kiên - Chủ tịch UBND thị xã Sông Cầu, Phó Chủ tịch Lương Công Tuấn trả lời.",
    )
    assert _titles(ann, "Phạm Kiên") == {("Chủ tịch", "Ủy ban nhân dân thị xã Sông Cầu")}
    assert "Lương Công Tuấn" in _names(ann)


def test_title_only_mentions_resolve_to_the_holder() -> None:
    ann = _annotate(
        BAC_KAN,
        "Đồng chí Cù Ngọc Cường – Bí thư Thành ủy Bắc Kạn dự. "
        "Ông Dương Hữu Bường – Chủ tịch UBND thành phố chủ trì. "
        "Theo đồng chí Bí thư Thành ủy Bắc Kạn, cần làm tốt. Chủ tịch UBND thành phố giao nhiệm vụ.",
    )
    resolved = {
        (tm.title.role, tm.title.org.label if tm.title.org else None, tm.person)
        for tm in ann.title_mentions
    }
    assert ("Bí thư", "Thành ủy Bắc Kạn", "Cù Ngọc Cường") in resolved
    assert ("Chủ tịch", "Ủy ban nhân dân thành phố Bắc Kạn", "Dương Hữu Bường") in resolved


def test_town_chairman_title_resolves() -> None:
    ann = _annotate(
        "UBND thị xã Đông Triều họp",
        "Đồng chí Nguyễn Văn Ngoãn – Chủ tịch UBND thị xã chủ trì. "
        "Chủ tịch UBND thị xã yêu cầu các phòng ban thực hiện.",
    )
    assert [tm.person for tm in ann.title_mentions] == ["Nguyễn Văn Ngoãn"]


def test_surname_only_reference_takes_the_full_name() -> None:
    ann = _annotate(
        "Bí thư Thành ủy TP.HCM làm việc với quận 2",
        "Bí thư Thành ủy TP.HCM Đinh La Thăng làm việc với quận 2. Bí thư Thăng đặt vấn đề. "
        "Ông Thăng yêu cầu giảm tội phạm.",
    )
    assert _names(ann) == {"Đinh La Thăng"}
    assert len(ann.people) == 3
    assert _titles(ann, "Đinh La Thăng") == {("Bí thư", "Thành ủy Hồ Chí Minh")}


def test_bare_party_role_takes_the_persons_written_committee() -> None:
    ann = _annotate(
        "Bí thư Đinh La Thăng làm việc với huyện Bình Chánh",
        "Bí thư Đinh La Thăng làm việc với huyện Bình Chánh. "
        "Đồng chí Đinh La Thăng – Bí thư Thành ủy TP.HCM phát biểu.",
    )
    assert _titles(ann, "Đinh La Thăng") == {("Bí thư", "Thành ủy Hồ Chí Minh")}


def test_place_and_landmark_names_are_not_people() -> None:
    ann = _annotate(
        "Khánh Hòa chuẩn bị APEC",
        "Khách tham quan Tháp Bà Ponagar và Hòn Chồng. "
        "Tỉnh Bà Rịa - Vũng Tàu cũng chuẩn bị. Bí thư Hà Nội: cần giải pháp.",
    )
    assert _names(ann) == set()


def test_unresolved_given_name_alone_is_dropped() -> None:
    ann = _annotate(DAK_SONG, "Ông Tường cho hay đoàn kiểm tra đã làm việc.")
    assert _names(ann) == set()


def test_words_after_a_title_that_open_a_sentence_are_not_the_name() -> None:
    ann = _annotate(
        "UBND TPHCM họp", "Chủ tịch UBND TPHCM Nguyễn Thành Phong Sáng 15/6, Thường trực UBND họp."
    )
    assert _names(ann) == {"Nguyễn Thành Phong"}


def test_former_national_body_is_not_a_title_start() -> None:
    ann = _annotate(
        "Kỷ luật cán bộ", "Ban Bí thư đã họp dưới sự chủ trì của Tổng Bí thư Nguyễn Phú Trọng."
    )
    assert _titles(ann, "Nguyễn Phú Trọng") == {("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng")}
    assert all(tm.title.role != "Bí thư" for tm in ann.title_mentions)


def test_a_letter_split_off_a_name_joins_it_again() -> None:
    ann = _annotate(DAK_SONG, "Đ/c Nguyễ N Xuân Thanh - Chủ tịch UBND huyện phát biểu. "
                              "Đồng chí Trầ n Văn Hai - Phó Chủ tịch UBND huyện dự.")
    assert {"Nguyễn Xuân Thanh", "Trần Văn Hai"} <= _names(ann)
    assert not any(" N " in n or n.startswith("Nguyễ ") for n in _names(ann))


def test_an_abbreviation_after_a_name_is_not_part_of_it() -> None:
    ann = _annotate(BAC_KAN, "Chủ tịch UBND thành phố Hoàng Bá Huy DN cho biết.")
    assert "Hoàng Bá Huy" in _names(ann)


def test_a_bare_deputy_takes_the_body_of_the_role_named_just_before() -> None:
    ann = _annotate(
        "Thị xã Sông Cầu họp báo",
        "Các ông Phạm Kiên - Chủ tịch UBND thị xã Sông Cầu, Phó Chủ tịch Lương Công Tuấn trả lời. "
        "Phó Chủ tịch Trần Văn Năm nói.",
    )
    assert _titles(ann, "Lương Công Tuấn") == {("Phó Chủ tịch", "Ủy ban nhân dân thị xã Sông Cầu")}
    assert all(t.org is None for p in ann.people if p.name == "Trần Văn Năm" for t in p.titles)


def test_a_title_whose_unit_was_implicit_takes_the_unit_the_same_person_names() -> None:
    ann = _annotate(
        "Nha Trang chuẩn bị APEC; Đà Nẵng họp về công trình",
        "Chiều 7-2, Phó Chủ tịch UBND TP Nguyễn Ngọc Tuấn chủ trì cuộc họp. "
        "Phó Chủ tịch UBND TP Đà Nẵng Nguyễn Ngọc Tuấn chủ trì buổi làm việc ở Nha Trang.",
    )
    assert _titles(ann, "Nguyễn Ngọc Tuấn") == {("Phó Chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng")}


def test_a_bare_title_after_a_fronted_topic_is_the_next_clause_subject() -> None:
    ann = _annotate(
        "Cử tri kiến nghị về công tác cán bộ",
        "Trả lời cử tri về trường hợp ông Lò Văn Khải, Bộ trưởng cho hay việc xử lý là nghiêm minh. "
        "Đề cập đến việc kỷ luật bà Mai Thị Hoa, Chủ tịch nói thêm. "
        "Về phía huyện, ông Đặng Văn Sơn, Chủ tịch UBND huyện Đắk Song cho biết đã chuẩn bị xong. "
        "Về dự có ông Vi Văn Tâm, Phó Chủ tịch UBND huyện Đắk Song và đại diện các xã. "
        "Cử tri hỏi về việc ông Hà Văn Lộc, nguyên Chủ tịch UBND huyện Đắk Song nhận kỷ luật.",
    )
    assert _titles(ann, "Lò Văn Khải") == set()  # the minister speaks of him
    assert _titles(ann, "Mai Thị Hoa") == set()
    # a topic in a clause of its own: the title beside the name is his
    assert _titles(ann, "Đặng Văn Sơn") == {("Chủ tịch", "Ủy ban nhân dân huyện Đắk Song")}
    assert _titles(ann, "Vi Văn Tâm") == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Đắk Song")}  # "về" alone: no topic
    # a post written with its body, the subject of the clause the topic names: his
    assert _titles(ann, "Hà Văn Lộc") == {("Chủ tịch", "Ủy ban nhân dân huyện Đắk Song")}
