"""People whose post a clause states rather than a title beside the name.

Two introductions the title grammar of :mod:`kg.annotate.people` does not see:

* appointment stories — ``bà X (vợ ông Y) lần lượt được bổ nhiệm các chức vụ: …, Phó giám đốc
  Sở GD-ĐT``, ``bà X từ Trưởng phòng … được bổ nhiệm làm Phó giám đốc Sở …``, ``ông X thì được
  bổ nhiệm từ cán bộ phường lên làm Trưởng phòng …``, ``bà X từng giữ chức Chủ tịch Hội …``:
  the titles (with a body) of the clause after the cue, up to the next person;
* signatures — ``… của UBND tỉnh Quảng Bình … do Phó Chủ tịch X ký``: the issuer is the body;
* a title then ``là`` and the person (``cán bộ địa chính là ông Bùi Văn Cung``);
* member lists — ``Đoàn Đại biểu Quốc hội tỉnh gồm các đại biểu: A; B và C``: each name is a
  delegate of the body;
* and one clause that takes a post away: ``thừa ủy quyền của Thủ tướng Chính phủ, Phó Thủ tướng
  X``, ``thay mặt Chủ tịch nước, Phó Chủ tịch nước Y``: the post after the cue is the one on
  whose behalf X acts, not X's (:func:`without_proxied_titles`).

The cue words are named data (``hold_cue``, ``member_list``, ``delegate_body``, ``proxy_for`` in
``kg/data/connectors.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from kg.annotate.context import TitleContext
from kg.annotate.coverage import Coverage
from kg.annotate.names import read_name
from kg.annotate.now_posts import now_aside_re
from kg.annotate.orgs import parse_org
from kg.annotate.titles import parse_title, parse_title_list, starts_re
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import alternation, is_surname
from kg.lexicon.resources import derived, resources
from kg.model import Organization, PersonMention, Span, Title


class NameReader(Protocol):
    """What a clause reads through the people finder (:class:`kg.annotate.people.PeopleFinder`)."""

    text: str
    folded: str
    ctx: TitleContext

    def name_after(self, end: int) -> Span | None: ...

    def person(self, name_span: Span, titles: list[Title], name: str | None = None) -> PersonMention: ...


MAX_ASIDE = 60  # "(vợ ông Toàn)", "(em ruột ông Toàn)": a short aside between the name and the clause
MAX_FORMER = 100  # "từ Trưởng phòng … thuộc Sở KH-CN tỉnh Bình Định": the post left, before the cue


@derived
def _appointment_re() -> re.Pattern[str]:
    """Name end → the cue: an aside, the post left (``từ …``), adverbs, then the appointment verb."""
    words = resources().connectors
    adverbs = alternation(words["hold_adverb"])
    return re.compile(
        rf"(?:[ ]*\([^()\n]{{1,{MAX_ASIDE}}}\))?"
        rf"(?:[ ]+từ[ ]+[^.;()\n]{{1,{MAX_FORMER}}}?)?"
        rf"(?:[ ]*[,–—-](?=[ ]+{adverbs}(?!\w)))?"  # "ông X – khi đó là Chủ tịch …": a dash before the adverb
        rf"(?:[ ]*\((?={adverbs}(?!\w)))?"  # "ông X - chủ tịch Hội (nay là Chủ tịch UBND xã)": the post now
        rf"(?:(?:[ ]+|(?<=\()){adverbs}(?!\w))*"
        rf"[ ]+(?:(?P<copula>{alternation(words['copula_cue'])})|{alternation(words['hold_cue'])})(?!\w)")


@derived
def _bridge_re() -> re.Pattern[str]:
    """Words between the cue and the first title (``làm``, ``các chức vụ:``, ``từ … lên làm``)."""
    return re.compile(rf"[ ]*(?:{alternation(resources().connectors['hold_bridge'])}(?!\w))?[ :]*")


@derived
def _clause_end_re() -> re.Pattern[str]:
    """Where an appointment clause ends: a sentence or ``;``, or the next person (``, còn ông …``)."""
    intro = alternation([*resources().honorifics, *resources().ranks])
    return re.compile(rf"\.(?!\w)|[;\n]|(?<!\w){intro}(?!\w)")


def appointed_titles(finder: NameReader, name_end: int) -> tuple[list[Title], int]:
    """The posts an appointment clause right after a name gives that person, and where it ends."""
    text, folded = finder.text, finder.folded
    m = _appointment_re().match(folded, name_end)
    if m is None:
        return [], name_end
    stop = _clause_end_re().search(folded, m.end())
    limit = stop.start() if stop else len(folded)
    bridge = _bridge_re().match(folded, m.end(), limit)
    start = bridge.end() if bridge else m.end()
    titles, end = parse_title_list(text, folded, start, finder.ctx)
    # "các chức vụ: Phó hiệu trưởng, Hiệu trưởng Trường …, rồi Phó giám đốc Sở …": every title
    # of the clause with a body, except the post left ("từ cán bộ phường lên làm …"); the list read
    # first, then the titles the clause lists after it
    out = [t for t in titles if t.org is not None] if end <= limit else []
    if not out:
        end = name_end
    if m.group("copula") is not None:
        return out, end  # "là con trai Nguyễn Văn B, Chủ tịch …": only the titles right after the copula
    for s in starts_re("title").finditer(folded, start, limit):
        if s.start() < end or not _listed_re().search(folded, max(0, s.start() - 12), s.start()):
            continue  # only titles of the list, not "từ cán bộ phường" nor a title inside a clause
        got = parse_title(text, folded, s.start(), finder.ctx)
        if got is None or got[1] > limit or finder.name_after(got[1]) is not None:
            break  # ", Phó Chủ tịch UBND tỉnh Y chúc mừng": the title of the next person
        if got[0].org is not None:
            out.append(got[0])
            end = got[1]
    return out, end


MAX_HIGHER_UNITS = 2  # "Phó Lữ đoàn trưởng Lữ đoàn 146, Vùng 4 Hải quân, giữ chức vụ …": the unit's superiors
_COMMA = re.compile(r"[ ]*,[ ]*")


def appointed_after_units(finder: NameReader, titles_end: int) -> tuple[list[Title], int]:
    """The posts an appointment clause after a name's titles gives (``ông X, Chủ tịch HĐND xã, giữ chức Phó
    Bí thư``), past the higher units a title's body is written with (``Chỉ huy trưởng đảo Trường Sa, Lữ đoàn
    146, Vùng 4 Hải quân, giữ chức vụ Phó Chủ tịch đặc khu``); where they end."""
    pos = titles_end
    if (aside := now_aside_re().match(finder.folded, pos)) is not None:
        pos = aside.end()  # "chủ tịch Hội, trưởng Ban quản lý quỹ giai đoạn 2008-2010 (nay là …)": the post now
    for _ in range(MAX_HIGHER_UNITS + 1):
        comma = _COMMA.match(finder.folded, pos)
        more, end = appointed_titles(finder, comma.start() + len(comma.group().rstrip()) if comma else pos)
        if more or comma is None:
            return more, end
        unit = parse_org(finder.text, finder.folded, comma.end(), finder.ctx)
        if unit is None:
            break
        pos = unit[1]
    return [], titles_end


def appointed_list(finder: NameReader, name_end: int) -> tuple[list[Span], list[Title], int]:
    """``các ông, bà A, B, C và D giữ chức Phó Bí thư Tỉnh ủy``: the full names listed after a name,
    then the appointment clause every one of them is given; the names after the first, the posts
    and where they end (nothing when no clause closes the list)."""
    text, folded = finder.text, finder.folded
    spans: list[Span] = []
    pos = name_end
    while len(spans) < MAX_APPOINTEES:
        sep = _item_sep_re().match(folded, pos)
        if sep is None or sep.end() == pos:
            break
        span = read_name(text, folded, sep.end())
        if span is None or not _full_name(text[span.start : span.end]):
            break
        spans.append(span)
        pos = span.end
        titles, end = appointed_titles(finder, pos)
        if titles:
            return spans, titles, end
    return [], [], name_end


MAX_APPOINTEES = 12


def shared_appointments(finder: NameReader, people: list[PersonMention]) -> list[PersonMention]:
    """``các ông: A, <titles>; B, <titles>; C, <titles>, được bầu giữ chức Phó Bí thư Tỉnh ủy``: the
    people of one list, each with the titles they hold, closed by one appointment clause; every one of
    them is given its posts. Items stand apart by ``;`` or ``và`` (each may bring its honorific)."""
    order = sorted(range(len(people)), key=lambda i: people[i].span.start)
    out = list(people)
    group: list[int] = []
    for i in [*order, -1]:
        if i >= 0 and group and _next_item(finder, out[group[-1]], out[i]):
            group.append(i)
            continue
        if len(group) >= 2:
            _give_clause(finder, out, group)
        group = [i] if i >= 0 else []
    return out


def _titles_end(p: PersonMention) -> int | None:
    """Where the titles written right after ``p``'s name end (None when none are)."""
    ends = [t.span.end for t in p.titles if t.span.start >= p.span.end
            and (p.sentence is None or t.span.end <= p.sentence.end)]
    return max(ends) if ends else None


