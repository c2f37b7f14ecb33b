"""The organization grammar: a head noun, a field or proper name, and a place.

``UBND huyện Đắk Song``, ``Sở TN&MT TP.HCM`` (the field written in its official long
form, kg/data/org_fields.tsv), ``Ban Pháp chế HĐND tỉnh`` (a body of a local body),
``Hội đồng thẩm định xã NTM tỉnh`` (a name outside the lexicon kept whole). Where the
text leaves the place implicit the article's context completes it, and where nothing
does, the type word the text wrote stays in the label (``Ủy ban nhân dân huyện``).
All matching runs on the same-length fold of the text.
"""

from __future__ import annotations

import re

from kg.annotate.context import TitleContext
from kg.annotate.fields import match_field
from kg.annotate.places import (
    MAX_NAME_WORDS,
    Token,
    as_of_writing,
    name_run,
    name_words,
    resolve_run,
    type_word_at,
    unit_before_person,
)
from kg.lexicon.gazetteer import Gazetteer
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import UPPER, alternation, head_re, is_surname, skip_spaces, words_re
from kg.lexicon.resources import OrgHead, derived, resources
from kg.model import Organization, Place, PlaceType

# The Party committee head for each unit level, and the unit type each head binds to.
PARTY_COMMITTEE_BY_TYPE = {
    PlaceType.PROVINCE: "Tỉnh ủy", PlaceType.CENTRAL_CITY: "Thành ủy", PlaceType.CITY: "Thành ủy",
    PlaceType.TOWN: "Thị ủy", PlaceType.DISTRICT: "Huyện ủy", PlaceType.URBAN_DISTRICT: "Quận ủy",
    PlaceType.WARD: "Đảng ủy", PlaceType.COMMUNE: "Đảng ủy", PlaceType.TOWNSHIP: "Đảng ủy",
    PlaceType.SPECIAL_ZONE: "Đảng ủy",
}
_BINDING_TYPES = {
    "province": (PlaceType.PROVINCE, PlaceType.CENTRAL_CITY),
    "city": (PlaceType.CITY, PlaceType.CENTRAL_CITY),
    "town": (PlaceType.TOWN,),
    "district": (PlaceType.DISTRICT,),
    "urban": (PlaceType.URBAN_DISTRICT,),
}
# What a role says about its body (head word, implied body, Party committee): kg/data/role_rules.tsv.
# Where a named body sits when the text names no place: a Sở serves the province,
# a Phòng the article's own district-level unit; any other (Tổng cục, Bộ, Hiệp hội)
# has no place unless one is written.
NAMED_HEAD_BINDING = {"Sở": "province", "Phòng": "home"}
@derived
def _role_re() -> re.Pattern[str]:
    return words_re(resources().roles, before="")


def org_label(head: str, place: Place | None, level: str = "") -> str:
    """The canonical label of a body: ``Ủy ban nhân dân thành phố Bắc Kạn``, ``Thành ủy Bắc Kạn``.

    ``level`` is the type word the text wrote when the unit itself is unknown
    (``Ủy ban nhân dân huyện``): a reader knows the level even without the name.
    """
    if place is None:
        return f"{head} {level}" if level else head
    if place.name[:1].isdigit():
        return f"{head} {place.label}"  # "Quận ủy quận 3": a unit named by its number keeps its type word
    if head.endswith((" ủy", "Thành ủy", "Tỉnh ủy", "Huyện ủy", "Thị ủy", "Quận ủy")) and head != "Đảng ủy":
        return f"{head} {place.name}"
    if head in ("Tỉnh đoàn", "Huyện đoàn", "Thành đoàn"):
        return f"{head} {place.name}"
    return f"{head} {place.label}"


def make_org(head: str, place: Place | None, level: str = "") -> Organization:
    return Organization(head=head, place=place, label=org_label(head, place, level))


def _level_of(org: Organization) -> str:
    """The type word a body's label keeps when its unit is unknown (``Ủy ban nhân dân huyện``)."""
    return org.label[len(org.head) :].strip() if org.place is None else ""


