"""Organizations of the 2025 reorganisation and workplaces written as common nouns, on sentences
written for the tests (people invented)."""
from _fixture import orgs


def test_regional_branches_are_named_by_their_number(nlp):
    found = orgs(nlp, "Ông Trịnh Văn Bảo, Giám đốc Kho bạc Nhà nước khu vực XII, dự hội nghị. "
                      "Bà Lò Thị Xoan, Chánh án Tòa án nhân dân khu vực 3 - Gia Lai, phát biểu. "
                      "Chi bộ Chi cục Thuế khu vực II kết nạp 2 đảng viên.")
    assert {"Kho bạc Nhà nước khu vực XII", "Tòa án nhân dân khu vực 3 - Gia Lai",
            "Chi bộ Chi cục Thuế khu vực II"} <= set(found)


def test_a_regional_branch_is_in_the_national_department(nlp):
    found = orgs(nlp, "Đảng bộ Chi cục Hải quan khu vực XV trực thuộc Đảng bộ Cục Hải quan. Đồng chí Mai "
                      "Văn Quyết, Chi cục trưởng Chi cục Hải quan khu vực XV, báo cáo với Cục Hải quan.")
    assert found["Đảng bộ Chi cục Hải quan khu vực XV"].parent == "Đảng bộ Cục Hải quan"
    assert found["Chi cục Hải quan khu vực XV"].parent == "Cục Hải quan"


def test_a_bare_department_is_not_the_former_one(nlp):
    # the provincial department written as former ("trước đây") was reorganised away: the bare
    # name is the department now in place, not that one
    found = orgs(nlp, "Chi cục Thuế khu vực IV được tổ chức lại từ Cục Thuế tỉnh Hà Nam trước đây. "
                      "Đảng bộ Chi cục trực thuộc Đảng bộ Cục Thuế.")
    assert "Đảng bộ Cục Thuế" in found
    assert "Đảng bộ Cục Thuế tỉnh Hà Nam" not in found
    assert "Cục Thuế tỉnh Hà Nam" in found  # (the former one, as written)


def test_cells_of_workplaces_written_as_common_nouns(nlp):
    found = orgs(nlp, "Chi bộ Khoa hồi sức tích cực kết nạp 2 đảng viên. Chi bộ Đội tàu lai dắt có 12 đảng "
                      "viên. Chi bộ Vườn quốc gia Bạch Mã có 20 đảng viên; Chi bộ Trạm y tế xã Gia Hưng có "
                      "9 đảng viên.")
    assert {"Chi bộ Khoa hồi sức tích cực", "Chi bộ Đội tàu lai dắt", "Chi bộ Vườn quốc gia Bạch Mã",
            "Chi bộ Trạm y tế xã Gia Hưng"} <= set(found)
    assert found["Chi bộ Trạm y tế xã Gia Hưng"].jurisdiction == "xã Gia Hưng"


def test_a_cell_followed_by_the_running_sentence_is_no_workplace(nlp):
    found = orgs(nlp, "Chi bộ Khu phố 3 có 40 đảng viên. Chi bộ Khoa nội đều hoàn thành chỉ tiêu; "
                      "năm nay các chi bộ Khoa phấn đấu kết nạp thêm.")
    assert "Chi bộ Khoa nội" in found
    assert not any(name.startswith(("Chi bộ Khoa nội đều", "Chi bộ Khoa phấn")) for name in found)


def test_a_capitalized_city_after_an_institutions_name_is_its_seat(nlp):
    found = orgs(nlp, "Đảng bộ Bệnh viện Đại học Y Dược Thành phố Cần Thơ kết nạp 5 đảng viên; "
                      "Bệnh viện Đại học Y Dược Thành phố Cần Thơ có 3.000 cán bộ.")
    # (the seat in the canonical form of a unit's name)
    assert {"Đảng bộ Bệnh viện Đại học Y Dược thành phố Cần Thơ",
            "Bệnh viện Đại học Y Dược thành phố Cần Thơ"} <= set(found)
    assert not any(name.endswith(" Thành") for name in found)


