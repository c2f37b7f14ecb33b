"""Bad inputs, generated here, build with the right report.json, stderr lines and exit code."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
from pathlib import Path

import pytest

import kg.progress
from kg.cli import main
from kg.pipeline import BuildOptions, build

from .seed_formats import SEEDS, jsonl_line, jsonl_record, portal_page, seed_doc

FIFTY_MB = 50 * 1024 * 1024

# what each bad input must be reported as: (section of report.json, words in the reason)
EXPECTED = {
    "empty.txt": ("skipped", "empty"),
    "binary.txt": ("skipped", "binary"),
    "huge.txt": ("skipped", "over the 20,971,520-byte limit"),
    "one-line.txt": ("skipped", "over the 200,000-character limit"),
    "english.txt": ("skipped", "no Vietnamese"),
    "no-text.html": ("skipped", "no article text"),
    "zz-vanishes.txt": ("skipped", "file not found"),
    "dump.jsonl:2": ("skipped", "not valid JSON"),
    "cut-utf8.txt": ("warnings", "middle of a UTF-8 character"),
    "cut-tag.html": ("warnings", "ends inside a tag"),
    "legacy.txt": ("warnings", "Windows-1258"),
    "sub/loop": ("warnings", "symlink loop"),
}
BUILT = ["cut-tag.html", "cut-utf8.txt", "dump.jsonl:1", "legacy.txt", "page.html",
         "seed-0.txt", "seed-1.txt"]


@pytest.fixture
def corpus(tmp_path: Path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    seed0, seed1 = seed_doc(SEEDS[0]), seed_doc(SEEDS[1])
    shutil.copyfile(SEEDS[0], root / "seed-0.txt")
    shutil.copyfile(SEEDS[1], root / "seed-1.txt")
    (root / "page.html").write_text(portal_page(seed_doc(SEEDS[2])), encoding="utf-8")
    (root / "dump.jsonl").write_text(jsonl_line(jsonl_record(seed_doc(SEEDS[3]), "s3"))
                                     + '{"id": "x", "title": \n', encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(256))
    text = SEEDS[4].read_bytes()
    (root / "cut-utf8.txt").write_bytes(text[: text.rindex("ệ".encode()) + 2])
    page = portal_page(seed1)
    (root / "cut-tag.html").write_text(page[: page.index("</article>") + 5], encoding="utf-8")
    from .seed_formats import cp1258

    (root / "legacy.txt").write_bytes(cp1258(SEEDS[0].read_text(encoding="utf-8-sig")))
    with open(root / "huge.txt", "wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(FIFTY_MB)
    sentence = seed0.slice(seed0.body).split("\n")[0].strip() + " "
    (root / "one-line.txt").write_text(sentence * (1024 * 1024 // len(sentence.encode()) + 1),
                                       encoding="utf-8")
    (root / "english.txt").write_text("The city council met on Monday.\nIt approved the "
                                      "budget for the new school and the bridge.\n", "utf-8")
    # a page rendered by JavaScript, saved before its content arrived
    (root / "no-text.html").write_text("<html><head><title>Đang tải</title></head><body>"
                                       "<div id='app'></div><script>render('#app')</script>"
                                       "</body></html>", encoding="utf-8")
    (root / "zz-vanishes.txt").write_bytes(SEEDS[0].read_bytes())
    os.symlink(root, root / "sub" / "loop")
    yield root
    (root / "huge.txt").unlink()


@pytest.fixture
def vanish_mid_build(monkeypatch, corpus):
    """Delete zz-vanishes.txt once the first input has been read (it was found by the walk)."""
    import kg.pipeline

    original = kg.pipeline.read_all

    def read_all(src, limits):
        (corpus / "zz-vanishes.txt").unlink(missing_ok=True)
        return original(src, limits)

    monkeypatch.setattr(kg.pipeline, "read_all", read_all)
    return corpus


def test_bad_input_corpus_report_stderr_and_exit_code(vanish_mid_build, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["build", str(vanish_mid_build), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 3
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["exit_code"] == 3
    assert report["built"] == BUILT
    reported = {e["source"]: ("skipped", e["reason"]) for e in report["skipped"]}
    reported |= {e["source"]: ("warnings", e["message"]) for e in report["warnings"]}
    assert sorted(reported) == sorted(EXPECTED)
    for source, (section, words) in EXPECTED.items():
        assert reported[source][0] == section, source
        assert words in reported[source][1], (source, reported[source])
        # each bad input is named on exactly one stderr line
        lines = [line for line in err.splitlines() if f" {source}:" in line]
        assert len(lines) == 1, (source, err)
        prefix = "kg: skipped " if section == "skipped" else "kg: warning: "
        assert lines[0].startswith(prefix + source + ": ")
    assert report["counts"] == {
        "sources": 14, "built": len(BUILT), "skipped": 8, "warnings": 4,
        "facts": report["counts"]["facts"], "triples": report["counts"]["triples"], "tenure_conflicts": 0}
    assert report["counts"]["facts"] > 0
    assert str(tmp_path) not in (out / "report.json").read_text(encoding="utf-8")
    assert (out / "graph.ttl").stat().st_size > 0
    assert "built 7 article(s)" in err and "skipped 8" in err


def test_report_is_deterministic(corpus, tmp_path, capsys):
    (corpus / "zz-vanishes.txt").unlink()
    for name in ("a", "b"):
        assert main(["build", str(corpus), "--out", str(tmp_path / name), "--jobs", "1"]) == 3
    capsys.readouterr()
    for name in ("report.json", "graph.ttl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_file_removed_mid_build_is_reported_and_the_rest_built(tmp_path, monkeypatch):
    import kg.pipeline

    for i in range(3):
        shutil.copyfile(SEEDS[i], tmp_path / f"{i}.txt")
    seen: list[str] = []
    original = kg.pipeline.read_all

    def read_all(src, limits):  # the first read happens after the walk listed all three
        (tmp_path / "2.txt").unlink(missing_ok=True)
        return original(src, limits)

    monkeypatch.setattr(kg.pipeline, "read_all", read_all)
    result = build([tmp_path], options=BuildOptions(), progress=seen.append)
    assert result.built == ["0.txt", "1.txt"]
    assert [(p.source, "file not found" in p.reason) for p in result.problems] == [("2.txt", True)]
    assert seen == ["0.txt", "1.txt", "2.txt"]


def test_only_bad_inputs_exit_1_with_a_report(corpus, tmp_path, capsys):
    for name in ["seed-0.txt", "seed-1.txt", "page.html", "dump.jsonl", "cut-utf8.txt",
                 "cut-tag.html", "legacy.txt", "zz-vanishes.txt"]:
        (corpus / name).unlink()
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out)]) == 1
    assert "no article could be built" in capsys.readouterr().err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["exit_code"] == 1 and report["built"] == [] and len(report["skipped"]) == 6
    assert not (out / "graph.ttl").exists()


def test_strict_stops_at_the_first_problem_and_says_so(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "--strict"]) == 1
    err = capsys.readouterr().err
    assert "binary.txt" in err and "--strict" in err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["exit_code"] == 1 and report["stopped"]
    assert [p["source"] for p in report["skipped"]] == ["binary.txt"]  # the first, in order
    assert not (out / "graph.ttl").exists()


def test_limits_are_options_and_hitting_one_is_reported(tmp_path, capsys):
    small, big = sorted(SEEDS[:2], key=lambda p: p.stat().st_size)
    shutil.copyfile(small, tmp_path / "a.txt")
    shutil.copyfile(big, tmp_path / "b.txt")
    size = big.stat().st_size
    out = tmp_path / "out"
    code = main(["build", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--out", str(out),
                 "--max-file-size", f"{size - 1}", "--max-chars", "100000"])
    assert code == 3
    err = capsys.readouterr().err
    assert f"kg: skipped b.txt: file is {size:,} bytes, over the {size - 1:,}-byte limit" in err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["limits"] == {"max_file_bytes": size - 1, "max_article_chars": 100000}
    assert main(["build", str(tmp_path / "a.txt"), "--out", str(out), "--max-chars", "50"]) == 1
    assert "over the 50-character limit" in capsys.readouterr().err


def test_missing_input_is_reported(tmp_path, capsys):
    shutil.copyfile(SEEDS[0], tmp_path / "a.txt")
    code = main(["build", str(tmp_path / "a.txt"), str(tmp_path / "nope.txt"),
                 "--out", str(tmp_path / "out")])
    assert code == 3
    assert "kg: skipped nope.txt: no such file or folder" in capsys.readouterr().err


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_quiet_log_otherwise(monkeypatch, caplog):
    monkeypatch.setattr(kg.progress, "BAR_DELAY_SECONDS", 0)
    tty = _Tty()
    bar = kg.progress.Progress(tty)
    bar.start(3)
    for name in ["a.txt", "b.txt", "c.txt"]:
        bar(name)
    assert bar._bar is not None and bar._bar.n == 3
    bar.close()
    assert "kg build:" in tty.getvalue() and "/3 [" in tty.getvalue()
    plain = io.StringIO()
    caplog.set_level("INFO", logger="kg.build")
    quiet = kg.progress.Progress(plain)
    quiet.start(3)
    for name in ["a.txt", "b.txt", "c.txt"]:
        quiet(name)
    quiet.close()
    assert plain.getvalue() == ""
    assert "read 3/3 input(s)" in caplog.text


def test_a_vietnamese_article_full_of_foreign_names_is_still_vietnamese(tmp_path):
    from kg.ingest.base import looks_vietnamese

    names = " ".join(["Čech", "Özil", "Rakitić", "Mandžukić", "Pjanić", "Gündoğan"] * 12)
    text = ("UEFA hướng dẫn phát âm tên cầu thủ ở Champions League. Nhân đó, UEFA đã có bản hướng dẫn "
            "phát âm các cầu thủ của các đội bóng góp mặt: " + names)
    assert looks_vietnamese(text)
    assert not looks_vietnamese("The quick brown fox jumps over the lazy dog. " * 20)


def test_no_eta_until_the_files_after_the_first_give_a_real_rate(monkeypatch):
    """The first file loads the models (8 s here); an ETA from it read 2:17:49 for 1,000 files."""
    monkeypatch.setattr(kg.progress, "BAR_DELAY_SECONDS", 0)
    now = [0.0]
    tty = _Tty()
    bar = kg.progress.Progress(tty, clock=lambda: now[0])
    bar.start(1000)
    now[0] = 8.0
    bar("first.txt")
    bar._bar.refresh()
    first = tty.getvalue()
    assert "ETA …" in first and not re.search(r"ETA \d", first) and "<" not in first
    for i in range(150):  # then 100 files a second
        now[0] += 0.01
        bar(f"{i}.txt")
    bar._bar.refresh()
    assert bar.eta() == pytest.approx(849 / 100)
    assert "ETA 0:08" in tty.getvalue()
    bar.close()
