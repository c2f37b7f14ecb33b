"""A body that gives directives is their assigner (kg:assignedBy) when no official gives them (issue 26)."""

from __future__ import annotations

from kg.annotate import annotate
from kg.extract.tasks.extractor import TaskExtractor
from kg.ingest import parse_text
from kg.model import TaskInfo


def tasks(text: str) -> list[TaskInfo]:
    doc = parse_text(text, source="article.txt")
    out = [f.object for f in TaskExtractor()(doc, annotate(doc))]
    assert all(isinstance(t, TaskInfo) for t in out)
    return out  # type: ignore[return-value]


def givers(text: str) -> dict[str, str | None]:
    """Each task's first words -> the label of the body that gives it."""
    return {
        " ".join(t.description.split()[:3]): t.assigning_body.label if t.assigning_body else None
        for t in tasks(text)
    }


def test_a_body_before_its_directive_verb_gives_the_directive() -> None:
    got = givers("""Xử lý ô nhiễm tại cụm công nghiệp
UBND tỉnh Nam Định yêu cầu công ty này phải khẩn trương khắc phục sự cố xả thải ra sông.
""")
    assert [v for v in got.values()] and all(v is not None and "Nam Định" in v for v in got.values()), got


def test_a_bodys_directive_gives_its_listed_items_and_its_section() -> None:
    got = givers("""Phòng chống dịch cúm gia cầm
UBND tỉnh Thái Bình yêu cầu: tăng cường kiểm tra các chợ đầu mối; tiêu hủy gia cầm mắc bệnh; báo cáo kết quả.
Các huyện phải thành lập đoàn kiểm tra liên ngành.
""")
    assert len(got) == 4, got
    assert all(v is not None and "Thái Bình" in v for v in got.values()), got


def test_an_official_who_gives_the_directive_leaves_no_body() -> None:
    got = tasks("""Họp bàn phòng chống lụt bão
Chủ tịch UBND tỉnh Nam Định Phạm Đình Nghị yêu cầu các huyện khẩn trương gia cố đê điều trước mùa mưa.
""")
    assert got and all(t.assigning_body is None and t.assigner for t in got)


def test_a_body_in_a_later_sentence_does_not_give_an_officials_directive() -> None:
    got = tasks("""Chấn chỉnh trật tự đô thị
UBND quận Hoàng Mai yêu cầu các phường rà soát toàn bộ điểm trông giữ xe không phép.
Phát biểu tại buổi làm việc, Chủ tịch UBND thành phố Nguyễn Văn Sửu yêu cầu Sở Xây dựng kiểm tra các công trình.
""")
    body = [t for t in got if t.description.startswith("rà soát")]
    assert body and body[0].assigning_body is not None and "Hoàng Mai" in body[0].assigning_body.label
    official = [t for t in got if t.assigner]
    assert official and all(t.assigning_body is None for t in official), got


def test_a_meeting_that_gives_the_next_directive_ends_the_bodys_section() -> None:
    got = tasks("""Giải quyết vướng mắc tại chợ gốm
UBND huyện Gia Lâm yêu cầu Công ty Thành Đạt phải có phương án cụ thể trước khi triển khai.
Cuộc họp sáng 7-2 đã thống nhất: yêu cầu Công ty Thành Đạt phải mở cửa cho bà con kinh doanh.
""")
    first = [t for t in got if "phương án" in t.description]
    second = [t for t in got if "mở cửa" in t.description]
    assert first and first[0].assigning_body is not None and "Gia Lâm" in first[0].assigning_body.label
    assert second and second[0].assigning_body is None, second


def test_an_adverb_before_the_verb_is_no_word_of_the_bodys_name() -> None:
    got = tasks("""Tai nạn đường sắt
Bộ Giao thông vận tải còn yêu cầu các địa phương siết chặt cảnh giới tại đường ngang.
""")
    assert got and got[0].assigning_body is not None
    assert got[0].assigning_body.label == "Bộ Giao thông Vận tải"


def test_a_body_named_by_its_level_alone_gives_no_body() -> None:
    """``UBND phường`` with no ward named: the graph cannot say which body gave it."""
    got = tasks("""Bạo hành trẻ ở nhóm lớp tư thục
UBND phường đã đề nghị Công an phường làm việc trực tiếp với các giáo viên liên quan.
""")
    assert got and all(t.assigning_body is None for t in got)


def test_a_post_named_with_no_holder_gives_on_its_bodys_behalf() -> None:
    """``Chủ tịch UBND tỉnh X yêu cầu …`` with no name: the post's body gives the directive."""
    got = tasks("""Khắc phục sự cố tràn dầu ven biển
Chủ tịch UBND tỉnh Bình Định còn yêu cầu các ngành chức năng khẩn trương thu gom dầu vón cục dọc bờ biển.
""")
    assert got and got[0].assigner is None and got[0].assigning_body is not None
    assert got[0].assigning_body.label == "Ủy ban nhân dân tỉnh Bình Định"


def test_a_post_of_a_body_named_by_its_level_alone_gives_no_body() -> None:
    got = tasks("""Khắc phục sự cố tràn dầu ven biển
Chủ tịch UBND xã yêu cầu các thôn khẩn trương thu gom dầu vón cục dọc bờ biển.
""")
    assert all(t.assigning_body is None for t in got), got


def test_a_bodys_leaders_give_on_its_behalf() -> None:
    """``Lãnh đạo Sở X yêu cầu …``: the leaders' body gives the directive (task_cues leader_of)."""
    got = tasks("""Khắc phục sự cố tràn dầu ven biển
Lãnh đạo Sở Tài nguyên và Môi trường tỉnh Bình Định đã yêu cầu các phòng chuyên môn khẩn trương thu gom dầu vón cục.
""")
    assert got and got[0].assigning_body is not None
    assert got[0].assigning_body.label.startswith("Sở Tài nguyên và Môi trường")



def test_a_post_after_the_sentences_adverbial_gives_on_its_bodys_behalf() -> None:
    got = tasks("""Bảo đảm an ninh trật tự dịp Tết
Tại Hà Nội, Giám đốc Công an thành phố đã chỉ đạo các đơn vị tăng cường tuần tra kiểm soát trên các tuyến phố.
""")
    assert got and got[0].assigning_body is not None
    assert got[0].assigning_body.label == "Công an thành phố Hà Nội"


def test_a_body_after_the_last_adverbial_before_its_verb_gives_the_directive() -> None:
    """``Sau khi …, sáng 6/2, lãnh đạo Phòng X đã chỉ đạo …``: the clause of the verb opens after its last comma."""
    got = tasks("""Chấn chỉnh nhóm trẻ tư thục
Sau khi clip được lan truyền trên mạng xã hội, sáng 6/2, lãnh đạo Phòng Giáo dục và Đào tạo quận Cầu Giấy \
đã chỉ đạo các trường rà soát toàn bộ nhóm trẻ tư thục trên địa bàn.
""")
    assert got and got[0].assigning_body is not None
    assert got[0].assigning_body.label.startswith("Phòng Giáo dục và Đào tạo quận Cầu Giấy")
