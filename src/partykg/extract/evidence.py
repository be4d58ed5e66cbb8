"""Evidence for a fact: the sentence and character offsets in the original text."""
from __future__ import annotations

from spacy.tokens import Doc

from partykg.model import Evidence


def evidence_for(doc: Doc, start: int, end: int, rule: str) -> Evidence:
    """Evidence of the normalized-text span [start, end) of `doc`."""
    article = doc._.article
    span = doc.char_span(start, end, alignment_mode="expand")
    sent = span.sent if span is not None else doc[:]
    s_start, s_end = sent.start_char, sent.end_char
    o_start, o_end = article.original_span(start, end)
    os_start, os_end = article.original_span(s_start, s_end)
    return Evidence(
        start=o_start,
        end=o_end,
        sentence=article.original_text[os_start:os_end].strip(),
        sentence_start=os_start,
        sentence_end=os_end,
        rule=rule,
    )


def in_body(doc: Doc, start: int, end: int) -> bool:
    """True when [start, end) lies in the article body (not boilerplate, not metadata)."""
    return any(b <= start and end <= e for b, e in doc._.article.body_spans)
