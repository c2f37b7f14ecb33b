"""The frozen data model shared by every stage of the pipeline.

Spans are half-open ``[start, end)`` character offsets into ``Document.text``
(the cleaned, NFC-normalized article); a mention's text is always
``doc.text[span.start:span.end]``.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class SourceMap:
    """Where the positions of a document's cleaned text fall in the text it was read from.

    Piecewise linear: position ``p`` at or after ``doc_starts[i]`` (and before the next) is
    ``source_starts[i] + (p - doc_starts[i])`` in the source. Built at ingest
    (:mod:`kg.ingest.offsets`); the graph writes source positions as ``kg:startOffset``.
    """

    doc_starts: tuple[int, ...] = (0,)
    source_starts: tuple[int, ...] = (0,)

    def to_source(self, pos: int) -> int:
        """Return the source position of the boundary before ``doc.text[pos]``."""
        i = bisect.bisect_right(self.doc_starts, pos) - 1
        if i < 0:
            return pos
        return self.source_starts[i] + (pos - self.doc_starts[i])


@dataclass(frozen=True)
class Document:
    """One cleaned article: normalized text plus the metadata read from it."""

    doc_id: str
    text: str
    source: str  # path relative to the input root it was found under, POSIX style
    headline: Span | None = None
    dateline: dt.datetime | None = None
    authors: tuple[str, ...] = ()
    source_org: str | None = None
    body: Span | None = None  # the article body, headline and byline excluded
    locality: str | None = None  # home locality the source states (JSON Lines "locality")
    url: str | None = None  # where the article was published, when the source says
    # cleaned text -> the text it was read from (None: the same); where the text came from,
    # not what it says, so two files that clean to the same text are the same document
    source_map: SourceMap | None = field(default=None, compare=False)

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def source_span(self, span: Span) -> Span:
        """Return ``span`` as offsets into the text the article was read from."""
        if self.source_map is None:
            return span
        return Span(self.source_map.to_source(span.start), self.source_map.to_source(span.end))

    @property
    def headline_text(self) -> str:
        return self.slice(self.headline) if self.headline else ""

    @property
    def date(self) -> dt.date | None:
        return self.dateline.date() if self.dateline else None


class PlaceType(str, Enum):
    """Vietnamese administrative unit types (the three-level register, and the 2025 special zone)."""

    PROVINCE = "tỉnh"
    CENTRAL_CITY = "thành phố trực thuộc trung ương"
    CITY = "thành phố"
    TOWN = "thị xã"
    DISTRICT = "huyện"
    URBAN_DISTRICT = "quận"
    WARD = "phường"
    COMMUNE = "xã"
    TOWNSHIP = "thị trấn"
    # a commune-level unit of the 2025 register with its own type word (đặc khu Phú Quốc, Côn Đảo)
    SPECIAL_ZONE = "đặc khu"

    @property
    def level(self) -> int:
        """1 province, 2 district, 3 commune."""
        if self in (PlaceType.PROVINCE, PlaceType.CENTRAL_CITY):
            return 1
        if self in (PlaceType.WARD, PlaceType.COMMUNE, PlaceType.TOWNSHIP, PlaceType.SPECIAL_ZONE):
            return 3
        return 2


@dataclass(frozen=True)
class Place:
    """An administrative unit: linked to the register (``code``) or kept unlinked."""

    name: str  # short name, e.g. "Bắc Kạn"
    type: PlaceType
    code: str | None = None  # GSO code; None when the register does not list it
    parent_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    # a unit of the two-level register of 1 July 2025: its codes are a space of their own
    # (the new tỉnh Gia Lai has code 52, the old tỉnh Bình Định's)
    reform2025: bool = False

    @property
    def label(self) -> str:
        """Full name as written in Vietnamese, e.g. ``thành phố Bắc Kạn``."""
        word = "thành phố" if self.type is PlaceType.CENTRAL_CITY else self.type.value
        return f"{word} {self.name}"

    @property
    def key(self) -> str:
        if self.code and self.reform2025:
            return f"2025/{self.code}"
        return self.code or f"{self.type.name.lower()}:{self.name}"


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text (or implied: ``span`` is None for the article's home)."""

    place: Place
    span: Span | None
    how: str  # the rule that found it: "typed", "list", "bare", "home", "org"


