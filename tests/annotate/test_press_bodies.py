"""Bodies the national press writes in its own way after a title (issue 25), on hand-built text.

A role joined by ``kiêm`` to a title with a body holds that body too; a department or institute
named by its head's role and its field in lower case (``Vụ trưởng pháp chế``); the courts and
procuracies by their abbreviations; a second title in apposition after a name; a verb of saying
right after a body's name.
"""

from __future__ import annotations

from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import titles_of as _titles


def test_a_role_joined_by_kiem_shares_the_body_after_it() -> None:
    ann = _annotate(
        "Bình Định trả lời báo chí",
        "Ông Lê Văn Hùng, Chánh văn phòng kiêm người phát ngôn UBND tỉnh Bình Định, cho biết sẽ trả lời. "
        "Bà Trần Thị Hạnh, Phó chánh văn phòng, kiêm người phát ngôn UBND tỉnh Bình Định nói thêm.",
    )
    body = "Ủy ban nhân dân tỉnh Bình Định"
    assert ("Chánh Văn phòng", body) in _titles(ann, "Lê Văn Hùng")
    assert ("Phó Chánh Văn phòng", body) in _titles(ann, "Trần Thị Hạnh")


def test_a_department_named_by_its_field_in_lower_case() -> None:
    ann = _annotate(
        "Hội thảo về luật",
        "Ông Hoàng Văn Dũng (Vụ trưởng pháp chế, Bộ Tài chính) cho hay dự thảo đã xong. "
        "Ông Đặng Văn Long - Viện trưởng kinh tế Việt Nam, cho rằng cần sửa. "
        "Ông Phan Văn Lộc, nguyên Viện trưởng lập pháp của Quốc hội, nhận định khác. "
        "Bà Trịnh Thị Thu, Phó Viện trưởng viện Văn học, cũng dự.",
    )
    assert _titles(ann, "Hoàng Văn Dũng") == {("Vụ trưởng", "Vụ Pháp chế")}
    assert _titles(ann, "Đặng Văn Long") == {("Viện trưởng", "Viện Kinh tế Việt Nam")}
    assert _titles(ann, "Phan Văn Lộc") == {("Viện trưởng", "Viện Lập pháp của Quốc hội")}
    assert _titles(ann, "Trịnh Thị Thu") == {("Phó Viện trưởng", "Viện Văn học")}


def test_a_verb_after_the_role_is_no_field() -> None:
    ann = _annotate("Hội thảo về luật", "Ông Hoàng Văn Dũng, Vụ trưởng nhận định rằng dự thảo tốt.")
    assert all(org is None for _, org in _titles(ann, "Hoàng Văn Dũng"))


def test_courts_and_procuracies_by_their_abbreviations() -> None:
    ann = _annotate(
        "Phú Yên xét xử vụ án",
        "Ông Nguyễn Văn Sang, Viện trưởng VKSND thị xã Sông Cầu, cho biết hồ sơ đã chuyển. "
        "Chánh án TAND tỉnh Phú Yên Lê Văn Tâm chủ tọa phiên tòa. "
        "Viện trưởng VKSND tối cao Trần Văn Trí đã ký quyết định.",
    )
    assert _titles(ann, "Nguyễn Văn Sang") == {("Viện trưởng", "Viện Kiểm sát nhân dân thị xã Sông Cầu")}
    assert _titles(ann, "Lê Văn Tâm") == {("Chánh án", "Tòa án nhân dân tỉnh Phú Yên")}
    assert _titles(ann, "Trần Văn Trí") == {("Viện trưởng", "Viện Kiểm sát nhân dân tối cao")}


def test_a_second_title_in_apposition_after_the_name() -> None:
    ann = _annotate(
        "Quảng Nam tiếp xúc cử tri",
        "ĐBQH Trần Thị Mai, Giám đốc Sở Tư pháp tỉnh Quảng Nam, kết luận buổi tiếp xúc. "
        "Chủ tịch UBND tỉnh Quảng Nam Đinh Văn Thu, Giám đốc Sở Y tế Nguyễn Văn Hòa cùng dự.",
    )
    assert _titles(ann, "Trần Thị Mai") == {
        ("Đại biểu Quốc hội", None), ("Giám đốc", "Sở Tư pháp tỉnh Quảng Nam")}
    assert _titles(ann, "Đinh Văn Thu") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Nam")}


