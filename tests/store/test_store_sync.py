"""sync_store: the embedded store mirrors the per-article files, graph by graph."""
import pytest
from pyoxigraph import Literal, NamedNode, Quad, Triple

from partykg.emit import graph_name, turtle
from partykg.store import StoreError, open_store, sync_store

from storekit import sample_graphs


def write_articles(out, graphs):
    (out / "articles").mkdir(parents=True, exist_ok=True)
    for aid, triples in graphs.items():
        (out / "articles" / f"{aid}.ttl").write_bytes(turtle(triples))


def graph_contents(out) -> dict[str, set]:
    db = open_store(out / "store")
    try:
        return {g.value: {q.triple for q in db.quads_for_pattern(None, None, None, g)}
                for g in db.named_graphs()}
    finally:
        del db


def test_full_sync_adds_replaces_keeps_and_drops(tmp_path):
    graphs = sample_graphs()
    write_articles(tmp_path, graphs)
    first = sync_store(tmp_path)
    assert (first.added, first.replaced, first.unchanged, first.removed) == (["a1", "a2"], [], 0, [])
    assert graph_contents(tmp_path) == {graph_name(a).value: set(t) for a, t in graphs.items()}

    again = sync_store(tmp_path)
    assert (again.added, again.replaced, again.unchanged, again.removed) == ([], [], 2, [])

    changed = graphs["a1"][:-1]  # a1 lost a triple
    write_articles(tmp_path, {"a1": changed})
    (tmp_path / "articles" / "a2.ttl").unlink()  # a2 disappeared
    third = sync_store(tmp_path)
    assert third.replaced == ["a1"] and third.removed == [graph_name("a2").value]
    assert graph_contents(tmp_path) == {graph_name("a1").value: set(changed)}


def test_incremental_sync_touches_only_what_it_is_given(tmp_path):
    graphs = sample_graphs()
    sync_store(tmp_path, graphs=graphs)
    extra = Triple(NamedNode("https://example.org/x"), NamedNode("https://example.org/p"), Literal("1"))
    report = sync_store(tmp_path, graphs={"a3": [extra]}, removed={"a1"})
    assert report.added == ["a3"] and report.removed == [graph_name("a1").value]
    contents = graph_contents(tmp_path)
    assert set(contents) == {graph_name("a2").value, graph_name("a3").value}
    assert contents[graph_name("a2").value] == set(graphs["a2"])  # not given, not pruned


def test_unreadable_file_is_reported_and_keeps_its_last_graph(tmp_path):
    graphs = sample_graphs()
    write_articles(tmp_path, graphs)
    sync_store(tmp_path)
    (tmp_path / "articles" / "a2.ttl").write_text("<broken", encoding="utf-8")
    report = sync_store(tmp_path)
    assert len(report.problems) == 1 and "a2.ttl" in report.problems[0]
    assert report.removed == []
    assert graph_contents(tmp_path)[graph_name("a2").value] == set(graphs["a2"])


def test_what_partykg_did_not_write_is_removed_and_named(tmp_path):
    graphs = sample_graphs()
    write_articles(tmp_path, graphs)
    sync_store(tmp_path)
    mine = NamedNode("https://example.org/my-notes")
    db = open_store(tmp_path / "store")  # as a PUT and an INSERT through a server would
    db.add(Quad(mine, mine, Literal("note"), mine))
    db.add(Quad(mine, mine, Literal("in the default graph")))
    del db
    report = sync_store(tmp_path)
    assert report.changed_outside and report.foreign == [mine.value, "the default graph"]
    assert graph_contents(tmp_path) == {graph_name(a).value: set(t) for a, t in graphs.items()}
    db = open_store(tmp_path / "store")
    try:
        assert len(db) == sum(len(set(t)) for t in graphs.values())
    finally:
        del db


def test_a_store_changed_behind_partykgs_back_is_rebuilt_by_ensure_store(tmp_path):
    from partykg.store import ensure_store
    graphs = sample_graphs()
    write_articles(tmp_path, graphs)
    ensure_store(tmp_path)
    db = open_store(tmp_path / "store")
    db.remove_graph(graph_name("a1"))  # articles/ untouched: only the counts tell
    del db
    report = ensure_store(tmp_path)
    assert report is not None and report.added == ["a1"] and report.unchanged == 1
    assert "changed outside partykg" in report.summary()
    assert graph_contents(tmp_path) == {graph_name(a).value: set(t) for a, t in graphs.items()}
    assert ensure_store(tmp_path) is None


def test_an_edited_graph_is_compared_with_its_file_not_trusted_by_its_digest(tmp_path):
    graphs = sample_graphs()
    write_articles(tmp_path, graphs)
    sync_store(tmp_path)
    db = open_store(tmp_path / "store")
    db.remove(Quad(*graphs["a2"][0], graph_name("a2")))  # the file's digest is unchanged
    del db
    report = sync_store(tmp_path)
    assert report.replaced == ["a2"] and report.changed_outside
    assert graph_contents(tmp_path)[graph_name("a2").value] == set(graphs["a2"])


def test_a_locked_store_gives_a_clear_error(tmp_path):
    write_articles(tmp_path, sample_graphs())
    sync_store(tmp_path)
    holder = open_store(tmp_path / "store")  # as a running `partykg serve` would
    try:
        with pytest.raises(StoreError, match="in use by another process"):
            sync_store(tmp_path)
    finally:
        del holder


