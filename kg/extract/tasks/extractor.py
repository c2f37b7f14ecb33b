"""Tasks: directives given in an article (who gave them, to whom, what, by when).

The grammar, clause by clause (see :mod:`kg.extract.tasks.clauses`):

* ``giao <assignee> <action>``, ``yêu cầu [<assignee>] <action>``,
  ``đề nghị …``, ``chỉ đạo …``, ``lưu ý …`` (``kg/data/task_verbs.tsv``);
* ``<directive verb> …:`` opens a list: every clause after the colon, to the end
  of the paragraph, is one task; an assignee stated once carries to the items
  that state none;
* ``<assignee> <action>`` (``Trung tâm Y tế đảm bảo …``, ``Sở X chủ trì, phối hợp …``)
  and imperative clauses (``Tập trung …``, ``Tiếp tục …``) are tasks inside a
  conclusion section: from the official's ``kết luận`` or first directive, for as
  long as each paragraph opens with a directive;
* a body before the verb gives the directive (``UBND tỉnh yêu cầu các sở …``) and opens a
  section as an official does; a meeting (``Cuộc họp thống nhất: yêu cầu …``) or a written
  document (``có văn bản yêu cầu``) gives directives too; a body the assignee grammar does
  not know is kept as stated (``giao cho Cty X tiến hành …``);
* a quotation closed by an official's directing verb (``“…”, đồng chí X yêu cầu``) is read
  as a conclusion (:mod:`kg.extract.tasks.quotes`); a sentence ending ``… như sau.`` opens a
  list of the sentences after it (``Thứ nhất, …``);
* clauses that only report results (``đã hoàn thành …``, ``thu ngân sách đạt …``), petitions
  (``viết đơn … đề nghị``), denied directives and the items of a narrating sentence are never
  tasks.

The assigner is the official named (or referred to by title) before the
directive verb in its sentence, else the speaker of the section.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from kg.annotate.places import type_word_at
from kg.extract.contract import context_of, folded_of
from kg.extract.registry import register
from kg.extract.tasks.assignees import AssigneeParser, action_re
from kg.extract.tasks.clauses import Clause, clauses, paragraphs, trim
from kg.extract.tasks.cues import bare_honorific_re, cue_re, giver_gap_re, verb_re
from kg.extract.tasks.elsewhere import StatedElsewhere
from kg.extract.tasks.facets import deadline_of, topic_of
from kg.extract.tasks.givers import Giver, GivingBodies
from kg.extract.tasks.mentions import MentionIndex, since
from kg.extract.tasks.quotes import attributed_quotes, said_after, says_mid
from kg.extract.tasks.triggers import (
    BEFORE_WINDOW,
    GAP,
    Draft,
    ParagraphState,
    Trigger,
    joint_re,
)
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import alternation, skip_spaces
from kg.lexicon.resources import derived, resources
from kg.model import Annotations, Document, Evidence, Fact, MeetingInfo, Organization, Pred, Span, TaskInfo

# A task says what to do on something: a bare verb ("tháo dỡ", "giải quyết") is a cut-off clause.
_MIN_SYLLABLES = 3
# "<body> chủ trì, phối hợp …": a body that leads a directive states one even outside a conclusion.
_LEADS_AND_COOPERATES = re.compile(r"[ ]*chủ trì(?:[ ,]+(?:và[ ]+)?phối hợp)")
# A sentence that announces the directives of the sentences after it ("… các việc như sau.").
_LIST_FOLLOWS = re.compile(r"(?<!\w)(?:như sau|sau đây)[ ]*$")
# A line that is an item of a list: a bullet, a number ("1.", "2)", "a)", "(3)").
_ITEM_LINE = re.compile(r"[ \t]*(?:[-–+•*][ \t]|\d{1,2}[.)/][ \t]|[a-zđ]\)[ \t]|\(\d{1,2}\)[ \t]?)")
# After an elaborating cue, before its own imperative: "Trong đó tập trung …", "Trong đó: Thông báo, …".
_ELABORATE_GAP = re.compile(r"[ ,:]*")
# A section heading inside an article: a line of at most this many words ending with no punctuation.
_HEADING_WORDS = 12
# How far before a lead-in's colon an agenda word announces the items (``… 6 nhiệm vụ sau:``).
_LEAD_IN_TAIL = 40


@derived
def _source_opener_re() -> re.Pattern[str]:
    """A source a sentence opens with before the body that directs (task_cues source_opener: ``Theo kế hoạch …,
    UBND tỉnh chỉ đạo …``)."""
    return re.compile(rf"(?:{alternation(resources().task_cues['source_opener'])})[ ]+")


@derived
def _enumerates_re() -> re.Pattern[str]:
    """ "… gồm:": a directive naming the members of what it names before a colon (task_cues enumerates)."""
    return re.compile(rf"(?<!\w)(?:{alternation(resources().task_cues['enumerates'])})[ ]*:")


@dataclass
class _Announced:
    """A directive lead-in that ends its paragraph with a colon: the lines after it are its items."""

    assignees: tuple[Organization | str, ...]
    speaker: str | None
    lead: Draft | None  # the lead-in's own draft, dropped once an item follows when it only announces
    agenda: bool = False  # the lead-in names what it lists (… 6 nhiệm vụ sau:): a marked line is an item as written


@dataclass
class _Reader(StatedElsewhere, GivingBodies):
    doc: Document
    ann: Annotations
    drafts: list[Draft] = field(default_factory=list)
    conclusion: bool = False
    speaker: str | None = None
    announced: _Announced | None = None
    # the assignees last stated in the conclusion: its imperative clauses that state none are theirs
    section: tuple[Organization | str, ...] = ()
    # whether the article reports a meeting: its participants named with no post may still direct
    reports_meeting: bool = False
    # a body gave the section's directives (``UBND tỉnh chỉ đạo …``): its items need no official to be told
    body_gave: bool = False
    body_items: set[int] = field(default_factory=set)  # id() of the drafts read in such a section
    giver: Giver | None = None  # the body that gave the last directive no official gave (kg:assignedBy)

    def __post_init__(self) -> None:
        self.text = self.doc.text
        self.folded = folded_of(self.ann)
        self.parser = AssigneeParser(self.text, self.folded, context_of(self.ann))
        mentions = [(p.span.start, p.span.end, p.name) for p in self.ann.people]
        mentions += [
            (m.title.span.start, m.title.span.end, m.person)
            for m in self.ann.title_mentions
            if m.person
        ]
        self.mentions = sorted(mentions)
        self.mention_index = MentionIndex(self.mentions)
        # the titles stated next to a name (``Ông A - phó chủ tịch UBND tỉnh, …``), where they end
        self.title_index = MentionIndex(
            sorted((t.span.start, t.span.end, p.name) for p in self.ann.people for t in p.titles)
        )
        # the people holding a post: "Theo <one of them>, …" gives his words (see _attribution)
        self.officials = frozenset(
            {p.name for p in self.ann.people if any(t.org is not None for t in p.titles)}
            | {m.person for m in self.ann.title_mentions if m.person}
        ) - self._proposers  # a deputy's opinion that a body must act is a proposal

    # -- the walk ------------------------------------------------------------------
    def read(self) -> list[Draft]:
        for index, para in paragraphs(self.doc):
            state = ParagraphState(index, sentence_start=para.start, end=para.end, start=para.start)
            quotes = attributed_quotes(self.text, self.folded, para, self.mentions)
            found = clauses(self.text, para, index)
            self._items_of_announced(para, found, state)
            for i, clause in enumerate(found):
                if clause.new_sentence:
                    state.sentence_start = clause.span.start
                    state.sentence_items, state.sentence_assignees = False, ()
                    state.sentence_enumerates = False
                quote = next((q for q in quotes if q.start <= clause.span.start < q.close), None)
                if quote is None:
                    if not self._read_said_after(clause, state):
                        self._clause(clause, state, first=i == 0, last=i == len(found) - 1)
                    continue
                span = trim(self.text, clause.span.start, min(clause.span.end, quote.close))
                if span is None:
                    continue
                was, self.conclusion = self.conclusion, True  # the official's quoted directive
                self.speaker = quote.speaker or self.speaker
                self._clause(replace(clause, span=span), state, first=False)
                self.conclusion = was
        return self.drafts

    def _read_said_after(self, clause: Clause, state: ParagraphState) -> bool:
        """``Các trường phải rà soát …, ông X nói.``: a clause that names a body before its modal and
        ends with an official holding a post and his verb of saying is his directive, read as his quoted
        words are (the attribution no part of the task); whether it was read so."""
        s, e = clause.span.start, clause.span.end
        tail = said_after(self.folded, s, e)
        if tail is None:
            return False
        comma, who = tail
        name = self.mention_index.last_within(who.start, who.end)
        if name is None or name not in self.officials:
            return False
        body = self._skip_connectors(s, comma)
        if self._told_opening(body, comma) is None:
            return False  # "Năm qua, huyện đã hoàn thành …, ông X cho biết": a report, no body told
        span = trim(self.text, s, comma)
        if span is None:
            return False
        was, self.conclusion, self.speaker = self.conclusion, True, name
        self._clause(replace(clause, span=span), state, first=False)
        self.conclusion = was
        return True

    def _told_opening(self, body: int, e: int) -> int | None:
        """Where a body told before its modal opens the clause, at ``body`` or past its adverbials."""
        for pos in dict.fromkeys((body, self._after_opener(body, e))):
            if self._told(pos, e) is not None:
                return pos
        return None

    def _directs_ahead(self, s: int, body: int, e: int) -> bool:
        """Whether the sentence after a cue of what is to be done next (``Thời gian tới, …``) directs: an
        imperative, a body before its modal or a body before its action; not a plan (task_cues ``plan``:
        ``Thời gian tới, Sở sẽ tiếp tục …``) nor a strategy described (``chiến lược của Viện tập trung …``)."""
        if cue_re("plan").search(self.folded, s, e):
            return False
        return bool(action_re().match(self.folded, body, e)) or (
            self._told(body, e) is not None or self._subject(body, body, e) is not None
        )

    def _items_of_announced(self, para: Span, found: list[Clause], state: ParagraphState) -> None:
        """A line after a lead-in that ends with a colon (``… cần tập trung 6 nhiệm vụ sau:``) is one
        of its items while it directs: a list read with the lead-in's assignees and speaker. An
        announcing lead-in is no task once an item follows; a line that directs nothing ends the list."""
        announced, self.announced = self.announced, None
        if announced is None or not found:
            return
        s, e = found[0].span.start, found[0].span.end
        body = self._skip_connectors(s, e)
        head = self._after_opener(body, e)
        marked = _ITEM_LINE.match(self.text, para.start) is not None or cue_re("ordinal").match(self.folded, s, e)
        if not (marked or self.conclusion) or self._byline(s, e):
            return
        # "Một là, công tác thu ngân sách …": after "… các nhiệm vụ sau:" a numbered line is one as written
        listed = marked and announced.agenda and not self._is_result(head, e)
        if not (listed or self._looks_directive(body, head, s, e)):
            return
        state.list_mode, state.list_assignees = "loose", announced.assignees
        self.speaker = announced.speaker or self.speaker
        self.conclusion = True
        lead, announced.lead = announced.lead, None
        if lead is not None and lead in self.drafts:
            self.drafts.remove(lead)
        self.announced = announced  # the next line may be an item too

    def _announces(self, s: int, e: int, emitted: Draft | None, state: ParagraphState) -> None:
        """The paragraph's last clause ends with a colon: a directive lead-in opens a list of lines."""
        if self.text[e : state.end].strip() != ":":
            return
        trigger = self._trigger(s, e, state)
        agenda = cue_re("agenda").search(self.folded, max(s, e - _LEAD_IN_TAIL), e)
        if emitted is None and trigger is None:
            if agenda is not None and self.conclusion and verb_re().search(self.folded, s, agenda.start()):
                # "Kết luận …, đồng chí X giao nhiệm vụ cụ thể như sau:": the lines name their bodies
                self.announced = _Announced((), self.speaker, None, agenda=True)
            return
        modal = self._modal_at(s, e)
        subject = self._subject_before(s, modal, e) if modal is not None else None
        if trigger is not None and trigger.phrase is not None and trigger.kind != "announce":
            assignees = trigger.phrase.assignees  # "yêu cầu các sở:", "đề nghị các xã cần …:"
        elif subject is not None:  # "… cho rằng các ngành cần tập trung …:"
            assignees = subject.assignees
        elif emitted is not None and emitted.assignees:
            assignees = emitted.assignees
        else:
            assignees = trigger.phrase.assignees if trigger is not None and trigger.phrase is not None else ()
        # "… tập trung 6 nhiệm vụ sau:", "yêu cầu các sở:": the lead-in only announces its items
        bare = emitted is not None and fold(self.text[emitted.description.start : emitted.description.end]) in {
            fold(a.label if isinstance(a, Organization) else a) for a in assignees
        }
        lead = emitted if emitted is not None and (agenda or bare) else None
        self.announced = _Announced(assignees, self.speaker, lead, agenda=agenda is not None)

    def _clause(self, clause: Clause, state: ParagraphState, *, first: bool, last: bool = False) -> None:
        s, e = clause.span.start, clause.span.end
        if self._byline(s, e) or self._in_unposted_quote(s):  # a resident's or an expert's quoted words
            state.previous_task = None
            return
        if self.announced is None and not state.list_mode and _heading(self.text, state.start, state.end):
            return  # "Thiết kế nhà ga tuyến Metro Nhổn - Ga Hà Nội": a section heading, no imperative
        body = self._skip_connectors(s, e)
        head = self._after_opener(body, e)
        marker = self._marker(s, e, state)
        if marker is not None and not self.mention_index.starts_within(state.sentence_start, marker.start()):
            # "Kết luận phiên họp, Chủ tịch UBND tỉnh Lê Văn A …": the official named after the marker
            self.speaker = self.mention_index.first_within(marker.end(), e) or self.speaker
        document = cue_re("document").search(self.folded, s, e)
        if (
            first
            and self.conclusion
            and marker is None
            and not self._looks_directive(body, head, s, e)
        ):
            self.conclusion, self.section = False, ()  # a paragraph that directs nothing ends it
        if marker is None and self.conclusion and self._petitions(s, e):
            self.conclusion, self.section = False, ()  # "Trong đơn tố cáo, ông A đề nghị …": his items follow
        opens = bool(cue_re("narrative").match(self.folded, s, e) or cue_re("caption").match(self.folded, s, e))
        if s == state.sentence_start:
            state.sentence_narrative = opens
        # "Bên cạnh đó, thành phố còn những tồn tại …; vi phạm …; quản lý …": the sentence narrates on
        narrative = opens or (state.sentence_narrative and not state.sentence_items)
        count = len(self.drafts)
        prev = state.previous_task
        if state.sentence_enumerates and prev is not None and self._trigger(s, e, state) is None:
            # "… 4 nhóm vấn đề gồm: tiền lương …; nhà ở xã hội; …": members of the directive's noun
            prev.evidence = Span(prev.evidence.start, e)
            prev.description = Span(prev.description.start, e)
            return
        ahead = s == state.sentence_start and not (self.conclusion or narrative)
        if ahead and cue_re("ahead").match(self.folded, s, e) and self._directs_ahead(s, body, e):
            # "Phát biểu …, đồng chí X đánh giá …. Thời gian tới, các phường cần …": the official's tasks ahead
            # ("Thời gian tới, Sở sẽ tiếp tục …" states a plan: task_cues plan)
            named = self.mention_index.last_within(state.start, s)
            if named is not None and named in self.officials:
                self.conclusion, self.speaker = True, named
        if ahead and state.speech is not None and (told_at := self._told_opening(body, e)) is not None:
            # "… Chủ tịch UBND tỉnh X nhấn mạnh, …. Phường Sa Pa cần …": the body he tells in his next sentence
            self.speaker = state.speech
            was, self.conclusion = self.conclusion, True
            state.previous_task = self._read_clause(s, e, body, told_at, state)
            self.conclusion = was
            return
        if s == state.sentence_start:
            someone = self.mention_index.starts_within(s, e)  # a sentence naming someone else ends his words
            state.speech = self._speech_of(s, e) or (None if someone else state.speech)
        attributed = None if self.conclusion or narrative else self._attribution(body, e)
        if attributed is not None:
            # "Theo Chủ tịch UBND tỉnh, UBND huyện X phải …": the official's words, read as he directs
            was, self.conclusion, self.speaker = self.conclusion, True, attributed[0]
            after = self._skip_connectors(attributed[1], e)
            emitted = self._read_clause(attributed[1], e, after, self._after_opener(after, e), state)
            self.conclusion = was
        else:
            emitted = self._read_clause(s, e, body, head, state, narrative=narrative)
            if emitted is None and not narrative and state.speech is not None and _directs_comma_re().search(
                self.folded, s, e
            ):
                # "Bộ trưởng X chỉ đạo, đối với …, …": he directs, though his words are not read as a task here
                self.conclusion, self.speaker = True, state.speech
        if emitted is not None and (_enumerates_re().search(self.folded, s, e) or self._examples_follow(s, e)):
            state.sentence_enumerates = True
        self._led_by(s, e, emitted, state)
        state.previous_task = emitted
        if last and (emitted is not None or self.conclusion or marker is not None):
            self._announces(s, e, emitted if len(self.drafts) > count else None, state)
        if (emitted is not None or self.conclusion) and _LIST_FOLLOWS.search(self.folded, s, e):
            # "… cần tập trung thực hiện các việc như sau." opens a list of the sentences that follow
            del self.drafts[count:]
            state.previous_task = None
            state.list_mode, state.list_assignees = "sentences", ()
        if marker is not None:
            self._update_speaker(state.sentence_start, marker.start())
            self.conclusion = True
        elif document is not None and not self._not_directive(document.start(), e):
            self.conclusion = True  # a written directive: its clauses are read as a conclusion
            self._update_speaker(state.sentence_start, document.start())  # "Chủ tịch X vừa ký văn bản …"

    def _read_clause(
        self, s: int, e: int, body: int, head: int, state: ParagraphState, *, narrative: bool = False
    ) -> Draft | None:
        folded = self.folded
        in_mode = bool(state.list_mode or state.sentence_items or self.conclusion)
        if narrative:  # "Tuy nhiên, …", "Bên cạnh đó, UBND tỉnh triển khai …": only a directive verb or modal
            if cue_re("highlights").match(folded, s, e):
                return None  # "Nổi bật, chỉ đạo UBND xã trả lời …": what the body did, a result
            trigger = self._trigger(s, e, state)
            if trigger is not None and trigger.kind != "announce":
                return self._directive(s, e, trigger, state)
            cue = cue_re("narrative").match(folded, s, e) or cue_re("caption").match(folded, s, e)
            rest = GAP.match(folded, cue.end() if cue else s, e)
            if not in_mode or rest is None:
                return None
            if self._modal_at(rest.end(), e) == rest.end():
                return self._emit(Span(s, e), Span(s, e), (), state)  # "Bên cạnh đó, cần …"
            if cue_re("connector").match(folded, s, e) and self.parser.followed_by_action(rest.end(), e):
                goes_on = state.previous_task.assignees if state.previous_task else ()
                return self._emit(Span(s, e), Span(s, e), goes_on, state)  # "Bên cạnh đó cũng xác định …"
            subject = self._subject(rest.end(), rest.end(), e)
            gap = GAP.match(folded, subject.end, e) if subject is not None else None
            if subject is not None and gap is not None and self._modal_at(gap.end(), e) == gap.end():
                return self._emit(Span(s, e), Span(s, e), subject.assignees, state)  # "…, các sở cần …"
            return None
        labelled = self._labelled(body, e) if in_mode else None
        if labelled is not None:  # "- Phòng Tài chính – Kế hoạch: rà soát …": the line's body is told
            return self._emit(Span(s, e), Span(labelled[1], e), labelled[0].assignees, state)
        if (
            state.list_mode == "loose"
            and s == state.sentence_start
            and self.mention_index.starts_within(s, e)
            and (
                self._trigger(s, e, state) is None
                or self.mention_index.last_within(s, e) not in (None, self.speaker)
            )
        ):
            # a sentence naming another speaker ends the list, one where another official directs too
            state.list_mode, state.list_assignees = None, ()
        if state.list_mode == "sentences":  # each sentence after "… như sau." is one item
            if s != state.sentence_start:
                if self._trigger(s, e, state) is None:
                    return None  # "…; dự thảo thứ hai là …" continues its item
            elif cue_re("ordinal").match(folded, s, e) or self._looks_directive(body, head, s, e):
                subject = self._subject(body, head, e)
                return self._emit(Span(s, e), Span(s, e), subject.assignees if subject else (), state)
        elab = cue_re("elaborate").match(folded, body)
        after = _ELABORATE_GAP.match(folded, elab.end(), e) if elab else None  # "Trong đó: Thông báo, …"
        if after is not None and action_re().match(folded, after.end(), e):
            body = head = after.end()  # "Trong đó tập trung …": an imperative of its own
        elif (
            elab
            and state.previous_task is not None
            and self._subject(body, self._after_opener(body, e), e) is None
            and self._trigger(s, e, state) is None
        ):
            prev = state.previous_task  # "Trong đó, …" belongs to the directive before it
            prev.evidence = Span(prev.evidence.start, e)
            prev.description = Span(prev.description.start, e)
            return prev
        carried = state.list_assignees if state.list_mode else state.sentence_assignees
        imperative = action_re().match(folded, body) is not None  # "chỉ đạo" is both verb and action
        lead = self._trigger(s, e, state) if imperative and verb_re().match(folded, body) else None
        if lead is not None and lead.start == body and lead.phrase is not None and lead.colon is None and not carried:
            # "…; chỉ đạo Sở NN-PTNT và UBND thị xã triển khai …": the clause, with its own assignees
            # (an item of a body's list, "Phòng GD: …; chỉ đạo các trường …", stays the body's task)
            return self._emit(Span(s, e), Span(body, e), lead.phrase.assignees, state)
        if action_re().match(folded, body) and self._frames_statement(body, e):
            return None  # "Tiếp thu ý kiến …, Bí thư X cho hay, …": a participle framing what he says
        if action_re().match(folded, body):
            # "Đồng chí yêu cầu phường X tập trung …. Tổ chức quán triệt …": the section's assignee
            stated = carried or (self.section if self.conclusion else ())
            if elab and not stated and self.drafts and self.drafts[-1].assigner == self.speaker:
                stated = self.drafts[-1].assignees  # "Công an phải …. Trong đó, phải chú trọng …": the same body
            went_on = state.previous_task or self._last_of_previous_paragraph(state)
            if not stated and went_on is not None and cue_re("continues").match(folded, s, e):
                stated = went_on.assignees  # "… giao Sở X hướng dẫn …. Đồng thời, phối hợp …": the same body
            if not in_mode:
                return self._after_participle(s, e, body, state)
            return self._emit(Span(s, e), Span(body, e), stated, state)
        subject = self._subject(body, head, e)
        trigger = self._trigger(s, e, state)
        if (
            subject is not None
            and trigger is not None
            and not in_mode
            and cue_re("giver").search(folded, subject.start, subject.end)
            and self._gives(subject.end, trigger.start)
        ):
            subject = None  # "UBND thành phố yêu cầu …": the body before the verb gives the directive
        if (
            subject is not None
            and trigger is not None
            and trigger.phrase is None
            and self._gives(subject.end, trigger.start)
            and self._addressed(state.sentence_start, trigger.start)
        ):
            subject = None  # "Với UBND TP, Thanh tra Chính phủ đề nghị …": it gives the body it addresses
        if subject is not None and (
            trigger is None or trigger.start < subject.start or trigger.phrase is None or not trigger.known
        ):
            strong = _LEADS_AND_COOPERATES.match(folded, subject.end) or self._duty_of_body(subject, e)
            if not (in_mode or strong):
                return None
            if not state.list_mode and _plans(folded, subject.end, e):
                return None  # "HĐND tỉnh (cũng) sẽ tổng hợp …": what the body means to do, told by no one
            if state.list_mode and not state.list_assignees:
                state.list_assignees = subject.assignees
            return self._emit(Span(s, e), Span(s, e), subject.assignees, state)
        if trigger is not None:
            joint = joint_re().search(folded, head, trigger.start) if in_mode and trigger.colon is None else None
            first = trim(self.text, body, joint.start()) if joint and joint.end() == trigger.start else None
            if first is not None and action_re().search(folded, first.start, first.end):
                # "các thành viên … xây dựng những chính sách cụ thể và yêu cầu chỉ đạo …": two directives
                draft = self._emit(Span(s, first.end), first, carried, state)
                self._directive(trigger.start, e, trigger, state)
                return draft
            return self._directive(s, e, trigger, state)
        if head != body and action_re().match(folded, head):
            return self._emit(Span(s, e), Span(head, e), carried, state) if in_mode else None
        if in_mode and state.previous_task is not None and cue_re("continues").match(folded, s, e):
            # "… đề nghị các cơ quan cần quyết liệt …. Đồng thời đưa tiêu chí …": the directive goes on
            return self._emit(Span(s, e), Span(s, e), state.previous_task.assignees, state)
        if state.list_mode == "loose" or state.sentence_items:
            return (
                None
                if self._is_result(head, e) and not cue_re("list_verb").match(folded, head, e)
                else self._emit(Span(s, e), Span(s, e), self._own_subject(head, e) or carried, state)
            )
        modal = self._modal_at(head, e) if state.list_mode == "strict" or self.conclusion else None
        if modal is not None:
            if self._mutual_before(head, modal):
                return None  # "Hai bên cần tiếp tục phối hợp …": a commitment of partners, no directive
            subject = self._subject_past_aside(head, modal, e)  # "…, ông X cho rằng các ngành cần …"
            assignees = subject.assignees if subject else carried if state.list_mode else ()
            return self._emit(Span(s, e), Span(s, e), assignees, state)
        return None

    def _frames_statement(self, body: int, e: int) -> bool:
        """Whether an official named after the clause's comma says, with a verb of saying and a comma, what
        follows (``Tiếp thu ý kiến đoàn công tác, Bí thư Thành ủy X cho hay, …``): the verb opening the clause
        is his participle, no imperative."""
        who = says_mid(self.folded, body, e)
        return who is not None and self.mention_index.last_within(who.start, who.end) in self.officials

    def _after_participle(self, s: int, e: int, body: int, state: ParagraphState) -> Draft | None:
        """``Tiếp thu kiến nghị của tỉnh, Bộ trưởng X đã chỉ đạo các đơn vị …``: a clause that opens with
        a verb's phrase and its comma, then a directive verb its giver states: that directive."""
        trigger = self._trigger(s, e, state)
        comma = self.folded.rfind(",", body, trigger.start) if trigger is not None else -1
        if trigger is None or comma < 0:
            return None
        giver = skip_spaces(self.folded, comma + 1, trigger.start)
        if not (self.mention_index.starts_within(giver, trigger.start) or self._body_gives(giver, trigger.start)):
            return None  # "Rà soát …, hướng dẫn các xã …": a list of steps, no one gives them
        return self._directive(s, e, trigger, state)

    def _directive(self, s: int, e: int, trigger: Trigger, state: ParagraphState) -> Draft | None:
        """A clause with a directive verb: one task, or the lead-in of a list."""
        found = self._update_speaker(state.sentence_start, trigger.start)
        before = self.folded[max(state.sentence_start, trigger.start - BEFORE_WINDOW) : trigger.start]
        gives = self._gives_body(since(state.sentence_start, trigger.start), trigger.start)
        gives = gives or self._gives_past_source(state.sentence_start, trigger.start)
        given = bool(found or gives or bare_honorific_re().search(before))
        if given:
            self.conclusion = True
            self.body_gave = gives and not found
        self._note_giver(found, given, state, trigger.start)
        assignees = trigger.phrase.assignees if trigger.phrase else ()
        if not assignees and trigger.colon is None:  # "Đối với UBND xã X, đồng chí Y đề nghị …"
            assignees = self._addressed(state.sentence_start, trigger.start)
        if trigger.colon is not None:
            agenda = cue_re("agenda").search(self.folded, trigger.start, trigger.colon)
            state.list_mode = "strict" if trigger.kind == "announce" and not agenda else "loose"
            state.list_assignees = assignees
            rest = trim(self.text, trigger.colon + 1, e)
            if rest is None:
                return None
            body = self._skip_connectors(rest.start, rest.end)
            return self._read_clause(
                rest.start, rest.end, body, self._after_opener(body, rest.end), state
            )
        second = self._second_directive(trigger, e, state)
        if second is not None:
            joint, trig2 = second
            first_task = self._directive(s, joint, trigger, state)
            self._directive(trig2.start, e, trig2, state)
            return first_task
        told = self._joint_subject(trigger.action_start, e)
        if told is not None:  # "yêu cầu phải rút kinh nghiệm, đồng thời Sở X phải bàn với …": two directives
            first_task = self._directive(s, told[0], trigger, state)
            self._emit(Span(told[1].start, e), Span(told[1].start, e), told[1].assignees, state)
            return first_task
        # a body the grammar does not know stays in the description ("Cty X tiến hành …")
        stated = trigger.phrase.start if trigger.phrase is not None and not trigger.known else None
        desc = trim(self.text, trigger.action_start if stated is None else stated, e)
        if desc is None:
            return None
        draft = self._emit(Span(s, e), desc, assignees, state)
        state.sentence_assignees = assignees
        return draft

    def _gives_past_source(self, start: int, verb: int) -> bool:
        """``Theo kế hoạch … vừa ban hành, UBND tỉnh chỉ đạo …``: the body after the source the sentence
        opens with gives the directive (a source naming a person is his attribution, read elsewhere)."""
        opens = _source_opener_re().match(self.folded, self._skip_connectors(start, verb), verb)
        comma = self.folded.find(", ", opens.end(), verb) if opens else -1
        if comma < 0 or self.mention_index.starts_within(start, comma):
            return False
        return self._gives_body(comma + 2, verb)

    def _emit(
        self,
        evidence: Span,
        description: Span,
        assignees: tuple[Organization | str, ...],
        state: ParagraphState,
    ) -> Draft:
        body = self._giving_body(state, self.conclusion, evidence.end)
        draft = Draft(evidence, description, assignees, self.speaker, state.index, body)
        self.drafts.append(draft)
        if self.conclusion and self.body_gave:
            self.body_items.add(id(draft))
        if assignees and self.conclusion:
            # a locality or its government addressed frames the section; a department is told one thing
            self.section = assignees if all(_frames_section(a) for a in assignees) else ()
        if not state.sentence_items:
            state.sentence_items = True
            state.sentence_assignees = state.sentence_assignees or assignees
        return draft


