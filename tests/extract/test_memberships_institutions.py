"""Posts held and documents cited: posts of a procuracy, a hospital, a foreign company, a monk; the coast
guard's party committee as an issuer (sentences written for the tests; people invented)."""
from _fixture import article

from partykg.extract import extract


def posts(nlp, text):
    """(person, role, organization), case folded as the scorer compares them ("Viện kiểm sát"/"Viện Kiểm sát")."""
    return {(m.person, m.role, m.organization.casefold()) for m in extract(article(text), nlp).memberships}


def test_a_bare_post_is_not_of_the_body_a_former_post_after_it_names(nlp):
    found = posts(nlp, "Viện kiểm sát nhân dân khu vực 7 - Nghệ An được thành lập từ ngày 1/7/2025. Đồng chí Hồ "
                       "Thị Lam, Bí thư Chi bộ, Phó Viện trưởng, nguyên Viện trưởng Viện kiểm sát nhân dân "
                       "huyện Nghi Lộc, theo dõi khâu kiểm sát dân sự.")
    assert ("Hồ Thị Lam", "Phó Viện trưởng", "viện kiểm sát nhân dân khu vực 7 - nghệ an") in found
    assert ("Hồ Thị Lam", "Bí thư", "chi bộ viện kiểm sát nhân dân khu vực 7 - nghệ an") in found
    assert ("Hồ Thị Lam", "Viện trưởng", "viện kiểm sát nhân dân huyện nghi lộc") in found


def test_a_head_written_with_the_bare_kind_of_the_article_s_institution_before_a_verb_of_directing(nlp):
    found = posts(nlp, "Bệnh viện Đa khoa tỉnh Hà Giang tổ chức hội nghị. Phát biểu chỉ đạo, BSCKII Lù Văn Sính, "
                       "Bí thư Đảng ủy, Giám đốc bệnh viện yêu cầu các khoa nâng cao y đức.")
    assert found == {("Lù Văn Sính", "Bí thư", "đảng ủy bệnh viện đa khoa tỉnh hà giang"),
                     ("Lù Văn Sính", "Giám đốc", "bệnh viện đa khoa tỉnh hà giang")}


def test_an_election_after_an_aside_on_the_person_in_brackets(nlp):
    found = posts(nlp, "Tháng 9/2025, Đại hội Đảng bộ xã Tả Van lần thứ I bầu đồng chí Giàng Thị Mỷ (dân tộc Mông) "
                       "làm Bí thư Đảng ủy xã Tả Van.")
    assert ("Giàng Thị Mỷ", "Bí thư", "đảng ủy xã tả van") in found


def test_a_monk_named_after_his_rank_in_the_clergy_is_a_person(nlp):
    ex = extract(article("Xã Lai Hòa có 12 chùa Khmer. Đại đức Thạch Sô Phal, trụ trì chùa Bưng Xa, luôn vận động "
                         "bà con chấp hành chính sách."), nlp)
    assert {p.name for p in ex.persons} == {"Thạch Sô Phal"}


def test_a_foreign_director_s_given_name_joined_by_a_hyphen(nlp):
    found = posts(nlp, "Công ty TNHH Điện tử Minh Quang Việt Nam có 12 đảng viên. Ông Lin Chia-Hao, Tổng Giám đốc "
                       "Công ty, không phải đảng viên, cho biết công ty luôn tạo điều kiện cho chi bộ.")
    assert found == {("Lin Chia-Hao", "Tổng Giám đốc", "công ty tnhh điện tử minh quang việt nam")}


def test_the_coast_guard_s_party_committee_is_an_issuer_of_one_name(nlp):
    text = ("Xã Cô Tô có 3 chi bộ. Đảng ủy Hải đoàn thực hiện Chỉ thị số 12-CT/ĐU của Đảng ủy Cảnh sát biển về "
            "sinh hoạt chi bộ trên tàu.")
    [d] = extract(article(text), nlp).documents
    assert (d.identifier, d.issuer) == ("12-CT/ĐU", "Đảng ủy Cảnh sát biển")


