"""Task classes from blind rounds 19 and 21 (post-2025 articles), on hand-built text."""

from __future__ import annotations

from tests.extract.test_tasks import find, labels, tasks_of


def test_the_time_left_is_no_result_before_a_directive() -> None:
    # "còn" reports what remains undone ("còn nhiều hạn chế"); "thời gian còn lại" is only the time left
    tasks = tasks_of(
        "Phó Thủ tướng Nguyễn Văn An yêu cầu trong những tháng còn lại của năm 2026, Bình Phước phải "
        "đẩy nhanh tiến độ xây dựng các tuyến đường liên xã."
    )
    task = find(tasks, "đẩy nhanh tiến độ")
    assert labels(task) == ["Bình Phước"]


def test_a_body_giving_directives_after_an_adverbial_opens_a_conclusion() -> None:
    # the giver body follows the sentence's leading adverbial: the bodies told in the next paragraph
    # are its directives too, as after "Ban Thường vụ Tỉnh ủy yêu cầu …" opening the sentence
    tasks = tasks_of(
        "Tỉnh chỉ đạo sau Tết\n\n"
        "Ngay sau kỳ nghỉ Tết, Ban Thường vụ Tỉnh ủy yêu cầu các cấp, các ngành bắt tay ngay vào công việc.\n\n"
        "Các sở, ngành rà soát, tổng hợp các dự án chậm tiến độ trong quý I."
    )
    assert labels(find(tasks, "tổng hợp các dự án chậm tiến độ")) == ["các sở, ngành"]


def test_the_priority_is_names_the_imperatives_after_it() -> None:
    # "Trọng tâm trước mắt là tập trung …": the section's priority, stated as imperatives, stays directive
    tasks = tasks_of(
        "Huyện triển khai nhiệm vụ năm mới\n\n"
        "Bí thư Huyện ủy Trần Văn Bình yêu cầu các xã bắt tay ngay vào công việc sau kỳ nghỉ.\n\n"
        "Nhiệm vụ trọng tâm là tập trung giải phóng mặt bằng các dự án giao thông; ưu tiên vốn cho các "
        "trường học xuống cấp. Các phòng, ban rà soát các hồ sơ tồn đọng của người dân."
    )
    assert find(tasks, "giải phóng mặt bằng").description.startswith("Nhiệm vụ trọng tâm là tập trung")
    find(tasks, "ưu tiên vốn cho các trường học")
    assert labels(find(tasks, "rà soát các hồ sơ tồn đọng")) == ["các phòng, ban"]


def test_requirements_listed_after_voi_yeu_cau_are_tasks() -> None:
    # "… được triển khai với yêu cầu A; B; C": the noun 'yêu cầu' lists the requirements set on the work
    tasks = tasks_of(
        "Hội nghị triển khai nhiệm vụ mùa mưa bão\n\n"
        "Ngày 3/6, UBND huyện Tân Phú tổ chức hội nghị triển khai công tác phòng chống thiên tai. Chủ tịch "
        "UBND huyện Lê Văn Cường chủ trì hội nghị.\n\n"
        "Tại hội nghị, các nhiệm vụ phòng chống thiên tai được triển khai với yêu cầu kiểm tra các hồ đập "
        "xung yếu; dự trữ đủ lương thực cho vùng thấp trũng; sơ tán kịp thời các hộ dân ven sông."
    )
    find(tasks, "kiểm tra các hồ đập xung yếu")
    find(tasks, "dự trữ đủ lương thực")
    find(tasks, "sơ tán kịp thời các hộ dân")


def test_bodies_listed_with_semicolons_before_one_verb_share_its_task() -> None:
    # "giao A; B; C <action>": the semicolons separate the bodies told, not three clauses
    tasks = tasks_of(
        "Chỉ đạo điều hành trong tuần\n\n"
        "Tại Công văn số 25/UBND-VP, Chủ tịch UBND tỉnh Nguyễn Văn Hải giao Sở Y tế; Sở Tài chính; Bảo hiểm "
        "xã hội tỉnh rà soát danh sách người có công được cấp thẻ bảo hiểm y tế."
    )
    task = find(tasks, "rà soát danh sách người có công")
    assert task.description.startswith("rà soát")
    told = [a.split(" @ ")[0] for a in labels(task)]
    assert told[:2] == ["Sở Y tế", "Sở Tài chính"] and len(told) == 3 and told[2].startswith("Bảo hiểm xã hội")


