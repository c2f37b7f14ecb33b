"""Resolve: decide which person nodes are one official, deterministically and order-free.

Person IRIs are already content-derived from the folded name and the article's
province (:func:`kg.resolve.keys.person_key`): the same name in the same province is
one node, namesakes in two provinces are two, and spelling variants that fold
to one key (``K Thanh``, ``K’Thanh``, ``K ‘ Thanh``; old and new tone placement)
meet by construction. What is left needs all names at once:

* **glued-initial**: ``Y Quang BKrông`` is ``Y Quang Buôn Krông`` (a word of
  two capitals abbreviates two words) in the same province;
* the **display name** of a node written several ways.

The plan depends only on the set of names, never on the order articles came in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lexicon.normalize import ascii_key

_GLUED = re.compile(r"^([A-ZĐ])([A-ZĐ][^\W\d_]+)$")


@dataclass(frozen=True)
class PersonNames:
    node: str
    scope: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class MergePlan:
    renames: dict[str, tuple[str, str]]  # old node -> (surviving node, rule)
    names: dict[str, list[str]]  # surviving node -> [preferred name, other names...]


def preferred_order(names: set[str]) -> list[str]:
    """Order a node's written names: the one to show first (fewest spaces, then most words)."""
    return sorted(names, key=lambda n: (-len(re.findall(r"\w+", n)), n.count(" "), n))


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


def merge_plan(people: list[PersonNames]) -> MergePlan:
    """Return which nodes merge into which (and why) and each surviving node's names."""
    renames: dict[str, tuple[str, str]] = {}
    by_scope: dict[str, list[PersonNames]] = {}
    for p in sorted(people, key=lambda p: p.node):
        by_scope.setdefault(p.scope, []).append(p)
    for group in by_scope.values():
        for short in group:
            for full in group:
                if short.node == full.node or short.node in renames:
                    continue
                if any(glued_match(s, f) for s in short.names for f in full.names):
                    renames[short.node] = (full.node, "glued-initial")
    names: dict[str, set[str]] = {}
    for p in people:
        target = renames.get(p.node, (p.node, ""))[0]
        names.setdefault(target, set()).update(p.names)
    return MergePlan(renames, {node: preferred_order(ns) for node, ns in names.items()})
