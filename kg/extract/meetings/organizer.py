"""Which body held a meeting: the subject of ``tổ chức`` / ``họp``, the body after the meeting
word (``phiên họp … của UBND thị xã``), else the chair's own body; and where it sits.

A mixin of :class:`kg.extract.meetings.reader._Reader`, which holds the article, its folded text,
the title context and the spans taken by officials.
"""

from __future__ import annotations

import re

from kg.annotate.context import TitleContext
from kg.annotate.titles import make_org, parse_org
from kg.extract.dates import Period, find_periods
from kg.extract.meetings.lexicon import (
    DATE_LEAD,
    OF_GAP,
    OF_WORDS,
    SUBJECT_GAP,
    VERB_TO_EVENT,
    Named,
    _between_re,
    _cue_re,
    _is_meeting_word,
    _kind_re,
    _role_re,
)
from kg.extract.meetings.more import complete_org, past_abbreviation
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import alternation, head_re, skip_spaces
from kg.lexicon.resources import derived, resources
from kg.model import Annotations, Document, Organization, Place, Span

NAME_COMMAS = 2  # commas a body's name may hold ("phòng, chống"), when a lower-case word follows
HOST_REACH = 16  # "có buổi làm việc với lãnh đạo UBND tỉnh": the host body starts this close after the cue
SPEAKER_LEAD_WORDS = 3  # "Phát biểu tại hội nghị", "Sáng 9/4, tại hội nghị": the words before "tại"
SPEAKER_VERB_WORDS = 5  # "đã khẳng định như vậy": the words between an opening speaker and "tại"
LEAD_WORDS = 4  # "Trong hai ngày 19-20/8, tỉnh X tổ chức": the words a unit's clause may open with
SUBJECT_WORDS = 12  # at most this many words after the head in a subject the grammar left unfinished
_WORD_START = re.compile(r"(?<!\w)\w")


def _names_event_at(folded: str, pos: int) -> bool:
    """An event word (not a body's, ``Đoàn Kiểm tra``) starts at ``pos``."""
    m = _kind_re().match(folded, pos)
    return m is not None and resources().meeting_kinds[m.group()][0] != "body"


_GOVERNMENT = "Ủy ban nhân dân"  # the body a unit named as a meeting's holder stands for
_ORDINAL = re.compile(r"(?<!\w)(?:lần )?thứ \w+")
_ASIDE = re.compile(r"\([^()]*\)")
_ORDINAL_NUMBER = re.compile(r"(?<!\w)số \w+")  # "đoàn công tác số 3"
_WORDS_THEN_DASH = re.compile(r"\s[-–]\s*$")  # "Cải cách … phải chạm đến trái tim công chức - Bí thư X đã nói"
_TERM = re.compile(r"(?<!\w)(?:khóa (?:[^\W\d_]+|\d+)|nhiệm kỳ \d{4}\s*[-–]\s*\d{4})(?!\w)")


def _session_gap(gap: str) -> bool:
    """Whether the words between a meeting word and a body only say which session it is: its
    number, an aside, a kind word of ``kg/data/meeting_cues.tsv`` (``between``): ``kỳ họp thứ 7,
    HĐND TP``, ``kỳ họp thứ 13 (kỳ họp bất thường) HĐND TP``, ``Đại hội đại biểu Đảng bộ xã``, and the
    period it falls in (``kỳ họp thường lệ cuối năm 2025 HĐND tỉnh``)."""
    rest = _ASIDE.sub(" ", _ORDINAL.sub(" ", gap))
    for period in reversed(find_periods(rest, rest)):
        rest = rest[: period.span.start] + " " + rest[period.span.end :]
    rest = _between_re().sub(" ", rest)
    return rest != gap and not rest.strip(" ,-")


def _session_gap_of(gap: str) -> bool:
    """Whether the gap says which session it is, then ``của`` (meeting_cues ``of``): ``Đại hội đại biểu lần thứ
    1, nhiệm kỳ 2025-2030 của Đảng bộ Đặc khu Cát Hải``."""
    words = gap.split()
    if len(words) < 2 or words[-1] not in resources().meeting_cues.get("of", ()):
        return False
    return _session_gap(_TERM.sub(" ", " " + " ".join(words[:-1]) + " "))


