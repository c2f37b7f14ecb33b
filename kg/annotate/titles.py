"""The grammar of titles: a role plus an organization, and organizations plus a place.

``Phó Bí thư Thành ủy`` is the role *Phó Bí thư* in *Thành ủy <city>*;
``Tỉnh ủy viên`` is *Ủy viên* of *Tỉnh ủy <province>*; ``Ủy viên BTV Thị ủy``
is *Ủy viên* of *Ban Thường vụ Thị ủy <town>*. Where the text leaves the place
implicit (``UBND thành phố``) the article's home unit completes it, or the unit
of that type the article names elsewhere (``Thành ủy`` after ``Thành ủy Hà Nội``).
All matching runs on the same-length fold of the text, so every span found is
a span of the original.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from kg.annotate.context import TitleContext
from kg.annotate.fields import match_field
from kg.annotate.orgs import (
    _BINDING_TYPES,
    PARTY_COMMITTEE_BY_TYPE,
    _parse_place_after,
    _role_re,
    finish_named,
    make_org,
    org_label,
    parse_company,
    parse_org,
)
from kg.annotate.places import name_run, resolve_run, type_word_at
from kg.annotate.role_bodies import body_by_field_words, body_named_before, mission_body
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import alternation, head_re, skip_spaces, words_re
from kg.lexicon.resources import OrgHead, derived, resources
from kg.model import Organization, Place, PlaceType, Span, Title

__all__ = ["PARTY_COMMITTEE_BY_TYPE", "TitleContext", "make_org", "org_label", "parse_org", "parse_title",
           "parse_title_list", "complete_titles", "congress_places", "explicit_places", "is_implied", "starts_re"]



@derived
def _sep_re() -> re.Pattern[str]:
    """Between two titles of a list: a comma, a semicolon, a joiner (``và``, ``kiêm``, ``, kiêm``) or a dash
    (``Bí thư Đảng ủy - Chủ tịch HĐND xã``; a dash before no title ends the list)."""
    words = resources().connectors
    concurrent = alternation(words["concurrent_joiner"])
    return re.compile(rf"[ ]*(?:[,;](?:[ ]*{concurrent}(?= ))?|(?<!\w){alternation(words['title_joiner'])}(?= )"
                      rf"|[–—]|-(?= )|(?<= )-)[ ]*")


@derived
def starts_re(kind: str) -> re.Pattern[str]:
    """Zero-width matches at every word start where a role/member title/body head begins.

    One C-level scan instead of a Python loop over every word of the article.
    """
    tables: dict[str, Mapping[str, object]] = {
        "role": resources().roles, "member": resources().member_titles,
        "title": {**resources().roles, **resources().member_titles}, "head": resources().org_heads}
    return re.compile(rf"(?<!\w)(?={alternation(tables[kind])}(?!\w))")


@derived
def _member_re() -> re.Pattern[str]:
    return words_re(resources().member_titles, before="")


def _parse_role_org(text: str, folded: str, role: str, end: int,
                    ctx: TitleContext) -> tuple[Organization, int] | None:
    """The body after a role; a role ending in its body's head word may share it."""
    sp = skip_spaces(folded, end)
    plain = parse_org(text, folded, sp, ctx)
    if plain is None and (field_head := resources().role_rules["field_head"].get(role)) is not None:
        # "Bộ trưởng Nội vụ Lê Vĩnh Tân": the press names the ministry by its field alone
        field = match_field(folded, field_head, sp)
        if field is not None:
            return finish_named(text, folded, f"{resources().org_heads[field_head].head} {field[0]}", field[1], ctx)
    if plain is None and (state := _state_company_re().match(folded, sp)) is not None:
        # "Tổng giám đốc Tổng công ty Tân Cảng Sài Gòn": a company of the state is a public post
        company = parse_company(text, folded, sp, state.end(), text[sp : state.end()], ctx)
        if company is not None:
            return company
    if plain is None and (mission := resources().role_rules["mission"].get(role)) is not None:
        # "Đại sứ Việt Nam tại Triều Tiên": the mission named by its two countries
        by_countries = mission_body(text, folded, end, mission)
        if by_countries is not None:
            return by_countries
    if plain is None and (own := resources().role_rules["field_words"].get(role)) is not None:
        # "Vụ trưởng quản lý các khu kinh tế": the body's head is the role's, its field in lower case
        by_field = body_by_field_words(text, folded, end, own, ctx)
        if by_field is not None:
            return by_field
    if plain is None and (body := resources().role_rules["place_body"].get(role)) is not None:
        named = _province_named(text, folded, sp, body, ctx)
        if named is not None:
            return named
    if plain is None and (earlier := body_named_before(text, folded, sp, ctx)) is not None:
        return earlier  # "bà X, Hiệu trưởng trường này": the school the text named before
    head_word = resources().role_rules["head_word"].get(role)
    if head_word is None:
        return plain if plain is not None else _parse_org_after_gap(text, folded, end, ctx)
    # "Trưởng ban tổ chức Huyện ủy", "Chánh Văn phòng UBND tỉnh": the role's last word
    # is also the body's head
    shared = parse_org(text, folded, end - len(head_word), ctx)
    if plain is None:
        return shared if shared is not None else _parse_org_after_gap(text, folded, end, ctx)
    if fold(plain[0].head).startswith(head_word):
        return plain  # "Trưởng ban Ban Pháp chế": the body is written out in full
    if shared is not None and fold(shared[0].head) != head_word:
        return shared
    return plain


