"""A preload for a WorkerPool in test_pool.py: which process imported it, which runs a job."""
import os
import time

IMPORTED_BY = os.getpid()


def imported_by() -> tuple[int, int]:
    time.sleep(0.3)  # (holds its worker: a second job goes to the other one)
    return IMPORTED_BY, os.getpid()
