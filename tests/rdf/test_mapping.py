"""Mapping Extraction -> triples: IRIs, determinism, kinds, measures, evidence."""
from __future__ import annotations

import dataclasses

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Store, Triple, parse
from rdf.sample import TEXT, article, extraction

from partykg.emit import turtle
from partykg.model import Membership, Organization, Statistic
from partykg.rdf.iri import mint, mint_id, slug
from partykg.rdf.mapping import article_iri, org_iri, person_iri, to_graph, to_triples
from partykg.rdf.vocab import UnknownKindError
from partykg.validate import ntriples, validate

PKG = "https://w3id.org/partykg/ontology#"


def test_iris_are_readable_ascii_slugs_under_the_id_base():
    iri = org_iri("Huyện ủy Vĩnh Linh").value
    assert iri.startswith("https://w3id.org/partykg/id/org/huyen-uy-vinh-linh-")
    assert iri.isascii()


def test_same_label_same_iri_whatever_the_case_spacing_or_dash():
    assert org_iri("Huyện ủy Vĩnh Linh") == org_iri("Huyện Ủy  Vĩnh Linh") == org_iri(" huyện ủy vĩnh linh")
    assert org_iri("Tổ chức chính trị - xã hội") == org_iri("Tổ chức chính trị – xã hội")


def test_labels_that_slug_alike_get_different_iris():
    a, b = person_iri("Nguyễn Văn Hải"), person_iri("Nguyễn Văn Hài")
    assert a != b
    # same readable part, told apart by the suffix
    assert a.value.rsplit("-", 1)[0] == b.value.rsplit("-", 1)[0]


def test_iris_do_not_depend_on_other_entities_or_runs():
    # pinned: a change of the scheme breaks every published IRI, so it must be deliberate
    assert org_iri("Huyện ủy Vĩnh Linh").value == \
        "https://w3id.org/partykg/id/org/huyen-uy-vinh-linh-" + mint("org", "huyện ủy vĩnh linh").value[-6:]
    assert mint("org", "Huyện ủy Vĩnh Linh") == mint("org", "Huyện ủy Vĩnh Linh")


def test_an_iri_depends_on_the_text_of_its_parts_whichever_was_minted_first():
    # 1 == 1.0 to a cache of the parts; their texts, which make the IRI, differ
    one, one_point_zero = mint("statistic", "Đảng bộ xã A", 1), mint("statistic", "Đảng bộ xã A", 1.0)
    assert one != one_point_zero
    assert one_point_zero == NamedNode("https://w3id.org/partykg/id/statistic/" + slug("Đảng bộ xã A", "1.0"))


def test_identifiers_are_used_verbatim_and_unsafe_ones_fall_back_to_slugs():
    assert mint_id("article", "000_c050c0f6557fdcc4").value == "https://w3id.org/partykg/id/article/000_c050c0f6557fdcc4"
    unsafe = mint_id("article", "bài báo 1").value
    assert unsafe.isascii() and " " not in unsafe


def test_the_same_entity_has_the_same_iri_across_articles():
    one = {t.subject for t in to_triples(article("t001"), extraction("t001"))}
    two = {t.subject for t in to_triples(article("t002"), extraction("t002"))}
    assert org_iri("Huyện ủy Sông Xanh") in one & two
    assert person_iri("Lê Văn Minh") in one & two


def test_mapping_is_deterministic_and_has_no_blank_nodes():
    first = to_triples(article(), extraction())
    second = to_triples(article(), extraction())
    assert first == second and len(set(first)) == len(first)
    assert turtle(first) == turtle(second)
    assert not any(isinstance(term, BlankNode) for t in first for term in (t.subject, t.object))


def test_sample_graph_conforms_and_parses_in_rdflib_and_pyoxigraph():
    import rdflib
    triples = to_triples(article(), extraction())
    assert validate(triples).conforms
    data = turtle(triples)
    assert len(rdflib.Graph().parse(data=data, format="turtle")) == len(triples)
    assert len(list(parse(data, format=RdfFormat.TURTLE))) == len(triples)


def test_undeclared_organization_kind_fails_loudly():
    ex = extraction()
    ex.organizations.append(Organization("Hội đồng Lý luận", "TheoryCouncil"))
    with pytest.raises(UnknownKindError, match="TheoryCouncil"):
        to_triples(article(), ex)


