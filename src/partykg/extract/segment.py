"""Word segmentation: spaCy's Vietnamese tokenizer (pyvi), computed with less Python work.

`spacy.blank("vi")` segments with pyvi's CRF model. Per article its cost is
mostly Python: one feature dict per syllable (each syllable's lower case,
title/upper/digit tests and bi-/trigram look-ups computed up to five times),
converted key by key for python-crfsuite, and a word-to-text alignment that
copies the rest of the text for every word. `PyviTokenizer` returns the same
Doc (the same words, the same spaces) with:
- each syllable's features and each bi-/trigram look-up computed once;
- the features handed to crfsuite as the attribute names they stand for
  ("word.lower():x", "word.istitle()") instead of dicts: python-crfsuite reads
  `{"k": "x"}` as the attribute "k:x" with value 1, `{"k": True}` as "k" with
  value 1 and `{"k": False}` as "k" with value 0, and an attribute of value 0
  adds nothing to a CRF score, so leaving those out gives the same labels;
- the alignment searching from the current position instead of copying.
tests/extract/test_segment.py checks it against spaCy's tokenizer.
"""
from __future__ import annotations

import re
import string

from spacy.lang.vi import VietnameseTokenizer
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces as _spacy_words_and_spaces

# spaCy's VietnameseTokenizer.pyvi_sylabelize_with_ws, compiled once, its groups non-capturing
# (they only delimit alternatives: spaCy keeps the whole match of each)
_SYLLABLE = re.compile(
    r"\s+|" + "|".join([
        r"[A-ZĐ]+\.", r"Tp\.", r"Mr\.", r"Mrs\.", r"Ms\.", r"Dr\.", r"ThS\.",  # abbreviations
        r"==>", r"->", r"\.\.\.", r">>",  # specials
        r"\w+://[^\s]+", r"(?:[a-zA-Z0-9_.+-]+@(?:[a-zA-Z0-9-]+\.)+[a-zA-Z0-9-]+)",  # web, email
        r"\d+(?:[\.,_]\d+)+", r"[^\w\s]", r"\w+",  # digit, non_word, word
    ]), re.UNICODE)


def syllables(text: str) -> list[str]:
    """Syllables and white-space runs, as spaCy's `pyvi_sylabelize_with_ws`."""
    return _SYLLABLE.findall(text)


def crf_items(words: list[str], bi_grams, tri_grams) -> list[list[str]]:
    """pyvi's `sent2features(words, False)` as crfsuite attribute names, zero-valued ones left out."""
    n = len(words)
    low = [w.lower() for w in words]
    title = [w.istitle() for w in words]
    upper = [w.isupper() for w in words]
    # bi[i]: words i-1, i form a known bigram; tri[i]: words i-2, i-1, i a known trigram
    # (lower-casing the words one by one is lower-casing them joined: a space ends the context
    # of the one context-dependent mapping, final sigma)
    pairs = [low[i - 1] + " " + low[i] for i in range(1, n)]
    bi = [False] + [p in bi_grams for p in pairs]
    tri = [False, False][:n] + [pairs[i - 2] + " " + low[i] in tri_grams for i in range(2, n)]
    items = []
    for i in range(n):
        item = ["bias", "word.lower():" + low[i]]
        if upper[i]:
            item.append("word.isupper()")
        if title[i]:
            item.append("word.istitle()")
        if words[i].isdigit():
            item.append("word.isdigit()")
        if i > 0:
            item.append("-1:word.lower():" + low[i - 1])
            if title[i - 1]:
                item.append("-1:word.istitle()")
            if upper[i - 1]:
                item.append("-1:word.isupper()")
            if bi[i]:
                item.append("-1:word.bi_gram()")
            if i > 1 and tri[i]:
                item.append("-2:word.tri_gram()")
        if i < n - 1:
            item.append("+1:word.lower():" + low[i + 1])
            if title[i + 1]:
                item.append("+1:word.istitle()")
            if upper[i + 1]:
                item.append("+1:word.isupper()")
            if bi[i + 1]:
                item.append("+1:word.bi_gram()")
            if i < n - 2 and tri[i + 2]:
                item.append("+2:word.tri_gram()")
        items.append(item)
    return items


def words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """spaCy's `util.get_words_and_spaces`, searching from the current position."""
    if "".join("".join(words).split()) != "".join(text.split()):
        return _spacy_words_and_spaces(words, text)  # raises spaCy's error
    text_words: list[str] = []
    text_spaces: list[bool] = []
    pos = 0
    for word in words:
        if word.isspace():
            continue
        try:
            start = text.index(word, pos)
        except ValueError:
            return _spacy_words_and_spaces(words, text)  # raises spaCy's error
        if start > pos:
            text_words.append(text[pos:start])
            text_spaces.append(False)
            pos = start
        text_words.append(word)
        text_spaces.append(False)
        pos += len(word)
        if pos < len(text) and text[pos] == " ":
            text_spaces[-1] = True
            pos += 1
    if pos < len(text):
        text_words.append(text[pos:])
        text_spaces.append(False)
    return text_words, text_spaces


class PyviTokenizer(VietnameseTokenizer):
    """spaCy's pyvi tokenizer for Vietnamese, same output, less work per text."""

    def __init__(self, vocab):
        super().__init__(vocab, use_pyvi=True)
        vt = self.ViTokenizer.ViTokenizer
        self._tagger = vt.model.tagger_
        self._bi_grams, self._tri_grams = vt.bi_grams, vt.tri_grams

    def __reduce__(self):
        return PyviTokenizer, (self.vocab,)

    def __call__(self, text: str) -> Doc:
        words, spaces = words_and_spaces(self.pyvi_tokenize(text), text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pyvi_tokenize(self, text: str) -> list[str]:
        """spaCy's `VietnameseTokenizer.pyvi_tokenize`: syllables joined into words by the CRF."""
        if len(text) == 0:
            return []
        elif text.isspace():
            return [text]
        segs = syllables(text)
        words: list[str] = []
        preceding_ws: list[str] = []
        for i, token in enumerate(segs):
            if not token.isspace():
                words.append(token)
                preceding_ws.append("" if (i == 0 or not segs[i - 1].isspace()) else segs[i - 1])
        labels = self._tagger.tag(crf_items(words, self._bi_grams, self._tri_grams))
        punct = string.punctuation
        token = words[0]
        tokens = []
        for i in range(1, len(labels)):
            if (
                labels[i] == "I_W"
                and words[i] not in punct
                and words[i - 1] not in punct
                and not words[i][0].isdigit()
                and not words[i - 1][0].isdigit()
                and not (words[i][0].istitle() and not words[i - 1][0].istitle())
            ):
                token = token + preceding_ws[i] + words[i]
            else:
                tokens.append(token)
                token = words[i]
        tokens.append(token)
        return tokens
