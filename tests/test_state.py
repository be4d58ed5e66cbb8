"""The incremental-run manifest: what is skipped, redone, removed; and how it survives crashes."""
import os
import re

import pytest

from partykg.state import FileJob, Manifest, OutputRefused, check_output, clean_stale_temporaries, pipeline_version

V = "v1"


def _files(tmp_path, **texts):
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    for name, text in texts.items():
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    return sorted(src.glob("*.txt"))


def _record(m, job, out_dir, version=V):
    """Pretend to process a file holding one article named after it."""
    aid = os.path.basename(job.path)[:-4]
    rel = f"articles/{aid}.ttl"
    (out_dir / "articles").mkdir(parents=True, exist_ok=True)
    (out_dir / rel).write_text(f"# {aid}\n")
    return m.record_file(job, version, [{"article_id": aid, "checksum": job.digest, "outputs": [rel]}])


def test_unchanged_files_are_skipped_without_reading(tmp_path):
    paths = _files(tmp_path, a="một", b="hai")
    out = tmp_path / "out"
    with Manifest(out) as m:
        plan = m.plan(paths, V)
        assert [os.path.basename(j.path) for j in plan.jobs] == ["a.txt", "b.txt"]
        for job in plan.jobs:
            _record(m, job, out)
    with Manifest(out) as m:  # reopened: the state is on disk
        plan = m.plan(paths, V)
        assert plan.jobs == [] and plan.skipped_articles == ["a", "b"] and plan.vanished == []


