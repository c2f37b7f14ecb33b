"""Recall classes read on the blind rounds' misses (issue 26), one test each, on hand-built text."""

from __future__ import annotations

from tests.extract.test_tasks import find, labels, tasks_of


def test_the_people_of_the_political_system_are_a_group_told_as_stated() -> None:
    tasks = tasks_of(
        "Phát biểu tại hội nghị, đồng chí Nguyễn Văn Ngoãn yêu cầu mỗi cán bộ, công chức, đảng viên trong hệ "
        "thống chính trị của thị xã tiếp tục giữ gìn đoàn kết nội bộ; thường xuyên rà soát các chỉ tiêu. "
        "Đồng chí cũng đề nghị từng viên chức và mọi đoàn viên chủ động học tập nâng cao trình độ."
    )
    people = "mỗi cán bộ, công chức, đảng viên trong hệ thống chính trị của thị xã"
    assert labels(find(tasks, "giữ gìn đoàn kết nội bộ")) == [people]
    assert labels(find(tasks, "rà soát các chỉ tiêu")) == [people]
    assert find(tasks, "nâng cao trình độ").description.startswith("chủ động học tập")
    assert labels(find(tasks, "nâng cao trình độ")) == ["từng viên chức và mọi đoàn viên"]


def test_a_duty_named_after_a_passive_directive_verb_leads_to_its_action() -> None:
    tasks = tasks_of("Phòng Tư pháp thị xã được giao nhiệm vụ đề xuất các biện pháp ngăn chặn vi phạm xây dựng.")
    task = find(tasks, "ngăn chặn vi phạm xây dựng")
    assert task.description.startswith("đề xuất các biện pháp")
    assert labels(task) == ["Phòng Tư pháp @ Đông Triều"]
    assert tasks_of("Phòng Tư pháp thị xã được giao nhiệm vụ năm nay rất nặng nề.") == []


def test_the_body_named_right_before_the_modal_after_a_request_is_told() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu, ngành điện phải bảo đảm cấp điện cho các trạm bơm. "
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu ngay trong tháng 10 Vinacomin phải nộp hồ sơ cho thị xã."
    )
    power = find(tasks, "cấp điện cho các trạm bơm")
    assert power.description.startswith("ngành điện phải")  # the press writes the body inside the directive
    assert labels(power) == ["ngành điện"]
    assert labels(find(tasks, "nộp hồ sơ cho thị xã")) == ["Vinacomin"]
    # a petition that tells a body no authority gives: still no task; words that name no body tell no one
    assert tasks_of("Người dân xã Bình Khê đề nghị thị xã cần sớm sửa đường liên thôn.") == []
    loose = tasks_of("Đồng chí Nguyễn Văn Ngoãn yêu cầu xem với trường hợp của Samson thì có cần xử phạt hay không.")
    assert labels(find(loose, "xử phạt")) == []


def test_the_body_a_sentence_opens_by_addressing_is_told_the_directive() -> None:
    tasks = tasks_of(
        "Kết luận hội nghị, đồng chí Nguyễn Văn Ngoãn yêu cầu các phòng rà soát nguồn thu. "
        "Đối với UBND xã Bình Khê, Phòng Tài chính đề nghị làm rõ trách nhiệm trong việc chi sai quy định. "
        "Với Phòng Kinh tế, đồng chí Nguyễn Văn Ngoãn yêu cầu rà soát lại các khoản chi thường xuyên. "
        "Đối với dự án khu dân cư Tràng An, đồng chí Nguyễn Văn Ngoãn yêu cầu đẩy nhanh tiến độ giải phóng mặt bằng."
    )
    assert labels(find(tasks, "chi sai quy định")) == ["Ủy ban nhân dân @ Bình Khê"]
    assert find(tasks, "chi sai quy định").description.startswith("làm rõ trách nhiệm")
    assert labels(find(tasks, "các khoản chi thường xuyên")) == ["Phòng Kinh tế @ Đông Triều"]
    assert labels(find(tasks, "giải phóng mặt bằng")) == []  # a project addressed is no body


def test_a_continuation_opening_with_dong_thoi_keeps_the_body_of_the_directive_before() -> None:
    for gap in (" ", "\n\n"):  # the same paragraph, or the next one
        tasks = tasks_of(
            "Đồng chí Nguyễn Văn Ngoãn vừa giao Phòng Tài nguyên và Môi trường hướng dẫn các hộ dân hoàn thiện "
            f"hồ sơ đất đai.{gap}Đồng thời, phối hợp với các phòng liên quan kiểm tra các bãi tập kết cát."
        )
        assert labels(find(tasks, "các bãi tập kết cát")) == ["Phòng Tài nguyên và Môi trường @ Đông Triều"]


