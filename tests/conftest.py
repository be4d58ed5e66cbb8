from __future__ import annotations

import builtins
import io
import os
import shutil
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


@pytest.fixture(scope="module")
def prefect_server():
    """A Prefect test server for the flow runs of one test module (`partykg.run` reports to it)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


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
