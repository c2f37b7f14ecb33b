"""Tasks: directives given in an article, one module per concern.

* :mod:`kg.extract.tasks.extractor` — the extractor: who asks whom to do what;
* :mod:`kg.extract.tasks.clauses` — the clauses a directive sentence splits into;
* :mod:`kg.extract.tasks.assignees` — the bodies and groups a directive is addressed to;
* :mod:`kg.extract.tasks.facets` — deadline and topic of a task.
"""
