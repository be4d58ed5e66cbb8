"""Posts held: forms of appointments, election results and institutions' posts (sentences written
for the tests; people invented)."""
from _fixture import article

from partykg.extract import extract

# the posts, apart from the bodies they are of
STANDING_DEPUTY, INSPECTION_HEAD = "Phó Bí thư Thường trực", "Chủ nhiệm"


def posts(nlp, text):
    return {(m.person, m.role, m.organization) for m in extract(article(text), nlp).memberships}


def test_a_post_joined_to_its_body_by_cua(nlp):
    found = posts(nlp, "Đồng chí Lục Văn Khoa, Phó Bí thư Thường trực của Đảng ủy xã Tà Xùa, cho biết "
                       "xã đã kết nạp 8 đảng viên.")
    assert found == {("Lục Văn Khoa", STANDING_DEPUTY, "Đảng ủy xã Tà Xùa")}


def test_an_appointment_to_a_post_of_a_body_joined_by_cua(nlp):
    found = posts(nlp, "Điều động đồng chí Vi Thị Mận, Phó Trưởng Ban Dân vận Tỉnh ủy Sơn La, đến công tác tại "
                       "Đảng ủy xã Tà Xùa, chỉ định làm Phó Bí thư Thường trực của Đảng ủy xã Tà Xùa.")
    assert ("Vi Thị Mận", STANDING_DEPUTY, "Đảng ủy xã Tà Xùa") in found


def test_bodies_joined_in_a_list_go_on_after_a_body_read_with_its_comma(nlp):
    found = posts(nlp, "Chỉ định bổ sung đồng chí Lò Văn Tính, Giám đốc Công an tỉnh Sơn La, vào Ban Chấp hành, "
                       "Ban Thường vụ Đảng ủy Công an tỉnh Sơn La nhiệm kỳ 2025 - 2030.")
    assert ("Lò Văn Tính", "Ủy viên Ban Thường vụ", "Đảng ủy Công an tỉnh Sơn La") in found


def test_a_village_head_written_without_the_village_leaves_the_cell_to_the_article(nlp):
    found = posts(nlp, "Chi bộ thôn Nà Khương họp thường kỳ. Đồng chí Hoàng Văn Pao, Phó Bí thư Chi bộ, Trưởng thôn, "
                       "báo cáo tình hình thôn.")
    assert found == {("Hoàng Văn Pao", "Phó Bí thư", "Chi bộ thôn Nà Khương")}


def test_a_bare_post_in_a_list_of_officers_is_of_the_body_of_the_post_of_its_rank_above(nlp):
    text = ("Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ xã Mường Khương bầu:\n"
            "- Đồng chí Tráng A Dơ, Bí thư Đảng ủy xã Mường Khương;\n"
            "- Đồng chí Lù Thị Xuyến, Phó Bí thư Thường trực;\n"
            "- Đồng chí Vàng Văn Sử, Chủ nhiệm.\n")
    found = posts(nlp, text)
    assert ("Lù Thị Xuyến", STANDING_DEPUTY, "Đảng ủy xã Mường Khương") in found
    assert not any(person == "Vàng Văn Sử" for person, _, _ in found)  # of no rank above: unread


def test_the_head_of_an_inspection_committee_the_sentence_elects(nlp):
    found = posts(nlp, "Ủy ban Kiểm tra Đảng ủy xã Si Ma Cai được bầu gồm 5 đồng chí, đồng chí Thào Văn Chứ làm "
                       "Chủ nhiệm.")
    assert found == {("Thào Văn Chứ", INSPECTION_HEAD, "Ủy ban Kiểm tra Đảng ủy xã Si Ma Cai")}
    # ... and no other body's: a cooperative's head, with no inspection committee named, stays unread
    assert posts(nlp, "Hợp tác xã chè Tả Van có 40 thành viên, đồng chí Giàng A Sử làm Chủ nhiệm.") == set()


def test_a_deputy_director_in_charge_of_an_area_of_the_company(nlp):
    found = posts(nlp, "Chi bộ Công ty TNHH May Hưng Phát có 14 đảng viên. Chị Nông Thị Duyên, Bí thư Chi bộ, "
                       "Phó Giám đốc kỹ thuật công ty cho biết chi bộ sẽ kết nạp thêm 3 công nhân.")
    assert found == {("Nông Thị Duyên", "Bí thư", "Chi bộ Công ty TNHH May Hưng Phát"),
                     ("Nông Thị Duyên", "Phó Giám đốc kỹ thuật", "Công ty TNHH May Hưng Phát")}


