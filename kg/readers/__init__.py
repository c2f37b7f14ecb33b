"""Readers: one module per input format, each turning one source into Documents.

* plain text (``.txt``): :mod:`kg.ingest` (line rules for headline, dateline, byline);
* saved article pages (``.html``, ``.htm``): :mod:`kg.readers.html` (trafilatura);
* JSON Lines exports (``.jsonl``, and ``kg build -``): :mod:`kg.readers.jsonl`;
* bytes to text for all of them: :mod:`kg.readers.encoding`;
* limits, warnings and the checks every article passes: :mod:`kg.readers.base`.

:func:`kg.ingest.read_all` picks the reader by suffix. Heavy libraries
(trafilatura, charset-normalizer) are imported only when a source needs them.
"""
