"""``kg serve``: the SPARQL 1.1 Protocol endpoint, with SPARQLWrapper and urllib."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.cli import main
from kg.store.query import load_oxigraph, run_oxigraph, shipped_query
from kg.store.serve import ServeOptions, is_update, make_server
from tests.query_sample import write_sample

HTTP_TIMEOUT = 20
# A few seconds of work in pyoxigraph on the sample graph (62^4 solutions to
# count): far past a 0.2 s limit, short enough that the abandoned worker ends soon.
SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_sample(tmp_path_factory.mktemp("serve-sample"))


@pytest.fixture(scope="module")
def store_dir(sample: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    assert main(["load", str(path), str(sample)]) == 0
    return path


def start(store_dir: Path, **options: object) -> Iterator[str]:
    server = make_server(store_dir, ServeOptions(port=0, **options))  # type: ignore[arg-type]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              daemon=True)
    thread.start()
    try:
        yield server.url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        del server


@pytest.fixture()
def own_store(sample: Path, tmp_path: Path) -> Path:
    """A store of its own, for servers started with other options than ``endpoint``."""
    path = tmp_path / "store"
    assert main(["load", str(path), str(sample)]) == 0
    return path


@pytest.fixture(scope="module")
def endpoint(store_dir: Path) -> Iterator[str]:
    yield from start(store_dir, max_rows=1000)


def wrapper(url: str, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    sw = SPARQLWrapper(url)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    sw.setMethod(method)
    sw.setTimeout(HTTP_TIMEOUT)
    return sw


def http(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None
         ) -> tuple[int, str, str]:
    """Return (status, content type, body) without raising on 4xx/5xx."""
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=HTTP_TIMEOUT) as resp:
            return resp.status, resp.headers["Content-Type"], resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read().decode("utf-8")


def expected(sample: Path, name: str) -> set[tuple[str, ...]]:
    return run_oxigraph(load_oxigraph(sample), shipped_query(name).text).as_strings()


# -- SPARQLWrapper -----------------------------------------------------------------

@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("name", ["tasks", "meetings", "positions", "articles"])
def test_sparqlwrapper_json(endpoint, sample, name, method):
    data = wrapper(endpoint, shipped_query(name).text, JSON, method).query().convert()
    variables = data["head"]["vars"]
    rows = {tuple(b.get(v, {}).get("value", "") for v in variables)
            for b in data["results"]["bindings"]}
    assert rows == expected(sample, name)


def test_sparqlwrapper_xml_csv_tsv(endpoint, sample):
    text = shipped_query("tasks").text
    doc = wrapper(endpoint, text, XML).query().convert()
    assert len(doc.getElementsByTagName("result")) == 3
    raw = wrapper(endpoint, text, CSV).query().convert()
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert rows[0] == ["task", "meeting", "assigner", "assignee", "description"]
    assert {tuple(r) for r in rows[1:]} == expected(sample, "tasks")
    raw = wrapper(endpoint, text, TSV).query().convert()
    header = raw.decode("utf-8").splitlines()[0]
    assert header == "?task\t?meeting\t?assigner\t?assignee\t?description"


def test_sparqlwrapper_ask(endpoint):
    assert wrapper(endpoint, "ASK { ?m a <https://w3id.org/vn-gov-kg/ontology#Meeting> }",
                   JSON).query().convert()["boolean"] is True


def test_sparqlwrapper_malformed_query(endpoint):
    with pytest.raises(QueryBadFormed) as info:
        wrapper(endpoint, "SELECT * WHERE { ?s ?p }", JSON).query()
    assert "line 1, column" in str(info.value)


def test_sparqlwrapper_update_refused(endpoint, sample):
    sw = SPARQLWrapper(endpoint)
    sw.setTimeout(HTTP_TIMEOUT)
    sw.setMethod("POST")
    sw.setQuery("INSERT DATA { <urn:x> <urn:y> <urn:z> }")  # SPARQLWrapper sends update=…
    with pytest.raises(urllib.error.HTTPError) as info:  # SPARQLWrapper passes 403 through
        sw.query()
    assert info.value.code == 403
    assert "read-only" in info.value.read().decode("utf-8")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    n = wrapper(endpoint, count, JSON).query().convert()["results"]["bindings"][0]["n"]["value"]
    assert int(n) == len(load_oxigraph(sample))


# -- the protocol by hand ------------------------------------------------------------

def test_content_negotiation(endpoint):
    q = urllib.parse.quote("SELECT ?n WHERE { <https://w3id.org/vn-gov-kg/id/person/y> "
                           "<https://schema.org/name> ?n }")
    status, ctype, body = http(f"{endpoint}?query={q}")
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "Trần Thị Yến"
    for accept, media in [("text/csv", "text/csv"),
                          ("text/tab-separated-values", "text/tab-separated-values"),
                          ("application/sparql-results+xml", "application/sparql-results+xml"),
                          ("text/html;q=0.9, text/csv;q=0.5", "text/csv"),
                          ("application/xml;q=0.2, application/json",
                           "application/sparql-results+json")]:
        status, ctype, body = http(f"{endpoint}?query={q}", headers={"Accept": accept})
        assert status == 200 and ctype.startswith(media), accept
        assert "Trần Thị Yến" in body
    status, ctype, _ = http(f"{endpoint}?query={q}&format=tsv", headers={"Accept": "text/csv"})
    assert ctype.startswith("text/tab-separated-values")
    status, _, body = http(f"{endpoint}?query={q}", headers={"Accept": "image/png"})
    assert status == 406 and "text/csv" in body


def test_post_form_and_direct(endpoint):
    text = ("SELECT ?d WHERE { <https://w3id.org/vn-gov-kg/id/meeting/m1> "
            "<https://schema.org/startDate> ?d }")
    form = urllib.parse.urlencode({"query": text}).encode()
    for data, ctype in [(form, "application/x-www-form-urlencoded"),
                        (text.encode(), "application/sparql-query")]:
        status, _, body = http(endpoint, data=data,
                               headers={"Content-Type": ctype, "Accept": "text/csv"})
        assert status == 200 and body.split() == ["d", "2022-03-25"]
    status, _, body = http(endpoint, data=text.encode(), headers={"Content-Type": "text/plain"})
    assert status == 415


def test_construct_answers_ntriples(endpoint):
    q = urllib.parse.quote("CONSTRUCT { ?m <urn:on> ?d } "
                           "WHERE { ?m <https://schema.org/startDate> ?d }")
    status, ctype, body = http(f"{endpoint}?query={q}", headers={"Accept": "text/turtle"})
    assert status == 200 and ctype.startswith("text/turtle")
    assert body == ('<https://w3id.org/vn-gov-kg/id/meeting/m1> <urn:on> '
                    '"2022-03-25"^^<http://www.w3.org/2001/XMLSchema#date> .\n')


@pytest.mark.parametrize("body, ctype", [
    (b"update=INSERT+DATA+%7B+%3Curn%3Ax%3E+%3Curn%3Ay%3E+%3Curn%3Az%3E+%7D",
     "application/x-www-form-urlencoded"),
    (b"query=PREFIX+a%3A+%3Curn%3A%3E%0ADELETE+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D",
     "application/x-www-form-urlencoded"),
    (b"DROP ALL", "application/sparql-update"),
])
def test_updates_are_forbidden(endpoint, body, ctype):
    status, _, text = http(endpoint, data=body, headers={"Content-Type": ctype})
    assert status == 403 and "read-only" in text


def test_is_update():
    assert is_update("# c\nPREFIX x: <urn:x>\nBASE <urn:b>\n insert data { }")
    assert not is_update("PREFIX x: <urn:x>\nSELECT * { ?s ?p ?o }")
    assert not is_update("SELECT ?insert { ?insert ?p ?o }")


def test_bad_requests(endpoint):
    status, ctype, body = http(f"{endpoint}?query=" + urllib.parse.quote("SELECT * WHERE {\n?s ?p"))
    assert status == 400 and ctype.startswith("text/plain")
    assert "malformed SPARQL at line 2, column" in body
    assert http(endpoint)[0] == 400
    assert http(endpoint.replace("/sparql", "/nope"))[0] == 404
    q = urllib.parse.quote("SELECT * { ?s ?p ?o }")
    status, _, body = http(f"{endpoint}?query={q}&default-graph-uri=urn:g")  # a graph the store lacks
    assert status == 200 and json.loads(body)["results"]["bindings"] == []


def test_result_size_limit(own_store):
    for url in start(own_store, max_rows=5):
        status, _, body = http(f"{url}?query=" + urllib.parse.quote("SELECT * { ?s ?p ?o }"))
        assert status == 400 and "more than 5 rows" in body and "LIMIT" in body
        status, _, _ = http(f"{url}?query=" + urllib.parse.quote("SELECT * { ?s ?p ?o } LIMIT 5"))
        assert status == 200


def test_timeout_answers_in_time(own_store):
    for url in start(own_store, timeout=0.2, max_concurrent=2):
        sw = wrapper(url, SLOW_QUERY, JSON)
        with pytest.raises(urllib.error.HTTPError) as info:  # SPARQLWrapper passes 503 through
            sw.query()
        assert info.value.code == 503
        assert "time limit of 0.2 s" in info.value.read().decode("utf-8")
        # the server still answers other queries
        ok = wrapper(url, "ASK { ?s ?p ?o }", JSON).query().convert()
        assert ok["boolean"] is True


def test_default_options_bind_loopback():
    assert ServeOptions().host == "127.0.0.1"
    assert ServeOptions().timeout > 0 and ServeOptions().max_rows > 0


def test_kg_serve_process_and_lock(own_store):
    """Run `kg serve` as its own process: it answers, it holds the store, it stops."""
    kg = Path(sys.executable).with_name("kg")
    proc = subprocess.Popen([str(kg), "serve", str(own_store), "--port", "0"],
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert "serving" in line and "http://127.0.0.1:" in line, line
        url = line.rsplit(" at ", 1)[1].strip()
        data = wrapper(url, shipped_query("officials").text, JSON).query().convert()
        assert len(data["results"]["bindings"]) == 2
        locked = subprocess.run([str(kg), "query", str(own_store), "-n", "officials"],
                                capture_output=True, text=True, timeout=60)
        assert locked.returncode == 1
        assert "in use by another process" in locked.stderr
    finally:
        proc.terminate()
        proc.wait(timeout=10)
