"""Organizations in the layouts and unit structures of party news pages, on sentences written for the
tests: names in a table's cells, a bank's district transaction office."""
from _fixture import orgs


def test_a_cells_name_in_a_tab_separated_table_ends_at_the_cell(nlp):
    # (a table pasted from a page keeps its cells apart by tabs: the figure is the next cell)
    found = orgs(nlp, "Đảng ủy Trường Đại học Hạ Long kết nạp 8 đảng viên. Theo chi bộ:\nChi bộ\tSố đảng viên mới\n"
                      "Chi bộ Sinh viên Khoa Công nghệ thông tin - Truyền thông\t5\n"
                      "Chi bộ Sinh viên Khoa Văn hóa du lịch\t3\n")
    assert {"Chi bộ Sinh viên Khoa Công nghệ thông tin - Truyền thông",
            "Chi bộ Sinh viên Khoa Văn hóa du lịch"} <= set(found)


def test_a_banks_transaction_office_and_its_cell(nlp):
    # (the policy bank's district office, Quyết định 131/2002/QĐ-TTg: written with the bank in full or short)
    found = orgs(nlp, "Chi bộ Phòng giao dịch NHCSXH huyện Mường Khương có 8 đảng viên. Phòng giao dịch Ngân hàng "
                      "Chính sách xã hội huyện Mường Khương cho vay 120 hộ.")
    assert {"Chi bộ Phòng giao dịch NHCSXH huyện Mường Khương",
            "Phòng giao dịch Ngân hàng Chính sách xã hội huyện Mường Khương"} <= set(found)
    assert "Ngân hàng Chính sách xã hội huyện Mường Khương" not in found


def test_the_party_organizations_of_a_table_kept_one_row_a_line(nlp):
    # (a district's table with a column headed "Đảng bộ", rows of bare names: the district's communes
    # and towns by the register, cells apart by "|" or by tabs; the total row is no organization)
    text = ("Huyện ủy Yên Thế sơ kết công tác kết nạp đảng viên. Kết quả ở một số cơ sở:\n\n"
            "| Đảng bộ | Kết nạp quý I | Chỉ tiêu năm |\n| Đồng Kỳ | 4 | 6 |\n| Bố Hạ | 3 | 5 |\n"
            "| Tổng | 7 | 11 |\n\nHuyện ủy giao chỉ tiêu cho các cơ sở.\n")
    found = orgs(nlp, text)
    assert {"Đảng bộ xã Đồng Kỳ", "Đảng bộ thị trấn Bố Hạ"} <= set(found)
    assert found["Đảng bộ xã Đồng Kỳ"].parent == "Đảng bộ huyện Yên Thế"
    assert not any(name.startswith("Đảng bộ Tổng") for name in found)
    found = orgs(nlp, text.replace(" | ", "\t").replace("| ", "").replace(" |", ""))
    assert {"Đảng bộ xã Đồng Kỳ", "Đảng bộ thị trấn Bố Hạ"} <= set(found)


def test_a_table_drawn_with_rules_between_its_rows(nlp):
    # (a Markdown table's "|---|" under its head; a table drawn in box-drawing characters)
    text = ("Huyện ủy Yên Thế sơ kết công tác kết nạp đảng viên. Kết quả ở một số cơ sở:\n\n"
            "| Đảng bộ | Kết nạp quý I |\n|---|---:|\n| Đồng Kỳ | 4 |\n| Bố Hạ | 3 |\n\nHuyện ủy giao chỉ tiêu.\n")
    found = orgs(nlp, text)
    assert {"Đảng bộ xã Đồng Kỳ", "Đảng bộ thị trấn Bố Hạ"} <= set(found)
    drawn = ("Huyện ủy Yên Thế sơ kết công tác kết nạp đảng viên. Kết quả ở một số cơ sở:\n\n"
             "┌──────────┬──────┐\n│ Đảng bộ  │ Quý I│\n├──────────┼──────┤\n│ Đồng Kỳ  │ 4    │\n"
             "│ Bố Hạ    │ 3    │\n└──────────┴──────┘\n\nHuyện ủy giao chỉ tiêu.\n")
    found = orgs(nlp, drawn)
    assert {"Đảng bộ xã Đồng Kỳ", "Đảng bộ thị trấn Bố Hạ"} <= set(found)


def test_a_provinces_ethnic_affairs_board_and_a_regional_hospitals_cell(nlp):
    # (Ban Dân tộc: a province's agency; "Đa khoa khu vực" then a name: a regional general hospital)
    found = orgs(nlp, "Ông Sùng Văn Páo, Trưởng Ban Dân tộc tỉnh Lào Cai, dự hội nghị. Chi bộ Bệnh viện Đa khoa khu "
                      "vực Bắc Hà có 25 đảng viên.")
    assert {"Ban Dân tộc tỉnh Lào Cai", "Chi bộ Bệnh viện Đa khoa khu vực Bắc Hà"} <= set(found)
    assert "Chi bộ Bệnh viện Đa khoa" not in found


