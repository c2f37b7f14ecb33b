"""Tenure planning on hand-made sightings: what fixes each bound, and which overlaps conflict."""

from __future__ import annotations

from kg.resolve.tenure import BEFORE, OBSERVED, STATED, Sighting, Tenure, conflicts, tenure_of, tenures


def _s(m: str, date: str | None, *, person: str = "p", **flags: bool) -> Sighting:
    return Sighting(m, person, "chair", date, **flags)


def test_a_stated_start_wins_a_tie_and_reports_bound_the_rest() -> None:
    t = tenure_of("p", "chair", [_s("m1", "2017-03-01", start=True), _s("m2", "2017-03-01"),
                                 _s("m3", "2017-06-01"), _s("m4", None)])
    assert (t.begin and (t.begin.date, t.begin.kind, t.begin.sources)) == ("2017-03-01", STATED, ("m1",))
    assert (t.end and (t.end.date, t.end.kind)) == ("2017-06-01", OBSERVED)
    assert t.memberships == ("m1", "m2", "m3", "m4")


def test_a_former_post_closes_the_interval_before_its_date_only_after_the_last_report() -> None:
    t = tenure_of("p", "chair", [_s("m1", "2017-03-01"), _s("m2", "2017-09-01", former=True)])
    assert (t.end and (t.end.date, t.end.kind)) == ("2017-09-01", BEFORE)
    assert t.covers("2017-08-31") and not t.covers("2017-09-01")
    late = tenure_of("p", "chair", [_s("m1", "2017-10-01"), _s("m2", "2017-09-01", former=True)])
    assert (late.end and late.end.kind) == OBSERVED  # a later report of the holding wins


def test_a_dismissal_ends_the_interval_as_stated() -> None:
    t = tenure_of("p", "chair", [_s("m1", "2017-01-05"), _s("m2", "2017-04-20", end=True)])
    assert (t.end and (t.end.date, t.end.kind)) == ("2017-04-20", STATED)


def test_undated_pairs_have_no_tenure() -> None:
    assert tenures([_s("m1", None)]) == []


def _chairs(*found: Tenure) -> list[tuple[str, str, str, str]]:
    dates = {"a1": "2017-02-01", "a2": "2017-06-01", "b1": "2017-05-01", "c1": "2017-09-01"}
    got = conflicts(found, {"chair": "role/chu-tich"}, {"role/chu-tich": "chair"}, dates)
    return [(c.first.person, c.second.person, c.since, c.until) for c in got]


def test_two_holders_of_a_one_holder_post_on_one_date_conflict() -> None:
    a = tenure_of("a", "chair", [_s("a1", "2017-02-01", person="a"), _s("a2", "2017-06-01", person="a")])
    b = tenure_of("b", "chair", [_s("b1", "2017-05-01", person="b")])
    c = tenure_of("c", "chair", [_s("c1", "2017-09-01", person="c")])
    assert _chairs(a, b, c) == [("a", "b", "2017-05-01", "2017-05-01")]
    got = conflicts([a, b], {"chair": "role/chu-tich"}, {"role/chu-tich": "chair"},
                    {"a1": "2017-02-01", "a2": "2017-06-01", "b1": "2017-05-01"})
    assert got[0].evidence == (("a1", "a2"), ("b1",))  # nothing of a inside the overlap: its bounds


def test_deputies_never_conflict() -> None:
    a = tenure_of("a", "deputy", [Sighting("a1", "a", "deputy", "2017-02-01")])
    b = tenure_of("b", "deputy", [Sighting("b1", "b", "deputy", "2017-02-01")])
    assert conflicts([a, b], {"deputy": "role/pho-chu-tich"}, {"role/chu-tich": "chair"}, {}) == []


def test_a_successors_stated_start_ends_the_predecessor_before_it() -> None:
    from kg.resolve.tenure import succeed

    roles, single = {"chair": "role/chu-tich"}, {"role/chu-tich": "chair"}
    a = tenure_of("a", "chair", [_s("a1", "2017-02-06", person="a"), _s("a2", "2017-05-22", person="a")])
    b = tenure_of("b", "chair", [_s("b1", "2017-05-10", person="b", start=True)])
    got = {t.person: t for t in succeed([a, b], roles, single)}
    assert (got["a"].end and (got["a"].end.date, got["a"].end.kind, got["a"].end.sources)) == (
        "2017-05-10", BEFORE, ("b1",))
    assert got["b"] == b and conflicts(got.values(), roles, single, {}) == []
    deputies = succeed([a, b], {"chair": "role/pho-chu-tich"}, single)  # many deputies: nobody is ended
    assert deputies == [a, b]


