"""Formats, encodings and bad input, on the fixtures of tests/fixtures/ingest."""
import unicodedata
from pathlib import Path

import pytest

from partykg.ingest import InputError, discover, merge_duplicates, read_article, read_articles, read_many
from partykg.ingest.decode import decode_bytes

from conftest import ROOT

FIX = ROOT / "tests" / "fixtures" / "ingest"


def only(path: Path):
    articles, problems = read_articles(path)
    assert len(articles) == 1, problems
    return articles[0], problems


def body(a) -> str:
    return "\n".join(a.text[s:e] for s, e in a.body_spans)


def test_windows_1258_is_detected_and_normalized():
    a, problems = only(FIX / "cp1258.txt")
    assert problems == []
    assert a.title == "Đảng bộ phường Hòa Bình nâng cao chất lượng sinh hoạt chi bộ"
    assert a.issued == "2022-06-09"
    assert a.creators == ["Hữu Phước"]
    assert a.text == unicodedata.normalize("NFC", a.text)
    assert "\r" not in a.text
    # the original keeps the file's combining tone marks; offsets lead back to them
    assert a.original_text != unicodedata.normalize("NFC", a.original_text)
    s = a.text.index("Phạm Thị Lan")
    os_, oe = a.original_span(s, s + len("Phạm Thị Lan"))
    assert unicodedata.normalize("NFC", a.original_text[os_:oe]) == "Phạm Thị Lan"
    assert [a.text[s:e] for s, e in a.caption_spans] == \
        ["Đồng chí Phạm Thị Lan, Bí thư Đảng ủy phường Hòa Bình, phát biểu tại hội nghị."]
    assert "Phản hồi" not in body(a) and "Bài, ảnh" not in body(a)


def test_utf16_with_bom():
    a, problems = only(FIX / "utf16.txt")
    assert problems == []
    assert a.title == "Chi bộ thôn Đông Xuân kết nạp 3 đảng viên mới"
    assert a.issued == "2021-11-24T06:55:00"
    assert a.creators == ["Ngọc Hà"]


def test_utf8_with_bom_and_view_counter():
    a, _ = only(FIX / "bom.txt")
    assert not a.original_text.startswith("\ufeff")
    assert a.title == "Huyện ủy Sơn Lâm: Tổng kết công tác xây dựng Đảng năm 2021"
    assert a.issued == "2021-12-28T15:40:00"
    assert a.creators == ["Thanh Tùng"]
    assert body(a) == "Huyện ủy Sơn Lâm tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021."


def test_utf16_without_bom_is_detected():
    text = "Chi bộ thôn Đông Xuân kết nạp đảng viên mới\n24/11/2021, 06:55\nNội dung bài viết về chi bộ thôn.\n"
    assert decode_bytes(text.encode("utf-16-le")).text == text


def test_empty_file_is_a_problem():
    articles, problems = read_articles(FIX / "empty.txt")
    assert articles == []
    assert [(p.source, p.reason, p.fatal) for p in problems] == [(str(FIX / "empty.txt"), "empty file", True)]


def test_white_space_only_file_is_a_problem(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_bytes(b" \n\r\n\t\xc2\xa0\n")
    articles, problems = read_articles(p)
    assert articles == [] and "empty" in problems[0].reason


def test_binary_file_is_a_problem():
    articles, problems = read_articles(FIX / "binary.txt")
    assert articles == []
    assert problems[0].fatal and "binary" in problems[0].reason


def test_undecodable_high_bytes_are_a_problem(tmp_path):
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes(range(0x80, 0x100)) * 8 + b"\x01\x02\x03\x04" * 64)
    articles, problems = read_articles(p)
    assert articles == [] and problems[0].fatal


def test_truncated_utf8_keeps_the_text_and_says_so():
    a, problems = only(FIX / "truncated.txt")
    assert a.title == "Chi bộ xóm Bắc sinh hoạt chuyên đề"
    assert a.text.endswith("trong đảng b")
    assert len(problems) == 1 and not problems[0].fatal and "truncated" in problems[0].reason


def test_too_large_file_is_refused_with_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setenv("PARTYKG_MAX_FILE_MB", "0.001")  # 1 kB
    p = tmp_path / "big.txt"
    p.write_text("Tiêu đề\n" + "Nội dung. " * 500, encoding="utf-8")
    articles, problems = read_articles(p)
    assert articles == []
    assert "too large" in problems[0].reason and "PARTYKG_MAX_FILE_MB" in problems[0].reason


