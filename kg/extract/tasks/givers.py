"""The body that gives a directive when no official does (issue 26): ``UBND tỉnh Hải Dương yêu cầu công ty
…``, ``Tổng cục Thủy sản đã có văn bản yêu cầu …``, ``Theo kế hoạch …, UBND tỉnh chỉ đạo …``. The body
opening the directive's sentence (past its connectors and leading adverbial) gives that directive and the
items of its section, for as long as the section goes on with no official taking the word: the task's
``kg:assignedBy``, as ``kg:assigner`` names an official.

A mixin of :class:`kg.extract.tasks.extractor._Reader`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.annotate.places import type_word_at
from kg.extract.tasks.cues import cue_re
from kg.extract.tasks.triggers import ParagraphState, TriggerReading, holds_to
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import alternation, skip_spaces
from kg.lexicon.resources import derived, resources
from kg.model import Annotations, Organization, Title


@derived
def _tail_re() -> re.Pattern[str]:
    """The adverbs ending the words before a directive verb, after a word (task_cues ``body_tail``)."""
    return re.compile(rf"(?<=\w)(?:[ ]+(?:{alternation(resources().task_cues['body_tail'])}))+[ ]*$")


@dataclass(frozen=True)
class Giver:
    """A body that gave a directive, and where: its sentence's paragraph and start, the speaker then."""

    body: Organization
    paragraph: int
    sentence_start: int
    speaker: str | None


def _names_a_giver(body: Organization) -> bool:
    """Whether ``body`` can stand as a task's giver: not a company (task_cues business: its request is a
    proposal), nor a body named by its level alone (``UBND phường``: which ward the graph cannot say)."""
    label = fold(body.label)
    unit = type_word_at(label, label.rfind(" ") + 1)
    return not cue_re("business").match(label) and not (unit is not None and unit[1] == len(label))


class GivingBodies(TriggerReading):
    """Finds the body before a directive verb and the drafts it gives."""

    giver: Giver | None
    speaker: str | None
    ann: Annotations

    def _note_giver(self, found: bool, given: bool, state: ParagraphState, verb: int) -> None:
        """After a directive verb: an official named before it gives it (no body then); else the body
        opening its sentence does; a giver that is no body (``Cuộc họp thống nhất``, ``lãnh đạo TP``, an
        honorific) ends the last body's section; a verb no one is named before goes on with it."""
        body = None if found else self._body_before(state.sentence_start, verb) or self._post_before(
            state.sentence_start, verb
        )
        if body is not None:
            self.giver = Giver(body, state.index, state.sentence_start, self.speaker)
        elif given or cue_re("giver").search(self.folded, state.sentence_start, verb):
            self.giver = None

    def _giver_starts(self, start: int, verb: int) -> tuple[int, ...]:
        """Where a giver may open the sentence at ``start`` before the verb at ``verb``: past its connectors,
        its leading adverbial, its source (``Theo kế hoạch …,``) or the last adverbial before the verb's clause
        (``Sau khi …, sáng 6/2, UBND quận X đã chỉ đạo``), and past the leaders of the body that follows
        (``Lãnh đạo UBND tỉnh X yêu cầu …``: task_cues leader_of)."""
        pos = self._skip_connectors(start, verb)
        first, last = self.folded.find(", ", pos, verb), self.folded.rfind(", ", pos, verb)
        if last > first and self._ends_body(self.folded.rfind(", ", pos, last), last):
            last = -1  # "được Đảng ủy, HĐND, UBND xã quán triệt …": the last body of a list, no clause of its own
        opened = (pos, self._after_opener(pos, verb)) + tuple(c + 2 for c in (first, last) if c >= 0)
        leaders = (cue_re("leader_of").match(self.folded, at, verb) for at in opened)
        starts = opened + tuple(skip_spaces(self.folded, m.end(), verb) for m in leaders if m is not None)
        return tuple(dict.fromkeys(starts))

    def _ends_body(self, comma: int, end: int) -> bool:
        """Whether the words after ``comma`` (a comma's position, -1: none) up to ``end`` are a body's name
        whole: an item of a list of bodies."""
        if comma < 0:
            return False
        phrase = self.parser.parse(comma + 2, end)
        return phrase is not None and phrase.end == end

    def _body_before(self, start: int, verb: int) -> Organization | None:
        """The body that opens the sentence at ``start`` (or follows its source, ``Theo kế hoạch …,``, or its
        leading adverbial) and reaches the verb at ``verb`` (``UBND tỉnh yêu cầu``, ``Sở X đã có văn bản yêu
        cầu``): the first body of its phrase."""
        for at in self._giver_starts(start, verb):
            tail = _tail_re().search(self.folded, at, verb)  # "Bộ X còn yêu cầu": the body is no "Bộ X còn"
            phrase = self.parser.parse(at, tail.start()) if tail else None
            phrase = phrase or self.parser.parse(at, verb)  # "Sở cũng yêu cầu": the head the article names
            if phrase is None or not (
                self._gives(phrase.end, verb)
                or holds_to(self.folded, phrase.end, verb)
                or (tail is not None and phrase.end == tail.start())
            ):
                continue
            body = next((a for a in phrase.assignees if isinstance(a, Organization)), None)
            if body is not None and _names_a_giver(body):
                return body
        return None

    def _post_before(self, start: int, verb: int) -> Organization | None:
        """The body of a post the article names no holder of that opens the sentence at ``start`` (past its
        connectors and leading adverbial) and reaches the verb at ``verb`` (``Chủ tịch UBND tỉnh Bình Thuận yêu
        cầu …``): the post gives the directive on its body's behalf."""
        for at in self._giver_starts(start, verb):
            post = self._unnamed_posts.get(at)
            if post is None or post.span.end > verb:
                continue
            tail = _tail_re().search(self.folded, post.span.end, verb)  # "Chủ tịch UBND tỉnh X còn yêu cầu"
            if (
                self._gives(post.span.end, verb)
                or holds_to(self.folded, post.span.end, verb)
                or (tail is not None and tail.start() == post.span.end and tail.end() == verb)
            ):
                body = post.org
                return body if body is not None and _names_a_giver(body) else None
        return None

    @functools.cached_property
    def _unnamed_posts(self) -> dict[int, Title]:
        """The posts named with no holder (``Chủ tịch UBND tỉnh X``), by where they start."""
        return {
            m.title.span.start: m.title
            for m in self.ann.title_mentions
            if m.person is None and m.title.org is not None
        }

    def _giving_body(self, state: ParagraphState, conclusion: bool, end: int) -> Organization | None:
        """The body that gives a draft ending at ``end`` read now: in its own sentence and the list it opened;
        in the sentences of its section while no official has taken the word and none names anyone."""
        g = self.giver
        if g is None:
            return None
        if g.paragraph == state.index and (g.sentence_start == state.sentence_start or state.list_mode):
            return g.body
        if not conclusion or g.speaker != self.speaker:
            return None
        # someone named in the sentence speaks for himself (``ĐBQH X cho rằng: "Cần …"``, ``Theo ông Y, …``)
        return None if self.mention_index.starts_within(state.sentence_start, end) else g.body
