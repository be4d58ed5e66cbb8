"""A preload for a WorkerPool in test_pool.py: its fork server takes a second to exit (as one that
loaded the pipeline takes a while to finalize it)."""
import atexit
import time

atexit.register(time.sleep, 1.0)
