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
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

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
# :func:`recover` finishes or discards an interrupted swap, but only under the writer's lock
# STORE.kg-lock (see :func:`_writer_lock`), so a reader never touches the work of a live writer.
_NEW, _OLD, _COMPLETE, _LOCK = ".kg-new", ".kg-old", "kg-complete", ".kg-lock"
MANIFEST = "kg-articles.txt"
"""File in a store directory listing its article graphs (one IRI a line), written with each change."""
LOCK_WAIT = 10.0
"""Seconds a writer waits for readers that hold the store open, and an opener for a swap under way."""


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def recover(path: Path) -> None:
    """Finish or discard a change of the store at ``path`` that a killed process left half done.

    Call it only holding the writer's lock exclusively (:func:`_writer_lock`): the flock of a
    killed writer is released by the kernel, so holding it proves the writer is gone.
    """
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


def _needs_recovery(path: Path) -> bool:
    return _sibling(path, _NEW).exists() or _sibling(path, _OLD).exists()


def _lock_fd(path: Path, *, create: bool) -> int | None:
    """Open the writer's lock file STORE.kg-lock (a sibling: it outlives the swap), or None
    when it is missing and cannot be made (a read-only folder, where no writer can run)."""
    lock = _sibling(path, _LOCK)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    if create:
        with contextlib.suppress(OSError):
            lock.parent.mkdir(parents=True, exist_ok=True)
    try:
        return os.open(lock, flags, 0o644)
    except OSError as exc:
        if lock.is_symlink():
            raise StoreError(f"{lock}: the store's lock file is a symbolic link; remove it "
                             "(kg never follows it out of the store's folder)") from exc
        if not create and not lock.exists():
            return None  # a folder we cannot write to: no writer can change the store either
        raise StoreError(f"{lock}: cannot open the store's lock file ({exc.strerror})") from exc


def _flock(fd: int, mode: int, wait: float) -> bool:
    """Take ``mode`` on ``fd``, retrying for ``wait`` seconds; return whether it was taken."""
    import fcntl

    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)


class _InUse(StoreError):
    """RocksDB's lock on the store is held by another process."""


_BUSY = ("is being changed by a running `kg build --into`; retry when it has finished "
         "(nothing was touched)")


def _open_checked(path: Path, *, create: bool, missing_hint: str | None) -> pyoxigraph.Store:
    import pyoxigraph

    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: is a file, not a store directory; "
                         "query a Turtle/TriG file directly or `kg load` it into a store")
    if not create and not (path / "CURRENT").is_file():
        hint = missing_hint or f"create one with `kg load {path} graph.ttl`"
        raise StoreError(f"{path}: no store there; {hint}")
    try:
        return pyoxigraph.Store(str(path))
    except RuntimeError as exc:  # RocksDB's "Corruption: ..."
        raise StoreError(f"{path}: the store cannot be opened ({exc}); it is damaged: rebuild it "
                         "from the articles") from exc
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise _InUse(f"{path}: the store is in use by another process (a running `kg serve`, "
                             "`kg load` or `kg query`, or a program that opened it; or it is "
                             "already open in this one); stop that process or wait for it to "
                             "finish, then retry") from exc
        raise StoreError(f"{path}: cannot open the store ({exc})") from exc


def is_store(path: Path) -> bool:
    """Return whether ``path`` is a pyoxigraph store, or one a change is being swapped into."""
    if path.is_dir() and (path / "CURRENT").is_file():
        return True
    return not path.exists() and _sibling(path, _OLD).is_dir()


def open_store(path: str | Path, *, create: bool = False, missing_hint: str | None = None) -> pyoxigraph.Store:
    """Open the store in directory ``path`` (read-write, exclusive to this process).

    Raises :class:`StoreError` when the directory is not a store (unless
    ``create``), when another process holds it, or when a ``kg build --into`` is
    changing it (then nothing is touched). A change left half done by a writer that is
    gone (killed) is finished or rolled back first.
    """
    import fcntl

    p = Path(path)
    fd = _lock_fd(p, create=create) if create or p.is_dir() or _needs_recovery(p) else None
    if fd is None:
        return _open_checked(p, create=create, missing_hint=missing_hint)
    try:
        # a writer holds the lock exclusively for its whole change; readers share it while
        # they open (RocksDB's own lock then keeps a writer out until they close)
        if _needs_recovery(p):
            if not _flock(fd, fcntl.LOCK_EX, LOCK_WAIT if not p.exists() else 0.0):
                raise StoreError(f"{p}: {_BUSY}")
            try:
                recover(p)
            except OSError as exc:
                raise StoreError(f"{p}: cannot recover an interrupted change ({exc})") from exc
        if not _flock(fd, fcntl.LOCK_SH, 0.5):
            raise StoreError(f"{p}: {_BUSY}")
        return _open_checked(p, create=create, missing_hint=missing_hint)
    finally:
        os.close(fd)


