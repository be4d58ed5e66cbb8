"""The local worker processes of a run (partykg.pool) and what the flow's process imports."""
import os
import subprocess
import sys
from concurrent.futures.process import BrokenProcessPool

import pytest

from partykg.pool import WorkerPool


def test_a_worker_that_dies_fails_its_batch_and_the_pool_starts_afresh_for_the_retry():
    pool = WorkerPool(2, warm=os.getpid)  # (the pipeline is not what this is about)
    try:
        before = {pool.run(os.getpid) for _ in range(4)}
        with pytest.raises(BrokenProcessPool):
            pool.run(os._exit, 1)  # killed, out of memory ...
        after = pool.run(os.getpid)
        assert after not in before
    finally:
        pool.close()


def test_the_flow_process_reads_batch_results_without_loading_the_pipeline():
    # results of partykg.batch come back pickled: unpickling them imports the module, which
    # must not compile the extraction's rule patterns or load spaCy in the flow's process
    code = "import sys, partykg.flows.etl; print(sorted(m for m in ('spacy', 'partykg.process') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
