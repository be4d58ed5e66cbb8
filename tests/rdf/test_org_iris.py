"""Organizations' IRIs across articles (docs/kg-contract.md, organizations' IRIs): a name that does not identify one
body in the country (a department's cell named within its host, a body of a commune whose name other provinces'
communes share) must not merge the bodies of two articles in one store; a name that does keeps its IRI."""
from __future__ import annotations

from pyoxigraph import Quad, Store

from partykg.extract import extract
from partykg.model import Article, Extraction, Membership, Organization, Place, Statistic
from partykg.rdf.mapping import article_iri, org_iri, org_scopes, to_triples

SUB = "http://www.w3.org/ns/org#subOrganizationOf"
LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
MENTIONS = "https://schema.org/mentions"
MEMBERSHIP_ORG = "http://www.w3.org/ns/org#organization"
STATISTIC_ORG = "https://w3id.org/partykg/ontology#organization"


def _article(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", original_text=text, text=text, issued="2024-05-01",
                   offsets=list(range(len(text) + 1)), checksum="0", body_spans=[(0, len(text))])


def _store(nlp, texts: dict[str, str]) -> Store:
    """The graphs of the articles, merged in one store as a user loads them."""
    store = Store()
    for article_id, text in texts.items():
        a = _article(article_id, text)
        store.extend(Quad(t.subject, t.predicate, t.object) for t in to_triples(a, extract(a, nlp)))
    return store


def _mentioned(store: Store, article_id: str, name: str) -> dict[str, set[str]]:
    """{IRI: labels of its parents} of the organizations named `name` that the article mentions."""
    rows = store.query(f"""SELECT ?o ?pn WHERE {{ <{article_iri(article_id).value}> <{MENTIONS}> ?o .
        ?o <{LABEL}> "{name}"@vi . OPTIONAL {{ ?o <{SUB}> ?p . ?p <{LABEL}> ?pn }} }}""")
    out: dict[str, set[str]] = {}
    for r in rows:
        out.setdefault(r["o"].value, set()).update({r["pn"].value} if r["pn"] is not None else set())
    return out


SEAFOOD = "Đảng bộ Công ty Cổ phần Thủy sản Sông Mây gồm sáu chi bộ; riêng Chi bộ Văn phòng kết nạp hai đảng viên mới."
COLLEGE = ("Đảng bộ Trường Cao đẳng Kỹ thuật Núi Mây hiện có 12 chi bộ, trong đó Chi bộ Văn phòng được công nhận hoàn "
           "thành tốt nhiệm vụ.")


def test_an_office_cell_of_two_hosts_is_two_bodies_each_with_its_own_parent(nlp):
    store = _store(nlp, {"s1": SEAFOOD, "s2": COLLEGE})
    first, second = _mentioned(store, "s1", "Chi bộ Văn phòng"), _mentioned(store, "s2", "Chi bộ Văn phòng")
    assert list(first.values()) == [{"Đảng bộ Công ty Cổ phần Thủy sản Sông Mây"}]
    assert list(second.values()) == [{"Đảng bộ Trường Cao đẳng Kỹ thuật Núi Mây"}]
    assert set(first).isdisjoint(second)


def test_the_same_host_s_office_cell_in_two_articles_is_one_body(nlp):
    later = SEAFOOD.replace("riêng", "trong năm,")
    store = _store(nlp, {"s1": SEAFOOD, "s3": later})
    first, second = _mentioned(store, "s1", "Chi bộ Văn phòng"), _mentioned(store, "s3", "Chi bộ Văn phòng")
    assert first == second and list(first.values()) == [{"Đảng bộ Công ty Cổ phần Thủy sản Sông Mây"}]


def test_a_bare_office_cell_is_the_article_s_own(nlp):
    text = "Chi bộ Văn phòng kết nạp hai đảng viên mới trong năm nay."
    a, b = _article("s4", text), _article("s5", text)
    iris = {t.subject for x in (a, b) for t in to_triples(x, extract(x, nlp))
            if t.predicate.value == LABEL and '"Chi bộ Văn phòng"' in str(t.object)}
    assert iris == {org_iri("Chi bộ Văn phòng", "s4"), org_iri("Chi bộ Văn phòng", "s5")}


