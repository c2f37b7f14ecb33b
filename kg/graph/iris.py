"""Content-derived, stable IRIs: an ASCII slug plus a short hash of the identity key."""

from __future__ import annotations

import hashlib
import re

from rdflib import URIRef

from kg.graph.vocab import ID
from kg.lexicon.normalize import ascii_key
from kg.model import Organization, Place


def slug(text: str, limit: int = 40) -> str:
    words = [ascii_key(w) for w in re.split(r"[\s\-–—_/,.;:()]+", text)]
    return "-".join(w for w in words if w)[:limit].strip("-") or "x"


def short_hash(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]


def iri(kind: str, label: str, key: str) -> URIRef:
    return ID[f"{kind}/{slug(label)}-{short_hash(key)}"]


def article_iri(doc_id: str) -> URIRef:
    return ID[f"article/{doc_id}"]


def person_iri(key: str, name: str) -> URIRef:
    return iri("person", name, key)


def place_iri(place: Place, *, as_written: bool = False) -> URIRef:
    """``place/<code>``; a 2025 unit ``place/2025/<code>``; ``as_written``: the unit under
    the type word an article gave it (``place/<code>/thi-xa``), which the register no longer uses."""
    if place.code:
        base = f"place/{place.key}"
        return ID[f"{base}/{slug(place.type.value)}" if as_written else base]
    return iri("place", place.label, place.key)


def org_iri(org: Organization) -> URIRef:
    return iri("org", org.label, org.key)


def post_iri(role: str, org: Organization) -> URIRef:
    return iri("post", f"{role} {org.label}", f"{role}|{org.key}")


def role_iri(role: str) -> URIRef:
    return ID[f"role/{slug(role)}"]


def evidence_iri(doc_id: str, start: int, end: int, extractor: str) -> URIRef:
    return ID[f"evidence/{doc_id}/{start}-{end}-{slug(extractor)}"]
