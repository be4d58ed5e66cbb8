"""Runs as `partykg run` makes them (`partykg.run`: the flow, here on a test Prefect server):
incremental re-runs, deletions, failures, retries."""


import partykg
import partykg.batch
from partykg.runner import auto_workers, batch_jobs, run_if_unchanged, summary_markdown
from partykg.state import FileJob, Manifest

from conftest import output_snapshot


def run(corpus, out):
    return partykg.run(corpus, out, workers=1)  # one worker: in this process, where monkeypatch reaches


def test_second_run_skips_everything_and_changes_no_byte(prefect_server, corpus, tmp_path, nlp):
    out = tmp_path / "out"
    first = run(corpus, out)
    assert first["processed"] == 5 and first["skipped"] == 0 and first["failed"] == {}
    before = output_snapshot(out)
    second = run(corpus, out)
    assert second["processed"] == 0 and second["skipped"] == 5
    assert second["articles"] == 5 and second["triples"] == first["triples"]
    assert output_snapshot(out) == before


def test_a_merged_form_asked_for_later_is_written_without_reprocessing_and_dropped_when_not_asked(
        prefect_server, corpus, tmp_path, nlp):
    out = tmp_path / "out"
    first = run(corpus, out)
    assert not (out / "partykg.nq").exists()  # by default the merged Turtle only
    with_nq = partykg.run(corpus, out, workers=1, formats=["ttl", "nq"])
    assert with_nq["processed"] == 0 and with_nq["triples"] == first["triples"]
    assert (out / "partykg.nq").read_bytes().count(b"\n") == first["triples"]
    again = run(corpus, out)
    assert again["processed"] == 0 and not (out / "partykg.nq").exists()


def test_changed_and_deleted_articles_are_replaced_and_removed(prefect_server, corpus, tmp_path, nlp):
    out = tmp_path / "out"
    run(corpus, out)
    seeds = sorted(corpus.glob("*.txt"))
    changed, deleted = seeds[0], seeds[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nChỉ thị số 12-CT/TW của Bộ Chính trị.\n",
                       encoding="utf-8")
    deleted.unlink()
    summary = run(corpus, out)
    assert summary["processed"] == 1 and summary["skipped"] == 3
    assert summary["removed"] == [deleted.stem]
    assert not (out / "articles" / f"{deleted.stem}.ttl").exists()
    # the incremental result is exactly what a clean run over the new input writes
    fresh = tmp_path / "fresh"
    run(corpus, fresh)
    assert output_snapshot(out) == output_snapshot(fresh)


def test_merged_files_are_rebuilt_when_missing(prefect_server, corpus, tmp_path, nlp):
    out = tmp_path / "out"
    run(corpus, out)
    before = output_snapshot(out)
    (out / "partykg.ttl").unlink()
    summary = run(corpus, out)
    assert summary["processed"] == 0 and output_snapshot(out) == before


def test_a_failing_stage_fails_only_its_article(prefect_server, corpus, tmp_path, nlp, extract_fails_for):
    bad = sorted(corpus.glob("*.txt"))[2]
    extract_fails_for.add(bad.stem)
    out = tmp_path / "out"
    summary = run(corpus, out)
    assert summary["processed"] == 4 and summary["articles"] == 4
    assert list(summary["failed"]) == [str(bad)]
    assert "extract: ValueError: boom" in summary["failed"][str(bad)]
    assert f"`{bad}`" in summary_markdown(summary)
    # fixed: the next run redoes the failed file only
    extract_fails_for.clear()
    again = run(corpus, out)
    assert again["processed"] == 1 and again["skipped"] == 4 and again["failed"] == {}


def test_unreadable_file_is_reported_by_name_and_the_run_goes_on(prefect_server, corpus, tmp_path, nlp):
    broken = corpus / "zz_broken.txt"
    broken.write_bytes(bytes(range(256)) * 8)  # binary: no encoding makes this an article
    out = tmp_path / "out"
    summary = run(corpus, out)
    assert summary["articles"] == 5 and summary["failed"] == {}
    assert [(p["source"], p["fatal"]) for p in summary["problems"]] == [(str(broken), True)]
    # reported again by the next run, which reads only that file again
    again = run(corpus, out)
    assert again["skipped"] == 5 and [p["source"] for p in again["problems"]] == [str(broken)]


