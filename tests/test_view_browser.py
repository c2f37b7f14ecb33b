"""The HTML network view in a real headless browser (Debian chromium, driven by Playwright).

The page is opened from disk with every non-``file://`` request aborted and recorded.
We never download a browser: no ``playwright install``; chromium comes from apt
(``.ci/deps.d/chromium.sh``). Without it these tests fail, saying how to install it.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, URIRef

from kg.export.html import ViewOptions, to_networkx, write_html
from kg.graph.vocab import KG, ORG
from kg.lexicon.search import SEARCH_FOLD, search_fold

from .corpora import SAMPLES, shared_corpus
from .view_synthetic import NAMESAKE, TWIN, synthetic_graph

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
LEGIBLE_PX = 12
ARTIFACTS = ROOT / "ci-artifacts"
INSTALL = ("install it with `apt-get update && apt-get install -y chromium chromium-driver` "
           "(as root; .ci/run does this through .ci/deps.d/chromium.sh) and `pip install "
           "playwright` (in the 'test' extra). Do not run `playwright install`: the tests use "
           "the Debian browser at /usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run"]
BUONG = "Dương Hữu Bường"
IDLE_TIMEOUT_MS = 300_000
SCREEN_JS = """() => {
  const v = window.kgView, net = v.network, nodes = v.data.nodes;
  const ids = v.drawnIds().sort((a, b) => nodes[b].imp - nodes[a].imp || a - b);
  const box = document.getElementById('network').getBoundingClientRect();
  const focus = v.state.focus === null ? null : net.canvasToDOM(net.getPosition(v.state.focus));
  return {ids: ids, scale: net.getScale(), view: net.getViewPosition(), mode: v.state.mode,
          focus: v.state.focus, focusXY: focus, width: box.width, height: box.height,
          px: ids.map(id => v.labelPixels(id))};
}"""


@dataclass
class Session:
    """One page with the network blocked, and what it tried and said."""

    page: Any
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, path: Path, query: str = "") -> float:
        """Open ``path`` (with ``?query``) and return the seconds until the view reports it is idle."""
        started = time.perf_counter()
        self.page.goto(path.resolve().as_uri() + (f"?{query}" if query else ""))
        self.page.wait_for_function("document.body.dataset.state === 'idle'",
                                    timeout=IDLE_TIMEOUT_MS)
        return time.perf_counter() - started

    def drawn(self) -> tuple[int, int]:
        counts = self.page.evaluate("window.kgView.drawn()")
        return counts["nodes"], counts["edges"]

    def wait_idle(self) -> None:
        self.page.wait_for_function("document.body.dataset.state === 'idle'", timeout=IDLE_TIMEOUT_MS)

    def screen(self) -> dict[str, Any]:
        """What is drawn, the camera, and each drawn label's on-screen font size."""
        return self.page.evaluate(SCREEN_JS)

    def clean(self) -> None:
        assert self.blocked == [], f"the page tried to reach the network: {self.blocked}"
        assert self.errors == [], f"console errors: {self.errors}"


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
            viewport={"width": 1400, "height": 900}, locale="vi-VN")  # a Vietnamese reader
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


def _data(session: Session) -> dict[str, Any]:
    return session.page.evaluate("""() => {
      const d = window.kgView.data;
      return {first: d.first, nodes: d.nodes.map(n => [n.full, n.kind, n.imp]),
              edges: d.edges.map(e => [e.from, e.to])};
    }""")


def _neighbours(data: dict[str, Any], node: int) -> set[int]:
    return {b if a == node else a for a, b in data["edges"] if node in (a, b)}


def assert_first_screen_legible(session: Session, data: dict[str, Any]) -> dict[str, Any]:
    """The first screen draws the overview (officials, bodies, places) with legible labels."""
    screen = session.screen()
    assert screen["mode"] == "overview"
    assert set(screen["ids"]) == set(data["first"]) and screen["ids"]
    assert {data["nodes"][i][1] for i in screen["ids"]} <= {"official", "organization", "locality"}
    px = screen["px"]
    # the most important node's label is legible; at least ten labels are (or all, if fewer
    # nodes); no label is drawn at an illegible size (vis-network skips those under 11 px)
    assert px[0] >= LEGIBLE_PX, px[:10]
    assert sum(p >= LEGIBLE_PX for p in px) >= min(10, len(px)), px[:30]
    assert all(p >= LEGIBLE_PX or p < 11 for p in px)
    return screen


