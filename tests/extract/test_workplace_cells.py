"""Party cells seated in a workplace's units and in a town's quarters (Điều lệ Đảng art. 21)."""
from _fixture import orgs


def test_a_departments_cell_is_in_the_party_organization_of_the_bank_branch_the_article_is_about(nlp):
    found = orgs(nlp, "Đảng bộ Vietinbank Chi nhánh Hưng Yên có 15 chi bộ trực thuộc. Chi bộ Phòng Khách hàng "
                      "doanh nghiệp kết nạp 2 đảng viên.")
    assert found["Chi bộ Phòng Khách hàng doanh nghiệp"].parent == "Đảng bộ Vietinbank Chi nhánh Hưng Yên"


def test_a_numbered_or_coded_departments_cell(nlp):
    found = orgs(nlp, "Đảng bộ Công an tỉnh Sơn La có 60 chi bộ. Chi bộ Phòng PC06 kết nạp 3 đảng viên; "
                      "Chi bộ Phòng 2 có 11 đảng viên.")
    assert "Chi bộ Phòng PC06" in found and "Chi bộ Phòng 2" in found


def test_a_towns_numbered_quarter_has_a_cell_in_the_towns_party_organization(nlp):
    found = orgs(nlp, "Chi bộ khối 7, thị trấn Quán Hành kết nạp 2 đảng viên.")
    assert found["Chi bộ khối 7"].parent == "Đảng bộ thị trấn Quán Hành"


def test_a_fishermens_union_and_its_cell(nlp):
    found = orgs(nlp, "Chi bộ Nghiệp đoàn nghề cá Hòn Tre sinh hoạt trên tàu. Ông Trần Văn Lực, Chủ tịch Nghiệp "
                      "đoàn nghề cá Hòn Tre, cho biết.")
    assert "Chi bộ Nghiệp đoàn nghề cá Hòn Tre" in found and "Nghiệp đoàn nghề cá Hòn Tre" in found


def test_a_state_body_of_each_unit_in_a_list(nlp):
    found = orgs(nlp, "Tòa án nhân dân khu vực 3 - Gia Lai được thành lập trên cơ sở Tòa án nhân dân các huyện "
                      "Chư Sê, Chư Pưh và Ia Pa trước đây.")
    courts = {f"Tòa án nhân dân huyện {name}" for name in ("Chư Sê", "Chư Pưh", "Ia Pa")}
    assert courts <= set(found)
    assert found["Tòa án nhân dân huyện Ia Pa"].kind == "StateBody"


def test_a_cell_counted_among_those_under_a_party_organization(nlp):
    found = orgs(nlp, "Chi bộ Tòa án nhân dân khu vực 2 - Lạng Sơn kết nạp 1 đảng viên. Chi bộ hiện có 18 đảng viên, "
                      "là một trong 8 chi bộ trực thuộc Đảng bộ Tòa án nhân dân tỉnh Lạng Sơn.")
    assert found["Chi bộ Tòa án nhân dân khu vực 2 - Lạng Sơn"].parent == "Đảng bộ Tòa án nhân dân tỉnh Lạng Sơn"


def test_public_service_units_and_a_units_steering_committee(nlp):
    found = orgs(nlp, "Bà Lê Thị Hoa, Phó Giám đốc Vườn quốc gia Bạch Mã, Phó Trưởng ban Ban Chỉ đạo 35 tỉnh "
                      "Quảng Bình, đến dự cùng Trung tâm Phục vụ hành chính công xã Phong Nha.")
    assert {"Vườn quốc gia Bạch Mã", "Ban Chỉ đạo 35 tỉnh Quảng Bình",
            "Trung tâm Phục vụ hành chính công xã Phong Nha"} <= set(found)


def test_a_production_unit_named_after_two_trades_is_not_cut_at_their_and(nlp):
    found = orgs(nlp, "Đảng bộ Xí nghiệp Vận tải và Sửa chữa cơ khí cũng có 120 đảng viên; Đảng ủy Xí nghiệp Xây lắp "
                      "và Công ty Cảng Hòn Gai ký kết phối hợp.")
    assert "Đảng bộ Xí nghiệp Vận tải và Sửa chữa cơ khí" in found
    # (not run on into the next word, nor into a body of its own after "và")
    assert not any(name.endswith((" cũng", "Công ty Cảng Hòn Gai")) and name.startswith("Đảng") for name in found)


