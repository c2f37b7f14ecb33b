"""Meeting coreference: which reports of several articles are one meeting (kg.resolve.meetings)."""

from __future__ import annotations

import itertools
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.graph.iris import slug
from kg.resolve.meetings import (
    SLUG_LIMIT,
    MeetingObservation,
    best_date,
    meeting_plan,
    multi_day,
    organizer_name,
    same_organizer,
    session_ordinal,
)
from kg.resolve.topics import Likeness, word_pairs

ORG = "https://w3id.org/vn-gov-kg/id/org/hoi-dong-nhan-dan-tinh-quang-ninh"
SENTENCE = "Sáng 12/7, HĐND tỉnh Quảng Ninh khai mạc kỳ họp thứ 4 bàn về kinh tế biển và du lịch Hạ Long"


def report(article: str, **fields: object) -> MeetingObservation:
    base = MeetingObservation(
        node=f"https://w3id.org/vn-gov-kg/id/meeting/{article}/m1", article=f"article/{article}",
        organizer=ORG, date="2017-07-12", date_source="text", chairs=frozenset({"Nguyễn Văn Đọc"}),
        evidence=(f"https://w3id.org/vn-gov-kg/id/evidence/{article}/1-2-meetings-2",),
        words=word_pairs(SENTENCE))
    return replace(base, **fields)  # type: ignore[arg-type]


# Reports of other meetings of other days: what every report of a body says (its name, "họp") weighs
# little, what describes one event weighs much, as in a build of many articles.
_BACKGROUND = ["Ngày {d}/3, HĐND tỉnh Quảng Ninh họp chuyên đề về đề án số {d}",
               "Chiều {d}/4, Bộ GTVT họp về dự án số {d} của ngành",
               "Sáng {d}/5, Sở {d} họp giao ban về chủ đề riêng số {d}"]
OTHERS = [report(f"other{i}", organizer=f"org/{i}", chairs=frozenset({f"Người {i}"}),
                 date=f"2017-0{3 + i % 3}-{10 + i}", words=word_pairs(_BACKGROUND[i % 3].format(d=10 + i)))
          for i in range(9)]


def groups(plan_reports: list[MeetingObservation]) -> set[frozenset[str]]:
    plan = meeting_plan(plan_reports)
    return {frozenset(m.node.split("/")[-2] for m in meeting.members) for meeting in plan.meetings}


def test_two_reports_of_one_meeting_are_one_meeting_with_a_rule_and_evidence() -> None:
    a, b = report("a"), report("b", date="", date_source="", partial_date="--07-12")
    plan = meeting_plan([a, b, *OTHERS])
    assert len(plan.meetings) == 1
    meeting = plan.meetings[0]
    assert {m.node for m in meeting.members} == {a.node, b.node}
    assert all(m.rule == "meeting:same-day-month:same-chair" for m in meeting.members)
    assert [m.evidence for m in meeting.members] == [a.evidence, b.evidence]
    assert meeting.date == "2017-07-12"


def test_sessions_of_one_body_stay_apart() -> None:
    fourth = report("a")
    fifth = report("b", words=word_pairs(SENTENCE.replace("thứ 4", "thứ 5")), ordinal=5)
    assert groups([replace(fourth, ordinal=4), fifth, *OTHERS]) == set()  # kỳ họp thứ 4 / thứ 5
    later = report("c", date="2017-12-12", partial_date="")
    assert groups([fourth, later, *OTHERS]) == set()  # another date
    june = report("d", date="2017-06-05", words=word_pairs("UBND tỉnh họp giao ban tháng 6"))
    july = report("e", date="2017-07-05", words=word_pairs("UBND tỉnh họp giao ban tháng 7"))
    assert groups([june, july, *OTHERS]) == set()  # a monthly briefing of two months
    morning = report("f", part_of_day="sáng")
    afternoon = report("g", part_of_day="chiều")
    assert groups([morning, afternoon, *OTHERS]) == set()  # two sessions of one day