def test_a_workplaces_cell_is_in_the_party_organization_of_the_institution_the_article_is_about(nlp):
    found = orgs(nlp, "Đảng bộ Bệnh viện Đa khoa tỉnh Hòa Bình có 12 chi bộ. Đảng bộ Trường Đại học Tây Bắc "
                      "cử đoàn đến dự. Chi bộ Khoa Gây mê hồi sức kết nạp 3 đảng viên; Chi bộ Khối Hành chính "
                      "- Tài vụ có 25 đảng viên.")
    # (two hosts named, a hospital and a university: the department's cell is still a cell, in the
    # party organization of the institution the article is about)
    assert found["Chi bộ Khoa Gây mê hồi sức"].parent == "Đảng bộ Bệnh viện Đa khoa tỉnh Hòa Bình"
    assert found["Chi bộ Khối Hành chính - Tài vụ"].parent == "Đảng bộ Bệnh viện Đa khoa tỉnh Hòa Bình"


def test_the_merged_propaganda_and_mass_mobilization_board_abbreviated(nlp):
    found = orgs(nlp, "Hội nghị do Ban Thường vụ Tỉnh ủy Ninh Bình tổ chức.\nMinh Anh - BTG&DV")
    assert "Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình" in found
    assert "Ban Tuyên giáo Tỉnh ủy Ninh Bình" not in found


def test_a_former_province_is_a_place_with_no_code_and_its_committee_is_its_own(nlp):
    from _fixture import article

    from partykg.extract import extract

    ex = extract(article("Ông Đào Văn Lịch từng là Phó Chủ tịch Ủy ban nhân dân huyện Lệ Thủy, tỉnh Bình Trị "
                         "Thiên, rồi Bí thư Tỉnh ủy Hà Nam Ninh."), nlp)
    places = {p.label: p for p in ex.places}
    assert places["tỉnh Bình Trị Thiên"].code is None
    assert "tỉnh Hà Nam Ninh" in places and "tỉnh Hà Nam" not in places  # (not the register's "Hà Nam")
    names = {o.name for o in ex.organizations}
    assert "Tỉnh ủy Hà Nam Ninh" in names and "Tỉnh ủy" not in names
    assert {(m.person, m.organization) for m in ex.memberships} >= {("Đào Văn Lịch", "Tỉnh ủy Hà Nam Ninh")}


def test_an_institutions_name_may_end_with_a_field_in_lower_case(nlp):
    found = orgs(nlp, "Trường Đại học Kinh tế và Trường Cao đẳng Y tế, tỉnh Thái Bình ký kết hợp tác. "
                      "Đoàn Thanh niên Trường Đại học Kinh tế tổ chức lễ kết nạp.")
    assert {"Trường Đại học Kinh tế", "Trường Cao đẳng Y tế",
            "Đoàn Thanh niên Trường Đại học Kinh tế"} <= set(found)
    assert not any(name.endswith(" Kinh") for name in found)


def test_a_bare_standing_board_after_an_associations_executive_committee_is_the_associations(nlp):
    found = orgs(nlp, "Huyện ủy Kim Sơn chỉ đạo đại hội. Đại hội bầu Ban Chấp hành Hội Cựu chiến binh huyện Kim "
                      "Sơn gồm 21 đồng chí. Ban Thường vụ gồm 5 đồng chí.")
    board = found["Ban Thường vụ Hội Cựu chiến binh huyện Kim Sơn"]
    assert board.parent == "Hội Cựu chiến binh huyện Kim Sơn"
    assert "Ban Thường vụ Huyện ủy Kim Sơn" not in found


def test_a_police_department_named_by_a_post_is_in_its_force(nlp):
    found = orgs(nlp, "Công an tỉnh Điện Biên tổ chức lễ kết nạp. Thiếu tá Lò Văn Pản, Phó Trưởng phòng Tổ chức "
                      "cán bộ Công an tỉnh Điện Biên, trao quyết định.")
    assert found["Phòng Tổ chức cán bộ Công an tỉnh Điện Biên"].parent == "Công an tỉnh Điện Biên"