def _level_word(kind: PlaceType) -> str:
    return "thành phố" if kind is PlaceType.CENTRAL_CITY else kind.value


def parse_org(text: str, folded: str, pos: int, ctx: TitleContext) -> tuple[Organization, int] | None:
    """Parse an organization name starting at ``pos``; return it and where it ends."""
    m = head_re().match(folded, pos)
    if not m:
        return None
    head = resources().org_heads[m.group()]
    end = m.end()
    if head.binding == "party":
        after = skip_spaces(folded, end)
        inner = parse_org(text, folded, after, ctx)
        if inner is None or inner[0].head not in PARTY_COMMITTEE_BY_TYPE.values():
            return _party_body_of_place(text, folded, end, head, ctx) if head.head != "Văn phòng" else None
        committee, end2 = inner
        return make_org(f"{head.head} {committee.head}", committee.place), end2
    if head.binding == "of":  # "Ban Giám đốc Công an TPHCM": the board of the body that follows
        after = skip_spaces(folded, end)
        owned = parse_org(text, folded, after, ctx)
        if owned is None:
            return None
        return make_org(f"{head.head} {owned[0].head}", owned[0].place, _level_of(owned[0])), owned[1]
    if m.group() in resources().connectors["party_of_body"]:
        owned = _party_of_body(text, folded, end, head, ctx)
        if owned is not None:
            return owned
    if head.binding == "national":
        return make_org(head.head, None), end
    if head.binding == "named":
        return _parse_named(text, folded, pos, end, head, ctx)
    name = head.head
    village = _village_at(text, folded, end)
    if village is not None:  # "Chi bộ thôn 8 xã Nam Bình": the village is part of the body's name
        name, end = f"{name} {village[0]}", village[1]
    place, end, level = _parse_place_after(text, folded, end, head, ctx)
    return make_org(name, place, level), end


def _party_of_body(text: str, folded: str, end: int, head: OrgHead,
                   ctx: TitleContext) -> tuple[Organization, int] | None:
    """``Đảng bộ UBND thành phố Huế``, ``Ban Chấp hành Đảng bộ Công an tỉnh``: the Party organization of
    the body named right after the head (connectors ``party_of_body``), at that body's unit; None when no
    body follows, or a Party organization or committee does (``Đảng ủy Tỉnh ủy`` is no body's)."""
    after = skip_spaces(folded, end)
    if after == end or not text[after : after + 1].isupper():
        return None
    inner = parse_org(text, folded, after, ctx)
    if inner is None:
        return None
    body, body_end = inner
    got = head_re().match(folded, after)
    if (got is None or got.group() in resources().connectors["party_of_body"]
            or body.head in PARTY_COMMITTEE_BY_TYPE.values()
            or resources().org_heads[got.group()].binding not in ("place", "named", "of")):
        return None
    return make_org(f"{head.head} {body.head}", body.place, _level_of(body)), body_end


@derived
def _village_re() -> re.Pattern[str]:
    # a village word, then its number or capitalized name ("thôn 8", "ấp Tân Lập")
    return re.compile(r"[ ]+(" + alternation(resources().village_words)
                      + rf")[ ]+(?:\d+[a-z]?(?!\w)|{UPPER}\w*(?:[ ]+{UPPER}\w*){{0,3}})")


def _village_at(text: str, folded: str, pos: int) -> tuple[str, int] | None:
    """The unit below a commune right after a head at ``pos`` (``thôn 8``): its text and end."""
    m = _village_re().match(text, pos)
    if m is None or folded[m.start(1) : m.end(1)] != m.group(1).lower():
        return None
    if type_word_at(folded, m.start(1)) is not None:
        return None
    return " ".join(text[m.start(1) : m.end()].split()), m.end()


