"""Run SPARQL queries over an exported graph file or a store; find the shipped queries.

Two engines answer the same query: pyoxigraph (the default, fast) and
rdflib (pure Python, the reference the competency queries were written
against). Both return :class:`kg.store.results.Results`. A malformed query raises
:class:`~kg.errors.QueryError` whose message gives the line and column. Every
query first passes :func:`kg.store.guard.check_query` (length, depth, no
``SERVICE``), so neither engine can be crashed by a deep query nor made to
open a connection; ``FROM`` / ``FROM NAMED`` select graphs of the source and
never fetch anything.
The shipped queries are the ``.rq`` files in ``ontology/queries/``; the first
comment line of each is its one-line description.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KGError, QueryError
from kg.store.guard import MAX_LENGTH, check_query, refuse_federation
from kg.store.params import bind_params as bind_params  # re-exported: `kg query -p`
from kg.store.results import Results, Term, literal

if TYPE_CHECKING:
    import pyoxigraph

QUERIES_DIR = Path(__file__).resolve().parents[2] / "ontology" / "queries"
COMPETENCY = ("officials", "positions", "meetings", "attendees", "tasks", "localities", "articles")
"""The competency queries whose columns other tools rely on (DESIGN.md, contract 3)."""
ENGINES = ("oxigraph", "rdflib")


@dataclass(frozen=True)
class ShippedQuery:
    """A query file in ``ontology/queries/``: its name (file stem), path and description."""

    name: str
    path: Path
    description: str

    @property
    def text(self) -> str:
        """Return the SPARQL text."""
        return self.path.read_text(encoding="utf-8")


def describe(text: str) -> str:
    """Return a query's description: its first comment sentence ('' when it has none).

    That is the first comment line, continued over the next comment lines when
    it does not end with a full stop (``meetings.rq`` wraps its sentence).
    """
    parts: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped or parts:
                break
            continue
        parts.append(stripped.lstrip("#").strip())
        if parts[-1].endswith(".") or not parts[-1]:
            break
    return " ".join(p for p in parts if p)


def shipped_queries(directory: Path = QUERIES_DIR) -> list[ShippedQuery]:
    """Return the shipped queries, competency queries first, then the others by name."""
    found = [ShippedQuery(p.stem, p, describe(p.read_text(encoding="utf-8")))
             for p in directory.glob("*.rq")]
    order = {n: i for i, n in enumerate(COMPETENCY)}
    return sorted(found, key=lambda q: (order.get(q.name, len(order)), q.name))


def shipped_query(name: str, directory: Path = QUERIES_DIR) -> ShippedQuery:
    """Return the shipped query called ``name`` (``tasks`` or ``tasks.rq``)."""
    stem = name.removesuffix(".rq")
    for q in shipped_queries(directory):
        if q.name == stem:
            return q
    names = ", ".join(q.name for q in shipped_queries(directory))
    raise QueryError(f"no shipped query named {name!r}; expected one of: {names} "
                     "(see `kg query --list`)")


def read_query_file(path: str | Path) -> str:
    """Return the text of a query file, or raise :class:`QueryError` when it cannot be read."""
    p = Path(path)
    try:
        return p.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise QueryError(f"{p}: query file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{p}: cannot read the query file ({exc})") from exc


def _position_error(exc: Exception, text: str) -> QueryError:
    """Return a QueryError naming line and column of a parse error from either engine."""
    lineno = getattr(exc, "lineno", None)
    col = getattr(exc, "col", None) or getattr(exc, "offset", None)
    msg = str(getattr(exc, "msg", None) or exc)
    m = re.match(r"error at (\d+):(\d+): (.*)", msg, re.DOTALL)
    if m:  # pyoxigraph: "error at LINE:COL: expected …"
        lineno, col, msg = int(m[1]), int(m[2]), m[3]
    where = f"line {lineno}, column {col}" if lineno else "unknown position"
    line = text.splitlines()[lineno - 1] if lineno and 0 < lineno <= len(text.splitlines()) else ""
    pointer = f"\n  {line}\n  {' ' * max(int(col or 1) - 1, 0)}^" if line else ""
    return QueryError(f"malformed SPARQL at {where}: {msg.strip()}{pointer}")


# -- pyoxigraph ---------------------------------------------------------------

def _ox_term(t: Any) -> Term | None:
    import pyoxigraph

    if t is None:
        return None
    if isinstance(t, pyoxigraph.NamedNode):
        return Term("uri", t.value)
    if isinstance(t, pyoxigraph.BlankNode):
        return Term("bnode", t.value)
    if isinstance(t, pyoxigraph.Literal):
        return literal(t.value, t.datatype.value, t.language)
    return Term("literal", str(t))  # RDF-star quoted triple: shown as text


def run_oxigraph(store: pyoxigraph.Store, text: str, *, max_rows: int | None = None,
                 deadline: float | None = None, default_graphs: Sequence[str] = (),
                 named_graphs: Sequence[str] = (), max_length: int = MAX_LENGTH,
                 union: bool = True) -> Results:
    """Run ``text`` on a pyoxigraph store (default graph = union of all graphs).

    ``union=False`` queries the store's own default graph (:func:`load_oxigraph` puts the
    merge of a file's graphs there, so a triple counts once, as with rdflib).

    A query with ``FROM`` / ``FROM NAMED`` gets the graphs it names (a name the
    store lacks is an empty graph); ``default_graphs`` / ``named_graphs`` (the
    protocol's ``default-graph-uri`` / ``named-graph-uri``) override them.

    ``max_rows`` raises :class:`ResultTooLarge` past that many rows; ``deadline``
    (a ``time.monotonic()`` value) raises :class:`QueryTimeout` when passed
    between two rows. Neither can interrupt one long step inside the engine
    (a big sort or aggregate); callers that must answer in time wait in
    another thread (see :mod:`kg.store.serve`).
    """
    import pyoxigraph

    shape = check_query(text, max_length=max_length)
    refuse_federation(text)
    dataset: dict[str, Any] = {}
    if default_graphs or named_graphs:
        dataset["default_graph"] = [pyoxigraph.NamedNode(g) for g in default_graphs]
        dataset["named_graphs"] = [pyoxigraph.NamedNode(g) for g in named_graphs]
    elif not shape.has_dataset and union:
        dataset["use_default_graph_as_union"] = True
    try:
        res = store.query(text, **dataset)
    except SyntaxError as exc:
        raise _position_error(exc, text) from exc
    except ValueError as exc:  # a graph name that is not an IRI
        raise QueryError(f"bad graph name: {exc}") from exc
    except RuntimeError as exc:  # evaluation errors, e.g. an unknown function
        raise QueryError(f"the query failed: {exc}") from exc
    if isinstance(res, pyoxigraph.QueryBoolean):
        return Results(boolean=bool(res))
    if isinstance(res, pyoxigraph.QueryTriples):
        rows = _limited(((_ox_term(t.subject), _ox_term(t.predicate), _ox_term(t.object))
                         for t in res), max_rows, deadline)
        return Results(("subject", "predicate", "object"), rows, graph=True)
    variables = tuple(v.value for v in res.variables)
    rows = _limited((tuple(_ox_term(sol[v]) for v in variables) for sol in res), max_rows,
                    deadline)
    return Results(variables, rows)


def _limited(rows: Any, max_rows: int | None, deadline: float | None = None) -> tuple[Any, ...]:
    out: list[Any] = []
    for row in rows:
        if max_rows is not None and len(out) >= max_rows:
            raise ResultTooLarge(max_rows)
        if deadline is not None and time.monotonic() > deadline:
            raise QueryTimeout()
        out.append(row)
    return tuple(out)


class QueryTimeout(QueryError):
    """A query ran past its time limit."""

    def __init__(self, seconds: float | None = None) -> None:
        limit = f" of {seconds:g} s" if seconds else ""
        super().__init__(f"the query ran past the time limit{limit}; make it more selective "
                         "(LIMIT, fewer OPTIONALs, a narrower pattern) or raise the limit")


class ResultTooLarge(QueryError):
    """A query produced more rows than the configured limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the result has more than {limit} rows (the limit); "
                         "add LIMIT to the query or raise the limit")
        self.limit = limit


