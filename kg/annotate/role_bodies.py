"""A body the press names by its head's role: the body's field in lower case, or a mission's countries.

``Vụ trưởng quản lý các khu kinh tế, Bộ Kế hoạch Đầu tư`` is the head of *Vụ Quản lý các khu kinh
tế*; ``Viện trưởng kinh tế Việt Nam`` of *Viện Kinh tế Việt Nam*; ``nguyên Viện trưởng lập pháp của
Quốc hội`` of *Viện Lập pháp của Quốc hội*. The role opens with the body's head word (role_rules
``field_words``), and the words after it name the body until a comma, a parenthesis or a dash, or
``của`` and the national body that owns it, or the place that closes it. A lower-case run that ends
any other way (``Vụ trưởng nhận định rằng …``) is the start of a clause, not a name.

A body written by its head word alone after a role (``bà X, Hiệu trưởng trường này``, ``ông Y, Phó giám
đốc Sở nói``) is the one of that head the text named last before it (connectors ``short_body``).

An ambassador names the mission by its two countries: ``Đại sứ Việt Nam tại Triều Tiên Lê Bá Vinh`` is
the ambassador of *Đại sứ quán Việt Nam tại Triều Tiên* (role_rules ``mission``); a foreign ambassador's
mission names that country, so it stays that country's post.
"""

from __future__ import annotations

import re

from kg.annotate.context import TitleContext
from kg.annotate.orgs import _compound_at, finish_named, make_org, parse_org, person_right_after
from kg.annotate.places import name_run, resolve_run
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import alternation, head_re, is_surname, words_re
from kg.lexicon.resources import derived, resources
from kg.model import Organization

MAX_FIELD_WORDS = 8
_WORD = re.compile(r" ([^\W\d_]+)")
_CLOSE = re.compile(r"[ ]*(?:[,;()–—]|-[ ]|\.(?!\w)|$)", re.M)
_OF = re.compile(r" của ")


@derived
def _in_fields() -> frozenset[str]:
    """Function words a lower-case field may hold (connectors ``field_word``: của, các, những)."""
    return frozenset(resources().connectors.get("field_word", ()))


@derived
def _stop_re() -> re.Pattern[str]:
    """Words that start a clause, never a body's field: the verbs of a report and the titles' words."""
    res = resources()
    stops = (*res.connectors.get("role_gap_stop", ()), *res.connectors.get("field_stop", ()),
             *res.tenure_cues, *res.meeting_cues, *res.roles, *res.member_titles)
    return words_re([w for w in stops if w not in _in_fields()])


@derived
def _function_words() -> re.Pattern[str]:
    """The name stop words but ``của`` (which may bring the owner) and the plural words a field may
    hold (``quản lý các khu kinh tế``): a clause, not a name."""
    words = [w for w in resources().name_stop_words if w not in _in_fields()]
    return re.compile(rf"(?:{alternation(words)})$")


def body_by_field_words(text: str, folded: str, end: int, head: str,
                        ctx: TitleContext) -> tuple[Organization, int] | None:
    """The body named by lower-case field words right after a role ending at ``end`` (``head``: the
    body's folded head word, e.g. ``vụ``), and where it ends; None when the words are not a name."""
    canonical = resources().org_heads.get(head)
    if canonical is None:
        return None
    pos = end
    words: list[tuple[int, int]] = []
    while len(words) < MAX_FIELD_WORDS:
        m = _WORD.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        if not words and (not word[:1].islower() or fold(word) in _in_fields() or fold(word) == head):
            return None  # "Vụ trưởng Vụ …", "viện …" (the grammar of bodies reads them), "Vụ trưởng các vụ"
        if word[:1].isupper():
            if is_surname(word):
                break  # the person's name after the title closes the body's
            place, _used = resolve_run(ctx.gaz, name_run(text, m.start(1)), None, ctx.near)
            if place is not None and place.type.level <= 2:
                break  # the place closes the body's name (the place is read after it)
        elif _compound_at(folded, m.start(1)):
            pass  # "chống tham nhũng": a noun of the field, though its first word is a stop word
        elif _function_words().match(folded, m.start(1), m.end(1)) or _stop_re().match(folded, m.start(1)):
            return None
        words.append((m.start(1), m.end(1)))
        pos = m.end(1)
    if not words:
        return None
    closed = _CLOSE.match(text, pos) is not None or _OF.match(folded, pos) is not None
    if not closed and _WORD.match(text, pos) is not None:
        nxt = _WORD.match(text, pos)
        closed = nxt is not None and nxt.group(1)[:1].isupper()  # a place or an owner body follows
    if not closed:
        return None
    name = text[words[0][0] : words[-1][1]]
    return finish_named(text, folded, f"{canonical.head} {name[:1].upper()}{name[1:]}", pos, ctx)


