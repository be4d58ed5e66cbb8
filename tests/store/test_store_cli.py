"""`partykg query`, `partykg load` and `partykg serve` as a user runs them."""
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from partykg.cli import app
from partykg.emit import atomic_write, graph_name, turtle
from partykg.store import open_store

from conftest import ROOT
from storekit import QUERIES, free_port, http_count, oxigraph_server, sample_graphs

runner = CliRunner()


@pytest.fixture
def out(tmp_path):
    """A copy of the committed seed output, without a store yet."""
    shutil.copytree(ROOT / "output" / "articles", tmp_path / "out" / "articles")
    return tmp_path / "out"


DOCS = "SELECT DISTINCT ?id WHERE { ?d dcterms:identifier ?id ; a pkg:Directive } ORDER BY ?id"


def test_query_builds_the_missing_store_and_prints_a_table(out):
    res = runner.invoke(app, ["query", "--output", str(out), DOCS])
    assert res.exit_code == 0, res.output
    assert "05-CT/TW" in res.stdout and "1 row" in res.stdout
    assert (out / "store").is_dir()


def test_query_sees_article_files_written_after_the_store(out):
    from partykg.emit import atomic_write
    assert runner.invoke(app, ["query", "--output", str(out), DOCS]).exit_code == 0
    ttl = out / "articles" / "000_c050c0f6557fdcc4.ttl"
    atomic_write(ttl, ttl.read_bytes().replace(b'"05-CT/TW"', b'"99-CT/TW"'))  # as a run writes
    res = runner.invoke(app, ["query", "--output", str(out), "--format", "csv", DOCS])
    assert res.exit_code == 0, res.output
    assert "1 replaced" in res.stderr
    assert res.stdout.splitlines() == ["id", "05-CT/TW", "99-CT/TW"]  # another seed still cites 05
    again = runner.invoke(app, ["query", "--output", str(out), "--format", "csv", DOCS])
    assert again.exit_code == 0 and "replaced" not in again.stderr


@pytest.mark.parametrize("fmt,check", [
    ("csv", lambda text: text.splitlines() == ["id", "05-CT/TW"]),
    ("tsv", lambda text: text.splitlines() == ["?id", '"05-CT/TW"']),
    ("json", lambda text: [b["id"]["value"] for b in json.loads(text)["results"]["bindings"]] == ["05-CT/TW"]),
])
def test_query_formats(out, fmt, check):
    res = runner.invoke(app, ["query", "--output", str(out), "--format", fmt, DOCS])
    assert res.exit_code == 0, res.output
    assert check(res.stdout), res.stdout


def test_query_file_with_a_bound_parameter(out):
    res = runner.invoke(app, ["query", "--output", str(out), "--format", "csv",
                              "--file", str(QUERIES / "article-facts.rq"),
                              "--bind", "article=000_c050c0f6557fdcc4"])
    assert res.exit_code == 0, res.output
    import csv
    import io
    table = list(csv.reader(io.StringIO(res.stdout)))  # sentences may hold line breaks
    assert table[0] == ["article", "start", "end", "kind", "fact", "quote", "sentence", "rule"]
    assert len(table) > 1 and {r[0] for r in table[1:]} == {"000_c050c0f6557fdcc4"}


@pytest.mark.parametrize("name", ["queries/documents-by-count.rq", "documents-by-count"])
def test_query_file_not_here_is_one_partykg_ships(out, tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)  # no queries/ folder around, as for a user of the wheel
    res = runner.invoke(app, ["query", "--output", str(out), "--format", "csv", "--file", name])
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[0].startswith("identifier,document"), res.stdout
    missing = runner.invoke(app, ["query", "--output", str(out), "--file", "queries/nope.rq"])
    assert missing.exit_code == 2 and "cannot read queries/nope.rq" in missing.stderr


def test_query_syntax_error_names_the_position(out):
    res = runner.invoke(app, ["query", "--output", str(out), "SELECT ?s\nWHERE { ?s ?p }"])
    assert res.exit_code == 1
    assert "SPARQL syntax error at line 2, column" in res.stderr
    assert "WHERE { ?s ?p }" in res.stderr and "Traceback" not in res.output