def test_a_production_units_name_ends_before_a_former_mark_or_a_count_word(nlp):
    found = orgs(nlp, "Xí nghiệp Cấp nước Lạng Giang cũ được giao về Công ty Cổ phần Nước sạch Bắc Giang cùng chi bộ "
                      "của xí nghiệp. Chi bộ Xí nghiệp Cấp nước Yên Dũng hai năm liền không kết nạp được đảng viên.")
    assert {"Xí nghiệp Cấp nước Lạng Giang", "Chi bộ Xí nghiệp Cấp nước Yên Dũng"} <= set(found)
    assert not any(name.endswith((" cũ", " hai")) for name in found)


def test_a_department_cell_counted_in_a_list_is_in_its_workplaces_party_organization(nlp):
    found = orgs(nlp, "Đảng ủy Tòa án nhân dân tỉnh Ninh Bình họp phiên thường kỳ. Trong quý, Đảng bộ Tòa án nhân dân "
                      "tỉnh Ninh Bình kết nạp 3 đảng viên. Các chi bộ kết nạp nhiều:\n"
                      "- Chi bộ Văn phòng: 2 đảng viên;\n- Chi bộ Phòng Kiểm tra nghiệp vụ số 1: 1 đảng viên.")
    assert found["Chi bộ Văn phòng"].parent == "Đảng bộ Tòa án nhân dân tỉnh Ninh Bình"
    assert found["Chi bộ Phòng Kiểm tra nghiệp vụ số 1"].parent == "Đảng bộ Tòa án nhân dân tỉnh Ninh Bình"


def test_a_workplaces_short_name_after_its_dang_uy_and_a_rows_seat_in_brackets(nlp):
    # "Đảng ủy Cục Thống kê" for the body named in full after it: the article is about that body, whose table of
    # cells gives a cell's seat in brackets (where it is, no part of its name)
    found = orgs(nlp, "Năm nay Đảng ủy Chi cục xác định nhiệm vụ trọng tâm. Đảng bộ Chi cục Hải quan khu vực VIII "
                      "trực thuộc Đảng bộ Bộ Tài chính.\n\nChi bộ | Số đảng viên | Kết nạp\nPhòng Nghiệp vụ | 20 | 1\n"
                      "Đội Kiểm soát số 2 (xã Yên Lạc) | 14 | 2\nCác chi bộ khác | 40 | 0\n")
    assert found["Chi bộ Phòng Nghiệp vụ"].parent == "Đảng bộ Chi cục Hải quan khu vực VIII"
    assert found["Chi bộ Đội Kiểm soát số 2"].parent == "Đảng bộ Chi cục Hải quan khu vực VIII"
    assert not any("(" in name for name in found)


def test_a_department_split_in_numbered_ones_keeps_its_number(nlp):
    found = orgs(nlp, "Chi bộ Phòng Thanh toán 1 và Chi bộ Phòng Thanh toán 2 được hợp nhất thành Chi bộ Phòng "
                      "Thanh toán. Năm nay Chi bộ Văn phòng 3 đảng viên mới.")
    assert {"Chi bộ Phòng Thanh toán 1", "Chi bộ Phòng Thanh toán 2", "Chi bộ Phòng Thanh toán"} <= set(found)
    assert "Chi bộ Văn phòng 3" not in found  # (a count after the name)


def test_a_district_post_offices_cell_is_in_the_provincial_post_offices_party_organization(nlp):
    found = orgs(nlp, "Đảng bộ Bưu điện tỉnh Lai Châu tổng kết năm 2024. Năm qua, Chi bộ Bưu điện huyện Sìn Hồ kết "
                      "nạp 2 đảng viên. Ông Nông Văn Thành, Giám đốc Bưu điện huyện Sìn Hồ, cho biết.")
    assert found["Chi bộ Bưu điện huyện Sìn Hồ"].parent == "Đảng bộ Bưu điện tỉnh Lai Châu"
    assert found["Bưu điện huyện Sìn Hồ"].parent is None  # (the district's own body, no unit of the province's)


