"""Titles as the national press writes them (issue 25): ministries by their field, provinces' bodies
by the province alone, and foreign posts that are their country's, never a Vietnamese body's."""

from __future__ import annotations

import pytest

from tests.annotation_helpers import annotate_article, names_of, titles_of

HEADLINE = "Đà Nẵng họp bàn giải pháp chống thiếu nước"


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        # a ministry named by its field after the minister's role
        ("Bộ trưởng Nội vụ Lê Vĩnh Tân đề nghị thành phố xem xét.", "Lê Vĩnh Tân", {("Bộ trưởng", "Bộ Nội vụ")}),
        ("Bộ trưởng Công Thương Trần Tuấn Anh tạm thời giao quyền.", "Trần Tuấn Anh",
         {("Bộ trưởng", "Bộ Công Thương")}),
        # a province's People's Committee and Party committee named by the province alone
        ("Ông Nguyễn Thế Thảo, Chủ tịch Hà Nội đã có đơn xin thôi giữ chức vụ.", "Nguyễn Thế Thảo",
         {("Chủ tịch", "Ủy ban nhân dân thành phố Hà Nội")}),
        ("Bí thư Đà Nẵng Nguyễn Xuân Anh đã dự.", "Nguyễn Xuân Anh", {("Bí thư", "Thành ủy Đà Nẵng")}),
        # a foreign leader's post is the foreign country's
        ("Phó Thủ tướng Trung Quốc Mã Khải đã gặp lãnh đạo thành phố.", "Mã Khải",
         {("Phó Thủ tướng", "Chính phủ Trung Quốc")}),
        ("Bộ trưởng Quốc phòng Trung Quốc Vương Nghị cho biết.", "Vương Nghị",
         {("Bộ trưởng", "Bộ Quốc phòng Trung Quốc")}),
    ],
)
def test_press_titles(sentence: str, name: str, expected: set[tuple[str, str]]) -> None:
    ann = annotate_article(HEADLINE, sentence)
    assert titles_of(ann, name) == expected


def test_a_foreign_leader_never_holds_a_vietnamese_post() -> None:
    ann = annotate_article(HEADLINE, "Thủ tướng Hàn Quốc Hwang Kyo-ahn đã gặp Chủ tịch UBND TP Đà Nẵng Huỳnh Đức Thơ.")
    posts = {(p.name, t.org.label if t.org else None) for p in ann.people for t in p.titles}
    assert ("Huỳnh Đức Thơ", "Ủy ban nhân dân thành phố Đà Nẵng") in posts
    assert not any(org == "Chính phủ" for _, org in posts)
    assert not any("Hàn Quốc" in name for name, _ in posts)  # the country is not part of a name


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        # a country word that is a body's field or a given name is not a country
        ("Ông Phan Đức Đồng, Trưởng ban Pháp chế HĐND tỉnh Nghệ An phát biểu.", "Phan Đức Đồng",
         {("Trưởng ban", "Ban Pháp chế Hội đồng nhân dân tỉnh Nghệ An")}),
    ],
)
def test_country_words_inside_names_and_fields(sentence: str, name: str, expected: set[tuple[str, str]]) -> None:
    ann = annotate_article("Nghệ An họp", sentence)
    assert titles_of(ann, name) == expected


def test_a_countrys_name_that_is_a_given_name_stays_a_person() -> None:
    ann = annotate_article(HEADLINE, "Ông Nguyễn Văn Đức, Bí thư Thành ủy Đà Nẵng chủ trì. Bí thư Đức phát biểu.")
    assert "Nguyễn Văn Đức" in names_of(ann)
    assert all(t.org is None or "Đức" not in t.org.label for p in ann.people for t in p.titles)


@pytest.mark.parametrize(
    ("name", "foreign"),
    [("John McCain", True), ("Udomdej Sitabutr", True), ("Monica Hardy Whaley", True), ("Andrej Babis", True),
     ("Nguyễn Văn Nam", False), ("Siu Hoa", False), ("Y Jut", False), ("Ksor Phước", False), ("Mai Lan", False),
     ("Chau Saray", False), ("Danh Sol", False), ("Men Sarun", False)],
)
def test_foreign_spelling_of_names(name: str, foreign: bool) -> None:
    from kg.annotate.names import is_foreign_name

    assert is_foreign_name(name) is foreign


def test_a_foreign_named_official_holds_no_vietnamese_post() -> None:
    from kg.annotate import annotate
    from kg.extract.positions import PositionExtractor
    from kg.ingest.text import parse_text

    doc = parse_text("Tin thế giới\nÔng John McCain, Chủ tịch Ủy ban Quân vụ Thượng viện, cho rằng. "
                     "Ông Nguyễn Văn Nam, Chủ tịch UBND tỉnh Nghệ An phát biểu.\n", "t.txt")
    held = {(f.subject, f.object.org.label) for f in PositionExtractor()(doc, annotate(doc))}  # type: ignore[attr-defined]
    assert held == {("Nguyễn Văn Nam", "Ủy ban nhân dân tỉnh Nghệ An")}


