"""Issue 15, finding every directive: one test per class of missed or extra task (rules only)."""

from __future__ import annotations

from tests.extract.test_tasks import SPEAKER, descriptions, find, labels, tasks_of

# -- directives the clause grammar missed ------------------------------------------

def test_a_body_that_gives_the_directive_is_not_its_assignee() -> None:
    task = find(
        tasks_of("UBND thị xã yêu cầu 2 đơn vị trên khẩn trương phối hợp với Viện Quy hoạch hoàn thiện hồ sơ."),
        "khẩn trương phối hợp",
    )
    assert labels(task) == ["2 đơn vị trên"]  # kept as stated: the grammar knows no such body


def test_giao_cho_a_body_the_grammar_does_not_know_keeps_it_as_stated() -> None:
    task = find(
        tasks_of("UBND thị xã cũng đã giao cho Cty Khai thác thủy lợi Đông Triều tiến hành thi công, sửa chữa."),
        "tiến hành thi công",
    )
    assert labels(task) == ["Cty Khai thác thủy lợi Đông Triều"]
    assert task.description.startswith("Cty Khai thác")  # the stated body stays in the description


def test_a_body_and_its_name_in_brackets_are_two_labels() -> None:
    task = find(
        tasks_of(
            "Các ý kiến tại cuộc họp thống nhất yêu cầu chủ đầu tư (Công ty TNHH Chuỗi Giá Trị) "
            "thực hiện dựng khung nhà bằng sắt, lợp tôn."
        ),
        "dựng khung nhà",
    )
    assert labels(task) == ["chủ đầu tư", "Công ty TNHH Chuỗi Giá Trị"]


def test_a_meeting_gives_directives() -> None:
    got = descriptions(
        "Cuộc họp sáng 7-2 đã thống nhất: yêu cầu Công ty CP Gốm Đông Triều phải mở cửa chợ cho bà con kinh doanh."
    )
    assert any("phải mở cửa chợ" in d for d in got)


def test_a_written_directive_of_an_official_is_not_a_noun_use() -> None:
    got = descriptions(
        "Phó Thủ tướng Trương Hòa Bình có văn bản yêu cầu Bộ Công an khẩn trương điều tra, xác minh "
        "làm rõ nội dung phản ánh của báo chí."
    )
    assert any(d.startswith("khẩn trương điều tra") for d in got)


def test_a_quotation_closed_by_an_officials_directing_verb_is_a_directive() -> None:
    got = descriptions(
        "“Sản phẩm phần mềm này vừa chính xác, vừa nhanh. Từ nay đến cuối năm phải hoàn thành phần mềm này”, "
        "đồng chí Nguyễn Văn Ngoãn yêu cầu."
    )
    assert "Từ nay đến cuối năm phải hoàn thành phần mềm này" in got  # without the attribution
    assert not any("vừa chính xác" in d for d in got)


def test_a_sentence_ending_nhu_sau_opens_a_list_of_sentences() -> None:
    got = descriptions(
        SPEAKER + " Đồng chí nhấn mạnh, các đơn vị cần phải tập trung thực hiện các việc như sau. "
        "Thứ nhất, Ban Cán sự Đảng thảo luận tham mưu 2 văn bản; dự thảo thứ hai là kế hoạch năm. "
        "Thứ hai, Văn phòng Thị ủy tham mưu, soạn thảo ngay một công văn để chấn chỉnh."
    )
    assert any("thảo luận tham mưu 2 văn bản" in d for d in got)
    assert any("soạn thảo ngay một công văn" in d for d in got)
    assert not any(d.startswith("dự thảo thứ hai") for d in got)  # the item's own continuation
    assert not any("như sau" in d for d in got)  # the lead-in is no task


def test_nhac_directs_and_luu_y_den_names_the_matter() -> None:
    got = descriptions(
        "Đồng chí Nguyễn Văn Ngoãn nhắc các đơn vị nói cái gì phải làm cái đó.\n\n"
        "Đồng chí Nguyễn Văn Ngoãn cũng đặc biệt lưu ý đến giải pháp thoát nước lâu dài cho thị xã."
    )
    assert any("nói cái gì phải làm cái đó" in d for d in got)
    assert any(d.startswith("giải pháp thoát nước") for d in got)


