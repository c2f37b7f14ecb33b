"""The embedded default triple store: a pyoxigraph (RocksDB) store in a directory.

``kg load STORE FILES...`` fills it, ``kg query STORE`` and ``kg serve STORE``
read it. A store directory is held by one process at a time (RocksDB's
``LOCK`` file); a second process gets a :class:`~kg.errors.StoreError` saying
so instead of an ``OSError``. rdflib users open the same directory through the
``oxrdflib`` plugin (see the README).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import KGError, StoreError

if TYPE_CHECKING:
    import pyoxigraph

log = logging.getLogger(__name__)

RDF_EXTENSIONS = {".ttl": "TURTLE", ".turtle": "TURTLE", ".trig": "TRIG",
                  ".nt": "N_TRIPLES", ".ntriples": "N_TRIPLES",
                  ".nq": "N_QUADS", ".nquads": "N_QUADS", ".jsonld": "JSON_LD"}
"""File extension → ``pyoxigraph.RdfFormat`` member name; the formats ``kg load`` and ``kg query`` read
(every format ``kg build`` writes)."""


def rdf_format(path: Path) -> pyoxigraph.RdfFormat:
    """Return the RDF format of ``path`` from its extension, or raise :class:`KGError`."""
    import pyoxigraph

    name = RDF_EXTENSIONS.get(path.suffix.lower())
    if name is None:
        raise KGError(f"{path}: unknown RDF file extension {path.suffix!r}; expected one of "
                      f"{', '.join(sorted(RDF_EXTENSIONS))} (Turtle, TriG, N-Triples, N-Quads, JSON-LD)")
    return getattr(pyoxigraph.RdfFormat, name)  # type: ignore[no-any-return]


# A change to a store (``kg build --into``) is made on a copy (a RocksDB checkpoint, hard
# links) named STORE.kg-new; once complete it is marked with this file and swapped in
# through STORE.kg-old. A process killed at any point leaves the old store or the new one:
# :func:`recover` (run by every opener) finishes or discards an interrupted swap.
_NEW, _OLD, _COMPLETE = ".kg-new", ".kg-old", "kg-complete"
MANIFEST = "kg-articles.txt"
"""File in a store directory listing its article graphs (one IRI a line), written with each change."""


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def recover(path: Path) -> None:
    """Finish or discard a change of the store at ``path`` that a killed process left half done."""
    new, old = _sibling(path, _NEW), _sibling(path, _OLD)
    if not path.exists() and old.is_dir():
        if (new / _COMPLETE).is_file():
            os.replace(new, path)  # the swap was under way: the new state wins
            log.warning("%s: finished a change interrupted after it was complete", path)
        else:
            os.replace(old, path)
            log.warning("%s: rolled back a change that was interrupted", path)
    for leftover in (new, old):
        if leftover.is_dir() and path.exists():
            shutil.rmtree(leftover, ignore_errors=True)


def is_store(path: Path) -> bool:
    """Return whether ``path`` is a directory that looks like a pyoxigraph store."""
    with contextlib.suppress(OSError):
        recover(path)
    return path.is_dir() and (path / "CURRENT").is_file()


def open_store(path: str | Path, *, create: bool = False, missing_hint: str | None = None) -> pyoxigraph.Store:
    """Open the store in directory ``path`` (read-write, exclusive to this process).

    Raises :class:`StoreError` when the directory is not a store (unless
    ``create``), or when another process holds it.
    """
    import pyoxigraph

    p = Path(path)
    if p.is_dir() or _sibling(p, _OLD).is_dir():
        try:
            recover(p)
        except OSError as exc:
            raise StoreError(f"{p}: cannot recover an interrupted change ({exc})") from exc
    if p.exists() and not p.is_dir():
        raise StoreError(f"{p}: is a file, not a store directory; "
                         "query a Turtle/TriG file directly or `kg load` it into a store")
    if not create and not is_store(p):
        hint = missing_hint or f"create one with `kg load {p} graph.ttl`"
        raise StoreError(f"{p}: no store there; {hint}")
    try:
        return pyoxigraph.Store(str(p))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"{p}: the store is in use by another process (a running `kg serve`, "
                             "`kg load` or `kg query`, or a program that opened it; or it is "
                             "already open in this one); stop that process or wait for it to "
                             "finish, then retry") from exc
        raise StoreError(f"{p}: cannot open the store ({exc})") from exc


def article_graphs(store: pyoxigraph.Store) -> set[str]:
    """The IRIs of the named graphs of ``store`` other than the shared entities graph."""
    import pyoxigraph

    from kg.graph.build import ENTITIES_GRAPH

    return {g.value for g in store.named_graphs()
            if isinstance(g, pyoxigraph.NamedNode) and g.value != str(ENTITIES_GRAPH)}


def read_manifest(path: Path) -> set[str] | None:
    """The article graphs the last change of the store at ``path`` left, or None if unrecorded."""
    try:
        text = (Path(path) / MANIFEST).read_text(encoding="utf-8")
    except OSError:
        return None
    return {line for line in text.splitlines() if line}


def holds_only_default_graph(store: pyoxigraph.Store) -> bool:
    """Return True when ``store`` has triples in its default graph and no named graph
    (a `kg load` of Turtle or N-Triples): it exports as plain triples."""
    import pyoxigraph

    default = next(iter(store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())), None)
    return default is not None and next(iter(store.named_graphs()), None) is None


def check_exportable(store: pyoxigraph.Store, path: Path) -> None:
    """Raise :class:`StoreError` when ``store`` cannot be exported as a build's files.

    That is when article graphs the last ``kg build --into`` recorded are gone (a damaged
    store must not export a smaller graph as if it were whole), or when the store holds
    triples in the default graph besides article graphs, which would otherwise be dropped
    silently (a store of the default graph alone exports as plain triples instead).
    """
    import pyoxigraph

    expected = read_manifest(path)
    if expected is not None:
        missing = sorted(expected - article_graphs(store))
        if missing:
            raise StoreError(f"{path}: {len(missing)} of the {len(expected)} article graphs the last "
                             f"`kg build --into` left are missing (first: {missing[0]}); the store "
                             "is damaged: rebuild it from the articles")
    default = next(iter(store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())), None)
    if default is not None:
        raise StoreError(f"{path}: holds triples in the default graph (a `kg load` of a .ttl or .nt "
                         "file) besides named article graphs; they cannot be exported together. "
                         "`kg query` reads them; to export, load graph.trig (one graph per article) "
                         "or graph.ttl alone into a fresh store, or build with `kg build --into`")


@contextlib.contextmanager
def store_transaction(path: str | Path) -> Iterator[pyoxigraph.Store]:
    """Change the store at ``path`` (created if missing) all at once, or not at all.

    Yields a writable copy of the store (a checkpoint: hard links, cheap). When the
    block ends without an exception the copy replaces the store; when it raises, or
    the process is killed, the store stays as it was (see :func:`recover`). The
    store is held (locked) for the whole change, so a second writer gets a
    :class:`StoreError` up front.
    """
    import pyoxigraph

    p = Path(path)
    new, old = _sibling(p, _NEW), _sibling(p, _OLD)
    current = open_store(p, create=True)  # recovers, and takes RocksDB's lock
    shutil.rmtree(new, ignore_errors=True)
    try:
        current.backup(str(new))
        work = pyoxigraph.Store(str(new))
        yield work
        work.flush()
        articles = "".join(f"{g}\n" for g in sorted(article_graphs(work)))
        del work  # pyoxigraph closes a store (and frees its lock) when it is dropped
        (new / MANIFEST).write_text(articles, encoding="utf-8")
        _fsync_dir(new)
        (new / _COMPLETE).write_bytes(b"")
        del current
        os.replace(p, old)
        os.replace(new, p)
        _fsync_dir(p.parent)
        with contextlib.suppress(OSError):
            (p / _COMPLETE).unlink()
        shutil.rmtree(old, ignore_errors=True)
    except BaseException as exc:
        if p.is_dir():
            shutil.rmtree(new, ignore_errors=True)
        if isinstance(exc, OSError):
            raise StoreError(f"{p}: cannot write the store ({exc}); it is left as it was") from exc
        raise


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


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
