"""Positions: who holds which title, from every introduction of an official.

A person whose name is spelled in another language (``John McCain``) holds no post of a
Vietnamese body: the press writes foreign officials' posts in our words (``Chủ tịch Ủy ban …``)
and only a body that names its country (``Chính phủ Trung Quốc``) is theirs.

A title in a body outside public life — a clan's council (``Chủ tịch Hội đồng trị sự Nguyễn
Phước Tộc``), a religious one — is no post: the words that mark such bodies are named data
(``private_body`` in ``kg/data/connectors.tsv``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.annotate.names import is_foreign_name
from kg.annotate.titles import country_re
from kg.extract.registry import register
from kg.lexicon.normalize import fold
from kg.lexicon.patterns import words_re
from kg.lexicon.resources import derived, resources
from kg.model import Annotations, Document, Evidence, Fact, Pred, Span


@register
class PositionExtractor:
    """Yields ``person HOLDS title`` for each title stated next to a name, once per article."""

    name = "positions/1"
    kinds = frozenset({Pred.HOLDS})
    needs = frozenset({"sentences", "people"})

    def __call__(self, doc: Document, ann: Annotations, prior: Sequence[Fact] = ()) -> Iterator[Fact]:
        seen: set[tuple[str, str, str]] = set()
        for person in ann.people:
            foreign = is_foreign_name(person.name)
            for title in person.titles:
                if title.org is None or _private_re().search(fold(title.org.label)):
                    continue  # a role with no body ("Chủ tịch"), or a clan's council, is not a position
                if foreign and not country_re().search(fold(title.org.label)):
                    continue  # a foreign official's post is never a Vietnamese body's
                key = (person.name, title.role, title.org.key)
                if key in seen:
                    continue
                seen.add(key)
                sent = person.sentence or Span(person.span.start, title.span.end)
                yield Fact(person.name, Pred.HOLDS, title, Evidence(doc.doc_id, sent, self.name))


@derived
def _private_re() -> re.Pattern[str]:
    return words_re(resources().connectors.get("private_body", ()))