def test_a_director_written_alone_heads_the_institution_of_the_party_body_after_it(nlp):
    found = posts(nlp, "Đại tá Trần Minh Khoa, Phó Giám đốc, Phó Bí thư Đảng ủy Công an tỉnh Thái Nguyên chủ trì.")
    assert found == {("Trần Minh Khoa", "Phó Giám đốc", "công an tỉnh thái nguyên"),
                     ("Trần Minh Khoa", "Phó Bí thư", "đảng ủy công an tỉnh thái nguyên")}
    # a commune's party committee is of no institution: the director stays unread
    assert posts(nlp, "Ông Lê Văn Tám, Giám đốc, Bí thư Đảng ủy xã Kỳ Anh, phát biểu.") == {
        ("Lê Văn Tám", "Bí thư", "đảng ủy xã kỳ anh")}


def test_a_youth_union_of_a_faculty_is_named_in_full_after_its_secretary(nlp):
    assert posts(nlp, "Chị Hà Thị Lan, Bí thư Liên chi đoàn Khoa Kinh tế - Luật cho biết.") == {
        ("Hà Thị Lan", "Bí thư", "liên chi đoàn khoa kinh tế - luật")}


def test_the_head_of_a_congress_subcommittee_holds_the_post_in_it(nlp):
    found = posts(nlp, "Đồng chí Lò Văn Sinh, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Tiểu ban Văn kiện cho biết "
                       "dự thảo đã tiếp thu nhiều ý kiến.")
    assert ("Lò Văn Sinh", "Trưởng Tiểu ban", "tiểu ban văn kiện") in found


def test_a_named_establishment_written_by_its_head_alone(nlp):
    text = ("Vườn quốc gia Hòn Mây có 40 đảng viên. Đồng chí Lê Minh Quân, Bí thư Đảng ủy, Giám đốc Vườn quốc gia, "
            "cho biết như vậy.")
    assert posts(nlp, text) == {("Lê Minh Quân", "Bí thư", "đảng ủy vườn quốc gia hòn mây"),
                                ("Lê Minh Quân", "Giám đốc", "vườn quốc gia hòn mây")}


def test_a_head_written_alone_right_before_the_holder_s_name(nlp):
    # a title before the name: the court's deputy head written alone is of the court the article names
    found = posts(nlp, "Ngày 6/10/2025, Đảng ủy Tòa án nhân dân tỉnh Ninh Bình họp. Phó Bí thư Đảng ủy, Phó Chánh án "
                       "Quách Thị Diệu đề nghị các chi bộ thực hiện nghiêm quy định.")
    assert found == {("Quách Thị Diệu", "Phó Bí thư", "đảng ủy tòa án nhân dân tỉnh ninh bình"),
                     ("Quách Thị Diệu", "Phó Chánh án", "tòa án nhân dân tỉnh ninh bình")}


def test_the_company_written_bare_before_an_adverb_opening_the_predicate(nlp):
    found = posts(nlp, "Đảng ủy Công ty Cổ phần Môi trường Ninh Bình họp sơ kết. Đồng chí Mai Thị Hạnh, "
                       "Bí thư Đảng ủy, Giám đốc Công ty trực tiếp chỉ đạo việc bồi dưỡng quần chúng.")
    assert found == {("Mai Thị Hạnh", "Bí thư", "đảng ủy công ty cổ phần môi trường ninh bình"),
                     ("Mai Thị Hạnh", "Giám đốc", "công ty cổ phần môi trường ninh bình")}


def test_the_company_written_bare_before_what_its_head_receives_or_is_given(nlp):
    # "Tổng Giám đốc Công ty nhận ...", "nguyên Phó Tổng Giám đốc Công ty được tặng ...": the verb opens the predicate
    found = posts(nlp, "Đảng bộ Công ty Cổ phần Cấp nước Hưng Yên có 96 đảng viên. Đồng chí Đào Thị Quyên, Phó Bí thư "
                       "Đảng ủy, Tổng Giám đốc Công ty nhận trách nhiệm theo dõi chi bộ phân xưởng. Đồng chí Vũ Văn "
                       "Kiên, nguyên Phó Tổng Giám đốc Công ty được tặng Huy hiệu 30 năm tuổi Đảng.")
    assert found == {("Đào Thị Quyên", "Phó Bí thư", "đảng ủy công ty cổ phần cấp nước hưng yên"),
                     ("Đào Thị Quyên", "Tổng Giám đốc", "công ty cổ phần cấp nước hưng yên"),
                     ("Vũ Văn Kiên", "Phó Tổng Giám đốc", "công ty cổ phần cấp nước hưng yên")}