def _party_body_of_place(text: str, folded: str, end: int, head: OrgHead,
                         ctx: TitleContext) -> tuple[Organization, int]:
    """``Ban Tuyên giáo huyện``, a bare ``Ban Tuyên giáo``: the committee of the unit meant.

    A type word names the unit (or the article's unit of that level); with nothing
    after the head, a district- or province-level home unit's committee is meant, or after
    the reform the committee of the commune the article is about (:attr:`TitleContext.local`).
    A capitalized word after the head names something else (``Ban Tuyên giáo Trung
    ương``, ``Ban Tổ chức Hội thi``): the head stays bare.
    """
    start = skip_spaces(folded, end)
    if type_word_at(folded, start):
        place, end2, level = _parse_place_after(text, folded, end, OrgHead("", head.head, "place"), ctx)
        committee = PARTY_COMMITTEE_BY_TYPE.get(place.type) if place is not None else None
        if place is not None and committee is not None and place.type.level <= 2:
            return make_org(f"{head.head} {committee}", place), end2
        return make_org(head.head, None, level), end2
    nxt = _WORD.match(text, end)
    home = ctx.local  # after the reform, a commune's article: "Chủ nhiệm UBKT" is its Đảng ủy's commission
    if (nxt is None or not nxt.group(1)[:1].isupper()) and home is not None and home.type in PARTY_COMMITTEE_BY_TYPE \
            and (home.type.level <= 2 or home is ctx.commune):
        return make_org(f"{head.head} {PARTY_COMMITTEE_BY_TYPE[home.type]}", home), end
    return make_org(head.head, None), end


def _parse_place_after(text: str, folded: str, end: int, head: OrgHead,
                       ctx: TitleContext) -> tuple[Place | None, int, str]:
    """Read the place after an organization head, or complete it from the article.

    Returns the place (None when unknown), where the body ends, and the type word the
    text wrote when the unit stays unknown (``UBND huyện`` on an article of no district).
    """
    start = skip_spaces(folded, end)
    tw = type_word_at(folded, start)
    if tw:
        kind, name_start = tw
        run = name_run(text, name_start)
        place, used = resolve_run(ctx.gaz, run, kind, ctx.near)
        if place is not None:
            place, used = as_of_writing(ctx.gaz, folded, run, used, place, kind, ctx.near)
            return place, run[used - 1].end, ""
        shared = _shared_name(ctx.gaz, run, kind)
        if shared is not None:  # "Đảng bộ xã Văn Lang": a name several units have, none chosen; the name stays
            return shared
        # "phường An Hải Phùng Phú Phong": the unit's name ends before the person's; a family name
        # may open a unit's name when a person's full name follows it ("xã Kim Lộc Nguyễn Đăng Khoa")
        words = name_words(run) if run and _plausible_place_word(run[0].text) else unit_before_person(run)
        if words:
            return Place(" ".join(t.text for t in words), kind), words[-1].end, ""
        word_end = start + len(folded[start:name_start].rstrip())
        implicit = ctx.implicit(kind, start)
        if implicit is not None and kind is PlaceType.URBAN_DISTRICT and implicit.type is not kind:
            implicit = None  # "UBND quận" is never the home huyện: the text says which kind of unit
        return implicit, word_end, "" if implicit is not None else _level_word(kind)
    if head.binding == "home":
        return ctx.home, end, ""
    kinds = _BINDING_TYPES.get(head.binding)
    run = name_run(text, start)
    if run:
        place, used = resolve_run(ctx.gaz, run, kinds[0] if kinds else None, ctx.near)
        if place is None and kinds and len(kinds) > 1:
            place, used = resolve_run(ctx.gaz, run, kinds[1], ctx.near)
        if place is not None and place.type.level == 3 and _starts_person(run[0].text):
            place = None  # "Ban Pháp chế Phan Đức Đồng": a person, not xã Phan
        if place is not None:
            return place, run[used - 1].end, ""
    if kinds:
        if head.binding == "province":
            recent = _recent_province(ctx, start)
            if recent is not None:
                return recent, end, ""
        for kind in kinds:
            implicit = ctx.implicit(kind, start)
            if implicit is not None:
                return implicit, end, ""
        return None, end, ""
    if head.binding == "place" and (not run or _starts_person(run[0].text)):
        # "Chủ tịch UBND" with nothing after it: the article's own unit (its commune after the reform)
        if fold(head.head) in resources().connectors["cell_body"]:
            return None, end, ""  # "Bí thư chi bộ" of a company or a village: never the article's city or commune
        local = ctx.local
        if local is not None and local.type.level < 3 and head.head == PARTY_COMMITTEE_BY_TYPE[PlaceType.COMMUNE]:
            return None, end, ""  # a bare "Đảng ủy" is a commune's (a province has its Tỉnh ủy)
        return local, end, ""
    return None, end, ""


