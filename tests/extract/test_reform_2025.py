"""Units before and since the 2025 reform (34 provinces, communes right below them, from 1 July
2025): the 2025 register's names, former units, parents; sentences written for the tests."""
from dataclasses import replace

from _fixture import article

from partykg.extract import extract


def facts(nlp, text, issued=None):
    return extract(replace(article(text), issued=issued), nlp)


def org_names(ex):
    return {o.name for o in ex.organizations}


MERGED = ("Sau khi Hội Cựu chiến binh tỉnh Đắk Lắk và Hội Cựu chiến binh tỉnh Phú Yên hợp nhất, "
          "đồng chí Y Khuê Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, được cử làm Chủ tịch Hội.")


def test_since_the_reform_a_bare_unit_word_skips_a_province_it_abolished(nlp):
    since = facts(nlp, MERGED, issued="2025-09-20")
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk" in org_names(since)
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Yên" not in org_names(since)
    # dated before the reform both provinces exist: the nearest one named before is meant
    before = facts(nlp, MERGED, issued="2024-09-20")
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Yên" in org_names(before)


def test_a_unit_written_as_former_is_skipped(nlp):
    ex = facts(nlp, "Tỉnh Đắk Lắk, tính cả tỉnh Phú Yên trước đây, có 640 chi bộ thôn, buôn. "
                    "Ban Tổ chức Tỉnh ủy vừa ra văn bản về kiện toàn chúng.")
    assert "Ban Tổ chức Tỉnh ủy Đắk Lắk" in org_names(ex)


def test_a_commune_since_the_reform_named_after_a_person_is_a_place(nlp):
    ex = facts(nlp, "Đảng ủy phường Trần Nhân Tông họp bàn việc kết nạp đảng viên trẻ.")
    assert "Đảng ủy phường Trần Nhân Tông" in org_names(ex)
    assert {p.label for p in ex.places} == {"phường Trần Nhân Tông"}


def test_since_the_reform_a_commune_is_right_below_its_named_province(nlp):
    text = ("Đảng bộ tỉnh Đắk Lắk hiện có 102 đảng bộ xã, phường trực thuộc. "
            "Đảng bộ xã Ea Wy và Đảng bộ xã Phú Mỡ kết nạp nhiều đảng viên nhất.")
    parents = {o.name: o.parent for o in facts(nlp, text, issued="2025-11-02").organizations}
    assert parents["Đảng bộ xã Ea Wy"] == parents["Đảng bộ xã Phú Mỡ"] == "Đảng bộ tỉnh Đắk Lắk"
    # before the reform the communes were in districts (which the text leaves unnamed)
    parents = {o.name: o.parent for o in facts(nlp, text, issued="2024-11-02").organizations}
    assert parents["Đảng bộ xã Ea Wy"] is None


def test_a_unit_word_ending_its_line_names_no_unit(nlp):
    ex = facts(nlp, "Chi bộ thôn 3 kết nạp 2 đảng viên.\n\nTuấn Anh - Văn phòng Đảng ủy xã\nSố lượt đọc: 40")
    assert not ex.places
    assert not any(o.name.startswith("Đảng ủy xã S") for o in ex.organizations)


def test_a_communes_party_organization_read_through_its_committee_is_below_the_province(nlp):
    # the statistics component names "Đảng bộ xã Ea Wy" from its committee's figure
    text = "Đảng bộ tỉnh Đắk Lắk có 102 đảng bộ trực thuộc. Đảng ủy xã Ea Wy hiện có 310 đảng viên."
    parents = {o.name: o.parent for o in facts(nlp, text, issued="2025-10-01").organizations}
    assert parents["Đảng bộ xã Ea Wy"] == "Đảng bộ tỉnh Đắk Lắk"
    parents = {o.name: o.parent for o in facts(nlp, text, issued="2024-10-01").organizations}
    assert parents["Đảng bộ xã Ea Wy"] is None


