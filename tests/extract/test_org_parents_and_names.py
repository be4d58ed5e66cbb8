"""Organizations, their parents and places of bodies of many kinds (sentences written for the tests; people
invented)."""
from _fixture import article, orgs

from partykg.extract import extract


def facts(nlp, text, issued=None):
    return extract(article(text, issued), nlp)


def test_a_bare_committee_is_the_current_units_when_the_text_calls_the_other_province_old(nlp):
    got = facts(nlp, "Ủy ban Kiểm tra Thành ủy kỷ luật cảnh cáo ông Hồ Văn Tám, Phó Chủ tịch UBND xã Vị Thủy, "
                     "nguyên Chủ tịch UBND huyện Long Mỹ (tỉnh Hậu Giang cũ).", "2026-02-10")
    orgs = {o.name: o for o in got.organizations}
    assert orgs["Ủy ban Kiểm tra Thành ủy Cần Thơ"].parent == "Thành ủy Cần Thơ"
    assert "thành phố Cần Thơ" in {p.label for p in got.places}



def test_an_enterprise_named_after_its_whole_trade_keeps_its_name(nlp):
    got = facts(nlp, "Ông Đỗ Văn Hạnh, Bí thư Chi bộ Công ty cổ phần Cấp thoát nước môi trường Tân Uyên, "
                     "phát biểu tại hội nghị. Công ty cổ phần Cấp thoát nước môi trường Tân Uyên có 120 lao động.")
    names = {o.name for o in got.organizations}
    assert "Công ty cổ phần Cấp thoát nước môi trường Tân Uyên" in names
    assert "Chi bộ Công ty cổ phần Cấp thoát nước môi trường Tân Uyên" in names


def test_a_defence_area_command_is_the_provincial_military_commands_and_chqs_is_written_out(nlp):
    got = facts(nlp, "Đại tá Phạm Minh Khôi, Chỉ huy trưởng Bộ CHQS tỉnh Quảng Ngãi, kiểm tra Ban Chỉ huy Phòng thủ "
                     "khu vực 3 - Đăk Tô.", "2025-12-01")
    orgs = {o.name: o for o in got.organizations}
    assert "Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi" in orgs
    assert orgs["Ban Chỉ huy Phòng thủ khu vực 3 - Đăk Tô"].parent == "Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi"


def test_the_cell_of_a_communes_body_is_in_the_communes_party_organization_when_named(nlp):
    got = facts(nlp, "Đảng ủy xã Quảng Phú họp sơ kết quý. Chi bộ Trường Tiểu học xã Quảng Phú kết nạp hai đảng "
                     "viên; chi bộ cơ quan và chi bộ Công an xã vẫn sinh hoạt đều.", "2025-10-20")
    orgs = {o.name: o for o in got.organizations}
    assert orgs["Chi bộ Trường Tiểu học xã Quảng Phú"].parent == "Đảng bộ xã Quảng Phú"
    assert orgs.get("Chi bộ Công an xã Quảng Phú") is None or orgs["Chi bộ Công an xã Quảng Phú"].parent is None


def test_a_village_name_closed_by_a_part_word_after_a_family_name_is_not_cut(nlp):
    got = facts(nlp, "Anh Vàng A Sình, đảng viên Chi bộ bản Huổi Lò Hạ (xã Mường Tùng), chia sẻ kinh nghiệm.")
    assert "Chi bộ bản Huổi Lò Hạ" in {o.name for o in got.organizations}


def test_the_cell_of_a_local_school_named_after_the_commune_is_in_the_communes_party_organization(nlp):
    got = facts(nlp, "Đảng ủy xã Tân Uyên tổng kết năm học. Chi bộ Trường Mầm non Tân Uyên kết nạp một đảng viên; "
                     "Chi bộ Trường Trung học phổ thông Tân Uyên kết nạp hai đảng viên.", "2025-11-05")
    orgs = {o.name: o for o in got.organizations}
    assert orgs["Chi bộ Trường Mầm non Tân Uyên"].parent == "Đảng bộ xã Tân Uyên"
    assert orgs["Chi bộ Trường Trung học phổ thông Tân Uyên"].parent != "Đảng bộ xã Tân Uyên"


def test_an_institutions_trade_union_has_no_parent_but_its_board_has(nlp):
    got = facts(nlp, "Ông Tạ Quang Vinh, Chủ tịch Công đoàn Công ty cổ phần Gạch men Thạch Bàn, và bà Mai Thu Hà, "
                     "Chủ tịch Hội đồng quản trị Công ty cổ phần Gạch men Thạch Bàn, dự lễ. Công ty cổ phần Gạch men "
                     "Thạch Bàn có 300 lao động.")
    orgs = {o.name: o for o in got.organizations}
    assert orgs["Công đoàn Công ty cổ phần Gạch men Thạch Bàn"].parent is None
    assert orgs["Hội đồng quản trị Công ty cổ phần Gạch men Thạch Bàn"].parent == "Công ty cổ phần Gạch men Thạch Bàn"


