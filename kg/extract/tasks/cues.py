"""The cue patterns of directives, compiled from the lexicons (``kg/data/task_*.tsv``, connectors)."""

from __future__ import annotations

import re

from kg.lexicon.patterns import alternation, words_re
from kg.lexicon.resources import derived, resources


@derived
def bare_honorific_re() -> re.Pattern[str]:
    """An honorific right before the cue ("đồng chí cũng yêu cầu"): someone named earlier speaks."""
    adverbs = alternation(resources().connectors["speaker_adverb"])
    return re.compile(rf"{alternation(resources().honorifics)}[ ]+(?:{adverbs}[ ]+)*$")


@derived
def to_assignee_re() -> re.Pattern[str]:
    """ "giao cho X", "yêu cầu đối với X": the assignee follows the preposition."""
    return re.compile(alternation(resources().connectors["task_to_assignee"]) + "[ ]+")


@derived
def cue_re(kind: str, *, tail: bool = False) -> re.Pattern[str]:
    words = resources().task_cues.get(kind, ())
    if tail:  # the cue ends the text before a verb ("theo ", "lãnh đạo, ")
        return words_re(words, before=r"(?:^|(?<=\W))", after=r"[ ,]*$")
    return words_re(words, before="")


@derived
def verb_re() -> re.Pattern[str]:
    return words_re(resources().task_verbs)


@derived
def giver_gap_re() -> re.Pattern[str]:
    """Between a body and its directive verb ("UBND tỉnh cũng đã yêu cầu"): the body gives it."""
    adverbs = alternation(resources().connectors["speaker_adverb"])
    return re.compile(rf"[ ]*(?:(?:{adverbs})[ ]+)*")
