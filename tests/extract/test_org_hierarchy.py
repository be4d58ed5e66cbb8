"""Where bodies belong, by the party's structure, and bodies the text refers to by their kind word
alone; sentences written for the tests (people invented)."""
from _fixture import article as make, orgs

from partykg.extract import extract


def test_a_central_board_is_the_central_committees_when_the_article_names_it(nlp):
    found = orgs(nlp, "Đồng chí Lò Văn Thắm, Ủy viên Trung ương Đảng, Phó Trưởng Ban Chính sách, chiến lược "
                      "Trung ương làm việc với Ủy ban Kiểm tra Trung ương và Văn phòng Trung ương Đảng.")
    for board in ("Ban Chính sách, chiến lược Trung ương", "Ủy ban Kiểm tra Trung ương", "Văn phòng Trung ương Đảng"):
        assert found[board].parent == "Ban Chấp hành Trung ương Đảng", board
    # (not named: no parent, as for a committee's board)
    found = orgs(nlp, "Ban Tổ chức Trung ương ban hành hướng dẫn; đồng chí Vi Thị Nhàn, Vụ trưởng, trình bày.")
    assert found["Ban Tổ chức Trung ương"].parent is None


def test_a_kind_word_after_a_party_body_is_the_body_of_that_kind_the_article_names(nlp):
    found = orgs(nlp, "Đồn Biên phòng Nậm Khắt thuộc Bộ đội Biên phòng tỉnh Sơn La. Đảng ủy Đồn giao mỗi đảng viên "
                      "kèm một hộ; Đảng bộ Đồn có 3 chi bộ. Đảng ủy Bệnh viện Đa khoa Mai Sơn và Đảng ủy Trường "
                      "Tiểu học Chiềng Mung ký kết; Chi bộ Khoa Hồi sức cấp cứu, Đảng ủy Bệnh viện giao chỉ tiêu.")
    assert found["Đảng ủy Đồn Biên phòng Nậm Khắt"].parent == "Đảng bộ Đồn Biên phòng Nậm Khắt"
    # the post's party organization is in the force's of its province (org_grammar.tsv, column within)
    assert found["Đảng bộ Đồn Biên phòng Nậm Khắt"].parent == "Đảng bộ Bộ đội Biên phòng tỉnh Sơn La"
    assert found["Chi bộ Khoa Hồi sức cấp cứu"].parent == "Đảng bộ Bệnh viện Đa khoa Mai Sơn"
    assert not any(name.endswith((" Đồn", " Bệnh viện")) for name in found)


def test_a_kind_word_among_several_bodies_of_that_kind_is_the_one_named_last(nlp):
    found = orgs(nlp, "Đảng bộ Công ty Cổ phần Chè Mộc Châu kết nạp 12 đảng viên; Đảng bộ Công ty có 140 đảng viên. "
                      "Đảng bộ Công ty Cổ phần Giống bò sữa Mộc Châu kết nạp 9; Đảng ủy Công ty đề ra chỉ tiêu.")
    assert {"Đảng ủy Công ty Cổ phần Giống bò sữa Mộc Châu", "Đảng bộ Công ty Cổ phần Chè Mộc Châu"} <= set(found)
    assert "Đảng ủy Công ty" not in found and "Đảng ủy Công ty Cổ phần Chè Mộc Châu" not in found


def test_a_member_companys_party_organization_is_in_its_groups(nlp):
    found = orgs(nlp, "Năm 2024, Đảng bộ Tập đoàn Dệt May Việt Nam kết nạp 300 đảng viên. Đảng bộ Công ty Cổ phần "
                      "May Sông Hồng kết nạp 25 đảng viên; Đảng bộ Nông trường Bông Nha Hố kết nạp 6 đảng viên.")
    assert found["Đảng bộ Công ty Cổ phần May Sông Hồng"].parent == "Đảng bộ Tập đoàn Dệt May Việt Nam"
    assert found["Đảng bộ Nông trường Bông Nha Hố"].parent == "Đảng bộ Tập đoàn Dệt May Việt Nam"
    # (two groups named: no one of them is certain)
    found = orgs(nlp, "Đảng bộ Tập đoàn Dệt May Việt Nam và Đảng bộ Tập đoàn Hóa chất Việt Nam ký kết; Đảng bộ "
                      "Công ty Cổ phần May Sông Hồng dự.")
    assert found["Đảng bộ Công ty Cổ phần May Sông Hồng"].parent is None


def test_a_commune_known_only_from_a_list_of_figures_is_in_the_named_district_organization(nlp):
    # the communes' organizations are read from the list by the statistics; their parent is the party
    # organization of the district the register places them in, which the article names
    found = orgs(nlp, "Ngày 9/7/2024, Ban Thường vụ Huyện ủy Tam Nông, tỉnh Phú Thọ sơ kết 6 tháng đầu năm. "
                      "Đảng bộ huyện Tam Nông kết nạp 52 đảng viên.\nKết quả một số cơ sở 6 tháng đầu năm:\n"
                      "- Xã Dị Nậu: kết nạp 6 đảng viên\n- Xã Hương Nộn: kết nạp 4 đảng viên")
    assert found["Đảng bộ xã Dị Nậu"].parent == "Đảng bộ huyện Tam Nông"
    assert found["Đảng bộ xã Hương Nộn"].parent == "Đảng bộ huyện Tam Nông"
    # (the article's own district: its province's organization is not named, so no parent)
    assert found["Đảng bộ huyện Tam Nông"].parent is None