def test_store_can_live_elsewhere(tmp_path):
    write_articles(tmp_path / "out", sample_graphs())
    report = sync_store(tmp_path / "out", store=tmp_path / "elsewhere")
    assert report.store == tmp_path / "elsewhere" and (tmp_path / "elsewhere").is_dir()
    assert not (tmp_path / "out" / "store").exists()


def test_the_digest_file_is_only_a_shortcut(tmp_path):
    from partykg.store import DIGESTS_FILENAME
    graphs = sample_graphs()
    write_articles(tmp_path, graphs)
    sync_store(tmp_path)
    (tmp_path / "store" / DIGESTS_FILENAME).unlink()  # lost (a backup restored without it, say)
    write_articles(tmp_path, {"a1": graphs["a1"][1:]})
    report = sync_store(tmp_path)
    assert report.replaced == ["a1"] and report.unchanged == 1  # a2 compared, found equal
    assert graph_contents(tmp_path)[graph_name("a1").value] == set(graphs["a1"][1:])
    # in-memory graphs and files give the same digests: nothing to do after either
    again = sync_store(tmp_path, graphs={"a1": graphs["a1"][1:], "a2": graphs["a2"]})
    assert (again.added, again.replaced, again.unchanged) == ([], [], 2)


def test_bulk_loading_of_new_graphs_gives_the_same_store(tmp_path, monkeypatch):
    import partykg.store
    monkeypatch.setattr(partykg.store, "BULK_MIN", 1)
    monkeypatch.setattr(partykg.store, "LOAD_CHUNK", 1)  # several bulk loads
    graphs = sample_graphs()
    write_articles(tmp_path, graphs)
    assert sync_store(tmp_path).added == ["a1", "a2"]
    assert graph_contents(tmp_path) == {graph_name(a).value: set(t) for a, t in graphs.items()}


def test_ensure_store_syncs_only_when_the_articles_changed(tmp_path):
    from partykg.emit import atomic_write
    from partykg.store import ensure_store
    graphs = sample_graphs()
    write_articles(tmp_path, graphs)
    assert ensure_store(tmp_path).added == ["a1", "a2"]  # missing: built
    assert ensure_store(tmp_path) is None  # current: nothing read
    atomic_write(tmp_path / "articles" / "a1.ttl", turtle(graphs["a1"][2:]))
    assert ensure_store(tmp_path).replaced == ["a1"]
    (tmp_path / "articles" / "a2.ttl").unlink()
    assert ensure_store(tmp_path).removed == [graph_name("a2").value]
    with pytest.raises(StoreError, match="partykg run"):
        ensure_store(tmp_path / "nothing")


def test_a_broken_new_file_in_a_bulk_load_is_named_and_the_others_load(tmp_path, monkeypatch):
    import partykg.store
    monkeypatch.setattr(partykg.store, "BULK_MIN", 1)
    graphs = sample_graphs()
    write_articles(tmp_path, graphs)
    # the last statement broken: the bulk load of the chunk fails, then each file is loaded alone
    whole = (tmp_path / "articles" / "a1.ttl").read_bytes()
    (tmp_path / "articles" / "a0.ttl").write_bytes(whole[:whole.rindex(b" .\n")] + b' "unterminated\n')
    report = sync_store(tmp_path)
    assert report.added == ["a1", "a2"] and len(report.problems) == 1 and "a0.ttl" in report.problems[0]
    assert graph_contents(tmp_path) == {graph_name(a).value: set(t) for a, t in graphs.items()}
    # not recorded as loaded: tried (and reported) again next time
    assert len(sync_store(tmp_path).problems) == 1


def test_new_files_written_with_other_prefixes_load_too(tmp_path, monkeypatch):
    from pyoxigraph import RdfFormat, serialize

    import partykg.store
    monkeypatch.setattr(partykg.store, "BULK_MIN", 1)
    graphs = sample_graphs()
    write_articles(tmp_path, graphs)
    (tmp_path / "articles" / "a2.ttl").write_bytes(serialize(graphs["a2"], format=RdfFormat.TURTLE))
    assert sync_store(tmp_path).added == ["a1", "a2"]
    assert graph_contents(tmp_path) == {graph_name(a).value: set(t) for a, t in graphs.items()}


def test_changed_graphs_are_bulk_loaded_and_a_broken_file_keeps_its_last_graph(tmp_path, monkeypatch):
    import partykg.store
    monkeypatch.setattr(partykg.store, "BULK_MIN", 1)  # the bulk loader even for two graphs
    graphs = sample_graphs()
    write_articles(tmp_path, graphs)
    sync_store(tmp_path)
    changed = {"a1": graphs["a1"][1:], "a2": graphs["a2"][:-1]}
    write_articles(tmp_path, changed)
    assert sync_store(tmp_path).replaced == ["a1", "a2"]
    assert graph_contents(tmp_path) == {graph_name(a).value: set(t) for a, t in changed.items()}
    (tmp_path / "articles" / "a2.ttl").write_text("<broken", encoding="utf-8")
    write_articles(tmp_path, {"a1": graphs["a1"]})
    report = sync_store(tmp_path)
    assert report.replaced == ["a1"] and len(report.problems) == 1 and "a2.ttl" in report.problems[0]
    assert graph_contents(tmp_path) == {graph_name("a1").value: set(graphs["a1"]),
                                        graph_name("a2").value: set(changed["a2"])}