def test_undeclared_document_kind_fails_loudly():
    ex = extraction()
    ex.documents[0] = dataclasses.replace(ex.documents[0], kind="Memo")
    with pytest.raises(UnknownKindError, match="Memo"):
        to_triples(article(), ex)


def test_a_kind_without_a_subclass_of_its_own_is_a_plain_party_document():
    # a Thông tri or an Điều lệ: the tables know it, the ontology has no subclass for it
    ex = extraction()
    ex.documents[0] = dataclasses.replace(ex.documents[0], kind="PartyDocument", identifier="03-TT/TW",
                                          label="Thông tri 03-TT/TW")
    triples = to_triples(article(), ex)
    types = {t.object for t in triples if t.predicate.value.endswith("#type")
             and t.subject.value.startswith("https://w3id.org/partykg/id/doc")}
    assert types == {NamedNode(PKG + "PartyDocument")}
    assert validate(triples).conforms


def test_every_kind_of_the_documents_table_maps_to_a_declared_class():
    from partykg.extract.documents import kinds
    from partykg.rdf.vocab import document_class
    by_code, by_word = kinds()
    assert by_word["thông tri"].cls == "PartyDocument"
    for k in [*by_code.values(), *by_word.values()]:
        document_class(k.cls)  # raises for an undeclared class


def test_unknown_measure_becomes_a_concept_of_the_scheme_with_a_warning():
    ex = extraction()
    ex.statistics.append(Statistic("Đảng bộ huyện Sông Xanh", "RuralAdmissions", 40, "2023", "2023"))
    triples = to_triples(article(), ex)
    m = NamedNode(PKG + "RuralAdmissions")
    objects = {(t.predicate.value, t.object) for t in triples if t.subject == m}
    assert ("http://www.w3.org/2004/02/skos/core#inScheme", NamedNode(PKG + "MeasureScheme")) in objects
    assert ("http://www.w3.org/2004/02/skos/core#prefLabel", Literal("rural admissions", language="en")) in objects
    result = validate(triples)
    assert result.conforms  # a warning, never a block
    assert any(f.severity == "Warning" and f.focus == m.value for f in result.findings)


def test_known_measures_are_not_redeclared_in_article_graphs():
    triples = to_triples(article(), extraction())
    assert not any(t.subject == NamedNode(PKG + "NewMembers") for t in triples)


def test_malformed_measure_name_is_refused():
    ex = extraction()
    ex.statistics.append(Statistic("Đảng bộ huyện Sông Xanh", "số đảng viên", 1))
    with pytest.raises(ValueError, match="CamelCase"):
        to_triples(article(), ex)


def test_referenced_but_unlisted_nodes_get_a_type_and_a_label():
    ex = extraction()
    ex.memberships.append(Membership("Trần Thị Lan", "Chủ tịch", "Hội Liên hiệp Phụ nữ huyện Sông Xanh"))
    triples = to_triples(article(), ex)
    store = Store()
    store.extend(_q(t) for t in triples)
    ask = store.query("""PREFIX org: <http://www.w3.org/ns/org#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        ASK { ?m org:member/foaf:name "Trần Thị Lan"@vi ;
                 org:organization [ a org:Organization ;
                                    skos:prefLabel "Hội Liên hiệp Phụ nữ huyện Sông Xanh"@vi ] }""")
    assert bool(ask)
    # the parent named only as a parent is labelled too
    assert any(t.subject == org_iri("Đảng bộ tỉnh Núi Đỏ") and t.predicate.value.endswith("prefLabel") for t in triples)


def _q(t):
    from pyoxigraph import DefaultGraph, Quad
    return Quad(t.subject, t.predicate, t.object, DefaultGraph())