def test_large_jsonl_is_streamed_record_by_record(tmp_path, monkeypatch):
    monkeypatch.setenv("PARTYKG_MAX_FILE_MB", "0.001")  # the limit applies per record
    p = tmp_path / "many.jsonl"
    p.write_text("".join(f'{{"id": "r{i}", "title": "Bài {i}", "text": "Chi bộ số {i} họp định kỳ."}}\n'
                         for i in range(200)), encoding="utf-8")
    assert p.stat().st_size > 1024
    articles, problems = read_articles(p)
    assert len(articles) == 200 and problems == []


def test_unsupported_file_type_is_reported_not_dropped(tmp_path):
    p = tmp_path / "scan.pdf"
    p.write_bytes(b"%PDF-1.4")
    articles, problems = read_articles(p)
    assert articles == [] and "unsupported file type '.pdf'" in problems[0].reason


def test_html_page_main_text_and_metadata():
    a, problems = only(FIX / "article.html")
    assert problems == []
    assert a.id == "article"
    assert a.title == "Đảng bộ xã Tân Hòa kết nạp 12 đảng viên mới"
    assert a.issued == "2023-03-15T08:30:00"
    assert a.creators == ["Lê Minh Châu", "Hoàng Yến"]
    assert a.outlet == "Báo Mẫu Tỉnh"
    assert a.url == "https://baomau.example/xay-dung-dang/tan-hoa-ket-nap-12-dang-vien-moi.html"
    text = body(a)
    assert "Chỉ thị số 28-CT/TW" in text
    assert [a.text[s:e] for s, e in a.caption_spans] == \
        ["Đồng chí Trần Văn Bình, Bí thư Đảng ủy xã Tân Hòa, trao quyết định kết nạp đảng viên."]
    for chrome in ("Trang chủ", "Ý kiến của bạn", "Họ tên", "Tin liên quan", "Huyện ủy Mẫu Sơn",
                   "POWERED BY", "Thứ Tư, 15/03/2023", "(Ảnh: Hoàng Yến)"):
        assert chrome not in text
    assert not text.startswith(a.title)


def test_jsonl_records_fields_and_bad_lines():
    path = FIX / "articles.jsonl"
    articles, problems = read_articles(path)
    assert [a.id for a in articles] == ["baomau-0001", "baomau-0002"]
    first, second = articles
    assert first.title == "Đảng ủy xã Tân Lộc sơ kết 6 tháng"
    assert first.issued == "2022-07-01T07:15:00+07:00"
    assert first.url == "https://baomau.example/bai/0001.html"
    assert first.extra == {"section": "Xây dựng Đảng", "tags": ["sơ kết", "đảng ủy"]}
    assert first.creators == ["Minh Quân"]
    assert first.source == str(path)
    assert "Huyện ủy Mẫu Sơn" not in body(first)  # a related-story link after "Bài liên quan"
    assert not body(first).startswith(first.title)
    assert second.title == "Chi bộ khu phố 3 kết nạp đảng viên"  # no title field: read from the text
    assert second.issued == "2022-09-02"
    assert second.creators == ["Thu Hằng"]
    assert [(p.source, p.fatal) for p in problems] == \
        [(f"{path}:4", False), (f"{path}:5", False), (f"{path}:6", False)]
    assert "invalid JSON" in problems[0].reason
    assert problems[1].reason == "record has no text"
    assert problems[2].reason == "record is not a JSON object"