@derived
def _directs_comma_re() -> re.Pattern[str]:
    """A requesting directive verb and its comma (``chỉ đạo,``, ``yêu cầu,``): the words after it are directives."""
    verbs = [v for v, kind in resources().task_verbs.items() if kind == "request"]
    return re.compile(rf"(?<!\w)(?:{alternation(verbs)})[ ]*,")


def _plans(folded: str, pos: int, e: int) -> bool:
    """Whether a plan word (task_cues ``plan``: sẽ, dự kiến) follows ``pos``, past the speaker adverbs
    (connectors ``speaker_adverb``: ``UBND xã cũng sẽ phối hợp …``)."""
    gap = giver_gap_re().match(folded, pos, e)
    return bool(cue_re("plan").match(folded, gap.end() if gap else skip_spaces(folded, pos, e), e))


def _frames_section(assignee: Organization | str) -> bool:
    """A locality's government or Party body (task_groups ``frames``), or a unit kept as the text
    names it (``phường Long Phước``, ``Hà Nội``): the addressee of a whole conclusion."""
    if isinstance(assignee, Organization):
        return fold(assignee.head) in resources().task_groups.get("frames", ())
    words = assignee.split()
    return bool(words) and (
        type_word_at(fold(assignee), 0) is not None and words[-1][:1].isupper()
        or all(w[:1].isupper() for w in words)
    )


