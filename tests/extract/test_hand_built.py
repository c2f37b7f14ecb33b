"""Extractors on hand-built Annotations: each reads only what it is given.

No annotator runs here: the people, places, sentences, folded text and title
context are written by hand, so a failure points at the extractor alone.
"""

from __future__ import annotations

from kg.annotate import annotate
from kg.annotate.context import TitleContext
from kg.extract import run_extractors
from kg.extract.localities import LocalityExtractor
from kg.extract.positions import PositionExtractor
from kg.extract.tasks.extractor import TaskExtractor
from kg.extract.tenure import TenureExtractor
from kg.ingest import parse_text
from kg.lexicon.normalize import fold
from kg.lexicon.resources import resources
from kg.model import (
    Annotations,
    Document,
    Evidence,
    Fact,
    MeetingInfo,
    Organization,
    PersonMention,
    PlaceMention,
    Pred,
    Span,
    TaskInfo,
    Title,
)


def _gaz():  # type: ignore[no-untyped-def]
    return resources().gazetteer


def _nam_binh():  # type: ignore[no-untyped-def]
    return _gaz().parse_locality("xã Nam Bình, huyện Đắk Song, tỉnh Đắk Nông")


def _doc(text: str) -> Document:
    return Document("d1", text, "d1.txt")


def test_positions_are_the_titles_stated_with_a_body_once_per_article() -> None:
    text = "Ông Nguyễn Văn An, Chủ tịch UBND xã Nam Bình, phát biểu. Chủ tịch An nói.\n"
    org = Organization("Ủy ban nhân dân", _nam_binh(), "Ủy ban nhân dân xã Nam Bình")
    title = Title("Chủ tịch", org, Span(19, 44))
    sent = Span(0, 56)
    people = (PersonMention("Nguyễn Văn An", Span(4, 17), (title,), sent),
              PersonMention("Nguyễn Văn An", Span(4, 17), (title,), sent),  # said twice: one fact
              PersonMention("Nguyễn Văn An", Span(4, 17), (Title("Chủ tịch", None, Span(57, 65)),), sent))
    facts = list(PositionExtractor()(_doc(text), Annotations(sentences=(sent,), people=people)))
    assert [(f.subject, f.predicate, f.object) for f in facts] == [("Nguyễn Văn An", Pred.HOLDS, title)]
    assert facts[0].evidence == Evidence("d1", sent, "positions/1")


def test_localities_are_the_places_named_and_the_home() -> None:
    text = "Đoàn công tác làm việc tại xã Nam Bình.\n"
    nam_binh = _nam_binh()
    home = _gaz().parent(nam_binh)
    sent = Span(0, 39)
    ann = Annotations(sentences=(sent,), home=home,
                      places=(PlaceMention(nam_binh, Span(27, 38), "typed"),))
    facts = list(LocalityExtractor()(_doc(text), ann))
    assert [f.object for f in facts] == [nam_binh, home]
    assert facts[0].evidence.span == sent


def _tenure_facts(seen: tuple) -> list[Fact]:  # type: ignore[type-arg]
    text = "Ông Nguyễn Văn An được bầu giữ chức Chủ tịch UBND xã.\n"
    ann = Annotations(sentences=(Span(0, len(text) - 1),),
                      people=(PersonMention("Nguyễn Văn An", Span(4, 17)),),
                      folded=fold(text), context=TitleContext(_gaz(), seen=seen))
    return list(TenureExtractor()(_doc(text), ann))


def test_tenure_completes_a_bare_body_from_the_context_it_is_given() -> None:
    (alone,) = _tenure_facts(())
    assert alone.predicate is Pred.TENURE_START and alone.subject == "Nguyễn Văn An"
    assert isinstance(alone.object, Title) and alone.object.org and alone.object.org.place is None
    (completed,) = _tenure_facts(((0, _nam_binh()),))
    assert isinstance(completed.object, Title) and completed.object.org
    assert completed.object.org.label == "Ủy ban nhân dân xã Nam Bình"


def test_tasks_link_to_the_meeting_fact_they_are_given_whatever_its_key() -> None:
    text = ("Hội nghị tổng kết\nĐồng chí Nguyễn Văn An, Chủ tịch UBND huyện yêu cầu các xã "
            "tập trung thu ngân sách.\n")
    doc = parse_text(text, "t.txt")
    ann = annotate(doc)
    meeting = Fact(doc.doc_id, Pred.MEETING, MeetingInfo(key="x7", kind="hội nghị"),
                   Evidence(doc.doc_id, Span(0, 10), "meetings/1"))
    linked = [f.object for f in TaskExtractor()(doc, ann, (meeting,))]
    alone = [f.object for f in TaskExtractor()(doc, ann)]
    assert linked and all(isinstance(t, TaskInfo) and t.meeting_key == "x7" for t in linked)
    assert alone and all(isinstance(t, TaskInfo) and t.meeting_key is None for t in alone)


def test_extractors_reuse_the_title_context_annotate_decided() -> None:
    """The one behaviour change of the layout: tenure (and meetings, tasks) read titles with the
    places annotate saw, so a bare "UBND xã" after "HĐND xã Nam Bình" is Nam Bình's, as it is
    for positions; before, tenure built a context without them and left the body unplaced."""
    text = ("Kỳ họp HĐND xã Nam Bình\nNgày 5/1/2021, HĐND xã Nam Bình, huyện Đắk Song tổ chức kỳ họp "
            "bất thường. Tại kỳ họp, ông Nguyễn Văn An được bầu giữ chức Chủ tịch UBND xã nhiệm kỳ 2016-2021.\n")
    doc = parse_text(text, "t.txt")
    ann = annotate(doc)
    assert ann.context is not None and ann.folded == fold(doc.text)
    assert [p.name for _pos, p in ann.context.seen] == ["Nam Bình", "Nam Bình"]
    tenure = [f for f in run_extractors(doc, ann) if f.predicate is Pred.TENURE_START]
    assert [f.object.org.label for f in tenure if isinstance(f.object, Title) and f.object.org] == [
        "Ủy ban nhân dân xã Nam Bình"]