# -- rdflib ------------------------------------------------------------------

def _rdflib_term(t: Any) -> Term | None:
    from rdflib import BNode, Literal, URIRef

    if t is None:
        return None
    if isinstance(t, URIRef):
        return Term("uri", str(t))
    if isinstance(t, BNode):
        return Term("bnode", str(t))
    if isinstance(t, Literal):
        return literal(str(t), str(t.datatype) if t.datatype else None, t.language)
    return Term("literal", str(t))


def run_rdflib(graph: Any, text: str) -> Results:
    """Run ``text`` on an rdflib Graph or Dataset.

    rdflib would download the graphs named by ``FROM`` that the dataset lacks;
    that is switched off (``SPARQL_LOAD_GRAPHS``, process-wide), so an unknown
    graph is empty, as with pyoxigraph.
    """
    import rdflib.plugins.sparql
    from pyparsing import ParseBaseException

    check_query(text)
    refuse_federation(text)
    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
    try:
        res = graph.query(text)
    except ParseBaseException as exc:
        raise _position_error(exc, text) from exc
    except RecursionError as exc:
        raise QueryError("the query is nested too deeply for the rdflib engine") from exc
    if res.type == "ASK":
        return Results(boolean=bool(res.askAnswer))
    if res.type in ("CONSTRUCT", "DESCRIBE"):
        rows = tuple(tuple(_rdflib_term(x) for x in t) for t in res)
        return Results(("subject", "predicate", "object"), rows, graph=True)
    variables = tuple(str(v) for v in res.vars)
    return Results(variables, tuple(tuple(_rdflib_term(x) for x in row) for row in res))


