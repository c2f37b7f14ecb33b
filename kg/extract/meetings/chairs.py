"""Who presided a meeting: the officials said to preside (``… chủ trì``, ``dưới sự chủ trì của``,
``Chủ trì hội nghị có các đồng chí: …``), said later on (a caption), the official who holds a working
session (``Bí thư X có buổi làm việc với …``), else whoever concludes it or gives its directing speech.

A mixin of :class:`kg.extract.meetings.reader._Reader`, which holds the article, its folded text, its
body's sentences and the officials named in it.
"""

from __future__ import annotations

import re

from kg.extract.dates import DateMention
from kg.extract.meetings.lexicon import DAY_WORDS, SUBJECT_GAP, Named, _cue_re, _is_meeting_word, _kind_re
from kg.extract.meetings.more import opening_day
from kg.extract.meetings.organizer import _rank
from kg.lexicon.patterns import skip_spaces
from kg.lexicon.resources import resources
from kg.model import Organization, Span

CONCLUDE_REACH = 80  # the official after "kết luận (hội nghị)," stands this close
CHAIR_TO_EVENT = 12  # "chủ trì (bỏ) hội nghị": the meeting word right after the cue
PLURAL_REACH = 30  # "chủ trì hội nghị có các đồng chí": the plural word follows the cue this close


