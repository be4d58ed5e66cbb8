"""Faults end in one clear line and a non-zero exit, never a traceback; the traceback goes to the
log file, and the next run recovers byte for byte."""
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import partykg
import partykg.emit as emit
from partykg.cli import app
from partykg.faults import RunFault, describe, log_fault
from partykg.state import Manifest, OutputRefused

from conftest import ROOT, SEEDS, deny, output_snapshot

runner = CliRunner()


class FullDisk:
    """The os module as emit sees it on a full disk: every fsync fails with ENOSPC."""

    def __getattr__(self, name):
        return getattr(os, name)

    @staticmethod
    def fsync(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_describe_names_the_errno_and_the_file():
    full = OSError(errno.ENOSPC, "No space left on device", "out/partykg.nq")
    assert describe(full) == "disk full (ENOSPC: No space left on device) writing out/partykg.nq"
    assert describe(NotADirectoryError(errno.ENOTDIR, "Not a directory", "out/.partykg")) == \
        "Not a directory (ENOTDIR) at out/.partykg"
    db_full = sqlite3.OperationalError("database or disk is full")
    db_full.sqlite_errorname = "SQLITE_FULL"
    db_full.add_note("writing out/.partykg/manifest.sqlite")
    assert describe(db_full) == ("disk full (SQLITE_FULL: database or disk is full); "
                                 "writing out/.partykg/manifest.sqlite")
    assert describe(ValueError("two\nlines")) == "ValueError: two lines"


def test_an_atomic_write_on_a_full_disk_names_the_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    monkeypatch.setattr(emit, "os", FullDisk())
    target = tmp_path / "articles" / "a.ttl"
    with pytest.raises(OSError) as caught:
        emit.atomic_write(target, b"data")
    assert caught.value.errno == errno.ENOSPC and caught.value.filename == str(target)
    assert list(target.parent.iterdir()) == []


def test_a_transaction_that_sqlite_already_ended_reports_the_real_error(tmp_path):
    # on SQLITE_FULL SQLite rolls the transaction back itself; a second ROLLBACK used to fail with
    # "cannot rollback - no transaction is active" and hide the full disk
    with Manifest(tmp_path) as manifest:
        with pytest.raises(sqlite3.OperationalError, match="database or disk is full") as caught:
            with manifest.transaction():
                manifest.db.execute("ROLLBACK")
                raise sqlite3.OperationalError("database or disk is full")
    assert caught.value.__notes__ == [f"writing {tmp_path / '.partykg' / 'manifest.sqlite'}"]


def test_the_log_goes_to_the_output_else_the_user_state_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    try:
        raise OSError(errno.ENOSPC, "No space left on device", "x.ttl")
    except OSError as exc:
        fault = exc
    (tmp_path / "out").mkdir()
    in_output = log_fault(fault, tmp_path / "out")
    assert in_output == tmp_path / "out" / ".partykg" / "partykg.log"
    assert "Traceback (most recent call last)" in in_output.read_text(encoding="utf-8")
    assert log_fault(fault, tmp_path / "missing") == tmp_path / "state" / "partykg" / "partykg.log"


def test_output_that_is_a_file_is_one_line(tmp_path):
    (tmp_path / "out").write_text("not a folder")
    res = runner.invoke(app, ["run", "-i", str(SEEDS), "-o", str(tmp_path / "out")])
    assert res.exit_code == 2 and res.stderr == f"error: output {tmp_path / 'out'} is a file, not a directory\n"


def test_output_busy_is_refused_in_one_line_before_anything_starts(tmp_path):
    with Manifest(tmp_path / "out"):  # another run holds the output
        res = runner.invoke(app, ["run", "-i", str(SEEDS), "-o", str(tmp_path / "out")])
    assert res.exit_code == 2
    assert res.stderr == f"error: another partykg run is writing to {tmp_path / 'out'}; wait for it to finish\n"


def test_an_unexpected_fault_is_one_line_and_its_traceback_is_logged(tmp_path, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out" / "partykg.ttl"))

    monkeypatch.setattr(partykg.api, "run", full)
    (tmp_path / "out").mkdir()
    res = runner.invoke(app, ["run", "-i", str(SEEDS), "-o", str(tmp_path / "out")])
    log = tmp_path / "out" / ".partykg" / "partykg.log"
    assert res.exit_code == 1
    assert res.stderr == (f"error: disk full (ENOSPC: No space left on device) writing "
                          f"{tmp_path / 'out' / 'partykg.ttl'} (details: {log})\n")
    assert "Traceback" not in res.output and "in full" in log.read_text(encoding="utf-8")


def test_load_to_a_closed_port_is_one_line(tmp_path):
    shutil.copytree(ROOT / "output" / "articles", tmp_path / "out" / "articles")
    res = runner.invoke(app, ["load", "-e", "http://127.0.0.1:9/store", "-o", str(tmp_path / "out"),
                              "--retries", "0", "--article", sorted(p.stem for p in SEEDS.glob("*.txt"))[0]])
    assert res.exit_code == 1 and "Traceback" not in res.output
    [line] = res.stderr.splitlines()  # the one graph asked for, and why it was not loaded
    assert "Connection refused" in line


def test_a_full_disk_stops_the_run_in_one_line_and_the_next_run_recovers(prefect_server, tmp_path,
                                                                          monkeypatch):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.sorting import FlowRunSort

    corpus, out, fresh = tmp_path / "in", tmp_path / "out", tmp_path / "fresh"
    shutil.copytree(SEEDS, corpus)
    with monkeypatch.context() as m:
        m.setattr(emit, "os", FullDisk())
        with pytest.raises(RunFault, match=r"^disk full \(ENOSPC: No space left on device\) writing "
                                           + str(out / "partykg")) as caught:
            partykg.run(corpus, out, workers=1)
    with get_client(sync_client=True) as client:  # the flow returned its state: Prefect printed no traceback
        [last] = client.read_flow_runs(sort=FlowRunSort.START_TIME_DESC, limit=1)
    assert last.state.is_failed() and last.state.message == str(caught.value)
    assert "Traceback" in (out / ".partykg" / "partykg.log").read_text(encoding="utf-8")
    again = partykg.run(corpus, out, workers=1)
    assert again["failed"] == {} and again["articles"] == 5
    partykg.run(corpus, fresh, workers=1)
    assert output_snapshot(out) == output_snapshot(fresh)


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("mount"), reason="a tmpfs needs root")
def test_a_real_full_disk_through_the_command(prefect_server, tmp_path):
    """The same on a 400 KB tmpfs where the machine allows mounting one (CI runs as root)."""
    small = tmp_path / "small"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(small)],
                      capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        from prefect.settings import PREFECT_API_URL

        env = dict(os.environ, PREFECT_API_URL=PREFECT_API_URL.value(), PREFECT_SERVER_ANALYTICS_ENABLED="false")
        exe = Path(sys.executable).parent / "partykg"
        proc = subprocess.run([str(exe), "run", "-i", str(SEEDS), "-o", str(small / "out"), "--no-progress"],
                              capture_output=True, text=True, env=env, timeout=300)
        assert proc.returncode == 1 and "Traceback" not in proc.stdout + proc.stderr
        assert "error: disk full (ENOSPC: No space left on device) writing " in proc.stderr
    finally:
        subprocess.run(["umount", str(small)], check=True)


