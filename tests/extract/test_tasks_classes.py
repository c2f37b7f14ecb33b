"""One test per failure class of issue 15, on hand-built articles (rules only)."""

from __future__ import annotations

from tests.extract.test_tasks import SPEAKER, descriptions, find, labels, tasks_of

# -- narrative is not a directive ----------------------------------------------------

def test_captions_and_bylines_inside_a_conclusion_are_not_tasks() -> None:
    got = descriptions(
        SPEAKER + " Tăng cường kiểm tra an toàn thực phẩm. Quang cảnh hội nghị. "
        "Trung tâm Y tế thị xã kiểm tra các bếp ăn. Ảnh: Thanh Lê\n\nThanh Lê"
    )
    assert any("an toàn thực phẩm" in d for d in got)
    assert not any("Quang cảnh" in d for d in got)
    assert not any(d.startswith("Trung tâm Y tế") or "các bếp ăn" in d for d in got)  # the photo's caption
    assert "Thanh Lê" not in got


def test_narrative_openers_need_a_directive_verb_or_modal() -> None:
    got = descriptions(
        SPEAKER + " Bên cạnh đó, UBND thị xã triển khai ứng dụng công nghệ thông tin. "
        "Tuy nhiên, một số đơn vị triển khai còn chậm. Bên cạnh đó, cần quan tâm công tác cán bộ."
    )
    assert not any("công nghệ thông tin" in d for d in got)
    assert not any("còn chậm" in d for d in got)
    assert any("công tác cán bộ" in d for d in got)


def test_a_clause_with_no_lowercase_word_is_no_task() -> None:
    got = descriptions(
        "Đồng chí Chủ tịch UBND thị xã yêu cầu công nhận các xã: Đức Mạnh (Đắk Mil); Thuận Hạnh (Đắk Song)."
    )
    assert not any(d.startswith(("Đức Mạnh", "Thuận Hạnh")) for d in got)


# -- directives that were missed ---------------------------------------------------

def test_two_directive_verbs_joined_by_va_are_two_tasks() -> None:
    tasks = tasks_of(
        "Đồng chí Chủ tịch UBND thị xã yêu cầu phải đảm bảo an ninh trật tự tại chợ "
        "và yêu cầu Trung tâm Y tế thị xã sớm hoàn thiện hồ sơ phòng dịch."
    )
    first, second = find(tasks, "an ninh trật tự"), find(tasks, "hồ sơ phòng dịch")
    assert first is not second
    assert "hồ sơ" not in first.description
    assert labels(second) == ["Trung tâm Y tế @ Đông Triều"]


def test_a_giver_body_opens_a_directive_without_a_named_official() -> None:
    got = descriptions("Lãnh đạo thị xã Đông Triều yêu cầu phải đảm bảo phòng cháy chữa cháy tại chợ.")
    assert got == ["phải đảm bảo phòng cháy chữa cháy tại chợ"]


def test_a_modal_after_thi_is_a_directive_even_after_a_result_word() -> None:
    got = descriptions(
        SPEAKER + " Với các dự án không tìm được nhà đầu tư thì phải thu hồi chủ trương đầu tư."
    )
    assert any("phải thu hồi chủ trương" in d for d in got)


def test_an_agenda_after_nhan_manh_is_a_list_of_tasks() -> None:
    got = descriptions(
        "Đồng chí Chủ tịch UBND thị xã nhấn mạnh một số nhiệm vụ trọng tâm đó là: "
        "Công tác quản lý bảo vệ rừng; Giảm tỷ lệ hộ nghèo trong vùng đồng bào dân tộc thiểu số."
    )
    assert any("bảo vệ rừng" in d for d in got)
    assert any("Giảm tỷ lệ hộ nghèo" in d for d in got)


def test_nhan_manh_colon_reporting_results_stays_strict() -> None:
    got = descriptions(
        "Báo cáo do đồng chí Nguyễn Văn Ngoãn – Chủ tịch UBND thị xã nêu rõ: "
        "Công tác cải cách hành chính có nhiều chuyển biến trên các lĩnh vực."
    )
    assert got == []


