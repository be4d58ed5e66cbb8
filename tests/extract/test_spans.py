"""Mentions as spaCy spans (extract/spans.py), on sentences written for the tests."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from partykg.extract.spans import longest_mentions, mention_span, record_spans, to_spans

TEXT = "Ban Thường vụ Huyện ủy Mường Tè kết nạp 12 ĐV. Chi bộ thôn Nà Hừ có 9 đảng viên."


@dataclass
class Mention:
    start: int
    end: int
    name: str = ""
    rule: str = ""


def _at(text: str, phrase: str, rule: str = "", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Mention(start, start + len(phrase), phrase, rule)


@pytest.fixture()
def doc(nlp):
    return nlp.make_doc(TEXT)


def test_a_mention_becomes_the_tokens_it_covers(doc):
    span = mention_span(doc, TEXT.index("Huyện"), TEXT.index(" Mường"), label="PartyCommittee",
                        kb_id="Huyện ủy Mường Tè", rule="organizations.committee")
    assert (span.text, span.label_, span.kb_id_, span.id_) == (
        "Huyện ủy", "PartyCommittee", "Huyện ủy Mường Tè", "organizations.committee")


def test_a_bound_inside_a_token_widens_to_the_token(doc):
    # "ĐV." is one token: a mention of "ĐV" without its period takes the period along
    span = mention_span(doc, TEXT.index("12"), TEXT.index("ĐV") + 2)
    assert span.text == "12 ĐV."
    assert mention_span(doc, 5, 5) is None


def test_record_spans_fills_doc_spans(doc):
    mentions = [_at(TEXT, "Ban Thường vụ Huyện ủy Mường Tè", "organizations.standing"),
                _at(TEXT, "Chi bộ thôn Nà Hừ", "organizations.cell")]
    spans = record_spans(doc, "organizations", mentions, label=lambda m: "Org", kb_id="name")
    assert [s.text for s in doc.spans["organizations"]] == [m.name for m in mentions]
    assert [(s.label_, s.kb_id_, s.id_) for s in spans] == [
        ("Org", "Ban Thường vụ Huyện ủy Mường Tè", "organizations.standing"),
        ("Org", "Chi bộ thôn Nà Hừ", "organizations.cell")]


def test_to_spans_reads_tuples_through_functions(doc):
    mentions = [(TEXT.index("Mường"), TEXT.index(" kết"), "district", "Mường Tè")]
    spans = to_spans(doc, mentions, start=lambda m: m[0], end=lambda m: m[1], label=lambda m: m[2],
                     kb_id=lambda m: m[3], rule=None)
    assert [(s.text, s.label_, s.kb_id_, s.id_) for s in spans] == [("Mường Tè", "district", "Mường Tè", "")]


def test_the_longest_mention_wins(doc):
    whole = _at(TEXT, "Ban Thường vụ Huyện ủy Mường Tè")
    inner = _at(TEXT, "Huyện ủy Mường Tè")
    place = _at(TEXT, "Mường Tè")
    cell = _at(TEXT, "Chi bộ thôn Nà Hừ")
    assert longest_mentions(doc, [cell, inner, place, whole]) == [whole, cell]


def test_overlapping_mentions_keep_the_longer_then_the_first_in_text(nlp):
    text = "Hội Nông dân xã Tà Xùa huyện Bắc Yên"
    doc = nlp.make_doc(text)
    a = _at(text, "Hội Nông dân xã Tà Xùa")      # 6 tokens
    b = _at(text, "xã Tà Xùa huyện Bắc Yên")      # 6 tokens, overlaps a, starts later
    c = _at(text, "huyện Bắc Yên")
    assert longest_mentions(doc, [b, a, c]) == [a, c]


def test_at_the_same_span_the_first_given_wins_or_all_are_kept(doc):
    first = _at(TEXT, "Chi bộ thôn Nà Hừ", "organizations.cell")
    second = _at(TEXT, "Chi bộ thôn Nà Hừ", "organizations.village")
    assert longest_mentions(doc, [first, second]) == [first]
    assert longest_mentions(doc, [first, second], keep_same_span=True) == [first, second]


def test_mentions_that_do_not_touch_are_all_kept_in_text_order(doc):
    a, b = _at(TEXT, "Ban Thường vụ"), _at(TEXT, "đảng viên")
    assert longest_mentions(doc, [b, a]) == [a, b]
    assert longest_mentions(doc, []) == []
