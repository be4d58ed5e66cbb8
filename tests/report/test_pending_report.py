"""A run's report: its graph of the articles loads while the run writes its merged files (report.PendingReport)."""
import shutil
import threading
import time
from pathlib import Path

import pytest

from partykg import report
from partykg.report import PendingReport, ReportError, build_report
from partykg.state import STATE_DIR

from conftest import ROOT

DESCRIPTION = ("void.ttl", "validation.ttl")  # what the merge writes, which the page reads too


@pytest.fixture
def output(tmp_path) -> Path:
    """The committed seed output's graph files, copied, with a state folder as a run leaves it."""
    out = tmp_path / "out"
    shutil.copytree(ROOT / "output" / "articles", out / "articles")
    for name in DESCRIPTION:
        shutil.copy(ROOT / "output" / name, out / name)
    (out / STATE_DIR).mkdir()
    return out


@pytest.mark.parametrize("in_memory_max", [report.IN_MEMORY_MAX, 0])  # in memory, on disk
def test_the_page_is_the_reports_own_and_the_description_is_read_after_the_merge(output, tmp_path, monkeypatch,
                                                                                 in_memory_max):
    monkeypatch.setattr(report, "IN_MEMORY_MAX", in_memory_max)
    monkeypatch.setattr(report, "MEMORY_SHARE", 0)  # (the limit: IN_MEMORY_MAX alone)
    expected = build_report(output, failed={"bad.txt": "ingest: cannot read"})
    aside = tmp_path / "aside"
    aside.mkdir()
    for name in DESCRIPTION:  # not written yet when the loading starts: the merge writes them meanwhile
        shutil.move(output / name, aside / name)
    graph = PendingReport(output)
    for name in DESCRIPTION:
        shutil.move(aside / name, output / name)
    path = graph.write({"bad.txt": "ingest: cannot read"})
    assert path == output / "report.html"
    assert path.read_text(encoding="utf-8") == expected
    assert list((output / STATE_DIR).iterdir()) == []  # the graph's directory is removed


@pytest.mark.parametrize("in_memory_max", [report.IN_MEMORY_MAX, 0])
def test_a_corrupt_article_is_named_and_nothing_is_left(output, monkeypatch, in_memory_max):
    monkeypatch.setattr(report, "IN_MEMORY_MAX", in_memory_max)
    monkeypatch.setattr(report, "MEMORY_SHARE", 0)  # (the limit: IN_MEMORY_MAX alone)
    (output / "articles" / "x.ttl").write_text("<a> <b> .\n", encoding="utf-8")
    graph = PendingReport(output)
    with pytest.raises(ReportError, match=r"x\.ttl: cannot be read"):
        graph.write({})
    assert not (output / "report.html").exists()
    assert list((output / STATE_DIR).iterdir()) == []


def test_a_missing_description_is_named(output):
    (output / "void.ttl").unlink()
    with pytest.raises(ReportError, match=r"void\.ttl: not found"):
        PendingReport(output).write({})
    assert not (output / "report.html").exists()


def test_a_run_stopped_before_the_page_leaves_no_graph_behind(output, monkeypatch):
    monkeypatch.setattr(report, "IN_MEMORY_MAX", 0)
    monkeypatch.setattr(report, "MEMORY_SHARE", 0)  # (the limit: IN_MEMORY_MAX alone)
    PendingReport(output).close()
    assert list((output / STATE_DIR).iterdir()) == []
    assert not (output / "report.html").exists()


def test_the_cross_article_queries_are_asked_while_the_merged_files_are_written(output, monkeypatch):
    """As soon as the graph is loaded, in the loading thread: not after the merge, in the caller's."""
    asked_in = []
    ask = report._cookbook_tables

    def recorded(graph):
        asked_in.append(threading.current_thread().name)
        return ask(graph)

    monkeypatch.setattr(report, "_cookbook_tables", recorded)
    expected = build_report(output, failed={})
    asked_in.clear()
    pending = PendingReport(output)  # the merge would write the description now
    for _ in range(600):
        if asked_in:
            break
        time.sleep(0.1)
    assert asked_in == ["report-graph"]
    assert pending.page({}) == expected


def test_the_charts_are_drawn_while_the_cross_article_queries_are_asked(output, monkeypatch):
    """As soon as the graph is loaded (their tables are the per-article sections'), in the page's
    thread: not after the queries, which Oxigraph answers in the loading thread without Python's lock."""
    expected = build_report(output, failed={})
    drawn = threading.Event()
    ask, draw = report._cookbook_tables, report.series_chart

    def after_the_charts(graph):
        assert drawn.wait(30), "the cross-article queries were asked before the charts were drawn"
        return ask(graph)

    def drawing(*args, **kwargs):
        svg = draw(*args, **kwargs)
        drawn.set()
        return svg

    monkeypatch.setattr(report, "_cookbook_tables", after_the_charts)
    monkeypatch.setattr(report, "series_chart", drawing)
    assert PendingReport(output).page({}) == expected