def test_since_the_reform_a_communes_association_is_in_the_provinces(nlp):
    text = ("Hội Nông dân tỉnh Đắk Lắk khen thưởng 12 chi hội. Hội Nông dân xã Ea Wy giới thiệu "
            "8 hội viên ưu tú cho Đảng.")
    parents = {o.name: o.parent for o in facts(nlp, text, issued="2025-11-02").organizations}
    assert parents["Hội Nông dân xã Ea Wy"] == "Hội Nông dân tỉnh Đắk Lắk"


def test_the_tax_offices_since_2025_are_a_provinces_and_its_numbered_local_ones(nlp):
    found = facts(nlp, "Đảng bộ Thuế tỉnh Điện Biên trực thuộc Đảng bộ Ủy ban nhân dân tỉnh. Thuế tỉnh Điện Biên thuộc "
                       "Cục Thuế. Chi bộ Thuế cơ sở 2 tỉnh Điện Biên kết nạp 1 đảng viên; hộ kinh doanh nộp thuế "
                       "tỉnh đầy đủ.", issued="2025-11-02")
    orgs = {o.name: o for o in found.organizations}
    assert orgs["Thuế tỉnh Điện Biên"].parent == "Cục Thuế"
    assert orgs["Thuế tỉnh Điện Biên"].kind == "StateBody"
    assert orgs["Chi bộ Thuế cơ sở 2 tỉnh Điện Biên"].parent == "Đảng bộ Thuế tỉnh Điện Biên"
    assert orgs["Đảng bộ Thuế tỉnh Điện Biên"].parent == "Đảng bộ Ủy ban nhân dân tỉnh Điện Biên"
    # (the tax in lower case is no office: "nộp thuế tỉnh")
    assert not any(name.startswith("thuế") for name in orgs)


def test_a_school_named_after_a_merged_ward_is_the_new_wards_since_the_reform(nlp):
    found = facts(nlp, "Đảng bộ phường Hoàn Kiếm có 80 chi bộ trực thuộc. Phường được thành lập trên cơ sở hợp nhất "
                       "phường Hàng Bạc, phường Hàng Bồ và một phần các phường khác. Đảng bộ phường Hoàn Kiếm kết nạp "
                       "40 đảng viên; Chi bộ Trường Tiểu học Hàng Bạc kết nạp 2 đảng viên.", issued="2025-11-20")
    orgs = {o.name: o for o in found.organizations}
    assert orgs["Chi bộ Trường Tiểu học Hàng Bạc"].parent == "Đảng bộ phường Hoàn Kiếm"


def test_a_kind_word_alone_is_the_pages_own_body_not_a_former_provinces_one_named_after_it(nlp):
    # (a merged sở's page names the former provinces' sở it was made of; "Đảng ủy Sở" is its own)
    text = ("Đảng bộ Sở Nông nghiệp và Môi trường tỉnh Lào Cai ra đời từ việc hợp nhất hai chi bộ: Chi bộ Sở "
            "Nông nghiệp và Môi trường tỉnh Lào Cai và Chi bộ Sở Nông nghiệp và Môi trường tỉnh Yên Bái (cũ). "
            "Đảng ủy Sở giao chỉ tiêu phát triển đảng viên cho từng chi bộ.")
    found = org_names(facts(nlp, text, "2025-10-01"))
    assert "Đảng ủy Sở Nông nghiệp và Môi trường tỉnh Lào Cai" in found
    assert "Đảng ủy Sở Nông nghiệp và Môi trường tỉnh Yên Bái" not in found


def test_a_school_named_after_a_merged_ward_is_the_new_wards_though_another_province_keeps_the_name(nlp):
    # (a ward of that name in another province's 2025 register is another ward: this one was merged away)
    found = facts(nlp, "Phường Hai Bà Trưng được thành lập trên cơ sở phường Lê Đại Hành và một phần các phường lân "
                       "cận. Đảng bộ phường Hai Bà Trưng tổ chức lễ kết nạp.\nNăm nay Chi bộ Trường Tiểu học Lê Đại "
                       "Hành kết nạp 2 đảng viên.",
                  issued="2025-10-15")
    orgs = {o.name: o for o in found.organizations}
    assert orgs["Chi bộ Trường Tiểu học Lê Đại Hành"].parent == "Đảng bộ phường Hai Bà Trưng"
