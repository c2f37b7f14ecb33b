"""A read-only SPARQL 1.1 Protocol endpoint over a pyoxigraph store (``kg serve``).

``GET /sparql?query=…``, ``POST /sparql`` with a form (``query=…``) or a
``application/sparql-query`` body; ``default-graph-uri`` / ``named-graph-uri``
and ``FROM`` / ``FROM NAMED`` select graphs of the store. Results by content
negotiation (``Accept``) or ``format=`` (see :mod:`kg.store.negotiate`).
Updates are refused with 403. ``GET /`` is a query page (:mod:`kg.store.page`).

Protection (see SECURITY.md):

* queries run in worker processes (:mod:`kg.store.worker`): one past
  ``timeout`` is killed (503) and its worker replaced, as is a worker that
  crashes or passes ``max_memory_mb``; at most ``max_concurrent`` run at once
  (more: 503 after a second's wait); rows past ``max_rows`` give 400;
* the text is checked first (:mod:`kg.store.guard`): length, nesting depth,
  no ``SERVICE`` — the endpoint never opens a connection;
* the ``Host`` header must name this server (loopback names, ``--host``,
  ``--allow-host``), else 421: a web page cannot reach the endpoint through
  DNS rebinding; no CORS header unless ``cors`` names an origin;
* request bodies over :data:`MAX_REQUEST_BYTES` get 413, a malformed or
  repeated ``Content-Length`` 400; a body sent with GET, HEAD or OPTIONS is read
  and ignored, never parsed as a second request; a request without exactly one
  ``Host``, or in absolute form naming another server, is refused;
* each request, head and body, must arrive within ``idle_timeout`` of the
  server starting to wait for it, and past ``max_connections`` open
  connections a new one evicts the connection that has waited longest for its
  request (:mod:`kg.store.connections`): slow clients cannot starve the others.

Each request is logged as one line (method, path, status, milliseconds, rows)
on the ``kg.store.serve`` logger.
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import logging
import os
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import QueryError, StoreError
from kg.store.connections import ConnectionSlots, DeadlineReader, Slot
from kg.store.guard import MAX_LENGTH, check_query
from kg.store.protocol import MAX_REQUEST_BYTES as MAX_REQUEST_BYTES  # re-exported
from kg.store.protocol import body_length, target_refusal
from kg.store.protocol import is_update as is_update  # re-exported
from kg.store.query import QueryTimeout, ResultTooLarge
from kg.store.worker import Answer, Busy, NotAcceptable, QueryJob, QueryPool, StoreFailure, WorkerDied

log = logging.getLogger(__name__)

LISTEN_BACKLOG = 128
"""Connections the kernel queues before the server accepts them (the stdlib default, 5, made
clients that open a connection per request wait a second for a SYN retry under load)."""
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
ENDPOINT_PATH = "/sparql"


@dataclass(frozen=True)
class ServeOptions:
    """How ``kg serve`` listens and what it allows."""

    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    max_rows: int = 100_000
    max_concurrent: int = 4
    max_memory_mb: int = 2048
    """Address-space limit of each query worker (0: none)."""
    cors: str | None = None
    """Value of ``Access-Control-Allow-Origin``; None: no CORS header at all."""
    allowed_hosts: tuple[str, ...] = ()
    """Extra names accepted in the ``Host`` header (the public name behind a proxy)."""
    idle_timeout: float = 30.0
    """Seconds a connection has to deliver each whole request, head and body, once the server waits for it."""
    max_query_length: int = MAX_LENGTH
    max_connections: int = 64
    """Open connections served at once (one thread each); more are answered 503 and closed."""


def lock_store(path: Path) -> int:
    """Hold the store's RocksDB ``LOCK`` file so no other process opens it for writing; return the fd.

    The same POSIX lock RocksDB takes: ``kg load`` / ``kg query`` on the store get
    "in use by another process" while the server runs, and the workers' read-only
    views stay valid.
    """
    fd = os.open(path / "LOCK", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        raise StoreError(f"{path}: the store is in use by another process (a running `kg serve`, "
                         "`kg load` or `kg query`); stop that process, then retry") from exc
    return fd


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: holds the store lock, the options and the pool of query workers."""

    daemon_threads = True
    request_queue_size = LISTEN_BACKLOG

    def __init__(self, store_path: str | Path, options: ServeOptions) -> None:
        from kg.store.embedded import open_store

        path = Path(store_path).resolve()
        store = open_store(path)  # checks it is a store, recovers a crashed writer's log
        store.flush()
        del store
        self._lock_fd = lock_store(path)
        self.slots = ConnectionSlots(options.max_connections)
        self.pool: QueryPool | None = None
        try:
            super().__init__((options.host, options.port), SparqlHandler)
            self.pool = QueryPool(path, options.max_concurrent, memory_mb=options.max_memory_mb)
            self.pool.warm_up()
        except BaseException:
            self.server_close()
            raise
        self.options = options
        port = self.server_address[1]
        names = {*LOOPBACK_NAMES, options.host, f"[{options.host}]", *options.allowed_hosts}
        self.allowed_hosts = frozenset(n.lower() for n in names) | frozenset(
            f"{n.lower()}:{port}" for n in names)

    @property
    def url(self) -> str:
        """Return the endpoint URL, e.g. ``http://127.0.0.1:7878/sparql``."""
        host, port = self.server_address[:2]
        name = str(host, "ascii") if isinstance(host, bytes) else str(host)
        name = f"[{name}]" if ":" in name else name
        return f"http://{name}:{port}{ENDPOINT_PATH}"

    def process_request(self, request: Any, client_address: Any) -> None:
        """Serve the connection on a thread (evicting the longest-waiting reader when all slots are
        taken), or answer 503 at once when every open connection is busy with a query."""
        slot = self.slots.admit(request)
        if slot is None:
            with contextlib.suppress(OSError):
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
                                b"Content-Length: 38\r\nConnection: close\r\n\r\n"
                                b"503: too many open connections; retry\n")
            self.shutdown_request(request)
            return
        thread = threading.Thread(target=self._serve_connection, args=(request, client_address, slot),
                                  daemon=True)
        thread.start()

    def _serve_connection(self, request: Any, client_address: Any, slot: Slot) -> None:
        try:
            SparqlHandler(request, client_address, self, slot)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.slots.release(slot)
            self.shutdown_request(request)

    def evaluate(self, job: QueryJob) -> contextlib.AbstractContextManager[Answer]:
        """Run a query in a worker within the limits; the context yields its answer, to be sent
        before it ends. Raises QueryError (or a subclass)."""
        assert self.pool is not None
        return self.pool.run(job, self.options.timeout)

    def server_close(self) -> None:
        super().server_close()
        if self.pool is not None:
            self.pool.close()
            self.pool = None
        if self._lock_fd >= 0:
            os.close(self._lock_fd)
            self._lock_fd = -1


