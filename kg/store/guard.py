"""Checks on a SPARQL query's text before any engine parses it.

pyoxigraph's parser and evaluator recurse once per nesting level and per
operator: 10,000 ``!`` or nested ``{``/``(`` (and a few thousand ``BIND``s or
``&&``s) overflow the stack and kill the process with SIGSEGV; rdflib raises
``RecursionError`` far earlier. So the text is scanned first, outside strings,
IRIs and comments, and refused with a :class:`QueryRejected` (a
:class:`~kg.errors.QueryError`, a clear message) when it is

* longer than ``max_length`` characters,
* nested deeper than :data:`MAX_DEPTH` (brackets plus runs of unary ``!``/``-``/``+``),
* made of more than :data:`MAX_ELEMENTS` operators, pattern separators and
  group keywords (``UNION``, ``OPTIONAL``, ``BIND``…),
* federated (``SERVICE``): no query may make this program open a connection
  (the scan gives the quick answer; :func:`refuse_federation` is the one that
  counts: it parses the query and looks for a SERVICE clause in the syntax tree,
  so no spelling of the keyword can slip past it),
* using codepoint escapes (``\\u0053ERVICE``) outside strings and IRIs, which
  rdflib expands before parsing and could hide a keyword.

The scan also reports whether the query has a dataset clause (``FROM`` /
``FROM NAMED``), which changes how it must be run (see :mod:`kg.store.query`).
The limits are far above what the shipped queries need (depth < 10, < 100
elements) and far below the crash points measured (depth ~3,000, ~3,000 BINDs).
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from dataclasses import dataclass
from typing import Any

from kg.errors import QueryError

MAX_LENGTH = 100_000
"""Default cap on a query's length, in characters."""
MAX_DEPTH = 64
"""Deepest nesting of brackets and unary operators accepted."""
MAX_ELEMENTS = 1_000
"""Most operators, separators and group keywords accepted in one query."""
FEDERATION_REFUSED = "federated queries (SERVICE) are not accepted: this endpoint never contacts other servers"

