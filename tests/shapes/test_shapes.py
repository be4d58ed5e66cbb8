"""Every shape of ontology/shapes.ttl: a small broken graph it must reject, a valid one it must accept.

The valid graph is the mapping of tests/rdf/sample.py (and, for runs, the
provenance emit writes); each broken graph is that graph with one SPARQL
Update applied. `expect` names the severity and the path (or constraint
component) the report must contain.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from pyoxigraph import DefaultGraph, Quad, Store
from rdf.sample import TEXT, article, extraction

from partykg.emit import run_triples
from partykg.process import ArticleResult
from partykg.rdf.mapping import to_triples
from partykg.validate import validate

P = """PREFIX pkg: <https://w3id.org/partykg/ontology#>
PREFIX pkr: <https://w3id.org/partykg/id/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
ORG = "?o a pkg:PartyCommittee"
MEM = "?m a org:Membership"
DOC = "?d a pkg:Directive"
STAT = "?s a pkg:MembershipStatistic ; pkg:measure pkg:NewMembers"
EV = "?e a pkg:Evidence ; pkg:rule 'statistics.admitted'"


def _replace(node: str, prop: str, new: str) -> str:
    """DELETE every value of `prop` on the nodes of pattern `node`, INSERT `new`."""
    var = node.split()[0]
    return f"DELETE {{ {var} {prop} ?old }} INSERT {{ {var} {prop} {new} }} WHERE {{ {node} ; {prop} ?old }}"


def _drop(node: str, prop: str) -> str:
    var = node.split()[0]
    return f"DELETE {{ {var} {prop} ?old }} WHERE {{ {node} ; {prop} ?old }}"


def _add(node: str, prop: str, new: str) -> str:
    var = node.split()[0]
    return f"INSERT {{ {var} {prop} {new} }} WHERE {{ {node} }}"


A = "?a a schema:NewsArticle"
PER = "?p a foaf:Person ; foaf:name 'Lê Văn Minh'@vi"
ROLE = "?r a org:Role"
PLACE = "?l a pkg:AdministrativeUnit ; pkg:unitType ?ut"
SENT = "?t a pkg:Sentence"

