"""Every shell command of the README runs on the seeds as written (issue 18), and prints what the README shows.

The commands of each ```sh block are run in order with bash in a scratch folder that
holds the repository's seeds/, ontology/ and .venv (so `kg` and `.venv/bin/kg` both work).
A command is skipped only when it needs a server, a cluster, a tool that is not a
dependency, or is the test suite itself; the reason is listed below, and a command of the
README that is neither run nor listed fails the test.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"

# a command (regular expression, matched at its start) -> why the test does not run it
SKIPPED = {
    r"bash \.ci/run": "the CI script runs this very test suite",
    r"kg serve ": "starts a server (tests/test_serve.py runs kg serve)",
    r"curl ": "talks to a running SPARQL server",
    r"oxigraph ": "the Oxigraph CLI (cargo) is not a dependency",
    r"isql-vt ": "needs a running Virtuoso (tests/test_virtuoso.py starts one and loads the graph)",
    r"fuseki-server |tdb2\.tdbloader ": "Apache Jena is not a dependency",
    r"\.venv/bin/python benchmarks/": "benchmarks run on the bench corpus for minutes",
    r"pip install -e \"\.\[dask\]\"": "installs packages (the test extras already hold Dask)",
    r"dask (scheduler|worker) ": "starts a Dask cluster (tests/test_executors.py uses a LocalCluster)",
    r"kg build /data/articles .*--scheduler": "needs a Dask scheduler on another machine",
}
# a command written for a reader -> the same command as the test runs it
REWRITTEN = {
    # the venv exists already (the test runs in it): only the build of the quick start
    "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/kg build seeds --out exports":
        ".venv/bin/kg build seeds --out exports",
    # [optional arguments] in brackets
    "kg load kg-store exports/graph.ttl [more.trig ...] [--graph IRI]": "kg load kg-store exports/graph.ttl",
}
# files a command names as the reader's own
FIXTURES = {"my-query.rq": "SELECT ?s WHERE { ?s a <https://schema.org/NewsArticle> }\n"}
# commands that need a store before the README creates one (the query examples come first)
SETUP = ["kg load kg-store exports/graph.ttl"]


def readme_commands() -> list[str]:
    """The commands of the README's ```sh blocks (continuation lines joined, comments kept)."""
    commands: list[str] = []
    for block in re.findall(r"^```sh\n(.*?)^```", README.read_text(encoding="utf-8"), re.S | re.M):
        pending = ""
        for line in block.splitlines():
            if line.rstrip().endswith("\\"):
                pending += line.rstrip()[:-1] + " "
                continue
            line = (pending + line).strip()
            pending = ""
            if line and not line.startswith("#"):
                commands.append(line)
    return commands


def readme_outputs() -> dict[str, str]:
    """Command -> the output the README shows for it: a ```sh block of one command followed by a ```text block."""
    shown: dict[str, str] = {}
    pattern = r"^```sh\n([^\n]*)\n```\n\n```text\n(.*?)^```"
    for command, output in re.findall(pattern, README.read_text(encoding="utf-8"), re.S | re.M):
        shown[command.strip()] = output
    return shown


def _without_comment(command: str) -> str:
    return re.sub(r"\s+#\s.*$", "", command).strip() if "#" in command else command


def test_every_readme_command_runs_or_says_why_not(tmp_path: Path) -> None:
    commands = readme_commands()
    assert len(commands) > 10
    work = tmp_path / "work"
    work.mkdir()
    for name in ("seeds", "ontology", ".venv"):
        (work / name).symlink_to(ROOT / name)
    for name, text in FIXTURES.items():
        (work / name).write_text(text, encoding="utf-8")
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")

    def run(command: str) -> str:
        done = subprocess.run(["bash", "-c", command], cwd=work, env=env, capture_output=True,
                              text=True, timeout=600)
        assert done.returncode == 0, f"README command failed ({done.returncode}): {command}\n{done.stderr[-2000:]}"
        return done.stdout

    outputs = readme_outputs()
    assert len(outputs) >= 6, "the README shows the output of each kg ask question"

    ran, skipped = [], []
    for command in commands:
        command = REWRITTEN.get(_without_comment(command), command)
        reason = next((why for pattern, why in SKIPPED.items() if re.match(pattern, command)), None)
        if reason is not None:
            skipped.append((command, reason))
            continue
        stdout = run(command)
        if command in outputs:  # the README shows this command's output: it is the real one
            assert stdout == outputs[command], f"README shows another output for: {command}\n{stdout}"
        ran.append(command)
        if command.endswith("--out exports"):
            for step in SETUP:
                run(step)
    assert any("kg build seeds --out exports" in c for c in ran)
    assert any(c.startswith("kg stats") for c in ran) and any(c.startswith("kg query") for c in ran)
    assert (work / "rows.json").is_file()
    assert set(outputs) <= set(ran), f"outputs shown for commands that do not run: {set(outputs) - set(ran)}"
    assert (work / "exports" / "report.html").is_file() and (work / "tasks.csv").is_file()
    asked = {c.split()[3] for c in ran if c.startswith("kg ask ")}
    assert asked >= {"person", "body", "locality", "between", "top-officials", "top-bodies"}
    # every skip reason is still used: a README edit that drops a command drops its excuse too
    unused = [p for p in SKIPPED if not any(re.match(p, c) for c, _ in skipped)]
    assert not unused, f"skip patterns no README command matches: {unused}"


def test_readme_images_exist() -> None:
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README.read_text(encoding="utf-8"))
    assert "docs/report-seeds.png" in images
    missing = [i for i in images if not (ROOT / i).is_file()]
    assert not missing, f"README images missing: {missing}"
