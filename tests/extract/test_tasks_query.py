"""org-tasks.rq finds an assignee whatever the case, tone marks and dash of the asked name.

The parameter is bound the way ``kg query -p`` binds it (:func:`kg.store.query.bind_params`),
which folds both the asked name and the labels with one-character REPLACE calls: portable
SPARQL that Virtuoso runs too (it finds nothing with non-ASCII letters in a regex class).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.store.query import bind_params, load_oxigraph, load_rdflib, run_oxigraph, run_rdflib, shipped_query
from tests.query_sample import write_sample


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_sample(tmp_path_factory.mktemp("sample"))


def assignees(sample: Path, name: str | None, engine: str) -> list[str]:
    text = shipped_query("org-tasks").text
    if name is not None:
        text = bind_params(text, {"assigneeName": name})
    if engine == "rdflib":
        res = run_rdflib(load_rdflib(sample), text)
    else:
        res = run_oxigraph(load_oxigraph(sample), text)
    col = res.variables.index("assignee")
    return sorted({row[col].value for row in res.rows if row[col] is not None})


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
@pytest.mark.parametrize(
    "asked",
    [
        "Phòng Tài chính - Kế hoạch",  # the label's own hyphen
        "Phòng Tài chính – Kế hoạch",  # an en dash
        "phòng tài chính—kế hoạch",  # an em dash, no spaces, lower case
        "PHONG TAI CHINH - KE HOACH",  # no tone marks, upper case
        "tai chinh",
    ],
)
def test_dash_case_and_diacritics_insensitive(sample: Path, asked: str, engine: str) -> None:
    assert assignees(sample, asked, engine) == ["Phòng Tài chính - Kế hoạch"]


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_d_and_dd_fold_and_other_names_do_not_match(sample: Path, engine: str) -> None:
    assert assignees(sample, "y te thi xa", engine) == ["Trung tâm Y tế thị xã"]
    assert assignees(sample, "Phòng Tư pháp", engine) == []
    assert assignees(sample, None, engine) == ["Phòng Tài chính - Kế hoạch", "Trung tâm Y tế thị xã"]
