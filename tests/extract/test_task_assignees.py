"""Who a task is given to (issue 15): one test per class of assignee, on hand-built text.

The parser tests build a ``TitleContext`` by hand (home unit, province, units seen), so
a failure points at the assignee grammar; the last tests go through the tasks extractor.
"""

from __future__ import annotations

from kg.annotate.context import TitleContext
from kg.annotate.fields import match_field
from kg.annotate.orgs import parse_org
from kg.extract.tasks.assignees import AssigneeParser
from kg.lexicon.normalize import fold
from kg.lexicon.resources import resources
from kg.model import Organization
from tests.extract.test_tasks import find, labels, tasks_of


def _ctx(home: str | None = "huyện Đắk Song, tỉnh Đắk Nông", seen: tuple = ()) -> TitleContext:  # type: ignore[type-arg]
    gaz = resources().gazetteer
    place = gaz.parse_locality(home) if home else None
    province = gaz.parent(place) if place is not None and place.type.level == 2 else place
    return TitleContext(gaz, place, province, seen)


def assignees(text: str, ctx: TitleContext | None = None) -> list[str]:
    """The labels of the assignee phrase opening ``text``."""
    parser = AssigneeParser(text, fold(text), ctx or _ctx())
    phrase = parser.parse(0, len(text))
    if phrase is None:
        return []
    return [a.label if isinstance(a, Organization) else a for a in phrase.assignees]


def org(text: str, ctx: TitleContext | None = None) -> str | None:
    got = parse_org(text, fold(text), 0, ctx or _ctx())
    return got[0].label if got else None


# -- a body completed like an official's organization ---------------------------------

def test_a_party_board_with_a_unit_word_is_the_board_of_that_units_committee() -> None:
    assert assignees("Ban Tuyên giáo huyện cần chủ động nắm bắt dư luận") == ["Ban Tuyên giáo Huyện ủy Đắk Song"]
    assert org("Ban Dân vận tỉnh chủ trì") == "Ban Dân vận Tỉnh ủy Đắk Nông"
    assert org("Ban Tuyên giáo huyện", _ctx(None)) == "Ban Tuyên giáo huyện"  # no district known: the level stays


def test_a_bare_party_board_is_the_home_committees_unless_a_name_follows() -> None:
    assert org("Ban Tổ chức phối hợp") == "Ban Tổ chức Huyện ủy Đắk Song"
    assert org("Ban Tuyên giáo Trung ương") == "Ban Tuyên giáo Trung ương"  # the central board, not the home's
    assert org("Ban Tổ chức Hội thi") == "Ban Tổ chức"


def test_associations_written_lower_case_and_veterans_take_the_home_unit() -> None:
    assert assignees("Hội luật gia huyện cần thực hiện tốt") == ["Hội Luật gia huyện Đắk Song"]
    assert assignees("Cựu chiến binh huyện phát huy tốt phẩm chất") == ["Hội Cựu chiến binh huyện Đắk Song"]


def test_the_board_of_a_body_is_named_with_its_body() -> None:
    ctx = _ctx("thành phố Hồ Chí Minh")
    assert assignees("Ban giám đốc Công an TPHCM chỉ đạo công an quận huyện", ctx) == [
        "Ban Giám đốc Công an thành phố Hồ Chí Minh"
    ]


# -- field names: canonical and tolerant ------------------------------------------------

def test_a_field_half_abbreviated_or_missing_its_last_syllable_is_the_official_field() -> None:
    written = "Sở Nông nghiệp và PTNT"
    assert match_field(fold(written), "sở", 2) == ("Nông nghiệp và Phát triển nông thôn", len(written))
    typo = "Phòng Nông nghiệp và phát triển nông huyện"
    assert assignees(typo + ", thống kê cụ thể các tiêu chí") == [
        "Phòng Nông nghiệp và Phát triển nông thôn huyện Đắk Song"
    ]
    assert match_field(fold("Phòng Văn hóa và"), "phòng", 5) is None  # a short field needs every word


# -- the home locality of a body --------------------------------------------------------

def test_ubnd_quan_is_never_completed_with_a_home_huyen() -> None:
    ctx = _ctx("huyện Bình Chánh, thành phố Hồ Chí Minh")
    assert assignees("UBND quận thành lập tổ rà soát", ctx) == ["Ủy ban nhân dân quận"]
    assert assignees("UBND huyện thành lập tổ rà soát", ctx) == ["Ủy ban nhân dân huyện Bình Chánh"]


