"""The per-batch work of a run: read files, process the articles that changed, write their outputs.

Runs wherever the flow puts it (this process, a local worker process: partykg.pool, a
Dask worker): it needs the input and output paths, nothing else, and returns small
picklable summaries instead of graphs, so the flow never holds the corpus. Importing
this module is cheap: the flow's process unpickles its results without loading the
pipeline (partykg.process: spaCy, the extraction's rule patterns), which only the
processes that extract import.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from partykg.emit import DEFAULT_FORMATS, Settling, Sidecars, all_quads, write_article
from partykg.faults import describe
from partykg.ingest import read_articles
from partykg.ingest.dedupe import text_key
from partykg.model import Article, Problem
from partykg.pool import check_interrupted
from partykg.state import STATE_DIR, FileJob

if TYPE_CHECKING:
    from partykg.process import ArticleResult

log = logging.getLogger(__name__)

T = TypeVar("T")
RETRIES = 3  # transient I/O (network file systems, busy disks) gets this many attempts
RETRY_DELAY = 0.2
# errors that no retry will fix
_PERMANENT = (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError)


@dataclass
class FileOutcome:
    job: FileJob
    articles: list[dict] = field(default_factory=list)  # rows for the manifest (done or skipped)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, error naming the stage)
    complete: bool = True  # False: something in the file failed; it is read again next run
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    problems: list[Problem] = field(default_factory=list)  # input problems met reading the file

    @property
    def processed(self) -> int:
        return sum(1 for a in self.articles if not a.get("skipped"))

    @property
    def skipped(self) -> int:
        return sum(1 for a in self.articles if a.get("skipped"))


def with_retries(fn: Callable[..., T], *args, attempts: int = RETRIES, delay: float = RETRY_DELAY) -> T:
    """Call `fn`, retrying transient OSErrors with a growing pause."""
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args)
        except _PERMANENT:
            raise
        except OSError as exc:
            if attempt == attempts:
                raise
            log.warning("transient I/O error (attempt %d/%d): %s", attempt, attempts, exc)
            time.sleep(delay * attempt)
    raise AssertionError("unreachable")


class TransientReadError(OSError):
    pass


def read_file(path: Path) -> tuple[list[Article], list[Problem]]:
    """Every article of one input file (a file may hold several: JSON Lines) and its problems.

    ingest turns I/O errors into a Problem ("cannot read: ..."); that one is
    raised here so that `with_retries` tries again before giving up.
    """
    articles, problems = read_articles(path)
    if not articles and any(p.fatal and p.reason.startswith("cannot read") for p in problems):
        raise TransientReadError(problems[0].reason)
    return articles, problems


def _read(path: Path) -> tuple[list[Article], list[Problem]]:
    try:
        return with_retries(read_file, path)
    except TransientReadError as exc:
        return [], [Problem(str(path), str(exc))]


@dataclass
class Scan:
    """What reading one file found: light records for the corpus-wide duplicate check."""

    job: FileJob
    records: list[dict] = field(default_factory=list)  # id, key (text hash), checksum, source
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0


SPOOL = "spool"  # under OUTPUT/.partykg: the articles the scan read, until a batch processes them


def spool_dir(output_dir: Path) -> Path:
    return Path(output_dir) / STATE_DIR / SPOOL


def _spool_file(output_dir: Path, source: str) -> Path:
    return spool_dir(output_dir) / f"{hashlib.sha256(source.encode()).hexdigest()[:32]}.pickle"


def clear_spool(output_dir: Path) -> None:
    """Remove what a run left in the spool (a killed run's, or files no batch took: they failed)."""
    shutil.rmtree(spool_dir(output_dir), ignore_errors=True)


def _spool(output_dir: Path, source: str, articles: list[Article]) -> None:
    """Keep the articles the scan read for the batch that processes them, which then need not read
    and lay out the file again (~1.5 CPU ms an article, as much as the scan's own reading).
    Only a saving: a file that cannot be spooled (a full disk) is read again by its batch."""
    path = _spool_file(output_dir, source)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(articles, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        path.unlink(missing_ok=True)


def _unspool(output_dir: Path, source: str) -> list[Article] | None:
    """The articles the scan of this run read from `source` (and spooled), once; else None."""
    path = _spool_file(output_dir, source)
    try:
        with open(path, "rb") as f:
            articles = pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception:  # damaged: the file itself is read again
        articles = None
    try:
        os.unlink(path)
    except OSError:
        pass
    return articles


def scan_batch(jobs: list[FileJob], output_dir: Path | None = None) -> list[Scan]:
    """Read files and return one small record per article (no graphs, no texts); with `output_dir`,
    the articles read are spooled there for the batch that processes them (run_batch)."""
    scans = []
    for job in jobs:
        t = time.perf_counter()
        articles, problems = _read(Path(job.path))
        if output_dir is not None and articles:
            _spool(Path(output_dir), job.path, articles)
        scans.append(Scan(job, [{"id": a.id, "key": text_key(a), "checksum": a.checksum} for a in articles],
                          problems, time.perf_counter() - t))
    return scans


def logged_scan(jobs: list[FileJob], output_dir: Path) -> tuple[list[Scan], list[tuple[int, str]]]:
    """scan_batch, logged (`logged`): what the flow's scan task hands over, in parts (pool.run_light_work)."""
    return logged(scan_batch, jobs, output_dir)


def run_batch(jobs: list[FileJob], output_dir: Path, formats: tuple[str, ...] = DEFAULT_FORMATS) -> list[FileOutcome]:
    """Process a batch of input files; each article's failure is recorded, never raised.
    `formats`: the run's merged forms (what the sidecars must hold: emit.all_quads).

    `job.finals` gives, per article in reading order, the id to publish it
    under or None for a duplicate that another file's copy stands for.
    """
    from partykg.process import process_article

    output_dir = Path(output_dir)
    sidecars = Sidecars(output_dir, all_quads(formats))  # with the report's rows of a few articles at a time
    with Settling() as settling:  # fsyncs run meanwhile; all are done before the outcomes go back
        outcomes = [_run_file(job, output_dir, settling, sidecars, process_article) for job in jobs]
        t = time.perf_counter()
        sidecars.flush()
        unsettled = settling.wait()
    if outcomes:
        outcomes[-1].timings["write"] = outcomes[-1].timings.get("write", 0.0) + time.perf_counter() - t
    for out in outcomes:
        for row in [a for a in out.articles if a["article_id"] in unsettled]:
            # not recorded: its files were claimed, and are swept (Manifest.release_claims)
            out.articles.remove(row)
            out.complete = False
            out.failures.append((out.job.path, f"{row['article_id']}: write: {describe(unsettled[row['article_id']])}"))
    done = [a for o in outcomes for a in o.articles if not a.get("skipped")]
    log.info("batch of %d files: %d articles processed (%d triples, %d quarantined), %d skipped, %d failed",
             len(jobs), len(done), sum(a["info"]["triples"] for a in done),
             sum(not a["info"]["conforms"] for a in done),
             sum(o.skipped for o in outcomes), sum(len(o.failures) for o in outcomes))
    return outcomes


def _run_file(job: FileJob, output_dir: Path, settling: Settling, sidecars: Sidecars,
              process_article: Callable[[Article], ArticleResult]) -> FileOutcome:
    """The articles of one input file, processed and written (their fsyncs left to `settling`)."""
    out = FileOutcome(job)
    t = time.perf_counter()
    spooled = _unspool(output_dir, job.path)
    articles, out.problems = (spooled, []) if spooled is not None else _read(Path(job.path))
    out.timings["ingest"] = time.perf_counter() - t
    if not articles and any(p.fatal for p in out.problems):
        out.complete = False  # read again (and reported again) next run
        return out
    if job.finals is None or [a.checksum for a in articles] != [r["checksum"] for r in job.records]:
        # ids were decided on what the scan read (runner.Run.decide): never guessed here
        out.complete = False
        out.failures.append((job.path, "changed while this run read it; it is read again next run"))
        return out
    for article, final in zip(articles, job.finals):
        if final is None:  # a duplicate: its text is published under another file's article
            continue
        check_interrupted()  # (a batch in this process: Ctrl-C stops it here, not at its end)
        article.id = final
        if job.known.get(article.id) == article.checksum:
            out.articles.append({"article_id": article.id, "checksum": article.checksum, "skipped": True})
            continue
        r = process_article(article)
        for stage, seconds in r.timings.items():
            out.timings[stage] = out.timings.get(stage, 0.0) + seconds
        if r.error is None:
            t = time.perf_counter()
            try:
                outputs = with_retries(write_article, r, output_dir, settling, sidecars)
            except Exception as exc:
                r.error = f"write: {describe(exc)}"
            out.timings["write"] = out.timings.get("write", 0.0) + time.perf_counter() - t
        if r.error is not None:
            out.complete = False
            out.failures.append((job.path, f"{article.id}: {r.error}"))
            continue
        out.articles.append({
            "article_id": article.id, "checksum": article.checksum, "outputs": outputs,
            "info": {"counts": r.counts, "conforms": r.conforms, "violations": r.violations,
                     "warnings": r.warnings, "triples": len(r.triples),  # distinct (rdf.mapping.to_triples)
                     "findings": r.findings[:5]},
        })
    return out


def warm() -> None:
    """Load what every article needs once per process (spaCy with its rule components, the SHACL
    shapes and ontology), before the first batch asks for it."""
    from partykg.process import pipeline
    from partykg.validate import validate

    pipeline()
    validate([])


WARMUP_ARTICLE = "warmup.txt"  # (partykg/resources: an article written for it, not real news)


def warmup_article() -> Article:
    """A short article of the usual kind (a committee's meeting, its figures of new members, its
    documents), which reaches the common rules."""
    from partykg.ingest.read import build_article
    from partykg.package_data import RESOURCES

    data = (RESOURCES / WARMUP_ARTICLE).read_bytes()
    return build_article("warmup", WARMUP_ARTICLE, data.decode("utf-8"), hashlib.sha256(data).hexdigest())


def warm_rules() -> None:
    """Process the warm-up article once, for what the pipeline loads at its first use: the rule
    patterns compile at their first scan (extract.text: LazyPattern, WordStartPattern), and each
    worker process paid for the common ones again in its first articles (600 generated articles,
    a warm process: its first 15 articles 85-127 ms each, later ones 25-37; 39 after this, which
    costs ~1 CPU s). Done in the fork server (partykg.forkserver_preload), its workers share them."""
    from partykg.process import process_article

    process_article(warmup_article())


class _ThreadRecords(logging.Handler):
    """The records of one thread (a task run's work; other threads may run other batches)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.thread = threading.get_ident()
        self.lines: list[tuple[int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.lines.append((record.levelno, record.getMessage()))


def logged(fn: Callable[..., T], *args) -> tuple[T, list[tuple[int, str]]]:
    """fn(*args) and what partykg's stages logged meanwhile (level, message): the task run that
    asked for the work gives those lines to Prefect, wherever the work ran.

    The modules log to their own loggers (`logging.getLogger(__name__)`, e.g. "partykg.batch");
    those propagate to the package logger "partykg", which carries the handler."""
    handler = _ThreadRecords()
    log = logging.getLogger("partykg")  # the package's root logger: parent of every module's
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False  # shown once, through Prefect
    try:
        return fn(*args), handler.lines
    finally:
        log.removeHandler(handler)
