"""Directives the rounds 1-15 still missed (issue 26), on hand-built text: an official titled after his
name whose title ends in a unit word (tỉnh, huyện) right before the verb, and the speech of an
official whose bodies are told before a modal."""

from __future__ import annotations

from tests.extract.test_tasks import descriptions, find, labels, tasks_of


def test_a_title_after_the_name_ending_in_a_unit_word_directs() -> None:
    # "tỉnh" before "yêu cầu" ends the official's title, it is no noun the verb qualifies ("chỉ tiêu tỉnh giao")
    tasks = tasks_of("Ông Lê Minh Hải, Chủ tịch UBND tỉnh yêu cầu các huyện khẩn trương rà soát nguồn thu.")
    assert labels(find(tasks, "khẩn trương rà soát nguồn thu")) == ["các huyện"]
    tasks = tasks_of("Bà Trần Thị Hoa, Bí thư Huyện ủy đề nghị các xã tập trung thu gom rác thải.")
    assert labels(find(tasks, "tập trung thu gom rác thải")) == ["các xã"]


def test_a_conclusion_marker_before_a_titled_official_is_no_directive_verb() -> None:
    tasks = tasks_of(
        "Kết luận hội nghị, ông Lê Minh Hải, Chủ tịch UBND tỉnh nhấn mạnh các huyện cần đẩy nhanh giải ngân vốn."
    )
    task = find(tasks, "đẩy nhanh giải ngân vốn")
    assert "Kết luận" not in task.description and "hội nghị" not in task.description
    assert labels(task) == ["các huyện"]


def test_efforts_an_official_stresses_are_no_group_told_to_act() -> None:
    # "những nỗ lực": a plural word makes the action word a noun; "những" is no assignee
    assert descriptions("Ông Lê Minh Hải, Chủ tịch UBND tỉnh nhấn mạnh những nỗ lực của các huyện trong năm qua.") == []
    assert descriptions("Chủ tịch UBND tỉnh Lê Minh Hải nhấn mạnh những nỗ lực của ngành y tế trong mùa dịch.") == []


def test_a_body_an_official_says_must_act_after_his_reason_is_told() -> None:
    tasks = tasks_of(
        "Ông Nguyễn Văn Ngoãn, Chủ tịch UBND thị xã cho rằng thủ tục đã được phân cấp, vì vậy các phường "
        "cần đẩy nhanh tiến độ giải phóng mặt bằng."
    )
    assert labels(find(tasks, "đẩy nhanh tiến độ giải phóng mặt bằng")) == ["các phường"]
    # a unit named by its level or its abbreviation alone is told as the text names it
    tasks = tasks_of("Ông Nguyễn Văn Ngoãn cho biết vốn đã được phân bổ lại cho TP, do đó TP cần sớm giải ngân.")
    assert labels(find(tasks, "sớm giải ngân")) == ["TP"]


def test_what_a_condition_takes_in_an_officials_words_is_no_directive() -> None:
    said = "Ông Nguyễn Văn Ngoãn cho biết, muốn lấy lại khu đất này, thị xã phải bỏ ra vài trăm tỷ đồng."
    assert descriptions(said) == []


def test_a_body_told_before_its_modal_with_the_official_named_after_the_sentence() -> None:
    tasks = tasks_of("Các trường phải rà soát danh sách học sinh học thêm, ông Nguyễn Văn Ngoãn nói.")
    task = find(tasks, "rà soát danh sách học sinh học thêm")
    assert labels(task) == ["các trường"] and task.assigner == "Nguyễn Văn Ngoãn"
    assert "nói" not in task.description


def test_modals_said_by_people_holding_no_public_post_are_no_directive() -> None:
    assert descriptions("Các cầu thủ phải giữ vững tinh thần trong hiệp hai, huấn luyện viên Park Hang-seo nói.") == []
    resident = "Các hộ dân phải chờ thêm hai tháng nữa, ông Trần Văn Bình, một người dân ở phường 3, nói."
    assert descriptions(resident) == []
    assert descriptions(
        "Các doanh nghiệp cần giảm giá vé, ông Lê Văn Tám, Giám đốc Công ty CP Xe khách Hòa Bình, cho biết."
    ) == []


