"""Field names of specialised bodies: ``Sở TN&MT`` is ``Sở Tài nguyên và Môi trường``.

The official lists of departments, district offices and ministries live in
``kg/data/org_fields.tsv``; this module matches any written form of a field right
after its head, on the folded text, and returns the canonical field and where it ends.
Separators inside a field are matched loosely: ``KH-ĐT``, ``KH&ĐT``, ``KH - ĐT``,
``KH và ĐT`` and ``Kế hoạch – Đầu tư`` are one field.
"""

from __future__ import annotations

import re

from kg.lexicon.resources import derived, resources

# what may stand between two words of a field: spaces, a dash, &, a comma or "và"
_SEP = r"(?:[ ]*[-&,/][ ]*|[ ]+và[ ]+|[ ]+)"
_SPLIT = re.compile(r"[ ]*[-&,/][ ]*|[ ]+và[ ]+|[ ]+")
# A long field (six words or more) is still read with its last syllable dropped, a
# frequent slip of portal editors; a shorter one would read common phrases as fields.
_TOLERATE_DROPPED_LAST = 6


def _loose(surface: str) -> str:
    return _SEP.join(re.escape(w) for w in _SPLIT.split(surface) if w)


@derived
def _field_re(head: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One pattern per head: every surface of every field, longest first, as a named group."""
    fields = resources().org_fields.get(head)
    if not fields:
        return None
    alts: list[tuple[str, str]] = []  # (surface, canonical)
    for canonical, surfaces in fields:
        alts.extend((s, canonical) for s in surfaces)
        words = [w for w in _SPLIT.split(surfaces[0]) if w]
        if len(words) >= _TOLERATE_DROPPED_LAST:  # "Nông nghiệp và phát triển nông" (… nông thôn)
            alts.append((" ".join(words[:-1]), canonical))
    alts.sort(key=lambda a: -len(a[0]))
    groups = {f"f{i}": canonical for i, (_s, canonical) in enumerate(alts)}
    source = "|".join(f"(?P<f{i}>{_loose(s)})" for i, (s, _c) in enumerate(alts))
    return re.compile(rf"[ ]*(?:{source})(?![\w&])"), groups


def match_field(folded: str, head: str, pos: int) -> tuple[str, int] | None:
    """The canonical field written at ``pos`` after the folded head ``head``, and its end."""
    compiled = _field_re(head)
    if compiled is None:
        return None
    pattern, groups = compiled
    m = pattern.match(folded, pos)
    if m is None or m.lastgroup is None:
        return None
    return groups[m.lastgroup], m.end()
