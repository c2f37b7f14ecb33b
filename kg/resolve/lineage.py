"""Identity across the 2025 reform: which person of a 2025 unit is the namesake of a predecessor unit.

A unit keeps its era in an anchor (:mod:`kg.resolve.keys`: ``L|2025/52|2025/52|…`` for the new
tỉnh Gia Lai, ``L|64|64|…`` for the old one), so no person crosses the reform by name alone.
Posts *agree* when a role in a kind of body of the old unit is the same role in the same kind of
body of the unit it became part of (``Chủ tịch UBND tỉnh Gia Lai`` in 2024 and in 2026). A new
person whose posts agree with the namesakes of two predecessors (old Gia Lai's and old Bình
Định's) joins neither, and an old person agreeing with two new ones neither: decided on the
clusters before any link, so order-free.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping

from kg.resolve.keys import LOCAL, REFORM_UNIT

SUCCESSOR_RULE = "successor-unit"  # the merge record's rule of a predecessor's node joined

Post = tuple[str, str, str]  # (2025 unit, body kind, role)


def successor_links(nodes: Iterable[tuple[str, Iterable[str]]], find: Callable[[str], str],
                    lineage: Mapping[str, str]) -> tuple[list[tuple[str, str]], set[str]]:
    """The (new cluster, old cluster) pairs to join among one name's nodes, and the old clusters joined.

    ``nodes`` are (node, anchors) of one clean name, ``find`` gives a node's cluster, ``lineage``
    maps a legacy unit code to its 2025 unit (:func:`kg.resolve.keys.unit_lineage`).
    """
    new_posts: dict[str, set[Post]] = defaultdict(set)
    old_posts: dict[str, set[Post]] = defaultdict(set)
    for node, anchors in nodes:
        root = find(node)
        for a in anchors:
            parts = a.split("|")
            if parts[0] != LOCAL or len(parts) < 5:
                continue
            unit, kind, role = parts[2], parts[3], parts[4]
            if unit.startswith(REFORM_UNIT):
                new_posts[root].add((unit, kind, role))
            elif unit in lineage:
                old_posts[root].add((lineage[unit], kind, role))
    if not new_posts or not old_posts:
        return [], set()
    fits = {new: sorted(old for old, posts in old_posts.items() if old != new and posts & mine)
            for new, mine in new_posts.items()}
    wanted = Counter(old for olds in fits.values() for old in olds)
    found = [(new, olds[0]) for new, olds in sorted(fits.items()) if len(olds) == 1 and wanted[olds[0]] == 1]
    return found, {old for _new, old in found}


PROVINCE_CODE_LENGTH = 2  # GSO codes: provinces 2 digits, districts 3, communes 5


def province_areas(lineage: Mapping[str, str]) -> dict[str, set[str]]:
    """Province scope -> the scopes an unplaced mention of its article may meet: a 2025 province
    and its predecessors (the new tỉnh Gia Lai: itself, old Gia Lai, old Bình Định), an old
    province and its successor (old Gia Lai: itself and the new Gia Lai, never old Bình Định)."""
    areas: dict[str, set[str]] = {}
    for old, new in lineage.items():
        if len(old) == PROVINCE_CODE_LENGTH:
            areas[old] = {old, new}
            areas.setdefault(new, {new}).add(old)
    return areas