def test_evidence_selects_the_span_of_the_original_text_in_its_sentence():
    triples = to_triples(article(), extraction())
    store = Store()
    store.extend(_q(t) for t in triples)
    rows = list(store.query(f"""PREFIX pkg: <{PKG}> PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?start ?end ?sentence ?ss ?rule ?a WHERE {{
          ?fact a pkg:MembershipStatistic ; pkg:measure pkg:NewMembers ; pkg:evidence ?e .
          ?e a pkg:Evidence ; pkg:start ?start ; pkg:end ?end ; pkg:rule ?rule ;
             pkg:sentence [ a pkg:Sentence ; pkg:text ?sentence ; pkg:start ?ss ; dcterms:isPartOf ?a ] }}"""))
    assert len(rows) == 1
    r = rows[0]
    assert TEXT[int(r["start"].value):int(r["end"].value)] == "kết nạp 120 đảng viên"
    assert r["sentence"].value == TEXT and r["ss"].value == "0" and r["rule"].value == "statistics.admitted"
    assert r["a"] == article_iri("t001_sample")


@pytest.mark.parametrize("value,lexical,datatype", [
    (120, "120", "integer"), ("39.66", "39.66", "decimal"), (39.66, "39.66", "decimal"),
    (1e-05, "0.00001", "decimal")])
def test_statistic_values_are_canonical_numbers(value, lexical, datatype):
    ex = extraction()
    ex.statistics = [dataclasses.replace(ex.statistics[0], value=value)]
    values = [t.object for t in to_triples(article(), ex) if t.predicate.value == PKG + "value"]
    assert [(v.value, v.datatype.value.rsplit("#", 1)[1]) for v in values] == [(lexical, datatype)]


@pytest.mark.parametrize("issued,lexical,datatype", [
    ("2023-12-30", "2023-12-30", "date"), ("2022-05-16T09:25", "2022-05-16T09:25:00", "dateTime"),
    ("2022-05-16T09:25:00+07:00", "2022-05-16T09:25:00+07:00", "dateTime")])
def test_article_dates_are_valid_xsd_literals(issued, lexical, datatype):
    a = dataclasses.replace(article(), issued=issued)
    dates = [t.object for t in to_triples(a, extraction())
             if t.predicate.value == "http://purl.org/dc/terms/issued"]
    assert [(d.value, d.datatype.value.rsplit("#", 1)[1]) for d in dates] == [(lexical, datatype)]


def _as_written(article_id: str):
    """The sample with its committee kept as written: the article never settled its unit."""
    ex = extraction(article_id)
    ex.organizations[0] = dataclasses.replace(ex.organizations[0], name="Huyện ủy", jurisdiction=None,
                                              local=True)
    ex.memberships[0] = dataclasses.replace(ex.memberships[0], organization="Huyện ủy")
    ex.statistics.append(Statistic("Huyện ủy", "NewMembers", 7, "2023", "2023", []))
    return to_triples(article(article_id), ex)


def test_a_body_kept_as_written_is_one_body_per_article_not_one_across_articles():
    first, second = _as_written("t001_sample"), _as_written("t002_other")
    org = NamedNode("http://www.w3.org/ns/org#organization")
    def orgs_of(triples):
        return {t.object for t in triples if t.predicate == org}
    def stat_orgs(triples):
        return {t.object for t in triples if t.predicate == NamedNode(PKG + "organization")}
    local, other = org_iri("Huyện ủy", "t001_sample"), org_iri("Huyện ủy", "t002_other")
    assert len({local, other, org_iri("Huyện ủy")}) == 3
    # the membership and the statistic point at the article's own "Huyện ủy"
    assert orgs_of(first) == {local} and orgs_of(second) == {other}
    assert local in stat_orgs(first) and other in stat_orgs(second) and local not in stat_orgs(second)
    # a body the text names in full keeps one IRI across articles
    assert org_iri("Bộ Chính trị") in {t.subject for t in first} & {t.subject for t in second}
    assert _as_written("t001_sample") == first  # deterministic


def test_literals_come_out_as_written_quotes_backslashes_line_breaks_and_all():
    # the mapping writes literals as N-Triples text and parses them: every escape must round-trip
    odd = 'Nghị quyết "số 1"\\ bản\r\nmới\tvà\u2028 \x01 cuối'
    a = dataclasses.replace(article(), title=odd)
    ex = extraction()
    ex.persons[0] = dataclasses.replace(ex.persons[0], name=odd)
    triples = set(to_triples(a, ex))
    assert Triple(article_iri(a.id), NamedNode("http://purl.org/dc/terms/title"), Literal(odd, language="vi")) \
        in triples
    assert Triple(person_iri(odd), NamedNode("http://xmlns.com/foaf/0.1/name"), Literal(odd, language="vi")) \
        in triples



