"""Tokens and sentences: Vietnamese syllables, and sentence bounds from a table of exceptions.

No rule reads words: every component matches regular expressions on the text
and aligns its offsets to tokens (extract/text.py). Word segmentation (pyvi's
CRF, spaCy's default for "vi") fed only the sentence splitter and cost most of
extraction's time, so the pipeline tokenizes into syllables instead: the
pieces spaCy's Vietnamese tokenizer hands to pyvi, before pyvi joins them into
words ("Hà", "Nội", "TP.", "1.318", "12.3.2024").

Sentences are read off the text, not off the tokens: a sentence ends at
. ! ? … (with the closing quotes or brackets after them) followed by white
space, or at a line break. A period does not end a sentence
- after an abbreviation that stands before a name ("TP. Huế", "PGS.TS. Lê A"):
  resources/sentence_abbreviations.tsv lists them;
- after one capital letter that follows a capitalized word or opens the line, an
  initial ("Nguyễn V. An", "T. Lĩnh"; but "Đại hội lần thứ I. Đại hội ..." ends);
and no end mark ends one before a word in lower case: a Vietnamese sentence
opens with a capital ("v.v. và", "tăng 5%… và"); nor a dotted leader before a
figure on its line ("Kết nạp mới ........ 3").
A period with no white space after it ends nothing ("1.318", "12.3.2024", "Th.S", "x.vn").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, cast

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from partykg.extract.lexicon import table
from partykg.extract.text import LOWER, UPPER

if TYPE_CHECKING:
    from thinc.types import Ints2d

# spaCy's VietnameseTokenizer.pyvi_sylabelize_with_ws, compiled once, its groups non-capturing
# (they only delimit alternatives: spaCy keeps the whole match of each)
_PIECE = r"\s+|" + "|".join([
    r"[A-ZĐ]+\.", r"Tp\.", r"Mr\.", r"Mrs\.", r"Ms\.", r"Dr\.", r"ThS\.",  # abbreviations
    r"==>", r"->", r"\.\.\.", r">>",  # specials
    r"\w+://[^\s]+", r"(?:[a-zA-Z0-9_.+-]+@(?:[a-zA-Z0-9-]+\.)+[a-zA-Z0-9-]+)",  # web, email
    r"\d+(?:[\.,_]\d+)+", r"[^\w\s]", r"\w+",  # digit, non_word, word
])
_SYLLABLE = re.compile(_PIECE, re.UNICODE)
# Most pieces are plain syllables, which the pattern above reaches only at its last alternative,
# `\w+`, after trying the others. A word that opens with a letter and is followed by none of
# `\w . : + @ -` can be no abbreviation (those end in a period), web address (`://`), e-mail
# address (`@`, or `. + -` before it) or number (a digit first): its piece is the whole word, as
# `\w+` gives it. Tried first, it takes those at once.
_PLAIN_SYLLABLE = r"[^\W\d_]\w*(?![\w.:+@-])"
_WORD_PIECE = re.compile(f"{_PLAIN_SYLLABLE}|{_PIECE}", re.UNICODE)


def syllables(text: str) -> list[str]:
    """Syllables and white-space runs, as spaCy's `pyvi_sylabelize_with_ws`."""
    return _SYLLABLE.findall(text)


class SyllableTokenizer(Tokenizer):
    """Vietnamese syllables as tokens: the pieces of spaCy's tokenizer for "vi" (its
    `pyvi_sylabelize_with_ws` and `get_words_and_spaces`) without pyvi's word joining.

    It is spaCy's own rule-based tokenizer, which splits the text at white space as those do (one
    space after a word is the word's trailing space, any other white space a token of its own),
    with no prefixes, suffixes or exceptions, and the syllable pieces as its "infixes": every
    piece of a word becomes a token. It caches the tokens of each word it has split (10,000
    words: spaCy's default), so a word seen before costs a hash lookup in C, where a Python pass
    cost a regex match, two strings and a lookup for every token (0.8 CPU ms an article -> 0.25)."""

    def __init__(self, vocab):
        super().__init__(vocab, infix_finditer=_WORD_PIECE.finditer)

    def __reduce__(self):
        return SyllableTokenizer, (self.vocab,)