def test_changed_file_is_redone_and_touched_file_is_not(tmp_path):
    paths = _files(tmp_path, a="một", b="hai")
    out = tmp_path / "out"
    with Manifest(out) as m:
        for job in m.plan(paths, V).jobs:
            _record(m, job, out)
        paths[0].write_text("một nữa", encoding="utf-8")  # new content
        st = paths[1].stat()
        os.utime(paths[1], ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # same bytes, new mtime
        plan = m.plan(paths, V)
        assert [os.path.basename(j.path) for j in plan.jobs] == ["a.txt"]
        assert plan.jobs[0].known == {"a": m.db.execute(
            "SELECT checksum FROM articles WHERE article_id='a'").fetchone()[0]}
        assert plan.skipped_articles == ["b"]


def test_new_pipeline_version_redoes_everything(tmp_path):
    paths = _files(tmp_path, a="một")
    out = tmp_path / "out"
    with Manifest(out) as m:
        for job in m.plan(paths, V).jobs:
            _record(m, job, out)
        plan = m.plan(paths, "v2")
        assert len(plan.jobs) == 1 and plan.jobs[0].known == {}


def test_missing_output_file_redoes_its_article(tmp_path):
    paths = _files(tmp_path, a="một")
    out = tmp_path / "out"
    with Manifest(out) as m:
        for job in m.plan(paths, V).jobs:
            _record(m, job, out)
        (out / "articles" / "a.ttl").unlink()
        assert len(m.plan(paths, V).jobs) == 1


def test_deleted_input_removes_its_outputs(tmp_path):
    paths = _files(tmp_path, a="một", b="hai")
    out = tmp_path / "out"
    with Manifest(out) as m:
        for job in m.plan(paths, V).jobs:
            _record(m, job, out)
        paths[1].unlink()
        plan = m.plan(paths[:1], V)
        assert plan.vanished == [str(paths[1])]
        assert m.forget_file(plan.vanished[0]) == ["b"]
        assert not (out / "articles" / "b.ttl").exists() and (out / "articles" / "a.ttl").exists()
        assert m.article_ids() == ["a"]


def test_article_moved_to_another_file_is_not_removed_with_the_old_file(tmp_path):
    out = tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    (out / "articles" / "x.ttl").write_text("#\n")
    with Manifest(out) as m:
        old = FileJob("old.jsonl", 1, 1, "d1")
        new = FileJob("new.jsonl", 1, 1, "d2")
        row = {"article_id": "x", "checksum": "c", "outputs": ["articles/x.ttl"]}
        m.record_file(old, V, [row])
        m.record_file(new, V, [row])
        assert m.forget_file("old.jsonl") == []
        assert (out / "articles" / "x.ttl").exists() and m.article_ids() == ["x"]


def test_rewritten_article_loses_outputs_it_no_longer_has(tmp_path):
    out = tmp_path / "out"
    for rel in ("articles/x.ttl", "quarantine/x.ttl"):
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text("#\n")
    with Manifest(out) as m:
        job = FileJob("x.txt", 1, 1, "d1")
        m.record_file(job, V, [{"article_id": "x", "checksum": "c1", "outputs": ["quarantine/x.ttl"]}])
        m.record_file(job, V, [{"article_id": "x", "checksum": "c2", "outputs": ["articles/x.ttl"]}])
        assert not (out / "quarantine" / "x.ttl").exists()
        assert m.outputs_of("x") == ["articles/x.ttl"]


def test_incomplete_file_keeps_good_articles_and_is_read_again(tmp_path):
    paths = _files(tmp_path, a="một")
    out = tmp_path / "out"
    with Manifest(out) as m:
        job = m.plan(paths, V).jobs[0]
        (out / "articles").mkdir(parents=True)
        (out / "articles" / "a1.ttl").write_text("#\n")
        m.record_file(job, V, [{"article_id": "a1", "checksum": "c", "outputs": ["articles/a1.ttl"]}],
                      complete=False)  # a second article of the file failed
        plan = m.plan(paths, V)
        assert len(plan.jobs) == 1 and plan.jobs[0].known == {"a1": "c"}


def test_claimed_files_no_article_owns_are_removed_and_nothing_else(tmp_path):
    out = tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    (out / "articles" / "mine.ttl").write_text("# a user's file, there before the run\n")
    with Manifest(out) as m:
        m.claim(["kept", "orphan", "mine"])
        (out / "articles" / "kept.ttl").write_text("#\n")
        (out / "articles" / "orphan.ttl").write_text("#\n")  # written, never recorded (a killed run)
        (out / "articles" / "mine.ttl").write_text("# still the user's\n")  # an article that failed to write
        m.record_file(FileJob("k.txt", 1, 1, "d"), V,
                      [{"article_id": "kept", "checksum": "c", "outputs": ["articles/kept.ttl"]}])
        assert [p.name for p in m.release_claims()] == ["orphan.ttl"]
        assert m.release_claims() == []  # claims are forgotten once released
        assert m.foreign() == ["articles/mine.ttl"]
    assert (out / "articles" / "kept.ttl").exists() and (out / "articles" / "mine.ttl").exists()


def test_foreign_files_are_listed_not_touched(tmp_path):
    out = tmp_path / "out"
    (out / "quarantine").mkdir(parents=True)
    (out / "notes.md").write_text("mine")
    (out / "quarantine" / "a.b.report.ttl").write_text("#")
    (out / "partykg.ttl").write_text("#")
    with Manifest(out) as m:
        m.record_file(FileJob("a.txt", 1, 1, "d"), V, [{"article_id": "a.b", "checksum": "c",
                                                        "outputs": ["quarantine/a.b.report.ttl"]}])
        (out / "quarantine" / "a.report.ttl").write_text("#")
        assert m.foreign() == ["notes.md", "quarantine/a.report.ttl"]


def test_only_partykg_temporaries_in_its_own_folders_are_cleaned(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "mine").mkdir()
    ours = [tmp_path / "articles" / ".a.ttl.x1y2_3z4.tmp", tmp_path / ".partykg.nq.abcdefgh.tmp"]
    theirs = [tmp_path / "mine" / ".a.ttl.x1y2_3z4.tmp", tmp_path / ".notes.md.abcdefgh.tmp",
              tmp_path / "articles" / ".draft.tmp"]
    for p in ours + theirs:
        p.write_text("half")
    keep = tmp_path / "articles" / "a.ttl"
    keep.write_text("whole")
    assert sorted(clean_stale_temporaries(tmp_path)) == sorted(ours)
    assert keep.exists() and all(p.exists() for p in theirs) and not any(p.exists() for p in ours)


def test_an_output_in_or_around_the_input_or_foreign_is_refused(tmp_path):
    inp = tmp_path / "in"
    (inp / "sub").mkdir(parents=True)
    (inp / "a.txt").write_text("x")
    (tmp_path / "link").symlink_to(inp)
    for out, where in ((inp, "is"), (inp / "out", "lies inside"), (tmp_path, "contains"),
                       (tmp_path / "link" / "sub", "lies inside")):
        with pytest.raises(OutputRefused, match=f"^output {re.escape(str(out))} {where} the input "):
            check_output(inp, out)
    home = tmp_path / "home"
    (home / ".bashrc").parent.mkdir()
    (home / ".bashrc").write_text("x")  # a mistyped `-o ~`
    with pytest.raises(OutputRefused, match="non-empty directory with no partykg output.*--force"):
        check_output(inp, home)
    check_output(inp, home, force=True)
    check_output(inp, tmp_path / "new")  # not there yet
    (tmp_path / "clone").mkdir()
    (tmp_path / "clone" / "partykg.ttl").write_text("#")  # the committed output/, without its state
    check_output(inp, tmp_path / "clone")


def test_pipeline_version_names_the_release_and_a_content_hash():
    v = pipeline_version()
    release, digest = v.split("+")
    assert release and len(digest) == 16 and v == pipeline_version()


def test_two_runs_cannot_write_one_output_at_once(tmp_path):
    import pytest

    from partykg.state import OutputBusyError

    with Manifest(tmp_path / "out"):
        with pytest.raises(OutputBusyError, match="another partykg run"):
            Manifest(tmp_path / "out")
    Manifest(tmp_path / "out").close()  # free again once the first is done
