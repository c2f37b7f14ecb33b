"""Annotate: sentences, places, people and titles of one document, on character offsets.

Cheap rules run on every document; underthesea's NER runs only when asked for
(``with_ner=True``), through the one adapter module :mod:`kg.annotate.nlp`.
"""

from __future__ import annotations

from kg.annotate.people import PeopleFinder
from kg.annotate.places import find_places
from kg.annotate.segment import sentences
from kg.annotate.titles import TitleContext
from kg.lexicon.resources import resources
from kg.model import Annotations, Document, Place


def annotate(doc: Document, *, default_home: Place | None = None, with_ner: bool = False) -> Annotations:
    """Return the annotations of ``doc``."""
    gaz = resources().gazetteer
    sents = sentences(doc.text)
    home, province, places = find_places(doc, gaz, default_home)
    ctx = TitleContext(gaz, home, province)
    people, title_mentions = PeopleFinder(doc.text, sents, ctx).find()
    ner = None
    if with_ner:
        from kg.annotate.nlp import ner_spans

        ner = ner_spans(doc.text, sents)
    return Annotations(sentences=sents, home=home, province=province, places=places,
                       people=people, title_mentions=title_mentions, ner=ner)