def _next_item(finder: NameReader, prev: PersonMention, nxt: PersonMention) -> bool:
    """Whether ``nxt`` is the list item after ``prev``: ``prev``'s name, a comma and its titles, no
    clause of its own (``ông A, Chủ tịch HĐND xã, giữ chức Phó Bí thư; ông B, …``), then ``;`` or ``và``."""
    end = _titles_end(prev)
    if end is None or nxt.span.start <= end or prev.sentence != nxt.sentence:
        return False
    if _ITEM_TITLES.match(finder.folded, prev.span.end) is None or _clause_after(finder, prev):
        return False
    m = _list_item_re().match(finder.folded, end, nxt.span.start)
    if m is None and _DASHED.match(finder.folded, prev.span.end) and _DASHED.match(finder.folded, nxt.span.end):
        # "Các ông A - Phó Bí thư Tỉnh ủy khóa 19, B - Chủ tịch UBND tỉnh và ông C - …": a dash sets each
        # item's titles off, so a comma before the next name and its dash parts two items
        m = _comma_item_re().match(finder.folded, end, nxt.span.start)
    return m is not None and m.end() == nxt.span.start


def _clause_after(finder: NameReader, p: PersonMention) -> list[Title]:
    """The posts an appointment clause after one of ``p``'s own titles gives (``…, giữ chức …``)."""
    for end in sorted({t.span.end for t in p.titles if t.span.start >= p.span.end}):
        gap = _term_gap_re().match(finder.folded, end)
        more, _ = appointed_titles(finder, gap.end() if gap else end)
        if more:
            return more
    return []