def test_an_enterprises_grassroots_trade_union_is_named_after_the_enterprise(nlp):
    got = facts(nlp, "Chi bộ Công ty TNHH May mặc Hòa Lợi phối hợp với Công đoàn cơ sở công ty mở lớp cảm tình Đảng.")
    assert "Công đoàn cơ sở Công ty TNHH May mặc Hòa Lợi" in {o.name for o in got.organizations}


def test_the_bloc_of_the_party_and_government_agencies_keeps_its_whole_name(nlp):
    got = facts(nlp, "Đảng bộ Khối các cơ quan Đảng và chính quyền tỉnh Bắc Ninh có 120 tổ chức cơ sở đảng.",
                "2025-08-01")
    assert "Đảng bộ Khối các cơ quan Đảng và chính quyền tỉnh Bắc Ninh" in {o.name for o in got.organizations}


def test_the_committee_that_founds_a_cell_is_its_superior(nlp):
    got = facts(nlp, "Ngày 5-10, Đảng ủy xã Hòa Phong công bố quyết định thành lập Chi bộ Công ty TNHH "
                     "Gỗ Phú Gia với 4 đảng viên.", "2025-10-06")
    orgs = {o.name: o for o in got.organizations}
    assert orgs["Chi bộ Công ty TNHH Gỗ Phú Gia"].parent == "Đảng bộ xã Hòa Phong"


def test_a_workplaces_unit_named_by_a_post_is_the_workplaces_when_its_cell_is_named(nlp):
    got = facts(nlp, "Đảng bộ Trường Đại học Tây Nguyên có 30 chi bộ. Bà Y Hoa, Trưởng khoa Kinh tế nông nghiệp, "
                     "Bí thư Chi bộ Khoa Kinh tế nông nghiệp, cho biết chi bộ kết nạp 5 sinh viên. Trường Đại học Tây "
                     "Nguyên có 12 khoa.")
    orgs = {o.name: o for o in got.organizations}
    assert orgs["Khoa Kinh tế nông nghiệp"].parent == "Trường Đại học Tây Nguyên"


def test_a_bare_cell_after_a_sentence_opening_on_a_workplace_is_that_workplaces(nlp):
    got = facts(nlp, "Đảng ủy xã Ea Tul chỉ đạo các chi bộ tạo nguồn. Tại Công ty TNHH Cà phê Ea Tul, chi bộ đã kết "
                     "nạp 3 công nhân.")
    assert "Chi bộ Công ty TNHH Cà phê Ea Tul" in {o.name for o in got.organizations}


def test_a_group_member_company_keeps_the_group_acronym_in_its_name(nlp):
    # a state group's member company is named with the group's acronym after a dash; a headline that
    # leaves the acronym out names the same company
    found = orgs(nlp, "Đảng bộ Công ty Than Đèo Mây kết nạp 12 đảng viên\n\nĐảng ủy Công ty Than Đèo Mây - TKV "
                      "họp sơ kết. Đảng bộ Công ty Than Đèo Mây - TKV có 21 chi bộ trực thuộc. Chi bộ Phân xưởng "
                      "Đào lò 2 kết nạp 3 đảng viên.")
    assert "Đảng bộ Công ty Than Đèo Mây" not in found
    assert found["Đảng ủy Công ty Than Đèo Mây - TKV"].parent == "Đảng bộ Công ty Than Đèo Mây - TKV"
    assert found["Chi bộ Phân xưởng Đào lò 2"].parent == "Đảng bộ Công ty Than Đèo Mây - TKV"


def test_a_short_name_is_the_institution_the_article_names_in_full(nlp):
    # a caption or headline leaves a cooperative's trade words out of its name: the one named in full
    found = orgs(nlp, "Chi bộ Hợp tác xã Nông nghiệp Phước Điền có 9 đảng viên. Năm 2025 chi bộ kết nạp "
                      "2 đảng viên. Một số chỉ số của Hợp tác xã Phước Điền (số liệu do hợp tác xã cung cấp).")
    assert "Hợp tác xã Phước Điền" not in found
    assert "Hợp tác xã Nông nghiệp Phước Điền" in found


def test_a_numbered_cell_before_a_colon_and_its_figure_keeps_its_number(nlp):
    # a list of cells, each "name: figure": the number before the colon is the cell's own
    found = orgs(nlp, "Đảng bộ Trường Đại học Sông Cầu kết nạp 30 đảng viên.\n"
                      "+ Kết nạp: 30 (Chi bộ Sinh viên 1: 12; Chi bộ Sinh viên 2: 10; Chi bộ Sinh viên 3: 8)")
    assert {"Chi bộ Sinh viên 2", "Chi bộ Sinh viên 3"} <= set(found)


def test_a_board_of_the_committee_written_after_cua(nlp):
    # "Ban X của Đảng ủy xã": the board of the committee written after it, not of the province's
    found = orgs(nlp, "Đồng chí Lý Văn Sáng, Tỉnh ủy viên, Bí thư Đảng ủy xã Bum Tở (tỉnh Lai Châu), cho biết xã kết "
                      "nạp 30 đảng viên.\n\nĐược giao theo dõi công tác này là đồng chí Lò Thị Hoa, Phó Bí thư "
                      "của Đảng ủy xã. Ban Xây dựng Đảng của Đảng ủy xã đang lập danh sách quần chúng ưu tú.")
    assert "Ban Xây dựng Đảng Tỉnh ủy Lai Châu" not in found
    assert found["Ban Xây dựng Đảng Đảng ủy xã Bum Tở"].parent == "Đảng ủy xã Bum Tở"


