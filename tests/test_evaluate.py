"""partykg evaluate: folding, one-to-one matching, and scoring a graph read through the contract."""
from __future__ import annotations

import json

from pyoxigraph import Literal, NamedNode, Quad, Store

from partykg.evaluate import Facts, fold, gold_facts, graph_facts, matches, score
from partykg.rdf.namespaces import PREFIXES


def test_fold_ignores_case_spacing_dashes_and_tone_placement():
    assert fold("Huyện  Uỷ Hòa Bình") == fold("huyện ủy Hoà Bình")
    assert fold("Bà Rịa–Vũng Tàu") == fold("Bà Rịa - Vũng Tàu")
    assert fold("Huyện ủy") != fold("Huyện úy")  # a different tone is a different word


def test_number_less_documents_match_on_the_words_of_the_shorter_label():
    got = {"~" + fold("Quy định về những điều đảng viên không được làm")}
    expected = {"~" + fold("Quy định những điều đảng viên không được làm")}
    assert matches(got, expected, "documents") == (got, expected)
    assert matches(got, expected, "organizations") == (set(), set())  # only documents match softly
    assert matches({"~" + fold("Điều lệ")}, {"~" + fold("Điều lệ Đảng")}, "documents") == (set(), set())


def test_a_document_matched_by_its_label_words_is_listed_as_no_miss(tmp_path):
    gold = {"id": "a1", "persons": [], "organizations": [], "memberships": [], "statistics": [],
            "places": [], "documents": [{"label": "Quy định những điều đảng viên không được làm"}]}
    (tmp_path / "a1.json").write_text(json.dumps(gold), encoding="utf-8")
    got = Facts()
    got.by_category["documents"].add("~" + fold("Quy định về những điều đảng viên không được làm"))
    counts, misses = score({"a1": got}, tmp_path)
    assert counts["documents"] == [1, 0, 0]
    assert misses == []


def test_statistics_with_a_measure_outside_the_contract_match_by_organization_and_value():
    facts = Facts()
    facts.add_statistic("đảng bộ", "NewMembers", "1318", "2015", "2020")
    facts.add_statistic("đảng bộ", "RuralNewMembers", "12", None, None)
    assert facts.by_category["statistics"] == {("đảng bộ", "newmembers", "1318")}
    assert facts.by_category["statistics_with_period"] == {("đảng bộ", "newmembers", "1318", "2015", "2020")}
    assert facts.by_category["statistics_other"] == {("đảng bộ", "12")}


def _store(*triples) -> Store:
    store = Store()
    store.extend(Quad(s, p, o) for s, p, o in triples)
    return store


def test_a_graph_is_scored_against_a_gold_file(tmp_path):
    def term(prefix):
        return lambda local: NamedNode(PREFIXES[prefix] + local)
    schema, dcterms, foaf = term("schema"), term("dcterms"), term("foaf")
    rdf_type = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    article, person = NamedNode("https://w3id.org/partykg/id/article/x1"), NamedNode("https://w3id.org/partykg/id/p")
    other = NamedNode("https://w3id.org/partykg/id/q")
    store = _store(
        (article, rdf_type, schema("NewsArticle")), (article, dcterms("identifier"), Literal("x1")),
        (article, schema("mentions"), person), (person, rdf_type, foaf("Person")),
        (person, foaf("name"), Literal("Lê Văn Tám", language="vi")),
        (article, schema("mentions"), other), (other, rdf_type, foaf("Person")),
        (other, foaf("name"), Literal("Văn Tám", language="vi")),
    )
    (tmp_path / "x1.json").write_text(json.dumps({"id": "x1", "persons": ["Lê Văn Tám", "Hà Thị Hoa"]}),
                                      encoding="utf-8")
    counts, misses = score(graph_facts(store), tmp_path)
    assert counts["persons"] == [1, 1, 1]
    assert f"x1 persons MISSED   {fold('Hà Thị Hoa')}" in misses
    assert f"x1 persons SPURIOUS {fold('Văn Tám')}" in misses
    assert gold_facts({"id": "x1"}).by_category["persons"] == set()


def test_a_gold_file_that_is_no_annotation_is_named_and_the_others_are_scored(tmp_path):
    (tmp_path / "a1.json").write_text('{"id": "a1", "persons": ["Lê Văn Tám"]}', encoding="utf-8")
    (tmp_path / "a2.json").write_text('{"id": "a2", "persons": [', encoding="utf-8")
    problems = []
    counts, _ = score({}, tmp_path, problems)
    assert counts["persons"] == [0, 0, 1]  # a1 is still scored
    assert len(problems) == 1 and problems[0].startswith(f"{tmp_path / 'a2.json'}: not a gold annotation")
