"""The final state of a flow run in Prefect: Failed names the failed files and their stage,
quarantined articles leave it Completed (and show in the artifact), task runs say what they cover."""
import dataclasses

import pytest

import partykg.process

from conftest import SEEDS


def _last_flow_run(client):
    from prefect.client.schemas.sorting import FlowRunSort

    runs = client.read_flow_runs(sort=FlowRunSort.START_TIME_DESC, limit=1)
    return runs[0]


def test_failed_articles_fail_the_run_by_name_and_stage_and_the_rest_is_written(
        prefect_server, corpus, tmp_path, extract_fails_for):
    from prefect.client.orchestration import get_client

    from partykg.flows.etl import run_flow

    bad = sorted(corpus.glob("*.txt"))[1]
    extract_fails_for.add(bad.stem)
    out = tmp_path / "out"
    summary = run_flow(corpus, out)  # the summary still comes back to the caller
    assert list(summary["failed"]) == [str(bad)] and summary["articles"] == 4
    assert len(list((out / "articles").glob("*.ttl"))) == 4 and (out / "partykg.ttl").exists()
    with get_client(sync_client=True) as client:
        run = _last_flow_run(client)
        assert run.state.is_failed(), run.state
        assert str(bad) in run.state.message and "extract: ValueError: boom" in run.state.message
        assert "other 4 articles were written" in run.state.message
        from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

        names = sorted(t.name for t in client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run.id]))))
    # task runs are named after their work and the files they cover (5 files: batches of 2, 2, 1)
    assert [n.split(" ")[0] for n in names] == ["extract-map-validate-write"] * 3 + ["read-and-hash"]
    assert "extract-map-validate-write 2 files: 000_c050c0f6557fdcc4.txt .. 001_e3c09eec9dd5d230.txt" in names
    assert "read-and-hash 5 files: 000_c050c0f6557fdcc4.txt .. 004_188bbff389aaafd2.txt" in names  # one a worker


def test_quarantined_articles_leave_the_run_completed_and_are_listed_in_its_artifact(
        prefect_server, corpus, tmp_path, monkeypatch):
    from prefect.artifacts import Artifact
    from prefect.client.orchestration import get_client

    from partykg.flows.etl import run_flow

    held = sorted(corpus.glob("*.txt"))[0].stem
    real_validate = partykg.process.validate

    def strict_validate(triples, name, **given):  # (given: the N-Triples process_article made)
        v = real_validate(triples, name=name, **given)
        return dataclasses.replace(v, conforms=False, violations=2) if name == held else v

    monkeypatch.setattr(partykg.process, "validate", strict_validate)
    summary = run_flow(corpus, tmp_path / "out")
    assert summary["quarantined"] == {held: 2} and summary["failed"] == {}
    with get_client(sync_client=True) as client:
        run = _last_flow_run(client)
    assert run.state.is_completed(), run.state
    assert "1 quarantined" in run.state.message
    report = Artifact.get("partykg-run-summary")
    assert "## Quarantined articles" in report.data and f"| {held} | 2 |" in report.data


def test_a_run_into_an_output_another_run_holds_ends_cancelled_with_one_log_line(prefect_server, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId

    from partykg.flows.deploy import scheduled_flow
    from partykg.flows.etl import run_flow
    from partykg.prefect_server import drain_workers
    from partykg.state import Manifest, OutputBusyError

    out = tmp_path / "out"
    holder = Manifest(out)  # another run is writing there
    try:
        with pytest.raises(OutputBusyError):
            run_flow(SEEDS, out)
        state = scheduled_flow(str(SEEDS), str(out), return_state=True)
    finally:
        holder.close()
    assert state.is_cancelled() and "another partykg run is writing to" in state.message
    assert not (out / "articles").exists()
    drain_workers()
    with get_client(sync_client=True) as client:
        logs = client.read_logs(LogFilter(flow_run_id=LogFilterFlowRunId(any_=[state.state_details.flow_run_id])))
    messages = [(log.level, log.message) for log in logs]
    assert any(level == 30 and m.startswith("not run: another partykg run") for level, m in messages), messages
    assert not any("Traceback" in m for _, m in messages)
