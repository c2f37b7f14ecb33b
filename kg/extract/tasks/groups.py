"""Generic groups an assignee phrase may name, and the words around an assignee.

``các cơ quan, phòng ban chuyên môn của thị xã`` (lead, nouns, qualifiers; kg/data/task_groups.tsv),
``UBND các phường`` (a body of many units), ``cấp ủy, chính quyền huyện Mỹ Đức`` (a group
of a named unit), ``các xã đạt chuẩn nông thôn mới cần …`` (a short relative clause up to
the modal), ``thành phố Gia Nghĩa sớm hoàn thiện …`` (a unit before its action). Also the
action, modal and adverb patterns the assignee parser and the task reader share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.annotate.context import TitleContext
from kg.annotate.orgs import parse_org
from kg.annotate.places import name_run, resolve_run, type_word_at
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import alternation, head_re, skip_spaces, words_re
from kg.lexicon.resources import derived, resources
from kg.model import Organization

# A relative clause between a group and its modal: at most this many words.
_RELATIVE_WORDS = 6
_WORD_AT = re.compile(r"[^\W_]+")
# A unit's name kept as written when the register does not resolve it: at most this many words.
_NAME_WORDS = 4
# "3 phường", "5 huyện": a count before a unit word opens a list of named units.
_COUNT = re.compile(r"\d{1,2}(?=[ ])")
# A share of a group before it ("100% sở ngành", "50 % các xã"): told only after a directive's adverbial.
SHARE = re.compile(r"\d{1,3}(?:[.,]\d+)?[ ]?%[ ]+")
# Between two names of a list of units: a comma or "và".
_NAME_SEP = re.compile(r"[ ]*,[ ]*|[ ]+và[ ]+")
# Between two nouns of one group the press writes as a pair: "các sở - ngành", "quận - huyện".
_NOUN_PAIR = re.compile(r"[ ]+[-–][ ]+")
# What stands before the first word of words announced (``nhấn mạnh: Cán bộ …``): its capital is the sentence's.
_SENTENCE_ENDS = frozenset(":")


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` opens the words after a colon (its capital is the sentence's, not a name's; a sentence's
    own first word, ``Doanh nghiệp mong muốn …``, or a quote's, more often narrates)."""
    before = text[:pos].rstrip(" ")
    return bool(before) and before[-1] in _SENTENCE_ENDS


@derived
def sep_re() -> re.Pattern[str]:
    """What separates two assignees: a comma (and "và"), a slash, a joining word, or a semicolon (a clause
    keeps one only between the bodies of one verb: ``giao Sở Nội vụ; Ban Quản lý …``, see clauses)."""
    joiners = alternation(resources().connectors["assignee_joiner"])
    return re.compile(rf"(?:[ ]*[,;][ ]*(?:và[ ]+)?|[ ]*/[ ]*|[ ]+{joiners}[ ]+)")


@derived
def _generic_place_re() -> re.Pattern[str]:
    """A unit word addressed in general: "các xã", "những địa phương", "cấp huyện"."""
    units = alternation(resources().connectors["generic_place"])
    return re.compile(rf"(?:các[ ]+|những[ ]+)?(?:cấp[ ]+)?{units}(?!\w)")


@derived
def adverbs_re() -> re.Pattern[str]:
    """Adverbs between an assignee and its action ("các xã cũng cần", "các sở đều phải")."""
    adverbs = alternation(resources().connectors["assignee_adverb"])
    return re.compile(rf"[ ]*(?:,[ ]*)?(?:{adverbs}[ ]+)*")


@derived
def group_words(kind: str) -> re.Pattern[str]:
    """The alternation of the group words of ``kind`` (lead, noun, qualifier, prefix)."""
    return words_re(resources().task_groups.get(kind, ()), before="")


@derived
def action_re() -> re.Pattern[str]:
    """Verbs and modals that open a directive's action (folded, word-bounded)."""
    not_modal = resources().task_cues.get("not_modal", ())
    guard = "".join(rf"(?!{re.escape(w)}(?!\w))" for w in not_modal)
    return re.compile(rf"{guard}{alternation(resources().task_actions)}(?!\w)")


