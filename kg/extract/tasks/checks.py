"""Checks on the shape of a clause that the task reader asks: bylines and captions, leading
connectors and adverbials, an assignee opening the clause, modals, reported results.

A mixin of :class:`kg.extract.tasks.extractor._Reader`, which holds the article's text, its
folded form, the assignee parser and the officials mentioned.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from kg.annotate.places import name_run, resolve_run
from kg.extract.tasks.assignees import AssigneeParser, AssigneePhrase, action_re, group_words
from kg.extract.tasks.bylines import compiled_by
from kg.extract.tasks.cues import cue_re, giver_gap_re, verb_re
from kg.extract.tasks.groups import adverbs_re
from kg.extract.tasks.mentions import MentionIndex
from kg.extract.tasks.speakers import SpeakerChecks
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import UPPER, alternation, head_re, skip_spaces
from kg.lexicon.resources import derived, resources

_COMMA = re.compile(r",[ ]*")
_CAPITAL = re.compile(rf"(?<![\w&-])(?={UPPER})")
_WORD = re.compile(r"(?<!\w)\w+")
# How many words an unknown body before its action may have ("Cựu chiến binh huyện").
_SUBJECT_WORDS = 6
# How many words a body the assignee grammar does not know may have ("Cty Khai thác thủy lợi Thái Nguyên").
_UNKNOWN_WORDS = 10
# "chủ đầu tư (Công ty TNHH X)": a body and its name in brackets are two labels of one assignee.
_BRACKETS = re.compile(r"\s*[()]\s*")
# A directive verb's lead-in longer than this, not ending with an agenda word, states the task
# itself: its colon introduces names ("… lấy ý kiến các Bộ: Quốc phòng, Xây dựng"), not a list of tasks.
_LEAD_IN_WORDS = 12
_AGENDA_TAIL = 40
# A task noun in the last words before a modal ("nhiệm vụ cụ thể cần …"), unless it points back ("việc này cần …").
_RELATIVE_WORDS = 5
_RELATIVE_CHARS = 40
# How far before a modal a copula defining a task noun may stand ("là việc các nước trên thế giới đều phải").
_DEFINED_CHARS = 60
# "nhiều", "các", "một số" before a subject ("Nhiều người dân …").
# How far back from a modal its subject may start (``các cơ quan của thành phố cần``).
_BEFORE_MODAL_WORDS = 12
_BEFORE_MODAL_CHARS = 100
# "MAUR cần …": a body named by its acronym alone; "ngành y tế cần …": a sector and its field (up to 3 words).
_ACRONYM = re.compile(r"[A-ZĐ]{2,8}(?!\w)")
_LOWER_WORD = re.compile(r"[ ]+([^\W\d_]+)(?!\w)")
_SECTOR_WORDS = 3
_SAYS_THAT = re.compile(r"(?:^|,|(?<!\w)rằng)$")
# How far before a directive verb a body's name holding it may start ("tiểu ban chỉ đạo").
_NAME_REACH = 12
# A capitalized word followed by another: a directive verb read there is a name's word ("xã Giao Ninh").
_INSIDE_NAME = re.compile(rf"{UPPER}\w*[ ]+{UPPER}")
_WORD_BEFORE = re.compile(r"\w[ ]+$")
# "… được Ban Thường vụ Thành ủy chỉ đạo": "được", then the capitalized giver, up to the directive verb.
_PASSIVE_AGENT = re.compile(r"(?<!\w)được[ ]+(?=[A-ZĐ])[^,;:.]{2,80}$")
_PASSIVE_REACH = 90
# How many leading adverbials a clause may open with ("Sau khi xử phạt xong, nếu …, đề xuất …").
_OPENERS = 3
# A photo caption: the clause is followed by "Ảnh:" / "(Ảnh …".
_PHOTO_NEXT = re.compile(r"[\s.…]*\(?ảnh(?:[ ]*minh họa)?[ ]*[:)]")
# A caption that ends with its credit: "Ông A kiểm tra trạm bơm - Ảnh: TRƯỜNG TRUNG", "… (Ảnh: T.L)".
_PHOTO_CREDIT = re.compile(r"[-–(][ ]*ảnh[ ]*:(?P<credit>[^:]*)$")
# A byline or source line: a few words, all capitalized ("Thanh Lê", "LƯƠNG THIỆN"), or "Theo <Source>".
_BYLINE_WORDS = 6


def _opens_source_line(word: str) -> bool:
    """``Theo``, ``Nguồn:``: a source word (task_cues ``source_line``), capitalized, a colon after it or not."""
    bare = word.removesuffix(":")
    return bare[:1].isupper() and bare[1:].islower() and fold(bare) in resources().task_cues["source_line"]


@derived
def _modal_start_re() -> re.Pattern[str]:
    """A word start where one of the modal cues' first words begins (where a modal may stand)."""
    firsts = {w.split()[0] for w in resources().task_cues.get("modal", ()) if w.split()}
    return re.compile(r"(?<!\w)(?=" + alternation(firsts) + ")")