MAX_HOST_WORDS = 3
_AT = re.compile(r" tại ")


def mission_body(text: str, folded: str, end: int, head: str) -> tuple[Organization, int] | None:
    """``Đại sứ Việt Nam tại Triều Tiên``: the mission of the country after the role in the country or
    place after ``tại`` (``head``: the mission's head, ``Đại sứ quán``), and where it ends."""
    sending = _country_at(text, folded, end + 1) if text[end : end + 1] == " " else None
    if sending is None:
        return None
    at = _AT.match(folded, sending[1])
    if at is None:
        return None
    host = _country_at(text, folded, at.end()) or _place_name_at(text, at.end())
    if host is None:
        return None
    return make_org(f"{head} {sending[0]} tại {host[0]}", None), host[1]


def _country_at(text: str, folded: str, pos: int) -> tuple[str, int] | None:
    """A country of ``kg/data/countries.txt`` or the home country (connectors ``home_country``) at ``pos``."""
    m = _countries_re().match(folded, pos)
    if m is None or not text[pos : pos + 1].isupper():
        return None
    return text[pos : m.end()], m.end()


@derived
def _countries_re() -> re.Pattern[str]:
    res = resources()
    return words_re([*res.countries, *res.connectors.get("home_country", ())])


def _place_name_at(text: str, pos: int) -> tuple[str, int] | None:
    """A short capitalized name (``London``, ``Liên Hợp Quốc``) that no person's name opens."""
    run = name_run(text, pos)[:MAX_HOST_WORDS]
    if not run or is_surname(run[0].text):
        return None
    cut = next((i for i, t in enumerate(run) if i and is_surname(t.text)), len(run))  # the person after it
    run = run[:cut]
    return " ".join(t.text for t in run), run[-1].end


SHORT_REACH = 3000  # characters before the role where the body named in full is looked for
_SHORT_WORD = re.compile(r"(\w+)(?: này(?!\w))?")
_CLAUSE_GOES_ON = re.compile(r"[ ]+[^\W\d_]")


def body_named_before(text: str, folded: str, pos: int, ctx: TitleContext) -> tuple[Organization, int] | None:
    """The body a head word written alone at ``pos`` means (``trường này``, ``Sở`` before a verb): the
    last one with that head the text named in full before, and where the short form ends."""
    m = _SHORT_WORD.match(folded, pos)
    if m is None or m.group(1) not in resources().connectors.get("short_body", ()):
        return None
    if (m.end() == m.end(1) and _CLAUSE_GOES_ON.match(folded, m.end())
            and not _function_words().match(folded, m.end() + 1, _word_end(folded, m.end() + 1))
            and not person_right_after(text, m.end() + 1, m.group(1))):
        return None  # "Sở Nội vụ", "trường học": a name or a noun goes on; only "này", a comma, a verb or
        # the name of the officer the title introduces ("Phó giám đốc Sở Nguyễn Văn A")
    start = max(0, pos - SHORT_REACH)
    last: Organization | None = None
    for h in head_re().finditer(folded, start, pos):
        if h.start() and folded[h.start() - 1].isalnum():
            continue
        if h.group().split(" ", 1)[0] != m.group(1):
            continue
        got = parse_org(text, folded, h.start(), ctx)
        if got is not None and len(got[0].label.split()) > 1:  # named in full, not the head alone
            last = got[0]
    return (last, m.end()) if last is not None else None


def _word_end(folded: str, pos: int) -> int:
    w = re.compile(r"\w+").match(folded, pos)
    return w.end() if w else pos