# (id, update, severity, path-or-component local name)
ARTICLE_CASES = [
    ("article-no-identifier", _drop(A, "dcterms:identifier"), "Violation", "identifier"),
    ("article-title-no-lang", _replace(A, "dcterms:title", "'Tiêu đề'"), "Violation", "title"),
    ("article-issued-string", _replace(A, "dcterms:issued", "'30/12/2023'"), "Violation", "issued"),
    ("article-bad-sha256", _replace(A, "pkg:sha256", "'XYZ'"), "Violation", "sha256"),
    ("article-creator-not-person", _add(A, "dcterms:creator", "pkr:nobody"), "Violation", "creator"),
    ("article-mentions-literal", _add(A, "schema:mentions", "'Lê Văn Minh'"), "Violation", "mentions"),
]
PERSON_CASES = [
    ("person-no-name", _drop(PER, "foaf:name"), "Violation", "name"),
    ("person-name-english", _replace(PER, "foaf:name", "'Le Van Minh'@en"), "Violation", "name"),
    ("person-two-names", _add(PER, "foaf:name", "'Lê Minh'@vi"), "Warning", "name"),
]
ORG_CASES = [
    ("org-no-label", _drop(ORG, "skos:prefLabel"), "Violation", "prefLabel"),
    ("org-label-plain", _replace(ORG, "skos:prefLabel", "'Huyện ủy Sông Xanh'"), "Violation", "prefLabel"),
    ("org-bare-label", _replace(ORG, "skos:prefLabel", "'Huyện ủy'@vi"), "Warning", "prefLabel"),
    ("org-two-labels", _add(ORG, "skos:prefLabel", "'Huyện ủy huyện Sông Xanh'@vi"), "Warning", "prefLabel"),
    ("org-parent-not-org", _add(ORG, "org:subOrganizationOf", "pkr:nothing"), "Violation", "subOrganizationOf"),
    ("org-jurisdiction-not-place", _add(ORG, "pkg:jurisdiction", "pkr:nowhere"), "Violation", "jurisdiction"),
    ("org-cycle", "INSERT { ?p org:subOrganizationOf ?o } WHERE { ?o a pkg:PartyCommittee ; org:subOrganizationOf ?p }",
     "Warning", "SPARQLConstraintComponent"),
]
MEMBERSHIP_CASES = [
    ("membership-no-role", _drop(MEM, "org:role"), "Violation", "role"),
    ("membership-no-member", _drop(MEM, "org:member"), "Violation", "member"),
    ("membership-two-members", _add(MEM, "org:member", "pkr:person-2")
     + " ; INSERT DATA { pkr:person-2 a foaf:Person ; foaf:name 'Hai'@vi }",
     "Violation", "member"),
    ("membership-member-not-person", _replace(MEM, "org:member", "pkr:nobody"), "Violation", "member"),
    ("membership-no-organization", _drop(MEM, "org:organization"), "Violation", "organization"),
    ("membership-role-not-role", _replace(MEM, "org:role", "pkr:no-role"), "Violation", "role"),
    ("membership-not-derived", _drop(MEM, "prov:wasDerivedFrom"), "Violation", "wasDerivedFrom"),
    ("membership-derived-from-non-article", _replace(MEM, "prov:wasDerivedFrom", "pkr:rumour"),
     "Violation", "wasDerivedFrom"),
    ("membership-no-evidence", _drop(MEM, "pkg:evidence"), "Warning", "evidence"),
]
ROLE_CASES = [
    ("role-no-label", _drop(ROLE, "skos:prefLabel"), "Violation", "prefLabel"),
    ("role-not-in-scheme", _drop(ROLE, "skos:inScheme"), "Violation", "inScheme"),
    ("role-two-labels", _add(ROLE, "skos:prefLabel", "'Bí thư Huyện ủy'@vi"), "Warning", "prefLabel"),
]
DOCUMENT_CASES = [
    ("document-no-label", _drop(DOC, "skos:prefLabel"), "Violation", "prefLabel"),
    ("document-identifier-with-so", _replace(DOC, "dcterms:identifier", "'số 05 - CT/TW'"), "Violation", "identifier"),
    ("document-identifier-lowercase", _replace(DOC, "dcterms:identifier", "'05-ct/tw'"), "Violation", "identifier"),
    ("document-two-identifiers", _add(DOC, "dcterms:identifier", "'06-CT/TW'"), "Violation", "identifier"),
    ("document-issuer-not-org", _replace(DOC, "dcterms:creator", "pkr:nobody"), "Violation", "creator"),
    ("document-title-no-lang", _add(DOC, "dcterms:title", "'Về đẩy mạnh học tập'"), "Violation", "title"),
    ("document-issued-year-string", _add(DOC, "dcterms:issued", "'2016'"), "Violation", "issued"),
    ("document-term-arabic", _add(DOC, "pkg:term", "'12'"), "Warning", "term"),
]
STAT_CASES = [
    ("statistic-negative", _replace(STAT, "pkg:value", "-3"), "Violation", "value"),
    ("statistic-value-string", _replace(STAT, "pkg:value", "'120'"), "Violation", "value"),
    ("statistic-two-values", _add(STAT, "pkg:value", "121"), "Violation", "value"),
    ("statistic-no-measure", _drop(STAT, "pkg:measure"), "Violation", "measure"),
    ("statistic-measure-not-concept", _replace(STAT, "pkg:measure", "pkr:whatever"), "Violation", "measure"),
    ("statistic-no-organization", _drop(STAT, "pkg:organization"), "Violation", "organization"),
    ("statistic-not-derived", _drop(STAT, "prov:wasDerivedFrom"), "Violation", "wasDerivedFrom"),
    ("statistic-start-string", _replace(STAT, "pkg:periodStart", "'năm 2023'"), "Violation", "periodStart"),
    ("statistic-two-ends", _add(STAT, "pkg:periodEnd", "'2024'^^xsd:gYear"), "Violation", "periodEnd"),
    ("statistic-years-reversed", _replace(STAT, "pkg:periodStart", "'2025'^^xsd:gYear"),
     "Violation", "SPARQLConstraintComponent"),
    ("statistic-year-after-date", _replace(STAT, "pkg:periodEnd", "'2022-12-31'^^xsd:date"),
     "Violation", "SPARQLConstraintComponent"),
    ("statistic-dates-reversed",
     _replace(STAT, "pkg:periodStart", "'2023-12-31'^^xsd:date") + " ; "
     + _replace(STAT, "pkg:periodEnd", "'2023-01-01'^^xsd:date"), "Violation", "SPARQLConstraintComponent"),
    ("statistic-no-evidence", _drop(STAT, "pkg:evidence"), "Warning", "evidence"),
]
MEASURE_CASES = [
    ("measure-not-in-scheme", "INSERT DATA { pkg:RuralAdmissions a skos:Concept ; skos:prefLabel 'rural'@en }"
     " ; " + _replace(STAT, "pkg:measure", "pkg:RuralAdmissions"), "Violation", "inScheme"),
    ("measure-undocumented", "INSERT DATA { pkg:RuralAdmissions a skos:Concept ; skos:inScheme pkg:MeasureScheme ;"
     " skos:prefLabel 'rural admissions'@en }" " ; " + _replace(STAT, "pkg:measure", "pkg:RuralAdmissions"),
     "Warning", "prefLabel"),
]
PLACE_CASES = [
    ("place-no-label", _drop(PLACE, "skos:prefLabel"), "Violation", "prefLabel"),
    ("place-bad-code", _add(PLACE, "pkg:adminCode", "'VL-01'"), "Violation", "adminCode"),
    ("place-code-of-no-list", _add(PLACE, "pkg:adminCode", "'2024-00025'"), "Violation", "adminCode"),
    ("place-partof-not-place", _replace(PLACE, "pkg:partOf", "pkr:nowhere"), "Violation", "partOf"),
    ("place-two-parents", _add(PLACE, "pkg:partOf", "?l"), "Violation", "partOf"),
    ("place-unit-type-plain", _replace(PLACE, "pkg:unitType", "'huyện'"), "Violation", "unitType"),
]
EVIDENCE_CASES = [
    ("evidence-no-sentence", _drop(EV, "pkg:sentence"), "Violation", "sentence"),
    ("evidence-sentence-not-sentence", _replace(EV, "pkg:sentence", "pkr:nowhere"), "Violation", "sentence"),
    ("evidence-two-sentences", _add(EV, "pkg:sentence", "pkr:sentence-2")
     + " ; INSERT DATA { pkr:sentence-2 a pkg:Sentence }", "Violation", "sentence"),
    ("evidence-no-rule", _drop(EV, "pkg:rule"), "Violation", "rule"),
    ("evidence-negative-start", _replace(EV, "pkg:start", "-1"), "Violation", "start"),
    ("evidence-negative-end", _replace(EV, "pkg:end", "-1"), "Violation", "end"),
    ("evidence-start-string", _replace(EV, "pkg:start", "'0'"), "Violation", "MinInclusiveConstraintComponent"),
    ("evidence-untyped-negative-start",  # an object of pkg:evidence is checked as an evidence
     "DELETE { ?e a pkg:Evidence } WHERE { " + EV + " } ; " + _replace("?e pkg:rule 'statistics.admitted'",
                                                                        "pkg:start", "-1"), "Violation", "start"),
    ("evidence-no-end", _drop(EV, "pkg:end"), "Violation", "end"),
    ("evidence-start-after-end", _replace(EV, "pkg:end", "5"), "Violation", "start"),
    ("evidence-span-outside-sentence", _replace(EV, "pkg:end", str(len(TEXT) + 5)),
     "Warning", "SPARQLConstraintComponent"),
    ("sentence-no-article", _drop(SENT, "dcterms:isPartOf"), "Violation", "isPartOf"),
    ("sentence-part-of-non-article", _replace(SENT, "dcterms:isPartOf", "pkr:rumour"), "Violation", "isPartOf"),
    ("sentence-no-text", _drop(SENT, "pkg:text"), "Violation", "text"),
    ("sentence-no-start", _drop(SENT, "pkg:start"), "Violation", "start"),
    ("sentence-negative-end", _replace(SENT, "pkg:end", "-1"), "Violation", "end"),
    ("sentence-text-not-the-slice", _replace(SENT, "pkg:text", "'Một câu khác.'"),
     "Violation", "SPARQLConstraintComponent"),
]
CASES = (ARTICLE_CASES + PERSON_CASES + ORG_CASES + MEMBERSHIP_CASES + ROLE_CASES + DOCUMENT_CASES
         + STAT_CASES + MEASURE_CASES + PLACE_CASES + EVIDENCE_CASES)


