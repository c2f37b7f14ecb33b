"""Run files: more rows than fit in memory, sorted on disk in bounded runs and merged back.

A build of a national archive holds hundreds of millions of rows; the writers need
them sorted and without duplicates. :class:`SortedRuns` keeps rows in memory up to a
budget of bytes, then sorts them, drops duplicates and writes them to a run file;
iterating merges every run (a k-way merge, :func:`heapq.merge`) and drops the
duplicates that spanned runs. A small build never touches the disk, and the order
is the same either way: ``sorted(set(rows))``.

:class:`Spool` is the unsorted sibling: rows kept in bounded chunks, read back in
the order written (the build's quads before resolution).

Run files are length-prefixed ``marshal`` chunks of rows (tuples of strings, or strings): fast,
compact (repeated strings are written once per chunk) and private to one process.
"""

from __future__ import annotations

import heapq
import marshal
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Generic, TypeVar

from kg.errors import KGError

Row = TypeVar("Row", bound=str | tuple[str, ...])

CHUNK_ROWS = 4096  # rows per marshal chunk: what a run costs in memory while merging
MAX_FAN_IN = 64  # runs merged at once; more are first merged into longer runs
ROW_OVERHEAD = 96  # bytes a row costs beyond its characters (list slot, tuple or str header)
DEFAULT_MAX_MEMORY = 512 * 1024**2


class RunFileError(KGError):
    """A run file could not be written or read (disk full, temporary folder removed)."""


def row_cost(row: str | tuple[str, ...]) -> int:
    """Estimated bytes of one row held in a list (characters counted twice: non-ASCII text)."""
    if isinstance(row, str):
        return ROW_OVERHEAD + 2 * len(row)
    return ROW_OVERHEAD + 2 * sum(len(t) for t in row)


def _dump(chunk: list[Any], f: BinaryIO) -> None:
    data = marshal.dumps(chunk)
    f.write(len(data).to_bytes(8, "little"))
    f.write(data)


def _write_chunks(path: Path, rows: Iterable[Any]) -> None:
    try:
        with path.open("wb") as f:
            chunk: list[Any] = []
            for row in rows:
                chunk.append(row)
                if len(chunk) >= CHUNK_ROWS:
                    _dump(chunk, f)
                    chunk = []
            if chunk:
                _dump(chunk, f)
    except OSError as exc:
        raise RunFileError(f"{path}: cannot write a run file ({exc.strerror or exc}); "
                           "free disk space or set TMPDIR to a larger folder") from exc


def _read_chunks(path: Path) -> Iterator[Any]:
    try:
        with path.open("rb") as f:
            while head := f.read(8):
                # one read per chunk: marshal.load on a file reads it in many small calls
                yield from marshal.loads(f.read(int.from_bytes(head, "little")))
    except OSError as exc:
        raise RunFileError(f"{path}: cannot read a run file ({exc.strerror or exc})") from exc


def unique(rows: Iterable[Row]) -> Iterator[Row]:
    """Drop consecutive duplicates of sorted rows."""
    last: Any = None
    first = True
    for row in rows:
        if first or row != last:
            yield row
            last, first = row, False


FOLDER_PREFIX = "kg-runs-"  # every run folder, under the temporary folder: the next build sweeps them
# Run folders of builds before the kg-runs- naming (457bff2): kg-<name>-XXXX, a TemporaryDirectory
# named by its spool or format and never locked; swept like a run folder that has no lock file.
LEGACY_PREFIXES = ("kg-quads-", "kg-spool-", "kg-ttl-", "kg-trig-", "kg-nt-", "kg-nq-")
OWNER_LOCK = ".owner.lock"  # held (flock) by the live process that owns the folder
STALE_UNLOCKED_SECONDS = 600  # a folder without its lock file: killed before taking it (or foreign)
_LIVE: set[Path] = set()  # this process' own folders: never swept


