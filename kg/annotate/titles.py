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
from kg.annotate.places import name_run, resolve_run, type_word_at
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import alternation, head_re, is_surname, words_re
from kg.lexicon.resources import OrgHead, derived, resources
from kg.model import Organization, Place, PlaceType, Span, Title

# The Party committee head for each unit level, and the unit type each head binds to.
PARTY_COMMITTEE_BY_TYPE = {
    PlaceType.PROVINCE: "Tỉnh ủy", PlaceType.CENTRAL_CITY: "Thành ủy", PlaceType.CITY: "Thành ủy",
    PlaceType.TOWN: "Thị ủy", PlaceType.DISTRICT: "Huyện ủy", PlaceType.URBAN_DISTRICT: "Quận ủy",
    PlaceType.WARD: "Đảng ủy", PlaceType.COMMUNE: "Đảng ủy", PlaceType.TOWNSHIP: "Đảng ủy",
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
SEP = re.compile(r"[ ]*(?:,|;|và(?= ))[ ]*")


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
def _role_re() -> re.Pattern[str]:
    return words_re(resources().roles, before="")


@derived
def _member_re() -> re.Pattern[str]:
    return words_re(resources().member_titles, before="")


def org_label(head: str, place: Place | None, level: str = "") -> str:
    """The canonical label of a body: ``Ủy ban nhân dân thành phố Bắc Kạn``, ``Thành ủy Bắc Kạn``.

    ``level`` is the type word the text wrote when the unit itself is unknown
    (``Ủy ban nhân dân huyện``): a reader knows the level even without the name.
    """
    if place is None:
        return f"{head} {level}" if level else head
    if head.endswith((" ủy", "Thành ủy", "Tỉnh ủy", "Huyện ủy", "Thị ủy", "Quận ủy")) and head != "Đảng ủy":
        return f"{head} {place.name}"
    if head in ("Tỉnh đoàn", "Huyện đoàn", "Thành đoàn"):
        return f"{head} {place.name}"
    return f"{head} {place.label}"


def make_org(head: str, place: Place | None, level: str = "") -> Organization:
    return Organization(head=head, place=place, label=org_label(head, place, level))


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
        after = re.match(r"[ ]*", folded[end:])
        inner = parse_org(text, folded, end + (after.end() if after else 0), ctx)
        if inner is None or inner[0].head not in PARTY_COMMITTEE_BY_TYPE.values():
            return (make_org(head.head, None), end) if head.head != "Văn phòng" else None
        committee, end2 = inner
        return make_org(f"{head.head} {committee.head}", committee.place), end2
    if head.binding == "national":
        return make_org(head.head, None), end
    if head.binding == "named":
        return _parse_named(text, folded, pos, end, head, ctx)
    place, end, level = _parse_place_after(text, folded, end, head, ctx)
    return make_org(head.head, place, level), end


def _parse_place_after(text: str, folded: str, end: int, head: OrgHead,
                       ctx: TitleContext) -> tuple[Place | None, int, str]:
    """Read the place after an organization head, or complete it from the article.

    Returns the place (None when unknown), where the body ends, and the type word the
    text wrote when the unit stays unknown (``UBND huyện`` on an article of no district).
    """
    sp = re.match(r"[ ]*", folded[end:])
    start = end + (sp.end() if sp else 0)
    tw = type_word_at(folded, start)
    if tw:
        kind, name_start = tw
        run = name_run(text, name_start)
        place, used = resolve_run(ctx.gaz, run, kind, ctx.near)
        if place is not None:
            return place, run[used - 1].end, ""
        if run and _plausible_place_word(run[0].text):
            return Place(" ".join(t.text for t in run[:4]), kind), run[min(len(run), 4) - 1].end, ""
        word_end = start + len(folded[start:name_start].rstrip())
        implicit = ctx.implicit(kind, start)
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
        for kind in kinds:
            implicit = ctx.implicit(kind, start)
            if implicit is not None:
                return implicit, end, ""
        return None, end, ""
    if head.binding == "place" and (not run or _starts_person(run[0].text)):
        # "Chủ tịch UBND" with nothing after it: the article's own unit
        return ctx.home, end, ""
    return None, end, ""


def _plausible_place_word(word: str) -> bool:
    """Whether an unregistered word after a type word can start a unit's name."""
    if word.isdigit():
        return True
    # a family name starts a person; an all-capital word is an abbreviation (xã NTM)
    return not _starts_person(word) and not (len(word) > 1 and word.isupper())


_NAMED_TOKEN = re.compile(r"[ ]*([^\W\d_][\w&]*|&|–|-)")
_PAREN_ABBREVIATION = re.compile(r"[ ]*\([^\W\d_][\w&.-]{0,11}\)")
_CONNECTORS = frozenset({"&", "–", "-", "và"})
MAX_NAMED_WORDS = 8


def _parse_named(text: str, folded: str, pos: int, end: int, head: OrgHead,
                 ctx: TitleContext) -> tuple[Organization, int] | None:
    """``Phòng Tài chính – Kế hoạch thị xã``: a proper name, then an optional place.

    A field of the official lists (``Sở TN&MT``) is written in its canonical long form;
    a body of a local body (``Ban Pháp chế HĐND tỉnh``) takes that body's place.
    """
    field = match_field(folded, head.surface, end)
    if field is not None:
        return _finish_named(text, folded, f"{head.head} {field[0]}", field[1], ctx)
    words: list[tuple[str, int, int]] = []  # (word, start, end offset)
    cursor = end
    closed_by_place = False
    while len(words) < MAX_NAMED_WORDS:
        paren = _PAREN_ABBREVIATION.match(text, cursor)
        if paren and words:
            cursor = paren.end()  # "Vườn quốc gia (VQG) Phong Nha": the abbreviation repeats the name
            continue
        m = _NAMED_TOKEN.match(text, cursor)
        if not m or "\n" in text[cursor : m.start(1)]:
            break
        word, start = m.group(1), m.start(1)
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
        if _role_re().match(folded, start) or (_is_stop(word) and not _compound_at(folded, start)):
            break
        if word[:1].isupper() and words and _starts_person(word):
            break
        if word[:1].isupper() and words:
            run = name_run(text, start)
            place, used = resolve_run(ctx.gaz, run, None, ctx.near)
            if place is not None and place.type.level <= 2:
                closed_by_place = True
                break  # a place name closes the body's own name (Ban quản lý cửa khẩu Móng Cái)
        words.append((word, start, m.end(1)))
        cursor = m.end(1)
    while words and words[-1][0] in _CONNECTORS:
        words.pop()
    if not words or (not any(w[:1].isupper() for w, _, _ in words[:3]) and len(words) > 4):
        return None
    if not words[0][0][:1].isupper() and not closed_by_place:
        return None  # "phó giám đốc sở theo đúng chỉ đạo": a common noun, not a body's name
    name = " ".join(_PAREN_ABBREVIATION.sub("", text[words[0][1] : words[-1][2]]).split())
    name = name[:1].upper() + name[1:]
    return _finish_named(text, folded, f"{head.head} {name}", words[-1][2], ctx)


def _finish_named(text: str, folded: str, body: str, pos: int,
                  ctx: TitleContext) -> tuple[Organization, int]:
    """The place (or owner body) after a named body's name ending at ``pos``."""
    owner = _national_owner(folded, pos)
    if owner is not None:  # "Ủy ban Pháp luật của Quốc hội": a national body's committee
        return make_org(f"{body} của {owner[0]}", None), owner[1]
    sp = re.match(r"[ ]*(?:-[ ]*)?", folded[pos:])
    local = _local_body_at(folded, pos + (sp.end() if sp else 0))
    if local is not None:  # "Ban Pháp chế HĐND tỉnh", "Ban Tuyên giáo Huyện ủy"
        parent = parse_org(text, folded, pos + (sp.end() if sp else 0), ctx)
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
    m = re.match(r"[ ]+của[ ]+", folded[pos:])
    if not m:
        return None
    head = head_re().match(folded, pos + m.end())
    if head is None or resources().org_heads[head.group()].binding != "national":
        return None
    return resources().org_heads[head.group()].head, head.end()


def _is_stop(word: str) -> bool:
    return word.islower() and word in resources().name_stop_words


def _compound_at(folded: str, pos: int) -> bool:
    """Whether a stop word at ``pos`` starts a noun of a body's name (``Cục Cảnh sát giao thông``)."""
    compounds = resources().name_compounds
    m = _TWO_WORDS.match(folded, pos)
    if m is not None and m.group() in compounds:
        return True
    word = re.match(r"\w+", folded[pos:])
    before = _WORD_BEFORE.search(folded, max(0, pos - 12), pos)
    return word is not None and before is not None and f"{before.group(1)} {word.group()}" in compounds


_TWO_WORDS = re.compile(r"\w+ \w+")
_WORD_BEFORE = re.compile(r"(\w+) $")


def _starts_person(word: str) -> bool:
    return is_surname(word)


def _parse_role_org(text: str, folded: str, role: str, end: int,
                    ctx: TitleContext) -> tuple[Organization, int] | None:
    """The body after a role; a role ending in its body's head word may share it."""
    sp = re.match(r"[ ]*", folded[end:])
    plain = parse_org(text, folded, end + (sp.end() if sp else 0), ctx) if sp is not None else None
    head_word = resources().role_rules["head_word"].get(role)
    if head_word is None:
        return plain
    # "Trưởng ban tổ chức Huyện ủy", "Chánh Văn phòng UBND tỉnh": the role's last word
    # is also the body's head
    shared = parse_org(text, folded, end - len(head_word), ctx)
    if plain is None:
        return shared
    if fold(plain[0].head).startswith(head_word):
        return plain  # "Trưởng ban Ban Pháp chế": the body is written out in full
    if shared is not None and fold(shared[0].head) != head_word:
        return shared
    return plain


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
_PAREN_OWNER = re.compile(r"[ ]*\((\w[^()\n]{0,60})\)")


def _parse_title_at(text: str, folded: str, pos: int, ctx: TitleContext) -> tuple[Title, int] | None:
    m = _member_re().match(folded, pos)
    if m:
        role, head_name = resources().member_titles[m.group()]
        end = m.end()
        if head_name == "Ban Thường vụ":
            sp = re.match(r"[ ]*", folded[end:])
            inner = parse_org(text, folded, end + (sp.end() if sp else 0), ctx)
            if inner and inner[0].head in PARTY_COMMITTEE_BY_TYPE.values():
                org = make_org(f"Ban Thường vụ {inner[0].head}", inner[0].place)
                return Title(role, org, Span(pos, inner[1])), inner[1]
            return Title(role, make_org("Ban Thường vụ", None), Span(pos, end)), end
        binding = resources().org_heads.get(fold(head_name))
        place = None
        if binding is not None and binding.binding in _BINDING_TYPES:
            place, end, _level = _parse_place_after(text, folded, end, binding, ctx)
        return Title(role, make_org(head_name, place), Span(pos, end)), end
    m = _role_re().match(folded, pos)
    if not m:
        return None
    role = resources().roles[m.group()]
    end = m.end()
    parsed = _parse_role_org(text, folded, role, end, ctx)
    if parsed is not None:
        return Title(role, parsed[0], Span(pos, parsed[1])), parsed[1]
    implied = resources().role_rules["implied_org"].get(role)
    return Title(role, make_org(implied, None) if implied else None, Span(pos, end)), end


def parse_title_list(text: str, folded: str, pos: int, ctx: TitleContext) -> tuple[list[Title], int]:
    """Parse ``<title>, <title>, <title>`` from ``pos``; return the titles and where they end."""
    titles: list[Title] = []
    end = pos
    while True:
        got = parse_title(text, folded, pos, ctx)
        if got is None:
            if titles and titles[-1].org is None:
                titles, end = _share_body(text, folded, pos, titles, end, ctx)
            break
        titles.append(got[0])
        end = got[1]
        sep = SEP.match(folded, end)
        if not sep:
            break
        pos = sep.end()
    return complete_titles(titles, ctx), end


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
            level_place = _neighbour_place(titles, i) or ctx.home
            if level_place is not None:
                committee = PARTY_COMMITTEE_BY_TYPE[level_place.type]
                head = committee if org is None else f"Ban Thường vụ {committee}"
                org = make_org(head, level_place)
        out.append(replace(title, org=org) if org is not title.org else title)
    return out


def _neighbour_place(titles: list[Title], i: int) -> Place | None:
    order = list(range(i + 1, len(titles))) + list(range(i - 1, -1, -1))
    for j in order:
        org = titles[j].org
        if org is not None and org.place is not None:
            return org.place
    return None


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
        sp = re.match(r"[ ]*", folded[got.end():])
        start = got.end() + (sp.end() if sp else 0)
        tw = type_word_at(folded, start)
        name_start = tw[1] if tw else start
        if org[1] > name_start:  # a name was written, not only a type word
            out.append((pos, org[0].place))
    return tuple(out)
