"""The pipeline's tokenizer gives the same tokens as spaCy's own Vietnamese tokenizer."""
from __future__ import annotations

import random

import pycrfsuite
import pytest
import spacy

from partykg.extract.segment import PyviTokenizer, crf_items, syllables, words_and_spaces

TRICKY = [
    "",
    " ",
    "\n\n",
    "Ông Trần Nhật Quang, Bí thư Huyện ủy Vĩnh Linh cho biết.",
    "kết nạp 1.318 ĐV. Tỷ lệ đạt 39,66% so với kế hoạch…\nTP.HCM - Chỉ thị số 05-CT/TW",
    "  leading and trailing  \n",
    "ΟΣ Σ ß İ ǅ ﬁ Ⅻ ² ١٢ x_y a@b.vn http://x.vn/a ==> -> >> ... Mr. ThS. Tp. “quoted” \t tab",
    "Đảng bộ\u00a0phường Long Hưng\r\nChi bộ",
]


def _tokens(doc):
    return [(t.text, t.whitespace_) for t in doc]


@pytest.fixture(scope="module")
def tokenizers():
    nlp = spacy.blank("vi")
    return nlp.tokenizer, PyviTokenizer(nlp.vocab)


def test_same_tokens_as_spacy_on_the_seeds(tokenizers, seed_paths):
    ref, fast = tokenizers
    for path in seed_paths:
        text = path.read_text(encoding="utf-8")
        assert _tokens(fast(text)) == _tokens(ref(text)), path.name


@pytest.mark.parametrize("text", TRICKY)
def test_same_tokens_as_spacy_on_odd_text(tokenizers, text):
    ref, fast = tokenizers
    assert _tokens(fast(text)) == _tokens(ref(text))


def test_same_tokens_as_spacy_on_shuffled_text(tokenizers, seed_paths):
    ref, fast = tokenizers
    pieces = seed_paths[0].read_text(encoding="utf-8").split(" ") + TRICKY
    rnd = random.Random(3)
    for _ in range(100):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30)))
        assert _tokens(fast(text)) == _tokens(ref(text)), text


@pytest.mark.parametrize("text", [
    "Ban Thường vụ Huyện ủy Vĩnh Linh kết nạp 45 đảng viên TP. HCM",
    "ΑΣ Σ ΟΣ' Σ́ İ b ß",  # context-dependent and length-changing lower case
])
def test_crf_items_are_pyvis_features_as_crfsuite_reads_them(text):
    from pyvi.ViTokenizer import ViTokenizer as vt

    words = [w for w in syllables(text) if not w.isspace()]
    items = crf_items(words, vt.bi_grams, vt.tri_grams)
    # python-crfsuite's reading of pyvi's dicts, with zero-valued attributes dropped
    expected = pycrfsuite.ItemSequence(vt.sent2features(words, False)).items()
    expected = [{k: v for k, v in item.items() if v != 0} for item in expected]
    assert pycrfsuite.ItemSequence(items).items() == expected


def test_crf_items_mark_known_bigrams_and_trigrams():
    words = ["Ban", "Thường", "vụ", "kết", "nạp", "đảng", "viên"]
    items = crf_items(words, {"kết nạp"}, {"ban thường vụ"})
    assert "-1:word.bi_gram()" in items[4] and "+1:word.bi_gram()" in items[3]
    assert "-2:word.tri_gram()" in items[2] and "+2:word.tri_gram()" in items[0]
    assert not any("bi_gram" in a for a in items[0] + items[6])


def test_words_and_spaces_matches_spacy():
    from spacy.util import get_words_and_spaces

    text = "a  b\n\nc d "
    assert words_and_spaces(["a", "b", "c", "d"], text) == get_words_and_spaces(["a", "b", "c", "d"], text)
    with pytest.raises(ValueError):
        words_and_spaces(["a", "x"], "a b")


@pytest.mark.parametrize("text", TRICKY + ["a@b.c.vn 1.318,5_2 http://x.vn/a?b=1 Mrs. ĐV."])
def test_syllables_as_spacy(tokenizers, text):
    ref, _ = tokenizers
    assert syllables(text) == ref.pyvi_sylabelize_with_ws(text)
