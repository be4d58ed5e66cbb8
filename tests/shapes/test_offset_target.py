"""The offset checks run only where a SPARQL target finds them failing
(pks:EvidenceOffsetShape, pks:SentenceOffsetShape, pks:EvidenceSpanShape), as does the sign
of a statistic's value (pks:MembershipStatisticValueShape), and so do the
SPARQL constraints of pks:SentenceShape and pks:MembershipStatisticShape: the findings
must be those of the same constraints run on every evidence, sentence and statistic, as
they were before the targets were written."""
from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import DefaultGraph, RdfFormat, Store
from rdf.sample import article, extraction
from shapes.test_shapes import EV, SENT, STAT, _add, _broken, _drop, _replace

from partykg.package_data import read_bytes
from partykg.rdf.mapping import to_triples
from partykg.validate import ONTOLOGY_DIR, validate

# the shapes as they were: the offset constraints in EvidenceShape and SentenceShape, the
# value's sign among the statistic's properties, EvidenceSpanShape on every sentence
UNTARGETED = """PREFIX sh: <http://www.w3.org/ns/shacl#>
PREFIX pks: <https://w3id.org/partykg/shapes#>
PREFIX pkg: <https://w3id.org/partykg/ontology#>
DELETE { pks:EvidenceOffsetShape sh:property ?ps } INSERT { pks:EvidenceShape sh:property ?ps }
WHERE { pks:EvidenceOffsetShape sh:property ?ps } ;
DELETE { pks:SentenceOffsetShape sh:property ?ps } INSERT { pks:SentenceShape sh:property ?ps }
WHERE { pks:SentenceOffsetShape sh:property ?ps } ;
DELETE { pks:MembershipStatisticValueShape sh:property ?ps }
INSERT { pks:MembershipStatisticPropertyShape sh:property ?ps }
WHERE { pks:MembershipStatisticValueShape sh:property ?ps } ;
DELETE { ?shape ?p ?t . ?t ?tp ?to } WHERE {
    VALUES ?shape { pks:EvidenceOffsetShape pks:SentenceOffsetShape pks:MembershipStatisticValueShape }
    ?shape ?p ?t OPTIONAL { ?t ?tp ?to } } ;
DELETE { ?shape sh:target ?t . ?t ?tp ?to } INSERT { ?shape sh:targetClass ?class }
WHERE { VALUES (?shape ?class) { (pks:EvidenceSpanShape pkg:Sentence) (pks:SentenceShape pkg:Sentence)
                                  (pks:MembershipStatisticShape pkg:MembershipStatistic) }
        ?shape sh:target ?t . ?t ?tp ?to }
"""
UNTYPED = "DELETE { ?e a pkg:Evidence } WHERE { " + EV + " } ; "
OFFSET_DEFECTS = {
    "negative-start": _replace(EV, "pkg:start", "-1"),
    "negative-end": _replace(EV, "pkg:end", "-2"),
    "start-after-end": _replace(EV, "pkg:end", "5"),
    "start-string": _replace(EV, "pkg:start", "'0'"),
    "end-iri": _replace(EV, "pkg:end", "pkr:somewhere"),
    "start-decimal-after-end": _replace(EV, "pkg:start", "1e9"),
    "two-starts-one-after-end": _add(EV, "pkg:start", "100000"),
    "no-end": _drop(EV, "pkg:end"),
    "ill-typed-start": _replace(EV, "pkg:start", "'x'^^xsd:integer"),
    "untyped-negative-start": UNTYPED + _replace("?e pkg:rule 'statistics.admitted'", "pkg:start", "-1"),
    "sentence-negative-start": _replace(SENT, "pkg:start", "-1"),
    "sentence-negative-end": _replace(SENT, "pkg:end", "-1"),
    "sentence-end-string": _replace(SENT, "pkg:end", "'10'"),
    "span-beyond-sentence": _replace(EV, "pkg:end", "100000"),
    "span-before-sentence": _replace(SENT, "pkg:start", "100"),
    "sentence-text-not-the-slice": _replace(SENT, "pkg:text", "'Một câu khác.'"),
    "sentence-end-decimal": _replace(SENT, "pkg:end", "1e3"),
    "sentence-blank-node": "DELETE { ?t ?p ?o } INSERT { _:b ?p ?o } WHERE { " + SENT + " ; ?p ?o }",
    "statistic-years-reversed": _replace(STAT, "pkg:periodStart", "'2025'^^xsd:gYear"),
    "statistic-dates-reversed": _replace(STAT, "pkg:periodStart", "'2023-12-31'^^xsd:date") + " ; "
    + _replace(STAT, "pkg:periodEnd", "'2023-01-01'^^xsd:date"),
    "statistic-year-after-date": _replace(STAT, "pkg:periodEnd", "'2022-12-31'^^xsd:date"),
    "statistic-two-starts-one-late": _add(STAT, "pkg:periodStart", "'2030'^^xsd:gYear"),
    "statistic-blank-node": "DELETE { ?s ?p ?o } INSERT { _:b ?p ?o } WHERE { " + STAT + " ; ?p ?o }",
    "statistic-negative-value": _replace(STAT, "pkg:value", "-3"),
    "statistic-negative-decimal": _replace(STAT, "pkg:value", "-0.5"),
    "statistic-value-string": _replace(STAT, "pkg:value", "'120'"),
    "statistic-value-iri": _replace(STAT, "pkg:value", "pkr:somewhere"),
    "statistic-value-ill-typed": _replace(STAT, "pkg:value", "'x'^^xsd:integer"),
    "statistic-value-double": _replace(STAT, "pkg:value", "1e3"),
    "statistic-two-values-one-negative": _add(STAT, "pkg:value", "-1"),
    "statistic-no-value": _drop(STAT, "pkg:value"),
    "untyped-statistic-negative-value": "DELETE { ?s a pkg:MembershipStatistic } WHERE { " + STAT + " } ; "
    + _replace("?s pkg:measure pkg:NewMembers", "pkg:value", "-3"),
}


