"""Stores and querying: the embedded on-disk store, SPARQL queries, the endpoint and incremental builds.

Modules: `embedded` (open, load and detect a pyoxigraph store), `query` (shipped queries, running a
query on a file or a store), `params` (`-p NAME=VALUE`, folded on both sides), `guard` (checks on a
query's text before any engine parses it), `results` (SPARQL result and graph writers), `serve` (the
read-only SPARQL 1.1 endpoint), `worker` (its query worker processes), `negotiate` (formats by
Accept), `page` (its query page), `incremental` (replace article graphs in a store and re-resolve people).
"""