def test_a_semicolon_after_a_full_directive_still_cuts() -> None:
    tasks = tasks_of(
        "Chỉ đạo điều hành trong tuần\n\n"
        "Chủ tịch UBND tỉnh Nguyễn Văn Hải giao Sở Y tế kiểm tra các cơ sở khám bệnh tư nhân; Sở Tài chính "
        "bố trí kinh phí mua thuốc cho các trạm y tế."
    )
    assert [a.split(" @ ")[0] for a in labels(find(tasks, "kiểm tra các cơ sở khám bệnh"))] == ["Sở Y tế"]
    assert [a.split(" @ ")[0] for a in labels(find(tasks, "bố trí kinh phí mua thuốc"))] == ["Sở Tài chính"]


def test_a_body_that_has_given_a_directive_gives_it() -> None:
    # "UBND tỉnh đã có chỉ đạo <action>": 'có' makes 'chỉ đạo' a noun, but the body before it gave it
    tasks = tasks_of(
        "Tỉnh dời lịch khánh thành\n\n"
        "Chủ tịch UBND tỉnh Trần Văn Bình cho biết lịch khánh thành các công trình được dời.\n\n"
        "Đồng thời, UBND tỉnh Phú Yên đã có chỉ đạo tạm dừng việc tổ chức các lễ khánh thành công trình."
    )
    assert find(tasks, "tạm dừng việc tổ chức các lễ khánh thành").description.startswith("tạm dừng")


def test_what_a_body_also_will_do_is_a_plan_not_a_task() -> None:
    # "UBND xã cũng sẽ phối hợp …": 'sẽ' after the speaker adverb 'cũng' still states a plan
    tasks = tasks_of(
        "Xã chủ động ứng phó mưa lũ\n\n"
        "Chủ tịch UBND xã Lê Văn Nam đề nghị các thôn tăng cường theo dõi diễn biến thời tiết. UBND xã cũng "
        "sẽ phối hợp với các cơ quan chức năng đánh giá thiệt hại sau lũ."
    )
    assert [t.description for t in tasks] == ["tăng cường theo dõi diễn biến thời tiết"]


def test_a_leading_from_date_adverbial_is_skipped_before_the_body_told() -> None:
    # "Từ ngày …, UBND các xã …": the date the directive runs from, then the bodies and their action
    tasks = tasks_of(
        "Chỉ đạo phục vụ bầu cử\n\n"
        "Chủ tịch UBND tỉnh Phạm Văn An giao Công an tỉnh bảo đảm an ninh trật tự tại các điểm bỏ phiếu.\n\n"
        "Từ ngày 10-3-2026 cho đến khi kết thúc bầu cử, UBND các xã tạm dừng việc thu hồi đất tại các dự án."
    )
    assert labels(find(tasks, "tạm dừng việc thu hồi đất")) == ["UBND các xã"]


def test_a_date_in_parentheses_does_not_cut_the_task() -> None:
    # "(15 tháng 3)" ends like a list number "3)", but it closes a parenthesis opened in the clause
    tasks = tasks_of(
        "Chỉ đạo phục vụ bầu cử\n\n"
        "Chủ tịch UBND tỉnh Phạm Văn An yêu cầu các doanh nghiệp bố trí ca làm việc phù hợp trong ngày Chủ "
        "nhật (15 tháng 3) để người lao động đi bỏ phiếu."
    )
    assert find(tasks, "bố trí ca làm việc").description.endswith("để người lao động đi bỏ phiếu")
    assert not [t for t in tasks if t.description.startswith("để người lao động")]


def test_an_imperative_after_trong_do_and_its_colon_keeps_its_first_verb() -> None:
    # "Trong đó: Tuyên truyền, vận động …": the colon is no leading adverbial's end
    tasks = tasks_of(
        "Chỉ đạo phục vụ bầu cử\n\n"
        "Chủ tịch UBND tỉnh Phạm Văn An giao Sở Nội vụ làm việc với các doanh nghiệp về công tác bầu cử.\n\n"
        "Trong đó: Tuyên truyền, vận động người lao động đăng ký danh sách cử tri."
    )
    assert find(tasks, "vận động người lao động").description.startswith("Tuyên truyền, vận động")
