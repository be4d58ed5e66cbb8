"""CI: the wheel, installed alone outside the checkout, makes the repository's output/.

Builds the sdist and, from it, the wheel with the project's pinned uv, checks
that the wheel carries the ontology, shapes and queries (the same bytes as
ontology/ and queries/) and no top-level `flows` package, then for Python 3.11,
3.13 and the newest Python the machine has:

- a fresh venv in a temporary folder (outside the checkout), with only the wheel
  installed, its dependencies pinned to uv.lock (`uv export`);
- `partykg run -i in -o out` in an empty folder, `in` a copy of data/seeds;
- `out` compared byte for byte with the repository's output/ as it is now
  (every file but run.ttl, the state in .partykg/ and the store);
- `partykg query --file queries/posts.rq` there: a query the wheel ships.

An interpreter not on the machine is installed with the pinned uv; if that
fails too, the check says so, skips that Python and goes on (it fails if no
Python was checked at all). Usage: .venv/bin/python .ci/wheel_check.py
[--python 3.11 --python 3.13 | --python /path/to/python] [--keep].
"""
from __future__ import annotations

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UV = ROOT / ".tools" / "bin" / "uv"
RUN_FILE = "run.ttl"  # the run's times: the one output that differs from run to run
NOT_OUTPUT = {"store", ".partykg"}  # the embedded store and the incremental state
REQUIRED = ["3.11", "3.13"]


def say(msg: str) -> None:
    print(f"wheel-check: {msg}", flush=True)


def sh(cmd: list, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], check=True, text=True, **kw)


