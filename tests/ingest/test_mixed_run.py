"""The issue's acceptance run: seeds mixed with an HTML page, a JSONL file, an empty file,
a binary file, a Windows-1258 file, a duplicate, a text with no headline and one opening with a
crawler's date stamp and citing a Thông tri, through the real command."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEEDS

FIX = ROOT / "tests" / "fixtures" / "ingest"


def test_mixed_directory_runs_to_completion_with_a_per_file_report(tmp_path, prefect_test_api):
    inp = tmp_path / "in"
    (inp / "copies").mkdir(parents=True)
    seed = sorted(SEEDS.glob("*.txt"))[0]
    shutil.copy(seed, inp / seed.name)
    shutil.copy(seed, inp / "copies" / "same-article.txt")  # the same article twice
    for name in ("article.html", "articles.jsonl", "empty.txt", "binary.txt", "cp1258.txt",
                 "headless.txt", "crawl-stamp.txt"):
        shutil.copy(FIX / name, inp / name)
    # the flow reports to the session's test server: no temporary server to boot (test_cli.py's commands do)
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_HOME=str(tmp_path / "prefect"),
               PREFECT_API_URL=prefect_test_api)
    exe = Path(sys.executable).parent / "partykg"
    proc = subprocess.run([str(exe), "run", "--input", str(inp), "--output", str(tmp_path / "out")],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stdout + proc.stderr
    written = sorted(p.stem for p in (tmp_path / "out" / "articles").glob("*.ttl"))
    assert written == sorted(["article", "baomau-0001", "baomau-0002", "cp1258", "crawl-stamp", "headless",
                               seed.stem])
    assert "7 articles" in proc.stdout and "0 files failed" in proc.stdout
    err = proc.stderr
    assert "no article body" not in err
    assert ": failed:" not in err  # no article failed in a stage
    assert f"skipped: {inp / 'empty.txt'}: empty file" in err
    assert f"skipped: {inp / 'binary.txt'}: binary file" in err
    assert f"note: {inp / 'articles.jsonl'}:4: invalid JSON" in err
    assert f"note: {inp / 'copies' / 'same-article.txt'}: duplicate of article '{seed.stem}'" in err