def test_stated_years_keep_two_meetings_apart_and_a_guessed_year_does_not() -> None:
    assert groups([report("a"), report("b", date="2016-07-12"), *OTHERS]) == set()
    guessed = report("b", date="2016-07-12", date_source="context")
    assert groups([report("a"), guessed, *OTHERS]) == {frozenset({"a", "b"})}


def test_two_organizers_or_two_sets_of_officials_are_two_meetings() -> None:
    assert groups([report("a"), report("b", organizer="org/other"), *OTHERS]) == set()
    assert groups([report("a"), report("b", chairs=frozenset({"Người Khác"})), *OTHERS]) == set()


def test_reports_that_describe_different_events_stay_apart() -> None:
    railway = report("a", chairs=frozenset(), words=word_pairs(
        "Tai nạn đường sắt tăng cao: vẫn bùng nhùng trách nhiệm. Chiều 6/2, Bộ GTVT họp khẩn về tình hình tai nạn "
        "đường sắt, yêu cầu làm gờ giảm tốc và cảnh giới đường ngang"))
    airport = report("b", chairs=frozenset(), words=word_pairs(
        "Mở rộng Tân Sơn Nhất không động vào đất dân. Ngày 6/2, Bộ GTVT họp nghe báo cáo về phương án, kế hoạch "
        "phát triển, cải tạo Cảng hàng không quốc tế Tân Sơn Nhất"))
    assert groups([railway, airport, *OTHERS]) == set()


def test_an_article_never_gives_one_meeting_two_reports() -> None:
    a, b = report("a"), replace(report("a"), node=report("a").node.replace("m1", "m2"))
    assert groups([a, b, *OTHERS]) == set()


def test_a_report_without_a_day_joins_the_meeting_it_reads_like() -> None:
    undated = report("c", date="", date_source="", chairs=frozenset())
    assert groups([report("a"), report("b"), undated, *OTHERS]) == {frozenset({"a", "b", "c"})}
    plan = meeting_plan([report("a"), report("b"), undated, *OTHERS])
    assert {m.rule for m in plan.meetings[0].members if m.node == undated.node} == {"meeting:undated:same-words"}


def test_days_of_one_numbered_session_are_one_meeting() -> None:
    day1 = report("a", ordinal=39, date="2017-02-07")
    day2 = report("b", ordinal=39, date="2017-02-08")
    assert groups([day1, day2, *OTHERS]) == {frozenset({"a", "b"})}
    assert groups([replace(day1, ordinal=0), replace(day2, ordinal=0), *OTHERS]) == set()


def test_the_merged_date_is_the_best_supported_one() -> None:
    dateline = report("a", date="2017-07-12", date_source="dateline")
    guesses = [report(x, date="2016-07-12", date_source="context") for x in "bc"]
    assert best_date([*guesses, dateline]) == "2017-07-12"  # a dateline over two guesses
    assert best_date([report("a", date_source="context"), report("b", date="2016-07-12", date_source="context"),
                      report("c", date_source="article")]) == "2017-07-12"  # then the date most reports give
    assert best_date([report("a", date="", partial_date="--07-12")]) == ""


@settings(max_examples=25, deadline=None)
@given(st.permutations(range(12)))
def test_the_plan_does_not_depend_on_the_order_of_the_reports(order: list[int]) -> None:
    reports = [report("a"), report("b", date="", partial_date="--07-12"), report("c", date="", chairs=frozenset()),
               *OTHERS]
    assert meeting_plan([reports[i] for i in order]) == meeting_plan(reports)


def test_session_numbers_are_read_as_numbers() -> None:
    assert session_ordinal("HĐND tỉnh khai mạc Kỳ họp thứ 4") == 4
    assert session_ordinal("Hội nghị lần thứ năm Ban Chấp hành Trung ương") == 5
    assert session_ordinal("Kỳ họp lần thứ IX") == 9
    assert session_ordinal("phiên họp thứ 12 của Ủy ban Thường vụ Quốc hội") == 12
    assert session_ordinal("Sáng 12/7, UBND tỉnh họp giao ban") == 0


