"""pks:EvidenceOffsetShape checks an evidence's offsets only where its SPARQL target finds one
failing: the findings must be those of the same constraints run on every evidence
(EvidenceShape's own focus nodes), as they were before the target was written."""
from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import DefaultGraph, RdfFormat, Store
from rdf.sample import article, extraction
from shapes.test_shapes import EV, SENT, _add, _broken, _drop, _replace

from partykg.package_data import read_bytes
from partykg.rdf.mapping import to_triples
from partykg.validate import ONTOLOGY_DIR, validate

# the offset constraints moved back into EvidenceShape, and the targeted shape dropped
INLINE = """PREFIX sh: <http://www.w3.org/ns/shacl#>
PREFIX pks: <https://w3id.org/partykg/shapes#>
DELETE { pks:EvidenceOffsetShape sh:property ?ps } INSERT { pks:EvidenceShape sh:property ?ps }
WHERE { pks:EvidenceOffsetShape sh:property ?ps } ;
DELETE { pks:EvidenceOffsetShape ?p ?t . ?t ?tp ?to } WHERE { pks:EvidenceOffsetShape ?p ?t OPTIONAL { ?t ?tp ?to } }
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
    "sentence-negative-start": _replace(SENT, "pkg:start", "-1"),  # SentenceShape's, not an evidence's
}


@pytest.fixture(scope="module")
def inline_ontology(tmp_path_factory) -> Path:
    shapes = Store()
    shapes.load(read_bytes(ONTOLOGY_DIR, "shapes.ttl"), format=RdfFormat.TURTLE)
    before = len(shapes)
    shapes.update(INLINE)
    assert len(shapes) < before, "the offset shape was not found: the comparison would prove nothing"
    out = tmp_path_factory.mktemp("inline")
    (out / "shapes.ttl").write_bytes(shapes.dump(format=RdfFormat.TURTLE, from_graph=DefaultGraph()) or b"")
    (out / "partykg.ttl").write_bytes(read_bytes(ONTOLOGY_DIR, "partykg.ttl"))
    return out


@pytest.mark.parametrize("name", OFFSET_DEFECTS)
def test_targeted_offsets_find_what_checking_every_evidence_finds(inline_ontology, name):
    triples = _broken(to_triples(article(), extraction()), OFFSET_DEFECTS[name])
    targeted, inline = validate(triples), validate(triples, ontology_dir=inline_ontology)
    assert inline.findings, f"{name}: the defect is not one the shapes report"
    assert targeted.findings == inline.findings
    assert targeted.report_turtle == inline.report_turtle