def _give_clause(finder: NameReader, out: list[PersonMention], group: list[int]) -> None:
    more = _clause_after(finder, out[group[-1]])  # the last one may already hold the clause's posts
    for i in group:
        have = {(t.role, t.org.label if t.org else None) for t in out[i].titles}
        new = [t for t in more if (t.role, t.org.label if t.org else None) not in have]
        if new:
            out[i] = replace(out[i], titles=out[i].titles + tuple(new))


_ITEM_TITLES = re.compile(r"[ ]*[,(–—-]")  # a list item's titles follow its name after a comma or a dash
_DASHED = re.compile(r"[ ]+[–—-][ ]+")  # "A - Phó Bí thư …": the titles set off by a dash


@derived
def _term_gap_re() -> re.Pattern[str]:
    """The committee's term after a title and a comma before a clause (``khóa XV, được bầu …``)."""
    opener = alternation(resources().connectors["term_opener"])
    term = rf"(?<!\w)(?:{opener})[ ]+(?:\d{{4}}[ ]*[-–][ ]*\d{{4}}|[^\W_]+)(?!\w)"
    return re.compile(rf"(?:[ ,]*{term})*(?:[ ]*,)?")


@derived
def _list_item_re() -> re.Pattern[str]:
    """Between one person's titles and the next person's name in a list: the term, then ``;`` or ``và``."""
    return re.compile(rf"{_term_gap_re().pattern}[ ]*(?:;|(?<!\w)và(?= ))[ ]*"
                      rf"(?:(?:{alternation(resources().honorifics)})[ ]+)?")


