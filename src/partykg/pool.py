"""The local worker processes of a run: started early, warmed once, given every batch.

Prefect's ProcessPoolTaskRunner spawns its processes only when the flow submits its
first task, and each of them imports Prefect and runs Prefect's task engine. Here the
flow's task runs stay in the flow's process (one thread per worker, which waits) and
hand their batch to a plain `concurrent.futures` process that imports the pipeline
only. So the processes can start while the Prefect server boots (partykg.api.run),
and a Prefect task run costs no inter-process state traffic.

The processes are forked from a fork server that loaded the pipeline once (forkserver_preload):
each of them starts warm in a fraction of a second, instead of loading it for seconds of its own.
"""
from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from importlib import import_module
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import TypeVar

from partykg.startup import GC_THRESHOLD

T = TypeVar("T")
PIPELINE = ("partykg.forkserver_preload",)  # importing it loads the pipeline
WORKER_GC_THRESHOLD = GC_THRESHOLD


def die_with_parent() -> None:
    """Linux: this process gets SIGTERM when the thread that started it ends, its process dying
    even by kill -9 (no orphan Prefect server)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:  # not Linux: the command stops its server on the way out
        pass


def _start_worker(environment: dict[str, str]) -> None:
    """A worker process: dies with the command, and leaves a Ctrl-C to it (the terminal sends
    one to every process of the command; the command stops its workers: stop_on_interrupt).
    Its environment is the command's when the pool started (PARTYKG_MAX_FILE_MB, PARTYKG_SHACL ...),
    not the fork server's, which may have started long before (a notebook's earlier run)."""
    os.environ.clear()
    os.environ.update(environment)
    threading.Thread(target=_exit_with_parent, daemon=True).start()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # the youngest generation collected every WORKER_GC_THRESHOLD allocations, not Python's 700:
    # an article makes hundreds of thousands of short-lived objects, nearly all freed by their
    # count; measured in a warm worker, 0.3 -> 0.03 CPU ms of collections an article (of ~45)
    gc.set_threshold(WORKER_GC_THRESHOLD)


def _exit_with_parent() -> None:
    # the parent: the process that started this one (the command), not the OS's parent (the fork
    # server: PR_SET_PDEATHSIG would not do). Its sentinel is ready once it ends, even by kill -9.
    parent = multiprocessing.parent_process()
    assert parent is not None  # (a worker process has one)
    multiprocessing.connection.wait([parent.sentinel])
    os.kill(os.getpid(), signal.SIGTERM)


def _import(modules: Sequence[str]) -> None:
    for name in modules:
        import_module(name)


def _context(preload: Sequence[str]) -> BaseContext:
    # not "fork": this process runs threads (Prefect's log and event workers); the fork server, one
    if "forkserver" not in multiprocessing.get_all_start_methods():
        # Windows has no fork server: each process, spawned, imports the preload as its first job
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # (the fork server is one a process, started by its first pool: that pool's preload is the one)
    context.set_forkserver_preload(list(preload))
    return context


class WorkerPool:
    """`workers` processes that imported the modules of `preload` (by default: loaded the
    pipeline) before their first batch."""

    def __init__(self, workers: int, preload: Sequence[str] = PIPELINE):
        self.workers, self._preload = workers, preload
        self._lock = threading.RLock()
        self.interrupted = False
        self._processes: set[BaseProcess] = set()  # (for interrupt)
        self._stopping: threading.Thread | None = None  # stops the fork server once released
        self._executor = self._new_executor()
        # the first process waits for the fork server's preload (seconds): meanwhile this process
        # goes on (it boots the Prefect server)
        self._starting = threading.Thread(target=self._start, args=(self._executor,), daemon=True)
        self._starting.start()
        _live.add(self)

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=_context(self._preload), initializer=_start_worker,
                                   initargs=(dict(os.environ),))

    def _start(self, executor: ProcessPoolExecutor) -> None:
        before = set(multiprocessing.active_children())
        for _ in range(self.workers):  # the executor starts one process per submit while none is idle
            executor.submit(_import, self._preload)
        with self._lock:
            self._processes = set(multiprocessing.active_children()) - before
            if self.interrupted:  # (a Ctrl-C while they started)
                for process in self._processes:
                    process.terminate()

    @property
    def started(self) -> bool:
        """Its processes are up (the fork server loaded the pipeline: seconds after the pool starts)."""
        return not self._starting.is_alive()

    def run(self, fn: Callable[..., T], *args) -> T:
        """fn(*args) in a worker process; its result (or exception) here."""
        self._starting.join()
        executor = self._executor
        try:
            return executor.submit(fn, *args).result()
        except BrokenProcessPool:
            if self.interrupted:  # stopped by Ctrl-C: no retry, no new processes
                raise KeyboardInterrupt from None
            # a worker died (killed, out of memory) and took the pool down with every batch in
            # flight: the first batch to see it replaces the pool; each is retried by its Prefect task
            with self._lock:
                if self._executor is executor:
                    self._executor = self._new_executor()
                    self._start(self._executor)  # (forked from the warm fork server: at once)
                    executor.shutdown(wait=False)
            raise

    def interrupt(self) -> None:
        """Stop the processes now, batches and all (the files they write are whole or absent: the
        next run completes the output); the batches waiting for them raise KeyboardInterrupt."""
        with self._lock:
            self.interrupted = True
            for process in self._processes:
                process.terminate()

    def release(self) -> None:
        """No more work: the processes exit (and free their memory) while this one goes on, and so
        does their fork server, which holds the loaded pipeline (~200 MB) for nothing once the last
        batch is done: at N=10,000 the run's peak memory is in its tail (merge and report), where
        it was a seventh of the process tree's. A later pool of this process starts another.
        The fork server is stopped in a thread, which `close` waits for: stopping it waits for its
        exit (Python's finalization of the loaded pipeline: 0.2-0.4 s, measured 2026-12-07), which
        this process need not wait for before it writes the run's merged files and report."""
        self._starting.join()
        self._executor.shutdown(wait=False)
        self._stopping = threading.Thread(target=stop_fork_server, name="partykg-stop-fork-server", daemon=True)
        self._stopping.start()

    def close(self) -> None:
        _live.discard(self)
        self._starting.join()
        self._executor.shutdown(wait=True, cancel_futures=True)
        if self._stopping is not None:
            self._stopping.join()


def stop_fork_server() -> None:
    """Stop this process's fork server (multiprocessing starts one on its next use). Python has no
    public call for it: its own, as its tests use it (multiprocessing.forkserver, Python 3.8-3.13);
    where that is missing, the server stays until this process exits, as it did before."""
    try:
        from multiprocessing import forkserver
    except ImportError:  # (no fork server on this platform)
        return
    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:
        stop()


_live: set[WorkerPool] = set()  # the pools of this process, which a Ctrl-C stops
_interrupted = threading.Event()


class Terminated(KeyboardInterrupt):
    """SIGTERM (`kill`, a service manager, a scheduler stopping the command): the run stops as on
    a Ctrl-C, whose handling it shares."""


@contextmanager
def stop_on_interrupt() -> Iterator[None]:
    """Until exit, a Ctrl-C (or SIGTERM) stops the run at once: the worker processes end (their
    batches with them) and so does a batch run in this process (at its next article);
    KeyboardInterrupt (Terminated) is raised. Without this, a Ctrl-C would wait for the batches in
    flight to finish, and a SIGTERM would be taken by Prefect's flow engine, which marks the flow
    run crashed and hands the signal on to the handler it found (this one)."""
    if threading.current_thread() is not threading.main_thread():  # (signals reach the main thread only)
        yield
        return

    def interrupted(signum, frame):
        _interrupted.set()
        for pool in list(_live):
            pool.interrupt()
        raise Terminated if signum == signal.SIGTERM else KeyboardInterrupt

    previous = {signum: signal.signal(signum, interrupted) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _interrupted.clear()


def check_interrupted() -> None:
    """Raise KeyboardInterrupt when a Ctrl-C stopped the run (a batch run in this process calls it
    between articles)."""
    if _interrupted.is_set():
        raise KeyboardInterrupt


_current: WorkerPool | None = None


@contextmanager
def local_workers(workers: int, started: WorkerPool | None = None) -> Iterator[WorkerPool]:
    """Until exit, `run_batch_work` sends batches to `started` (its owner closes it) or to
    `workers` new processes (closed on exit)."""
    global _current
    pool = started or WorkerPool(workers)
    _current = pool
    try:
        yield pool
    finally:
        _current = None
        if started is None:
            pool.close()


def batches_elsewhere() -> bool:
    """This run's batches go to local worker processes: this process only waits for them."""
    return _current is not None


def release_workers() -> None:
    """The run has no more batches: its worker processes exit while it finishes (merged files,
    report)."""
    if _current is not None:
        _current.release()


def run_batch_work(fn: Callable[..., T], *args) -> T:
    """fn(*args) in a local worker process when a run has them, else in this process (one worker;
    a Dask worker)."""
    pool = _current
    return fn(*args) if pool is None else pool.run(fn, *args)


# jobs of light work this process does at a time while the workers start (reading and hashing 50
# files: ~0.1 s), before it looks again whether they are up
LIGHT_STEP = 50


def run_light_work(fn: Callable[..., T], jobs: list, *args) -> list[T]:
    """fn(part, *args) over the parts of `jobs`, work that needs no pipeline (reading and hashing
    files), job by job: in a local worker process when a run has them and they are up, else in this
    process. The run's first work is light: this process does it while the workers' fork server still
    loads the pipeline, instead of waiting, LIGHT_STEP jobs at a time, and hands what is left to a
    worker as soon as they are up (a task begun here would otherwise keep a CPU's worker idle while
    this process reads the rest of it: at N=10,000, tasks of 1,000 files)."""
    pool = _current
    done, i = [], 0
    while i < len(jobs) and pool is not None and not pool.started:
        done.append(fn(jobs[i:i + LIGHT_STEP], *args))
        i += LIGHT_STEP
    if i < len(jobs) or not jobs:
        done.append(fn(jobs[i:], *args) if pool is None else pool.run(fn, jobs[i:], *args))
    return done
