"""The benchmark's stages child writes each article as a run does, so its stages cost what a run's do."""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

import partykg.report

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import run  # noqa: E402

import make_corpus  # noqa: E402


def test_the_stages_sidecars_carry_the_reports_rows_as_a_runs_do(tmp_path, monkeypatch):
    # a run's workers ask each article's report rows while they write its sidecar ("serialize"),
    # and the report only merges them: the child must write them there too, not leave them to "report"
    paths = make_corpus.make_corpus(3, tmp_path / "corpus")
    seen: dict[str, bytes] = {}

    def look(out: Path, failed=None) -> Path:  # the output before the child removes it
        for side in sorted((out / ".partykg" / "nquads").glob("*.nq.gz")):
            with gzip.open(side) as fh:
                # emit's sidecar header: "# sha256 <digest> <3 part sizes> <rows> <types> <quads> <rest> <key>"
                seen[side.name] = fh.readline().split()[6]
        return out / "report.html"

    monkeypatch.setattr(partykg.report, "write_report", look)
    res = run.child_stages(paths, tmp_path / "work")
    assert len(seen) == 3 and res["violations"] == 0
    assert {name for name, rows in seen.items() if rows == b"-"} == set()
    assert res["cpu"].keys() == set(run.STAGES)