def test_an_association_written_bare_after_its_posts_is_the_one_the_article_names(nlp):
    # "Phó Chủ tịch Hội,", "nguyên Chủ tịch Hội,": the association whose cell the article is about
    found = posts(nlp, "Chi bộ Hội Nhà báo tỉnh Ninh Bình có 14 đảng viên. Nhà báo Lã Thị Hằng, Phó Chủ tịch Hội, "
                       "phụ trách công tác hội viên. Chi bộ ghi nhận đóng góp của nhà báo Đỗ Văn Tùng, nguyên Bí thư "
                       "Chi bộ, nguyên Chủ tịch Hội, người đã gắn bó với Hội nhiều năm.")
    assert found == {("Lã Thị Hằng", "Phó Chủ tịch", "hội nhà báo tỉnh ninh bình"),
                     ("Đỗ Văn Tùng", "Bí thư", "chi bộ hội nhà báo tỉnh ninh bình"),
                     ("Đỗ Văn Tùng", "Chủ tịch", "hội nhà báo tỉnh ninh bình")}


def test_a_department_s_director_written_with_the_bare_word_before_the_name(nlp):
    # "Giám đốc Sở, đồng chí X": the one provincial department (sở) the article names
    found = posts(nlp, "Chi bộ thuộc Đảng bộ Sở Xây dựng tỉnh Ninh Bình. Giám đốc Sở, đồng chí Đinh Văn Quế đánh giá "
                       "cao cách chi bộ tạo nguồn kết nạp.")
    assert ("Đinh Văn Quế", "Giám đốc", "sở xây dựng tỉnh ninh bình") in found


def test_a_head_named_after_its_kind_of_body_and_the_body_named_again_after_it(nlp):
    # "Chi cục trưởng Chi cục ...": the sub-department named as written, its name with a dash in it
    found = posts(nlp, "Chi bộ Trung tâm Lưu trữ tỉnh Ninh Bình có 11 đảng viên. Đồng chí Trịnh Văn Lãm, nguyên Chi "
                       "cục trưởng Chi cục Văn thư - Lưu trữ tỉnh Nam Định, nay là chuyên viên của Trung tâm.")
    assert ("Trịnh Văn Lãm", "Chi cục trưởng", "chi cục văn thư - lưu trữ tỉnh nam định") in found


def test_a_forest_ranger_station_s_head(nlp):
    # Nghị định 01/2019/NĐ-CP: a Hạt Kiểm lâm is headed by its Hạt trưởng
    found = posts(nlp, "Vườn quốc gia Xuân Sơn có 4 chi bộ. Chị Hà Thị Mến, Phó Giám đốc Vườn quốc gia, nguyên Hạt "
                       "trưởng Hạt Kiểm lâm huyện Tân Sơn, cho biết chi bộ họp ở trạm.")
    assert ("Hà Thị Mến", "Hạt trưởng", "hạt kiểm lâm huyện tân sơn") in found


def test_a_station_s_head_named_after_its_kind_of_body(nlp):
    # a hydro-meteorological or border guard station is headed by its "Trạm trưởng"
    found = posts(nlp, "Đồng chí Lò Văn Sướng, Bí thư Chi bộ, Trạm trưởng Trạm Thủy văn Mường Tè, cho biết chi bộ có "
                       "9 đảng viên. Anh Quàng Văn Lả, Phó Trạm trưởng Trạm Khí tượng Sìn Hồ, phát biểu.")
    assert ("Lò Văn Sướng", "Trạm trưởng", "trạm thủy văn mường tè") in found
    assert ("Quàng Văn Lả", "Phó Trạm trưởng", "trạm khí tượng sìn hồ") in found


def test_an_army_unit_s_head_named_after_its_kind_of_unit(nlp):
    # Luật Sĩ quan Quân đội nhân dân, Điều 11: a unit is headed by its "Trung đoàn/Tiểu đoàn ... trưởng"
    found = posts(nlp, "Trung đoàn 48 có 14 chi bộ. Đại tá Lê Văn Hùng, Trung đoàn trưởng, Phó Bí thư Đảng ủy Trung "
                       "đoàn 48 cho biết trung đoàn kết nạp 12 đảng viên. Thiếu tá Vũ Minh Khang, Phó Tiểu đoàn trưởng "
                       "Tiểu đoàn 2, phát biểu.")
    assert {("Lê Văn Hùng", "Trung đoàn trưởng", "trung đoàn 48"),
            ("Vũ Minh Khang", "Phó Tiểu đoàn trưởng", "tiểu đoàn 2")} <= found


