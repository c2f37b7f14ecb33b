"""Incremental builds into a store: idempotent, equal to a full rebuild, merges across additions."""

from __future__ import annotations

from pathlib import Path

from kg.cli import main

from .conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _run(*args: str) -> int:
    return main(list(args))


def test_incremental_result_equals_a_full_rebuild(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    assert _run("build", *map(str, SEED_FILES[:2]), "--into", store) == 0
    assert _run("build", *map(str, SEED_FILES[2:]), "--into", store) == 0
    assert _run("export", store, "--out", str(tmp_path / "inc"), "--format", "ttl,trig,nq") == 0
    assert _run("build", str(SEEDS), "--out", str(tmp_path / "full"), "--format", "ttl,trig,nq") == 0
    for name in ("graph.ttl", "graph.trig", "graph.nq", "graph.html"):
        assert (tmp_path / "inc" / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name


def test_adding_the_same_article_again_changes_nothing(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    assert _run("build", str(SEEDS), "--into", store, "--out", str(tmp_path / "a"), "--no-html") == 0
    assert _run("build", str(SEED_FILES[3]), "--into", store, "--out", str(tmp_path / "b"), "--no-html") == 0
    assert (tmp_path / "a" / "graph.trig").read_bytes() == (tmp_path / "b" / "graph.trig").read_bytes()


def test_people_merge_across_additions_like_in_a_full_build(tmp_path: Path) -> None:
    first, second = tmp_path / "y0.txt", tmp_path / "y1.txt"
    first.write_text("Huyện Đắk Song họp\nĐồng chí Y Quang BKrông, Phó Chủ tịch UBND huyện Đắk Song "
                     "phát biểu.\n", encoding="utf-8")
    second.write_text("Huyện Đắk Song họp lần hai\nĐồng chí Y Quang Buôn Krông, Phó Chủ tịch UBND huyện "
                      "Đắk Song phát biểu.\n", encoding="utf-8")
    store = str(tmp_path / "store")
    assert _run("build", str(first), "--into", store) == 0
    assert _run("build", str(second), "--into", store) == 0
    assert _run("export", store, "--out", str(tmp_path / "inc"), "--no-html") == 0
    assert _run("build", str(first), str(second), "--out", str(tmp_path / "full"), "--no-html") == 0
    assert (tmp_path / "inc" / "graph.ttl").read_bytes() == (tmp_path / "full" / "graph.ttl").read_bytes()
    assert "glued-initial" in (tmp_path / "inc" / "graph.ttl").read_text(encoding="utf-8")


def test_build_needs_an_output_or_a_store(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _run("build", str(SEED_FILES[0])) != 0
    assert "--into" in capsys.readouterr().err


def test_export_of_a_missing_store_is_a_clear_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _run("export", str(tmp_path / "nothing"), "--out", str(tmp_path / "o")) != 0
    assert "no store there" in capsys.readouterr().err


def test_a_store_filled_in_many_small_batches_equals_a_full_build(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kg.store import incremental

    monkeypatch.setattr(incremental, "BATCH_QUADS", 50)  # hundreds of batches on the seeds
    seeds = sorted(SEEDS.glob("*.txt"))
    store = tmp_path / "store"
    assert main(["build", str(seeds[0]), "--into", str(store), "--no-html", "--jobs", "1"]) == 0
    # re-adding an article that is already there: its old graph goes before its new quads come in
    assert main(["build", *map(str, seeds), "--into", str(store), "--out", str(tmp_path / "inc"),
                 "--format", "ttl,trig,jsonld", "--no-html", "--jobs", "1"]) == 0
    assert main(["build", str(SEEDS), "--out", str(tmp_path / "full"), "--format", "ttl,trig,jsonld",
                 "--no-html", "--jobs", "1"]) == 0
    for f in ("graph.ttl", "graph.trig", "graph.jsonld"):
        assert (tmp_path / "inc" / f).read_bytes() == (tmp_path / "full" / f).read_bytes(), f