def test_a_parent_stated_in_brackets(nlp):
    found = orgs(nlp, "Chi bộ Trường Tiểu học Nà Tấu (trực thuộc Đảng bộ xã Nà Tấu) kết nạp 2 đảng viên. Cục Thuế "
                      "tỉnh Điện Biên (thuộc Tổng cục Thuế) thu ngân sách đạt kế hoạch.")
    assert found["Chi bộ Trường Tiểu học Nà Tấu"].parent == "Đảng bộ xã Nà Tấu"
    assert found["Cục Thuế tỉnh Điện Biên"].parent == "Tổng cục Thuế"


def test_a_units_party_organization_placed_in_the_unit_above_is_in_that_ones(nlp):
    found = orgs(nlp, "Năm 2024, Chi bộ Hợp tác xã Chè Thượng Lâm (trực thuộc Đảng bộ xã Thượng Lâm, huyện Lâm Bình) "
                      "kết nạp 3 đảng viên. Đảng bộ huyện Mù Cang Chải, tỉnh Yên Bái kết nạp 85 đảng viên.")
    assert found["Đảng bộ xã Thượng Lâm"].parent == "Đảng bộ huyện Lâm Bình"
    assert found["Đảng bộ huyện Mù Cang Chải"].parent == "Đảng bộ tỉnh Yên Bái"


def test_a_partial_party_organization_is_in_its_communes_grassroots_one(nlp):
    found = extract(make("Đảng ủy phường Tân Định đã chuẩn y đồng chí Lê Văn Lực, nguyên Bí thư Đảng ủy phường "
                            "Đa Kao (cũ), giữ chức Bí thư Đảng bộ bộ phận khu vực Đa Kao. Đảng bộ phường Tân Định có "
                            "9 đảng bộ bộ phận; mỗi đảng bộ bộ phận kết nạp ít nhất 3 đảng viên."), nlp)
    orgs = {o.name: o for o in found.organizations}
    assert orgs["Đảng bộ bộ phận khu vực Đa Kao"].parent == "Đảng bộ phường Tân Định"
    assert not any(name.lower() == "đảng bộ bộ phận" for name in orgs)
    assert ("Lê Văn Lực", "Bí thư", "Đảng bộ bộ phận khu vực Đa Kao") in {
        (m.person, m.role, m.organization) for m in found.memberships}


def test_this_is_a_cell_under_a_party_organization_places_the_cell_just_named(nlp):
    # ("Đây là một chi bộ thuộc Đảng bộ Y": "this" is the cell the text has just named)
    found = orgs(nlp, "Sáng 5/3, Chi bộ Trung tâm Giáo dục thường xuyên tỉnh Hà Tĩnh tổ chức đại hội. Đây là một chi "
                      "bộ thuộc Đảng bộ Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh, có 21 đảng viên.")
    assert {n: o.parent for n, o in found.items() if n.startswith("Chi bộ")} == {
        "Chi bộ Trung tâm Giáo dục thường xuyên tỉnh Hà Tĩnh": "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"}


def test_a_bare_standing_committee_after_the_executive_committees_size_is_its_committees(nlp):
    # the executive committee elects the standing committee from its members: written one after the other
    found = orgs(nlp, "Đảng bộ Công ty Cấp nước Yên Bái có 18 chi bộ. Khóa này Ban Chấp hành Đảng bộ có 11 "
                      "ủy viên, Ban Thường vụ 3 ủy viên; Đảng ủy Công ty giao chỉ tiêu cho từng chi bộ.")
    assert {name: o.parent for name, o in found.items()} == {
        "Đảng bộ Công ty Cấp nước Yên Bái": None,
        "Ban Chấp hành Đảng bộ Công ty Cấp nước Yên Bái": "Đảng bộ Công ty Cấp nước Yên Bái",
        "Ban Thường vụ Đảng ủy Công ty Cấp nước Yên Bái": "Đảng ủy Công ty Cấp nước Yên Bái",
        "Đảng ủy Công ty Cấp nước Yên Bái": "Đảng bộ Công ty Cấp nước Yên Bái"}
    # a member's post in it names no body
    found = orgs(nlp, "Ông Lò Văn Sinh (thành viên Ban Chấp hành Đảng bộ xã Mường Lát) là Ủy viên Ban Thường vụ.")
    assert not any(name.startswith("Ban Thường vụ") for name in found)


def test_a_bare_standing_committee_after_an_executive_committee_is_in_that_committee(nlp):
    # "Ban Chấp hành Đảng bộ xã X" is the Đảng ủy xã X (Điều lệ Đảng art. 9): the standing committee it elects
    # is that committee's, though the article never writes "Đảng ủy xã X"
    found = orgs(nlp, "Ban Chấp hành Đảng bộ xã Tân Hòa Tây gồm 19 đồng chí, Ban Thường vụ gồm 6 đồng chí.")
    assert {name: o.parent for name, o in found.items() if name != "Đảng Cộng sản Việt Nam"} == {
        "Ban Chấp hành Đảng bộ xã Tân Hòa Tây": "Đảng bộ xã Tân Hòa Tây", "Đảng bộ xã Tân Hòa Tây": None,
        "Ban Thường vụ Đảng ủy xã Tân Hòa Tây": "Đảng ủy xã Tân Hòa Tây"}
