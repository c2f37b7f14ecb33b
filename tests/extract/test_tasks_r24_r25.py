"""Task classes from blind rounds 24 (press) and 25 (post-2025), on hand-built text."""

from __future__ import annotations

from tests.extract.test_tasks import find, labels, tasks_of


def test_a_stop_order_is_an_action() -> None:
    # "dừng ngay …", "nhanh chóng …", "cân nhắc, …": verbs of orders the action list lacked (task_actions)
    tasks = tasks_of(
        "Chủ tịch UBND thị xã yêu cầu dừng ngay việc san lấp mặt bằng khu dân cư. Ông cũng yêu cầu "
        "nhanh chóng hoàn trả mặt bằng cho các hộ dân."
    )
    find(tasks, "dừng ngay việc san lấp")
    find(tasks, "hoàn trả mặt bằng")


def test_a_weighing_order_keeps_the_body_told_apart() -> None:
    # "yêu cầu Sở X cân nhắc, lựa chọn …": the body is Sở X, not "Sở X cân nhắc"
    tasks = tasks_of(
        "Chủ tịch UBND thị xã yêu cầu Phòng Văn hóa cân nhắc, lựa chọn các di tích để lập hồ sơ xếp hạng."
    )
    task = find(tasks, "lựa chọn các di tích")
    assert task.description.startswith("cân nhắc")
    assert [a.split(" @ ")[0] for a in labels(task)] == ["Phòng Văn hóa"]


def test_a_share_of_a_group_after_a_time_phrase_is_told() -> None:
    # "đề nghị năm tới, 100% sở ngành …": the time phrase, its comma, then a share of a group
    tasks = tasks_of(
        "Chủ tịch UBND thị xã đề nghị năm tới, 100% các phòng ban công khai tiến độ giải quyết hồ sơ."
    )
    task = find(tasks, "công khai tiến độ giải quyết hồ sơ")
    assert labels(task) == ["100% các phòng ban"]


def test_an_adverbial_of_means_opens_the_action() -> None:
    # "chỉ đạo tỉnh X bằng mọi biện pháp tiếp cận, …": the means, then the action, told to the body before it
    tasks = tasks_of(
        "Chủ tịch UBND thị xã chỉ đạo phường Mạo Khê bằng mọi biện pháp tiếp cận các hộ bị cô lập, cứu trợ "
        "lương thực cho người dân."
    )
    task = find(tasks, "bằng mọi biện pháp tiếp cận các hộ bị cô lập")
    assert [a.split(" @ ")[0] for a in labels(task)] == ["phường Mạo Khê"]


def test_a_directive_verb_inside_a_place_name_directs_nothing() -> None:
    # "xã Giao Lạc": 'Giao' is a word of the commune's name, not 'giao' (assign)
    tasks = tasks_of(
        "Sáng 5/8, Ban Thường vụ Đảng ủy xã Giao Lạc tổ chức hội nghị nhằm kiểm tra tiến độ chuẩn bị đại hội."
    )
    assert tasks == []


def test_a_group_pointed_back_to_keeps_its_demonstrative() -> None:
    # "yêu cầu các đơn vị này …": the group is "các đơn vị này" (those named before), and "này" opens no action
    tasks = tasks_of(
        "Chủ tịch UBND thị xã yêu cầu các trường học nói trên khẩn trương sửa chữa phòng học xuống cấp. "
        "Ông cũng yêu cầu các phòng ban này tổ chức lấy ý kiến của người dân."
    )
    assert labels(find(tasks, "sửa chữa phòng học xuống cấp")) == ["các trường học nói trên"]
    task = find(tasks, "lấy ý kiến của người dân")
    assert task.description.startswith("tổ chức") and labels(task) == ["các phòng ban này"]


def test_a_body_of_named_units_is_told() -> None:
    # "(chủ tịch) UBND các phường A, B khẩn trương …": the units' names belong to the group, not the action
    tasks = tasks_of(
        "Chủ tịch UBND thị xã yêu cầu chủ tịch UBND các phường Mạo Khê, Kim Sơn khẩn trương di dời các hộ dân "
        "ở vùng sạt lở."
    )
    task = find(tasks, "di dời các hộ dân")
    assert task.description.startswith("khẩn trương")
    assert labels(task) == ["UBND các phường Mạo Khê, Kim Sơn"]


def test_a_body_that_also_has_given_a_directive_gives_it() -> None:
    # "Công an tỉnh cũng có chỉ đạo …": 'cũng có' before the noun 'chỉ đạo', as 'đã có chỉ đạo'
    tasks = tasks_of(
        "Công an thị xã cũng có chỉ đạo các đơn vị, địa phương tăng cường tuần tra các tuyến đường ven biển."
    )
    assert labels(find(tasks, "tăng cường tuần tra")) == ["các đơn vị, địa phương"]
