"""A run's report graph grows while its batches run (report.GrowingReport): after the last batch only
the articles no batch wrote are loaded, and the page is the one a graph loaded at the end gives."""
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest

from partykg import report
from partykg.report import GrowingReport, PendingReport, build_report
from partykg.state import STATE_DIR, clean_stale_graphs, graph_prefix

from conftest import ROOT

FAILED = {"bad.txt": "ingest: cannot read"}


@pytest.fixture
def output(tmp_path) -> Path:
    """The committed seed output's graph files, copied, with a state folder as a run leaves it."""
    out = tmp_path / "out"
    shutil.copytree(ROOT / "output" / "articles", out / "articles")
    for name in ("void.ttl", "validation.ttl"):
        shutil.copy(ROOT / "output" / name, out / name)
    (out / STATE_DIR).mkdir()
    return out


def ids(output: Path) -> list[str]:
    return sorted(path.stem for path in (output / "articles").glob("*.ttl"))


@pytest.fixture
def reads(count_article_reads) -> Counter:
    """How many times the report read each article."""
    return count_article_reads(report, "report_nquads")


def first_bytes(output: Path, n: int) -> int:
    """The Turtle bytes of the first n articles (to move the graph to disk after them)."""
    return sum((output / "articles" / f"{aid}.ttl").stat().st_size for aid in ids(output)[:n])


@pytest.mark.parametrize("in_memory_max", ["default", "after two", 0])  # in memory, moved to disk on the way, on disk
def test_articles_loaded_batch_by_batch_are_not_read_again_and_the_page_is_the_same(output, monkeypatch, reads,
                                                                                    in_memory_max):
    limit = {"default": report.IN_MEMORY_MAX, "after two": first_bytes(output, 2)}.get(in_memory_max, in_memory_max)
    monkeypatch.setattr(report, "IN_MEMORY_MAX", limit)
    monkeypatch.setattr(report, "MEMORY_SHARE", 0)  # (the limit: IN_MEMORY_MAX alone)
    expected = build_report(output, failed=FAILED)
    reads.clear()
    articles = ids(output)
    growing = GrowingReport(output)
    growing.add(articles[:2])  # two batches; the last article was not processed (unchanged)
    growing.add(articles[2:4])
    page = PendingReport(output, growing).page(FAILED)
    assert page == expected
    assert reads == Counter(articles)  # each once
    assert list((output / STATE_DIR).iterdir()) == []  # the graph's directory is removed


@pytest.mark.parametrize("change", ["removed", "rewritten", "added twice"])
def test_what_changed_after_it_was_loaded_gives_the_page_of_the_final_files(output, monkeypatch, change):
    monkeypatch.setattr(report, "IN_MEMORY_MAX", 0)  # on disk: the graph is made again beside it
    monkeypatch.setattr(report, "MEMORY_SHARE", 0)  # (the limit: IN_MEMORY_MAX alone)
    articles = ids(output)
    growing = GrowingReport(output)
    growing.add(articles)
    first, second = (output / "articles" / f"{aid}.ttl" for aid in articles[:2])
    if change == "removed":
        first.unlink()
    elif change == "rewritten":  # another article's statements under this one's name
        first.write_bytes(second.read_bytes())
    else:
        growing.add(articles[:1])
    expected = build_report(output, failed=FAILED)
    assert PendingReport(output, growing).page(FAILED) == expected
    assert list((output / STATE_DIR).iterdir()) == []


def test_a_run_stopped_while_the_graph_grows_leaves_no_graph_behind(output, monkeypatch):
    monkeypatch.setattr(report, "IN_MEMORY_MAX", 0)
    monkeypatch.setattr(report, "MEMORY_SHARE", 0)  # (the limit: IN_MEMORY_MAX alone)
    growing = GrowingReport(output)
    growing.add(ids(output))
    growing.close()
    assert list((output / STATE_DIR).iterdir()) == []


