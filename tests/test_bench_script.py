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
