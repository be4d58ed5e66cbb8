"""The real command on the seeds, through Prefect's temporary server: clean, parseable, valid output,
then every article skipped and not a byte changed; bad arguments and unreadable input refused."""
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
import rdflib

from conftest import ROOT, SEEDS, output_snapshot


@pytest.fixture(scope="module")
def prefect_home(tmp_path_factory):
    """One PREFECT_HOME for the module's commands: the first migrates its database, the others reuse it."""
    return tmp_path_factory.mktemp("prefect")


def _run(args, prefect_home, level="WARNING"):
    env = dict(os.environ, PREFECT_HOME=str(prefect_home), PREFECT_LOGGING_LEVEL=level)
    env.pop("PREFECT_SERVER_ANALYTICS_ENABLED", None)  # the command itself turns analytics off
    env.pop("PREFECT_API_URL", None)
    exe = Path(sys.executable).parent / "partykg"
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)


def test_second_run_skips_every_article_and_leaves_the_output_byte_identical(tmp_path, prefect_home):
    out = tmp_path / "out"
    first = _run(["run", "--input", str(SEEDS), "--output", str(out)], prefect_home)
    assert first.returncode == 0, first.stderr
    # a clean start and stop of the temporary Prefect server: nothing alarming on the terminal
    for text in (first.stdout, first.stderr):
        assert "Traceback" not in text and "Error flushing" not in text and "ERROR" not in text
    assert first.stdout.startswith("5 articles processed, 0 skipped")
    # the closing summary counts the entities per type, as the run's artifact does
    entities = next(line for line in first.stdout.splitlines() if line.startswith("entities: "))
    assert all(f" {kind}" in entities for kind in ("persons", "organizations", "documents", "places"))
    assert not (prefect_home / "partykg-server.log").exists() or \
        "Traceback" not in (prefect_home / "partykg-server.log").read_text()
    before = output_snapshot(out)
    assert before == output_snapshot(ROOT / "output")
    # one Turtle file per article; the merged file parses (rdflib and Oxigraph agree) and conforms
    assert [p.stem for p in sorted((out / "articles").glob("*.ttl"))] == [p.stem for p in sorted(SEEDS.glob("*.txt"))]
    merged = rdflib.Graph().parse(out / "partykg.ttl", format="turtle")
    assert len(merged) > 0
    # (a triple stated by two articles is written twice: the same set of triples)
    oxigraph = list(pyoxigraph.parse(path=str(out / "partykg.ttl"), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(set(oxigraph)) == len(merged)
    from partykg.validate import validate
    assert validate(oxigraph).conforms

    second = _run(["run", "--input", str(SEEDS), "--output", str(out)], prefect_home)
    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stdout + second.stderr
    assert second.stdout.startswith("0 articles processed, 5 skipped (unchanged), 0 removed, 0 files failed")
    assert "nothing changed: no flow run" in second.stdout  # no Prefect server started for nothing
    assert output_snapshot(out) == before


def test_a_bad_workers_value_is_refused_before_anything_runs(tmp_path, prefect_home):
    r = _run(["run", "--input", str(SEEDS), "--output", str(tmp_path / "out"), "--workers", "many"], prefect_home)
    assert r.returncode == 2
    assert "--workers 'many'" in r.stderr
    assert not (tmp_path / "out").exists()


def test_an_input_with_no_readable_file_says_so_and_fails(tmp_path, prefect_home):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / ".hidden.txt").write_text("skipped", encoding="utf-8")
    r = _run(["run", "--input", str(empty), "--output", str(tmp_path / "o1")], prefect_home)
    assert r.returncode == 2 and f"no input files in {empty}" in r.stderr
    assert not (tmp_path / "o1").exists()

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(bytes(range(256)) * 8)  # binary: no encoding makes it an article
    (bad / "b.pdf").write_bytes(b"%PDF-1.4")
    r = _run(["run", "--input", str(bad), "--output", str(tmp_path / "o2")], prefect_home, level="INFO")
    assert r.returncode == 1, r.stdout + r.stderr
    assert f"error: no readable articles in {bad}: none of its 2 file(s) could be read" in r.stderr
    assert "Traceback" not in r.stdout + r.stderr
    # the temporary server has no UI and is gone after the command: no link to it
    assert "View at" not in r.stdout + r.stderr and "Beginning flow run" in r.stdout + r.stderr