@derived
def _verb_in_name_re() -> re.Pattern[str]:
    """A body's name that ends with a directive verb (task_cues ``verb_in_name``), at the end of the text searched."""
    return re.compile(rf"(?<!\w)(?:{alternation(resources().task_cues['verb_in_name'])})$")


@derived
def _examples_re() -> re.Pattern[str]:
    """ ", như " before examples of a noun (task_cues ``examples``), not "như sau", "như vậy"."""
    return re.compile(rf",[ ]*(?:{alternation(resources().task_cues['examples'])})[ ]+(?!(?:sau|vậy|thế|trên)(?!\w))")


@derived
def _crowd_count_re() -> re.Pattern[str]:
    """``hàng trăm người dân …``, ``215 hộ dân …``: a count, in words (task_cues ``crowd_count``) or in
    figures, before the people opening a sentence."""
    cues = resources().task_cues
    approx = alternation(cues["crowd_approx"])  # "hơn 1.200 người dân"
    return re.compile(rf"(?:(?:{approx})[ ]+)?(?:{alternation(cues['crowd_count'])}|\d[\d.,]*)[ ]+")


class ClauseChecks(SpeakerChecks):
    """Predicates over spans of the article's folded text (see the module docstring)."""

    text: str
    folded: str
    parser: AssigneeParser
    mentions: list[tuple[int, int, str]]
    mention_index: MentionIndex
    title_index: MentionIndex
    speaker: str | None

    def _byline(self, s: int, e: int) -> bool:
        """A clause before ``Ảnh:`` (a photo caption) or a byline / source line."""
        folded, text = self.folded, self.text
        if _PHOTO_NEXT.match(folded, e):
            return True
        credit = _PHOTO_CREDIT.search(folded, s, e)
        if credit is not None and len(credit.group("credit").split()) <= _BYLINE_WORDS:
            return True
        words = text[s:e].split()
        if len(words) > _BYLINE_WORDS:
            return False
        if _opens_source_line(words[0]) and len(words) > 1 and words[1][:1].isupper():
            return True  # "Theo Trí thức trẻ", "Nguồn: TTXVN"
        if compiled_by(text, folded, s, e):
            return True  # "Tổng hợp Hoàng Hà", "(tổng hợp) Nhân Văn" ending the paragraph
        return all(w[:1].isupper() or not w[:1].isalpha() for w in words)

    def _gives(self, end: int, verb: int) -> bool:
        """Whether the phrase ending at ``end`` is the subject of the directive verb at ``verb``."""
        gap = giver_gap_re().match(self.folded, end, verb)
        return gap is not None and gap.end() == verb

    def _names_after_colon(self, verb_end: int, colon: int) -> bool:
        """Whether the colon after a long directive lead-in introduces names rather than tasks."""
        if cue_re("enumerates", tail=True).search(self.folded, max(verb_end, colon - _AGENDA_TAIL), colon):
            return True  # "quan tâm đến 4 nhóm vấn đề gồm: …": the members of what the directive names
        if len(_WORD.findall(self.folded, verb_end, colon)) <= _LEAD_IN_WORDS:
            return False
        return cue_re("agenda").search(self.folded, max(verb_end, colon - _AGENDA_TAIL), colon) is None

    def _gives_body(self, start: int, verb: int) -> bool:
        """Whether a body opens the sentence, or follows its leading adverbial (``Ngay sau Tết, Ban
        Thường vụ Tỉnh ủy yêu cầu``), and gives the directive at ``verb`` (``UBND tỉnh yêu cầu``)."""
        pos = self._skip_connectors(start, verb)
        return any(self._body_gives_at(at, verb) for at in dict.fromkeys((pos, self._after_opener(pos, verb))))

    def _body_gives_at(self, pos: int, verb: int) -> bool:
        """Whether the body that opens at ``pos`` gives the directive at ``verb``."""
        phrase = self.parser.parse(pos, verb)
        return (
            phrase is not None
            and (
                cue_re("giver").search(self.folded, phrase.start, phrase.end) is not None
                or cue_re("head_giver").match(self.folded, phrase.start, phrase.end) is not None
            )
            and self._gives(phrase.end, verb)
        )

    def _skip_connectors(self, pos: int, end: int) -> int:
        while True:
            m = cue_re("connector").match(self.folded, pos, end)
            if not m:
                return pos
            nxt = re.compile(r"[ ,]*").match(self.folded, m.end(), end)
            pos = nxt.end() if nxt else m.end()

    def _after_opener(self, pos: int, end: int) -> int:
        """Past the leading adverbials (``Đối với …, ``, ``Sau khi …, nếu …, ``), or ``pos``."""
        for _ in range(_OPENERS):
            if not cue_re("opener").match(self.folded, pos, end):
                return pos
            comma = self.folded.find(", ", pos, end)
            then = self.folded.find(" thì ", pos, comma if comma >= 0 else end)
            if then >= 0:  # "Nếu doanh nghiệp không lên sàn thì yêu cầu …": the condition ends at "thì"
                return self._skip_connectors(then + len(" thì "), end)
            if comma < 0:
                return pos
            pos = self._skip_connectors(comma + 2, end)
        return pos

    def _subject(self, body: int, head: int, end: int) -> AssigneePhrase | None:
        """An assignee opening the clause and followed by its action (``TTYT đảm bảo …``)."""
        for pos in dict.fromkeys((body, head)):
            phrase = self.parser.parse(pos, end)
            if phrase is None or self.mention_index.starts_within(phrase.start, phrase.end):
                continue
            if self.parser.followed_by_action(phrase.end, end):
                return phrase
        return None

    @staticmethod
    def _has_action(text: str) -> bool:
        """Whether an action verb or a modal starts a word of ``text`` (folded)."""
        return any(action_re().match(text, m.start()) for m in _WORD.finditer(text))

    def _action_soon(self, pos: int, e: int) -> int | None:
        """An action verb a few words on, with no punctuation before it (an unknown body's action)."""
        for n, m in enumerate(_WORD.finditer(self.folded, pos, e)):
            if n > _SUBJECT_WORDS or any(c in ",;:" for c in self.folded[pos : m.start()]):
                return None
            if n > 0 and action_re().match(self.folded, m.start(), e):
                return m.start()
        return None

    def _unknown_assignee(self, pos: int, e: int) -> AssigneePhrase | None:
        """Words right after a directive verb and before its action, kept as stated: a body the
        assignee grammar does not know (``giao cho Cty Khai thác thủy lợi tiến hành …``,
        ``yêu cầu 2 đơn vị trên khẩn trương …``). Not an adverbial, a number of tasks, or an action."""
        folded = self.folded
        if any(cue_re(kind).match(folded, pos, e) for kind in ("opener", "connector", "narrative")):
            return None
        if action_re().match(folded, pos, e):
            return None
        start = self.text[pos : pos + 1]
        if not (
            start.isupper()
            or start.isdigit()
            or group_words("lead").match(folded, pos, e)
            or head_re().match(folded, pos, e)
            or cue_re("body").match(folded, pos, e)
        ):
            return None  # a body is named, numbered, addressed as a group or opens with its head
        head = head_re().match(folded, pos, e)  # "Ban quản lý dự án …": an action word inside the head is its own
        for n, m in enumerate(_WORD.finditer(folded, pos, e)):
            if head is not None and m.start() < head.end():
                continue
            if n > _UNKNOWN_WORDS or any(c in ",;:" for c in folded[pos : m.start()]):
                return None
            if cue_re("not_body").match(folded, m.start(), e):
                return None  # "giao 84 nhiệm vụ …", "yêu cầu việc …": what is given, not to whom
            if n > 0 and action_re().match(folded, m.start(), e):
                stated = self.text[pos : m.start()]
                if stated.count("(") > stated.count(")"):  # "Ban X (đơn vị tham mưu …": the aside is no body
                    stated = stated[: stated.rfind("(")]
                stated = stated.strip(" ()-–")
                labels = tuple(x for x in _BRACKETS.split(stated) if x)
                return AssigneePhrase(labels, pos, pos + len(self.text[pos : m.start()].rstrip()))
        return None

    def _modal_subject(self, pos: int, e: int) -> AssigneePhrase | None:
        """The assignee opening the directive's clause, or one after a leading adverbial's comma."""
        starts = [pos] + [m.end() for m in _COMMA.finditer(self.folded, pos, e)]
        # "trong thời gian tới Hội LHPN huyện cần …": a capitalized body after an adverbial
        starts += [m.start() for m in _CAPITAL.finditer(self.text, pos, e) if m.start() not in starts]
        for start in starts:
            phrase = self.parser.parse(start, e) or self.parser.parse_share(start, e)
            if phrase is not None and self.parser.followed_by_action(phrase.end, e):
                return phrase
        return None

    def _subject_before(self, pos: int, at: int, e: int) -> AssigneePhrase | None:
        """The assignee right before the modal at ``at`` (``…, ông X cho rằng các ngành cần …``,
        ``Đà Nẵng cần …``): the longest body or group, within a few words, whose phrase reaches the
        modal; a unit named bare is its government, kept as the text names it."""
        words = list(_WORD.finditer(self.folded, max(pos, at - _BEFORE_MODAL_CHARS), at))[-_BEFORE_MODAL_WORDS:]
        for i, w in enumerate(words):
            start = w.start()
            if self.mention_index.starts_within(start, at) or self.folded[start:at].count(",") > 1:
                continue  # an official is no body; a list of clauses is no subject
            if self.folded[start - 1 : start] in ("-", "–"):
                continue  # "các tổ chức chính trị-xã hội": inside a compound word, no unit
            before = words[i - 1] if i > 0 else None
            if before is not None and (  # inside a name, or after a preposition ("hỗ trợ cho các hộ … phải")
                before.start() > pos and self.text[before.start()].isupper() and self.text[start].isupper()
                or cue_re("preposition").fullmatch(before.group())
            ):
                continue
            phrase = self.parser.parse(start, e)
            if phrase is not None and _adverbs_to(self.folded, phrase.end, at):
                return phrase
            if phrase is None and self.text[start : start + 1].isupper():  # _bare_unit reaches the modal
                end = self._bare_unit(start, at)
                if end is not None:
                    return AssigneePhrase((self.text[start:end],), start, end)
            if phrase is None:
                end = self._addressee(pos, start, at)
                if end is not None:
                    return AssigneePhrase((self.text[start:end],), start, end)
        return None

    def _addressee(self, pos: int, start: int, at: int) -> int | None:
        """Where a body named alone before the modal at ``at`` ends: a level (``tỉnh cần …``,
        task_cues ``addressee``), a sector and its field (``ngành y tế cần …``, ``sector``) or an
        acronym (``MAUR cần …``), opening the clause or after a comma or ``rằng``."""
        if not _SAYS_THAT.search(self.folded[pos:start].rstrip()):
            return None  # "người dân trong tỉnh cần …", "doanh nghiệp của tỉnh cần …": no subject
        folded = self.folded
        level = cue_re("addressee").match(folded, start, at)
        if level is not None:
            return level.end() if _adverbs_to(folded, level.end(), at) else None
        sector = cue_re("sector").match(folded, start, at)
        if sector is not None:
            stop = sector.end()
            for _ in range(_SECTOR_WORDS):
                w = _LOWER_WORD.match(self.text, stop, at)
                if w is None or not w.group(1).islower() or action_re().match(folded, w.start(1), at):
                    break
                stop = w.end()
            return stop if stop > sector.end() and _adverbs_to(folded, stop, at) else None
        acronym = _ACRONYM.match(self.text, start, at)
        if acronym is not None and _adverbs_to(folded, acronym.end(), at):
            return acronym.end()
        return None

    def _citizens_open(self, start: int, verb: int, *, sentence: bool = True) -> bool:
        """Whether the sentence opens with people who give no directive (``Nhiều người dân …``,
        task_cues ``not_giver``), counted or not, as the subject of the verb at ``verb``; or whose
        verb's clause does, after a leading adverbial (``Thấy ông A bị bắt, hàng trăm người dân … yêu cầu``)."""
        comma = self.folded.rfind(",", start, verb)
        clause = skip_spaces(self.folded, comma + 1, verb) if comma >= 0 else None
        if clause is not None and self.mention_index.starts_within(clause, verb):
            clause = None  # "…, ông A cùng người dân đề nghị …": an official in the clause
        for opened in dict.fromkeys(p for p in ((start if sentence else None), clause) if p is not None):
            pos = self._skip_connectors(opened, verb)
            count = _crowd_count_re().match(self.folded, pos, verb)
            if cue_re("not_giver").match(self.folded, count.end() if count else pos, verb) is not None:
                return True
        return False

    def _in_body_name(self, start: int, end: int) -> bool:
        """Whether the directive verb at ``[start, end)`` ends a body's name (task_cues ``verb_in_name``:
        ``cuộc họp Ban chỉ đạo đề án …``, ``Tổ chỉ đạo công tác …``): the body is named, nothing directed;
        or it is a capitalized word inside a name, after a word and before a capital (``xã Giao Ninh``)."""
        if _INSIDE_NAME.match(self.text, start) and _WORD_BEFORE.search(self.text, max(0, start - 4), start):
            return True
        return _verb_in_name_re().search(self.folded, max(0, start - _NAME_REACH), end) is not None

    def _passive_agent(self, start: int, verb: int) -> bool:
        """Whether the directive verb at ``verb`` is in the passive with its giver named after ``được``
        (``vụ việc đã được Ban Thường vụ chỉ đạo xử lý``): said of a matter, it tells no one what to do."""
        return self._passive_with_agent(start, verb) is not None

    def _passive_with_agent(self, start: int, verb: int) -> int | None:
        """Where ``được`` opens the giver named before the directive verb at ``verb`` (``Các sở được UBND
        TP chỉ đạo …``, ``vụ việc đã được Ban Thường vụ chỉ đạo …``), if it does."""
        m = _PASSIVE_AGENT.search(self.text, max(start, verb - _PASSIVE_REACH), verb)
        return m.start() if m is not None else None

    def _examples_follow(self, s: int, e: int) -> bool:
        """Whether the clause ends naming examples of what it directs (``… các dự án cửa ngõ, như quốc lộ 1,
        …; quốc lộ 22 …``, task_cues ``examples``): the clauses after it in the sentence are more of them."""
        m = _examples_re().search(self.folded, s, e)
        return m is not None and not action_re().match(self.folded, m.end(), e)

    def _conceded(self, s: int, verb: int) -> bool:
        """Whether the directive verb at ``verb`` lies in a concessive clause (task_cues ``concession``:
        ``Dù UBND TP đã yêu cầu … song …``) that opens the clause, before its comma: a directive the
        article reports as ignored, no task (the main clause after the comma may still direct)."""
        m = cue_re("concession").match(self.folded, self._skip_connectors(s, verb), verb)
        return m is not None and "," not in self.folded[m.end() : verb]

    def _petitions(self, s: int, e: int) -> bool:
        """Whether the clause reports a petition's requests: a petition (task_cues ``petition``, ``Trong
        đơn tố cáo gửi …, ông A đề nghị …``) before its first directive verb or modal, one after it."""
        m = cue_re("petition").search(self.folded, s, e)
        if m is None or verb_re().search(self.folded, s, m.start()) or self._modal_at(s, m.start()) is not None:
            return False
        return bool(verb_re().search(self.folded, m.end(), e)) or self._modal_at(m.end(), e) is not None

    def _mutual_before(self, pos: int, at: int) -> bool:
        """Whether partners speaking of themselves (``hai bên``, ``hai nước``) are the modal's subject."""
        for m in cue_re("mutual").finditer(self.folded, max(pos, at - _BEFORE_MODAL_CHARS), at):
            if _adverbs_to(self.folded, m.end(), at):
                return True
        return False

    def _bare_unit(self, start: int, at: int) -> int | None:
        """Where a registered unit named with no type word (``Hà Nội``) ends, if it reaches ``at``."""
        run = name_run(self.text, start, at)
        if not run:
            return None
        place, used = resolve_run(self.parser.ctx.gaz, run, None, self.parser.ctx.near)
        if place is None or used != len(run) or not _adverbs_to(self.folded, run[-1].end, at):
            return None
        return run[-1].end

    def _not_directive(self, pos: int, end: int) -> bool:
        """``giao ban``, ``yêu cầu của``: a noun, unless a capital follows (giao Ban Quản lý)."""
        m = cue_re("not_directive").match(self.folded, pos, end)
        if m is None:
            return False
        written = self.text[m.start() : m.end()][1:]
        return written == written.lower()

    def _update_speaker(self, start: int, end: int) -> bool:
        """Make the last official mentioned in ``[start, end)`` the speaker; whether one was."""
        name = self.mention_index.last_within(start, end)
        if name is not None:
            self.speaker = name
        return name is not None

    def _has_modal(self, pos: int, end: int) -> bool:
        return self._modal_at(pos, end) is not None

    def _modal_at(self, pos: int, end: int) -> int | None:
        """Where the clause's modal (cần, phải) is, unless what precedes it reports a result."""
        for at in self._modal_candidates(pos, end):
            if cue_re("not_modal").match(self.folded, at, end):
                continue
            if cue_re("modal").match(self.folded, at, end):
                if _negated_re().search(self.folded, max(pos, at - 8), at) or self._relative_modal(pos, at):
                    continue  # "giao 84 nhiệm vụ cụ thể cần làm ngay": which tasks, not a directive
                then = self.folded.rfind(" thì ", pos, at)
                return None if self._is_result(then + 5 if then >= 0 else pos, at) else at
        return None

    @functools.cached_property
    def _modal_starts(self) -> list[int]:
        """The word starts of the article where a modal cue's first word begins, in order."""
        return [m.start() for m in _modal_start_re().finditer(self.folded)]

    def _modal_candidates(self, pos: int, end: int) -> Iterator[int]:
        """The word starts of ``[pos, end)`` (``pos`` itself if a word character is there) where a
        modal may stand: looked up, not scanned, as a clause's every verb asks (one long clause
        of "yêu cầu" repeated was quadratic)."""
        if pos < end and (self.folded[pos].isalnum() or self.folded[pos] == "_"):
            yield pos
        starts = self._modal_starts
        i = bisect.bisect_right(starts, pos)
        while i < len(starts) and starts[i] < end:
            yield starts[i]
            i += 1

    def _relative_modal(self, pos: int, at: int) -> bool:
        """Whether the modal at ``at`` qualifies a task noun before it (``những việc cần làm``), or one a
        copula defines a thing as (``Điều chỉnh kho số là việc các nước đều phải làm``)."""
        if _defined_as_re().search(self.folded, max(pos, at - _DEFINED_CHARS), at):
            return True
        last = " ".join(self.folded[max(pos, at - _RELATIVE_CHARS) : at].split()[-_RELATIVE_WORDS:])
        nouns = list(cue_re("task_noun").finditer(last))
        noun = nouns[-1] if nouns else None
        return (
            noun is not None
            and _determiner_re().search(last, 0, noun.start()) is not None
            and not _demonstrative_re().search(last, noun.end())
        )

    def _is_result(self, pos: int, end: int, words: int = 8) -> bool:
        """Whether the clause reports a result: a result word before any action, or a number."""
        if re.compile(r"[ ]*\d").match(self.folded, pos, end):
            return True
        for n, m in enumerate(re.finditer(r"(?<!\w)\w", self.folded[pos:end])):
            if n >= words:
                break
            at = pos + m.start()
            if action_re().match(self.folded, at, end):
                return False
            if cue_re("result").match(self.folded, at, end) and not cue_re("not_result").match(self.folded, at, end):
                return True  # "trong thời gian còn lại, …" is the time left, no result
        return False