def _shared_name(gaz: Gazetteer, run: list[Token], kind: PlaceType) -> tuple[Place, int, str] | None:
    """The longest prefix of ``run`` that units of type ``kind`` are registered under, though no one of them
    was chosen (``xã Văn Lang`` of Phú Thọ or of Thái Nguyên, no province named): the unit as written, unlinked,
    not a person's name (``Văn`` is a family name too)."""
    for n in range(min(len(run), MAX_NAME_WORDS), 0, -1):
        name = " ".join(t.text for t in run[:n])
        if len(gaz.candidates(name, kind)) > 1:
            return Place(name, kind), run[n - 1].end, ""
    return None


def _recent_province(ctx: TitleContext, at: int) -> Place | None:
    """The province-level unit a body of the text named last before ``at``.

    An article may report two provinces one after the other (Đà Nẵng, then Khánh Hòa):
    a ``Sở`` or ``Tỉnh ủy`` with no place belongs to the one whose bodies the text was
    naming, not to the article's home when that is the other one.
    """
    before = [(pos, place) for pos, place in ctx.seen if pos < at and place.type in _BINDING_TYPES["province"]]
    return max(before, key=lambda seen: seen[0])[1] if before else None


def _plausible_place_word(word: str) -> bool:
    """Whether an unregistered word after a type word can start a unit's name."""
    if word.isdigit():
        return True
    # a family name starts a person; an all-capital word is an abbreviation (xã NTM)
    return not _starts_person(word) and not (len(word) > 1 and word.isupper())


# Bodies whose name is an activity, all lower-case up to their place ("Ban chỉ đạo xử lý
# dự án chậm triển khai tỉnh Bà Rịa – Vũng Tàu").
ACTIVITY_NAMED_HEADS = frozenset({"Ban Chỉ đạo"})


@derived
def _eponym_head_re() -> re.Pattern[str]:
    """Heads whose bodies are named after people (connectors ``eponym_head``: trường)."""
    return words_re(resources().connectors["eponym_head"], after=r"(?!\w)")


def _has_capital(word: str) -> bool:
    return any(c.isupper() for c in word)


_NAMED_TOKEN = re.compile(r"[ ]*([^\W\d_][\w&]*|&|–|-)")
_NUMBER_TOKEN = re.compile(r"[ ]+(\d{1,3})(?!\w)")
_PAREN_ABBREVIATION = re.compile(r"[ ]*\([^\W\d_][\w&.-]{0,11}\)")
_CONNECTORS = frozenset({"&", "–", "-", "và"})
MAX_NAMED_WORDS = 8
_COOPERATIVE = re.compile(r"(?<!\w)hợp tác[ ]+$")


@derived
def _company_head_re() -> re.Pattern[str]:
    """The head of a company's name (connectors ``company_head``: công ty, tập đoàn …)."""
    return words_re(resources().connectors.get("company_head", ()), before=r"[ ]+")


def _company_head_at(folded: str, pos: int) -> bool:
    """Whether a company's head word follows ``pos`` after spaces."""
    return bool(_company_head_re().match(folded, pos))


