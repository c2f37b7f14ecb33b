"""Query parameters (``kg query -p NAME=VALUE``) that match like the view's search.

A shipped query documents a parameter as a ``VALUES ?name { UNDEF }`` line and
compares it in a FILTER, either as equality
``LCASE(STR(?x)) = LCASE(STR(?name))`` or as substring
``CONTAINS(LCASE(STR(?x)), LCASE(STR(?name)))``. :func:`bind_params` puts the
value into the VALUES line and makes such a comparison loose on both sides:
the value is folded here (:func:`kg.lexicon.search.search_fold`: lower case, no
Vietnamese tone or vowel marks, ``đ`` → ``d``, any run of spaces and dashes → one
space), the data by BIND clauses inserted before the FILTER that compute the same
folding from the same table with ``LCASE`` and ``REPLACE`` (:func:`fold_binds`). So ``who=duong huu buong``
finds "Dương Hữu Bường" and ``assigneeName=Tài chính - Kế hoạch`` finds
"Phòng Tài chính – Kế hoạch" (en dash). The BINDs add variables that are not
selected: the columns never change, and the text is plain SPARQL 1.1 that runs
in pyoxigraph, rdflib and Virtuoso. A query whose parameter is compared in
another way just gets the value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from kg.errors import QueryError
from kg.lexicon.search import SEARCH_FOLD, search_fold

_VALUES_RE = r"VALUES\s+\?{name}\s*\{{[^}}]*\}}"
_TERM = r"LCASE\s*\(\s*STR\s*\(\s*(\?\w+)\s*\)\s*\)"
_PER_BIND = 10
"""REPLACE calls nested in one BIND (rdflib's parser recurses deeply on nested calls)."""


def fold_binds(var: str) -> tuple[str, str]:
    """Return (BIND clauses, variable) computing the search fold of ``var`` in portable SPARQL.

    Plain ``LCASE`` and ``REPLACE`` of one literal character at a time: Virtuoso
    mis-matches regular expressions with non-ASCII characters in classes or groups,
    so no pattern has one there.
    """
    name = var.lstrip("?$")
    current = f"LCASE(STR({var}))"
    lines = []
    items = list(SEARCH_FOLD.items())
    for n, start in enumerate(range(0, len(items), _PER_BIND)):
        expr = current
        for char, base in items[start:start + _PER_BIND]:
            expr = f'REPLACE({expr}, "{char}", "{base}")'
        current = f"?_fold{n}_{name}"
        lines.append(f"BIND ({expr} AS {current})")
    final = f"?_folded_{name}"
    # XPath's \s is exactly the four spaces of kg.lexicon.search.GAP; the data is composed (NFC) already
    lines.append(f'BIND (REPLACE({current}, "[\\\\s\\\\-]+", " ") AS {final})')
    return "\n  ".join(lines), final


def sparql_string(value: str) -> str:
    """Return ``value`` as a one-line SPARQL string literal."""
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"'


def _literal(replacement: str) -> Callable[[re.Match[str]], str]:
    return lambda _m: replacement


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
        param = _TERM.replace(r"(\?\w+)", re.escape("?" + name))
        folded = sparql_string(search_fold(value))
        for compare, template in ((rf"{_TERM}\s*=\s*{param}", "{var} = {value}"),
                                  (rf"CONTAINS\s*\(\s*{_TERM}\s*,\s*{param}\s*\)", "CONTAINS({var}, {value})")):
            m = re.search(compare, text, re.IGNORECASE)
            if m is None:
                continue
            binds, var = fold_binds(m[1])
            filter_at = text.upper().rfind("FILTER", 0, m.start())
            if filter_at < 0:
                continue
            text = (text[:filter_at] + binds + "\n  " + text[filter_at:m.start()]
                    + template.format(var=var, value=folded) + text[m.end():])
    return text
