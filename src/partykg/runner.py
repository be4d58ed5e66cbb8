"""One run over an output directory, as plain steps the Prefect flow calls in order.

plan (what changed since the last run) -> batches -> record each batch's
outcome in the manifest -> finish (remove deleted articles, rebuild the
merged files from the per-article files, summarize). The embedded store is
synced from the per-article files afterwards (partykg.store.sync_store).
"""
from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

from partykg.batch import FileOutcome, Scan, clear_spool
from partykg.emit import (
    ARTICLE_DIR,
    DEFAULT_FORMATS,
    MERGED_FORMS,
    REPORT_DIR,
    ReportFeed,
    check_formats,
    merged_files,
    write_merged,
    write_run,
)
from partykg.ingest import discover
from partykg.ingest.dedupe import Identities, dedupe, merged_sources
from partykg.ingest.read import find_inputs
from partykg.model import Problem
from partykg.state import (
    MANIFEST,
    STATE_DIR,
    FileJob,
    Manifest,
    check_output,
    clean_stale_graphs,
    clean_stale_temporaries,
    pipeline_version,
    recorded_inputs,
)
from partykg.void import VOID_FILE, source_names

log = logging.getLogger(__name__)

_progress_hook = None  # set by an interactive CLI run: called with (files done, files to read)


def set_progress_hook(hook) -> None:
    global _progress_hook
    _progress_hook = hook


def report_progress(done: int, total: int) -> None:
    if _progress_hook is not None:
        _progress_hook(done, total)


ENTITY_TYPES = ("persons", "organizations", "memberships", "documents", "statistics", "places")


# CPU seconds: one article through the stages (benchmarks/run.py, docs/benchmarks.md, N=600,
# 2026-12-05), and what one more worker process costs before its articles cost the mean. The workers
# are forked warm from a fork server that loaded the pipeline once (partykg.pool), which takes as
# long as the flow's process takes to load it itself: measured on 2026-12-05 (CPU s of the process
# tree, 3 runs each): loading it in this process 5.8-6.5 s, a pool of 1, 2, 3 warm workers
# 5.6-5.8, 5.4-5.7, 5.2-5.5 s; so one more worker costs its fork (under 0.1 s) and a first
# article that still compiles a few patterns (~0.05 s more than later ones).
# A run measures its articles and records their mean for the next (the manifest).
ARTICLE_SECONDS = 0.052
WORKER_START_SECONDS = 0.2
MEASURED_ARTICLES = 20  # fewer make a mean too rough to go by