def test_likeness_weighs_rare_pairs_and_is_symmetric() -> None:
    texts = ["họp giao ban loa phường", "họp giao ban loa phường tốn kém", "tai nạn đường sắt", "họp về đường sắt"]
    like = Likeness([word_pairs(t) for t in texts])
    assert like.of(0, 1) == like.of(1, 0) > like.of(0, 2)
    assert all(0.0 <= like.of(i, j) <= 1.0 for i, j in itertools.product(range(4), repeat=2))
    assert like.neighbours(0) == [1] and like.neighbours(2) == [3]  # only reports sharing a pair


# A council's session of three days: the opening (with the organizer and the chair), the closing (told by a
# report that names neither), and the next session of the same council the following week.
_OPENING = "Sáng 6/12, HĐND tỉnh Quảng Ninh khai mạc kỳ họp thứ 6 bàn về ngân sách và đầu tư công trung hạn"
_CLOSING = "Chiều 8/12, kỳ họp thứ 6 HĐND tỉnh Quảng Ninh bế mạc sau ba ngày bàn về ngân sách và đầu tư công trung hạn"


def test_the_days_of_one_numbered_session_merge_though_one_report_names_no_body() -> None:
    opening = report("a", ordinal=6, date="2017-12-06", words=word_pairs(_OPENING))
    closing = report("b", ordinal=6, date="2017-12-08", organizer="", chairs=frozenset(), part_of_day="chiều",
                     words=word_pairs(_CLOSING))
    assert groups([opening, closing, *OTHERS]) == {frozenset({"a", "b"})}
    plan = meeting_plan([opening, closing, *OTHERS])
    assert {m.rule for m in plan.meetings[0].members} == {"meeting:same-session:same-words"}
    assert plan.meetings[0].date == "2017-12-06"  # the dates agree on nothing: the earliest
    # without the number the two days are two meetings, however alike they read
    assert groups([replace(opening, ordinal=0), replace(closing, ordinal=0), *OTHERS]) == set()


def test_two_sessions_of_one_body_on_adjacent_days_stay_apart() -> None:
    sixth = report("a", ordinal=6, date="2017-12-07", words=word_pairs(_OPENING))
    seventh = report("b", ordinal=7, date="2017-12-08", words=word_pairs(_OPENING.replace("thứ 6", "thứ 7")))
    assert groups([sixth, seventh, *OTHERS]) == set()  # two numbers
    briefing = report("c", date="2017-12-07", words=word_pairs("Sáng 7/12, UBND tỉnh Quảng Ninh họp giao ban về "
                                                                "ngân sách và đầu tư công trung hạn"))
    again = replace(briefing, node=report("d").node, article="article/d", date="2017-12-08")
    assert groups([briefing, again, *OTHERS]) == set()  # no number: a day is a meeting


def test_two_bodies_meetings_on_one_day_and_topic_stay_apart() -> None:
    school = "Ngày 6/2, {} quận Hai Bà Trưng đã làm việc với trường mầm non Sen Vàng về vụ bạo hành trẻ"
    police = report("a", organizer="https://w3id.org/vn-gov-kg/id/org/cong-an-quan-hai-ba-trung-1a2b3c4d",
                    chairs=frozenset(), date="2017-02-06", words=word_pairs(school.format("Công an")))
    office = report("b", organizer="https://w3id.org/vn-gov-kg/id/org/phong-giao-duc-va-dao-tao-quan-hai-ba-trung-"
                    "5e6f7a8b", chairs=frozenset(), date="2017-02-06", words=word_pairs(school.format("Phòng GD&ĐT")))
    assert groups([police, office, *OTHERS]) == set()