def test_a_written_directive_opens_its_clauses_as_tasks() -> None:
    tasks = tasks_of(
        "Ngày 26/6, Văn phòng UBND thị xã ban hành Thông báo số 152/TB-VP truyền đạt ý kiến của "
        "lãnh đạo thị xã về phòng cháy. Theo đó, Trung tâm Y tế thị xã tiếp tục kiểm tra các bếp ăn. "
        "Lựa chọn từ 2 - 3 công trình vi phạm điển hình để xử lý."
    )
    assert labels(find(tasks, "các bếp ăn")) == ["Trung tâm Y tế @ Đông Triều"]
    find(tasks, "công trình vi phạm điển hình")


def test_trong_do_with_its_own_directive_is_not_an_elaboration() -> None:
    tasks = tasks_of(
        "Đồng chí Chủ tịch UBND thị xã đề nghị các xã cần tập trung thực hiện các chỉ tiêu. "
        "Trong đó, nhấn mạnh các nhiệm vụ: Đẩy mạnh tuyên truyền người dân tham gia BHYT."
    )
    assert "BHYT" not in find(tasks, "các chỉ tiêu").description
    find(tasks, "tham gia BHYT")


# -- assignees -----------------------------------------------------------------------

def test_a_group_without_a_lead_word_is_read_before_its_action() -> None:
    tasks = tasks_of(
        "Đồng chí Chủ tịch UBND thị xã chỉ đạo: thời gian tới cơ quan chuyên môn và các địa phương "
        "cần kiểm tra lại công tác trữ nước; tất cả các đại biểu chuẩn bị tốt cho tiếp xúc cử tri."
    )
    assert labels(find(tasks, "trữ nước")) == ["cơ quan chuyên môn và các địa phương"]
    assert labels(find(tasks, "tiếp xúc cử tri")) == ["tất cả các đại biểu"]


def test_lien_quan_is_part_of_a_group_co_lien_quan_is_not() -> None:
    tasks = tasks_of(
        "Đồng chí Chủ tịch UBND thị xã giao các đơn vị liên quan nghiên cứu cơ chế đặc thù. "
        "Đồng chí yêu cầu các bộ, ngành, địa phương có liên quan đẩy mạnh dịch vụ công trực tuyến."
    )
    assert labels(find(tasks, "cơ chế đặc thù")) == ["các đơn vị liên quan"]
    assert labels(find(tasks, "dịch vụ công")) == ["các bộ, ngành, địa phương"]


def test_a_field_after_va_belongs_to_the_named_body() -> None:
    tasks = tasks_of(
        "Đồng chí Chủ tịch UBND thị xã nhấn mạnh: Phòng Giáo dục và Đào tạo, các trường học trên "
        "địa bàn thị xã cần thực hiện nghiêm túc các mục tiêu; chuẩn bị các điều kiện khai giảng năm học."
    )
    expected = ["Phòng Giáo dục và Đào tạo @ Đông Triều", "các trường học trên địa bàn thị xã"]
    assert labels(find(tasks, "các mục tiêu")) == expected
    assert labels(find(tasks, "khai giảng")) == expected  # the list's assignees carry to its items


def test_nhan_manh_then_a_subject_and_can_is_a_directive() -> None:
    tasks = tasks_of(
        "Đồng chí Chủ tịch UBND thị xã nhấn mạnh, để thực hiện hiệu quả Năm kỷ cương hành chính, "
        "Trung tâm Y tế thị xã cần tăng cường kiểm tra thực thi công vụ."
    )
    task = find(tasks, "tăng cường kiểm tra thực thi công vụ")
    assert labels(task) == ["Trung tâm Y tế @ Đông Triều"]


