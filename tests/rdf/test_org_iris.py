"""Organizations' IRIs across articles (docs/kg-contract.md, organizations' IRIs): a name that does not identify one
body in the country (a department's cell named within its host, a body of a commune whose name other provinces'
communes share) must not merge the bodies of two articles in one store; a name that does keeps its IRI."""
from __future__ import annotations

from pyoxigraph import Quad, Store

from partykg.extract import extract
from partykg.model import Article, Extraction, Membership, Organization, Statistic
from partykg.rdf.mapping import article_iri, org_iri, to_triples

SUB = "http://www.w3.org/ns/org#subOrganizationOf"
LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
MENTIONS = "https://schema.org/mentions"


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
    assert {t.object for t in triples if t.predicate.value.endswith(("org#organization", "#organization"))} == {scoped}
    assert {t.object for t in triples if t.predicate.value == SUB} == {org_iri(host)}