def test_a_post_of_an_institution_written_by_the_short_name_the_article_gave_it(nlp):
    found = posts(nlp, "Đảng ủy Công ty Cấp nước Lào Cai (LCW Lào Cai) họp sơ kết. Đồng chí Phạm Đức Vinh, Bí thư "
                       "Đảng ủy, Giám đốc LCW Lào Cai cho biết công ty đã kết nạp 5 đảng viên.")
    assert found == {("Phạm Đức Vinh", "Bí thư", "Đảng ủy Công ty Cấp nước Lào Cai"),
                     ("Phạm Đức Vinh", "Giám đốc", "Công ty Cấp nước Lào Cai")}


def test_a_corporation_written_by_its_kind_word_alone_after_a_post(nlp):
    found = posts(nlp, "Đảng ủy Tập đoàn Dệt May Việt Nam tổng kết năm. Đồng chí Kha Văn Tường, Phó Bí thư Đảng ủy, "
                       "Tổng Giám đốc Tập đoàn, phát biểu.")
    assert found == {("Kha Văn Tường", "Phó Bí thư", "Đảng ủy Tập đoàn Dệt May Việt Nam"),
                     ("Kha Văn Tường", "Tổng Giám đốc", "Tập đoàn Dệt May Việt Nam")}


def test_where_the_person_comes_from_between_commas_before_the_post(nlp):
    found = posts(nlp, "Anh Y Liên, người Ê Đê, quê xã Cư M'gar (tỉnh Đắk Lắk), Phó Bí thư Đoàn xã Ea Kao, phát biểu.")
    assert found == {("Y Liên", "Phó Bí thư", "Đoàn xã Ea Kao")}


def test_posts_in_brackets_opened_by_the_persons_people(nlp):
    assert posts(nlp, "Đồng chí Vũ Thị Lan (người Tày, nguyên Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện Yên Thành) "
                      "phát biểu.") == {("Vũ Thị Lan", "Phó Chủ tịch", "Hội Liên hiệp Phụ nữ huyện Yên Thành")}


def test_a_veteran_s_party_age_between_the_name_and_the_post(nlp):
    found = posts(nlp, "Chi bộ thôn Đồng Mới có 40 đảng viên. Ông Lý Văn Tằng, 78 tuổi, 52 năm tuổi Đảng, nguyên "
                       "Bí thư Đảng ủy xã Xuân Lai, kể lại.")
    assert ("Lý Văn Tằng", "Bí thư", "Đảng ủy xã Xuân Lai") in found


def test_nguyen_la_gives_a_former_post(nlp):
    found = posts(nlp, "Đảng bộ xã Tân Lạc có 20 chi bộ. Đồng chí Hà Văn Quế nguyên là Bí thư Chi bộ thôn Bãi Sậy, "
                       "nay về hưu.")
    assert ("Hà Văn Quế", "Bí thư", "Chi bộ thôn Bãi Sậy") in found


def test_a_title_goes_on_past_the_unit_in_brackets_after_a_post(nlp):
    found = posts(nlp, "Đồng chí Lầu Mí Chá, Bí thư Chi bộ thôn Sủng Là (xã Đồng Văn), nguyên Chủ tịch Hội Nông dân xã "
                       "Đồng Văn, kể lại.")
    assert ("Lầu Mí Chá", "Chủ tịch", "Hội Nông dân xã Đồng Văn") in found


def test_two_posts_held_at_once_after_an_aside_on_the_person(nlp):
    found = posts(nlp, "Chị Thạch Thị Sa Ra, người Khmer, vừa làm Bí thư Chi bộ ấp Trà Cú vừa làm Trưởng ấp, kể lại "
                       "nhiều việc.")
    assert ("Thạch Thị Sa Ra", "Bí thư", "Chi bộ ấp Trà Cú") in found


def test_a_former_post_in_an_apposition_opened_by_nguoi_tung(nlp):
    found = posts(nlp, "Huyện Ea Súp có nhiều đảng viên nữ. Đồng chí H'Lan Niê - người từng giữ chức Chủ tịch Hội "
                       "Liên hiệp Phụ nữ huyện Ea Súp, nay là Phó Bí thư Huyện ủy Ea Súp - cho biết như vậy.")
    assert ("H'Lan Niê", "Chủ tịch", "Hội Liên hiệp Phụ nữ huyện Ea Súp") in found
    assert ("H'Lan Niê", "Phó Bí thư", "Huyện ủy Ea Súp") in found


def test_a_post_told_of_a_person_named_before_by_the_address_and_the_given_name(nlp):
    found = posts(nlp, "Đảng bộ Lữ đoàn 147 có 9 chi bộ. Đại tá Trịnh Văn Khoát nhấn mạnh yêu cầu của năm 2026. "
                       "Trước đó, đồng chí Khoát từng là Phó Chính ủy Lữ đoàn 170.")
    assert ("Trịnh Văn Khoát", "Phó Chính ủy", "Lữ đoàn 170") in found
    # near miss: another person's given name tells nothing of the one named before
    assert not any(m[2] == "Lữ đoàn 170" for m in posts(
        nlp, "Đảng bộ Lữ đoàn 147 có 9 chi bộ. Đại tá Trịnh Văn Khoát nhấn mạnh yêu cầu của năm 2026. Trước đó, "
             "đồng chí Hùng từng là Phó Chính ủy Lữ đoàn 170."))


