"""Extraction quality does not regress: each set's overall F1 holds within 0.02 of docs/quality.json.

The figures are written by benchmarks/quality.py. The development set lives
beside the repository (../shared/dev); without it that case is skipped.
"""
from __future__ import annotations

import json
import sys

import pytest

from partykg.evaluate import evaluate

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from quality import SETS  # noqa: E402  (the sets the figures were written for)

TOLERANCE = 0.02
RECORDED = json.loads((ROOT / "docs" / "quality.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(SETS))
def test_overall_f1_holds_and_no_article_fails(name):
    texts, gold = SETS[name]
    if not gold.is_dir():
        pytest.skip(f"{gold} is absent")
    score = evaluate(texts, gold)
    assert score.failures == []
    # a set added without its figure would otherwise guard nothing
    assert name in RECORDED, f"{name} has no figure in docs/quality.json: run benchmarks/quality.py"
    f1 = score.overall()[2]
    recorded = RECORDED[name]["overall"]["f1"]
    assert f1 >= recorded - TOLERANCE, f"{name}: overall F1 {f1:.3f} < recorded {recorded:.3f} - {TOLERANCE}"
