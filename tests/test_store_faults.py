"""A store under faults: `kg build --into` killed with SIGKILL at many points never loses an
article graph, and `kg export` refuses a store that lost some instead of exporting less."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest

from kg.cli import main
from kg.store.embedded import open_store

from .conftest import SEEDS

# Runs `kg build SEEDS --into STORE` in a child that SIGKILLs itself just before the K-th
# change it makes: a call that writes the store (wrapped around the store `add_quads` gets)
# or a rename (the swap of a new store state). Prints the number of such calls when not killed.
_CHILD = r"""
import os, signal, sys
import kg.store.incremental as inc
from kg.cli import main
from kg.store.embedded import open_store

K = int(sys.argv[1])
calls = [0]
WRITES = {"add", "remove", "extend", "load", "update", "remove_graph", "clear_graph",
          "bulk_load", "bulk_extend", "flush"}

def hit():
    calls[0] += 1
    if calls[0] == K:
        os.kill(os.getpid(), signal.SIGKILL)

class Proxy:
    def __init__(self, store):
        self._store = store
    def __getattr__(self, name):
        attr = getattr(self._store, name)
        if name not in WRITES:
            return attr
        def call(*a, **kw):
            hit()
            return attr(*a, **kw)
        return call
    def __iter__(self):
        return iter(self._store)
    def __len__(self):
        return len(self._store)

real_add = inc.add_quads
inc.add_quads = lambda store, quads: real_add(Proxy(store), quads)
real_replace = os.replace
def replace(a, b):
    hit()
    real_replace(a, b)