def version_of(python: str) -> tuple[int, ...] | None:
    try:
        out = subprocess.run([python, "-c", "import sys; print(*sys.version_info[:3])"],
                             capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if out.returncode != 0:
        return None
    return tuple(int(x) for x in out.stdout.split())


def interpreters() -> dict[tuple[int, ...], str]:
    """Working CPython >= 3.11 on this machine: pyenv's, uv's and the system's, by version."""
    found: dict[tuple[int, ...], str] = {}
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates = sorted(glob.glob(str(pyenv / "versions" / "3.*" / "bin" / "python3")))
    candidates += sorted(glob.glob("/usr/bin/python3.1[1-9]") + glob.glob("/usr/local/bin/python3.1[1-9]"))
    for minor in range(11, 20):
        out = subprocess.run([str(UV), "python", "find", "--no-python-downloads", f"3.{minor}"],
                             capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.strip():
            candidates.append(out.stdout.strip())
    for python in candidates:
        v = version_of(python)
        if v and v >= (3, 11) and v not in found:
            found[v] = python
    return found


def pick(want: str, found: dict[tuple[int, ...], str]) -> str | None:
    """The newest patch release of `want` (3.X) found, else one the pinned uv installs."""
    minor = tuple(int(x) for x in want.split("."))
    matches = sorted(v for v in found if v[:2] == minor)
    if matches:
        return found[matches[-1]]
    say(f"Python {want} is not on this machine: trying `{UV.relative_to(ROOT)} python install {want}`")
    try:
        out = subprocess.run([str(UV), "python", "install", want], capture_output=True, text=True, timeout=300)
        if out.returncode == 0:
            got = subprocess.run([str(UV), "python", "find", "--no-python-downloads", want],
                                 capture_output=True, text=True)
            if got.returncode == 0 and got.stdout.strip():
                return got.stdout.strip()
        reason = " / ".join(line.strip() for line in out.stderr.strip().splitlines()[-2:]) or "no reason given"
    except subprocess.TimeoutExpired:
        reason = "timed out after 300 s"
    say(f"SKIPPED Python {want}: not installed here and the pinned uv could not install it ({reason})")
    return None


def check_wheel(wheel: Path) -> list[str]:
    """What the wheel lacks or carries wrongly: package data, a top-level flows package."""
    problems = []
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        for folder, pattern in (("ontology", "*.ttl"), ("queries", "*.rq")):
            for src in sorted((ROOT / folder).glob(pattern)):
                member = f"partykg/{folder}/{src.name}"
                if member not in names:
                    problems.append(f"{member} is not in the wheel")
                elif z.read(member) != src.read_bytes():
                    problems.append(f"{member} in the wheel differs from {folder}/{src.name}")
        package = ROOT / "src" / "partykg"  # code, flows, resources: every file, as in the checkout
        for src in sorted(package.rglob("*")):
            if src.is_file() and "__pycache__" not in src.parts and src.suffix != ".pyc":
                member = f"partykg/{src.relative_to(package).as_posix()}"
                if member not in names:
                    problems.append(f"{member} is not in the wheel")
                elif z.read(member) != src.read_bytes():
                    problems.append(f"{member} in the wheel differs from src/{member}")
        tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith((".dist-info", ".data"))}
        if tops != {"partykg"}:
            problems.append(f"the wheel installs top-level {sorted(tops - {'partykg'})} besides partykg")
    return problems


def compared(folder: Path) -> list[Path]:
    return sorted(p.relative_to(folder) for p in folder.rglob("*")
                  if p.is_file() and not NOT_OUTPUT & set(p.relative_to(folder).parts)
                  and p.relative_to(folder) != Path(RUN_FILE))


def compare(out: Path, committed: Path) -> list[str]:
    fresh, kept = compared(out), compared(committed)
    problems = [f"only in output/: {p}" for p in sorted(set(kept) - set(fresh))]
    problems += [f"only in the wheel's run: {p}" for p in sorted(set(fresh) - set(kept))]
    problems += [f"differs: {p}" for p in sorted(set(fresh) & set(kept))
                 if (out / p).read_bytes() != (committed / p).read_bytes()]
    return problems


def check_python(python: str, wheel: Path, constraints: Path, work: Path) -> list[str]:
    v = ".".join(map(str, version_of(python) or ()))
    base = work / f"py{v}"
    venv, run = base / "venv", base / "run"
    run.mkdir(parents=True)
    env = {k: val for k, val in os.environ.items()
           if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "UV_PROJECT_ENVIRONMENT")}
    env.update(PREFECT_HOME=str(base / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    t = time.monotonic()
    sh([UV, "venv", "--quiet", "--python", python, venv], cwd=base, env=env)
    sh([UV, "pip", "install", "--quiet", "--python", venv / "bin" / "python", "-c", constraints, wheel],
       cwd=base, env=env)
    installed = sh([venv / "bin" / "python", "-c", "import partykg, sys; print(partykg.__file__)"],
                   cwd=run, env=env, capture_output=True).stdout.strip()
    if not Path(installed).is_relative_to(venv) or Path(installed).is_relative_to(ROOT):
        return [f"partykg imported from {installed}, not from the venv"]
    say(f"Python {v}: venv with the wheel in {time.monotonic() - t:.1f} s ({venv})")
    shutil.copytree(ROOT / "data" / "seeds", run / "in")
    t = time.monotonic()
    done = subprocess.run([venv / "bin" / "partykg", "run", "-i", "in", "-o", "out", "--no-progress"],
                          cwd=run, env=env, capture_output=True, text=True)
    say(f"Python {v}: partykg run in {time.monotonic() - t:.1f} s, exit {done.returncode}")
    if done.returncode != 0:
        return [f"`partykg run` exited {done.returncode}:\n{done.stdout[-3000:]}{done.stderr[-3000:]}"]
    problems = compare(run / "out", ROOT / "output")
    # a competency query the wheel ships, by its repository path (no queries/ folder here)
    asked = subprocess.run([venv / "bin" / "partykg", "query", "-o", "out", "--file", "queries/posts.rq",
                            "--format", "csv"], cwd=run, env=env, capture_output=True, text=True)
    if asked.returncode != 0 or not asked.stdout.startswith("person,post,"):
        problems.append(f"`partykg query --file queries/posts.rq` exited {asked.returncode}: "
                        f"{asked.stdout[-500:]}{asked.stderr[-1500:]}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--python", action="append", help="a version (3.11) or an interpreter's path; repeatable")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="partykg-wheel-check-")).resolve()
    if work.is_relative_to(ROOT):
        say(f"the temporary folder {work} is inside the checkout: set TMPDIR elsewhere")
        return 2
    failed = False
    try:
        t = time.monotonic()
        sh([UV, "build", "--quiet", "--out-dir", work / "dist", ROOT], cwd=work)
        wheel = next((work / "dist").glob("partykg-*.whl"))
        say(f"built {wheel.name} (from the sdist) in {time.monotonic() - t:.1f} s")
        for problem in check_wheel(wheel):
            say(f"FAIL wheel: {problem}")
            failed = True
        constraints = work / "constraints.txt"
        sh([UV, "export", "--quiet", "--frozen", "--no-dev", "--no-emit-project", "--no-hashes",
            "--format", "requirements-txt", "-o", constraints], cwd=ROOT)

        found = interpreters()
        say("interpreters found: " + ", ".join(f"{'.'.join(map(str, v))} ({p})" for v, p in sorted(found.items())))
        if args.python:
            wanted = args.python
        else:
            newest = ".".join(map(str, max(found)[:2])) if found else None
            wanted = REQUIRED + ([newest] if newest and newest not in REQUIRED else [])
        pythons = []
        for want in wanted:
            python = want if os.sep in want else pick(want, found)
            if python:
                pythons.append(python)
        if not pythons:
            say("FAIL: no Python to check the wheel with")
            return 1
        for python in pythons:
            problems = check_python(python, wheel, constraints, work)
            v = ".".join(map(str, version_of(python) or ()))
            for problem in problems:
                say(f"FAIL Python {v}: {problem}")
            if problems:
                failed = True
            else:
                say(f"ok Python {v}: the wheel's output is byte-identical to output/; its shipped query runs")
    finally:
        if args.keep:
            say(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