def test_a_stray_year_bounds_nothing() -> None:
    t = tenure_of("p", "chair", [_s("m1", "1983-05-10", start=True), _s("m2", "2017-05-22"), _s("m3", "2017-02-06")])
    assert (t.begin and (t.begin.date, t.begin.kind)) == ("2017-02-06", OBSERVED)
    assert "m1" in t.memberships  # still aggregated
    alone = tenure_of("p", "chair", [_s("m1", "1983-05-10")])
    assert (alone.begin and alone.begin.date) == "1983-05-10"  # nothing to compare with: kept


def test_a_guessed_year_bounds_only_where_the_holdings_own_years_agree() -> None:
    # own years 2015 and 2017 (datelines); the guess 2014 (a recalled year) is 2015 or 2017, and the
    # own years do not say which: it bounds nothing; the guess 2017 agrees and bounds
    t = tenure_of("p", "chair", [_s("m1", "2017-05-22"), _s("m0", "2015-06-01"),
                                 _s("m2", "2014-05-10", start=True, guessed=True),
                                 _s("m3", "2019-05-12", guessed=True), _s("m4", "2017-05-11", guessed=True)])
    assert (t.begin and (t.begin.date, t.begin.kind)) == ("2015-06-01", OBSERVED)
    assert (t.end and t.end.date) == "2017-05-22"  # 2019 is after every own year: nothing to place it in
    assert t.memberships == ("m0", "m1", "m2", "m3", "m4")  # every report stays aggregated


def test_a_guessed_year_is_placed_in_the_one_own_year_after_it() -> None:
    # a report of May 2017 reviewing 2016 (guessed 2016) and one recalling 2013: the holding's own
    # year is 2017, the only one at or after either guess; placed there as observations, not as a start
    t = tenure_of("p", "chair", [_s("m1", "2017-05-22"), _s("m2", "2013-05-10", start=True, guessed=True),
                                 _s("m3", "2016-05-12", guessed=True), _s("m4", "2017-05-11", guessed=True),
                                 _s("m5", "2016-06-01", former=True, guessed=True)])
    assert (t.begin and (t.begin.date, t.begin.kind, t.begin.sources)) == ("2017-05-10", OBSERVED, ("m2",))
    assert (t.end and (t.end.date, t.end.kind)) == ("2017-05-22", OBSERVED)  # the former post is not placed
    assert t.covers("2017-05-12")
    leap = tenure_of("p", "chair", [_s("m1", "2017-05-22"), _s("m2", "2016-02-29", guessed=True)])
    assert (leap.begin and leap.begin.date) == "2017-05-22"  # 2017 has no 29 February


def test_guesses_alone_bound_only_when_most_of_them_agree() -> None:
    assert tenures([_s("m1", "2017-02-06", guessed=True)]) == []  # one guess: no interval
    split = [_s("m1", "2017-02-06", guessed=True), _s("m2", "2016-02-07", guessed=True)]
    assert tenures(split) == []
    agreed = tenure_of("p", "chair", [*split, _s("m3", "2017-02-10", guessed=True)])
    assert (agreed.begin and agreed.begin.date, agreed.end and agreed.end.date) == ("2017-02-06", "2017-02-10")


def test_an_articles_guessed_year_its_other_holdings_confirm_dates_its_reports() -> None:
    def s(m: str, person: str, post: str, date: str, article: str, guessed: bool = True) -> Sighting:
        return Sighting(m, person, post, date, guessed=guessed, article=article)

    # article x (guessed 2017) names the Hà Nội secretary, whom a1 and a2 date in 2017 only, and
    # Lào Cai's secretary, reported nowhere else: x was written in 2017, Lào Cai's is observed then
    reports = [s("h1", "hai", "hn", "2017-05-13", "a1", guessed=False), s("h2", "hai", "hn", "2017-05-18", "a2"),
               s("h3", "hai", "hn", "2017-05-17", "x"), s("v1", "vinh", "lc", "2017-05-17", "x")]
    (hn, lc) = sorted(tenures(reports), key=lambda t: t.post)
    assert (lc.person, lc.begin and lc.begin.date, lc.end and lc.end.date) == ("vinh", "2017-05-17", "2017-05-17")
    assert lc.covers("2017-05-17") and hn.covers("2017-05-15")
    # the same guess in an article whose other holding is dated in 2016 and 2017: no vote, no interval
    spread = [s("h1", "hai", "hn", "2016-12-20", "a1", guessed=False), *reports[1:]]
    assert [t.post for t in tenures(spread)] == ["hn"]
    # a holding dated 2016 only votes against the guess 2017: nothing is confirmed
    against = [s("h1", "hai", "hn", "2016-05-13", "a1", guessed=False), *reports[2:]]
    assert [t.post for t in tenures(against)] == ["hn"]
    # guesses that agree do not vote: three reports of February 2017 reviewing 2016 all guess 2016
    reviews = [s(f"h{i}", "hai", "hn", f"2016-02-0{i}", f"a{i}") for i in range(1, 4)]
    assert [t.post for t in tenures([*reviews, s("v1", "vinh", "lc", "2016-02-05", "x"),
                                     s("h9", "hai", "hn", "2016-02-05", "x")])] == ["hn"]


