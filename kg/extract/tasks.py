"""Tasks: directives given in an article (who gave them, to whom, what).

Not built yet (issue 5); yields nothing so the pipeline stays whole.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.model import Annotations, Document, Fact


class TaskExtractor:
    name = "tasks/0"
    needs = frozenset({"sentences", "people", "places"})

    def __call__(self, doc: Document, ann: Annotations) -> Iterator[Fact]:
        return iter(())
