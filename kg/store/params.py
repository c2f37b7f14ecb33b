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
"Phòng Tài chính – Kế hoạch" (en dash). A substring comparison matches whole
words: the folded value must be a run of whole words of the folded label
(ASCII punctuation counts as a gap), so ``assigneeName=Sở`` finds "Sở Tài
chính" and not "UBND tỉnh Lạng Sơn" (``sơn`` folds to ``son``, which merely
starts with ``so``). The BINDs add variables that are not
selected: the columns never change, and the text is plain SPARQL 1.1 that runs
in pyoxigraph, rdflib and Virtuoso. A query whose parameter is compared in
another way just gets the value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from kg.errors import QueryError
from kg.lexicon.search import SEARCH_FOLD, search_fold

_NOT_CODE = re.compile("|".join((
    r'"""(?:[^"\\]|\\.|"(?!""))*"""',         # long strings
    r"'''(?:[^'\\]|\\.|'(?!''))*'''",
    r'"(?:[^"\\\n\r]|\\.)*"',                 # short strings
    r"'(?:[^'\\\n\r]|\\.)*'",
    r'<[^<>"{}|^`\\\x00-\x20]*>',             # IRIs
    r"#[^\n\r]*",                              # comments (SPARQL ends them at LF or CR)
)), re.DOTALL)
"""A string (long or short), an IRI or a comment: the parts of a query that are not code."""
_VALUES_RE = r"VALUES\s+\?{name}\s*\{{[^}}]*\}}"
_TERM = r"LCASE\s*\(\s*STR\s*\(\s*(\?\w+)\s*\)\s*\)"
_PER_BIND = 10
"""REPLACE calls nested in one BIND (rdflib's parser recurses deeply on nested calls)."""
WORD_GAP = r"[ -/:-@\[-`{-~]+"
"""What separates words for a substring parameter: any run of ASCII spaces and punctuation (an
ASCII-only class: Virtuoso mis-matches classes with other characters)."""


def words(folded: str) -> str:
    """Return a folded text as its words, each between single spaces (`` so tai chinh ``)."""
    return f" {' '.join(re.sub(WORD_GAP, ' ', folded).split())} "


def word_binds(var: str) -> tuple[str, str]:
    """Return (BIND clauses, variable) computing :func:`words` of the search fold of ``var``."""
    binds, folded = fold_binds(var)
    padded = f"?_words_{var.lstrip('?$')}"
    gap = sparql_string(WORD_GAP)
    return (f'{binds}\n  BIND (CONCAT(" ", REPLACE({folded}, {gap}, " "), " ") AS {padded})',
            padded)


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


def _code_only(text: str) -> str:
    """Return ``text`` with its strings, IRIs and comments blanked out (same length, same offsets)."""
    return _NOT_CODE.sub(lambda m: " " * len(m.group()), text)


def _group_end(code: str, at: int) -> int:
    """Offset of the ``}`` closing the group pattern that holds offset ``at`` (the line's start before it).

    The folding BINDs go there, after every triple pattern of the group: a BIND ends a basic
    graph pattern, and one placed before the FILTER (with patterns after it) split the group in
    two whose solutions rdflib joined as a cross product (holder-on ran for minutes).
    """
    depth = 0
    for i in range(at, len(code)):
        if code[i] == "{":
            depth += 1
        elif code[i] == "}":
            if depth == 0:
                line_start = code.rfind("\n", at, i) + 1
                return line_start if line_start and not code[line_start:i].strip() else i
            depth -= 1
    raise QueryError("a FILTER on a --param is outside any `{ … }` group of the query")


def bind_params(text: str, params: Mapping[str, str]) -> str:
    """Return ``text`` with each ``VALUES ?name { … }`` placeholder set and its comparison loosened.

    Each value goes in as one RDF term, a string literal (:func:`sparql_string`), never as
    query text: the placeholders and comparisons are found in the query as written, outside
    its strings, IRIs and comments (:func:`_code_only`), before any value is placed, and
    every edit is made in one pass from those offsets. So a value that looks like SPARQL
    (``x VALUES ?who {``, ``} OPTIONAL { … } #``) stays a string, and one parameter's value
    is never searched for another's placeholder.
    """
    code = _code_only(text)
    edits: list[tuple[int, int, str]] = []
    for name, value in params.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"--param {name}=…: not a SPARQL variable name")
        pattern = re.compile(_VALUES_RE.format(name=re.escape(name)), re.IGNORECASE)
        placeholders = list(pattern.finditer(code))
        if not placeholders:
            raise QueryError(f"--param {name}: the query has no `VALUES ?{name} {{ … }}` "
                             "placeholder; see the header comment of the query for its parameters")
        term = sparql_string(value.replace("\n", " "))
        edits.extend((m.start(), m.end(), f"VALUES ?{name} {{ {term} }}") for m in placeholders)
        param = _TERM.replace(r"(\?\w+)", re.escape("?" + name))
        folded = search_fold(value)
        for compare, template, binder, target in (
                (rf"{_TERM}\s*=\s*{param}", "{var} = {value}", fold_binds, folded),
                (rf"CONTAINS\s*\(\s*{_TERM}\s*,\s*{param}\s*\)", "CONTAINS({var}, {value})",
                 word_binds, words(folded))):
            m = re.search(compare, code, re.IGNORECASE)
            if m is None:
                continue
            filter_at = code.upper().rfind("FILTER", 0, m.start())
            if filter_at < 0:
                continue
            binds, var = binder(m[1])
            group_end = _group_end(code, filter_at)
            edits.append((group_end, group_end, "  " + binds + "\n"))
            edits.append((m.start(), m.end(), template.format(var=var, value=sparql_string(target))))
    edits.sort(key=lambda e: (e[0], e[1]))
    for (_, end, _), (start, _, _) in zip(edits, edits[1:], strict=False):
        if start < end:
            raise QueryError("two --param placeholders overlap in the query; give each its own "
                             "`VALUES ?name { UNDEF }` line")
    for start, end, replacement in reversed(edits):
        text = text[:start] + replacement + text[end:]
    return text