def test_homonym_communes_of_two_provinces_have_two_party_committees(nlp):
    store = _store(nlp, {
        "c1": "Đảng ủy xã Tân Lập, huyện Lục Yên, tỉnh Yên Bái vừa tổ chức hội nghị sơ kết.",
        "c2": "Đảng ủy xã Tân Lập, huyện Đồng Phú, tỉnh Bình Phước vừa tổ chức hội nghị sơ kết."})
    first, second = _mentioned(store, "c1", "Đảng ủy xã Tân Lập"), _mentioned(store, "c2", "Đảng ủy xã Tân Lập")
    # keyed by the communes' official codes, as the places are
    assert set(first) == {org_iri("Đảng ủy xã Tân Lập", "04354").value}
    assert set(second) == {org_iri("Đảng ủy xã Tân Lập", "25381").value}


def test_a_body_whose_name_identifies_it_keeps_its_iri(nlp):
    store = _store(nlp, {"s1": SEAFOOD, "u1": "Huyện ủy Lục Yên vừa tổ chức hội nghị sơ kết."})
    assert set(_mentioned(store, "s1", "Đảng bộ Công ty Cổ phần Thủy sản Sông Mây")) == \
        {org_iri("Đảng bộ Công ty Cổ phần Thủy sản Sông Mây").value}
    assert set(_mentioned(store, "u1", "Huyện ủy Lục Yên")) == {org_iri("Huyện ủy Lục Yên").value}


def test_memberships_and_statistics_point_at_the_scoped_iri():
    host, cell = "Đảng bộ Công ty Cổ phần Thủy sản Sông Mây", "Chi bộ Văn phòng"
    ex = Extraction("s1", organizations=[Organization(host, "PartyOrganization"),
                                         Organization(cell, "PartyCell", parent=host, named_by_host=True)],
                    memberships=[Membership("Lê Thị Mơ", "Bí thư", cell)],
                    statistics=[Statistic(cell, "NewMembers", 2, "2024", "2024")])
    triples = to_triples(_article("s1", SEAFOOD), ex)
    scoped = org_iri(cell, host)
    # the membership's org:organization and the statistic's pkg:organization
    assert {(t.predicate.value, t.object) for t in triples if t.predicate.value in (MEMBERSHIP_ORG, STATISTIC_ORG)} \
        == {(MEMBERSHIP_ORG, scoped), (STATISTIC_ORG, scoped)}
    assert {t.object for t in triples if t.predicate.value == SUB} == {org_iri(host)}


def _commune_cell(article_id: str, code: str) -> dict[str, tuple[str, ...]]:
    """A commune's committee whose party organization is only named as its parent, and a village cell under it."""
    committee, body, cell = "Đảng ủy xã Hòa Sơn", "Đảng bộ xã Hòa Sơn", "Chi bộ Thôn 8"
    ex = Extraction(article_id, places=[Place("xã Hòa Sơn", "xã", "Hòa Sơn", code=code)],
                    organizations=[Organization(committee, "PartyCommittee", parent=body, jurisdiction="xã Hòa Sơn",
                                                shared_seat=True),
                                   Organization(cell, "PartyCell", parent=body, named_by_host=True)])
    return org_scopes(ex, article_id)


def test_a_parent_only_named_takes_the_code_of_its_shared_commune():
    first, second = _commune_cell("h1", "90001"), _commune_cell("h2", "90002")
    # the commune's party organization is keyed by the commune's code, and the village cell by it
    assert first == {"Đảng ủy xã Hòa Sơn": ("90001",), "Đảng bộ xã Hòa Sơn": ("90001",),
                     "Chi bộ Thôn 8": ("90001", "Đảng bộ xã Hòa Sơn")}
    assert second["Chi bộ Thôn 8"] == ("90002", "Đảng bộ xã Hòa Sơn")


def _loop_scopes(order: list[int]) -> dict[str, tuple[str, ...]]:
    bodies = [Organization("Chi bộ Phòng 4", "PartyCell", parent="Chi bộ Phòng 6", named_by_host=True),
              Organization("Chi bộ Phòng 6", "PartyCell", parent="Chi bộ Phòng 4", named_by_host=True),
              Organization("Chi bộ 9", "PartyCell", parent="Chi bộ 9", named_by_host=True)]
    return org_scopes(Extraction("p1", organizations=[bodies[i] for i in order]), "p1")


def test_a_loop_of_parents_is_the_article_s_own_in_any_order():
    expected = {"Chi bộ Phòng 4": ("p1",), "Chi bộ Phòng 6": ("p1",), "Chi bộ 9": ("p1",)}
    assert _loop_scopes([0, 1, 2]) == expected
    assert _loop_scopes([2, 1, 0]) == expected
