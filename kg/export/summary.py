"""What a build's graph holds, counted while graph.ttl is written: the numbers of ``report.html``.

:class:`Summary` is fed each distinct triple once, in the order graph.ttl writes them
(subjects sorted, ``rdf:type`` first), as the Turtle writer's compacted terms — no second
reading of the graph, no rdflib. It keeps counts and the few links it must follow at the end
(a task to its meeting, a meeting or an organization to its place, a place to its parent):

* nodes per type (officials, bodies, posts, memberships, meetings, tasks, places, articles);
* facts (memberships, meetings, tasks) per province — the top unit above the fact's place: a
  meeting's location, a membership's organization's locality, a task's meeting's location —
  and per month — the fact's own date (a meeting's date, a membership's observation date, a
  task's meeting's date), else the publication date of the article that states it;
* the most connected officials and bodies, by the same links ``kg stats`` counts (every link
  but type, names and provenance, in and out), so the two agree.

Memory: counts per (kind, place or meeting, month), and one entry per entity, meeting and
article — never one per triple.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from kg.graph.terms import unescape

UNKNOWN = ""
"""The province or month of a fact whose place or date the graph does not give."""

KG = "https://w3id.org/vn-gov-kg/ontology#"
ORG = "http://www.w3.org/ns/org#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

TYPES = {  # label shown in the report -> class
    "officials": KG + "Official", "organizations": ORG + "Organization", "groups of bodies": KG + "Group",
    "posts": ORG + "Post", "memberships (person holds post)": ORG + "Membership", "meetings": KG + "Meeting",
    "tasks": KG + "Task", "places": SCHEMA + "AdministrativeArea", "articles": SCHEMA + "NewsArticle",
    "evidence (sentence spans)": KG + "Evidence",
}
FACT_KINDS = {ORG + "Membership": "memberships", KG + "Meeting": "meetings", KG + "Task": "tasks"}
_NOT_LINKS = (RDF_TYPE, RDFS + "label", SCHEMA + "name", SKOS + "prefLabel", KG + "nameVariant",
              KG + "nameAsWritten", KG + "identityScope", PROV + "wasDerivedFrom", KG + "evidence")
"""The predicates ``kg stats`` does not count as links (kg.store.stats._NOT_LINKS)."""
_CACHE_TERMS = 100_000  # expanded terms remembered (predicates and classes, mostly)
_LABELS = (SKOS + "prefLabel", SCHEMA + "name", RDFS + "label")  # first found wins


@dataclass(frozen=True)
class Ranked:
    """A node with its label and how many links it has."""

    label: str
    links: int
    iri: str


class Summary:
    """Counts over the distinct triples of a build, fed in graph.ttl's order (see the module docstring).

    ``prefixes`` are the Turtle writer's (prefix -> namespace): :meth:`add` takes its rows,
    whose IRIs are ``<…>`` or ``prefix:local`` and ``rdf:type`` is ``a``.
    """

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self._prefixes = dict(prefixes)
        self._full: dict[str, str] = {"a": RDF_TYPE}
        self.triples = 0
        self.types: Counter[str] = Counter()
        self._subject: str | None = None
        self._rows: list[tuple[str, str]] = []
        self._labels: dict[str, str] = {}  # officials, bodies, places
        self._ranked: dict[str, str] = {}  # officials and bodies -> "official" / "body"
        self._out: Counter[str] = Counter()  # links from a node
        self._in: Counter[str] = Counter()  # links to a node
        self._parent: dict[str, str] = {}  # place -> the unit containing it
        self._org_place: dict[str, str] = {}
        self._meeting: dict[str, tuple[str, str]] = {}  # meeting -> (place, date)
        self._published: dict[str, str] = {}  # article -> date
        # (kind, via, ref, date, article) -> facts; via: "place", "org" or "meeting"
        self._facts: Counter[tuple[str, str, str, str, str]] = Counter()

    # -- feeding ------------------------------------------------------------

    def _expand(self, term: str) -> str:
        """The IRI of a compacted IRI term (``kg:Task``, ``<…>``, ``a``); other terms unchanged."""
        got = self._full.get(term)
        if got is None:
            got = term
            if term.startswith("<"):
                got = term[1:-1]
            elif not term.startswith(('"', "_:")):
                prefix, _, local = term.partition(":")
                if prefix in self._prefixes:
                    got = self._prefixes[prefix] + local
            if len(self._full) < _CACHE_TERMS:
                self._full[term] = got
        return got

    def add(self, row: tuple[str, str, str]) -> None:
        """Take one distinct triple as graph.ttl writes it (compacted terms; sorted by subject)."""
        s, p, o = row
        if s != self._subject:
            self._close_subject()
            self._subject = s
        self.triples += 1
        self._rows.append((self._expand(p), o))

    def _close_subject(self) -> None:
        s, rows = self._subject, self._rows
        if s is None:
            return
        self._subject, self._rows = None, []
        full = self._expand(s)
        types = {self._expand(o) for p, o in rows if p == RDF_TYPE}
        for t in types:
            self.types[t] += 1
        values: dict[str, list[str]] = {}
        for p, o in rows:
            values.setdefault(p, []).append(o)
            if p not in _NOT_LINKS and not o.startswith('"'):  # a link to a node, not a literal
                self._out[full] += 1
                self._in[self._expand(o)] += 1

        def first(p: str) -> str:
            got = values.get(p)
            return self._expand(got[0]) if got else UNKNOWN

        def text(p: str) -> str:
            got = values.get(p)
            return _lexical(got[0]) if got else UNKNOWN

        kind = "official" if KG + "Official" in types else (
            "body" if ORG + "Organization" in types else None)  # as kg stats ranks them
        if kind is not None or SCHEMA + "AdministrativeArea" in types:
            label = next((text(p) for p in _LABELS if p in values), full)
            self._labels[full] = label
            if kind is not None:
                self._ranked[full] = kind
        if SCHEMA + "AdministrativeArea" in types and SCHEMA + "containedInPlace" in values:
            self._parent[full] = first(SCHEMA + "containedInPlace")
        if ORG + "Organization" in types and KG + "locality" in values:
            self._org_place[full] = first(KG + "locality")
        if SCHEMA + "NewsArticle" in types:
            self._published[full] = text(SCHEMA + "datePublished")
        article = first(PROV + "wasDerivedFrom")
        if KG + "Meeting" in types:
            place, date = first(SCHEMA + "location"), text(SCHEMA + "startDate")
            self._meeting[full] = (place, date)
            self._facts["meetings", "place", place, date, UNKNOWN if date else article] += 1
        if ORG + "Membership" in types:
            date = min((_lexical(o) for o in values.get(KG + "observedOn", ())), default=UNKNOWN)
            self._facts["memberships", "org", first(ORG + "organization"), date,
                        UNKNOWN if date else article] += 1
        if KG + "Task" in types:
            self._facts["tasks", "meeting", first(KG + "atMeeting"), UNKNOWN, article] += 1

    # -- results -----------------------------------------------------------

    def finish(self) -> Summary:
        """Close the last subject; call once after the last :meth:`add`."""
        self._close_subject()
        return self

    def province(self, place: str) -> str:
        """The label of the top unit above ``place`` (itself when it has no parent), or ``UNKNOWN``."""
        seen = set()
        while place in self._parent and place not in seen:
            seen.add(place)
            place = self._parent[place]
        return self._labels.get(place, UNKNOWN) if place else UNKNOWN

    def facts_by(self) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
        """Facts per (kind, province label) and per (kind, month ``YYYY-MM``); ``UNKNOWN`` when not given."""
        by_province: Counter[tuple[str, str]] = Counter()
        by_month: Counter[tuple[str, str]] = Counter()
        for (kind, via, ref, date, article), n in self._facts.items():
            place = ref
            if via == "org":
                place = self._org_place.get(ref, UNKNOWN)
            elif via == "meeting":
                place, date = self._meeting.get(ref, (UNKNOWN, UNKNOWN))
            if not date and article:
                date = self._published.get(article, UNKNOWN)
            by_province[kind, self.province(place)] += n
            by_month[kind, date[:7] if len(date) >= 7 else UNKNOWN] += n
        return by_province, by_month

    def most_connected(self, kind: str, top: int = 10) -> list[Ranked]:
        """The ``top`` officials (``kind="official"``) or bodies (``"body"``) with the most links."""
        found = [Ranked(self._labels[n], self._out[n] + self._in[n], n)
                 for n, k in self._ranked.items() if k == kind]
        return sorted(found, key=lambda r: (-r.links, r.label, r.iri))[:top]

    def count(self, cls: str) -> int:
        """How many nodes have the class ``cls`` (an IRI)."""
        return self.types[cls]


def _lexical(term: str) -> str:
    """The text of a literal term as the Turtle writer spells it (``"x"@vi``, ``"2021-01-02"^^xsd:date``)."""
    if not term.startswith('"'):
        return term
    return unescape(term[1:term.rfind('"')])
