"""The local worker processes of a run (partykg.pool) and what the flow's process imports."""
import ast
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import pytest

from partykg.pool import WorkerPool, check_interrupted, stop_on_interrupt


def test_a_worker_that_dies_fails_its_batch_and_the_pool_starts_afresh_for_the_retry():
    pool = WorkerPool(2, preload=())  # (the pipeline is not what this is about)
    try:
        before = {pool.run(os.getpid) for _ in range(4)}
        with pytest.raises(BrokenProcessPool):
            pool.run(os._exit, 1)  # killed, out of memory ...
        after = pool.run(os.getpid)
        assert after not in before
    finally:
        pool.close()


def test_a_worker_collects_its_youngest_objects_less_often_than_python_by_default():
    import gc

    pool = WorkerPool(1, preload=())
    try:
        assert pool.run(gc.get_threshold)[0] > gc.get_threshold()[0]
    finally:
        pool.close()


def test_a_pool_started_later_gives_its_workers_the_environment_of_that_moment(monkeypatch):
    # the fork server (one a process) outlives the first pool: its environment is not the later one's
    first = WorkerPool(1, preload=())
    first.run(os.getpid)
    first.close()
    monkeypatch.setenv("PARTYKG_TEST_SETTING", "later")
    pool = WorkerPool(1, preload=())
    try:
        assert pool.run(os.getenv, "PARTYKG_TEST_SETTING") == "later"
    finally:
        pool.close()


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(),
                    reason="no fork server: each worker imports the preload itself")
def test_the_workers_are_forked_from_one_process_that_imported_the_preload_once():
    # in a process of its own: the fork server is one a process, started by its first pool
    code = """if True:
        import os
        from concurrent.futures import ThreadPoolExecutor
        from partykg.pool import WorkerPool
        from preload_probe import imported_by
        pool = WorkerPool(2, preload=["preload_probe"])
        with ThreadPoolExecutor(2) as threads:
            print((os.getpid(), sorted(threads.map(lambda _: pool.run(imported_by), range(2)))))
        pool.close()
    """
    env = dict(os.environ, PYTHONPATH=os.path.dirname(__file__))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    here, [(importer_a, worker_a), (importer_b, worker_b)] = ast.literal_eval(out)
    assert worker_a != worker_b  # two workers ...
    assert importer_a == importer_b  # ... and one import, in neither of them nor in the pool's process
    assert importer_a not in (here, worker_a, worker_b)


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(),
                    reason="no fork server: each worker imports the preload itself")
def test_light_work_runs_in_this_process_until_the_workers_are_up_then_what_is_left_in_a_worker(tmp_path):
    # in a process of its own: the fork server is one a process, started by its first pool
    code = """if True:
        import os
        from partykg import pool as P
        from preload_probe import pid_of
        P.LIGHT_STEP = 2
        gate = os.environ["PARTYKG_TEST_GATE"]
        workers = P.WorkerPool(1, preload=["gated_preload"])
        with P.local_workers(1, workers):
            # the fork server is held in its preload until the first part opens its gate
            during = P.run_light_work(pid_of, [0, 1, 2, 3, 4], gate)
            after = P.run_light_work(pid_of, [5, 6, 7], gate)
        workers.close()
        print((os.getpid(), during, after))
    """
    env = dict(os.environ, PYTHONPATH=os.path.dirname(__file__), PARTYKG_TEST_GATE=str(tmp_path / "gate"))
    # (a pool waited for before its gate opens never starts: the timeout fails the test)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env,
                         timeout=120).stdout
    here, during, after = ast.literal_eval(out)
    (first, firsts), (worker, rest) = during
    assert (first, firsts) == (here, [0, 1])  # a step here while the workers start ...
    assert worker != here and rest == [2, 3, 4]  # ... and the rest in a worker, once it is up
    assert after == [(worker, [5, 6, 7])]


def test_the_flow_process_reads_batch_results_without_loading_the_pipeline():
    # results of partykg.batch come back pickled: unpickling them imports the module, which
    # must not compile the extraction's rule patterns or load spaCy in the flow's process
    code = "import sys, partykg.flows.etl; print(sorted(m for m in ('spacy', 'partykg.process') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_an_interrupted_pool_ends_its_processes_and_its_batches_raise_keyboardinterrupt():
    pool = WorkerPool(2, preload=())
    try:
        pids = {pool.run(os.getpid) for _ in range(4)}
        with ThreadPoolExecutor(1) as threads:
            batch = threads.submit(pool.run, time.sleep, 120)  # a batch in flight
            pool.interrupt()
            with pytest.raises(KeyboardInterrupt):
                batch.result()
        with pytest.raises(KeyboardInterrupt):  # and no new processes for a retry
            pool.run(os.getpid)
    finally:
        pool.close()
    assert not pids & {p.pid for p in multiprocessing.active_children()}


def test_ctrl_c_during_a_run_stops_a_batch_in_this_process_at_its_next_article():
    with stop_on_interrupt():
        check_interrupted()  # nothing yet
        with pytest.raises(KeyboardInterrupt):  # Ctrl-C: raised in the main thread, as Python does
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(60)  # (the signal is handled before this ends)
        with pytest.raises(KeyboardInterrupt):  # and where a batch runs in this process
            check_interrupted()
    check_interrupted()  # the next run is not interrupted


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(),
                    reason="no fork server: each worker imports the preload itself")
def test_a_released_pool_lets_its_fork_server_go_and_a_later_pool_starts_another():
    # in a process of its own: the fork server is one a process, started by its first pool
    code = """if True:
        import os
        from partykg.pool import WorkerPool

        def alive(pid):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return False
            return True

        pool = WorkerPool(1, preload=())
        server = pool.run(os.getppid)  # a worker's parent: the fork server
        before = alive(server)
        pool.release()  # the run's last batch is done
        pool.close()
        after = alive(server)
        later = WorkerPool(1, preload=())
        again = later.run(os.getppid)
        later.close()
        print((before, after, again != server))
    """
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120).stdout
    assert ast.literal_eval(out) == (True, False, True)


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(),
                    reason="no fork server: each worker imports the preload itself")
def test_releasing_a_pool_does_not_wait_for_its_fork_server_to_exit_and_closing_it_does():
    # (the fork server's exit finalizes the loaded pipeline: the run's merged files need not wait)
    code = """if True:
        import os, time
        from partykg.pool import WorkerPool

        def alive(pid):  # (a child that exited but was not waited for is still there)
            try:
                return not os.waitpid(pid, os.WNOHANG)[0]
            except ChildProcessError:
                return False

        pool = WorkerPool(1, preload=["slow_exit_preload"])
        server = pool.run(os.getppid)
        t = time.monotonic()
        pool.release()
        released = time.monotonic() - t
        pool.close()
        closed = time.monotonic() - t
        print((released < 0.5, closed >= 0.9, os.path.exists(f"/proc/{server}")))
    """
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [os.path.dirname(__file__),
                                                                    os.environ.get("PYTHONPATH")])))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120,
                         env=env).stdout
    assert ast.literal_eval(out) == (True, True, False)
