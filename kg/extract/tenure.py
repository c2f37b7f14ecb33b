"""Tenure: elections, appointments and dismissals that start or end a holding.

``được bầu giữ chức Chủ tịch UBND huyện``, ``bổ nhiệm đồng chí X giữ chức vụ
Chánh án``, ``miễn nhiệm chức vụ Phó Chủ tịch UBND huyện đối với ông Y``: the
title after the cue, the person named in the same sentence (after the cue,
else the nearest before it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.annotate.titles import parse_title_list
from kg.extract.contract import context_of, folded_of
from kg.extract.registry import register
from kg.lexicon.patterns import alternation, words_re
from kg.lexicon.resources import derived, resources
from kg.model import Annotations, Document, Evidence, Fact, PersonMention, Pred, Span


@derived
def _bridge() -> re.Pattern[str]:
    """Words between a cue and the title ("giữ chức vụ", "vào chức danh", "làm") or a named person."""
    words = resources().connectors
    connector, person = alternation(words["tenure_connector"]), alternation(words["tenure_person"])
    return re.compile(rf"[ ]*(?:{person}[ ]+[^,;.]*?[ ]+{connector}|{connector})?[ :]*")


@derived
def _cues() -> tuple[re.Pattern[str], dict[str, str]]:
    kinds = resources().tenure_cues
    # "bầu cử" (an election day) and "bổ nhiệm lại" are not an election or appointment of someone
    return words_re(kinds, after=r"(?!\w)(?![ ](?:cử|tràn lan))"), kinds


@register
class TenureExtractor:
    """Yields ``person TENURE_START/END title`` where a sentence elects, appoints or dismisses."""

    name = "tenure/1"
    kinds = frozenset({Pred.TENURE_START, Pred.TENURE_END})
    needs = frozenset({"sentences", "people", "folded", "context"})

    def __call__(self, doc: Document, ann: Annotations, prior: Sequence[Fact] = ()) -> Iterator[Fact]:
        rx, kinds = _cues()
        folded, ctx = folded_of(ann), context_of(ann)
        for sent in ann.sentences:
            for m in rx.finditer(folded, sent.start, sent.end):
                pred = Pred.TENURE_START if kinds[m.group()] == "start" else Pred.TENURE_END
                bridge = _bridge().match(folded, m.end(), sent.end)
                pos = bridge.end() if bridge else m.end()
                titles, _end = parse_title_list(doc.text, folded, pos, ctx)
                person = _person_for(ann.people, sent, m.start(), folded)
                if person is None or (person.span.start < m.start() and not folded[m.end() : pos].strip(" :")
                                      and _acts(folded, m, person.span.end)):
                    continue
                for title in titles:
                    if title.org is not None:
                        yield Fact(person.name, pred, title, Evidence(doc.doc_id, sent, self.name))


_CLAUSE_BREAK = re.compile(r"[,;:]")


@derived
def _object_re() -> re.Pattern[str]:
    """The words naming whom a tenure cue concerns, then an honorific, just before the name."""
    words = resources()
    return re.compile(rf"(?<!\w)(?:{alternation(words.connectors['tenure_object'])})[ ]+"
                      rf"(?:(?:{alternation(words.honorifics)})[ ]+)?$")


def _person_for(people: tuple[PersonMention, ...], sent: Span, cue: int, folded: str) -> PersonMention | None:
    """The person the cue is about: named after it in the sentence, else the nearest before it.

    A person named in an aside (``bà X (em ruột ông Y) được bổ nhiệm …``) is not the subject.
    """
    inside = [p for p in people if sent.start <= p.span.start < sent.end
              and not _in_aside(folded, sent.start, p.span.start, cue)]
    # a person after the cue is in its clause: "… được bổ nhiệm Chánh văn phòng Sở, ông này …, Giám đốc
    # Sở Nội vụ X lý giải": X, past a comma, speaks of the appointment; the holder is the one before it
    # ("… miễn nhiệm chức vụ …, nhiệm kỳ 2021-2026, đối với bà Y": named by connectors tenure_object)
    after = [p for p in inside if p.span.start >= cue and (not _CLAUSE_BREAK.search(folded, cue, p.span.start)
                                                           or _object_re().search(folded, cue, p.span.start))]
    before = [p for p in inside if p.span.start < cue]
    if after:
        return after[0]
    return before[-1] if before else None


def _in_aside(folded: str, start: int, pos: int, cue: int) -> bool:
    """Whether ``pos`` is inside a parenthesis that closes before ``cue``."""
    return folded.count("(", start, pos) > folded.count(")", start, pos) and ")" in folded[pos:cue]


@derived
def _active() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An active verb whose holder is its object (``cách chức``, ``bổ nhiệm``), and a passive marker
    (``được``, ``bị``) just before a cue (connectors ``tenure_active``, ``tenure_passive``)."""
    words = resources().connectors
    return (re.compile(rf"(?:{alternation(words['tenure_active'])})$"),
            re.compile(rf"(?<!\w)(?:{alternation(words['tenure_passive'])})(?!\w)"))


def _acts(folded: str, cue: re.Match[str], name_end: int) -> bool:
    """Whether the person named before an active cue whose object is the title itself is the one who
    acts (``ông X khẳng định sẽ cách chức giám đốc Sở``), not the one elected or dismissed (``ông Y bị
    cách chức``, ``ông Z được HĐND tỉnh bầu``: a passive marker between the name and the cue)."""
    active, passive = _active()
    if active.match(cue.group()) is None:
        return False
    return passive.search(folded, name_end, cue.start()) is None