def test_a_regional_court_is_in_its_provinces_whose_party_organization_is_not_the_provinces_own(nlp):
    found = orgs(nlp, "Chi bộ Viện Kiểm sát nhân dân khu vực 2 - Lai Châu (trực thuộc Đảng bộ Viện Kiểm sát nhân "
                      "dân tỉnh Lai Châu) kết nạp 1 đảng viên. Viện Kiểm sát nhân dân khu vực 2 - Lai Châu được thành "
                      "lập trên cơ sở hai viện kiểm sát huyện; Viện Kiểm sát nhân dân tỉnh Lai Châu tặng giấy khen.")
    assert found["Viện Kiểm sát nhân dân khu vực 2 - Lai Châu"].parent == "Viện Kiểm sát nhân dân tỉnh Lai Châu"
    # (the province's procuracy's party organization is in its agencies', not the province's own)
    assert found["Đảng bộ Viện Kiểm sát nhân dân tỉnh Lai Châu"].parent is None


def test_a_district_or_regional_tax_offices_cell_is_in_its_provincial_tax_departments_party_organization(nlp):
    found = orgs(nlp, "Đảng bộ Cục Thuế tỉnh Long An có 15 chi bộ. Chi bộ Chi cục Thuế khu vực Đức Hòa kết nạp "
                      "3 đảng viên; Chi bộ Chi cục Thuế thành phố Tân An chưa kết nạp được đảng viên nào.")
    assert found["Chi bộ Chi cục Thuế khu vực Đức Hòa"].parent == "Đảng bộ Cục Thuế tỉnh Long An"
    assert found["Chi bộ Chi cục Thuế thành phố Tân An"].parent == "Đảng bộ Cục Thuế tỉnh Long An"


def test_a_regional_courts_cell_is_in_the_party_organization_of_the_court_its_seat_names(nlp):
    # two provincial courts named (one in a former post): the seat after the dash tells which one the cell is under
    found = orgs(nlp, "Đảng bộ Tòa án nhân dân tỉnh Ninh Bình có 9 chi bộ. Chi bộ Tòa án nhân dân khu vực 2 - "
                      "Ninh Bình kết nạp 2 đảng viên. Bí thư Chi bộ là đồng chí Lê Văn Hào, nguyên Phó Chánh án "
                      "Tòa án nhân dân tỉnh Nam Định.")
    assert found["Chi bộ Tòa án nhân dân khu vực 2 - Ninh Bình"].parent == "Đảng bộ Tòa án nhân dân tỉnh Ninh Bình"


def test_a_count_of_cells_of_a_kind_of_agency_names_no_cell(nlp):
    found = orgs(nlp, "Đảng bộ Cục Thuế tỉnh Long An có 15 chi bộ trực thuộc (5 chi bộ phòng và 10 chi bộ Chi cục Thuế "
                      "khu vực, huyện, thành phố).")
    assert set(found) == {"Đảng bộ Cục Thuế tỉnh Long An"}


def test_a_regional_treasurys_numbered_transaction_office_and_its_cell_are_the_treasurys(nlp):
    # (since 2025 each regional treasury runs numbered transaction offices: units of it, their cells in its Đảng bộ)
    # (where the article says the treasury's Đảng bộ is in the province's, the cell is still the treasury's)
    treasury = "Kho bạc Nhà nước khu vực XI"
    found = orgs(nlp, f"Đảng bộ {treasury} (trực thuộc Đảng bộ tỉnh Hà Giang) có 15 chi bộ. Chi bộ Phòng Giao dịch "
                      "số 4 kết nạp 1 đảng viên; Phòng Giao dịch số 4 phục vụ hai huyện miền núi.")
    assert {n: o.parent for n, o in found.items() if "giao dịch" in n} == {
        "Chi bộ Phòng giao dịch số 4": f"Đảng bộ {treasury}", "Phòng giao dịch số 4": treasury}


def test_a_numbered_tax_office_written_short_is_the_one_named_with_its_province(nlp):
    # ("Thuế cơ sở 4" after "Thuế cơ sở 4 tỉnh X": the numbers count within a province, so the short form is that one)
    found = orgs(nlp, "Chi bộ Thuế cơ sở 4 tỉnh Nghệ An có 25 đảng viên. Ông Hồ Văn Nam, Đội trưởng, nay là Trưởng "
                      "Thuế cơ sở 4, cho biết đơn vị thu vượt dự toán.")
    assert {n for n in found if n.startswith("Thuế")} == {"Thuế cơ sở 4 tỉnh Nghệ An"}
