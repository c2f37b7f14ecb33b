"""Directives the reader used to miss (issue 26, the recall side), on hand-built text: an official's
title ending in a word that is also a noun before a verb, passive directives, units named without a
register entry, and subjects stated before the modal in the press."""

from __future__ import annotations

from tests.extract.test_tasks import SPEAKER, find, labels, tasks_of


def test_a_title_ending_right_before_the_verb_gives_the_directive() -> None:
    # "tỉnh đề nghị" reads as a noun use ("chỉ tiêu tỉnh giao"); after an official's title it is his directive
    tasks = tasks_of(
        "Kết luận hội nghị, đồng chí Nguyễn Văn Ngoãn yêu cầu các phòng, ban tập trung rà soát nguồn thu.\n"
        "Đồng chí Nguyễn Văn Thắng – Chủ tịch UBND tỉnh Quảng Ninh phát biểu tại hội nghị.\n"
        "Chủ tịch UBND tỉnh đề nghị phường Mạo Khê bám sát các chỉ tiêu kinh tế - xã hội."
    )
    task = find(tasks, "bám sát các chỉ tiêu")
    assert labels(task) == ["phường Mạo Khê"]
    assert task.assigner == "Nguyễn Văn Thắng"
    assert tasks_of("Thị xã hoàn thành các chỉ tiêu tỉnh giao cho phường Mạo Khê trong năm 2020.") == []


def test_a_body_told_in_the_passive_is_the_assignee() -> None:
    tasks = tasks_of(
        "Kết luận hội nghị, đồng chí Nguyễn Văn Ngoãn yêu cầu các phòng, ban tập trung rà soát nguồn thu. "
        "Ngoài ra, Công an thị xã được yêu cầu phối hợp với các đơn vị liên quan điều tiết giao thông. "
        "UBND phường Mạo Khê cũng được giao chủ trì kiểm tra các công trình vi phạm."
    )
    assert labels(find(tasks, "điều tiết giao thông")) == ["Công an @ Đông Triều"]
    assert find(tasks, "điều tiết giao thông").description.startswith("phối hợp")
    assert labels(find(tasks, "kiểm tra các công trình vi phạm")) == ["Ủy ban nhân dân @ Mạo Khê"]
    investor = tasks_of(SPEAKER + " Chủ đầu tư được yêu cầu hoàn thành thi công bờ kè trước ngày 31/8.")
    assert labels(find(investor, "hoàn thành thi công bờ kè")) == ["chủ đầu tư"]
    # what a body is given, or a noun after the passive word, is no directive
    assert tasks_of("Năm 2020, phường Mạo Khê được giao 300 chỉ tiêu tuyển quân.") == []
    assert tasks_of("Các hộ dân được yêu cầu của phường Mạo Khê hỗ trợ di dời.") == []


def test_a_unit_the_register_does_not_resolve_is_addressed_as_written() -> None:
    # a commune formed in 2025 (or one of two of that name) is still the body the directive goes to
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn đề nghị xã Hồng Phúc Mới bám sát các chỉ tiêu kinh tế - xã hội. "
        "Đồng chí đề nghị cấp ủy, chính quyền xã Hồng Phúc Mới tổ chức thành công đại hội đảng bộ xã."
    )
    assert labels(find(tasks, "bám sát các chỉ tiêu")) == ["xã Hồng Phúc Mới"]
    assert labels(find(tasks, "tổ chức thành công đại hội")) == ["cấp ủy, chính quyền xã Hồng Phúc Mới"]


def test_a_body_before_the_modal_after_an_officials_attribution_is_told() -> None:
    tasks = tasks_of(
        "Theo Chủ tịch UBND thị xã Nguyễn Văn Ngoãn, UBND phường Mạo Khê phải xử lý dứt điểm các công trình "
        "vi phạm trước ngày 30/11."
    )
    task = find(tasks, "xử lý dứt điểm các công trình")
    assert labels(task) == ["Ủy ban nhân dân @ Mạo Khê"]
    assert task.assigner == "Nguyễn Văn Ngoãn"
    # a person with no post, or a report, attributes no directive
    assert tasks_of("Theo anh Trần Văn Tâm, người dân phải xếp hàng từ sáng sớm.") == []
    assert tasks_of("Theo quy định, UBND phường Mạo Khê phải niêm yết công khai danh sách.") == []


def test_a_registered_unit_named_bare_before_the_modal_is_the_assignee() -> None:
    tasks = tasks_of(
        "“Đông Triều cần làm đến nơi đến chốn, làm gương cho cả tỉnh”, Chủ tịch UBND thị xã Nguyễn Văn Ngoãn "
        "nhấn mạnh."
    )
    assert labels(find(tasks, "làm đến nơi đến chốn")) == ["Đông Triều"]


def test_groups_an_official_addresses_before_a_modal() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn đề nghị chính quyền Đông Triều phải làm việc với các doanh nghiệp. "
        "Đồng chí yêu cầu đoàn công tác phải làm quyết liệt nhưng phải giải thích cho người dân. "
        "Đồng chí nhắc nhở mỗi đại biểu cần nêu cao trách nhiệm."
    )
    assert labels(find(tasks, "làm việc với các doanh nghiệp")) == ["chính quyền Đông Triều"]
    assert labels(find(tasks, "làm quyết liệt")) == ["đoàn công tác"]
    assert labels(find(tasks, "nêu cao trách nhiệm")) == ["mỗi đại biểu"]