def test_duplicates_across_files_are_published_once_and_follow_their_original(prefect_server, corpus, tmp_path, nlp):
    seed = sorted(corpus.glob("*.txt"))[0]
    copy = corpus / "copies" / "same-article.txt"
    copy.parent.mkdir()
    copy.write_bytes(seed.read_bytes())
    out = tmp_path / "out"
    summary = run(corpus, out)
    assert summary["articles"] == 5 and not (out / "articles" / "same-article.ttl").exists()
    assert summary["merged"] == {seed.stem: [str(seed), str(copy)]}
    assert any(p["source"] == str(copy) and "duplicate of article" in p["reason"] for p in summary["problems"])
    # the original goes away: its unchanged copy now stands for the text
    seed.unlink()
    summary = run(corpus, out)
    assert summary["removed"] == [seed.stem] and summary["processed"] == 1
    assert (out / "articles" / "same-article.ttl").exists()
    assert not (out / "articles" / f"{seed.stem}.ttl").exists()


def test_transient_io_errors_are_retried(prefect_server, corpus, tmp_path, nlp, monkeypatch):
    from partykg.model import Problem

    real_read = partykg.batch.read_articles
    calls = {"n": 0}

    def flaky_read(path):
        calls["n"] += 1
        if calls["n"] == 1:
            return [], [Problem(str(path), "cannot read: Input/output error")]
        return real_read(path)

    monkeypatch.setattr(partykg.batch, "read_articles", flaky_read)
    monkeypatch.setattr(partykg.batch, "RETRY_DELAY", 0.0)
    summary = run(corpus, tmp_path / "out")
    assert summary["failed"] == {} and summary["problems"] == [] and summary["processed"] == 5
    assert calls["n"] == 6  # 5 files scanned (one of them twice); the batches take what the scan read


def test_batches_keep_every_worker_busy_but_stay_bounded():
    jobs = [FileJob(str(i), 0, 0, "") for i in range(1000)]
    assert [len(b) for b in batch_jobs(jobs, 50, workers=1)] == [50] * 20
    sizes = [len(b) for b in batch_jobs(jobs[:600], 200, workers=2)]
    assert sizes[:4] == [75] * 4  # 4 batches a worker at first ...
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] <= 75 // 4 + 1  # ... the last ones short
    assert sum(sizes) == 600 and len(sizes) <= 16
    assert batch_jobs([], 50) == []
    assert [j for b in batch_jobs(jobs, 7, workers=3) for j in b] == jobs


def test_auto_workers_spreads_only_work_that_pays_for_starting_the_workers(tmp_path):
    few = tmp_path / "few"
    few.mkdir()
    for i in range(3):
        (few / f"{i}.txt").write_text("x", encoding="utf-8")
    assert auto_workers(few, cpus=4) == 1  # three articles: a worker's start would cost more than it saves
    many = tmp_path / "many.jsonl"  # one article a line: by its articles, not its bytes, it is a large input
    many.write_text('{"id": "a"}\n' * 300, encoding="utf-8")
    assert auto_workers(many, cpus=4) == 4
    assert auto_workers(many, cpus=1) == 1

    out = tmp_path / "out"  # the last run into `out` measured slow articles: three of them are worth it
    with Manifest(out) as manifest:
        manifest.db.execute("INSERT INTO meta VALUES ('article_seconds', '5.0')")
    assert auto_workers(few, out, cpus=4) == 4
    with Manifest(out) as manifest:  # ... but not once they are recorded as read: a re-run skips them
        for path in sorted(few.iterdir()):
            st = path.stat()
            manifest.record_file(FileJob(str(path), st.st_size, st.st_mtime_ns, "digest"), "v", [])
    assert auto_workers(few, out, cpus=4) == 1
    (few / "0.txt").write_text("changed", encoding="utf-8")
    assert auto_workers(few, out, cpus=4) == 1  # one changed article


def test_a_run_with_nothing_to_do_is_recognised_without_processing(prefect_server, corpus, tmp_path, nlp):
    out = tmp_path / "out"
    assert run_if_unchanged(corpus, out) is None  # first run
    first = run(corpus, out)
    again = run_if_unchanged(corpus, out)
    assert again["processed"] == 0 and again["skipped"] == first["processed"] == 5
    assert again["triples"] == first["triples"]
    (out / "partykg.ttl").unlink()
    assert run_if_unchanged(corpus, out) is None  # a merged file to rebuild
    run(corpus, out)
    victim = sorted(corpus.glob("*.txt"))[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nThêm một câu.\n", encoding="utf-8")
    assert run_if_unchanged(corpus, out) is None  # a changed file
    run(corpus, out)
    victim.unlink()
    assert run_if_unchanged(corpus, out) is None  # a vanished file
