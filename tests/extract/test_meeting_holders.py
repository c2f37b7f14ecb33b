"""Who held a working session the press tells through a delegation or a superior (issue 25, round 22): a
steering committee named with its field, a delegation's head set off by commas, the superior official a unit
reports to."""

from __future__ import annotations

from kg.model import MeetingInfo
from tests.annotation_helpers import meeting_infos as infos


def label(m: MeetingInfo) -> str | None:
    return m.organizer.label if m.organizer is not None else None


def test_a_committee_named_with_its_field_holds_the_session_under_its_whole_name() -> None:
    (m,) = infos("""Kiểm tra công tác thu hồi tài sản
Ngày 12/4, Ban Chỉ đạo Trung ương về phòng chống tham nhũng đã làm việc với Ban Thường vụ Tỉnh ủy Nghệ An \
để thông qua dự thảo báo cáo kết quả kiểm tra.
Nhiều ý kiến được nêu.
""")
    assert label(m) == "Ban Chỉ đạo Trung ương về phòng chống tham nhũng"


def test_the_clause_of_a_delegations_head_is_no_part_of_the_body_before_it() -> None:
    (m,) = infos("""Lào đề nghị hợp tác
Chiều 24/9, ông Somsak Phon, Vụ phó vụ Đông Nam Á, Bộ Ngoại giao Lào, dẫn đầu đoàn công tác đến làm việc với \
UBND tỉnh Quảng Trị về hợp tác biên giới.
Tại buổi làm việc, Phó Chủ tịch UBND tỉnh Quảng Trị Hà Sỹ Đồng đề nghị hai bên phối hợp.
""")
    assert label(m) is not None and "dẫn đầu" not in label(m)


def test_the_superior_a_unit_reports_to_at_a_session_presides_it() -> None:
    (m,) = infos("""Quận Ba Đình thu ngân sách vượt dự toán
Tại buổi làm việc với Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung chiều 10/11 về tình hình kinh tế - xã hội, \
ông Trần Văn Nam, Chủ tịch UBND quận Ba Đình cho biết quận đã thu vượt dự toán.
Quận kiến nghị thành phố nhiều nội dung.
""")
    assert m.chairs == ("Nguyễn Đức Chung",)


def test_a_lower_official_a_session_is_held_with_does_not_preside_it() -> None:
    (m,) = infos("""Bộ trưởng làm việc với huyện
Tại buổi làm việc với Chủ tịch UBND huyện Ba Vì Trần Văn Lực chiều 10/11, Chủ tịch UBND TP Hà Nội \
Nguyễn Đức Chung yêu cầu huyện đẩy nhanh tiến độ.
Huyện kiến nghị thành phố nhiều nội dung.
""")
    assert m.chairs != ("Trần Văn Lực",)


def test_a_speaker_after_his_own_words_and_a_dash_names_the_holder_of_the_meeting_he_spoke_at() -> None:
    (m,) = infos("""Cải cách hành chính từ những việc nhỏ
Ông Trần Văn Hải đề nghị các sở rà soát thủ tục.
Cải cách hành chính phải bắt đầu từ người dân - Bí thư Tỉnh ủy Thanh Hóa Trần Văn Hải đã nhấn mạnh như vậy \
tại hội nghị tổng kết công tác cải cách hành chính, chiều 19-2.
Tại hội nghị, các sở ngành trình bày cách làm hay.
""")
    assert label(m) == "Tỉnh ủy Thanh Hóa"
    assert m.place is not None and m.place.code == "38"