def usable_cpus() -> int:
    """The CPUs this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def auto_workers(input_dir: Path, output_dir: Path | None = None, cpus: int | None = None) -> int:
    """Workers for `--workers auto`: every CPU this process may use when spreading the articles to
    process over them saves more time than starting a worker process costs, else one.

    The articles to process: those of the input files new or changed since the last run into
    `output_dir` (one a file, one a line of JSON Lines); the time each takes: the mean the last
    run measured, else ARTICLE_SECONDS."""
    if cpus is None:
        cpus = usable_cpus()
    if cpus <= 1:
        return 1
    recorded, measured = recorded_inputs(output_dir) if output_dir is not None else ({}, None)
    seconds = measured or ARTICLE_SECONDS

    def pays(articles: int) -> bool:  # an article is not split: the longest share is ceil(n / cpus)
        return (articles - math.ceil(articles / cpus)) * seconds > WORKER_START_SECONDS

    articles = 0
    for path in discover(input_dir):
        try:
            st = path.stat()
            if recorded.get(str(path)) != (st.st_size, st.st_mtime_ns):  # else skipped, most likely
                articles += _articles_in(path)
        except OSError:
            continue  # reported when the run reads it
        if pays(articles):
            return cpus
    return 1


def _articles_in(path: Path) -> int:
    if path.suffix.lower() != ".jsonl":
        return 1
    with open(path, "rb") as f:
        return sum(1 for line in f if line.strip())


def batch_jobs(jobs: list[FileJob], batch_size: int, workers: int = 1) -> list[list[FileJob]]:
    """Group files into batches: at most `batch_size`, but enough batches to keep every worker busy.

    A Prefect task run costs ~18 ms, so one task per article would dominate on
    large corpora; a few batches per worker balance the load. With several workers the
    last batches shrink (at most half of each worker's share of what is left, down to a
    quarter of the others): a worker that finishes first waits for the others' last batch,
    so the shorter that batch, the less it idles.
    """
    if not jobs:
        return []
    workers = max(1, workers)
    size = max(1, min(batch_size, math.ceil(len(jobs) / (workers * 4))))
    if workers == 1:
        return [jobs[i:i + size] for i in range(0, len(jobs), size)]
    smallest = max(1, size // 4)
    batches, i = [], 0
    while i < len(jobs):
        n = max(smallest, min(size, math.ceil((len(jobs) - i) / (workers * 2))))
        batches.append(jobs[i:i + n])
        i += n
    return batches


class Run:
    def __init__(self, input_dir: Path, output_dir: Path, formats: Iterable[str] = DEFAULT_FORMATS):
        self.formats = check_formats(formats)  # the merged forms to write (emit.MERGED_FORMS)
        self.started = time.time()
        self.started_at = datetime.now(timezone.utc)
        self.input_dir, self.output_dir = Path(input_dir), Path(output_dir)
        check_output(self.input_dir, self.output_dir)
        self.output_dir.mkdir(parents=True, exist_ok=True)
        stale = clean_stale_temporaries(self.output_dir)
        if stale:
            log.warning("removed %d temporary files left by an interrupted run", len(stale))
        self.manifest = Manifest(self.output_dir)
        clean_stale_graphs(self.output_dir)  # a killed run's report graph
        clear_spool(self.output_dir)  # a killed run's: its files may have changed since
        self.version = pipeline_version()
        t = time.perf_counter()
        self.paths, found = find_inputs(self.input_dir)
        self.plan = self.manifest.plan(self.paths, self.version)
        self.timings: dict[str, float] = {"plan": time.perf_counter() - t}
        # "dirty" marks the merged files as behind the per-article files until
        # finish() rebuilt them: a run killed in between is completed by the next one
        db = self.manifest.db
        self.was_dirty = db.execute("SELECT 1 FROM meta WHERE key='dirty'").fetchone() is not None
        if self.plan.jobs or self.plan.vanished:
            db.execute("INSERT OR REPLACE INTO meta VALUES ('dirty', '1')")
        self.processed: list[str] = []
        self.skipped: list[str] = list(self.plan.skipped_articles)
        self.failed: dict[str, str] = {}  # file -> error(s)
        self.removed: list[str] = []
        self.sources_by_id: dict[str, str] = {}
        self.duplicates: list[str] = []
        self.problems: list[Problem] = found + self.plan.unreadable  # reported, never dropped
        self.merged: dict[str, list[str]] = {}
        self.ids = Identities({}, [], {}, {})
        self.stored: dict[str, tuple[list[dict], list[str | None]]] = {}
        self.failed_ids: set[str] = set()  # published ids whose article failed in the last round
        self.recorded_files: set[str] = set()
        self.article_seconds = 0.0  # the per-article stages of the articles processed (auto_workers)
        self.swept: list[Path] | None = None  # claimed files no article owned, removed (settle)

    def close(self) -> None:
        """Release the output directory (finish() does it; this is for a run that failed)."""
        self.manifest.close()

    @property
    def merged_outdated(self) -> bool:
        """Some merged file is not there (deleted by hand, never written, a format newly asked
        for) or one not asked for is left from an earlier run: finish() rebuilds them."""
        wanted = [*merged_files(self.formats), VOID_FILE]
        dropped = [name for form, name in MERGED_FORMS.items() if form not in self.formats]
        return (any(not (self.output_dir / name).exists() for name in wanted)
                or any((self.output_dir / name).exists() for name in dropped))

    @property
    def total_files(self) -> int:
        return len(self.paths)

    def scan_batches(self, batch_size: int, workers: int = 1) -> list[list[FileJob]]:
        """Phase 1: the files to read for the corpus-wide duplicate check: one batch a worker (up to
        `batch_size` files). Reading and hashing costs ~2 ms a file, less than a task run's overhead
        per few dozen files, and all of it is done before any article is processed."""
        jobs = self.plan.jobs
        size = max(1, min(batch_size, math.ceil(len(jobs) / max(1, workers))))
        return [jobs[i:i + size] for i in range(0, len(jobs), size)]

    def decide(self, scans: Iterable[Scan]) -> None:
        """Between the phases: which article of which file is published under which id.

        Decided here, once, for the whole corpus, before any article is
        processed: a worker only applies `job.finals`, so ids and output files
        never depend on how the work is spread. (Scans come back from worker
        processes as copies: their records are attached to the plan's own jobs.)
        Unchanged files take part through their records in the manifest; one of
        them whose articles' ids change (a duplicate's original vanished, say)
        is read again. Files that could not be read drop out of this run.
        """
        if not self.plan.jobs and not self.plan.vanished:
            return  # nothing changed: every id stays as recorded
        t = time.perf_counter()
        scanned: dict[str, list[dict]] = {}
        for scan in scans:
            self.problems += scan.problems
            self.timings["scan"] = self.timings.get("scan", 0.0) + scan.seconds
            if scan.records or not any(p.fatal for p in scan.problems):
                scanned[scan.job.path] = scan.records
        self.plan.jobs = [j for j in self.plan.jobs if j.path in scanned]
        for job in self.plan.jobs:
            job.records = scanned[job.path]
        self.stored = {src: (records, old) for src, records, old
                       in self.manifest.file_records(self.plan.skipped_files)}
        files = [(src, records) for src, (records, _) in self.stored.items()]
        files += [(job.path, job.records) for job in self.plan.jobs]
        self.ids = dedupe(files)
        self.problems += self.ids.notes
        self.merged = self.ids.merged
        for src, (records, old) in self.stored.items():
            if self.ids.finals[src] != old:  # the dedupe moved an id of an unchanged file: redo it
                self.plan.jobs.append(self._reread(src))
        for job in self.plan.jobs:
            self._assign(job, self.ids.finals[job.path])
        self._claim(self.plan.jobs)
        self.timings["dedupe"] = time.perf_counter() - t

    def _reread(self, source: str) -> FileJob:
        """An unchanged file that must be processed again this run: no longer counted as skipped."""
        if source in self.plan.skipped_files:
            self.plan.skipped_files.remove(source)
            for aid in self.plan.skipped_by_file.pop(source, []):
                self.skipped.remove(aid)
        job = self.manifest.job_for(source, self.version)
        job.records = self.stored[source][0]
        return job

    def _claim(self, jobs: Iterable[FileJob]) -> None:
        self.manifest.claim(aid for job in jobs for aid in job.finals or [] if aid is not None)

    @staticmethod
    def _assign(job: FileJob, finals: list[str | None]) -> None:
        job.finals = list(finals)
        job.records = [dict(r, final=f) for r, f in zip(job.records, job.finals)]

    def batches(self, batch_size: int, workers: int = 1) -> list[list[FileJob]]:
        """Phase 2: the files whose articles are processed."""
        return batch_jobs(self.plan.jobs, batch_size, workers)

    def take_over(self, batch_size: int, workers: int = 1) -> list[list[FileJob]]:
        """The files of duplicates whose kept article failed in the batches just run.

        Such a failure must not take the copies down: the first copy of each
        text is published on its own (under its id, or id-<hash> when that id
        is taken), the others stay merged into it. Empty when nothing is left
        to take over; each round can only shrink the set, so the flow's loop ends.
        """
        failed = sorted(f for f in self.failed_ids if f in self.ids.copies)
        self.failed_ids.clear()
        taken = {f for fs in self.ids.finals.values() for f in fs if f is not None} - set(failed)
        jobs: dict[str, FileJob] = {}
        for final in failed:
            (aid, src, i, key), *rest = self.ids.copies.pop(final)
            new = aid if aid not in taken else f"{aid}-{key[:8]}"
            taken.add(new)
            self.problems.append(Problem(src, f"the article {final!r} it duplicates failed: published on "
                                              f"its own as {new!r}", fatal=False))
            self.merged.pop(final, None)
            if rest:
                self.ids.copies[new] = rest
                self.merged.update(merged_sources(new, src, rest))
            job = jobs.get(src) or self._job_again(src)
            self.ids.finals[src][i] = new
            self._assign(job, self.ids.finals[src])
            jobs[src] = job
        self._claim(jobs.values())
        return batch_jobs(sorted(jobs.values(), key=lambda j: j.path), batch_size, workers)

    def _job_again(self, source: str) -> FileJob:
        """A file to process once more this run: its articles recorded since the plan are now current."""
        planned = next((j for j in self.plan.jobs if j.path == source), None)
        job = self._reread(source) if planned is None else planned
        job.known = self.manifest.current_articles(source, self.version)
        return job

    def record(self, outcomes: Iterable[FileOutcome]) -> None:
        """Commit what a batch did to the manifest (after its files were written): one transaction."""
        with self.manifest.transaction():
            for out in outcomes:
                self._record(out)

    def _record(self, out: FileOutcome) -> None:
        again = out.job.path in self.recorded_files  # a take-over round: its other articles counted already
        self.recorded_files.add(out.job.path)
        for a in out.articles:
            first = self.sources_by_id.setdefault(a["article_id"], out.job.path)
            if first != out.job.path:
                self.duplicates.append(f"{a['article_id']}: in {first} and {out.job.path}")
        self.removed += self.manifest.record_file(out.job, self.version, out.articles, out.complete)
        self.processed += [a["article_id"] for a in out.articles if not a.get("skipped")]
        if not again:
            self.skipped += [a["article_id"] for a in out.articles if a.get("skipped")]
        self.failed_ids |= {f for f in out.job.finals or [] if f is not None} - {a["article_id"] for a in out.articles}
        for source, error in out.failures:
            if error not in self.failed.get(source, ""):
                self.failed[source] = f"{self.failed[source]}; {error}" if source in self.failed else error
        for stage, seconds in out.timings.items():
            self.timings[stage] = self.timings.get(stage, 0.0) + seconds
        self.article_seconds += sum(out.timings.values())

    def batch_failed(self, jobs: list[FileJob], error: BaseException) -> None:
        """A whole batch failed after its retries (a worker died): its files are redone next run."""
        for job in jobs:
            self.failed[job.path] = f"batch: {type(error).__name__}: {error}"
            self.failed_ids.update(f for f in job.finals or [] if f is not None)

    def settle(self) -> None:
        """The per-article files become final: the articles of vanished sources and claimed files no
        article owns are removed. finish() does it first when it was not done; done before, the
        per-article files can be read (the report's graph) while finish() writes the merged files."""
        if self.swept is not None:
            return
        t = time.perf_counter()
        clear_spool(self.output_dir)  # what no batch took (its batch failed)
        for source in self.plan.vanished:
            self.removed += self.manifest.forget_file(source)
        self.swept = self.manifest.release_claims()
        foreign = self.manifest.foreign()
        if foreign:  # one line, whatever their number: they are not partykg's to touch
            shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
            self.problems.append(Problem(str(self.output_dir), f"{len(foreign)} file(s) partykg did not write "
                                                               f"left alone: {shown}", fatal=False))
        self.timings["merge"] = time.perf_counter() - t

    def finish(self, report: ReportFeed | None = None) -> dict:
        """Rebuild the merged files (when something changed) and summarize the run. `report`: given
        each article the merge reads (emit.write_merged)."""
        self.settle()
        t = time.perf_counter()
        entries = list(self.manifest.entries())
        published = [aid for aid, _, outs in entries if f"{ARTICLE_DIR}/{aid}.ttl" in outs]
        reported = [aid for aid, _, outs in entries if f"{REPORT_DIR}/{aid}.ttl" in outs]
        changed = bool(self.processed or self.removed or self.swept)
        outdated = self.merged_outdated
        meta = self.manifest.db
        if changed or outdated or self.was_dirty:
            triples = write_merged(self.output_dir, published, reported, sources=self._sources(published),
                                   formats=self.formats, report=report)
            meta.execute("INSERT OR REPLACE INTO meta VALUES ('triples', ?)", (str(triples),))
        else:
            row = meta.execute("SELECT value FROM meta WHERE key='triples'").fetchone()
            triples = int(row[0]) if row else write_merged(self.output_dir, published, reported,
                                                           sources=self._sources(published),
                                                           formats=self.formats, report=report)
        write_run(self.output_dir, self.started_at, [(aid, checksum) for aid, checksum, _ in entries], published)
        del entries
        self.timings["merge"] += time.perf_counter() - t
        # the merged files now match the per-article files (the embedded store is
        # synced from those files by the command / scheduled flow: partykg.store)
        self.manifest.db.execute("DELETE FROM meta WHERE key='dirty'")
        if len(self.processed) >= MEASURED_ARTICLES:
            meta.execute("INSERT OR REPLACE INTO meta VALUES ('article_seconds', ?)",
                         (str(self.article_seconds / len(self.processed)),))
        summary = self.summary(triples)
        self.manifest.close()
        return summary

    def _sources(self, published: list[str]) -> dict[str, str]:
        """The source file of each published article, relative to the input (for void.ttl)."""
        keep = set(published)
        by_id = {aid: source for aid, source, _ in self.manifest.infos() if aid in keep}
        return dict(zip(by_id, source_names(by_id, self.input_dir)))

    def summary(self, triples: int) -> dict:
        counts = dict.fromkeys(ENTITY_TYPES, 0)
        quarantined, warnings, articles, findings = {}, 0, 0, {}
        for aid, _source, info in self.manifest.infos():
            for k, v in info.get("counts", {}).items():
                counts[k] = counts.get(k, 0) + v
            warnings += info.get("warnings", 0)
            if info.get("conforms", True):
                articles += 1
            else:
                quarantined[aid] = info.get("violations", 0)
                findings[aid] = info.get("findings", [])
        return {
            "articles": articles,  # published in the output now
            "triples": triples,
            "files": self.total_files,
            "processed": len(self.processed),
            "skipped": len(self.skipped),
            "removed": sorted(self.removed),
            "failed": dict(sorted(self.failed.items())),
            "duplicates": self.duplicates,
            "problems": [{"source": p.source, "reason": p.reason, "fatal": p.fatal}
                         for p in sorted(self.problems, key=lambda p: (p.source, p.reason))],
            "merged": dict(sorted(self.merged.items())),
            "nonconforming": sorted(quarantined),
            "quarantined": quarantined,  # id -> violations: held back in quarantine/
            "findings": findings,
            "warnings": warnings,
            "counts": counts,
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
            "seconds": round(time.time() - self.started, 3),
            "version": self.version,
        }


def failure_message(summary: dict, limit: int = 10) -> str:
    """The failed files and the stage each failed in, for the Failed state of a run."""
    failed = summary["failed"]
    items = [f"{src} ({err})" for src, err in list(failed.items())[:limit]]
    more = f"; and {len(failed) - limit} more (see the run's artifact)" if len(failed) > limit else ""
    written = f"; the other {summary['articles']} articles were written" if summary["articles"] else ""
    return f"{len(failed)} input file(s) failed: " + "; ".join(items) + more + written


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def summary_markdown(summary: dict) -> str:
    """The run report published as a Prefect artifact."""
    lines = [
        "# partykg run",
        "",
        f"- pipeline version: `{summary['version']}`",
        f"- input files: {summary['files']}; articles processed: {summary['processed']}, "
        f"skipped (unchanged): {summary['skipped']}, removed: {len(summary['removed'])}, "
        f"failed files: {len(summary['failed'])}",
        f"- output: {summary['articles']} articles, {summary['triples']} triples",
        f"- wall time: {summary['seconds']} s",
        "",
        "## Entities in the output",
        "",
        "| type | count |",
        "|---|---:|",
        *[f"| {k} | {v} |" for k, v in summary["counts"].items()],
        "",
        "## Validation",
        "",
        f"- published (conforming) articles: {summary['articles']}; SHACL warnings: {summary['warnings']}",
        f"- quarantined (violations): "
        f"{', '.join(f'{a} ({n})' for a, n in summary['quarantined'].items()) or 'none'}",
        "",
        "## Quarantined articles",
        "",
        *(["Held back in `quarantine/` (SHACL violations); the run is complete without them.", "",
           "| article | violations | first findings |", "|---|---:|---|",
           *[f"| {aid} | {n} | {'<br>'.join(_cell(f) for f in summary['findings'].get(aid, [])[:3])} |"
             for aid, n in sorted(summary["quarantined"].items())]]
          if summary["quarantined"] else ["none"]),
        "",
        "## Input problems",
        "",
        *([f"- {'skipped' if p['fatal'] else 'note'} `{p['source']}`: {p['reason']}"
           for p in summary["problems"]] or ["none"]),
        "",
        "## Failed files",
        "",
        *([f"- `{src}`: {err}" for src, err in summary["failed"].items()] or ["none"]),
        "",
        "## Time per stage (seconds, summed over workers)",
        "",
        "| stage | seconds |",
        "|---|---:|",
        *[f"| {k} | {v} |" for k, v in summary["timings"].items()],
    ]
    if summary["duplicates"]:
        lines += ["", "## Duplicate article ids", "", *[f"- {d}" for d in summary["duplicates"]]]
    return "\n".join(lines) + "\n"


def run_if_unchanged(input_dir: Path, output_dir: Path, formats: Iterable[str] = DEFAULT_FORMATS) -> dict | None:
    """The run's summary when nothing changed since the last run into `output_dir`, else None.

    Same files (stat, else checksum), same pipeline version, no file gone,
    merged files present in the formats asked for: the run has nothing to process and nothing to
    rebuild, so it needs no flow (and no Prefect server, whose start is most
    of the cost of such a run). run.ttl and the summary are written as a
    flow run would.
    """
    if not (Path(output_dir) / STATE_DIR / MANIFEST).is_file():
        return None  # a first run
    run = Run(input_dir, output_dir, formats)
    if run.plan.jobs or run.plan.vanished or run.was_dirty or run.merged_outdated:
        run.close()
        return None
    return run.finish()
