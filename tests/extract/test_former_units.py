"""Bare bodies in articles that tell of a merger of units (the 2025 reorganization): a bare
"Tỉnh ủy" is the current unit's, never one merged away; sentences written for the tests."""
from _fixture import article

from partykg.extract import extract


def names(nlp, text):
    facts = extract(article(text), nlp)
    return {o.name for o in facts.organizations}, {(m.person, m.role, m.organization) for m in facts.memberships}


def test_a_bare_committee_skips_the_provinces_merged_away(nlp):
    orgs, posts = names(nlp, "Hội nghị Tỉnh ủy Bắc Ninh khóa mới. Tỉnh mới được hợp nhất từ hai tỉnh Bắc Giang "
                             "và Bắc Ninh. Đồng chí Hà Văn Tuyển, nguyên Phó Chủ tịch UBND tỉnh Bắc Giang, "
                             "được bầu giữ chức Phó Bí thư Tỉnh ủy.")
    assert ("Hà Văn Tuyển", "Phó Bí thư", "Tỉnh ủy Bắc Ninh") in posts
    assert "Tỉnh ủy Bắc Giang" not in orgs


def test_a_unit_written_as_old_is_skipped(nlp):
    orgs, _ = names(nlp, "Đảng ủy xã Phú Lộc tổng kết năm. Trước đây, xã Phú Xuân (cũ) có 12 chi bộ. "
                         "Ban Thường vụ Đảng ủy xã đã giao chỉ tiêu cho từng chi bộ.")
    assert "Ban Thường vụ Đảng ủy xã Phú Lộc" in orgs


def test_a_former_post_is_in_a_former_unit_only_where_the_text_tells_of_a_merger(nlp):
    text = ("Xã Mường Bú có 20 chi bộ. Ông Lò Văn Pấng, nguyên Bí thư Đảng ủy xã Chiềng Lao, nay là Chủ tịch "
            "Hội Nông dân xã, vẫn đi cơ sở.")
    orgs, _ = names(nlp, text)
    assert "Hội Nông dân xã Chiềng Lao" in orgs
    orgs, _ = names(nlp, "Sau khi sáp nhập xã Chiềng Lao và xã Hua Trai, xã Mường Bú ra mắt. " + text)
    assert "Hội Nông dân xã Mường Bú" in orgs
    assert "Hội Nông dân xã Chiềng Lao" not in orgs


def test_the_plural_on_a_party_body_makes_each_unit_of_the_list_a_body_and_a_place(nlp):
    facts = extract(article("Chi bộ Công an xã Yên Lâm được lập trên cơ sở hợp nhất các chi bộ Công an xã Yên Thuận, "
                            "Bạch Xa và Minh Khương của huyện Hàm Yên cũ. Đảng bộ xã Yên Lâm được lập từ các đảng bộ "
                            "xã Phù Lưu, Minh Hương, Yên Phú."), nlp)
    orgs = {o.name for o in facts.organizations}
    assert {"Chi bộ Công an xã Yên Thuận", "Chi bộ Công an xã Bạch Xa", "Chi bộ Công an xã Minh Khương",
            "Đảng bộ xã Phù Lưu", "Đảng bộ xã Minh Hương", "Đảng bộ xã Yên Phú"} <= orgs
    assert not any(name in ("Đảng bộ Minh Hương", "Đảng bộ Yên Phú") for name in orgs)
    assert {"xã Bạch Xa", "xã Minh Khương", "xã Minh Hương", "xã Yên Phú"} <= {p.label for p in facts.places}


def test_the_plural_before_a_capitalized_party_body_makes_each_unit_of_the_list_a_body(nlp):
    orgs, _ = names(nlp, "Đảng bộ phường Hà Giang 1 được thành lập trên cơ sở các Đảng bộ phường Minh Khai, Ngọc Hà "
                         "và Quang Trung của thành phố Hà Giang cũ.")
    assert {"Đảng bộ phường Minh Khai", "Đảng bộ phường Ngọc Hà", "Đảng bộ phường Quang Trung"} <= orgs


def test_a_unit_in_the_brackets_giving_a_communes_make_up_is_a_former_one(nlp):
    orgs, _ = names(nlp, "Tại xã Bằng Thành (gồm xã Bằng Thành và xã Bộc Bố của huyện Pác Nặm cũ), Đoàn xã đã giới "
                         "thiệu 12 đoàn viên ưu tú cho Đảng ủy xã.")
    assert {"Đoàn xã Bằng Thành", "Đảng ủy xã Bằng Thành"} <= orgs
    assert "Đoàn xã Bộc Bố" not in orgs