def test_a_quarters_retirees_cell_is_in_its_wards_party_organization(nlp):
    found = orgs(nlp, "Đảng bộ phường Hưng Dũng có 40 chi bộ. Chi bộ Hưu trí Khối 4 có 31 đảng viên, tuổi bình quân "
                      "trên 70.")
    assert "Chi bộ Hưu trí Khối 4" in found
    assert found["Chi bộ Hưu trí Khối 4"].parent == "Đảng bộ phường Hưng Dũng"


def test_a_tables_row_of_the_cells_it_leaves_unnamed_is_no_cell(nlp):
    found = orgs(nlp, "Đảng bộ Công ty Xi măng Bỉm Sơn có 12 chi bộ trực thuộc với 410 đảng viên.\n\n"
                      "Kết quả của một số chi bộ năm 2025:\n"
                      "| Chi bộ | Đảng viên | Kết nạp |\n| Phân xưởng Lò nung | 64 | 5 |\n"
                      "| Phân xưởng Nghiền | 41 | 3 |\n| Các chi bộ khác | 149 | 4 |\n")
    assert "Chi bộ Phân xưởng Nghiền" in found
    assert not any("khác" in name for name in found)


def test_a_bare_name_in_a_districts_list_is_the_unit_below_of_the_lists_unit_word(nlp):
    # the register holds a thị trấn and a xã named after huyện Trạm Tấu: the heading's "xã" settles which, and the
    # district itself is no item of its own list
    found = orgs(nlp, "Huyện ủy Trạm Tấu sơ kết quý I. Số đảng viên mới của các đảng bộ xã: Pá Lau 3 đảng viên; "
                      "Trạm Tấu 2 đảng viên; Phình Hồ 1 đảng viên; Tà Xi Láng 2 đảng viên.")
    assert "Đảng bộ xã Trạm Tấu" in found
    assert "Đảng bộ thị trấn Trạm Tấu" not in found


def test_a_list_of_village_cells_one_line_each_under_a_heading_naming_their_kind(nlp):
    # (the heading names the cells' kind, "các chi bộ thôn"; each line opens with the village's name)
    found = orgs(nlp, "Đảng bộ xã Đồng Tâm có 12 chi bộ. Kết quả ở các chi bộ thôn (đảng viên / kết nạp):\n"
                      "Thôn Nà Lừa: 28 / 2\nThôn Khuổi Hao: 19 / 1\nCác chi bộ còn lại chưa kết nạp.\n")
    assert found["Chi bộ thôn Nà Lừa"].parent == "Đảng bộ xã Đồng Tâm"
    assert "Chi bộ thôn Khuổi Hao" in found


def test_a_plural_cells_head_then_its_villages_is_one_cell_a_village(nlp):
    # "các chi bộ xóm 2, xóm 4 và 7": the village word written again or not; a number before a count noun is a figure
    found = orgs(nlp, "Đảng ủy xã Phước Hưng giao nhiệm vụ quý III. Các chi bộ khóm 2, khóm 4 và 7 chưa kết nạp "
                      "được đảng viên. Các chi bộ thôn Gò Sặt, Bàu Sen phải rà soát nguồn.")
    assert {"Chi bộ khóm 2", "Chi bộ khóm 4", "Chi bộ khóm 7", "Chi bộ thôn Gò Sặt",
            "Chi bộ thôn Bàu Sen"} <= set(found)
    assert found["Chi bộ khóm 7"].parent == "Đảng bộ xã Phước Hưng"
    found = orgs(nlp, "Đảng ủy xã Phước Hưng. Các chi bộ khóm 2, 3 đảng viên trở lên.")
    assert "Chi bộ khóm 3" not in found


def test_a_unit_word_ending_a_tab_separated_cell_is_the_article_unit_not_a_numbered_one(nlp):
    # (the row's figures follow in cells of their own: "phường<TAB>2" names no Phường 2)
    found = orgs(nlp, "Đảng ủy phường Cam Lợi có 30 chi bộ.\nKết nạp theo chi bộ\nChi bộ\tKết nạp\tĐang bồi dưỡng\n"
                      "Chi bộ khu phố Hòa Do\t3\t5\nChi bộ Công an phường\t2\t2\n")
    assert "Chi bộ Công an phường Cam Lợi" in found
    assert not any(name.endswith("Phường 2") for name in found)


