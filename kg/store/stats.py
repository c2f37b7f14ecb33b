"""What a graph holds, at a glance (``kg stats``): counts per type, articles, facts without a
locality, names that look split across nodes, the most connected officials and bodies.

Works on a graph file of any format the build writes or on a store directory, through
SPARQL over the union of the graphs (a triple in several article graphs counts once).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KGError

if TYPE_CHECKING:
    import pyoxigraph

_PREFIXES = """PREFIX kg: <https://w3id.org/vn-gov-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

# fact kind -> (a query counting all of them, one counting those that have no locality)
_FACTS = {
    "memberships": ("?f a org:Membership",
                    "?f a org:Membership ; org:organization ?o . FILTER NOT EXISTS { ?o kg:locality ?l }"),
    "meetings": ("?f a kg:Meeting", "?f a kg:Meeting . FILTER NOT EXISTS { ?f schema:location ?l }"),
    "tasks": ("?f a kg:Task",
              "?f a kg:Task . FILTER NOT EXISTS { ?f kg:atMeeting ?m . ?m schema:location ?l }"),
    "organizations": ("?f a org:Organization",
                      "?f a org:Organization . FILTER NOT EXISTS { ?f kg:locality ?l }"),
}
# links that make a node "connected": everything but its type, names and provenance
_NOT_LINKS = ("rdf:type", "rdfs:label", "schema:name", "skos:prefLabel", "kg:nameVariant",
              "kg:nameAsWritten", "kg:identityScope", "prov:wasDerivedFrom", "kg:evidence")


@dataclass(frozen=True)
class Ranked:
    iri: str
    label: str
    links: int


@dataclass(frozen=True)
class SplitName:
    name: str
    nodes: tuple[str, ...]
    why: str


@dataclass
class Stats:
    """The numbers ``kg stats`` shows."""

    source: str
    triples: int = 0
    articles: int = 0
    types: dict[str, int] = field(default_factory=dict)
    facts: dict[str, int] = field(default_factory=dict)
    without_locality: dict[str, int] = field(default_factory=dict)
    split_names: list[SplitName] = field(default_factory=list)
    top_officials: list[Ranked] = field(default_factory=list)
    top_bodies: list[Ranked] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source, "triples": self.triples, "articles": self.articles,
            "types": self.types, "facts": self.facts, "facts_without_locality": self.without_locality,
            "split_looking_names": [{"name": s.name, "nodes": list(s.nodes), "why": s.why}
                                    for s in self.split_names],
            "most_connected_officials": [r.__dict__ for r in self.top_officials],
            "most_connected_bodies": [r.__dict__ for r in self.top_bodies],
        }


def open_graph(path: Path) -> pyoxigraph.Store:
    """A store holding ``path``: a store directory as is, a graph file loaded in memory."""
    import pyoxigraph

    from kg.store.embedded import is_store, load_files, open_store

    if path.is_dir() or is_store(path):
        return open_store(path, missing_hint="give a graph file or a store directory")
    if not path.exists():
        raise KGError(f"{path}: no such graph file or store")
    store = pyoxigraph.Store()
    load_files(store, [path])
    return store