def test_a_khmer_named_official_holds_his_posts() -> None:
    """A Khmer two-word name carries no mark and a syllable Quốc ngữ cannot spell, like a foreign name,
    but its family name (Chau, Danh, Men) is one of the Mekong delta's: the posts are kept."""
    from kg.annotate import annotate
    from kg.extract.positions import PositionExtractor
    from kg.ingest.text import parse_text

    doc = parse_text("Bí thư huyện bị kỷ luật\nỦy ban Kiểm tra Tỉnh ủy Sóc Trăng kết luận đối với ông Men Sarun, "
                     "Tỉnh ủy viên, Bí thư Huyện ủy Trần Đề.\n", "t.txt")
    held = {(f.subject, f.object.role, f.object.org.label) for f in PositionExtractor()(doc, annotate(doc))}  # type: ignore[attr-defined]
    assert ("Men Sarun", "Bí thư", "Huyện ủy Trần Đề") in held


@pytest.mark.parametrize(
    ("headline", "sentence", "name", "expected"),
    [
        # a unit's People's Committee named by the unit with its type word, no UBND
        ("Quận 1 lập lại trật tự vỉa hè", "Chủ tịch quận 1 Trần Thế Thuận trực tiếp xuống đường.", "Trần Thế Thuận",
         {("Chủ tịch", "Ủy ban nhân dân quận 1")}),
        # a name set off from its title by a dash, or by a comma and an honorific
        ("Hà Nội làm việc với huyện Thanh Trì", "Bí thư huyện uỷ Thanh Trì - Trần Văn Khương đề nghị thành phố.",
         "Trần Văn Khương", {("Bí thư", "Huyện ủy Thanh Trì")}),
        (HEADLINE, "Chiều 22/1, Phó chủ tịch UBND TP Đà Nẵng, ông Nguyễn Ngọc Tuấn chủ trì cuộc họp.",
         "Nguyễn Ngọc Tuấn", {("Phó Chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng")}),
    ],
)
def test_press_asides_and_units_named_alone(headline: str, sentence: str, name: str,
                                            expected: set[tuple[str, str]]) -> None:
    assert titles_of(annotate_article(headline, sentence), name) == expected


def test_a_list_of_people_with_titles_after_their_names_keeps_each_title() -> None:
    ann = annotate_article("Nghệ An họp", "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Nghệ An, ông Trần Văn Bình, "
                                          "Phó Chủ tịch UBND tỉnh Nghệ An đã dự.")
    assert titles_of(ann, "Nguyễn Văn An") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")}
    assert titles_of(ann, "Trần Văn Bình") == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")}


@pytest.mark.parametrize("written", ["Bí thư Trung ương Đảng", "Bí thư T.Ư Đảng"])
def test_a_secretariat_member_is_no_secretary_of_the_citys_party_committee(written: str) -> None:
    """"Bí thư Trung ương Đảng" read as the Đà Nẵng secretary gave the city two secretaries (issue 28)."""
    ann = annotate_article(HEADLINE, f"Đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, {written}, đến dự.")
    titles = titles_of(ann, "Võ Văn Thưởng")
    assert ("Bí thư", "Ban Bí thư Trung ương Đảng") in titles
    assert not any(org.startswith("Thành ủy") for _role, org in titles)


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        # the post after the cue is the one on whose behalf the person named after acts
        ("Thừa ủy quyền của Thủ tướng Chính phủ, Phó Thủ tướng Trần Văn Kha đã ký công văn.", "Trần Văn Kha",
         {("Phó Thủ tướng", "Chính phủ")}),
        ("Thừa lệnh Thủ tướng, Phó Thủ tướng Thường trực Lê Minh Hòa cho biết.", "Lê Minh Hòa",
         {("Phó Thủ tướng Thường trực", "Chính phủ")}),
        ("Thay mặt Chủ tịch UBND tỉnh Nghệ An, Phó Chủ tịch UBND tỉnh Lê Văn Bình trao quà.", "Lê Văn Bình",
         {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")}),
        ("Đáp lời Bộ trưởng Bộ Công Thương, ông Phạm Văn Tài, Giám đốc Sở Công Thương cho rằng.",
         "Phạm Văn Tài", {("Giám đốc", "Sở Công Thương tỉnh Nghệ An")}),
        ("Theo Quyết định của Bộ trưởng Bộ Tài chính, bà Phan Thị Hà sẽ đảm nhiệm chức vụ mới.", "Phan Thị Hà",
         set()),
        # an authority given to the person named, or the title right before its own name: the post is theirs
        ("Thay mặt Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Đức, ông Lê Văn Bình trao quà.", "Nguyễn Văn Đức",
         {("Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")}),
        ("Theo chỉ đạo của Bí thư Tỉnh ủy Nghệ An Nguyễn Văn Đức, các sở đã vào cuộc.", "Nguyễn Văn Đức",
         {("Bí thư", "Tỉnh ủy Nghệ An")}),
        ("Được Chủ tịch UBND tỉnh ủy quyền, Phó Chủ tịch UBND tỉnh Nghệ An Lê Văn Bình trao quà.", "Lê Văn Bình",
         {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")}),
        ("Thay mặt Ban Thường vụ Tỉnh ủy, Bí thư Tỉnh ủy Nghệ An Nguyễn Văn Đức phát biểu.", "Nguyễn Văn Đức",
         {("Bí thư", "Tỉnh ủy Nghệ An")}),
    ],
)
def test_a_post_named_on_whose_behalf_someone_acts_is_not_theirs(sentence: str, name: str,
                                                                 expected: set[tuple[str, str]]) -> None:
    ann = annotate_article("Nghệ An họp", sentence)
    assert titles_of(ann, name) == expected