@dataclass(frozen=True)
class Part:
    start: int
    end: int
    org: Organization | None  # None: a generic group
    label_end: int = -1  # where the stated label ends (before a dropped qualifier); -1: at end

    @property
    def stop(self) -> int:
        return self.end if self.label_end < 0 else self.label_end


class GroupReader:
    """The group grammar, mixed into :class:`kg.extract.tasks.assignees.AssigneeParser`."""

    text: str
    folded: str
    ctx: TitleContext

    def followed_by_action(self, end: int, limit: int) -> bool:
        """Whether a directive's action (or a directive verb) starts right after ``end``."""
        m = adverbs_re().match(self.folded, end, limit)
        pos = m.end() if m else end
        return bool(
            action_re().match(self.folded, pos, limit) or _verb_at_re().match(self.folded, pos, limit)
        )

    def _relative_to_modal(self, end: int, limit: int) -> int | None:
        """Where a short relative clause after a group ends, when a modal follows it
        (``các xã đạt chuẩn nông thôn mới cần …``): a few words, no punctuation."""
        stop = None
        for n, m in enumerate(_WORD_AT.finditer(self.folded, end, limit)):
            if n > _RELATIVE_WORDS or self.folded[stop or end : m.start()].strip():
                return None
            if n == 0 and _modal_like_re().match(self.folded, m.start(), limit):
                return None  # "các xã cần thiết phải …": no relative clause
            if n > 0 and _modal_re().match(self.folded, m.start(), limit):
                return stop
            adverb = adverbs_re().match(self.folded, m.start(), limit) if n > 0 else None
            if adverb and adverb.end() > m.start() and _modal_re().match(self.folded, adverb.end(), limit):
                return stop  # "cơ quan thuế thành phố sẽ phải …": the adverb is no part of the group's label
            if group_words("question").fullmatch(m.group()):
                return None  # "các đơn vị nói cái gì phải làm cái đó": a correlative action
            stop = m.end()
        return None

    def _group(self, pos: int, limit: int, *, needs_lead: bool) -> Part | None:
        """``các cơ quan, phòng ban chuyên môn của thị xã``: lead? noun+ qualifier*."""
        folded = self.folded
        p = pos
        lead = group_words("lead").match(folded, p, limit)
        if lead:
            p = skip_spaces(folded, lead.end(), limit)
        elif needs_lead:
            return None
        nouns = 0
        while True:
            m = group_words("noun").match(folded, p, limit)
            if m and group_words("not_noun").match(folded, p, limit):
                break  # "những trường hợp …", "các hội nghị": a compound the noun only opens, no body
            if m and self._capital_after(m.end(), limit) and type_word_at(folded, m.start()) is None:
                # "chính quyền Đà Nẵng": the group of a unit named bare ends the group
                named = self._registered_run(skip_spaces(folded, m.end(), limit), limit)
                if named is not None:
                    return Part(pos, named, None)
            if not m or self._capital_after(m.end(), limit):
                break
            nouns += 1
            end = m.end()
            p = skip_spaces(folded, end, limit)
            sector = group_words("sector").match(folded, p, limit) if m.group() == "ngành" else None
            if sector is not None:  # "ngành giao thông của tỉnh": the sector's field, though it opens on "giao"
                end = sector.end()
                p = skip_spaces(folded, end, limit)
                break
            pair = _NOUN_PAIR.match(folded, end, limit)
            if pair and group_words("noun").match(folded, pair.end(), limit):
                p = pair.end()  # "các sở - ngành": the second noun of the pair
        if nouns == 0:
            return None
        label_end = -1
        while True:
            m = group_words("qualifier").match(folded, p, limit)
            dropped = None if m else group_words("drop").match(folded, p, limit)
            m = m or dropped
            if m and self._capital_after(m.end(), limit):
                named = self._unit_named(m.start(), limit, as_written=True)  # "chính quyền huyện Mỹ Đức"
                if named is None:
                    named = self._body_of_group(m, limit)  # "các đơn vị thuộc Sở Xây dựng"
                if named is None:
                    break
                end = named
                p = skip_spaces(folded, end, limit)
                continue
            if not m:
                break
            if dropped is not None:
                label_end = end if label_end < 0 else label_end
            else:
                label_end = -1
            end = m.end()
            p = skip_spaces(folded, end, limit)
        return Part(pos, end, None, label_end)

    def _body_of_group(self, qualifier: re.Match[str], limit: int) -> int | None:
        """Where the body a group belongs to ends, named after ``của``/``thuộc`` (task_groups ``of_group``):
        ``các đơn vị thuộc Sở Xây dựng``, ``các đơn vị của Bộ`` (a bare head refers back to its body)."""
        if qualifier.group() not in resources().task_groups.get("of_group", ()):
            return None
        at = skip_spaces(self.folded, qualifier.end(), limit)
        got = parse_org(self.text[:limit], self.folded[:limit], at, self.ctx)
        if got is not None:
            return got[1]
        head = head_re().match(self.folded, at, limit)
        return head.end() if head is not None and not self._capital_after(head.end(), limit) else None

    def _unit_named(self, pos: int, limit: int, *, as_written: bool = False) -> int | None:
        """Where a unit word with the name of a registered unit ends (``huyện Mỹ Đức``); ``as_written``:
        or with any name (``xã Ayun``, two communes of one province, or a commune formed in 2025 that
        the register lacks), where the unit is addressed and kept as the text names it."""
        tw = type_word_at(self.folded, pos)
        if tw is None:
            return None
        run = name_run(self.text, tw[1], limit)
        place, used = resolve_run(self.ctx.gaz, run, tw[0], self.ctx.near) if run else (None, 0)
        if place is None and as_written and 0 < len(run) <= _NAME_WORDS:
            return run[-1].end
        return run[used - 1].end if place is not None else None

    def _registered_run(self, pos: int, limit: int) -> int | None:
        """Where a registered unit named with no type word (``Đà Nẵng``) ends, all its capitalized words used."""
        run = name_run(self.text, pos, limit)
        place, used = resolve_run(self.ctx.gaz, run, None, self.ctx.near) if run else (None, 0)
        return run[-1].end if place is not None and used == len(run) else None

    def _province_run(self, pos: int, limit: int) -> int | None:
        """Where a province-level unit named with no type word (``Nghệ An``) ends, all its capitalized
        words used: the press names a province for its government; a lower unit's bare name (``Biên Hoà
        phải huy động …``) is as often the place where something happened."""
        if self.text[:pos].rstrip().endswith(","):
            return None  # "Theo Phó chủ tịch Quốc hội, Hà Nội cần …": no member of a list of bodies
        run = name_run(self.text, pos, limit)
        place, used = resolve_run(self.ctx.gaz, run, None, self.ctx.near) if run else (None, 0)
        if place is None or used != len(run) or place.type.level != 1:
            return None
        return run[-1].end

    def _bare_group(self, pos: int, limit: int) -> Part | None:
        """``cơ quan chuyên môn và các địa phương cần …``: a group with no lead word opens the
        phrase only when lower-case (or capitalized only as the first word after a colon: ``…: Cán bộ, đảng viên
        cần …``) and followed by another member or by the action."""
        opening = _opens_sentence(self.text, pos) and not head_re().match(self.folded, pos, limit)  # "Sở …": a body
        if not (self.text[pos : pos + 1].islower() or opening):
            return None
        group = self._group(pos, limit, needs_lead=False)
        if group is None:
            return None
        if sep_re().match(self.folded, group.end, limit) or self.followed_by_action(group.end, limit):
            return group
        return None

    def _named_units(self, pos: int, limit: int) -> Part | None:
        """``các phường Mạo Khê, Kim Sơn và Yên Thọ``, ``5 huyện Hóc Môn, Củ Chi``: a lead word or a count,
        a unit word, then two or more names: a group of units, kept as the text names it."""
        lead = group_words("lead").match(self.folded, pos, limit) or _COUNT.match(self.folded, pos, limit)
        if lead is None:
            return None
        tw = type_word_at(self.folded, skip_spaces(self.folded, lead.end(), limit))
        if tw is None:
            return None
        names, p, end = 0, tw[1], -1
        while p < limit:
            run = name_run(self.text, p, limit)
            if not run or len(run) > _NAME_WORDS or not run[0].text[:1].isupper():
                break
            names, end = names + 1, run[-1].end
            sep = _NAME_SEP.match(self.folded, end, limit)
            if sep is None:
                break
            p = sep.end()
        return Part(pos, end, None) if names > 1 else None

    def _plural_org(self, pos: int, limit: int) -> Part | None:
        """``UBND các phường``, ``Đảng bộ xã, phường``: a body of many units is a group."""
        head = head_re().match(self.folded, pos, limit)
        if not head:
            return None
        p = skip_spaces(self.folded, head.end(), limit)
        if p == head.end():
            return None
        unit = _generic_place_re().match(self.folded, p, limit)
        if not unit:
            return None
        has_lead = self.folded[p : unit.end()].startswith(("các", "những", "cấp"))
        units = self._named_units(p, limit) if has_lead else None
        if units is not None:  # "UBND các phường Mạo Khê, Kim Sơn": the bodies of the units it names
            return Part(pos, units.end, None)
        end = unit.end()
        while True:  # ", phường", " và thị trấn"
            sep = sep_re().match(self.folded, end, limit)
            if not sep:
                break
            more = _generic_place_re().match(self.folded, sep.end(), limit)
            if not more or self._capital_after(more.end(), limit):
                break
            if not has_lead and self.folded[sep.end() : more.end()].startswith(("các", "những")):
                break  # "UBND thị xã, các ngành": the home unit's body, then a group of its own
            end, has_lead = more.end(), True
        if not has_lead:
            return None  # "UBND thành phố", "UBND xã Việt Dân": one body, read by _org
        return Part(pos, end, None)

    def _unit(self, pos: int, limit: int) -> Part | None:
        """``yêu cầu thành phố Gia Nghĩa sớm hoàn thiện …``: a named unit right before its
        action is its government, kept as the text names it."""
        end = self._unit_named(pos, limit, as_written=True)
        if end is None and self.text[pos : pos + 1].isupper():
            end = self._province_run(pos, limit)  # "yêu cầu Nghệ An không được …": a province named alone
        if end is None:
            return None
        m = adverbs_re().match(self.folded, end, limit)
        at = m.end() if m else end
        if _verb_at_re().match(self.folded, at, limit) or not action_re().match(self.folded, at, limit):
            return None  # "Lãnh đạo thị xã Đông Triều yêu cầu …": the unit gives the directive
        return Part(pos, end, None)

    def _capital_after(self, end: int, limit: int) -> bool:
        """Whether a capitalized name follows (``xã Việt Dân``): then it is not a group word."""
        m = re.compile(r"[ ]+(\w)").match(self.text, end, limit)
        return bool(m and m.group(1).isupper())


