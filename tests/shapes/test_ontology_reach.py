"""The turbo path mixes into a graph only the part of the ontology the graph reaches
(validate._Prepared.ontology_for), and all of it when a shape could read the rest.

Both engines must agree: the reference engine mixes the whole ontology into every graph.
"""
from __future__ import annotations

from pyoxigraph import NamedNode, RdfFormat, Triple, parse
from shapes.test_entailment import NAMED_SHAPE, PREFIXES, _both, _ontology_dir

import partykg.validate as V

PKG = "https://w3id.org/partykg/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def test_a_graph_gets_the_ontology_triples_it_reaches():
    prepared = V._prepared(V.ONTOLOGY_DIR)
    assert prepared.reach is not None  # our shapes read nothing of the rest
    s = NamedNode("https://example.org/statistic")
    measure = NamedNode(PKG + "NewMembers")
    mixed = prepared.ontology_for([Triple(s, NamedNode(PKG + "measure"), measure)]).decode("utf-8")
    # the measure's own triples, and those of the nodes they name (its class, its scheme)
    assert f"<{measure.value}> <{SKOS}inScheme> <{PKG}MeasureScheme>" in mixed
    assert f"<{measure.value}> <{TYPE.value}> <{SKOS}Concept>" in mixed
    assert f"<{PKG}RoleScheme>" not in mixed  # no role named
    assert len(mixed) < len(prepared.ontology_nt)
    # N-Triples bytes: put together with the graph's as bytes, decoded once for the engine
    assert prepared.ontology_for([Triple(s, TYPE, NamedNode("https://example.org/Thing"))]) == b""


# pySHACL mixes in the ontology's classes, properties and named individuals:
# ex:unnamed is a target of ex:NameShape in every graph, without a name
ONTOLOGY = PREFIXES + """
ex:Sub a owl:Class ; rdfs:subClassOf ex:Super .
ex:Super a owl:Class .
ex:named a ex:Super, owl:NamedIndividual ; ex:name "named" ; ex:label "a label" .
ex:unnamed a ex:Super, owl:NamedIndividual .
"""
# reaches ex:named backwards, from no node of the data
LABEL_SHAPE = """
ex:LabelShape a sh:NodeShape ; sh:targetSubjectsOf ex:code ;
    sh:sparql [ a sh:SPARQLConstraint ; sh:message "a label exists"@en ;
        sh:select "SELECT $this WHERE { ?x <https://example.org/label> ?l . }" ] .
"""
DATA = """<https://example.org/a> a <https://example.org/Sub> .
<https://example.org/b> <https://example.org/code> "1" .
"""


def test_an_ontology_node_that_is_a_target_keeps_the_whole_ontology(monkeypatch, tmp_path):
    ontology_dir = _ontology_dir(tmp_path, NAMED_SHAPE, ONTOLOGY)
    assert V._prepared(ontology_dir).reach is None
    findings = _both(monkeypatch, list(parse(DATA, format=RdfFormat.TURTLE)), ontology_dir)
    assert [f.focus for f in findings] == ["https://example.org/a", "https://example.org/unnamed"]


def test_a_query_reading_the_ontology_keeps_the_whole_ontology(monkeypatch, tmp_path):
    ontology_dir = _ontology_dir(tmp_path, LABEL_SHAPE, ONTOLOGY)
    assert V._prepared(ontology_dir).reach is None
    findings = _both(monkeypatch, list(parse(DATA, format=RdfFormat.TURTLE)), ontology_dir)
    assert [f.focus for f in findings] == ["https://example.org/b"]