@derived
def _other_event_re() -> re.Pattern[str]:
    """An ``other_event`` cue (meeting_cues) whose clause runs to the end of the text searched."""
    cues = alternation(resources().meeting_cues.get("other_event", ()))
    return re.compile(rf"(?<!\w)(?:{cues})(?!\w)[^,;.:]*$")


MEETING_WORD_CHARS = 24  # a meeting word that may hold an organize verb inside it starts this close before it


def _attended_meeting_word(folded: str, pos: int, start: int) -> bool:
    """Whether the organize verb at ``pos`` is the inner word of a meeting word that an attendance cue names right
    before it (the ``họp`` of ``dự kỳ họp``, ``tham dự cuộc họp``): a noun, and the subject before it attends the
    meeting, it does not hold it."""
    lo = max(start, pos - MEETING_WORD_CHARS)
    for m in _kind_re().finditer(folded, lo, pos + MEETING_WORD_CHARS):
        if not m.start() < pos < m.end():
            continue
        for cue in _cue_re("attend").finditer(folded, max(start, m.start() - MEETING_WORD_CHARS), m.end()):
            if cue.start() < m.start() and cue.end() >= m.start() - 1:
                return True
    return False


def _other_event(folded: str, start: int, pos: int) -> bool:
    """Whether the meeting word at ``pos`` names another meeting than the reported: one ahead that it readies or
    reports to (``chuẩn bị kỳ họp thứ 5 của HĐND tỉnh``, ``gửi đến kỳ họp thứ 5``) or one it follows (``tiếp theo
    Hội nghị … lần thứ nhất``): a cue in its clause before it."""
    return _other_event_re().search(folded, start, pos) is not None


def _joined_verb(folded: str, start: int, verb: int, before: int | None) -> int:
    """Where the subject of the ``organize`` verb at ``verb`` ends: right before it, or before the earlier verb
    ``before`` when a ``joined_with`` cue joins the two (``Đảng bộ xã tổ chức Lễ … gắn với tổ chức Hội nghị``)."""
    if before is None or re.search(r"[.;:]", folded[before:verb]):
        return verb
    tail = f" {folded[start:verb].rstrip()}"
    cues = resources().meeting_cues.get("joined_with", ())
    return before if any(tail.endswith(f" {cue}") for cue in cues) else verb


def _hosts_session(event: str, gap: str) -> bool:
    """Whether the body after a working session (``event``) hosts it: only ``với`` between
    (``cuộc làm việc với UBND TP``; meeting_cues ``session_with``)."""
    if resources().meeting_kinds[event][1] != "buổi làm việc":
        return False
    return " ".join(gap.split()) in resources().meeting_cues.get("session_with", ())