@pytest.fixture(scope="module")
def sample_triples():
    return to_triples(article(), extraction())


def _broken(triples, update: str):
    store = Store()
    store.extend(Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in triples)
    before = set(store)
    store.update(P + update)
    assert set(store) != before, "the update changed nothing: the test would prove nothing"
    return [q.triple for q in store]


def _hits(result, severity: str, where: str):
    return [f for f in result.findings if f.severity == severity
            and ((f.path or "").endswith(where) or f.component.endswith(where))]


def test_valid_sample_is_accepted(sample_triples):
    result = validate(sample_triples)
    assert result.conforms, result.report_text
    assert result.findings == [], result.report_text


@pytest.mark.parametrize("name,update,severity,where", CASES, ids=[c[0] for c in CASES])
def test_shape_rejects_broken_graph(sample_triples, name, update, severity, where):
    result = validate(_broken(sample_triples, update))
    assert _hits(result, severity, where), f"{name}: expected a {severity} on {where}\n{result.report_text}"
    if severity == "Violation":
        assert not result.conforms
    else:  # warnings never block
        assert result.conforms, result.report_text
    for f in result.findings:  # every message in both languages
        assert f.message_en and f.message_vi, f


@pytest.mark.parametrize("identifier", ["35-NQ/TW", "08-QĐi/TW", "01-HD/BTCTW", "126-QĐ/TW",
                                        "12-NQ/ĐU", "09-KL/TU", "3a-TB/HU"])