def test_the_heads_of_a_mission_abroad(nlp):
    # Luật Cơ quan đại diện ở nước ngoài: a consulate general is headed by its Tổng Lãnh sự, its consuls serve in it
    found = posts(nlp, "Chi bộ Tổng Lãnh sự quán Việt Nam tại Osaka có 11 đảng viên. Đồng chí Đỗ Minh Nhật, Tổng Lãnh "
                       "sự, giữ chức Bí thư Chi bộ; đồng chí Lạc Thu Hằng, Lãnh sự, phụ trách bảo hộ công dân.")
    assert {("Đỗ Minh Nhật", "Tổng Lãnh sự", "tổng lãnh sự quán việt nam tại osaka"),
            ("Đỗ Minh Nhật", "Bí thư", "chi bộ tổng lãnh sự quán việt nam tại osaka"),
            ("Lạc Thu Hằng", "Lãnh sự", "tổng lãnh sự quán việt nam tại osaka")} <= found


def test_the_head_of_a_prison_written_alone_beside_a_post_in_its_party_body(nlp):
    # Luật Thi hành án hình sự: a prison is headed by its Giám thị, helped by its Phó Giám thị
    found = posts(nlp, "Đảng bộ Trại giam Suối Mây có 8 chi bộ. Thiếu tá Lò Thị Nguyệt, Phó Bí thư Đảng ủy Trại giam "
                       "Suối Mây, Phó Giám thị, cho biết đảng bộ kết nạp 6 đảng viên.")
    assert {("Lò Thị Nguyệt", "Phó Bí thư", "đảng ủy trại giam suối mây"),
            ("Lò Thị Nguyệt", "Phó Giám thị", "trại giam suối mây")} <= found


def test_the_deputy_director_of_a_provincial_social_insurance_before_a_former_post(nlp):
    # Luật Bảo hiểm xã hội: a province's social insurance is headed by its Giám đốc; the former post names another one
    found = posts(nlp, "Đảng bộ Bảo hiểm xã hội tỉnh Lào Cai có 15 chi bộ. Đồng chí Hà Văn Tuấn, Phó Bí thư Đảng ủy "
                       "Bảo hiểm xã hội tỉnh Lào Cai, Phó Giám đốc, nguyên Phó Giám đốc Bảo hiểm xã hội tỉnh Yên Bái, "
                       "phát biểu.")
    assert {("Hà Văn Tuấn", "Phó Giám đốc", "bảo hiểm xã hội tỉnh lào cai"),
            ("Hà Văn Tuấn", "Phó Giám đốc", "bảo hiểm xã hội tỉnh yên bái")} <= found


def test_the_president_of_an_institution_s_grassroots_trade_union(nlp):
    # Luật Công đoàn: the grassroots union of an agency, written with its level, "Công đoàn cơ sở"
    found = posts(nlp, "Chi bộ Kho bạc Nhà nước khu vực XII có 12 đảng viên. Đồng chí Đào Thị Mến, Phó Bí thư Chi bộ, "
                       "đồng thời là Chủ tịch Công đoàn cơ sở Kho bạc Nhà nước khu vực XII, phát biểu.")
    assert ("Đào Thị Mến", "Chủ tịch", "công đoàn cơ sở kho bạc nhà nước khu vực xii") in found


def test_a_railway_station_s_head_names_the_cell_of_a_bare_chi_bo(nlp):
    # Luật Đường sắt 2017: the station master, "Trưởng ga", among the staff who serve the running of trains
    found = posts(nlp, "Chi bộ ga Phủ Lý có 11 đảng viên. Phóng viên trao đổi với đồng chí Trần Văn Sỹ, Bí thư Chi bộ, "
                       "Trưởng ga Phủ Lý.")
    assert {("Trần Văn Sỹ", "Bí thư", "chi bộ ga phủ lý"), ("Trần Văn Sỹ", "Trưởng ga", "ga phủ lý")} <= found