def test_one_body_under_two_names_is_one_organizer() -> None:
    org = "https://w3id.org/vn-gov-kg/id/org/"
    assert organizer_name(f"<{org}ban-chap-hanh-dang-bo-tinh-yen-bai-5b81b398>") == "tinh-uy-yen-bai"
    assert same_organizer(f"{org}tinh-uy-yen-bai-c16a785c", f"{org}ban-chap-hanh-dang-bo-tinh-yen-bai-5b81b398")
    assert same_organizer(f"{org}quoc-hoi-ede98600", f"{org}quoc-hoi-khoa-xiv-202bd6d9")  # the term added
    assert same_organizer(f"{org}ban-kinh-te-trung-uong-50b5adb3", f"{org}ban-kinh-te-trung-uong-01ccf24e")
    assert not same_organizer(f"{org}uy-ban-nhan-dan-quan-1-11111111", f"{org}uy-ban-nhan-dan-quan-10-22222222")
    assert not same_organizer(f"{org}tinh-uy-yen-bai-c16a785c", f"{org}ban-thuong-vu-tinh-uy-yen-bai-33333333")
    assert not same_organizer("", f"{org}quoc-hoi-ede98600")
    council = report("a", organizer=f"{org}tinh-uy-quang-ninh-c16a785c")
    plenum = report("b", organizer=f"{org}ban-chap-hanh-dang-bo-tinh-quang-ninh-5b81b398")
    assert groups([council, plenum, *OTHERS]) == {frozenset({"a", "b"})}


def test_a_side_meeting_does_not_take_its_host_events_number() -> None:
    assert session_ordinal("Trong khuôn khổ Hội nghị lần thứ hai các quan chức cao cấp APEC, sáng 16/5 "
                           "đã diễn ra Đối thoại công tư về phụ nữ") == 0
    assert session_ordinal("Bên lề Đại hội lần thứ XII, hai đoàn đã gặp nhau") == 0
    assert session_ordinal("Trong khuôn khổ chương trình, sáng 16/5 Hội nghị lần thứ hai khai mạc") == 2
    assert session_ordinal("Đại hội Đảng bộ tỉnh lần thứ XV khai mạc") == 15


def test_a_report_without_a_day_joins_by_the_members_it_agrees_with() -> None:
    # a meeting whose reports disagree on the organizer (one names the department that reported it)
    council = report("a")
    unnamed = report("b", organizer="", chairs=frozenset())
    department = report("c", organizer="https://w3id.org/vn-gov-kg/id/org/so-tai-chinh-tinh-quang-ninh",
                        chairs=frozenset())
    undated = report("d", date="", date_source="", chairs=frozenset())
    assert groups([council, unnamed, department, undated, *OTHERS]) == {frozenset("abcd")}
    # but never another number than the meeting's, nor a second report of one of its articles
    fourth = replace(council, ordinal=4)
    assert groups([fourth, unnamed, department, replace(undated, ordinal=5), *OTHERS]) == {frozenset("abc")}
    assert groups([council, unnamed, department, replace(undated, article=council.article), *OTHERS]) == {
        frozenset("abc")}


_SEMINAR = "Hội nghị chuyên đề khu vực châu Á về ứng phó biến đổi khí hậu và nước biển dâng tại đồng bằng sông Cửu Long"


def test_the_days_of_an_event_a_report_says_runs_several_days_are_one_meeting() -> None:
    opening = report("a", organizer="", chairs=frozenset(), date="2017-05-11",
                     words=word_pairs(f"Sáng 11/5, {_SEMINAR} khai mạc tại Cần Thơ"))
    closing = report("b", organizer="", chairs=frozenset(), date="2017-05-13", multi_day=True,
                     words=word_pairs(f"Sáng 13/5, {_SEMINAR} bế mạc tại Cần Thơ sau ba ngày làm việc"))
    assert groups([opening, closing, *OTHERS]) == {frozenset({"a", "b"})}
    assert groups([opening, replace(closing, multi_day=False), *OTHERS]) == set()  # nothing says it lasts
    assert groups([opening, replace(closing, date="2017-05-25"), *OTHERS]) == set()  # beyond SESSION_DAYS
    # a numbered session closing the day before another session of the body opens: two numbers
    assert groups([replace(opening, ordinal=10), replace(closing, ordinal=6), *OTHERS]) == set()