def test_a_day_without_a_year_is_placed_in_the_holdings_one_year() -> None:
    def s(m: str, date: str | None, day: str | None = None, **flags: bool) -> Sighting:
        return Sighting(m, "p", "chair", date, day=day, **flags)

    # dated in 2017 only: the report of "sáng 7/2" with no year anywhere is observed on 7/2/2017
    t = tenure_of("p", "chair", [s("m1", "2017-05-13"), s("m2", "2017-05-18", guessed=True),
                                 s("m3", None, "--02-07")])
    assert (t.begin and (t.begin.date, t.begin.kind, t.begin.sources)) == ("2017-02-07", OBSERVED, ("m3",))
    # dated in two years: which one is a guess, the day bounds nothing; a day alone dates no tenure
    two = tenure_of("p", "chair", [s("m1", "2017-05-13"), s("m2", "2016-12-20"), s("m3", None, "--02-07")])
    assert (two.begin and two.begin.date) == "2016-12-20"
    assert tenures([s("m3", None, "--02-07")]) == []
    lone = tenure_of("p", "chair", [s("m1", "2016-12-30"), s("m3", None, "--02-10")])
    assert (lone.begin and lone.begin.date) == "2016-12-30"  # one report in its year: 10/2 of which year?
    former = tenure_of("p", "chair", [s("m1", "2017-05-13"), s("m3", None, "--09-07", former=True)])
    assert (former.end and (former.end.date, former.end.kind)) == ("2017-05-13", OBSERVED)


def test_a_report_of_a_merged_meeting_takes_the_date_another_report_states() -> None:
    # guessed 2018 (from the plans it names) and a day without a year: both report the sitting of
    # 23/5 that another article dates 23/5/2017; a meeting of another day dates nothing
    guessed = Sighting("m1", "p", "minister", "2018-05-23", guessed=True, article="a", met=("2017-05-23",))
    partial = Sighting("m2", "q", "secretary", None, day="--05-23", article="b", met=("2017-05-22", "2017-05-23"))
    other = Sighting("m3", "r", "chair", None, day="--05-24", article="c", met=("2017-05-23",))
    got = {t.person: (t.begin and t.begin.date, t.end and t.end.date) for t in tenures([guessed, partial, other])}
    assert got == {"p": ("2017-05-23", "2017-05-23"), "q": ("2017-05-23", "2017-05-23")}
    two = Sighting("m4", "s", "chair", None, day="--05-23", article="d", met=("2016-05-23", "2017-05-23"))
    assert tenures([two]) == []  # two meetings of that day in two years: which one is a guess


def test_one_report_relieving_a_holder_and_naming_the_next_hands_the_post_over() -> None:
    from kg.resolve.tenure import handovers, succeed

    roles, single = {"sec": "role/bi-thu"}, {"role/bi-thu": "secretary"}

    def s(m: str, person: str, date: str, article: str, **flags: bool) -> Sighting:
        return Sighting(m, person, "sec", date, article=article, **flags)

    # x and y: reports guessed 2016 (they review it), placed in 2017 where both holdings are dated
    own = [s("a1", "a", "2017-02-06", "d1", guessed=False), s("b1", "b", "2017-05-22", "d2", guessed=False)]
    x = [s("a2", "a", "2016-05-10", "x", guessed=True, end=True), s("b2", "b", "2016-05-10", "x", guessed=True,
                                                                       start=True)]
    y = [s("a3", "a", "2016-05-12", "y", guessed=True)]  # a later report naming the post of his offence
    found = tenures([*own, *x, *y])
    got = {t.person: t for t in succeed(found, roles, single, handovers([*own, *x, *y]))}
    assert (got["a"].end and (got["a"].end.date, got["a"].end.kind, got["a"].end.sources)) == (
        "2017-05-10", BEFORE, ("a2", "b2"))
    assert (got["b"].begin and (got["b"].begin.date, got["b"].begin.kind)) == ("2017-05-10", OBSERVED)
    assert conflicts(got.values(), roles, single, {}) == []
    # the relief alone, or the appointment alone, in a placed report hands nothing over
    assert handovers([*own, x[0], *y]) == [] and handovers([*own, x[1], *y]) == []
    # two others given the post in the same report: which one succeeded is not said
    two = [*x, s("c2", "c", "2016-05-10", "x", guessed=True), s("c1", "c", "2017-05-20", "d3", guessed=False)]
    assert handovers([*own, *two]) == []


