"""The deployment as a Prefect user runs it: a real `prefect server start` and a process worker on
loopback, the deployment registered by `partykg serve-flow --register-only --pool`, runs triggered
through the API (the request `prefect deployment run` makes). Two runs triggered together take turns
(the deployment's concurrency limit), both end Completed, and the output is the committed one. Then
prefect.yaml deploys too, to the pool serve-flow created."""
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import httpx

from conftest import ROOT, SEEDS, free_port, output_snapshot

BIN = Path(sys.executable).parent
POOL = "partykg"  # the pool prefect.yaml names
TERMINAL = {"COMPLETED", "FAILED", "CANCELLED", "CRASHED"}


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _wait(predicate, timeout: float, what: str, logs: list[Path]):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    tails = "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}" for p in logs if p.exists())
    raise AssertionError(f"timed out waiting for {what}\n{tails}")


def test_a_process_worker_runs_the_registered_deployment_one_run_at_a_time(tmp_path):
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_API_URL=api,
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_UI_ENABLED="false",
               PREFECT_WORKER_QUERY_SECONDS="1", PREFECT_WORKER_PREFETCH_SECONDS="5",
               # an enqueued run asks again for the deployment's slot after this many seconds
               PREFECT_SERVER_DEPLOYMENTS_CONCURRENCY_SLOT_WAIT_SECONDS="2")
    out = tmp_path / "out"
    server_log, worker_log = tmp_path / "server.log", tmp_path / "worker.log"
    logs = [server_log, worker_log]
    procs = []

    def start(args, log):
        with open(log, "wb") as fh:
            proc = subprocess.Popen([str(a) for a in args], stdout=fh, stderr=subprocess.STDOUT, env=env,
                                    cwd=tmp_path, start_new_session=True)
        procs.append(proc)
        return proc

    def health():
        try:
            return httpx.get(f"{api}/health", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        start([BIN / "prefect", "server", "start", "--host", "127.0.0.1", "--port", port], server_log)
        _wait(health, 180, "the Prefect server", logs)
        # a cron that does not fire during the test (1 January)
        reg = subprocess.run([str(BIN / "partykg"), "serve-flow", "--register-only", "--pool", POOL,
                              "--cron", "0 0 1 1 *", "--input", str(SEEDS), "--output", str(out)],
                             capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
        assert reg.returncode == 0, reg.stdout + reg.stderr
        assert f"work pool '{POOL}'" in reg.stdout
        deployment = httpx.post(f"{api}/deployments/filter", json={}).json()[0]
        assert deployment["entrypoint"] == "partykg.flows.deploy.scheduled_flow"
        assert deployment["work_pool_name"] == POOL and deployment["path"] is None
        assert deployment["global_concurrency_limit"]["limit"] == 1
        assert deployment["concurrency_options"]["collision_strategy"] == "ENQUEUE"

        start([BIN / "prefect", "worker", "start", "--pool", POOL, "--type", "process"], worker_log)
        ids = []
        for _ in range(2):  # two runs at once on one output directory
            r = httpx.post(f"{api}/deployments/{deployment['id']}/create_flow_run", json={}, timeout=30)
            assert r.status_code == 201, r.text
            ids.append(r.json()["id"])

        def finished():
            runs = [httpx.get(f"{api}/flow_runs/{i}").json() for i in ids]
            return runs if all(run["state"]["type"] in TERMINAL for run in runs) else None

        runs = _wait(finished, 420, "both flow runs to end", logs)
        assert [run["state"]["type"] for run in runs] == ["COMPLETED", "COMPLETED"], \
            [run["state"] for run in runs]
        assert "5 articles" in runs[0]["state"]["message"] + runs[1]["state"]["message"]
        # one ran after the other: the later one waited for the deployment's slot
        first, second = sorted(runs, key=lambda run: run["start_time"])
        assert second["start_time"] >= first["end_time"]
        states = httpx.get(f"{api}/flow_run_states/", params={"flow_run_id": second["id"]}).json()
        # a worker that took the second run while the first was running made it wait for the slot
        # (on a loaded machine it may take it only after the first ended: then there was no wait)
        taken = min(datetime.fromisoformat(s["timestamp"]) for s in states if s["name"] == "Pending")
        if taken < datetime.fromisoformat(first["end_time"]):
            assert "AwaitingConcurrencySlot" in {s["name"] for s in states}
        assert output_snapshot(out) == output_snapshot(ROOT / "output")
        assert "Traceback" not in worker_log.read_text(errors="replace")

        # the repository's prefect.yaml deploys the same flow for a process pool
        yaml_env = dict(env, PARTYKG_INPUT=str(SEEDS), PARTYKG_OUTPUT=str(out))
        r = subprocess.run([str(BIN / "prefect"), "--no-prompt", "deploy", "--all"], capture_output=True, text=True,
                           env=yaml_env, cwd=ROOT, timeout=120)
        assert r.returncode == 0, r.stdout + r.stderr
        deployment = httpx.post(f"{api}/deployments/filter", json={}).json()[0]
        assert (deployment["entrypoint"], deployment["work_pool_name"], deployment["pull_steps"]) == \
            ("partykg.flows.deploy.scheduled_flow", "partykg", [])
        assert deployment["parameters"] == {"input_dir": str(SEEDS), "output_dir": str(out), "workers": 1}
        assert deployment["global_concurrency_limit"]["limit"] == 1
        assert deployment["concurrency_options"]["collision_strategy"] == "ENQUEUE"
    finally:
        for proc in reversed(procs):
            _stop(proc)
