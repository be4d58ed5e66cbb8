"""Special zones (đặc khu): the island units of the 2025 reform, at the communes' level right under
their province; sentences written for the tests (people invented, the zones are the register's)."""
from dataclasses import replace

from _fixture import article

from partykg.extract import extract


def facts(nlp, text, issued="2025-10-02"):
    return extract(replace(article(text), issued=issued), nlp)


def test_a_special_zones_committee_is_an_organization_with_its_place(nlp):
    ex = facts(nlp, "Đồng chí Vương Thị Hạnh, Bí thư Đảng ủy đặc khu Cô Tô, dự buổi lễ kết nạp đảng viên.")
    orgs = {o.name: o for o in ex.organizations}
    assert orgs["Đảng ủy đặc khu Cô Tô"].parent == "Đảng bộ đặc khu Cô Tô"
    assert orgs["Đảng ủy đặc khu Cô Tô"].jurisdiction == "đặc khu Cô Tô"
    place = next(p for p in ex.places if p.label == "đặc khu Cô Tô")
    assert place.code == "2025-07192" and place.parent == "tỉnh Quảng Ninh"
    assert [(m.person, m.role, m.organization) for m in ex.memberships] == [
        ("Vương Thị Hạnh", "Bí thư", "Đảng ủy đặc khu Cô Tô")]


def test_a_special_zones_party_organization_is_in_its_named_province(nlp):
    text = ("Đảng bộ tỉnh An Giang có 40 đảng bộ trực thuộc. Đảng bộ đặc khu Thổ Châu vừa kết nạp "
            "6 đảng viên.")
    orgs = {o.name: o for o in facts(nlp, text).organizations}
    assert orgs["Đảng bộ đặc khu Thổ Châu"].parent == "Đảng bộ tỉnh An Giang"
    # the figure is the zone's, not the province's
    stats = {(s.organization, s.value) for s in facts(nlp, text).statistics}
    assert ("Đảng bộ đặc khu Thổ Châu", 6) in stats


def test_a_bare_unit_word_refers_to_the_special_zone_named_before(nlp):
    ex = facts(nlp, "Ủy ban nhân dân đặc khu Lý Sơn tổ chức hội nghị. Ban Thường vụ Đảng ủy đặc khu "
                    "giao Ban Xây dựng Đảng theo dõi việc phát triển đảng viên.")
    names = {o.name for o in ex.organizations}
    assert {"Ủy ban nhân dân đặc khu Lý Sơn", "Ban Thường vụ Đảng ủy đặc khu Lý Sơn",
            "Ban Xây dựng Đảng Đảng ủy đặc khu Lý Sơn"} <= names
    assert {p.label for p in ex.places} == {"đặc khu Lý Sơn"}


def test_a_special_zone_is_read_in_an_undated_article_too(nlp):
    # only the 2025 register has special zones: the article is written since the reform
    ex = facts(nlp, "Đặc khu Vân Đồn có 52 chi bộ. Đảng ủy đặc khu Vân Đồn họp phiên thường kỳ.", issued=None)
    assert "Đảng ủy đặc khu Vân Đồn" in {o.name for o in ex.organizations}
    assert {(p.label, p.parent) for p in ex.places} == {("đặc khu Vân Đồn", "tỉnh Quảng Ninh")}
