"""``kg serve STORE``: a read-only SPARQL 1.1 Protocol endpoint at /sparql and a query page at /."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from types import FrameType

from kg.commands import EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser(
        "serve", help="serve a store as a read-only SPARQL endpoint at /sparql",
        description="Serve the store in STORE (made by `kg load`) as a SPARQL 1.1 Protocol "
        "endpoint at http://HOST:PORT/sparql (GET ?query= and POST, form or "
        "application/sparql-query), with a query page at http://HOST:PORT/. SELECT/ASK "
        "results as SPARQL JSON, XML, CSV or TSV, CONSTRUCT/DESCRIBE as Turtle, N-Triples, "
        "RDF/XML or JSON-LD, by Accept header. Read-only: updates get 403. Queries run in "
        "worker processes that are killed past --timeout or --max-memory. No federated "
        "queries (SERVICE), no CORS header unless --cors, requests must name this server "
        "in their Host header. Listens on 127.0.0.1 unless --host says otherwise; see "
        "SECURITY.md before exposing it. Logs one line per request. Stop with Ctrl-C.")
    s.add_argument("store", metavar="STORE", help="store directory")
    s.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only)")
    s.add_argument("--port", type=int, default=7878, help="port (default 7878; 0: any free port)")
    s.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="stop a query that runs longer and answer 503 (default 30)")
    s.add_argument("--max-rows", type=int, default=100_000, metavar="N",
                   help="answer 400 when a result has more rows (default 100000)")
    s.add_argument("--max-concurrent", type=int, default=4, metavar="N",
                   help="query worker processes, i.e. queries running at once; more get 503 (default 4)")
    s.add_argument("--max-memory", type=int, default=2048, metavar="MB",
                   help="address-space limit of each query worker; a query past it gets 500 and the "
                   "worker is replaced (default 2048; 0: no limit)")
    s.add_argument("--cors", metavar="ORIGIN",
                   help="send Access-Control-Allow-Origin: ORIGIN so pages from ORIGIN may query "
                   "(default: no CORS header; `*` allows every web page)")
    s.add_argument("--allow-host", action="append", default=[], metavar="NAME[:PORT]",
                   help="also accept this Host header (the public name behind a reverse proxy); "
                   "repeatable. Loopback names and --host are always accepted")
    s.add_argument("--idle-timeout", type=float, default=30.0, metavar="SECONDS",
                   help="close a connection that has not delivered a whole request, head and body, "
                   "this long after the server began waiting for it (default 30)")
    s.add_argument("--max-connections", type=int, default=64, metavar="N",
                   help="open connections served at once; past it a new connection evicts the one "
                   "waiting longest for its request, or gets 503 when all run queries (default 64)")
    s.set_defaults(func=run)


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    from kg.errors import KGError
    from kg.store.serve import ServeOptions, make_server

    if min(args.timeout, args.max_rows, args.max_concurrent, args.idle_timeout, args.max_connections) <= 0 \
            or args.max_memory < 0:
        raise KGError("--timeout, --max-rows, --max-concurrent, --idle-timeout and --max-connections must be "
                      "positive, --max-memory positive or 0")
    if 0 < args.max_memory < 256:
        raise KGError(f"--max-memory {args.max_memory}: too small for a worker to open the store "
                      "(at least 256 MB, or 0 for no limit)")
    options = ServeOptions(host=args.host, port=args.port, timeout=args.timeout,
                           max_rows=args.max_rows, max_concurrent=args.max_concurrent,
                           max_memory_mb=args.max_memory, cors=args.cors,
                           allowed_hosts=tuple(h.strip().lower() for h in args.allow_host),
                           idle_timeout=args.idle_timeout, max_connections=args.max_connections)
    # the request log is the server's output, one line a request, with or without -v: its own
    # handler (the root handler shows only warnings unless -v)
    request_log = logging.getLogger("kg.store.serve")
    request_log.setLevel(logging.INFO)
    if not any(getattr(h, "kg_request_log", False) for h in request_log.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("kg: %(message)s"))
        handler.kg_request_log = True  # type: ignore[attr-defined]
        request_log.addHandler(handler)
        request_log.propagate = False
    try:
        server = make_server(args.store, options)
    except OSError as exc:
        raise KGError(f"cannot listen on {args.host}:{args.port} ({exc.strerror or exc}); "
                      "choose another --port") from exc
    signal.signal(signal.SIGTERM, _stop)  # stop the workers too, not only this process
    # The URL line is read by scripts and tests that start the server with --port 0.
    print(f"kg: serving {args.store} (read-only) at {server.url}", file=sys.stderr, flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        print("kg: stopped", file=sys.stderr)
    finally:
        server.server_close()
    return EXIT_OK