def focus_by_search(session: Session, data: dict[str, Any], query: str, node: int) -> dict[str, Any]:
    """Search, pick ``node``'s row; check the camera moved to it and only its neighbourhood
    is drawn. Returns the screen after."""
    page = session.page
    before = session.screen()
    page.fill("#search", query)
    rows = page.locator("#results li[data-node]")
    ids = [int(x) for x in rows.evaluate_all("rows => rows.map(r => r.dataset.node)")]
    assert node in ids, (query, ids[:10])
    assert len(ids) == len(set(ids)), "a node listed twice"
    texts = rows.evaluate_all("rows => rows.map(r => r.innerText)")
    assert len(texts) == len(set(texts)), f"rows that read the same: {texts}"
    page.click(f"#results li[data-node='{node}']")
    session.wait_idle()
    page.wait_for_function(f"document.getElementById('panel').dataset.node === '{node}'")
    after = session.screen()
    assert after["mode"] == "focus" and after["focus"] == node
    assert page.input_value("#search") == data["nodes"][node][0]  # the box follows the selection
    near = _neighbours(data, node)
    drawn = set(after["ids"])
    assert node in drawn and drawn <= near | {node}
    assert not (set(before["ids"]) - near - {node}) & drawn  # the rest is hidden
    moved = (abs(after["scale"] - before["scale"]) > 1e-6
             or abs(after["view"]["x"] - before["view"]["x"]) > 1
             or abs(after["view"]["y"] - before["view"]["y"]) > 1)
    assert moved, "the camera did not move"
    x, y = after["focusXY"]["x"], after["focusXY"]["y"]
    assert abs(x - after["width"] / 2) < after["width"] * 0.2
    assert abs(y - after["height"] / 2) < after["height"] * 0.2
    assert page.evaluate(f"window.kgView.labelPixels({node})") >= LEGIBLE_PX
    assert page.evaluate("window.kgView.network.getSelectedNodes()") == [node]
    return after


def back_to_overview(session: Session, data: dict[str, Any]) -> None:
    session.page.click("#crumbs a:text('Toàn cảnh')")
    session.wait_idle()
    screen = session.screen()
    assert screen["mode"] == "overview" and set(screen["ids"]) == set(data["first"])


def shoot(session: Session, name: str) -> None:
    box = session.page.locator("#network").bounding_box()
    session.page.mouse.move(box["x"] + 3, box["y"] + box["height"] - 3)  # no tooltip
    session.page.wait_for_timeout(250)
    ARTIFACTS.mkdir(exist_ok=True)
    session.page.screenshot(path=str(ARTIFACTS / name))


def test_harness_records_requests_that_leave_the_file(session: Session, tmp_path: Path) -> None:
    page = tmp_path / "leaky.html"
    page.write_text('<!DOCTYPE html><body data-state="idle"><img src="https://example.org/x.png">'
                    '<script>console.error("boom")</script></body>', encoding="utf-8")
    session.open(page)
    session.page.wait_for_timeout(200)
    assert any(url.startswith("https://example.org/") for url in session.blocked)
    assert "boom" in session.errors


def test_the_pages_fold_is_the_python_search_fold(session: Session, seeds_build: Path) -> None:
    """What is typed in the search box is folded in JavaScript like the node keys were in Python
    (kg.lexicon.search.search_fold), on every character of the table, its capital, alone and
    between letters, decomposed, and on gaps of spaces and dashes."""
    chars = sorted({*SEARCH_FOLD, *(c.upper() for c in SEARCH_FOLD), " ", "\t", "\n", "-", "\u2009"})
    samples = [*chars, *(f"x{c}z" for c in chars), *(f" A{c}{c}b - " for c in chars),
               "Dương Hữu Bường", unicodedata.normalize("NFD", "Dương Hữu Bường"),
               " Phòng Tài chính – Kế hoạch ", "ỦY BAN  NHÂN DÂN", "hoà / hòa", "İstanbul ΣΑΣ"]
    session.open(seeds_build / "graph.html")
    folded = session.page.evaluate("samples => samples.map(s => window.kgView.fold(s))", samples)
    assert dict(zip(samples, folded, strict=True)) == {s: search_fold(s) for s in samples}
    session.clean()


