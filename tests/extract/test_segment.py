"""Syllable tokens and sentence bounds (extract/segment.py), on sentences written for the tests."""
from __future__ import annotations

import pickle
import random
import subprocess
import sys

import pytest
import spacy
from spacy.lang.vi import VietnameseTokenizer
from spacy.util import get_words_and_spaces

from partykg.extract.segment import (
    SyllableTokenizer,
    sentence_spans,
    set_sentences,
    syllables,
)

TRICKY = [
    "",
    " ",
    "\n\n",
    "Ông Trần Nhật Quang, Bí thư Huyện ủy Vĩnh Linh cho biết.",
    "kết nạp 1.318 ĐV. Tỷ lệ đạt 39,66% so với kế hoạch…\nTP.HCM - Chỉ thị số 05-CT/TW",
    "  leading and trailing  \n",
    "ΟΣ Σ ß İ ǅ ﬁ Ⅻ ² ١٢ x_y a@b.vn http://x.vn/a ==> -> >> ... Mr. ThS. Tp. “quoted” \t tab",
    "Đảng bộ\u00a0phường Long Hưng\r\nChi bộ",
    "a  b \n c\u00a0 d   ",
    # a word that only looks like a plain syllable: before . : + - @ or after a digit or underscore
    "TPHCM. Tp.x ThS.y abc: abc.vn ab_c.d x+y@b.vn Ư-ư ưa@b.vn 12ab _ab a1,5 b² ²b Đ.",
]


@pytest.fixture(scope="module")
def tokenizer():
    return SyllableTokenizer(spacy.blank("xx").vocab)


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


# --- tokens ------------------------------------------------------------------

@pytest.mark.parametrize("text", TRICKY + ["a@b.c.vn 1.318,5_2 http://x.vn/a?b=1 Mrs. ĐV."])
def test_syllables_are_spacys_pieces_for_pyvi(text):
    assert syllables(text) == VietnameseTokenizer(spacy.blank("xx").vocab).pyvi_sylabelize_with_ws(text)


def test_tokens_and_spaces_are_spacys_for_the_syllables(tokenizer, seed_paths):
    """spaCy's tokenizer for "vi" without pyvi: `get_words_and_spaces` of the syllables."""
    texts = TRICKY + [p.read_text(encoding="utf-8") for p in seed_paths]
    rnd = random.Random(3)
    pieces = " ".join(texts).split(" ") + TRICKY
    texts += [" ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30))) for _ in range(200)]
    chars = list("aĐđếỆ TPThS.,:;/@+-_=>…\"'()\n\t\u00a0\u2003\u2028\x1c%09") + [
        "  ", "http://", "Tp.", "x@y.vn", "1.318", "==>", "...", " \n", "\n ", "\r\n"]
    texts += ["".join(rnd.choice(chars) for _ in range(rnd.randint(1, 25))) for _ in range(2000)]
    for text in texts * 2:  # twice: the second time from the tokenizer's cache of words
        expected = get_words_and_spaces(syllables(text), text) if text else ([], [])
        doc = tokenizer(text)
        assert ([t.text for t in doc], [bool(t.whitespace_) for t in doc]) == expected, repr(text)


@pytest.mark.parametrize("text", TRICKY)
def test_tokens_keep_every_character(tokenizer, text):
    assert tokenizer(text).text == text


def test_tokens_are_syllables_numbers_and_abbreviations(tokenizer):
    doc = tokenizer("Bà Lò Thị Hoa ở TP. Sơn La kết nạp 1.318 đảng viên ngày 12.3.2024.")
    assert [t.text for t in doc] == ["Bà", "Lò", "Thị", "Hoa", "ở", "TP.", "Sơn", "La", "kết", "nạp",
                                     "1.318", "đảng", "viên", "ngày", "12.3.2024", "."]


def test_tokenizer_survives_pickling(tokenizer):
    again = pickle.loads(pickle.dumps(tokenizer))
    assert [t.text for t in again("Chi bộ thôn 5.")] == ["Chi", "bộ", "thôn", "5", "."]


def test_pipeline_names_its_tokenizer_and_does_not_load_pyvi():
    code = ("import sys; from partykg.extract import build_pipeline; nlp = build_pipeline(); "
            "assert nlp.config['nlp']['tokenizer']['@tokenizers'] == 'partykg.SyllableTokenizer.v1'; "
            "assert 'pyvi' not in sys.modules, 'pyvi loaded'")
    subprocess.run([sys.executable, "-c", code], check=True)


# --- sentences ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Đoàn công tác đến TP. Hải Phòng chiều 5/4.",
    "Hội thảo do PGS.TS. Đỗ Văn Khải chủ trì.",
    "Báo cáo của ThS. Vương Thị Lan, Th.S Hà Minh Tú và TS. Lý Văn Bình.",
    "Ngày 12.3.2024, Chi bộ kết nạp 1.318 đảng viên.",
    "Các hoạt động văn nghệ, thể thao v.v. được tổ chức sôi nổi.",
    "Đồng chí Đinh Văn Lực (Tp. Cao Bằng) phát biểu.",
])
def test_abbreviations_dates_and_numbers_end_no_sentence(text):
    assert _sentences(text) == [text]