def test_a_general_social_assistance_centre_s_heads_and_a_former_centre_after_them(nlp):
    # "cơ sở trợ giúp xã hội tổng hợp" is a kind of its own by Nghị định 103/2017/NĐ-CP and 20/2021/NĐ-CP: the
    # bare "Trung tâm" is this one, not the former province's centre named later
    found = posts(nlp, "Chi bộ Trung tâm Bảo trợ xã hội tổng hợp tỉnh Lâm Đồng kết nạp 2 đảng viên. Trung tâm Bảo trợ "
                       "xã hội tỉnh Đắk Nông cũ được hợp nhất vào từ tháng 7/2025. Đồng chí Rơ Châm Hyin, Bí thư Chi "
                       "bộ, Giám đốc Trung tâm, cho biết chi bộ sinh hoạt đều đặn.")
    assert found == {("Rơ Châm Hyin", "Bí thư", "chi bộ trung tâm bảo trợ xã hội tổng hợp tỉnh lâm đồng"),
                     ("Rơ Châm Hyin", "Giám đốc", "trung tâm bảo trợ xã hội tổng hợp tỉnh lâm đồng")}


def test_a_national_park_and_a_credit_fund_written_by_their_first_word_after_a_post(nlp):
    found = posts(nlp, "Đảng bộ Vườn quốc gia Pù Mát có 5 chi bộ. Đồng chí Lang Văn Dũng, Phó Bí thư Đảng ủy, Phó Giám "
                       "đốc Vườn, cho biết như vậy.")
    assert found == {("Lang Văn Dũng", "Phó Bí thư", "đảng ủy vườn quốc gia pù mát"),
                     ("Lang Văn Dũng", "Phó Giám đốc", "vườn quốc gia pù mát")}
    # a people's credit fund's board: its chairman, as a company's
    found = posts(nlp, "Quỹ tín dụng nhân dân Hải Minh có 11 đảng viên. Ông Trần Văn Hòa, Bí thư Chi bộ, Chủ tịch Hội "
                       "đồng quản trị Quỹ, cho biết như vậy.")
    assert found == {("Trần Văn Hòa", "Bí thư", "chi bộ quỹ tín dụng nhân dân hải minh"),
                     ("Trần Văn Hòa", "Chủ tịch", "hội đồng quản trị quỹ tín dụng nhân dân hải minh")}


def test_a_management_board_written_bare_after_its_heads_is_the_one_the_article_names(nlp):
    # "Trưởng Ban Quản lý,", "Phó Trưởng Ban Quản lý,": the board the cell is seated in, headed by its Trưởng ban
    found = posts(nlp, "Chi bộ Ban Quản lý Khu di tích lịch sử Tân Trào có 11 đảng viên. Ông Hà Văn Lộc, Trưởng Ban "
                       "Quản lý, cho biết đơn vị đón hơn 200 nghìn lượt khách. Bà Ma Thị Xuân, Phó Trưởng Ban Quản lý, "
                       "phụ trách công tác bảo tồn.")
    assert found == {("Hà Văn Lộc", "Trưởng ban", "ban quản lý khu di tích lịch sử tân trào"),
                     ("Ma Thị Xuân", "Phó Trưởng ban", "ban quản lý khu di tích lịch sử tân trào")}


def test_a_bare_institution_in_a_title_before_the_copula_that_names_its_holder(nlp):
    text = ("Đảng bộ Trung tâm Y tế huyện Kim Bôi có 6 chi bộ. Phó Bí thư Đảng ủy, Phó Giám đốc Trung tâm là "
            "đồng chí Bùi Văn Tâm.")
    found = posts(nlp, text)
    assert ("Bùi Văn Tâm", "Phó Giám đốc", "trung tâm y tế huyện kim bôi") in found
    assert ("Bùi Văn Tâm", "Phó Bí thư", "đảng ủy trung tâm y tế huyện kim bôi") in found


def test_a_bare_institution_after_a_union_is_the_one_whose_union_the_article_named(nlp):
    # "Chủ tịch Công đoàn Công ty" after "Công đoàn Công ty X" was named in full: that union
    found = posts(nlp, "Công đoàn Công ty TNHH Giày Thái Bình có 640 đoàn viên. Chị Đinh Thị Mai, Chủ tịch Công đoàn "
                       "Công ty, phát biểu tại buổi lễ.")
    assert found == {("Đinh Thị Mai", "Chủ tịch", "công đoàn công ty tnhh giày thái bình")}