def _adverbs_to(folded: str, end: int, at: int) -> bool:
    """Whether only spaces and assignee adverbs (``cũng``, ``đều``) lie between ``end`` and ``at``."""
    if end > at:
        return False
    m = adverbs_re().match(folded, end, at)
    return m is not None and m.end() == at


@derived
def _determiner_re() -> re.Pattern[str]:
    """A count or quantifier right before a noun ("84 nhiệm vụ", "những việc"): task_cues ``determiner``."""
    return re.compile(rf"(?<!\w)(?:{alternation(resources().task_cues['determiner'])}|\d+)[ ]+$")


@derived
def _defined_as_re() -> re.Pattern[str]:
    """A copula and a task noun with no comma after them up to the modal ("là việc các nước đều "):
    task_cues ``copula`` and ``task_noun``."""
    copula, noun = alternation(resources().task_cues["copula"]), alternation(resources().task_cues["task_noun"])
    return re.compile(rf"(?<!\w)(?:{copula})[ ]+(?:{noun})(?!\w)[^,;:]*$")


@derived
def _demonstrative_re() -> re.Pattern[str]:
    """A word pointing back to a thing named before ("việc này"): task_cues ``demonstrative``."""
    return re.compile(rf"(?<!\w){alternation(resources().task_cues['demonstrative'])}(?!\w)")


@derived
def _negated_re() -> re.Pattern[str]:
    """A negation right before a modal ("không cần"): task_cues ``negated_modal``."""
    return re.compile(rf"(?<!\w){alternation(resources().task_cues['negated_modal'])}[ ]+$")