def test_a_period_after_a_capitalized_abbreviation_ends_the_sentence():
    text = "Năm nay xã đạt chuẩn NTM. Đảng bộ xã kết nạp 12 ĐV. Chi bộ thôn 4 có 30 đảng viên."
    assert _sentences(text) == ["Năm nay xã đạt chuẩn NTM.", "Đảng bộ xã kết nạp 12 ĐV.",
                                "Chi bộ thôn 4 có 30 đảng viên."]


def test_a_roman_numeral_ends_the_sentence():
    text = "Ông được bầu làm Bí thư Huyện ủy khóa XIV. Ông Hà Văn Minh làm Phó Bí thư."
    assert _sentences(text) == ["Ông được bầu làm Bí thư Huyện ủy khóa XIV.",
                                "Ông Hà Văn Minh làm Phó Bí thư."]
    # one letter after a lower-case word is a numeral, not an initial
    text = "Đảng bộ xã tổ chức Đại hội lần thứ I. Đại hội bầu 15 đồng chí."
    assert _sentences(text) == ["Đảng bộ xã tổ chức Đại hội lần thứ I.", "Đại hội bầu 15 đồng chí."]


def test_initials_after_a_name_or_at_the_start_of_a_line():
    text = "Ông Phan V. Toàn phát biểu.\nT. Lĩnh\nBài: H. Giang"
    assert _sentences(text) == ["Ông Phan V. Toàn phát biểu.", "T. Lĩnh", "Bài: H. Giang"]


def test_end_marks_with_closing_quotes_and_brackets():
    text = "Ông nói: “Phải làm ngay!” Sau đó (như đã nêu.) Hội nghị bế mạc? Có... Xong…"
    assert _sentences(text) == ["Ông nói: “Phải làm ngay!”", "Sau đó (như đã nêu.)",
                                "Hội nghị bế mạc?", "Có...", "Xong…"]


def test_line_breaks_end_sentences_even_without_a_period():
    text = "Kết nạp 20 đảng viên mới\n\n10:15 02/03/2022\n\nSáng 2/3, Đảng ủy xã tổ chức lễ kết nạp.\nẢnh: Thu Hà"
    assert _sentences(text) == ["Kết nạp 20 đảng viên mới", "10:15 02/03/2022",
                                "Sáng 2/3, Đảng ủy xã tổ chức lễ kết nạp.", "Ảnh: Thu Hà"]


def test_near_misses_inside_a_sentence():
    # no white space after the period, a lower-case word after it: no new sentence
    assert _sentences("Xem tại www.example.vn hoặc gọi số 0912.345.678 để biết.") == [
        "Xem tại www.example.vn hoặc gọi số 0912.345.678 để biết."]
    assert _sentences("Chi bộ có 15 đảng viên v.v. và các quần chúng.") == [
        "Chi bộ có 15 đảng viên v.v. và các quần chúng."]
    assert _sentences("Số đảng viên tăng 5%… và số chi bộ tăng 2%! Xong.") == [
        "Số đảng viên tăng 5%… và số chi bộ tăng 2%!", "Xong."]


def test_the_abbreviation_table_is_the_settings(tmp_path):
    text = "Phát biểu của Đại tá Hồ B. Khánh. Hội nghị bế mạc."
    assert _sentences(text) == ["Phát biểu của Đại tá Hồ B. Khánh.", "Hội nghị bế mạc."]
    assert sentence_spans("Gặp GS. Lê An.", frozenset()) == [(0, 7), (8, 14)]
    assert sentence_spans("Gặp GS. Lê An.", frozenset({"GS"})) == [(0, 14)]


def test_doc_sents_follow_the_spans(tokenizer):
    text = "Sáng 3/2, Chi bộ họp. Ông Ngô V. Tâm dự.\n\nKết nạp 2 đảng viên"
    doc = tokenizer(text)
    spans = sentence_spans(text)
    set_sentences(doc, spans)
    assert [s.text.strip() for s in doc.sents] == [text[s:e] for s, e in spans]
    assert [text[s:e] for s, e in spans] == ["Sáng 3/2, Chi bộ họp.", "Ông Ngô V. Tâm dự.", "Kết nạp 2 đảng viên"]


def test_a_dotted_leader_to_a_figure_ends_no_sentence():
    text = "Tổng số đảng viên .......... 31\nĐảng viên dự bị … 3\nCòn nhiều việc... Năm tới sẽ làm."
    assert [text[a:b] for a, b in sentence_spans(text, frozenset())] == [
        "Tổng số đảng viên .......... 31", "Đảng viên dự bị … 3", "Còn nhiều việc...", "Năm tới sẽ làm."]
