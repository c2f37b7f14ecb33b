"""Meetings a report names in passing.

By what was issued after them:

``UBND quận Tây Hồ đã ban hành kết luận của đồng chí Lê Hoàng - Phó Chủ tịch UBND quận tại
cuộc họp về công tác di dời …``: a meeting the official presided, held by the official's body,
on a day the text does not give (the day written is the one the conclusions were issued).

By where something was said: ``Tại hội nghị sơ kết công tác trật tự đô thị trên địa bàn quận 1
diễn ra chiều 14/6, bà X cho biết …`` — a meeting on that day, in the unit its name gives.

A mixin of :class:`kg.extract.meetings.reader._Reader`.
"""

from __future__ import annotations

import re

from kg.extract.dates import DateMention, ResolvedDate
from kg.extract.meetings.lexicon import DATE_LEAD, Named, _cue_re, _is_meeting_word, _kind_re
from kg.extract.meetings.organizer import meeting_place
from kg.lexicon.patterns import skip_spaces
from kg.lexicon.resources import resources
from kg.model import Annotations, MeetingInfo, Organization, Span

NAME_REACH = 40  # the official stands this close after "kết luận của" (a title and "đồng chí" between)
AT_REACH = 90  # "tại cuộc họp" follows the official's name and titles within this many characters
LEAD_WORDS = 1  # an honorific at most before the official who invited (ông, bà)
_AT = re.compile(r"[ ,]*tại[ ]+")


