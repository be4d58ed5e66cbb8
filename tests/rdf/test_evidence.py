"""Evidence in the graph: every fact leads to its sentence, and the offsets slice the file.

The article is run through the real ingest -> extract -> mapping, on a file
whose text normalization changes (NFD tones, old tone placement, CRLF, no-break
and zero-width spaces, indented sentences), so the offsets must be the file's
own, not the normalized text's. Names are invented (a fictitious district).
"""
from __future__ import annotations

import re
import unicodedata

import pytest
from pyoxigraph import DefaultGraph, Quad, Store
from rdf.sample import TEXT, article, extraction

from partykg.extract import extract
from partykg.extract.evidence import sentence_span
from partykg.ingest.read import build_article
from partykg.model import Evidence
from partykg.rdf.mapping import article_iri, to_triples
from partykg.rdf.namespaces import PKG

ORIGINAL = unicodedata.normalize("NFD", "Huyện uỷ Sông Xanh tăng cường công tác phát triển đảng viên\r\n\r\n"
                                        "30/12/2023\r\n\r\n") + (
    "  Năm 2023, Đảng bộ huyện Sông Xanh\u00a0kết nạp 120 đảng viên mới, đạt 105% chỉ tiêu.\r\n\r\n"
    "Theo đồng chí Lê\u200b Văn Hoà, Bí thư Huyện uỷ Sông Xanh, huyện đã thực hiện tốt Chỉ thị số 05-CT/TW "
    "của Bộ Chính trị.  Đảng bộ huyện Sông Xanh hiện có 45 tổ chức cơ sở đảng.\r\n")

# every evidence of every fact, with its sentence and the sentence's article
ROWS = """PREFIX pkg: <https://w3id.org/partykg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?fact ?e ?start ?end ?rule ?st ?text ?ss ?se ?article ?quote WHERE {
  ?fact pkg:evidence ?e .
  ?e a pkg:Evidence ; pkg:start ?start ; pkg:end ?end ; pkg:rule ?rule ; pkg:sentence ?st .
  ?st a pkg:Sentence ; pkg:text ?text ; pkg:start ?ss ; pkg:end ?se ; dcterms:isPartOf ?a .
  ?a dcterms:identifier ?article .
  BIND(SUBSTR(?text, ?start - ?ss + 1, ?end - ?start) AS ?quote)
}"""


def _store(triples) -> Store:
    store = Store()
    store.extend(Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in triples)
    return store


@pytest.fixture(scope="module")
def mapped(nlp):
    a = build_article("t002_evidence", "t002_evidence.txt", ORIGINAL, "0")
    triples = to_triples(a, extract(a, nlp))
    rows = [{k: r[k].value for k in ("fact", "e", "start", "end", "rule", "st", "text", "ss", "se", "article",
                                     "quote")} for r in _store(triples).query(ROWS)]
    return a, triples, rows


def test_every_fact_leads_to_its_sentence_and_offsets_slice_the_file(mapped):
    a, triples, rows = mapped
    facts = {t.subject.value for t in triples if t.predicate == PKG.evidence}
    assert facts and {r["fact"] for r in rows} == facts  # no evidence lacks its sentence or offsets
    for r in rows:
        start, end, ss, se = (int(r[k]) for k in ("start", "end", "ss", "se"))
        assert r["article"] == "t002_evidence"
        assert ss <= start < end <= se
        assert ORIGINAL[ss:se] == r["text"]  # the sentence is the file's exact text at its offsets
        assert ORIGINAL[start:end] == r["quote"]  # so the span's words are a slice of it
        assert r["text"] == r["text"].strip() and r["rule"]
    quotes = {r["quote"] for r in rows}
    # the file's own spelling, not the normalized one
    assert "Lê\u200b Văn Hoà, Bí thư Huyện uỷ Sông Xanh" in quotes
    assert "kết nạp 120 đảng viên" in quotes and "Chỉ thị số 05-CT/TW" in quotes


def test_a_sentence_is_described_once_and_shared_by_its_facts(mapped):
    a, triples, rows = mapped
    sentences = {r["st"] for r in rows}
    assert len(sentences) < len({r["e"] for r in rows})  # several facts per sentence
    texts = [t for t in triples if t.predicate == PKG.text]
    assert len(texts) == len(sentences)  # each sentence's text once, however many facts it states
    assert len({t.object.value for t in texts}) == len(sentences)
    # the memberships, the person, the organizations and the document of one sentence share it
    by_quote = {r["quote"]: r["st"] for r in rows}
    assert by_quote["Lê\u200b Văn Hoà"] == by_quote["Chỉ thị số 05-CT/TW"] == by_quote["Bộ Chính trị"]


def test_mapping_is_deterministic_with_sentence_nodes(mapped, nlp):
    a, triples, _ = mapped
    assert to_triples(a, extract(a, nlp)) == triples


def test_an_indented_sentence_is_stored_without_its_white_space():
    text = "Câu một.  \r\n  Câu hai có Huyện ủy Sông Xanh.\r\n"
    s = text.index("  Câu hai")
    assert sentence_span(text, s, len(text)) == (text.index("Câu hai"), text.index("\r\n", s))
    assert sentence_span(text, 0, 0) == (0, 0)
    assert sentence_span("   ", 0, 3) == (0, 3)  # nothing to strip to: left as is (the shapes report it)


def test_the_same_span_by_the_same_rule_is_one_evidence_node():
    ex = extraction()
    dup = ex.persons[0].evidence[0]
    ex.persons[0].evidence.append(Evidence(**vars(dup)))  # an exact duplicate
    ex.memberships[0].evidence.append(dup)  # another fact citing the same span and rule
    triples = to_triples(article(), ex)
    ev_nodes = {t.subject for t in triples if t.predicate == PKG.rule}
    assert ev_nodes == {t.subject for t in to_triples(article(), extraction()) if t.predicate == PKG.rule}
    # both facts point at the one node, which is described once
    cited = [t for t in triples if t.predicate == PKG.evidence and t.object.value.endswith("/persons.title")]
    assert len(cited) == 2 and len({t.object for t in cited}) == 1
    assert sum(t.predicate == PKG.start and t.subject == cited[0].object for t in triples) == 1


def test_sample_evidence_compact_shape():
    """Per evidence: its type, span, rule and sentence; per sentence: type, article, span, text."""
    triples = to_triples(article(), extraction())
    store = _store(triples)
    r, = store.query("""PREFIX pkg: <https://w3id.org/partykg/ontology#>
        SELECT ?e ?st WHERE { ?f a pkg:MembershipStatistic ; pkg:measure pkg:NewMembers ; pkg:evidence ?e .
                              ?e pkg:sentence ?st }""")
    e, st = r["e"], r["st"]
    def local(node):
        return sorted(re.split("[#/]", t.predicate.value)[-1] for t in triples if t.subject == node)
    assert local(e) == ["end", "rule", "sentence", "start", "type"]
    assert local(st) == ["end", "isPartOf", "start", "text", "type"]
    assert e.value == "https://w3id.org/partykg/id/evidence/t001_sample/" \
        f"{TEXT.index('kết nạp 120')}-{TEXT.index('kết nạp 120') + len('kết nạp 120 đảng viên')}/statistics.admitted"
    assert st.value == f"https://w3id.org/partykg/id/sentence/t001_sample/0-{len(TEXT)}"
    assert any(t.subject == st and t.object == article_iri("t001_sample") for t in triples)
