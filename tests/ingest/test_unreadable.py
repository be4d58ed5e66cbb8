"""Input that cannot be read is named with its reason; the rest of the input is read."""
import os

from partykg.ingest.read import find_inputs, read_articles
from partykg.model import Problem
from partykg.state import Manifest

from conftest import deny

TEXT = "Tiêu đề bài viết\n\nĐồng chí Nguyễn Văn An dự hội nghị của Huyện ủy Hòa Vang.\n"


def test_hidden_entries_links_and_special_files_are_left_out_with_a_reason(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "a.txt").write_text(TEXT, encoding="utf-8")
    for name in ("a.txt", "sub/b.txt", ".hidden.txt", "sub/.draft.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere"
    elsewhere.mkdir()
    (elsewhere / "c.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "linked.txt").symlink_to(elsewhere / "c.txt")
    (tmp_path / "linked-folder").symlink_to(elsewhere)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "pipe.txt")

    files, problems = find_inputs(tmp_path)

    assert [p.relative_to(tmp_path).as_posix() for p in files] == ["a.txt", "linked.txt", "sub/b.txt"]
    reasons = {os.path.relpath(p.source, tmp_path): p.reason for p in problems}
    assert reasons == {
        ".git": "hidden folder (name starts with '.'): not read",
        ".hidden.txt": "hidden file (name starts with '.'): not read",
        "sub/.draft.txt": "hidden file (name starts with '.'): not read",
        "dangling.txt": f"dangling symbolic link (to {tmp_path / 'gone.txt'}, which does not exist)",
        "linked-folder": "symbolic link to a folder: not followed",
        "pipe.txt": "not a regular file (a pipe, socket or device): not read",
    }
    assert all(p.fatal for p in problems)
    assert read_articles(files[1])[0][0].id == "linked"  # a link to a file is read as that file


def test_a_file_without_read_permission_is_a_problem_not_an_error(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(TEXT, encoding="utf-8")
    deny(monkeypatch, path)
    assert read_articles(path) == ([], [Problem(str(path), "permission denied")])


def test_a_file_that_vanished_is_named(tmp_path):
    articles, problems = read_articles(tmp_path / "gone.txt")
    assert articles == [] and problems[0].reason == "vanished during the run (no such file)"


def test_planning_reports_an_unreadable_file_and_plans_the_others(tmp_path, monkeypatch):
    inp, out = tmp_path / "in", tmp_path / "out"
    inp.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (inp / name).write_text(TEXT.replace("An", name[0]), encoding="utf-8")
    deny(monkeypatch, inp / "b.txt")
    files, _ = find_inputs(inp)
    files.append(inp / "vanished.txt")  # listed, then gone before it was planned
    with Manifest(out) as manifest:
        plan = manifest.plan(files, "v1")
    assert [os.path.basename(j.path) for j in plan.jobs] == ["a.txt", "c.txt"]
    assert [(os.path.basename(p.source), p.reason) for p in plan.unreadable] == \
        [("b.txt", "permission denied"), ("vanished.txt", "vanished during the run (no such file)")]