def test_query_usage_errors(out, tmp_path):
    assert runner.invoke(app, ["query", "--output", str(out)]).exit_code == 2
    res = runner.invoke(app, ["query", "--output", str(tmp_path / "nothing"), DOCS])
    assert res.exit_code == 1 and "partykg run" in res.stderr
    res = runner.invoke(app, ["query", "--output", str(out), "--format", "xls", DOCS])
    assert res.exit_code == 2 and "unknown --format" in res.stderr


SUBJECTS = "SELECT DISTINCT ?s WHERE { ?s ?p ?o } ORDER BY ?s"


def test_a_table_stops_at_the_limit_and_says_so_other_formats_do_not(out):
    every = runner.invoke(app, ["query", "--output", str(out), "--format", "csv", "--limit", "3", SUBJECTS])
    n = len(every.stdout.splitlines()) - 1  # csv: every row, whatever --limit
    assert every.exit_code == 0 and n > 3
    cut = runner.invoke(app, ["query", "--output", str(out), "--limit", "3", SUBJECTS])
    assert cut.exit_code == 0 and "showing the first 3 rows; --limit 0 for all" in cut.stdout
    for limit in (str(n), "0"):  # exactly as many rows as the limit, or no limit: not cut
        res = runner.invoke(app, ["query", "--output", str(out), "--limit", limit, SUBJECTS])
        assert res.exit_code == 0 and f"{n} rows" in res.stdout and "showing" not in res.stdout


def test_an_update_is_refused_as_an_update(out):
    res = runner.invoke(app, ["query", "--output", str(out), "PREFIX x: <https://example.org/#>\nDROP ALL"])
    assert res.exit_code == 1 and "updates are not allowed here" in res.stderr and "CONSTRUCT" not in res.stderr
    from pyoxigraph import Store
    kept = Store.read_only(str(out / "store"))  # (the command's frames, kept by `res`, still hold the lock)
    assert len(list(kept.named_graphs())) == len(list((out / "articles").glob("*.ttl")))  # nothing dropped


def test_a_bad_iri_in_bind_is_one_line(out):
    res = runner.invoke(app, ["query", "--output", str(out), "--file", str(QUERIES / "article-facts.rq"),
                              "--bind", "article=<x> }\u2026#>"])
    assert res.exit_code == 2 and "is not a valid IRI" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.output


def test_query_on_a_store_in_use_says_so(out):
    assert runner.invoke(app, ["query", "--output", str(out), DOCS]).exit_code == 0
    holder = open_store(out / "store")
    try:
        res = runner.invoke(app, ["query", "--output", str(out), DOCS])
    finally:
        del holder
    assert res.exit_code == 1 and "in use by another process" in res.stderr


def test_load_command_against_a_real_server(out, tmp_path):
    with oxigraph_server(tmp_path / "db") as base:
        for _ in range(2):
            res = runner.invoke(app, ["load", "--endpoint", base + "/store", "--output", str(out)],
                                env={"PARTYKG_GSP_USER": "u", "PARTYKG_GSP_PASSWORD": "hunter2-secret"})
            assert res.exit_code == 0, res.output
            assert "5 graphs" in res.stdout and "hunter2-secret" not in res.output
        count = http_count(base)
    assert count > 0
    res = runner.invoke(app, ["load", "--endpoint", "http://127.0.0.1:1/store", "--output", str(out),
                              "--retries", "0"])
    assert res.exit_code == 1 and "ConnectError" in res.stderr


