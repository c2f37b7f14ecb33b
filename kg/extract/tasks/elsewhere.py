"""Assignees and givers a directive states away from its verb: the official a clause is attributed
to (``Theo Chủ tịch UBND tỉnh X, …``, ``Ông X cho biết Sở Y phải …``), the body of a second
directive after a comma (``…, đồng thời Sở X phải …``), the body that leads a directive stated
with none (``…, do Phòng Nội vụ chủ trì``), the body a sentence opens by addressing (``Đối với UBND
xã X, …``), a body named before its modal past an aside in brackets or outside a conclusion, and the
directive a continuation (``Đồng thời, …``) goes on with.

A mixin of :class:`kg.extract.tasks.extractor._Reader`.
"""

from __future__ import annotations

import bisect
import re

from kg.extract.tasks.assignees import AssigneePhrase
from kg.extract.tasks.cues import cue_re, verb_re
from kg.extract.tasks.groups import adverbs_re
from kg.extract.tasks.triggers import Draft, ParagraphState, TriggerReading
from kg.lexicon.patterns import alternation, skip_spaces
from kg.lexicon.resources import derived, resources
from kg.model import Organization

# "Theo ông …, ": at most this many characters between the cue and the official's mention (an
# honorific, his post), and between the mention's end and the comma (his post in brackets).
_ATTRIBUTION_GAP = 60
_ATTRIBUTION_TAIL = 80
# "lãnh đạo quận X (nơi có nhiều xe tải hoạt động) phải …": an aside in brackets between a body and its modal.
_ASIDE_BEFORE = re.compile(r"[ ]*\([^()]{1,150}\)[ ]*$")


# "Ông A, Chủ tịch UBND TP, cho biết …": how far into a clause the verb of saying may stand.
_SAYS_REACH = 200


@derived
def _says_re() -> re.Pattern[str]:
    """A verb of saying after an official (task_cues ``official_says``), with "rằng", a comma, or a colon
    and the quotation it opens after it (``cho biết: “Các phường cần …”``)."""
    verbs = alternation(resources().task_cues["official_says"])
    return re.compile(rf"(?<!\w)(?:{verbs})(?:[ ]*:[ ]*[“\"]?|(?:[ ]*,|[ ]+rằng)?(?!\w))")


@derived
def _subject_joint_re() -> re.Pattern[str]:
    """ ", đồng thời " before the body of a second directive in one clause (task_cues ``subject_joint``)."""
    return re.compile(rf"[ ]*,[ ]*(?:{alternation(resources().task_cues['subject_joint'])})[ ]+")


@derived
def _led_by_re() -> re.Pattern[str]:
    """ "do" before the body that leads a directive (task_cues ``led_by``)."""
    return re.compile(rf"(?<!\w)(?:{alternation(resources().task_cues['led_by'])})[ ]+")


@derived
def _leads_re() -> re.Pattern[str]:
    """What the leading body does (task_cues ``leads``: chủ trì, phụ trách …)."""
    return re.compile(rf"(?:{alternation(resources().task_cues['leads'])})(?!\w)")


@derived
def _addressed_re() -> re.Pattern[str]:
    """ "Đối với", "Với" opening a sentence before the body it addresses (task_cues ``addressed``)."""
    return re.compile(rf"(?:{alternation(resources().task_cues['addressed'])})[ ]+")