@derived
def _comma_item_re() -> re.Pattern[str]:
    """Between one dashed item's titles and the next item's name: the term, then a comma (which the term gap's
    pattern ends with, optional)."""
    return re.compile(rf"{_term_gap_re().pattern}(?<=,)[ ]*")


def _full_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and is_surname(words[0])


@derived
def _listed_re() -> re.Pattern[str]:
    """What stands before a title of an appointment list: a separator or a word (connectors ``appointment_list``)."""
    return re.compile(rf"(?:[,:]|(?<!\w){alternation(resources().connectors['appointment_list'])})[ ]*$")


@derived
def _member_list_re() -> re.Pattern[str]:
    words = resources().connectors
    return re.compile(rf"[ ]+gồm(?:[ ]+có)?(?:[ ]+các)?[ ]+({alternation(words['member_list'])})[ ]*:[ ]*")


_ITEM_SEP = re.compile(r"[ ]*(?:;|,|và(?= ))[ ]*")


@derived
def _item_sep_re() -> re.Pattern[str]:
    """Between two names of an appointment list; the next may bring its own honorific (``Các ông A, B
    và bà C được bầu giữ chức Phó Bí thư``)."""
    return re.compile(rf"{_ITEM_SEP.pattern}(?:(?:{alternation(resources().honorifics)})[ ]+(?=\w))?")
_BODY_REACH = 60


def listed_members(finder: NameReader, taken: Coverage) -> list[PersonMention]:
    """``<body> gồm các đại biểu: A; B và C``: each listed name is a delegate of the body."""
    text, folded = finder.text, finder.folded
    out: list[PersonMention] = []
    if "gồm" not in folded:
        return out
    delegate_bodies = {fold(b) for b in resources().connectors.get("delegate_body", ())}
    for m in _member_list_re().finditer(folded):
        body = _body_ending_at(finder, m.start())
        if body is None or fold(body.head) not in delegate_bodies:
            continue
        role = m.group(1)[:1].upper() + m.group(1)[1:]
        pos = m.end()
        while True:
            span = read_name(text, folded, pos)
            if span is None or len(text[span.start : span.end].split()) < 2:
                break
            if span.start not in taken:
                title = Title(role, body, Span(m.start(), m.end()))
                out.append(finder.person(span, [title]))
            sep = _ITEM_SEP.match(folded, span.end)
            if sep is None:
                break
            pos = sep.end()
    return out


def _body_ending_at(finder: NameReader, end: int) -> Organization | None:
    """The organization whose name ends right at ``end`` (``Đoàn Đại biểu Quốc hội tỉnh``)."""
    folded = finder.folded
    for s in starts_re("head").finditer(folded, max(0, end - _BODY_REACH), end):
        got = parse_org(finder.text, folded, s.start(), finder.ctx)
        if got is not None and got[1] == end:
            return got[0]
    return None


_SIGNS = re.compile(r"[ ]+(?:đã[ ]+|vừa[ ]+)?ký(?!\w)")


def signers_bodies(finder: NameReader, people: list[PersonMention]) -> list[PersonMention]:
    """``Quyết định số 1947/QĐ-UBND của UBND tỉnh Quảng Bình … do Phó Chủ tịch X ký``: a bare role
    whose holder signs takes the body of a unit the sentence names last before the title (the issuer)."""
    out = []
    for p in people:
        bare = [t for t in p.titles if t.org is None]
        sent = p.sentence
        if not bare or sent is None or _SIGNS.match(finder.folded, p.span.end) is None:
            out.append(p)
            continue
        issuer = last_body(finder, sent.start, min(t.span.start for t in bare))
        if issuer is None:
            out.append(p)
            continue
        titles = tuple(replace(t, org=issuer) if t.org is None else t for t in p.titles)
        out.append(replace(p, titles=titles))
    return out


def last_body(finder: NameReader, start: int, end: int) -> Organization | None:
    last: Organization | None = None
    reached = start
    for s in starts_re("head").finditer(finder.folded, start, end):
        if s.start() < reached:
            continue
        got = parse_org(finder.text, finder.folded, s.start(), finder.ctx)
        if got is not None and got[1] <= end and got[0].place is not None:  # a unit's body, not "Nhà nước"
            last, reached = got[0], got[1]
    return last