def test_a_body_name_ends_before_a_verb_of_saying() -> None:
    ann = _annotate(
        "Đà Nẵng chấn chỉnh xe ben",
        "Ông Lê Văn Nghĩa, Chánh thanh tra Sở Giao thông vận tải nói đã bố trí lực lượng. "
        "Ông Trần Văn Ngoạn, Chủ tịch hội nhà báo Nghệ An, cho biết thêm. "
        "Ông Phạm Văn Đạt, Cục trưởng chống tham nhũng, Thanh tra Chính phủ, bày tỏ lo ngại.",
    )
    assert _titles(ann, "Lê Văn Nghĩa") == {("Chánh Thanh tra", "Sở Giao thông Vận tải thành phố Đà Nẵng")}
    assert _titles(ann, "Trần Văn Ngoạn") == {("Chủ tịch", "Hội Nhà báo tỉnh Nghệ An")}
    assert ("Cục trưởng", "Cục Chống tham nhũng") in _titles(ann, "Phạm Văn Đạt")


def test_a_party_committee_of_a_numbered_district_keeps_the_type_word() -> None:
    ann = _annotate(
        "TP HCM điều động cán bộ",
        "Ông Lê Văn Hải (Bí thư quận ủy quận 5) giữ chức Trưởng ban Dân vận Thành ủy TP HCM. "
        "Phó Bí thư Thường trực Quận ủy quận 5 Trần Văn Trãi phụ trách Đảng bộ quận.",
    )
    assert ("Bí thư", "Quận ủy quận 5") in _titles(ann, "Lê Văn Hải")
    assert _titles(ann, "Trần Văn Trãi") == {("Phó Bí thư Thường trực", "Quận ủy quận 5")}


def test_a_body_name_keeps_its_plural_and_compounds_and_ends_before_a_year() -> None:
    ann = _annotate(
        "Hà Nội thu hút đầu tư",
        "Ông Lê Văn Tâm, Trưởng Ban Quản lý các Khu công nghiệp và chế xuất Hà Nội cho biết thêm. "
        "Ông Vũ Văn Vân, Cục trưởng Cục Trồng trọt năm 2018 đã nói. "
        "Ông Trần Văn Hiếu, Phó Giám đốc Trung tâm Dự báo khí tượng thủy văn quốc gia, cho biết. "
        "Ông Đỗ Văn Tài, Giám đốc Sở Y tế các tỉnh phía Bắc, phát biểu.",
    )
    assert _titles(ann, "Lê Văn Tâm") == {
        ("Trưởng ban", "Ban Quản lý các Khu công nghiệp và chế xuất thành phố Hà Nội")}
    assert _titles(ann, "Vũ Văn Vân") == {("Cục trưởng", "Cục Trồng trọt")}
    assert _titles(ann, "Trần Văn Hiếu") == {
        ("Phó Giám đốc", "Trung tâm Dự báo khí tượng thủy văn quốc gia")}
    assert all("các" not in (org or "") for _, org in _titles(ann, "Đỗ Văn Tài"))


def test_an_academic_degree_introduces_a_name_and_a_university_its_body() -> None:
    ann = _annotate(
        "Hội thảo về văn hóa",
        "PGS.TS Lê Văn Đức (nguyên Phó Viện trưởng viện Văn học) bày tỏ lo ngại. "
        "TS Nguyễn Văn Dũng, Hiệu trưởng Đại học Bách khoa Đà Nẵng, cho rằng khó.",
    )
    assert _titles(ann, "Lê Văn Đức") == {("Phó Viện trưởng", "Viện Văn học")}
    assert _titles(ann, "Nguyễn Văn Dũng") == {("Hiệu trưởng", "Đại học Bách khoa thành phố Đà Nẵng")}


def test_a_proxied_title_before_an_honorific_is_the_principals() -> None:
    ann = _annotate(
        "Gia Lai công bố quyết định",
        "Thừa ủy quyền của Chánh án TAND tối cao đồng chí Lê Văn Thọ - Chánh án Tòa án nhân dân tỉnh Gia Lai "
        "đã trao quyết định bổ nhiệm.",
    )
    assert _titles(ann, "Lê Văn Thọ") == {("Chánh án", "Tòa án nhân dân tỉnh Gia Lai")}


