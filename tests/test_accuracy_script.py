"""The accuracy script users run on their own annotated articles scores what it should."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "accuracy.py"


@pytest.fixture(scope="module")
def accuracy():
    spec = importlib.util.spec_from_file_location("accuracy", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["accuracy"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_organizations_match_across_abbreviations_tones_and_type_words(accuracy):
    assert accuracy.org_match("UBND thành phố Bắc Kạn", "Ủy ban nhân dân Bắc Kạn")
    assert accuracy.org_match("Uỷ ban nhân dân huyện Đắk Song", "X|Ủy ban nhân dân huyện Đăk Song")
    assert not accuracy.org_match("Ủy ban nhân dân", "Ủy ban nhân dân huyện Đắk Song")


def test_positions_and_tasks_are_counted(accuracy):
    gold = {"officials": {"Nguyễn Văn A": [{"role": "Chủ tịch", "organization": "Ủy ban nhân dân huyện X"},
                                          {"role": "?Bí thư", "organization": "Huyện ủy X"}]},
            "meetings": None, "localities": ["01"],
            "tasks": [{"assignee": "Sở Y tế", "key": "rà soát các cơ sở"},
                      {"assignee": None, "key": "báo cáo kết quả"}]}
    rows = {"officials": [{"person": "p", "name": "Nguyễn Văn A"}],
            "positions": [{"name": "Nguyễn Văn A", "role": "Chủ tịch", "organization": "UBND huyện X"},
                          {"name": "Nguyễn Văn A", "role": "Bí thư", "organization": "Huyện ủy X"},
                          {"name": "Nguyễn Văn A", "role": "Giám đốc", "organization": "Sở Y tế"}],
            "localities": [{"code": "01", "parent": None}, {"code": "02", "parent": None}],
            "tasks": [{"task": "t1", "description": "Giao Sở Y tế rà soát các cơ sở", "assignee": "Sở Y tế"},
                      {"task": "t2", "description": "Kể chuyện", "assignee": None}]}
    t = accuracy.Tally()
    accuracy.score_officials(t, gold, rows)
    accuracy.score_localities(t, gold, rows)
    accuracy.score_tasks(t, gold, rows)
    table = t.table()
    assert (table["positions"]["tp"], table["positions"]["fp"], table["positions"]["fn"]) == (1, 1, 0)
    assert (table["localities"]["tp"], table["localities"]["fp"]) == (1, 1)
    assert (table["tasks"]["tp"], table["tasks"]["fp"], table["tasks"]["fn"]) == (1, 1, 1)
    assert table["tasks.assignee"]["tp"] == 1
    assert any("tasks missed: 'báo cáo kết quả'" in line for line in t.log)


def test_locality_alternatives_count_once_whichever_register_is_found(accuracy):
    gold = {"localities": ["15766|15709", "?31|33"]}
    rows = {"localities": [{"code": "15709", "parent": "38"}, {"code": "38", "parent": None},
                           {"code": "31", "parent": None}]}
    t = accuracy.Tally()
    accuracy.score_localities(t, gold, rows)
    table = t.table()
    assert (table["localities"]["tp"], table["localities"]["fp"], table["localities"]["fn"]) == (1, 0, 0)
    t = accuracy.Tally()
    accuracy.score_localities(t, {"localities": ["15766|15709"]}, {"localities": [{"code": "40", "parent": None}]})
    assert (t.table()["localities"]["tp"], t.table()["localities"]["fp"], t.table()["localities"]["fn"]) == (0, 1, 1)