# -- sources -----------------------------------------------------------------

def load_rdflib(path: str | Path) -> Any:
    """Return an rdflib Dataset (default graph = union) holding the RDF file ``path``."""
    from rdflib import Dataset

    from kg.export.formats import READ_FORMATS
    from kg.store.embedded import rdf_format

    p = Path(path)
    rdf_format(p)  # raises on an unknown extension
    ds = Dataset(default_union=True)
    try:
        ds.parse(str(p), format=READ_FORMATS[p.suffix.lower()])
    except FileNotFoundError as exc:
        raise KGError(f"{p}: file not found") from exc
    except Exception as exc:  # rdflib's parsers raise many unrelated types
        raise KGError(f"{p}: not a readable RDF file ({exc})") from exc
    return ds


def load_oxigraph(path: str | Path) -> pyoxigraph.Store:
    """Return an in-memory pyoxigraph store holding the RDF file ``path``.

    The default graph holds the merge of all the file's graphs: a triple that several
    article graphs state is in it once. That is the union rdflib queries (a set), so
    both engines count the same rows; ``GRAPH ?g`` still sees each graph.
    """
    import pyoxigraph

    from kg.store.embedded import load_files

    store = pyoxigraph.Store()
    load_files(store, [path])
    default = pyoxigraph.DefaultGraph()
    store.extend([pyoxigraph.Quad(q.subject, q.predicate, q.object, default)
                  for q in store.quads_for_pattern(None, None, None)
                  if not isinstance(q.graph_name, pyoxigraph.DefaultGraph)])
    return store


def query_source(source: str | Path, text: str, *, engine: str = "oxigraph",
                 max_rows: int | None = None) -> Results:
    """Run ``text`` over ``source``: an RDF file (Turtle, TriG, N-Triples, N-Quads) or a store."""
    from kg.store.embedded import is_store, open_store

    p = Path(source)
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
    if not p.exists() and not is_store(p):  # a store a change is being swapped into counts
        raise KGError(f"{p}: no such file or store directory")
    if p.is_dir() or not p.exists():
        if not is_store(p):
            raise KGError(f"{p}: a directory but not a store; give an RDF file or a store "
                          "made by `kg load`")
        if engine != "oxigraph":
            raise QueryError("a store is queried with the oxigraph engine; "
                             "export it or query the Turtle file to use rdflib")
        store = open_store(p)
        try:
            return run_oxigraph(store, text, max_rows=max_rows)
        finally:
            del store  # release the RocksDB lock now, not at interpreter exit
    if engine == "rdflib":
        return run_rdflib(load_rdflib(p), text)
    return run_oxigraph(load_oxigraph(p), text, max_rows=max_rows, union=False)
