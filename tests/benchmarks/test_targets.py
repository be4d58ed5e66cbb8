"""The benchmark page's targets: a failing target says by how much, and the findings say what would close it."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import run  # noqa: E402


def _result(e2e_600_seconds: float, cpu_1000: float = 42.0) -> dict:
    """A run's figures at N=600 and N=1,000: the floor does 100 articles/s, the peer 2."""
    def e2e(n, seconds, cpu):
        return {"rc": 0, "seconds": seconds, "cpu_s": cpu, "workers": 2, "tree_rss_mb": 500}
    floor = {n: {"seconds": {"spacy": n / 100}, "spacy_cpu_s": n / 100, "cpus": 2} for n in (600, 1000)}
    return {"sizes": [600, 1000], "e2e": {600: e2e(600, e2e_600_seconds, 30.0), 1000: e2e(1000, 25.0, cpu_1000)},
            "floor": floor, "peer": {"n": 20, "seconds": 10.0}, "corpus_bytes": {}, "rerun": {},
            "stages": {}, "validation": {},
            "machine": {"loadavg_start": [0.5, 0.5, 0.5], "nproc": 2}}


def _target(res: dict, start: str) -> dict:
    return next(t for t in run.targets(res) if t["name"].startswith(start))


def test_a_failing_target_says_how_much_faster_it_must_be():
    res = _result(e2e_600_seconds=20.0)  # 30 articles/s against a goal of 50
    small = _target(res, "end to end >= 0.5x")
    assert small["status"] == "FAIL"
    assert "1.67x faster needed (12.0 s)" in small["detail"]
    peer = _target(res, "end to end >= 30x")  # 40 articles/s at 1,000 against 30 x 2
    assert peer["status"] == "FAIL" and "1.50x faster needed (60.0 articles/s)" in peer["detail"]


def test_a_passing_target_names_no_gap():
    small = _target(_result(e2e_600_seconds=10.0), "end to end >= 0.5x")
    assert small["status"] == "PASS" and "faster needed" not in small["detail"]


def test_the_findings_split_a_slow_small_run_into_its_articles_and_the_rest():
    # the fit over (600, 30 CPU s) and (1,000, 42): 30 ms an article, so 600 take 9 s on 2 workers
    said = " ".join(run.findings(_result(e2e_600_seconds=20.0)))
    assert "needs the run done in 12.0 s against 20.0" in said
    assert "take about 9.0 s of it, the rest (start" in said and "11.0 s" in said
    assert "cutting the rest to what the goal leaves would close it" in said
    # 50 ms an article: 600 take 15 s, more than the goal by themselves
    said = " ".join(run.findings(_result(e2e_600_seconds=20.0, cpu_1000=50.0)))
    assert "the articles alone take longer than the goal" in said
    assert "needs the run done" not in " ".join(run.findings(_result(e2e_600_seconds=10.0)))