def test_multi_day_cues() -> None:
    assert multi_day("Chiều 10/5, Hội nghị Trung ương 5 bế mạc")
    assert multi_day("Ngày 10/5 là ngày làm việc thứ hai của hội nghị")
    assert not multi_day("Sáng 10/5, UBND tỉnh họp giao ban tháng 5")


def test_a_terse_report_joins_a_meeting_of_many_reports_it_reads_like_in_part() -> None:
    # twenty reports of one briefing, three of them on the ward loudspeakers; a terse report tells only that
    core = ("Sáng 6/2, UBND thành phố họp giao ban đầu năm với giám đốc, thủ trưởng các sở, ban, ngành, chủ tịch "
            "UBND các quận, huyện, thị xã để triển khai nhiệm vụ trọng tâm sau kỳ nghỉ Tết Nguyên đán")
    loudspeakers = "Chủ tịch yêu cầu dừng loa phát thanh phường tốn hàng trăm triệu mỗi năm"
    briefing = [report(f"m{i}", organizer="", chairs=frozenset(), date="2017-02-06",
                       words=word_pairs(f"{core}. Việc số {i}. {loudspeakers if i < 3 else ''}")) for i in range(20)]
    terse = report("t", organizer="", chairs=frozenset(), date="2017-02-06",
                   words=word_pairs(f"{loudspeakers}, để dành tiền sửa trường học cũ cho con em công nhân khu chế "
                                    "xuất ven sông và mua sắm thiết bị"))
    assert groups([*briefing, terse, *OTHERS]) == {frozenset({*(f"m{i}" for i in range(20)), "t"})}
    # what it shares with nobody in the meeting never joins it
    stranger = replace(terse, words=word_pairs("Tại buổi họp hôm 6/2, Sở Xây dựng bàn về cấp phép nhà cao tầng"))
    assert groups([*briefing, stranger, *OTHERS]) == {frozenset(f"m{i}" for i in range(20))}


def test_a_session_does_not_take_the_number_of_the_meeting_it_prepares() -> None:
    assert session_ordinal("Sáng 12/6, Thường trực HĐND cho ý kiến về việc chuẩn bị kỳ họp thứ 5 của HĐND tỉnh") == 0
    assert session_ordinal("Chiều 3/7, Ban Thường vụ nghe báo cáo ý kiến cử tri gửi đến kỳ họp thứ 5, HĐND tỉnh") == 0
    assert session_ordinal("Sáng 4/7, Thường trực cho ý kiến về dự kiến chương trình kỳ họp thứ 5") == 0
    assert session_ordinal("Phiên họp thứ 12 của Thường trực HĐND tỉnh, chuẩn bị cho kỳ họp thứ 5") == 12
    assert session_ordinal("Để chuẩn bị tốt, sáng 10/7 kỳ họp thứ 5 HĐND tỉnh khai mạc") == 5


_STANDING = "https://w3id.org/vn-gov-kg/id/org/thuong-truc-hoi-dong-nhan-dan-tinh-quang-ninh"


def test_the_days_of_a_span_a_report_states_are_one_meeting_of_that_body() -> None:
    # "Từ ngày 15 đến 17/5, Thường trực HĐND tỉnh họp phiên thứ 10": its 16/5 report, told without the number
    span = report("a", organizer=_STANDING, chairs=frozenset(), ordinal=10, date="2017-05-15", last_day="05-17",
                  words=word_pairs("Từ ngày 15 đến 17/5, Thường trực HĐND tỉnh Quảng Ninh họp phiên thứ 10 "
                                   "cho ý kiến về công tác nhân sự và quy hoạch vùng than"))
    second = report("b", organizer=_STANDING, chairs=frozenset(), date="2017-05-16",
                    words=word_pairs("Chiều 16/5, Thường trực HĐND tỉnh Quảng Ninh nghe báo cáo tổng hợp ý kiến "
                                     "cử tri về giá điện"))
    assert groups([span, second, *OTHERS]) == {frozenset("ab")}
    # a day after the span, another body's day inside it, or no span stated: apart (a day is a meeting)
    after = replace(second, node=report("c").node, article="article/c", date="2017-05-18")
    other = replace(second, node=report("d").node, article="article/d", organizer=ORG)
    assert groups([span, after, other, *OTHERS]) == set()
    assert groups([replace(span, last_day=""), second, *OTHERS]) == set()