@pytest.fixture
def fake_flow(monkeypatch):
    """`partykg run` with the flow replaced by one writing two sample articles (no Prefect)."""
    from contextlib import nullcontext

    import partykg.flows.etl
    import partykg.prefect_server
    from partykg.emit import turtle

    from storekit import sample_graphs

    def flow(input_dir, output_dir, **options):
        for aid, triples in sample_graphs().items():
            (Path(output_dir) / "articles").mkdir(parents=True, exist_ok=True)
            (Path(output_dir) / "articles" / f"{aid}.ttl").write_bytes(turtle(triples))
        return {"articles": 2, "triples": 1, "failed": {}, "nonconforming": [], "quarantined": [],
                "problems": [], "processed": 2, "skipped": 0, "removed": [], "seconds": 0.1}
    monkeypatch.setattr(partykg.flows.etl, "run_flow", flow)  # the command runs the flow through run_flow
    monkeypatch.setattr(partykg.prefect_server, "prefect_session", lambda **kw: nullcontext())


def test_run_leaves_the_store_to_the_first_query_then_keeps_it_current(fake_flow, tmp_path):
    out = tmp_path / "out"
    seeds = ["--input", str(ROOT / "data" / "seeds"), "--output", str(out)]
    res = runner.invoke(app, ["run", *seeds])
    assert res.exit_code == 0, res.output
    assert "not built" in res.stdout and not (out / "store").exists()
    res = runner.invoke(app, ["query", "--output", str(out), DOCS])
    assert res.exit_code == 0 and "2 added" in res.stderr  # built on first use
    # once there, every run that changes the articles brings it up to date
    atomic_write(out / "articles" / "extra.ttl", turtle(sample_graphs()["a2"]))
    res = runner.invoke(app, ["run", *seeds])
    assert res.exit_code == 0 and "1 added" in res.stdout, res.output
    db = open_store(out / "store")
    assert graph_name("extra") in set(db.named_graphs())
    del db
    res = runner.invoke(app, ["run", *seeds])
    assert res.exit_code == 0 and "up to date" in res.stdout  # nothing changed: not even opened
    # a store given explicitly is built by the run
    res = runner.invoke(app, ["run", *seeds, "--store", str(tmp_path / "elsewhere")])
    assert res.exit_code == 0 and (tmp_path / "elsewhere").is_dir()
    (out / "articles" / "extra.ttl").unlink()
    holder = open_store(out / "store")  # a server holds the store: the run says so, and fails
    try:
        res = runner.invoke(app, ["run", *seeds])
    finally:
        del holder
    assert res.exit_code == 1 and "store not updated" in res.stderr and "in use" in res.stderr


def test_run_rebuilds_a_store_changed_behind_its_back(fake_flow, tmp_path):
    out = tmp_path / "out"
    seeds = ["--input", str(ROOT / "data" / "seeds"), "--output", str(out), "--store", str(out / "store")]
    assert runner.invoke(app, ["run", *seeds]).exit_code == 0
    db = open_store(out / "store")
    db.remove_graph(graph_name("a1"))  # as a DROP through a server would
    del db
    res = runner.invoke(app, ["run", *seeds])
    assert res.exit_code == 0 and "changed outside partykg" in res.stdout and "1 added" in res.stdout, res.output
    db = open_store(out / "store")
    assert graph_name("a1") in set(db.named_graphs())
    del db
    assert "up to date" in runner.invoke(app, ["run", *seeds]).stdout


def test_run_without_store(fake_flow, tmp_path):
    res = runner.invoke(app, ["run", "--input", str(ROOT / "data" / "seeds"),
                              "--output", str(tmp_path / "out"), "--no-store"])
    assert res.exit_code == 0, res.output
    assert not (tmp_path / "out" / "store").exists()


def _ids(out):
    db = open_store(out / "store")
    try:
        from partykg.store import run_query

        from storekit import rows
        return rows(run_query(db, DOCS))
    finally:
        del db


def test_serve_on_a_store_in_use_says_so(out):
    assert runner.invoke(app, ["query", "--output", str(out), DOCS]).exit_code == 0
    holder = open_store(out / "store")
    try:
        res = runner.invoke(app, ["serve", "--output", str(out), "--bind", f"127.0.0.1:{free_port()}"])
    finally:
        del holder
    assert res.exit_code == 1 and "in use by another process" in res.stderr
