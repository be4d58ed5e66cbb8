"""kill -9 in the middle of a run: every file stays whole, the next run finishes the job."""
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest

import partykg

from conftest import ROOT, SEEDS, output_snapshot

N = 40


def _corpus(root: Path) -> Path:
    """N distinct articles: the seeds' texts, each with a sentence of its own."""
    root.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(N):
        lines = seeds[i % len(seeds)].read_text(encoding="utf-8").splitlines()
        longest = max(range(len(lines)), key=lambda j: len(lines[j]))  # body text, not a credit line
        lines[longest] += f" Thực hiện Chỉ thị số {i + 1:02d}-CT/TW của Ban Bí thư."
        (root / f"gen_{i:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def _children(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


def _descendants(pid: int) -> list[int]:
    """Its children, theirs ... (the workers are the fork server's children)."""
    found, todo = [], _children(pid)
    while todo:
        found.append(todo.pop())
        todo += _children(found[-1])
    return found


def _alive(pid: int) -> bool:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != "Z"


def test_a_run_killed_midway_leaves_whole_files_and_the_next_run_recovers(tmp_path, request):
    corpus = _corpus(tmp_path / "in")
    out = tmp_path / "out"
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_HOME=str(tmp_path / "prefect"))
    exe = Path(sys.executable).parent / "partykg"
    cmd = [str(exe), "run", "--input", str(corpus), "--output", str(out), "--workers", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while len(list((out / "articles").glob("*.ttl"))) < 12:  # past the first batch of 10
            assert proc.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "the run never got going"
            time.sleep(0.05)
        processes = _descendants(proc.pid)  # its Prefect server, the fork server, two workers ...
        assert len(processes) >= 4
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        # none of them outlives the killed command
        deadline = time.monotonic() + 30
        while any(_alive(pid) for pid in processes) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in processes)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    written = sorted((out / "articles").glob("*.ttl"))
    assert 12 <= len(written) < N, "killed mid-way"
    for path in written:  # whole files only: each parses to the end
        list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    db = sqlite3.connect(out / ".partykg" / "manifest.sqlite")
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    recorded = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    db.close()
    assert 0 < recorded <= len(written)

    # the next run (`partykg.run`, in this process, on a test server started only now:
    # the killed command above had its own temporary server)
    request.getfixturevalue("prefect_server")
    summary = partykg.run(corpus, out, workers=1)
    assert summary["failed"] == {} and summary["articles"] == N
    assert summary["skipped"] == recorded  # what was committed before the kill is kept
    assert not list(out.rglob("*.tmp"))
    fresh = tmp_path / "fresh"
    partykg.run(corpus, fresh, workers=1)
    assert output_snapshot(out) == output_snapshot(fresh)


# Ctrl-C: the terminal signals every process of the group; SIGTERM (`kill`, a scheduler): the command only
STOPS = {"ctrl-c": (lambda pid: os.killpg(pid, signal.SIGINT), 130, "interrupted"),
         "sigterm": (lambda pid: os.kill(pid, signal.SIGTERM), 143, "terminated")}


@pytest.mark.parametrize("stop", sorted(STOPS))
def test_ctrl_c_or_sigterm_stops_the_command_and_its_processes_with_one_line(tmp_path, request, stop):
    send, code, message = STOPS[stop]
    corpus = _corpus(tmp_path / "in")
    out = tmp_path / "out"
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_HOME=str(tmp_path / "prefect"))
    exe = Path(sys.executable).parent / "partykg"
    cmd = [str(exe), "run", "--input", str(corpus), "--output", str(out), "--workers", "2"]
    # as on a terminal: the command leads a process group with the default Ctrl-C handling
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
                            start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 300
        while not list((out / "articles").glob("*.ttl")):  # the workers are at it (batches of 5)
            assert proc.poll() is None, "the run ended before it could be interrupted"
            assert time.monotonic() < deadline, "the run never got going"
            time.sleep(0.05)
        processes = _descendants(proc.pid)  # its Prefect server, the fork server and two workers ...
        workers = set(processes) - set(_children(proc.pid))
        assert len(workers) == 2
        send(proc.pid)
        stdout, stderr = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == code
    assert stderr.splitlines()[-1] == message
    assert "Traceback" not in stdout + stderr
    assert not any(_alive(pid) for pid in workers)  # stopped before the command returned
    # and the fork server ends as the command does (its "alive" pipe closes), a moment after it
    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in processes) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in processes)
    server_log = tmp_path / "prefect" / "partykg-server.log"
    assert not server_log.exists() or "Traceback" not in server_log.read_text()
    written = sorted((out / "articles").glob("*.ttl"))
    assert len(written) < N, "stopped, not finished"
    for path in written:
        list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))

    request.getfixturevalue("prefect_server")
    summary = partykg.run(corpus, out, workers=1)  # the next run completes the output
    assert summary["failed"] == {} and summary["articles"] == N
