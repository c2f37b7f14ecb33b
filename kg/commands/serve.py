"""``kg serve STORE``: a read-only SPARQL 1.1 Protocol endpoint at /sparql."""

from __future__ import annotations

import argparse
import sys

from kg.commands import EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser(
        "serve", help="serve a store as a read-only SPARQL endpoint at /sparql",
        description="Serve the store in STORE (made by `kg load`) as a SPARQL 1.1 Protocol "
        "endpoint at http://HOST:PORT/sparql: GET ?query= and POST (form or "
        "application/sparql-query); results as SPARQL JSON, XML, CSV or TSV by Accept"
        " header. Read-only: updates get 403. Listens on 127.0.0.1 unless --host says"
        " otherwise. Stop with Ctrl-C.")
    s.add_argument("store", metavar="STORE", help="store directory")
    s.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only)")
    s.add_argument("--port", type=int, default=7878, help="port (default 7878; 0: any free port)")
    s.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="answer 503 when a query runs longer (default 30)")
    s.add_argument("--max-rows", type=int, default=100_000, metavar="N",
                   help="answer 400 when a result has more rows (default 100000)")
    s.add_argument("--max-concurrent", type=int, default=4, metavar="N",
                   help="queries running at once; more get 503 (default 4)")
    s.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.errors import KGError
    from kg.store.serve import ServeOptions, make_server

    if args.timeout <= 0 or args.max_rows <= 0 or args.max_concurrent <= 0:
        raise KGError("--timeout, --max-rows and --max-concurrent must be positive")
    options = ServeOptions(host=args.host, port=args.port, timeout=args.timeout,
                           max_rows=args.max_rows, max_concurrent=args.max_concurrent)
    try:
        server = make_server(args.store, options)
    except OSError as exc:
        raise KGError(f"cannot listen on {args.host}:{args.port} ({exc.strerror or exc}); "
                      "choose another --port") from exc
    # The URL line is read by scripts and tests that start the server with --port 0.
    print(f"kg: serving {args.store} (read-only) at {server.url}", file=sys.stderr, flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        print("kg: stopped", file=sys.stderr)
    finally:
        server.server_close()
    return EXIT_OK