os.replace = replace
rc = main(["build", sys.argv[2], "--into", sys.argv[3], "--jobs", "1"])
print("CALLS", calls[0])
sys.exit(rc)
"""


def _child(k: int, store: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _CHILD, str(k), str(SEEDS), str(store)],
                          capture_output=True, text=True, timeout=300)


def _article_graphs(store: Path) -> set[str]:
    s = open_store(store)  # as every kg command does: finishes or rolls back a killed change
    try:
        return {g.value for g in s.named_graphs() if "/article/" in g.value}
    finally:
        del s


def test_sigkill_during_build_into_leaves_every_article_graph(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert main(["build", str(SEEDS), "--into", str(store), "--jobs", "1"]) == 0
    assert main(["export", str(store), "--out", str(tmp_path / "ref"), "--no-html"]) == 0
    reference = (tmp_path / "ref" / "graph.ttl").read_bytes()
    articles = _article_graphs(store)
    assert len(articles) == len(list(SEEDS.glob("*.txt")))

    dry = _child(0, store)
    assert dry.returncode == 0, dry.stderr
    total = int(dry.stdout.split("CALLS")[-1])
    assert total >= 3
    points = sorted({1, 2, 3, total // 2, total - 1, total})
    for k in points:
        done = _child(k, store)
        assert done.returncode == -signal.SIGKILL, (k, done.returncode, done.stderr)
        assert _article_graphs(store) == articles, f"killed before change {k} of {total}"
        out = tmp_path / f"out{k}"
        assert main(["export", str(store), "--out", str(out), "--no-html"]) == 0, k
        assert (out / "graph.ttl").read_bytes() == reference, f"killed before change {k} of {total}"

    # and killed from outside at a few moments of a real run
    for delay in (1.0, 2.5, 4.0):
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(SEEDS), "--into",
                                 str(store), "--jobs", "1"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        assert _article_graphs(store) == articles, f"killed after {delay} s"
        out = tmp_path / f"late{delay}"
        assert main(["export", str(store), "--out", str(out), "--no-html"]) == 0
        assert (out / "graph.ttl").read_bytes() == reference


def test_export_refuses_a_store_that_lost_articles(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "store"
    assert main(["build", str(SEEDS), "--into", str(store), "--jobs", "1"]) == 0
    s = pyoxigraph.Store(str(store))
    lost = sorted(g.value for g in s.named_graphs() if "/article/" in g.value)[0]
    s.remove_graph(pyoxigraph.NamedNode(lost))
    s.flush()
    del s
    capsys.readouterr()
    assert main(["export", str(store), "--out", str(tmp_path / "o")]) != 0
    err = capsys.readouterr().err
    assert "missing" in err and lost in err
    assert not (tmp_path / "o" / "graph.ttl").exists()


def test_export_of_a_loaded_turtle_store_gives_the_triples_back(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`kg load STORE graph.ttl` then `kg export STORE`: the same Turtle and N-Triples; the
    per-article formats are refused with the reason (they need a TriG load)."""
    out = tmp_path / "built"
    assert main(["build", str(SEEDS), "--out", str(out), "--no-html", "--jobs", "1",
                 "--format", "ttl,trig,nt"]) in (0, 2)
    store = tmp_path / "kg-store"
    assert main(["load", str(store), str(out / "graph.ttl")]) == 0
    capsys.readouterr()
    assert main(["export", str(store), "--out", str(tmp_path / "x"), "--no-html"]) == 0
    assert (tmp_path / "x" / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()
    assert not (tmp_path / "x" / "graph.trig").exists()
    assert main(["export", str(store), "--out", str(tmp_path / "x2"), "--format", "nt,graphml"]) == 0
    assert (tmp_path / "x2" / "graph.nt").read_bytes() == (out / "graph.nt").read_bytes()
    assert (tmp_path / "x2" / "graph.graphml").stat().st_size > 0
    capsys.readouterr()
    assert main(["export", str(store), "--out", str(tmp_path / "x3"), "--format", "ttl,trig"]) != 0
    err = capsys.readouterr().err
    assert "plain triples" in err and "graph.trig" in err and not (tmp_path / "x3" / "graph.ttl").exists()
    # the TriG keeps the article graphs: loaded, it exports the same graph the build wrote
    store2 = tmp_path / "trig-store"
    assert main(["load", str(store2), str(out / "graph.trig")]) == 0
    assert main(["export", str(store2), "--out", str(tmp_path / "y"), "--no-html"]) == 0
    assert (tmp_path / "y" / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()
    # both in one store: which triples belong to which article is lost, so it is refused
    assert main(["load", str(store2), str(out / "graph.ttl")]) == 0
    capsys.readouterr()
    assert main(["export", str(store2), "--out", str(tmp_path / "z"), "--no-html"]) != 0
    assert "default graph" in capsys.readouterr().err


def test_a_loaded_turtle_file_with_blank_nodes_exports_as_the_same_graph(tmp_path: Path) -> None:
    from rdflib import Graph
    from rdflib.compare import isomorphic

    src = tmp_path / "mine.ttl"
    src.write_text('@prefix ex: <http://example.org/> .\nex:a ex:knows [ ex:name "Bường"@vi ; ex:age 3 ] .\n',
                   encoding="utf-8")
    assert main(["load", str(tmp_path / "s"), str(src)]) == 0
    assert main(["export", str(tmp_path / "s"), "--out", str(tmp_path / "o"), "--no-html"]) == 0
    assert isomorphic(Graph().parse(tmp_path / "o" / "graph.ttl"), Graph().parse(src))


def test_export_of_a_missing_store_hints_at_build_into(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["export", str(tmp_path / "none"), "--out", str(tmp_path / "o")]) != 0
    err = capsys.readouterr().err
    assert "kg build" in err and "--into" in err and "kg load" not in err


def test_export_of_a_store_with_corrupt_files_says_so_without_a_traceback(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert main(["build", str(SEEDS), "--into", str(store), "--jobs", "1"]) == 0
    for sst in store.glob("*.sst"):  # bit rot: every 97th byte flipped
        data = bytearray(sst.read_bytes())
        for i in range(100, len(data) - 100, 97):
            data[i] ^= 0xFF
        sst.write_bytes(bytes(data))
    for command in (["export", str(store), "--out", str(tmp_path / "o"), "--no-html"],
                    ["query", str(store), "-e", "SELECT * { GRAPH ?g { ?s ?p ?o } }"],
                    ["stats", str(store)]):
        done = subprocess.run([sys.executable, "-m", "kg.cli", *command], capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 1, (command, done.stderr)
        assert "Traceback" not in done.stderr and "damaged" in done.stderr, (command, done.stderr)
    assert not (tmp_path / "o" / "graph.ttl").exists()


def _change(store: Path, change: str) -> str:
    """Change one graph of ``store`` behind kg's back; return the graph's IRI."""
    s = pyoxigraph.Store(str(store))
    graphs = sorted(g.value for g in s.named_graphs())
    article = next(g for g in graphs if "/article/" in g)
    entities = next(g for g in graphs if "/article/" not in g)
    if change == "a quad gone from an article":
        s.remove(next(iter(s.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(article)))))
        touched = article
    elif change == "a quad more in the entities graph":
        s.add(pyoxigraph.Quad(pyoxigraph.NamedNode("http://example.org/x"), pyoxigraph.NamedNode("http://example.org/p"),
                              pyoxigraph.Literal("forged"), pyoxigraph.NamedNode(entities)))
        touched = entities
    else:  # an article graph nobody built
        touched = article + "-forged"
        s.add(pyoxigraph.Quad(pyoxigraph.NamedNode("http://example.org/x"), pyoxigraph.NamedNode("http://example.org/p"),
                              pyoxigraph.Literal("forged"), pyoxigraph.NamedNode(touched)))
    s.flush()
    del s
    return touched


@pytest.mark.parametrize("change", ["a quad gone from an article", "a quad more in the entities graph",
                                    "an article graph more"])
def test_export_refuses_damage_inside_the_graphs(tmp_path: Path, change: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "store"
    assert main(["build", str(SEEDS), "--into", str(store), "--jobs", "1"]) == 0
    touched = _change(store, change)
    capsys.readouterr()
    assert main(["export", str(store), "--out", str(tmp_path / "o"), "--no-html"]) != 0
    err = capsys.readouterr().err
    assert "damaged" in err and touched in err, err
    assert not (tmp_path / "o" / "graph.ttl").exists()


def test_a_store_filled_by_kg_load_records_its_graphs_and_exports(tmp_path: Path) -> None:
    out = tmp_path / "built"
    assert main(["build", str(SEEDS), "--out", str(out), "--no-html", "--jobs", "1"]) == 0
    store = tmp_path / "store"
    assert main(["load", str(store), str(out / "graph.trig")]) == 0
    assert main(["export", str(store), "--out", str(tmp_path / "a"), "--no-html"]) == 0
    _change(store, "a quad gone from an article")
    assert main(["export", str(store), "--out", str(tmp_path / "b"), "--no-html"]) != 0
