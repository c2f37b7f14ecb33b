"""Annotate: sentences, places, people and titles of one document, on character offsets.

Cheap rules run on every document; underthesea's NER runs only when asked for
(``with_ner=True``), through the one adapter module :mod:`kg.annotate.nlp`.
What annotate decides is carried on :class:`~kg.model.Annotations` for every
extractor to reuse: the folded text (computed once here) and the
:class:`~kg.annotate.context.TitleContext` with the places the article names.
"""

from __future__ import annotations

from dataclasses import replace

from kg.annotate.context import TitleContext
from kg.annotate.home import pick_commune
from kg.annotate.people import PeopleFinder
from kg.annotate.place_reading import register_view
from kg.annotate.places import find_places
from kg.annotate.segment import sentences
from kg.annotate.titles import congress_places, explicit_places
from kg.lexicon.normalize import fold
from kg.lexicon.resources import resources
from kg.model import Annotations, Document, Place


def annotate(doc: Document, *, default_home: Place | None = None, with_ner: bool = False) -> Annotations:
    """Return the annotations of ``doc``."""
    folded = fold(doc.text)
    sents = sentences(doc.text)
    home, province, places = find_places(doc, resources().gazetteer, default_home, folded=folded)
    gaz = register_view(doc, resources().gazetteer, places, folded)  # the register of the article's date
    ctx = TitleContext(gaz, home, province, named=tuple(pm.place for pm in places if pm.place.code),
                       commune=pick_commune(doc, gaz, places, home))
    ctx = replace(ctx, seen=explicit_places(doc.text, folded, ctx))
    ctx = replace(ctx, congresses=congress_places(doc.text, folded, ctx))
    people, title_mentions = PeopleFinder(doc.text, sents, ctx, folded).find()
    ner = None
    if with_ner:
        from kg.annotate.nlp import ner_spans

        ner = ner_spans(doc.text, sents)
    return Annotations(sentences=sents, home=home, province=province, places=places,
                       people=people, title_mentions=title_mentions, ner=ner,
                       folded=folded, context=ctx)