@derived
def _modal_re() -> re.Pattern[str]:
    """A modal (``cần``, ``phải``) right at a position, not ``cần thiết``."""
    cues = resources().task_cues
    guard = "".join(rf"(?!{re.escape(w)}(?!\w))" for w in cues.get("not_modal", ()))
    return re.compile(rf"{guard}{alternation(cues.get('modal', ()))}(?!\w)")


@derived
def _modal_like_re() -> re.Pattern[str]:
    """A modal or a word that starts like one (``cần thiết``)."""
    cues = resources().task_cues
    return re.compile(alternation((*cues.get("modal", ()), *cues.get("not_modal", ()))))


@derived
def _verb_at_re() -> re.Pattern[str]:
    """A directive verb right at a position (``.match``), whatever precedes it."""
    return words_re(resources().task_verbs, before="")


_COMMA_SPACING = re.compile(r"[ ]*,[ ]*")


def group_label(text: str) -> str:
    """A generic group as stated, one spacing, lower-cased first letter unless an acronym or the first
    word of a name (``Quảng Nam``: its second word is capitalized too, and it is no unit word)."""
    text = _COMMA_SPACING.sub(", ", " ".join(text.split())).strip(" ,")
    words = text.split(" ", 2)
    if len(words) > 1 and words[1][:1].isupper() and not group_words("lead").fullmatch(fold(words[0])):
        if type_word_at(fold(text), 0) is None:  # "Phường Mạo Khê" opens with its unit word
            return text
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text