class OrganizerReader:
    """Finding the organizer (see the module docstring)."""

    doc: Document
    ann: Annotations
    text: str
    folded: str
    ctx: TitleContext
    headline: Span | None
    taken: list[Span]
    named: list[Named]

    def _in_taken(self, pos: int) -> bool:
        raise NotImplementedError

    def _periods(self, span: Span) -> list[Period]:
        raise NotImplementedError

    def _orgs(self, span: Span) -> list[tuple[Organization, int, int]]:
        """Bodies named in ``span`` outside officials' titles, with their offsets."""
        out = []
        pos = span.start
        words = re.compile(r"(?<!\w)\w")
        while True:
            m = words.search(self.text, pos, span.end)
            if m is None:
                break
            start = m.start()
            pos = m.end()
            if (not self.text[start].isupper() or self._in_taken(start)
                    or _names_event_at(self.folded, start)):
                continue
            got = parse_org(self.text, self.folded, start, self.ctx)
            if got is None:
                continue
            org, end = past_abbreviation(got[0], self.text, self.folded, start, got[1], self.ctx)
            out.append((complete_org(org, self.folded, start, end, self.ctx), start, end))
            pos = max(pos, end)
        return out

    def _organizer_in(self, span: Span) -> Organization | None:
        folded = self.folded
        orgs = self._orgs(span)
        units = self._units(span, orgs)
        unit = None
        held = None  # the last verb whose subject holds an event ("tổ chức Lễ … gắn với tổ chức Hội nghị")
        for verb in _cue_re("organize").finditer(folded, span.start, span.end):
            subject_verb, held = _joined_verb(folded, span.start, verb.start(), held), verb.start()
            if _attended_meeting_word(folded, verb.start(), span.start):
                continue  # "Thường trực HĐND huyện dự kỳ họp thứ 10 HĐND tỉnh": attends, the noun's body holds it
            reach = min(span.end, verb.end() + VERB_TO_EVENT + 20)
            names_event = verb.group() == "họp" or any(
                m.start() - verb.end() <= VERB_TO_EVENT and _is_meeting_word(m.group())
                for m in _kind_re().finditer(folded, verb.start(), reach))
            if not names_event:
                passive = self._passive_holder(span.start, verb.start(), orgs)
                if passive is not None:
                    return passive
                continue
            subjects = [(o, e) for o, _, e in orgs
                        if e <= subject_verb and self._joins_subject(e, subject_verb)]
            if subjects:
                org, end = subjects[-1]
                if _cue_re("name_topic").match(folded, skip_spaces(folded, end)):  # "Ban Chỉ đạo Trung ương về …"
                    return self._subject_body(span.start, verb.start()) or org
                return org
            whole = self._subject_body(span.start, subject_verb)
            if whole is not None:
                return whole
            # "Phú Xuân tổ chức Đại hội Mặt trận Tổ quốc phường": a body after the meeting word names it better
            unit = unit or self._unit_subject(span.start, verb.start(), units)
        named = [(o, s, e, True) for o, s, e in orgs] + [(o, s, e, False) for o, s, e in units]
        with_cues = resources().meeting_cues.get("session_with", ())
        for m in _kind_re().finditer(folded, span.start, span.end):
            if not _is_meeting_word(m.group()):
                continue
            if unit is not None and m.group().split()[-1] in with_cues:
                continue  # "tỉnh X đã có buổi làm việc với Hiệp hội …": the unit holds it, "với" names its guest
            if _other_event(folded, span.start, m.start()):
                # "UBTVQH cho ý kiến về việc chuẩn bị kỳ họp thứ 3 của Quốc hội": the body after it holds the
                # meeting ahead; the session reported is the one of the body the sentence opens with
                opening = self._opening_body(span, m.start(), orgs)
                if opening is not None:
                    return opening
                continue
            for org, s, e, body in sorted(named, key=lambda o: o[1]):
                if body and m.start() < s < m.end() < e:
                    return org  # "hội nghị Ban Chấp hành Đảng bộ tỉnh": the meeting word ends inside the body's name
                gap = folded[m.end() : s]
                if s < m.end() or len(gap) > OF_GAP or re.search(r"[;.]", gap):
                    continue
                if body and (not gap.strip(" -") or _session_gap(gap) or _session_gap_of(gap)):
                    return org  # "hội nghị giao ban UBND Thành phố", "kỳ họp thứ 7, HĐND TP"
                # "phiên họp thường kỳ tháng 9 năm 2022 của UBND thị xã": only a period may
                # stand between the meeting word and "của"; "tổng kết … Hướng dẫn số 35 của
                # Ban Tổ chức Trung ương" names the owner of something else
                kept, cursor = [], m.end()
                for period in self._periods(Span(m.end(), s)):
                    kept.append(folded[cursor : period.span.start])
                    cursor = max(cursor, period.span.end)
                words = " ".join([*kept, folded[cursor:s]]).split()
                if words and words[-1] in resources().meeting_cues.get("of", ()) \
                        and len(words) <= OF_WORDS:
                    return org
        return unit

    def _passive_holder(self, start: int, verb: int, orgs: list[tuple[Organization, int, int]]) -> Organization | None:
        """The body after a ``by`` cue right before the organize verb at ``verb``, when a meeting word stands
        before it in the clause (``hội nghị triển khai giải pháp … do Bộ Nội vụ tổ chức``): it held that meeting."""
        folded = self.folded
        for org, s, e in orgs:
            if e > verb or folded[e:verb].strip() or s <= start:
                continue
            clause = self._clause_start(start, s, ";:.")
            before = folded[clause:s].split()
            if not before or before[-1] not in resources().meeting_cues.get("by", ()):
                continue
            if any(_is_meeting_word(m.group()) for m in _kind_re().finditer(folded, clause, s)):
                return org
        return None

    def _opening_body(self, span: Span, before: int,
                      orgs: list[tuple[Organization, int, int]]) -> Organization | None:
        """The body ``span`` opens with, after its day at most (``Chiều nay (16/5), UBTVQH đã nghe …``),
        when it stands before ``before``."""
        first = next(((o, s) for o, s, _ in orgs if s < before), None)
        if first is None:
            return None
        lead = self.folded[span.start : first[1]].split(",")
        if len(lead) > 2 or lead[-1].strip() or len(lead[0].split()) > LEAD_WORDS:
            return None
        return first[0]

    def _units(self, span: Span, orgs: list[tuple[Organization, int, int]]) -> list[tuple[Organization, int, int]]:
        """The units named in ``span`` outside bodies' names and titles, each as its People's
        Committee: a unit that holds a meeting (``tỉnh Quảng Bình tổ chức họp``, ``giao ban của
        TP Hà Nội``) is its government."""
        out = []
        for pm in self.ann.places:
            at = pm.span
            if at is None or not (span.start <= at.start and at.end <= span.end) or self._in_taken(at.start) \
                    or any(s < at.end and at.start < e for _, s, e in orgs) or not pm.place.code:
                continue
            out.append((make_org(_GOVERNMENT, pm.place), at.start, at.end))
        return out

    def _unit_subject(self, start: int, verb: int, units: list[tuple[Organization, int, int]]) -> Organization | None:
        """The unit that opens the clause of ``tổ chức`` (``Sáng 4/7, tỉnh Quảng Bình tổ chức họp``;
        ``phường Đông Hòa, TP HCM tổ chức hội nghị``: the first of the units the subject lists)."""
        clause = self._clause_start(start, verb, ";:.")
        for org, s, e in units:
            if s < clause or e > verb:
                continue
            lead = self.folded[clause:s].split(",")  # "Sáng 4/7, " — not "các phường: A, B, C"
            if lead[-1].strip() in resources().meeting_cues.get("unit_lead", ()):  # "lãnh đạo TP. HCM đã …"
                lead[-1] = ""
            if len(lead) > 2 or lead[-1].strip() or len(lead[0].split()) > LEAD_WORDS:
                continue
            if self._joins_subject(e, verb):
                return org
        return None

    def _clause_start(self, start: int, verb: int, stops: str) -> int:
        """Where the clause before ``verb`` opens: after the last of ``stops`` in ``[start, verb)`` that is
        not inside a place's name (the dot of ``TP. HCM``, ``Q. 1`` ends no clause)."""
        inside = [pm.span for pm in self.ann.places
                  if pm.span is not None and start <= pm.span.start and pm.span.end <= verb]
        cut = start
        for pos in range(verb - 1, start - 1, -1):
            if self.folded[pos] in stops and not any(a.start <= pos < a.end for a in inside):
                cut = pos + 1
                break
        return cut

    def organizer(self, anchor: Span, chairs: tuple[str, ...], headline: bool = True) -> Organization | None:
        """The body holding the meeting: the anchor's, else the headline's, else the chair's."""
        for span in (anchor, self.headline if headline else None):
            if span is None:
                continue
            org = self._organizer_in(span)
            if org is not None:
                return self._fuller(org, chairs)
        delegation = self._delegation_body(anchor)
        if delegation is not None:
            return delegation
        for chair in chairs:
            bodies = [b for b in self._bodies_of(chair) if b.place is not None]
            if bodies:
                return bodies[-1]
        for chair in chairs:  # "Bộ trưởng GTVT X làm việc với lãnh đạo TP": a ministry's session
            bodies = [b for b in self._bodies_of(chair) if _national(b)]
            if bodies:
                return bodies[-1]
        return self._session_host(anchor) or self._venue(anchor) or self._speaker_body(anchor)

    def _speaker_body(self, span: Span) -> Organization | None:
        """The local body of the official who speaks first at a meeting that ``span`` opens with (meeting_cues
        ``held_at`` after a few words at most: ``Tại hội nghị tổng kết … ngày 26/12, Bí thư Thành ủy Hà Nội X nêu
        rõ``, ``Phát biểu tại Hội nghị …, Chủ tịch UBND thành phố X cho rằng``): nothing says who held or presided
        over it, and the press names its host's head first. Only a body that governs its unit counts (its People's
        Committee or Council, its Party committee): a department's head (``Giám đốc Sở Nội vụ X cho biết``) reports to
        the meeting, a national body's official is a guest."""
        folded = self.folded
        for at in _spoke_at_re().finditer(folded, span.start, span.end):
            lead = DATE_LEAD.sub("", folded[span.start : at.start()], count=1)
            if self._named_in_span(span.start, at.start()):
                return self._opening_speaker_body(span, at.start(), at.end())
            if len(lead.split()) > SPEAKER_LEAD_WORDS:
                return None
            event = _kind_re().match(folded, skip_spaces(folded, at.end()))
            if event is None or not _is_meeting_word(event.group()):
                return None
            comma = folded.find(",", event.end(), span.end)
            if comma < 0:
                return None
            first = next((n for n in self.named if comma < n.start < span.end), None)
            if first is None or self._untitled(comma + 1, first.start).strip(" ,:-–"):
                return None  # only the speaker's titles stand between the meeting's clause and him
            bodies = [b for b in self._bodies_of(first.name) if _governs(b)]
            return bodies[-1] if bodies else None
        return None

    def _opening_speaker_body(self, span: Span, at: int, after: int) -> Organization | None:
        """The local body of the official ``span`` opens with when he speaks a few words later ``tại`` a meeting
        (``Chủ tịch UBND TP X đã khẳng định như vậy tại "Hội nghị gặp gỡ doanh nghiệp" ngày 23-3``): the press names
        its host's head, as in :meth:`_speaker_body`; only a body that governs its unit counts."""
        folded = self.folded
        named = [n for n in self.named if span.start <= n.start < at]
        first = named[0]
        lead = self._untitled(span.start, first.start)
        if (lead.strip(" ,:-–") and not _WORDS_THEN_DASH.search(lead)) or any(n.name != first.name for n in named):
            return None  # the sentence opens with him (or his words, a dash) and names nobody else before "tại"
        if len(self._untitled(first.end, at).split()) > SPEAKER_VERB_WORDS:
            return None
        pos = skip_spaces(folded, after)
        if pos < span.end and folded[pos] in "\"“":
            pos += 1  # a quoted meeting name
        event = _kind_re().match(folded, pos)
        if event is None or not _is_meeting_word(event.group()):
            return None
        bodies = [b for b in self._bodies_of(first.name) if b.place is not None and b.place.code and _leads_unit(b)]
        return bodies[-1] if bodies else None

    def _visits_below(self, name: str, start: int, end: int) -> bool:
        """Whether the first body named in ``[start, end)`` (right after the host cue) sits below the body of the
        official ``name`` (a ministry over a province, a province over a commune)."""
        host = next(((o, s) for o, s, _ in self._orgs(Span(start, end)) if s - start <= HOST_REACH), None)
        if host is None:
            return False
        below = _rank(host[0])
        return below is not None and any(
            (own := _rank(b)) is not None and own < below for b in self._bodies_of(name))

    def _named_in_span(self, start: int, end: int) -> bool:
        return any(start <= n.start < end for n in self.named)

    def _joins_subject(self, start: int, end: int) -> bool:
        """Whether ``folded[start:end]`` still lets the body before it be the verb's subject: a
        short gap with no punctuation, or only the units its place lies in, set off by commas
        (``UBND phường Bến Nghé, quận 1 tổ chức``), and the term it sits in (``HĐND xã X khóa I,
        nhiệm kỳ 2021-2026 đã tổ chức``)."""
        gap = _TERM.sub(lambda m: " " * len(m.group()), self.folded[start:end])
        if not re.search(r"[,;:.]", gap):
            return len(gap) <= SUBJECT_GAP
        for pm in self.ann.places:
            if pm.span is not None and start <= pm.span.start and pm.span.end <= end:
                a, b = pm.span.start - start, pm.span.end - start
                gap = gap[:a] + " " * (b - a) + gap[b:]
        # ")": the gap opens inside the body's own aside (Hội đồng nhân dân (HĐND) TP. Cần Thơ)
        return not _cue_re("aux").sub(" ", re.sub(r"[,)]", " ", gap)).split()

    def _subject_body(self, start: int, verb: int) -> Organization | None:
        """The whole subject clause before ``tổ chức`` when it opens with a body's head the grammar
        could not finish: ``Ban Chỉ đạo về khu vực phòng thủ thành phố Hà Nội tổ chức hội nghị``.
        Its place is the unit the clause ends with."""
        folded, text = self.folded, self.text
        clause = self._clause_start(start, verb, ",;:.")
        for _ in range(NAME_COMMAS):  # "Ban Chỉ đạo phòng, chống dịch …": a comma inside the name
            before = folded.rfind(",", start, max(start, clause - 1))
            if clause <= start or not text[clause:verb].lstrip()[:1].islower() or before < 0 \
                    or re.search(r"[;:.]", folded[before:clause]) \
                    or _cue_re("delegation_clause").search(folded, clause, verb):
                break  # "…, Bộ Ngoại giao Lào, dẫn đầu đoàn công tác đến": the head's clause, not the name
            clause = before + 1
        end = len(text[:verb].rstrip())
        aux = resources().meeting_cues.get("aux", ())
        while end > clause and (last := folded[clause:end].split()[-1:]) and last[0] in aux:
            end = len(text[: end - len(last[0])].rstrip())  # "… Hà Nội đã (tổ chức)"
        term = _TERM.search(folded, clause, end)
        if term is not None:  # "HĐND xã Sơn Thủy khóa XX, nhiệm kỳ 2021 - 2026 tổ chức": the term is not its name
            end = len(text[: term.start()].rstrip(" ,"))
        for m in _WORD_START.finditer(text, clause, end):
            if not text[m.start()].isupper() or self._in_taken(m.start()):
                continue
            head = head_re().match(folded, m.start(), end)
            if head is None or head.end() >= end or _role_re().match(folded, m.start(), end):
                return None  # "Bộ trưởng làm việc với …" (a headline): a title, not a body
            comma = folded.find(",", head.end(), end)
            whole = parse_org(text, folded, m.start(), self.ctx) if comma >= 0 else None
            if whole is not None and whole[0].place is not None and whole[1] <= comma:
                return None  # "UBND huyện Gia Lâm, chính quyền xã Bát Tràng": two bodies, not one name
            words = _ASIDE.sub(" ", text[head.end() : end]).split()  # "Hội đồng nhân dân (HĐND) xã …"
            if len(words) > SUBJECT_WORDS or any(t.start < end and m.start() < t.end for t in self.taken):
                return None
            place = next((pm.place for pm in self.ann.places
                          if pm.span is not None and pm.span.end == end and pm.span.start > head.end()), None)
            canonical = resources().org_heads[head.group()].head
            return Organization(head=canonical, place=place, label=" ".join([canonical, *words]))
        return None

    def _delegation_body(self, span: Span) -> Organization | None:
        """The body whose delegation (meeting_cues ``delegation``: ``Đoàn giám sát của Ban Văn hóa - Xã hội HĐND
        tỉnh``, ``đoàn công tác số 3 của Thường trực Tỉnh ủy``) ``span`` names: the delegation holds the session it
        has with the unit it visits, on its body's behalf."""
        of = resources().meeting_cues.get("of", ())
        orgs = self._orgs(span)
        for m in _cue_re("delegation").finditer(self.folded, span.start, span.end):
            for org, s, _ in orgs:
                if s < m.end():
                    continue
                gap = _ORDINAL_NUMBER.sub(" ", self.folded[m.end() : s]).split()
                if len(gap) == 1 and gap[0] in of:
                    return org
                break
        return None

    def _session_host(self, span: Span) -> Organization | None:
        """The body a working session is held with (``cuộc làm việc với UBND TP Hà Nội``), or the
        body of the official it is held with (``buổi làm việc với Bộ trưởng GTVT X``), when neither
        a subject nor a chair's own body says who held it: the host holds it."""
        orgs = self._orgs(span)
        for m in _kind_re().finditer(self.folded, span.start, span.end):
            if not _is_meeting_word(m.group()):
                continue
            for org, s, _ in orgs:
                if s >= m.end() and _hosts_session(m.group(), self.folded[m.end() : s]):
                    return org
            guest = next((n for n in self.named if m.end() <= n.start < span.end), None)
            if guest is not None and _hosts_session(m.group(), self._untitled(m.end(), guest.start)):
                bodies = [b for b in self._bodies_of(guest.name) if b.place is not None or _national(b)]
                if bodies:
                    return bodies[-1]
        return None

    def _untitled(self, start: int, end: int) -> str:
        """``folded[start:end]`` with the officials' titles in it blanked out."""
        chars = list(self.folded[start:end])
        for t in self.taken:
            for i in range(max(t.start, start), min(t.end, end)):
                chars[i - start] = " "
        return "".join(chars)

    def _venue(self, span: Span) -> Organization | None:
        """The body whose seat hosts the meeting (``tại trụ sở Bộ VHTTDL, diễn ra buổi tọa đàm``)."""
        for m in _cue_re("venue").finditer(self.folded, span.start, span.end):
            for org, s, _ in self._orgs(Span(m.end(), span.end)):
                if s - m.end() <= 2:
                    return org
        return None

    def _bodies_of(self, name: str) -> list[Organization]:
        return [t.org for p in self.ann.people if p.name == name for t in p.titles if t.org is not None]

    def _fuller(self, org: Organization, chairs: tuple[str, ...]) -> Organization:
        """The chair's own body when it names the organizer in full.

        ``Hội đồng thẩm định xã nông thôn mới (NTM) tỉnh tổ chức họp … Đồng chí X, Chủ tịch
        Hội đồng thẩm định xã NTM tỉnh chủ trì``: the text cut the organizer short where the
        chair's title names it whole, with its place.
        """
        if org.place is not None and org.place.code:
            return org
        short = fold(org.label).split()
        for chair in chairs:
            for body in self._bodies_of(chair):
                full = fold(body.label).split()
                if (body.place is not None and body.head.split()[:1] == org.head.split()[:1]
                        and len(full) > len(short) and full[: len(short)] == short):
                    return body
        return org


