"""``kg serve`` and ``kg query`` against the second red-team round (issue 30): every reproducer as a test.

The endpoint tests start the real ``kg serve`` command on 127.0.0.1 with an
ephemeral port (or the server class in-process where a test must hold its
accept loop); a local listener records any connection a query might make.
Every loop is bounded and every server, socket and process is closed at the
end of its test.
"""

from __future__ import annotations

import csv
import io
import select
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph
import pytest

from kg.cli import main
from kg.store.query import bind_params, run_oxigraph
from kg.store.serve import ServeOptions, make_server
from tests.test_serve import http
from tests.test_serve_security import listener, raw  # noqa: F401 - fixture

KG = str(Path(sys.executable).with_name("kg"))
NAMES = 20
DATA_TTL = ("@prefix schema: <https://schema.org/> .\n"
            "<urn:s> <urn:p> <urn:>, true, 1 .\n"
            + "".join(f'<urn:person{i}> schema:name "Người {i}"@vi .\n' for i in range(NAMES)))
"""Objects ``<urn:>``, ``true`` and ``1`` make the patterns before each SERVICE spelling match."""
SERVICE_SPELLINGS = {
    "comment-cr": "SELECT * WHERE {{ #x\r SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "empty-prefix-dot": "PREFIX : <urn:> SELECT * WHERE {{ ?s ?p :.SERVICE <{url}> {{ ?a ?b ?c }} }}",
    "prefix-dot": "PREFIX pfx: <urn:> SELECT * WHERE {{ ?s ?p pfx:.SERVICE <{url}> {{ ?a ?b ?c }} }}",
    "true-dot": "SELECT * WHERE {{ ?s ?p true.SERVICE <{url}> {{ ?a ?b ?c }} }}",
    "true-glued": "SELECT * WHERE {{ ?s ?p trueSERVICE <{url}> {{ ?a ?b ?c }} }}",
    "number-dot": "SELECT * WHERE {{ ?s ?p 1.SERVICE <{url}> {{ ?a ?b ?c }} }}",
    "silent-lower": "SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ service silent <{url}> {{ ?a ?b ?c }} }} }}",
}


# -- fixtures and helpers ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def data_ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("attacks") / "data.ttl"
    path.write_text(DATA_TTL, encoding="utf-8")
    return path


@pytest.fixture()
def store(data_ttl: Path, tmp_path: Path) -> Path:
    path = tmp_path / "store"
    assert main(["load", str(path), str(data_ttl)]) == 0
    return path


@contextmanager
def kg_serve(store: Path, *options: str) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """Run ``kg serve STORE --port 0 OPTIONS`` and yield (process, endpoint URL); stop it after."""
    log = store.parent / "serve.log"
    with log.open("wb") as err:
        proc = subprocess.Popen([KG, "serve", str(store), "--port", "0", *options], stderr=err)
    try:
        deadline = time.monotonic() + 60
        url = ""
        while not url and time.monotonic() < deadline and proc.poll() is None:
            for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
                if " at http://" in line:
                    url = line.rsplit(" at ", 1)[1].strip()
            time.sleep(0.05)
        assert url, log.read_text(encoding="utf-8", errors="replace")
        yield proc, url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def get(url: str, query: str, **headers: str) -> tuple[int, str, str]:
    return http(f"{url}?query={urllib.parse.quote(query)}", headers=headers)


def port_of(url: str) -> int:
    return int(urllib.parse.urlsplit(url).port or 80)


# -- 1. SSRF: SERVICE refused from the parse tree, and workers have no network ---------------------

