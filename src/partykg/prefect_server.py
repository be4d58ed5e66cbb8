"""A Prefect API for the length of one command, started and stopped cleanly.

With no `PREFECT_API_URL`, Prefect 3 starts a temporary server on first use
and kills it from an `atexit` hook. That server inherits the terminal, and
when it is terminated while events and logs of the run are still in flight
(the client's EventsWorker/APILogWorker drain in a later `atexit` hook) it
prints "Error flushing events" tracebacks after a successful run.

Here the server is an explicit context: its own output goes to a log file
under PREFECT_HOME, the client's event and log workers are drained while it
is still up, and only then is it stopped (SIGTERM, so it shuts down its
services in order). With `PREFECT_API_URL` set, that server is used as is.

The server process is launched before this process imports Prefect (~1 CPU s: its settings,
then its flow engine, which overlap the server's own boot): it reads the user's Prefect
settings itself (`python -m partykg.prefect_server`).

What it costs (2026-12-07, CPU s, a database already migrated): ~3.3 to answer /health - importing
Prefect ~0.9 and its server modules ~1.7, create_app ~0.17, the check that the database is at
Prefect's last migration ~0.19 (alembic, every start), uvicorn and the three services of ephemeral
mode (task run recorder, event persister, log distributor: the fewest Prefect runs) the rest - then
~0.015 a second idle. A run of 600 generated articles on 2 workers (load ~3, CPU s of each
process): this server 4.6, the fork server 3.4 (the pipeline), this process 6.1 (1.7 imports and
Prefect, 1.8 the flow's start and the scan while the workers load, ~0.3 during the batches, 2.4 the
merge and the report), each worker 10-12. Left alone: skipping the migration check when the
database is current (0.19 s, but Prefect's own upgrade path would have to be second-guessed), and
Prefect's client TLS settings (its clients build a context with CA certificates whatever the
setting: ~30 ms each).
"""
from __future__ import annotations

import argparse
import gc
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from partykg.pool import die_with_parent
from partykg.startup import GC_THRESHOLD, loading

STARTUP_TIMEOUT = 120.0  # seconds; the first start migrates a fresh SQLite database
# Prefect's own setting for its temporary server, honoured when it asks for longer (a loaded machine)
STARTUP_TIMEOUT_VARIABLE = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"


def startup_timeout() -> float:
    try:
        return max(STARTUP_TIMEOUT, float(os.environ.get(STARTUP_TIMEOUT_VARIABLE, 0)))
    except ValueError:
        return STARTUP_TIMEOUT


STOP_TIMEOUT = 15.0
LOG_NAME = "partykg-server.log"  # under PREFECT_HOME

# Prefect settings of the temporary server of one command (ephemeral mode), on top of Prefect's
# own: what it would start for nothing. Its block types are registered by a server that serves a
# UI or deployments, not by one that records a flow run (registering them imports every Prefect
# collection installed: prefect-dask imports dask.distributed, ~1 s); automations (triggers and
# their actions) have nothing to act on in a run that ends with the command.
ONE_RUN_SERVER = {
    "PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "false",
    "PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false",  # (it loads the collections to hash them)
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
}

# Prefect settings of the command's flow runs on its temporary server, unless the user set them: no
# flow-run heartbeats. They tell a server's automations that a run is alive (one that stops beating is
# marked crashed); the temporary server runs none (ONE_RUN_SERVER) and ends with the command. And
# Prefect's heartbeat thread sleeps in whole seconds, which the flow run waits out when it ends (the
# thread's join): 0 to 1 s of idle wall time at the end of every run. A server of PREFECT_API_URL keeps them.
ONE_RUN_CLIENT = {"flows.heartbeat_frequency": None}


