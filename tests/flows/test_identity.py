"""Identity: which article is published under which id is decided in the plan, before the work is
spread, so one worker, two worker processes and Dask write the same bytes; nothing vanishes.
Duplicates are the same text to the end; a failing article does not take its duplicates down."""
import json
import re

import pytest

import partykg
import partykg.process
from partykg.runner import dedupe
from partykg.state import OutputRefused

from conftest import output_snapshot

X1 = ("Huyện ủy Cam Lộ kết nạp đảng viên mới\n\n"
      "Ngày 3/3/2024, Huyện ủy Cam Lộ tổ chức lễ kết nạp 25 đảng viên mới. Đồng chí Trần Văn Hòa, "
      "Bí thư Huyện ủy Cam Lộ, trao quyết định cho các đảng viên.\n")
X2 = ("Thành ủy Đông Hà sơ kết Chỉ thị 05-CT/TW\n\n"
      "Ngày 5/4/2024, Thành ủy Đông Hà sơ kết việc thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị. "
      "Đồng chí Nguyễn Thị Lan, Phó Bí thư Thành ủy Đông Hà, chủ trì hội nghị.\n")
Y1 = "Đảng bộ xã Gio Linh có 120 đảng viên.\n\nĐồng chí Lê Văn Nam, Bí thư Đảng ủy xã, phát biểu."
Y2 = "Chi bộ thôn An Xuân kết nạp 3 đảng viên mới.\n\nĐồng chí Phạm Văn Tư, Bí thư Chi bộ, trao quyết định."


@pytest.fixture
def corpus(tmp_path):
    """Two files with one stem, one id twice in a JSONL file, an exact copy, a copy with a correction."""
    src = tmp_path / "in"
    for rel, text in (("s1/x.txt", X1), ("s2/x.txt", X2), ("copies/x-copy.txt", X1),
                      ("copies/x-fixed.txt", X2 + "Đính chính: hội nghị họp ngày 6/4/2024.\n")):
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_text(text, encoding="utf-8")
    (src / "batch.jsonl").write_text("".join(json.dumps({"id": "y", "text": t}, ensure_ascii=False) + "\n"
                                             for t in (Y1, Y2)), encoding="utf-8")
    return src


def _check_every_article_is_there(summary, out, src):
    ids = sorted(p.name[:-4] for p in (out / "articles").glob("*.ttl"))
    assert len(ids) == 5 and {"x", "x-fixed", "y"} <= set(ids), ids
    assert any(re.fullmatch(r"x-[0-9a-f]{8}", i) for i in ids) and any(re.fullmatch(r"y-[0-9a-f]{8}", i) for i in ids)
    assert summary["articles"] == 5 and summary["failed"] == {}
    assert summary["merged"] == {"x": [str(src / "s1/x.txt"), str(src / "copies/x-copy.txt")]}
    notes = {(p["source"], p["reason"].split(";")[0]) for p in summary["problems"]}
    assert {(str(src / "s2/x.txt"), "id 'x' is used by another article with a different text"),
            (str(src / "batch.jsonl"), "id 'y' is used by another article with a different text"),
            (str(src / "copies/x-copy.txt"), "duplicate of article 'x' (%s): same text, merged into one "
                                             "article with both sources" % (src / "s1/x.txt"))} <= notes


def test_collisions_give_the_same_bytes_with_one_or_two_workers_or_dask(prefect_server, corpus, tmp_path):
    from distributed import LocalCluster

    from partykg.flows.etl import run_flow

    one = run_flow(corpus, tmp_path / "one", workers=1)
    _check_every_article_is_there(one, tmp_path / "one", corpus)
    two = run_flow(corpus, tmp_path / "two", workers=2)  # worker processes: the jobs travel as copies
    _check_every_article_is_there(two, tmp_path / "two", corpus)
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp://",
                      host="127.0.0.1", dashboard_address=None) as cluster:
        dask = run_flow(corpus, tmp_path / "dask", dask_address=cluster.scheduler_address)
    _check_every_article_is_there(dask, tmp_path / "dask", corpus)
    assert output_snapshot(tmp_path / "one") == output_snapshot(tmp_path / "two") == output_snapshot(tmp_path / "dask")
    # an output inside the input is refused before anything is written
    with pytest.raises(OutputRefused, match="lies inside the input"):
        partykg.run(corpus, corpus / "out", workers=1)
    assert not (corpus / "out").exists()