def _parse_named(text: str, folded: str, pos: int, end: int, head: OrgHead,
                 ctx: TitleContext, *, company: bool = False) -> tuple[Organization, int] | None:
    """``Phòng Tài chính – Kế hoạch thị xã``: a proper name, then an optional place.

    A field of the official lists (``Sở TN&MT``) is written in its canonical long form;
    a body of a local body (``Ban Pháp chế HĐND tỉnh``) takes that body's place.
    """
    field = match_field(folded, head.surface, end)
    if field is not None:
        return finish_named(text, folded, f"{head.head} {field[0]}", field[1], ctx)
    words: list[tuple[str, int, int]] = []  # (word, start, end offset)
    cursor = end
    closed_by_place = False
    while len(words) < MAX_NAMED_WORDS:
        paren = _PAREN_ABBREVIATION.match(text, cursor)
        if paren and words:
            cursor = paren.end()  # "Vườn quốc gia (VQG) Phong Nha": the abbreviation repeats the name
            continue
        m = _NAMED_TOKEN.match(text, cursor)
        if m is None and (number := _NUMBER_TOKEN.match(text, cursor)) is not None and fold(
                " ".join(w for w, _, _ in words[-2:]) if words else head.surface
        ) in resources().connectors.get("numbered_name", ()):
            words.append((number.group(1), number.start(1), number.end(1)))  # "Khu vực 1", "Lữ đoàn 146"
            cursor = number.end(1)
            continue
        if not m or "\n" in text[cursor : m.start(1)]:
            break
        word, start = m.group(1), m.start(1)
        if company and words and fold(word) == "và" and _company_head_at(folded, m.end(1)):
            break  # "Công ty A và Công ty B": a second company, not the first one's name going on
        if type_word_at(folded, start) and _COOPERATIVE.search(folded, max(0, start - 10), start):
            words.append((word, start, m.end(1)))  # "Hội đồng Quản trị Hợp tác xã …": not a commune
            cursor = m.end(1)
            continue
        if type_word_at(folded, start):
            inner = _type_word_inside_name(text, folded, start) if words else None
            if inner is None:
                closed_by_place = True
                break
            words.extend(inner)  # "Hội đồng thẩm định xã NTM tỉnh": "xã NTM" is part of the name
            cursor = inner[-1][2]
            continue
        if words and _local_body_at(folded, start):
            closed_by_place = True
            break  # "Ban Pháp chế HĐND tỉnh": the owner body follows the name
        if _role_re().match(folded, start) or (_is_stop(word) and not _compound_at(folded, start)
                                               and not _plural_in_name(text, folded, start)
                                               and not _capital_compound(text, folded, words, start)):
            break
        if word[:1].isupper() and words and not any(w[:1].isupper() for w, _, _ in words):
            owner = _owner_body_at(text, folded, start, ctx)
            if owner is not None:  # "phòng quản lý chất thải rắn Sở TN-MT TP": the owner body closes the name
                return _owned_by(text, head, words, owner)
        place = None
        if word[:1].isupper() and words:
            run = name_run(text, start)
            place, used = resolve_run(ctx.gaz, run, None, ctx.near)
            if place is not None and place.type.level > 2:
                place = None
        if (word[:1].isupper() and words and _starts_person(word) and not _eponym_head_re().match(head.surface)
                and not (company and (place is not None or not _person_in_run(text, start)))):
            break  # a person's name after the body's (a school is named after one: Trường THPT Trưng Vương)
        if not words and not company and person_right_after(text, start, head.surface):
            break  # "Phó giám đốc Sở Nguyễn Văn A": the body written bare, then its officer's name
        if place is not None and not company:  # a company's name may hold a place (Tân Cảng Sài Gòn)
            closed_by_place = True
            break  # a place name closes the body's own name (Ban quản lý cửa khẩu Móng Cái)
        words.append((word, start, m.end(1)))
        cursor = m.end(1)
    while words and words[-1][0] in _CONNECTORS:
        words.pop()
    if words and not closed_by_place and (owned := _section_of(text, folded, head, words, ctx)) is not None:
        return owned  # "Trưởng phòng Tổ chức cán bộ, Sở Nội vụ tỉnh X": the section of the body after the comma
    if company and not closed_by_place:
        while words and not _has_capital(words[-1][0]):
            words.pop()  # "Công ty CP sứ Bát Tràng họp với …": a company's name ends at its last name word
    activity = head.head in ACTIVITY_NAMED_HEADS and closed_by_place
    # "Hội nghệ sĩ múa Việt Nam": a national body's name the press writes in lower case ends with the country
    national = fold(" ".join(w for w, _, _ in words[-2:])) in resources().connectors.get("national_name_end", ())
    if not words and closed_by_place and head.surface in resources().connectors.get("unit_named_head", ()):
        named = finish_named(text, folded, head.head, end, ctx)  # "Trường THCS thị trấn Cái Bè"
        return named if named[0].place is not None else None
    if not words or (not any(w[:1].isupper() for w, _, _ in words[:3]) and len(words) > 4
                     and not activity and not national):
        return None
    plural = resources().connectors.get("plural_in_name", ())
    opening = next((w for w, _, _ in words if fold(w) not in plural), words[0][0])
    if not (opening[:1].isupper() or opening.isdigit()) and not closed_by_place and not national:
        return None  # "phó giám đốc sở theo đúng chỉ đạo": a common noun, not a body's name
    name = " ".join(_PAREN_ABBREVIATION.sub("", text[words[0][1] : words[-1][2]]).split())
    if fold(name.split(" ", 1)[0]) not in resources().connectors.get("plural_in_name", ()):
        name = name[:1].upper() + name[1:]  # "Ban Quản lý các Khu chế xuất": the plural stays lower case
    return finish_named(text, folded, f"{head.head} {name}", words[-1][2], ctx)