def test_the_days_of_one_bodys_numbered_session_join_whatever_each_day_discusses() -> None:
    # the opening's reports read alike (two name no body); a later day's debate shares only the body, the number
    # and the chair with them: the mean likeness of the two meetings is low, the session still one
    opening = [report(x, ordinal=6 if x == "a" else 0, organizer=ORG if x == "a" else "",
                      chairs=frozenset({"Nguyễn Văn Đọc"}) if x == "a" else frozenset(), date="2017-12-06",
                      words=word_pairs(_OPENING + f" với báo cáo kinh tế xã hội số {i}")) for i, x in enumerate("abc")]
    debate = report("d", ordinal=6, date="2017-12-08", words=word_pairs(
        "Sáng 8/12, các đại biểu thảo luận tổ về dự án cảng biển Vân Đồn và luật đất đai"))
    assert groups([*opening, debate, *OTHERS]) == {frozenset("abcd")}
    # another body's sixth session that day stays apart
    guest = replace(debate, organizer="https://w3id.org/vn-gov-kg/id/org/hoi-dong-nhan-dan-tinh-thai-binh")
    assert groups([*opening, guest, *OTHERS]) == {frozenset("abc")}


def test_a_morning_and_an_afternoon_are_two_meetings_unless_the_afternoon_closes_the_event() -> None:
    morning = report("a", organizer="", chairs=frozenset(), part_of_day="sáng", words=word_pairs(
        "Sáng 12/7, hội nghị tỉnh Quảng Ninh với doanh nghiệp khai mạc bàn về kinh tế biển và du lịch Hạ Long"))
    afternoon = report("b", organizer="", chairs=frozenset(), part_of_day="chiều", words=word_pairs(
        "Chiều 12/7, hội nghị tỉnh Quảng Ninh với doanh nghiệp bàn về kinh tế biển và du lịch Hạ Long"))
    assert groups([morning, afternoon, *OTHERS]) == set()
    closing = replace(afternoon, multi_day=multi_day("Đầu giờ chiều 12/7, hội nghị … đã khép lại"))
    assert groups([morning, closing, *OTHERS]) == {frozenset("ab")}


def test_a_session_does_not_take_the_number_of_the_one_it_follows() -> None:
    assert session_ordinal("Tiếp theo Hội nghị lần thứ nhất năm 2018, Hội nghị lần 2 sẽ diễn ra ngày 17/5") == 0


def test_a_span_a_report_states_holds_the_morning_and_the_afternoon_of_its_days() -> None:
    # "Từ ngày 15 đến 17/5, Thường trực HĐND tỉnh họp phiên thứ 10": its 17/5 is debated morning and afternoon
    topic = "Thường trực HĐND tỉnh Quảng Ninh cho ý kiến về quy hoạch vùng than Cẩm Phả và giá điện sinh hoạt"
    span = report("a", organizer=_STANDING, chairs=frozenset(), ordinal=10, date="2017-05-15", last_day="05-17",
                  words=word_pairs(f"Từ ngày 15 đến 17/5, {topic} tại phiên họp thứ 10"))
    morning = report("b", organizer=_STANDING, chairs=frozenset(), date="2017-05-17", part_of_day="sáng",
                     words=word_pairs(f"Sáng 17/5, {topic}"))
    afternoon = report("c", organizer=_STANDING, chairs=frozenset(), date="2017-05-17", part_of_day="chiều",
                       words=word_pairs(f"Chiều 17/5, {topic} và thông qua kết luận"))
    assert groups([span, morning, afternoon, *OTHERS]) == {frozenset("abc")}
    # without the span, a morning and an afternoon are two meetings
    assert frozenset("abc") not in groups([replace(span, last_day=""), morning, afternoon, *OTHERS])
    # a side meeting of the body on an afternoon of the span, joined by its name alone, stays apart
    side = replace(afternoon, words=word_pairs("Chiều 17/5, đoàn công tác Nhật Bản thăm khu công nghiệp Việt Hưng"))
    assert frozenset("abc") not in groups([span, morning, side, *OTHERS])
    assert all("c" not in g for g in groups([span, morning, side, *OTHERS]))