def test_a_department_belongs_to_the_province_the_text_named_last() -> None:
    gaz = resources().gazetteer
    da_nang, khanh_hoa = gaz.parse_locality("thành phố Đà Nẵng"), gaz.parse_locality("tỉnh Khánh Hòa")
    home = gaz.parse_locality("thành phố Nha Trang, tỉnh Khánh Hòa")
    text = "Sở Xây dựng phối hợp với các quận rà soát lại các lô đất trống"
    ctx = TitleContext(gaz, home, khanh_hoa, ((-50, da_nang), (900, khanh_hoa)))
    assert assignees(text, ctx) == ["Sở Xây dựng thành phố Đà Nẵng"]
    assert assignees(text, TitleContext(gaz, home, khanh_hoa)) == ["Sở Xây dựng tỉnh Khánh Hòa"]


# -- companies, activity-named bodies, names with a verb --------------------------------

def test_a_company_name_ends_at_its_last_capitalized_word() -> None:
    assert assignees("Công ty CP sứ Bát Tràng họp với bà con tiểu thương") == ["Công ty CP sứ Bát Tràng"]
    assert assignees("Công ty CP sứ Bát Tràng sớm hoàn thiện hồ sơ") == ["Công ty CP sứ Bát Tràng"]
    assert assignees("Công ty phải có phương án cụ thể") == []


def test_a_family_name_ends_a_companys_name_only_when_a_persons_name_starts_there() -> None:
    """Issue 26: a company named with a word that is also a family name (Minh Châu, Thành Lý) keeps it;
    the officer's full name written after the company still ends it."""
    assert assignees("Công ty Minh Châu phải bồi thường cho dân") == ["Công ty Minh Châu"]
    assert assignees("Công ty TNHH Thành Lý nghiêm túc rút kinh nghiệm") == ["Công ty TNHH Thành Lý"]
    assert assignees("Công ty Hòa Bình Trần Văn Long cần khắc phục") == ["Công ty Hòa Bình"]
    assert assignees("Công ty Minh Châu Lê Văn Nam cần khắc phục") == ["Công ty Minh Châu"]


def test_a_steering_board_named_by_its_activity_is_kept_whole() -> None:
    got = assignees("Ban chỉ đạo xử lý dự án chậm triển khai tỉnh Bà Rịa - Vũng Tàu cần rà soát lại")
    assert got == ["Ban Chỉ đạo Xử lý dự án chậm triển khai tỉnh Bà Rịa - Vũng Tàu"]


def test_a_verb_right_before_the_bodys_place_is_part_of_its_name() -> None:
    assert assignees("Viện Quy hoạch xây dựng Hà Nội chủ trì cùng hai Công ty") == [
        "Viện Quy hoạch xây dựng thành phố Hà Nội"
    ]
    assert assignees("Trung tâm Y tế xây dựng kế hoạch phòng dịch") == ["Trung tâm Y tế huyện Đắk Song"]


def test_two_bodies_joined_by_va_stay_two() -> None:
    assert assignees("Sở Y tế và Sở Tài chính phối hợp rà soát") == [
        "Sở Y tế tỉnh Đắk Nông", "Sở Tài chính tỉnh Đắk Nông"
    ]


# -- groups -----------------------------------------------------------------------------

def test_a_group_keeps_the_named_unit_it_belongs_to() -> None:
    got = assignees("cấp ủy, chính quyền huyện Mỹ Đức và các ban ngành liên quan giải quyết căn cơ",
                    _ctx("thành phố Hà Nội"))
    assert got == ["cấp ủy, chính quyền huyện Mỹ Đức và các ban ngành liên quan"]


def test_a_group_list_with_the_front_and_political_organizations_is_one_group() -> None:
    got = assignees("Các ban ngành đoàn thể , mặt trận tổ quốc, các tổ chức chính trị,UBND các xã, "
                    "thị trấn tổ chức tuyên truyền")
    assert got == ["các ban ngành đoàn thể, mặt trận tổ quốc, các tổ chức chính trị, UBND các xã, thị trấn"]
    assert assignees("Các sở, ban, ngành hai địa phương cần chủ động gặp gỡ") == [
        "các sở, ban, ngành hai địa phương"
    ]


def test_a_short_relative_clause_before_the_modal_belongs_to_the_group() -> None:
    assert assignees("các xã đạt chuẩn nông thôn mới cần có kế hoạch cụ thể") == ["các xã đạt chuẩn nông thôn mới"]
    assert assignees("các xã cần thiết phải rà soát") == ["các xã"]
    assert assignees("các xã, nhất là vùng sâu, cần rà soát") == ["các xã"]


# -- an assignee stated earlier ----------------------------------------------------------

def test_a_bare_so_is_the_department_named_just_before() -> None:
    text = "Sở VHTT cần đôn đốc tháo dỡ biển quảng cáo. Sở cũng cần sớm bàn giao sân vận động"
    parser = AssigneeParser(text, fold(text), _ctx("thành phố Hà Nội"))
    phrase = parser.parse(text.index("Sở cũng"), len(text))
    assert phrase is not None
    assert [a.label for a in phrase.assignees if isinstance(a, Organization)] == [
        "Sở Văn hóa và Thể thao thành phố Hà Nội"
    ]
    assert assignees("Sở cũng cần sớm bàn giao") == []  # no department named before