def _heading(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``[start, end)`` is a section heading: a short line that is no item of a list
    (no bullet or number) and ends with no punctuation."""
    line = text[start:end].strip()
    return (
        0 < len(line.split()) <= _HEADING_WORDS
        and line[-1:].isalnum()
        and _ITEM_LINE.match(text, start) is None
    )


def _has_lower_word(text: str) -> bool:
    """Whether a word of ``text`` starts lower-case, not as the tail of a name (``Thành phố Gia
    Nghĩa``): a description directs only with its verb, a list of places directs nothing."""
    words = [w.lstrip("(\"“‘'") for w in text.split()]
    return any(
        w[:1].islower() and (i <= 1 or not words[i - 1][:1].isupper()) for i, w in enumerate(words)
    )


@register
class TaskExtractor:
    """Yields ``article TASK TaskInfo`` for each directive clause of the article."""

    name = "tasks/1"
    kinds = frozenset({Pred.TASK})
    needs = frozenset({"sentences", "people", "titles", "places", "folded", "context", Pred.MEETING})

    def __call__(self, doc: Document, ann: Annotations, prior: Sequence[Fact] = ()) -> Iterator[Fact]:
        text, folded = doc.text, folded_of(ann)
        # the tasks of an article are given at the meeting it reports, when it reports one
        meeting = next((f.object.key for f in prior if isinstance(f.object, MeetingInfo)), None)
        seen: set[str] = set()
        n = 0
        # an article that names an official holding a post may report directives whose giver the
        # sentence leaves implicit; one that names none directs only through a meeting or a named giver
        officials = any(t.org is not None for p in ann.people for t in p.titles)
        reader = _Reader(doc, ann, reports_meeting=meeting is not None)
        for draft in reader.read():
            description = " ".join(text[draft.description.start : draft.description.end].split())
            key = fold(description)
            if len(description.split()) < _MIN_SYLLABLES or key in seen or not _has_lower_word(description):
                continue  # one word ("giải quyết") or a list of names ("Đức Mạnh (Đắk Mil") directs nothing
            if (
                draft.assigner is None
                and not draft.assignees
                and meeting is None
                and not officials
                and id(draft) not in reader.body_items
            ):
                continue  # no one gives it, no one is given it, in no meeting, in an article naming no
                # official: advice to readers, fiction, a review (issue 26)
            seen.add(key)
            n += 1
            topic = topic_of(description)
            info = TaskInfo(
                key=f"t{n}",
                description=description,
                assigner=draft.assigner,
                assigning_body=draft.body,
                assignees=draft.assignees,
                meeting_key=meeting,
                deadline=deadline_of(text, folded, draft.evidence),
                topic=topic[0] if topic else None,
                topic_label=topic[1] if topic else None,
            )
            yield Fact(doc.doc_id, Pred.TASK, info, Evidence(doc.doc_id, draft.evidence, self.name))
