"""benchmarks/bench.py leaves the tracked results.json alone unless told to write it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT, SEEDS

SCRIPT = ROOT / "benchmarks" / "bench.py"
RESULTS = ROOT / "benchmarks" / "results.json"


def test_a_run_prints_its_figures_and_leaves_the_tracked_results_alone(tmp_path: Path) -> None:
    before = RESULTS.read_bytes()
    p = subprocess.run([sys.executable, str(SCRIPT), "--corpus", str(SEEDS), "--sizes", "2", "--jobs", "1",
                        "--peer-sample", "0"], capture_output=True, text=True, check=False, cwd=tmp_path)
    assert p.returncode == 0, p.stderr[-2000:]
    figures = json.loads(p.stdout)
    assert figures["scaling"][0]["size"] == 2 and figures["scaling"][0]["articles_per_s"] > 0
    assert RESULTS.read_bytes() == before
    assert list(tmp_path.iterdir()) == []


def test_write_and_out_name_where_the_figures_go() -> None:
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import bench
    finally:
        sys.path.remove(str(SCRIPT.parent))
    assert bench.parse_args([]).out is None
    assert bench.parse_args(["--write"]).out == str(RESULTS)
    assert bench.parse_args(["--out", "x.json"]).out == "x.json"


def test_merge_step_reports_each_resolution_stage_and_writes_the_graph(tmp_path: Path) -> None:
    p = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "merge_step.py"), "--corpus", str(SEEDS),
                        "--out", str(tmp_path / "out")], capture_output=True, text=True, check=False, cwd=tmp_path)
    assert p.returncode == 0, p.stderr[-2000:]
    figures = json.loads(p.stdout)
    stages = [s["stage"].split(" over ")[0] for s in figures["stages"]]
    assert stages[1:4] == ["resolving people", "resolving meetings", "dating tenures"]
    assert figures["articles"] == 5 and figures["merge_step"]["cpu_s"] >= 0
    assert figures["merge_step"]["peak_mb_after"] >= figures["merge_step"]["peak_mb_before"] > 0
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0
