"""The questions of ``kg ask``: a user's first questions answered by shipped queries, no SPARQL to write.

Each :class:`Question` names one parametrized query of ``ontology/queries/`` and the
parameters its answers fill in, so ``kg ask graph.ttl person "Dương Hữu Bường"`` is
``kg query graph.ttl -n person-timeline -p who="Dương Hữu Bường"``: the same text, bound
the same way (:func:`kg.store.params.bind_params`: case, marks and dashes folded), run by
the same engines, written by the same formatters. ``--show-query`` prints the bound text,
to copy into a SPARQL endpoint or edit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError
from kg.store.query import bind_params, query_source, shipped_query
from kg.store.results import Results

DEFAULT_LIMIT = 20
"""Rows of the ``top`` questions unless ``--limit`` says otherwise (the queries' own LIMIT)."""
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LIMIT = re.compile(r"\bLIMIT\s+\d+\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Question:
    """One question: its name, the shipped query that answers it, and its help line."""

    name: str
    query: str
    help: str


QUESTIONS = {q.name: q for q in (
    Question("person", "person-timeline",
             "a person's career and tasks, by date: posts held, meetings chaired or attended, "
             "tasks given or received"),
    Question("body", "body-activity",
             "a body's tasks and meetings, by date (with --in PLACE: only the bodies of that unit "
             "or of the units inside it)"),
    Question("locality", "locality-officials",
             "a locality's officials: who held which post in its bodies and those of its units, "
             "first and last seen"),
    Question("between", "dated-events",
             "meetings and tasks between two dates (YYYY, YYYY-MM or YYYY-MM-DD; both included)"),
    Question("top-officials", "top-officials",
             "the most active officials: most posts, then meetings chaired, tasks given, articles"),
    Question("top-bodies", "top-bodies",
             "the most active bodies: most tasks received, then meetings organized, officials, "
             "articles"),
)}


def _date(text: str, what: str) -> str:
    if not _DATE.match(text):
        raise QueryError(f"{what} {text!r}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2021-11")
    return text


def question_params(name: str, values: Mapping[str, str | None]) -> dict[str, str]:
    """Return the query parameters of question ``name`` from the user's answers (``None``: not given).

    ``values`` holds ``who`` (person), ``body`` and ``place`` (body), ``place`` (locality,
    top-*), ``since`` and ``until`` (between; ``until`` defaults to ``since``: one period).
    """
    if name not in QUESTIONS:
        raise QueryError(f"unknown question {name!r}; expected one of: {', '.join(QUESTIONS)}")
    given = {k: v for k, v in values.items() if v is not None}
    for key, text in given.items():
        if not text.strip():
            raise QueryError(f"{key}: empty; give a name (or leave the option out)")
    if name == "person":
        return {"who": given["who"]}
    if name == "body":
        return {"bodyName": given["body"], **({"place": given["place"]} if "place" in given else {})}
    if name == "between":
        since = _date(given["since"], "since")
        until = _date(given.get("until", since), "until")
        return {"since": since, "until": until}
    return {"place": given["place"]} if "place" in given else {}


def question_text(name: str, values: Mapping[str, str | None], *, limit: int | None = None) -> str:
    """Return the SPARQL text that answers question ``name``: its shipped query, parameters bound."""
    params = question_params(name, values)
    text = bind_params(shipped_query(QUESTIONS[name].query).text, params)
    if limit is not None:
        if limit <= 0:
            raise QueryError(f"--limit {limit}: expected a positive number of rows")
        if not _LIMIT.search(text.rstrip()):
            raise QueryError(f"--limit: the question {name!r} lists every row; it has no limit to set")
        text = _LIMIT.sub(f"LIMIT {limit}", text.rstrip()) + "\n"
    return text


def ask(source: str | Path, name: str, values: Mapping[str, str | None], *, engine: str = "oxigraph",
        limit: int | None = None) -> Results:
    """Return the answer to question ``name`` over ``source`` (a graph file or a store)."""
    return query_source(source, question_text(name, values, limit=limit), engine=engine)