SPEECH = "Phát biểu tại hội nghị, đồng chí Nguyễn Văn Ngoãn đánh giá cao kết quả đạt được của các phường. "


def test_the_tasks_ahead_in_an_officials_speech_are_his_directives() -> None:
    ahead = "Thời gian tới, các phường cần tập trung rà soát nguồn thu; đẩy mạnh giải ngân vốn đầu tư công."
    tasks = tasks_of(SPEECH + ahead)
    assert labels(find(tasks, "rà soát nguồn thu")) == ["các phường"]
    assert labels(find(tasks, "đẩy mạnh giải ngân vốn đầu tư công")) == ["các phường"]
    assert all(t.assigner == "Nguyễn Văn Ngoãn" for t in tasks)


def test_a_plan_or_a_resident_s_words_ahead_are_no_directive() -> None:
    assert descriptions(SPEECH + "Thời gian tới, các phường sẽ tiếp tục rà soát nguồn thu.") == []
    assert descriptions(
        "Ông Trần Văn Bình, một người dân ở phường 3, cho biết gia đình ông đã nhận tiền bồi thường. "
        "Thời gian tới, các hộ dân cần sớm bàn giao mặt bằng cho dự án."
    ) == []


def test_a_request_whose_body_follows_its_adverbials_and_its_term() -> None:
    tasks = tasks_of(
        "Bí thư Thị ủy Nguyễn Văn Ngoãn đề nghị, để sớm đưa Nghị quyết vào cuộc sống, ngay sau Đại hội, "
        "Ban Chấp hành Đảng bộ thị xã khóa I tiếp thu ý kiến và chỉnh sửa các văn kiện."
    )
    assert labels(find(tasks, "tiếp thu ý kiến và chỉnh sửa các văn kiện")) == ["Ban Chấp hành Đảng bộ @ Đông Triều"]


def test_groups_of_party_bodies_and_forces_keep_their_whole_label() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu các cấp ủy, tổ chức đảng, chính quyền và các tổ chức chính trị-xã hội "
        "tuyên truyền sâu rộng kết quả Đại hội. Đồng chí đề nghị các lực lượng thanh tra, kiểm tra phải lưu ý "
        "các phương tiện chở quá tải."
    )
    assert labels(find(tasks, "tuyên truyền sâu rộng")) == [
        "các cấp ủy, tổ chức đảng, chính quyền và các tổ chức chính trị-xã hội"
    ]
    assert labels(find(tasks, "phương tiện chở quá tải")) == ["các lực lượng thanh tra, kiểm tra"]


def test_a_directive_reported_by_a_unit_named_by_its_level_is_a_task() -> None:
    # dev's practice: a directive a named authority gave (đã chỉ đạo, đã yêu cầu) is a task
    tasks = tasks_of("Huyện đã chỉ đạo thiết lập hồ sơ vi phạm đất đai.")
    assert [t.description for t in tasks] == ["thiết lập hồ sơ vi phạm đất đai"]
    assert descriptions("Chỉ tiêu tỉnh giao cho huyện đã hoàn thành.") == []  # a noun before the verb


def test_an_inspection_requested_is_the_action_not_the_inspectorate() -> None:
    tasks = tasks_of("Ngày 10/10, UBND tỉnh đã yêu cầu thanh tra toàn diện lĩnh vực đất đai tại phường Mạo Khê.")
    task = find(tasks, "toàn diện lĩnh vực đất đai")
    assert task.description.startswith("thanh tra toàn diện") and labels(task) == []
    # the inspectorate told to act is still a body
    assert labels(find(tasks_of("Đồng chí đề nghị thanh tra thị xã rà soát các đơn thư."), "rà soát")) == [
        "Thanh tra @ Đông Triều"
    ]


