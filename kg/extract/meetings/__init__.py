"""Meetings: the meetings an article reports (date, organizer, chair, attendees, kind, period).

* :mod:`kg.extract.meetings.reader` — the extractor: the reported meeting and its fields;
* :mod:`kg.extract.meetings.more` — what completes it: further meetings the same report
  covers (``Chiều cùng ngày, … chủ trì cuộc họp …``), an organizer whose unit the text
  leaves implicit (``UBND huyện``), and the year of a report that carries no dateline.
"""

from kg.extract.meetings.reader import MeetingExtractor, meeting_place

__all__ = ["MeetingExtractor", "meeting_place"]
