"""A read-only SPARQL 1.1 Protocol endpoint over a pyoxigraph store (``kg serve``).

``GET /sparql?query=…``, ``POST /sparql`` with a form (``query=…``) or a
``application/sparql-query`` body. Results in SPARQL JSON, XML, CSV or TSV by
content negotiation (``Accept``) or a ``format=`` parameter; CONSTRUCT and
DESCRIBE answer N-Triples. Updates are refused with 403.

Protection: each query runs in a worker thread and the handler waits at most
``timeout`` seconds (then 503 with a message); rows past ``max_rows`` give 400
asking for a LIMIT; at most ``max_concurrent`` queries run at once (more: 503,
try again). The engine cannot be interrupted inside one long step (a big sort
or aggregate), so a timed-out query may go on in the background and hold its
slot until it ends; streaming queries stop at the deadline.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import traceback
from concurrent.futures import Future
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import QueryError
from kg.store.query import QueryTimeout, ResultTooLarge, run_oxigraph
from kg.store.results import WRITERS, Results, to_ntriples

if TYPE_CHECKING:
    import pyoxigraph

log = logging.getLogger(__name__)

RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "text/javascript": "json", "application/javascript": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
"""Accepted media type → results format for SELECT / ASK."""
GRAPH_TYPES = ("application/n-triples", "text/turtle", "application/x-turtle", "text/plain")
"""Accepted media types for CONSTRUCT / DESCRIBE; all get N-Triples (valid Turtle too)."""

# SPARQL Update operations; a request whose first keyword after the prologue is
# one of these is refused as an update rather than reported as a syntax error.
_UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY",
                    "WITH")
_PROLOGUE = re.compile(r"\s*(?:#[^\n]*\n|PREFIX\s+[^:\s]*:\s*<[^>]*>|BASE\s*<[^>]*>)",
                       re.IGNORECASE)
MAX_REQUEST_BYTES = 1_000_000
"""Largest accepted request body (a query, not data)."""


@dataclass(frozen=True)
class ServeOptions:
    """How ``kg serve`` listens and what it allows."""

    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    max_rows: int = 100_000
    max_concurrent: int = 4


def is_update(text: str) -> bool:
    """Return whether ``text`` is a SPARQL Update request (judged by its first keyword)."""
    pos = 0
    while m := _PROLOGUE.match(text, pos):
        pos = m.end()
    word = re.match(r"\s*([A-Za-z]+)", text[pos:])
    return word is not None and word[1].upper() in _UPDATE_KEYWORDS


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: holds the store, the options and the query slots."""

    daemon_threads = True

    def __init__(self, store: pyoxigraph.Store, options: ServeOptions) -> None:
        super().__init__((options.host, options.port), SparqlHandler)
        self.store = store
        self.options = options
        self.slots = threading.BoundedSemaphore(options.max_concurrent)

    @property
    def url(self) -> str:
        """Return the endpoint URL, e.g. ``http://127.0.0.1:7878/sparql``."""
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/sparql"

    def evaluate(self, text: str) -> Results:
        """Run a query within the limits; raise QueryError (or a subclass) or _Busy."""
        if not self.slots.acquire(timeout=1.0):
            raise _Busy(f"all {self.options.max_concurrent} query slots are busy; retry later")
        future: Future[Results] = Future()
        deadline = time.monotonic() + self.options.timeout

        def work() -> None:
            try:
                future.set_result(run_oxigraph(self.store, text, max_rows=self.options.max_rows,
                                               deadline=deadline))
            except BaseException as exc:  # handed to the waiting request thread
                # pyoxigraph result iterators must be dropped on the thread that made
                # them; the traceback's frames would carry them to the request thread.
                traceback.clear_frames(exc.__traceback__)
                future.set_exception(exc)
            finally:
                self.slots.release()

        threading.Thread(target=work, name="kg-serve-query", daemon=True).start()
        try:
            return future.result(timeout=self.options.timeout)
        except TimeoutError as exc:
            raise QueryTimeout(self.options.timeout) from exc


class _Busy(Exception):
    """No query slot is free."""


