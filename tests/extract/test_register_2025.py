"""The 2025 register beside the legacy one: sentences and units written for these tests
(real units of vietnamadminunits' `admin_units` table, named in no evaluation set)."""
from dataclasses import replace

from extract.helpers import make_article

from partykg.extract import extract
from partykg.extract.places import COMMUNE, PROVINCE, register
from partykg.rdf.mapping import place_iri


def run(nlp, text, issued=None):
    return extract(replace(make_article(text), issued=issued), nlp)


def places(nlp, text, issued=None):
    return {p.label: p for p in run(nlp, text, issued).places}


def test_a_commune_made_in_2025_resolves_to_its_2025_province(nlp):
    found = places(nlp, "Đảng bộ xã Vị Thanh 1 kết nạp 12 đảng viên trong quý III.", "2025-10-02")
    commune = found["xã Vị Thanh 1"]
    assert (commune.unit_type, commune.name) == ("xã", "Vị Thanh 1")
    assert commune.code is not None and commune.code.startswith("2025-")
    assert (commune.parent, commune.parent_code) == ("thành phố Cần Thơ", "2025-92")
    assert commune.evidence[0].rule == "places.unit_word"


def test_a_numbered_name_the_register_does_not_know_keeps_its_name_without_the_number(nlp):
    found = places(nlp, "Xã Thủy Lam Đông 2 đảng viên mới được kết nạp.", "2025-10-02")
    assert list(found) == ["xã Thủy Lam Đông"]


def test_the_two_registers_codes_never_meet():
    reg = register()
    # 00025: a ward of Hà Nội in both lists, but not the same ward
    legacy, new = reg.get(COMMUNE, "00025"), reg.get(COMMUNE, "2025-00025")
    assert legacy is not None and new is not None
    assert (legacy.name, new.name) == ("Ngọc Khánh", "Giảng Võ")
    assert not legacy.since_2025 and new.since_2025
    assert reg.parent(legacy).level == "district" and reg.parent(new).code == "2025-01"
    # every 2025 unit is marked, and its IRI with it
    assert all(u.since_2025 == u.code.startswith("2025-") for u in reg.units.values())
    assert place_iri("phường Giảng Võ", new.code).value.endswith("/place/2025-00025")


def test_the_article_date_chooses_the_register_of_a_name_in_both(nlp):
    text = "Thành ủy Cần Thơ chỉ đạo công tác phát triển đảng viên của thành phố Cần Thơ."
    assert places(nlp, text, "2024-05-03")["thành phố Cần Thơ"].code == "92"
    assert places(nlp, text, "2025-07-01")["thành phố Cần Thơ"].code == "2025-92"
    assert places(nlp, text)["thành phố Cần Thơ"].code == "92"  # undated: the legacy register
    assert register().get(PROVINCE, "92").label == register().get(PROVINCE, "2025-92").label


def test_an_undated_articles_own_units_choose_the_register_before_the_default(nlp):
    found = places(nlp, "Xã Vị Thanh 1 là điểm sáng của thành phố Cần Thơ trong công tác kết nạp đảng viên.")
    assert found["thành phố Cần Thơ"].code == "2025-92"  # the city its 2025 commune lies in


def test_a_2025_name_in_two_provinces_is_not_resolved_by_guesswork(nlp):
    found = places(nlp, "Đảng bộ xã An Khánh kết nạp 4 đảng viên.", "2025-10-02")
    assert (found["xã An Khánh"].code, found["xã An Khánh"].parent) == (None, None)


def test_a_2025_commune_makes_its_province_known_to_a_bare_committee(nlp):
    ex = run(nlp, "Đảng bộ phường Long Phú 1 tổ chức hội nghị. Thành ủy đánh giá cao kết quả kết nạp đảng viên.",
             "2025-11-20")
    orgs = {o.name: o.parent for o in ex.organizations}
    assert orgs["Đảng bộ phường Long Phú 1"] == "Đảng bộ thành phố Cần Thơ"
    assert "Thành ủy Cần Thơ" in orgs
    assert "thành phố Cần Thơ" in {p.label for p in ex.places}


def test_a_legacy_unit_in_an_article_since_the_reform_is_a_former_one(nlp):
    # tỉnh Hậu Giang was merged into thành phố Cần Thơ in 2025: named after that, a bare "Tỉnh ủy"
    # is not its committee but that of the province still in force
    text = "Tỉnh An Giang hỗ trợ tỉnh Hậu Giang xây dựng chi bộ. Tỉnh ủy chỉ đạo kết nạp 20 đảng viên."

    def committees(issued):
        return {o.name for o in run(nlp, text, issued).organizations if o.name.startswith("Tỉnh ủy")}

    assert committees("2025-09-10") == {"Tỉnh ủy An Giang"}
    assert committees("2024-09-10") == {"Tỉnh ủy Hậu Giang"}
    assert committees(None) == {"Tỉnh ủy Hậu Giang"}