class SparqlHandler(BaseHTTPRequestHandler):
    """SPARQL 1.1 Protocol, query operation only; the query page at ``/``."""

    server: SparqlServer
    server_version = "vn-gov-kg"
    protocol_version = "HTTP/1.1"

    def __init__(self, request: Any, client_address: Any, server: SparqlServer, slot: Slot | None = None
                 ) -> None:
        self.slot = slot
        self._deadline: float | None = None
        super().__init__(request, client_address, server)

    def setup(self) -> None:
        self.timeout = self.server.options.idle_timeout  # type: ignore[misc]  # per-connection socket timeout
        super().setup()
        self.rfile.close()  # read through the deadline instead
        self.rfile = io.BufferedReader(DeadlineReader(self.connection, lambda: self._deadline))

    def handle_one_request(self) -> None:
        self._started = time.monotonic()
        self._status = 0
        self._rows: int | str = "-"
        self.command = ""
        self._deadline = self._started + self.server.options.idle_timeout  # the whole request, head and body
        if self.slot is not None:
            self.slot.reading_since = self._started
        super().handle_one_request()
        if self.command and self._status:
            log.info("%s %s %d %.0fms rows=%s", self.command, urlsplit(self.path).path[:200],
                     self._status, (time.monotonic() - self._started) * 1000, self._rows)

    def _request_read(self) -> None:
        """Mark the request as read: no deadline on the answer, and this connection is not evicted now."""
        if self._deadline is not None:
            self._deadline = None
            with contextlib.suppress(OSError):
                self.connection.settimeout(self.server.options.idle_timeout)  # for writing the answer
        if self.slot is not None:
            self.slot.reading_since = None

    def send_response(self, code: int, message: str | None = None) -> None:
        self._request_read()
        self._status = int(code)
        super().send_response(code, message)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        log.debug("%s %s", self.address_string(), format % args)

    def log_error(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        log.info("%s %s", self.address_string(), format % args)

    # -- HTTP verbs ------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        if not self._host_ok() or self._read_body() is None:  # a body is read and ignored
            return
        url = urlsplit(self.path)
        if url.path in ("/", ""):
            from http.cookies import CookieError, SimpleCookie

            from kg.store.page import COOKIE, LANGUAGES, choose_language, query_page

            asked = next(iter(parse_qs(url.query).get("lang", [])), None)
            jar: SimpleCookie = SimpleCookie()
            with contextlib.suppress(CookieError):
                jar.load(self.headers.get("Cookie") or "")
            remembered = jar[COOKIE].value if COOKIE in jar else None
            lang = choose_language(asked, remembered, self.headers.get("Accept-Language"))
            page = query_page(lang)
            headers = {"Content-Security-Policy": page.csp, "X-Content-Type-Options": "nosniff",
                       "Referrer-Policy": "no-referrer", "Content-Language": lang,
                       "Vary": "Accept-Language, Cookie"}
            if asked in LANGUAGES:  # the user's choice, remembered for a year
                headers["Set-Cookie"] = f"{COOKIE}={lang}; Path=/; Max-Age=31536000; SameSite=Strict"
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", page.html, headers)
            return
        if url.path == "/favicon.ico":  # browsers ask for it; nothing to show
            self.send_response(HTTPStatus.NO_CONTENT)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if url.path != ENDPOINT_PATH:
            self._error(HTTPStatus.NOT_FOUND, f"no such path {url.path!r}; the endpoint is {ENDPOINT_PATH}")
            return
        self._answer(parse_qs(url.query))

    def do_HEAD(self) -> None:  # noqa: N802 - stdlib name
        self.do_GET()

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        if not self._host_ok():
            return
        url = urlsplit(self.path)
        body = self._read_body()
        if body is None:
            return
        if url.path != ENDPOINT_PATH:
            self._error(HTTPStatus.NOT_FOUND, f"no such path {url.path!r}; the endpoint is {ENDPOINT_PATH}")
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if ctype == "application/x-www-form-urlencoded":
            for key, values in parse_qs(body).items():
                params.setdefault(key, []).extend(values)
        elif ctype == "application/sparql-query":
            params["query"] = [body]
        elif ctype == "application/sparql-update":
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update refused")
            return
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                        f"Content-Type {ctype or '(none)'!r}; send "
                        "application/x-www-form-urlencoded (query=…) or application/sparql-query")
            return
        self._answer(params)

    def do_OPTIONS(self) -> None:  # noqa: N802 - stdlib name
        if not self._host_ok() or self._read_body() is None:  # a body is read and ignored
            return
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Allow", "GET, HEAD, POST, OPTIONS")
        if self.server.options.cors:
            self._cors()
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    # -- request checks ----------------------------------------------------------

    def _host_ok(self) -> bool:
        """Check the request names this server (:func:`target_refusal`); else answer 400/421, return False."""
        refusal = target_refusal(self.command, self.path, self.headers.get_all("Host") or [],
                                 self.server.allowed_hosts)
        if refusal is not None:
            self.close_connection = True
            self._error(*refusal)
        return refusal is None

    def _read_body(self) -> str | None:
        """Return the request body, or send 400/411/413 and return None."""
        length = body_length(self.headers.get_all("Content-Length") or [], self.headers.get("Transfer-Encoding"))
        if isinstance(length, tuple):
            self.close_connection = True
            self._error(*length)
            return None
        data = self.rfile.read(length) if length else b""
        if len(data) < length:
            self.close_connection = True
            self._error(HTTPStatus.BAD_REQUEST, f"the body ended after {len(data)} of {length} bytes")
            return None
        return data.decode("utf-8", errors="replace")

    # -- the query operation ---------------------------------------------------

    def _answer(self, params: dict[str, list[str]]) -> None:
        self._request_read()
        if "update" in params:
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update refused")
            return
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._error(HTTPStatus.BAD_REQUEST, "expected exactly one non-empty `query` parameter")
            return
        text = queries[0]
        if is_update(text):
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update refused")
            return
        opts = self.server.options
        job = QueryJob(text, opts.max_rows, tuple(params.get("default-graph-uri", ())),
                       tuple(params.get("named-graph-uri", ())), opts.max_query_length,
                       self.headers.get("Accept"), tuple(params.get("format", ())))
        try:
            check_query(text, max_length=opts.max_query_length)
            with self.server.evaluate(job) as answer:
                self._rows = answer.rows
                self._stream(answer)
            return
        except (Busy, QueryTimeout) as exc:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc))
            return
        except (WorkerDied, StoreFailure) as exc:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc))
            return
        except NotAcceptable as exc:
            self._error(HTTPStatus.NOT_ACCEPTABLE, str(exc))
            return
        except (ResultTooLarge, QueryError) as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
            return

    def _stream(self, answer: Answer) -> None:
        """Send a 200 with the answer's body as its chunks arrive from the worker (never whole in memory).

        Once the head is sent no error status can follow: a worker that dies or a client
        that reads slower than the deadline ends the connection short of Content-Length.
        """
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", answer.media)
        self.send_header("Content-Length", str(answer.length))
        self.send_header("Vary", "Accept")
        self._cors()
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        try:
            for chunk in answer.chunks:
                if self.command == "HEAD":
                    continue  # read and dropped, so the worker is free again
                self.connection.settimeout(max(min(answer.deadline - time.monotonic(),
                                                   self.server.options.idle_timeout), 0.001))
                self.wfile.write(chunk)
        except (QueryError, OSError) as exc:
            self.close_connection = True
            log.info("answer cut short after the head: %s", exc)
        finally:
            with contextlib.suppress(OSError):
                self.connection.settimeout(self.server.options.idle_timeout)

    # -- responses -------------------------------------------------------------

    def _cors(self) -> None:
        origin = self.server.options.cors
        if origin:
            self.send_header("Access-Control-Allow-Origin", origin)
            if origin != "*":
                self.send_header("Vary", "Origin")

    def _send(self, status: HTTPStatus, ctype: str, text: str | bytes, headers: dict[str, str] | None = None) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self._cors()
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            with contextlib.suppress(OSError):
                self.wfile.write(data)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", f"{status.value} {status.phrase}: {message}\n")


def make_server(store_path: str | Path, options: ServeOptions = ServeOptions()) -> SparqlServer:
    """Lock the store, start the query workers and return a bound, not yet running, server."""
    return SparqlServer(store_path, options)
