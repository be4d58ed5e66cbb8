"""Imported once by the fork server of a run's worker processes (partykg.pool), before it forks
any of them: it loads the pipeline, so that every worker starts warm, its memory shared
copy-on-write with the fork server's. Importing it anywhere else loads the pipeline too."""
import os
import signal

# a Ctrl-C reaches every process of the command; the fork server ignores it, but only once its
# preload is done: this one stays quiet meanwhile (the command stops, and the server with it)
signal.signal(signal.SIGINT, signal.SIG_IGN)
# numpy's OpenBLAS would start a thread pool on import, and a process that forks had better have
# one thread; the pipeline does no linear algebra
os.environ["OPENBLAS_NUM_THREADS"] = "1"

from partykg.startup import loading  # noqa: E402  (after the two lines above)

# loaded with the collector off, and frozen: the workers' collections leave the pipeline alone,
# and its pages stay shared with them
with loading():
    from partykg.batch import warm, warm_rules

    try:
        warm()
        warm_rules()  # (here only: a run's one process compiles only the patterns its texts reach)
    except Exception:  # the workers meet it again at their first article, which records it; the
        pass  # fork server must come up regardless (Python 3.11-3.13 stop it at any error but ImportError)