def test_a_department_of_a_provincial_agency_named_after_a_comma(nlp):
    found = posts(nlp, "Bà Hà Thị Nhung, Phó Bí thư Chi bộ, nguyên Trưởng phòng Tổng hợp, Ban Dân tộc tỉnh Sơn La, "
                       "phát biểu.")
    assert found == {("Hà Thị Nhung", "Trưởng phòng", "phòng tổng hợp ban dân tộc tỉnh sơn la")}
    found = posts(nlp, "Ông Lò Văn Pọm, Phó Trưởng phòng Kế hoạch, Sở Xây dựng tỉnh Sơn La, phát biểu.")
    assert found == {("Lò Văn Pọm", "Phó Trưởng phòng", "phòng kế hoạch sở xây dựng tỉnh sơn la")}
    # a party committee's office and boards are made of departments too; its executive committee is not
    found = posts(nlp, "Ông Vi Văn Khoa, Phó Trưởng phòng Tổng hợp, Văn phòng Tỉnh ủy Lai Châu, phát biểu.")
    assert found == {("Vi Văn Khoa", "Phó Trưởng phòng", "phòng tổng hợp văn phòng tỉnh ủy lai châu")}
    found = posts(nlp, "Bà Lường Thị Dung, Trưởng phòng Tổ chức đảng viên, Ban Tổ chức Tỉnh ủy Lai Châu, phát biểu.")
    assert found == {("Lường Thị Dung", "Trưởng phòng", "phòng tổ chức đảng viên ban tổ chức tỉnh ủy lai châu")}
    found = posts(nlp, "Ông Vi Văn Khoa, Phó Trưởng phòng Tổng hợp, Ban Chấp hành Đảng bộ tỉnh Lai Châu, phát biểu.")
    assert found == {("Vi Văn Khoa", "Phó Trưởng phòng", "phòng tổng hợp")}


def test_a_department_head_written_bare_in_an_article_on_a_party_committees_office(nlp):
    # the office of a Tỉnh ủy is made of departments (phòng): "Trưởng phòng Tổng hợp" alone is of the office named
    found = posts(nlp, "Đồng chí Lò Văn Thiêm, Phó Chánh Văn phòng Tỉnh ủy Sơn La, dự. Đồng chí Hà Thị Nhung, Trưởng "
                       "phòng Tổng hợp, phát biểu.")
    assert found == {("Lò Văn Thiêm", "Phó Chánh Văn phòng", "văn phòng tỉnh ủy sơn la"),
                     ("Hà Thị Nhung", "Trưởng phòng", "phòng tổng hợp văn phòng tỉnh ủy sơn la")}


def test_a_navy_region_written_by_its_first_word_after_a_post(nlp):
    # "Vùng" alone after a post is the region the article names, before a comma or a dash alike
    text = ("Đảng ủy Vùng 2 Hải quân sơ kết công tác kiểm tra.\nChuẩn Đô đốc Giáp Văn Lực, Tư lệnh Vùng - Đại biểu "
            "Quốc hội; Đại tá Thân Đức Hòa, Chính ủy Vùng, chủ trì hội nghị.")
    assert posts(nlp, text) == {("Giáp Văn Lực", "Tư lệnh", "vùng 2 hải quân"),
                                ("Giáp Văn Lực", "Đại biểu", "quốc hội"),
                                ("Thân Đức Hòa", "Chính ủy", "vùng 2 hải quân")}


def test_vung_alone_is_no_region_when_the_article_names_two(nlp):
    # a joint article of a navy region and a coast guard region: "Chính ủy Vùng" may be of either
    text = ("Đảng bộ Vùng 2 Hải quân và Đảng bộ Vùng Cảnh sát biển 1 ký kết chương trình phối hợp.\n"
            "Đại tá Thân Đức Hòa, Chính ủy Vùng, phát biểu.")
    assert posts(nlp, text) == set()


def test_the_deputy_of_a_province_s_inspectorate_before_a_second_post(nlp):
    # Luật Thanh tra: a Thanh tra tỉnh has its Chánh Thanh tra and Phó Chánh Thanh tra
    found = posts(nlp, "Sở Nội vụ khen Đảng bộ Thanh tra tỉnh Hòa Bình; đồng chí Đàm Thị Lựu, Phó Bí thư Đảng ủy, Phó "
                       "Chánh Thanh tra tỉnh được khen thưởng.")
    assert found == {("Đàm Thị Lựu", "Phó Chánh Thanh tra", "thanh tra tỉnh hòa bình"),
                     ("Đàm Thị Lựu", "Phó Bí thư", "đảng ủy thanh tra tỉnh hòa bình")}


