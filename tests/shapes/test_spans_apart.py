"""The evidence and sentence nodes validated apart (validate._Spans): a mapped article's pass the
Python checks, its own triples leave the engine's data and the six shapes of those nodes its shapes;
any defect the six shapes report sends the graph back to every shape, and the findings are the same
either way."""
from __future__ import annotations

import pytest
import rdflib
from rdf.sample import article, extraction
from shapes.test_offset_target import OFFSET_DEFECTS
from shapes.test_shapes import EV, SENT, _add, _broken, _drop, _replace

from partykg.rdf.mapping import to_triples
from partykg.rdf.namespaces import PKG, RDF
from partykg.validate import ONTOLOGY_DIR, SPAN_SHAPES, _load, _prepared, _Spans, validate

SPAN_DEFECTS = {**{k: v for k, v in OFFSET_DEFECTS.items() if not k.startswith(("statistic", "untyped-statistic"))},
                "no-rule": _drop(EV, "pkg:rule"),
                "rule-tagged": _replace(EV, "pkg:rule", "'x'@vi"),
                "two-rules": _add(EV, "pkg:rule", "'other.rule'"),
                "no-sentence-of-evidence": _drop(EV, "pkg:sentence"),
                "sentence-no-article": _drop(SENT, "dcterms:isPartOf"),
                "sentence-no-text": _drop(SENT, "pkg:text"),
                "sentence-empty-text": _replace(SENT, "pkg:text", "''"),
                # (no finding: its rule and sentence entail the type; the checks want it stated)
                "evidence-untyped": "DELETE { ?e a pkg:Evidence } WHERE { " + EV + " }"}


@pytest.fixture(scope="module")
def spans():
    spans = _prepared(ONTOLOGY_DIR).spans
    assert spans is not None, "the shapes no longer let the evidence and sentence nodes be apart"
    return spans


def test_a_mapped_article_is_validated_apart(spans):
    triples = to_triples(article(), extraction())
    found = spans.nodes(triples)
    assert found is not None
    withheld, kept = found
    typed = {t.subject for t in triples if t.predicate == RDF.type and t.object in (PKG.Evidence, PKG.Sentence)}
    assert withheld == typed and typed
    assert all(triples[i].subject not in withheld for i in kept)
    assert len(kept) == sum(t.subject not in withheld for t in triples)


@pytest.mark.parametrize("name", SPAN_DEFECTS)
def test_a_defect_of_theirs_sends_the_graph_to_every_shape(monkeypatch, spans, name):
    triples = _broken(to_triples(article(), extraction()), SPAN_DEFECTS[name])
    assert spans.nodes(triples) is None
    apart = validate(triples)
    monkeypatch.setattr(_prepared(ONTOLOGY_DIR), "spans", None)
    whole = validate(triples)
    assert whole.findings or name == "evidence-untyped", f"{name}: not a defect the shapes report"
    assert apart.findings == whole.findings and apart.report == whole.report


@pytest.mark.parametrize("update", [
    "DELETE { ?s pkg:evidence ?e } WHERE { ?s a pkg:MembershipStatistic ; pkg:evidence ?e }",  # a warning
    "DELETE { ?p foaf:name ?n } WHERE { ?p a foaf:Person ; foaf:name ?n }"])
def test_the_other_shapes_find_the_same_without_the_evidence(monkeypatch, spans, update):
    triples = _broken(to_triples(article(), extraction()), update)
    assert spans.nodes(triples) is not None
    apart = validate(triples)
    monkeypatch.setattr(_prepared(ONTOLOGY_DIR), "spans", None)
    whole = validate(triples)
    assert whole.findings
    assert apart.findings == whole.findings and apart.report == whole.report


def test_an_edit_of_their_shapes_turns_the_checks_apart_off():
    # nodes() mirrors the six shapes as written: a constraint added to one of them (here a sentence's text
    # at most 10 characters) is one nodes() does not check, so every shape runs again
    prepared = _prepared(ONTOLOGY_DIR)
    shapes = _load(ONTOLOGY_DIR)[0]
    edited = shapes + shapes  # (a copy)
    pks, sh = rdflib.Namespace("https://w3id.org/partykg/shapes#"), rdflib.Namespace("http://www.w3.org/ns/shacl#")
    assert "SentencePropertyShape" in SPAN_SHAPES
    text_property = next(p for p in edited.objects(pks.SentencePropertyShape, sh.property)
                         if edited.value(p, sh.path) == rdflib.URIRef(PKG.text.value))
    edited.add((text_property, sh.maxLength, rdflib.Literal(10)))
    assert _Spans.apart(shapes + shapes, prepared.superclasses, prepared.rules) is not None
    assert _Spans.apart(edited, prepared.superclasses, prepared.rules) is None


def test_a_shape_that_uses_one_of_theirs_turns_the_checks_apart_off():
    # "sh:node pks:EvidenceShape" in another shape: with the six apart, it would point to a shape gone
    prepared = _prepared(ONTOLOGY_DIR)
    edited = _load(ONTOLOGY_DIR)[0] + _load(ONTOLOGY_DIR)[0]
    pks, sh = rdflib.Namespace("https://w3id.org/partykg/shapes#"), rdflib.Namespace("http://www.w3.org/ns/shacl#")
    edited.add((pks.QuoteShape, sh.targetObjectsOf, rdflib.URIRef("http://purl.org/dc/terms/creator")))
    edited.add((pks.QuoteShape, sh.node, pks.EvidenceShape))
    assert _Spans.apart(edited, prepared.superclasses, prepared.rules) is None


def test_an_ontology_whose_other_predicates_entail_their_types_turns_the_checks_apart_off():
    # a predicate of the ontology with the range pkg:Sentence: its objects would be sentences the six shapes check
    prepared = _prepared(ONTOLOGY_DIR)
    shapes = _load(ONTOLOGY_DIR)[0]
    quotes = {**prepared.rules, PKG.quotes: ((), (), (PKG.Sentence,))}
    assert _Spans.apart(shapes, prepared.superclasses, prepared.rules) is not None
    assert _Spans.apart(shapes, prepared.superclasses, quotes) is None


def test_a_run_s_validation_of_a_mapped_article_takes_the_checks_apart(monkeypatch, spans):
    # what a run passes (the mapping's triples and their N-Triples): the engine gets the shapes without the six
    from partykg.rdf.mapping import to_graph
    triples, nt = to_graph(article(), extraction())
    engines = []
    for compiled in (spans.shapes, _prepared(ONTOLOGY_DIR).shapes):
        native = compiled._native
        monkeypatch.setattr(compiled, "_native", _Spy(native, engines, compiled is spans.shapes))
    validate(triples, nt=nt)
    assert engines == [True]


class _Spy:
    """A compiled shapes' engine that notes which one was asked (True: the shapes without the six)."""

    def __init__(self, native, asked: list, apart: bool):
        self.native, self.asked, self.apart = native, asked, apart

    def validate(self, *args):
        self.asked.append(self.apart)
        return self.native.validate(*args)