def test_a_body_and_the_one_who_heads_it_after_do(nlp):
    found = posts(nlp, "Phường Tân Hòa có 30 chi bộ. Chi bộ Khu phố 4 do đồng chí Mai Văn Tường làm Bí thư, có 38 "
                       "đảng viên. Hội Cựu chiến binh phường Tân Hòa do ông Lý Văn Sáu làm Chủ tịch cũng tham gia.")
    assert ("Mai Văn Tường", "Bí thư", "Chi bộ Khu phố 4") in found
    assert ("Lý Văn Sáu", "Chủ tịch", "Hội Cựu chiến binh phường Tân Hòa") in found


def test_an_association_branch_head_of_a_bon(nlp):
    # the M'Nông's village is a "bon": the women's branch of it, told of a person through a pronoun
    found = posts(nlp, "Hội Liên hiệp Phụ nữ huyện Tuy Đức có 40 chi hội. Chị Thị Hương, người M'Nông ở xã Quảng Tân, "
                       "được kết nạp năm 2025. Chị là Chi hội trưởng phụ nữ bon Bu Prăng, nuôi 12 con bò.")
    assert ("Thị Hương", "Chi hội trưởng", "Chi hội phụ nữ bon Bu Prăng") in found


def test_a_former_post_after_a_semicolon_in_the_bracket_of_posts(nlp):
    found = posts(nlp, "Đảng bộ phường Tân Hòa có 30 chi bộ. Phụ trách công tác tổ chức là đồng chí Võ Thị Lành (Phó "
                       "Bí thư Đảng ủy phường Tân Hòa; nguyên Bí thư Đảng ủy phường Tân Mai).")
    assert ("Võ Thị Lành", "Phó Bí thư", "Đảng ủy phường Tân Hòa") in found
    assert ("Võ Thị Lành", "Bí thư", "Đảng ủy phường Tân Mai") in found


def test_a_former_post_told_after_the_posts_held_now_by_truoc_day_la(nlp):
    found = posts(nlp, "Đồng chí Nguyễn Thị Hoa, Phó Bí thư Đảng ủy, Phó Giám đốc Sở Tài chính tỉnh Lâm Đồng, trước "
                       "đây là Giám đốc Sở Tài chính tỉnh Đắk Nông. Bà cho biết như vậy.")
    assert ("Nguyễn Thị Hoa", "Phó Giám đốc", "Sở Tài chính tỉnh Lâm Đồng") in found
    assert ("Nguyễn Thị Hoa", "Giám đốc", "Sở Tài chính tỉnh Đắk Nông") in found


def test_a_former_post_ends_before_the_time_it_is_told_by(nlp):
    found = posts(nlp, "Chi bộ Chi cục Kiểm lâm tỉnh Sơn La có 12 đảng viên. Đồng chí Lò Văn Hùng nguyên là Trưởng "
                       "Trạm Kiểm lâm huyện Mộc Châu trước khi được điều động về Chi cục.")
    assert ("Lò Văn Hùng", "Trưởng trạm", "Trạm Kiểm lâm huyện Mộc Châu") in found


def test_the_given_name_refers_to_the_person_named_in_an_earlier_paragraph(nlp):
    text = ("Đảng bộ xã Tân Lạc có 20 chi bộ. Đồng chí Hà Văn Quế, Bí thư Đảng ủy xã, cho biết như vậy.\n\n"
            "Năm 2024, Đảng bộ kết nạp 12 đảng viên.\n\n"
            "Đồng chí Quế nguyên là Bí thư Chi bộ thôn Bãi Sậy.")
    assert ("Hà Văn Quế", "Bí thư", "Chi bộ thôn Bãi Sậy") in posts(nlp, text)


def test_a_dash_between_two_posts_goes_on_the_title(nlp):
    # the press joins a party post and a state one with a dash, either first
    assert posts(nlp, "Đồng chí Vi Đức Cường, Phó Bí thư Huyện ủy - Chủ tịch UBND huyện Mèo Vạc phát biểu.") == {
        ("Vi Đức Cường", "Phó Bí thư", "Huyện ủy Mèo Vạc"),
        ("Vi Đức Cường", "Chủ tịch", "Ủy ban nhân dân huyện Mèo Vạc")}
    assert posts(nlp, "Ông Sùng Mí Dình, Chủ tịch HĐND xã - Bí thư Đảng ủy xã Lũng Cú dự lễ.") == {
        ("Sùng Mí Dình", "Chủ tịch", "Hội đồng nhân dân xã Lũng Cú"), ("Sùng Mí Dình", "Bí thư", "Đảng ủy xã Lũng Cú")}