def meeting_place(organizer: Organization | None, ann: Annotations) -> Place | None:
    """Where a meeting took place: its organizer's unit when linked and named, else the article's
    own unit — its commune after the reform (:attr:`TitleContext.local`), else the home —
    (none for a national body: ``Ban Bí thư đã họp``, a ministry's seminar)."""
    if organizer is not None and organizer.place is None and _national(organizer):
        return None
    if organizer is not None and organizer.place is not None and organizer.place.code:
        known = {p.key for p in (ann.home, ann.province) if p is not None}
        known |= {pm.place.key for pm in ann.places}
        gaz = resources().gazetteer  # the district of a named commune ("UBND huyện … tại xã X")
        known |= {p.key for pm in ann.places if pm.place.code for p in gaz.ancestors(pm.place)}
        if organizer.place.key in known:
            return organizer.place
    ctx = ann.context
    return (ctx.local if isinstance(ctx, TitleContext) else None) or ann.home


def _rank(org: Organization) -> int | None:
    """0 a national body, else its unit's level (1 province, 2 district, 3 commune); None when unknown."""
    if org.place is None:
        return 0 if _national(org) else None
    return org.place.type.level if org.place.code else None


def _governs(org: Organization) -> bool:
    """Whether ``org`` governs a unit (:func:`_leads_unit`) or the country (the Government): a speaker's body that
    holds the meeting he speaks first at."""
    if org.place is not None and org.place.code and _leads_unit(org):
        return True
    return fold(org.label) == "chính phủ"


def _leads_unit(org: Organization) -> bool:
    """Whether ``org`` governs its unit (org_heads binding neither ``named``, a department, nor ``national`` nor the
    ``of`` board of another body)."""
    head = head_re().match(fold(org.label))
    return head is not None and resources().org_heads[head.group()].binding not in ("named", "national", "of")


NATIONAL_NAMED = ("Bộ",)  # named heads of national bodies (Bộ Nội vụ); a Sở or Phòng serves a unit


def _national(org: Organization) -> bool:
    head = head_re().match(fold(org.label))
    if head is None:
        return False
    got = resources().org_heads[head.group()]
    return got.binding == "national" or (got.binding == "named" and got.head in NATIONAL_NAMED)


@derived
def _spoke_at_re() -> re.Pattern[str]:
    """Where a speaker speaks at a meeting: meeting_cues ``held_at`` (``tại``) or ``opens_session`` (``khai mạc``)."""
    return re.compile(f"{_cue_re('held_at').pattern}|{_cue_re('opens_session').pattern}")
