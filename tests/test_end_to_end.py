"""The real command on the seeds, through Prefect's temporary server."""
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import rdflib

from conftest import ROOT, SEEDS


def test_partykg_run_writes_parseable_valid_turtle(tmp_path):
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_HOME=str(tmp_path / "prefect"))
    exe = Path(sys.executable).parent / "partykg"
    proc = subprocess.run([str(exe), "run", "--input", str(SEEDS), "--output", str(tmp_path / "out")],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    out = tmp_path / "out"
    ttl = sorted((out / "articles").glob("*.ttl"))
    assert [p.stem for p in ttl] == [p.stem for p in sorted(SEEDS.glob("*.txt"))]
    merged = out / "partykg.ttl"
    g = rdflib.Graph().parse(merged, format="turtle")
    assert len(g) > 0
    # (a triple stated by two articles is written twice: the same set of triples)
    assert len(set(pyoxigraph.parse(path=str(merged), format=pyoxigraph.RdfFormat.TURTLE))) == len(g)
    from partykg.validate import validate
    assert validate(pyoxigraph.parse(path=str(merged), format=pyoxigraph.RdfFormat.TURTLE)).conforms
