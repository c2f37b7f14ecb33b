"""Meetings: the meeting an article reports (date, organizer, chair, attendees, kind, period).

A report dates its event in one of its first sentences, the *anchor*
(``Sáng ngày 26/11, UBND thành phố Từ Sơn tổ chức phiên họp thường kỳ…``). The
first event word of the anchor (``kg/data/meeting_kinds.tsv``) says what the
event is: a session, briefing, conference, congress, working session or seminar
is a meeting; a visit, ceremony, inspection, press conference or voter contact is
not. Further meetings the report covers open their own sentence with their day and
who presided (:mod:`kg.extract.meetings.more`).

Around the anchor the report names who presided (``… chủ trì``; the official who ``có buổi làm việc với``; else whoever
``kết luận`` or ``phát biểu chỉ đạo``), who attended (``Dự họp có …``, ``Tham dự …``, ``Về dự …``) and,
at the subject of ``tổ chức`` / ``họp`` or after the meeting word (``phiên họp
… của UBND thị xã``), the body that held it. Names are the canonical names of
:attr:`Annotations.people`; a title used alone counts through its coreference.
Cue phrases live in ``kg/data/meeting_cues.tsv``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from kg.extract.contract import context_of, folded_of
from kg.extract.dates import (
    DateMention,
    Period,
    ResolvedDate,
    article_periods,
    era_window,
    find_dates,
    find_periods,
    opening_periods,
    resolve,
)
from kg.extract.meetings.attendees import AttendeeReader
from kg.extract.meetings.chairs import ChairReader
from kg.extract.meetings.lexicon import Named, _cue_re, _is_meeting_word, _kind_re
from kg.extract.meetings.more import opening_day, opening_starts, openings
from kg.extract.meetings.organizer import OrganizerReader, meeting_place
from kg.extract.meetings.recalled import RecalledReader
from kg.extract.registry import register
from kg.lexicon.gazetteer import REFORM, REFORM_DATE
from kg.lexicon.patterns import head_re, skip_spaces
from kg.lexicon.resources import resources
from kg.model import (
    Annotations,
    Document,
    Evidence,
    Fact,
    MeetingInfo,
    Pred,
    Span,
)

ANCHOR_SENTENCES = 4  # a report dates its event in its first sentences
WINDOW_SENTENCES = 6  # chair and attendance clauses follow the anchor closely
FOLLOW_SENTENCES = 2  # a meeting held after a ceremony or a visit is told in the sentences right after it
CONTEXT_SENTENCES = 2  # an undated period may be named when the report returns to the meeting
HEADING_CHARS = 120  # a sub-heading line naming a meeting and its holder is shorter than this


_QUOTED = re.compile(r'"[^"\n]*"')


@register
class MeetingExtractor:
    """Yields ``article MEETING MeetingInfo`` for each meeting an article reports."""

    name = "meetings/2"
    kinds = frozenset({Pred.MEETING})
    needs = frozenset({"sentences", "people", "titles", "places", "folded", "context"})

    def __call__(self, doc: Document, ann: Annotations, prior: Sequence[Fact] = ()) -> Iterator[Fact]:
        for info, span in _Reader(doc, ann).read_all():
            yield Fact(doc.doc_id, Pred.MEETING, info, Evidence(doc.doc_id, span, self.name))


class _Reader(OrganizerReader, RecalledReader, AttendeeReader, ChairReader):
    """Reads the reported meeting of one document."""

    def __init__(self, doc: Document, ann: Annotations) -> None:
        self.doc, self.ann = doc, ann
        self.text = doc.text
        self.folded = folded_of(ann)
        head = doc.headline
        body = doc.body
        self.headline = head
        self.body = [s for s in ann.sentences
                     if (head is None or s.start >= head.end)
                     and (body is None or s.start < body.end)]
        named = [Named(p.span.start, p.span.end, p.name) for p in ann.people if not self._in_body(p.span)]
        named += [Named(t.title.span.start, t.title.span.end, t.person)
                  for t in ann.title_mentions if t.person]
        self.named = sorted(named, key=lambda n: (n.start, n.end))
        self.taken = [p.span for p in ann.people] + [t.span for p in ann.people for t in p.titles]
        self.taken += [t.title.span for t in ann.title_mentions]
        self._dates_of: dict[Span, tuple[DateMention, ...]] = {}  # the same sentences are asked again
        self.ctx = context_of(ann)

    def _in_body(self, span: Span) -> bool:
        """Whether a name is cut from a body's name that runs past it (``Các đồng chí Ban Thường vụ Đảng ủy``)."""
        head = head_re().match(self.folded, span.start)
        return head is not None and head.end() > span.end

    # -- the event --------------------------------------------------------------------
    def event(self, span: Span) -> tuple[str, str, Span] | None:
        """The first event word of ``span`` outside quotes and titles: (class, kind, where)."""
        quoted = [Span(m.start(), m.end())
                  for m in _QUOTED.finditer(self.folded, span.start, span.end) if not self._quoted_name(m.start())]
        hosts = self._host_phrases(span)
        for m in _kind_re().finditer(self.folded, span.start, span.end):
            where = Span(m.start(), m.end())
            if any(q.contains(where) for q in quoted) or self._in_taken(where.start):
                continue
            if any(h.start <= where.start < h.end for h in hosts):
                continue  # "Trong khuôn khổ Hội nghị SOM2, … tổ chức Tọa đàm": the host event, not the one told
            cls, kind = resources().meeting_kinds[m.group()]
            if cls == "other" and kind in resources().meeting_cues.get("visit_session", ()):
                session = self._session_with(where.end, span.end, quoted)
                if session is not None:  # "thăm … và làm việc với UBND tỉnh": the working session
                    return "meeting", "buổi làm việc", session
            if cls == "other":
                joined = self._joined_meeting(where.end, span.end)
                if joined is not None:  # "Lễ trao Huy hiệu Đảng gắn với tổ chức Hội nghị sơ kết": the meeting
                    return joined
            if cls == "meeting" and self._announces_post(where.end, span.end):
                return "other", "công bố quyết định", where
            if cls != "body":  # "đoàn kiểm tra" names who acts, not the event
                return cls, kind, where
        return None

    def _joined_meeting(self, start: int, end: int) -> tuple[str, str, Span] | None:
        """A meeting held together with the event that ends at ``start``: named in its clause right after a
        ``joined_with`` cue and an optional ``organize`` verb (``Lễ trao Huy hiệu Đảng gắn với tổ chức Hội nghị sơ
        kết``, ``Lễ kỷ niệm và Hội nghị tổng kết``)."""
        folded = self.folded
        stop = min((i for i in (folded.find(c, start, end) for c in ".;:") if i >= 0), default=end)
        for cue in _cue_re("joined_with").finditer(folded, start, stop):
            at = skip_spaces(folded, cue.end())
            verb = _cue_re("organize").match(folded, at)
            if verb is not None and not _kind_re().match(folded, at):
                at = skip_spaces(folded, verb.end())
            event = _kind_re().match(folded, at)
            if event is not None and _is_meeting_word(event.group()) and not self._in_taken(at):
                cls, kind = resources().meeting_kinds[event.group()]
                return cls, kind, Span(event.start(), event.end())
        return None

    def _quoted_name(self, quote: int) -> bool:
        """Whether the quote opening at ``quote`` names the meeting held there: right after ``tại`` (meeting_cues
        ``held_at``) and opening with a meeting word (``… đã khẳng định tại "Hội nghị gặp gỡ doanh nghiệp" ngày
        23-3``), not someone's words."""
        folded = self.folded
        before = folded[max(0, quote - 12) : quote].rstrip().rsplit(" ", 1)[-1]
        if before not in resources().meeting_cues.get("held_at", ()):
            return False
        event = _kind_re().match(folded, quote + 1)
        return event is not None and _is_meeting_word(event.group())

    def _host_phrases(self, span: Span) -> list[Span]:
        """The phrases of ``span`` that name a host event (meeting_cues ``host_event``: ``trong khuôn khổ``,
        ``bên lề``, up to the next comma) when the rest of ``span`` tells another event inside or beside it: a
        meeting word (``Bên lề Hội nghị, Bộ trưởng có buổi làm việc với …``) or a named one an ``organize`` verb
        opens (``Trong khuôn khổ Hội nghị SOM2, … Ủy ban quốc gia APEC tổ chức Đối thoại nhiều bên``). Else the
        host is the event told (``Trong khuôn khổ Hội nghị, ngày 12/5, các đại biểu đi thực địa``)."""
        folded = self.folded
        out = []
        for m in _cue_re("host_event").finditer(folded, span.start, span.end):
            ends = [i for i in (folded.find(c, m.end(), span.end) for c in ",.;") if i >= 0]
            host = Span(m.start(), min(ends, default=span.end))
            if self._tells_another(host.end, span.end):
                out.append(host)
        return out

    def _tells_another(self, start: int, end: int) -> bool:
        folded = self.folded
        if any(resources().meeting_kinds[k.group()][0] == "meeting" and not self._in_taken(k.start())
               for k in _kind_re().finditer(folded, start, end)):
            return True
        return any(self.text[i].isupper() for i in (skip_spaces(folded, v.end()) for v in
                                                   _cue_re("organize").finditer(folded, start, end)) if i < end)

    def _announces_post(self, start: int, end: int) -> bool:
        """Whether the meeting word ending at ``start`` only announces a decision on a post (meeting_cues
        ``announce`` right after it, an ``appointment_word`` later in its clause: ``hội nghị công bố quyết định
        của Ban Thường vụ … về việc chỉ định Bí thư``)."""
        folded = self.folded
        cue = _cue_re("announce").match(folded, skip_spaces(folded, start))
        if cue is None:
            return False
        stop = min((i for i in (folded.find(c, cue.end(), end) for c in ".;\n") if i >= 0), default=end)
        return _cue_re("appointment_word").search(folded, cue.end(), stop) is not None

    def _ahead(self, sent: Span) -> bool:
        """Whether ``sent`` announces a meeting still to come: an ``ahead`` cue between its meeting word and its
        first day (``Đại hội … sẽ diễn ra vào ngày 2 và 3-10``)."""
        dates = self._dates(sent)
        event = self.event(sent)
        if not dates or event is None or event[0] != "meeting" or event[2].start > dates[0].span.start:
            return False
        return _cue_re("ahead").search(self.folded, event[2].end, dates[0].span.start) is not None

    def _session_with(self, start: int, end: int, quoted: list[Span]) -> Span | None:
        """A working session with a body said by a host cue (``đã có buổi làm việc với``) in
        ``[start, end)``, outside quotes: what a visit or an inspection before it turns into."""
        for m in _cue_re("host").finditer(self.folded, start, end):
            where = Span(m.start(), m.end())
            if not any(q.contains(where) for q in quoted):
                return where
        return None

    def _in_taken(self, pos: int) -> bool:
        return any(t.start <= pos < t.end for t in self.taken)

    def _dates(self, span: Span) -> list[DateMention]:
        if span not in self._dates_of:
            self._dates_of[span] = tuple(find_dates(self.text, self.folded, span.start, span.end))
        return list(self._dates_of[span])

    def anchor(self) -> Span | None:
        """The sentence that reports the event: dated and naming an event, among the first ones."""
        lead = self.body[:ANCHOR_SENTENCES]
        for wanted in ("prefixed", "bare"):
            for sent in lead:
                dates = self._dates(sent)
                ok = any(d.prefixed for d in dates) if wanted == "prefixed" else bool(dates)
                if ok and self.event(sent) is not None and not self._ahead(sent):
                    return sent
        head_event = self.event(self.headline) if self.headline else None
        if head_event is None or head_event[0] != "meeting":
            # an undated report counts only when its headline names a meeting, or its lead
            # opens with the meeting and the body that held it (Tại kỳ họp thứ 19, Ủy ban Kiểm tra Trung ương …)
            return next((sent for sent in lead if self._opens_with_held(sent) or self._tells_held(sent)
                         or self._names_held(sent) or self._tells_chaired(sent) or self._said_at_held(sent)), None)
        for sent in lead:
            if self.event(sent) is not None:
                return sent
        return self.headline

    def _opens_with_held(self, sent: Span) -> bool:
        """Whether ``sent`` opens with a meeting (meeting_cues ``held_at``: ``Tại kỳ họp thứ 19, …``)
        whose holder its clause names."""
        folded = self.folded
        at = _cue_re("held_at").match(folded, sent.start)
        if at is None:
            return False
        event = _kind_re().match(folded, skip_spaces(folded, at.end()))
        if event is None or not _is_meeting_word(event.group()):
            return False
        return self._organizer_in(sent) is not None

    def _said_at_held(self, sent: Span) -> bool:
        """Whether ``sent`` tells what was said at a meeting it names after ``tại`` (meeting_cues ``held_at``) and
        whose holder it names after ``của`` (meeting_cues ``of``) right after the meeting word: ``Yêu cầu trên được
        Bí thư Tỉnh ủy nêu tại buổi làm việc của Thường trực Tỉnh ủy với UBND tỉnh``."""
        folded = self.folded
        quoted = [Span(m.start(), m.end()) for m in _QUOTED.finditer(folded, sent.start, sent.end)]
        for at in _cue_re("held_at").finditer(folded, sent.start, sent.end):
            if any(q.start <= at.start() < q.end for q in quoted):
                continue
            event = _kind_re().match(folded, skip_spaces(folded, at.end()))
            if event is None or not _is_meeting_word(event.group()) or self._in_taken(event.start()):
                continue
            of = _cue_re("of").match(folded, skip_spaces(folded, event.end()))
            if of is not None and self._organizer_in(Span(event.start(), sent.end)) is not None:
                return True
        return False

    def _tells_held(self, sent: Span) -> bool:
        """Whether ``sent`` says a body has held a meeting (meeting_cues ``held_past`` right before an
        ``organize`` verb naming a meeting word: ``Ủy ban Kiểm tra Tỉnh ủy vừa tổ chức kỳ họp 21``),
        the body the subject of that verb."""
        folded = self.folded
        held = resources().meeting_cues.get("held_past", ())
        for verb in _cue_re("organize").finditer(folded, sent.start, sent.end):
            before = f" {folded[sent.start : verb.start()].rstrip()}"  # "đã tổ chức" is a verb of its own
            if not any(before.endswith(f" {cue}") or verb.group().startswith(f"{cue} ") for cue in held):
                continue
            event = _kind_re().match(folded, skip_spaces(folded, verb.end()))
            if event is not None and _is_meeting_word(event.group()):
                return self._organizer_in(sent) is not None
        return False

    def _tells_chaired(self, sent: Span) -> bool:
        """Whether ``sent`` says who presided over a meeting it names right after the chair cue (``Các ông: A - Bí
        thư Đảng ủy, Chủ tịch HĐND phường; B - … chủ trì kỳ họp``): an undated lead so told reports that meeting."""
        folded = self.folded
        for cue in _cue_re("chair").finditer(folded, sent.start, sent.end):
            event = _kind_re().match(folded, skip_spaces(folded, cue.end()))
            if event is not None and _is_meeting_word(event.group()):
                return bool(self.chairs([sent]))
        return False

    def _names_held(self, sent: Span) -> bool:
        """Whether ``sent`` is a line of its own that names a meeting and the body holding it, nothing else
        (a sub-heading: ``Đại hội đại biểu Mặt trận Tổ quốc xã Mường Than lần thứ I``, no final stop)."""
        line = self.text[sent.start : sent.end].rstrip()
        if not line or line[-1] in ".!?:;," or len(line) > HEADING_CHARS or "\n" in line:
            return False
        event = _kind_re().match(self.folded, sent.start)
        return event is not None and _is_meeting_word(event.group()) and self._organizer_in(sent) is not None

    # -- the meetings -----------------------------------------------------------------
    def read_all(self) -> list[tuple[MeetingInfo, Span]]:
        """The reported meeting, then each further one the report opens with its own day."""
        anchor = self.anchor()
        first = self.read(anchor) if anchor is not None else None
        if first is None and anchor is not None:
            first = self.after_event(anchor)
            anchor = first[1] if first is not None else anchor
        out = [first] if first is not None else []
        after = self.body.index(anchor) + 1 if anchor in self.body else 0
        rest = self.body[after:]
        starts = opening_starts(self.text, rest[0].start, rest[-1].end) if rest else []
        for whole in rest:
            for sent in openings(whole, starts):
                got = self.further(sent, out) or self.recalled(sent, out) or self.held_at(sent, out)
                if got is not None:
                    out.append(got)
                    break
        lead = self.event(anchor) if anchor is not None else None
        if not out and (lead is None or lead[0] == "meeting"):  # not after a visit, a ceremony, a voter contact
            told = self.told_at(self.body)
            out = [told] if told is not None else []
        return out

    def after_event(self, anchor: Span) -> tuple[MeetingInfo, Span] | None:
        """A meeting the lead tells right after a dated event that is none (a ceremony, a visit), in a sentence of
        its own that names the body holding it: ``Sáng 12/3, huyện X tổ chức lễ khánh thành trụ sở. Sau lễ, UBND
        huyện tổ chức hội nghị …``. Undated, it is held on the event's day."""
        event = self.event(anchor)
        if event is None or event[0] == "meeting" or anchor not in self.body:
            return None
        idx = self.body.index(anchor)
        for sent in self.body[idx + 1 : idx + 1 + FOLLOW_SENTENCES]:
            told = self._organized(sent)
            if told is None or self._organizer_in(sent) is None:
                continue
            got = self.read(sent, told)
            if got is None:
                return None
            info, span = got
            if info.date is None and info.partial_date is None:
                info = self._dated(info, self.date(anchor, [anchor]))
            return info, span
        return None

    def _organized(self, sent: Span) -> tuple[str, str, Span] | None:
        """The meeting ``sent`` says a body holds: a meeting word right after an ``organize`` verb (``UBND huyện tổ
        chức hội nghị``), in a clause that tells no time ahead (meeting_cues ``future_after``: ``sẽ tổ chức``)
        nor a campaign done (``done_before``: ``đã hoàn thành tổ chức đại hội``)."""
        folded = self.folded
        future = resources().meeting_cues.get("future_after", ()) + resources().meeting_cues.get("done_before", ())
        for verb in _cue_re("organize").finditer(folded, sent.start, sent.end):
            before = f" {folded[sent.start : verb.start()].rstrip()}"
            if any(before.endswith(f" {cue}") for cue in future):
                continue  # "sẽ tổ chức", "đã hoàn thành tổ chức đại hội": none held on the report's day
            at = skip_spaces(folded, verb.end())
            event = _kind_re().match(folded, at)
            if event is not None and _is_meeting_word(event.group()) and not self._in_taken(at):
                cls, kind = resources().meeting_kinds[event.group()]
                return cls, kind, Span(event.start(), event.end())
        return None

    def further(self, sent: Span, before: list[tuple[MeetingInfo, Span]]) -> tuple[MeetingInfo, Span] | None:
        """A sentence that reports another meeting: its day first, a meeting word, who presided."""
        day = opening_day(self._dates(sent), self.folded, sent)
        if day is None or (day is True and not before):
            return None
        event = self.event(sent)
        if event is None or event[0] != "meeting":
            return None
        chairs = self.chairs([sent])
        held_by = self._organizer_in(sent)
        if not chairs and held_by is None:
            return None
        info = MeetingInfo(key=f"m{len(before) + 1}", kind=event[1], chairs=chairs)
        organizer = held_by or self.organizer(sent, chairs, headline=False)
        info = replace(info, organizer=organizer, place=meeting_place(organizer, self.ann))
        if day is True:
            last = before[-1][0]
            info = replace(info, date=last.date, date_source=last.date_source,
                           partial_date=last.partial_date)
        else:
            info = self._dated(info, self.date(sent, [sent]))
        if day is not True and any(_same(m, info) for m, _ in before):  # "cùng ngày": another one
            return None  # the same meeting told again
        return info, sent

    def read(self, anchor: Span, event: tuple[str, str, Span] | None = None) -> tuple[MeetingInfo, Span] | None:
        event = event or self.event(anchor)
        if event is None or event[0] != "meeting":
            return None
        _, kind, _ = event
        idx = self.body.index(anchor) if anchor in self.body else -1
        window = [anchor] + self.body[idx + 1 : idx + 1 + WINDOW_SENTENCES]
        named = self.attendees(window)
        chairs = (self.chairs(window) or self.chair_of_meeting(idx + 1 + WINDOW_SENTENCES)
                  or self.concluder() or tuple(n for n in self.concluder("direct") if n not in named))
        attendees = tuple(n for n in dict.fromkeys(named) if n not in chairs)
        organizer = self.organizer(anchor, chairs)
        place = meeting_place(organizer, self.ann)
        if place is None and kind == "buổi làm việc":  # a ministry's working session with the unit it visits
            host = self._session_host(anchor)
            place = (host is not None and meeting_place(host, self.ann)) or meeting_place(None, self.ann)
        dated = self.date(anchor, window)
        if dated is None and not chairs and organizer is None:
            return None  # an undated mention of a meeting nobody held or chaired is not a report
        online = any(_cue_re("online").search(self.folded, s.start, s.end) for s in window)
        info = MeetingInfo(
            key="m1", kind=kind, organizer=organizer, chairs=chairs, attendees=attendees,
            place=place, period=self.period(anchor), online=online,
        )
        return self._dated(info, dated), anchor

    def _dated(self, info: MeetingInfo, dated: tuple[DateMention, ResolvedDate] | None) -> MeetingInfo:
        if dated is not None:
            mention, got = dated
            info = replace(
                info, date=got.date, date_source=got.source, partial_date=got.partial,
                end_date=got.end_date, part_of_day=mention.part_of_day,
                date_text=self.text[mention.span.start : mention.span.end],
            )
        return info

    def date(self, anchor: Span, window: list[Span]) -> tuple[DateMention, ResolvedDate] | None:
        """The day the meeting was held (the anchor's first dated phrase) and its settled year."""
        dates = self._dates(anchor)
        if not dates and anchor == self.headline:
            dates = [d for s in window[1:2] for d in self._dates(s)]
        elif not dates and self.headline is not None and self._head_meeting():
            # "Chiều ngày 18/8/2025, Đảng ủy phường X tổ chức Hội nghị …" as the first line: the lead told in it
            dates = [d for d in self._dates(self.headline) if d.prefixed]
        if not dates:
            return None
        mention = next((d for d in dates if d.prefixed), dates[0])
        headline = self.headline
        head_periods = [] if headline is None or headline == anchor else self._periods(headline, opening=True)
        context = self._periods(anchor, opening=True)
        for sent in window[1 : 1 + CONTEXT_SENTENCES]:
            if context:
                break
            # "Kỳ họp thông qua các báo cáo … năm 2019": a sentence that names the meeting again
            if self.event(sent) is not None:
                context = self._periods(sent)
        got = resolve(mention, dateline=self.doc.date, headline_periods=head_periods,
                      context_periods=context, article_periods=self._article_periods(), era=self._era())
        return mention, got

    def _head_meeting(self) -> bool:
        """Whether the headline names a meeting as its event."""
        event = self.event(self.headline) if self.headline is not None else None
        return event is not None and event[0] == "meeting"

    def _era(self) -> tuple[dt.date, dt.date] | None:
        """When an undated article read as written after the 2025 reform was written, if the terms it
        names as running bound it (:func:`kg.extract.dates.era_window`)."""
        if self.doc.date is not None or not self.body or self.ctx.gaz.era != REFORM:
            return None
        return era_window(self.folded, REFORM_DATE, self.body[0].start, self.body[-1].end)

    def _article_periods(self) -> list[Period]:
        """Every period and full date of the article (the year of an undated press report)."""
        if self.doc.date is not None or not self.body:
            return []
        return article_periods(self.text, self.folded, self.body[0].start, self.body[-1].end)

    def _periods(self, span: Span, *, opening: bool = False) -> list[Period]:
        """The periods ``span`` names; with ``opening``, also the year a term it opens began."""
        periods = find_periods(self.text, self.folded, span.start, span.end)
        if opening:
            periods += opening_periods(self.folded, span.start, span.end)
        return periods

    def period(self, anchor: Span) -> str | None:
        """The reporting period the meeting reviews (``tháng 12 và cả năm 2021``)."""
        for span in (anchor, self.headline):
            if span is None:
                continue
            periods = [p for p in self._periods(span) if not p.plan] or self._periods(span)
            if periods:
                return self.text[periods[0].span.start : periods[0].span.end]
        return None

    # -- people -----------------------------------------------------------------------
    def _named_in(self, start: int, end: int) -> list[Named]:
        return [n for n in self.named if start <= n.start < end]

    # -- the organizer ----------------------------------------------------------------
def _same(a: MeetingInfo, b: MeetingInfo) -> bool:
    """Two reports of one meeting: the same day, no two different chairs nor organizers' units."""
    if (a.date, a.partial_date) != (b.date, b.partial_date) or (a.date is None and a.partial_date is None):
        return False
    if a.chairs and b.chairs and a.chairs != b.chairs:
        return False
    if a.organizer is None or b.organizer is None:
        return True
    return a.organizer.key == b.organizer.key or a.organizer.place == b.organizer.place