@derived
def _state_company_re() -> re.Pattern[str]:
    """The head of a company the state owns (connectors ``state_company``: Tổng công ty, Công ty TNHH một
    thành viên); other companies' posts are no public posts."""
    return words_re(resources().connectors.get("state_company", ()), before="")


def _province_named(text: str, folded: str, pos: int, body: str,
                    ctx: TitleContext) -> tuple[Organization, int] | None:
    """``Chủ tịch Hà Nội``, ``Bí thư Đà Nẵng``, ``Chủ tịch quận 1``, ``Phó chủ tịch thành phố``: the
    press names a unit's body by the unit alone.

    A bare name counts only for a province (a district's or commune's name is a person's name too
    often); a type word (``quận 1``, ``thành phố``) names any unit. ``body`` is the role's body
    there (``committee``: the Party committee of the unit's type).
    """
    if type_word_at(folded, pos) is not None:
        place, end, level = _parse_place_after(text, folded, pos, OrgHead("", body, "place"), ctx)
        if body != "committee":
            return make_org(body, place, level), end
        if place is None:
            return None
        return make_org(PARTY_COMMITTEE_BY_TYPE[place.type], place), end
    run = name_run(text, pos)
    if not run:
        return None
    place, used = resolve_run(ctx.gaz, run, None, ctx.near)
    if place is None or place.type.level != 1:
        return None
    head = PARTY_COMMITTEE_BY_TYPE[place.type] if body == "committee" else body
    return make_org(head, place), run[used - 1].end


MAX_GAP_WORDS = 4
_GAP_WORD = re.compile(r"[ ]+([^\W\d_]+)")
_SPACES = re.compile(r"[ ]+")


@derived
def _gap_stop_re() -> re.Pattern[str]:
    """Words that end a role's lower-case modifier: function words and the verbs of a clause."""
    res = resources()
    stops = (*res.connectors.get("role_gap_stop", ()), *res.task_verbs, *res.task_actions,
             *res.tenure_cues, *res.meeting_cues)
    return words_re(stops)


def _parse_org_after_gap(text: str, folded: str, end: int, ctx: TitleContext) -> tuple[Organization, int] | None:
    """``Phó chỉ huy trưởng động viên tuyển quân Bộ chỉ huy Quân sự tỉnh``: a role's body after a
    few lower-case words that qualify the role (the role keeps its base form).

    Up to :data:`MAX_GAP_WORDS` words, all written in lower case, then a body whose name is
    written with a capital; no gap word a function word or a verb (``Chủ tịch yêu cầu UBND
    các xã`` is a clause, not a title) nor another role.
    """
    pos = end
    for _ in range(MAX_GAP_WORDS):
        m = _GAP_WORD.match(text, pos)
        if m is None or not m.group(1)[:1].islower():
            return None
        pos = m.end()
        sp = _SPACES.match(folded, pos)
        if sp is None:
            return None
        if not text[sp.end() : sp.end() + 1].isupper():
            continue  # the body's name starts with a capital ("quốc phòng Mỹ" is no "Phòng")
        got = parse_org(text, folded, sp.end(), ctx)
        if got is not None:
            gap = folded[end:pos]
            if _gap_stop_re().search(gap) or _role_re().search(gap) or _member_re().search(gap):
                return None
            return got
    return None