def test_canonical_document_identifiers_are_accepted(sample_triples, identifier):
    result = validate(_broken(sample_triples, _replace(DOC, "dcterms:identifier", f"'{identifier}'")))
    assert result.conforms and not result.findings, result.report_text


@pytest.mark.parametrize("code", ["45", "00025", "2025-45", "2025-00025"])  # legacy list, 2025 list
def test_codes_of_both_registers_are_accepted(sample_triples, code):
    result = validate(_broken(sample_triples, f"INSERT {{ ?l pkg:adminCode '{code}' }} WHERE {{ {PLACE} }}"))
    assert result.conforms and not result.findings, result.report_text


@pytest.mark.parametrize("start,end", [("'2015'^^xsd:gYear", "'2015-06-30'^^xsd:date"),
                                       ("'2015-01-01'^^xsd:date", "'2015'^^xsd:gYear"),
                                       ("'2015-01-01'^^xsd:date", "'2020-12-31'^^xsd:date"),
                                       ("'2015'^^xsd:gYear", "'2020'^^xsd:gYear")])
def test_ordered_periods_are_accepted(sample_triples, start, end):
    update = _replace(STAT, "pkg:periodStart", start) + " ; " + _replace(STAT, "pkg:periodEnd", end)
    result = validate(_broken(sample_triples, update))
    assert result.conforms and not result.findings, result.report_text


# ------------------------------------------------------------------- runs
def _run(started=None, ended=None):
    started = started or datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    ended = ended or started + timedelta(seconds=42)
    results = [ArticleResult(source="a.txt", article_id="a", checksum="0" * 64)]
    return run_triples(results, started, ended, ["a"])


def test_run_provenance_is_accepted():
    result = validate(_run())
    assert result.conforms and not result.findings, result.report_text


RUN = "?run a pkg:PipelineRun"
RUN_CASES = [
    ("run-ends-before-start", _replace(RUN, "prov:endedAtTime", "'2026-01-01T00:00:00Z'^^xsd:dateTime"),
     "Violation", "startedAtTime"),
    ("run-no-start", _drop(RUN, "prov:startedAtTime"), "Violation", "startedAtTime"),
    ("run-end-is-date", _replace(RUN, "prov:endedAtTime", "'2026-01-02'^^xsd:date"), "Violation", "endedAtTime"),
    ("run-no-software", _drop(RUN, "prov:wasAssociatedWith"), "Violation", "wasAssociatedWith"),
    ("software-no-version",
     "DELETE { ?s schema:softwareVersion ?v } WHERE { ?s a prov:SoftwareAgent ; schema:softwareVersion ?v }",
     "Violation", "softwareVersion"),
    ("input-no-checksum", "DELETE WHERE { ?a pkg:sha256 ?c }", "Violation", "used"),
]


@pytest.mark.parametrize("name,update,severity,where", RUN_CASES, ids=[c[0] for c in RUN_CASES])
def test_run_shape_rejects_broken_provenance(name, update, severity, where):
    result = validate(_broken(_run(), update))
    assert _hits(result, severity, where), f"{name}: expected a {severity} on {where}\n{result.report_text}"
    assert not result.conforms
