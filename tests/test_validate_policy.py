"""The validation policy: violations quarantine (or fail with --strict), warnings never block."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from partykg.validate import StrictValidationError, enforce_strict


def test_strict_fails_on_quarantined_articles_only():
    enforce_strict({"quarantined": {}, "warnings": 12})  # warnings never block
    with pytest.raises(StrictValidationError, match="a1"):
        enforce_strict({"quarantined": {"a1": 3}, "warnings": 0})


@pytest.mark.parametrize("strict,code", [(False, 0), (True, 1)])
def test_cli_strict_flag_reaches_the_flow_and_sets_the_exit_code(monkeypatch, tmp_path, strict, code):
    from contextlib import nullcontext

    import partykg.flows.etl
    import partykg.prefect_server
    from partykg.cli import app

    def fake_flow(input_dir, output_dir, strict=False, **options):
        summary = {"articles": 1, "triples": 9, "failed": {}, "quarantined": {"bad": 2}, "warnings": 0,
                   "processed": 2, "skipped": 0, "removed": [], "seconds": 0.1}
        if strict:
            enforce_strict(summary)
        return summary

    monkeypatch.setattr(partykg.flows.etl, "run_flow", fake_flow)
    monkeypatch.setattr(partykg.prefect_server, "prefect_session", lambda **kw: nullcontext())
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Tiêu đề\n\nMột bài báo.\n", encoding="utf-8")
    args = ["run", "--input", str(tmp_path / "in"), "--output", str(tmp_path / "out")] + \
        (["--strict"] if strict else [])
    result = CliRunner().invoke(app, args)
    assert result.exit_code == code, result.output
    assert "bad" in result.output


def test_validate_command_reports_violations_and_exit_code(tmp_path):
    from rdf.sample import article, extraction

    from partykg.cli import app
    from partykg.emit import turtle
    from partykg.model import Statistic
    from partykg.rdf.mapping import to_triples

    good = tmp_path / "good.ttl"
    good.write_bytes(turtle(to_triples(article(), extraction())))
    ex = extraction()
    ex.statistics.append(Statistic("Đảng bộ huyện Sông Xanh", "TotalMembers", -5))
    bad = tmp_path / "bad.ttl"
    bad.write_bytes(turtle(to_triples(article(), ex)))
    runner = CliRunner()
    ok = runner.invoke(app, ["validate", str(good)])
    assert ok.exit_code == 0 and "0 violations" in ok.output
    ko = runner.invoke(app, ["validate", str(bad), "--report", str(tmp_path / "r.ttl")])
    assert ko.exit_code == 1 and "non-negative" in ko.output
    assert "sh:conforms false" in (tmp_path / "r.ttl").read_text(encoding="utf-8")
