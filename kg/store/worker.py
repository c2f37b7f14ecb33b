"""Query worker processes for ``kg serve``: a crash, an OOM or a runaway query costs one worker, not the server.

Each worker is a separate process (started from a ``forkserver`` that has the
engine imported, so a replacement is ready in a few milliseconds) that opens
the store read-only, caps its own address space (``RLIMIT_AS``) and answers
one query at a time over a pipe, answering with the serialized body (JSON,
XML, Turtle… chosen by :func:`kg.store.negotiate.choose`), so building a big
answer also happens under the worker's limits and only bytes cross the pipe, in
chunks of :data:`CHUNK_BYTES` that the server writes to the client as they come:
the server never holds a whole answer, so its own memory does not grow with
the answers' size (a worker is bounded by ``--max-memory``, the server by a chunk
per running query).
The server keeps a pool of them, one per
query slot. A query past its time limit gets its worker killed (SIGKILL: the
engine cannot be interrupted inside a sort or a join) and a fresh worker
started at once; a worker that dies (a segfault in the engine, an allocation
past the memory limit) is replaced the same way. The server process itself
never runs a query. A worker cannot open a network socket at all
(:mod:`kg.store.sandbox`), so no query can make it contact another server.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue
import resource
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kg.errors import QueryError
from kg.store.negotiate import choose
from kg.store.query import QueryTimeout, ResultTooLarge

log = logging.getLogger(__name__)

START_TIMEOUT = 30.0
"""Seconds a new worker may take to open the store."""
CHUNK_BYTES = 1 << 20
"""Bytes of an answer sent over the pipe at a time (what the server holds per running query)."""


@dataclass(frozen=True)
class QueryJob:
    """One query for a worker: the text, the row limit and the protocol's dataset parameters."""

    text: str
    max_rows: int | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    max_length: int | None = None
    accept: str | None = None
    """The request's Accept header."""
    formats: tuple[str, ...] = ()
    """The request's ``format=`` values."""


@dataclass(frozen=True)
class Answer:
    """A query's answer, ready to send: media type, row count (ASK: 1), body length and its chunks.

    ``chunks`` comes from the worker's pipe as it is read; it must be read to the end
    before ``deadline`` (a ``time.monotonic()`` value) or the worker is replaced.
    """

    media: str
    rows: int
    length: int
    chunks: Iterator[bytes]
    deadline: float


class NotAcceptable(QueryError):
    """No format the client accepts fits this kind of result."""

    def __init__(self, graph: bool) -> None:
        kinds = ("text/turtle, application/n-triples, application/rdf+xml, application/ld+json" if graph
                 else "application/sparql-results+json, +xml, text/csv, text/tab-separated-values")
        super().__init__(f"this result is served as {kinds} "
                         "(or ?format=json|xml|csv|tsv, turtle|nt|rdfxml|jsonld)")
        self.graph = graph

    def __reduce__(self) -> tuple[type, tuple[bool]]:
        return (type(self), (self.graph,))


class Busy(QueryError):
    """Every worker is busy."""


class WorkerDied(QueryError):
    """The worker running a query died (engine crash or memory limit); it has been replaced."""


class StoreFailure(QueryError):
    """The store could not be read (an I/O error in a worker)."""


# -- inside the worker process ---------------------------------------------------------

