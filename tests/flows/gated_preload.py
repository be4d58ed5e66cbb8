"""A preload for a WorkerPool in test_pool.py that holds the fork server until the test opens
its gate (creates the file named by PARTYKG_TEST_GATE)."""
import os
import time

while not os.path.exists(os.environ["PARTYKG_TEST_GATE"]):
    time.sleep(0.01)