@dataclass(frozen=True)
class Organization:
    """A body such as ``Ủy ban nhân dân thành phố Bắc Kạn``, anchored at a place."""

    head: str  # canonical head, e.g. "Ủy ban nhân dân", "Thành ủy", "Phòng Tài chính – Kế hoạch"
    place: Place | None = None
    label: str = ""  # canonical label, built by titles.org_label

    @property
    def key(self) -> str:
        if self.place is not None:
            return f"{self.head}|{self.place.key}"
        # "Ủy ban nhân dân huyện" and "Ủy ban nhân dân xã" of unknown units are two bodies
        return f"{self.head}|{self.label[len(self.head):].strip()}"


@dataclass(frozen=True)
class Title:
    """A role in an organization, e.g. *Phó Bí thư* of *Thành ủy Bắc Kạn*."""

    role: str
    org: Organization | None
    span: Span  # the title's text


@dataclass(frozen=True)
class PersonMention:
    """A named official with the titles stated next to the name."""

    name: str
    span: Span  # the name
    titles: tuple[Title, ...] = ()
    sentence: Span | None = None


@dataclass(frozen=True)
class TitleMention:
    """A title used alone (``đồng chí Bí thư Thành ủy``) and the person it refers to."""

    title: Title
    person: str | None  # resolved name, None when coreference failed
    sentence: Span | None = None


@dataclass(frozen=True)
class Annotations:
    """Everything the annotate stage found in one document; offsets into ``doc.text``."""

    sentences: tuple[Span, ...]
    home: Place | None = None
    province: Place | None = None
    places: tuple[PlaceMention, ...] = ()
    people: tuple[PersonMention, ...] = ()
    title_mentions: tuple[TitleMention, ...] = ()
    ner: tuple[tuple[Span, str], ...] | None = None  # underthesea entities when requested
    folded: str | None = None  # kg.lexicon.normalize.fold(doc.text), computed once by annotate
    # the kg.annotate.context.TitleContext annotate read titles with (its seen places): built by the
    # stage above, so the model carries it untyped; kg.extract.contract.context_of reads it, checked
    context: object | None = None

    @property
    def provides(self) -> frozenset[str]:
        """The annotation layers present (what an extractor's ``needs`` is checked against)."""
        layers = {"sentences", "places", "people", "titles"}
        if self.folded is not None:
            layers.add("folded")
        if self.context is not None:
            layers.add("context")
        if self.ner is not None:
            layers.add("ner")
        return frozenset(layers)

    def sentence_of(self, span: Span) -> Span | None:
        for sent in self.sentences:
            if sent.start <= span.start < sent.end:
                return sent
        return None


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the article, the sentence span, the extractor."""

    doc_id: str
    span: Span
    extractor: str  # versioned name, e.g. "positions/1"


class Pred(str, Enum):
    """The fact kinds of the built-in families (a new family may declare its own kind string)."""

    HOLDS = "holds"  # person -> Title
    MENTIONS_PLACE = "mentions_place"  # article -> Place
    MEETING = "meeting"  # article -> MeetingInfo
    TASK = "task"  # article -> TaskInfo
    TENURE_START = "tenure_start"  # person -> Title (elected, appointed)
    TENURE_END = "tenure_end"  # person -> Title (dismissed, relieved)


@dataclass(frozen=True)
class MeetingInfo:
    """One meeting reported by an article."""

    key: str  # article-local identifier
    kind: str
    date: dt.date | None = None
    date_text: str | None = None
    date_source: str | None = None  # "text", "dateline", "headline", "era", "context", "article", None
    part_of_day: str | None = None
    partial_date: str | None = None  # "--11-26" style when the year is unknown
    organizer: Organization | None = None
    chairs: tuple[str, ...] = ()
    attendees: tuple[str, ...] = ()
    place: Place | None = None
    period: str | None = None
    online: bool = False
    end_date: dt.date | None = None  # last day of a meeting held over several days


@dataclass(frozen=True)
class TaskInfo:
    """One directive given in an article."""

    key: str
    description: str
    assigner: str | None = None
    assignees: tuple[Organization | str, ...] = ()
    assigning_body: Organization | None = None  # the body that gives it (``UBND tỉnh yêu cầu …``)
    meeting_key: str | None = None
    deadline: str | None = None
    topic: str | None = None
    topic_label: str | None = None  # the topic concept's Vietnamese label (kg/data/task_topics.tsv)


@dataclass(frozen=True)
class Fact:
    """A typed triple with its evidence, as emitted by an extractor."""

    subject: str  # a person name, or the doc_id for article-level facts
    predicate: str  # the fact kind: a Pred member, or a new family's own kind (see CONTRIBUTING.md)
    object: object  # a frozen value its kind's graph writer knows (Title, Place, MeetingInfo, TaskInfo …)
    evidence: Evidence


@dataclass(frozen=True)
class BuildProblem:
    """A file that could not be built, and why."""

    source: str
    reason: str
