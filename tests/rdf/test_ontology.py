"""ontology/partykg.ttl: metadata, bilingual documentation of every term, the class chains queries rely on."""
from __future__ import annotations

import pyoxigraph
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from conftest import ROOT

PKG = rdflib.Namespace("https://w3id.org/partykg/ontology#")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
ONTOLOGY = rdflib.URIRef("https://w3id.org/partykg/ontology")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")

# the kinds the extraction stage produces (model.py docstrings, issue 5)
ORG_KINDS = ["PartyOrganization", "PartyCell", "PartyCommittee", "StandingCommittee", "CentralPartyBody",
             "AdvisoryBoard", "PoliticalSchool", "StateBody", "MassOrganization", "OtherOrganization"]
DOC_KINDS = ["Resolution", "Directive", "Decision", "Conclusion", "Guideline", "Regulation", "Rules",
             "Notice", "Plan", "Program"]
MEASURES = ["NewMembers", "TotalMembers", "AdmissionTarget", "TargetAchievement", "MemberGrowth",
            "GrassrootsPartyOrganizations", "GrassrootsPartyCommittees", "GrassrootsPartyCells",
            "AffiliatedPartyCells"]


@pytest.fixture(scope="module")
def g() -> rdflib.Graph:
    return rdflib.Graph().parse(ROOT / "ontology" / "partykg.ttl", format="turtle")


def test_ontology_header(g):
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in g
    for prop in (OWL.versionIRI, DCT.creator, DCT.license):
        assert g.value(ONTOLOGY, prop) is not None, prop
    assert {lit.language for lit in g.objects(ONTOLOGY, RDFS.label)} >= {"vi", "en"}
    assert {lit.language for lit in g.objects(ONTOLOGY, RDFS.comment)} >= {"vi", "en"}


def test_every_term_has_label_and_comment_in_vietnamese_and_english(g):
    terms = {s for s in g.subjects() if isinstance(s, rdflib.URIRef) and s.startswith(str(PKG))}
    assert len(terms) > 40
    missing = [(t, p, lang) for t in sorted(terms) for p in (RDFS.label, RDFS.comment) for lang in ("vi", "en")
               if lang not in {o.language for o in g.objects(t, p)}]
    assert missing == []


def test_every_term_is_declared_and_aligned(g):
    for t in (s for s in g.subjects() if isinstance(s, rdflib.URIRef) and s.startswith(str(PKG))):
        types = set(g.objects(t, RDF.type))
        assert types & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept, SKOS.ConceptScheme}, t
        if OWL.Class in types:  # every class hangs under an external vocabulary
            assert any(not str(sup).startswith(str(PKG)) for sup in g.transitive_objects(t, RDFS.subClassOf)
                       if sup != t), t


def _supers(g, cls):
    return set(g.transitive_objects(cls, RDFS.subClassOf))


@pytest.mark.parametrize("kind", ORG_KINDS)
def test_organization_kinds_reach_org_organization(g, kind):
    assert ORG.Organization in _supers(g, PKG[kind])


@pytest.mark.parametrize("kind", DOC_KINDS)
def test_document_kinds_reach_party_document(g, kind):
    assert PKG.PartyDocument in _supers(g, PKG[kind])


@pytest.mark.parametrize("measure", MEASURES)
def test_contract_measures_are_concepts_of_the_scheme(g, measure):
    assert (PKG[measure], RDF.type, SKOS.Concept) in g
    assert (PKG[measure], SKOS.inScheme, PKG.MeasureScheme) in g
    assert {lit.language for lit in g.objects(PKG[measure], SKOS.prefLabel)} == {"vi", "en"}


@pytest.mark.parametrize("name", ["partykg.ttl", "shapes.ttl"])
def test_ontology_files_parse_in_rdflib_and_pyoxigraph(name):
    path = ROOT / "ontology" / name
    n = len(rdflib.Graph().parse(path, format="turtle"))
    assert n == len(list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)))
