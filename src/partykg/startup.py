"""What a process loads once at its start (Prefect's modules, the pipeline's compiled patterns),
loaded with the cyclic garbage collector off.

Loading makes hundreds of thousands of long-lived objects, and the collector's full collections
meanwhile walk all of them again and again, for next to no garbage: measured (CPU s, 2026-12-06)
0.6 of the Prefect server's 4.0 s of imports, 1.5 of the pipeline's 6.7 s build. What was loaded
is then frozen (gc.freeze): later collections leave it alone, and it lives as long as the process.

A run's own processes then collect their youngest generation every GC_THRESHOLD allocations, not
Python's 700 (`fewer_collections`): their work (an article's objects in a worker, the merge and the
report in the command's process, the task runs in the Prefect server's) makes objects by the hundred
thousand, nearly all freed by their count, and each collection of the young promotes survivors
toward the full collections, which walk the whole unfrozen heap. Measured (session 22, `partykg run`
on 300 generated articles, 2 workers, 3 interleaved pairs, CPU seconds in collections by
gc.callbacks): the command's process 0.39/0.25/0.30 -> 0.19/0.17/0.15 (its two full collections,
~0.1 s each, gone), the Prefect server's 0.12/0.10/0.11 -> 0.05/0.04/0.06: ~0.2 CPU s a run of 300
articles; the processes' total CPU moved within the noise of a shared machine (the command's
5.86/4.86/5.32 -> 5.95/5.05/5.24 s). The workers had it already (partykg.pool: 0.3 -> 0.03 ms an article).
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

GC_THRESHOLD = 10_000


@contextmanager
def loading() -> Iterator[None]:
    """Until exit, no cyclic garbage collection; then what exists is frozen and the collector is
    back as it was (nested: the outermost one turns it back on)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@contextmanager
def fewer_collections(threshold: int = GC_THRESHOLD) -> Iterator[None]:
    """Until exit, the youngest generation collected every `threshold` allocations (the older
    generations' own thresholds kept); then as it was (a caller's process: the Python API's)."""
    before = gc.get_threshold()
    gc.set_threshold(threshold, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