def test_seeds_view_in_chromium(session: Session, seeds_build: Path) -> None:
    g = Graph()
    g.parse(seeds_build / "graph.ttl", format="turtle")
    view = to_networkx(g)
    node_ids = {iri: i for i, iri in enumerate(view.nodes)}
    (buong,) = [node_ids[n] for n, d in view.nodes(data=True) if d["label"] == BUONG]
    sentence = " ".join(_membership_sentence(g, BUONG).split())
    page = session.page

    session.open(seeds_build / "graph.html")
    data = _data(session)
    assert_first_screen_legible(session, data)
    assert page.is_hidden("#notice")  # the seeds fit on the first screen
    shoot(session, "view-seeds.png")

    # zoom buttons
    scale = session.screen()["scale"]
    page.click("#zoom-in")
    assert session.screen()["scale"] == pytest.approx(scale * 1.3)
    page.click("#zoom-fit")

    # search without diacritics, pick with Enter: focus on him and his neighbours
    page.fill("#search", "duong huu buong")
    first = page.locator("#results li").first
    assert BUONG in first.inner_text() and "Chủ tịch · Ủy ban nhân dân thành phố Bắc Kạn" in first.inner_text()
    page.fill("#search", "")
    focus_by_search(session, data, "duong huu buong", buong)
    text = _panel_text(session)
    assert BUONG in text and sentence in text and "Cán bộ" in text
    assert "Chủ tịch · Ủy ban nhân dân thành phố Bắc Kạn" in text
    assert "Nêu trong bài:" in text and "ký tự" in text  # the article and the offsets
    assert not re.search(r"\b(?:people|titles|tasks|meetings)/\d", text)  # no extractor ids
    sections = page.locator("#panel h3").all_inner_texts()
    assert sections.index(next(s for s in sections if s.startswith("Chức vụ"))) < \
        sections.index(next(s for s in sections if s.startswith("Nhiệm vụ")))
    shoot(session, "view-seeds-focus.png")

    # tasks come in on demand
    tasks_before = sum(data["nodes"][i][1] == "task" for i in session.screen()["ids"])
    page.click("#panel button.more[data-kind='task']")
    session.wait_idle()
    drawn = session.screen()["ids"]
    assert tasks_before == 0 and sum(data["nodes"][i][1] == "task" for i in drawn) > 0

    # click a neighbour on the canvas: it becomes the focus, with a breadcrumb back
    other = next(i for i in drawn if i != buong and data["nodes"][i][1] == "organization")
    xy = page.evaluate(f"window.kgView.network.canvasToDOM(window.kgView.network.getPosition({other}))")
    box = page.locator("#network").bounding_box()
    page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    session.wait_idle()
    page.wait_for_function(f"document.getElementById('panel').dataset.node === '{other}'")
    assert session.screen()["focus"] == other
    assert page.locator("#crumbs a").all_inner_texts() == ["Toàn cảnh", BUONG]
    page.click(f"#crumbs a:text('{BUONG}')")
    session.wait_idle()
    assert session.screen()["focus"] == buong
    back_to_overview(session, data)

    # the way in by locality: a province, then the people and bodies in it
    page.locator("#places a").first.click()
    session.wait_idle()
    screen = session.screen()
    assert screen["mode"] == "place"
    place = int(page.locator("#places a").first.get_attribute("data-node"))
    locs = page.evaluate("window.kgView.data.nodes.map(n => n.loc)")
    assert place in screen["ids"] and all(i == place or place in locs[i] for i in screen["ids"])
    assert page.locator("#people li").count() > 0
    session.clean()


@pytest.fixture(scope="module")
def dev_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``kg build`` of the team's dev corpus (../shared/corpus/dev beside the clone; CI too)."""
    from kg.cli import main

    corpus = shared_corpus("dev")
    out = tmp_path_factory.mktemp("dev-build")
    assert main(["build", str(corpus), "--out", str(out), "--jobs", "2"]) in (0, 3)
    return out


def test_dev_corpus_view_in_chromium(session: Session, dev_build: Path) -> None:
    session.open(dev_build / "graph.html")
    data = _data(session)
    assert len(data["nodes"]) > 300
    assert_first_screen_legible(session, data)
    shoot(session, "view-dev.png")
    # the most important official, found without diacritics
    person = max((i for i, n in enumerate(data["nodes"]) if n[1] == "official"),
                 key=lambda i: (data["nodes"][i][2], -i))
    focus_by_search(session, data, search_fold(data["nodes"][person][0]), person)
    back_to_overview(session, data)
    session.clean()


