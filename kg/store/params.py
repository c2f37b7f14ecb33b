"""Query parameters (``kg query -p NAME=VALUE``) that match like the view's search.

A shipped query documents a parameter as a ``VALUES ?name { UNDEF }`` line and
compares it in a FILTER, either as equality
``LCASE(STR(?x)) = LCASE(STR(?name))`` or as substring
``CONTAINS(LCASE(STR(?x)), LCASE(STR(?name)))``. :func:`bind_params` puts the
value into the VALUES line and rewrites such a comparison into a portable
``REGEX(STR(?x), "…")`` (SPARQL 1.0, no flags) built from the value, so that
the match ignores case, Vietnamese tone and vowel marks, ``đ``/``d``, and the
kind of dash or space between words: ``who=duong huu buong`` finds
"Dương Hữu Bường", ``assigneeName=Tài chính - Kế hoạch`` finds
"Phòng Tài chính – Kế hoạch" (en dash). Only the FILTER changes, never the
selected columns; the same text runs in pyoxigraph, rdflib and Virtuoso.
A query whose parameter is compared in another way just gets the value.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import cache

from kg.errors import QueryError

_VALUES_RE = r"VALUES\s+\?{name}\s*\{{[^}}]*\}}"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SEPARATOR = "[\\s\u00a0" + _DASHES.replace("-", "\\-") + "]+"
"""Regex for a run of spaces and dashes of any kind."""
_REGEX_SPECIAL = set("\\|.?*+(){}[]^$-")
_TERM = r"LCASE\s*\(\s*STR\s*\(\s*(\?\w+)\s*\)\s*\)"


def fold(text: str) -> str:
    """Return ``text`` lower-cased without marks (``Đường`` → ``duong``), for loose comparisons."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@cache
def _variants() -> dict[str, str]:
    """Return base letter → every Latin letter that folds to it, both cases (``d`` → ``dDđĐ``)."""
    groups: dict[str, list[str]] = {}
    for cp in [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        ch = chr(cp)
        if not ch.isalpha():
            continue
        base = fold(ch)
        if len(base) == 1 and "a" <= base <= "z":
            groups.setdefault(base, []).append(ch)
    return {base: "".join(chars) for base, chars in groups.items()}


def loose_pattern(value: str) -> str:
    """Return a regex (XPath/SPARQL flavour) matching ``value`` whatever its case, marks and dashes."""
    variants = _variants()
    parts: list[str] = []
    for token in re.split(f"([\\s\u00a0{re.escape(_DASHES)}]+)", fold(value.strip())):
        if not token:
            continue
        if token[0].isspace() or token[0] in _DASHES or token[0] == "\u00a0":
            parts.append(_SEPARATOR)
            continue
        for ch in token:
            if ch in variants:
                parts.append(f"[{variants[ch]}]")
            elif ch in _REGEX_SPECIAL:
                parts.append("\\" + ch)
            else:
                parts.append(ch)
    return "".join(parts)


def sparql_string(value: str) -> str:
    """Return ``value`` as a one-line SPARQL string literal."""
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"'


def _literal(replacement: str) -> Callable[[re.Match[str]], str]:
    return lambda _m: replacement


def _regex_call(pattern: str) -> Callable[[re.Match[str]], str]:
    """Return a substitution writing ``REGEX(STR(?x), "pattern")`` for the matched variable ``?x``."""
    return lambda m: f"REGEX(STR({m[1]}), {sparql_string(pattern)})"


def bind_params(text: str, params: Mapping[str, str]) -> str:
    """Return ``text`` with each ``VALUES ?name { … }`` placeholder set and its comparison loosened."""
    for name, value in params.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"--param {name}=…: not a SPARQL variable name")
        pattern = re.compile(_VALUES_RE.format(name=re.escape(name)), re.IGNORECASE)
        if not pattern.search(text):
            raise QueryError(f"--param {name}: the query has no `VALUES ?{name} {{ … }}` "
                             "placeholder; see the header comment of the query for its parameters")
        value = value.replace("\n", " ")
        text = pattern.sub(_literal(f"VALUES ?{name} {{ {sparql_string(value)} }}"), text)
        loose = loose_pattern(value)
        param = _TERM.replace(r"(\?\w+)", re.escape("?" + name))
        equal = re.compile(rf"{_TERM}\s*=\s*{param}", re.IGNORECASE)
        contains = re.compile(rf"CONTAINS\s*\(\s*{_TERM}\s*,\s*{param}\s*\)", re.IGNORECASE)
        text = equal.sub(_regex_call(f"^{loose}$"), text)
        text = contains.sub(_regex_call(loose), text)
    return text
