"""Resolve: identity keys and cross-article merging of the entities a build names.

* :mod:`kg.resolve.keys` — the identity key of an official (name within a province) and
  the scope an article gives its people;
* :mod:`kg.resolve.people` — which person nodes are one official across articles
  (glued initials) and each node's display name.

The pipeline calls resolve; the graph layer never does.
"""
