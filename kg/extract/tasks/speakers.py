"""Who says a directive: the people an article names with a post, and the words of those it names with none.

A mixin of :class:`kg.extract.tasks.checks.ClauseChecks` (the task reader's checks): a request, an
emphasis or a quotation directs only when an official says it (issue 26). A resident, a witness, an
expert or a lawyer the article names with no post (``Ông Trần Văn A (trú thôn 3) đề nghị …``,
``PGS.TS B cho rằng …; Ông nhấn mạnh: …``) and the quotations they are said to say (``“… Chúng tôi
yêu cầu chủ đầu tư …”, ông A nói.``) give no task.
"""

from __future__ import annotations

import bisect
import functools
import re

from kg.annotate.titles import country_re
from kg.extract.tasks.assignees import AssigneeParser, group_words
from kg.extract.tasks.cues import bare_honorific_re, cue_re
from kg.extract.tasks.mentions import MentionIndex, since
from kg.extract.tasks.quotes import said_quotes
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import alternation, head_re, skip_spaces
from kg.lexicon.resources import derived, resources
from kg.model import Annotations, Span

_WORD = re.compile(r"(?<!\w)\w+")
# How far before a directive verb a company or association may be named as its subject, in characters and words.
_BUSINESS_CHARS = 80
_BUSINESS_WORDS = 12
# How far back an honorific alone before a directive verb ("Ông nhấn mạnh: …") looks for whom it names.
_HONORIFIC_WINDOW = 24


# "Cử tri Lưu Khánh": a word for people and the capitalized words of a name before a later short name.
_INTRODUCED = re.compile(r"(?<!\w)\w+(?:[ ]+\w+)?(?P<rest>(?:[ ]+[A-ZĐ]\w*){0,3})[ ]+$")
_INTRODUCED_CHARS = 60


@derived
def _honorific_name_re() -> re.Pattern[str]:
    """An honorific (kg/data/honorifics.txt, either case) and the capitalized name after it (``ông Khánh``)."""
    words = resources().honorifics
    honorific = alternation([*words, *(w.capitalize() for w in words)])
    return re.compile(rf"(?<!\w)(?:{honorific})[ ]+(?P<name>[A-ZĐ]\w*(?:[ ]+[A-ZĐ]\w*)*)")


@derived
def _public_re() -> re.Pattern[str]:
    """The public addressed: task_cues ``public``, after an ``everyone`` word or not (``các hộ dân``)."""
    cues = resources().task_cues
    return re.compile(rf"(?:(?:{alternation(cues['everyone'])})[ ]+)?(?:{alternation(cues['public'])})(?!\w)")


