"""The lexicon tables: bad data names its file and line; closed columns are checked."""

from __future__ import annotations

import re

import pytest

from kg.errors import KGError
from kg.lexicon import resources as res_mod
from kg.lexicon.resources import DataError, Resources


def _with_file(monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> None:
    real = res_mod._read_text
    monkeypatch.setattr(res_mod, "_read_text", lambda n: text if n == name else real(n))


def test_a_row_with_a_missing_cell_names_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_file(monkeypatch, "roles.tsv", "# comment\nbí thư\tBí thư\nphó bí thư\n")
    with pytest.raises(KGError, match=re.escape("kg/data/roles.tsv:3")) as info:
        _ = Resources().roles
    assert isinstance(info.value, DataError) and info.value.line == 3


def test_a_value_outside_a_closed_column_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_file(monkeypatch, "tenure_cues.tsv", "được bầu\tstart\nmiễn nhiệm\tstop\n")
    with pytest.raises(DataError, match=r"tenure_cues.tsv:2: column 2 is 'stop'"):
        _ = Resources().tenure_cues


def test_a_bad_regular_expression_names_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_file(monkeypatch, "boilerplate.tsv", "# portal chrome\nloading\tline\n(unclosed\tfooter\n")
    with pytest.raises(DataError, match=r"boilerplate.tsv:3: bad regular expression"):
        _ = Resources().boilerplate


def test_an_unknown_place_type_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_file(monkeypatch, "place_types.tsv", "xã\tCOMMUNE\nấp\tHAMLET\n")
    with pytest.raises(DataError, match=r"place_types.tsv:2"):
        _ = Resources().place_types


def test_every_shipped_table_loads() -> None:
    r = Resources()
    for name in dir(Resources):
        if not name.startswith("_") and name != "gazetteer":
            assert getattr(r, name), name


def test_tables_put_the_matched_surface_first() -> None:
    r = Resources()
    assert r.tenure_cues["bổ nhiệm"] == "start"
    assert "chủ trì" in r.meeting_cues["chair"]
    assert r.role_rules["implied_org"]["Phó Thủ tướng"] == "Chính phủ"
    assert "giữ chức vụ" in r.connectors["tenure_connector"]


@pytest.mark.parametrize("name", ["task_cues.tsv", "connectors.tsv", "meeting_cues.tsv", "task_groups.tsv",
                                  "single_holder_roles.tsv"])
def test_every_kind_of_a_word_table_says_why_in_a_comment(name: str) -> None:
    """A word list is a named kind with a one-line why (``# kind: …``) above or among its rows."""
    text = res_mod._read_text(name)
    kinds = {line.split("\t")[-1] for line in text.splitlines() if line.strip() and not line.startswith("#")}
    documented = set(re.findall(r"^#\s*(\w+)\s*:", text, re.MULTILINE))
    assert kinds <= documented, sorted(kinds - documented)


def test_the_word_lists_moved_out_of_code_load_as_kinds() -> None:
    r = Resources()
    assert {"và", "đồng thời", "cũng như"} <= set(r.task_cues["joint"])
    assert {"theo", "nguồn"} <= set(r.task_cues["source_line"])
    assert {"rồi", "làm", "chức vụ"} <= set(r.connectors["appointment_list"])
    assert {"ở", "tại", "thuộc"} <= set(r.connectors["place_preposition"])
    assert "các đồng chí" in r.meeting_cues["plural_chair"]
