"""The scan spools the articles it read (OUTPUT/.partykg/spool) and the batch that processes a file
takes them from there: each file is read and laid out once a run, not twice."""
from __future__ import annotations

import pickle
import shutil

import partykg.batch
from partykg.batch import clear_spool, run_batch, scan_batch, spool_dir
from partykg.runner import Run
from partykg.state import FileJob, Manifest

from conftest import SEEDS, output_snapshot


def _scanned(paths, output_dir=None) -> list[FileJob]:
    scans = scan_batch([FileJob(str(p), 0, 0, "") for p in paths], output_dir)
    for scan in scans:
        scan.job.records = scan.records
        scan.job.finals = [r["id"] for r in scan.records]
    return [s.job for s in scans]


def test_a_batch_takes_the_articles_its_scan_spooled_and_reads_no_file_again(tmp_path, monkeypatch, nlp):
    inputs = sorted(SEEDS.glob("*.txt"))[:3]
    read_twice, spooled = tmp_path / "read-twice", tmp_path / "spooled"
    run_batch(_scanned(inputs), read_twice)

    jobs = _scanned(inputs, spooled)
    assert len(list(spool_dir(spooled).iterdir())) == 3

    def no_reading(path):
        raise AssertionError(f"{path} read again")

    monkeypatch.setattr(partykg.batch, "read_articles", no_reading)
    outcomes = run_batch(jobs, spooled)
    assert [o.failures for o in outcomes] == [[], [], []] and all(o.complete for o in outcomes)
    assert output_snapshot(spooled) == output_snapshot(read_twice)  # the same bytes either way
    assert list(spool_dir(spooled).iterdir()) == []  # each spooled file is taken once


def test_a_file_with_nothing_spooled_is_read_as_before(tmp_path, nlp):
    inputs = sorted(SEEDS.glob("*.txt"))[:2]
    jobs = _scanned(inputs, tmp_path / "out")
    clear_spool(tmp_path / "out")  # (as if the spool could not be written: a full disk)
    outcomes = run_batch(jobs, tmp_path / "out")
    assert [len(o.articles) for o in outcomes] == [1, 1] and all(o.complete for o in outcomes)


def test_a_run_never_takes_what_an_earlier_run_left_in_the_spool(tmp_path):
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[0]
    shutil.copy(seed, corpus / seed.name)
    Manifest(out).close()  # an output of partykg's ...
    # ... where a run was killed after its scan; the file it spooled may have been edited since
    partykg.batch._spool(out, str(corpus / seed.name), [])
    assert pickle.loads(next(spool_dir(out).iterdir()).read_bytes()) == []
    run = Run(corpus, out)
    try:
        assert not spool_dir(out).exists()
    finally:
        run.close()
