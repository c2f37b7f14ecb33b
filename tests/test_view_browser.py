"""The HTML network view in a real headless browser (Debian chromium, driven by Playwright).

The page is opened from disk with every non-``file://`` request aborted and recorded.
We never download a browser: no ``playwright install``; chromium comes from apt
(``.ci/deps.d/chromium.sh``). Without it these tests fail, saying how to install it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, URIRef

from kg.export.html import ViewOptions, to_networkx, write_html
from kg.graph.vocab import KG, ORG

from .view_synthetic import synthetic_graph

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "ci-artifacts"
INSTALL = ("install it with `apt-get update && apt-get install -y chromium chromium-driver` "
           "(as root; .ci/run does this through .ci/deps.d/chromium.sh) and `pip install "
           "playwright` (in the 'test' extra). Do not run `playwright install`: the tests use "
           "the Debian browser at /usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run"]
BUONG = "Dương Hữu Bường"
IDLE_TIMEOUT_MS = 300_000


@dataclass
class Session:
    """One page with the network blocked, and what it tried and said."""

    page: Any
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, path: Path) -> float:
        """Open ``path`` and return the seconds until the view reports it is idle."""
        started = time.perf_counter()
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("document.body.dataset.state === 'idle'",
                                    timeout=IDLE_TIMEOUT_MS)
        return time.perf_counter() - started

    def drawn(self) -> tuple[int, int]:
        counts = self.page.evaluate("window.kgView.drawn()")
        return counts["nodes"], counts["edges"]


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.fail(f"chromium is missing: expected the Debian browser at {CHROMIUM}; {INSTALL}",
                    pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(f"the Python package playwright is missing; {INSTALL}", pytrace=False)
    with sync_playwright() as pw:
        # a fresh profile per run: launch_persistent_context owns the --user-data-dir flag
        profile = tmp_path_factory.mktemp("chromium-profile")
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS,
            viewport={"width": 1400, "height": 900})
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def session(browser_context: Any) -> Iterator[Session]:
    page = browser_context.new_page()
    s = Session(page)

    def route(r: Any) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            s.blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("request", lambda req: None if req.url.startswith(("file://", "data:"))
            else s.blocked.append(req.url))
    page.on("console", lambda msg: s.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: s.errors.append(f"uncaught: {exc}"))
    try:
        yield s
    finally:
        page.close()


def _membership_sentence(g: Graph, name: str) -> str:
    """The evidence sentence the RDF gives for one of ``name``'s posts."""
    for m, person in sorted(g.subject_objects(ORG.member)):
        if any(str(n) == name for n in g.objects(person, URIRef("https://schema.org/name"))):
            for ev in sorted(g.objects(m, KG.evidence)):
                for sentence in g.objects(ev, KG.sentence):
                    return str(sentence)
    raise AssertionError(f"no membership evidence for {name} in the seeds' graph")


def _panel_text(session: Session) -> str:
    return " ".join(session.page.inner_text("#panel").split())


def test_harness_records_requests_that_leave_the_file(session: Session, tmp_path: Path) -> None:
    page = tmp_path / "leaky.html"
    page.write_text('<!DOCTYPE html><body data-state="idle"><img src="https://example.org/x.png">'
                    '<script>console.error("boom")</script></body>', encoding="utf-8")
    session.open(page)
    session.page.wait_for_timeout(200)
    assert any(url.startswith("https://example.org/") for url in session.blocked)
    assert "boom" in session.errors


def test_seeds_view_in_chromium(session: Session, seeds_build: Path) -> None:
    g = Graph()
    g.parse(seeds_build / "graph.ttl", format="turtle")
    view = to_networkx(g)
    node_ids = {iri: i for i, iri in enumerate(view.nodes)}
    (buong,) = [node_ids[n] for n, d in view.nodes(data=True) if d["label"] == BUONG]
    sentence = " ".join(_membership_sentence(g, BUONG).split())
    page = session.page

    session.open(seeds_build / "graph.html")
    assert session.drawn() == (view.number_of_nodes(), view.number_of_edges())
    assert page.is_hidden("#notice")

    # search without diacritics, pick the first hit with Enter
    page.fill("#search", "duong huu buong")
    first = page.locator("#results li").first
    assert BUONG in first.inner_text()
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('panel').dataset.node !== undefined")
    assert page.evaluate("window.kgView.network.getSelectedNodes()") == [buong]
    assert page.get_attribute("#panel", "data-node") == str(buong)
    assert sentence in _panel_text(session)

    # close the panel, then click the node itself on the canvas
    page.click("#panel-close")
    assert page.is_hidden("#panel")
    page.evaluate(f"window.kgView.network.focus({buong}, {{scale: 1.5, animation: false}})")
    box = page.locator("#network").bounding_box()
    xy = page.evaluate(
        f"window.kgView.network.canvasToDOM(window.kgView.network.getPosition({buong}))")
    page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    page.wait_for_function("document.getElementById('panel').dataset.node !== undefined")
    assert page.get_attribute("#panel", "data-node") == str(buong)
    assert page.evaluate("window.kgView.network.getSelectedNodes()") == [buong]
    text = _panel_text(session)
    assert BUONG in text and sentence in text and "Cán bộ" in text
    assert "Nguồn:" in text  # the source article of the fact

    page.evaluate("window.kgView.network.fit({animation: false})")
    # no hover tooltip in the picture: rest the pointer on an empty corner of the canvas
    page.mouse.move(box["x"] + 3, box["y"] + box["height"] - 3)
    page.wait_for_timeout(300)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "view-seeds.png"))

    assert session.blocked == [], f"the page tried to reach the network: {session.blocked}"
    assert session.errors == [], f"console errors: {session.errors}"


@pytest.mark.parametrize("max_nodes", [ViewOptions().max_nodes, 0], ids=["default-limit", "all"])
def test_large_generated_view_becomes_idle(session: Session, tmp_path: Path,
                                          max_nodes: int) -> None:
    g = synthetic_graph()
    view = to_networkx(g)
    assert view.number_of_nodes() >= 3000
    path = tmp_path / "large.html"
    write_html(g, path, options=ViewOptions(max_nodes=max_nodes))

    seconds = session.open(path)
    nodes, edges = session.drawn()
    total = view.number_of_nodes()
    print(f"\nlarge view ({'max_nodes=' + str(max_nodes) if max_nodes else 'everything drawn'}): "
          f"{total} nodes / {view.number_of_edges()} edges in the graph, {nodes} nodes / {edges} "
          f"edges drawn, {path.stat().st_size / 1e6:.1f} MB, idle after {seconds:.1f} s")
    if max_nodes and total > max_nodes:
        assert nodes == max_nodes
        assert session.page.is_visible("#notice")
        assert str(max_nodes) in session.page.inner_text("#notice")
    else:
        assert (nodes, edges) == (total, view.number_of_edges())
    assert session.blocked == [] and session.errors == []