@pytest.fixture(scope="module")
def bench_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page of the whole bench corpus (15k real articles): `kg build --no-html`, then `kg view`."""
    from kg.cli import main

    corpus = shared_corpus("bench")
    out = tmp_path_factory.mktemp("bench-build")
    assert main(["build", str(corpus), "--out", str(out), "--no-html", "--jobs", "2"]) in (0, 3)
    assert main(["view", str(out / "graph.ttl"), "--out", str(out / "graph.html")]) == 0
    return out / "graph.html"


def test_bench_corpus_view_in_chromium(session: Session, bench_page: Path) -> None:
    """A real 15k-article graph: the first screen is legible, a national leader is found without
    diacritics, focused with the camera on him, and no row of the results repeats another."""
    seconds = session.open(bench_page)
    data = _data(session)
    print(f"\nbench view: {len(data['nodes'])} nodes in the page, idle after {seconds:.1f} s")
    assert len(data["nodes"]) > 15_000
    assert_first_screen_legible(session, data)
    officials = [i for i, n in enumerate(data["nodes"])
                 if n[1] == "official" and search_fold(n[0]) == "nguyen xuan phuc"]
    assert officials, "Nguyễn Xuân Phúc is not in the bench graph"
    leader = max(officials, key=lambda i: (data["nodes"][i][2], -i))
    focus_by_search(session, data, "nguyen xuan phuc", leader)
    back_to_overview(session, data)
    session.clean()


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page of the corpus samples in the repository (10 dev and 30 bench articles), made as
    the bench page is: `kg build --no-html`, then `kg view`."""
    from kg.cli import main

    out = tmp_path_factory.mktemp("sample-build")
    assert main(["build", str(SAMPLES), "--out", str(out), "--no-html", "--jobs", "2"]) in (0, 2, 3)
    assert main(["view", str(out / "graph.ttl"), "--out", str(out / "graph.html")]) == 0
    return out / "graph.html"


def test_sample_corpus_view_in_chromium(session: Session, sample_page: Path) -> None:
    """What the dev and bench views guard, on the real articles in tests/fixtures/corpus (a clone
    without ../shared runs this one): a legible first screen, a leader found without diacritics
    and focused, back to the overview, no request and no error."""
    session.open(sample_page)
    data = _data(session)
    assert len(data["nodes"]) > 300
    assert_first_screen_legible(session, data)
    officials = [i for i, n in enumerate(data["nodes"])
                 if n[1] == "official" and search_fold(n[0]) == "nguyen xuan phuc"]
    assert officials, "Nguyễn Xuân Phúc is not in the sample graph"
    leader = max(officials, key=lambda i: (data["nodes"][i][2], -i))
    focus_by_search(session, data, "nguyen xuan phuc", leader)
    back_to_overview(session, data)
    session.clean()


LARGE = {"provinces": 65, "districts": 11}  # 15,080 nodes, like the bench corpus' 15k articles


@pytest.fixture(scope="module")
def large_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Graph]:
    g = synthetic_graph(**LARGE)
    path = tmp_path_factory.mktemp("large") / "large.html"
    write_html(g, path)
    return path, g


def test_large_generated_view_in_chromium(session: Session, large_page: tuple[Path, Graph]) -> None:
    path, g = large_page
    view = to_networkx(g)
    total = view.number_of_nodes()
    assert total >= 15_000
    seconds = session.open(path)
    nodes, edges = session.drawn()
    print(f"\nlarge view: {total} nodes / {view.number_of_edges()} edges in the graph, {nodes} nodes / "
          f"{edges} edges drawn, {path.stat().st_size / 1e6:.1f} MB, idle after {seconds:.1f} s")
    data = _data(session)
    limit = ViewOptions().max_nodes
    assert nodes == len(data["first"]) == limit
    assert session.page.is_visible("#notice") and str(limit) in session.page.inner_text("#notice")
    assert_first_screen_legible(session, data)
    shoot(session, "view-large.png")

    # namesakes: one row each, told apart by post and place
    namesakes = [i for i, n in enumerate(data["nodes"]) if n[0] == NAMESAKE]
    assert len(namesakes) == LARGE["provinces"]
    hidden = next(i for i in sorted(namesakes, key=lambda i: data["nodes"][i][2]) if i not in data["first"])
    after = focus_by_search(session, data, "nguyen van trung ten", hidden)
    assert hidden in after["ids"]  # not drawn before: brought in with its neighbourhood
    assert len(after["ids"]) > 1
    # two nodes of one name and one post (unmerged in the graph): one row, the panel links both
    page = session.page
    page.fill("#search", search_fold(TWIN))
    rows = page.locator("#results li[data-node]")
    assert rows.count() == 1 and "2 nút cùng tên" in rows.first.inner_text()
    page.keyboard.press("Enter")
    session.wait_idle()
    assert "Cùng tên, cùng mô tả (1 nút khác)" in _panel_text(session)
    back_to_overview(session, data)
    session.clean()


