"""Directive verbs in a clause: which verb governs, its assignee phrase, where its action starts.

A mixin of :class:`kg.extract.tasks.extractor._Reader` (see the checks in
:mod:`kg.extract.tasks.checks` it builds on).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from kg.extract.tasks.assignees import AssigneePhrase, action_re, group_label, group_words
from kg.extract.tasks.checks import ClauseChecks
from kg.extract.tasks.cues import bare_honorific_re, cue_re, to_assignee_re, verb_re
from kg.extract.tasks.mentions import GrowingSearch, since
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import alternation, head_re, skip_spaces
from kg.lexicon.resources import derived, resources
from kg.model import Organization, Span

# How far back a directive verb looks for a noun-making word ("theo yêu cầu", "sự chỉ đạo").
BEFORE_WINDOW = 24
# How far back a negation denies a directive verb ("chứ không phải X yêu cầu").
_NEGATION_WINDOW = 60
# A body named right before a modal, kept as stated: at most this many words (Ban Thi đua - Khen thưởng phải …).
_TOLD_WORDS = 6


@derived
def _trailing_adverbs_re() -> re.Pattern[str]:
    """Assignee adverbs (connectors ``assignee_adverb``: sẽ, cũng, đều) ending a text, after a word."""
    return re.compile(rf"(?<=\w)(?:[ ]+{alternation(resources().connectors['assignee_adverb'])})+$")


def _before_adverbs(folded: str, start: int, stop: int) -> int:
    """Where the words before ``stop`` end without the adverbs between a body and its modal
    (``cơ quan công an tỉnh sẽ phải …``: the body is no ``… sẽ``)."""
    m = _trailing_adverbs_re().search(folded, start, stop)
    return m.start() if m else stop
_WORD_START = re.compile(r"(?<![\w-])\w")
# A list colon: one before white space, or the clause's last character (see _colon_after).
_COLON_SPACE = re.compile(r":(?=\s)")
GAP = re.compile(r"[ ,]*")
# A body labelling an item of a list: "Phòng Tài chính – Kế hoạch: rà soát …".
_LABEL_COLON = re.compile(r"[ ]*:[ ]*")
# "UBND quận kiến nghị UBND thành phố xem xét, giao cho quận quản lý …": an assignment put to a superior to consider
_PROPOSED_ASSIGN = re.compile(r"\b(?:kiến nghị|đề xuất)\b[^.;:!?]*\bxem xét[ ,]*(?:và[ ]+)?$")


def _hold() -> str:
    """Between a body and its directive verb: "vừa có văn bản", "đã có công văn" (task_cues hold, then written)."""
    return rf"(?:(?:{alternation(resources().task_cues['hold'])})[ ]+)*"


@derived
def _hold_gap_re() -> re.Pattern[str]:
    return re.compile(rf"[ ]*{_hold()}")


@derived
def _sent_to_re() -> re.Pattern[str]:
    """A document sent to a body (``gửi công văn tới UBND thành phố X``): the body it is sent to follows."""
    cues = resources().task_cues
    return re.compile(rf"gửi[ ]+(?:{alternation(cues['sent_document'])})(?:[ ]+số[ ]+\S+)?[ ]+"
                      rf"(?:{alternation(cues['sent_to'])})[ ]+")


@derived
def _issues_re() -> re.Pattern[str]:
    return re.compile(rf"[ ]*{_hold()}(?:{alternation(resources().task_cues['written'])})[ ]*")


def holds_to(folded: str, end: int, verb: int) -> bool:
    """Whether a body ending at ``end`` reaches the directive verb at ``verb``: nothing between, a tense
    (``đã``, ``vừa``) or the document it issues (``vừa có văn bản``, ``đã có chỉ đạo``)."""
    gap = folded[end:verb]
    return gap.strip() == "" or bool(_issues_re().fullmatch(gap) or _hold_gap_re().fullmatch(gap))


@derived
def _visit_chain_re() -> re.Pattern[str]:
    """A directive verb that ends a series of a visit's verbs (task_cues ``visit``: ``đến thăm hỏi, động viên và
    chỉ đạo công tác …``): the text before the verb, ending with the visit verb and its comma or ``và``."""
    return re.compile(rf"(?<!\w)(?:{alternation(resources().task_cues['visit'])})(?:[ ]*,[ ]*|[ ]+và[ ]+)$")


@derived
def joint_re() -> re.Pattern[str]:
    """What joins two directives of one clause, ending the text before the second verb (task_cues ``joint``)."""
    return re.compile(rf"[ ]*,?[ ]*(?:{alternation(resources().task_cues.get('joint', ()))})[ ]+$")


@dataclass(frozen=True)
class Trigger:
    """A directive verb in a clause: where, which kind, its assignees and its action."""

    start: int
    kind: str
    phrase: AssigneePhrase | None
    action_start: int
    colon: int | None  # the colon that opens a list, if any
    known: bool = True  # whether the assignee grammar knows the phrase (else it is kept as stated)


@dataclass
class Draft:
    """A task being read; elaborating clauses may still extend it."""

    evidence: Span
    description: Span
    assignees: tuple[Organization | str, ...]
    assigner: str | None
    paragraph: int
    body: Organization | None = None  # the body that gives it when it opens the directive (kg:assignedBy)


@dataclass
class ParagraphState:
    """What a paragraph's earlier clauses leave for the next: list modes, carried assignees."""

    index: int
    end: int = 0  # where the paragraph ends
    start: int = 0  # where the paragraph starts
    # "loose" after yêu cầu:/giao:, "strict" after nêu rõ:/nhấn mạnh:, "sentences" after "… như sau."
    list_mode: str | None = None
    list_assignees: tuple[Organization | str, ...] = ()
    sentence_start: int = 0
    sentence_items: bool = False  # a directive governs the rest of this sentence's clauses
    sentence_narrative: bool = False  # the sentence opened with a narrative cue (Tuy nhiên, Bên cạnh đó)
    sentence_enumerates: bool = False  # a directive's "… gồm:" lists its members to the sentence's end
    sentence_assignees: tuple[Organization | str, ...] = ()
    previous_task: Draft | None = None
    # the official whose words the paragraph reports (… Chủ tịch UBND tỉnh X nhấn mạnh, …): his later sentences
    speech: str | None = None



