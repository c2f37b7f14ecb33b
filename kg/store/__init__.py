"""Stores and querying: the embedded on-disk store, SPARQL queries, the endpoint and incremental builds.

Modules: `embedded` (open, load and detect a pyoxigraph store), `query` (shipped queries, parameters,
running a query on a file or a store), `results` (SPARQL result writers), `serve` (the read-only SPARQL
1.1 endpoint), `incremental` (replace article graphs in a store and re-resolve people).
"""