def _free_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def drain_workers(timeout: float = 30.0) -> None:
    """Deliver the run's pending logs and events while the API is still up."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=timeout, at_exit=False)
    EventsWorker.drain_all(timeout=timeout, at_exit=False)


class TemporaryServer:
    """`uvicorn prefect.server.api.server:create_app` on 127.0.0.1 (in a process of its own: `serve`),
    output to PREFECT_HOME/partykg-server.log."""

    def __init__(self, port: int | None = None, services: bool = False):
        self.services = services
        self.port = port or _free_port()
        self.process: subprocess.Popen | None = None

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    @property
    def log_path(self) -> Path:
        from prefect.settings import PREFECT_HOME

        return Path(PREFECT_HOME.value()) / LOG_NAME

    def start(self) -> None:
        self.launch()
        self.wait_until_ready()

    def launch(self) -> None:
        """Start the server process (it takes seconds to answer: see wait_until_ready)."""
        env = dict(os.environ)
        env.pop("PREFECT_API_URL", None)
        self.process = subprocess.Popen(
            preexec_fn=die_with_parent,
            # a session of its own: a Ctrl-C on the terminal reaches the command, not its server,
            # which stays up until the run's last states and logs are delivered (stop() ends it)
            start_new_session=True,
            args=[sys.executable, "-m", "partykg.prefect_server", "--port", str(self.port),
                  *(["--services"] if self.services else [])],
            stdin=subprocess.DEVNULL, env=env)
        self._timeout = startup_timeout()
        self._deadline = time.monotonic() + self._timeout

    def wait_until_ready(self) -> None:
        import httpx  # (not before the launch: ~0.2 CPU s, and Prefect imports it anyway)

        deadline = self._deadline
        if self.process is None:
            raise RuntimeError("wait_until_ready before start")
        process = self.process
        # verify=False: plain HTTP on the loopback, no TLS; a client that verifies loads certifi's CA
        # bundle when it is made (30-80 ms CPU, on this process's way to its first flow run)
        with httpx.Client(verify=False) as client:
            while time.monotonic() < deadline:
                if process.poll() is not None:
                    raise RuntimeError(f"the Prefect server exited with code {process.returncode}; "
                                       f"see {self.log_path}")
                try:
                    if client.get(f"{self.api_url}/health", timeout=2).status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"the Prefect server did not start in {self._timeout:.0f} s (more: set "
                           f"{STARTUP_TIMEOUT_VARIABLE}); see {self.log_path}")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


def serve(port: int, services: bool) -> None:
    """The server process: its output to the log file, Prefect's settings for a temporary server
    under the user's own (environment, profile), then uvicorn until SIGTERM. Prefect's server
    modules (seconds of imports) are loaded with the collector off: partykg.startup."""
    with loading():
        _settings(services)
        import prefect.server.api.server  # noqa: F401  (what uvicorn imports: create_app's module)
        import uvicorn
    gc.set_threshold(GC_THRESHOLD)  # (partykg.startup: a task run's API calls make objects by the thousand)
    threading.Thread(target=_first_request, args=(port,), name="partykg-first-request", daemon=True).start()
    uvicorn.run("prefect.server.api.server:create_app", factory=True, host="127.0.0.1", port=port,
                log_level="error", lifespan="on")


# what a client asks first (Prefect's client checks the server's API version before anything else)
FIRST_REQUEST = "/api/admin/version"


def _first_request(port: int) -> None:
    """Ask the server its first API request as soon as it answers: that one costs it ~0.3 CPU s and
    ~0.8 s of wall time more than later ones (measured 2026-12-07, after /health had answered), and
    the command's flow run would wait for it on its way to its first task. Asked here, it is done while
    the command is still loading (its Prefect modules, its pipeline). Only a head start: on any
    error, the client's own first request pays it."""
    import httpx  # (loaded with Prefect's server modules)

    deadline = time.monotonic() + startup_timeout()
    with httpx.Client(verify=False) as client:
        while time.monotonic() < deadline:
            try:
                client.get(f"http://127.0.0.1:{port}{FIRST_REQUEST}", timeout=30)
                return
            except httpx.HTTPError:  # not listening yet
                time.sleep(0.05)


def _settings(services: bool) -> None:
    """Prefect's settings for the server process: the one-run defaults under the user's own."""
    from prefect.context import refresh_global_settings_context
    from prefect.settings import get_current_settings

    settings = get_current_settings()
    settings.home.mkdir(parents=True, exist_ok=True)
    with open(settings.home / LOG_NAME, "ab") as log:
        os.dup2(log.fileno(), sys.stdout.fileno())
        os.dup2(log.fileno(), sys.stderr.fileno())
    os.environ.update({
        # the same switches Prefect's own temporary server uses: no UI, ephemeral mode
        # (ephemeral mode runs only the services a single flow run needs; the
        # scheduler of a deployment needs the full set)
        "PREFECT_UI_ENABLED": "0",
        "PREFECT__SERVER_FINAL": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        **({} if services else {"PREFECT__SERVER_EPHEMERAL": "1", **ONE_RUN_SERVER}),
        # the user's own settings (environment, profile) win over the defaults above
        **settings.to_environment_variables(exclude_unset=True),
    })
    refresh_global_settings_context()


@contextmanager
def prefect_session(services: bool = False, while_starting: Callable[[], object] | None = None) -> Iterator[str]:
    """Yield the API URL flows of this process report to; clean up on the way out.

    `while_starting` is called while a temporary server boots (imports of the
    flow, say: both take seconds, and they overlap).
    """
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # launched first: an API URL set elsewhere than in the environment (a profile) is known only
    # once Prefect's settings are read, and then the server is stopped unused
    server = None if os.environ.get("PREFECT_API_URL") else TemporaryServer(services=services)
    try:
        if server is not None:
            server.launch()
        with loading():  # (seconds of imports: partykg.startup)
            from prefect.context import refresh_global_settings_context
            from prefect.settings import PREFECT_API_URL, PREFECT_UI_URL, temporary_settings

            configured = PREFECT_API_URL.value()
            if configured and server is not None:
                server.stop()
            if while_starting is not None:
                while_starting()
        if not configured and server is not None:  # (launched: no API URL in the environment)
            server.wait_until_ready()
    except BaseException:
        if server is not None:
            server.stop()
        raise
    if configured:
        try:
            yield configured
        finally:
            drain_workers()
        return
    assert server is not None  # (launched: no API URL in the environment)
    # This process, its helper threads (the log and event workers) and its worker processes must
    # all report to this server: through the environment (worker processes read it; Prefect reads
    # it once, at import, hence the refresh) and the current settings context. No UI URL: the
    # temporary server has no UI and ends with the command, so Prefect's "View at http://..." line
    # would be a dead link (Prefect logs it only when it has a UI URL)
    previous = {k: os.environ.get(k) for k in ("PREFECT_API_URL", "PREFECT_UI_URL")}
    os.environ.update(PREFECT_API_URL=server.api_url, PREFECT_UI_URL="")
    refresh_global_settings_context()
    try:
        with temporary_settings({PREFECT_API_URL: server.api_url, PREFECT_UI_URL: ""},
                                set_defaults=None if services else ONE_RUN_CLIENT):
            try:
                yield server.api_url
            finally:
                drain_workers()
    finally:
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        refresh_global_settings_context()
        server.stop()


if __name__ == "__main__":
    arguments = argparse.ArgumentParser(description="The temporary Prefect server of a partykg command.")
    arguments.add_argument("--port", type=int, required=True)
    arguments.add_argument("--services", action="store_true", help="all of Prefect's services (deployments)")
    options = arguments.parse_args()
    serve(options.port, options.services)
