"""Who attended a meeting: the officials named in attendance clauses (``Dự họp có …``, ``Tham dự …``),
those whose names and titles end at an attendance verb (``Đồng chí A - Phó Bí thư Tỉnh ủy dự và chỉ đạo
Đại hội``), and a list opened by a colon that goes on in sentences of its own.

A mixin of :class:`kg.extract.meetings.reader._Reader`, which holds the article, its folded text and
the officials named in it.
"""

from __future__ import annotations

import re

from kg.extract.meetings.lexicon import Named, _cue_re, _is_meeting_word, _is_meeting_word_in, _kind_re
from kg.lexicon.resources import resources
from kg.model import Span


class AttendeeReader:
    """Finding the attendees (see the module docstring)."""

    folded: str
    taken: list[Span]

    def _named_in(self, start: int, end: int) -> list[Named]:
        raise NotImplementedError

    def attendees(self, window: list[Span]) -> list[str]:
        """The officials named in attendance clauses (``Dự họp có …``, ``Tham dự …``)."""
        folded = self.folded
        names: list[str] = []
        for i, sent in enumerate(window):
            for m in _cue_re("attend").finditer(folded, sent.start, sent.end):
                end = sent.end
                chair = _cue_re("chair").search(folded, m.end(), sent.end)
                if chair is not None:
                    cut = folded.rfind(";", m.end(), chair.start())
                    end = cut if cut >= 0 else m.end()
                listed = self._named_in(m.end(), end)
                names.extend(n.name for n in listed)
                names.extend(n.name for n in self._attending_before(sent, m))
                if chair is None and listed and ":" in folded[m.end() : listed[0].start]:
                    names.extend(self._list_goes_on(window[i + 1 :]))
        return names

    def _list_goes_on(self, after: list[Span]) -> list[str]:
        """The officials of a list opened by ``:`` that the text goes on with in sentences of their own,
        each opening with an honorific and the official (``Tham dự có các đồng chí: Đồng chí A - Bí thư
        Đảng ủy. Đồng chí B - Phó Bí thư …``), up to the first sentence that does not, or names a chair."""
        folded = self.folded
        names: list[str] = []
        honorifics = resources().honorifics
        for sent in after:
            found = self._named_in(sent.start, sent.end)
            if not found or _cue_re("chair").search(folded, sent.start, sent.end):
                break
            lead = folded[sent.start : found[0].start].strip(" -–,")
            if lead not in honorifics:
                break
            names.extend(n.name for n in found)
        return names

    def _attending_before(self, sent: Span, cue: re.Match[str]) -> list[Named]:
        """The officials whose names and titles end right at an attendance verb that takes the meeting
        (``Đồng chí A - Phó Bí thư Tỉnh ủy dự và chỉ đạo Đại hội``, ``Đ/c A – …; đ/c B – … đã về tham
        dự``), after any chair clause of the sentence."""
        folded = self.folded
        if cue.group().startswith("sự "):
            return []  # "có sự tham dự của": the names follow
        ends = [t.end for t in self.taken if sent.start <= t.start and t.end <= cue.start()]
        if not ends:
            return []
        gap = folded[max(ends) : cue.start()].replace("-", " ").replace("–", " ").replace(",", " ").split()
        lead = {*resources().meeting_cues.get("aux", ()), *resources().meeting_cues.get("attend_lead", ())}
        if any(w not in lead for w in gap):
            return self._listed_before(sent, cue)
        after = folded[cue.end() : cue.end() + 40].lstrip()
        event = _kind_re().match(after)
        if not (cue.group().endswith("chỉ đạo") or _cue_re("attend_before").match(after)
                or (event is not None and _is_meeting_word(event.group()))
                or _is_meeting_word_in(cue.group())):
            return []
        start = sent.start
        for chair in _cue_re("chair").finditer(folded, sent.start, cue.start()):
            start = chair.end()
        return self._named_in(start, cue.start())

    def _listed_before(self, sent: Span, cue: re.Match[str]) -> list[Named]:
        """The officials of a sentence that opens with an honorific and an official and closes with the attendance
        verb, others listed between (``Đồng chí A, Trưởng Ban Nội chính Tỉnh ủy; lãnh đạo các sở, ngành cùng 150 đại
        biểu tham dự.``): all of them attended."""
        folded = self.folded
        if folded[cue.end() : sent.end].strip(" .;") or _cue_re("chair").search(folded, sent.start, cue.start()):
            return []
        named = self._named_in(sent.start, cue.start())
        if not named or folded[sent.start : named[0].start].strip(" -–,") not in resources().honorifics:
            return []
        return named