def test_a_body_of_the_body_written_after_it_is_one_assignee() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn giao Ban cán sự đảng UBND thị xã chỉ đạo rà soát các dự án chậm tiến độ. "
        "Đồng chí yêu cầu Thanh tra Sở Xây dựng xem xét xử lý vi phạm của các chủ đầu tư."
    )
    review = find(tasks, "rà soát các dự án")
    assert labels(review) == ["Ban cán sự đảng Ủy ban nhân dân @ Đông Triều"]
    assert review.description.startswith("chỉ đạo")
    assert labels(find(tasks, "xử lý vi phạm")) == ["Thanh tra Sở Xây dựng @ Quảng Ninh"]


def test_the_body_that_leads_a_directive_stated_with_none_is_its_assignee() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu xây dựng kế hoạch tổ chức đại hội thể dục thể thao, do Phòng Văn "
        "hóa và Thông tin thị xã chủ trì.\n"
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu hoàn thành việc giải phóng mặt bằng khu dân cư số 3. Việc này do "
        "UBND phường Mạo Khê chủ trì thực hiện."
    )
    assert labels(find(tasks, "kế hoạch tổ chức đại hội")) == ["Phòng Văn hóa và Thông tin @ Đông Triều"]
    assert labels(find(tasks, "giải phóng mặt bằng")) == ["Ủy ban nhân dân @ Mạo Khê"]
    # a body that causes something is no leader: "do" of a cause
    caused = tasks_of("Đồng chí Nguyễn Văn Ngoãn yêu cầu khắc phục sạt lở do mưa lớn gây ra trên địa bàn.")
    assert labels(find(caused, "khắc phục sạt lở")) == []


def test_the_post_of_a_body_of_many_units_directs_that_body() -> None:
    tasks = tasks_of("Đồng chí Nguyễn Văn Ngoãn yêu cầu Chủ tịch UBND các xã, phường rà soát các hộ nghèo.")
    task = find(tasks, "rà soát các hộ nghèo")
    assert labels(task) == ["UBND các xã, phường"]
    assert task.description.startswith("rà soát")


def test_a_body_opening_a_second_directive_after_a_comma_is_its_assignee() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu phải rút kinh nghiệm việc này, đồng thời Phòng Tài chính – Kế hoạch "
        "phải bàn với phường Mạo Khê để xử lý dứt điểm."
    )
    assert labels(find(tasks, "rút kinh nghiệm việc này")) == []
    second = find(tasks, "bàn với phường Mạo Khê")
    assert labels(second) == ["Phòng Tài chính – Kế hoạch @ Đông Triều"]
    assert "rút kinh nghiệm" not in second.description


def test_a_body_and_its_modal_after_an_official_says_or_signs_are_his_directive() -> None:
    said = tasks_of(
        "Ông Nguyễn Văn Ngoãn, Chủ tịch UBND thị xã, cho biết UBND phường Mạo Khê phải xử lý dứt điểm các "
        "công trình vi phạm trước ngày 30/11."
    )
    assert labels(find(said, "xử lý dứt điểm")) == ["Ủy ban nhân dân @ Mạo Khê"]
    assert find(said, "xử lý dứt điểm").assigner == "Nguyễn Văn Ngoãn"
    signed = tasks_of(
        "Chủ tịch UBND thị xã Nguyễn Văn Ngoãn vừa ký văn bản chỉ đạo xử lý vụ việc. Theo đó, UBND phường "
        "Mạo Khê phải tháo dỡ các công trình vi phạm trước ngày 30/11."
    )
    assert labels(find(signed, "tháo dỡ các công trình")) == ["Ủy ban nhân dân @ Mạo Khê"]
    assert find(signed, "tháo dỡ các công trình").assigner == "Nguyễn Văn Ngoãn"
    # what a body has done, or what people must do, is no directive
    assert tasks_of(
        "Ông Nguyễn Văn Ngoãn, Chủ tịch UBND thị xã, cho biết UBND phường Mạo Khê đã xử lý các công trình vi "
        "phạm. Ông Ngoãn cho rằng người dân phải chấp hành quy định."
    ) == []


def test_a_clause_elaborating_a_directive_keeps_its_body() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu Công an thị xã phải tập trung quản lý tốt địa bàn.\n"
        "Trong đó, phải chú trọng xây dựng lực lượng công an trong sạch vững mạnh."
    )
    assert labels(find(tasks, "chú trọng xây dựng lực lượng")) == ["Công an @ Đông Triều"]


def test_an_officials_words_that_state_a_need_tell_no_body() -> None:
    assert tasks_of(
        "Theo ông Nguyễn Văn Ngoãn, để đón được 2 triệu lượt khách mỗi năm, Đông Triều cần có thêm 5.000 "
        "phòng lưu trú."
    ) == []
    got = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu thành lập tổ công tác do Giám đốc sở chủ trì, rà soát các dự án."
    )
    assert labels(find(got, "thành lập tổ công tác")) == []
