"""The Prefect flow on a real (test) Prefect server: task runners, Dask, artifact, deployment."""
import pytest

from conftest import ROOT, SEEDS, output_snapshot

COMMITTED = output_snapshot(ROOT / "output")


def test_flow_run_writes_the_committed_output_and_publishes_its_report(prefect_server, tmp_path):
    from prefect.artifacts import Artifact

    from partykg.flows.etl import run_flow

    summary = run_flow(SEEDS, tmp_path / "out")
    assert summary["processed"] == 5 and summary["failed"] == {}
    assert output_snapshot(tmp_path / "out") == COMMITTED
    report = Artifact.get("partykg-run-summary")
    assert report is not None and report.type == "markdown"
    assert "| documents |" in report.data and "## Failed files" in report.data
    assert "articles processed: 5" in report.data


def test_two_worker_processes_write_the_same_bytes(prefect_server, tmp_path):
    from partykg.flows.etl import run_flow

    summary = run_flow(SEEDS, tmp_path / "out", workers=2)
    assert summary["processed"] == 5 and summary["failed"] == {}
    assert output_snapshot(tmp_path / "out") == COMMITTED


def test_a_worker_finds_its_next_batch_handed_over_while_it_runs_one(prefect_server, tmp_path, monkeypatch):
    # two workers: a third batch reaches the pool while the first two still run, so the worker that
    # finishes first need not wait for Prefect to close one task run and open the next
    import threading

    import partykg.flows.etl as etl
    from partykg.pool import WorkerPool

    handed = threading.Barrier(3, timeout=60)
    arrived = iter(range(3))  # (next() on it is atomic: one item for each of the first three batches)

    def run_here(fn, *args):  # the batches run in this process; the first three wait for each other
        if next(arrived, None) is not None:
            try:
                handed.wait()
            except threading.BrokenBarrierError:
                pass  # (the assertion below says what went wrong)
        return fn(*args)

    monkeypatch.setattr(etl, "run_batch_work", run_here)
    pool = WorkerPool(2, preload=())  # (for the scan; the pipeline is not what this is about)
    try:
        summary = etl.run_flow(SEEDS, tmp_path / "out", workers=2, pool=pool)  # 5 files: 5 batches
    finally:
        pool.close()
    assert not handed.broken, "the third batch was not handed over before the first two were done"
    assert summary["processed"] == 5 and output_snapshot(tmp_path / "out") == COMMITTED


def test_dask_cluster_writes_the_same_bytes(prefect_server, tmp_path):
    from distributed import LocalCluster

    from partykg.flows.etl import run_flow

    # in-process workers on loopback: quick, and the same path as a remote scheduler address
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp://",
                      host="127.0.0.1", dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        summary = run_flow(SEEDS, tmp_path / "out", dask_address=cluster.scheduler_address)
    assert summary["processed"] == 5 and summary["failed"] == {}
    assert output_snapshot(tmp_path / "out") == COMMITTED


def test_deployment_is_registered_with_its_cron_schedule(prefect_server, tmp_path):
    from prefect.client.orchestration import get_client
    from typer.testing import CliRunner

    from partykg.cli import app

    result = CliRunner().invoke(app, ["serve-flow", "--cron", "0 2 * * *", "--timezone", "Asia/Ho_Chi_Minh",
                                      "--input", str(SEEDS), "--output", str(tmp_path / "out"),
                                      "--workers", "2", "--register-only"])
    assert result.exit_code == 0, result.output
    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("partykg-scheduled/partykg-scheduled")
    assert [s.schedule.cron for s in deployment.schedules] == ["0 2 * * *"]
    assert deployment.schedules[0].schedule.timezone == "Asia/Ho_Chi_Minh"
    assert deployment.parameters == {"input_dir": str(SEEDS.resolve()),
                                     "output_dir": str((tmp_path / "out").resolve()),
                                     "workers": 2, "dask_address": None}
    # one run at a time: an overlapping run waits (or, asked, is cancelled)
    assert deployment.global_concurrency_limit.limit == 1
    assert deployment.concurrency_options.collision_strategy == "ENQUEUE"
    result = CliRunner().invoke(app, ["serve-flow", "--input", str(SEEDS), "--output", str(tmp_path / "out"),
                                      "--on-overlap", "cancel", "--register-only"])
    assert result.exit_code == 0, result.output
    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("partykg-scheduled/partykg-scheduled")
    assert deployment.concurrency_options.collision_strategy == "CANCEL_NEW"


