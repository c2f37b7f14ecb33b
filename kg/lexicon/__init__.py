"""Lexicon: the named rule data every stage matches on, and the one set of pattern builders.

* :mod:`kg.lexicon.resources` — the :class:`Resources` object: every table of ``kg/data/``,
  loaded on first use, swappable in tests (:func:`use_resources`);
* :mod:`kg.lexicon.gazetteer` — the administrative-unit register (pre-2025 and 2025);
* :mod:`kg.lexicon.normalize` — ``clean`` (the text every offset points into) and the
  same-length ``fold`` every lexicon is matched on;
* :mod:`kg.lexicon.search` — the search fold (one table for ``kg query -p``, its SPARQL and the
  view's search box);
* :mod:`kg.lexicon.patterns` — word list → alternation regex, gaps, heads, surname tests.

This package imports nothing from the pipeline stages; every stage may import it.
"""