def test_a_departments_title_joining_two_fields_with_and_is_one_name(nlp):
    # "và" before a capital joins a department's second field; before another body's head it is a list
    found = orgs(nlp, "Đảng bộ Cục Thuế tỉnh Yên Bái có 14 chi bộ. Chi bộ Phòng Tuyên truyền và Hỗ trợ "
                      "người nộp thuế: có thêm 2 đảng viên mới. Chi bộ Phòng Kế toán và Chi bộ Phòng Kiểm tra "
                      "đều kết nạp 1 đảng viên.")
    cells = {name for name in found if name.startswith("Chi bộ")}
    assert cells == {"Chi bộ Phòng Tuyên truyền và Hỗ trợ người nộp thuế", "Chi bộ Phòng Kế toán",
                     "Chi bộ Phòng Kiểm tra"}
    assert found["Chi bộ Phòng Tuyên truyền và Hỗ trợ người nộp thuế"].parent == "Đảng bộ Cục Thuế tỉnh Yên Bái"


def test_a_cell_word_over_several_levels_is_a_kind_of_cell(nlp):
    found = orgs(nlp, "Đảng bộ Công ty Điện lực Yên Bái có 20 chi bộ, trong đó 9 chi bộ Điện lực huyện, "
                      "thành phố. Chi bộ Điện lực Lục Yên kết nạp 2 đảng viên; anh Lý A Páo ở xã Khánh Hòa, "
                      "huyện Lục Yên.")
    assert {name: o.parent for name, o in found.items()} == {
        "Đảng bộ Công ty Điện lực Yên Bái": None,
        "Chi bộ Điện lực Lục Yên": "Đảng bộ Công ty Điện lực Yên Bái"}


def test_and_before_a_mass_organization_or_after_a_non_department_ends_the_cells_title(nlp):
    # a department's or centre's title joins two fields with "và"; a union, a youth union, another kind of unit
    # after "và" is a second body
    found = orgs(nlp, "Đảng bộ Sở Công Thương tỉnh Đồng Nai có 9 chi bộ. Chi bộ Văn phòng và Đoàn Thanh niên Sở "
                      "cùng ra quân dọn vệ sinh. Chi bộ Phòng Quản lý thương mại và Công đoàn cơ sở đều nhận "
                      "giấy khen. Chi bộ Đội kiểm tra liên ngành và Tổ Công tác đặc biệt họp chung.")
    assert {name for name in found if name.startswith("Chi bộ")} == {
        "Chi bộ Văn phòng", "Chi bộ Phòng Quản lý thương mại", "Chi bộ Đội kiểm tra liên ngành"}
    found = orgs(nlp, "Chi bộ Phòng Tài nguyên và Môi trường kết nạp 1 đảng viên.")
    assert {name for name in found if name.startswith("Chi bộ")} == {"Chi bộ Phòng Tài nguyên và Môi trường"}


def test_a_faculty_name_ends_before_the_verb_that_says_it_leads(nlp):
    found = orgs(nlp, "Năm học vừa qua, Chi bộ Khoa Cơ khí động lực dẫn đầu toàn trường với 5 sinh viên được kết nạp.")
    assert set(found) == {"Chi bộ Khoa Cơ khí động lực"}


def _names(nlp, text: str) -> set[str]:
    return set(orgs(nlp, text))


def test_a_faculty_title_with_a_dash_ends_at_the_and_before_a_second_cell(nlp):
    assert _names(nlp, "Chi bộ Khoa Vật lý trị liệu - Phục hồi chức năng và Chi bộ Khoa Lịch sử quân sự đều có "
                       "12 đảng viên.") == {"Chi bộ Khoa Vật lý trị liệu - Phục hồi chức năng",
                                            "Chi bộ Khoa Lịch sử quân sự"}
    assert _names(nlp, "Chi bộ Khoa Dược và Chi bộ Phòng Điều dưỡng kết nạp 3 đảng viên.") == {
        "Chi bộ Khoa Dược", "Chi bộ Phòng Điều dưỡng"}


def test_a_faculty_title_ends_where_the_predicate_opens(nlp):
    assert _names(nlp, "Chi bộ Khoa Ngoại tổng hợp luôn đi đầu trong phong trào thi đua.") == {
        "Chi bộ Khoa Ngoại tổng hợp"}
    assert _names(nlp, "Chi bộ Khoa Nội hoàn thành xuất sắc nhiệm vụ.") == {"Chi bộ Khoa Nội"}
    assert _names(nlp, "Chi bộ Khoa Gây mê hồi sức phải kèm cặp quần chúng ưu tú.") == {"Chi bộ Khoa Gây mê hồi sức"}
    assert _names(nlp, "Chi bộ Đội Quản lý trật tự đô thị nơi anh Hùng làm việc có 12 đảng viên.") == {
        "Chi bộ Đội Quản lý trật tự đô thị"}


