"""The partykg Prefect flow: a table of contents of the pipeline, no logic of its own."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import State
from prefect.futures import as_completed
from prefect.states import Cancelled, Completed, Failed
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner
from prefect.tasks import TaskRunNameCallbackWithParameters

from partykg.batch import FileOutcome, Scan, logged, logged_scan, run_batch
from partykg.emit import ARTICLE_DIR, DEFAULT_FORMATS
from partykg.faults import RunFault, describe, log_fault
from partykg.pool import WorkerPool, batches_elsewhere, local_workers, release_workers, run_batch_work, run_light_work
from partykg.runner import Run, failure_message, report_progress, summary_markdown, usable_cpus
from partykg.state import FileJob, OutputBusyError
from partykg.validate import StrictValidationError, enforce_strict

if TYPE_CHECKING:
    from partykg.report import GrowingReport, PendingReport

# files per task at most. A task run costs Prefect ~0.1-0.2 s (states through the API; measured
# with Prefect's process pool, where batches of 50 spent ~9% of a run of 10,000 articles on it).
# The scan (ids and text hashes) is ~30x cheaper a file: bigger still.
BATCH_SIZE = 200
SCAN_BATCH_SIZE = 1000


def files_label(jobs: list[FileJob]) -> str:
    """'3 files: a.txt .. c.txt': which input files a task run covers (by file name)."""
    names = [Path(j.path).name for j in jobs]
    if not names:
        return "0 files"
    if len(names) == 1:
        return f"1 file: {names[0]}"
    return f"{len(names)} files: {names[0]} .. {names[-1]}"


def _process_name(parameters: dict[str, Any]) -> str:
    return f"extract-map-validate-write {files_label(parameters['jobs'])}"


def _scan_name(parameters: dict[str, Any]) -> str:
    return f"read-and-hash {files_label(parameters['jobs'])}"


# Prefect calls a task_run_name function with a `parameters` argument with the task's arguments;
# its TaskRunNameCallbackWithParameters protocol also has a classmethod, which no function matches
_process_name_cb = cast("TaskRunNameCallbackWithParameters", _process_name)
_scan_name_cb = cast("TaskRunNameCallbackWithParameters", _scan_name)


# NO_CACHE: nothing to gain from hashing the inputs of every batch (the manifest is the cache)
@task(name="process-batch", task_run_name=_process_name_cb, retries=2, retry_delay_seconds=2,
      cache_policy=NO_CACHE)
def process_batch(jobs: list[FileJob], output_dir: Path,
                  formats: tuple[str, ...] = DEFAULT_FORMATS) -> list[FileOutcome]:
    # retries cover a batch lost as a whole (worker died, I/O down); one
    # article's failure is recorded inside run_batch and never raised
    outcomes, lines = run_batch_work(logged, run_batch, jobs, output_dir, formats)
    _log_lines(lines)
    return outcomes


@task(name="scan-batch", task_run_name=_scan_name_cb, retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def scan_files(jobs: list[FileJob], output_dir: Path) -> list[Scan]:
    # read changed files for the corpus-wide duplicate check (ids, text hashes only); the articles
    # read wait in output_dir's spool for process_batch
    scans: list[Scan] = []
    for part, lines in run_light_work(logged_scan, jobs, output_dir):
        scans += part
        _log_lines(lines)
    return scans


def _log_lines(lines: list[tuple[int, str]]) -> None:
    """What the stages logged while doing a task run's work, in the task run's Prefect log."""
    logger = get_run_logger()
    for level, message in lines:
        logger.log(level, message)


def _in_window(task_fn, batches: list, output_dir: Path, workers: int, on_done, on_error, *more,
               on_free_cpu: Callable[[], object] | None = None) -> None:
    """Submit batches with a bounded window in flight (each with `more` arguments after the output
    directory); results are handled and dropped as they come, so memory does not grow with the corpus.
    `on_free_cpu` is called once, when the batches left are too few to keep every CPU busy."""
    window = max(2, 2 * workers)
    pending: dict = {}
    queue = list(reversed(batches))
    cpus = usable_cpus()
    while queue or pending:
        if on_free_cpu is not None and min(len(queue) + len(pending), workers) < cpus:
            on_free_cpu()
            on_free_cpu = None
        while queue and len(pending) < window:
            jobs = queue.pop()
            pending[task_fn.submit(jobs, output_dir, *more)] = jobs
        future = next(as_completed(list(pending)))
        jobs = pending.pop(future)
        try:
            result = future.result()
        except Exception as exc:  # the batch failed after its retries
            on_error(jobs, exc)
        else:
            on_done(jobs, result)


@flow(name="partykg-run", log_prints=True)
def partykg_flow(input_dir: Path, output_dir: Path, batch_size: int = BATCH_SIZE, workers: int = 1,
                 strict: bool = False, formats: tuple[str, ...] = DEFAULT_FORMATS, report: bool = True):
    """One run of the pipeline over `input_dir` into `output_dir`, writing the merged `formats`
    (partykg.emit.MERGED_FORMS) and, with `report`, OUTPUT/report.html.

    Its final state: Failed when any input file failed (the message names each
    file and the stage it failed in; every other article is written all the
    same) or, with `strict`, when any article was quarantined; else Completed,
    quarantined articles listed in the run's artifact. The state's data is the
    run summary either way (`run_flow` returns it).
    """
    logger = get_run_logger()
    try:
        run = Run(Path(input_dir), Path(output_dir), formats)
    except OutputBusyError as exc:  # another run writes there: this one is not an error
        logger.warning("not run: %s", exc)
        return Cancelled(message=str(exc))
    except Exception as exc:  # the output cannot be set up (a file, a full disk ...)
        return _stopped(logger, exc, Path(output_dir))
    plan = run.plan
    logger.info("%d input files under %s: %d to read, %d unchanged (%d articles skipped), %d removed",
                run.total_files, input_dir, len(plan.jobs), len(plan.skipped_files),
                len(plan.skipped_articles), len(plan.vanished))
    growing: GrowingReport | None = None
    try:
        scans: list[Scan] = []
        _in_window(scan_files, run.scan_batches(max(batch_size, SCAN_BATCH_SIZE), workers), Path(output_dir), workers,
                   lambda jobs, result: scans.extend(result), run.batch_failed)  # noqa: F821 (del below)
        run.decide(scans)
        del scans
        progress = {"done": 0}
        report_progress(0, len(plan.jobs))
        growing = _growing_report(Path(output_dir)) if report and plan.jobs and grows_report(workers) else None

        def done(jobs, outcomes):
            run.record(outcomes)
            if growing is not None:
                growing.add(a["article_id"] for out in outcomes for a in out.articles if _published(a))
            progress["done"] += len(jobs)
            report_progress(progress["done"], len(plan.jobs))

        def failed(jobs, exc):
            logger.error("batch of %d files failed: %s", len(jobs), exc)
            run.batch_failed(jobs, exc)
            done(jobs, [])

        # the report's matplotlib, imported in this process while a CPU is free of workers (the last
        # batch, or one worker on two CPUs) rather than after the batches, where the report waits for it
        free_cpu = _import_charts_soon if report and plan.jobs and batches_elsewhere() else None
        batches = run.batches(batch_size, workers)
        while batches:  # then again for duplicates whose kept article failed (Run.take_over)
            _in_window(process_batch, batches, Path(output_dir), workers, done, failed, tuple(run.formats),
                       on_free_cpu=free_cpu)
            free_cpu = None
            batches = run.take_over(batch_size, workers)
        release_workers()
        run.settle()
        # the report's graph of the articles is completed beside the merged files, or grows from the
        # articles the merge reads (each read once for both)
        fed = _growing_report(Path(output_dir), fed=True) if report and growing is None else None
        pending, growing = (_pending_report(Path(output_dir), growing or fed) if report else None), None
        try:
            summary = run.finish(report=fed)
        except Exception:  # (a Ctrl-C does not wait for the loading: the thread ends with the command)
            if pending is not None:
                pending.close()
            raise
        finally:
            if fed is not None:
                fed.fed_all()
    except Exception as exc:  # a fault (a full disk ...); bad input never gets here
        _drop(growing)
        run.close()  # a long-lived serve process must not keep the output locked
        return _stopped(logger, exc, Path(output_dir))
    except BaseException:
        _drop(growing)
        run.close()
        raise
    logger.info("%d articles processed, %d skipped, %d removed; output: %d articles, %d triples in %s",
                summary["processed"], summary["skipped"], len(summary["removed"]),
                summary["articles"], summary["triples"], output_dir)
    for source, error in summary["failed"].items():
        logger.error("FAILED %s: %s", source, error)
    for p in summary["problems"]:
        logger.warning("%s %s: %s", "SKIPPED" if p["fatal"] else "NOTE", p["source"], p["reason"])
    _log_validation(logger, summary, Path(output_dir))
    create_markdown_artifact(markdown=summary_markdown(summary), key="partykg-run-summary",
                             description="partykg run: counts, validation, failures, time per stage")
    if pending is not None:
        summary["report"] = _write_report(logger, pending, summary["failed"])
    else:
        _remove_report(logger, Path(output_dir))
    if summary["failed"]:
        return Failed(message=failure_message(summary), data=summary)
    if strict:
        try:
            enforce_strict(summary)
        except StrictValidationError as exc:
            return Failed(message=str(exc), data=summary)
    message = f"{summary['articles']} articles, {summary['triples']} triples"
    if summary["quarantined"]:
        message += f"; {len(summary['quarantined'])} quarantined (see the run's artifact)"
    return Completed(message=message, data=summary)


def _stopped(logger, exc: Exception, output_dir: Path) -> State:
    """A run stopped by a fault: one line in the run's log and state, the traceback in partykg's
    log file (raised, Prefect would print it on the terminal)."""
    line = describe(exc)
    logged = log_fault(exc, output_dir)
    logger.error("run stopped: %s%s", line, f" (details: {logged})" if logged else "")
    return Failed(message=line, data=RunFault(line, logged))


def _log_validation(logger, summary: dict, output_dir: Path) -> None:
    """The SHACL outcome of the run in a few lines; the full report is validation.ttl."""
    logger.info("validation: %d conform, %d quarantined, %d warnings (report: %s)",
                summary["articles"], len(summary["quarantined"]), summary["warnings"],
                output_dir / "validation.ttl")
    for aid, violations in summary["quarantined"].items():
        logger.warning("QUARANTINED %s (%d violations) -> %s", aid, violations,
                       output_dir / "quarantine" / f"{aid}.trig")
        for line in summary["findings"].get(aid, []):
            logger.warning("  %s", line)


def grows_report(workers: int) -> bool:
    """Whether the report's graph grows from each batch's articles while the other batches run
    (GrowingReport): only when a CPU is left to it, with fewer workers than CPUs. With a worker a
    CPU, what it loads is taken from the workers and costs more than loading the graph after the last
    batch: on 2 CPUs with 2 workers, N=1,000 (3 interleaved pairs, CPU s of the flow's process),
    growing took 4.6 CPU s during the batches against 3.1 without it and saved 1.0 after them; at
    N=10,000 (docs/benchmarks.md) the batches took longer by as much as the tail shortened, and the
    largest process's peak memory grew from 588 to 920 MB."""
    return workers < usable_cpus()


def _import_charts_soon() -> None:
    from partykg.report import import_charts_soon  # (here: it loads the report's modules)

    import_charts_soon()


def _growing_report(output_dir: Path, fed: bool = False) -> GrowingReport:
    from partykg.report import GrowingReport  # (here: it loads the report's modules)

    return GrowingReport(output_dir, fed)


def _published(article: dict) -> bool:
    """A batch's manifest row of an article written to articles/ (not skipped, not quarantined)."""
    return f"{ARTICLE_DIR}/{article['article_id']}.ttl" in article.get("outputs", ())


def _drop(growing: GrowingReport | None) -> None:
    if growing is not None:
        growing.close()


def _pending_report(output_dir: Path, growing: GrowingReport | None = None) -> PendingReport:
    from partykg.report import PendingReport  # (here: it loads the report's modules)

    return PendingReport(output_dir, growing)


def _write_report(logger, pending: PendingReport, failed: dict) -> str | None:
    """OUTPUT/report.html; a report that cannot be made is logged, the run's output stands."""
    from partykg.report import ReportError

    try:
        path = pending.write(failed)
    except (ReportError, OSError) as exc:
        logger.error("report not written: %s", exc)
        return None
    logger.info("report: %s", path)
    return str(path)


def _remove_report(logger, output_dir: Path) -> None:
    """A run without a report removes the report of an earlier run: it would describe older output."""
    from partykg.report import remove_report

    try:
        removed = remove_report(output_dir)
    except OSError as exc:
        logger.error("older report not removed: %s", exc)
        return
    if removed is not None:
        logger.info("removed %s: an earlier run's report (this run writes none)", removed)


def task_runner(workers: int = 1, dask_address: str | None = None) -> TaskRunner[Any]:
    """Where task runs run: a Dask cluster, or threads of this process: one (its batches run in this
    process), or two per local worker process (partykg.pool), each handing its batch to the pool.

    Two a worker: while a task run waits for its batch, the next one is already queued in the
    pool, so a worker that finishes a batch starts the next at once instead of waiting for Prefect
    to finish one task run and begin another (~0.15 s of idle worker a batch, measured under load)."""
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    return ThreadPoolTaskRunner(max_workers=1 if workers == 1 else 2 * workers)


def run_flow(input_dir: Path, output_dir: Path, workers: int = 1, dask_address: str | None = None,
             batch_size: int = BATCH_SIZE, strict: bool = False,
             formats: Iterable[str] = DEFAULT_FORMATS, report: bool = True,
             pool: WorkerPool | None = None) -> dict:
    """The flow in this process; its summary, also when the run ended Failed (the CLI and the
    Python API report the failed files themselves). `strict`: StrictValidationError instead;
    another run writing to `output_dir`: OutputBusyError (the flow run ends Cancelled); a fault
    (a full disk ...): RunFault, its traceback in the log (the flow run ends Failed).
    With `workers` > 1 and no Dask, the work goes to `workers` local processes: `pool`, started
    (and closed) by the caller, or new ones for the length of the run."""
    runner = task_runner(workers, dask_address)
    local = workers > 1 and not dask_address  # spaCy is CPU-bound: processes, not threads
    # a sync flow called with return_state=True returns its State (Prefect's overloads say
    # Awaitable[State] for a flow function that returns a State)
    with local_workers(workers, pool) if local else nullcontext():
        state = cast("State[Any]", partykg_flow.with_options(task_runner=runner)(
            input_dir=input_dir, output_dir=output_dir, batch_size=batch_size, workers=workers, strict=strict,
            formats=tuple(formats), report=report, return_state=True))
    if state.is_cancelled():
        raise OutputBusyError(state.message)
    summary = state.result(raise_on_failure=False)
    if isinstance(summary, BaseException):  # the flow itself crashed: nothing to summarize
        raise summary
    if strict:
        enforce_strict(summary)
    return summary