MAX_OWNED_WORDS = 6
_UNITLESS = frozenset({"national", "named"})  # bodies named without a unit (Bộ Y tế, Cục Hải quan)


def _owner_body_at(text: str, folded: str, pos: int, ctx: TitleContext) -> tuple[Organization, int] | None:
    """A body written with a capital at ``pos`` that names its unit (``Sở Tài nguyên - môi trường TP``) or
    needs none (``Bộ Y tế``)."""
    m = head_re().match(folded, pos)
    if m is None:
        return None
    owner = parse_org(text, folded, pos, ctx)
    if owner is None or (owner[0].place is None and resources().org_heads[m.group()].binding not in _UNITLESS):
        return None  # "UBND" of no known unit
    return owner


def _owned_by(text: str, head: OrgHead, words: list[tuple[str, int, int]],
              owner: tuple[Organization, int]) -> tuple[Organization, int] | None:
    """A body named in lower case up to the body that owns it: ``Phòng quản lý chất thải rắn`` of
    ``Sở Tài nguyên và Môi trường thành phố Hồ Chí Minh`` (the press writes a unit's section so)."""
    org, end = owner
    if len(words) > MAX_OWNED_WORDS or org.head.startswith(head.head):
        return None  # "Phó trưởng phòng phụ trách Phòng GD-ĐT": a qualifier of the role, then its own body
    name = " ".join(text[words[0][1] : words[-1][2]].split())
    return make_org(f"{head.head} {name} {org.head}", org.place, _level_of(org)), end


_COMMA_GAP = re.compile(r"[ ]*,[ ]*")


def _section_of(text: str, folded: str, head: OrgHead, words: list[tuple[str, int, int]],
                ctx: TitleContext) -> tuple[Organization, int] | None:
    """A section's name (connectors ``section_head``), then a comma and the body that owns it."""
    if head.surface not in resources().connectors.get("section_head", ()):
        return None
    pos = words[-1][2]
    if (paren := _PAREN_ABBREVIATION.match(text, pos)) is not None:
        pos = paren.end()  # "Phòng Cảnh sát hình sự (PC45), Công an tỉnh X"
    comma = _COMMA_GAP.match(folded, pos)
    owner = _owner_body_at(text, folded, comma.end(), ctx) if comma is not None else None
    return _owned_by(text, head, words, owner) if owner is not None else None


