"""Meetings: the meetings an article reports (date, organizer, chair, attendees, kind, period).

* :mod:`kg.extract.meetings.reader` — the extractor: the reported meeting and its fields;
* :mod:`kg.extract.meetings.more` — what completes it: further meetings the same report
  covers (``Chiều cùng ngày, … chủ trì cuộc họp …``), an organizer whose unit the text
  leaves implicit (``UBND huyện``), and the year of a report that carries no dateline;
* :mod:`kg.extract.meetings.organizer` — the body that held the meeting, and where it sits;
* :mod:`kg.extract.meetings.chairs` — who presided (``chủ trì``, a working session's host, who concluded);
* :mod:`kg.extract.meetings.attendees` — who attended (attendance clauses and the lists they open);
* :mod:`kg.extract.meetings.lexicon` — the cue patterns and reaches the readers use, and ``Named``.
"""

from kg.extract.meetings.organizer import meeting_place
from kg.extract.meetings.reader import MeetingExtractor

__all__ = ["MeetingExtractor", "meeting_place"]
