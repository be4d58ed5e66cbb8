"""Incremental runs: what a previous run already wrote, so a re-run does only what changed.

The manifest lives in `<output>/.partykg/manifest.sqlite` (state, not output:
never committed, never compared). Two tables:

- `files`: per input file, its size, mtime and sha256 when it was last read,
  the pipeline version that read it and the ids of the articles it held;
- `articles`: per article id, the content checksum, pipeline version, source
  file and the output files written for it (paths relative to the output dir),
  plus its counts and validation summary for the run report.

A file whose size and mtime are unchanged (or whose bytes hash the same) under
the same pipeline version is skipped without being read. Inside a changed file
an article whose checksum is unchanged is skipped too (multi-article files).

Crash safety: SQLite commits are atomic and durable (rollback journal,
synchronous=FULL), and a row is committed only after the article's output
files were written atomically; a run killed at any moment leaves rows that
describe files on disk, so the next run redoes whatever was not committed.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version as _dist_version
from importlib.resources.abc import Traversable
from pathlib import Path

from partykg.emit import (
    ARTICLE_DIR,
    MERGED_FORMS,
    QUARANTINE,
    REPORT_FILE,
    RUN_FILE,
    VALIDATION_FILE,
    article_outputs,
)
from partykg.ingest.read import unreadable_reason
from partykg.model import Problem
from partykg.package_data import PACKAGE
from partykg.void import VOID_FILE

STATE_DIR = ".partykg"
MANIFEST = "manifest.sqlite"
LOCK = "lock"
SCHEMA = 2


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """partykg's version + a hash of everything that shapes the output.

    The package is hashed as it is installed (importlib.resources): its code,
    its flows, the resource files and the ontology/shapes and queries it
    carries as package data, so any change of behaviour reprocesses every
    article, while an unchanged install skips them: no one has to remember to
    bump a number.
    """
    try:
        release = _dist_version("partykg")
    except PackageNotFoundError:  # running from a source tree
        release = "0"
    h = hashlib.sha256()
    for rel, item in _package_files(PACKAGE, "partykg"):
        h.update(f"{rel}\0".encode())
        h.update(item.read_bytes())
        h.update(b"\0")
    return f"{release}+{h.hexdigest()[:16]}"


def _package_files(folder: Traversable, prefix: str) -> Iterator[tuple[str, Traversable]]:
    """(relative path, file) under `folder`, sorted; byte code and temporaries left out."""
    for item in sorted(folder.iterdir(), key=lambda t: t.name):
        rel = f"{prefix}/{item.name}"
        if item.is_dir():
            if item.name != "__pycache__":
                yield from _package_files(item, rel)
        elif item.is_file() and not item.name.endswith((".pyc", ".tmp")):
            yield rel, item


def file_digest(path: Path, chunk: int = 1 << 20) -> str:
    """sha256 of a file's bytes, read in chunks (files may be large)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


@dataclass
class FileJob:
    """One input file to read; `known` lists its articles already current in the output."""

    path: str
    size: int
    mtime_ns: int
    digest: str
    known: dict[str, str] = field(default_factory=dict)  # article id -> checksum
    # per article of the file, in reading order: the id it is published under, or
    # None for a duplicate of an article of another file (decided across the corpus)
    finals: list[str | None] | None = None
    records: list[dict] = field(default_factory=list)  # what reading the file found (runner.Record)


@dataclass
class Plan:
    jobs: list[FileJob]  # files to (re)read, in input order
    skipped_files: list[str]  # unchanged files, not read at all
    skipped_articles: list[str]  # ids of the articles in those files
    vanished: list[str]  # sources in the manifest no longer in the input
    skipped_by_file: dict[str, list[str]] = field(default_factory=dict)
    # files that could not be stat'ed or hashed (permission, vanished): reported, not read;
    # what an earlier run wrote for them stays
    unreadable: list[Problem] = field(default_factory=list)


