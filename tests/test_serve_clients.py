"""``kg serve`` with the tools people already use (issue 18): SPARQLWrapper's defaults, rdflib's
SPARQLStore, every RDF format by Accept, the request log and the query page."""

from __future__ import annotations

import json
import logging
import re
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import SPARQLWrapper

from kg.cli import main
from kg.store.query import shipped_queries
from tests.query_sample import write_sample
from tests.test_serve import HTTP_TIMEOUT, http, start

MEETING = "https://w3id.org/vn-gov-kg/ontology#Meeting"
MEETINGS = f"SELECT ?m WHERE {{ ?m a <{MEETING}> }} ORDER BY ?m"
ANY_MEETING = f"ASK {{ ?m a <{MEETING}> }}"
CONSTRUCT = ("CONSTRUCT { ?m <urn:on> ?d . ?m <https://schema.org/name> \"Họp\"@vi } "
             "WHERE { ?m <https://schema.org/startDate> ?d }")


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("clients")
    store = root / "store"
    assert main(["load", str(store), str(write_sample(root))]) == 0
    yield from start(store)  # the same running server as tests/test_serve.py


def expected_graph() -> rdflib.Graph:
    g = rdflib.Graph()
    m = rdflib.URIRef("https://w3id.org/vn-gov-kg/id/meeting/m1")
    g.add((m, rdflib.URIRef("urn:on"), rdflib.Literal("2022-03-25", datatype=rdflib.XSD.date)))
    g.add((m, rdflib.URIRef("https://schema.org/name"), rdflib.Literal("Họp", lang="vi")))
    return g


def sw(url: str, query: str) -> SPARQLWrapper:
    """A SPARQLWrapper left with its default return format and method."""
    w = SPARQLWrapper(url)
    w.setQuery(query)
    w.setTimeout(HTTP_TIMEOUT)
    return w


# -- SPARQLWrapper with its defaults ------------------------------------------------------------

def test_sparqlwrapper_default_format_select_ask_construct(endpoint):
    doc = sw(endpoint, MEETINGS).query().convert()
    assert len(doc.getElementsByTagName("result")) == 2  # default: SPARQL results XML
    doc = sw(endpoint, ANY_MEETING).query().convert()
    assert doc.getElementsByTagName("boolean")[0].firstChild.data == "true"
    graph = sw(endpoint, CONSTRUCT).query().convert()  # 406 before: RDF/XML was not served
    assert isinstance(graph, rdflib.Graph) and isomorphic(graph, expected_graph())
    graph = sw(endpoint, "DESCRIBE <https://w3id.org/vn-gov-kg/id/meeting/m1>").query().convert()
    assert len(graph) > 0


@pytest.mark.parametrize("fmt", ["turtle", "n3", "json-ld", "rdf+xml"])
def test_sparqlwrapper_graph_formats(endpoint, fmt):
    w = sw(endpoint, CONSTRUCT)
    w.setReturnFormat(fmt)
    result = w.query()
    data = result.convert()
    if isinstance(data, bytes):
        parse_as = {"turtle": "turtle", "n3": "turtle", "json-ld": "json-ld"}[fmt]
        data = rdflib.Graph().parse(data=data.decode("utf-8"), format=parse_as)
    assert isomorphic(data, expected_graph())


# -- rdflib's SPARQLStore ------------------------------------------------------------------------

@pytest.mark.parametrize("method", ["GET", "POST"])
def test_rdflib_sparqlstore_select_ask_construct(endpoint, method):
    store = SPARQLStore(endpoint, method=method)
    g = rdflib.Graph(store=store)
    rows = list(g.query(MEETINGS))
    assert [str(r[0]).rsplit("/", 1)[1] for r in rows] == ["m1", "m2"]
    assert g.query(ANY_MEETING).askAnswer is True
    constructed = g.query(CONSTRUCT).graph
    assert constructed is not None and isomorphic(constructed, expected_graph())
    store.close()


# -- every format by Accept, with a sane default ------------------------------------------------

@pytest.mark.parametrize("accept, media, parse_as", [
    (None, "text/turtle", "turtle"),
    ("*/*", "text/turtle", "turtle"),
    ("text/turtle", "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("text/html, application/xml;q=0.9", "application/rdf+xml", "xml"),
])
def test_graph_formats_by_accept(endpoint, accept, media, parse_as):
    headers = {"Accept": accept} if accept else {}
    if accept is None:
        headers = {"Accept": ""}
    status, ctype, body = http(f"{endpoint}?query={urllib.parse.quote(CONSTRUCT)}", headers=headers)
    assert status == 200 and ctype.startswith(media), ctype
    assert isomorphic(rdflib.Graph().parse(data=body, format=parse_as), expected_graph())


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
])
def test_ask_in_every_results_format(endpoint, accept, media):
    status, ctype, body = http(f"{endpoint}?query={urllib.parse.quote('ASK { ?s ?p ?o }')}",
                               headers={"Accept": accept})
    assert status == 200 and ctype.startswith(media) and "true" in body


def test_unacceptable_graph_format_is_406(endpoint):
    status, _, body = http(f"{endpoint}?query={urllib.parse.quote(CONSTRUCT)}", headers={"Accept": "image/png"})
    assert status == 406 and "text/turtle" in body and "application/ld+json" in body


# -- the request log ------------------------------------------------------------------------------