def test_jsonl_ids_missing_or_unsafe(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text('{"text": "Chi bộ họp."}\n{"id": "a/b c", "text": "Đảng ủy họp."}\n', encoding="utf-8")
    articles, problems = read_articles(p)
    assert [a.id for a in articles] == ["x-1", "a_b_c"]
    assert len(problems) == 2 and not any(pr.fatal for pr in problems)


def test_two_files_with_the_same_article_become_one_with_both_sources():
    a, _ = only(FIX / "copies" / "dup_a.txt")
    b, _ = only(FIX / "copies" / "dup_b.txt")  # CRLF, a no-break space, a comment form
    merged, notes = merge_duplicates([b, a])
    assert len(merged) == 1
    assert merged[0].id == "dup_a"
    assert merged[0].sources == [str(FIX / "copies" / "dup_a.txt"), str(FIX / "copies" / "dup_b.txt")]
    assert len(notes) == 1 and notes[0].source == str(FIX / "copies" / "dup_b.txt") and not notes[0].fatal


def test_same_id_different_text_gets_a_stable_suffix(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "a.txt").write_text("Tiêu đề\nChi bộ một họp.\n", encoding="utf-8")
    (tmp_path / "two" / "a.txt").write_text("Tiêu đề\nChi bộ hai họp.\n", encoding="utf-8")
    arts = [x for p in discover(tmp_path) for x in read_articles(p)[0]]
    merged, notes = merge_duplicates(arts)
    ids = [x.id for x in merged]
    assert len(set(ids)) == 2 and "a" in ids
    assert merged == sorted(merged, key=lambda x: x.id)
    assert merge_duplicates(arts)[0][1].id == merged[1].id  # the same input gives the same ids
    assert len(notes) == 1


def test_read_article_keeps_working_for_a_txt_and_raises_on_bad_input():
    a = read_article(FIX / "bom.txt")
    assert a.id == "bom" and a.sources == [str(FIX / "bom.txt")]
    with pytest.raises(InputError, match="empty.txt: empty file"):
        read_article(FIX / "empty.txt")


def test_discover_lists_every_file_but_hidden_ones(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "sub/b.html", "sub/c.jsonl", "d.bin", ".hidden.txt"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)] == \
        ["a.txt", "d.bin", "sub/b.html", "sub/c.jsonl"]


def test_short_windows_1258_text_is_not_taken_for_another_code_page():
    # "Huyện ủy" in Windows-1258: tones as combining marks (0xD2 hook above, 0xF2 dot below)
    assert decode_bytes(b"Huy\xea\xf2n u\xd2y").text == "Huy\u00ea\u0323n u\u0309y"


def test_an_unexpected_reader_error_costs_the_file_not_the_run(tmp_path, monkeypatch):
    import partykg.ingest.read as read

    def boom(*a, **kw):
        raise RuntimeError("layout bug")

    monkeypatch.setattr(read, "analyze", boom)
    p = tmp_path / "a.txt"
    p.write_text("Tiêu đề\nNội dung.\n", encoding="utf-8")
    articles, problems = read.read_articles(p)
    assert articles == [] and "RuntimeError: layout bug" in problems[0].reason
    j = tmp_path / "b.jsonl"
    j.write_text('{"id": "x", "text": "Nội dung."}\n', encoding="utf-8")
    articles, problems = read.read_articles(j)
    assert articles == [] and [p.source for p in problems] == [f"{j}:1", str(j)]


def test_read_many_over_the_fixture_folder_reads_or_reports_every_file():
    paths = discover(FIX)
    articles, problems = read_many(paths)
    assert {a.id for a in articles} >= {"article", "baomau-0001", "baomau-0002", "cp1258", "utf16", "bom",
                                        "truncated", "dup_a", "dup_b"}
    assert {p.source for p in problems if p.fatal} == \
        {str(FIX / "empty.txt"), str(FIX / "binary.txt"), str(FIX / "make_fixtures.py")}


def test_metadata_date_and_the_text_date_line():
    from partykg.ingest.read import _pick_date
    assert _pick_date("2023-03-15", "2023-03-15T08:30:00") == "2023-03-15T08:30:00"
    assert _pick_date("2022-07-01T07:15:00+07:00", "2022-07-01") == "2022-07-01T07:15:00+07:00"
    assert _pick_date("2022-07-02", "2022-07-01T10:00:00") == "2022-07-02"
    assert _pick_date(None, "2022-07-01") == "2022-07-01"


@pytest.mark.parametrize("content", [
    "Căn cứ Quy định của Ban Chấp hành Trung ương, Đảng ủy xã Bình Minh kết nạp 3 đảng viên.",
    "Ngày 12-3, Huyện ủy Sông Lam kết nạp 6 đảng viên.",
    " date 2024-03-12 Ngày 12-3, Huyện ủy Sông Lam kết nạp 6 đảng viên.",
    " date 2024-03-12 Huyện Sông Lam kết nạp 6 đảng viên\nNgày 12-3, Huyện ủy Sông Lam kết nạp 6 đảng viên.",
    "In bài này\nChuyên mục: Tin nổi bật\nHuyện ủy Sông Lam kết nạp 6 đảng viên",
])
def test_a_text_with_sentences_has_a_body(tmp_path, content):
    f = tmp_path / "a.txt"
    f.write_text(content, encoding="utf-8")
    [article], problems = read_articles(f)
    assert article.body_spans and problems == []
