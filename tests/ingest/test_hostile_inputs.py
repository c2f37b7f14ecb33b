"""Hostile inputs (issue 20): each is reported for its own source and the others are built;
nothing hangs, nothing exhausts memory, no message echoes terminal escape codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

from kg.cli import main
from kg.ingest.html import MAX_ATTRIBUTES_PER_TAG, cap_attributes

from ..conftest import SEEDS

SEED = sorted(SEEDS.glob("*.txt"))[0]
TEXT = SEED.read_text(encoding="utf-8")


def _report(out: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((out / "report.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _graph_ok(out: Path) -> int:
    g = rdflib.Graph()
    g.parse(out / "graph.ttl", format="turtle")
    return len(g)


def test_a_lone_surrogate_in_jsonl_does_not_lose_the_build(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a", "title": "Tin \ud800 mới", "text": TEXT}),
             json.dumps({"id": "b", "title": "Tin hai", "text": TEXT.replace("Bắc Kạn", "Bắc\udfff Kạn", 1)})]
    src = tmp_path / "in"
    src.mkdir()
    (src / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (src / "ok.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--jobs", "1"]) == 0
    report = _report(out)
    assert len(report["built"]) == 3
    assert any("surrogate" in w["message"] for w in report["warnings"])
    assert _graph_ok(out) > 0


def test_a_file_name_that_is_not_utf8_is_built_and_reported(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    os.makedirs(src, exist_ok=True)
    with open(os.path.join(os.fsencode(src), b"bad-\xff\xfe.txt"), "wb") as fh:
        fh.write(TEXT.encode("utf-8"))
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--jobs", "1"]) == 0
    assert _graph_ok(out) > 0
    report = _report(out)
    assert any("not valid UTF-8" in w["message"] for w in report["warnings"])
    assert "bad-\ufffd\ufffd.txt" in json.dumps(report, ensure_ascii=False)


def test_a_fifo_and_a_device_in_the_inputs_are_skipped_without_hanging(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    os.mkfifo(src / "pipe.txt")
    (src / "zero.txt").symlink_to("/dev/zero")
    (src / "zero.jsonl").symlink_to("/dev/zero")
    (src / "ok.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    # in a child with a timeout: the old code blocked forever opening the FIFO
    for args in ([str(src)], [str(src / "pipe.txt"), str(src / "zero.txt"), str(src / "zero.jsonl"),
                              str(src / "ok.txt")]):
        done = subprocess.run([sys.executable, "-m", "kg.cli", "build", *args, "--out", str(out),
                               "--jobs", "1", "--max-file-size", "1M"],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode in (0, 3), done.stderr
        said = done.stderr
        assert "pipe.txt" in said and "FIFO" in said
        assert "zero.txt" in said and "character device" in said
        assert "zero.jsonl" in said
        assert len(_report(out)["built"]) == 1


def test_an_unexpected_error_in_one_source_is_a_problem_for_that_source(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.ingest.walk as walk

    real = walk.parse_decoded

    def boom(text: str, source: str):  # type: ignore[no-untyped-def]
        if "boom" in source:
            raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")
        return real(text, source)

    monkeypatch.setattr(walk, "parse_decoded", boom)
    src = tmp_path / "in"
    src.mkdir()
    (src / "boom.txt").write_text(TEXT, encoding="utf-8")
    (src / "ok.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--jobs", "1"]) != 0
    report = _report(out)
    assert len(report["built"]) == 1
    assert [s["source"] for s in report["skipped"]] == ["boom.txt"]
    assert "internal error" in report["skipped"][0]["reason"]


def test_a_page_with_thousands_of_attributes_is_capped_and_reported(tmp_path: Path) -> None:
    body = "".join(f"<p>{para}</p>" for para in TEXT.split("\n\n"))
    attrs = " ".join(f'data-a{i}="v"' for i in range(20_000))
    page = f"<html><head><title>Tin</title></head><body><div {attrs}><article>{body}</article></div></body></html>"
    src = tmp_path / "page.html"
    src.write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--jobs", "1"]) == 0
    warnings = [w["message"] for w in _report(out)["warnings"]]
    dropped = 20_000 - MAX_ATTRIBUTES_PER_TAG
    assert any(f"{dropped:,} attributes dropped" in w for w in warnings), warnings


@pytest.mark.parametrize("value", ['"<v>"', "'a<b'", '"x>y"', "a<b", '"</div>"'])
def test_the_attribute_cap_holds_whatever_the_values_hold(value: str) -> None:
    attrs = " ".join(f"data-a{i}={value}" for i in range(5_000))
    page = f"<html><body><div {attrs} ><p>kept</p></div></body></html>"
    capped, dropped = cap_attributes(page)
    assert dropped == 5_000 - MAX_ATTRIBUTES_PER_TAG
    kept = capped.split("<p>")[0]
    assert f"data-a{MAX_ATTRIBUTES_PER_TAG - 1}=" in kept and f"data-a{MAX_ATTRIBUTES_PER_TAG}=" not in kept
    assert capped.endswith("><p>kept</p></div></body></html>")


def test_a_quoted_angle_bracket_does_not_end_or_start_a_tag() -> None:
    many = " ".join(f"b{i}" for i in range(MAX_ATTRIBUTES_PER_TAG + 6))
    page = f'<p title="1 > 0 <x {many}>" {many}>text</p>'
    capped, dropped = cap_attributes(page)
    assert dropped == 7  # the tag's own attributes: title and b0..b69; none inside the quotes
    assert capped.startswith(f'<p title="1 > 0 <x {many}>" b0 ') and capped.endswith(">text</p>")
    assert cap_attributes("<p class='a'>short</p>") == ("<p class='a'>short</p>", 0)


def test_200k_attributes_with_angle_brackets_in_values_are_capped_and_built(tmp_path: Path) -> None:
    body = "".join(f"<p>{para}</p>" for para in TEXT.split("\n\n"))
    attrs = " ".join(f'data-a{i}="<b>{i}</b>"' for i in range(200_000))
    page = f"<html><head><title>Tin</title></head><body><div {attrs}><article>{body}</article></div></body></html>"
    src = tmp_path / "page.html"
    src.write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--jobs", "1"]) == 0
    warnings = [w["message"] for w in _report(out)["warnings"]]
    assert any(f"{200_000 - MAX_ATTRIBUTES_PER_TAG:,} attributes dropped" in w for w in warnings), warnings


def test_terminal_escape_codes_in_data_are_not_echoed(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in"
    src.mkdir()
    (src / "x\x1b[2J\x1b]0;pwned\x07.txt").write_text("hello world, not an article", encoding="utf-8")
    (src / "ok.txt").write_text(TEXT, encoding="utf-8")
    line = json.dumps({"id": "e\x1b[31m", "title": "t", "text": ""})
    (src / "d.jsonl").write_text(line + "\n", encoding="utf-8")
    main(["build", str(src), "--out", str(tmp_path / "out"), "--jobs", "1"])
    err = capsys.readouterr().err
    assert "x.txt" not in err  # sanity: the name is there, escaped
    assert "\x1b" not in err and "\x07" not in err
    assert "\\x1b[2J" in err


def test_localities_tsv_gives_each_part_of_a_mixed_folder_its_home(tmp_path: Path) -> None:
    src = tmp_path / "in"
    text = "UBND huyện họp giao ban\nSáng 6/5, đồng chí Nguyễn Văn A, Chủ tịch UBND huyện chủ trì.\n"
    for sub in ("dak-song", "other"):
        (src / sub).mkdir(parents=True)
        (src / sub / "a.txt").write_text(text, encoding="utf-8")
    (src / "localities.tsv").write_text(
        "# path prefix\tunit\ndak-song/\thuyện Đắk Song, tỉnh Đắk Nông\nother/\thuyện Krông Nô, tỉnh Đắk Nông\n"
        "broken line\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--no-html", "--jobs", "1"]) == 0
    labels = {str(o) for o in rdflib.Graph().parse(out / "graph.ttl").objects(None, rdflib.RDFS.label)}
    assert "Ủy ban nhân dân huyện Đắk Song" in labels
    assert "Ủy ban nhân dân huyện Krông Nô" in labels
    assert any(w["source"] == "localities.tsv:4" for w in _report(out)["warnings"])