def test_a_numbered_list_of_bare_unit_names_under_a_heading_naming_their_party_organizations(nlp):
    # (each line: a bare name, a colon, its figure; the register places each in the district: xã or thị trấn)
    text = ("Huyện ủy Yên Thế đánh giá việc kết nạp quý I.\n\nĐảng viên mới của các đảng bộ xã, thị trấn trong quý:\n"
            "1. Đồng Kỳ: 5 đảng viên mới;\n2. Bố Hạ: 4;\n3. Tam Tiến: 0.\n\nHuyện ủy giao chỉ tiêu cho các cơ sở.\n")
    found = orgs(nlp, text)
    assert {"Đảng bộ xã Đồng Kỳ", "Đảng bộ thị trấn Bố Hạ", "Đảng bộ xã Tam Tiến"} <= set(found)
    assert found["Đảng bộ thị trấn Bố Hạ"].parent == "Đảng bộ huyện Yên Thế"
    found = orgs(nlp, text.replace("1. ", "- ").replace("2. ", "- ").replace("3. ", "- "))
    assert "Đảng bộ xã Tam Tiến" in found


def test_a_list_of_cells_with_dot_leaders_before_their_figures(nlp):
    # (a figure ending one line counts no body on the next: "..... 19\nChi bộ B" is no "19 chi bộ")
    found = orgs(nlp, "Đảng bộ Trung tâm Y tế huyện Phù Cát có 4 chi bộ.\nSố đảng viên theo chi bộ:\n"
                      "Chi bộ Khoa Khám bệnh ............ 19\nChi bộ Phòng Kế hoạch - Tài chính ....... 15\n"
                      "Chi bộ Trạm Y tế xã Cát Hanh ......... 8\n")
    assert {"Chi bộ Khoa Khám bệnh", "Chi bộ Phòng Kế hoạch - Tài chính"} <= set(found)


def test_a_list_of_unit_names_flattened_one_cell_a_line_under_a_heading_naming_their_party_organizations(nlp):
    # (a table pasted one cell a line: the unit's name on one line, its figures on the next; the register places
    # each bare name in the district, a row may write the unit word itself)
    text = ("Huyện ủy Yên Thế tổng kết việc kết nạp đảng viên quý II.\n\nSố kết nạp / kế hoạch năm của các đảng bộ xã, "
            "thị trấn:\nThị trấn Bố Hạ\n3/5\nĐồng Kỳ\n2/4\nTam Tiến\n0\n\nHuyện ủy nhắc các cơ sở còn chậm.\n")
    found = orgs(nlp, text)
    assert {n: o.parent for n, o in found.items() if n.startswith(("Đảng bộ xã", "Đảng bộ thị trấn"))} == {
        "Đảng bộ thị trấn Bố Hạ": "Đảng bộ huyện Yên Thế", "Đảng bộ xã Đồng Kỳ": "Đảng bộ huyện Yên Thế",
        "Đảng bộ xã Tam Tiến": "Đảng bộ huyện Yên Thế"}


def test_the_cells_of_a_workplaces_units_listed_by_title_after_one_plural_head(nlp):
    # (in an article about an agency's party organization, "các chi bộ A, B và C" names the cells of its units)
    found = orgs(nlp, "Đảng bộ Bệnh viện Đa khoa tỉnh Quảng Trị có 9 chi bộ. Trong quý, các chi bộ Hành chính - "
                      "Quản trị, Dược và Dinh dưỡng lâm sàng chưa kết nạp được đảng viên.")
    assert {n: o.parent for n, o in found.items() if n.startswith("Chi bộ")} == {
        "Chi bộ Hành chính - Quản trị": "Đảng bộ Bệnh viện Đa khoa tỉnh Quảng Trị",
        "Chi bộ Dược": "Đảng bộ Bệnh viện Đa khoa tỉnh Quảng Trị",
        "Chi bộ Dinh dưỡng lâm sàng": "Đảng bộ Bệnh viện Đa khoa tỉnh Quảng Trị"}


def test_a_plural_head_listing_place_names_names_no_units_of_the_workplace(nlp):
    # (cells named after districts or communes are seated there, no units of the company the article is about)
    found = orgs(nlp, "Đảng bộ Công ty Cổ phần Chè Phú Bền có 11 chi bộ. Đầu năm, các chi bộ Đoan Hùng, Thanh Ba "
                      "và Hạ Hòa tổ chức đại hội.")
    assert {n for n in found if n.startswith("Chi bộ")} == set()


def test_a_unit_title_listed_after_a_plural_head_keeps_the_fields_comma(nlp):
    # ("Phòng, chống", one term with its comma, as the laws name the field: an item's title, as in one cell's)
    found = orgs(nlp, "Đảng bộ Bệnh viện Phổi tỉnh Hà Nam có 8 chi bộ. Năm qua, các chi bộ Khoa Phòng, "
                      "chống lao cộng đồng, Xét nghiệm và Hành chính tổng hợp kết nạp 5 đảng viên.")
    hospital = "Đảng bộ Bệnh viện Phổi tỉnh Hà Nam"
    assert {n: o.parent for n, o in found.items() if n.startswith("Chi bộ")} == {
        "Chi bộ Khoa Phòng, chống lao cộng đồng": hospital, "Chi bộ Xét nghiệm": hospital,
        "Chi bộ Hành chính tổng hợp": hospital}