def article_graphs(store: pyoxigraph.Store) -> set[str]:
    """The IRIs of the named graphs of ``store`` other than the shared entities graph."""
    import pyoxigraph

    from kg.graph.build import ENTITIES_GRAPH

    return {g.value for g in store.named_graphs()
            if isinstance(g, pyoxigraph.NamedNode) and g.value != str(ENTITIES_GRAPH)}


_COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def graph_counts(store: pyoxigraph.Store) -> dict[str, int]:
    """Quads per named graph of ``store`` (raises :class:`StoreError` on a damaged store)."""
    import pyoxigraph

    try:
        return {row["g"].value: int(row["n"].value) for row in store.query(_COUNTS)  # type: ignore[union-attr,index]
                if isinstance(row["g"], pyoxigraph.NamedNode)}  # type: ignore[index]
    except (OSError, RuntimeError) as exc:
        raise StoreError(f"the store cannot be read ({exc}); it is damaged: rebuild it from the "
                         "articles") from exc


def record_manifest(store: pyoxigraph.Store, path: Path) -> None:
    """Write the manifest of ``store`` (every named graph and its quad count) into ``path``."""
    counts = graph_counts(store)
    (Path(path) / MANIFEST).write_text("".join(f"{g}\t{counts[g]}\n" for g in sorted(counts)),
                                       encoding="utf-8")


def read_manifest(path: Path) -> dict[str, int | None] | None:
    """The named graphs (and their quad counts; None in a manifest written before counts were)
    the last change of the store at ``path`` left, or None if unrecorded."""
    try:
        text = (Path(path) / MANIFEST).read_text(encoding="utf-8")
    except OSError:
        return None
    recorded: dict[str, int | None] = {}
    for line in text.splitlines():
        name, _, count = line.partition("\t")
        if name:
            recorded[name] = int(count) if count.isdigit() else None
    return recorded


def holds_only_default_graph(store: pyoxigraph.Store) -> bool:
    """Return True when ``store`` has triples in its default graph and no named graph
    (a `kg load` of Turtle or N-Triples): it exports as plain triples."""
    import pyoxigraph

    default = next(iter(store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())), None)
    return default is not None and next(iter(store.named_graphs()), None) is None


def check_exportable(store: pyoxigraph.Store, path: Path) -> None:
    """Raise :class:`StoreError` when ``store`` cannot be exported as a build's files.

    That is when it differs from what its manifest recorded at the last change (``kg build
    --into`` or ``kg load``): a named graph gone, one more, or one holding another number of
    quads (a damaged store must not export a different graph as if it were whole); when
    RocksDB finds it damaged; or when it holds triples in the default graph (a `kg load` of
    Turtle or N-Triples), besides article graphs, which would otherwise be dropped silently (a store of the default
    graph alone exports as plain triples instead).
    """
    import pyoxigraph

    from kg.graph.build import ENTITIES_GRAPH

    try:
        _check_manifest(graph_counts(store), read_manifest(path), path, str(ENTITIES_GRAPH))
        default = next(iter(store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())), None)
    except StoreError as exc:
        raise StoreError(f"{path}: {exc}") from exc
    except (OSError, RuntimeError) as exc:
        raise StoreError(f"{path}: the store cannot be read ({exc}); it is damaged: rebuild it "
                         "from the articles") from exc
    if default is not None:
        raise StoreError(f"{path}: holds triples in the default graph (a `kg load` of a .ttl or .nt "
                         "file) besides named article graphs; they cannot be exported together. "
                         "`kg query` reads them; to export, load graph.trig (one graph per article) "
                         "or graph.ttl alone into a fresh store, or build with `kg build --into`")


