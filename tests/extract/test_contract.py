"""The layer accessors of the extractor contract (kg.extract.contract)."""

from __future__ import annotations

import pytest

from kg.annotate.context import TitleContext
from kg.errors import KGError
from kg.extract.contract import context_of, folded_of
from kg.lexicon.resources import resources
from kg.model import Annotations


def test_context_of_gives_the_title_context_and_names_a_missing_or_foreign_one() -> None:
    ctx = TitleContext(resources().gazetteer)
    assert context_of(Annotations(sentences=(), context=ctx)) is ctx
    with pytest.raises(KGError, match="carry no title context"):
        context_of(Annotations(sentences=()))
    with pytest.raises(KGError, match="carry a dict as their title context"):
        context_of(Annotations(sentences=(), context={"home": None}))


def test_folded_of_names_a_missing_fold() -> None:
    assert folded_of(Annotations(sentences=(), folded="a")) == "a"
    with pytest.raises(KGError, match="no folded text"):
        folded_of(Annotations(sentences=()))
