"""Meeting organizers outside the core lexicon, and chairs named away from the report (issue 14)."""

from __future__ import annotations

from kg.annotate import annotate
from kg.extract.meetings import MeetingExtractor
from kg.ingest import parse_text
from kg.model import MeetingInfo


def infos(text: str) -> list[MeetingInfo]:
    doc = parse_text(text, source="article.txt")
    out = [f.object for f in MeetingExtractor()(doc, annotate(doc))]
    assert all(isinstance(m, MeetingInfo) for m in out)
    return out  # type: ignore[return-value]


def label(m: MeetingInfo) -> str | None:
    return m.organizer.label if m.organizer is not None else None


def test_the_party_organization_of_a_military_command_holds_its_conference() -> None:
    (m,) = infos("""Hội nghị ra nghị quyết
Ngày 6/8/2019, Đảng bộ quân sự huyện Krông Nô tổ chức hội nghị ra nghị quyết lãnh đạo nhiệm vụ \
quân sự địa phương 6 tháng cuối năm 2019.
""")
    assert label(m) == "Đảng bộ Quân sự huyện Krông Nô"
    assert m.place is not None and m.place.name == "Krông Nô"


def test_a_village_party_cell_keeps_its_village_and_sits_in_its_commune() -> None:
    (m,) = infos("""Đại hội chi bộ
Sáng 14/2/2020, Chi bộ thôn 8 xã Trường Xuân huyện Đắk Song tiến hành Đại hội Đảng viên lần thứ XIII, \
nhiệm kỳ 2020-2022.
""")
    assert label(m) == "Chi bộ thôn 8 xã Trường Xuân"
    assert m.place is not None and m.place.name == "Trường Xuân" and m.place.code


def test_a_body_the_text_cuts_short_is_the_chairs_body_named_in_full() -> None:
    (m,) = infos("""Công nhận xã đạt chuẩn nông thôn mới
Sáng ngày 8/5/2020, Hội đồng thẩm định xã nông thôn mới (NTM) tỉnh tổ chức họp xét công nhận 04 xã \
đạt chuẩn NTM. Đồng chí Trương Văn Tùng – Phó Chủ tịch UBND tỉnh Đắk Nông, Chủ tịch Hội đồng thẩm \
định xã NTM tỉnh Đắk Nông chủ trì.
""")
    assert m.chairs == ("Trương Văn Tùng",)
    assert label(m) == "Hội đồng Thẩm định xã NTM tỉnh Đắk Nông"
    assert m.place is not None and m.place.name == "Đắk Nông"


def test_the_chair_named_later_in_a_caption_presides() -> None:
    sentences = " ".join(f"Chỉ tiêu số {i} đạt kế hoạch đề ra." for i in range(1, 9))
    (m,) = infos(f"""Hội nghị 9 tháng
Ngày 02/10/2019, UBND huyện Đắk Song tổ chức hội nghị đánh giá tình hình 9 tháng. {sentences}
Đồng chí Nguyễn Văn Phò – Phó Chủ tịch UBND huyện chủ trì hội nghị
""")
    assert m.chairs == ("Nguyễn Văn Phò",)


def test_a_later_chair_of_another_task_does_not_preside() -> None:
    sentences = " ".join(f"Chỉ tiêu số {i} đạt kế hoạch đề ra." for i in range(1, 9))
    (m,) = infos(f"""Hội nghị 9 tháng
Ngày 02/10/2019, UBND huyện Đắk Song tổ chức hội nghị đánh giá tình hình 9 tháng. {sentences}
Đồng chí Nguyễn Văn Phò – Phó Chủ tịch UBND huyện chủ trì phối hợp với các xã thực hiện.
""")
    assert m.chairs == ()
