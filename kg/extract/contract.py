"""What an extractor may take from its annotations: checked, never re-derived.

An extractor declares the layers it reads in ``needs``; the registry checks them
against :attr:`kg.model.Annotations.provides` before it runs. The accessors here
give the layers that are optional on a hand-built :class:`~kg.model.Annotations`
(the folded text, the title context) and name the extractor's contract when one
is missing, instead of quietly computing it again with other inputs.
"""

from __future__ import annotations

from kg.annotate.context import TitleContext
from kg.errors import KGError
from kg.model import Annotations


def folded_of(ann: Annotations) -> str:
    """The folded text annotate computed (``needs`` must name ``folded``)."""
    if ann.folded is None:
        raise KGError("annotations carry no folded text; build them with kg.annotate.annotate "
                      "or pass folded=fold(doc.text)")
    return ann.folded


def context_of(ann: Annotations) -> TitleContext:
    """The title context annotate read titles with (``needs`` must name ``context``)."""
    if ann.context is None:
        raise KGError("annotations carry no title context; build them with kg.annotate.annotate "
                      "or pass context=TitleContext(...)")
    if not isinstance(ann.context, TitleContext):
        raise KGError(f"annotations carry a {type(ann.context).__name__} as their title context, "
                      "expected a kg.annotate.context.TitleContext")
    return ann.context