def test_every_service_spelling_is_refused_by_kg_serve(store, listener):  # noqa: F811 - fixture
    port, hits = listener
    target = f"http://127.0.0.1:{port}/internal"
    with kg_serve(store) as (_, url):
        for name, template in SERVICE_SPELLINGS.items():
            status, _, body = get(url, template.format(url=target))
            assert status == 400, (name, status, body)
            assert "SERVICE" in body or "malformed SPARQL" in body, (name, body)
            assert "internal" not in body.replace(target, ""), (name, body)  # nothing fetched is echoed
        assert get(url, "ASK { ?s ?p ?o }")[0] == 200
        time.sleep(0.3)
    assert hits == [], "a query made the endpoint connect out"


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("name", sorted(SERVICE_SPELLINGS))
def test_kg_query_refuses_every_service_spelling(data_ttl, listener, capsys, engine, name):  # noqa: F811
    port, hits = listener
    query = SERVICE_SPELLINGS[name].format(url=f"http://127.0.0.1:{port}/x")
    code = main(["query", str(data_ttl), "--engine", engine, "-e", query])
    err = capsys.readouterr().err
    assert code == 1 and ("SERVICE" in err or "malformed SPARQL" in err), err
    time.sleep(0.1)
    assert hits == []


def test_kg_query_on_a_store_refuses_service(store, listener, capsys):  # noqa: F811 - fixture
    port, hits = listener
    query = SERVICE_SPELLINGS["prefix-dot"].format(url=f"http://127.0.0.1:{port}/x")
    assert main(["query", str(store), "-e", query]) == 1
    assert "SERVICE" in capsys.readouterr().err
    time.sleep(0.1)
    assert hits == []


def test_the_parse_check_keeps_legitimate_queries():
    from kg.store.guard import refuse_federation
    from kg.store.query import shipped_queries

    for q in shipped_queries():
        refuse_federation(q.text)
    refuse_federation('ASK { FILTER("SERVICE" != <urn:SERVICE>) } # SERVICE\r')
    refuse_federation("SELECT ?service WHERE { ?service <urn:p> 'x' }  # comment\rLIMIT 1")
    refuse_federation("SELECT * { " + " ".join(f"?s <urn:p{i}> ?o{i} ." for i in range(900)) + " }")
    refuse_federation("ASK { FILTER(" + "(" * 60 + "true" + ")" * 60 + ") }")


SANDBOXED_SERVICE = """
import sys, pyoxigraph
from kg.store.sandbox import deny_network
assert deny_network()
store = pyoxigraph.Store()
store.add(pyoxigraph.Quad(pyoxigraph.NamedNode("urn:s"), pyoxigraph.NamedNode("urn:p"), pyoxigraph.NamedNode("urn:o")))
try:
    list(store.query("SELECT * WHERE { ?s ?p ?o SERVICE <http://127.0.0.1:%d/x> { ?a ?b ?c } }"))
except OSError as exc:
    print("refused:", exc)
"""