def parse_company(text: str, folded: str, pos: int, end: int, head: str,
                     ctx: TitleContext) -> tuple[Organization, int] | None:
    """A company whose proper name follows ``head`` (``Công ty CP …``), read by the named-body
    grammar; ``end`` is where the head word ends. Its name ends at its last capitalized
    word (``Công ty CP sứ Bát Tràng họp …``)."""
    return _parse_named(text, folded, pos, end, OrgHead(fold(head), head, "named"), ctx, company=True)


def finish_named(text: str, folded: str, body: str, pos: int,
                  ctx: TitleContext) -> tuple[Organization, int]:
    """The place (or owner body) after a named body's name ending at ``pos``."""
    owner = _national_owner(folded, pos)
    if owner is not None:  # "Ủy ban Pháp luật của Quốc hội": a national body's committee
        return make_org(f"{body} của {owner[0]}", None), owner[1]
    after = _DASH_GAP.match(folded, pos).end()  # type: ignore[union-attr]  # (it matches empty)
    local = _local_body_at(folded, after)
    if local is not None:  # "Ban Pháp chế HĐND tỉnh", "Ban Tuyên giáo Huyện ủy"
        parent = parse_org(text, folded, after, ctx)
        if parent is not None:
            owner_org, end = parent
            level = owner_org.label[len(owner_org.head):].strip() if owner_org.place is None else ""
            return make_org(f"{body} {owner_org.head}", owner_org.place, level), end
    binding = NAMED_HEAD_BINDING.get(body.split(" ", 1)[0], "named")
    place, end, level = _parse_place_after(text, folded, pos, OrgHead("", body, binding), ctx)
    return make_org(body, place, level), end


def _local_body_at(folded: str, pos: int) -> OrgHead | None:
    """A local body that owns a named one (HĐND, UBND, a Party committee) starting at ``pos``."""
    m = head_re().match(folded, pos)
    if m is None:
        return None
    head = resources().org_heads[m.group()]
    return head if head.binding in _OWNER_BINDINGS and head.head in _OWNER_HEADS else None


_OWNER_BINDINGS = frozenset({"place", "province", "city", "town", "district", "urban"})
_OWNER_HEADS = frozenset({"Hội đồng nhân dân", "Ủy ban nhân dân", *PARTY_COMMITTEE_BY_TYPE.values()})
_WORD = re.compile(r"[ ]*([^\W\d_][\w&]*)")
MAX_INNER_WORDS = 4


def _type_word_inside_name(text: str, folded: str, pos: int) -> list[tuple[str, int, int]] | None:
    """The words from a type word that names no unit up to the next type word (``xã NTM``)."""
    tw = type_word_at(folded, pos)
    if tw is None:
        return None
    run = name_run(text, tw[1])
    if run and _plausible_place_word(run[0].text):
        return None  # "huyện Đắk Song": a unit
    words = [(text[pos : pos + len(folded[pos:tw[1]].rstrip())], pos, pos + len(folded[pos:tw[1]].rstrip()))]
    cursor = words[0][2]
    for _ in range(MAX_INNER_WORDS):
        m = _WORD.match(text, cursor)
        if m is None or "\n" in text[cursor : m.start(1)]:
            return None
        if type_word_at(folded, m.start(1)):
            return words
        if _is_stop(m.group(1)) or _role_re().match(folded, m.start(1)):
            return None
        words.append((m.group(1), m.start(1), m.end(1)))
        cursor = m.end(1)
    return None


