"""Property tests: the normalizer and every extractor on arbitrary and Vietnamese-like text.

Invariants: no exception, every span inside the text, normalization idempotent,
output deterministic (the same document twice gives the same facts).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kg.annotate import annotate
from kg.errors import InputError
from kg.extract import default_extractors, run_extractors
from kg.ingest import Source, parse_text, read_source
from kg.lexicon.normalize import canonical, clean, fold
from kg.model import Annotations, Document, Fact, Span

from .seed_formats import SEEDS, seed_doc

# KG_PROPERTY_EXAMPLES=1000 for a long hunt; the default keeps the suite quick
SETTINGS = settings(max_examples=int(os.environ.get("KG_PROPERTY_EXAMPLES", "60")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SEED_SENTENCES = sorted({s.strip() + "." for p in SEEDS
                         for s in re.split(r"[.\n]", seed_doc(p).text) if len(s.strip()) > 3})
WORDS = sorted({w for p in SEEDS for w in seed_doc(p).text.split() if len(w) < 25})
SYLLABLE = st.builds(
    lambda c, v, t, f: c + unicode_tone(v, t) + f,
    st.sampled_from(["", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng",
                     "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x", "Đ", "Ng", "Tr"]),
    st.sampled_from(list("aăâeêioôơuưy") + ["oa", "uy", "ươ", "iê", "oe"]),
    st.sampled_from(["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]),
    st.sampled_from(["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u"]),
)


def unicode_tone(vowel: str, tone: str) -> str:
    return vowel[0] + tone + vowel[1:]  # decomposed on purpose: clean() must compose it


VIETNAMESE_LIKE = st.lists(
    st.one_of(SYLLABLE, st.sampled_from(WORDS),
              st.sampled_from([",", ".", ";", ":", " – ", "\n", "\n\n", "(", ")", "“", "”",
                               "UBND", "HĐND", "Đồng chí", "Chủ tịch", "yêu cầu", "giao"])),
    max_size=120,
).map(" ".join)
ARBITRARY = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
SHUFFLED = st.lists(st.sampled_from(SEED_SENTENCES), min_size=1, max_size=25).map(" ".join)
ANY_TEXT = st.one_of(ARBITRARY, VIETNAMESE_LIKE, SHUFFLED)


def as_document(raw: str) -> Document:
    try:
        return parse_text(raw, source="p.txt")
    except InputError:
        assume(False)
        raise


def inside(span: Span | None, doc: Document) -> bool:
    return span is None or 0 <= span.start <= span.end <= len(doc.text)


@SETTINGS
@given(ANY_TEXT)
def test_normalizer_is_idempotent_and_fold_keeps_length(raw):
    text = clean(raw)
    assert clean(text) == text
    assert len(fold(text)) == len(text)
    assert canonical(canonical(raw)) == canonical(raw)


def run_all(doc: Document):
    ann = annotate(doc)
    return ann, run_extractors(doc, ann)


def check(doc: Document) -> None:
    ann, facts = run_all(doc)
    assert all(inside(s, doc) for s in ann.sentences)
    assert all(inside(p.span, doc) for p in ann.people)
    assert all(inside(p.span, doc) for p in ann.places)
    for fact in facts:
        assert fact.evidence.doc_id == doc.doc_id
        assert inside(fact.evidence.span, doc), (fact, len(doc.text))
    again = run_all(doc)
    assert again[1] == facts  # deterministic


@SETTINGS
@given(ARBITRARY)
def test_extractors_on_arbitrary_unicode(raw):
    check(as_document(raw))


@SETTINGS
@given(VIETNAMESE_LIKE)
def test_extractors_on_vietnamese_like_text(raw):
    check(as_document("Phiên họp thường kỳ tháng 11/2021\n" + raw))


@SETTINGS
@given(SHUFFLED)
def test_extractors_on_shuffled_seed_sentences(raw):
    check(as_document("UBND thành phố họp phiên thường kỳ tháng 4/2021\n" + raw))


# the seeds, plus synthetic articles for the families the seeds never state (tenure)
FIXTURE_ARTICLES = sorted((Path(__file__).parent / "fixtures" / "articles").glob("*.txt"))


@functools.cache
def _sample_inputs() -> tuple[tuple[Document, Annotations, tuple[Fact, ...]], ...]:
    docs = [seed_doc(p) for p in SEEDS] + [read_source(Source(p, p.name)) for p in FIXTURE_ARTICLES]
    out = []
    for doc in docs:
        ann = annotate(doc)
        out.append((doc, ann, tuple(run_extractors(doc, ann))))
    return tuple(out)


def facts_on_samples(ex) -> list[Fact]:  # type: ignore[no-untyped-def]
    """What ``ex`` yields on the sample articles, given the facts of the kinds it needs."""
    out: list[Fact] = []
    for doc, ann, facts in _sample_inputs():
        prior = tuple(f for f in facts if f.predicate in ex.needs)
        out.extend(ex(doc, ann, prior))
    return out


@pytest.mark.parametrize("ex", default_extractors(), ids=lambda e: e.name)
def test_every_registered_extractor_yields_facts_of_its_kinds_on_the_seeds(ex) -> None:
    facts = facts_on_samples(ex)
    assert facts, f"{ex.name} yields nothing on the seed and fixture articles"
    assert {f.predicate for f in facts} <= ex.kinds
    assert {f.evidence.extractor for f in facts} == {ex.name}


class _Silent:
    """An extractor that declares a family and yields nothing."""

    name, kinds, needs = "silent/1", frozenset({"holds"}), frozenset({"sentences"})

    def __call__(self, doc: Document, ann: Annotations, prior: Sequence[Fact] = ()) -> Iterator[Fact]:
        yield from ()


def test_the_seed_property_fails_for_an_extractor_that_yields_nothing() -> None:
    with pytest.raises(AssertionError, match="silent/1 yields nothing"):
        test_every_registered_extractor_yields_facts_of_its_kinds_on_the_seeds(_Silent())
