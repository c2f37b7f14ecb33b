"""Assignees of a directive: named bodies and generic groups, read from a position.

``Ban CHQS và công an thành phố cùng với Trung tâm y tế`` is three bodies, each
completed with its locality by the organization grammar (:func:`kg.annotate.orgs.parse_org`
and the article's title context); a local body it leaves without a unit belongs to the
article's home unit.
``các cơ quan, phòng ban chuyên môn của thị xã và các địa phương`` is one
generic group, kept as stated. A phrase mixing the two yields both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.annotate.fields import match_field
from kg.annotate.orgs import ACTIVITY_NAMED_HEADS, parse_company
from kg.annotate.titles import TitleContext, make_org, parse_org
from kg.extract.tasks.groups import (
    SHARE,
    GroupReader,
    Part,
    action_re,
    group_label,
    group_words,
    sep_re,
)
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import UPPER, alternation, head_re, skip_spaces
from kg.lexicon.resources import derived, resources
from kg.model import Organization

# " và Đào tạo": capitalized words after "và" (the second half of a body's field).
_AND_FIELD = re.compile(r"[ ]+và[ ]+(" + UPPER + r"[^\W\d_]*)(?!\w)")  # UPPER: [A-ZĐÀ-Ỹ] takes à, ư too
_AND = re.compile(r"[ ]+và[ ]+")
_NEXT_WORD = re.compile(r"[ ]+([^\W\d_]+)(?!\w)")
# "Sở cũng cần …" refers back to the last "Sở <name>" within this many characters.
_BARE_HEAD = re.compile(r"(Sở|Phòng)(?=[ ]+(?!" + UPPER + r")[^\W\d_])")
_NAMED_HEAD_AT = re.compile(r"(?<!\w)(Sở|Phòng)(?=[ ]+" + UPPER + r")")
_ANAPHOR_WINDOW = 600
_FIELD_WORDS = 3  # "và Phát triển nông thôn"
# Org heads whose locality the article's home unit completes when the text omits it.
_LOCAL_BINDINGS = frozenset({"place"})
# "Các sở Xây dựng, Tài nguyên và Môi trường": a plural head before a list of its fields (org_fields.tsv).
# The holder's name after a post's body, and an aside in brackets: "Lê Minh Tấn (trước đây là …)".
_HOLDER_NAME = re.compile(r"(?:[ ]+" + UPPER + r"[^\W\d_]*){1,4}(?:[ ]*\([^()]{0,100}\))?")
# "Thanh tra Chính phủ": a capitalized national word right after a local head (national_bodies "contains").
_NATIONAL_WORDS = 2
_FIELD_SEP = re.compile(r"[ ]*,[ ]*(?:và[ ]+)?|[ ]+và[ ]+")


@derived
def _head_bindings() -> dict[str, str]:
    return {h.head: h.binding for h in resources().org_heads.values()}


@derived
def _national_words() -> frozenset[str]:
    return frozenset(w for w, how in resources().national_bodies if how == "contains")


@derived
def _always_national() -> frozenset[str]:
    return frozenset(w for w, how in resources().national_bodies if how == "always")


@derived
def _term_re() -> re.Pattern[str]:
    """A body's term after its name (task_cues ``term``: ``khóa I``, ``nhiệm kỳ 2025-2030``), part of the phrase."""
    words = alternation(resources().task_cues.get("term", ()))
    return re.compile(rf"[ ]+(?:{words})[ ]+(?:[ivxlc]+|\d{{1,2}}|\d{{4}}[ ]*[-–][ ]*\d{{4}})(?!\w)")


@derived
def _head_kinds() -> dict[str, str]:
    """The binding of each head surface (folded)."""
    return {surface: h.binding for surface, h in resources().org_heads.items()}



@derived
def _plural_field_head_re() -> re.Pattern[str]:
    """``các sở …``: a counted department head before its fields (task_cues ``plural_head``, ``field_head``)."""
    cues = resources().task_cues
    return re.compile(rf"(?:{alternation(cues['plural_head'])})[ ]+({alternation(cues['field_head'])})[ ]+")


@dataclass(frozen=True)
class AssigneePhrase:
    """The bodies and groups of one assignee phrase and where it lies."""

    assignees: tuple[Organization | str, ...]
    start: int
    end: int


