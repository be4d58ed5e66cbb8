"""The turbo path's shortcut for RDFS inference (validate._Prepared) reports what full inference reports.

The reference engine mixes the whole ontology into every graph and runs RDFS
inference over the union; the turbo path closes the ontology once and adds per
graph only the entailments a shape can observe. These tests build graphs whose
findings depend on each kind of entailment and check both engines agree, on
our shapes and on a small ontology/shapes pair made for the purpose.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, RdfFormat, Triple, parse
from rdf.sample import article, extraction
from shapes.test_shapes import _broken

import partykg.validate as V
from partykg.rdf.mapping import to_triples

PKG = "https://w3id.org/partykg/ontology#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _both(monkeypatch, triples, ontology_dir: Path = V.ONTOLOGY_DIR):
    reports = []
    for engine in ("turbo", "pyshacl"):
        monkeypatch.setenv("PARTYKG_SHACL", engine)
        r = V.validate(triples, ontology_dir=ontology_dir)
        reports.append((r.conforms, r.findings, r.report_turtle))
    assert reports[0] == reports[1]
    return reports[0][1]


@pytest.fixture(scope="module")
def sample():
    return to_triples(article(), extraction())


# --------------------------------------------------------------- our shapes
CASES = {
    # a node typed only by a subclass is still a target (sh:targetClass follows
    # rdfs:subClassOf* in the data graph, where the ontology's hierarchy is)
    "subclass-typed-org-without-label": (
        "DELETE { ?o skos:prefLabel ?l } WHERE { ?o a pkg:PartyCommittee ; skos:prefLabel ?l }",
        "prefLabel"),
    # rdfs:domain types an untyped node: pkg:value makes a pkg:MembershipStatistic
    "untyped-statistic-negative": (
        "DELETE { ?s a pkg:MembershipStatistic ; pkg:value ?v } INSERT { ?s pkg:value -3 }"
        " WHERE { ?s a pkg:MembershipStatistic ; pkg:value ?v }", "value"),
    # ... and pkg:sentence a pkg:Evidence: the sh:class pkg:Evidence of the evidence
    # shape holds, only the dropped rule is reported
    "untyped-evidence-without-rule": (
        "DELETE { ?e a pkg:Evidence ; pkg:rule ?r } WHERE { ?e a pkg:Evidence ; pkg:rule ?r }", "rule"),
    # rdfs:subPropertyOf: pkg:adminCode is a dcterms:identifier, one too many on an article
    "article-with-admin-code": (
        "INSERT { ?a pkg:adminCode '12' } WHERE { ?a a schema:NewsArticle }", "identifier"),
    # the ontology's named individuals are in the graph: a class is no measure
    "measure-is-a-class": (
        "DELETE { ?s pkg:measure ?m } INSERT { ?s pkg:measure pkg:PartyCell } WHERE { ?s pkg:measure ?m }",
        "measure"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_entailment_kinds_report_as_with_full_inference(monkeypatch, sample, name):
    update, where = CASES[name]
    findings = _both(monkeypatch, _broken(sample, update))
    assert any((f.path or "").endswith(where) for f in findings), findings


def test_a_measure_of_the_ontology_is_documented(monkeypatch, sample):
    update = ("DELETE { ?s pkg:measure ?m } INSERT { ?s pkg:measure pkg:GrassrootsPartyCells }"
              " WHERE { ?s pkg:measure ?m }")
    assert _both(monkeypatch, _broken(sample, update)) == []


def test_entailed_adds_what_a_shape_can_observe():
    prepared = V._prepared(V.ONTOLOGY_DIR)
    ev, place = NamedNode("https://example.org/ev"), NamedNode("https://example.org/place")
    triples = [Triple(ev, NamedNode(PKG + "sentence"), NamedNode("https://example.org/sentence")),
               Triple(ev, NamedNode(PKG + "rule"), Literal("documents.numbered")),
               Triple(place, TYPE, NamedNode(PKG + "AdministrativeUnit")),
               Triple(place, NamedNode(PKG + "adminCode"), Literal("12"))]
    assert set(prepared.entailed(triples)) == {
        Triple(ev, TYPE, NamedNode(PKG + "Evidence")),  # once for its two properties
        Triple(place, NamedNode("http://purl.org/dc/terms/identifier"), Literal("12"))}
    # not the place's type (pkg:adminCode's domain: the graph says it already), no superclass
    # types (pkg:Evidence is an oa:Annotation), no rdfs:Resource
    assert len(prepared.entailed(triples)) == 2


def test_our_shapes_need_no_more_than_the_per_graph_entailments():
    prepared = V._prepared(V.ONTOLOGY_DIR)
    assert prepared.complete
    reads = V._Reads(V._load(V.ONTOLOGY_DIR)[0])
    assert not reads.mentions(NamedNode(RDFS + "label"))  # dropped from the mixed-in ontology
    assert reads.mentions(NamedNode("http://www.w3.org/2004/02/skos/core#inScheme"))
    assert not reads.mentions(NamedNode("http://www.w3.org/ns/org#Organization"))  # targetClass only
    # a query's pkg:value names that IRI, not every term whose local name is "value"
    assert reads.mentions(NamedNode(PKG + "value")) and not reads.mentions(NamedNode("https://schema.org/value"))
    ontology_nt = prepared.ontology_nt.decode("utf-8")  # N-Triples bytes, as the engine's input is put together
    assert "rdfs#label" not in ontology_nt and f"{RDFS}subClassOf" in ontology_nt
    # types no shape can tell apart stay out of the mixed-in ontology; a measure's skos:Concept stays
    for unread in ("owl#Class", "owl#NamedIndividual", f"{RDFS}Resource"):
        assert unread not in ontology_nt
    assert f"<{PKG}NewMembers> <{TYPE.value}> <http://www.w3.org/2004/02/skos/core#Concept>" in ontology_nt


def test_super_properties_no_shape_reads_are_not_entailed():
    # pkg:value is a schema:value, pkg:measure a schema:variableMeasured: no shape reads those
    s = NamedNode("https://example.org/statistic")
    triples = [Triple(s, TYPE, NamedNode(PKG + "MembershipStatistic")),
               Triple(s, NamedNode(PKG + "value"), Literal("3", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
               Triple(s, NamedNode(PKG + "measure"), NamedNode(PKG + "NewMembers"))]
    assert V._prepared(V.ONTOLOGY_DIR).entailed(triples) == []


# ------------------------------------------------ a small ontology of our own
PREFIXES = """@prefix ex: <https://example.org/> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
"""
ONTOLOGY = PREFIXES + """
ex:Sub a owl:Class ; rdfs:subClassOf ex:Super .
ex:Super a owl:Class .
ex:code a owl:DatatypeProperty ; rdfs:domain ex:Sub .
"""
NAMED_SHAPE = """
ex:NameShape a sh:NodeShape ; sh:targetClass ex:Super ;
    sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:message "needs a name"@en ] .
