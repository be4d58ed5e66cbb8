"""What a process loads once at its start (Prefect's modules, the pipeline's compiled patterns),
loaded with the cyclic garbage collector off.

Loading makes hundreds of thousands of long-lived objects, and the collector's full collections
meanwhile walk all of them again and again, for next to no garbage: measured (CPU s, 2026-12-06)
0.6 of the Prefect server's 4.0 s of imports, 1.5 of the pipeline's 6.7 s build. What was loaded
is then frozen (gc.freeze): later collections leave it alone, and it lives as long as the process.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


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
