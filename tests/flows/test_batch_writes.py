"""run_batch leaves the fsyncs of a batch's files to a few threads (emit.Settling) and waits for
them before returning: a file that cannot be made durable fails its article, named, and the rest
of the batch is written."""
from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import partykg.emit as emit
from partykg.batch import run_batch, scan_batch
from partykg.state import FileJob

from conftest import SEEDS


def _jobs(paths: list[Path]) -> list[FileJob]:
    scans = scan_batch([FileJob(str(p), 0, 0, "") for p in paths])
    for scan in scans:
        scan.job.records = scan.records
        scan.job.finals = [r["id"] for r in scan.records]
    return [s.job for s in scans]


def test_a_file_that_cannot_be_fsynced_fails_its_article_named_and_the_batch_goes_on(tmp_path, monkeypatch):
    inputs = sorted(SEEDS.glob("*.txt"))[:2]
    for p in inputs:
        shutil.copy(p, tmp_path / p.name)
    jobs = _jobs([tmp_path / p.name for p in inputs])
    bad = jobs[1].finals[0]
    out = tmp_path / "out"

    class FullDiskFor:
        """os as emit sees it when the disk fills up while the second article's Turtle is synced."""

        def __getattr__(self, name):
            return getattr(os, name)

        @staticmethod
        def fsync(fd):
            if os.readlink(f"/proc/self/fd/{fd}").startswith(str(out / "articles" / f".{bad}.ttl.")):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            os.fsync(fd)

    monkeypatch.setattr(emit, "os", FullDiskFor())
    good, failed = run_batch(jobs, out)

    assert [a["article_id"] for a in good.articles] == [jobs[0].finals[0]] and good.complete
    assert (out / "articles" / f"{jobs[0].finals[0]}.ttl").is_file()
    assert failed.articles == [] and not failed.complete
    assert failed.failures == [(jobs[1].path, f"{bad}: write: disk full (ENOSPC: No space left on device) "
                                              f"writing {out / 'articles' / f'{bad}.ttl'}")]
    assert not (out / "articles" / f"{bad}.ttl").exists()
    assert not [p for p in out.rglob("*.tmp")]  # no temporary left behind


def test_each_file_is_fsynced_before_it_is_in_place_and_all_are_when_run_batch_returns(tmp_path, monkeypatch):
    seen_before_sync = []

    class Recording:
        def __getattr__(self, name):
            return getattr(os, name)

        @staticmethod
        def fsync(fd):
            tmp = Path(os.readlink(f"/proc/self/fd/{fd}"))  # ".<name>.<random>.tmp" beside its file
            seen_before_sync.append((tmp.parent / tmp.name[1:].rsplit(".", 2)[0]).exists())
            os.fsync(fd)

    monkeypatch.setattr(emit, "os", Recording())
    outcomes = run_batch(_jobs(sorted(SEEDS.glob("*.txt"))[:3]), tmp_path)
    assert seen_before_sync and not any(seen_before_sync)
    for out in outcomes:
        for row in out.articles:
            assert all((tmp_path / rel).is_file() for rel in row["outputs"])
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_the_sidecars_hold_every_quad_only_when_the_run_asks_for_partykg_nq(tmp_path):
    """run_batch is told the run's merged forms: the rest of an article's N-Quads goes into its sidecar
    only for partykg.nq (emit.all_quads)."""
    inputs = sorted(SEEDS.glob("*.txt"))[:1]
    held = {}
    for formats in (("ttl",), ("ttl", "nq")):
        out = tmp_path / "-".join(formats)
        [outcome] = run_batch(_jobs(inputs), out, formats)
        [row] = outcome.articles
        side = emit._open_sidecar(out, row["article_id"], (out / "articles" / f"{row['article_id']}.ttl").read_bytes())
        assert side is not None and (data := side.whole()) is not None
        held[formats] = (data[side.header.head:].count(b"\n"), side.header.quads)
    assert held[("ttl", "nq")][0] == held[("ttl", "nq")][1] == held[("ttl",)][1] > held[("ttl",)][0] > 0