def test_a_request_whose_modal_comes_later_is_a_directive() -> None:
    got = descriptions("Đồng chí Chủ tịch UBND thị xã đề nghị trong năm 2022 thị xã phải giảm sâu số vụ phạm pháp.")
    assert any("giảm sâu số vụ phạm pháp" in d for d in got)


def test_a_later_directive_verb_governs_over_an_earlier_modal_reading() -> None:
    tasks = tasks_of(
        "Phát biểu chỉ đạo hội nghị, đồng chí Chủ tịch UBND thị xã yêu cầu các cấp, ngành, địa phương "
        "cần chủ động khắc phục khó khăn."
    )
    assert labels(find(tasks, "khắc phục khó khăn")) == ["các cấp, ngành, địa phương"]


def test_trong_do_with_an_imperative_is_its_own_task() -> None:
    tasks = tasks_of(
        SPEAKER + " Quản lý chặt chẽ đất quốc phòng. Trong đó tập trung giải quyết dứt điểm tranh chấp đất."
    )
    assert "tranh chấp" not in find(tasks, "đất quốc phòng").description
    find(tasks, "tranh chấp đất")


def test_narrative_opener_then_subject_and_modal_is_a_directive_announce_is_not() -> None:
    tasks = tasks_of(
        SPEAKER + " Bên cạnh đó, các xã cần phối hợp chốt lại việc thanh quyết toán. "
        "Tuy nhiên, báo cáo cũng chỉ rõ kế hoạch của một số đơn vị còn chậm. "
        "Theo quy định, dự án này phải tuân thủ Luật Tài nguyên biển."
    )
    assert labels(find(tasks, "thanh quyết toán")) == ["các xã"]
    assert not any("còn chậm" in t.description or "tuân thủ" in t.description for t in tasks)


def test_a_one_word_description_is_no_task() -> None:
    assert "tháo dỡ" not in descriptions("Đồng chí Chủ tịch UBND thị xã yêu cầu tháo dỡ.")


def test_two_bodies_joined_by_va_are_two_assignees() -> None:
    tasks = tasks_of(
        "Đồng chí Chủ tịch UBND thị xã giao Phòng Tài chính – Kế hoạch và Phòng Nội vụ thị xã "
        "rà soát biên chế; Trung tâm Y tế và UBND phường Đông Triều phối hợp kiểm tra các bếp ăn."
    )
    assert labels(find(tasks, "biên chế")) == [
        "Phòng Tài chính – Kế hoạch @ Đông Triều",
        "Phòng Nội vụ @ Đông Triều",
    ]
    assert len(labels(find(tasks, "các bếp ăn"))) == 2


def test_a_request_to_a_body_the_grammar_does_not_know_is_still_a_task() -> None:
    got = descriptions(
        "Đồng chí Chủ tịch UBND thị xã đề nghị Cựu chiến binh thị xã phát huy tốt phẩm chất bộ đội cụ Hồ. "
        "Đồng chí mong muốn Hội LHPN thị xã cần phát huy hơn nữa những thành quả."
    )
    assert any("phát huy tốt phẩm chất" in d for d in got)
    assert any("phát huy hơn nữa" in d for d in got)


def test_a_sentence_end_without_its_space_still_ends_a_clause() -> None:
    got = descriptions(SPEAKER + " Kiên quyết cưỡng chế các hộ lấn chiếm đất rừng Quốc lộ 14.Tập trung thu ngân sách.")
    assert any(d.startswith("Tập trung thu ngân sách") for d in got)


def test_a_field_after_va_starts_with_a_capital_letter_not_a_marked_lower_case_one() -> None:
    # [A-ZĐÀ-Ỹ] also takes đ, à, ư: "và đào tạo" (lower case) is not the second half of a body's name
    from kg.extract.tasks.assignees import _AND_FIELD

    assert _AND_FIELD.match(" và Đào tạo", 0) is not None
    assert _AND_FIELD.match(" và đào tạo", 0) is None
    assert _AND_FIELD.match(" và ưu tiên", 0) is None