def parse_title(text: str, folded: str, pos: int, ctx: TitleContext) -> tuple[Title, int] | None:
    """Parse one title (``Phó Bí thư Thành ủy``, ``Tỉnh ủy viên``) starting at ``pos``.

    A former post (``nguyên Chủ tịch …``) is read like a current one; a parenthesis
    naming the body's owner (``Tổng cục Du lịch (Bộ VHTTDL)``) belongs to the title.
    """
    former = _FORMER.match(folded, pos)
    got = _parse_title_at(text, folded, former.end() if former else pos, ctx)
    if got is None:
        return None
    title, end = got
    owner = _PAREN_OWNER.match(text, end)
    if owner is not None and title.org is not None and head_re().match(folded, owner.start(1)):
        end = owner.end()
    return (replace(title, span=Span(pos, end)) if end != title.span.end or former else title), end


_FORMER = re.compile(r"nguyên[ ]+(?=\w)")


FORMER_REACH = 18  # characters before a title a former word ("nguyên ", "cựu ", "thời điểm đó là ") may stand in


@derived
def _former_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A former word opening a text, and one ending it (before a title)."""
    words = alternation(resources().connectors["former_post"])
    return re.compile(rf"(?:{words})[ ]+"), re.compile(rf"(?<!\w)(?:{words})[ ]+$")


def former_word_end(folded: str, pos: int) -> int:
    """Past a former clause opening at ``pos`` (``ông A - lúc đó là Trưởng ban …``), else ``pos``; a former
    word of the title itself (``nguyên Chủ tịch``) stays."""
    m = _former_words()[0].match(folded, pos)
    return m.end() if m is not None and m.group().split()[-1] == "là" else pos


def is_former(text: str, span: Span) -> bool:
    """Whether the title at ``span`` of ``text`` is called former: ``nguyên Chủ tịch …``, ``cựu Bí thư …``
    (the word opens the title's span, or stands just before it)."""
    at = max(0, span.start - FORMER_REACH)
    folded = fold(text[at:span.end])
    opening, ending = _former_words()
    return opening.match(folded, span.start - at) is not None or ending.search(folded, 0, span.start - at) is not None
_PAREN_OWNER = re.compile(r"[ ]*\((\w[^()\n]{0,60})\)")


def _is_national_head(head: str) -> bool:
    """Whether a body's head is a national body of org_heads.tsv (``Quân ủy Trung ương``)."""
    binding = resources().org_heads.get(fold(head))
    return binding is not None and binding.binding == "national"


def _parse_title_at(text: str, folded: str, pos: int, ctx: TitleContext) -> tuple[Title, int] | None:
    m = _member_re().match(folded, pos)
    if m:
        role, head_name = resources().member_titles[m.group()]
        end = m.end()
        if head_name == "Ban Thường vụ":
            sp = skip_spaces(folded, end)
            inner = parse_org(text, folded, sp, ctx)
            if inner and inner[0].head in PARTY_COMMITTEE_BY_TYPE.values():
                org = make_org(f"Ban Thường vụ {inner[0].head}", inner[0].place)
                return Title(role, org, Span(pos, inner[1])), inner[1]
            if inner and inner[0].place is None and _is_national_head(inner[0].head):
                # "Ủy viên Thường vụ Quân ủy Trung ương": the standing committee of a national body, never
                # completed with the article's commune
                org = make_org(f"Ban Thường vụ {inner[0].head}", None)
                return Title(role, org, Span(pos, inner[1])), inner[1]
            return Title(role, make_org("Ban Thường vụ", None), Span(pos, end)), end
        binding = resources().org_heads.get(fold(head_name))
        place = None
        if binding is not None and binding.binding in _BINDING_TYPES:
            place, end, _level = _parse_place_after(text, folded, end, binding, ctx)
            if place is not None and place.type.level == 1 and head_name in PARTY_COMMITTEE_BY_TYPE.values():
                head_name = PARTY_COMMITTEE_BY_TYPE[place.type]  # "TUV" of Huế (a city since 2025): Thành ủy
        elif head_name == PARTY_COMMITTEE_BY_TYPE[PlaceType.COMMUNE] and ctx.commune is not None:
            place = ctx.commune  # "ĐUV", "Đảng ủy viên" in a commune's article (after the reform): its committee's
        return Title(role, make_org(head_name, place), Span(pos, end)), end
    m = _role_re().match(folded, pos)
    if not m:
        return None
    role = resources().roles[m.group()]
    end = m.end()
    implied = resources().role_rules["implied_org"].get(role)
    parsed = _parse_role_org(text, folded, role, end, ctx)
    if parsed is not None:
        org, org_end = parsed
        abroad = _country_at(text, folded, org_end, ctx)
        if abroad is not None and org.place is None:  # "Bộ trưởng Quốc phòng Mỹ": the country's ministry
            org, org_end = make_org(f"{org.label} {abroad[0]}", None), abroad[1]
        return Title(role, org, Span(pos, org_end)), org_end
    abroad = _country_at(text, folded, end, ctx, bare_role=True)
    if abroad is not None:  # "Thủ tướng Hàn Quốc Hwang Kyo-ahn": that country's post, never ours
        return Title(role, make_org(f"{implied or role} {abroad[0]}", None), Span(pos, abroad[1])), abroad[1]
    commune = resources().role_rules["commune_body"].get(role)
    if commune is not None:  # "Cán bộ địa chính xã": the commune's People's Committee
        word = _COMMUNE_WORD.match(folded, end)
        place = ctx.implicit(PlaceType.COMMUNE, pos)
        end = word.end() if word else end
        return Title(role, make_org(commune, place, "" if place else "xã"), Span(pos, end)), end
    return Title(role, make_org(implied, None) if implied else None, Span(pos, end)), end


@derived
def country_re() -> re.Pattern[str]:
    """A country of ``kg/data/countries.txt`` as a whole folded word (foreign posts: titles, positions)."""
    return words_re(resources().countries)


def _country_at(text: str, folded: str, end: int, ctx: TitleContext, *,
                bare_role: bool = False) -> tuple[str, int] | None:
    """A country named right after a role or a body (``Thủ tướng Trung Quốc``), written with a capital.

    Not a country when it starts a longer unit name (``Mỹ Tho``); after a bare role, a country that
    is also a given name (``Bí thư Đức``: a person) counts only when a capitalized name follows it
    (``Thủ tướng Anh Theresa May``).
    """
    start = skip_spaces(folded, end)
    m = country_re().match(folded, start) if start > end else None
    if m is None or not text[start].isupper():
        return None
    name, given = resources().countries[m.group()]
    run = name_run(text, start)
    if len(run) > len(name.split()) and ctx.gaz.candidates(" ".join(t.text for t in run[: len(name.split()) + 1])):
        return None
    if bare_role and given and not text[skip_spaces(folded, m.end()) : m.end() + 2].strip()[:1].isupper():
        return None
    return name, m.end()


_COMMUNE_WORD = re.compile(r"[ ]+xã(?!\w)")


def parse_title_list(text: str, folded: str, pos: int, ctx: TitleContext) -> tuple[list[Title], int]:
    """Parse ``<title>, <title>, <title>`` from ``pos``; return the titles and where they end."""
    titles: list[Title] = []
    end = pos
    sharing: set[int] = set()  # titles joined to the next by "kiêm"
    dashed = False  # the separator before this title is a dash
    # a list set off after a name ("ông A, Chánh văn phòng, Người phát ngôn Bộ …"), not one before a name
    # ("ứng viên đại biểu Quốc hội, Bí thư Thành ủy …", "Đoàn Chủ tịch, Trưởng Ban …")
    appositive = _APPOSITION.search(folded, max(0, pos - 4), pos) is not None
    while True:
        got = parse_title(text, folded, pos, ctx)
        if got is None:
            if titles and titles[-1].org is None:
                titles, end = _share_body(text, folded, pos, titles, end, ctx)
            break
        if titles and (_opens_clause(text, folded, got[0], got[1]) or (dashed and not _names_body(folded, got[0]))):
            break  # "…, Phó Thống đốc NHNN, Thủ tướng giao …"; "- Trưởng ban tổ chức cho biết": no title of his
        titles.append(got[0])
        end = got[1]
        term = _list_term_re().match(folded, end)
        sep = _sep_re().match(folded, term.end() if term else end)
        if not sep and got[0].org is None:
            sep = _after_company(folded, end)  # "Giám đốc Công ty CP …, Tổng Thư ký Hiệp hội …"
        if not sep:
            break
        if got[0].org is None and (_concurrent_re().search(folded, sep.start(), sep.end())
                                   or (sep.group().strip() == "," and appositive)):
            sharing.add(len(titles) - 1)  # "Chánh văn phòng kiêm (or ",") người phát ngôn Bộ …"
        dashed = any(c in sep.group() for c in "-–—")
        pos = sep.end()
    if sharing:
        titles = _concurrent_body(titles, sharing)
    return complete_titles(_unit_committees(titles, folded), ctx), end


def _unit_committees(titles: list[Title], folded: str) -> list[Title]:
    """``Bí thư Đảng ủy, Chủ tịch HĐND phường A``: a Party committee written without its unit is the
    committee of the unit a neighbour of the list names (not the article's own unit)."""
    out = list(titles)
    for i, title in enumerate(titles):
        org = title.org
        if org is None or org.head not in _COMMITTEES or not folded[title.span.start : title.span.end].endswith(
                fold(org.head)):
            continue
        place = _neighbour_place(titles, i)
        if place is not None and place != org.place and PARTY_COMMITTEE_BY_TYPE.get(place.type) == org.head:
            out[i] = replace(title, org=make_org(org.head, place))
    return out


_APPOSITION = re.compile(r"[,(–—-][ ]*$")


@derived
def _list_term_re() -> re.Pattern[str]:
    """The term of a committee written after a title of a list, before the next title (connectors
    ``term_opener``): ``Phó Bí thư Tỉnh ủy khóa 19, Chủ tịch UBND tỉnh``."""
    opener = alternation(resources().connectors["term_opener"])
    return re.compile(rf"[ ]+(?:{opener})[ ]+(?:\d{{4}}[ ]*[-–][ ]*\d{{4}}|[^\W_]+)(?!\w)(?=[ ]*[,;])")


_LOWER_WORD = re.compile(r"[ ]+[^\W\d_A-ZÀ-ỸĐ]")  # a space, then a word in lower case


def _opens_clause(text: str, folded: str, title: Title, end: int) -> bool:
    """A later title of a list that names its body by itself (``Thủ tướng``), written bare and followed by a
    lower-case word, is the subject of the next clause (``…, Thủ tướng giao Ngân hàng Nhà nước …``)."""
    implied = resources().role_rules["implied_org"].get(title.role)
    if implied is None or title.org is None or title.org.label != implied:
        return False
    return fold(text[title.span.start : end]) == fold(title.role) and _LOWER_WORD.match(text, end) is not None


def _names_body(folded: str, title: Title) -> bool:
    """Whether a title writes its own body, not a Party committee the text leaves out: after a dash only such a
    title is the same person's (``- Chủ tịch HĐND xã``, not ``- Trưởng ban tổ chức``: an event's committee)."""
    if title.org is None:
        return False
    written = folded[title.span.start : title.span.end]
    label = fold(title.org.label).split()
    committee = any(w == _COMMITTEE_WORD and label[i + 1 : i + 2] != [_COMMISSION_WORD] for i, w in enumerate(label))
    return not committee or _COMMITTEE_WORD in re.split(r"\W+", written)


_COMMITTEE_WORD = "ủy"  # the last word of a Party committee's name (Tỉnh ủy, Đảng ủy)
_COMMISSION_WORD = "ban"  # after it, the word is a commission's (Ủy ban nhân dân): no Party committee


@derived
def _concurrent_re() -> re.Pattern[str]:
    return words_re(resources().connectors["concurrent_joiner"])


def _concurrent_body(titles: list[Title], sharing: set[int]) -> list[Title]:
    """``Chánh văn phòng kiêm người phát ngôn UBND TP Đà Nẵng``: a role written without its body, then
    ``kiêm`` (or a comma, in a list set off after a name) and a title with one, holds the role in that body
    (a Party role keeps its committee)."""
    out = list(titles)
    for i in sorted(sharing, reverse=True):
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt is not None and nxt.org is not None and out[i].role not in resources().role_rules["party"]:
            out[i] = replace(out[i], org=nxt.org)
    return out


@derived
def _company_re() -> re.Pattern[str]:
    """A company's name after a role (a post outside the state), up to the comma that ends it."""
    return words_re(resources().connectors.get("company_head", ()), before=r"[ ]+",
                    after=r"[^,;.\n()]{0,60}[ ]*,[ ]*")


def _after_company(folded: str, end: int) -> re.Match[str] | None:
    return _company_re().match(folded, end)


def _share_body(text: str, folded: str, pos: int, titles: list[Title], end: int,
                ctx: TitleContext) -> tuple[list[Title], int]:
    """``Phó Chỉ huy trưởng, Tham mưu trưởng, Bộ Chỉ huy Quân sự tỉnh``: roles listed before their body."""
    parsed = parse_org(text, folded, pos, ctx)
    if parsed is None:
        return titles, end
    org, org_end = parsed
    out = list(titles)
    i = len(out) - 1
    while i >= 0 and out[i].org is None and out[i].role not in resources().role_rules["party"]:
        out[i] = replace(out[i], org=org, span=Span(out[i].span.start, org_end))
        i -= 1
    return (out, org_end) if i < len(out) - 1 else (titles, end)


def is_implied(title: Title, text: str) -> bool:
    """Whether the title's body was completed from context rather than written (``Phó Bí thư``)."""
    surface = fold(text[title.span.start : title.span.end])
    if surface in resources().roles:
        return True
    member = resources().member_titles.get(surface)
    return member is not None and member[1] == "Ban Thường vụ"


def complete_titles(titles: list[Title], ctx: TitleContext) -> list[Title]:
    """Give bare Party roles (``Phó Bí thư``, ``UVBTV``) the committee their neighbours imply."""
    out = []
    for i, title in enumerate(titles):
        org = title.org
        needs_committee = (org is None and title.role in resources().role_rules["party"]) or (
            org is not None and org.head == "Ban Thường vụ" and org.place is None)
        if needs_committee:
            level_place = _neighbour_place(titles, i) or ctx.congress_unit(title.span.start) or ctx.local
            level = _neighbour_level(titles, i) if level_place is None else None
            if level_place is not None or level is not None:
                committee = PARTY_COMMITTEE_BY_TYPE[level_place.type if level_place else level]  # type: ignore[index]
                head = committee if org is None else f"Ban Thường vụ {committee}"
                org = make_org(head, level_place)
        out.append(replace(title, org=org) if org is not title.org else title)
    return out


_COMMITTEES = frozenset(PARTY_COMMITTEE_BY_TYPE.values())


def _neighbour_level(titles: list[Title], i: int) -> PlaceType | None:
    """The unit type a neighbour's body wrote without naming the unit (``Chủ tịch HĐND huyện``)."""
    for j in list(range(i + 1, len(titles))) + list(range(i - 1, -1, -1)):
        org = titles[j].org
        if org is not None and org.place is None and org.label != org.head:
            kind = resources().place_types.get(fold(org.label[len(org.head):].strip()))
            if kind is not None:
                return kind
    return None


def _neighbour_place(titles: list[Title], i: int) -> Place | None:
    order = list(range(i + 1, len(titles))) + list(range(i - 1, -1, -1))
    for j in order:
        org = titles[j].org
        if org is not None and org.place is not None:
            return org.place
    return None


def congress_places(text: str, folded: str, ctx: TitleContext) -> tuple[tuple[int, Place], ...]:
    """The units the text names after a Party organization that elects its committee (``Đảng bộ tỉnh
    Nghệ An``, ``Ban Chấp hành Đảng bộ huyện …``; connectors ``electing_body``), by offset."""
    out: list[tuple[int, Place]] = []
    for m in _electing_re().finditer(folded):
        org = parse_org(text, folded, m.start(), ctx)
        if org is None or org[0].place is None or not org[0].place.code:
            continue
        if fold(org[0].place.name) in folded[m.end() : org[1]]:  # a name was written, not only a type word
            out.append((m.start(), org[0].place))
    return tuple(out)


@derived
def _electing_re() -> re.Pattern[str]:
    return words_re(resources().connectors["electing_body"])


def explicit_places(text: str, folded: str, ctx: TitleContext) -> tuple[tuple[int, Place], ...]:
    """The units the text names right after an organization head (``UBND xã Đắk BukSo``)."""
    out: list[tuple[int, Place]] = []
    for m in starts_re("head").finditer(folded):
        pos = m.start()
        got = head_re().match(folded, pos)
        if not got or resources().org_heads[got.group()].binding in ("named", "national", "party"):
            continue
        org = parse_org(text, folded, pos, ctx)
        if org is None or org[0].place is None or not org[0].place.code:
            continue
        start = skip_spaces(folded, got.end())
        tw = type_word_at(folded, start)
        name_start = tw[1] if tw else start
        if org[1] > name_start:  # a name was written, not only a type word
            out.append((pos, org[0].place))
    return tuple(out)
