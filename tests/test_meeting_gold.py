"""The shape of the meeting-coreference gold (benchmarks/meetings/): its counts, its press singles and their record."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "meetings"
GOLD = json.loads((BENCH / "gold.json").read_text(encoding="utf-8"))


def _press_file(article: str) -> Path:
    return BENCH / "press" / (article.rsplit("-", 1)[0].replace("-", "_") + ".txt")


def test_the_gold_has_the_events_and_singles_the_issue_asks_for() -> None:
    events = GOLD["events"]
    assert len({e["id"] for e in events}) == len(events)
    assert sum(1 for e in events if len(e["reports"]) > 1) >= 60
    assert sum(1 for e in events if len(e["reports"]) == 1) >= 200
    reports = Counter((r["article"], r["sentence"]) for e in events for r in e["reports"])
    assert all(n == 1 for n in reports.values())  # no report in two events
    assert all(r["sentence"].strip() for e in events for r in e["reports"])


def test_every_press_single_is_in_its_file_and_recorded_as_no_longer_blind() -> None:
    used = json.loads((BENCH / "press_used.json").read_text(encoding="utf-8"))
    press = [r for e in GOLD["events"] for r in e["reports"] if r["article"].startswith("vietnews-")]
    assert press and all(len(e["reports"]) == 1 for e in GOLD["events"]
                         if e["reports"][0]["article"].startswith("vietnews-"))
    assert sorted(p.name for p in (BENCH / "press").glob("*.txt")) == sorted(_press_file(r["article"]).name
                                                                           for r in press)
    for r in press:
        path = _press_file(r["article"])
        assert path.name in used
        assert " ".join(r["sentence"].split()[:8]) in " ".join(path.read_text(encoding="utf-8").split())
    for name in used:  # the files read: none of them is a blind round's article
        assert not any((ROOT / "benchmarks" / "gold" / f"round{n}.json").exists()
                       and name in json.loads((ROOT / "benchmarks" / "gold" / f"round{n}.json").read_text())
                       for n in range(1, 7))


def _scorer():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location("meeting_score", BENCH / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_articles_only_meeting_is_not_given_to_a_second_event_its_sentence_does_not_name() -> None:
    score = _scorer()
    gold = {"events": [
        {"id": "past", "reports": [{"article": "a1", "sentence": "Tại phiên họp ngày 25/4/2016, Thủ tướng nói."}]},
        {"id": "ahead", "reports": [{"article": "a1", "sentence": "Hội nghị lần 2 sẽ được tổ chức vào ngày 17/5."},
                                    {"article": "a2", "sentence": "Sáng 17/5, Thủ tướng chủ trì Hội nghị."}]},
    ]}
    found = {"a1": [("<m-past>", ["Tại phiên họp ngày 25/4/2016, Thủ tướng nói."])],
             "a2": [("<m-17>", ["Sáng 17/5, Thủ tướng chủ trì Hội nghị."])]}
    result = score.score(gold, found)
    assert result["merged_events"] == {}
    assert result["unmapped"] == [("ahead", "a1")]
    # an article whose one meeting no other event's sentence names still maps by that fallback
    found["a1"] = [("<m-past>", ["Một câu khác."])]
    gold["events"][0]["reports"][0]["sentence"] = "Câu không có trong bài."
    assert score.map_reports(gold, found)[("ahead", 0)] == "<m-past>"
