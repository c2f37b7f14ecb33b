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
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph
import pytest

from kg.cli import main
from kg.store.query import bind_params, run_oxigraph
from tests.test_serve import http
from tests.test_serve_security import listener  # noqa: F401 - fixture

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