def test_a_border_post_under_its_former_name_and_the_short_kind_word(nlp):
    # a border post's history names it by the armed police's post of before 1979; "Đảng ủy Đồn" is still
    # today's Đồn Biên phòng
    found = orgs(nlp, "Đảng bộ Đồn Biên phòng Pò Mán có 52 đảng viên.\n— Tháng 5/1961: Đồn Công an vũ trang Pò Mán "
                      "được thành lập.\n— 2020: Đảng ủy Đồn lãnh đạo hoàn thành nhiệm vụ.")
    assert "Đồn Công an vũ trang Pò Mán" in found
    assert "Đảng ủy Đồn Công an vũ trang Pò Mán" not in found
    assert "Đảng ủy Đồn Biên phòng Pò Mán" in found


def test_a_foreign_ruling_partys_central_committee(nlp):
    # "Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào": that party's Central Committee, in the party
    found = orgs(nlp, "Đoàn do đồng chí Bun-thon Phăm-ma-vông, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, "
                      "Bí thư Tỉnh ủy Chăm-pa-xắc (Lào) làm trưởng đoàn đã sang thăm tỉnh Quảng Trị.")
    assert found["Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào"].parent == "Đảng Nhân dân Cách mạng Lào"
    assert "Đảng Nhân dân Cách mạng Lào" in found


def test_religious_boards_named_with_their_pagoda_or_unit(nlp):
    # a pagoda's management board and the Sangha's district executive board, as posts name them
    found = orgs(nlp, "Đại đức Thạch Sa Rinh, Trưởng Ban Quản trị chùa Prếk Chóp, Phó Trưởng ban Trị sự Giáo hội "
                      "Phật giáo Việt Nam huyện Cầu Kè chia sẻ về các đảng viên trẻ.")
    assert "Ban Quản trị chùa Prếk Chóp" in found
    assert "Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Cầu Kè" in found


def test_a_kind_word_after_a_post_then_its_holders_name(nlp):
    # "Giám đốc Hợp tác xã Lâm Văn Tư": the cooperative named before, then the director's name
    found = orgs(nlp, "Chi bộ Hợp tác xã Nông nghiệp Tân Tiến có 8 đảng viên. Bí thư Chi bộ kiêm Giám đốc Hợp tác "
                      "xã Lâm Văn Tư cho biết chi bộ kết nạp 2 đảng viên.")
    assert "Hợp tác xã Lâm Văn Tư" not in found
    assert "Hợp tác xã Nông nghiệp Tân Tiến" in found


def test_a_named_committee_before_a_comma_and_its_party_organization_keeps_its_last_word(nlp):
    # "các đảng ủy, đảng bộ" is a generic pair; after a name the sentence goes on, and the name is whole
    found = orgs(nlp, "Đảng ủy Công ty Than Vàng Danh, Đảng bộ hiện có 12 chi bộ trực thuộc.")
    assert "Đảng ủy Công ty Than Vàng Danh" in found
    assert "Đảng ủy Công ty Than Vàng" not in found
    found = orgs(nlp, "Bí thư Đảng ủy Bệnh viện Đa khoa Hà Giang, Đảng bộ có 300 đảng viên.")
    assert "Đảng ủy Bệnh viện Đa khoa Hà Giang" in found
    assert not orgs(nlp, "Các đảng ủy, đảng bộ trực thuộc đã kết nạp đảng viên mới.")


def test_a_tables_remainder_row_is_no_cell(nlp):
    # the row that sums the cells the table does not list is a plural, no one body
    found = orgs(nlp, "Số liệu các chi bộ:\n\nChi bộ\tĐảng viên\tKết nạp\nChi bộ Phân xưởng số 1\t38\t3\n"
                      "Các chi bộ còn lại\t68\t1\n")
    assert "Chi bộ Phân xưởng số 1" in found
    assert not any("còn lại" in name for name in found)
    found = orgs(nlp, "| Chi bộ | Đảng viên | Kết nạp |\n| Phòng Kỹ thuật | 23 | 0 |\n| Các chi bộ khác | 149 | 4 |\n")
    assert "Chi bộ Phòng Kỹ thuật" in found
    assert not any("khác" in name for name in found)


def test_communes_named_only_in_a_list_of_figures_are_in_the_districts_party_organization(nlp):
    # the register has one commune of each name right below the district the article is about
    found = orgs(nlp, "Quý II/2024, Đảng bộ huyện Mường Khương kết nạp 40 đảng viên. Kết quả kết nạp của các đảng bộ "
                      "xã: Bản Lầu 6; Lùng Vai 4; Pha Long 3.")
    assert found["Đảng bộ xã Lùng Vai"].parent == "Đảng bộ huyện Mường Khương"
    assert found["Đảng bộ xã Pha Long"].parent == "Đảng bộ huyện Mường Khương"