# what partykg writes in an output directory: its own state folder, files at the top, and one
# file or more per article in ARTICLE_DIR and QUARANTINE (partykg.emit); nothing else is its own
TOP_FILES = (*MERGED_FORMS.values(), VALIDATION_FILE, VOID_FILE, RUN_FILE, REPORT_FILE)
ARTICLE_SUFFIXES = {ARTICLE_DIR: (".ttl",), QUARANTINE: (".report.ttl", ".trig")}
ARTICLE_FILES = {d: re.compile(".+(" + "|".join(map(re.escape, xs)) + ")") for d, xs in ARTICLE_SUFFIXES.items()}
# emit.atomic_write's temporaries: mkstemp(prefix=".<name>.", suffix=".tmp") adds 8 characters
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp")


def recorded_inputs(output_dir: Path) -> tuple[dict[str, tuple[int, int]], float | None]:
    """What the runs into `output_dir` recorded, read without taking its lock: (size, mtime_ns)
    per input file, and the mean seconds the last run spent on an article (None: never measured)."""
    path = Path(output_dir) / STATE_DIR / MANIFEST
    if not path.is_file():
        return {}, None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            stats = {src: (size, mtime) for src, size, mtime in db.execute("SELECT source, size, mtime_ns FROM files")}
            row = db.execute("SELECT value FROM meta WHERE key='article_seconds'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:  # another layout, or damaged: the run itself deals with it
        return {}, None
    return stats, float(row[0]) if row else None


def clean_stale_temporaries(output_dir: Path) -> list[Path]:
    """Remove the temporaries a killed atomic write left: only names partykg gives them, only in
    its own folders (a `.x.tmp` of anyone else is left alone)."""
    root = Path(output_dir)
    owned: list[tuple[Path, Callable[[str], object]]] = [(root, TOP_FILES.__contains__)]
    owned += [(root / d, pattern.fullmatch) for d, pattern in ARTICLE_FILES.items()]
    state = root / STATE_DIR
    owned += [(d, bool) for d in (state, *state.rglob("*")) if d.is_dir()]  # its state folder: all its own
    removed: list[Path] = []
    for folder, ours in owned:
        if not folder.is_dir():
            continue
        for p in sorted(folder.glob(".*.tmp")):
            m = _TEMPORARY.fullmatch(p.name)
            if m and ours(m["name"]) and p.is_file() and not p.is_symlink():
                p.unlink(missing_ok=True)
                removed.append(p)
    return removed


# the report's on-disk graph of the articles (partykg.report), in the state folder while a run or
# `partykg report` makes the page; named with the id of the process that made it
GRAPH_PREFIX = "report-graph-"


def graph_prefix() -> str:
    return f"{GRAPH_PREFIX}{os.getpid()}-"


def clean_stale_graphs(output_dir: Path) -> list[Path]:
    """Remove the report graphs a killed run or `partykg report` left in the state folder: those of
    a process that no longer runs (a run grows its graph while its batches run)."""
    removed = []
    state = Path(output_dir) / STATE_DIR
    for path in sorted(state.glob(f"{GRAPH_PREFIX}*-*")) if state.is_dir() else []:
        pid = path.name[len(GRAPH_PREFIX):].partition("-")[0]
        if path.is_dir() and not path.is_symlink() and pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's
        return True
    return True


class OutputRefused(ValueError):
    """An output directory partykg must not write into (it could overwrite or delete what is not its own)."""


def check_output(input_path: Path, output_dir: Path, force: bool = False) -> None:
    """Refuse an output directory that is, holds or lies inside the input (symbolic links resolved),
    and, unless `force`, a non-empty directory that holds no partykg output: a mistyped `-o ~`."""
    inp, out = Path(input_path).resolve(), Path(output_dir).resolve()
    if out == inp or out.is_relative_to(inp) or inp.is_relative_to(out):
        where = "is" if out == inp else "lies inside" if out.is_relative_to(inp) else "contains"
        raise OutputRefused(f"output {output_dir} {where} the input {input_path}: choose an output "
                            "directory outside the input")
    if force or not out.is_dir() or (out / STATE_DIR / MANIFEST).is_file():
        return
    if any((out / name).is_file() for name in TOP_FILES):
        return  # partykg's output without its state (the committed output/ of a clone)
    if any(out.iterdir()):
        raise OutputRefused(f"output {output_dir} is a non-empty directory with no partykg output in it; "
                            "choose another, or pass --force to write into it")


class OutputBusyError(RuntimeError):
    """Another run is writing to the same output directory."""


class Manifest:
    """The incremental-run state of one output directory.

    Holds an exclusive lock on the directory while open: a scheduled run and a
    manual one into the same output never interleave (the lock dies with the
    process, so a killed run leaves none behind).
    """

    def __init__(self, output_dir: Path):
        self.output_dir = Path(output_dir)
        path = self.output_dir / STATE_DIR / MANIFEST
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = open(path.parent / LOCK, "a")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock.close()
            raise OutputBusyError(f"another partykg run is writing to {self.output_dir}; "
                                  "wait for it to finish") from None
        self.db = sqlite3.connect(path, isolation_level=None)  # explicit transactions
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        row = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is not None and int(row[0]) != SCHEMA:  # an older layout: start afresh, never misread it
            self.db.executescript("DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS articles; DELETE FROM meta;")
        self.db.executescript(
            """
            CREATE TABLE IF NOT EXISTS files (
                source TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, digest TEXT,
                version TEXT, article_ids TEXT NOT NULL, records TEXT NOT NULL DEFAULT '[]');
            CREATE TABLE IF NOT EXISTS articles (
                article_id TEXT PRIMARY KEY, source TEXT NOT NULL, checksum TEXT NOT NULL,
                version TEXT NOT NULL, outputs TEXT NOT NULL, info TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS articles_by_source ON articles (source);
            CREATE TABLE IF NOT EXISTS claims (path TEXT PRIMARY KEY, article_id TEXT NOT NULL);
            """)
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))

    def close(self) -> None:
        self.db.close()
        self._lock.close()  # releases the lock

    def __enter__(self) -> Manifest:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reading -----------------------------------------------------------
    def plan(self, paths: Iterable[Path], version: str) -> Plan:
        """Decide which input files must be read; everything else is skipped.

        One indexed lookup per file and a stat per output file: memory does
        not grow with the manifest (archives of a million articles).
        """
        jobs, skipped_files, skipped_articles, seen = [], [], [], set()
        skipped_by_file: dict[str, list[str]] = {}
        unreadable: list[Problem] = []
        self.db.execute("BEGIN")  # the stat updates below in one transaction, not one fsync each
        try:
            for path in paths:
                source = str(path)
                seen.add(source)
                try:  # one unreadable file must not stop the run: reported, the rest goes on
                    st = os.stat(path)
                    known = {aid: checksum for aid, checksum, v, outputs in self.db.execute(
                        "SELECT article_id, checksum, version, outputs FROM articles WHERE source=? "
                        "ORDER BY article_id", (source,))
                        if v == version and all((self.output_dir / rel).is_file() for rel in json.loads(outputs))}
                    old = self.db.execute("SELECT size, mtime_ns, digest, version, article_ids FROM files "
                                          "WHERE source=?", (source,)).fetchone()
                    digest = None
                    if old is not None:
                        size, mtime_ns, old_digest, old_version, ids = old
                        ids = json.loads(ids)
                        if (size, mtime_ns) != (st.st_size, st.st_mtime_ns):
                            digest = file_digest(path)
                        if (old_version == version and (digest is None or digest == old_digest)
                                and set(ids) <= set(known)):
                            skipped_files.append(source)
                            skipped_articles.extend(ids)
                            skipped_by_file[source] = ids
                            if digest is not None:  # touched, same bytes: remember the new stat
                                self.db.execute("UPDATE files SET size=?, mtime_ns=? WHERE source=?",
                                                (st.st_size, st.st_mtime_ns, source))
                            continue
                    jobs.append(FileJob(source, st.st_size, st.st_mtime_ns, digest or file_digest(path), known))
                except OSError as exc:
                    unreadable.append(Problem(source, unreadable_reason(exc)))
            self.db.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise
        recorded = {r[0] for r in self.db.execute("SELECT source FROM files UNION SELECT source FROM articles")}
        return Plan(jobs, skipped_files, skipped_articles, sorted(recorded - seen), skipped_by_file, unreadable)

    def job_for(self, source: str, version: str) -> FileJob:
        """A recorded, unchanged file that must be read again (the corpus-wide dedupe moved an id)."""
        size, mtime_ns, digest = self.db.execute(
            "SELECT size, mtime_ns, digest FROM files WHERE source=?", (source,)).fetchone()
        return FileJob(source, size, mtime_ns, digest, self.current_articles(source, version))

    def current_articles(self, source: str, version: str) -> dict[str, str]:
        """{article id: checksum} of the articles of `source` recorded under this pipeline version."""
        return {aid: checksum for aid, checksum, v in self.db.execute(
            "SELECT article_id, checksum, version FROM articles WHERE source=?", (source,)) if v == version}

    def file_records(self, sources: Iterable[str]) -> Iterator[tuple[str, list[dict], list[str | None]]]:
        """(source, records, finals) of recorded files: what the corpus-wide dedupe needs of them."""
        for source in sources:
            row = self.db.execute("SELECT records FROM files WHERE source=?", (source,)).fetchone()
            if row is not None:
                records = json.loads(row[0])
                yield source, records, [r.get("final") for r in records]

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT article_id FROM articles ORDER BY article_id")]

    def outputs_of(self, article_id: str) -> list[str]:
        row = self.db.execute("SELECT outputs FROM articles WHERE article_id=?", (article_id,)).fetchone()
        return json.loads(row[0]) if row else []

    def all_outputs(self) -> set[str]:
        return {rel for (o,) in self.db.execute("SELECT outputs FROM articles") for rel in json.loads(o)}

    def entries(self) -> Iterator[tuple[str, str, list[str]]]:
        """(article id, checksum, output files) of every article in the output, sorted by id."""
        for aid, checksum, outputs in self.db.execute(
                "SELECT article_id, checksum, outputs FROM articles ORDER BY article_id"):
            yield aid, checksum, json.loads(outputs)

    def infos(self) -> Iterator[tuple[str, str, dict]]:
        """(article id, source, info) of every article in the output, sorted by id."""
        for aid, source, info in self.db.execute(
                "SELECT article_id, source, info FROM articles ORDER BY article_id"):
            yield aid, source, json.loads(info)

    def source_of(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT source FROM articles WHERE article_id=?", (article_id,)).fetchone()
        return row[0] if row else None

    def file_articles(self, source: str) -> list[str]:
        """Ids of the articles last read from `source` (recorded file or recorded articles)."""
        row = self.db.execute("SELECT article_ids FROM files WHERE source=?", (source,)).fetchone()
        ids = set(json.loads(row[0])) if row else set()
        ids.update(r[0] for r in self.db.execute("SELECT article_id FROM articles WHERE source=?", (source,)))
        return sorted(ids)

    # -- writing -----------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic, durable commit (nested uses join the outer one): a batch costs one fsync."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException as exc:
            self.rollback()
            if isinstance(exc, sqlite3.Error):  # (a full disk: say which file could not be written)
                exc.add_note(f"writing {self.output_dir / STATE_DIR / MANIFEST}")
            raise
        self.db.execute("COMMIT")

    def rollback(self) -> None:
        """Undo the open transaction, if SQLite has not (it ends it itself on a full disk, and a
        ROLLBACK then fails with "no transaction is active", hiding the real cause)."""
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")

    def record_file(self, job: FileJob, version: str, articles: list[dict],
                    complete: bool = True) -> list[str]:
        """Commit the articles of one file; remove and return the article ids it no longer holds.

        `complete` is False when the file could not be read or an article of
        it failed: its good articles are recorded, the file is not, so the
        next run reads it again and redoes only what is missing.
        `articles`: dicts with article_id, checksum, outputs, info — written
        (done) or found current (skipped). Old output files of a rewritten
        article that the new run did not write again are deleted before the
        commit, so a crash between the two leaves the row describing the
        old state and the article is simply redone.
        """
        previous = self.file_articles(job.path)
        with self.transaction():
            for a in articles:
                if a.get("skipped"):
                    continue
                stale = set(self.outputs_of(a["article_id"])) - set(a["outputs"])
                for rel in sorted(stale):
                    (self.output_dir / rel).unlink(missing_ok=True)
                self.db.execute(
                    "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                    (a["article_id"], job.path, a["checksum"], version,
                     json.dumps(sorted(a["outputs"])), json.dumps(a.get("info", {}), sort_keys=True)))
            ids = sorted({a["article_id"] for a in articles})
            if complete:
                self.db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)",
                                (job.path, job.size, job.mtime_ns, job.digest, version, json.dumps(ids),
                                 json.dumps(job.records, sort_keys=True)))
                # articles the file no longer holds go in the same transaction: a file
                # recorded as current never leaves a stale article behind
                return self.remove_articles(set(previous) - set(ids), source=job.path)
        return []

    def remove_articles(self, ids: Iterable[str], source: str | None = None) -> list[str]:
        """Delete the outputs and rows of articles (only those still owned by `source`, if given).

        Files go first, then the row: a crash in between leaves a row whose
        files are gone, which the next run treats as missing and redoes or removes.
        """
        removed = []
        with self.transaction():
            for aid in sorted(set(ids)):
                owner = self.source_of(aid)
                if owner is None or (source is not None and owner != source):
                    continue  # the article moved to another file this run: keep it
                for rel in self.outputs_of(aid):
                    (self.output_dir / rel).unlink(missing_ok=True)
                self.db.execute("DELETE FROM articles WHERE article_id=?", (aid,))
                removed.append(aid)
        return removed

    def forget_file(self, source: str) -> list[str]:
        """An input file vanished: remove its articles and its row."""
        with self.transaction():
            removed = self.remove_articles(self.file_articles(source), source=source)
            self.db.execute("DELETE FROM files WHERE source=?", (source,))
        return removed

    def claim(self, article_ids: Iterable[str]) -> None:
        """Write ahead, before the work is spread: the files partykg may be about to write for these
        articles (emit.article_outputs). A file already there that partykg neither owns nor claimed
        is someone else's: not claimed, so never deleted."""
        rows = []
        with self.transaction():
            for aid in article_ids:
                owned = set(self.outputs_of(aid))
                for rel in article_outputs(aid):
                    if (rel in owned or not os.path.lexists(os.path.join(self.output_dir, rel))
                            or self.db.execute("SELECT 1 FROM claims WHERE path=?", (rel,)).fetchone()):
                        rows.append((rel, aid))
            self.db.executemany("INSERT OR REPLACE INTO claims VALUES (?, ?)", rows)

    def release_claims(self) -> list[Path]:
        """Delete claimed files no article owns (written by a run killed before it recorded them,
        whose input has gone since, or by an article that failed half-way); forget the claims."""
        removed = []
        with self.transaction():
            claims = self.db.execute("SELECT article_id, path FROM claims ORDER BY article_id, path").fetchall()
            owned: set[str] = set()
            for i, (aid, rel) in enumerate(claims):
                if i == 0 or claims[i - 1][0] != aid:
                    owned = set(self.outputs_of(aid))
                if rel not in owned:
                    try:
                        os.unlink(os.path.join(self.output_dir, rel))
                    except (FileNotFoundError, IsADirectoryError):
                        continue
                    removed.append(self.output_dir / rel)
            self.db.execute("DELETE FROM claims")
        return removed

    def foreign(self) -> list[str]:
        """What is in the output directory's visible folders that partykg did not write (left alone)."""
        found = []
        root = self.output_dir
        if root.is_dir():
            found += [p.name for p in root.iterdir() if p.name not in (*TOP_FILES, STATE_DIR, *ARTICLE_FILES)
                      and not (p.name == "store" and p.is_dir())]  # the embedded store (partykg.store)
        for folder in ARTICLE_SUFFIXES:
            if not (root / folder).is_dir():
                continue
            for p in (root / folder).iterdir():
                rel = f"{folder}/{p.name}"
                aid = next((p.name.removesuffix(x) for x in ARTICLE_SUFFIXES[folder] if p.name.endswith(x)), "")
                if rel not in self.outputs_of(aid):
                    found.append(rel)
        return sorted(found)