def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent (the forkserver) goes away."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _worker_main(conn: Connection, store_path: str, memory_bytes: int) -> None:
    """Serve queries from ``conn`` until it closes or sends ``None``."""
    import pyoxigraph

    from kg.store.guard import refuse_federation
    from kg.store.query import run_oxigraph
    from kg.store.results import GRAPH_WRITERS, WRITERS
    from kg.store.sandbox import deny_network

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    _die_with_parent()
    if not deny_network():
        log.warning("query worker %d: cannot take the network away on this platform; SERVICE is "
                    "still refused by the parse check", os.getpid())
    if memory_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    try:
        store = pyoxigraph.Store.read_only(store_path)
    except (OSError, MemoryError) as exc:
        conn.send(("store", f"cannot open the store read-only: {exc}"))
        return
    refuse_federation("ASK {}")  # the parser's first run builds its caches: not on a client's clock
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        kw: dict[str, Any] = {"max_rows": job.max_rows, "default_graphs": job.default_graphs,
                              "named_graphs": job.named_graphs}
        if job.max_length:
            kw["max_length"] = job.max_length
        try:
            res = run_oxigraph(store, job.text, **kw)
            fmt = choose(res.graph, job.accept, job.formats)
            if fmt is None:
                reply: tuple[str, Any] = ("not_acceptable", res.graph)
            else:
                media, writer = (GRAPH_WRITERS if res.graph else WRITERS)[fmt]
                rows = 1 if res.boolean is not None else len(res.rows)
                body = writer(res).encode("utf-8")
                reply = ("ok", (f"{media}; charset=utf-8", rows, len(body)))
            del res
        except ResultTooLarge as exc:
            reply = ("too_large", exc.limit)
        except QueryError as exc:
            reply = ("query", str(exc))
        except MemoryError:
            conn.send(("memory", None))
            return  # the heap may be in a bad state: let the pool start a fresh worker
        except OSError as exc:
            reply = ("store", str(exc))
        except Exception as exc:  # the engine's other errors (e.g. RuntimeError): a bad query
            reply = ("query", f"the query failed: {exc}")
        try:
            conn.send(reply)
            if reply[0] == "ok":
                view = memoryview(body)
                for start in range(0, len(view), CHUNK_BYTES):
                    conn.send_bytes(view[start:start + CHUNK_BYTES])
                del view, body
        except MemoryError:
            conn.send(("memory", None))
            return
        except (BrokenPipeError, EOFError, OSError):  # the server gave up on this answer
            return


# -- in the server process ----------------------------------------------------------------

class _Worker:
    """The server's handle on one worker process."""

    def __init__(self, ctx: Any, store_path: str, memory_bytes: int) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, store_path, memory_bytes),
                                name="kg-query-worker", daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self.healthy = True

    def run(self, job: QueryJob, deadline: float, timeout: float) -> tuple[str, int, int]:
        """Run ``job`` and return the answer's (media, rows, length), its chunks to follow.

        On a timeout or a death, mark this worker unhealthy and raise.
        """
        if not self.ready:
            self._wait_ready(max(deadline, time.monotonic() + START_TIMEOUT))
        try:
            self.conn.send(job)
            if not self.conn.poll(max(deadline - time.monotonic(), 0)):
                self.healthy = False
                raise QueryTimeout(timeout)
            kind, value = self.conn.recv()
        except (EOFError, OSError) as exc:
            self.healthy = False
            raise WorkerDied(self._death()) from exc
        if kind == "ok":
            return tuple(value)  # type: ignore[return-value]
        if kind == "not_acceptable":
            raise NotAcceptable(value)
        if kind == "too_large":
            raise ResultTooLarge(value)
        if kind == "memory":
            self.healthy = False
            raise WorkerDied("the query ran past the worker's memory limit (--max-memory); "
                             "make it more selective")
        if kind == "store":
            raise StoreFailure(f"store error: {value}")
        raise QueryError(value)

    def chunks(self, length: int, deadline: float) -> Iterator[bytes]:
        """Yield the answer's body from the pipe; the worker is healthy again once it is read to the end."""
        received = 0
        while received < length:
            if not self.conn.poll(max(deadline - time.monotonic(), 0)):
                raise QueryTimeout()
            try:
                chunk = self.conn.recv_bytes()
            except (EOFError, OSError) as exc:
                raise WorkerDied(self._death()) from exc
            received += len(chunk)
            yield chunk
        self.healthy = True

    def _wait_ready(self, deadline: float) -> None:
        try:
            if not self.conn.poll(max(deadline - time.monotonic(), 0)):
                self.healthy = False
                raise WorkerDied("a query worker did not start in time")
            kind, value = self.conn.recv()
        except (EOFError, OSError) as exc:
            self.healthy = False
            raise WorkerDied(self._death()) from exc
        if kind != "ready":
            self.healthy = False
            raise StoreFailure(f"store error: {value}")
        self.ready = True

    def _death(self) -> str:
        self.proc.join(timeout=1.0)
        code = self.proc.exitcode
        if code is not None and code < 0:
            try:
                how = f"signal {signal.Signals(-code).name}"
            except ValueError:
                how = f"signal {-code}"
        else:
            how = f"exit code {code}"
        return (f"the query worker died ({how}): the query crashed the engine or ran past the memory "
                "limit (--max-memory); the worker has been replaced")

    def stop(self, *, kill: bool = False) -> None:
        """End the process: politely, or with SIGKILL (a query may be running)."""
        if not kill and self.proc.is_alive():
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.proc.join(timeout=2.0)
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(timeout=5.0)
        self.conn.close()
        with contextlib.suppress(ValueError):
            self.proc.close()


