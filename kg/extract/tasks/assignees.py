"""Assignees of a directive: named bodies and generic groups, read from a position.

``Ban CHQS và công an thành phố cùng với Trung tâm y tế`` is three bodies, each
completed with its locality (a coordinated list shares the place its last
member states; otherwise a local body belongs to the article's home unit).
``các cơ quan, phòng ban chuyên môn của thị xã và các địa phương`` is one
generic group, kept as stated. A phrase mixing the two yields both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.annotate.titles import TitleContext, make_org, parse_org
from kg.lexicon.patterns import UPPER, alternation, head_re, words_re
from kg.lexicon.resources import derived, resources
from kg.model import Organization, Place

# " và Đào tạo": capitalized words after "và" (the second half of a body's field).
_AND_FIELD = re.compile(r"[ ]+và[ ]+(" + UPPER + r"[^\W\d_]*)(?!\w)")  # UPPER: [A-ZĐÀ-Ỹ] takes à, ư too
_AND = re.compile(r"[ ]+và[ ]+")
_NEXT_WORD = re.compile(r"[ ]+([^\W\d_]+)(?!\w)")
_FIELD_WORDS = 3  # "và Phát triển nông thôn"
# Coordinators between the members of one assignee phrase (never a bare "với":
# "phối hợp với các xã" names a partner, not an assignee).
_SPACES = re.compile(r"[ ]*")
# Org heads whose locality the article's home unit completes when the text omits it.
_LOCAL_BINDINGS = frozenset({"place"})


@derived
def _sep_re() -> re.Pattern[str]:
    """What separates two assignees: a comma (and "và"), a slash, or a joining word."""
    joiners = alternation(resources().connectors["assignee_joiner"])
    return re.compile(rf"(?:[ ]*,[ ]*(?:và[ ]+)?|[ ]*/[ ]*|[ ]+{joiners}[ ]+)")


@derived
def _generic_place_re() -> re.Pattern[str]:
    """A unit word addressed in general: "các xã", "những địa phương", "cấp huyện"."""
    units = alternation(resources().connectors["generic_place"])
    return re.compile(rf"(?:các[ ]+|những[ ]+)?(?:cấp[ ]+)?{units}(?!\w)")


@derived
def _adverbs_re() -> re.Pattern[str]:
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


@derived
def _head_bindings() -> dict[str, str]:
    return {h.head: h.binding for h in resources().org_heads.values()}


@dataclass(frozen=True)
class Part:
    start: int
    end: int
    org: Organization | None  # None: a generic group
    label_end: int = -1  # where the stated label ends (before a dropped qualifier); -1: at end

    @property
    def stop(self) -> int:
        return self.end if self.label_end < 0 else self.label_end


@dataclass(frozen=True)
class AssigneePhrase:
    """The bodies and groups of one assignee phrase and where it lies."""

    assignees: tuple[Organization | str, ...]
    start: int
    end: int


class AssigneeParser:
    """Reads assignee phrases from one document's text."""

    def __init__(self, text: str, folded: str, ctx: TitleContext) -> None:
        self.text = text
        self.folded = folded
        self.ctx = ctx

    def parse(self, pos: int, limit: int) -> AssigneePhrase | None:
        """Read the assignee phrase at ``pos`` (not past ``limit``), or None."""
        parts: list[Part] = []
        p = pos
        while p < limit:
            part = self._conjunct(p, limit, generic_context=bool(parts) and parts[-1].org is None)
            if part is None and not parts:
                part = self._bare_group(p, limit)
            if part is None:
                break
            parts.append(part)
            sep = _sep_re().match(self.folded, part.end, limit)
            if not sep:
                break
            p = sep.end()
        if not parts:
            return None
        return AssigneePhrase(self._assemble(parts), parts[0].start, parts[-1].end)

    def followed_by_action(self, end: int, limit: int) -> bool:
        """Whether a directive's action (or a directive verb) starts right after ``end``."""
        m = _adverbs_re().match(self.folded, end, limit)
        pos = m.end() if m else end
        return bool(
            action_re().match(self.folded, pos, limit) or _verb_at_re().match(self.folded, pos, limit)
        )

    # -- one member of the phrase --------------------------------------------------
    def _conjunct(self, pos: int, limit: int, *, generic_context: bool) -> Part | None:
        folded = self.folded
        prefix = group_words("prefix").match(folded, pos, limit)
        if prefix:  # "lãnh đạo các phòng, ban": the people of a group are a group
            sp = _SPACES.match(folded, prefix.end(), limit)
            inner = self._conjunct(sp.end() if sp else prefix.end(), limit, generic_context=True)
            if inner is not None and inner.org is None:
                return Part(pos, inner.end, None, inner.label_end)
            return None
        if generic_context or group_words("lead").match(folded, pos, limit):
            group = self._group(pos, limit, needs_lead=not generic_context)
            if group is not None:
                return group
        plural = self._plural_org(pos, limit)
        if plural is not None:
            return plural
        return self._org(pos, limit)

    def _group(self, pos: int, limit: int, *, needs_lead: bool) -> Part | None:
        """``các cơ quan, phòng ban chuyên môn của thị xã``: lead? noun+ qualifier*."""
        folded = self.folded
        p = pos
        lead = group_words("lead").match(folded, p, limit)
        if lead:
            p = _skip(folded, lead.end(), limit)
        elif needs_lead:
            return None
        nouns = 0
        while True:
            m = group_words("noun").match(folded, p, limit)
            if not m or self._capital_after(m.end(), limit):
                break
            nouns += 1
            end = m.end()
            p = _skip(folded, end, limit)
        if nouns == 0:
            return None
        label_end = -1
        while True:
            m = group_words("qualifier").match(folded, p, limit)
            dropped = None if m else group_words("drop").match(folded, p, limit)
            m = m or dropped
            if not m or self._capital_after(m.end(), limit):
                break
            if dropped is not None:
                label_end = end if label_end < 0 else label_end
            else:
                label_end = -1
            end = m.end()
            p = _skip(folded, end, limit)
        return Part(pos, end, None, label_end)

    def _bare_group(self, pos: int, limit: int) -> Part | None:
        """``cơ quan chuyên môn và các địa phương cần …``: a group with no lead word opens the
        phrase only when lower-case and followed by another member or by the action."""
        if not self.text[pos : pos + 1].islower():
            return None
        group = self._group(pos, limit, needs_lead=False)
        if group is None:
            return None
        if _sep_re().match(self.folded, group.end, limit) or self.followed_by_action(group.end, limit):
            return group
        return None

    def _plural_org(self, pos: int, limit: int) -> Part | None:
        """``UBND các phường``, ``Đảng bộ xã, phường``: a body of many units is a group."""
        head = head_re().match(self.folded, pos, limit)
        if not head:
            return None
        p = _skip(self.folded, head.end(), limit)
        if p == head.end():
            return None
        unit = _generic_place_re().match(self.folded, p, limit)
        if not unit:
            return None
        has_lead = self.folded[p : unit.end()].startswith(("các", "những", "cấp"))
        end = unit.end()
        while True:  # ", phường", " và thị trấn"
            sep = _sep_re().match(self.folded, end, limit)
            if not sep:
                break
            more = _generic_place_re().match(self.folded, sep.end(), limit)
            if not more or self._capital_after(more.end(), limit):
                break
            end, has_lead = more.end(), True
        if not has_lead:
            return None  # "UBND thành phố", "UBND xã Việt Dân": one body, read by _org
        return Part(pos, end, None)

    def _org(self, pos: int, limit: int) -> Part | None:
        got = parse_org(self.text[:limit], self.folded[:limit], pos, self.ctx)
        if got is None:
            return None
        org, end = got
        joint = self._second_body(pos, end)
        if joint is not None:  # "Tổng cục Du lịch và UBND thành phố Đà Nẵng" are two bodies
            got = parse_org(self.text[:joint], self.folded[:joint], pos, self.ctx)
            if got is None:
                return None
            org, end = got
        if org.head not in _head_bindings():  # a named body: "Phòng Tài chính – Kế hoạch"
            head_m = head_re().match(self.folded, pos, limit)
            name_start = _skip(self.folded, head_m.end(), limit) if head_m else pos
            cut = self._action_inside(name_start, end)
            if cut is not None:
                got = parse_org(self.text[:cut], self.folded[:cut], pos, self.ctx)
                if got is None:
                    return None
                org, end = got
            if not any(w[:1].isupper() for w in self.text[name_start:end].split()):
                return None  # "phòng ban chuyên môn" is not a named body
            org, end = self._and_field(org, end, limit)
        return Part(pos, end, org)

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

    def _action_inside(self, start: int, end: int) -> int | None:
        """Where a lowercase action verb starts inside a named body's name (it overran)."""
        for m in re.finditer(r"(?<!\w)\w", self.folded[start:end]):
            at = start + m.start()
            if at > start and self.text[at].islower() and action_re().match(self.folded, at, end):
                return len(self.text[:at].rstrip())
        return None

    def _capital_after(self, end: int, limit: int) -> bool:
        """Whether a capitalized name follows (``xã Việt Dân``): then it is not a group word."""
        m = re.compile(r"[ ]+(\w)").match(self.text, end, limit)
        return bool(m and m.group(1).isupper())

    # -- the phrase as assignees -----------------------------------------------------
    def _assemble(self, parts: list[Part]) -> tuple[Organization | str, ...]:
        out: list[Organization | str] = []
        run: list[Part] = []

        def flush() -> None:
            if run:
                out.append(group_label(self.text[run[0].start : run[-1].stop]))
                run.clear()

        for i, part in enumerate(parts):
            if part.org is None:
                run.append(part)
                continue
            flush()
            out.append(
                self._complete(part.org, [p.org for p in parts[i + 1 :] if p.org is not None])
            )
        flush()
        return tuple(dict.fromkeys(out))

    def _complete(self, org: Organization, later: list[Organization]) -> Organization:
        """Give a local body with no stated place the place of its list, or the home unit."""
        if org.place is not None or _head_bindings().get(org.head) not in _LOCAL_BINDINGS:
            return org
        place: Place | None = next((o.place for o in later if o.place is not None), None)
        place = place or self.ctx.home
        return make_org(org.head, place) if place is not None else org


@derived
def _verb_at_re() -> re.Pattern[str]:
    """A directive verb right at a position (``.match``), whatever precedes it."""
    return words_re(resources().task_verbs, before="")


def _skip(folded: str, pos: int, limit: int) -> int:
    m = _SPACES.match(folded, pos, limit)
    return m.end() if m else pos


def group_label(text: str) -> str:
    """A generic group as stated, one spacing, lower-cased first letter unless an acronym."""
    text = " ".join(text.split()).strip(" ,")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


__all__ = ["AssigneeParser", "AssigneePhrase", "action_re", "group_label", "group_words"]
