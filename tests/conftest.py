from __future__ import annotations

import builtins
import io
import os
import shutil
import socket
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from partykg.extract import build_pipeline
    return build_pipeline()


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def extract_fails_for(monkeypatch) -> set[str]:
    """The ids of the articles whose extraction raises ValueError("boom"): add to it to break one,
    clear it to mend them. Patched in this process only: for runs with one worker."""
    import partykg.process

    broken: set[str] = set()
    real_extract = partykg.process.extract

    def flaky_extract(article, nlp):
        if article.id in broken:
            raise ValueError("boom")
        return real_extract(article, nlp)

    monkeypatch.setattr(partykg.process, "extract", flaky_extract)
    return broken


@pytest.fixture(scope="session")
def prefect_test_api(tmp_path_factory) -> str:
    """One Prefect test server for the session, on a database of its own: a server costs seconds of
    CPU to boot, so the modules share it (what they read back is their own: the last flow run,
    an artifact by key, a deployment by name). Started only when a module asks for it."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_SERVER_DATABASE_CONNECTION_URL, temporary_settings

    db = tmp_path_factory.mktemp("prefect") / "prefect-test.db"
    # the server process takes its settings from this process's, as in prefect_test_harness
    with temporary_settings({PREFECT_SERVER_DATABASE_CONNECTION_URL: f"sqlite+aiosqlite:///{db}"}):
        server = SubprocessASGIServer(port=free_port())
        server.start(timeout=180)
    yield server.api_url
    server.stop()


@pytest.fixture(scope="module")
def prefect_server(prefect_test_api):
    """The session's Prefect test server as the API of the flow runs of one test module (`partykg.run`
    reports to it); outside those modules nothing points to it."""
    import prefect.context
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from partykg.prefect_server import drain_workers

    with temporary_settings({PREFECT_API_URL: prefect_test_api}):
        # also the process-global settings, as prefect_test_harness does: Prefect's helper threads
        # (log and event workers) do not see this context and would start a server of their own
        with prefect.context._temporary_global_settings_context(prefect.context.get_settings_context()):
            yield
            drain_workers()  # this module's logs and events delivered while its settings hold


def free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def deny(monkeypatch, path):
    """Make `path` unreadable: mode 000, and (root reads anything) opening it raises PermissionError."""
    path.chmod(0)
    if os.geteuid() != 0:
        return
    real = builtins.open

    def guarded(file, *args, **kwargs):
        if not isinstance(file, int) and os.fspath(file) == os.fspath(path):  # (an int: a descriptor)
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    monkeypatch.setattr(io, "open", guarded)  # pathlib opens through io.open


def output_snapshot(out):
    """An output directory's files, relative path -> bytes: all but partykg's state, the store and
    run.ttl (this run's times)."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not {".partykg", "store"} & set(p.relative_to(out).parts)
            and p.relative_to(out).as_posix() != "run.ttl"}


@pytest.fixture
def corpus(tmp_path):
    """A copy of the seed articles to run on (a test module may define a corpus of its own)."""
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    return src


@pytest.fixture
def count_article_reads(monkeypatch):
    """count(module, name) -> a Counter of the article ids that `module.name(output_dir, article_id, data)`
    is called with from then on (the function still runs)."""
    def count(owner, name: str) -> Counter:
        counts: Counter = Counter()
        original = getattr(owner, name)

        def counted(output_dir, article_id, data):
            counts[article_id] += 1
            return original(output_dir, article_id, data)

        monkeypatch.setattr(owner, name, counted)
        return counts
    return count