def test_an_ambassador_holds_the_mission_of_the_two_countries_named() -> None:
    ann = _annotate(
        "Hải Phòng đón đoàn Lào",
        "Cùng đi có Đại sứ Việt Nam tại Lào Trần Văn Hải. "
        "Ông Lê Văn Hùng, Đại sứ Việt Nam tại Liên Hợp Quốc, cho biết thêm.",
    )
    assert _titles(ann, "Trần Văn Hải") == {("Đại sứ", "Đại sứ quán Việt Nam tại Lào")}
    assert _titles(ann, "Lê Văn Hùng") == {("Đại sứ", "Đại sứ quán Việt Nam tại Liên Hợp Quốc")}


def test_titles_between_two_names_are_the_second_persons() -> None:
    ann = _annotate(
        "Đà Nẵng công bố kết quả kiểm tra",
        "Ủy ban Kiểm tra kết luận vi phạm của Bí thư Lê Văn An, Phó bí thư, Chủ tịch UBND TP Đà Nẵng Hồ Văn Thơ.",
    )
    assert ("Chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng") in _titles(ann, "Hồ Văn Thơ")
    assert all(role != "Phó Bí thư" for role, _ in _titles(ann, "Lê Văn An"))


def test_an_officer_of_a_state_company_holds_a_post_a_private_ones_does_not() -> None:
    ann = _annotate(
        "Hải Phòng phát triển cảng",
        "Ông Lê Văn Thuận - tổng giám đốc Tổng công ty Cảng Hải Phòng - cho biết thêm. "
        "Bà Trần Thị Mai, Giám đốc Công ty TNHH một thành viên Cấp nước Hải Phòng, nói. "
        "Ông Đỗ Văn Hải, Giám đốc Công ty CP Sông Đà, cũng dự.",
    )
    assert _titles(ann, "Lê Văn Thuận") == {("Tổng Giám đốc", "Tổng công ty Cảng Hải Phòng")}
    assert _titles(ann, "Trần Thị Mai") == {("Giám đốc", "Công ty TNHH một thành viên Cấp nước Hải Phòng")}
    assert _titles(ann, "Đỗ Văn Hải") == {("Giám đốc", None)}


def test_a_party_member_named_by_that_word_holds_the_post_after_the_name() -> None:
    ann = _annotate(
        "Quảng Ninh thi hành kỷ luật đảng viên",
        "Cụ thể, đảng viên Nguyễn Văn Tùng, nguyên phó giám đốc Ban quản lý dự án đầu tư xây dựng huyện "
        "Bình Liêu, vi phạm quy định.",
    )
    assert _titles(ann, "Nguyễn Văn Tùng") == {
        ("Phó Giám đốc", "Ban Quản lý dự án Đầu tư xây dựng huyện Bình Liêu")}


def test_a_head_word_alone_is_the_body_of_that_head_named_before() -> None:
    ann = _annotate(
        "Quảng Bình làm rõ vụ việc ở trường học",
        "Trường THCS Quảng Phúc đã báo cáo sự việc. Bà Lê Thị Lan, Hiệu trưởng trường này đã gửi báo cáo. "
        "Sở Thông tin và Truyền thông đã xin lỗi. Ông Trần Văn Tâm, Phó giám đốc Sở nói thêm. "
        "Ông Lê Văn An, Giám đốc Sở Nội vụ, cho biết.",
    )
    assert _titles(ann, "Lê Thị Lan") == {("Hiệu trưởng", "Trường THCS Quảng Phúc")}
    assert _titles(ann, "Trần Văn Tâm") == {("Phó Giám đốc", "Sở Thông tin và Truyền thông tỉnh Quảng Bình")}
    assert _titles(ann, "Lê Văn An") == {("Giám đốc", "Sở Nội vụ tỉnh Quảng Bình")}


def test_the_title_a_report_is_made_to_is_not_the_reporters() -> None:
    # "báo cáo với <title>, <person>": the title is the one reported to (like "đáp lời <title>, …")
    ann = _annotate(
        "Bí thư Tỉnh ủy Gia Lai làm việc với Sở Xây dựng",
        "Báo cáo với Bí thư Tỉnh ủy, bà Mai Thị Lan cho biết tỉnh có 120 công đoàn cơ sở. "
        "Trước đó, báo cáo với đoàn công tác của Bí thư Tỉnh ủy Gia Lai, Phó giám đốc Sở Xây dựng Đào Văn Khiêm "
        "cho hay đã hoàn thành 200 căn nhà.",
    )
    assert _titles(ann, "Mai Thị Lan") == set()
    assert _titles(ann, "Đào Văn Khiêm") == {("Phó Giám đốc", "Sở Xây dựng tỉnh Gia Lai")}