@registry.tokenizers("partykg.SyllableTokenizer.v1")
def create_syllable_tokenizer():
    def make(nlp):
        return SyllableTokenizer(nlp.vocab)
    return make


# --- sentences ---------------------------------------------------------------

_CLOSERS = "\"'”’»)\\]"
# a run of end marks and the closers after it, then white space (or the end); or a line break.
# Written as one class, then what follows a mark: a pattern that opens with a class is searched by
# skipping to that class's next character (`[.!?…]+...|\n` was tried at every character)
_END = re.compile(rf"[.!?…\n](?:(?<=\n)|(?<!\n)[.!?…]*[{_CLOSERS}]*(?=\s|$))")
# the word an end mark closes: everything back to white space or an opening bracket/quote
_WORD_BEFORE = re.compile(r"[^\s(\[\"'“‘«]*\Z")
_INITIAL = re.compile(rf"[{UPPER}]")
_LOWER_NEXT = re.compile(rf"\s*[{LOWER}]")
# a dotted leader to a figure on its line ("Tổng số đảng viên .......... 31", as forms and lists of figures print them)
_LEADER = re.compile(r"(?:\.{3,}|…+)")
_FIGURE_NEXT = re.compile(r"[ \t]*\d")


@lru_cache(maxsize=1)
def name_abbreviations() -> frozenset[str]:
    """Abbreviations written before a name, whose period ends no sentence (without the period)."""
    return frozenset(row["abbreviation"].rstrip(".") for row in table("sentence_abbreviations.tsv"))


def _abbreviation(word: str, before: str, abbreviations: frozenset[str]) -> bool:
    """"TP", "PGS.TS", "Th.S" or an initial "V" (after `before`, the line up to it): a word
    whose period is not the end of a sentence."""
    if word in abbreviations or word.rpartition(".")[2] in abbreviations:
        return True
    if len(word) == 1 and _INITIAL.match(word):
        previous = before.rsplit(None, 1)[-1] if before.strip() else ""
        return not previous or not previous[0].islower()  # "Trần V. Hà", not "lần thứ V."
    return False


def sentence_ends(text: str, abbreviations: frozenset[str] | None = None) -> list[int]:
    """Offsets where a sentence of `text` ends (after its end marks, or at a line break)."""
    if abbreviations is None:
        abbreviations = name_abbreviations()
    ends = []
    for m in _END.finditer(text):
        mark = m.group()
        if mark != "\n":
            if _LOWER_NEXT.match(text, m.end()):
                continue  # "v.v. và ...", "đạt 90%… và ...": no sentence starts in lower case
            if _LEADER.fullmatch(mark) and _FIGURE_NEXT.match(text, m.end()):
                continue  # "Kết nạp mới ...... 3": a leader to the label's figure
            if mark == ".":
                line_start = text.rfind("\n", 0, m.start()) + 1
                before_mark = _WORD_BEFORE.search(text, max(line_start, m.start() - 40), m.start())
                assert before_mark is not None  # it matches the empty string at the end
                word = before_mark.group()
                before = text[max(line_start, m.start() - len(word) - 40):m.start() - len(word)]
                if _abbreviation(word, before, abbreviations):
                    continue
        ends.append(m.end() if mark != "\n" else m.start())
    return ends


def sentence_spans(text: str, abbreviations: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """(start, end) of every sentence of `text`, without the white space around it."""
    out = []
    start = 0
    for end in sentence_ends(text, abbreviations) + [len(text)]:
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            s = start + len(chunk) - len(chunk.lstrip())
            out.append((s, s + len(stripped)))
        start = end
    return out


def set_sentences(doc: Doc, spans: list[tuple[int, int]]) -> None:
    """Mark the first token of each sentence (`token.is_sent_start`), the others not."""
    if not len(doc):
        return
    token_starts = doc.to_array(IDX).tolist()
    flags = numpy.full((len(doc), 1), -1, dtype="int32")
    flags[0, 0] = 1
    for s, _e in spans:
        i = bisect_left(token_starts, s)
        if i < len(token_starts):
            flags[i, 0] = 1
    doc.from_array([SENT_START], cast("Ints2d", flags.astype("uint64")))  # a numpy array is one
