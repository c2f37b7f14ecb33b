"""Interop: the exported graph.ttl loads into Virtuoso and answers like pyoxigraph and rdflib.

The test starts its own Virtuoso (``virtuoso-t``) on 127.0.0.1 with free ports,
a temporary database and a generated ``virtuoso.ini``; loads the Turtle with
``DB.DBA.TTLP`` through ``isql-vt`` into a named graph; compares the triple
count with rdflib's; runs each shipped query through Virtuoso's SPARQL
endpoint (SPARQL 1.1 Protocol, ``default-graph-uri`` = that graph) and
compares the rows, as sets of tuples of strings, with pyoxigraph's and
rdflib's. Then it shuts Virtuoso down. Without Virtuoso installed the test
fails and says how to install it (CI installs it from .ci/deps.d/virtuoso.sh).
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import rdflib

from kg.store.query import COMPETENCY, load_oxigraph, load_rdflib, run_oxigraph, run_rdflib, shipped_query
from tests.query_sample import write_sample

START_TIMEOUT = 90
STOP_TIMEOUT = 30
ISQL_TIMEOUT = 120
HTTP_TIMEOUT = 60
SEEDS_GRAPH = "urn:vn-gov-kg:test:seeds"
SAMPLE_GRAPH = "urn:vn-gov-kg:test:sample"
QUERIES = (*COMPETENCY, "person-posts", "org-tasks", "chaired-meetings", "post-timeline")
INSTALL = ("Virtuoso is not installed (needs `virtuoso-t` and `isql-vt`). Install it with "
           "`sudo bash .ci/deps.d/virtuoso.sh` (Debian/Ubuntu: "
           "`apt-get install -y virtuoso-opensource-7-bin`); CI does this before the tests.")

INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
MaxClientConnections = 8
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {d}
ThreadCleanupInterval = 0
ResourcesCleanupInterval = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
MaxClientConnections = 4
ServerThreads = 4

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Virtuoso:
    """A running test instance: its folder, ports and the isql binary."""

    root: Path
    sql_port: int
    http_port: int
    isql: str

    def sql(self, *statements: str) -> str:
        """Run SQL statements through isql-vt; return its output, fail on any error."""
        cmd = [self.isql, f"127.0.0.1:{self.sql_port}", "dba", "dba",
               *(f"EXEC={s}" for s in statements)]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=ISQL_TIMEOUT)
        out = done.stdout + done.stderr
        if done.returncode != 0 or "*** Error" in out:
            pytest.fail(f"isql-vt failed ({done.returncode}): {out[-2000:]}")
        return out

    def select(self, query: str, graph: str) -> tuple[list[str], set[tuple[str, ...]]]:
        """Run a SELECT over the SPARQL endpoint; return (variables, rows as string tuples)."""
        body = urllib.parse.urlencode({"query": query, "default-graph-uri": graph}).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{self.http_port}/sparql", data=body,
                                     headers={"Accept": "application/sparql-results+json"})
        try:
            with urllib.request.urlopen(req, timeout=HTTP_TIMEOUT) as resp:
                data = json.load(resp)
        except urllib.error.HTTPError as exc:
            pytest.fail(f"Virtuoso refused the query ({exc.code}): {exc.read().decode()[:2000]}")
        variables = data["head"]["vars"]
        rows = {tuple(b.get(v, {}).get("value", "") for v in variables)
                for b in data["results"]["bindings"]}
        return variables, rows


def wait_online(proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace") if log.exists() else ""
        if "Server online at" in text:
            return
        if proc.poll() is not None:
            pytest.fail(f"virtuoso-t exited with {proc.returncode} while starting:\n{text[-3000:]}")
        time.sleep(0.3)
    pytest.fail(f"virtuoso-t not online after {START_TIMEOUT}s:\n"
                f"{log.read_text(errors='replace')[-3000:] if log.exists() else '(no log)'}")


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if not server or not isql:
        pytest.fail(INSTALL)
    root = tmp_path_factory.mktemp("virtuoso")
    v = Virtuoso(root, free_port(), free_port(), isql)
    ini = root / "virtuoso.ini"
    ini.write_text(INI.format(d=root, sql_port=v.sql_port, http_port=v.http_port), encoding="utf-8")
    with open(root / "stdout.log", "wb") as out:
        proc = subprocess.Popen([server, "+foreground", "+configfile", str(ini)], cwd=root,
                                stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_online(proc, root / "virtuoso.log")
        yield v
    finally:
        try:
            subprocess.run([isql, f"127.0.0.1:{v.sql_port}", "dba", "dba", "EXEC=shutdown;"],
                           capture_output=True, timeout=STOP_TIMEOUT)
            proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


@pytest.fixture(scope="module")
def loaded(virtuoso: Virtuoso, seeds_build: Path) -> dict[str, Path]:
    """Load the seeds' graph.ttl and the sample graph into two named graphs."""
    files = {SEEDS_GRAPH: seeds_build / "graph.ttl",
             SAMPLE_GRAPH: write_sample(virtuoso.root)}
    for graph, path in files.items():
        local = virtuoso.root / f"{graph.rsplit(':', 1)[1]}.ttl"
        if path != local:
            shutil.copyfile(path, local)
        virtuoso.sql(f"DB.DBA.TTLP(file_to_string_output('{local}'), '', '{graph}', 0);")
    virtuoso.sql("checkpoint;")
    return files


def test_virtuoso_is_local_only(virtuoso: Virtuoso):
    ini = (virtuoso.root / "virtuoso.ini").read_text(encoding="utf-8")
    assert f"ServerPort = 127.0.0.1:{virtuoso.sql_port}" in ini
    assert f"ServerPort = 127.0.0.1:{virtuoso.http_port}" in ini
    log = (virtuoso.root / "virtuoso.log").read_text(errors="replace")
    assert f"Server online at 127.0.0.1:{virtuoso.sql_port}" in log


@pytest.mark.parametrize("graph", [SEEDS_GRAPH, SAMPLE_GRAPH])
def test_same_triple_count_as_rdflib(virtuoso: Virtuoso, loaded: dict[str, Path], graph: str):
    g = rdflib.Graph().parse(loaded[graph], format="turtle")
    _, rows = virtuoso.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", graph)
    assert rows == {(str(len(g)),)}
    assert len(g) > 50


@pytest.mark.parametrize("name", QUERIES)
@pytest.mark.parametrize("graph", [SEEDS_GRAPH, SAMPLE_GRAPH])
def test_same_rows_in_virtuoso_oxigraph_rdflib(virtuoso: Virtuoso, loaded: dict[str, Path],
                                               graph: str, name: str):
    text = shipped_query(name).text
    ox = run_oxigraph(load_oxigraph(loaded[graph]), text, union=False)
    rl = run_rdflib(load_rdflib(loaded[graph]), text)
    variables, vrows = virtuoso.select(text, graph)
    assert variables == list(ox.variables)
    assert ox.as_strings() == rl.as_strings(), f"{name}: pyoxigraph and rdflib differ"
    assert vrows == ox.as_strings(), (f"{name}: Virtuoso differs; only in Virtuoso "
                                      f"{sorted(vrows - ox.as_strings())[:3]}, only in pyoxigraph "
                                      f"{sorted(ox.as_strings() - vrows)[:3]}")
    if graph == SAMPLE_GRAPH:
        assert vrows, f"{name} returns no row from the sample graph"