def test_an_action_then_va_yeu_cau_is_two_directives() -> None:
    tasks = tasks_of(
        "Kết luận cuộc họp, đồng chí Nguyễn Văn Ngoãn đề nghị: Trong thời gian tới các thành viên Ban Đại diện "
        "xây dựng những chính sách cụ thể và yêu cầu chỉ đạo Tổ vay vốn hoạt động hiệu quả hơn."
    )
    first, second = find(tasks, "chính sách cụ thể"), find(tasks, "Tổ vay vốn")
    assert first is not second


def test_several_leading_adverbials_before_the_action() -> None:
    got = descriptions(
        SPEAKER + " Sau khi xử phạt xong, nếu chủ đầu tư không khắc phục, đề xuất chính quyền địa phương "
        "tổ chức cưỡng chế."
    )
    assert any("đề xuất chính quyền địa phương" in d for d in got)


def test_co_trach_nhiem_is_a_modal_but_not_before_a_preposition() -> None:
    got = descriptions(
        SPEAKER + " Công ty TNHH Chuỗi Giá Trị có trách nhiệm thuê người bảo vệ khu mộ. "
        "Rõ ràng chúng ta chưa có trách nhiệm tận cùng."
    )
    assert any("thuê người bảo vệ" in d for d in got)
    assert not any("tận cùng" in d for d in got)


def test_a_verb_cut_from_its_object_by_a_semicolon_joins_it() -> None:
    got = descriptions(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu các phòng, ban làm việc với các di tích, không để tái diễn; "
        "xử lý nghiêm; tình trạng tăng giá dịch vụ ăn uống dịp Tết."
    )
    assert any("xử lý nghiêm; tình trạng tăng giá" in d for d in got)


# -- narrative taken for directives ----------------------------------------------------

def test_a_long_lead_in_colon_introduces_names_not_tasks() -> None:
    got = descriptions(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu hoàn chỉnh đồ án quy hoạch chung trước ngày 10/2 để tiếp tục "
        "tổ chức cuộc họp lấy ý kiến các Sở: Xây dựng, Tài chính và đơn vị liên quan."
    )
    assert any(d.startswith("hoàn chỉnh đồ án") for d in got)
    assert not any(d.startswith("Xây dựng, Tài chính") for d in got)
    listed = descriptions(
        "Đồng chí Nguyễn Văn Ngoãn cũng đã chỉ rõ một số nhiệm vụ trọng tâm khác cần triển khai trong thời gian "
        "tới, như: Tập trung rà soát, chuẩn bị chu đáo các điều kiện phục vụ diễn tập khu vực phòng thủ."
    )
    assert any(d.startswith("Tập trung rà soát") for d in listed)  # "như:" lists directives


def test_a_wish_of_someone_else_is_not_a_directive() -> None:
    got = descriptions(SPEAKER + "\n\nHội đồng trị sự dòng họ mong muốn xây dựng lại lăng mộ tại vị trí cũ.")
    assert not any("lăng mộ" in d for d in got)


def test_a_report_opening_a_paragraph_ends_the_conclusion() -> None:
    got = descriptions(
        SPEAKER + "\n\nBáo cáo tại buổi làm việc, ông Trần Văn Tường cho biết công tác kiểm tra, xử lý "
        "vi phạm được triển khai thường xuyên."
    )
    assert not any("kiểm tra, xử lý" in d for d in got)


def test_a_modal_qualifying_counted_tasks_or_negated_is_no_directive() -> None:
    got = descriptions(
        SPEAKER + " Chủ tịch UBND thị xã giao 84 nhiệm vụ cụ thể cần làm ngay cho các phòng ban Sáng 6-2, "
        "hội nghị đã diễn ra. Nếu làm được điều này, mỗi năm học sinh không cần sang học dự bị ở nước ngoài."
    )
    assert not any("84 nhiệm vụ" in d for d in got)
    assert not any("dự bị" in d for d in got)