def test_a_directive_after_a_participle_phrase_and_its_comma_is_read() -> None:
    tasks = tasks_of(
        "Tiếp thu ý kiến của cử tri, Chủ tịch UBND thị xã Nguyễn Văn Ngoãn đã chỉ đạo các đơn vị trực thuộc "
        "nghiên cứu lắp đặt hàng rào bảo vệ tuyến đê."
    )
    assert labels(find(tasks, "hàng rào bảo vệ tuyến đê")) == ["các đơn vị trực thuộc"]
    # steps listed with no one giving them stay no task
    assert tasks_of("Rà soát, sắp xếp các ban quản lý dự án, hướng dẫn các xã thực hiện nghiêm túc.") == []


def test_a_manner_verb_before_the_action_ends_the_named_unit_told() -> None:
    tasks = tasks_of("Đồng chí Nguyễn Văn Ngoãn đề nghị Đông Triều cẩn trọng rà soát các văn bản do thị xã ban hành.")
    assert labels(find(tasks, "rà soát các văn bản")) == ["Đông Triều"]


def test_the_home_units_body_then_groups_of_their_own_are_separate_assignees() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn đề nghị UBND thị xã, các ngành, các địa phương hoàn thành việc sắp xếp bộ máy."
    )
    assert labels(find(tasks, "sắp xếp bộ máy")) == ["Ủy ban nhân dân @ Đông Triều", "các ngành, các địa phương"]
    plural = tasks_of("Đồng chí Nguyễn Văn Ngoãn đề nghị Đảng bộ xã, phường tập trung lãnh đạo công tác bầu cử.")
    assert labels(find(plural, "công tác bầu cử")) == ["đảng bộ xã, phường"]  # one body of many units


def test_a_body_right_before_its_modal_states_a_duty_in_an_article_of_directives() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu Phòng Kinh tế rà soát các bãi tập kết cát.\n\n"
        "Phó Chủ tịch UBND xã Bình Khê cho biết xã đã lập biên bản hai điểm vi phạm. "
        "Các trường phải khảo sát nhu cầu học thêm của học sinh. Công an thị xã cũng cần xác minh các đối tượng."
    )
    assert labels(find(tasks, "nhu cầu học thêm")) == ["các trường"]
    assert labels(find(tasks, "xác minh các đối tượng")) == ["Công an @ Đông Triều"]
    # with no directive given in the article, such a sentence is advice or narrative
    assert tasks_of("Phụ huynh cho biết các trường phải khảo sát nhu cầu học thêm của học sinh.") == []


def test_an_item_after_a_semicolon_names_its_own_body_before_its_modal() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn đề nghị các phòng, ban thực hiện nghiêm quy chế làm việc; "
        "đại biểu HĐND thị xã cần thực hiện quyền giám sát một cách khách quan; rà soát các kiến nghị của cử tri."
    )
    assert labels(find(tasks, "quyền giám sát")) == ["Hội đồng nhân dân @ Đông Triều"]
    assert labels(find(tasks, "kiến nghị của cử tri")) == ["các phòng, ban"]  # an item with no body of its own


def test_an_aside_in_brackets_between_the_body_and_its_modal_is_skipped() -> None:
    tasks = tasks_of(
        "Kết luận hội nghị, đồng chí Nguyễn Văn Ngoãn yêu cầu các phòng rà soát nguồn thu. "
        "Lãnh đạo xã Bình Khê (nơi có nhiều xe tải chở đất hoạt động) cần tham mưu giải pháp xóa điểm đen."
    )
    assert labels(find(tasks, "xóa điểm đen")) == ["Bình Khê"]  # the unit named bare: its government


def test_a_group_keeps_the_body_it_belongs_to() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu các đơn vị thuộc Phòng Kinh tế rà soát lại điều kiện của dự án. "
        "Đồng chí cũng yêu cầu các đơn vị của Sở kiểm tra hồ sơ cấp phép."
    )
    first = find(tasks, "điều kiện của dự án")
    assert first.description.startswith("rà soát lại")
    assert labels(first) == ["các đơn vị thuộc Phòng Kinh tế"]
    assert labels(find(tasks, "hồ sơ cấp phép")) == ["các đơn vị của Sở"]