def test_an_assignee_after_an_adverbial_carries_to_the_items_of_its_list() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu trong nhiệm kỳ tới, Hội Luật gia thị xã cần thực hiện tốt "
        "một số nhiệm vụ như: tích cực góp ý các dự thảo văn bản; đẩy mạnh hoạt động tư vấn pháp luật."
    )
    assert labels(find(tasks, "góp ý các dự thảo")) == ["Hội Luật gia @ Đông Triều"]
    assert labels(find(tasks, "tư vấn pháp luật")) == ["Hội Luật gia @ Đông Triều"]


def test_a_body_after_a_time_adverbial_is_the_subject_of_the_modal() -> None:
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn mong muốn trong thời gian tới Hội LHPN thị xã cần phát huy "
        "những thành quả đã đạt được."
    )
    assert labels(find(tasks, "phát huy")) == ["Hội Liên hiệp Phụ nữ @ Đông Triều"]


def test_a_directive_verb_after_a_semicolon_names_its_own_assignees() -> None:
    tasks = tasks_of(
        "UBND thị xã đã kiến nghị tỉnh hỗ trợ người nuôi tôm; chỉ đạo Phòng Kinh tế và UBND phường "
        "Mạo Khê triển khai các biện pháp tiêu độc khử trùng."
    )
    assert labels(find(tasks, "tiêu độc")) == ["Phòng Kinh tế @ Đông Triều", "Ủy ban nhân dân @ Mạo Khê"]


def test_local_agencies_of_national_services_take_the_home_unit() -> None:
    assert assignees("BHXH huyện phối hợp rà soát") == ["Bảo hiểm xã hội huyện Đắk Song"]
    assert assignees("Tập đoàn Điện lực Việt Nam khẩn trương khắc phục") == ["Tập đoàn Điện lực Việt Nam"]


def test_a_sector_named_after_nganh_is_one_assignee_though_its_field_opens_on_a_verb() -> None:
    """Round 22: "ngành giao thông" is the transport sector, not "ngành" told to "giao" (hand-built text)."""
    tasks = tasks_of(
        "Phó Chủ tịch UBND tỉnh Nguyễn Hòa Hiệp chỉ đạo ngành giao thông của tỉnh phải bảo đảm an toàn trên "
        "các tuyến đường trong mùa thi."
    )
    assert labels(find(tasks, "an toàn trên các tuyến đường")) == ["ngành giao thông của tỉnh"]


def test_a_group_capitalized_only_as_the_first_word_after_a_colon_is_read_whole() -> None:
    """Round 23: ``nhấn mạnh: Cán bộ, công chức ở cấp xã cần …``: the capital is the sentence's, the group keeps
    its first word (it was read from ``bộ``)."""
    tasks = tasks_of(
        "Phát biểu kết luận, đồng chí Nguyễn Văn Ngoãn nhấn mạnh: Cán bộ, công chức ở cấp xã cần gần dân, "
        "sát dân hơn nữa trong mọi việc."
    )
    assert labels(find(tasks, "gần dân")) == ["cán bộ, công chức ở cấp xã"]


def test_an_unknown_body_keeps_the_action_word_its_head_is_written_with() -> None:
    """Round 20: ``Ban quản lý dự án`` written lower-case after its head is the board, not ``Ban`` told to
    ``quản lý dự án``."""
    tasks = tasks_of("Đồng chí Nguyễn Văn Ngoãn yêu cầu Ban quản lý dự án phải đẩy nhanh tiến độ thi công tuyến đường.")
    assert labels(find(tasks, "đẩy nhanh")) == ["Ban quản lý dự án"]


def test_the_body_after_a_second_verb_of_one_directive_is_told() -> None:
    """Round 20: ``yêu cầu, đôn đốc các xã hoàn thành …``: the body named after the second verb (task_cues
    co_directive) is told, the task starts at its action; a company referred to in lower case is kept as stated."""
    tasks = tasks_of(
        "Đồng chí Nguyễn Văn Ngoãn yêu cầu, đôn đốc các xã hoàn thành việc chi trả tiền hỗ trợ trước ngày 30-3. "
        "Đồng chí cũng yêu cầu, đôn đốc công ty lập hồ sơ đóng cửa mỏ cát."
    )
    assert labels(find(tasks, "chi trả")) == ["các xã"]
    assert find(tasks, "chi trả").description.startswith("hoàn thành")
    assert labels(find(tasks, "hồ sơ")) == ["công ty"]