class TriggerReading(ClauseChecks):
    """Reads the directive verbs of a clause (the reader's state: conclusion, mentions)."""

    conclusion: bool

    # A clause's every verb asks for what lies between it and the clause's end, or between the
    # sentence's start and it: looked up or searched once per sentence, not per verb (one
    # clause of a megabyte of verbs was quadratic).
    @functools.cached_property
    def _petition(self) -> GrowingSearch:
        return GrowingSearch(self.folded, cue_re("petition"), resources().task_cues.get("petition", ()))

    @functools.cached_property
    def _giver(self) -> GrowingSearch:
        return GrowingSearch(self.folded, cue_re("giver"), resources().task_cues.get("giver", ()))

    @functools.cached_property
    def _colons(self) -> list[int]:
        return [m.start() for m in _COLON_SPACE.finditer(self.folded)]

    def _colon_after(self, pos: int, end: int) -> int | None:
        """The first list colon in ``[pos, end)`` (what ``re.search(r":(?=\\s|$)", …)`` on the
        clause finds): one before white space, or the clause's last character."""
        i = bisect.bisect_left(self._colons, pos)
        if i < len(self._colons) and self._colons[i] < end:
            return self._colons[i]
        last = end - 1
        return last if last >= pos and self.folded[last : last + 1] == ":" else None

    def _trigger(self, s: int, e: int, state: ParagraphState) -> Trigger | None:
        """The clause's directive verb: the last one before a list colon, else the first."""
        found: list[Trigger] = []
        for m in verb_re().finditer(self.folded, s, e):
            trig = self._read_trigger(m, s, e, state)
            if trig is None:
                continue
            if trig.colon is None and not found:
                return trig
            found.append(trig)
        with_colon = [t for t in found if t.colon is not None]
        return with_colon[-1] if with_colon else (found[0] if found else None)

    def _read_trigger(
        self, m: re.Match[str], s: int, e: int, state: ParagraphState
    ) -> Trigger | None:
        folded = self.folded
        kind = resources().task_verbs[m.group()]
        if self._in_body_name(m.start(), m.end()):
            return None  # "cuộc họp Ban chỉ đạo đề án …": the verb ends a body's name
        before = folded[max(s, m.start() - BEFORE_WINDOW) : m.start()]
        has_speaker = self.mention_index.ends_within(state.sentence_start, m.start())
        passive = cue_re("passive", tail=True).search(before)
        if passive is not None:  # "Công an TP được yêu cầu phối hợp …": the body before it is told
            return self._passive(m, kind, s, m.start() - len(before) + passive.start(), e)
        agent = self._passive_with_agent(s, m.start())
        by_giver = self._passive(m, kind, s, agent, e) if agent is not None else None
        if by_giver is not None:  # "Các sở ngành được UBND TP chỉ đạo thông báo …": the body before it is told
            return by_giver
        if (
            cue_re("noun_before", tail=True).search(before)
            and not self._lists_requirements(m.start(), m.end(), e)  # "… triển khai với yêu cầu bảo đảm …; …"
            and not (has_speaker and cue_re("written", tail=True).search(before))  # "có văn bản yêu cầu"
            and not self._body_gives(state.sentence_start, m.start())  # "UBND tỉnh yêu cầu"
            and not self._title_gives(state.sentence_start, m.start())  # "Chủ tịch UBND tỉnh đề nghị"
            and not self._level_gives(s, m.start())  # "Huyện đã chỉ đạo …"
        ) or cue_re("not_giver", tail=True).search(before):
            return None
        if cue_re("negation").search(folded, max(state.sentence_start, m.start() - _NEGATION_WINDOW), m.start()):
            return None  # "… chứ không phải Hiệp hội yêu cầu …": a directive denied
        if self._conceded(s, m.start()):
            return None  # "Dù UBND TP đã yêu cầu tạm dừng … song nhà máy vẫn …": a directive conceded, narrative
        if self._petition.found(state.sentence_start, m.start()):
            return None  # "ông Hế đã viết đơn gửi UBND xã đề nghị …": a citizen petitions
        if _visit_chain_re().search(folded, max(s, m.start() - BEFORE_WINDOW), m.start()):
            return None  # "đã đến thăm hỏi, động viên và chỉ đạo công tác …": a visit narrated, no directive
        if kind == "assign" and _PROPOSED_ASSIGN.search(folded, state.sentence_start, m.start()):
            return None  # "… kiến nghị UBND thành phố xem xét, giao cho quận quản lý …": proposed, not given
        if self._citizens_open(state.sentence_start, m.start(), sentence=not has_speaker):
            return None  # "Nhiều người dân … truy bắt hai đối tượng giao cho công an xã": no authority
        if self._unposted_gives(state.sentence_start, m.start()):
            return None  # "Ông Trần Văn A (trú thôn 3) đề nghị …": a person with no post asks, directs no one
        if self._business_gives(state.sentence_start, m.start()):
            return None  # "Hiệp hội Chăn nuôi tỉnh đề nghị Sở NN-PTNT …": a company or an association proposes
        if kind == "wish":  # "đồng chí mong muốn …" directs; "Hội đồng trị sự mong muốn …" wishes
            if not (has_speaker or bare_honorific_re().search(before)):
                return None
            kind = "request"
        if self._not_directive(m.start(), e):
            return None
        after = re.compile(r"[ ,]*").match(folded, m.end(), e)
        pos = after.end() if after else m.end()
        if "," in folded[m.end() : pos]:  # "yêu cầu, đôn đốc công ty lập hồ sơ …": the body after the second verb
            pos = self._past_co_directive(pos, e)
        colon = self._colon_after(m.end(), e)
        if colon is not None and self._names_after_colon(m.end(), colon):
            colon = None  # "yêu cầu hoàn chỉnh đồ án … lấy ý kiến các Bộ: Quốc phòng, …" is one task
        if colon is not None and folded[m.end() : colon].strip() == "":
            pos = colon + 1  # "yêu cầu:" — the assignee, if any, comes after the colon in the items
            return Trigger(m.start(), kind, None, pos, colon)
        target = to_assignee_re().match(folded, pos, e)
        whom = target.end() if target else pos
        if cue_re("mutual").match(folded, whom, e) or cue_re("upward").match(folded, whom, e):
            return None  # "đề nghị hai bên phấn đấu …", "đề nghị Quốc hội phê chuẩn …": a proposal, no directive
        if self._to_public(whom, e):
            return None  # "đề nghị người dân bình tĩnh …": an appeal to citizens, no directive
        if self._lead_noun(whom, e):
            return None  # "nhấn mạnh những nỗ lực của …": a plural word makes the action word a noun
        stop = colon if colon is not None else e
        phrase = self.parser.parse(whom, stop) or self.parser.parse_post(whom, stop)
        if phrase is not None and self._action_not_body(phrase, whom, stop):
            phrase = None  # "yêu cầu thanh tra toàn diện …": the head is the action, no body is told
        if phrase is None and colon is not None:  # "yêu cầu trong nhiệm kỳ tới, Hội Luật gia huyện cần … như:"
            phrase = self._modal_subject(pos, colon)
        known = phrase is not None  # a body the grammar knows; one it does not needs a giver
        phrase = phrase or self._unknown_assignee(target.end() if target else pos, stop) or self._level_told(whom, stop)
        if kind == "assign" and phrase is None:
            phrase = self._sent_to(state.sentence_start, m.start(), pos)  # "gửi công văn tới UBND X, giao chủ trì …"
            if phrase is None:
                return None
        if phrase is None and cue_re("mutual").search(folded, state.sentence_start, m.start()):
            return None  # "Nhằm tăng cường quan hệ giữa hai nước, Chủ tịch nước đề nghị thúc đẩy …": to partners
        if self._foreign_at(whom, stop) or (phrase is not None and self._foreign_at(phrase.end, stop)):
            return None  # "đề nghị Chính phủ Australia cân nhắc …": a request to another country
        if phrase is None and self._passive_agent(state.sentence_start, m.start()):
            return None  # "vụ việc đã được Ban Thường vụ chỉ đạo xử lý": a matter handled as directed
        action_start, told = pos, None
        if phrase is not None:
            rest = GAP.match(folded, phrase.end, e)
            action_start = rest.end() if rest else phrase.end
        opens_action = bool(action_re().match(folded, action_start, e)) or (
            phrase is None and cue_re("verb_head").match(folded, action_start, e) is not None
        ) or (
            phrase is None and kind == "request" and cue_re("chained").match(folded, action_start, e) is not None
        )  # "chỉ đạo kêu gọi tàu thuyền …"
        if colon is None and not opens_action and kind != "topic" and (kind == "announce" or phrase is None):
            # "nhấn mạnh, để …, Sở Nội vụ cần …", "đề nghị trong năm 2017 quận phải …": a modal later on
            modal = self._modal_at(action_start, e)
            if modal is None and kind == "request" and phrase is None:
                modal = self._action_soon(action_start, e)  # "đề nghị Cựu chiến binh huyện phát huy …"
            if modal is None and kind == "request" and phrase is None:
                # "đề nghị, để …, ngay sau Đại hội, Ban Chấp hành tỉnh tiếp thu …": the body after adverbials
                phrase = self._subject_after_openers(action_start, e)
                modal = phrase.end if phrase is not None else None
            if modal is None and kind == "request" and phrase is None:
                later = self._modal_subject(action_start, e)  # "yêu cầu nhiệm kỳ tới, phường X tập trung …"
                adverbial = self.folded[action_start : later.start] if later is not None else ""
                modal = (
                    later.end  # an adverbial, its comma, then the subject: no action before it
                    if later is not None and adverbial.rstrip().endswith(",") and not self._has_action(adverbial)
                    else None
                )
            if kind == "assign" or modal is None or any(
                self._read_trigger(v, s, e, state) is not None
                for v in verb_re().finditer(folded, action_start, modal)
            ):
                return None  # no modal, or another directive verb comes first (it governs)
            phrase = phrase or self._modal_subject(action_start, e)
            known = phrase is not None
            if phrase is None:  # told, but no authority of its own (… người dân đề nghị thành phố cần …)
                told = self._told_before_modal(action_start, modal, e)
        opened = self._skip_connectors(s, e)
        clause_initial = (
            folded[s : m.start()].strip(" ,") == ""
            or m.start() in (opened, self._after_opener(opened, e))  # "Về công tác X, yêu cầu …"
        )
        bare = (
            bare_honorific_re().search(before)
            or self._giver.found(state.sentence_start, m.start())
            or self._level_gives(s, m.start())
        )
        if not (
            known or has_speaker or bare or clause_initial or self.conclusion
        ):  # a list colon alone gives no authority: "nghiên cứu … đã kết luận … như:", "thí sinh cần lưu ý …:"
            return None
        if not (has_speaker or bare or clause_initial or self.conclusion) and self._acts_first(opened, m.start()):
            return None  # "…; khảo sát lựa chọn điểm … đề nghị Hiệp hội X công nhận …": a narrated step asks
        if told is not None:
            return Trigger(m.start(), kind, told, action_start, colon, True)
        return Trigger(m.start(), kind, phrase, action_start, colon, known)

    def _past_co_directive(self, pos: int, e: int) -> int:
        """Past a second verb of the same directive after the first one's comma (task_cues ``co_directive``:
        ``yêu cầu, đôn đốc các xã hoàn thành …``) when a body the grammar reads and its action follow it."""
        co = cue_re("co_directive").match(self.folded, pos, e)
        if co is None:
            return pos
        whom = skip_spaces(self.folded, co.end(), e)
        phrase = self.parser.parse(whom, e)
        if phrase is not None and self.parser.followed_by_action(phrase.end, e):
            return whom
        return whom if self._unknown_assignee(whom, e) is not None else pos  # "đôn đốc công ty lập …": as stated

    def _sent_to(self, start: int, verb: int, pos: int) -> AssigneePhrase | None:
        """``UBND tỉnh gửi công văn tới UBND thành phố X, giao chủ trì …``: the body a document is sent to,
        right before the directive verb that names no one, is told (an empty phrase at ``pos``)."""
        sent = _sent_to_re().search(self.folded, start, verb)
        phrase = self.parser.parse(sent.end(), verb) if sent is not None else None
        if phrase is None or self.folded[phrase.end : verb].strip(" ,") != "":
            return None
        return AssigneePhrase(phrase.assignees, pos, pos)

    def _subject_after_openers(self, pos: int, e: int) -> AssigneePhrase | None:
        """A body the grammar knows, followed by its action, right after the leading adverbials at ``pos``
        (``để …, ngay sau Đại hội, Ban Chấp hành …``: :meth:`_after_opener`); None if none opens there."""
        opened = self._after_opener(pos, e)
        if opened == pos:
            return None
        phrase = self.parser.parse(opened, e)
        if phrase is None or self.mention_index.starts_within(phrase.start, phrase.end):
            return None
        return phrase if self.parser.followed_by_action(phrase.end, e) else None

    def _told_before_modal(self, pos: int, modal: int, e: int) -> AssigneePhrase | None:
        """The body a request tells, named right before the modal of its action after a comma or a
        time adverbial (``yêu cầu, ngành điện phải …``, ``yêu cầu đến cuối tháng này Ban Thi đua phải
        …``, ``yêu cầu chính quyền các địa phương ở Tây Nguyên phải …``): the subject of the modal
        (:meth:`_subject_before`), else a few words that open with a capital or a group word, kept as
        stated. The description still starts after the verb (it holds the body, as the press writes it)."""
        if not cue_re("modal").match(self.folded, modal, e):
            return None
        subject = self._subject_before(pos, modal, e)
        cut = max(pos, self.folded.rfind(",", pos, modal) + 1)
        stop = _before_adverbs(self.folded, cut, len(self.text[:modal].rstrip()))
        for w in _WORD_START.finditer(self.text, cut, subject.start if subject is not None else stop):
            stated = self.text[w.start() : stop]
            if len(stated.split()) > _TOLD_WORDS or any(c in stated for c in ",;:()\"“”"):
                continue
            folded = self.folded[w.start() : stop]
            # a name ("Vinaconex") or a body its head opens ("Hợp tác xã Bình Minh")
            named = all(x[:1].isupper() for x in stated.split()) or head_re().match(folded)
            if not (named or any(group_words(k).match(folded) for k in ("lead", "prefix", "noun"))):
                continue  # "Samson thì có cần …", "Viettel Thiết bị đang dùng phải …": no body
            if self._has_action(folded) or cue_re("opener").match(folded):
                continue  # "Ngay trong tháng 5": an adverbial, no body; a verb inside: a clause
            label = stated if stated[:1].isupper() else group_label(stated)  # a name as written, a group as stated
            return AssigneePhrase((label,), w.start(), stop)  # it opens before the subject read
        return subject

    def _passive(self, m: re.Match[str], kind: str, s: int, at: int, e: int) -> Trigger | None:
        """``UBND huyện X được yêu cầu giám sát …``: a directive in the passive, its assignee the body
        that opens the clause right before the passive word at ``at``, its action right after the verb."""
        opened = self._skip_connectors(s, at)
        for pos in dict.fromkeys((opened, self._after_opener(opened, at))):
            phrase = self.parser.parse(pos, at) or self._named_body(pos, at)
            if phrase is None or not self._gives(phrase.end, at) or self._not_directive(m.start(), e):
                continue
            after = GAP.match(self.folded, m.end(), e)
            action = after.end() if after else m.end()
            action = self._past_duty(action, e)
            if not action_re().match(self.folded, action, e):
                return None  # "Huyện được giao 300 chỉ tiêu": what is given, no directive
            return Trigger(m.start(), kind, phrase, action, None)
        return None

    def _past_duty(self, pos: int, e: int) -> int:
        """Past the noun naming what is given (task_cues ``duty``: ``được giao nhiệm vụ đề xuất …``)
        when an action follows it; else ``pos`` (``được giao nhiệm vụ năm 2024`` gives no action)."""
        duty = cue_re("duty").match(self.folded, pos, e)
        if duty is None:
            return pos
        after = GAP.match(self.folded, duty.end(), e)
        at = after.end() if after else duty.end()
        return at if action_re().match(self.folded, at, e) else pos

    def _named_body(self, pos: int, at: int) -> AssigneePhrase | None:
        """A body named by a word the assignee grammar reads only lower-case after a verb (task_cues
        ``body``: ``Chủ đầu tư được yêu cầu …``), all the words before ``at``: kept as stated."""
        stated = self.text[pos:at].strip()
        if not stated or not cue_re("body").fullmatch(fold(stated)):
            return None
        return AssigneePhrase((group_label(stated),), pos, pos + len(stated))

    def _lead_noun(self, pos: int, e: int) -> bool:
        """Whether a group's lead word alone (``những``, ``các``) is followed by an action word at
        ``pos``: the word is a noun it counts (``những nỗ lực``), no group told to act; a group noun after it
        (``các tổ chức``) names bodies."""
        lead = group_words("lead").match(self.folded, pos, e)
        if lead is None:
            return False
        after = GAP.match(self.folded, lead.end(), e)
        if after is None or after.end() == lead.end() or group_words("noun").match(self.folded, after.end(), e):
            return False  # "các tổ chức tín dụng": a group of bodies
        return action_re().match(self.folded, after.end(), e) is not None

    def _title_gives(self, start: int, verb: int) -> bool:
        """Whether an official's name or title ends right before the verb at ``verb`` (``Chủ tịch UBND
        tỉnh đề nghị``, ``Ông A - phó chủ tịch UBND tỉnh, chỉ đạo``: his title set off by a comma): the word
        before the verb ends his title, it is no noun the verb qualifies."""
        end = len(self.folded[start:verb].rstrip()) + start
        if end > start and self.mention_index.ends_within(end, end):
            return True
        if end > start and self.title_index.ends_within(end, end) and self.mention_index.ends_within(start, end):
            return True  # "Ông A, Chủ tịch UBND tỉnh yêu cầu": his title, stated after his name, ends in a unit word
        if self.folded[start:end].endswith(","):  # his title after his name, set off by a comma
            end = len(self.folded[start : end - 1].rstrip()) + start
            return end > start and self.title_index.ends_within(end, end) and self.mention_index.ends_within(start, end)
        return False

    def _action_not_body(self, phrase: AssigneePhrase, whom: int, stop: int) -> bool:
        """Whether a lower-case body head that is also a verb (task_cues ``verb_head``: ``thanh tra``) is read
        as a body with no action after it (``yêu cầu thanh tra toàn diện lĩnh vực …``): then it is the action."""
        if not self.text[whom : whom + 1].islower() or not cue_re("verb_head").match(self.folded, whom, stop):
            return False
        return not self.parser.followed_by_action(phrase.end, stop)

    def _level_told(self, pos: int, stop: int) -> AssigneePhrase | None:
        """A unit named by its level alone right after a directive verb and before its action (task_cues
        ``addressee``: ``nhắc nhở tỉnh tiếp tục …``): its government, kept as the text names it."""
        level = cue_re("addressee").match(self.folded, pos, stop)
        if level is None or not self.parser.followed_by_action(level.end(), stop):
            return None
        return AssigneePhrase((self.text[pos : level.end()],), pos, level.end())

    def _level_gives(self, s: int, verb: int) -> bool:
        """Whether the clause opens (past its connectors and adverbials) with a unit named by its level
        alone (task_cues ``addressee``: ``Huyện đã chỉ đạo …``) or by its registered name alone (``Hà Nội
        đã yêu cầu …``) right before the verb at ``verb``: the unit's government gives the directive."""
        opened = self._skip_connectors(s, verb)
        for pos in dict.fromkeys((opened, self._after_opener(opened, verb))):
            level = cue_re("addressee").match(self.folded, pos, verb)
            end = level.end() if level is not None else self._bare_unit(pos, verb)  # "Hà Nội đã yêu cầu …"
            if end is None:
                continue
            gap = self.folded[end:verb]
            if _hold_gap_re().fullmatch(gap) or _issues_re().fullmatch(gap):
                return True
        return False

    def _body_gives(self, start: int, verb: int) -> bool:
        """Whether a body the grammar knows opens the sentence and reaches the verb at ``verb``
        (``UBND tỉnh yêu cầu …``, ``UBND tỉnh X vừa có văn bản đề nghị …``, ``UBND tỉnh đã có chỉ đạo …``):
        a word of its name or a document it issues is no noun before the verb (``chỉ tiêu tỉnh giao``)."""
        pos = self._skip_connectors(start, verb)
        phrase = self.parser.parse(pos, verb)
        if phrase is None or not any(isinstance(a, Organization) for a in phrase.assignees):
            return False
        # "UBND tỉnh đã có chỉ đạo tạm dừng …": the body has given the directive it names
        return holds_to(self.folded, phrase.end, verb)

    def _marker(self, s: int, e: int, state: ParagraphState) -> re.Match[str] | None:
        """A conclusion marker said by an official (``Kết luận hội nghị, đồng chí …``)."""
        for m in cue_re("marker").finditer(self.folded, s, e):
            if m.start() > s and self.folded[m.start() - 1].isalnum():
                continue
            before = self.folded[max(s, m.start() - BEFORE_WINDOW) : m.start()]
            if cue_re("noun_before", tail=True).search(before) or self._not_directive(
                m.start(), e
            ):
                continue
            official = self.mention_index.starts_within(state.sentence_start, e)
            if official or self.folded.find("đồng chí", since(state.sentence_start, e), e) >= 0:
                return m
        return None

    def _labelled(self, body: int, e: int) -> tuple[AssigneePhrase, int] | None:
        """``Phòng Tài chính – Kế hoạch: rà soát …`` (an item of a list of bodies): the body that labels
        the clause before its colon, and where its action starts."""
        if self.folded.find(":", body, e) < 0:
            return None
        phrase = self.parser.parse(body, e)
        if phrase is None:
            return None
        colon = _LABEL_COLON.match(self.folded, phrase.end, e)
        if colon is None or not action_re().match(self.folded, colon.end(), e):
            return None
        return phrase, colon.end()

    def _looks_directive(self, body: int, head: int, s: int, e: int) -> bool:
        folded = self.folded
        if action_re().match(folded, body) or action_re().match(folded, head):
            return True
        if self._labelled(body, e) is not None:
            return True
        if self._subject(body, head, e) is not None or self._has_modal(head, e):
            return True
        return any(
            self._read_trigger(m, s, e, ParagraphState(-1, sentence_start=s)) is not None
            for m in verb_re().finditer(folded, s, e)
        )

    def _lists_requirements(self, verb: int, verb_end: int, e: int) -> bool:
        """Whether the verb is the noun of a requirement phrase (task_cues ``requirement``: ``với yêu cầu``)
        followed right away by an action: the requirements set on the work, each one a task."""
        if not cue_re("requirement", tail=True).search(self.folded, max(0, verb - BEFORE_WINDOW), verb_end):
            return False
        return action_re().match(self.folded, skip_spaces(self.folded, verb_end, e), e) is not None

    def _second_directive(self, trigger: Trigger, e: int, state: ParagraphState) -> tuple[int, Trigger] | None:
        """``yêu cầu … và yêu cầu X …``: where the first directive ends and the second's trigger."""
        for m in verb_re().finditer(self.folded, trigger.action_start, e):
            joint = joint_re().search(self.folded, trigger.action_start, m.start())
            if joint is None or joint.end() != m.start():
                continue
            kind = resources().task_verbs[m.group()]
            if kind == "announce" or self._not_directive(m.start(), e):
                continue
            trig = self._read_trigger(m, trigger.start, e, state)
            if trig is None:  # "và yêu cầu <a body the grammar does not know> …"
                after = GAP.match(self.folded, m.end(), e)
                trig = Trigger(m.start(), kind, None, after.end() if after else m.end(), None)
            if trig.colon is None:
                return joint.start(), trig
        return None