_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_NAME = re.compile(r"(?:[^\W\d]|_)(?:[\w.\-:%]|\\.)*")
_PNAME_LOCAL = re.compile(r":(?:[\w.\-:%]|\\.)*")
_VAR = re.compile(r"[?$]\w+")
_NUMBER = re.compile(r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?")
_STRING_END = {'"""': re.compile(r'(?:[^"\\]|\\.|"(?!""))*"""', re.DOTALL),
               "'''": re.compile(r"(?:[^'\\]|\\.|'(?!''))*'''", re.DOTALL),
               '"': re.compile(r'(?:[^"\\\n]|\\.)*"'),
               "'": re.compile(r"(?:[^'\\\n]|\\.)*'")}
_GROUP_KEYWORDS = frozenset({"UNION", "OPTIONAL", "MINUS", "BIND", "FILTER", "GRAPH", "VALUES", "EXISTS"})
_TWO_CHAR_OPS = ("&&", "||", "!=", "<=", ">=", "^^")
_UNARY = frozenset("!+-")
_PARSE_STACK_BYTES = 64 * 1024 * 1024
"""Stack of the thread that parses for :func:`refuse_federation` (rdflib's parser recurses per
triple pattern and per bracket; 1,000 patterns or 64 brackets need ~20,000 frames)."""
_PARSE_RECURSION = 30_000


class QueryRejected(QueryError):
    """A query refused before it reaches an engine (too long, too deep, federated…)."""


@dataclass(frozen=True)
class QueryShape:
    """What the scan found: nesting depth, element count, and a dataset clause."""

    depth: int
    elements: int
    has_dataset: bool


def check_query(text: str, *, max_length: int = MAX_LENGTH) -> QueryShape:
    """Return the shape of ``text`` or raise :class:`QueryRejected` saying why it is refused."""
    if len(text) > max_length:
        raise QueryRejected(f"the query is {len(text)} characters long; at most {max_length} are accepted")
    depth = run = max_depth = elements = 0
    has_dataset = False
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if c in "\"'":
            quote = text[i:i + 3] if text.startswith(c * 3, i) else c
            m = _STRING_END[quote].match(text, i + len(quote))
            i = m.end() if m else n  # unterminated: the engine reports it
            run = 0
            continue
        if c == "<" and (m := _IRI.match(text, i)):
            i, run = m.end(), 0
            continue
        if c == "\\":
            if text[i + 1:i + 2] in ("u", "U"):
                raise QueryRejected("codepoint escapes (\\u…, \\U…) are accepted only inside strings and IRIs")
            i += 2
            continue
        if c in "?$" and (m := _VAR.match(text, i)):
            i, run = m.end(), 0
            continue
        if m := _NAME.match(text, i):
            word = m.group().rstrip(".")
            i += len(word)
            run = 0
            if "\\u" in word or "\\U" in word:
                raise QueryRejected("codepoint escapes (\\u…, \\U…) are accepted only inside strings and IRIs")
            if ":" in word:
                continue
            upper = word.upper()
            if upper == "SERVICE":
                raise QueryRejected(FEDERATION_REFUSED)
            if upper == "FROM":
                has_dataset = True
            if upper in _GROUP_KEYWORDS:
                elements += 1
            continue
        if c == ":" and (m := _PNAME_LOCAL.match(text, i)):
            i, run = m.end(), 0
            continue
        if c.isdigit() or (c == "." and text[i + 1:i + 2].isdigit()):
            m = _NUMBER.match(text, i)
            i, run = (m.end() if m else i + 1), 0
            continue
        if c in "{([":
            depth += 1
            run = 0
        elif c in "})]":
            depth = max(depth - 1, 0)
            run = 0
        elif text.startswith(_TWO_CHAR_OPS, i):
            elements += 1
            run = 0
            i += 2
            continue
        elif c in _UNARY:
            run += 1
            elements += 1
        else:  # . ; , * / = < > | ^ and anything the engine will judge
            run = 0
            if c in ".;,*/=<>|^":
                elements += 1
        max_depth = max(max_depth, depth + run)
        if max_depth > MAX_DEPTH:
            raise QueryRejected(f"the query nests deeper than {MAX_DEPTH} levels (brackets and unary "
                                f"operators, near character {i + 1}); simplify it")
        if elements > MAX_ELEMENTS:
            raise QueryRejected(f"the query has more than {MAX_ELEMENTS} operators and patterns; split it "
                                "or use VALUES for long lists")
        i += 1
    return QueryShape(max_depth, elements, has_dataset)


@functools.lru_cache(maxsize=128)
def refuse_federation(text: str) -> None:
    """Raise :class:`QueryRejected` when ``text`` has a ``SERVICE`` clause, judged on its parse tree.

    rdflib's SPARQL parser reads the query (in a thread with a deep stack, since the
    parser recurses per pattern); every ``SERVICE`` clause, however spelled (``#x\\r
    SERVICE``, ``:.SERVICE``, ``true.SERVICE``…), is a ``ServiceGraphPattern`` node
    of the tree. A query rdflib cannot parse is refused too, with its position: it is
    never handed to an engine whose reading might differ. Carriage returns are read
    as line feeds first, since SPARQL ends a comment at either and rdflib only at a
    line feed (nowhere else may either appear raw but in long strings, as data).
    Verdicts are cached by text (the endpoint's workers see the same queries often).
    """
    outcome: list[Any] = []

    def parse() -> None:
        from rdflib.plugins.sparql.parser import parseQuery

        old = sys.getrecursionlimit()
        sys.setrecursionlimit(max(old, _PARSE_RECURSION))
        try:
            outcome.append(parseQuery(text.replace("\r", "\n")))
        except Exception as exc:  # a ParseException, RecursionError, or a parse action's own error
            outcome.append(exc)
        finally:
            sys.setrecursionlimit(old)

    previous = threading.stack_size(_PARSE_STACK_BYTES)
    try:
        thread = threading.Thread(target=parse, name="kg-sparql-parse", daemon=True)
        thread.start()
    finally:
        threading.stack_size(previous)
    thread.join()
    tree = outcome[0] if outcome else RuntimeError("the parser stopped")
    if isinstance(tree, BaseException):
        raise _unparsable(tree, text)
    if _has_service(tree):
        raise QueryRejected(FEDERATION_REFUSED)


def _has_service(tree: Any) -> bool:
    """Return whether rdflib's parse tree holds a ``ServiceGraphPattern`` node (walked without recursion)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    todo = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                return True
            todo.extend(node.values())
        elif isinstance(node, (ParseResults, list, tuple)):
            todo.extend(node)
        elif isinstance(node, dict):
            todo.extend(node.values())
    return False


def _unparsable(exc: BaseException, text: str) -> QueryRejected:
    """Return the refusal of a query the federation check cannot parse, with the position when known."""
    if isinstance(exc, RecursionError):
        return QueryRejected("the query is nested too deeply to be checked; simplify it")
    lineno, col = getattr(exc, "lineno", None), getattr(exc, "col", None)
    msg = str(getattr(exc, "msg", None) or exc).strip()
    if lineno:
        lines = text.splitlines()
        line = lines[lineno - 1] if 0 < lineno <= len(lines) else ""
        pointer = f"\n  {line}\n  {' ' * max(int(col or 1) - 1, 0)}^" if line else ""
        return QueryRejected(f"malformed SPARQL at line {lineno}, column {col}: {msg}{pointer}")
    return QueryRejected(f"malformed SPARQL: {msg}")
