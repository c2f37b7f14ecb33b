"""``kg query -p NAME=VALUE`` matches accent-, case- and dash-insensitively, in portable SPARQL.

The examples in ``kg query --list`` return rows on the seeds (org-tasks gave 0: hyphen in the
example, en dash in the data); ``who=duong huu buong`` finds Dương Hữu Bường; the rewritten
queries keep their columns and give the same rows in pyoxigraph, rdflib and Virtuoso.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from kg.cli import main
from kg.lexicon.search import SEARCH_FOLD, search_fold
from kg.store.params import fold_binds, sparql_string
from kg.store.query import (
    bind_params,
    load_oxigraph,
    load_rdflib,
    run_oxigraph,
    run_rdflib,
    shipped_queries,
    shipped_query,
)
from tests.test_virtuoso import SEEDS_GRAPH, Virtuoso, loaded, virtuoso  # noqa: F401 - fixtures

EXAMPLE = re.compile(r'--param (\w+)="([^"]*)"')
EXAMPLES = {q.name: EXAMPLE.search(q.description).groups()  # type: ignore[union-attr]
            for q in shipped_queries() if EXAMPLE.search(q.description)}
LOOSE = {"person-posts": ("who", "duong huu buong"),
         "org-tasks": ("assigneeName", "TAI CHINH-KE HOACH"),
         "chaired-meetings": ("who", "ho quang huy"),
         "post-timeline": ("postName", "chu tich uy ban nhan dan thanh pho bac kan")}


def cli_rows(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, str]]:
    assert main(["query", *argv, "-f", "csv"]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))


def test_every_parameterised_query_has_an_example():
    assert set(EXAMPLES) == {"person-posts", "org-tasks", "chaired-meetings", "post-timeline", "area-history",
                             "holder-on", "person-career",
                             # kg ask (tests/test_ask.py)
                             "person-timeline", "body-activity", "locality-officials", "dated-events",
                             "top-officials", "top-bodies"}


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_list_examples_return_rows_on_the_seeds(capsys, seeds_build, name, engine):
    param, value = EXAMPLES[name]
    rows = cli_rows(capsys, str(seeds_build / "graph.ttl"), "-n", name, "-p", f"{param}={value}",
                    "--engine", engine)
    assert rows, f"kg query -n {name} -p {param}={value!r} gives no row"


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_who_without_diacritics_finds_duong_huu_buong(capsys, seeds_build, engine):
    rows = cli_rows(capsys, str(seeds_build / "graph.ttl"), "-n", "person-posts", "-p", "who=duong huu buong",
                    "--engine", engine)
    assert rows and {r["name"] for r in rows} == {"Dương Hữu Bường"}
    exact = cli_rows(capsys, str(seeds_build / "graph.ttl"), "-n", "person-posts", "-p", "who=Dương Hữu Bường",
                     "--engine", engine)
    assert exact == rows


def test_org_tasks_example_matches_the_en_dash(capsys, seeds_build):
    rows = cli_rows(capsys, str(seeds_build / "graph.ttl"), "-n", "org-tasks",
                    "-p", "assigneeName=Phòng Tài chính - Kế hoạch")
    assert any("Tài chính – Kế hoạch" in r["assignee"] for r in rows)  # en dash in the data


@pytest.mark.parametrize("name", sorted(LOOSE))
def test_binding_keeps_the_columns(seeds_build, name):
    param, value = LOOSE[name]
    text = shipped_query(name).text
    plain = run_oxigraph(load_oxigraph(seeds_build / "graph.ttl"), text, union=False)
    bound = run_oxigraph(load_oxigraph(seeds_build / "graph.ttl"), bind_params(text, {param: value}), union=False)
    assert bound.variables == plain.variables
    assert bound.rows and set(bound.rows) <= set(plain.rows)


def test_sparql_binds_fold_like_python_on_every_character_of_the_table():
    """fold_binds is built from the search fold's table: pyoxigraph folds each of its characters
    (and their capitals) as kg.lexicon.search.search_fold does."""
    samples = sorted({f"x{c}z" for c in SEARCH_FOLD} | {f"x{c.upper()}z" for c in SEARCH_FOLD}
                     | {"Phòng Tài chính – Kế hoạch", "Dương  Hữu\u00a0Bường"})
    binds, var = fold_binds("?text")
    values = " ".join(sparql_string(s) for s in samples)
    query = f"SELECT ?text {var} WHERE {{ VALUES ?text {{ {values} }}\n  {binds} }}"
    import pyoxigraph

    rows = {str(r[0].value): r[1].value for r in pyoxigraph.Store().query(query)}
    assert rows == {s: search_fold(s) for s in samples}


def test_bound_query_is_portable_sparql(tmp_path):
    text = bind_params(shipped_query("person-posts").text, {"who": 'Nguyễn "X" \\ Y'})
    assert 'VALUES ?who { "Nguyễn \\"X\\" \\\\ Y" }' in text
    assert '?_folded_n = "nguyen \\"x\\" \\\\ y"' in text and "LCASE(STR(?who))" not in text
    tiny = tmp_path / "tiny.ttl"
    tiny.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    assert run_rdflib(load_rdflib(tiny), text).rows == ()


@pytest.mark.parametrize("name", sorted(LOOSE))
def test_bound_queries_give_the_same_rows_in_virtuoso(virtuoso: Virtuoso, loaded: dict[str, Path],  # noqa: F811
                                                      name: str):
    param, value = LOOSE[name]
    text = bind_params(shipped_query(name).text, {param: value})
    ox = run_oxigraph(load_oxigraph(loaded[SEEDS_GRAPH]), text, union=False)
    rl = run_rdflib(load_rdflib(loaded[SEEDS_GRAPH]), text)
    variables, vrows = virtuoso.select(text, SEEDS_GRAPH)
    assert variables == list(ox.variables)
    assert ox.rows and ox.as_strings() == rl.as_strings() == vrows


SO_GRAPH = """@prefix kg: <https://w3id.org/vn-gov-kg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix id: <https://w3id.org/vn-gov-kg/id/> .
id:hn a schema:AdministrativeArea ; schema:name "Hà Nội"@vi .
id:bd a schema:AdministrativeArea ; schema:name "Ba Đình"@vi ; schema:containedInPlace id:hn .
id:ls a schema:AdministrativeArea ; schema:name "Lạng Sơn"@vi .
id:st a schema:AdministrativeArea ; schema:name "Sơn Tây"@vi ; schema:containedInPlace id:hn .
id:so-hn a org:Organization ; skos:prefLabel "Sở Tài chính thành phố Hà Nội"@vi ; kg:locality id:hn .
id:so-ls a org:Organization ; skos:prefLabel "Sở Y tế tỉnh Lạng Sơn"@vi ; kg:locality id:ls .
id:ubnd-ls a org:Organization ; skos:prefLabel "UBND tỉnh Lạng Sơn"@vi ; kg:locality id:ls .
id:ubnd-st a org:Organization ; skos:prefLabel "UBND thị xã Sơn Tây"@vi ; kg:locality id:st .
id:p-bd a org:Organization ; skos:prefLabel "Phòng Tài chính – Kế hoạch quận Ba Đình"@vi ; kg:locality id:bd .
"""


@pytest.fixture(scope="module")
def so_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lines = [SO_GRAPH]
    for i, org in enumerate(("so-hn", "so-ls", "ubnd-ls", "ubnd-st", "p-bd")):
        lines.append(f'id:t{i} a kg:Task ; kg:assignee id:{org} ; schema:description "việc {i}"@vi .\n')
    path = tmp_path_factory.mktemp("so") / "so.ttl"
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_short_name_matches_whole_words_not_the_start_of_a_longer_one(capsys, so_graph, engine):
    """`Sở` folds to `so`, which begins `son` (Sơn): it must find the Sở, not Lạng Sơn or Sơn Tây."""
    rows = cli_rows(capsys, str(so_graph), "-n", "org-tasks", "-p", "assigneeName=Sở", "--engine", engine)
    assert sorted(r["assignee"] for r in rows) == ["Sở Tài chính thành phố Hà Nội", "Sở Y tế tỉnh Lạng Sơn"]
    rows = cli_rows(capsys, str(so_graph), "-n", "org-tasks", "-p", "assigneeName=son", "--engine", engine)
    assert sorted(r["assignee"] for r in rows) == ["Sở Y tế tỉnh Lạng Sơn", "UBND thị xã Sơn Tây",
                                                   "UBND tỉnh Lạng Sơn"]
    rows = cli_rows(capsys, str(so_graph), "-n", "org-tasks", "-p", "assigneeName=tai chinh-ke", "--engine", engine)
    assert [r["assignee"] for r in rows] == ["Phòng Tài chính – Kế hoạch quận Ba Đình"]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_org_tasks_takes_a_locality_and_its_units(capsys, so_graph, engine):
    rows = cli_rows(capsys, str(so_graph), "-n", "org-tasks", "-p", "assigneeName=Sở", "-p", "locality=Hà Nội",
                    "--engine", engine)
    assert [r["assignee"] for r in rows] == ["Sở Tài chính thành phố Hà Nội"]
    rows = cli_rows(capsys, str(so_graph), "-n", "org-tasks", "-p", "locality=ha noi", "--engine", engine)
    assert sorted(r["assignee"] for r in rows) == ["Phòng Tài chính – Kế hoạch quận Ba Đình",
                                                   "Sở Tài chính thành phố Hà Nội", "UBND thị xã Sơn Tây"]
