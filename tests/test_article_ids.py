"""Article identity (issue 30): ids are collision-resistant (128 bits of SHA-256 of the text), and
two different texts that claim one id are refused, naming both files, never merged or replaced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg.ingest.text
from kg.cli import main
from kg.ingest.text import make_doc_id

from .conftest import SEEDS

TEXT = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
HEAD, REST = TEXT.split("\n", 1)
# Two variants of the first seed (its headline ends with " 42299" and " 62193") whose ids met
# under the old 32-bit id (slug + 8 hex digits of SHA-1): found by trying 62,194 variants.
OLD_COLLISION = (42299, 62193)


def _variant(i: int) -> str:
    return f"{HEAD} {i}\n{REST}"


def _articles(out: Path) -> list[str]:
    import rdflib

    g = rdflib.Dataset()
    g.parse(out / "graph.trig", format="trig")
    return sorted(str(c.identifier) for c in g.graphs() if "/article/" in str(c.identifier))


def test_ids_carry_128_bits_of_the_texts_sha256() -> None:
    import hashlib

    text = _variant(1)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert make_doc_id("a/same.txt", text) == f"same-{digest[:32]}"


def test_two_articles_whose_old_ids_met_stay_two_articles(tmp_path: Path) -> None:
    src = tmp_path / "in"
    for i in OLD_COLLISION:  # the same file name in two folders: the same slug
        (src / str(i)).mkdir(parents=True)
        (src / str(i) / "same.txt").write_text(_variant(i), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--jobs", "1", "--no-html"]) == 0
    assert len(_articles(out)) == 2
    # added one after the other to a store, the second does not replace the first
    store = tmp_path / "store"
    for i in OLD_COLLISION:
        assert main(["build", str(src / str(i)), "--into", str(store), "--jobs", "1"]) == 0
    assert main(["export", str(store), "--out", str(tmp_path / "exp"), "--no-html"]) == 0
    assert len(_articles(tmp_path / "exp")) == 2


def test_two_different_texts_claiming_one_id_are_refused_naming_both(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # ids of one hex digit collide at once: the check, not the hash, must keep the texts apart
    monkeypatch.setattr(kg.ingest.text, "ID_DIGEST_HEX", 1)
    src = tmp_path / "in"
    for i in range(20):
        (src / f"d{i:02}").mkdir(parents=True)
        (src / f"d{i:02}" / "same.txt").write_text(_variant(i), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--jobs", "1", "--no-html"]) == 3
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    built, skipped = report["built"], report["skipped"]
    assert len(built) + len(skipped) == 20 and skipped
    assert len(_articles(out)) == len(built)  # one graph per built article: nothing merged
    for problem in skipped:
        assert "id collision" in problem["reason"]
        assert any(b in problem["reason"] for b in built), problem  # names the first file
    assert "id collision" in capsys.readouterr().err
    assert main(["build", str(src), "--out", str(tmp_path / "strict"), "--jobs", "1", "--strict"]) == 1
    assert "id collision" in capsys.readouterr().err
