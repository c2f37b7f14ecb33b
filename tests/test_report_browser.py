"""``report.html`` in a real headless browser (Debian chromium, driven by Playwright, as the view's tests).

A build of the seeds plus two bad files: the page renders its sections and charts, asks
the network for nothing (every request is recorded; only the page itself is loaded), logs
no error, and shows the skipped files with their reasons.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from kg.cli import main
from tests.conftest import SEEDS
from tests.test_view_browser import Session, browser_context, session  # noqa: F401 - fixtures


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    inputs = tmp_path_factory.mktemp("in")
    shutil.copytree(SEEDS, inputs, dirs_exist_ok=True)
    (inputs / "broken.txt").write_bytes(b"\xff\xfe\x00\x00 not text \x00")
    (inputs / "empty.txt").write_bytes(b"")
    out = tmp_path_factory.mktemp("out")
    assert main(["build", str(inputs), "--out", str(out)]) == 3  # built, some skipped
    return out


def test_report_renders_with_charts_and_no_request(session: Session, bad_build: Path):  # noqa: F811
    requests: list[str] = []
    session.page.on("request", lambda req: requests.append(req.url))
    session.page.goto((bad_build / "report.html").resolve().as_uri())
    session.page.wait_for_load_state("load")
    assert requests == [(bad_build / "report.html").resolve().as_uri()]
    session.clean()
    page: Any = session.page
    assert page.title() == "vn-gov-kg build report"
    headings = page.locator("h2").all_inner_texts()
    assert headings == ["Counts per fact type", "Facts per province", "Facts per month",
                        "Most connected officials and bodies", "Skipped files and warnings", "Accuracy"]
    charts = page.locator("svg.chart")
    assert charts.count() == 3
    for i in range(3):
        box = charts.nth(i).bounding_box()
        assert box is not None and box["width"] > 400 and box["height"] > 100
        assert charts.nth(i).locator("path, rect").count() > 5  # bars drawn
    provinces = page.locator("#provinces svg.chart").text_content() or ""
    assert "tỉnh Quảng Ninh" in provinces and "tasks" in provinces  # labels and legend as text
    connected = page.locator("#connected svg.chart").text_content() or ""
    assert "Hồ Quang Huy" in connected
    tasks_row = page.locator("#counts tr", has_text="tasks").first.inner_text().split()
    assert tasks_row[-1] == "70"  # the seeds' tasks


def test_report_lists_the_skipped_files(session: Session, bad_build: Path):  # noqa: F811
    session.page.goto((bad_build / "report.html").resolve().as_uri())
    session.clean()
    report = json.loads((bad_build / "report.json").read_text(encoding="utf-8"))
    assert {s["source"] for s in report["skipped"]} == {"broken.txt", "empty.txt"}
    cards = session.page.locator(".card.bad").all_inner_texts()
    assert any("skipped" in c and "2" in c for c in cards)
    rows = session.page.locator("#problems tbody tr").all_inner_texts()
    shown = {tuple(r.split("\t")) for r in rows}
    assert {(s["source"], s["reason"]) for s in report["skipped"]} <= shown
    assert session.page.locator("#problems h3").first.inner_text() == "Skipped (2)"