class RecalledReader:
    """Finding a recalled meeting (see the module docstring)."""

    ann: Annotations
    folded: str
    headline: Span | None
    body: list[Span]

    def _named_in(self, start: int, end: int) -> list[Named]:
        raise NotImplementedError

    def _dates(self, span: Span) -> list[DateMention]:
        raise NotImplementedError

    def date(self, anchor: Span, window: list[Span]) -> tuple[DateMention, ResolvedDate] | None:
        raise NotImplementedError

    def _dated(self, info: MeetingInfo, dated: tuple[DateMention, ResolvedDate] | None) -> MeetingInfo:
        raise NotImplementedError

    def _organizer_in(self, span: Span) -> Organization | None:
        raise NotImplementedError

    def organizer(self, anchor: Span, chairs: tuple[str, ...], headline: bool = True) -> Organization | None:
        raise NotImplementedError

    def _opening_body(self, span: Span, before: int,
                      orgs: list[tuple[Organization, int, int]]) -> Organization | None:
        raise NotImplementedError

    def _orgs(self, span: Span) -> list[tuple[Organization, int, int]]:
        raise NotImplementedError

    def _bodies_of(self, name: str) -> list[Organization]:
        raise NotImplementedError

    def event(self, span: Span) -> tuple[str, str, Span] | None:
        raise NotImplementedError

    def read(self, anchor: Span, event: tuple[str, str, Span] | None = None) -> tuple[MeetingInfo, Span] | None:
        raise NotImplementedError

    def _names_conclusions(self) -> bool:
        """Whether the article has a ``kết luận của`` cue at all (one substring test per article)."""
        got: bool | None = getattr(self, "_conclusions", None)
        if got is None:
            got = any(cue in self.folded for cue in resources().meeting_cues.get("conclusion_of", ()))
            self._conclusions = got
        return got

    def recalled(self, sent: Span, before: list[tuple[MeetingInfo, Span]]) -> tuple[MeetingInfo, Span] | None:
        """A meeting named by the conclusions of its chair (``kết luận của X tại cuộc họp``)."""
        folded = self.folded
        if not self._names_conclusions():
            return None
        for m in _cue_re("conclusion_of").finditer(folded, sent.start, sent.end):
            named = self._named_in(m.end(), min(sent.end, m.end() + NAME_REACH))
            if not named:
                continue
            chair = named[0]
            stop = re.compile(r"[;.]").search(folded, chair.end, min(sent.end, chair.end + AT_REACH))
            limit = stop.start() if stop else min(sent.end, chair.end + AT_REACH)
            at = next((a for a in _AT.finditer(folded, chair.end, limit)), None)
            event = _kind_re().match(folded, at.end()) if at is not None else None
            if event is None or not _is_meeting_word(event.group()):
                continue
            if any(chair.name in info.chairs for info, _ in before):
                return None  # the conclusions of a meeting already reported
            kind = resources().meeting_kinds[event.group()][1]
            organizer = self.organizer(Span(sent.start, sent.start), (chair.name,), headline=False)
            info = MeetingInfo(key=f"m{len(before) + 1}", kind=kind, chairs=(chair.name,),
                               organizer=organizer, place=meeting_place(organizer, self.ann))
            return info, sent
        return None

    def told_at(self, body: list[Span]) -> tuple[MeetingInfo, Span] | None:
        """The meeting of a report that names none in its lead but returns to one it told without a meeting word
        (``… vừa mời ông X đến để trao đổi. Tại buổi làm việc, ông X khẳng định …``): the first sentence opening
        with ``held_at``, a bare meeting word and a comma, read as the report's anchor (undated: its day is the
        one the lead gives to the invitation, not to the session)."""
        folded = self.folded
        for i, sent in enumerate(body):
            if not folded.startswith(resources().meeting_cues.get("held_at", ()), sent.start):
                continue
            at = _cue_re("held_at").match(folded, sent.start)
            event = _kind_re().match(folded, skip_spaces(folded, at.end())) if at is not None else None
            if event is None or not _is_meeting_word(event.group()):
                continue
            comma = skip_spaces(folded, event.end())
            if not folded.startswith(",", comma):
                continue
            if self._other_event_before(body[:i]):
                return None  # "Tại hội nghị," after a dialogue or a ceremony: that event
            got = self.read(sent)
            if got is not None:
                return got
            organizer = self._told_holder(body[i - 1] if i else None, Span(comma + 1, sent.end))
            if organizer is None:
                return None
            kind = resources().meeting_kinds[event.group()][1]
            info = MeetingInfo(key="m1", kind=kind, organizer=organizer, place=meeting_place(organizer, self.ann))
            return info, sent
        return None

    def _other_event_before(self, before: list[Span]) -> bool:
        """Whether an event none of the meetings is told before (in the headline or the body): a visit, a
        dialogue, a voter contact the session may be part of."""
        head = [self.headline] if self.headline is not None else []
        return any((event := self.event(sent)) is not None and event[0] != "meeting" for sent in head + before)

    def _told_holder(self, before: Span | None, clause: Span) -> Organization | None:
        """Who held a session told again after ``Tại buổi làm việc,``: the body the clause opens with (``Sở Y tế
        đã chỉ đạo …``), else the one the sentence before says holds it, else that sentence's opening official's
        body (``Ông X - Chánh văn phòng UBND tỉnh cho biết vừa mời ông Y đến để trao đổi``: who invited)."""
        org = self._opening_body(clause, clause.end, self._orgs(clause))
        if org is not None or before is None:
            return org
        org = self.organizer(before, (), headline=False)
        if org is not None:
            return org
        first = next((n for n in self._named_in(before.start, before.end)), None)
        if first is None:
            return None
        lead = DATE_LEAD.sub("", self.folded[before.start : first.start], count=1).split()
        if len(lead) > LEAD_WORDS:
            return None
        bodies = self._bodies_of(first.name)
        return bodies[0] if bodies else None

    def held_at(self, sent: Span, before: list[tuple[MeetingInfo, Span]]) -> tuple[MeetingInfo, Span] | None:
        """A meeting the sentence opens with, naming its day (``Tại hội nghị … diễn ra chiều 14/6, …``)."""
        folded = self.folded
        if not folded.startswith(resources().meeting_cues.get("held_at", ()), sent.start):
            return None  # a prefix test is faster than the bounded cue pattern on every sentence
        at = _cue_re("held_at").match(folded, sent.start)
        event = _kind_re().match(folded, skip_spaces(folded, at.end())) if at is not None else None
        if event is None or not _is_meeting_word(event.group()):
            return None
        comma = folded.find(",", event.end(), sent.end)
        if comma < 0:
            return None
        clause = Span(sent.start, comma)
        if not any(d.prefixed for d in self._dates(clause)):
            return None
        places = [pm.place for pm in self.ann.places if pm.span is not None and pm.place.code
                  and clause.start <= pm.span.start < clause.end]
        kind = resources().meeting_kinds[event.group()][1]
        # "Tại Hội nghị … của Cục Hải quan Hải Phòng (ngày 21/1)", else the body the sentence before says held it
        organizer = self._organizer_in(clause) or self._held_just_before(sent, event.group())
        place = meeting_place(organizer, self.ann) if organizer is not None and organizer.place else None
        info = MeetingInfo(key=f"m{len(before) + 1}", kind=kind, organizer=organizer,
                           place=place or (places[0] if places else meeting_place(organizer, self.ann)))
        info = self._dated(info, self.date(clause, [sent]))
        if any((m.date, m.partial_date) == (info.date, info.partial_date) for m, _ in before):
            return None  # the meeting of that day, reported already
        return info, sent

    def _held_just_before(self, sent: Span, word: str) -> Organization | None:
        """The body the sentence right before ``sent`` says holds a meeting of the same kind, which ``sent`` then
        returns to (``UBND xã Hòa Tiến đã tổ chức cuộc họp các bên. Tại cuộc họp ngày 14-11, …``)."""
        idx = self.body.index(sent) if sent in self.body else -1
        if idx < 1:
            return None
        before = self.body[idx - 1]
        kind = resources().meeting_kinds[word][1]
        if not any(resources().meeting_kinds[m.group()][1] == kind
                   for m in _kind_re().finditer(self.folded, before.start, before.end)):
            return None
        return self._organizer_in(before)
