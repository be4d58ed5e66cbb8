"""Evidence for a fact: the sentence and character offsets in the original text."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from partykg.extract.tones import fold_tones
from partykg.model import Article, Evidence


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per doc: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("partykg.text")
    if text is None:
        text = doc.user_data["partykg.text"] = doc.text
    return text


def article_of(doc: Doc) -> Article:
    """`doc._.article`, looked up once per doc: each `doc._` builds an accessor object (microseconds,
    and evidence asks for the article of every fact it gives)."""
    article = doc.user_data.get("partykg.article")
    if article is None:
        article = doc.user_data["partykg.article"] = doc._.article
    return article


def folded_text(doc: Doc) -> str:
    """`fold_tones(doc.text)` (same length, same offsets), computed once per doc."""
    text = doc.user_data.get("partykg.folded")
    if text is None:
        text = doc.user_data["partykg.folded"] = fold_tones(doc_text(doc))
    return text


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of every sentence, computed once per doc.

    The pipeline's sentence splitter leaves them in `doc.user_data`; a doc split
    otherwise gives them from `doc.sents`. (`Span.sent` re-scans the whole doc on
    every call, which made evidence quadratic in the length of an article.)"""
    bounds = doc.user_data.get("partykg.sentences")
    if bounds is None:
        bounds = doc.user_data["partykg.sentences"] = [(s.start_char, s.end_char) for s in doc.sents]
    return bounds


def sentence_at(doc: Doc, pos: int) -> tuple[int, int]:
    """Bounds of the sentence that holds character `pos` (the whole text if none does)."""
    bounds = sentence_bounds(doc)
    starts = doc.user_data.get("partykg.sentence_starts")
    if starts is None:
        starts = doc.user_data["partykg.sentence_starts"] = [s for s, _ in bounds]
    i = bisect_right(starts, pos) - 1
    if i >= 0 and bounds[i][0] <= pos < max(bounds[i][1], bounds[i][0] + 1):
        return bounds[i]
    return 0, len(doc_text(doc))


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of a sentence of `text` without its surrounding white space."""
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    return (start + lead, end - trail) if lead < len(chunk) else (start, end)


def evidence_for(doc: Doc, start: int, end: int, rule: str) -> Evidence:
    """Evidence of the normalized-text span [start, end) of `doc`."""
    article = article_of(doc)
    bounds = sentence_at(doc, start)
    # the sentence in the original text, read once per sentence (it is the evidence of many facts)
    sentences = doc.user_data.setdefault("partykg.original_sentences", {})
    sentence = sentences.get(bounds)
    if sentence is None:
        os_start, os_end = sentence_span(article.original_text, *article.original_span(*bounds))
        sentence = sentences[bounds] = (os_start, os_end, article.original_text[os_start:os_end])
    o_start, o_end = article.original_span(start, end)
    return Evidence(
        start=o_start,
        end=o_end,
        sentence=sentence[2],
        sentence_start=sentence[0],
        sentence_end=sentence[1],
        rule=rule,
    )


def in_body(doc: Doc, start: int, end: int) -> bool:
    """True when [start, end) lies in the article body (not boilerplate, not metadata)."""
    return any(b <= start and end <= e for b, e in article_of(doc).body_spans)