@derived
def _copula_re() -> re.Pattern[str]:
    intro = alternation([*resources().honorifics, *resources().ranks])
    return re.compile(rf"[ ]+là[ ]+(?:{intro}[ ]+)?(?=\w)")


def named_by_copula(folded: str, end: int, people: list[PersonMention]) -> int | None:
    """The index of the person a title names with ``là`` (``Chủ tịch UBND xã là ông X``), if any."""
    m = _copula_re().match(folded, end)
    if m is None:
        return None
    return next((i for i, p in enumerate(people) if p.span.start == m.end()), None)


PROXY_REACH = 40  # characters before a title its proxy cue ("thừa ủy quyền của ") may stand in


@derived
def _proxy_re() -> re.Pattern[str]:
    """A proxy cue (and ``của``, after at most three words: ``báo cáo với đoàn công tác của``) ending just before
    a title."""
    cues = alternation(resources().connectors["proxy_for"])
    return re.compile(rf"(?<!\w)(?:{cues})[ ]+(?:(?:\w+[ ]+){{0,3}}của[ ]+)?$")


def without_proxied_titles(folded: str, people: list[PersonMention]) -> tuple[list[PersonMention], list[Title]]:
    """``people`` without the titles a proxy cue names (``thừa ủy quyền của <title>, …``, ``thay mặt
    <title>, …``, ``theo quyết định của <title>, …``): whoever is named after the comma holds the
    titles after it, not that one.
    Returns the people and the titles taken away (a title still, of someone the article may name)."""
    out, taken = [], []
    for p in people:
        # "thừa ủy quyền của Chánh án TAND tối cao đồng chí X - Chánh án TAND tỉnh": a title after the
        # name states X's own post, so the one the proxy cue names before it is not X's
        own_after = any(t.span.start > p.span.start for t in p.titles)
        keep = tuple(t for t in p.titles if not _proxied(folded, t.span)
                     and not (own_after and t.span.end <= p.span.start and _after_proxy_cue(folded, t.span)))
        if len(keep) != len(p.titles):
            taken += [t for t in p.titles if t not in keep]
            p = replace(p, titles=keep)
        out.append(p)
    return out, taken


def _proxied(folded: str, span: Span) -> bool:
    """Whether the title at ``span`` follows a proxy cue and is set off from what follows it by a
    comma or dash (``thay mặt Chủ tịch UBND tỉnh Nguyễn Văn A, …`` names A's own post)."""
    if not _after_proxy_cue(folded, span):
        return False
    after = folded[span.end:span.end + 3].lstrip(" ")
    return after[:1] in {",", "-", "–"}


def _after_proxy_cue(folded: str, span: Span) -> bool:
    return _proxy_re().search(folded, max(0, span.start - PROXY_REACH), span.start) is not None


@derived
def _topic_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(resources().connectors['topic_cue'])})(?!\w)")


def topic_subject(folded: str, clause_start: int, intro: int, titles: list[Title]) -> bool:
    """Whether the ``titles`` after the comma that follows a name open the next clause rather than stand beside
    the name: the name is what a fronted topic phrase speaks of (connectors ``topic_cue`` between the clause's
    start and the name's introducer at ``intro``: ``Về trường hợp ông A, Tổng bí thư cho hay …``, ``Đề cập đến
    việc kỷ luật ông A, Bộ trưởng nói …``), the titles are roles written without a body, and they run straight
    into the predicate (a word, not a comma or the sentence's end). ``Về phía tỉnh, ông A, Chủ tịch UBND tỉnh
    cho biết`` names A's post (the topic stands in a clause of its own), and so does ``liên quan đến việc ông A,
    nguyên Bí thư Thành ủy TP.HCM nhận kỷ luật`` (a post written with its body is the name's)."""
    before = folded[clause_start:intro]
    cut = max(before.rfind(c) for c in ",;:(")
    if not titles or not _topic_re().search(before[cut + 1:]):
        return False
    if any(folded[t.span.start:t.span.end].strip() != fold(t.role) for t in titles):
        return False
    end = titles[-1].span.end
    return re.match(r"[ ]*\w", folded[end:end + 3]) is not None
