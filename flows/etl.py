"""The partykg Prefect flow: a table of contents of the pipeline, no logic of its own."""
from __future__ import annotations

import logging
from pathlib import Path

from prefect import flow, get_run_logger, task

from partykg.emit import write_outputs
from partykg.ingest import discover
from partykg.process import ArticleResult, process_file

BATCH_SIZE = 50  # articles per task: Prefect costs ~18 ms a task run, so batch


@task(name="process-batch", retries=1, retry_delay_seconds=1)
def process_batch(paths: list[Path]) -> list[ArticleResult]:
    logger = get_run_logger()
    # route the stage logs of partykg.process into this task's Prefect log
    handler = _PrefectHandler(logger)
    logging.getLogger("partykg").addHandler(handler)
    logging.getLogger("partykg").setLevel(logging.INFO)
    logging.getLogger("partykg").propagate = False  # shown once, through Prefect
    try:
        return [process_file(p) for p in paths]
    finally:
        logging.getLogger("partykg").removeHandler(handler)


@task(name="write-output")
def write_output(results: list[ArticleResult], output_dir: Path) -> dict:
    return write_outputs(results, output_dir)


@flow(name="partykg-run", log_prints=True)
def partykg_flow(input_dir: Path, output_dir: Path, batch_size: int = BATCH_SIZE) -> dict:
    logger = get_run_logger()
    paths = discover(Path(input_dir))
    logger.info("found %d input files under %s", len(paths), input_dir)
    batches = [paths[i:i + batch_size] for i in range(0, len(paths), batch_size)]
    results = [r for batch in batches for r in process_batch(batch)]
    summary = write_output(results, Path(output_dir))
    logger.info("wrote %d articles, %d triples to %s", summary["articles"], summary["triples"], output_dir)
    for source, error in summary["failed"].items():
        logger.error("FAILED %s: %s", source, error)
    return summary


class _PrefectHandler(logging.Handler):
    def __init__(self, logger):
        super().__init__()
        self.target = logger

    def emit(self, record: logging.LogRecord) -> None:
        self.target.log(record.levelno, record.getMessage())