def sweep_stale(directory: str | Path | None = None) -> list[Path]:
    """Remove the run folders that builds killed (SIGKILL, power loss) left under ``directory``.

    A live folder's owner holds an exclusive ``flock`` on its lock file for as long as it
    runs (the kernel drops it when the process dies, however it dies), so a folder whose
    lock can be taken has no owner left. A folder without a lock file (killed before it took
    one, or of the older naming, :data:`LEGACY_PREFIXES`) goes once it has not changed for
    :data:`STALE_UNLOCKED_SECONDS`. Returns the folders removed.
    """
    import fcntl
    import shutil
    import time

    root = Path(directory or tempfile.gettempdir())
    removed: list[Path] = []
    try:
        candidates = sorted(p for prefix in (FOLDER_PREFIX, *LEGACY_PREFIXES) for p in root.glob(prefix + "*"))
    except OSError:
        return removed
    for folder in candidates:
        if folder in _LIVE or not folder.is_dir() or folder.is_symlink():
            continue
        try:
            fd = os.open(folder / OWNER_LOCK, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:
            try:
                if time.time() - folder.stat().st_mtime > STALE_UNLOCKED_SECONDS:
                    shutil.rmtree(folder, ignore_errors=True)
                    removed.append(folder)
            except OSError:
                pass
            continue
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # a running build owns it
            os.close(fd)
            continue
        try:
            shutil.rmtree(folder, ignore_errors=True)  # removed while we hold the lock
            removed.append(folder)
        finally:
            os.close(fd)
    return removed


def _remove(path: Path, fd: int) -> None:
    import shutil

    _LIVE.discard(path)
    try:
        shutil.rmtree(path, ignore_errors=True)
    finally:
        os.close(fd)


class _Folder:
    """Numbered files in one temporary folder, removed when closed or when the owner is collected.

    The folder (``kg-runs-NAME-XXXX`` under ``directory``, TMPDIR by default) holds a lock
    while this process lives; a build killed outright leaves it for :func:`sweep_stale`,
    which the next build runs first.
    """

    _swept: set[Path] = set()

    def __init__(self, directory: str | Path | None, prefix: str) -> None:
        import fcntl
        import weakref

        root = Path(directory or tempfile.gettempdir())
        if root not in _Folder._swept:
            _Folder._swept.add(root)
            sweep_stale(root)
        try:
            # made under a name no sweep looks at, locked, then renamed: never seen unlocked
            hidden = Path(tempfile.mkdtemp(prefix=f".{FOLDER_PREFIX}{prefix}-", dir=root))
            fd = os.open(hidden / OWNER_LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            path = hidden.with_name(hidden.name[1:])
            os.rename(hidden, path)
        except OSError as exc:
            raise RunFileError(f"{root}: cannot make a folder for run files "
                               f"({exc.strerror or exc}); set TMPDIR to a writable folder") from exc
        _LIVE.add(path)
        self.path = path
        self.count = 0
        self._finalizer = weakref.finalize(self, _remove, path, fd)

    def new(self) -> Path:
        self.count += 1
        return self.path / f"{self.count:06d}.run"

    def close(self) -> None:
        self._finalizer()


class SortedRuns(Generic[Row]):
    """Rows sorted and deduplicated in bounded memory; iterate for ``sorted(set(rows))``.

    ``budget`` is the bytes of rows kept in memory (:func:`row_cost`); past it the rows
    go to a sorted run file under ``directory`` (the system temporary folder by default).
    """

    def __init__(self, budget: int, *, directory: str | Path | None = None, name: str = "runs") -> None:
        self.budget = max(budget, 1)
        self.directory, self.name = directory, name
        self._rows: list[Row] = []
        self._used = self._count = 0
        self._runs: list[Path] = []
        self._folder: _Folder | None = None

    @property
    def runs(self) -> int:
        """How many run files were written (0: everything stayed in memory)."""
        return len(self._runs)

    def add(self, row: Row) -> None:
        self._rows.append(row)
        self._count += 1
        if not self._count & 31:  # the cost of every 32nd row stands for the 32 (rows are alike)
            self._used += 32 * row_cost(row)
        if self._used >= self.budget:
            self._spill()

    def extend(self, rows: Iterable[Row]) -> None:
        for row in rows:
            self.add(row)

    def _spill(self) -> None:
        if not self._rows:
            return
        if self._folder is None:
            self._folder = _Folder(self.directory, self.name)
        self._rows.sort()
        path = self._folder.new()
        _write_chunks(path, unique(self._rows))
        self._runs.append(path)
        self._rows, self._used = [], 0
        if len(self._runs) >= MAX_FAN_IN:
            self._compact()

    def _compact(self) -> None:
        """Merge the runs into one longer run, so a merge never opens more than MAX_FAN_IN files."""
        assert self._folder is not None
        path = self._folder.new()
        _write_chunks(path, unique(heapq.merge(*(_read_chunks(p) for p in self._runs))))
        for old in self._runs:
            os.unlink(old)
        self._runs = [path]

    def __iter__(self) -> Iterator[Row]:
        """The rows in sorted order, each once (the rows in memory are sorted in place)."""
        self._rows.sort()
        if not self._runs:
            return unique(self._rows)
        return unique(heapq.merge(*(_read_chunks(p) for p in self._runs), self._rows))

    def close(self) -> None:
        """Drop the rows and remove the run files."""
        self._rows, self._used, self._runs = [], 0, []
        if self._folder is not None:
            self._folder.close()
            self._folder = None


class Spool(Generic[Row]):
    """Rows kept in bounded memory, chunks past the budget on disk; iterate (repeatedly) to read them.

    Duplicates within one chunk are dropped; the order of rows is not kept (readers sort).
    """

    def __init__(self, budget: int, *, directory: str | Path | None = None, name: str = "spool") -> None:
        self.budget = max(budget, 1)
        self.directory, self.name = directory, name
        self._rows: set[Row] = set()
        self._used = 0
        self._files: list[Path] = []
        self._folder: _Folder | None = None

    def extend(self, rows: Iterable[Row]) -> None:
        held = self._rows
        for row in rows:
            if row not in held:
                held.add(row)
                if not len(held) & 31:  # every 32nd row's cost stands for the 32, plus set slots
                    self._used += 32 * (row_cost(row) + 32)
        if self._used >= self.budget:
            self.flush()

    def flush(self) -> None:
        if not self._rows:
            return
        if self._folder is None:
            self._folder = _Folder(self.directory, self.name)
        path = self._folder.new()
        _write_chunks(path, self._rows)  # in any order: readers sort
        self._files.append(path)
        self._rows, self._used = set(), 0

    @property
    def files(self) -> int:
        return len(self._files)

    def __iter__(self) -> Iterator[Row]:
        for path in self._files:
            yield from _read_chunks(path)
        yield from self._rows

    def close(self) -> None:
        self._rows, self._used, self._files = set(), 0, []
        if self._folder is not None:
            self._folder.close()
            self._folder = None
