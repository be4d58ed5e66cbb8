"""The run's tail: the report's graph of the articles loads while the run writes its merged files.

After its last article a run writes the merged files (emit.write_merged: Python reading and
concatenating the per-article files) and then the report (partykg.report), whose graph of the
articles is taken from their sidecars and bulk-loaded by Oxigraph, mostly in Rust without Python's
lock. That graph needs only the per-article files, final once the run settled (runner.Run.settle),
so it loads in a thread beside the merge, on the core the workers left. What the merge writes
(void.ttl, validation.ttl) is read after it, then the queries and the page, as
report.build_report does it: the same page, byte for byte.
"""
from __future__ import annotations

import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path

from pyoxigraph import Store

from partykg import report
from partykg.emit import REPORT_FILE, atomic_write
from partykg.state import STATE_DIR


class ReportGraph:
    """Starts loading the report's graph of the articles of `output_dir` at once; `write` makes the
    page once the merged files are written; `close` gives up (a run stopped by a fault)."""

    def __init__(self, output_dir: Path):
        self.output_dir = Path(output_dir)
        self._directory: tempfile.TemporaryDirectory | None = None
        self._graph: Store | None = None
        self._error: BaseException | None = None
        self._charts = threading.Thread(target=report._import_charts, name="report-import-matplotlib", daemon=True)
        self._loading = threading.Thread(target=self._load, name="report-graph", daemon=True)
        self._charts.start()
        self._loading.start()

    def _load(self) -> None:
        try:
            state = self.output_dir / STATE_DIR
            # where build_report keeps an on-disk graph: on the output's disk, ignored by the output checks
            self._directory = tempfile.TemporaryDirectory(prefix="report-graph-",
                                                          dir=state if state.is_dir() else None)
            files = report.article_files(self.output_dir)
            on_disk = sum(path.stat().st_size for path in files) > report.IN_MEMORY_MAX
            graph = Store(self._directory.name) if on_disk else Store()
            report._load_projected(graph, self.output_dir, files)
            if on_disk:
                graph.optimize()  # (report.load_graph: one file a column)
            self._graph = graph
        except BaseException as exc:  # raised by write(), in the flow's thread
            self._error = exc.with_traceback(None)  # its frames would hold the store

    def write(self, failed: Mapping[str, str]) -> Path:
        """Write OUTPUT/report.html (atomically); its path. ReportError when the graph or the
        description cannot be read, as report.write_report."""
        error = None
        try:
            html = self._page(failed)
        except report.ReportError as exc:  # its traceback's frames hold the store: raised anew, without them
            error = report.ReportError(str(exc))
        finally:
            self.close()
        if error is not None:
            raise error
        path = self.output_dir / REPORT_FILE
        atomic_write(path, html.encode("utf-8"))
        return path

    def _page(self, failed: Mapping[str, str]) -> str:
        self._loading.join()
        if self._error is not None:
            raise self._error
        graph, self._graph = self._graph, None  # held by this frame only: closed before its directory is removed
        assert graph is not None  # (loaded, or an error was raised)
        meta = Store()
        for name in ("void.ttl", "validation.ttl"):
            report._load_file(meta, self.output_dir / name)
        self._charts.join()
        return report._render(graph, meta, failed)

    def close(self) -> None:
        """Wait for the loading, drop the graph and remove its directory."""
        self._loading.join()
        self._graph = None
        if self._directory is not None:
            self._directory.cleanup()
