"""The extractor registry: which extractors a build runs, in which order, and what each may read.

Every extractor module registers its extractor with :func:`register`; the
registry imports every module of :mod:`kg.extract` once, so a new fact family is
found without being listed anywhere. Each extractor declares

* ``name`` — versioned (``"positions/1"``), bumped when its output changes on purpose;
* ``kinds`` — the fact kinds it yields (:class:`kg.model.Pred` values, or a new
  family's own kind string);
* ``needs`` — what it reads: annotation layers (:data:`ANNOTATION_LAYERS`) and fact
  kinds other extractors yield (``"meeting"``: the tasks of an article link to its
  meeting). The facts of those kinds are passed to it as ``prior``.

Checks, each a :class:`~kg.errors.KGError` naming the extractor: a need that is
neither a layer nor a kind some extractor yields, a cycle of kind needs, and — per
article — a layer the annotations do not provide (:attr:`Annotations.provides`).
The run order follows the needs (an extractor runs after those whose kinds it
needs), ties broken by name, so it never depends on import order.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable, Iterator, Sequence
from enum import Enum
from pathlib import Path
from typing import Protocol, TypeVar

from kg.errors import KGError
from kg.model import Annotations, Document, Fact

ANNOTATION_LAYERS = frozenset({"sentences", "places", "people", "titles", "folded", "context", "ner"})


class Extractor(Protocol):
    name: str
    kinds: frozenset[str]
    needs: frozenset[str]

    def __call__(self, doc: Document, ann: Annotations, prior: Sequence[Fact] = ()) -> Iterator[Fact]: ...


E = TypeVar("E")
_REGISTERED: dict[str, type] = {}
_LOADED: list[bool] = []  # the modules of kg.extract are imported once
# the ordered default extractors, for the registry state they came from
_DEFAULT: dict[tuple[tuple[str, type], ...], tuple[Extractor, ...]] = {}


def plain(items: Iterable[str]) -> frozenset[str]:
    """Kinds and needs as plain strings (a ``Pred`` member hashes by its name, not its value)."""
    return frozenset(i.value if isinstance(i, Enum) else str(i) for i in items)


def register(cls: type[E]) -> type[E]:
    """Class decorator: add an extractor class to the registry (its ``name`` must be unique)."""
    name = getattr(cls, "name", None)
    if not isinstance(name, str) or "/" not in name:
        raise KGError(f"extractor {cls.__qualname__}: name must be a versioned string like 'family/1'")
    for attr in ("kinds", "needs"):
        if not isinstance(getattr(cls, attr, None), frozenset):
            raise KGError(f"extractor {name}: {attr} must be a frozenset of strings")
    known = _REGISTERED.get(name)
    if known is not None and known is not cls:
        raise KGError(f"extractor {name} registered twice ({known.__qualname__}, {cls.__qualname__})")
    _REGISTERED[name] = cls
    return cls


def _load_all() -> None:
    # the package's folder is this module's: importing kg.extract here would be an import circle
    for mod in pkgutil.walk_packages([str(Path(__file__).parent)], "kg.extract."):
        importlib.import_module(mod.name)


def ordered(extractors: Sequence[Extractor]) -> tuple[Extractor, ...]:
    """Check the extractors' needs against each other and return them in run order."""
    yielded: dict[str, list[str]] = {}
    for ex in extractors:
        for kind in plain(ex.kinds):
            yielded.setdefault(kind, []).append(ex.name)
    for ex in extractors:
        unknown = sorted(plain(ex.needs) - ANNOTATION_LAYERS - yielded.keys())
        if unknown:
            raise KGError(
                f"extractor {ex.name} needs {', '.join(unknown)}: neither an annotation layer "
                f"({', '.join(sorted(ANNOTATION_LAYERS))}) nor a fact kind an extractor yields "
                f"({', '.join(sorted(yielded)) or 'none'})")
    done: list[Extractor] = []
    left = sorted(extractors, key=lambda e: e.name)
    while left:
        ready = [ex for ex in left
                 if all(n in {d.name for d in done} for k in plain(ex.needs) & yielded.keys()
                        for n in yielded[k] if n != ex.name)]
        if not ready:
            raise KGError(f"extractors {', '.join(e.name for e in left)} need each other's facts (a cycle)")
        done.append(ready[0])
        left.remove(ready[0])
    return tuple(done)


def default_extractors() -> tuple[Extractor, ...]:
    """Every registered extractor, checked and in run order (decided once per registry state)."""
    if not _LOADED:
        _load_all()
        _LOADED.append(True)
    state = tuple(sorted(_REGISTERED.items()))
    cached = _DEFAULT.get(state)
    if cached is None:
        _DEFAULT.clear()
        cached = _DEFAULT[state] = ordered([cls() for _name, cls in state])
    return cached


def check_provided(ex: Extractor, ann: Annotations) -> None:
    """Raise a KGError when ``ann`` lacks an annotation layer ``ex`` needs."""
    missing = sorted((plain(ex.needs) & ANNOTATION_LAYERS) - ann.provides)
    if missing:
        hint = " (run the build with NER on)" if "ner" in missing else ""
        raise KGError(f"extractor {ex.name} needs the annotation layer(s) {', '.join(missing)}, which "
                      f"annotate did not provide (it provided {', '.join(sorted(ann.provides))}){hint}")


def run_extractors(doc: Document, ann: Annotations,
                   extractors: Sequence[Extractor] | None = None) -> list[Fact]:
    """Run ``extractors`` (default: all registered) over one document and return their facts.

    Each extractor gets, as ``prior``, the facts of the kinds it needs that ran before it.
    """
    chosen = ordered(extractors) if extractors is not None else default_extractors()
    facts: list[Fact] = []
    for ex in chosen:
        check_provided(ex, ann)
        needs = plain(ex.needs)
        prior = tuple(f for f in facts if plain((f.predicate,)) <= needs)
        facts.extend(ex(doc, ann, prior))
    return facts