def test_an_article_is_placed_in_the_one_year_its_other_holdings_are_dated_in() -> None:
    def s(m: str, person: str, date: str | None, article: str, day: str | None = None, **flags: bool) -> Sighting:
        return Sighting(m, person, person, date, day=day, article=article, **flags)

    minister = [s("h1", "h", "2017-05-13", "a1"), s("h2", "h", "2017-05-18", "a2")]  # dated in 2017 only
    # x gives "Tối 19/5" and no year anywhere; y is guessed 2016 (it reviews 2016): both name the minister
    x = [s("h3", "h", None, "x", day="--05-19"), s("d1", "d", None, "x", day="--05-19")]
    y = [s("h4", "h", "2016-05-11", "y", guessed=True), s("k1", "k", "2016-05-11", "y", guessed=True, start=True),
         s("d2", "d", "2016-05-11", "y", guessed=True)]
    got = {t.person: t for t in tenures([*minister, *x, *y, s("d3", "d", "2017-02-08", "z", guessed=True)])}
    assert (got["d"].begin and got["d"].begin.date, got["d"].end and got["d"].end.date) == ("2017-02-08", "2017-05-19")
    assert (got["k"].begin and (got["k"].begin.date, got["k"].begin.kind)) == ("2017-05-11", OBSERVED)  # no stated
    # a holding one own report dates votes for its year, but places nothing alone
    lone = [s("c1", "c", "2016-12-30", "a3"), s("c2", "c", None, "w", day="--02-10"), s("e1", "e", None, "w",
                                                                                         day="--02-10")]
    assert [t.person for t in tenures(lone)] == ["c"]
    # votes for two years place nothing
    split = [*minister, s("f1", "f", "2016-03-01", "a4"), s("f2", "f", "2016-04-01", "a5"),
             s("h5", "h", None, "v", day="--02-10"), s("f3", "f", None, "v", day="--02-10"),
             s("g1", "g", None, "v", day="--02-10")]
    assert "g" not in {t.person for t in tenures(split)}
    # a holding only days without a year report, and a former post, are placed by no other holding
    recalls = [*minister, s("h6", "h", None, "u", day="--05-10"), s("t1", "t", None, "u", day="--05-10"),
               s("h7", "h", None, "u2", day="--05-10"), s("o1", "o", "2017-01-09", "a6"),
               s("o2", "o", None, "u2", day="--05-10", former=True)]
    got = {t.person: t for t in tenures(recalls)}
    assert "t" not in got and (got["o"].end and (got["o"].end.date, got["o"].end.kind)) == ("2017-01-09", OBSERVED)


def test_a_holding_only_days_report_is_placed_where_two_of_its_articles_are() -> None:
    def s(m: str, person: str, date: str | None, article: str, day: str | None = None) -> Sighting:
        return Sighting(m, person, person, date, day=day, article=article)

    minister = [s("h1", "h", "2017-05-13", "a1"), s("h2", "h", "2017-05-18", "a2")]  # dated in 2017 only
    # every report of t writes a day and no year; two articles its colleague places in 2017 place t there too
    two = [*minister, s("h3", "h", None, "x1", day="--05-12"), s("t1", "t", None, "x1", day="--05-12"),
           s("h4", "h", None, "x2", day="--05-19"), s("t2", "t", None, "x2", day="--05-19"),
           s("t3", "t", None, "x3", day="--03-13")]  # x3 names t alone: its day is then placed in t's one year
    got = {t.person: t for t in tenures(two)}
    assert (got["t"].begin and got["t"].begin.date, got["t"].end and got["t"].end.date) == ("2017-03-13", "2017-05-19")
    assert got["t"].covers("2017-05-19")
    # one such article is no evidence: a recall, or a title given the wrong name
    assert "t" not in {t.person for t in tenures(two[:4])}


def test_a_day_near_the_holdings_one_dated_report_is_of_its_year() -> None:
    def s(m: str, date: str | None, day: str | None = None) -> Sighting:
        return Sighting(m, "p", "chair", date, day=day)

    # one report of 15/5/2017 and two of "13/5" with no year: 13/5/2016 would lie a year away from it
    near = tenure_of("p", "chair", [s("m1", "2017-05-15"), s("m2", None, "--05-13"), s("m3", None, "--05-13")])
    assert (near.begin and (near.begin.date, near.begin.kind)) == ("2017-05-13", OBSERVED)
    # a day months from the one report is not placed by it (10/2 of 2016, or of 2017?)
    far = tenure_of("p", "chair", [s("m1", "2016-12-30"), s("m2", None, "--02-10")])
    assert (far.begin and far.begin.date, far.end and far.end.date) == ("2016-12-30", "2016-12-30")