def test_invalid_cron_is_refused_before_anything_starts():
    from typer.testing import CliRunner

    from partykg.cli import app

    result = CliRunner().invoke(app, ["serve-flow", "--cron", "every night", "--register-only"])
    assert result.exit_code == 2 and "invalid schedule" in result.output


def test_an_unknown_format_is_refused_before_anything_starts(tmp_path):
    from typer.testing import CliRunner

    from partykg.cli import app

    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", "--input", str(SEEDS), "--output", str(out), "--formats", "ttl,rdfxml"])
    assert result.exit_code == 2 and "--formats 'ttl,rdfxml': unknown format rdfxml" in result.output
    assert not out.exists()


@pytest.mark.parametrize("cpus, grows", [(1, False), (4, True)])
def test_the_report_graph_grows_during_the_batches_only_on_a_cpu_no_worker_uses(prefect_server, tmp_path,
                                                                                 monkeypatch, cpus, grows):
    # with a worker a CPU, loading the report's graph beside the batches takes CPU from the workers:
    # it is loaded after the last batch; with a CPU to spare it grows from each finished batch
    import partykg.flows.etl as etl
    import partykg.report as report

    made = []

    class Recorded(report.GrowingReport):
        def __init__(self, output_dir, fed=False):
            made.append(fed)
            super().__init__(output_dir, fed)

    monkeypatch.setattr(report, "GrowingReport", Recorded)
    monkeypatch.setattr(etl, "usable_cpus", lambda: cpus)
    summary = etl.run_flow(SEEDS, tmp_path / "out", workers=1)
    assert summary["processed"] == 5 and summary["failed"] == {}
    assert made == ([False] if grows else [True])  # else it grows from the articles the merge reads
    assert output_snapshot(tmp_path / "out") == COMMITTED  # the same report either way


def test_with_a_worker_a_cpu_the_merge_and_the_report_open_each_sidecar_once(prefect_server, tmp_path, monkeypatch,
                                                                           count_article_reads):
    # each article's sidecar is read, its Turtle digested and the sidecar decompressed once, by the
    # merge, which hands the report what it reads of it (not once by each)
    from collections import Counter

    import partykg.emit as emit
    import partykg.flows.etl as etl

    opened = count_article_reads(emit, "_open_sidecar")
    monkeypatch.setattr(etl, "usable_cpus", lambda: 1)
    summary = etl.run_flow(SEEDS, tmp_path / "out", workers=1)
    assert summary["processed"] == 5 and summary["failed"] == {}
    assert output_snapshot(tmp_path / "out") == COMMITTED
    assert opened == Counter(path.stem for path in (tmp_path / "out" / "articles").glob("*.ttl"))


@pytest.mark.parametrize("workers, cpus, handled_before", [(2, 2, 4), (1, 2, 0), (2, 4, 0)])
def test_a_cpu_left_free_by_the_workers_is_announced_once(monkeypatch, workers, cpus, handled_before):
    """_in_window's on_free_cpu (the report's matplotlib imported early) comes once, when the batches
    left cannot keep every CPU busy: with 2 workers on 2 CPUs, while the last of 5 batches runs."""
    from partykg.flows import etl

    class Done:  # a task run already finished (as_completed yields it at once)
        _final_state = True

        def __init__(self, jobs):
            self.jobs = jobs

        def result(self):
            return self.jobs

    class Task:
        @staticmethod
        def submit(jobs, output_dir, *more):
            return Done(jobs)

    handled: list = []
    calls: list[int] = []
    monkeypatch.setattr(etl, "usable_cpus", lambda: cpus)
    etl._in_window(Task, [[i] for i in range(5)], ROOT, workers, lambda jobs, result: handled.append(jobs),
                   None, on_free_cpu=lambda: calls.append(len(handled)))
    assert sorted(handled) == [[i] for i in range(5)]
    assert calls == [handled_before]
