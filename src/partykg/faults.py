"""Faults (a full disk, an output path that is a file, a store in use ...): one line for the
terminal, the traceback for a log file.

The log is `OUTPUT/.partykg/partykg.log` when the command has an output directory that
exists, else `$XDG_STATE_HOME/partykg/partykg.log` (`~/.local/state/partykg/partykg.log`).
Only the error and its traceback are written there: never the command line, which may
hold credentials (`--endpoint http://user:password@host/...`).
"""
from __future__ import annotations

import errno
import os
import sqlite3
import traceback
from datetime import datetime, timezone
from pathlib import Path

LOG_NAME = "partykg.log"
LOG_MAX_BYTES = 1 << 20  # past this the log starts afresh (the previous one kept as partykg.log.1)

# what a user should read instead of the bare strerror
_WHAT = {errno.ENOSPC: "disk full", errno.EDQUOT: "disk quota exceeded", errno.EROFS: "read-only file system"}


class RunFault(RuntimeError):
    """A run stopped by a fault (not by bad input, which never stops a run); the message is one
    line, `log` the file that holds its traceback (written where the flow ran)."""

    def __init__(self, message: str, log: Path | None = None):
        super().__init__(message)
        self.log = log


def describe(exc: BaseException) -> str:
    """`exc` in one line, naming the errno and the file where there is one."""
    if isinstance(exc, RunFault):
        return str(exc)
    if isinstance(exc, OSError) and exc.errno:
        name = errno.errorcode.get(exc.errno, str(exc.errno))
        strerror = exc.strerror or str(exc)
        what = _WHAT.get(exc.errno)
        text = f"{what} ({name}: {strerror})" if what else f"{strerror} ({name})"
        if exc.filename:
            text += f" {'writing' if what else 'at'} {exc.filename}"
    elif isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorname", None)
        text = f"{'disk full' if code == 'SQLITE_FULL' else 'database error'} ({code or type(exc).__name__}: {exc})"
    else:
        text = f"{type(exc).__name__}: {exc}"
    notes = "".join(f"; {note}" for note in getattr(exc, "__notes__", []))
    return " ".join(f"{text}{notes}".split())  # one line, whatever the message held


def log_paths(output: Path | None) -> list[Path]:
    """Where a traceback may go, in order of preference."""
    paths = []
    if output is not None and Path(output).is_dir():
        paths.append(Path(output) / ".partykg" / LOG_NAME)
    state = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    paths.append(Path(state) / "partykg" / LOG_NAME)
    return paths


def log_fault(exc: BaseException, output: Path | None = None) -> Path | None:
    """Append `exc` and its traceback to the log; the log's path, or None when none could be
    written (a full disk: the one line on the terminal is then all there is)."""
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    text = f"--- {stamp} {describe(exc)}\n{''.join(traceback.format_exception(exc))}"
    for path in log_paths(output):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_file() and path.stat().st_size > LOG_MAX_BYTES:
                path.replace(path.with_name(LOG_NAME + ".1"))
            with open(path, "a", encoding="utf-8") as fh:
                fh.write(text)
            return path
        except OSError:
            continue
    return None


def one_line(exc: BaseException, output: Path | None = None) -> str:
    """The terminal's line for a fault; its traceback is logged."""
    logged = exc.log if isinstance(exc, RunFault) else log_fault(exc, output)
    return f"error: {describe(exc)}" + (f" (details: {logged})" if logged else "")
