"""The embedded default triple store: a pyoxigraph (RocksDB) store in a directory.

``kg load STORE FILES...`` fills it, ``kg query STORE`` and ``kg serve STORE``
read it. A store directory is held by one process at a time (RocksDB's
``LOCK`` file); a second process gets a :class:`~kg.errors.StoreError` saying
so instead of an ``OSError``. rdflib users open the same directory through the
``oxrdflib`` plugin (see the README).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import KGError, StoreError

if TYPE_CHECKING:
    import pyoxigraph

log = logging.getLogger(__name__)

RDF_EXTENSIONS = {".ttl": "TURTLE", ".turtle": "TURTLE", ".trig": "TRIG",
                  ".nt": "N_TRIPLES", ".ntriples": "N_TRIPLES",
                  ".nq": "N_QUADS", ".nquads": "N_QUADS"}
"""File extension → ``pyoxigraph.RdfFormat`` member name; the only formats ``kg load`` reads."""


def rdf_format(path: Path) -> pyoxigraph.RdfFormat:
    """Return the RDF format of ``path`` from its extension, or raise :class:`KGError`."""
    import pyoxigraph

    name = RDF_EXTENSIONS.get(path.suffix.lower())
    if name is None:
        raise KGError(f"{path}: unknown RDF file extension {path.suffix!r}; expected one of "
                      f"{', '.join(sorted(RDF_EXTENSIONS))} (Turtle, TriG, N-Triples, N-Quads)")
    return getattr(pyoxigraph.RdfFormat, name)  # type: ignore[no-any-return]


def is_store(path: Path) -> bool:
    """Return whether ``path`` is a directory that looks like a pyoxigraph store."""
    return path.is_dir() and (path / "CURRENT").is_file()


def open_store(path: str | Path, *, create: bool = False) -> pyoxigraph.Store:
    """Open the store in directory ``path`` (read-write, exclusive to this process).

    Raises :class:`StoreError` when the directory is not a store (unless
    ``create``), or when another process holds it.
    """
    import pyoxigraph

    p = Path(path)
    if p.exists() and not p.is_dir():
        raise StoreError(f"{p}: is a file, not a store directory; "
                         "query a Turtle/TriG file directly or `kg load` it into a store")
    if not create and not is_store(p):
        raise StoreError(f"{p}: no store there; create one with `kg load {p} graph.ttl`")
    try:
        return pyoxigraph.Store(str(p))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"{p}: the store is in use by another process (a running `kg serve`, "
                             "`kg load` or `kg query`, or a program that opened it; or it is "
                             "already open in this one); stop that process or wait for it to "
                             "finish, then retry") from exc
        raise StoreError(f"{p}: cannot open the store ({exc})") from exc


@dataclass(frozen=True)
class LoadReport:
    """What :func:`load_files` did: files read and the store's quad count after loading."""

    files: tuple[Path, ...]
    quads: int


def load_files(store: pyoxigraph.Store, files: Iterable[str | Path], *,
               graph: str | None = None) -> LoadReport:
    """Load RDF files into ``store``, each in one transaction; return a :class:`LoadReport`.

    Turtle and N-Triples go into the default graph, or into the named graph
    ``graph`` when given; TriG and N-Quads keep their own graphs. A file that
    does not parse raises :class:`StoreError` with its line and column and
    leaves the store as it was before that file.
    """
    import pyoxigraph

    target = pyoxigraph.NamedNode(graph) if graph else None
    done: list[Path] = []
    for f in files:
        path = Path(f)
        fmt = rdf_format(path)
        if not path.is_file():
            raise StoreError(f"{path}: file not found")
        try:
            if target is not None and fmt in (pyoxigraph.RdfFormat.TURTLE,
                                               pyoxigraph.RdfFormat.N_TRIPLES):
                store.load(path=str(path), format=fmt, to_graph=target)
            else:
                store.load(path=str(path), format=fmt)
        except SyntaxError as exc:
            raise StoreError(f"{path}: not valid {fmt.name} ({exc.msg}); "
                             "nothing from this file was loaded") from exc
        except OSError as exc:
            raise StoreError(f"{path}: cannot read ({exc})") from exc
        log.info("loaded %s", path)
        done.append(path)
    store.flush()
    return LoadReport(tuple(done), len(store))