def test_a_working_session_given_to_either_of_its_two_bodies_is_one_meeting() -> None:
    # one report gives the session to the visiting Thành ủy, another to the Quận ủy it works with
    city = "https://w3id.org/vn-gov-kg/id/org/thanh-uy-hai-phong-1a2b3c4d"
    district = "https://w3id.org/vn-gov-kg/id/org/quan-uy-quan-le-chan-5e6f7a8b"
    visit = report("a", organizer=city, chairs=frozenset({"Lê Văn Thành"}), words=word_pairs(
        "Sáng 12/7, Bí thư Thành ủy Hải Phòng Lê Văn Thành làm việc với Quận ủy quận Lê Chân về chỉnh trang "
        "chợ Sắt và bến xe Tam Bạc"))
    host = report("b", organizer=district, chairs=frozenset(), words=word_pairs(
        "Sáng 12/7, Quận ủy Lê Chân báo cáo Bí thư Thành ủy về chỉnh trang chợ Sắt và bến xe Tam Bạc"))
    assert groups([visit, host, *OTHERS]) == {frozenset("ab")}
    # neither names the other's body: two bodies' meetings, however alike they read
    other = "https://w3id.org/vn-gov-kg/id/org/quan-uy-quan-ngo-quyen-9a8b7c6d"
    guest = replace(visit, organizer=other, words=word_pairs(
        "Sáng 12/7, Quận ủy Ngô Quyền họp về chỉnh trang chợ Sắt và bến xe Tam Bạc"))
    assert groups([guest, host, *OTHERS]) == set()


def test_the_central_committees_plenum_is_numbered_right_after_its_name() -> None:
    assert session_ordinal("Phát biểu bế mạc Hội nghị Trung ương 6 khóa XII chiều 11/10") == 6
    assert session_ordinal("Hội nghị T.Ư 7 bàn về cải cách tiền lương") == 7
    # a year or 'năm' (also 'five') after the name is no number
    assert session_ordinal("Hội nghị Trung ương năm 2018 bàn về cải cách tiền lương") == 0
    assert session_ordinal("Hội nghị Trung ương 2018 bàn về cải cách tiền lương") == 0


def test_a_body_under_its_short_name_or_a_cut_slug_is_one_organizer() -> None:
    base = "https://w3id.org/vn-gov-kg/id/org/"
    office = base + "phong-giao-duc-va-dao-tao-quan-dong-da-1a2b3c4d"
    assert same_organizer(office, base + "phong-giao-duc-quan-dong-da-5e6f7a8b")  # Phòng Giáo dục quận Đống Đa
    assert same_organizer(office, base + "phong-gd-quan-dong-da-9a8b7c6d")  # Phòng GD quận Đống Đa
    assert not same_organizer(office, base + "phong-giao-duc-mam-non-quan-dong-da-0a1b2c3d")  # another office
    # a name of more than 40 letters is cut in its IRI, maybe inside a word
    cut = base + "phong-giao-duc-va-dao-tao-quan-hai-ba-tr-1a2b3c4d"
    assert len(cut.rsplit("/", 1)[-1]) - 9 == SLUG_LIMIT == len(slug("Phòng Giáo dục và Đào tạo quận Hai Bà Trưng"))
    assert same_organizer(cut, base + "phong-gd-quan-hai-ba-trung-5e6f7a8b")
    assert not same_organizer(base + "uy-ban-nhan-dan-quan-1-1a2b3c4d", base + "uy-ban-nhan-dan-quan-10-5e6f7a8b")