@pytest.fixture(scope="module")
def untargeted_ontology(tmp_path_factory) -> Path:
    shapes = Store()
    shapes.load(read_bytes(ONTOLOGY_DIR, "shapes.ttl"), format=RdfFormat.TURTLE)
    shapes.update(UNTARGETED)
    left = """PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX pks: <https://w3id.org/partykg/shapes#>
    ASK { { ?shape sh:target ?t } UNION { pks:SentenceOffsetShape ?p ?o } UNION { pks:EvidenceOffsetShape ?p ?o }
          UNION { pks:MembershipStatisticValueShape ?p ?o } }"""
    assert not shapes.query(left), "a targeted shape is left: the comparison would prove nothing"
    out = tmp_path_factory.mktemp("untargeted")
    (out / "shapes.ttl").write_bytes(shapes.dump(format=RdfFormat.TURTLE, from_graph=DefaultGraph()) or b"")
    (out / "partykg.ttl").write_bytes(read_bytes(ONTOLOGY_DIR, "partykg.ttl"))
    return out


@pytest.mark.parametrize("name", OFFSET_DEFECTS)
def test_targets_find_what_checking_every_node_finds(untargeted_ontology, name):
    triples = _broken(to_triples(article(), extraction()), OFFSET_DEFECTS[name])
    targeted, every = validate(triples), validate(triples, ontology_dir=untargeted_ontology)
    assert every.findings, f"{name}: the defect is not one the shapes report"
    assert targeted.findings == every.findings
    assert targeted.report_turtle == every.report_turtle


@pytest.mark.parametrize("name", ["statistic-negative-value", "statistic-value-string", "statistic-value-ill-typed"])
def test_the_value_target_finds_it_with_the_reference_engine_too(monkeypatch, untargeted_ontology, name):
    # rdflib's SPARQL (pySHACL's) finds "120" >= 0 and 'x'^^xsd:integer >= 0 true
    monkeypatch.setenv("PARTYKG_SHACL", "pyshacl")
    triples = _broken(to_triples(article(), extraction()), OFFSET_DEFECTS[name])
    targeted, every = validate(triples), validate(triples, ontology_dir=untargeted_ontology)
    assert any(f.component.endswith("MinInclusiveConstraintComponent") for f in every.findings)
    assert targeted.findings == every.findings
