"""Extraction quality does not regress: each set's overall F1 holds within 0.02 of docs/quality.json.

The figures are written by benchmarks/quality.py. The development set lives
beside the repository (../shared/dev); without it that case is skipped.
"""
from __future__ import annotations

import json

import pytest

from partykg.evaluate import evaluate

from conftest import ROOT, SEEDS

TOLERANCE = 0.02
EVAL = ROOT / "data" / "eval"
SETS = {
    "seeds": (SEEDS, EVAL / "seeds" / "gold"),
    "synthetic-a": (EVAL / "synthetic-a" / "texts", EVAL / "synthetic-a" / "gold"),
    "synthetic-b": (EVAL / "synthetic-b" / "texts", EVAL / "synthetic-b" / "gold"),
    "synthetic-c": (EVAL / "synthetic-c" / "texts", EVAL / "synthetic-c" / "gold"),
    "dev": (ROOT.parent / "shared" / "dev" / "texts", ROOT.parent / "shared" / "dev" / "gold"),
}
RECORDED = json.loads((ROOT / "docs" / "quality.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(SETS))
def test_overall_f1_holds_and_no_article_fails(name):
    texts, gold = SETS[name]
    if not gold.is_dir():
        pytest.skip(f"{gold} is absent")
    score = evaluate(texts, gold)
    assert score.failures == []
    f1 = score.overall()[2]
    recorded = RECORDED[name]["overall"]["f1"]
    assert f1 >= recorded - TOLERANCE, f"{name}: overall F1 {f1:.3f} < recorded {recorded:.3f} - {TOLERANCE}"