def test_a_commune_merged_away_stays_former_where_the_text_names_it_again(nlp):
    # "trên cơ sở sắp xếp": the reform's word for a merger; the merged commune's later figures do not make it
    # the one a bare "Đảng ủy xã" refers to
    text = ("Xã Mường Bú được thành lập trên cơ sở sắp xếp xã Tân Lập và xã Chiềng Lao. Trước đó, Đảng bộ xã Tân "
            "Lập có 215 đảng viên. Đồng chí Lò Văn Pấng, Bí thư Đảng ủy xã, chủ trì hội nghị.")
    facts = extract(article(text, issued="2025-10-02"), nlp)
    orgs = {o.name for o in facts.organizations}
    assert "Đảng ủy xã Mường Bú" in orgs
    assert "Đảng ủy xã Tân Lập" not in orgs
    # (a commune that kept a merged one's name is the current one)
    text = ("Xã Tân Lập (được hợp nhất từ xã Tân Lập và xã Chiềng Lao) có 30 chi bộ. Trước đó, Đảng bộ xã Chiềng "
            "Lao có 215 đảng viên. Đồng chí Lò Văn Pấng, Bí thư Đảng ủy xã Tân Lập, chủ trì. Đảng ủy xã giao chỉ "
            "tiêu cho từng chi bộ.")
    orgs = {o.name for o in extract(article(text, issued="2025-10-02"), nlp).organizations}
    assert "Đảng ủy xã Tân Lập" in orgs
    assert "Đảng ủy xã Chiềng Lao" not in orgs


def test_units_written_right_after_tren_co_so_are_the_merged_ones(nlp):
    # "được thành lập trên cơ sở xã A, xã B và một phần xã C": the reform's resolutions list the units merged
    # right after "trên cơ sở"; C, which goes on as a commune, is no subject of a later bare "Đảng ủy xã"
    text = ("Chiều 3/10, Đảng ủy xã Mường Bú họp giao ban. Xã Mường Bú được thành lập kể từ 1/7/2025 trên cơ sở "
            "xã Mường Chùm, xã Hua Trai và một phần xã Chiềng Lao của huyện Mường La cũ. Ban Thường vụ Đảng ủy xã "
            "đã giao chỉ tiêu cho từng chi bộ.")
    orgs = {o.name for o in extract(article(text, issued="2025-10-04"), nlp).organizations}
    assert "Ban Thường vụ Đảng ủy xã Mường Bú" in orgs
    assert "Ban Thường vụ Đảng ủy xã Chiềng Lao" not in orgs


def test_the_units_a_founding_sentence_names_right_after_on_the_basis_of_are_merged_away(nlp):
    text = ("Xã Hòa Bình Đông được thành lập kể từ 1/7/2025 trên cơ sở thị trấn Thới Bình, xã Hòa Xuân và một phần "
            "xã Tân Lộc của huyện Thới Bình cũ. Đồng chí Lò Văn Sướng, Trưởng Ban Xây dựng Đảng Đảng ủy xã, cho biết "
            "chi bộ các ấp đã kết nạp 7 đảng viên.")
    orgs, posts = names(nlp, text)
    assert not any("Tân Lộc" in o for _, _, o in posts)
    # "trên cơ sở" of anything else names no merger: the commune after it stays current
    _, posts = names(nlp, "Chi bộ ấp Bờ Đập được thành lập trên cơ sở tách từ các chi bộ ghép của xã Tân Lộc. Đồng "
                          "chí Lò Văn Sướng, Bí thư Đảng ủy xã, cho biết chi bộ có 12 đảng viên.")
    assert ("Lò Văn Sướng", "Bí thư", "Đảng ủy xã Tân Lộc") in posts


def test_a_body_word_over_a_named_unit_and_a_list_of_units_is_one_body_per_unit(nlp):
    found, _ = names(nlp, "Đảng bộ xã Thanh Ba mới được lập do hợp nhất đảng bộ thị trấn Ninh Dân và các xã Đồng Xuân, "
                      "Vũ Yển, Yển Khê thuộc huyện Thanh Ba cũ.")
    assert found == {"Đảng bộ xã Thanh Ba", "Đảng bộ thị trấn Ninh Dân", "Đảng bộ xã Đồng Xuân",
                     "Đảng bộ xã Vũ Yển", "Đảng bộ xã Yển Khê"}
