"""Ingest: files and folders in, cleaned :class:`~kg.model.Document` objects out.

One module per concern, imported in one direction (``walk`` → readers → ``text``):

* finding the sources under the inputs and picking a reader by suffix: :mod:`kg.ingest.walk`;
* plain text (``.txt``), and the line rules every reader ends with (headline,
  dateline, byline, boilerplate): :mod:`kg.ingest.text`;
* saved article pages (``.html``, ``.htm``): :mod:`kg.ingest.html` (trafilatura);
* JSON Lines exports (``.jsonl``, and ``kg build -``): :mod:`kg.ingest.jsonl`;
* bytes to text for all of them: :mod:`kg.ingest.encoding`;
* limits, warnings and the checks every article passes: :mod:`kg.ingest.base`.

Heavy libraries (trafilatura, charset-normalizer) are imported only when a source
needs them. The names below are the package's public entry points.
"""

from kg.ingest.base import InputWarning, Limits, Reading
from kg.ingest.text import make_doc_id, parse_decoded, parse_text
from kg.ingest.walk import (
    DEFAULT_LIMITS,
    MAX_FILE_BYTES,
    STDIN,
    STDIN_NAME,
    TEXT_SUFFIXES,
    Source,
    Walk,
    decode,
    iter_sources,
    parse_bytes,
    read_all,
    read_file_bytes,
    read_source,
    walk_inputs,
)

__all__ = [
    "DEFAULT_LIMITS", "MAX_FILE_BYTES", "STDIN", "STDIN_NAME", "TEXT_SUFFIXES", "InputWarning", "Limits",
    "Reading", "Source", "Walk", "decode", "iter_sources", "make_doc_id", "parse_bytes", "parse_decoded",
    "parse_text", "read_all", "read_file_bytes", "read_source", "walk_inputs",
]