def test_a_failing_article_does_not_take_its_duplicates_down(prefect_server, corpus, tmp_path, monkeypatch):
    real_extract = partykg.process.extract
    kept = str(corpus / "s1/x.txt")

    def failing_for_one_file(article, nlp):
        if article.source == kept:
            raise ValueError("boom")
        return real_extract(article, nlp)

    monkeypatch.setattr(partykg.process, "extract", failing_for_one_file)
    out = tmp_path / "out"
    summary = partykg.run(corpus, out, workers=1)  # one worker: in this process, where monkeypatch reaches
    assert list(summary["failed"]) == [kept]
    assert (out / "articles" / "x-copy.ttl").exists() and not (out / "articles" / "x.ttl").exists()
    assert "x" not in summary["merged"] and summary["articles"] == 5
    assert any(p["source"] == str(corpus / "copies/x-copy.txt") and "published on its own as 'x-copy'"
               in p["reason"] for p in summary["problems"])
    # fixed: the original is published again and its copy merges back into it
    monkeypatch.setattr(partykg.process, "extract", real_extract)
    again = partykg.run(corpus, out, workers=1)
    assert again["failed"] == {} and again["removed"] == ["x-copy"]
    assert (out / "articles" / "x.ttl").exists() and not (out / "articles" / "x-copy.ttl").exists()
    assert again["merged"] == {"x": [kept, str(corpus / "copies/x-copy.txt")]}


def test_files_partykg_did_not_write_are_left_alone_and_reported_once(prefect_server, corpus, tmp_path):
    out = tmp_path / "out"
    partykg.run(corpus, out, workers=1)
    mine = [out / "articles" / "notes.ttl", out / "quarantine" / "keep.trig", out / "README.md",
            out / "articles" / ".draft.ttl.tmp"]
    for p in mine:
        p.parent.mkdir(exist_ok=True)
        p.write_text("not partykg's")
    (corpus / "copies/x-fixed.txt").unlink()  # its article's files go; nothing else does
    summary = partykg.run(corpus, out, workers=1)
    assert summary["removed"] == ["x-fixed"] and all(p.read_text() == "not partykg's" for p in mine)
    notes = [p["reason"] for p in summary["problems"] if p["source"] == str(out)]
    assert notes == ["4 file(s) partykg did not write left alone: README.md, articles/.draft.ttl.tmp, "
                     "articles/notes.ttl, quarantine/keep.trig"]


def test_ids_are_told_apart_by_position_and_texts_by_their_last_line(tmp_path):
    from partykg.ingest import read_articles
    from partykg.ingest.dedupe import text_key

    ids = dedupe([("b.jsonl", [{"id": "y", "key": "k1"}, {"id": "y", "key": "k2"}, {"id": "y", "key": "k1"}]),
                  ("a.txt", [{"id": "y", "key": "k2"}])])
    assert ids.finals == {"a.txt": ["y"], "b.jsonl": ["y-k1", None, None]}
    assert ids.merged == {"y": ["a.txt", "b.jsonl"]}  # the copy inside b.jsonl names no other file
    (tmp_path / "a.txt").write_text(X2, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Tiêu đề khác\n\n" + X2.split("\n\n", 1)[1], encoding="utf-8")
    (tmp_path / "c.txt").write_text(X2 + "Đính chính: hội nghị họp ngày 6/4/2024.\n", encoding="utf-8")
    a, b, c = (read_articles(tmp_path / f"{n}.txt")[0][0] for n in "abc")
    assert text_key(a) == text_key(b) != text_key(c)  # another title: the same article; a correction: not
