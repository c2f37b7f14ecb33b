"""Meetings: the meetings an article reports (date, organizer, chair, attendees).

Not built yet (issue 4); yields nothing so the pipeline stays whole.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.model import Annotations, Document, Fact


class MeetingExtractor:
    name = "meetings/0"
    needs = frozenset({"sentences", "people", "places"})

    def __call__(self, doc: Document, ann: Annotations) -> Iterator[Fact]:
        return iter(())