def _check_manifest(counts: dict[str, int], expected: dict[str, int | None] | None, path: Path,
                    entities: str) -> None:
    if expected is None:
        return
    damaged = "the store is damaged: rebuild it from the articles"
    missing = sorted(g for g in expected if g not in counts and g != entities)
    if missing:
        articles = sum(1 for g in expected if g != entities)
        raise StoreError(f"{len(missing)} of the {articles} article graphs the last change "
                         f"(`kg build --into` or `kg load`) left are missing (first: {missing[0]}); "
                         f"{damaged}")
    if all(n is None for n in expected.values()):
        return  # a manifest of graph names only (written by an older kg)
    changed = sorted(g for g, n in expected.items() if n is not None and counts.get(g, 0) != n)
    if changed:
        g = changed[0]
        raise StoreError(f"{len(changed)} graph(s) hold other quads than the last change left "
                         f"(first: {g}, {counts.get(g, 0)} quads instead of {expected[g]}); {damaged}")
    extra = sorted(set(counts) - set(expected))
    if extra:
        raise StoreError(f"{len(extra)} graph(s) the last change did not leave are in the store "
                         f"(first: {extra[0]}); {damaged}")


@contextlib.contextmanager
def _writer_lock(p: Path) -> Iterator[None]:
    """Hold the writer's lock of the store at ``p`` exclusively (openers share it only while they
    open, so this waits at most :data:`LOCK_WAIT` seconds), after recovering a change that a
    killed writer left (holding the lock proves it is gone)."""
    import fcntl

    fd = _lock_fd(p, create=True)
    if fd is None:  # pragma: no cover - create=True opens or raises
        raise StoreError(f"{p}: cannot make the store's lock file")
    try:
        if not _flock(fd, fcntl.LOCK_EX, LOCK_WAIT):
            raise StoreError(f"{p}: another `kg build --into` is changing this store; wait for it "
                             "to finish, then retry")
        try:
            recover(p)
        except OSError as exc:
            raise StoreError(f"{p}: cannot recover an interrupted change ({exc})") from exc
        yield
    finally:
        os.close(fd)  # releases the lock


def check_writable(path: str | Path) -> None:
    """Raise :class:`StoreError` now if a change of the store at ``path`` could not start (another
    writer, a `kg serve`, a long reader): a build checks this before its work, not after."""
    p = Path(path)
    with _writer_lock(p):
        store = _open_waiting(p)
        del store


@contextlib.contextmanager
def store_transaction(path: str | Path) -> Iterator[pyoxigraph.Store]:
    """Change the store at ``path`` (created if missing) all at once, or not at all.

    Yields a writable copy of the store (a checkpoint: hard links, cheap). When the
    block ends without an exception the copy replaces the store; when it raises, or
    the process is killed, the store stays as it was (see :func:`recover`). The
    writer's lock is held exclusively for the whole change (openers neither recover nor
    open meanwhile), and RocksDB's lock on the store until the swap, so a second writer
    gets a :class:`StoreError` up front.
    """
    import pyoxigraph

    p = Path(path)
    new, old = _sibling(p, _NEW), _sibling(p, _OLD)
    with _writer_lock(p):
        current = _open_waiting(p)
        shutil.rmtree(new, ignore_errors=True)
        try:
            current.backup(str(new))
            work = pyoxigraph.Store(str(new))
            lent = _Lent(work)
            yield cast("pyoxigraph.Store", lent)
            work.flush()
            record_manifest(work, new)
            # pyoxigraph closes a store (and frees its lock) when the last reference goes: the
            # block's name for it must not keep it open through the swap, and after it
            lent.store = None
            del work
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


class _Lent:
    """The writable copy a transaction lends its block; taken back (so closed) before the swap."""

    def __init__(self, store: pyoxigraph.Store) -> None:
        self.store: pyoxigraph.Store | None = store

    def __getattr__(self, name: str) -> object:
        if self.store is None:
            raise StoreError("the store of a finished `store_transaction` is closed")
        return getattr(self.store, name)

    def __len__(self) -> int:
        return len(self.store) if self.store is not None else 0

    def __iter__(self) -> Iterator[object]:
        return iter(self.store) if self.store is not None else iter(())


def _open_waiting(p: Path) -> pyoxigraph.Store:
    """Open the store for a writer that holds the writer's lock, waiting up to :data:`LOCK_WAIT`
    seconds for readers that had it open (no new ones can start meanwhile)."""
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            return _open_checked(p, create=True, missing_hint=None)
        except _InUse:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


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