class AssigneeParser(GroupReader):
    """Reads assignee phrases from one document's text."""

    def __init__(self, text: str, folded: str, ctx: TitleContext) -> None:
        self.text = text
        self.folded = folded
        self.ctx = ctx

    def parse_share(self, pos: int, limit: int) -> AssigneePhrase | None:
        """``100% sở ngành, phường xã``: a share of a group told after a directive's leading adverbial,
        the group as stated (a share anywhere else is a result: "100% các xã đều …")."""
        share = SHARE.match(self.folded, pos, limit)
        phrase = self.parse(share.end(), limit) if share is not None else None
        if share is None or phrase is None or not isinstance(phrase.assignees[0], str):
            return None
        stated = self.text[pos : share.end()] + phrase.assignees[0]
        return AssigneePhrase((stated, *phrase.assignees[1:]), pos, phrase.end)

    def parse(self, pos: int, limit: int) -> AssigneePhrase | None:
        """Read the assignee phrase at ``pos`` (not past ``limit``), or None."""
        parts: list[Part] = []
        p = pos
        while p < limit:
            fields = self._field_list(p, limit)
            if fields:  # "các sở Xây dựng, Tài nguyên và Môi trường": one body per field
                parts.extend(fields)
                sep = sep_re().match(self.folded, fields[-1].end, limit)
                if not sep:
                    break
                p = sep.end()
                continue
            part = self._conjunct(p, limit, generic_context=bool(parts) and parts[-1].org is None)
            if part is None and not parts:
                part = self._bare_group(p, limit)
            if part is None:
                break
            parts.append(part)
            sep = sep_re().match(self.folded, part.end, limit)
            if not sep:
                break
            p = sep.end()
        if not parts:
            return None
        last = parts[-1]
        if last.org is None and not self.followed_by_action(last.end, limit):
            stop = self._relative_to_modal(last.end, limit)
            if stop is not None:  # "các xã đạt chuẩn nông thôn mới cần …"
                parts[-1] = Part(last.start, stop, None)
        return AssigneePhrase(self._assemble(parts), parts[0].start, parts[-1].end)

    def parse_post(self, pos: int, limit: int) -> AssigneePhrase | None:
        """``giao Chủ tịch UBND quận Sơn Trà báo cáo …``: a post named before its body directs the
        body (task_groups ``post``); None unless a body follows the post and an action the body."""
        m = group_words("post").match(self.folded, pos, limit)
        if m is None:
            return None
        phrase = self.parse(skip_spaces(self.folded, m.end(), limit), limit)
        # a body, or a body of many units ("Chủ tịch UBND các xã, phường"): not a group of people
        if phrase is None or not all(isinstance(a, Organization) or head_re().match(fold(a)) for a in phrase.assignees):
            return None
        name = _HOLDER_NAME.match(self.text, phrase.end, limit)  # "Giám đốc Sở X Lê Văn A (…) báo cáo"
        if not self.followed_by_action(name.end() if name else phrase.end, limit):
            return None  # "phê bình lãnh đạo Sở X và …", "chỉ đạo, Chủ tịch UBND phường X cho biết …"
        return AssigneePhrase(phrase.assignees, pos, name.end() if name else phrase.end)

    def _field_list(self, pos: int, limit: int) -> list[Part]:
        """``Các sở Xây dựng, Tài nguyên và Môi trường``: two or more fields after a plural head."""
        m = _plural_field_head_re().match(self.folded, pos, limit)
        if m is None:
            return []
        head, written = m.group(1), self.text[m.start(1) : m.end(1)]
        out: list[Part] = []
        p = m.end()
        while p < limit and self.text[p : p + 1].isupper():
            found = match_field(self.folded[:limit], head, p)
            if found is None:
                break
            field, end = found
            name = f"{written[:1].upper()}{written[1:]} {field}"
            got = parse_org(name, fold(name), 0, self.ctx)
            out.append(Part(p, end, got[0] if got is not None else make_org(name, None)))
            sep = _FIELD_SEP.match(self.folded, end, limit)
            if sep is None:
                break
            p = sep.end()
        return out if len(out) > 1 else []

    # -- one member of the phrase --------------------------------------------------
    def _conjunct(self, pos: int, limit: int, *, generic_context: bool) -> Part | None:
        folded = self.folded
        prefix = group_words("prefix").match(folded, pos, limit)
        if prefix:  # "lãnh đạo các phòng, ban": the people of a group are a group
            inner = self._conjunct(skip_spaces(folded, prefix.end(), limit), limit, generic_context=True)
            if inner is not None and inner.org is None:
                return Part(pos, inner.end, None, inner.label_end)
            return None
        units = self._named_units(pos, limit)
        if units is not None:  # "các phường Mạo Khê, Kim Sơn và Yên Thọ", "5 huyện Hóc Môn, Củ Chi"
            return units
        if generic_context or group_words("lead").match(folded, pos, limit):
            group = self._group(pos, limit, needs_lead=not generic_context)
            if group is not None:
                return group
        plural = self._plural_org(pos, limit)
        if plural is not None:
            return plural
        return (
            self._org(pos, limit)
            or self._company(pos, limit)
            or self._anaphor(pos, limit)
            or self._unit(pos, limit)
        )

    def _org(self, pos: int, limit: int) -> Part | None:
        got = parse_org(self.text[:limit], self.folded[:limit], pos, self.ctx)
        if got is None:
            return None
        org, end = got
        ministry = self._ministry_named_bare(org, pos, end)
        if ministry is not None:  # "Thanh tra Bộ" is the ministry's inspectorate, no "thị trấn Bo"
            return ministry
        national = self._national_after(org, end, limit)
        if national is not None:  # "Thanh tra Chính phủ" is no city's inspectorate
            return Part(pos, national, make_org(self.text[pos:national], None))
        owned = self._owned_after(org, end, limit)
        if owned is not None:  # "Ban cán sự đảng UBND tỉnh", "Thanh tra Sở Xây dựng": a body of a body
            return Part(pos, owned[1], owned[0])
        joint = self._second_body(pos, end)
        if joint is not None:  # "Tổng cục Du lịch và UBND thành phố Đà Nẵng" are two bodies
            got = parse_org(self.text[:joint], self.folded[:joint], pos, self.ctx)
            if got is None:
                return None
            org, end = got
        head_m = head_re().match(self.folded, pos, limit)
        if head_m is not None and _head_kinds().get(head_m.group()) == "named":
            # a named body: "Phòng Tài chính – Kế hoạch"
            name_start = skip_spaces(self.folded, head_m.end(), limit) if head_m else pos
            activity = any(org.head.startswith(f"{h} ") for h in ACTIVITY_NAMED_HEADS)
            cut = None if activity else self._action_inside(name_start, end, org)
            if cut is not None:
                got = parse_org(self.text[:cut], self.folded[:cut], pos, self.ctx)
                if got is None:
                    return None
                org, end = got
            if not any(w[:1].isupper() for w in self.text[name_start:end].split()):
                return None  # "phòng ban chuyên môn" is not a named body
            org, end = self._and_field(org, end, limit)
        term = _term_re().match(self.folded, end, limit)
        if term is not None:  # "Ban Chấp hành Đảng bộ tỉnh khóa I tiếp thu …": the body's term, no action
            end = term.end()
        return Part(pos, end, org)

    def _ministry_named_bare(self, org: Organization, pos: int, end: int) -> Part | None:
        """``Thanh tra Bộ``, ``Văn phòng Bộ``: a body whose only name after its head is a word that is
        always national (national_bodies ``always``: ``Bộ``) belongs to the ministry the article names,
        though the place register has a unit spelled alike (``Bo``)."""
        head = head_re().match(self.folded, pos, end)
        if org.place is None or head is None:
            return None
        rest = self.text[head.end() : end].strip()
        if not rest[:1].isupper() or fold(rest) not in _always_national():
            return None
        return Part(pos, end, make_org(self.text[pos:end], None))

    def _national_after(self, org: Organization, end: int, limit: int) -> int | None:
        """Where a national word written right after a local body with no place ends (``Thanh tra``
        + ``Chính phủ``, ``Kiểm toán`` + ``Nhà nước``): the body is the central one, not the home unit's."""
        if org.place is not None or org.label != org.head or _head_bindings().get(org.head) not in _LOCAL_BINDINGS:
            return None
        stop = end
        for _ in range(_NATIONAL_WORDS):
            w = _NEXT_WORD.match(self.text, stop, limit)
            if w is None or stop == end and not w.group(1)[:1].isupper():
                return None
            stop = w.end()
            if fold(self.text[end:stop].strip()) in _national_words():
                return stop
        return None

    def _owned_after(self, org: Organization, end: int, limit: int) -> tuple[Organization, int] | None:
        """A body that belongs to the body written right after its head (task_groups ``of_body``:
        ``Ban cán sự đảng`` + ``UBND TP``, ``Đảng ủy`` + ``Công an tỉnh``, ``Thanh tra`` + ``Sở Xây dựng``):
        one body, named with both, at the place of the second."""
        if org.place is not None or fold(org.head) not in resources().task_groups.get("of_body", ()):
            return None
        at = skip_spaces(self.folded, end, limit)
        if at == end or not self.text[at : at + 1].isupper():
            return None
        got = parse_org(self.text[:limit], self.folded[:limit], at, self.ctx)
        if got is None or fold(got[0].head) == fold(org.head):
            return None
        owner = self._complete(got[0])
        level = owner.label[len(owner.head) :].strip() if owner.place is None else ""
        return make_org(f"{org.head} {owner.head}", owner.place, level), got[1]

    def _company(self, pos: int, limit: int) -> Part | None:
        """``Công ty CP sứ Bát Tràng``: a company is an assignee (never an official's body)."""
        m = group_words("company").match(self.folded, pos, limit)
        if m is None:
            return None
        head = self.folded[pos : m.end()]
        head = head[:1].upper() + head[1:]
        got = parse_company(self.text[:limit], self.folded[:limit], pos, m.end(), head, self.ctx)
        return Part(pos, got[1], got[0]) if got is not None else None

    def _anaphor(self, pos: int, limit: int) -> Part | None:
        """``Sở cũng cần …``: a bare ``Sở``/``Phòng`` is the one of that kind named last before."""
        m = _BARE_HEAD.match(self.text, pos, limit)
        if m is None:
            return None
        for before in reversed(list(_NAMED_HEAD_AT.finditer(self.text, max(0, pos - _ANAPHOR_WINDOW), pos))):
            if before.group(1) != m.group(1):
                continue
            got = parse_org(self.text[:pos], self.folded[:pos], before.start(), self.ctx)
            if got is not None and got[0].head != m.group(1):
                return Part(pos, m.end(1), got[0])
        return None

    def _second_body(self, pos: int, end: int) -> int | None:
        """Where a name read as one body joins a second body with "và" (its head follows)."""
        head = head_re().match(self.folded, pos, end)
        for m in _AND.finditer(self.folded, head.end() if head else pos, end):
            if head_re().match(self.folded, m.end(), end):
                return m.start()
        return None

    def _and_field(self, org: Organization, end: int, limit: int) -> tuple[Organization, int]:
        """``Phòng Giáo dục`` + `` và Đào tạo``: a capitalized field after "và" that is no body
        of its own belongs to the named body's field (``Sở Y tế và Sở Tài chính`` are two)."""
        m = _AND_FIELD.match(self.text, end, limit)
        if m is None:
            return org, end
        start = m.start(1)
        if head_re().match(self.folded, start, limit):
            return org, end
        if parse_org(self.text[:limit], self.folded[:limit], start, self.ctx) is not None:
            return org, end
        stop = m.end(1)  # the capitalized word, then words up to the action ("Đào tạo cần …")
        for _ in range(_FIELD_WORDS):
            w = _NEXT_WORD.match(self.text, stop, limit)
            if w is None or action_re().match(self.folded, w.start(1), limit):
                break
            if group_words("lead").match(self.folded, w.start(1), limit):
                break
            stop = w.end()
        field_name = self.text[start:stop]
        return make_org(f"{org.head} và {field_name}", org.place), stop

    def _action_inside(self, start: int, end: int, org: Organization) -> int | None:
        """Where a lowercase action verb starts inside a named body's name (it overran).

        A verb right before the body's own place is a word of its name (``Viện Quy hoạch
        xây dựng Hà Nội``): an action would take an object, not the place.
        """
        for m in re.finditer(r"(?<!\w)\w", self.folded[start:end]):
            at = start + m.start()
            if at > start and self.text[at].islower():
                verb = action_re().match(self.folded, at, end)
                if verb is None:
                    continue
                after = self.text[verb.end() : end].strip()
                if org.place is not None and after and after == org.place.name:
                    continue
                return len(self.text[:at].rstrip())
        return None

    # -- the phrase as assignees -----------------------------------------------------
    def _assemble(self, parts: list[Part]) -> tuple[Organization | str, ...]:
        out: list[Organization | str] = []
        run: list[Part] = []

        def flush() -> None:
            if run:
                out.append(group_label(self.text[run[0].start : run[-1].stop]))
                run.clear()

        for part in parts:
            if part.org is None:
                run.append(part)
                continue
            flush()
            out.append(self._complete(part.org))
        flush()
        return tuple(dict.fromkeys(out))

    def _complete(self, org: Organization) -> Organization:
        """Give a local body with no stated place and no stated level the home unit (not a cell, task_groups
        ``cell``: a Party cell belongs to a village or an agency)."""
        if org.place is not None or _head_bindings().get(org.head) not in _LOCAL_BINDINGS:
            return org
        if fold(org.head) in resources().task_groups.get("cell", ()):
            return org  # "Chi bộ": a village's or an agency's, never the home unit's
        if org.label != org.head:  # "UBND quận" in a huyện's article: the level stated is no home
            return org
        place = self.ctx.local
        return make_org(org.head, place) if place is not None else org



__all__ = ["AssigneeParser", "AssigneePhrase", "action_re", "group_label", "group_words"]
