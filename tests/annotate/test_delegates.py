"""Delegates of a council: a name the delegate word introduces holds a seat in the council."""

from __future__ import annotations

from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import names_of as _names
from tests.annotation_helpers import titles_of as _titles

SESSION = "Kỳ họp thứ 7 HĐND tỉnh Quảng Trị khai mạc"


def test_a_delegate_named_alone_sits_in_the_council_of_the_session() -> None:
    ann = _annotate(SESSION, "Tại phiên thảo luận của HĐND tỉnh Quảng Trị, đại biểu Hoàng Văn Sáu đề nghị "
                             "làm rõ tiến độ. Đại biểu Lý Thị Bảy cho rằng cần thêm thời gian.")
    assert _titles(ann, "Hoàng Văn Sáu") == {("Đại biểu", "Hội đồng nhân dân tỉnh Quảng Trị")}
    assert _titles(ann, "Lý Thị Bảy") == {("Đại biểu", "Hội đồng nhân dân tỉnh Quảng Trị")}


def test_the_council_written_after_the_word_wins_and_a_list_follows_one_word() -> None:
    ann = _annotate(SESSION, "Kỳ họp cho thôi làm nhiệm vụ đại biểu HĐND xã Gio Linh đối với hai đại biểu: "
                             "Đoàn Văn Tư và Mai Thị Năm. Đại biểu Quốc hội Tạ Văn Tám dự kỳ họp.")
    assert _titles(ann, "Đoàn Văn Tư") == {("Đại biểu", "Hội đồng nhân dân xã Gio Linh")}
    assert _titles(ann, "Mai Thị Năm") == {("Đại biểu", "Hội đồng nhân dân xã Gio Linh")}
    assert ("Đại biểu", "Quốc hội") in _titles(ann, "Tạ Văn Tám")


def test_a_delegate_title_after_a_name_is_that_persons() -> None:
    ann = _annotate(SESSION, "Thư ký kỳ họp: bà Phạm Thị Chín - Đại biểu HĐND tỉnh Quảng Trị.")
    assert _titles(ann, "Phạm Thị Chín") == {("Đại biểu", "Hội đồng nhân dân tỉnh Quảng Trị")}


def test_delegates_in_general_and_a_person_with_a_post_get_no_seat() -> None:
    ann = _annotate(SESSION, "Các đại biểu HĐND tỉnh Quảng Trị đã thảo luận. Ông Võ Văn Mười, Chủ tịch "
                             "UBND tỉnh, tiếp thu ý kiến các đại biểu.")
    assert _titles(ann, "Võ Văn Mười") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị")}


def test_a_delegate_sits_in_the_council_the_article_reports_not_one_it_cites_in_passing() -> None:
    ann = _annotate("HĐND tỉnh Quảng Trị chất vấn về phí đường bộ",
                    "Tại kỳ họp HĐND tỉnh Quảng Trị, nhiều ý kiến đề nghị Đoàn ĐBQH tỉnh kiến nghị với Quốc hội "
                    "xem xét lại. Trong khi đó đại biểu Lương Văn Ba cho rằng HĐND tỉnh nên chờ thêm.")
    assert _titles(ann, "Lương Văn Ba") == {("Đại biểu", "Hội đồng nhân dân tỉnh Quảng Trị")}


def test_a_delegation_named_by_its_province_names_no_delegate() -> None:
    ann = _annotate(
        "Hà Nội chấn chỉnh vỉa hè",
        "Tại cuộc làm việc với Đoàn đại biểu Quốc hội Hà Nội chiều 16/5, Bí thư Thành ủy Hoàng Văn Hải nhận định.",
    )
    assert "Hà Nội" not in _names(ann)
