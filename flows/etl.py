"""The partykg Prefect flow: a table of contents of the pipeline, no logic of its own."""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from partykg.emit import write_outputs
from partykg.ingest import discover, merge_duplicates, read_many
from partykg.model import Article, Problem
from partykg.process import ArticleResult, process_article
from partykg.validate import enforce_strict

BATCH_SIZE = 50  # articles per task: Prefect costs ~18 ms a task run, so batch


@task(name="ingest-batch", cache_policy=NO_CACHE)
def ingest_batch(paths: list[Path]) -> tuple[list[Article], list[Problem]]:
    """Read files; bad input becomes a Problem per file, never an exception."""
    return read_many(paths)


@task(name="process-batch", retries=1, retry_delay_seconds=1, cache_policy=NO_CACHE)
def process_batch(articles: list[Article]) -> list[ArticleResult]:
    logger = get_run_logger()
    # route the stage logs of partykg.process into this task's Prefect log
    handler = _PrefectHandler(logger)
    logging.getLogger("partykg").addHandler(handler)
    logging.getLogger("partykg").setLevel(logging.INFO)
    logging.getLogger("partykg").propagate = False  # shown once, through Prefect
    try:
        return [process_article(a) for a in articles]
    finally:
        logging.getLogger("partykg").removeHandler(handler)


@task(name="write-output")
def write_output(results: list[ArticleResult], output_dir: Path, started: datetime | None = None) -> dict:
    return write_outputs(results, output_dir, started=started)


@flow(name="partykg-run", log_prints=True)
def partykg_flow(input_dir: Path, output_dir: Path, batch_size: int = BATCH_SIZE,
                 strict: bool = False) -> dict:
    logger = get_run_logger()
    started = datetime.now(timezone.utc)
    paths = discover(Path(input_dir))
    logger.info("found %d input files under %s", len(paths), input_dir)
    articles: list[Article] = []
    problems: list[Problem] = []
    for i in range(0, len(paths), batch_size):
        a, pr = ingest_batch(paths[i:i + batch_size])
        articles += a
        problems += pr
    articles, notes = merge_duplicates(articles)  # across files: one article per text
    problems += notes
    batches = [articles[i:i + batch_size] for i in range(0, len(articles), batch_size)]
    results = [r for batch in batches for r in process_batch(batch)]
    summary = write_output(results, Path(output_dir), started)
    summary["problems"] = [{"source": p.source, "reason": p.reason, "fatal": p.fatal}
                           for p in sorted(problems, key=lambda p: (p.source, p.reason))]
    summary["merged"] = {r.article_id: r.sources for r in results if len(r.sources) > 1}
    for p in summary["problems"]:
        logger.warning("%s %s: %s", "SKIPPED" if p["fatal"] else "NOTE", p["source"], p["reason"])
    logger.info("wrote %d articles, %d triples to %s", summary["articles"], summary["triples"], output_dir)
    for source, error in summary["failed"].items():
        logger.error("FAILED %s: %s", source, error)
    _log_validation(logger, results, summary, Path(output_dir))
    if strict:
        enforce_strict(summary)
    return summary


def _log_validation(logger, results: list[ArticleResult], summary: dict, output_dir: Path) -> None:
    """The SHACL outcome of the run in a few lines; the full report is validation.ttl."""
    logger.info("validation: %d conform, %d quarantined, %d warnings (report: %s)",
                summary["articles"], len(summary["quarantined"]), summary["warnings"],
                output_dir / "validation.ttl")
    for r in results:
        if r.error is None and not r.conforms:
            logger.warning("QUARANTINED %s (%d violations) -> %s", r.article_id, r.violations,
                           output_dir / "quarantine" / f"{r.article_id}.trig")
            for line in r.findings[:5]:
                logger.warning("  %s", line)


class _PrefectHandler(logging.Handler):
    def __init__(self, logger):
        super().__init__()
        self.target = logger

    def emit(self, record: logging.LogRecord) -> None:
        self.target.log(record.levelno, record.getMessage())