def test_everything_drawn_lays_out_in_the_browser(session: Session, tmp_path: Path) -> None:
    g = synthetic_graph(provinces=6)
    path = tmp_path / "all.html"
    write_html(g, path, options=ViewOptions(max_nodes=0))
    seconds = session.open(path)
    data = _data(session)
    screen = session.screen()
    core = [i for i, n in enumerate(data["nodes"]) if n[1] in ("official", "organization", "locality")]
    assert set(screen["ids"]) == set(core) and len(core) > 499  # past the Python layout's size
    print(f"\neverything drawn: {len(core)} nodes, idle after {seconds:.1f} s")
    assert session.page.is_hidden("#notice")
    session.clean()


def test_labels_are_text_not_markup(session: Session, tmp_path: Path) -> None:
    from rdflib import Literal
    from rdflib.namespace import RDF, RDFS

    from kg.graph.vocab import ID

    name = "Bộ GD&ĐT <i>x</i> <b>y <!-- z"
    g = Graph()
    g.add((ID["org/x"], RDF.type, ORG.Organization))
    g.add((ID["org/x"], RDFS.label, Literal(name, lang="vi")))
    path = tmp_path / "markup.html"
    write_html(g, path)
    session.open(path)
    drawn = session.page.evaluate("""() => {
      const lines = window.kgView.network.body.nodes[0].labelModule.lines;
      return lines.map(l => l.blocks.map(b => b.text + (b.mod === 'normal' ? '' : '/' + b.mod)).join('')).join(' ');
    }""")
    assert drawn.replace("\u200b", "") == name
    session.clean()


def test_the_view_speaks_vietnamese_or_english_as_the_reader_chooses(session: Session, seeds_build: Path) -> None:
    """?lang=en turns the page's own words into English (names from the data stay), the choice
    is remembered when the page is opened again, and the switch turns it back."""
    page = session.page
    session.open(seeds_build / "graph.html")
    assert page.evaluate("document.documentElement.lang") == "vi"  # the reader's browser says vi-VN
    assert page.locator("#crumbs").inner_text() == "Toàn cảnh"
    session.open(seeds_build / "graph.html", "lang=en")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator("#crumbs").inner_text() == "Overview"
    assert page.get_attribute("#search", "placeholder").startswith("Find officials")
    assert "Officials" in page.locator("#legend").inner_text()
    assert page.locator("#lang button[aria-pressed=true]").inner_text() == "English"
    session.open(seeds_build / "graph.html")  # no ?lang: the remembered choice
    assert page.locator("#crumbs").inner_text() == "Overview"
    person = page.evaluate(f"window.kgView.data.nodes.findIndex(n => n.full === {BUONG!r})")
    page.evaluate(f"window.kgView.selectNode({person})")
    session.wait_idle()
    panel = page.locator("#panel-body").inner_text()
    assert BUONG in panel and "Stated in:" in panel and "Nêu trong bài" not in panel and "Posts (" in panel
    page.click("#lang button[data-lang=vi]")
    session.wait_idle()
    assert page.locator("#crumbs").inner_text() == "Toàn cảnh"
    session.open(seeds_build / "graph.html")
    assert page.locator("#crumbs").inner_text() == "Toàn cảnh"


