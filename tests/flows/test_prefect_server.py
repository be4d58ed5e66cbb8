"""The temporary Prefect server's own process (partykg.prefect_server.serve): its settings and its log."""
import json
import os
import subprocess
import sys


def test_the_server_process_takes_the_one_run_defaults_under_the_users_settings_and_logs_to_prefect_home(tmp_path):
    # uvicorn replaced by a probe: what the server would start with, printed (to the log: serve
    # sends its output there)
    code = """if True:
        import gc, json, os, sys, uvicorn
        def probe(app, **options):
            print(json.dumps({"app": app, "options": options, "env": dict(os.environ),
                              "collector": gc.isenabled(), "frozen": gc.get_freeze_count(),
                              "server_loaded": "prefect.server.api.server" in sys.modules}), flush=True)
        uvicorn.run = probe
        from partykg.prefect_server import serve
        serve(int(sys.argv[1]), False)
    """
    home = tmp_path / "prefect"
    env = dict(os.environ, PREFECT_HOME=str(home), PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED="true")
    for name in ("PREFECT_API_URL", "PREFECT_SERVER_REGISTER_BLOCKS_ON_START", "PREFECT_UI_ENABLED"):
        env.pop(name, None)
    done = subprocess.run([sys.executable, "-c", code, "4242"], capture_output=True, text=True, env=env,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""  # all of it in the log
    started = json.loads((home / "partykg-server.log").read_text().splitlines()[-1])
    assert started["app"] == "prefect.server.api.server:create_app"
    assert started["options"]["factory"] is True and started["options"]["port"] == 4242
    assert started["options"]["host"] == "127.0.0.1"
    # Prefect's server modules were loaded before uvicorn starts, with the collector off, and frozen
    # (partykg.startup: its collections leave them alone); the collector is on for the serving
    assert started["server_loaded"] and started["frozen"] > 100_000 and started["collector"]
    server = started["env"]
    assert server["PREFECT__SERVER_EPHEMERAL"] == "1" and server["PREFECT_UI_ENABLED"] == "0"
    assert server["PREFECT_SERVER_REGISTER_BLOCKS_ON_START"] == "false"  # a one-run default ...
    assert server["PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED"].lower() == "true"  # ... the user's own setting wins


def test_flow_runs_on_the_temporary_server_send_no_heartbeats_unless_the_user_asks(monkeypatch):
    # (Prefect's heartbeat thread sleeps in whole seconds, and a flow run waits for it as it ends)
    from prefect.settings import get_current_settings

    from partykg import prefect_server

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    for step in ("launch", "wait_until_ready"):  # no server process: the session's settings only
        monkeypatch.setattr(prefect_server.TemporaryServer, step, lambda self: None)
    seen = []
    for users in (None, "60"):
        if users is None:
            monkeypatch.delenv("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", raising=False)
        else:
            monkeypatch.setenv("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", users)
        with prefect_server.prefect_session():
            seen.append(get_current_settings().flows.heartbeat_frequency)
    assert seen == [None, 60]


def test_the_server_process_asks_itself_the_clients_first_request_as_soon_as_it_answers(tmp_path):
    # (that request costs the server most: asked by the server, the command's flow run need not wait
    # for it). uvicorn replaced by a plain HTTP server on the port, which prints the first path asked
    # (to the log: serve sends its output there)
    code = """if True:
        import http.server, socket, sys, uvicorn
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.end_headers()
                print("asked", self.path, flush=True)
        def probe(app, host, port, **options):
            server = http.server.HTTPServer((host, port), Handler)
            server.timeout = 20  # (none asked: the test fails)
            server.handle_request()
        uvicorn.run = probe
        from partykg.prefect_server import serve
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        serve(port, False)
    """
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect"))
    env.pop("PREFECT_API_URL", None)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "prefect" / "partykg-server.log").read_text().splitlines()
    assert [line for line in log if line.startswith("asked")] == ["asked /api/admin/version"]