def compute(store: pyoxigraph.Store, source: str, *, top: int = 10) -> Stats:
    """Compute the :class:`Stats` of ``store`` (the union of its graphs)."""
    from kg.lexicon.normalize import fold

    def rows(query: str) -> list[list[Any]]:
        result = store.query(_PREFIXES + query, use_default_graph_as_union=True)
        return [[t.value if t is not None else None for t in row] for row in result]  # type: ignore[union-attr]

    def count(where: str) -> int:
        return int(rows(f"SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {{ {where} }}")[0][0])

    st = Stats(source)
    st.triples = int(rows("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")[0][0])
    st.articles = count("?f a schema:NewsArticle")
    for t, n in rows("SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t"):
        st.types[_short(t)] = int(n)
    st.types = dict(sorted(st.types.items(), key=lambda kv: (-kv[1], kv[0])))
    for kind, (all_q, missing_q) in _FACTS.items():
        st.facts[kind] = count(all_q)
        st.without_locality[kind] = count(missing_q)

    names: dict[str, set[str]] = defaultdict(set)
    for node, name in rows("SELECT DISTINCT ?p ?name WHERE { ?p a kg:Official ; schema:name ?name }"):
        names[name].add(node)
    by_fold: dict[str, set[str]] = defaultdict(set)
    for name in names:
        by_fold[" ".join(fold(name).lower().split())].add(name)
    splits: list[SplitName] = []
    for spelled in by_fold.values():
        nodes = set().union(*(names[n] for n in spelled))
        if len(nodes) > 1:
            splits.append(SplitName(min(spelled), tuple(sorted(nodes)), "same name on several nodes"))
    parts: dict[tuple[str, ...], str] = {}  # a leading or trailing run of words -> a longer name
    for key in sorted(by_fold):
        words = tuple(key.split())
        for k in range(1, len(words)):
            parts.setdefault(words[-k:], key)
            parts.setdefault(words[:k], key)
    for key, spelled in sorted(by_fold.items()):
        words = tuple(key.split())
        whole = parts.get(words)
        if len(words) == 1 or whole is not None:
            why = ("one word" if whole is None
                   else f"part of the name {min(by_fold[whole])!r}")
            nodes = set().union(*(names[n] for n in spelled))
            splits.append(SplitName(min(spelled), tuple(sorted(nodes)), why))
    st.split_names = sorted(splits, key=lambda s: (s.name, s.why))

    not_links = ", ".join(_NOT_LINKS)
    prefixes_extra = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"

    def ranked(cls: str, label: str) -> list[Ranked]:
        q = (prefixes_extra + f"SELECT ?x (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?link) AS ?n) WHERE {{ "
             f"?x a {cls} ; {label} ?l . "
             f"{{ ?x ?p ?y . FILTER(?p NOT IN ({not_links}) && isIRI(?y)) "
             f"BIND(CONCAT(STR(?p), '>', STR(?y)) AS ?link) }} "
             f"UNION {{ ?y ?p ?x . FILTER(?p NOT IN ({not_links})) BIND(CONCAT(STR(?y), '>', STR(?p)) AS ?link) }} "
             f"}} GROUP BY ?x")
        found = [Ranked(x, lab, int(n)) for x, lab, n in rows(q)]
        return sorted(found, key=lambda r: (-r.links, r.label, r.iri))[:top]

    st.top_officials = ranked("kg:Official", "schema:name")
    st.top_bodies = ranked("org:Organization", "skos:prefLabel")
    return st


def _short(iri: str) -> str:
    from kg.graph.vocab import PREFIXES

    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        if iri.startswith(str(ns)):
            return f"{prefix}:{iri[len(str(ns)):]}"
    return f"<{iri}>"


def table(st: Stats) -> str:
    """The stats as plain-text tables."""
    out = [f"{st.source}: {st.triples:,} triples, {st.articles:,} articles", "", "type counts"]
    width = max((len(t) for t in st.types), default=4)
    out += [f"  {t:<{width}}  {n:>7,}" for t, n in st.types.items()]
    out += ["", "facts                    all  without locality"]
    out += [f"  {k:<20} {st.facts[k]:>6,}  {st.without_locality[k]:>6,}" for k in st.facts]
    out += ["", f"split-looking names ({len(st.split_names)})"]
    out += [f"  {s.name}  [{len(s.nodes)} node(s)]  {s.why}" for s in st.split_names] or ["  none"]
    for title, ranked in (("most connected officials", st.top_officials),
                          ("most connected bodies", st.top_bodies)):
        out += ["", title]
        out += [f"  {r.links:>5}  {r.label}" for r in ranked] or ["  none"]
    return "\n".join(out) + "\n"