class QueryPool:
    """``size`` warm workers over the store at ``store_path``; :meth:`run` borrows one per query."""

    def __init__(self, store_path: str | Path, size: int, *, memory_mb: int = 0,
                 wait_for_slot: float = 1.0) -> None:
        ctx = multiprocessing.get_context("forkserver")
        # the parser of the federation check too: a fresh worker answers its first query at once
        ctx.set_forkserver_preload(["kg.store.worker", "pyoxigraph", "rdflib.plugins.sparql.parser"])
        self._ctx = ctx
        self._path = str(Path(store_path).resolve())
        self._memory = memory_mb * 1024 * 1024
        self._wait = wait_for_slot
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()
        self._closed = False
        self.size = size
        for _ in range(size):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        worker = _Worker(self._ctx, self._path, self._memory)
        with self._lock:
            self._all.add(worker)
        return worker

    def warm_up(self) -> None:
        """Wait until every idle worker has opened the store (raise when one cannot)."""
        workers = []
        try:
            while True:
                workers.append(self._idle.get_nowait())
        except queue.Empty:
            pass
        try:
            for w in workers:
                w._wait_ready(time.monotonic() + START_TIMEOUT)
        finally:
            for w in workers:
                self._idle.put(w if w.healthy else self._replace(w))

    def _replace(self, worker: _Worker) -> _Worker:
        worker.stop(kill=True)
        with self._lock:
            self._all.discard(worker)
        return self._spawn()

    @contextlib.contextmanager
    def run(self, job: QueryJob, timeout: float) -> Iterator[Answer]:
        """Run ``job`` in a free worker within ``timeout`` seconds; yield its :class:`Answer`.

        The worker stays borrowed until the block ends: the answer's chunks must be read
        by then, within ``timeout`` of the answer's start (a client that reads slower
        costs its worker, which is replaced). Raises :class:`Busy` when no worker frees
        up within the wait, :class:`QueryTimeout` (the worker is killed),
        :class:`WorkerDied`, :class:`ResultTooLarge`, :class:`StoreFailure` or
        :class:`QueryError`.
        """
        try:
            worker = self._idle.get(timeout=self._wait)
        except queue.Empty:
            raise Busy(f"all {self.size} query workers are busy; retry later") from None
        deadline = time.monotonic() + timeout
        try:
            media, rows, length = worker.run(job, deadline, timeout)
            worker.healthy = not length  # bytes left in the pipe until the chunks are read
            relay_deadline = time.monotonic() + timeout
            yield Answer(media, rows, length, worker.chunks(length, relay_deadline), relay_deadline)
        finally:
            if self._closed:
                worker.stop(kill=True)
            else:
                if not worker.healthy:
                    log.info("replacing query worker %s", worker.proc.pid)
                    worker = self._replace(worker)
                self._idle.put(worker)

    def close(self) -> None:
        """Stop every worker (running queries are killed)."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.stop(kill=not w.ready)