class StatedElsewhere(TriggerReading):
    """Reads the attribution of a clause and the bodies named away from the directive verb."""

    officials: frozenset[str]
    drafts: list[Draft]
    speaker: str | None

    def _attribution(self, body: int, e: int) -> tuple[str, int] | None:
        """``Theo Chủ tịch UBND tỉnh Lê Văn A, …`` (task_cues ``attribution``): an official holding a
        post named right after the cue, then a comma; his name and where his words start."""
        cue = cue_re("attribution").match(self.folded, body, e)
        if cue is None:
            return self._says(body, e)
        at = bisect.bisect_left(self.mentions, (cue.end(),))
        if at == len(self.mentions):
            return None
        start, end, name = self.mentions[at]
        comma = self.folded.find(",", end, min(e, end + _ATTRIBUTION_TAIL))
        gap = self.folded[cue.end() : start]
        if len(gap) > _ATTRIBUTION_GAP or "," in gap or name not in self.officials or comma < 0:
            return None
        told = skip_spaces(self.folded, comma + 1, e)
        # his words tell a body (or a unit named bare) what it must do: "Theo ông X, để …, TP cần có …" states a need;
        # the body may follow leading adverbials ("Theo ông X, với chủ đề …, xã Y cần …"), not a purpose or a
        # condition ("Theo ông X, để đón … khách, TP cần có … buồng": what a goal takes, no directive)
        aim = cue_re("condition").match(self.folded, told, e) or cue_re("purpose").match(self.folded, told, e)
        past = told if aim else self._after_opener(told, e)
        for at in dict.fromkeys((told, past)):
            modal = self._modal_at(at, e)
            if self._told(at, e) is not None or (modal is not None and self._bare_unit(at, modal) is not None):
                return name, told
        return None

    def _says(self, body: int, e: int) -> tuple[str, int] | None:
        """``Ông A, Chủ tịch UBND TP, cho biết UBND quận X phải …`` (task_cues ``says``): an official
        holding a post says that a body must act; his name and where the body starts."""
        reach = min(e, body + _SAYS_REACH)
        if not self.mention_index.starts_within(body, reach):
            return None  # no one named to say it (most clauses: looked up, not searched)
        for verb in _says_re().finditer(self.folded, body, reach):
            at = bisect.bisect_left(self.mentions, (verb.start(),)) - 1
            if at < 0:
                return None
            start, end, name = self.mentions[at]
            if start < body or end > verb.start() or verb.start() - end > _ATTRIBUTION_TAIL:
                return None
            if name not in self.officials:
                return None
            told = skip_spaces(self.folded, verb.end(), e)
            if self._told(told, e) is not None:
                return name, told
            if verb_re().match(self.folded, verb.start(), e):
                return None  # "nêu rõ, …": a directive verb, read as one
            later = self._told_after_comma(told, e)  # "cho rằng …, vì vậy các phường cần …"
            return (name, later) if later is not None else None
        return None

    def _told_after_comma(self, pos: int, e: int) -> int | None:
        """Where a body told by its modal opens a later part of an official's words, after a comma and
        its connector (``… cho rằng thủ tục đã phân cấp, vì vậy các phường cần …``); None if none does."""
        if cue_re("condition").match(self.folded, pos, e):
            return None  # "… cho biết, muốn lấy lại khu đất, thành phố phải …": what a condition takes
        comma = self.folded.find(",", pos, e)
        while comma >= 0:
            at = self._skip_connectors(skip_spaces(self.folded, comma + 1, e), e)
            if self._told(at, e) is not None:
                return at
            comma = self.folded.find(",", comma + 1, e)
        return None

    def _speech_of(self, s: int, e: int) -> str | None:
        """The official holding a post named in ``[s, e)`` right before a verb of saying or a directive verb
        (``Chủ tịch UBND tỉnh X nhấn mạnh, …``, ``ông X cho rằng …``, ``X lưu ý …``): the paragraph reports
        his words."""
        last = self.mention_index.last_mention(s, e)
        if last is None or last[2] not in self.officials:
            return None
        at = skip_spaces(self.folded, last[1], e)
        if _says_re().match(self.folded, at, e) or verb_re().match(self.folded, at, e):
            return last[2]
        return None

    def _told(self, pos: int, e: int) -> AssigneePhrase | None:
        """The body or group at ``pos`` when its modal follows it (``Sở X phải …``, ``các xã cần …``)."""
        phrase = self.parser.parse(pos, e) or self._bare_addressee(pos, e)
        if phrase is None or self.mention_index.starts_within(phrase.start, phrase.end):
            return None
        adverbs = adverbs_re().match(self.folded, phrase.end, e)
        return phrase if adverbs is not None and self._modal_at(phrase.end, e) == adverbs.end() else None

    def _bare_addressee(self, pos: int, e: int) -> AssigneePhrase | None:
        """A body named alone at ``pos`` right before its modal (a level, ``TP cần …``, ``tỉnh cần …``; a
        sector; an acronym: :meth:`_addressee`), kept as the text names it."""
        modal = self._modal_at(pos, e)
        end = self._addressee(pos, pos, modal) if modal is not None else None
        return AssigneePhrase((self.text[pos:end],), pos, end) if end is not None else None

    def _joint_subject(self, pos: int, e: int) -> tuple[int, AssigneePhrase] | None:
        """``…, đồng thời Sở X phải …`` (task_cues ``subject_joint``) in a directive's action: where the
        first directive ends and the body that opens the second, right before its modal."""
        for m in _subject_joint_re().finditer(self.folded, pos, e):
            phrase = self._told(m.end(), e)
            if phrase is not None:
                return m.start(), phrase
        return None

    def _led_by(self, s: int, e: int, emitted: Draft | None, state: ParagraphState) -> None:
        """``… thành lập tổ công tác, do Phòng Nội vụ chủ trì`` (task_cues ``led_by`` and ``leads``): the body
        that leads a directive stated with no assignee, in its clause or in the next one of its paragraph
        (``Việc này do Văn phòng thị xã chủ trì.``)."""
        draft = emitted if emitted is not None else self.drafts[-1] if self.drafts else None
        if draft is None or draft.assignees or draft.paragraph != state.index or draft.assigner != self.speaker:
            return
        for cue in _led_by_re().finditer(self.folded, s, e):
            phrase = self.parser.parse(cue.end(), e) or self.parser.parse_post(cue.end(), e)
            if phrase is None or not _leads_re().match(self.folded, skip_spaces(self.folded, phrase.end, e), e):
                continue
            if any(isinstance(a, str) and len(a.split()) < 2 for a in phrase.assignees):
                continue  # "do Giám đốc sở chủ trì": a bare head refers back, it names no body
            draft.assignees = phrase.assignees
            return

    def _addressed(self, start: int, verb: int) -> tuple[Organization | str, ...]:
        """``Đối với UBND xã X, đồng chí Y đề nghị xác định …`` (task_cues ``addressed``): the body a
        sentence opens by addressing, all the words up to its comma, is told the directive that names
        no assignee after its verb; () when the opener names no body (``Đối với dự án X, …``)."""
        pos = self._skip_connectors(start, verb)
        cue = _addressed_re().match(self.folded, pos, verb)
        if cue is None:
            return ()
        comma = self.folded.find(",", cue.end(), verb)
        if comma < 0:
            return ()
        phrase = self.parser.parse(cue.end(), comma)
        if phrase is None or phrase.end != len(self.folded[:comma].rstrip()):
            return ()
        return phrase.assignees

    def _subject_past_aside(self, pos: int, modal: int, e: int) -> AssigneePhrase | None:
        """The assignee right before the modal at ``modal`` (:meth:`_subject_before`), or right before
        an aside in brackets that stands between it and the modal (``lãnh đạo quận Cẩm Lệ (nơi …) phải …``)."""
        subject = self._subject_before(pos, modal, e)
        if subject is not None:
            return subject
        aside = _ASIDE_BEFORE.search(self.folded, pos, modal)
        return self._subject_before(pos, aside.start(), e) if aside is not None else None

    def _own_subject(self, head: int, e: int) -> tuple[Organization | str, ...]:
        """The body an item of a list names before its own modal (``đề nghị cơ quan dân cử …; đại biểu
        HĐND TP cần …``): it, not the list's body, is told; () when the item names none."""
        modal = self._modal_at(head, e)
        subject = self._subject_past_aside(head, modal, e) if modal is not None else None
        return subject.assignees if subject is not None else ()

    def _duty_of_body(self, subject: AssigneePhrase, e: int) -> bool:
        """``Sở Giao thông phải lắp đặt …``, ``Các trường phải khảo sát …``: a body or group the grammar
        reads, right before its modal, states a duty outside a conclusion too, once the article has given
        a directive (a report of directives; in other text such a sentence is advice or narrative)."""
        if not self.drafts or self.mention_index.starts_within(subject.start, subject.end):
            return False
        adverbs = adverbs_re().match(self.folded, subject.end, e)
        at = adverbs.end() if adverbs else subject.end
        return self._modal_at(at, e) == at

    def _last_of_previous_paragraph(self, state: ParagraphState) -> Draft | None:
        """The last task, when the paragraph before this one gave it and this clause opens the paragraph
        (``… giao Sở X hướng dẫn ….`` / ``Đồng thời, phối hợp …``): the directive a continuation goes on with."""
        last = self.drafts[-1] if self.drafts else None
        if last is None or state.sentence_items or last.paragraph != state.index - 1 or last.assigner != self.speaker:
            return None
        return last
