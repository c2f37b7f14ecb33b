"""Resolve: which provisional person nodes are one official, deterministically and order-free.

Every article records, for each person it names, an observation
(:class:`Observation`: clean name, the article's province, the anchors of the posts it
gives them — :mod:`kg.resolve.keys`). Observations with the same name and anchors are one
provisional node. Identity is then decided by the posts (issue 16):

* **placed** people (a national post or a post of a registered unit) with the same
  name are one person when they share a *home*: national (``N``) or a province. An
  article that gives one name a national and a local post links the two homes
  (``Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM``). A national and a local post never
  meet by name alone (Phạm Hồng Hà the minister vs the Hạ Long chairman). When one role
  is held in two incompatible national bodies under one name (two deputy ministers
  Trần Quốc Khánh), the national home is split by body;
* **typo variants** (same letters, other marks: ``Trong``/``Trọng``) and glued initials
  (``Y Quang BKrông``) join only with supporting post evidence (the same post, the same home);
* **unplaced** mentions (a chair, an attendee, ``Chủ tịch UBND`` with no unit) join the
  one placed person of that name compatible with the article (national, or of its
  province, or any when the article has none; the same body kind when a post is given);
  with none or several candidates they stay a person of the article's province (a 2025
  province's article: of it or one of its predecessors; an old province's: of it or its successor);
* **across the 2025 reform** a unit keeps its era: a post of the new tỉnh Gia Lai (``2025/52``)
  is no post of the old Bình Định (52) nor of the old Gia Lai (64). A person of a new unit is
  the namesake of a predecessor unit when their posts agree (the same role in the same kind
  of body of the unit and of the unit it became part of: ``Chủ tịch UBND tỉnh Gia Lai`` in
  2024 and in 2026) and only one predecessor's namesake agrees; namesakes of two old provinces
  that merged stay apart (rule ``successor-unit``, :func:`_link_successors`).

The plan depends only on the set of observations, never on the order articles came in.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kg.lexicon.normalize import ascii_key
from kg.resolve.keys import LOCAL, LOCALITY_LESS, NATIONAL, fold_key, is_anchored, person_key
from kg.resolve.lineage import SUCCESSOR_RULE, province_areas, successor_links

_GLUED = re.compile(r"^([A-ZĐ])([A-ZĐ][^\W\d_]+)$")
EVIDENCE_PER_RECORD = 3  # the evidence nodes a merge record cites (the smallest, sorted)


@dataclass(frozen=True)
class Observation:
    """One article's view of one person (the graph writes it as a ``kg:IdentityObservation``)."""

    node: str  # the provisional node it names (made from the name, scope and anchors)
    name: str  # the clean name (kg.resolve.names.identity_name)
    scope: str  # the article's province, "" when unknown
    anchors: tuple[str, ...]  # kg.resolve.keys.anchor of each post the article gives the person
    evidence: tuple[str, ...] = ()  # evidence nodes of those posts


@dataclass(frozen=True)
class Member:
    """A provisional node inside a person, and why it belongs there (``rule`` "" when alone)."""

    node: str
    rule: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Person:
    key: str  # identity key of the resolved person; the graph layer derives its IRI
    names: tuple[str, ...]  # display name first
    members: tuple[Member, ...]


@dataclass(frozen=True)
class MergePlan:
    people: tuple[Person, ...]

    def by_node(self) -> dict[str, Person]:
        """Provisional node -> the person it belongs to."""
        return {m.node: p for p in self.people for m in p.members}


@dataclass
class _Prov:
    node: str
    names: Counter[str]
    scopes: set[str]
    anchors: frozenset[str]
    evidence: set[str]

    @property
    def name(self) -> str:
        return min(self.names, key=lambda n: (-self.names[n], *_order_key(n)))

    @property
    def fkey(self) -> str:
        return fold_key(self.name)


def preferred_order(names: set[str]) -> list[str]:
    """Order a node's written names: the one to show first (most words, fewest spaces)."""
    return sorted(names, key=_order_key)


def _order_key(n: str) -> tuple[int, int, str]:
    return (-len(re.findall(r"\w+", n)), n.count(" "), n)


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"\s+", name) if w]