def test_a_denied_directive_is_none() -> None:
    got = descriptions(
        "Theo đồng chí Nguyễn Văn Ngoãn, đây là việc của Bộ chứ không phải Hiệp hội Du lịch yêu cầu "
        "Sở Du lịch giải trình việc lập quy hoạch."
    )
    assert not any(d.startswith("Sở Du lịch giải trình") or d.startswith("giải trình") for d in got)


def test_place_names_with_a_lower_case_tail_are_no_task() -> None:
    got = descriptions(
        "Đồng chí Nguyễn Văn Ngoãn đề nghị Hội đồng bỏ phiếu công nhận cho 04 xã gồm: Đức Mạnh (Đắk Mil); "
        "Đắk R'moan (Thành phố Gia Nghĩa)."
    )
    assert not any(d.startswith("Đắk R'moan") for d in got)


def test_items_of_a_narrating_sentence_are_no_tasks() -> None:
    got = descriptions(
        SPEAKER + " Bên cạnh đó, thị xã cũng còn những tồn tại hạn chế trong phát triển nông sản; "
        "vi phạm trật tự xây dựng; quản lý an toàn thực phẩm, ô nhiễm môi trường. "
        "Từ chủ trương cho đến triển khai còn nhiều quy trình phải làm."
    )
    assert not any("an toàn thực phẩm" in d for d in got)
    assert not any("quy trình phải làm" in d for d in got)


def test_a_citizens_petition_gives_no_directive() -> None:
    got = descriptions(
        "Trước hành vi của ông Dũng, ông Trần Văn Hế đã viết đơn gửi UBND xã Tràng An đề nghị "
        "giải quyết dứt điểm việc lấn chiếm đất.\n\nÔng Hế cần được bảo vệ quyền lợi."
    )
    assert got == []


def test_another_speaker_ends_a_loose_list_and_dong_thoi_goes_on() -> None:
    got = descriptions(
        "Về công tác ban hành văn bản, bà Nguyễn Thị Chung đề nghị: cần khắc phục vướng mắc trong thực hiện "
        "các văn bản. Liên quan đến công tác cải cách hành chính, ông Trần Đình Toàn – Phó Ban Pháp chế HĐND "
        "thị xã có ý kiến: chỉ số cải cách hành chính năm 2016 thấp hơn năm 2015. Báo cáo cần phân tích làm rõ "
        "nguyên nhân. Đồng thời đưa tiêu chí cải cách hành chính vào xếp loại thi đua cuối năm."
    )
    assert any("khắc phục vướng mắc" in d for d in got)
    assert not any("thấp hơn năm 2015" in d for d in got)
    assert any("đưa tiêu chí cải cách hành chính" in d for d in got)


def test_a_body_giving_a_directive_opens_a_section_and_ben_canh_do_goes_on() -> None:
    tasks = tasks_of(
        "Tuy nhiên, tiến độ còn chậm. UBND thị xã yêu cầu 2 đơn vị trên khẩn trương phối hợp với Viện Quy hoạch "
        "thống nhất phương án. Bên cạnh đó cũng xác định rõ quy mô, vị trí dự án đầu tư. Việc bổ sung ý tưởng mới "
        "cần nghiên cứu trên cơ sở khoa học."
    )
    assert labels(find(tasks, "xác định rõ quy mô")) == ["2 đơn vị trên"]
    find(tasks, "cần nghiên cứu trên cơ sở khoa học")


def test_a_condition_ends_at_thi_and_nhac_nho_needs_an_official() -> None:
    tasks = tasks_of(
        "Nếu doanh nghiệp cổ phần hóa không lên sàn thì yêu cầu các cơ quan bộ, ngành xem xét đánh giá "
        "người đứng đầu doanh nghiệp.\n\n"
        "Mọi người luôn miệng nhắc nhở nhau rằng: cứ chọn bừa một góc rồi sút cho mạnh vào."
    )
    assert labels(find(tasks, "xem xét đánh giá")) == ["các cơ quan bộ, ngành"]
    assert not any("sút" in t.description for t in tasks)
