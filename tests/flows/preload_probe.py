"""A preload for a WorkerPool in test_pool.py: which process imported it, which runs a job."""
import os
import time

IMPORTED_BY = os.getpid()


def imported_by() -> tuple[int, int]:
    time.sleep(0.3)  # (holds its worker: a second job goes to the other one)
    return IMPORTED_BY, os.getpid()


def pid_of(jobs: list, gate: str) -> tuple[int, list]:
    """Light work for test_pool.py: (the process that did it, its jobs). The first time, in the pool's
    process, it opens the gate of gated_preload and waits for the workers to be up."""
    if not os.path.exists(gate):
        open(gate, "w").close()
        from partykg import pool

        assert pool._current is not None
        pool._current.run(os.getpid)  # (waits for the worker)
    return os.getpid(), list(jobs)