def test_a_100kb_name_without_spaces_keeps_the_view_its_window_wide(session: Session, tmp_path: Path) -> None:
    from rdflib import Literal
    from rdflib.namespace import RDF, RDFS

    from kg.graph.vocab import ID, SCHEMA

    long = "Đ" + "x" * 100_000
    g = Graph()
    g.add((ID["org/x"], RDF.type, ORG.Organization))
    g.add((ID["org/x"], RDFS.label, Literal(long, lang="vi")))
    g.add((ID["article/a"], RDF.type, SCHEMA.NewsArticle))
    g.add((ID["article/a"], SCHEMA.headline, Literal(long, lang="vi")))
    g.add((ID["article/a"], SCHEMA.about, ID["org/x"]))
    path = tmp_path / "long.html"
    write_html(g, path)
    session.open(path)
    width = "() => [document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth]"
    page, body, window = session.page.evaluate(width)
    assert page <= window and body <= window, (page, body, window)
    for i in range(len(_data(session)["nodes"])):
        session.page.evaluate(f"window.kgView.selectNode({i})")
        session.wait_idle()
        page, body, window = session.page.evaluate(width)
        assert page <= window and body <= window, (i, page, body, window)
    session.page.fill("#search", "Đxxx")
    page, body, window = session.page.evaluate(width)
    assert page <= window and body <= window, ("search", page, body, window)
    session.clean()


def test_the_locality_tree_puts_predecessors_under_their_2025_unit(session: Session, tmp_path: Path) -> None:
    """Old tỉnh Gia Lai and tỉnh Bình Định sit under the new tỉnh Gia Lai (from 2025); the 2025 unit
    old Đắk Nông went into, used by nothing, is no root of the tree (issue 27)."""
    from kg.cli import main
    from tests.test_reform_history import NEW_GIA_LAI, OLD_BINH_DINH, OLD_DAK_NONG, OLD_GIA_LAI

    paths = []
    articles = (("a.txt", OLD_GIA_LAI), ("b.txt", OLD_BINH_DINH), ("c.txt", NEW_GIA_LAI), ("d.txt", OLD_DAK_NONG))
    for name, text in articles:
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    assert main(["build", *paths, "--out", str(tmp_path / "out")]) == 0
    session.open(tmp_path / "out" / "graph.html")
    roots = session.page.evaluate("[...document.querySelectorAll('#places > li > a')].map(a => a.textContent)")
    assert "tỉnh Gia Lai (từ 2025)" in roots and "tỉnh Đắk Nông" in roots
    assert not any(r.startswith("tỉnh Lâm Đồng") for r in roots)  # only merged into: no empty 2025 root
    assert "tỉnh Bình Định (trước 2025)" not in roots and "tỉnh Gia Lai (trước 2025)" not in roots
    new = session.page.locator("#places > li", has_text="tỉnh Gia Lai (từ 2025)").first
    new.locator(".toggle").first.click()
    kids = new.evaluate("li => [...li.querySelectorAll('ul > li > a')].map(a => a.textContent)")
    assert {"tỉnh Bình Định (trước 2025)", "tỉnh Gia Lai (trước 2025)"} <= set(kids)
    session.clean()


def test_the_person_panel_shows_the_career_as_a_timeline(session: Session, tmp_path: Path) -> None:
    """An official's tenures (tests/graph/test_tenure.py's hand-built articles) as bars on one scale:
    the dates and what fixed them, and the sentences behind them on demand."""
    from kg.cli import main

    from .graph.test_tenure import ARTICLES, POST

    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", *(str(tmp_path / n) for n in ARTICLES), "--out", str(out)]) == 0
    page = session.page
    session.open(out / "graph.html")
    data = _data(session)
    (an,) = [i for i, n in enumerate(data["nodes"]) if n[0] == "Nguyễn Văn An" and n[1] == "official"]
    focus_by_search(session, data, "nguyen van an", an)
    career = page.locator("#panel .career")
    assert career.locator("h3").inner_text().startswith("Quá trình công tác")
    rows = career.locator(".tl-row")
    assert rows.count() == 1 and POST in rows.first.inner_text()
    assert "2017-03-01 (nêu rõ) – trước 2017-09-01" in rows.first.inner_text()
    bar = career.locator(".tl-bar").bounding_box()
    track = career.locator(".tl-track").bounding_box()
    assert bar is not None and track is not None and 0 < bar["width"] <= track["width"] + 1
    career.locator("summary").click()
    assert "đã bầu đồng chí Nguyễn Văn An" in career.inner_text()  # the election's sentence
    shoot(session, "view-career.png")
    session.clean()