def test_a_sandboxed_worker_cannot_connect_even_when_the_engine_runs_service(listener):  # noqa: F811
    port, hits = listener
    done = subprocess.run([sys.executable, "-c", SANDBOXED_SERVICE % port], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and "refused:" in done.stdout, done.stderr
    time.sleep(0.2)
    assert hits == [], "the sandboxed engine still connected"


# -- 6. -p values are bound as terms -------------------------------------------------------------

INJECTABLE_QUERY = """PREFIX schema: <https://schema.org/>
SELECT ?name WHERE {
  ?n schema:name ?name .
  VALUES ?org { UNDEF }
  VALUES ?who { UNDEF }
  FILTER (!BOUND(?who) || LCASE(STR(?name)) = LCASE(STR(?who)))
}
"""


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_two_parameter_injection_stays_two_strings(data_ttl, tmp_path, capsys, engine):
    query = tmp_path / "people.rq"
    query.write_text(INJECTABLE_QUERY, encoding="utf-8")
    argv = ["query", str(data_ttl), str(query), "-f", "csv", "--engine", engine]
    assert main([*argv, "-p", "who=nguoi 3"]) == 0
    assert capsys.readouterr().out.split()[1:] == ["Người", "3"]
    code = main([*argv, "-p", "org=x VALUES ?who {",
                 "-p", "who=} OPTIONAL { ?s ?p ''' } ?n <https://schema.org/name> ?name #"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert len(list(csv.reader(io.StringIO(out)))) - 1 <= 1  # 20 rows (everyone) before


@pytest.mark.parametrize("value", ['"', "'''", "\\", "\\u0022 }", '} FILTER(false) #', "x\ny\r\tz", "#", "<urn:x>"])
def test_a_parameter_value_comes_back_as_the_same_string(value):
    text = bind_params("SELECT ?who ?org WHERE { VALUES ?org { UNDEF } VALUES ?who { UNDEF } }",
                       {"org": value, "who": value + " VALUES ?org { "})
    res = run_oxigraph(pyoxigraph.Store(), text)
    assert res.rows and [t.value for t in res.rows[0]] == [value.replace("\n", " ") + " VALUES ?org { ",
                                                          value.replace("\n", " ")]


def test_placeholders_inside_strings_and_comments_are_not_placeholders():
    text = ('SELECT * { # VALUES ?who { UNDEF }\n'
            '  ?s <urn:p> "VALUES ?who { UNDEF }" . VALUES ?who { UNDEF } }')
    bound = bind_params(text, {"who": "x"})
    assert bound.count('"x"') == 1 and '# VALUES ?who { UNDEF }' in bound and '"VALUES ?who { UNDEF }"' in bound


# -- 5. slowloris: one deadline per request, and slow connections make room ------------------------

def closed_by_server(sock: socket.socket) -> bool:
    """Return whether the server has closed ``sock`` (without waiting)."""
    try:
        ready, _, _ = select.select([sock], [], [], 0)
        return bool(ready) and sock.recv(1024, socket.MSG_PEEK) == b""
    except OSError:
        return True


def test_a_dribbled_request_is_cut_at_its_deadline(store):
    with kg_serve(store, "--idle-timeout", "1") as (_, url):
        with socket.create_connection(("127.0.0.1", port_of(url)), timeout=5) as s:
            started = time.monotonic()
            s.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\n")
            cut = None
            for _ in range(24):  # one header line every 0.25 s for up to 6 s
                time.sleep(0.25)
                if closed_by_server(s):
                    cut = time.monotonic() - started
                    break
                try:
                    s.sendall(b"X-Slow: 1\r\n")
                except OSError:
                    cut = time.monotonic() - started
                    break
        assert cut is not None, "a request dribbled over 6 s was never cut (per-read timeout only)"
        assert get(url, "ASK { ?s ?p ?o }")[0] == 200


def test_64_slow_connections_do_not_starve_real_requests(store):
    stop = threading.Event()
    with kg_serve(store) as (_, url):  # defaults: 64 connections, 30 s per request
        port = port_of(url)
        slow = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(64)]

        def dribble() -> None:
            for _ in range(40):  # bounded: at most ~10 s
                for s in slow:
                    try:
                        s.sendall(b"X-Slow: 1\r\n")
                    except OSError:
                        pass
                if stop.wait(0.25):
                    return

        for s in slow:
            s.sendall(b"GET /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        thread = threading.Thread(target=dribble, daemon=True)
        thread.start()
        try:
            time.sleep(0.5)
            statuses = [get(url, "ASK { ?s ?p ?o }")[0] for _ in range(10)]
        finally:
            stop.set()
            thread.join(timeout=10)
            for s in slow:
                s.close()
    assert statuses == [200] * 10, statuses


# -- 10. HTTP framing and the target's host -----------------------------------------------------------

@pytest.mark.parametrize("method", ["GET", "OPTIONS"])
def test_a_body_on_get_or_options_is_not_a_second_request(store, method):
    with kg_serve(store, "--idle-timeout", "1") as (_, url):
        port = port_of(url)
        smuggled = f"GET /smuggled HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
        head = (f"{method} /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                f"Content-Length: {len(smuggled)}\r\n\r\n").encode()
        answer = raw(port, head + smuggled, wait=5)
    assert answer.count(b"HTTP/1.1 ") == 1 and b"404" not in answer, answer[:400]


def test_duplicate_content_length_is_refused(store):
    with kg_serve(store) as (_, url):
        port = port_of(url)
        req = (f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/sparql-query\r\n"
               "Content-Length: 6\r\nContent-Length: 40\r\nConnection: close\r\n\r\nASK {}").encode()
        answer = raw(port, req)
    assert answer.startswith(b"HTTP/1.1 400") and b"Content-Length" in answer, answer[:300]


@pytest.mark.parametrize("case, status", [
    ("duplicate-foreign-second", 400), ("no-host", 400), ("absolute-foreign", 421),
    ("absolute-self", 200), ("absolute-not-http", 400)])
def test_host_checks_cover_duplicates_absence_and_absolute_targets(store, case, status):
    with kg_serve(store) as (_, url):
        port = port_of(url)
        me = f"127.0.0.1:{port}"
        target, hosts = {
            "duplicate-foreign-second": ("/sparql", [me, "evil.example"]),
            "no-host": ("/sparql", []),
            "absolute-foreign": ("http://evil.example/sparql", [me]),
            "absolute-self": (f"http://{me}/sparql", [me]),
            "absolute-not-http": (f"ftp://{me}/sparql", [me]),
        }[case]
        head = f"GET {target}?query=ASK%7B%7D HTTP/1.1\r\n" + "".join(f"Host: {h}\r\n" for h in hosts)
        answer = raw(port, (head + "Connection: close\r\n\r\n").encode())
    assert answer.startswith(f"HTTP/1.1 {status}".encode()), answer[:300]


def test_listen_backlog_queues_a_burst_of_connections(store):
    """With the accept loop held, a burst of 40 connections completes the handshake (backlog 5: 6 did)."""
    server = make_server(store, ServeOptions(port=0, max_concurrent=1))
    socks: list[socket.socket] = []
    try:
        port = server.server_address[1]
        for _ in range(40):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.setblocking(False)
            s.connect_ex(("127.0.0.1", port))
            socks.append(s)
        pending = set(socks)
        connected = 0
        deadline = time.monotonic() + 0.6  # under the kernel's first SYN retry (1 s)
        while pending and time.monotonic() < deadline:
            _, writable, _ = select.select([], list(pending), [], 0.05)
            for s in writable:
                pending.discard(s)
                connected += s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0
        assert connected == 40, connected
    finally:
        for s in socks:
            s.close()
        server.server_close()


# -- 8. the main process never holds a whole answer ------------------------------------------------

def big_query(rows: int) -> str:
    """A SELECT whose JSON answer has ``rows`` rows of one 1 MiB string each (as benchmarks/serve_memory.py)."""
    binds = ['BIND ("0123456789abcdef" AS ?a0)']
    binds += [f"BIND (CONCAT(?a{i}, ?a{i}) AS ?a{i + 1})" for i in range(16)]
    values = " ".join(str(i) for i in range(rows))
    return f"SELECT ?s WHERE {{ VALUES ?i {{ {values} }} {' '.join(binds)} BIND (CONCAT(STR(?i), ?a16) AS ?s) }}"


def peak_rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) / 1024


def test_two_big_answers_at_once_do_not_grow_the_main_process(store):
    """Two 100 MB answers at once: the server process stays within a few MB of where it started."""
    with kg_serve(store, "--max-rows", "200", "--timeout", "120", "--max-concurrent", "2") as (proc, url):
        assert get(url, "ASK { ?s ?p ?o }")[0] == 200
        before = peak_rss_mb(proc.pid)
        sizes: list[int] = []

        def fetch() -> None:
            with urllib.request.urlopen(f"{url}?query={urllib.parse.quote(big_query(100))}", timeout=120) as resp:
                size = 0
                while chunk := resp.read(1 << 20):
                    size += len(chunk)
                sizes.append(size)

        threads = [threading.Thread(target=fetch) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=150)
        grown = peak_rss_mb(proc.pid) - before
    assert len(sizes) == 2 and min(sizes) > 100_000_000
    assert grown < 50, f"the server process grew by {grown:.0f} MB for two 100 MB answers"