class SparqlHandler(BaseHTTPRequestHandler):
    """SPARQL 1.1 Protocol, query operation only."""

    server: SparqlServer
    server_version = "vn-gov-kg"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        log.info("%s %s", self.address_string(), format % args)

    # -- HTTP verbs ------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        url = urlsplit(self.path)
        if url.path in ("/", ""):
            self._send(HTTPStatus.OK, "text/plain; charset=utf-8",
                       f"vn-gov-kg SPARQL endpoint (read-only): {self.server.url}?query=…\n")
            return
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, f"no such path {url.path!r}; the endpoint is /sparql")
            return
        self._answer(parse_qs(url.query))

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, f"no such path {url.path!r}; the endpoint is /sparql")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_REQUEST_BYTES:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                        f"request body of {length} bytes; at most {MAX_REQUEST_BYTES} accepted")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if ctype == "application/x-www-form-urlencoded":
            params.update(parse_qs(body))
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
        self.send_response(HTTPStatus.NO_CONTENT)
        self._cors()
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.end_headers()

    # -- the query operation ---------------------------------------------------

    def _answer(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update refused")
            return
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._error(HTTPStatus.BAD_REQUEST, "expected exactly one non-empty `query` parameter")
            return
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            self._error(HTTPStatus.BAD_REQUEST, "default-graph-uri / named-graph-uri are not "
                        "supported; the default graph is the union of all graphs, use GRAPH")
            return
        text = queries[0]
        if is_update(text):
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update refused")
            return
        try:
            res = self.server.evaluate(text)
        except ResultTooLarge as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
            return
        except QueryTimeout as exc:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc))
            return
        except QueryError as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
            return
        except _Busy as exc:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc))
            return
        except OSError as exc:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"store error: {exc}")
            return
        chosen = self._negotiate(res, (params.get("format") or [""])[0])
        if chosen is None:
            return
        media, body = chosen
        self._send(HTTPStatus.OK, media, body)

    def _negotiate(self, res: Results, fmt: str) -> tuple[str, str] | None:
        """Return (Content-Type, body) for the client's preference, or send 406 and None."""
        if res.graph:
            for media in self._accepted():
                if media in GRAPH_TYPES or media in ("*/*", "text/*", "application/*"):
                    media = "application/n-triples" if "*" in media else media
                    return f"{media}; charset=utf-8", to_ntriples(res)
            self._error(HTTPStatus.NOT_ACCEPTABLE, "CONSTRUCT/DESCRIBE results are served as "
                        f"{', '.join(GRAPH_TYPES)}")
            return None
        name = fmt.lower() if fmt.lower() in WRITERS else None
        if name is None:
            for media in self._accepted():
                if media in RESULT_TYPES:
                    name = RESULT_TYPES[media]
                    break
                if media in ("*/*", "application/*"):
                    name = "json"
                    break
                if media == "text/*":
                    name = "csv"
                    break
        if name is None:
            self._error(HTTPStatus.NOT_ACCEPTABLE, "results are served as "
                        f"{', '.join(sorted(RESULT_TYPES))} (or ?format=json|xml|csv|tsv)")
            return None
        media, writer = WRITERS[name]
        return f"{media}; charset=utf-8", writer(res)

    def _accepted(self) -> list[str]:
        """Return the Accept header's media types, best first (no header: ``*/*``)."""
        ranked = []
        for i, part in enumerate((self.headers.get("Accept") or "*/*").split(",")):
            fields = [f.strip() for f in part.split(";")]
            q = 1.0
            for f in fields[1:]:
                if f.startswith("q="):
                    try:
                        q = float(f[2:])
                    except ValueError:
                        q = 0.0
            if fields[0] and q > 0:
                ranked.append((-q, i, fields[0].lower()))
        return [m for _, _, m in sorted(ranked)]

    # -- responses -------------------------------------------------------------

    def _cors(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")

    def _send(self, status: HTTPStatus, ctype: str, text: str) -> None:
        data = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self._cors()
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8",
                   f"{status.value} {status.phrase}: {message}\n")


def make_server(store_path: str | Path, options: ServeOptions = ServeOptions()) -> SparqlServer:
    """Open the store (exclusively) and return a bound, not yet running, server."""
    from kg.store.embedded import open_store

    return SparqlServer(open_store(store_path), options)