def test_the_graph_comes_with_its_n_triples_as_oxigraph_writes_them_escapes_and_all():
    # to_graph's N-Triples are the literal lines as the mapping wrote them: every escape the way
    # Oxigraph's serializer writes it (C0 controls, DEL, tab, line breaks, quote, backslash)
    odd = 'Nghị quyết "số 1"\\ bản\r\nmới\tvà\u2028 \x01\x08\x0c\x1f\x7f cuối'
    a = dataclasses.replace(article(), title=odd)
    ex = extraction()
    ex.persons[0] = dataclasses.replace(ex.persons[0], name=odd)
    triples, nt = to_graph(a, ex)
    assert triples == to_triples(a, ex)
    assert nt == ntriples(triples)


@pytest.mark.parametrize("article_id, rule", [("t001_sample", "persons.title"), ("bài báo 1", "persons.title"),
                                              ("t001_sample", "quy tắc 1")])
def test_evidence_and_sentence_iris_are_mint_ids_of_article_offsets_and_rule(article_id, rule):
    # the mapping makes them with the article's id checked once: the same IRIs as mint_id, unsafe parts too
    ex = extraction(article_id)
    for p in ex.persons:
        p.evidence = [dataclasses.replace(e, rule=rule) for e in p.evidence]
    triples = to_triples(article(article_id), ex)
    evs = [e for p in ex.persons for e in p.evidence]
    want = {mint_id("evidence", article_id, f"{e.start}-{e.end}", rule) for e in evs} \
        | {mint_id("sentence", article_id, f"{e.sentence_start}-{e.sentence_end}") for e in evs}
    typed = {t.subject for t in triples if t.predicate.value.endswith("#type")
             and t.object.value in (PKG + "Evidence", PKG + "Sentence")}
    assert want <= typed


@pytest.mark.parametrize("text", [
    "Huyện ủy Vĩnh Linh", "  Nguyễn   Văn Hải ", "Đ/c Trần Thị Bé-Ba", "Chi bộ 'Ấp 3'", "1,5 nghìn",
    "Tổ chức cơ sở đảng &amp; đoàn thể &#32;x&#x41; &nbsp;y", "¼ ℅ 中文 - — –", "Ban Thường vụ " * 8,
    "Đảng ủy khối các cơ quan và doanh nghiệp tỉnh Bà Rịa - Vũng Tàu nhiệm kỳ 2020-2025", "", " ", "-"])
def test_a_readable_slug_is_slugify_s_of_the_whole_text(text):
    """iri.readable puts a slug together from its words' slugs (cached): the same slug as slugify
    makes of the whole text, truncation at 60 characters and a word boundary included."""
    from slugify import slugify

    from partykg.rdf.iri import SLUG_MAX, readable
    assert readable(text) == slugify(text, lowercase=True, max_length=SLUG_MAX, word_boundary=True)


def test_a_local_committee_s_document_number_is_one_of_its_own_series():
    from partykg.rdf.mapping import document_iri
    # every Tỉnh ủy numbers its own directives: two provinces' "28-CT/TU" are two documents
    assert document_iri("28-CT/TU", "Chỉ thị 28-CT/TU", "Ban Thường vụ Tỉnh ủy Tân Hòa") != \
        document_iri("28-CT/TU", "Chỉ thị 28-CT/TU", "Ban Thường vụ Tỉnh ủy Bình Sơn")
    # a central or a state number is one document whoever the text says issued it
    assert document_iri("57-NQ/TW", "Nghị quyết 57-NQ/TW", "Bộ Chính trị") == \
        document_iri("57-NQ/TW", "Nghị quyết số 57", None)
    assert document_iri("12-HD/BTCTW", "Hướng dẫn 12-HD/BTCTW", "Ban Tổ chức Trung ương") == \
        document_iri("12-HD/BTCTW", "Hướng dẫn 12-HD/BTCTW", None)
    assert document_iri("120/2020/NĐ-CP", "Nghị định 120/2020/NĐ-CP", "Chính phủ") == \
        document_iri("120/2020/NĐ-CP", "Nghị định 120/2020/NĐ-CP", None)