def test_the_posts_in_capitals_over_the_name_that_signs_a_press_release(nlp):
    # the kind word alone is the company the release names; the bare committee is that company's
    text = ("Quý III, Công ty Cổ phần Cấp nước Hòa Bình kết nạp 3 đảng viên mới.\n\n"
            "PHÓ BÍ THƯ ĐẢNG ỦY, TỔNG GIÁM ĐỐC CÔNG TY\nPhạm Quang Khải\n\nTệp đính kèm: bao-cao-quy-3.pdf\n")
    company = "Công ty Cổ phần Cấp nước Hòa Bình"
    assert posts(nlp, text) == {("Phạm Quang Khải", "Phó Bí thư", f"Đảng ủy {company}"),
                                ("Phạm Quang Khải", "Tổng Giám đốc", company)}


def test_the_kind_in_capitals_of_a_signature_matches_the_institution_named_in_lower_case(nlp):
    # the kind of several words ("TRUNG TÂM KIỂM SOÁT BỆNH TẬT") is compared with the named body's whatever its case
    text = ("Năm 2025, Trung tâm Kiểm soát bệnh tật tỉnh Phú Thọ kết nạp 4 đảng viên.\n\n"
            "GIÁM ĐỐC TRUNG TÂM KIỂM SOÁT BỆNH TẬT, BÍ THƯ CHI BỘ\nHoàng Thu Trang\n\nTệp đính kèm: danh-sach.pdf\n")
    assert posts(nlp, text) == {("Hoàng Thu Trang", "Giám đốc", "Trung tâm Kiểm soát bệnh tật tỉnh Phú Thọ")}
    # ... and a kind word the article names two bodies of is neither's
    text = ("Năm 2025, Trung tâm Kiểm soát bệnh tật tỉnh Phú Thọ và Trung tâm Y tế huyện Tam Nông kết nạp 4 đảng "
            "viên.\n\nGIÁM ĐỐC TRUNG TÂM\nHoàng Thu Trang\n\nTệp đính kèm: danh-sach.pdf\n")
    assert posts(nlp, text) == set()


def test_a_dash_opening_the_next_line_is_the_next_item_not_a_second_post(nlp):
    # a list of a delegation, one a line: the dash opening a line says nothing of the post on the line above
    text = ("Thành viên đoàn công tác:\n- Đồng chí Tạ Quang Vinh, Bí thư Đảng ủy xã Yên Thuận\n"
            "- Chủ tịch UBND xã Yên Thuận Đinh Thị Hảo\n- Ông Lò Văn Khải, cán bộ văn phòng")
    assert posts(nlp, text) == {("Tạ Quang Vinh", "Bí thư", "Đảng ủy xã Yên Thuận"),
                                ("Đinh Thị Hảo", "Chủ tịch", "Ủy ban nhân dân xã Yên Thuận")}
    text = ("Thành viên đoàn công tác:\n- Đồng chí Tạ Quang Vinh, Bí thư Đảng ủy xã Yên Thuận\n"
            "- Chủ tịch Hội Cựu chiến binh xã Yên Thuận: ông Đinh Văn Hảo")
    assert posts(nlp, text) == {("Tạ Quang Vinh", "Bí thư", "Đảng ủy xã Yên Thuận"),
                                ("Đinh Văn Hảo", "Chủ tịch", "Hội Cựu chiến binh xã Yên Thuận")}


def test_a_dash_between_two_people_leaves_each_his_own_post(nlp):
    # the post after the dash is written before the next name: it is that person's, not a second post of the first
    text = ("Tiếp đoàn có đồng chí Tạ Quang Vinh, Bí thư Huyện ủy Bảo Lạc - Chủ tịch UBND huyện Đinh Thị Hảo cùng "
            "lãnh đạo các phòng, ban.")
    assert posts(nlp, text) == {("Tạ Quang Vinh", "Bí thư", "Huyện ủy Bảo Lạc"),
                                ("Đinh Thị Hảo", "Chủ tịch", "Ủy ban nhân dân huyện Bảo Lạc")}
    # ... but a title joined by a dash before a name, with no one named before it, is all that person's
    text = "Phát biểu tại hội nghị, Phó Bí thư Huyện ủy - Chủ tịch UBND huyện Bảo Lạc Đinh Thị Hảo nhấn mạnh yêu cầu."
    assert posts(nlp, text) == {("Đinh Thị Hảo", "Phó Bí thư", "Huyện ủy Bảo Lạc"),
                                ("Đinh Thị Hảo", "Chủ tịch", "Ủy ban nhân dân huyện Bảo Lạc")}