"""
# explicit types, as a SPARQL query sees them: ex:Super only by inference from ex:Sub
SPARQL_SHAPE = """
ex:SparqlShape a sh:NodeShape ; sh:targetSubjectsOf ex:code ;
    sh:sparql [ a sh:SPARQLConstraint ; sh:message "typed ex:Super"@en ;
        sh:select "SELECT $this WHERE { $this a <https://example.org/Super> . }" ] .
"""
# every node is an rdfs:Resource: a per-graph entailment the turbo path leaves out
RESOURCE_SHAPE = """
ex:ResourceShape a sh:NodeShape ; sh:targetClass rdfs:Resource ;
    sh:property [ sh:path ex:name ; sh:maxCount 0 ; sh:message "no names"@en ] .
"""
DATA = """<https://example.org/a> a <https://example.org/Sub> .
<https://example.org/b> <https://example.org/code> "1" .
<https://example.org/c> a <https://example.org/Super> ; <https://example.org/name> "C" .
"""


def _ontology_dir(tmp_path: Path, shapes: str, ontology: str = ONTOLOGY) -> Path:
    (tmp_path / "partykg.ttl").write_text(ontology)
    (tmp_path / "shapes.ttl").write_text(PREFIXES + shapes)
    return tmp_path


def _data():
    return list(parse(DATA, format=RdfFormat.TURTLE))


def test_subclass_and_domain_typed_nodes_are_targets(monkeypatch, tmp_path):
    findings = _both(monkeypatch, _data(), _ontology_dir(tmp_path, NAMED_SHAPE))
    assert [f.focus for f in findings] == ["https://example.org/a", "https://example.org/b"]


def test_a_superclass_a_query_names_is_asserted(monkeypatch, tmp_path):
    ontology_dir = _ontology_dir(tmp_path, SPARQL_SHAPE)
    assert V._prepared(ontology_dir).complete
    findings = _both(monkeypatch, _data(), ontology_dir)
    assert [f.focus for f in findings] == ["https://example.org/b"]  # ex:code -> ex:Sub -> ex:Super


def test_shapes_reading_the_rdfs_vocabulary_run_the_reference_engine(monkeypatch, tmp_path):
    ontology_dir = _ontology_dir(tmp_path, RESOURCE_SHAPE)
    assert not V._prepared(ontology_dir).complete
    findings = _both(monkeypatch, _data(), ontology_dir)
    assert [f.focus for f in findings] == ["https://example.org/c"]


def test_a_graph_with_a_schema_of_its_own_runs_the_reference_engine(monkeypatch, tmp_path):
    data = _data() + list(parse("""<https://example.org/Other> <http://www.w3.org/2000/01/rdf-schema#subClassOf>
        <https://example.org/Super> . <https://example.org/d> a <https://example.org/Other> .""",
                                format=RdfFormat.TURTLE))
    with pytest.raises(NotImplementedError):
        V._prepared(V.ONTOLOGY_DIR).entailed(data)
    findings = _both(monkeypatch, data, _ontology_dir(tmp_path, NAMED_SHAPE))
    assert "https://example.org/d" in [f.focus for f in findings]


def test_a_literal_focus_node_is_reported(monkeypatch, sample):
    # sh:targetObjectsOf pkg:evidence reaches the literal: a finding, not a crash of the report
    update = "INSERT { ?m pkg:evidence 'x' } WHERE { ?m a org:Membership }"
    findings = _both(monkeypatch, _broken(sample, update))
    assert "x" in [f.focus for f in findings]
