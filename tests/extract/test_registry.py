"""The extractor contract: registry, declared needs, prior facts, one writer per kind."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

from kg.errors import KGError
from kg.extract import ANNOTATION_LAYERS, default_extractors, ordered, run_extractors
from kg.extract.registry import check_provided, plain, register
from kg.graph.build import GraphBuilder
from kg.graph.writers import WRITERS, write_article
from kg.lexicon.resources import resources
from kg.model import Annotations, Document, Evidence, Fact, MeetingInfo, Pred, Span

DOC = Document("d1", "Một câu.\n", "d1.txt")
ANN = Annotations(sentences=(Span(0, 8),))


class _Fake:
    """An extractor built from its declaration alone."""

    def __init__(self, name: str, kinds: set[str], needs: set[str], yields: Sequence[Fact] = ()) -> None:
        self.name, self.kinds, self.needs, self.yields = name, frozenset(kinds), frozenset(needs), yields
        self.got: tuple[Fact, ...] | None = None

    def __call__(self, doc: Document, ann: Annotations, prior: Sequence[Fact] = ()) -> Iterator[Fact]:
        self.got = tuple(prior)
        yield from self.yields


def _meeting(key: str) -> Fact:
    return Fact("d1", Pred.MEETING, MeetingInfo(key=key, kind="hội nghị"), Evidence("d1", Span(0, 8), "fake/1"))


def test_the_default_extractors_are_registered_and_ordered_by_their_needs() -> None:
    names = [e.name for e in default_extractors()]
    assert set(names) == {"positions/1", "localities/1", "meetings/2", "tasks/1", "tenure/1",
                          "reported/1"}
    assert names.index("meetings/2") < names.index("tasks/1")  # tasks read the meeting facts


def test_every_need_is_a_layer_or_a_kind_and_every_kind_has_a_writer() -> None:
    exs = default_extractors()
    kinds = set().union(*(plain(e.kinds) for e in exs))
    for ex in exs:
        assert plain(ex.needs) <= ANNOTATION_LAYERS | kinds, ex.name
    assert kinds <= WRITERS.keys()


def test_a_need_nobody_provides_is_an_error_naming_the_extractor() -> None:
    with pytest.raises(KGError, match=r"extractor budget/1 needs budgets: neither an annotation layer"):
        ordered([_Fake("budget/1", {"budget"}, {"sentences", "budgets"})])


def test_extractors_that_need_each_other_are_a_cycle() -> None:
    with pytest.raises(KGError, match="cycle"):
        ordered([_Fake("a/1", {"a"}, {"b"}), _Fake("b/1", {"b"}, {"a"})])


def test_a_layer_annotate_did_not_provide_is_an_error() -> None:
    ex = _Fake("ner-people/1", {"holds"}, {"sentences", "ner"})
    with pytest.raises(KGError, match=r"extractor ner-people/1 needs the annotation layer\(s\) ner"):
        run_extractors(DOC, ANN, [ex])
    check_provided(ex, Annotations(sentences=(), ner=()))  # provided: no error


def test_the_folded_text_and_the_title_context_are_layers_a_hand_built_annotation_may_lack() -> None:
    assert ANN.provides == {"sentences", "places", "people", "titles"}
    tenure = next(e for e in default_extractors() if e.name == "tenure/1")
    with pytest.raises(KGError, match="layer\\(s\\) context, folded"):
        run_extractors(DOC, ANN, [tenure])
    tasks = next(e for e in default_extractors() if e.name == "tasks/1")
    with pytest.raises(KGError, match="tasks/1 needs meeting"):  # run alone, its meeting need is unmet
        run_extractors(DOC, ANN, [tasks])


def test_an_extractor_gets_the_facts_of_the_kinds_it_needs_as_prior() -> None:
    meeting = _meeting("x7")
    first = _Fake("meet/1", {"meeting"}, {"sentences"}, [meeting])
    second = _Fake("task/1", {"task"}, {"sentences", "meeting"})
    other = _Fake("other/1", {"holds"}, {"sentences"})
    facts = run_extractors(DOC, ANN, [second, other, first])  # given out of order
    assert facts == [meeting] and second.got == (meeting,) and other.got == ()


def test_registration_checks_the_declaration() -> None:
    class NoVersion:
        name = "unversioned"
        kinds = frozenset({"x"})
        needs = frozenset({"sentences"})

    with pytest.raises(KGError, match="versioned"):
        register(NoVersion)

    class ListNeeds:
        name = "list/1"
        kinds = frozenset({"x"})
        needs = ["sentences"]

    with pytest.raises(KGError, match="needs must be a frozenset"):
        register(ListNeeds)


def test_a_fact_kind_without_a_writer_is_an_error_not_a_silent_drop() -> None:
    fact = Fact("d1", "budget", MeetingInfo(key="m1", kind="x"), Evidence("d1", Span(0, 8), "budget/1"))
    with pytest.raises(KGError, match="no graph writer for fact kind 'budget'"):
        write_article(GraphBuilder(resources().gazetteer), DOC, [fact], "")


def test_a_writer_refuses_an_object_of_the_wrong_type() -> None:
    fact = Fact("d1", Pred.TASK, MeetingInfo(key="m1", kind="x"), Evidence("d1", Span(0, 8), "tasks/1"))
    with pytest.raises(KGError, match="expects a TaskInfo"):
        write_article(GraphBuilder(resources().gazetteer), DOC, [fact], "")