class SpeakerChecks:
    """Predicates on who says what (see the module docstring)."""

    text: str
    folded: str
    mention_index: MentionIndex
    parser: AssigneeParser
    ann: Annotations

    def _skip_connectors(self, pos: int, end: int) -> int:
        raise NotImplementedError  # read by ClauseChecks, which this class is a base of
    reports_meeting: bool

    @functools.cached_property
    def _posted(self) -> frozenset[str]:
        """The people the article names with a post, on any of their mentions, in a body that is no
        company (task_groups ``company``): the officials. A resident, a witness, an expert or a
        lawyer named with no post gives no directive, nor does a deputy (see :attr:`_proposers`)."""
        companies = tuple(resources().task_groups.get("company", ()))
        names = {m.person for m in self.ann.title_mentions if m.person}
        for p in self.ann.people:
            if any(t.org is None or not fold(t.org.head).startswith(companies) for t in p.titles):
                names.add(p.name)
        return frozenset(names - self._proposers)

    @functools.cached_property
    def _proposers(self) -> frozenset[str]:
        """The people whose every post only seats them in an assembly (task_cues ``deputy``: ``đại biểu
        Quốc hội``): their requests and opinions are proposals, even at the meeting the article reports."""
        deputy = frozenset(resources().task_cues.get("deputy", ()))
        held: dict[str, list[bool]] = {}
        for p in self.ann.people:
            held.setdefault(p.name, []).extend(fold(t.role) in deputy for t in p.titles)
        for m in self.ann.title_mentions:
            if m.person:
                held.setdefault(m.person, []).append(fold(m.title.role) in deputy)
        return frozenset(name for name, posts in held.items() if posts and all(posts))

    def _unposted_gives(self, start: int, verb: int) -> bool:
        """Whether the person who says the directive verb at ``verb`` holds no post (see
        :attr:`_posted`): the last one named in its sentence before it, with no giving body
        (task_cues ``giver``) in between (``Ông Trần Văn A (trú thôn 3) đề nghị …``), in an article
        that reports no meeting (a meeting's participant named bare is taken for a member); or, for
        an honorific alone (``Ông nhấn mạnh: …``), the last one the article named before it."""
        last = self.mention_index.last_mention(since(start, verb), verb)
        if last is not None and self.reports_meeting and last[2] not in self._proposers:
            return False
        if last is None:
            honorific = bare_honorific_re().search(self.folded, max(start, verb - _HONORIFIC_WINDOW), verb)
            if honorific is None or self.folded[honorific.start() - 1 : honorific.start()].isalnum():
                return False  # no honorific ("… phường Đông yêu cầu": no "ông")
            last = self.mention_index.last_mention(0, verb)
            if last is None:
                return False
        elif cue_re("giver").search(self.folded, last[1], verb):
            return False  # "Theo ông A, UBND xã yêu cầu …": the body gives it
        return last[2] not in self._posted

    @functools.cached_property
    def _unposted_quotes(self) -> list[tuple[int, int]]:
        """The quotations a person with no post or residents said (``“… Chúng tôi yêu cầu chủ đầu tư
        …”, ông Trần Văn A nói.``, ``…”, một người dân bức xúc.``), as ``[start, close)`` spans in order."""
        out: list[tuple[int, int]] = []
        pos = 0
        for line in self.text.split("\n"):
            para = Span(pos, pos + len(line))
            pos = para.end + 1
            for said in said_quotes(self.text, self.folded, para) if "”" in line or '"' in line else ():
                who = said.who
                named = self.mention_index.last_mention(who.start, who.end)  # the one nearest the verb
                citizens = named is None and (
                    cue_re("not_giver").search(self.folded, who.start, who.end) or self._citizen_named(who)
                )
                if citizens or (named is not None and named[2] not in self._posted):
                    out.append((said.start, said.close))
        return out

    def _citizen_named(self, who: Span) -> bool:
        """``…”, ông Khánh đề nghị.``: an honorific and a name no person was read for, that the article
        introduced before as one who gives no directive (task_cues ``not_giver``: ``Cử tri Lưu Khánh …``)."""
        m = _honorific_name_re().search(self.text, who.start, who.end)
        if m is None:
            return False
        name, pos = m.group("name"), m.start()
        while (pos := self.text.rfind(name, 0, pos)) >= 0:
            before = _INTRODUCED.search(self.text, max(0, pos - _INTRODUCED_CHARS), pos)
            if before is not None and cue_re("not_giver").fullmatch(self.folded, before.start(), before.start("rest")):
                return True
        return False

    def _in_unposted_quote(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation said by a person with no post (see :attr:`_unposted_quotes`)."""
        i = bisect.bisect_right(self._unposted_quotes, (pos, len(self.text))) - 1
        return i >= 0 and self._unposted_quotes[i][0] <= pos < self._unposted_quotes[i][1]

    def _acts_first(self, opened: int, verb: int) -> bool:
        """Whether the clause, before the directive verb at ``verb``, names no one: lower-case words
        none of which is a body's head, a group's noun or a body cue (``…; khảo sát lựa chọn điểm du
        lịch đề nghị Hiệp hội X công nhận …``): a step the article narrates, whose request no one gives
        (``Theo đó, sở này đề nghị …`` names its giver by the head ``sở``)."""
        if opened >= verb:
            return False
        for m in _WORD.finditer(self.text, opened, verb):
            at = m.start()
            if not self.text[at].islower() or any(
                p.match(self.folded, at, verb) for p in (head_re(), group_words("noun"), cue_re("body"))
            ):
                return False
        return True

    def _business_gives(self, start: int, verb: int) -> bool:
        """Whether a company or a trade association (task_cues ``business``) named in the sentence says the
        directive verb at ``verb`` (``…, Hiệp hội Chăn nuôi tỉnh đề nghị Sở NN-PTNT …``): its request is a
        proposal, no directive. The body opens the sentence or a comma's clause and reaches the verb with
        no comma between (``Công ty Dawaco cũng đề nghị``), whether the assignee grammar knows its name or not."""
        for m in cue_re("business").finditer(self.folded, max(start, verb - _BUSINESS_CHARS), verb):
            if m.start() > 0 and self.folded[m.start() - 1].isalnum():
                continue
            comma = self.folded.rfind(",", start, m.start())
            opening = skip_spaces(self.folded, comma + 1 if comma >= 0 else start, m.start())
            opened = self._skip_connectors(opening, m.start())
            officer = opened != m.start() and self._speaks_for(opened, m.start())
            if opened != m.start() and not officer:
                continue  # "… hoạt động của các doanh nghiệp … và giao UBND quận …": no subject
            stretch = self.folded[m.start() : verb]
            if "," in stretch:
                continue
            if officer:  # "Giám đốc Công ty X (Hà Nội) Nguyễn Văn A đề nghị …": the officer, then his name
                return True
            if len(stretch.split()) <= _BUSINESS_WORDS and not self.mention_index.starts_within(m.start(), verb):
                return True
        return False

    def _speaks_for(self, pos: int, at: int) -> bool:
        """Whether the words ``[pos, at)`` before a company name its officer (a role of kg/data/roles.tsv or
        task_cues ``speaks_for``: ``Giám đốc Công ty X đề nghị …``, ``đại diện Tập đoàn Y yêu cầu …``)."""
        words = self.folded[pos:at].strip()
        return words in resources().roles or words in resources().task_cues.get("speaks_for", ())

    def _to_public(self, pos: int, end: int) -> bool:
        """Whether a directive verb's addressee at ``pos`` is the public (task_cues ``public``, counted by
        ``everyone`` or not: ``đề nghị người dân bình tĩnh``, ``đề nghị bà con kiểm tra …``): an appeal or
        advice to citizens, no directive to a body."""
        return _public_re().match(self.folded, pos, end) is not None

    def _foreign_at(self, pos: int, end: int) -> bool:
        """Whether a country (kg/data/countries.txt, capitalized, not also a given name) is named at ``pos``:
        a request to it or to a body of it (``đề nghị Chính phủ Australia cân nhắc …``, ``đề nghị Hoa Kỳ dỡ
        bỏ …``) goes to a partner, no directive. A capitalized word after it makes a longer name (``Lào Cai``)."""
        at = skip_spaces(self.folded, pos, end)
        m = country_re().match(self.folded, at, end)
        if m is None or not self.text[at : at + 1].isupper() or resources().countries[m.group()][1]:
            return False
        after = skip_spaces(self.folded, m.end(), end)
        return not self.text[after : after + 1].isupper()  # "Lào Cai", "Mỹ Tho": a longer name, a Vietnamese unit
