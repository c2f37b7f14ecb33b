"""``kg query``: sources, shipped queries, parameters, every output format, and bad input."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import rdflib

from kg.cli import main
from kg.store.query import (
    COMPETENCY,
    QUERIES_DIR,
    bind_params,
    describe,
    load_oxigraph,
    load_rdflib,
    run_oxigraph,
    run_rdflib,
    shipped_queries,
    shipped_query,
)
from tests.graph.test_graph import QUERY_COLUMNS
from tests.query_sample import write_sample

COLUMNS = {
    **QUERY_COLUMNS,  # the competency queries' DESIGN.md columns, kept in one place
    "person-posts": ["person", "name", "post", "role", "organization", "article", "date"],
    "org-tasks": ["assignee", "task", "description", "assigner", "meeting", "date"],
    "chaired-meetings": ["chair", "meeting", "date", "organizer", "article"],
    "post-timeline": ["post", "holder", "article", "date"],
}
ID = "https://w3id.org/vn-gov-kg/id/"
MINE = ("person-posts", "org-tasks", "chaired-meetings", "post-timeline")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_sample(tmp_path_factory.mktemp("sample"))


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- shipped queries ------------------------------------------------------------

def test_list_shows_every_shipped_query_with_its_description(capsys):
    code, out, _ = run_cli(capsys, "query", "--list")
    assert code == 0
    lines = out.splitlines()
    names = [line.split()[0] for line in lines]
    assert names[:7] == list(COMPETENCY)
    for name in MINE:
        assert name in names
    tasks_line = lines[names.index("tasks")]
    assert "one row per assignee" in tasks_line  # the wrapped first sentence is joined
    assert all(len(line.split(None, 1)) == 2 for line in lines), "a query without description"


def test_describe_takes_the_first_comment_sentence():
    assert describe("# One.\n# Two.\nSELECT") == "One."
    assert describe("# Wrapped,\n# sentence.\n# Next.\nSELECT") == "Wrapped, sentence."
    assert describe("SELECT * {}") == ""


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_shipped_query_columns_are_fixed(name, sample):
    res = run_oxigraph(load_oxigraph(sample), shipped_query(name).text)
    assert list(res.variables) == COLUMNS[name]
    assert res.rows, f"{name} returns nothing on the sample graph"


@pytest.mark.parametrize("name", [*COMPETENCY, *MINE])
def test_oxigraph_and_rdflib_agree(name, sample, seeds_build):
    text = shipped_query(name).text
    for source in (sample, seeds_build / "graph.ttl"):
        ox = run_oxigraph(load_oxigraph(source), text).as_strings()
        rl = run_rdflib(load_rdflib(source), text).as_strings()
        assert ox == rl, f"{name} on {source.name}: {sorted(ox ^ rl)[:5]}"


def test_unknown_query_name_lists_the_known_ones(capsys, sample):
    code, _, err = run_cli(capsys, "query", str(sample), "--name", "nope")
    assert code == 1
    assert "no shipped query named 'nope'" in err and "positions" in err


def test_name_accepts_the_file_name_too():
    assert shipped_query("tasks.rq").path == QUERIES_DIR / "tasks.rq"
    assert len(shipped_queries()) >= 11


# -- parameters ----------------------------------------------------------------

def test_param_selects_one_person(capsys, sample):
    code, out, _ = run_cli(capsys, "query", str(sample), "-n", "person-posts",
                           "-p", "who=nguyễn văn xuân", "-f", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["post"] for r in rows] == ["Chủ tịch Ủy ban nhân dân thị xã Đông Triều"]
    assert rows[0]["date"] == "2022-03-25"
    code, out, _ = run_cli(capsys, "query", str(sample), "-n", "person-posts",
                           "-p", "who=Nobody", "-f", "csv")
    assert out.strip().count("\n") == 0  # header only


def test_param_substring_for_org_tasks_and_timeline(capsys, sample):
    _, out, _ = run_cli(capsys, "query", str(sample), "-n", "org-tasks",
                        "-p", "assigneeName=tài chính", "-f", "json")
    rows = json.loads(out)["results"]["bindings"]
    assert [r["assignee"]["value"] for r in rows] == ["Phòng Tài chính - Kế hoạch"]
    _, out, _ = run_cli(capsys, "query", str(sample), "-n", "post-timeline", "-f", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["post", "holder", "article", "date"]
    assert rows[1][1:] == ["Nguyễn Văn Xuân", f"{ID}article/s1", "2022-03-25"]


def test_param_without_placeholder_is_an_error(capsys, sample):
    code, _, err = run_cli(capsys, "query", str(sample), "-n", "officials", "-p", "who=X")
    assert code == 1 and "no `VALUES ?who" in err


def test_bind_params_quotes_the_value():
    text = bind_params('SELECT * { VALUES ?who { UNDEF } }', {"who": 'a "b" \\ c'})
    assert 'VALUES ?who { "a \\"b\\" \\\\ c" }' in text


# -- output formats -------------------------------------------------------------

def test_table_is_aligned_with_prefixed_iris(capsys, sample):
    code, out, _ = run_cli(capsys, "query", str(sample), "-n", "tasks")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == COLUMNS["tasks"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[-1] == "(3 rows)"
    col = lines[0].index("assignee")
    assert {line[col:col + 5] for line in lines[2:4]} == {"Phòng", "Trung"}  # aligned under header
    assert "id:task/t1" in out and "\n" not in lines[2]


def test_csv_follows_sparql_csv(capsys, sample):
    code, out, _ = run_cli(capsys, "query", str(sample), "-n", "tasks", "-f", "csv")
    assert code == 0
    assert out.startswith("task,meeting,assigner,assignee,description\r\n")
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert len(rows) == 3
    assert rows[0]["description"] == 'Rà soát, báo cáo "kết quả"\ntrước ngày 30/4'
    assert rows[2]["assignee"] == "" and rows[2]["assigner"] == ""


def test_tsv_uses_ntriples_terms(capsys, sample):
    code, out, _ = run_cli(capsys, "query", str(sample), "-n", "meetings", "-f", "tsv")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "?meeting\t?date\t?chair\t?organizer\t?locality\t?article"
    assert lines[1].split("\t") == ["<https://w3id.org/vn-gov-kg/id/meeting/m1>", '"2022-03-25"',
                                    '"Nguyễn Văn Xuân"', '"Ủy ban nhân dân thị xã Đông Triều"',
                                    '"205"', "<https://w3id.org/vn-gov-kg/id/article/s1>"]
    assert lines[2].split("\t")[1:5] == ["", "", "", ""]


def test_json_is_sparql_results_json(capsys, sample, tmp_path):
    out_file = tmp_path / "r.json"
    code, out, _ = run_cli(capsys, "query", str(sample), "-e",
                           "SELECT ?n WHERE { ?p <https://schema.org/name> ?n } ORDER BY ?n "
                           "LIMIT 1",
                           "-f", "json", "-o", str(out_file))
    assert code == 0 and out == ""
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["head"]["vars"] == ["n"]
    assert data["results"]["bindings"] == [{"n": {"type": "literal", "value": "Minh Đức",
                                                  "xml:lang": "vi"}}]


def test_xml_and_ask_and_construct(capsys, sample):
    _, out, _ = run_cli(capsys, "query", str(sample), "-n", "attendees", "-f", "xml")
    root = ET.fromstring(out)
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert [v.get("name") for v in root.iter(f"{ns}variable")] == ["meeting", "name"]
    assert len(list(root.iter(f"{ns}result"))) == 2
    _, out, _ = run_cli(capsys, "query", str(sample), "-f", "json",
                        "-e", "ASK { ?t a <https://w3id.org/vn-gov-kg/ontology#Task> }")
    assert json.loads(out) == {"head": {}, "boolean": True}
    _, out, _ = run_cli(capsys, "query", str(sample), "-f", "nt", "-e",
                        "CONSTRUCT { ?m <urn:p> ?d } WHERE { ?m <https://schema.org/startDate> ?d "
                        "}")
    assert out == ('<https://w3id.org/vn-gov-kg/id/meeting/m1> <urn:p> '
                   '"2022-03-25"^^<http://www.w3.org/2001/XMLSchema#date> .\n')


def test_rdflib_engine_and_query_file(capsys, sample, tmp_path):
    qfile = tmp_path / "q.rq"
    qfile.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", encoding="utf-8")
    outs = []
    for engine in ("oxigraph", "rdflib"):
        code, out, _ = run_cli(capsys, "query", str(sample), str(qfile), "--engine", engine,
                               "-f", "csv")
        assert code == 0
        outs.append(out)
    assert outs[0] == outs[1] and int(outs[0].split()[1]) > 50


def test_trig_default_graph_is_the_union(capsys, tmp_path):
    trig = tmp_path / "g.trig"
    trig.write_text("<urn:g1> { <urn:a> <urn:p> 1 . }\n<urn:g2> { <urn:b> <urn:p> 2 . }\n"
                    "<urn:c> <urn:p> 3 .\n", encoding="utf-8")
    for engine in ("oxigraph", "rdflib"):
        _, out, _ = run_cli(capsys, "query", str(trig), "--engine", engine, "-f", "csv",
                            "-e", "SELECT ?s WHERE { ?s <urn:p> ?o } ORDER BY ?s")
        assert out.split() == ["s", "urn:a", "urn:b", "urn:c"], engine


# -- bad input -------------------------------------------------------------------

@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_malformed_sparql_reports_line_and_column(capsys, sample, engine):
    code, out, err = run_cli(capsys, "query", str(sample), "--engine", engine,
                             "-e", "SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER( }")
    assert code == 1 and out == ""
    assert "malformed SPARQL at line 3, column" in err
    assert "Traceback" not in err


def test_missing_files_and_usage_errors(capsys, sample, tmp_path):
    code, _, err = run_cli(capsys, "query", str(sample), str(tmp_path / "none.rq"))
    assert code == 1 and "none.rq: query file not found" in err
    code, _, err = run_cli(capsys, "query", str(tmp_path / "none.ttl"), "-n", "tasks")
    assert code == 1 and "none.ttl: no such file or store directory" in err
    code, _, err = run_cli(capsys, "query", str(sample))
    assert code == 1 and "exactly one of QUERY_FILE, --name NAME or -e SPARQL" in err
    code, _, err = run_cli(capsys, "query", str(sample), "-n", "tasks", "-e", "ASK {}")
    assert code == 1
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "query", str(bad), "-n", "tasks")
    assert code == 1 and "bad.ttl: not valid Turtle" in err and "line 1" in err
    other = tmp_path / "graph.xyz"
    other.write_text("x", encoding="utf-8")
    code, _, err = run_cli(capsys, "query", str(other), "-n", "tasks")
    assert code == 1 and "unknown RDF file extension '.xyz'" in err
    code, _, err = run_cli(capsys, "query", str(tmp_path), "-n", "tasks")
    assert code == 1 and "not a store" in err


@pytest.mark.parametrize("name", [*COMPETENCY, *MINE])
def test_triples_in_several_graphs_give_no_duplicate_rows(name, sample, tmp_path):
    """Oxigraph's union default graph is a bag: the shipped queries must not repeat rows."""
    lines: list[str] = []
    nt = rdflib.Graph().parse(sample, format="turtle").serialize(format="nt")
    for line in filter(None, (x.strip() for x in nt.splitlines())):
        triple = line.removesuffix(".").rstrip()
        lines += [f"{triple} .", f"{triple} <urn:graph:a> .", f"{triple} <urn:graph:b> ."]
    quads = tmp_path / "dup.nq"
    quads.write_text("\n".join(lines) + "\n", encoding="utf-8")
    text = shipped_query(name).text
    once = run_oxigraph(load_oxigraph(sample), text).rows
    thrice = run_oxigraph(load_oxigraph(quads), text).rows
    assert sorted(map(str, thrice)) == sorted(map(str, once))