def test_a_body_told_in_the_quotation_an_official_opens_with_a_colon() -> None:
    tasks = tasks_of("Ông Nguyễn Văn Ngoãn cho biết: “Các phường cần đẩy nhanh tiến độ giải phóng mặt bằng”.")
    assert labels(find(tasks, "đẩy nhanh tiến độ giải phóng mặt bằng")) == ["các phường"]
    resident = "Ông Trần Văn Bình, một người dân ở phường 3, cho biết: “Các hộ dân phải chờ thêm hai tháng nữa”."
    assert descriptions(resident) == []


def test_the_bodies_an_official_tells_in_the_sentences_after_his_stress() -> None:
    tasks = tasks_of(
        "Tại hội nghị, Chủ tịch UBND thị xã Nguyễn Văn Ngoãn nhấn mạnh, năm 2025 là năm có ý nghĩa then chốt. "
        "Phường Mạo Khê cần xác định rõ mục tiêu phát triển trong nhiệm kỳ tới. "
        "Các phường phải ưu tiên phát triển du lịch bền vững."
    )
    assert labels(find(tasks, "xác định rõ mục tiêu phát triển")) == ["phường Mạo Khê"]
    assert labels(find(tasks, "ưu tiên phát triển du lịch bền vững")) == ["các phường"]
    assert all(t.assigner == "Nguyễn Văn Ngoãn" for t in tasks)
    # a resident's opinion, then a modal: no directive
    assert descriptions(
        "Ông Trần Văn Bình, một người dân ở phường 3, cho rằng việc bồi thường còn chậm. "
        "Các hộ dân phải chờ thêm hai tháng nữa."
    ) == []


def test_a_body_told_after_an_officials_remark_and_an_adverbial() -> None:
    tasks = tasks_of(
        "Bên cạnh những thành tựu, Chủ tịch UBND thị xã Nguyễn Văn Ngoãn lưu ý thị xã còn đối mặt nhiều hạn chế. "
        "Trong năm tới, các phường cần thảo luận thẳng thắn về nguyên nhân của các hạn chế."
    )
    assert labels(find(tasks, "thảo luận thẳng thắn")) == ["các phường"]


def test_cases_are_no_schools_told() -> None:
    # "những trường hợp": the group noun "trường" only opens a compound (task_groups not_noun)
    tasks = tasks_of("Đồng chí Nguyễn Văn Ngoãn chỉ đạo, đối với những trường hợp tồn đọng, các ngành cần rà soát lại.")
    assert labels(find(tasks, "rà soát lại")) == ["các ngành"]


def test_an_officials_directive_not_read_still_opens_his_conclusion() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn chỉ đạo, đối với hộ nghèo chưa được hưởng chính sách trên địa bàn tỉnh "
        "đề nghị giải quyết dứt điểm.\n"
        "Về công tác giảm nghèo, thị xã cần quan tâm tạo sinh kế cho người dân."
    )
    assert labels(find(tasks, "tạo sinh kế cho người dân")) == ["thị xã"]


def test_named_units_listed_after_a_lead_or_a_count_are_one_group() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu lãnh đạo 3 phường Mạo Khê, Kim Sơn, Yên Thọ tiếp tục bám sát địa bàn. "
        "Đồng chí đề nghị các phường Hồng Phong và Đức Chính hoàn thành giải phóng mặt bằng."
    )
    assert labels(find(tasks, "bám sát địa bàn")) == ["lãnh đạo 3 phường Mạo Khê, Kim Sơn, Yên Thọ"]
    assert labels(find(tasks, "giải phóng mặt bằng")) == ["các phường Hồng Phong và Đức Chính"]


def test_a_unit_named_by_its_level_alone_after_the_verb_is_told() -> None:
    tasks = tasks_of("Đồng chí Nguyễn Văn Ngoãn yêu cầu tỉnh tiếp tục khắc phục hiện tượng lấn chiếm vỉa hè.")
    assert labels(find(tasks, "khắc phục hiện tượng lấn chiếm vỉa hè")) == ["tỉnh"]