class ChairReader:
    """Finding who presided (see the module docstring)."""

    folded: str
    taken: list[Span]
    body: list[Span]

    def _named_in(self, start: int, end: int) -> list[Named]:
        raise NotImplementedError

    def _dates(self, span: Span) -> list[DateMention]:
        raise NotImplementedError

    def chairs(self, window: list[Span]) -> tuple[str, ...]:
        """The officials said to preside (``chủ trì``, ``đồng chủ trì``) near the anchor."""
        folded = self.folded
        for sent in window:
            for m in _cue_re("chair").finditer(folded, sent.start, sent.end):
                after = folded[m.end() : m.end() + 20].lstrip(" ,")
                if _cue_re("chair_not").match(after):
                    continue  # "chủ trì phối hợp …" gives a task, not a presiding official
                plural = m.group().startswith("đồng")
                if folded[max(sent.start, m.start() - 4) : m.start()].endswith("sự "):
                    # "dưới sự chủ trì của X"
                    found = self._named_in(m.end(), self._clause_end(m.end(), sent.end))
                    names = found if plural else found[:1]
                else:
                    names = self._chairs_before(sent, m.start(), m.end(), plural)
                if names:
                    return tuple(dict.fromkeys(n.name for n in names))
        for sent in window:
            host = self.host(sent, subject=sent == window[0])
            if host:
                return host
        for sent in window:
            head = self._delegation_head(sent)
            if head:
                return head
        return ()

    def _delegation_head(self, sent: Span) -> tuple[str, ...]:
        """The head of a delegation (meeting_cues ``delegation_head``) that holds a working session at the unit it
        visits (the ``host`` cue ``và làm việc tại`` after it: ``Đoàn công tác của TP do ông X, Chủ tịch UBND thành
        phố, làm Trưởng đoàn đã thăm và làm việc tại đặc khu Y``) or with a body below his own (``đoàn công tác do Bộ
        trưởng X làm trưởng đoàn có buổi làm việc với lãnh đạo UBND tỉnh``); a province's delegation calling on a
        ministry is presided over by its host."""
        folded = self.folded
        m = _cue_re("delegation_head").search(folded, sent.start, sent.end)
        if m is None:
            return ()
        at = _cue_re("host").search(folded, m.end(), sent.end)
        if at is None:
            return ()
        start = max(sent.start, folded.rfind(";", sent.start, m.start()) + 1)
        named = self._named_in(start, m.start())
        if not named:
            return ()
        if at.group().endswith(" tại") or self._visits_below(named[-1].name, at.end(), sent.end):
            return (named[-1].name,)
        return ()

    def _visits_below(self, name: str, start: int, end: int) -> bool:
        raise NotImplementedError

    def _untitled(self, start: int, end: int) -> str:
        raise NotImplementedError

    def _bodies_of(self, name: str) -> list[Organization]:
        raise NotImplementedError

    def chair_of_meeting(self, start: int) -> tuple[str, ...]:
        """Who presides the meeting, said later on (``Đồng chí X – Phó Chủ tịch UBND huyện chủ
        trì hội nghị``, a caption), in a sentence that does not open another meeting's report."""
        folded = self.folded
        for sent in self.body[max(0, start):]:
            if opening_day(self._dates(sent), folded, sent) is not None:
                continue
            for m in _cue_re("chair").finditer(folded, sent.start, sent.end):
                event = _kind_re().search(folded, m.end(), min(sent.end, m.end() + CHAIR_TO_EVENT))
                if event is None or not _is_meeting_word(event.group()):
                    continue
                if not self._named_in(sent.start, m.start()):
                    continue  # far from the report, only the official the cue closes counts
                names = self._chairs_before(sent, m.start(), m.end(), m.group().startswith("đồng"))
                return tuple(dict.fromkeys(n.name for n in names))
        return ()

    def host(self, sent: Span, subject: bool = False) -> tuple[str, ...]:
        """The official who holds a working session (``Bí thư X có buổi làm việc với …``); with
        ``subject``, also the official the sentence opens with, further from the cue (``Bí thư
        Thành ủy X đã đề ra yêu cầu … sau khi thị sát … và làm việc với Ban quản lý …``)."""
        folded = self.folded
        m = _cue_re("host").search(folded, sent.start, sent.end)
        if m is None:
            return ()
        before = [n for n in self._named_in(sent.start, m.start())
                  if not re.search(r"[;.]", folded[n.end : m.start()])
                  and m.start() - n.end <= SUBJECT_GAP]
        if before:
            return (before[-1].name,)
        guest = self._guest_above(sent, m.start(), m.end()) if subject else None
        if guest is not None:
            return (guest.name,)
        after = self._subject_after(sent, m.start(), m.end()) if subject else None
        if after is not None:
            return (after.name,)
        opener = self._subject_of(sent, m.start()) if subject else None
        return (opener.name,) if opener is not None else ()

    def _guest_above(self, sent: Span, cue_start: int, cue_end: int) -> Named | None:
        """The official a session is held with, when ``sent`` opens with it (``Tại buổi làm việc với Chủ tịch UBND
        TP X Y chiều 17/11, ông Z, Chủ tịch UBND quận 1 cho biết``) and he ranks above the one who speaks there: the
        unit below reports to him, he presides."""
        folded = self.folded
        at = _cue_re("held_at").match(folded, sent.start)
        if at is None or skip_spaces(folded, at.end()) != cue_start:
            return None
        named = self._named_in(cue_end, sent.end)
        if not named or self._untitled(cue_end, named[0].start).strip():
            return None
        guest = named[0]
        speaker = next((n for n in named[1:] if n.name != guest.name), None)
        if speaker is None:
            return None
        own = [r for b in self._bodies_of(guest.name) if (r := _rank(b)) is not None]
        other = [r for b in self._bodies_of(speaker.name) if (r := _rank(b)) is not None]
        return guest if own and other and min(own) < min(other) else None

    def _subject_after(self, sent: Span, cue_start: int, cue_end: int) -> Named | None:
        """The official a subjectless clause that opens ``sent`` leads to (``Chiều 16/6, làm việc với lãnh đạo UBND
        tỉnh X về …, ông Y cho rằng``): only the day stands before the cue, nobody is named in the clause, and
        only his titles and an honorific stand between its last comma and him. Not when the clause works with a
        delegation (``Làm việc với đoàn Bộ GD-ĐT, ông X - hiệu trưởng - cho biết``): the host's man speaks, the
        delegation holds the session."""
        folded = self.folded
        lead = list(folded[sent.start : cue_start])
        for d in self._dates(sent):
            for i in range(max(d.span.start, sent.start), min(d.span.end, cue_start)):
                lead[i - sent.start] = " "
        if any(w not in DAY_WORDS for w in re.sub(r"[,:]", " ", "".join(lead)).split()):
            return None
        first = next(iter(self._named_in(cue_end, sent.end)), None)
        if first is None:
            return None
        comma = folded.rfind(",", cue_end, first.start)
        if comma < 0 or _cue_re("delegation_word").search(folded, cue_end, comma):
            return None
        gap = list(folded[comma + 1 : first.start])
        for t in self.taken:
            for i in range(max(t.start, comma + 1), min(t.end, first.start)):
                gap[i - comma - 1] = " "
        if any(w not in resources().honorifics for w in "".join(gap).split()):
            return None
        return first

    def _subject_of(self, sent: Span, cue: int) -> Named | None:
        """The official ``sent`` opens with, when nothing but his titles, an honorific and the day
        stand before him and no reported speech (meeting_cues ``speech``) or ``;`` lies between him
        and ``cue``: the subject of the verb at ``cue``."""
        folded = self.folded
        named = self._named_in(sent.start, cue)
        if not named:
            return None
        first = named[0]
        lead = list(folded[sent.start : first.start])
        covered = [t for t in self.taken if t.start < first.start and sent.start < t.end]
        covered += [d.span for d in self._dates(sent) if d.span.start < first.start]
        for span in covered:
            for i in range(max(span.start, sent.start), min(span.end, first.start)):
                lead[i - sent.start] = " "
        words = re.sub(r"[,:()\-–]", " ", "".join(lead)).split()
        if any(w not in resources().honorifics for w in words):
            return None
        between = folded[first.end : cue]
        if ";" in between or _cue_re("speech").search(between):
            return None
        return first

    def _clause_end(self, pos: int, limit: int) -> int:
        cut = self.folded.find(";", pos, limit)
        return cut if cut >= 0 else limit

    def _chairs_before(self, sent: Span, cue_start: int, cue_end: int, plural: bool) -> list[Named]:
        folded = self.folded
        seg_start = sent.start
        if _cue_re("attend").search(folded, sent.start, cue_start):
            # "Dự có A; B; C chủ trì": the chair is the clause the cue closes
            seg_start = max(seg_start, folded.rfind(";", sent.start, cue_start) + 1)
        found = self._named_in(seg_start, cue_start)
        if not found:
            # "Chủ trì hội nghị là đồng chí X"; "Chủ trì hội nghị có các đồng chí: A, Bí thư …; B, …"
            plurals = resources().meeting_cues["plural_chair"]  # "các đồng chí": a list of presiding officials
            listed = any(w in folded[cue_end : cue_end + PLURAL_REACH] for w in plurals)
            attend = _cue_re("attend").search(folded, cue_end, sent.end)
            end = (attend.start() if attend else sent.end) if listed else self._clause_end(cue_end, sent.end)
            found = self._named_in(cue_end, end)
            return found if plural or listed else found[:1]
        before_first = folded[seg_start : found[0].start]
        if plural or any(w in before_first for w in resources().meeting_cues["plural_chair"]):
            return found
        return found[-1:]

    def concluder(self, cue: str = "conclude") -> tuple[str, ...]:
        """Who concluded the meeting (``Kết luận hội nghị, đồng chí …``; ``… kết luận tại …``)."""
        folded = self.folded
        for sent in self.body:
            for m in _cue_re(cue).finditer(folded, sent.start, sent.end):
                after_cue = folded[m.end() : m.end() + 20].lstrip()
                before_cue = folded[max(sent.start, m.start() - 6) : m.start()].split()[-1:]
                if (after_cue[:1].isdigit() or _cue_re("conclude_not").match(after_cue)
                        or before_cue in (["các"], ["những"])):
                    continue  # "Kết luận số 12", "các kết luận của …": documents, not a closing
                after = [n for n in self._named_in(m.end(), min(sent.end, m.end() + CONCLUDE_REACH))
                         if ";" not in folded[m.end() : n.start]]
                if after:
                    return (after[0].name,)
                before = [n for n in self._named_in(sent.start, m.start())
                          if not re.search(r"[;.]", folded[n.end : m.start()])]
                if before:
                    return (before[-1].name,)
        return ()
