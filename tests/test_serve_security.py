"""``kg serve`` and ``kg query`` under attack and faults (issue 20): every reproducer as a test.

Servers run on 127.0.0.1 with ephemeral ports; a local listener socket records
any connection a query might make (SSRF); loops are bounded and every server,
socket and process is closed at the end of its test.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.cli import main
from kg.store.serve import ServeOptions, make_server
from tests.query_sample import write_sample
from tests.test_serve import http

KG = str(Path(sys.executable).with_name("kg"))
BANGS = "ASK { FILTER(" + "!" * 10_000 + "true) }"
BRACES = "ASK " + "{" * 10_000 + "}" * 10_000
PARENS = "ASK { FILTER(" + "(" * 10_000 + "true" + ")" * 10_000 + ") }"
SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h . ?i ?t ?j }"
HUNGRY_QUERY = ("SELECT ?a ?b ?c ?d ?e WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h } "
                "ORDER BY ?f ?e ?d ?c ?b ?a")
CONTROL_TTL = ('<urn:x:s> <urn:x:p> "bell\\u0007 esc\\u001b[31m red\\u001b[0m nul-free \\u0001 ok\\r"@vi .\n'
               '<urn:x:s> <urn:x:q> "\\u202egnp.exe" .\n')
NAMED_TRIG = ("<urn:g1> { <urn:a> <urn:p> 1 . }\n<urn:g2> { <urn:b> <urn:p> 2 . }\n"
              "<urn:c> <urn:p> 3 .\n")


# -- fixtures ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_sample(tmp_path_factory.mktemp("security-sample"))


@pytest.fixture()
def store(sample: Path, tmp_path: Path) -> Path:
    """The sample graph, a control-character graph and named graphs in one store."""
    extra = tmp_path / "extra.ttl"
    extra.write_text(CONTROL_TTL, encoding="utf-8")
    named = tmp_path / "named.trig"
    named.write_text(NAMED_TRIG, encoding="utf-8")
    path = tmp_path / "store"
    assert main(["load", str(path), str(sample), str(extra), str(named)]) == 0
    return path


class Running:
    """A server on a thread; ``url`` is its endpoint, ``base`` its root."""

    def __init__(self, store: Path, **options: object) -> None:
        self.server = make_server(store, ServeOptions(port=0, **options))  # type: ignore[arg-type]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()
        self.url = self.server.url
        self.base = self.url.removesuffix("/sparql")
        self.port = self.server.server_address[1]

    def worker_pids(self) -> set[int]:
        assert self.server.pool is not None
        return {w.proc.pid for w in self.server.pool._all if w.proc.pid}

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


@pytest.fixture()
def serve(store: Path) -> Iterator[object]:
    running: list[Running] = []

    def start(**options: object) -> Running:
        r = Running(store, **options)
        running.append(r)
        return r

    yield start
    for r in running:
        r.close()


@pytest.fixture()
def listener() -> Iterator[tuple[int, list[object]]]:
    """A local TCP listener that records every connection made to it."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.settimeout(0.05)
    hits: list[object] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, addr = sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            hits.append(addr)
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield sock.getsockname()[1], hits
    stop.set()
    thread.join(timeout=5)
    sock.close()


def get(url: str, query: str, **headers: str) -> tuple[int, str, str]:
    return http(f"{url}?query={urllib.parse.quote(query)}", headers=headers)