def test_a_directory_with_every_kind_of_bad_input_runs_to_completion(prefect_server, tmp_path, monkeypatch):
    """Hidden, dangling, unreadable, too large, deeply nested and over-long input, and two texts
    under one id: each is named, every readable article is written, the same bytes with one
    worker or two; an output inside that input is refused."""
    from partykg.process import pipeline

    inp, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(SEEDS, inp)
    seed = sorted(inp.glob("*.txt"))[0]
    (inp / ".notes.txt").write_text("x", encoding="utf-8")
    (inp / ".cache").mkdir()
    (inp / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (inp / "locked.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    deny(monkeypatch, inp / "locked.txt")
    (inp / "huge.txt").write_bytes(b"x" * 2 * 1024 * 1024)
    monkeypatch.setenv("PARTYKG_MAX_FILE_MB", "1")
    sentence = "Đồng chí Trần Văn Bình, Bí thư Huyện ủy Hòa Vang, phát biểu tại hội nghị. "
    (inp / "deep.html").write_text("<html><body>" + "<div>" * 10_000 + f"<p>{sentence * 27}</p>"
                                   + "</div>" * 10_000 + "</body></html>", encoding="utf-8")
    (inp / "long.txt").write_text("Hội nghị tổng kết\n\n" + "Hội nghị bàn về công tác xây dựng Đảng.\n\n" * 60
                                  + sentence + "\n", encoding="utf-8")
    for folder, town in (("s1", "Hòa Vang"), ("s2", "Ngũ Hành Sơn")):  # one id, two texts
        (inp / folder).mkdir()
        (inp / folder / "same.txt").write_text(f"Hội nghị ở {town}\n\nĐồng chí Lê Thị Hoa, Bí thư "
                                               f"Huyện ủy {town}, phát biểu.\n", encoding="utf-8")

    with monkeypatch.context() as patch:
        patch.setattr(pipeline(), "max_length", 1000)  # "long.txt" is processed in parts
        summary = partykg.run(inp, out, workers=1)

    problems = {(Path(p["source"]).name, p["reason"].split(" (")[0].split(";")[0]) for p in summary["problems"]}
    assert problems == {
        (".notes.txt", "hidden file"), (".cache", "hidden folder"), ("dangling.txt", "dangling symbolic link"),
        ("locked.txt", "permission denied"),
        ("huge.txt", "too large: 2.0 MB is over the limit of 1 MB for one article"),
        ("deep.html", "trafilatura found no main content"),
        ("same.txt", "id 'same' is used by another article with a different text"),
    }
    assert summary["failed"] == {} and summary["articles"] == 9  # the 5 seeds, deep, long, same twice
    for name in ("deep", "long"):
        assert "Trần Văn Bình" in (out / "articles" / f"{name}.ttl").read_text(encoding="utf-8")

    # the same input, whole texts: one worker and two worker processes write the same bytes
    one, two = partykg.run(inp, tmp_path / "one", workers=1), partykg.run(inp, tmp_path / "two", workers=2)
    assert one["problems"] == two["problems"] and two["articles"] == 9
    assert output_snapshot(tmp_path / "one") == output_snapshot(tmp_path / "two")
    with pytest.raises(OutputRefused, match="lies inside the input"):
        partykg.run(inp, inp / "out", workers=1)