def test_the_graph_of_a_killed_process_is_removed_and_a_running_ones_kept(output):
    state = output / STATE_DIR
    mine = state / f"{graph_prefix()}abc"
    dead = os.fork()
    if dead == 0:  # a process that ends at once: its id is no longer running once waited for
        os._exit(0)
    os.waitpid(dead, 0)
    killed = state / f"report-graph-{dead}-abc"
    for graph in (mine, killed):
        (graph / "graph").mkdir(parents=True)
        (graph / "graph" / "CURRENT").write_text("x")
    assert clean_stale_graphs(output) == [killed]
    assert sorted(state.iterdir()) == [mine]


def merge(output: Path, feed=None) -> None:
    """The run's merge of the articles (emit.write_merged), handing each article to `feed`."""
    from partykg.emit import write_merged

    articles = ids(output)
    write_merged(output, articles, [], sources={aid: f"{aid}.txt" for aid in articles}, report=feed)


@pytest.mark.parametrize("in_memory_max", ["default", "after two", 0])
def test_fed_by_the_merge_each_sidecar_is_opened_once_for_both_and_the_page_is_the_same(
        output, monkeypatch, in_memory_max, count_article_reads):
    from partykg import emit

    merge(output)  # (the seed output has no sidecars: the merge writes them, as a run's workers do)
    limit = {"default": report.IN_MEMORY_MAX, "after two": first_bytes(output, 2)}.get(in_memory_max, in_memory_max)
    monkeypatch.setattr(report, "IN_MEMORY_MAX", limit)
    monkeypatch.setattr(report, "MEMORY_SHARE", 0)  # (the limit: IN_MEMORY_MAX alone)
    expected = build_report(output, failed=FAILED)
    opened = count_article_reads(emit, "_open_sidecar")
    fed = GrowingReport(output, fed=True)
    pending = PendingReport(output, fed)  # (it waits for the merge: fed_all)
    merge(output, fed)
    fed.fed_all()
    assert pending.page(FAILED) == expected
    assert opened == Counter(ids(output))  # each once: by the merge, for both
    assert [p.name for p in (output / STATE_DIR).iterdir()] == ["nquads"]  # the graph's directory is removed


def test_a_fed_graph_whose_merge_did_not_run_loads_the_articles_itself(output, reads):
    expected = build_report(output, failed=FAILED)
    reads.clear()
    fed = GrowingReport(output, fed=True)
    pending = PendingReport(output, fed)
    fed.fed_all()  # (nothing changed since the last run: no merge)
    assert pending.page(FAILED) == expected
    assert reads == Counter(ids(output))


def test_a_merge_ahead_of_a_stopped_loading_is_not_held_up(output, monkeypatch):
    monkeypatch.setattr(GrowingReport, "FED_AHEAD", 1)
    fed = GrowingReport(output, fed=True)
    fed.close()  # the run stopped: nothing takes what the merge hands over
    merge(output, fed)  # returns (each article is dropped), instead of waiting for room
    assert [p.name for p in (output / STATE_DIR).iterdir()] == ["nquads"]  # (the sidecars the merge wrote)


def test_fed_by_the_merge_the_queries_are_asked_before_the_rest_of_the_merge_is_written(output, monkeypatch):
    # the graph is complete once the merge handed over its last article: its queries need not wait for
    # the merged files to be synced, nor for validation.ttl and void.ttl
    import threading

    from partykg import emit

    merge(output)
    expected = build_report(output, failed=FAILED)
    asked = threading.Event()
    ask = report._cookbook_tables

    def recorded(graph):
        asked.set()
        return ask(graph)

    write_validation = emit.write_validation

    def after_the_queries(*args):
        assert asked.wait(120), "validation.ttl written before the report's queries were asked"
        write_validation(*args)

    monkeypatch.setattr(report, "_cookbook_tables", recorded)
    monkeypatch.setattr(emit, "write_validation", after_the_queries)
    fed = GrowingReport(output, fed=True)
    pending = PendingReport(output, fed)
    merge(output, fed)
    assert pending.page(FAILED) == expected
