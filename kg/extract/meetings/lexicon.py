"""What the meeting readers share: the lexical patterns and reach, compiled from
``kg/data/meeting_kinds.tsv`` and ``kg/data/meeting_cues.tsv`` once per lexicon, and
:class:`Named` (an official named in the text), which the reader and the recalled-meeting
reader both take."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lexicon.patterns import words_re
from kg.lexicon.resources import derived, resources

SUBJECT_GAP = 40  # at most this many characters between an organizer and its verb (… vừa tổ chức)
OF_GAP = 60  # … and between a meeting word and "của <organizer>"
OF_WORDS = 3  # words left there once the period is taken out ("thường kỳ … của")
VERB_TO_EVENT = 30  # "tổ chức" names the meeting within this many characters
DAY_WORDS = frozenset({"sáng", "trưa", "chiều", "tối", "ngày", "hôm", "nay", "qua"})  # "Chiều nay," before a clause
# "Ngày 3/8, ", "chiều 19-2, ": a sentence's leading date (its day words, then the day), skipped before a clause
DATE_LEAD = re.compile(rf"^\s*(?:(?:{'|'.join(sorted(DAY_WORDS))})\s+)+\d{{1,2}}[/-]\d{{1,2}}(?:[/-]\d{{2,4}})?\s*,\s*")


@derived
def _kind_re() -> re.Pattern[str]:
    return words_re(resources().meeting_kinds)


@derived
def _cue_re(kind: str) -> re.Pattern[str]:
    return words_re(resources().meeting_cues.get(kind, ()))


@derived
def _role_re() -> re.Pattern[str]:
    """A role (``kg/data/roles.tsv``: ``Bộ trưởng``, ``Chủ tịch``), which is no body though it opens like one."""
    return words_re(resources().roles)


@derived
def _between_re() -> re.Pattern[str]:
    return words_re(resources().meeting_cues.get("between", ()))


def _is_meeting_word(folded_word: str) -> bool:
    return resources().meeting_kinds[folded_word][0] == "meeting"


def _is_meeting_word_in(cue: str) -> bool:
    """Whether a cue names the meeting itself (``dự hội nghị``, ``dự đại hội``)."""
    m = _kind_re().search(cue)
    return m is not None and _is_meeting_word(m.group())


@dataclass(frozen=True)
class Named:
    """An official named at ``[start, end)``: a person's name, or a title resolved to one."""

    start: int
    end: int
    name: str