def test_each_request_is_logged_as_one_line(endpoint, caplog, capsys):
    caplog.set_level(logging.INFO, logger="kg.store.serve")
    q = urllib.parse.quote(MEETINGS)
    assert http(f"{endpoint}?query={q}")[0] == 200
    assert http(endpoint.replace("/sparql", "/nope"))[0] == 404
    # the line is logged once the response is sent, so the client may read it first; a line of the
    # previous test's request may land here too, so wait for ours and look for them by content
    ours = (r"GET /sparql 200 \d+ms rows=2", r"GET /nope 404 \d+ms rows=-")
    deadline = time.monotonic() + 10
    while True:
        lines = [r.getMessage() for r in caplog.records if r.name == "kg.store.serve"]
        found = [[line for line in lines if re.fullmatch(p, line)] for p in ours]
        if all(found) or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert [len(f) for f in found] == [1, 1], lines
    out, err = capsys.readouterr()
    assert "GET /sparql" not in out + err  # logging, not print


# -- the query page ---------------------------------------------------------------------------------

def test_query_page_is_self_contained(endpoint):
    base = endpoint.removesuffix("/sparql")
    status, ctype, page = http(base + "/", headers={"Accept": "text/html"})
    assert status == 200 and ctype.startswith("text/html")
    assert "<textarea" in page and 'id="results"' in page and "/sparql" in page
    data = re.search(r'<script type="application/json" id="queries">(.*?)</script>', page, re.DOTALL)
    assert data is not None
    examples = json.loads(data.group(1))
    assert [e["name"] for e in examples] == [q.name for q in shipped_queries()]
    assert examples[0]["text"] == shipped_queries()[0].text
    without_data = page.replace(data.group(0), "")
    for external in ("src=", "href=", "@import", "url(", "http://", "https://", "//cdn"):
        assert external not in without_data, external


def test_query_page_csp_allows_only_its_own_inline_code(endpoint):
    import urllib.request

    base = endpoint.removesuffix("/sparql")
    with urllib.request.urlopen(base + "/", timeout=HTTP_TIMEOUT) as resp:
        csp = resp.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp
    assert "script-src 'sha256-" in csp and "unsafe-inline" not in csp


def test_query_page_runs_a_query_in_chromium(endpoint, tmp_path):
    """The page works in the Debian Chromium and makes no request outside the endpoint's origin."""
    from playwright.sync_api import sync_playwright

    from tests.test_view_browser import CHROMIUM, LAUNCH_ARGS

    base = endpoint.removesuffix("/sparql")
    foreign: list[str] = []
    errors: list[str] = []
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(str(tmp_path / "profile"), executable_path=str(CHROMIUM),
                                                        headless=True, args=LAUNCH_ARGS)
        try:
            page = context.new_page()
            page.on("request", lambda r: None if r.url.startswith(base) else foreign.append(r.url))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(base + "/")
            page.select_option("#examples", label="tasks")
            assert "kg:Task" in page.input_value("#query")
            page.click("#run")
            page.wait_for_selector("#results table", timeout=30_000)
            headers = page.eval_on_selector_all("#results th", "els => els.map(e => e.textContent)")
            assert headers == ["task", "meeting", "assigner", "assignee", "description"]
            assert "3 rows" in (page.text_content("#status") or "")
        finally:
            context.close()
    assert errors == [] and foreign == []


def test_kg_serve_help_mentions_the_protections(capsys):
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    out = capsys.readouterr().out
    for option in ("--cors", "--allow-host", "--max-memory", "--idle-timeout"):
        assert option in out


def test_security_md_exists_and_covers_the_defaults():
    text = (Path(__file__).resolve().parent.parent / "SECURITY.md").read_text(encoding="utf-8")
    for topic in ("127.0.0.1", "CORS", "SERVICE", "--timeout", "--max-memory", "nginx", "proxy_set_header Host",
                  "client_max_body_size"):
        assert topic in text, topic


def test_query_page_in_vietnamese_or_english_as_the_user_chooses(endpoint):
    """Accept-Language picks the language, ?lang= overrides it and is remembered (a cookie)."""
    base = endpoint.removesuffix("/sparql")
    _, _, vi = http(base + "/", headers={"Accept-Language": "vi-VN,vi;q=0.9,en;q=0.5"})
    assert '<html lang="vi">' in vi and "Chạy (Ctrl+Enter)" in vi and "Run (Ctrl+Enter)" not in vi
    _, _, en = http(base + "/", headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert '<html lang="en">' in en and "Run (Ctrl+Enter)" in en
    import urllib.request

    req = urllib.request.Request(base + "/?lang=vi", headers={"Accept-Language": "en"})
    with urllib.request.urlopen(req, timeout=HTTP_TIMEOUT) as resp:
        cookie = resp.headers["Set-Cookie"]
        assert resp.headers["Content-Language"] == "vi" and "Chạy" in resp.read().decode("utf-8")
    assert cookie.startswith("kg_lang=vi;")
    _, _, again = http(base + "/", headers={"Accept-Language": "en", "Cookie": "kg_lang=vi"})
    assert '<html lang="vi">' in again


def test_query_page_language_switch_in_chromium(endpoint, tmp_path):
    from playwright.sync_api import sync_playwright

    from tests.test_view_browser import CHROMIUM, LAUNCH_ARGS

    base = endpoint.removesuffix("/sparql")
    errors: list[str] = []
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(str(tmp_path / "profile"), executable_path=str(CHROMIUM),
                                                        headless=True, args=LAUNCH_ARGS, locale="en-US")
        try:
            page = context.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(base + "/")
            assert page.inner_text("#run") == "Run (Ctrl+Enter)"
            page.click("#lang button[data-lang=vi]")
            page.wait_for_function("document.documentElement.lang === 'vi'")
            assert page.inner_text("#run") == "Chạy (Ctrl+Enter)"
            page.goto(base + "/")  # remembered
            assert page.inner_text("#run") == "Chạy (Ctrl+Enter)"
            page.select_option("#examples", label="officials")
            page.click("#run")
            page.wait_for_selector("#results table", timeout=30_000)
            assert " dòng (" in (page.text_content("#status") or "")
        finally:
            context.close()
    assert errors == []