def _national_owner(folded: str, pos: int) -> tuple[str, int] | None:
    """``của Quốc hội`` after a body's name: the national body it belongs to, and its end."""
    m = _OF.match(folded, pos)
    if not m:
        return None
    head = head_re().match(folded, m.end())
    if head is None or resources().org_heads[head.group()].binding != "national":
        return None
    if m.group(1) is None and head.group() not in resources().connectors["owner_without_of"]:
        return None  # "… Nhà nước": only an owner the press writes without "của" counts bare
    return resources().org_heads[head.group()].head, head.end()


def _is_stop(word: str) -> bool:
    return word.islower() and word in resources().name_stop_words


def _plural_in_name(text: str, folded: str, pos: int) -> bool:
    """``Ban Quản lý các Khu chế xuất``: a plural word (connectors ``plural_in_name``) inside a body's
    name, before a capitalized word that is no unit's type word (``Sở Y tế các
    tỉnh`` ends before it)."""
    m = _PLURAL_NEXT.match(text, pos)
    if m is None or fold(m.group(1)) not in resources().connectors.get("plural_in_name", ()):
        return False
    nxt = m.end(1) + 1
    return text[nxt : nxt + 1].isupper() and type_word_at(folded, nxt) is None


_PLURAL_NEXT = re.compile(r"(\w+) (?=\w)")


def _compound_at(folded: str, pos: int) -> bool:
    """Whether a stop word at ``pos`` starts a noun of a body's name (``Cục Cảnh sát giao thông``)."""
    compounds = resources().name_compounds
    m = _TWO_WORDS.match(folded, pos)
    if m is not None and m.group() in compounds:
        return True
    word = _ONE_WORD.match(folded, pos)
    before = _WORD_BEFORE.search(folded, max(0, pos - 12), pos)
    return word is not None and before is not None and f"{before.group(1)} {word.group()}" in compounds


def _capital_compound(text: str, folded: str, words: list[tuple[str, int, int]], pos: int) -> bool:
    """Whether the stop word at ``pos`` ends a noun the name's last word opens with a capital (``Phòng Tham mưu``)."""
    if not words or not words[-1][0][:1].isupper():
        return False
    word = _ONE_WORD.match(folded, pos)
    last = fold(words[-1][0])
    return word is not None and f"{last} {word.group()}" in resources().connectors.get("capital_compound", ())


_TWO_WORDS = re.compile(r"\w+ \w+")
_ONE_WORD = re.compile(r"\w+")
# matched at a position, never on a copy of the text's rest (that made long texts quadratic)
_DASH_GAP = re.compile(r"[ ]*(?:-[ ]*)?")
_OF = re.compile(r"[ ]+(của[ ]+)?")
_WORD_BEFORE = re.compile(r"(\w+) $")


def _starts_person(word: str) -> bool:
    return is_surname(word)


def _person_in_run(text: str, pos: int) -> bool:
    """Whether a person's name starts at ``pos`` inside a company's name: its capitalized words are two to
    four, and no later family name among them leaves a full name of three (``Công ty Minh Châu phải …``
    keeps ``Châu``; ``Công ty Minh Châu Lê Văn Nam``: the name starts at ``Lê``)."""
    run = _WORD_RUN.match(text, pos)
    words = run.group().split() if run else []
    n = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
    return 2 <= n <= 4 and not any(is_surname(words[k]) and n - k >= 3 for k in range(1, n))


def person_right_after(text: str, pos: int, head: str) -> bool:
    """A full name of three or four words (a family name, then capitalized words) at ``pos``, right after a
    head (folded) not named after people: ``Sở Nguyễn Văn Ảnh`` is the body written bare, then a person;
    ``trường Nguyễn Chí Thanh`` is a school."""
    if _eponym_head_re().match(head):
        return False
    run = _WORD_RUN.match(text, pos)
    if run is None:
        return False
    words = []
    for w in run.group().split():
        if not w[:1].isupper():
            break
        words.append(w)
    return 3 <= len(words) <= 4 and is_surname(words[0])


_WORD_RUN = re.compile(r"[^\W\d_]+(?:[ ]+[^\W\d_]+){0,4}")