def glued_match(short: str, full: str) -> bool:
    """Whether ``short`` abbreviates a pair of words of ``full`` with a glued initial."""
    a, b = _words(short), _words(full)
    if len(b) != len(a) + 1:
        return False
    for i, word in enumerate(a):
        m = _GLUED.match(word)
        if not m:
            continue
        initial, rest = m.group(1), m.group(2)
        expanded = a[:i] + [initial, rest] + a[i + 1 :]
        if all(ascii_key(x) == ascii_key(y) for j, (x, y) in enumerate(zip(expanded, b, strict=True))
               if j != i) and ascii_key(b[i]).startswith(ascii_key(initial)):
            return True
    return False


def body_canon(body: str) -> str:
    """A national body's letters for comparison: ``Bộ KH&CN`` and ``Bộ Khoa học và Công nghệ`` → ``bkhcn``."""
    out = []
    for word in body.replace("-", " ").replace("&", " & ").split():
        letters = [c for c in word if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            out.append(ascii_key(word))
        elif letters and ascii_key(word) != "va":
            out.append(ascii_key(letters[0]))
    return "".join(out)


_SAME_BODY_PREFIX = 4  # letters two spellings of one body share (Bộ VHT&DL / Bộ VH-TT&DL: "bvht")


def _compatible_bodies(a: str, b: str) -> bool:
    """One body written two ways (a truncated or garbled name) rather than two bodies."""
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return shared == min(len(a), len(b)) or shared >= _SAME_BODY_PREFIX


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _parts(anchor: str) -> list[str]:
    return anchor.split("|")


def _competing_roles(provs: list[_Prov]) -> frozenset[str]:
    """Roles one name holds in two incompatible national bodies of the same kind."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)  # (role, body's first word) -> canons
    for p in provs:
        for a in p.anchors:
            parts = _parts(a)
            if parts[0] == NATIONAL and len(parts) >= 3:
                body = "|".join(parts[2:])
                canon = body_canon(body)
                if len(canon) >= 3:
                    seen[(parts[1], body.split()[0] if body.split() else "")].add(canon)
    out = set()
    for (role, _kind), canons in seen.items():
        ordered = sorted(canons)
        if any(not _compatible_bodies(x, y) for i, x in enumerate(ordered) for y in ordered[i + 1 :]):
            out.add(role)
    return frozenset(out)


def _homes(p: _Prov, competing: frozenset[str]) -> set[str]:
    homes: set[str] = set()
    national_elsewhere = False
    for a in p.anchors:
        parts = _parts(a)
        if parts[0] == LOCAL:
            homes.add(parts[1])
        elif parts[0] == NATIONAL:
            if not competing:
                homes.add(NATIONAL)
            elif parts[1] in competing:
                homes.add(f"{NATIONAL}:{body_canon('|'.join(parts[2:]))}")
            else:
                national_elsewhere = True
    if national_elsewhere and not homes:
        homes.add(f"{NATIONAL}?{p.node}")  # a national post, but which of the competing people?
    return homes


def _kinds(p: _Prov) -> set[str]:
    """The body kinds of a node's posts, as letters (:func:`body_canon`): ``Ủy ban Kinh tế`` → ``ubkt``."""
    out = set()
    for a in p.anchors:
        parts = _parts(a)
        body = parts[3] if parts[0] == LOCAL else "|".join(parts[2:]) if parts[0] == NATIONAL else parts[1]
        out.add(body_canon(body))
    return out


def _kinds_meet(mine: set[str], theirs: set[str]) -> bool:
    """A locality-less post fits a body of the same kind written another way (``Sở Giao``/``Sở GTVT``)."""
    return any(_compatible_bodies(a, b) for a in mine for b in theirs if a and b)


def _collect(observations: Iterable[Observation]) -> dict[str, _Prov]:
    provs: dict[str, _Prov] = {}
    for o in observations:
        p = provs.get(o.node)
        if p is None:
            p = provs[o.node] = _Prov(o.node, Counter(), set(), frozenset(o.anchors), set())
        p.names[o.name] += 1
        p.scopes.add(o.scope)
        p.evidence.update(o.evidence)
    return provs


def merge_plan(observations: Iterable[Observation], *, lineage: Mapping[str, str] | None = None) -> MergePlan:
    """Group provisional nodes into people; see the module docstring.

    ``lineage`` maps a legacy unit code to the 2025 unit it became part of
    (:func:`kg.resolve.keys.unit_lineage`); without it no person crosses the reform.
    """
    provs = _collect(observations)
    placed = [p for _n, p in sorted(provs.items()) if is_anchored(p.anchors)]
    loose = [p for _n, p in sorted(provs.items()) if not is_anchored(p.anchors)]
    uf = _UnionFind()
    by_fkey: dict[str, list[_Prov]] = defaultdict(list)
    for p in placed:
        by_fkey[p.fkey].append(p)
    homes: dict[str, set[str]] = {}
    for fkey, group in by_fkey.items():
        competing = _competing_roles(group)
        for p in group:
            homes[p.node] = _homes(p, competing)
            uf.find(p.node)
            for h in homes[p.node]:
                uf.union(f"@{fkey}@{h}", p.node)
    # typo variants: same letters, other marks, and the very same post
    for p in placed:
        for a in p.anchors:
            uf.union(f"#{ascii_key(p.name)}#{a}", p.node)
    _glue(placed, homes, uf)

    _link_unplaced_posts(placed, by_fkey, homes, uf)
    rules: dict[str, str] = _link_successors(by_fkey, uf, lineage or {})
    areas = province_areas(lineage or {})
    groups: dict[str, list[_Prov]] = defaultdict(list)
    for p in placed:
        groups[uf.find(p.node)].append(p)
    clusters = list(groups.values())
    # unplaced mentions: the one compatible placed person of the name, else their article's province
    candidates_of: dict[str, list[int]] = defaultdict(list)
    for i, members in enumerate(clusters):
        for fkey in sorted({m.fkey for m in members}):
            candidates_of[fkey].append(i)
    leftovers: dict[tuple[str, str], list[_Prov]] = defaultdict(list)
    for p in loose:
        scope = min(p.scopes)
        kinds = _kinds(p)
        named = candidates_of.get(p.fkey, [])
        area = areas.get(scope, {scope})
        fits = [i for i in named if _fits(clusters[i], homes, area, kinds)]
        if not fits and kinds and scope:  # no body of that kind: the one person of the name in the province
            fits = [i for i in named if _fits(clusters[i], homes, area, set(), national=False)]
        if len(fits) == 1:
            clusters[fits[0]].append(p)
            rules[p.node] = "sole-candidate"
        else:
            leftovers[(p.fkey, scope)].append(p)
            rules[p.node] = "same-scope" if not fits else "ambiguous-same-scope"
    # an article with no province: the one unplaced person of the name seen in a province fits
    for (fkey, scope), group in sorted(leftovers.items()):
        if scope:
            continue
        kinds = set().union(*(_kinds(p) for p in group))
        fits_left = [k for k, other in sorted(leftovers.items()) if k[0] == fkey and k[1]
                     and (not kinds or _kinds_meet(kinds, set().union(*(_kinds(p) for p in other))))]
        if len(fits_left) == 1:
            leftovers[fits_left[0]].extend(leftovers.pop((fkey, scope)))
            rules.update({p.node: "sole-candidate" for p in group})
    clusters.extend(leftovers.values())
    return MergePlan(_people(clusters, homes, rules))


def _link_unplaced_posts(placed: list[_Prov], by_fkey: dict[str, list[_Prov]], homes: dict[str, set[str]],
                         uf: _UnionFind) -> None:
    """A national figure's locality-less local post (``Bí thư Thành ủy`` in a Đà Nẵng article) links
    them to the one person of the name placed in that province with a body of that kind."""
    links = []
    for p in placed:
        local = {_parts(a)[1] for a in p.anchors if _parts(a)[0] == LOCALITY_LESS}
        scope = min(p.scopes)
        if not local or not scope or scope in homes[p.node]:
            continue
        kinds = {body_canon(k) for k in local}
        roots = {uf.find(q.node) for q in by_fkey[p.fkey]
                 if scope in homes[q.node] and _kinds_meet(kinds, _kinds(q))}
        if len(roots) == 1 and uf.find(p.node) not in roots:
            links.append((p.node, next(iter(roots))))
    for a, b in links:  # decided on the clusters before any link: order-free
        uf.union(a, b)


def _link_successors(by_fkey: dict[str, list[_Prov]], uf: _UnionFind,
                     lineage: Mapping[str, str]) -> dict[str, str]:
    """Join people across the 2025 reform (:func:`kg.resolve.lineage.successor_links`); return the
    rule of each predecessor node joined."""
    links: list[tuple[str, str]] = []
    joined: set[str] = set()
    for _fkey, group in sorted(by_fkey.items()):
        found, olds = successor_links([(p.node, p.anchors) for p in group], uf.find, lineage)
        joined.update(p.node for p in group if uf.find(p.node) in olds)
        links.extend(found)
    for new, old in links:
        uf.union(new, old)
    return {node: SUCCESSOR_RULE for node in sorted(joined)}


def _fits(members: list[_Prov], homes: dict[str, set[str]], area: set[str], kinds: set[str], *,
          national: bool = True) -> bool:
    cluster_homes = set().union(*(homes.get(m.node, set()) for m in members))
    if not ("" in area or area & cluster_homes
            or (national and any(h.startswith(NATIONAL) for h in cluster_homes))):
        return False
    return not kinds or _kinds_meet(kinds, set().union(*(_kinds(m) for m in members)))


def _glue(placed: list[_Prov], homes: dict[str, set[str]], uf: _UnionFind) -> None:
    """``Y Quang BKrông`` is ``Y Quang Buôn Krông`` when they share a home."""
    by_first: dict[str, list[_Prov]] = defaultdict(list)
    for p in placed:
        words = _words(p.name)
        if words:
            by_first[ascii_key(words[0])].append(p)
    for p in placed:
        if not any(_GLUED.match(w) for w in _words(p.name)):
            continue
        for q in by_first.get(ascii_key(_words(p.name)[0]), ()):
            if q.node != p.node and homes[p.node] & homes[q.node] and glued_match(p.name, q.name):
                uf.union(p.node, q.node)


def _people(clusters: list[list[_Prov]], homes: dict[str, set[str]], rules: dict[str, str]) -> tuple[Person, ...]:
    drafts = []
    for members in clusters:
        members = sorted(members, key=lambda m: m.node)
        counts: Counter[str] = Counter()
        for m in members:
            counts.update(m.names)
        names = tuple(sorted(counts, key=lambda n: (-counts[n], *_order_key(n))))
        all_homes = set().union(*(homes.get(m.node, set()) for m in members))
        national = sorted(h for h in all_homes if h.startswith(NATIONAL))
        provinces = sorted(h for h in all_homes if not h.startswith(NATIONAL))
        if national:
            home = NATIONAL if NATIONAL in national else national[0]
        elif provinces:
            home = provinces[0]
        else:
            home = min(min(m.scopes) for m in members)  # the IRI a province person always had
        drafts.append((person_key(names[0], home), names, members))
    seen = Counter(key for key, _n, _m in drafts)
    people = []
    for key, names, members in drafts:
        if seen[key] > 1:  # two people of one name and home (competing, ambiguous): tell apart
            key = f"{key}|{members[0].node}"
        display = fold_key(names[0])
        out = []
        for m in members:
            rule = "" if len(members) == 1 else _rule(m, display, homes, rules)
            out.append(Member(m.node, rule, tuple(sorted(m.evidence))[:EVIDENCE_PER_RECORD]))
        people.append(Person(key, names, tuple(out)))
    return tuple(sorted(people, key=lambda p: p.key))


def _rule(m: _Prov, display: str, homes: dict[str, set[str]], rules: dict[str, str]) -> str:
    if m.node in rules:
        return rules[m.node]
    if m.fkey != display:
        return "typo-variant" if ascii_key(m.name) == ascii_key_of_fold(display) else "glued-initial"
    own = homes.get(m.node, set())
    if len(own) > 1:
        return "linked-in-article"
    if any(h.startswith(NATIONAL) for h in own):
        return "national-post"
    return "same-province"


def ascii_key_of_fold(fkey: str) -> str:
    return ascii_key(fkey)