def raw(port: int, data: bytes, *, wait: float = 5.0) -> bytes:
    """Send raw bytes to the server and return everything it answers before closing (or ``wait``)."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as s:
        s.sendall(data)
        chunks = []
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                chunk = s.recv(65536)
            except TimeoutError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie child of the forkserver still "exists"; read its state
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


# -- SSRF: SERVICE is refused, nothing is ever contacted ------------------------------------

def test_service_is_refused_and_nothing_is_contacted(serve, listener):
    port, hits = listener
    srv = serve()
    status, _, body = get(srv.url, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}")
    assert status == 400 and "SERVICE" in body and "never contacts" in body
    status, _, body = get(srv.url, "SELECT * WHERE { SERVICE ?where { ?s ?p ?o } }")
    assert status == 400 and "SERVICE" in body
    status, _, body = get(srv.url, f"SELECT * WHERE {{ \\u0053ERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}")
    assert status == 400 and "codepoint escapes" in body
    # the word inside a string, an IRI or a comment is no keyword
    assert get(srv.url, 'ASK { FILTER("SERVICE" != <urn:SERVICE>) } # SERVICE')[0] == 200
    time.sleep(0.3)
    assert hits == []


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_kg_query_never_connects_for_service_or_from(sample, listener, capsys, engine):
    port, hits = listener
    code = main(["query", str(sample), "--engine", engine, "-e",
                 f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}"])
    assert code == 1 and "SERVICE" in capsys.readouterr().err
    code = main(["query", str(sample), "--engine", engine, "-f", "csv", "-e",
                 f"SELECT ?s FROM <http://127.0.0.1:{port}/graph.ttl> WHERE {{ ?s ?p ?o }}"])
    out = capsys.readouterr().out
    assert code == 0 and out.split() == ["s"]  # a graph the source lacks is empty, never fetched
    time.sleep(0.3)
    assert hits == []


# -- crash queries: refused before the engine sees them --------------------------------------

@pytest.mark.parametrize("query", [BANGS, BRACES, PARENS], ids=["bangs", "braces", "parens"])
def test_deep_queries_get_a_clean_400_and_the_server_lives(serve, query):
    srv = serve(max_concurrent=1)
    status, _, body = http(srv.url, data=query.encode(), headers={"Content-Type": "application/sparql-query"})
    assert status == 400 and "nests deeper than 64 levels" in body
    assert get(srv.url, "ASK { ?s ?p ?o }")[0] == 200


@pytest.mark.parametrize("query", [BANGS, BRACES, PARENS], ids=["bangs", "braces", "parens"])
def test_kg_query_refuses_deep_queries_without_crashing(sample, query):
    done = subprocess.run([KG, "query", str(sample), "-e", query], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.returncode  # 139 (SIGSEGV) before
    assert "nests deeper than" in done.stderr and "Traceback" not in done.stderr


def test_guard_limits():
    from kg.store.guard import QueryRejected, check_query

    with pytest.raises(QueryRejected, match="characters long"):
        check_query("ASK {}" + " " * 200, max_length=100)
    with pytest.raises(QueryRejected, match="more than 1000 operators"):
        check_query("ASK { FILTER(1" + "+1" * 3000 + ") }")
    with pytest.raises(QueryRejected, match="more than 1000"):
        check_query("SELECT * { " + "".join(f"BIND(1 AS ?v{i}) " for i in range(3000)) + "}")
    # brackets and operators inside strings, IRIs and comments do not count
    shape = check_query('SELECT * { ?s <urn:a((((> "((((!!!!" . # ((((((\n FILTER(?s < ?o && !BOUND(?x)) }')
    assert shape.depth <= 3 and not shape.has_dataset
    assert check_query("SELECT * FROM <urn:g> { ?s ?p ?o }").has_dataset
    assert not check_query("SELECT ?from { ?from <urn:FROM> 'FROM' }").has_dataset


# -- runaway queries: killed, and the next request is served ----------------------------------

def test_timed_out_query_is_killed_and_the_next_request_is_served(serve):
    srv = serve(timeout=0.5, max_concurrent=1)
    before = srv.worker_pids()
    status, _, body = get(srv.url, SLOW_QUERY)
    assert status == 503 and "time limit of 0.5 s" in body
    # one slot only: the old code kept the query running and answered 503 to everyone
    status, _, body = get(srv.url, "ASK { ?s ?p ?o }")
    assert status == 200 and json.loads(body)["boolean"] is True
    assert not any(alive(pid) for pid in before), "the timed-out worker still runs"


def test_memory_limit_stops_a_hungry_query(serve):
    srv = serve(timeout=60, max_concurrent=1, max_memory_mb=1024)
    status, _, body = get(srv.url, HUNGRY_QUERY)
    assert status == 500 and ("memory limit" in body), body
    status, _, _ = get(srv.url, "ASK { ?s ?p ?o }")
    assert status == 200


def test_a_crashed_worker_is_replaced(serve):
    srv = serve(timeout=30, max_concurrent=1)
    (pid,) = srv.worker_pids()
    result: list[tuple[int, str, str]] = []
    thread = threading.Thread(target=lambda: result.append(get(srv.url, SLOW_QUERY)))
    thread.start()
    time.sleep(0.5)
    os.kill(pid, signal.SIGSEGV)  # what the engine does on a query it cannot handle
    thread.join(timeout=30)
    status, _, body = result[0]
    assert status == 500 and "SIGSEGV" in body and "replaced" in body
    assert get(srv.url, "ASK { ?s ?p ?o }")[0] == 200
    assert pid not in srv.worker_pids()


# -- browsers: no CORS, Host checked ---------------------------------------------------------

def test_no_cors_by_default_and_cors_option(serve):
    srv = serve()
    req = f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1:{srv.port}\r\nOrigin: https://evil.example\r\n" \
          "Connection: close\r\n\r\n"
    answer = raw(srv.port, req.encode()).decode()
    assert answer.startswith("HTTP/1.1 200") and "access-control-allow-origin" not in answer.lower()
    srv2 = serve(cors="https://app.example")
    answer = raw(srv2.port, req.replace(str(srv.port), str(srv2.port)).encode()).decode()
    assert "Access-Control-Allow-Origin: https://app.example" in answer


@pytest.mark.parametrize("host, ok", [("evil.example", False), ("evil.example:{port}", False),
                                      ("127.0.0.1:{port}", True), ("localhost:{port}", True),
                                      ("[::1]:{port}", True), ("localhost:1", False),
                                      ("sparql.example.org", True)])
def test_host_header_is_checked(serve, host, ok):
    srv = serve(allowed_hosts=("sparql.example.org",))
    req = (f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: {host.format(port=srv.port)}\r\n"
           "Connection: close\r\n\r\n")
    answer = raw(srv.port, req.encode()).decode()
    assert answer.startswith("HTTP/1.1 200" if ok else "HTTP/1.1 421"), answer[:200]


# -- request bodies and idle connections -------------------------------------------------------

@pytest.mark.parametrize("length, status", [("-1", 400), ("abc", 400), ("2000000", 413), ("1e3", 400)])
def test_bad_content_length(serve, caplog, length, status):
    srv = serve()
    req = (f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{srv.port}\r\n"
           f"Content-Type: application/sparql-query\r\nContent-Length: {length}\r\n\r\nASK {{}}")
    answer = raw(srv.port, req.encode()).decode()
    assert answer.startswith(f"HTTP/1.1 {status}"), answer[:200]
    assert "Traceback" not in caplog.text
    assert get(srv.url, "ASK { ?s ?p ?o }")[0] == 200


def test_idle_connection_is_closed(serve):
    srv = serve(idle_timeout=0.5)
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", srv.port), timeout=10) as s:
        s.sendall(b"GET /sparql HTTP/1.1\r\n")  # and never the rest
        assert s.recv(1024) == b""  # closed by the server, not by our 10 s timeout
    assert time.monotonic() - started < 9


def test_idle_connections_make_room_and_busy_ones_get_503(serve):
    srv = serve(max_connections=2, idle_timeout=5, timeout=3)
    idle = [socket.create_connection(("127.0.0.1", srv.port), timeout=10) for _ in range(2)]
    try:
        time.sleep(0.2)
        # both slots wait for a request: the newcomer evicts the one that waited longest
        answer = raw(srv.port, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     b"Connection: close\r\n\r\n")
        assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
        assert idle[0].recv(1024) == b""  # evicted (closed by the server)
    finally:
        for s in idle:
            s.close()
    # every slot running a query: no one to evict, 503
    busy = [threading.Thread(target=get, args=(srv.url, SLOW_QUERY)) for _ in range(2)]
    for t in busy:
        t.start()
    time.sleep(0.5)
    answer = raw(srv.port, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    for t in busy:
        t.join(timeout=30)
    assert answer.startswith(b"HTTP/1.1 503") and b"too many open connections" in answer
    assert get(srv.url, "ASK {}")[0] == 200


# -- FROM / FROM NAMED -----------------------------------------------------------------------

def test_from_and_from_named_select_graphs(serve, listener):
    port, hits = listener
    srv = serve()

    def rows(query: str) -> list[str]:
        status, _, body = get(srv.url, query, Accept="text/csv")
        assert status == 200, body
        return body.split()[1:]

    assert rows("SELECT ?s FROM <urn:g1> WHERE { ?s <urn:p> ?o }") == ["urn:a"]
    assert rows("SELECT ?s WHERE { ?s <urn:p> ?o } ORDER BY ?s") == ["urn:a", "urn:b", "urn:c"]
    assert rows("SELECT ?g ?s FROM NAMED <urn:g2> WHERE { GRAPH ?g { ?s <urn:p> ?o } }") == ["urn:g2,urn:b"]
    assert rows(f"SELECT ?s FROM <http://127.0.0.1:{port}/x> WHERE {{ ?s ?p ?o }}") == []
    status, _, body = http(f"{srv.url}?query={urllib.parse.quote('SELECT ?s { ?s <urn:p> ?o }')}"
                           "&default-graph-uri=urn:g2", headers={"Accept": "text/csv"})
    assert status == 200 and body.split()[1:] == ["urn:b"]
    time.sleep(0.3)
    assert hits == []


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_kg_query_honours_from_and_from_named(tmp_path, capsys, engine):
    trig = tmp_path / "g.trig"
    trig.write_text(NAMED_TRIG, encoding="utf-8")
    for query, rows in [("SELECT ?s FROM <urn:g1> WHERE { ?s ?p ?o }", ["s", "urn:a"]),
                        ("SELECT ?g ?s FROM NAMED <urn:g2> WHERE { GRAPH ?g { ?s ?p ?o } }", ["g,s", "urn:g2,urn:b"]),
                        ("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", ["s", "urn:a", "urn:b", "urn:c"])]:
        assert main(["query", str(trig), "--engine", engine, "-f", "csv", "-e", query]) == 0
        assert capsys.readouterr().out.split() == rows, query


# -- output: XML stays XML, the terminal stays a terminal -------------------------------------

def test_xml_results_with_control_characters_are_well_formed(serve, store, capsys):
    query = "SELECT ?o WHERE { <urn:x:s> ?p ?o } ORDER BY ?o"
    srv = serve()
    status, _, body = get(srv.url, query, Accept="application/sparql-results+xml")
    assert status == 200
    ns = "{http://www.w3.org/2005/sparql-results#}"
    texts = [e.text for e in ET.fromstring(body).iter(f"{ns}literal")]
    assert any("bell\ufffd" in t and "\r" in t for t in texts)  # invalid chars → U+FFFD, CR kept
    srv.close()
    assert main(["query", str(store), "-f", "xml", "-e", query]) == 0
    out = capsys.readouterr().out
    assert [e.text for e in ET.fromstring(out).iter(f"{ns}literal")] == texts


def test_table_neutralises_terminal_escapes(store, capsys):
    assert main(["query", str(store), "-e", "SELECT ?o WHERE { <urn:x:s> ?p ?o } ORDER BY ?o"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b[31m" in out and "\\u202e" in out


# -- the real `kg serve` process ------------------------------------------------------------------

def descendants(pid: int) -> set[int]:
    """Return the pids of every process below ``pid`` (from /proc)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def test_kg_serve_process_survives_a_crash_query_and_stops_its_workers(store):
    proc = subprocess.Popen([KG, "serve", str(store), "--port", "0", "--max-concurrent", "2", "--timeout", "1"],
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        url = line.rsplit(" at ", 1)[1].strip()
        status, _, _ = http(url, data=BANGS.encode(), headers={"Content-Type": "application/sparql-query"})
        assert status == 400
        assert get(url, SLOW_QUERY)[0] == 503
        assert get(url, "ASK { ?s ?p ?o }")[0] == 200
        workers = descendants(proc.pid)
        assert len(workers) >= 2  # the forkserver and its workers
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(p) for p in workers):
        time.sleep(0.1)
    assert not any(alive(p) for p in workers), "worker processes outlived kg serve"
    log = proc.stderr.read()
    assert "POST /sparql 400" in log and "GET /sparql 503" in log and "GET /sparql 200" in log
    assert "Traceback" not in log