def test_a_departments_field_keeps_the_terms_the_laws_join_with_a_comma_or_and(nlp):
    assert _names(nlp, "Chi bộ Phòng Xử lý khiếu nại, tố cáo và Chi bộ Phòng Tuyên truyền phòng, chống tham nhũng "
                       "được khen thưởng.") == {"Chi bộ Phòng Tuyên truyền phòng, chống tham nhũng",
                                                "Chi bộ Phòng Xử lý khiếu nại, tố cáo"}
    assert _names(nlp, "Chi bộ Phòng Công tố và kiểm sát xét xử hình sự có 11 đảng viên.") == {
        "Chi bộ Phòng Công tố và kiểm sát xét xử hình sự"}
    assert _names(nlp, "Chi bộ Phòng Điều hành dự án 3 mới kết nạp 2 đảng viên.") == {"Chi bộ Phòng Điều hành dự án 3"}


def test_a_cells_title_still_ends_at_the_verbs_and_the_and_of_the_sentence(nlp):
    assert _names(nlp, "Chi bộ Phòng Hành chính dự hội nghị sơ kết.") == {"Chi bộ Phòng Hành chính"}
    assert _names(nlp, "Đảng viên Chi bộ Khoa Sản tham gia hiến máu.") == {"Chi bộ Khoa Sản"}
    assert _names(nlp, "Chi bộ Phòng Kế toán và đảng viên trẻ của công ty cùng ra quân.") == {"Chi bộ Phòng Kế toán"}


def test_a_cells_title_ends_at_an_ellipsis_that_cuts_a_list_short(nlp):
    assert _names(nlp, "Báo Điện Biên Phủ có các chi bộ theo phòng: Chi bộ Phòng Thời sự, Chi bộ Phòng Kỹ thuật - "
                       "Truyền dẫn… Năm nay kết nạp 3 đảng viên.") == {"Báo Điện Biên Phủ", "Chi bộ Phòng Thời sự",
                                                                       "Chi bộ Phòng Kỹ thuật - Truyền dẫn"}


def test_a_faculty_title_runs_on_into_no_predicate_for_its_dashed_fields(nlp):
    # (the fields after a dash are counted apart: a title without one keeps to seven words, and the predicate after
    # a short title is no part of it)
    assert _names(nlp, "Chi bộ Khoa Sản chú trọng sinh hoạt chuyên đề mỗi quý.") == {"Chi bộ Khoa Sản"}
    assert _names(nlp, "Chi bộ Khoa Răng - Hàm - Mặt có 8 đảng viên.") == {"Chi bộ Khoa Răng - Hàm - Mặt"}


def test_a_faculty_title_ends_before_regularly_save_in_the_continuing_education_centres_name(nlp):
    # "thường xuyên", regularly, opens the cell's predicate; "Giáo dục thường xuyên" is a centre's field
    assert _names(nlp, "Chi bộ Khoa Nhi thường xuyên sinh hoạt chuyên đề.") == {"Chi bộ Khoa Nhi"}
    assert _names(nlp, "Chi bộ Trung tâm Giáo dục thường xuyên tỉnh Lai Châu kết nạp 2 đảng viên.") == {
        "Chi bộ Trung tâm Giáo dục thường xuyên tỉnh Lai Châu"}


def test_a_cell_of_an_agency_before_a_lower_level_is_the_units_and_before_its_own_tier_none(nlp):
    # (as for the agencies themselves: "huyện và xã" leaves the district's centre one body, "huyện, thị xã" is a tier)
    assert _names(nlp, "Ở huyện Mường Tè, Chi bộ Trung tâm Y tế huyện và xã đã phối hợp khám cho 300 người.") == {
        "Chi bộ Trung tâm Y tế huyện Mường Tè"}
    assert _names(nlp, "Ở huyện Mường Tè, Chi bộ Trung tâm Y tế huyện, thị xã đều kết nạp đảng viên.") == set()
