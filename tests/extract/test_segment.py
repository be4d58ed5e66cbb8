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


def test_crf_items_are_pyvis_features_as_crfsuite_reads_them():
    from pyvi.ViTokenizer import ViTokenizer as vt

    words = syllables("Ban Thường vụ Huyện ủy Vĩnh Linh kết nạp 45 đảng viên TP. HCM")
    words = [w for w in words if not w.isspace()]
    items = crf_items(words, vt.bi_grams, vt.tri_grams)
    # python-crfsuite's reading of pyvi's dicts, with zero-valued attributes dropped
    expected = pycrfsuite.ItemSequence(vt.sent2features(words, False)).items()
    expected = [{k: v for k, v in item.items() if v != 0} for item in expected]
    assert pycrfsuite.ItemSequence(items).items() == expected
    # and known bigrams/trigrams of the lexicon are among them
    assert any("+1:word.bi_gram()" in item for item in items)


def test_words_and_spaces_matches_spacy():
    from spacy.util import get_words_and_spaces

    text = "a  b\n\nc d "
    assert words_and_spaces(["a", "b", "c", "d"], text) == get_words_and_spaces(["a", "b", "c", "d"], text)
    with pytest.raises(ValueError):
        words_and_spaces(["a", "x"], "a b")