def test_the_deputy_of_an_inspectorate_and_of_an_office_stay_apart(nlp):
    found = posts(nlp, "Ông Kiều Văn Dũng, Chánh Thanh tra tỉnh Lạng Sơn, và ông Tạ Văn Bền, Phó Chánh Văn phòng "
                       "Ủy ban nhân dân tỉnh Lạng Sơn, làm việc với huyện.")
    assert found == {("Kiều Văn Dũng", "Chánh Thanh tra", "thanh tra tỉnh lạng sơn"),
                     ("Tạ Văn Bền", "Phó Chánh Văn phòng", "văn phòng ủy ban nhân dân tỉnh lạng sơn")}


def test_a_director_of_a_board_written_bare_and_a_secretary_re_elected(nlp):
    # a forest board is headed by a Giám đốc (Nghị định 156/2018/NĐ-CP); "tái cử" re-elects to a post
    found = posts(nlp, "Đảng bộ Ban Quản lý rừng đặc dụng Sông Đà tổ chức đại hội. Đồng chí Khổng Văn Hòa, "
                       "Giám đốc Ban, tái cử Bí thư Đảng ủy; còn đồng chí Lục Thị Vân, Phó Giám đốc Ban, nay được "
                       "bầu làm Phó Bí thư.")
    assert found == {("Khổng Văn Hòa", "Giám đốc", "ban quản lý rừng đặc dụng sông đà"),
                     ("Khổng Văn Hòa", "Bí thư", "đảng ủy ban quản lý rừng đặc dụng sông đà"),
                     ("Lục Thị Vân", "Phó Giám đốc", "ban quản lý rừng đặc dụng sông đà"),
                     ("Lục Thị Vân", "Phó Bí thư", "đảng ủy ban quản lý rừng đặc dụng sông đà")}


def test_a_bare_board_after_a_post_that_is_not_a_director_s_is_not_the_management_board(nlp):
    found = posts(nlp, "Ban Quản lý rừng đặc dụng Sông Đà trồng rừng mới. Bà Lục Thị Vân, Phó Trưởng Ban "
                       "Tuyên giáo Tỉnh ủy Lai Châu, dự lễ; ông Khổng Văn Hòa, Ủy viên Ban, phát biểu.")
    assert found == {("Lục Thị Vân", "Phó Trưởng ban", "ban tuyên giáo tỉnh ủy lai châu")}


def test_the_deputy_director_of_a_regional_health_centre(nlp):
    # since July 2025 a province's district health centres serve a region: "Trung tâm Y tế khu vực X"
    found = posts(nlp, "Bác sĩ Hà Văn Tùng, Bí thư Chi bộ Trung tâm Y tế khu vực Mường Lát, cho biết nhiều trạm y "
                       "tế đã có chi bộ.")
    assert found == {("Hà Văn Tùng", "Bí thư", "chi bộ trung tâm y tế khu vực mường lát")}


def test_a_district_health_centre_and_one_named_alone_keep_their_names(nlp):
    found = posts(nlp, "Ông Hà Văn Tùng, Giám đốc Trung tâm Y tế huyện Mường Lát, dự họp. Bà Lò Thị Sáu, Giám "
                       "đốc Trung tâm Y tế Thường Xuân, phát biểu.")
    assert found == {("Hà Văn Tùng", "Giám đốc", "trung tâm y tế huyện mường lát"),
                     ("Lò Thị Sáu", "Giám đốc", "trung tâm y tế thường xuân")}


def test_a_second_post_held_at_once_after_an_aside(nlp):
    # "đồng thời là" (at the same time is): a concurrent post, as "kiêm"
    found = posts(nlp, "Chi bộ Trạm Y tế xã Sơn Thủy có 4 đảng viên. Trạm trưởng Lò Văn Khiêm, người Thái, đồng thời "
                       "là Bí thư Chi bộ, kể về những ngày đầu.")
    assert found == {("Lò Văn Khiêm", "Trạm trưởng", "trạm y tế xã sơn thủy"),
                     ("Lò Văn Khiêm", "Bí thư", "chi bộ trạm y tế xã sơn thủy")}


def test_at_the_same_time_after_a_verb_gives_no_post(nlp):
    found = posts(nlp, "Ông Lò Văn Khiêm phát biểu, đồng thời là người trao quà cho Chi bộ Trạm Y tế xã Sơn Thủy. Bà "
                       "Vi Thị Đào đồng thời là hội viên Hội Nông dân xã Sơn Thủy.")
    assert found == set()
