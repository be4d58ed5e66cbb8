"""Posts held, on sentences written for the tests."""
import pytest
from _fixture import article

from partykg.extract import extract


def posts(nlp, text):
    return {(m.person, m.role, m.organization) for m in extract(article(text), nlp).memberships}


def test_post_after_the_name(nlp):
    assert posts(nlp, "Theo đồng chí Cao Văn Hải, Bí thư Huyện ủy Yên Thành, kết quả rất khả quan.") == {
        ("Cao Văn Hải", "Bí thư", "Huyện ủy Yên Thành")}


def test_post_after_a_dash_with_a_speech_verb(nlp):
    assert posts(nlp, "Ông Trịnh Văn Tuấn - Phó Bí thư Thường trực Thị ủy Nghi Sơn cho biết như vậy.") == {
        ("Trịnh Văn Tuấn", "Phó Bí thư Thường trực", "Thị ủy Nghi Sơn")}


def test_post_before_the_name(nlp):
    assert posts(nlp, "Bí thư Tỉnh ủy Quảng Ngãi Lê Quang Huy dự và phát biểu.") == {
        ("Lê Quang Huy", "Bí thư", "Tỉnh ủy Quảng Ngãi")}


def test_a_title_with_several_posts_gives_several_memberships(nlp):
    found = posts(nlp, "Đồng chí Mai Thị Thu, Phó Bí thư Đảng ủy, Chủ tịch UBND phường Cửa Nam, trao quà.")
    assert found == {("Mai Thị Thu", "Phó Bí thư", "Đảng ủy phường Cửa Nam"),
                     ("Mai Thị Thu", "Chủ tịch", "Ủy ban nhân dân phường Cửa Nam")}


def test_standing_committee_member_of_the_committee_the_title_names(nlp):
    found = posts(nlp, "Đồng chí Đoàn Văn Sơn, UVBTV, Trưởng ban Tổ chức Tỉnh ủy Gia Lai, phát biểu.")
    assert found == {("Đoàn Văn Sơn", "Ủy viên Ban Thường vụ", "Tỉnh ủy Gia Lai"),
                     ("Đoàn Văn Sơn", "Trưởng ban", "Ban Tổ chức Tỉnh ủy Gia Lai")}
    # the committee named only through the post is an organization of the article too
    assert "Tỉnh ủy Gia Lai" in {o.name for o in extract(article(
        "Đồng chí Đoàn Văn Sơn, UVBTV, Trưởng ban Tổ chức Tỉnh ủy Gia Lai, phát biểu."), nlp).organizations}


def test_deputy_head_of_a_board(nlp):
    found = posts(nlp, "Quận Cầu Giấy đạt nhiều kết quả. Đồng chí Tạ Minh Hòa, Phó trưởng Ban Tuyên giáo "
                       "Quận ủy, cho biết.")
    assert found == {("Tạ Minh Hòa", "Phó Trưởng ban", "Ban Tuyên giáo Quận ủy Cầu Giấy")}


def test_secretary_of_a_party_cell_and_of_a_youth_branch(nlp):
    found = posts(nlp, "Anh Lý Văn Tài, Bí thư Chi đoàn thôn Nà Hẩu, luôn gương mẫu.")
    assert found == {("Lý Văn Tài", "Bí thư", "Chi đoàn thôn Nà Hẩu")}


def test_no_post_without_an_organization(nlp):
    # "được kết nạp" is no post; a role word without an organization gives nothing
    assert posts(nlp, "Anh Hồ Văn Nam được kết nạp vào Đảng; anh là Bí thư năng nổ.") == set()


def test_post_before_a_name_after_a_place_that_starts_like_a_family_name(nlp):
    # "Lục" is a family name too: the name is the tail of the capitalized run
    assert posts(nlp, "Bí thư Huyện ủy Lục Nam Đỗ Văn Thịnh cho biết như vậy.") == {
        ("Đỗ Văn Thịnh", "Bí thư", "Huyện ủy Lục Nam")}


def test_central_committee_member_and_a_later_post(nlp):
    assert posts(nlp, "Đồng chí Lò Văn Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Sơn La phát biểu.") == {
        ("Lò Văn Hải", "Ủy viên", "Ban Chấp hành Trung ương Đảng"),
        ("Lò Văn Hải", "Bí thư", "Tỉnh ủy Sơn La")}


def test_a_former_post_counts_without_nguyen(nlp):
    assert posts(nlp, "Ông Lê Văn Sỹ, nguyên Bí thư Huyện ủy Nga Sơn, dự buổi lễ.") == {
        ("Lê Văn Sỹ", "Bí thư", "Huyện ủy Nga Sơn")}


def test_head_of_a_board_before_the_name_and_an_aside_after_it(nlp):
    found = posts(nlp, "Trưởng Ban Tổ chức Tỉnh ủy Phú Thọ Hồ Đại Dũng trao quyết định. Đồng chí Hoàng Công "
                       "Thủy (thứ hai từ trái sang), Phó Bí thư Tỉnh ủy trao huy hiệu.")
    assert found == {("Hồ Đại Dũng", "Trưởng ban", "Ban Tổ chức Tỉnh ủy Phú Thọ"),
                     ("Hoàng Công Thủy", "Phó Bí thư", "Tỉnh ủy Phú Thọ")}


def test_attendees_separated_by_semicolons_keep_their_own_posts(nlp):
    found = posts(nlp, "Dự hội nghị có đồng chí Đỗ Văn Bình, Phó Bí thư Tỉnh ủy Hà Giang; "
                       "đồng chí Lò Thị Mai, Bí thư Huyện ủy Vị Xuyên.")
    assert found == {("Đỗ Văn Bình", "Phó Bí thư", "Tỉnh ủy Hà Giang"),
                     ("Lò Thị Mai", "Bí thư", "Huyện ủy Vị Xuyên")}


# -- apposition lists -----------------------------------------------------------------------
def test_every_post_of_an_apposition_list_and_the_committee_named_by_a_later_post(nlp):
    found = posts(nlp, "Dự hội nghị có đồng chí Hà Văn Lâm, Ủy viên Ban Thường vụ, Trưởng Ban Nội chính "
                       "Tỉnh ủy Lào Cai; đồng chí Vàng Thị Dung, Phó Bí thư Thường trực Huyện ủy Bát Xát.")
    assert found == {("Hà Văn Lâm", "Ủy viên Ban Thường vụ", "Tỉnh ủy Lào Cai"),
                     ("Hà Văn Lâm", "Trưởng ban", "Ban Nội chính Tỉnh ủy Lào Cai"),
                     ("Vàng Thị Dung", "Phó Bí thư Thường trực", "Huyện ủy Bát Xát")}


def test_a_member_of_a_provincial_committee_holding_a_district_post(nlp):
    found = posts(nlp, "Hội nghị ở huyện Mèo Vạc, tỉnh Hà Giang. Đồng chí Sùng Mí Vàng - Tỉnh ủy viên, "
                       "Bí thư Huyện ủy Mèo Vạc chủ trì.")
    assert found == {("Sùng Mí Vàng", "Ủy viên", "Tỉnh ủy Hà Giang"),
                     ("Sùng Mí Vàng", "Bí thư", "Huyện ủy Mèo Vạc")}


def test_a_bare_committee_the_article_does_not_settle_stays_as_written(nlp):
    found = posts(nlp, "Các đồng chí: Đặng Văn Hòa, Bí thư Tỉnh ủy; Kiều Thị Hương, Phó Bí thư Tỉnh ủy "
                       "đã làm việc với các ban.")
    assert found == {("Đặng Văn Hòa", "Bí thư", "Tỉnh ủy"), ("Kiều Thị Hương", "Phó Bí thư", "Tỉnh ủy")}


# -- bodies named by the title or the article -----------------------------------------------------
def test_a_bare_party_committee_is_that_of_the_commune_the_next_post_names(nlp):
    found = posts(nlp, "Bà Thân Thị Ngát, nguyên Phó Bí thư Đảng ủy, Phó Chủ tịch UBND xã Tân Mỹ, "
                       "bị khiển trách.")
    assert found == {("Thân Thị Ngát", "Phó Bí thư", "Đảng ủy xã Tân Mỹ"),
                     ("Thân Thị Ngát", "Phó Chủ tịch", "Ủy ban nhân dân xã Tân Mỹ")}


def test_a_party_post_with_no_body_named_next_to_a_commune_post(nlp):
    found = posts(nlp, "Đảng bộ phường Thanh Bình có 30 chi bộ. Ông Khúc Văn Hưng làm Phó Bí thư, "
                       "Chủ tịch UBND phường Thanh Bình.")
    assert found == {("Khúc Văn Hưng", "Phó Bí thư", "Đảng ủy phường Thanh Bình"),
                     ("Khúc Văn Hưng", "Chủ tịch", "Ủy ban nhân dân phường Thanh Bình")}


def test_a_bare_party_committee_of_the_institution_the_next_post_names(nlp):
    found = posts(nlp, "Ông Tạ Quang Hiếu, Bí thư Đảng ủy, Giám đốc Bệnh viện Đa khoa tỉnh Sơn La, phát biểu.")
    assert found == {("Tạ Quang Hiếu", "Bí thư", "Đảng ủy Bệnh viện Đa khoa tỉnh Sơn La"),
                     ("Tạ Quang Hiếu", "Giám đốc", "Bệnh viện Đa khoa tỉnh Sơn La")}


def test_the_school_of_the_title_names_the_head_of_nha_truong(nlp):
    found = posts(nlp, "Đồng chí Lục Văn Sáng - Phó Bí thư Đảng ủy Trường Đại học Tây Bắc, Phó Hiệu trưởng "
                       "nhà trường dự lễ.")
    assert found == {("Lục Văn Sáng", "Phó Bí thư", "Đảng ủy Trường Đại học Tây Bắc"),
                     ("Lục Văn Sáng", "Phó Hiệu trưởng", "Trường Đại học Tây Bắc")}


def test_a_bare_body_is_dropped_when_the_post_that_would_name_it_is_not_read(nlp):
    # "Giám đốc" names no organization we read: the bare "Chi bộ" is not completed by guesswork
    assert posts(nlp, "Ông Mẫn Văn Toàn, nguyên Bí thư Chi bộ, nguyên Phó Giám đốc xí nghiệp gạch, bị cảnh cáo.") \
        == set()


# -- central titles ------------------------------------------------------------------------------
def test_central_titles_in_the_conventions_forms(nlp):
    found = posts(nlp, "Dự có đồng chí Phan Đình Khải, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng. "
                       "Tổng Bí thư Hoàng Trọng Nghĩa gửi thư chúc mừng. Thủ tướng Chính phủ Lê Minh Trí phát biểu.")
    assert found == {("Phan Đình Khải", "Ủy viên", "Bộ Chính trị"),
                     ("Phan Đình Khải", "Ủy viên", "Ban Bí thư"),
                     ("Hoàng Trọng Nghĩa", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"),
                     ("Lê Minh Trí", "Thủ tướng", "Chính phủ")}


def test_a_former_central_title_before_the_name(nlp):
    assert posts(nlp, "Đến dự có nguyên Thủ tướng Đào Duy Khánh cùng nhiều đại biểu.") == {
        ("Đào Duy Khánh", "Thủ tướng", "Chính phủ")}


# -- titles before the name ---------------------------------------------------------------------
def test_a_title_of_two_posts_before_a_name_in_capitals(nlp):
    found = posts(nlp, "Bí thư Huyện ủy, Chủ tịch UBND huyện Tam Nông ĐINH CÔNG HẢO trao quyết định.")
    assert found == {("Đinh Công Hảo", "Bí thư", "Huyện ủy Tam Nông"),
                     ("Đinh Công Hảo", "Chủ tịch", "Ủy ban nhân dân huyện Tam Nông")}


def test_a_bare_committee_before_a_name_is_not_read_as_the_name_of_a_province(nlp):
    found = posts(nlp, "Trưởng ban Tổ chức Tỉnh ủy Đoàn Minh Khôi đến dự.")
    assert found == {("Đoàn Minh Khôi", "Trưởng ban", "Ban Tổ chức Tỉnh ủy")}


def test_a_rank_between_a_post_and_the_name_is_no_post(nlp):
    found = posts(nlp, "Đồng chí Đại tá Lường Văn Chiến - Chính ủy, Bộ Chỉ huy Quân sự tỉnh Điện Biên phát biểu.")
    assert found == {("Lường Văn Chiến", "Chính ủy", "Bộ Chỉ huy Quân sự tỉnh Điện Biên")}


# -- appointment verbs -------------------------------------------------------------------------
def test_posts_given_by_an_appointment_verb(nlp):
    found = posts(nlp, "Đảng bộ phường Hòa Khánh có 25 chi bộ. Hội nghị chỉ định đồng chí Triệu Văn Phúc "
                       "giữ chức Bí thư Đảng ủy phường Hòa Khánh.")
    assert found == {("Triệu Văn Phúc", "Bí thư", "Đảng ủy phường Hòa Khánh")}


def test_two_subjects_elected_to_the_same_post(nlp):
    found = posts(nlp, "Ông Chu Văn Lịch - Bí thư Huyện ủy Hải Hậu và ông Nghiêm Xuân Bách, Phó Chủ tịch UBND "
                       "tỉnh Nam Định được bầu làm Phó Bí thư Tỉnh ủy Nam Định.")
    assert found == {("Chu Văn Lịch", "Bí thư", "Huyện ủy Hải Hậu"),
                     ("Chu Văn Lịch", "Phó Bí thư", "Tỉnh ủy Nam Định"),
                     ("Nghiêm Xuân Bách", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định"),
                     ("Nghiêm Xuân Bách", "Phó Bí thư", "Tỉnh ủy Nam Định")}


def test_designated_to_join_the_committee_and_hold_a_post_later_in_the_sentence(nlp):
    found = posts(nlp, "Huyện ủy luân chuyển đồng chí Nông Văn Tài, Bí thư Đảng ủy xã Tân Lập, về công tác "
                       "ở xã Phúc Sơn, chỉ định tham gia Ban Thường vụ, Ban Chấp hành và giữ chức Bí thư "
                       "Đảng ủy xã Phúc Sơn.")
    assert found == {("Nông Văn Tài", "Bí thư", "Đảng ủy xã Tân Lập"),
                     ("Nông Văn Tài", "Ủy viên Ban Chấp hành", "Đảng ủy xã Phúc Sơn"),
                     ("Nông Văn Tài", "Ủy viên Ban Thường vụ", "Đảng ủy xã Phúc Sơn"),
                     ("Nông Văn Tài", "Bí thư", "Đảng ủy xã Phúc Sơn")}


def test_a_post_mentioned_in_the_clause_of_someone_else_is_not_theirs(nlp):
    # the verb gives the post to the people to be chosen, not to the speaker
    assert posts(nlp, "Đồng chí Lã Văn Thường, Bí thư Huyện ủy Kỳ Sơn, đề nghị các chi bộ chọn người giữ chức "
                      "Bí thư chi bộ có uy tín.") == {("Lã Văn Thường", "Bí thư", "Huyện ủy Kỳ Sơn")}


def test_the_cell_of_a_village_whose_head_holds_the_cell_post(nlp):
    found = posts(nlp, "Dự có đồng chí Rơ Mah Thuận, Bí thư Chi bộ, Trưởng thôn Plei Ring, cùng nhiều đảng viên.")
    assert found == {("Rơ Mah Thuận", "Bí thư", "Chi bộ thôn Plei Ring")}


def test_a_bare_cell_is_not_the_cell_named_later_in_the_article(nlp):
    found = posts(nlp, "Đồng chí Vi Văn Ngọc, Bí thư Chi bộ, phát biểu. Sau đó Chi bộ Trường THCS Lê Lợi họp.")
    assert found == set()


def test_a_standing_committee_that_names_its_committee_keeps_it(nlp):
    found = posts(nlp, "Dự có đồng chí Tăng Văn Nghĩa, Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Ba Đình.")
    assert ("Tăng Văn Nghĩa", "Bí thư", "Quận ủy Ba Đình") in found
    assert not any(role == "Ủy viên Ban Thường vụ" and org == "Quận ủy Ba Đình" for _, role, org in found)


def test_a_title_then_la_and_the_name(nlp):
    assert posts(nlp, "Bí thư Đảng ủy phường Quang Trung là đồng chí Kim Thị Hường.") == {
        ("Kim Thị Hường", "Bí thư", "Đảng ủy phường Quang Trung")}


def test_a_nominee_does_not_hold_the_post_yet(nlp):
    assert posts(nlp, "Ban Thường vụ thống nhất giới thiệu đồng chí Thái Văn Lực để bầu giữ chức Chủ tịch "
                      "UBND xã Cẩm Mỹ.") == set()


def test_a_title_before_a_colon_and_a_list_of_names(nlp):
    found = posts(nlp, "Dự có các đồng chí Phó Bí thư Tỉnh ủy Bắc Kạn: Bế Thị Vân, Hoàng Duy Chinh và Nông Văn Tư.")
    assert found == {(n, "Phó Bí thư", "Tỉnh ủy Bắc Kạn") for n in ("Bế Thị Vân", "Hoàng Duy Chinh", "Nông Văn Tư")}


def test_a_bare_cell_in_a_title_with_a_board_is_the_cell_of_that_board(nlp):
    found = posts(nlp, "Đồng chí Hà Thị Nga, UVBTV, Trưởng ban Dân vận Tỉnh ủy Sơn La, Bí thư Chi bộ trao quyết định.")
    assert ("Hà Thị Nga", "Bí thư", "Chi bộ Ban Dân vận Tỉnh ủy Sơn La") in found


def test_abbreviated_posts_are_written_out(nlp):
    found = posts(nlp, "Huyện Bắc Mê, tỉnh Hà Giang. Đồng chí Lý Văn Sáu, TUV, Bí thư Huyện ủy Bắc Mê; đồng chí "
                       "Mông Thị Ngân, Phó Bí thư TT Huyện ủy Bắc Mê; đồng chí Nông Đức Hiếu, Phó ban Tuyên giáo "
                       "Huyện ủy Bắc Mê.")
    assert found == {("Lý Văn Sáu", "Ủy viên", "Tỉnh ủy Hà Giang"),
                     ("Lý Văn Sáu", "Bí thư", "Huyện ủy Bắc Mê"),
                     ("Mông Thị Ngân", "Phó Bí thư Thường trực", "Huyện ủy Bắc Mê"),
                     ("Nông Đức Hiếu", "Phó Trưởng ban", "Ban Tuyên giáo Huyện ủy Bắc Mê")}


def test_a_bare_commune_committee_named_by_the_next_post(nlp):
    assert posts(nlp, "Đồng chí Kha Văn Sáu, Bí thư Đảng ủy xã, Chủ tịch HĐND xã Hồng Trị phát biểu.") == {
        ("Kha Văn Sáu", "Bí thư", "Đảng ủy xã Hồng Trị"), ("Kha Văn Sáu", "Chủ tịch", "Hội đồng nhân dân xã Hồng Trị")}


def test_the_office_of_the_body_named_after_the_post(nlp):
    found = posts(nlp, "Ông Quan Văn Bình, Phó Chánh Văn phòng UBND tỉnh Lai Châu, cho biết như vậy.")
    assert found == {("Quan Văn Bình", "Phó Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Lai Châu")}


def test_titles_before_each_of_two_names_in_a_row(nlp):
    found = posts(nlp, "Dự có Bí thư Tỉnh ủy Yên Bái Đỗ Minh Duy, Chủ tịch UBND tỉnh Yên Bái Trần Huy Tuân cùng dự.")
    assert found == {("Đỗ Minh Duy", "Bí thư", "Tỉnh ủy Yên Bái"),
                     ("Trần Huy Tuân", "Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái")}


def test_a_title_opening_the_sentence_then_a_word_of_address_and_the_name(nlp):
    assert posts(nlp, "Bí thư Chi bộ thôn Khuổi Nọi, ông Lý Văn Tài cho biết chi bộ có 20 đảng viên.") == {
        ("Lý Văn Tài", "Bí thư", "Chi bộ thôn Khuổi Nọi")}


def test_a_post_with_no_organization_in_the_conventions_gives_no_membership(nlp):
    assert posts(nlp, "Chủ tịch nước Hà Văn Cường dự lễ cùng Thủ tướng Chu Minh Chính.") == {
        ("Chu Minh Chính", "Thủ tướng", "Chính phủ")}


def test_a_party_post_with_no_body_takes_the_village_or_commune_of_the_next_post(nlp):
    assert posts(nlp, "Ông Vàng A Sử, Bí thư kiêm Trưởng bản Tả Phìn, cho biết như vậy.") == {
        ("Vàng A Sử", "Bí thư", "Chi bộ bản Tả Phìn")}
    # an institution does not tell whether its party body is a Đảng ủy or a Chi bộ
    assert posts(nlp, "Ông Vàng A Sử, Bí thư, Hiệu trưởng Trường THCS Lê Lợi, cho biết.") == {
        ("Vàng A Sử", "Hiệu trưởng", "Trường Trung học cơ sở Lê Lợi")}


def test_a_post_someone_is_relieved_of_is_a_former_post(nlp):
    assert posts(nlp, "Ban Thường vụ Huyện ủy quyết định cách chức Bí thư Chi bộ thôn Pù Quăn đối với "
                      "đồng chí Thao Văn Dê.") == {("Thao Văn Dê", "Bí thư", "Chi bộ thôn Pù Quăn")}
    # two people in the clause: whose post it was is not said
    assert posts(nlp, "Quyết định cách chức Bí thư Chi bộ thôn Pù Quăn đối với đồng chí Thao Văn Dê và "
                      "đồng chí Mùa A Súa.") == set()


def test_a_commune_police_chief_sits_in_the_communes_party_committee(nlp):
    assert ("Lò Văn Hùng", "Phó Bí thư", "Đảng ủy xã Chiềng Sơn") in posts(
        nlp, "Đồng chí Lò Văn Hùng, Phó Bí thư Đảng ủy, Trưởng Công an xã Chiềng Sơn phát biểu.")
    assert ("Lò Văn Hùng", "Phó Bí thư", "Đảng ủy Công an tỉnh Sơn La") in posts(
        nlp, "Đồng chí Lò Văn Hùng, Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh Sơn La phát biểu.")


def test_a_bare_party_committee_in_a_police_title_is_the_police_party_committee(nlp):
    found = posts(nlp, "Đại tá Trần Văn Hùng, Bí thư Đảng ủy, Giám đốc Công an tỉnh Hà Giang, chủ trì.")
    assert found == {("Trần Văn Hùng", "Bí thư", "Đảng ủy Công an tỉnh Hà Giang"),
                     ("Trần Văn Hùng", "Giám đốc", "Công an tỉnh Hà Giang")}


def test_a_department_of_the_police_named_before_in_the_title_list(nlp):
    found = posts(nlp, "Dự có Đại tá Trần Văn Hùng, Giám đốc Công an tỉnh Hà Giang; Thượng tá Vũ Thị Lan, "
                       "Trưởng phòng Tổ chức cán bộ.")
    assert ("Vũ Thị Lan", "Trưởng phòng", "Phòng Tổ chức cán bộ Công an tỉnh Hà Giang") in found


def test_a_team_and_its_cell(nlp):
    found = posts(nlp, "Thiếu tá Bùi Văn Nam, Bí thư Chi bộ, Đội trưởng Đội Cảnh sát giao thông Công an huyện "
                       "Vị Xuyên, phát biểu.")
    assert found == {("Bùi Văn Nam", "Bí thư", "Chi bộ Đội Cảnh sát giao thông Công an huyện Vị Xuyên"),
                     ("Bùi Văn Nam", "Đội trưởng", "Đội Cảnh sát giao thông Công an huyện Vị Xuyên")}


def test_posts_of_a_university_the_article_named_before(nlp):
    found = posts(nlp, "Đảng ủy Trường Đại học Hải Phòng họp. Dự có thầy Lê Văn Bình, Bí thư Đảng ủy, Chủ tịch "
                       "Hội đồng trường; cô Mai Thị Hoa, Phó Bí thư Đảng ủy, Hiệu trưởng; ông Đỗ Văn Tâm, Bí thư "
                       "Chi bộ, Trưởng khoa Kinh tế - Luật.")
    assert found == {("Lê Văn Bình", "Bí thư", "Đảng ủy Trường Đại học Hải Phòng"),
                     ("Lê Văn Bình", "Chủ tịch", "Hội đồng trường Trường Đại học Hải Phòng"),
                     ("Mai Thị Hoa", "Phó Bí thư", "Đảng ủy Trường Đại học Hải Phòng"),
                     ("Mai Thị Hoa", "Hiệu trưởng", "Trường Đại học Hải Phòng"),
                     ("Đỗ Văn Tâm", "Bí thư", "Chi bộ Khoa Kinh tế - Luật"),
                     ("Đỗ Văn Tâm", "Trưởng khoa", "Khoa Kinh tế - Luật")}


def test_a_head_of_school_with_no_school_in_the_article_gives_nothing(nlp):
    assert posts(nlp, "Cô Mai Thị Hoa, Phó Bí thư Đảng ủy, Hiệu trưởng, phát biểu.") == {
        ("Mai Thị Hoa", "Phó Bí thư", "Đảng ủy")}


@pytest.mark.xfail(strict=True, reason="known regression: since the organizations finder reads 'Hội đồng thành "
                   "viên/Công đoàn Tổng công ty' itself, a company named only inside a board's name is not taken "
                   "as the one company of the article, so 'Đảng ủy' and 'Công đoàn' stay bare")
def test_councils_and_trade_union_of_a_company(nlp):
    found = posts(nlp, "Ông Phạm Văn An, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tổng công ty Xi măng "
                       "Việt Nam; bà Lê Thị Hạnh, Chủ tịch Công đoàn Tổng công ty.")
    companies = {o for _, _, o in found}
    assert any(o.startswith("Hội đồng thành viên Tổng công ty") for o in companies)
    assert any(o.startswith("Đảng ủy Tổng công ty") for o in companies)
    assert any(o.startswith("Công đoàn Tổng công ty") for o in companies)


def test_a_front_working_committee_and_an_association_branch_of_a_village(nlp):
    found = posts(nlp, "Lễ kết nạp tại Chi bộ buôn Cư Mta. Dự có đồng chí Y Bhin Mlô, Bí thư Chi bộ, Trưởng Ban "
                       "công tác Mặt trận buôn; bà H'Dim Ayun, Phó Chi hội trưởng Chi hội Phụ nữ buôn; ông Lê Văn "
                       "Tư, Trưởng Ban công tác Mặt trận thôn Đồng Tâm.")
    assert found == {("Y Bhin Mlô", "Bí thư", "Chi bộ buôn Cư Mta"),
                     ("Y Bhin Mlô", "Trưởng ban", "Ban công tác Mặt trận buôn Cư Mta"),
                     ("H'Dim Ayun", "Phó Chi hội trưởng", "Chi hội Phụ nữ buôn Cư Mta"),
                     ("Lê Văn Tư", "Trưởng ban", "Ban công tác Mặt trận thôn Đồng Tâm")}


def test_a_post_held_now_or_before(nlp):
    found = posts(nlp, "Ông Hà Văn Sáu, nguyên Bí thư Đảng ủy xã Tân Lập, nay là Chủ tịch Hội Cựu chiến binh "
                       "xã Tân Lập. Bà Nông Thị Hoa, Chủ tịch Hội Nông dân xã Tân Lập, "
                       "từng là Bí thư Chi bộ thôn Nà Cọ.")
    assert found == {("Hà Văn Sáu", "Bí thư", "Đảng ủy xã Tân Lập"),
                     ("Hà Văn Sáu", "Chủ tịch", "Hội Cựu chiến binh xã Tân Lập"),
                     ("Nông Thị Hoa", "Chủ tịch", "Hội Nông dân xã Tân Lập"),
                     ("Nông Thị Hoa", "Bí thư", "Chi bộ thôn Nà Cọ")}


def test_a_post_before_a_name_introduced_by_anh(nlp):
    assert posts(nlp, "Chi bộ bản Nậm Cang có 9 đảng viên; Bí thư chi bộ là anh Lò Văn Pằn.") == {
        ("Lò Văn Pằn", "Bí thư", "Chi bộ bản Nậm Cang")}


def test_a_nomination_in_the_clause_before_does_not_stop_a_post(nlp):
    found = posts(nlp, "Anh Lò Văn Hải được Đoàn xã giới thiệu, còn chị Vàng Thị Mai là Chủ tịch Hội Liên hiệp "
                       "Phụ nữ xã Mường Mô.")
    assert found == {("Vàng Thị Mai", "Chủ tịch", "Hội Liên hiệp Phụ nữ xã Mường Mô")}
    # ... but a nominee in her own clause holds nothing yet
    assert posts(nlp, "Đại hội giới thiệu chị Vàng Thị Mai để bầu làm Chủ tịch Hội Liên hiệp Phụ nữ xã "
                      "Mường Mô.") == set()


def test_a_bare_party_committee_is_never_a_provincial_committee(nlp):
    found = posts(nlp, "Đảng ủy Bộ Chỉ huy Quân sự tỉnh Yên Bái họp. Tỉnh ủy Yên Bái chỉ đạo. Đồng chí Lý Văn "
                       "Tài, Phó Bí thư Đảng ủy, phát biểu.")
    assert found == {("Lý Văn Tài", "Phó Bí thư", "Đảng ủy Bộ Chỉ huy Quân sự tỉnh Yên Bái")}


def test_a_border_post_and_its_cell(nlp):
    found = posts(nlp, "Tại xã Mù Cả, Thiếu tá Vàng A Sình, Bí thư Chi bộ, Chính trị viên Đồn Biên phòng Mù Cả, "
                       "phát biểu.")
    assert found == {("Vàng A Sình", "Bí thư", "Chi bộ Đồn Biên phòng Mù Cả"),
                     ("Vàng A Sình", "Chính trị viên", "Đồn Biên phòng Mù Cả")}
    # ... while a political commissar of a command the finder reads is of that command
    assert posts(nlp, "Đại úy Lò Văn Cường, Chính trị viên Ban Chỉ huy Quân sự huyện Mường Tè, dự.") == {
        ("Lò Văn Cường", "Chính trị viên", "Ban Chỉ huy Quân sự huyện Mường Tè")}


def test_a_department_name_ends_before_the_verb(nlp):
    found = posts(nlp, "Thượng tá Vũ Thị Lan, Trưởng phòng Tổ chức cán bộ cho biết, đơn vị kết nạp 20 đảng viên.")
    assert found == {("Vũ Thị Lan", "Trưởng phòng", "Phòng Tổ chức cán bộ")}


def test_a_unit_agency_is_not_put_inside_the_article_institution(nlp):
    found = posts(nlp, "Đảng ủy Công an tỉnh Nghệ An họp. Ông Lê Văn Tú, Trưởng phòng Văn hóa - Thông tin huyện "
                       "Yên Thành, dự.")
    assert found == {("Lê Văn Tú", "Trưởng phòng", "Phòng Văn hóa - Thông tin huyện Yên Thành")}


def test_a_member_of_the_executive_committee_of_a_named_dang_bo(nlp):
    # the conventions' "Ủy viên Trung ương Đảng" -> "Ủy viên" in "Ban Chấp hành Trung ương Đảng", one level down
    assert posts(nlp, "Ông Lê Văn Hòa - Ủy viên Ban Chấp hành Đảng bộ tỉnh Ninh Bình, Trưởng ban Dân vận Huyện ủy "
                      "Nho Quan - phát biểu.") == {
        ("Lê Văn Hòa", "Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Ninh Bình"),
        ("Lê Văn Hòa", "Trưởng ban", "Ban Dân vận Huyện ủy Nho Quan")}


def test_the_women_s_union_written_short(nlp):
    assert posts(nlp, "Bà Đinh Thị Lan, Chủ tịch Hội LHPN xã Gia Sinh, cho biết như vậy.") == {
        ("Đinh Thị Lan", "Chủ tịch", "Hội Liên hiệp Phụ nữ xã Gia Sinh")}


def test_the_persons_people_or_age_between_the_name_and_the_post(nlp):
    assert posts(nlp, "Bà Lò Thị Pằng, người Thái, Chủ tịch Hội Nông dân xã Tượng Lĩnh cho biết thêm.") == {
        ("Lò Thị Pằng", "Chủ tịch", "Hội Nông dân xã Tượng Lĩnh")}
    assert posts(nlp, "Ông Vàng Seo Dính, 68 tuổi, Bí thư Đảng ủy xã Tượng Lĩnh, phát biểu.") == {
        ("Vàng Seo Dính", "Bí thư", "Đảng ủy xã Tượng Lĩnh")}


def test_the_persons_people_written_dan_toc_between_the_name_and_the_post(nlp):
    assert posts(nlp, "Ông Lò Văn Pọm, dân tộc Thái, Bí thư Đảng ủy xã Mường Lói, cho biết như vậy.") == {
        ("Lò Văn Pọm", "Bí thư", "Đảng ủy xã Mường Lói")}
    assert posts(nlp, "Chị Hà Thị Nhung (dân tộc Mường, nguyên Phó Chủ tịch Hội Nông dân xã Tân Lạc) kể lại.") == {
        ("Hà Thị Nhung", "Phó Chủ tịch", "Hội Nông dân xã Tân Lạc")}


def test_an_institution_written_bare_after_a_post_is_the_one_the_article_names(nlp):
    found = posts(nlp, "Ngày 2/7, Đảng ủy Bệnh viện Đa khoa tỉnh Hà Nam họp. Theo bác sĩ Lò Văn Pằng, Bí thư "
                       "Đảng ủy, Giám đốc Bệnh viện, Đảng ủy đã ra nghị quyết.")
    assert found == {("Lò Văn Pằng", "Bí thư", "Đảng ủy Bệnh viện Đa khoa tỉnh Hà Nam"),
                     ("Lò Văn Pằng", "Giám đốc", "Bệnh viện Đa khoa tỉnh Hà Nam")}


def test_a_cooperative_written_short_after_a_post_is_the_one_the_article_names(nlp):
    # "HTX" is how the press writes "Hợp tác xã" after a post (Luật Hợp tác xã)
    found = posts(nlp, "Chi bộ Hợp tác xã Nông nghiệp Dịch vụ Ea Tiêu có 9 đảng viên. Ông Y Blang Niê, Bí thư Chi "
                       "bộ, Giám đốc HTX cho biết, chi bộ kết nạp 2 đảng viên.")
    assert found == {("Y Blang Niê", "Bí thư", "Chi bộ Hợp tác xã Nông nghiệp Dịch vụ Ea Tiêu"),
                     ("Y Blang Niê", "Giám đốc", "Hợp tác xã Nông nghiệp Dịch vụ Ea Tiêu")}


def test_the_cell_of_a_school_of_politics_in_a_title(nlp):
    found = posts(nlp, "Trường Chính trị tỉnh Hà Nam khai giảng. Đồng chí Lò Thị Pằng, Phó Hiệu trưởng, Bí thư "
                       "Chi bộ Trường Chính trị tỉnh cho biết như vậy.")
    assert ("Lò Thị Pằng", "Bí thư", "Chi bộ Trường Chính trị tỉnh Hà Nam") in found


def test_a_head_nurse_of_a_hospital_department(nlp):
    found = posts(nlp, "Đảng ủy Bệnh viện Đa khoa tỉnh Hà Nam họp. Đồng chí Lò Thị Pằng, Bí thư Chi bộ, Điều dưỡng "
                       "trưởng Khoa Hồi sức cấp cứu, cho biết như vậy.")
    assert ("Lò Thị Pằng", "Điều dưỡng trưởng", "Khoa Hồi sức cấp cứu") in found


def test_an_acting_post_keeps_quyen_in_its_role(nlp):
    found = extract(article("Bà Lò Thị Mai, nguyên Phó Giám đốc Sở Y tế tỉnh Quảng Ninh, được giao quyền Giám đốc "
                            "Sở Y tế tỉnh Quảng Ninh. Ông Hà Văn Tiến, Quyền Chánh Văn phòng Tỉnh ủy Quảng Ninh, dự."),
                    nlp)
    posts = {(m.person, m.role, m.organization) for m in found.memberships}
    assert ("Lò Thị Mai", "Quyền Giám đốc", "Sở Y tế tỉnh Quảng Ninh") in posts
    assert ("Lò Thị Mai", "Phó Giám đốc", "Sở Y tế tỉnh Quảng Ninh") in posts
    assert ("Hà Văn Tiến", "Quyền Chánh Văn phòng", "Văn phòng Tỉnh ủy Quảng Ninh") in posts


def test_an_acting_post_abbreviated_or_written_before_the_name(nlp):
    # "Q." is the acting mark of the signatures, written in titles too
    text = "Đồng chí Lù Văn Páo, Q. Chủ tịch UBND huyện Mường Tè, phát biểu."
    assert posts(nlp, text) == {("Lù Văn Páo", "Quyền Chủ tịch", "Ủy ban nhân dân huyện Mường Tè")}
    text = "Quyền Chủ tịch UBND huyện Mường Tè Lù Văn Páo phát biểu."
    assert posts(nlp, text) == {("Lù Văn Páo", "Quyền Chủ tịch", "Ủy ban nhân dân huyện Mường Tè")}


def test_a_post_won_in_an_election_or_held(nlp):
    found = posts(nlp, "Đại hội Đảng bộ tỉnh Lai Châu đã bầu Ban Chấp hành khóa mới.\n"
                       "- Đồng chí Lục Thành Đạt, Chủ tịch UBND tỉnh Lai Châu, trúng cử Phó Bí thư "
                       "Tỉnh ủy Tuyên Quang;\n"
                       "- Đồng chí Ma Thị Sen giữ cương vị Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang.")
    assert {("Lục Thành Đạt", "Phó Bí thư", "Tỉnh ủy Tuyên Quang"),
            ("Ma Thị Sen", "Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang")} <= found


def test_a_concurrent_post_after_a_comma_and_kiem(nlp):
    found = posts(nlp, "Ban Thường vụ Tỉnh ủy Hà Nam phân công đồng chí Lù Thị Mén, Phó Trưởng Ban Tổ chức Tỉnh ủy, "
                       "kiêm Trưởng phòng Tổ chức đảng - Đảng viên. Hội nghị kết thúc.")
    assert ("Lù Thị Mén", "Trưởng phòng", "Phòng Tổ chức đảng - Đảng viên") in found
    assert ("Lù Thị Mén", "Phó Trưởng ban", "Ban Tổ chức Tỉnh ủy Hà Nam") in found


def test_a_bare_political_officer_is_of_the_border_post_the_title_or_article_names(nlp):
    # "Chính trị viên" written alone: the political officer of the border post his other post names
    found = posts(nlp, "Thiếu tá Hà Văn Dũng, Chính trị viên, Bí thư Đảng ủy Đồn Biên phòng Pha Long cho biết như vậy.")
    assert ("Hà Văn Dũng", "Chính trị viên", "Đồn Biên phòng Pha Long") in found
    found = posts(nlp, "Đồn Biên phòng Pha Long quản lý 20 km biên giới. Theo Thượng tá Lầu Văn Sính, Chính trị viên, "
                       "đồn đã giúp dân.")
    assert ("Lầu Văn Sính", "Chính trị viên", "Đồn Biên phòng Pha Long") in found
    # no unit of the forces named (a village's cell): no membership
    found = posts(nlp, "Đại úy Vi Văn Sáng, Chính trị viên, Phó Bí thư Chi bộ thôn Khuổi Bốc, trao đổi với phóng viên.")
    assert not {m for m in found if m[1] == "Chính trị viên"}


def test_a_bare_political_officer_is_of_the_company_or_battalion_his_other_post_names(nlp):
    # Luật Sĩ quan, Điều 11: a company's and a battalion's political officer ("Chính trị viên đại đội/tiểu đoàn")
    found = posts(nlp, "Đại úy Vi Văn Sáng, Chính trị viên, Phó Bí thư Chi bộ Đại đội 9, trao đổi với phóng viên.")
    assert ("Vi Văn Sáng", "Chính trị viên", "Đại đội 9") in found
    found = posts(nlp, "Thượng úy Sầm Văn Lợi - Chính trị viên kiêm Phó Bí thư Đảng ủy Tiểu đoàn 2 phát biểu.")
    assert found == {("Sầm Văn Lợi", "Chính trị viên", "Tiểu đoàn 2"),
                     ("Sầm Văn Lợi", "Phó Bí thư", "Đảng ủy Tiểu đoàn 2")}


def test_the_head_of_a_university_subject_department(nlp):
    # bộ môn: a unit of a faculty or school (Luật Giáo dục đại học), named by its subject
    found = posts(nlp, "Trường Đại học Tây Bắc tổng kết năm học. TS. Lò Thị Tâm, Phó Trưởng Bộ môn Toán cho biết "
                       "như vậy; ThS. Quàng Văn Inh, Trưởng Bộ môn Hóa học, phát biểu.")
    assert {("Lò Thị Tâm", "Phó Trưởng Bộ môn", "Bộ môn Toán"),
            ("Quàng Văn Inh", "Trưởng Bộ môn", "Bộ môn Hóa học")} <= found


def test_a_faculty_named_before_the_adverb_that_follows_it(nlp):
    found = posts(nlp, "ThS. Hà Văn Tẻo, Phó Trưởng khoa Kinh tế cũng nói vậy.")
    assert ("Hà Văn Tẻo", "Phó Trưởng khoa", "Khoa Kinh tế") in found


def test_a_member_of_a_mass_organizations_standing_committee(nlp):
    found = posts(nlp, "Bà Lò Thị Mến, Ủy viên Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Sơn La, Chủ tịch Hội Liên hiệp "
                       "Phụ nữ huyện Mai Sơn cho biết như vậy. Ông Lò Văn Pọm, Ủy viên Ban Thường vụ Tỉnh đoàn Sơn La, "
                       "phát biểu.")
    assert {("Lò Thị Mến", "Ủy viên Ban Thường vụ", "Hội Liên hiệp Phụ nữ tỉnh Sơn La"),
            ("Lò Thị Mến", "Chủ tịch", "Hội Liên hiệp Phụ nữ huyện Mai Sơn"),
            ("Lò Văn Pọm", "Ủy viên Ban Thường vụ", "Tỉnh đoàn Sơn La")} <= found


def test_a_body_joined_as_an_item_of_the_title_is_of_the_titles_committee(nlp):
    found = posts(nlp, "- Quyết định số 12-QĐ/TU điều động đồng chí Hoàng Văn Páo, Bí thư Huyện ủy Lục Yên, đến nhận "
                       "công tác tại Ban Tổ chức Tỉnh ủy.\n"
                       "- Quyết định số 13-QĐ/TU chỉ định đồng chí Nông Thị Sính, Chủ tịch Ủy ban MTTQ Việt Nam huyện "
                       "Văn Yên, tham gia Ban Thường vụ Huyện ủy, giữ chức Trưởng Ban Dân vận Huyện ủy Văn Yên.")
    assert ("Nông Thị Sính", "Ủy viên Ban Thường vụ", "Huyện ủy Văn Yên") in found
    assert ("Nông Thị Sính", "Trưởng ban", "Ban Dân vận Huyện ủy Văn Yên") in found
    assert ("Nông Thị Sính", "Ủy viên Ban Thường vụ", "Huyện ủy Lục Yên") not in found


def test_the_head_of_a_village_branch_written_in_lower_case(nlp):
    found = posts(nlp, "Chị Lò Thị Én, Chi hội trưởng Chi hội phụ nữ thôn Nà Làng, vừa được kết nạp vào Đảng. "
                       "Chị Hà Thị Mai, Chi hội trưởng Chi hội thôn Nà Pồng, cũng vậy.")
    assert ("Lò Thị Én", "Chi hội trưởng", "Chi hội phụ nữ thôn Nà Làng") in found
    assert ("Hà Thị Mai", "Chi hội trưởng", "Chi hội thôn Nà Pồng") in found


def test_the_post_held_now_later_in_the_persons_clause(nlp):
    found = posts(nlp, "Chị Y Blúp được kết nạp năm 2022, nay là Bí thư Chi đoàn buôn Ea Sar.")
    assert ("Y Blúp", "Bí thư", "Chi đoàn buôn Ea Sar") in found


def test_the_years_a_post_was_held_later_in_the_persons_clause(nlp):
    found = posts(nlp, "Anh Thạch Văn Khánh, đoàn viên ở xã Phước Hải, được kết nạp Đảng sau 4 năm làm Bí thư "
                       "Chi đoàn thôn Hải Sanh.")
    assert ("Thạch Văn Khánh", "Bí thư", "Chi đoàn thôn Hải Sanh") in found
    assert posts(nlp, "Ông Lò Văn Khum có nhiều năm làm Trưởng Công an xã Mường Mô.") == {
        ("Lò Văn Khum", "Trưởng Công an", "Công an xã Mường Mô")}


def test_two_asides_between_a_name_and_its_post(nlp):
    found = posts(nlp, "Một trong số đó là chị Lò Thị Ơn, 24 tuổi, người Thái, Bí thư Chi đoàn bản Nà Sài.")
    assert ("Lò Thị Ơn", "Bí thư", "Chi đoàn bản Nà Sài") in found


def test_a_persons_people_with_its_local_group_in_brackets_before_the_post(nlp):
    found = posts(nlp, "Anh Lâm Văn Quyền, 27 tuổi, người Sán Chay (nhóm Sán Chí), Bí thư Chi đoàn thôn Khe Mo, "
                       "vừa được kết nạp.")
    assert ("Lâm Văn Quyền", "Bí thư", "Chi đoàn thôn Khe Mo") in found
    found = posts(nlp, "Chị Triệu Thị Lan, người Dao (Dao Tiền), Phó Bí thư Chi bộ thôn Nà Pồng, cho biết như vậy.")
    assert ("Triệu Thị Lan", "Phó Bí thư", "Chi bộ thôn Nà Pồng") in found


def test_a_bare_cell_is_of_the_company_whose_union_the_title_names(nlp):
    found = posts(nlp, "Ông Lý Kiến Hoa, Giám đốc Công ty TNHH May Hưng Phát, cho biết công ty tạo điều kiện. Đồng chí "
                       "Vi Văn Thắm, Bí thư Chi bộ, Chủ tịch Công đoàn Công ty, cho biết chi bộ có 9 đảng viên.")
    assert ("Vi Văn Thắm", "Bí thư", "Chi bộ Công ty TNHH May Hưng Phát") in found
    assert ("Vi Văn Thắm", "Chủ tịch", "Công đoàn Công ty TNHH May Hưng Phát") in found


# -- the army's numbered echelons --------------------------------------------------------------
def test_a_political_department_head_sits_on_the_standing_committee_of_the_echelon_it_serves(nlp):
    # the chief of an echelon's political department is a member of that echelon's party standing
    # committee: the bare "Đảng ủy" is the corps', not the department's
    found = posts(nlp, "Đại tá Hoàng Minh Tuệ, Ủy viên Ban Thường vụ Đảng ủy, Chủ nhiệm Cục Chính trị "
                       "Quân đoàn 12, phát biểu.")
    assert found == {("Hoàng Minh Tuệ", "Ủy viên Ban Thường vụ", "Đảng ủy Quân đoàn 12"),
                     ("Hoàng Minh Tuệ", "Chủ nhiệm", "Cục Chính trị Quân đoàn 12")}



def test_a_section_of_a_department_named_after_a_comma(nlp):
    found = posts(nlp, "Thượng tá Lò Văn Thắm, Trưởng phòng Tổ chức, Cục Chính trị Quân đoàn 12, cho biết thêm.")
    assert found == {("Lò Văn Thắm", "Trưởng phòng", "Phòng Tổ chức Cục Chính trị Quân đoàn 12")}


def test_a_deputy_of_the_national_assembly_is_one_of_the_quoc_hoi(nlp):
    # Luật Tổ chức Quốc hội: a deputy (đại biểu) is a member of the Quốc hội; the term after it is no part of the name
    found = posts(nlp, "Bà Hồ Thị Nga, Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Bình, đại biểu Quốc hội khóa XIV, "
                       "dự buổi lễ.")
    assert ("Hồ Thị Nga", "Đại biểu", "Quốc hội") in found


def test_a_post_told_by_a_pronoun_is_of_the_one_person_named_before(nlp):
    found = posts(nlp, "Chị Lò Thị Xoan, 26 tuổi, được Chi bộ bản Nà Lạn kết nạp ngày 3/2/2025. Trước đó, chị là "
                       "Bí thư Chi đoàn bản Nà Lạn.")
    assert ("Lò Thị Xoan", "Bí thư", "Chi đoàn bản Nà Lạn") in found
    # two persons named before: whose post it is, the pronoun does not say
    assert posts(nlp, "Anh Lò Văn Nhất và chị Lò Thị Xoan được kết nạp ngày 3/2/2025. Trước đó, chị là Bí thư "
                      "Chi đoàn bản Nà Lạn.") == set()


def test_a_post_told_by_a_pronoun_after_the_person_s_own_words(nlp):
    # the person's quotation between the sentence naming him and the one the pronoun opens
    found = posts(nlp, "Ông Tạ Minh Quang, 61 tuổi, vào Đảng năm 2018. \"Làm ăn đàng hoàng thì bà con mới tin,\" ông "
                       "nói. Ông từng là Phó Chủ tịch Hội Nông dân xã Tân Thạnh.")
    assert ("Tạ Minh Quang", "Phó Chủ tịch", "Hội Nông dân xã Tân Thạnh") in found
    # near miss: in a new paragraph the pronoun stands for no one named
    assert not any(f[0] == "Tạ Minh Quang" for f in posts(
        nlp, "Ông Tạ Minh Quang, 61 tuổi, vào Đảng năm 2018.\nÔng từng là Phó Chủ tịch Hội Nông dân xã Tân Thạnh."))


def test_a_post_of_the_branch_the_title_names_through_its_party_body(nlp):
    # "chi nhánh" written bare: the branch of the title's party body, not the one of a former post
    found = posts(nlp, "Đồng chí Đặng Văn Toàn, Bí thư Đảng ủy, Giám đốc Vietinbank Chi nhánh Bắc Giang, chủ trì. "
                       "Đồng chí Lê Thị Hạnh, Phó Bí thư Đảng ủy, Phó Giám đốc chi nhánh, nguyên Phó Bí thư Đảng ủy "
                       "Vietinbank Chi nhánh Thái Nguyên, phát biểu.")
    assert {f for f in found if f[0] == "Lê Thị Hạnh"} == {
        ("Lê Thị Hạnh", "Phó Bí thư", "Đảng ủy Vietinbank Chi nhánh Bắc Giang"),
        ("Lê Thị Hạnh", "Phó Giám đốc", "Vietinbank Chi nhánh Bắc Giang"),
        ("Lê Thị Hạnh", "Phó Bí thư", "Đảng ủy Vietinbank Chi nhánh Thái Nguyên")}


def test_a_deputy_elected_after_the_head_is_of_the_same_body(nlp):
    found = posts(nlp, "Hội nghị bầu đồng chí Phạm Văn Bình giữ chức Chủ tịch Hội Nông dân xã Tân Phú; "
                       "đồng chí Đỗ Thị Nga được bầu làm Phó Chủ tịch.")
    assert found == {("Phạm Văn Bình", "Chủ tịch", "Hội Nông dân xã Tân Phú"),
                     ("Đỗ Thị Nga", "Phó Chủ tịch", "Hội Nông dân xã Tân Phú")}


def test_a_bare_party_post_of_the_side_the_sentence_opens_with(nlp):
    assert posts(nlp, "Về phía Đảng ủy xã Hòa Tiến, dự lễ có đồng chí Nông Thị Duyên, Phó Bí thư.") == {
        ("Nông Thị Duyên", "Phó Bí thư", "Đảng ủy xã Hòa Tiến")}


def test_a_list_of_bare_names_elected_together(nlp):
    found = posts(nlp, "Các đồng chí Nguyễn Văn Hùng, Trần Thị Lan và Lê Minh Tâm được bầu vào Ban Thường vụ "
                       "Đảng ủy xã Tân Phú.")
    assert {f[0] for f in found} == {"Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Minh Tâm"}


def test_a_head_of_the_body_of_its_kind_the_sentence_named_before(nlp):
    # "Chi hội trưởng" written bare: the Chi hội the sentence named before the person
    found = posts(nlp, "Mô hình nuôi gà của Chi hội Phụ nữ thôn Nà Lầu, xã Hồng Quang do chị Vàng Thị Dua, "
                       "Chi hội trưởng làm nòng cốt đã giúp nhiều hộ thoát nghèo.")
    assert found == {("Vàng Thị Dua", "Chi hội trưởng", "Chi hội Phụ nữ thôn Nà Lầu")}


def test_a_bare_cell_is_not_one_of_an_earlier_sentence_when_its_own_names_another(nlp):
    found = posts(nlp, "Chi bộ thôn Nà Hin kết nạp 2 đảng viên. Mô hình tổ tự quản của Chi bộ khối 5, thị trấn "
                       "Phong Thổ do đồng chí Lò Văn Pâng, Bí thư Chi bộ phụ trách.")
    assert ("Lò Văn Pâng", "Bí thư", "Chi bộ thôn Nà Hin") not in found


def test_a_department_head_written_bare_is_of_the_department_whose_cell_the_article_named(nlp):
    found = posts(nlp, "Chi bộ Phòng Kế toán hiện có 12 đảng viên. Đồng chí Trương Thị Lệ, Bí thư Chi bộ, "
                       "Phó Trưởng phòng cho biết, chi bộ họp đều.")
    assert found == {("Trương Thị Lệ", "Bí thư", "Chi bộ Phòng Kế toán"),
                     ("Trương Thị Lệ", "Phó Trưởng phòng", "Phòng Kế toán")}


def test_a_list_of_names_after_a_title_and_the_bodys_term(nlp):
    found = posts(nlp, "Ủy viên Ban Thường vụ Đảng ủy xã Tân Phú nhiệm kỳ 2025 - 2030: Nguyễn Văn Hùng, "
                       "Trần Thị Lan, Lê Minh Tâm.")
    assert found == {(n, "Ủy viên Ban Thường vụ", "Đảng ủy xã Tân Phú")
                     for n in ("Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Minh Tâm")}


def test_a_post_the_speaker_of_an_interviews_answer_tells_of_themself(nlp):
    found = posts(nlp, "Phóng viên trò chuyện với đồng chí Lò Văn Khánh, Bí thư Đảng ủy xã Mường Phăng.\n"
                       "PV: Xin đồng chí cho biết kết quả?\n"
                       "Đồng chí Lò Văn Khánh: Trước đây tôi là Trưởng Ban Dân vận Huyện ủy Điện Biên, "
                       "nên hiểu từng bản.")
    assert ("Lò Văn Khánh", "Trưởng ban", "Ban Dân vận Huyện ủy Điện Biên") in found


def test_a_secretary_who_heads_a_tax_office_of_no_office_read_is_no_communes_secretary(nlp):
    # the 2025 tax offices ("Thuế tỉnh", "Thuế cơ sở") are headed by a Trưởng: the bare "Đảng ủy" before that post is
    # the office's, so a commune named elsewhere in the article gives it no body
    text = ("Ngày 3-10-2025, Chi bộ Thuế cơ sở 2 (phường Bình Minh) họp. Đồng chí Lò Văn Khánh, Bí thư Đảng ủy, "
            "Trưởng Thuế tỉnh chủ trì hội nghị.")
    assert not any(org.endswith("Bình Minh") for _, _, org in posts(nlp, text))


def test_the_editor_in_chief_of_a_paper_and_the_papers_cell(nlp):
    # "Tổng Biên tập Báo X" (Luật Báo chí: the head of a press agency): the paper, and the bare "Chi bộ" before it is
    # the paper's cell
    text = "Đồng chí Lê Văn Toàn, Bí thư Chi bộ, Tổng Biên tập Báo Tân Lập cho biết chi bộ họp mỗi tháng một lần."
    assert posts(nlp, text) == {("Lê Văn Toàn", "Bí thư", "Chi bộ Báo Tân Lập"),
                                ("Lê Văn Toàn", "Tổng Biên tập", "Báo Tân Lập")}


def test_the_head_of_a_markets_traders_branch(nlp):
    # an association's branch at a market, as at a village: "Chi hội Tiểu thương chợ X"
    text = "Bà Vi Thị Nguyệt, Chi hội trưởng Chi hội Tiểu thương chợ Bắc Sơn cho biết, nhiều hộ đã đăng ký học."
    assert posts(nlp, text) == {("Vi Thị Nguyệt", "Chi hội trưởng", "Chi hội Tiểu thương chợ Bắc Sơn")}


def test_a_head_named_after_the_kind_of_body_alone_heads_the_one_the_title_names(nlp):
    # "Phó Chi cục trưởng" heads a Chi cục: written alone, the one its cell names (and the cell stays read)
    text = ("Chi bộ Chi cục Kiểm lâm tỉnh Lai Châu họp ngày 4/3. Đồng chí Hà Thị Lụa, Phó Bí thư Chi bộ, "
            "Phó Chi cục trưởng, phát biểu.")
    assert posts(nlp, text) == {("Hà Thị Lụa", "Phó Bí thư", "Chi bộ Chi cục Kiểm lâm tỉnh Lai Châu"),
                                ("Hà Thị Lụa", "Phó Chi cục trưởng", "Chi cục Kiểm lâm tỉnh Lai Châu")}


def test_a_judge_heading_a_court_written_alone_is_of_the_court_the_article_is_about(nlp):
    # a court is headed by its Chánh án (Luật Tổ chức Tòa án nhân dân): "Phó Chánh án" alone is of the article's court
    text = ("Chi bộ Tòa án nhân dân huyện Krông Nô có 15 đảng viên. Chi bộ phân công đồng chí Lê Thị Mai, "
            "Phó Chánh án, giúp đỡ đảng viên mới.")
    assert posts(nlp, text) == {("Lê Thị Mai", "Phó Chánh án", "Tòa án nhân dân huyện Krông Nô")}
    text = ("Chi bộ Tòa án nhân dân huyện Krông Nô có 15 đảng viên. Đồng chí Đặng Văn Hùng, Bí thư Chi bộ, "
            "Chánh án, cho biết chi bộ kết nạp 2 đảng viên.")
    assert posts(nlp, text) == {("Đặng Văn Hùng", "Bí thư", "Chi bộ Tòa án nhân dân huyện Krông Nô"),
                                ("Đặng Văn Hùng", "Chánh án", "Tòa án nhân dân huyện Krông Nô")}


def test_a_deputy_director_general_alone_does_not_hide_the_cell_of_the_title(nlp):
    text = ("Đồng chí Vũ Văn Khiêm, Bí thư Chi bộ Cục Hải quan tỉnh Tây Ninh, chủ trì. Đồng chí Lò Thị Dịu, "
            "Phó Bí thư Chi bộ, Phó Cục trưởng cho biết chi bộ có 30 đảng viên.")
    found = posts(nlp, text)
    assert ("Lò Thị Dịu", "Phó Bí thư", "Chi bộ Cục Hải quan tỉnh Tây Ninh") in found
    assert ("Lò Thị Dịu", "Phó Cục trưởng", "Cục Hải quan tỉnh Tây Ninh") in found


def test_a_provincial_committee_member_holding_a_district_post_is_of_that_districts_province(nlp):
    # the register puts huyện Đức Linh in Bình Thuận: not the province the article named last
    text = ("Nhiều thanh niên của huyện đi làm ở tỉnh Bình Dương. Đồng chí Lê Văn Quý, Tỉnh ủy viên, "
            "Bí thư Huyện ủy Đức Linh chủ trì hội nghị.")
    assert posts(nlp, text) == {("Lê Văn Quý", "Ủy viên", "Tỉnh ủy Bình Thuận"),
                                ("Lê Văn Quý", "Bí thư", "Huyện ủy Đức Linh")}


def test_a_former_district_post_does_not_place_a_present_provincial_committee_member(nlp):
    # huyện Ba Bể was Bắc Kạn's, merged into Thái Nguyên in 2025: a member of the present one's committee
    text = ("Xã Ba Bể, tỉnh Thái Nguyên gồm địa bàn thị trấn Chợ Rã, huyện Ba Bể (cũ) và hai xã lân cận. "
            "Đồng chí Hoàng Văn Sướng, Tỉnh ủy viên, Bí thư Đảng ủy xã, nguyên Bí thư Huyện ủy Ba Bể, nói.")
    found = posts(nlp, text)
    assert ("Hoàng Văn Sướng", "Ủy viên", "Tỉnh ủy Thái Nguyên") in found
    assert ("Hoàng Văn Sướng", "Ủy viên", "Tỉnh ủy Bắc Kạn") not in found


def test_the_warden_of_a_detention_centre_named_by_its_kind_word_alone(nlp):
    # a police detention centre is headed by its Giám thị (Luật Thi hành tạm giữ, tạm giam)
    text = ("Chi bộ Trại tạm giam Công an tỉnh Điện Biên có 30 đảng viên. Thượng tá Lò Văn Dũng, Bí thư Chi bộ, "
            "Giám thị Trại tạm giam cho biết chi bộ sinh hoạt đều đặn.")
    assert posts(nlp, text) == {("Lò Văn Dũng", "Bí thư", "Chi bộ Trại tạm giam Công an tỉnh Điện Biên"),
                                ("Lò Văn Dũng", "Giám thị", "Trại tạm giam Công an tỉnh Điện Biên")}


def test_the_deputy_director_of_a_public_office_named_by_its_kind_word_alone(nlp):
    # a land registry office is headed by its Giám đốc (Luật Đất đai 2024); a party office's head is its Chánh Văn phòng
    text = ("Đảng bộ Văn phòng Đăng ký đất đai tỉnh Lai Châu có 5 chi bộ. Đồng chí Lò Văn Sướng, Phó Bí thư Đảng ủy, "
            "Phó Giám đốc Văn phòng, phụ trách công tác tạo nguồn. Đồng chí Vàng Thị Mai, Chánh Văn phòng Tỉnh ủy Lai "
            "Châu, dự.")
    assert posts(nlp, text) == {("Lò Văn Sướng", "Phó Bí thư", "Đảng ủy Văn phòng Đăng ký đất đai tỉnh Lai Châu"),
                                ("Lò Văn Sướng", "Phó Giám đốc", "Văn phòng Đăng ký đất đai tỉnh Lai Châu"),
                                ("Vàng Thị Mai", "Chánh Văn phòng", "Văn phòng Tỉnh ủy Lai Châu")}


def test_where_a_person_lives_or_their_standing_in_the_village_between_the_name_and_the_post(nlp):
    found = posts(nlp, "Theo Trung tá Lò Thị Phương, người Thái ở Mường Lay, Phó Bí thư Chi bộ Công an xã Lay Nưa, "
                       "chi bộ sinh hoạt đều đặn.")
    assert ("Lò Thị Phương", "Phó Bí thư", "Chi bộ Công an xã Lay Nưa") in found
    found = posts(nlp, "Ông Y Khuê Niê, già làng, Bí thư Chi bộ buôn Cư Bông kể, thanh niên nay muốn vào Đảng.")
    assert ("Y Khuê Niê", "Bí thư", "Chi bộ buôn Cư Bông") in found


def test_the_business_a_person_owns_between_the_name_and_the_post(nlp):
    found = posts(nlp, "Chị Lò Thị Sen, chủ một nhà hàng lớn, Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Mường Lói, "
                       "được kết nạp năm nay.")
    assert found == {("Lò Thị Sen", "Phó Chủ tịch", "Hội Liên hiệp Phụ nữ xã Mường Lói")}
    found = posts(nlp, "Anh Vi Văn Tám, chủ trang trại nuôi bò, Bí thư Chi đoàn bản Na Hiêng, vừa được kết nạp.")
    assert found == {("Vi Văn Tám", "Bí thư", "Chi đoàn bản Na Hiêng")}


def test_a_cell_named_by_the_village_its_sentence_opens_on(nlp):
    # "Ở bản X, ..., Bí thư Chi bộ, Trưởng bản": the cell of that village, not the one the article named before
    found = posts(nlp, "Chi bộ bản Na Hiêng có 20 đảng viên. Ở bản Huổi Lóng, đồng chí Hà Văn Dũng, Bí thư Chi bộ, "
                       "Trưởng bản, cho biết cả bản có 31 hộ có đảng viên.")
    assert ("Hà Văn Dũng", "Bí thư", "Chi bộ bản Huổi Lóng") in found
    assert ("Hà Văn Dũng", "Bí thư", "Chi bộ bản Na Hiêng") not in found


def test_a_village_branch_written_with_the_bare_area_word_is_of_the_village_the_person_lives_in(nlp):
    # "người Tày ở thôn X, Chi hội trưởng Chi hội Nông dân thôn": the branch of village X
    found = posts(nlp, "Chi bộ thôn Na Hiêng có 20 đảng viên. Chị Hoàng Thị Dung, người Tày ở thôn Khuổi Lừa, Chi hội "
                       "trưởng Chi hội Nông dân thôn, vừa được kết nạp cùng 4 đoàn viên.")
    assert found == {("Hoàng Thị Dung", "Chi hội trưởng", "Chi hội Nông dân thôn Khuổi Lừa")}


def test_the_head_of_a_station_named_after_the_post(nlp):
    # a commune health station is headed by its Trưởng trạm: the station is named as written after the post
    text = "Đồng chí Vàng A Dính, Bí thư Chi bộ, Trưởng Trạm Y tế xã Tà Xùa, phát biểu."
    assert posts(nlp, text) == {("Vàng A Dính", "Bí thư", "Chi bộ Trạm Y tế xã Tà Xùa"),
                                ("Vàng A Dính", "Trưởng trạm", "Trạm Y tế xã Tà Xùa")}


def test_a_bare_cell_is_of_the_village_whose_front_committee_the_title_names(nlp):
    # a residential area's party cell and its front working committee are of one village
    text = "Đồng chí Sùng A Chớ, Bí thư Chi bộ, Trưởng ban công tác Mặt trận thôn Sín Chải, phát biểu."
    assert posts(nlp, text) == {("Sùng A Chớ", "Bí thư", "Chi bộ thôn Sín Chải"),
                                ("Sùng A Chớ", "Trưởng ban", "Ban công tác Mặt trận thôn Sín Chải")}


def test_a_bare_cell_is_of_the_numbered_residential_area_its_head_is_of(nlp):
    text = "Bà Vũ Thị Lành, Tổ trưởng Tổ dân phố số 9, đồng thời là Phó Bí thư Chi bộ nói như vậy."
    assert posts(nlp, text) == {("Vũ Thị Lành", "Phó Bí thư", "Chi bộ tổ dân phố số 9")}
    text = "Bà Vũ Thị Lành, Bí thư Chi bộ kiêm Trưởng khu dân cư số 4 nói như vậy."
    assert posts(nlp, text) == {("Vũ Thị Lành", "Bí thư", "Chi bộ khu dân cư số 4")}


def test_joining_the_executive_committee_written_with_its_party_organization(nlp):
    # the body joined is the Ban Chấp hành itself, as "Ủy viên Ban Chấp hành Đảng bộ xã X" reads
    assert posts(nlp, "Trung tá Lò Văn Sinh được chỉ định tham gia Ban Chấp hành Đảng bộ xã Mường Khương, nhiệm kỳ "
                      "2025 - 2030.") == {("Lò Văn Sinh", "Ủy viên", "Ban Chấp hành Đảng bộ xã Mường Khương")}


def test_the_board_of_a_committee_named_after_a_group_the_finder_reads_only_as_a_committee(nlp):
    found = posts(nlp, "Đồng chí Lò Văn Sinh, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Đảng ủy Than Hòn Gai đến "
                       "dự hội nghị.")
    assert found == {("Lò Văn Sinh", "Ủy viên Ban Thường vụ", "Đảng ủy Than Hòn Gai"),
                     ("Lò Văn Sinh", "Trưởng ban", "Ban Tổ chức Đảng ủy Than Hòn Gai")}


def test_a_bare_inspection_commission_is_of_the_committee_the_next_post_names(nlp):
    text = ("Đảng bộ xã Tân Phong, huyện Lạc Thủy vừa tổng kết năm. Theo đồng chí Đinh Văn Khoa, Chủ nhiệm Ủy ban "
            "Kiểm tra kiêm Ủy viên Ban Thường vụ Đảng ủy Công ty Gạch men Lạc Thủy, kết quả rất tốt.")
    found = posts(nlp, text)
    committee = "Đảng ủy Công ty Gạch men Lạc Thủy"
    assert ("Đinh Văn Khoa", "Chủ nhiệm", f"Ủy ban Kiểm tra {committee}") in found


def test_a_bare_board_is_of_the_committee_of_a_present_post_not_a_former_one(nlp):
    text = ("Tỉnh Phú Thọ tổng kết công tác dân vận. Đồng chí Vũ Thị Hằng, Trưởng Ban Dân vận, Ủy viên Ban Thường vụ "
            "Tỉnh ủy (nguyên Bí thư Huyện ủy Thanh Sơn), phát biểu.")
    found = posts(nlp, text)
    assert ("Vũ Thị Hằng", "Trưởng ban", "Ban Dân vận Tỉnh ủy Phú Thọ") in found


def test_member_of_the_youth_unions_central_committee_is_not_the_partys(nlp):
    assert posts(nlp, "Dự hội nghị có đồng chí Vũ Minh Tâm, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh Đoàn "
                      "Hà Giang phát biểu.") == {
        ("Vũ Minh Tâm", "Ủy viên", "Ban Chấp hành Trung ương Đoàn"), ("Vũ Minh Tâm", "Bí thư", "Tỉnh đoàn Hà Giang")}


def test_a_head_written_alone_before_a_verb_of_speech_is_of_the_body_the_article_names(nlp):
    assert posts(nlp, "Chi bộ Chi cục Thủy lợi tỉnh Lạng Sơn có 30 đảng viên. Đồng chí Vi Thị Hoa, Phó Bí thư Chi bộ, "
                      "Phó Chi cục trưởng nhấn mạnh như vậy.") == {
        ("Vi Thị Hoa", "Phó Bí thư", "Chi bộ Chi cục Thủy lợi tỉnh Lạng Sơn"),
        ("Vi Thị Hoa", "Phó Chi cục trưởng", "Chi cục Thủy lợi tỉnh Lạng Sơn")}


@pytest.mark.parametrize("aside", ["", " (nguyên Phó Chánh án Tòa án nhân dân tỉnh Lai Châu)"])
def test_a_head_written_alone_before_the_verb_of_election_or_a_bracketed_aside(nlp, aside):
    found = posts(nlp, "Ngày 11/7, Đảng bộ Tòa án nhân dân tỉnh Sơn La tổ chức đại hội. Ở phiên họp đầu tiên, bà "
                       f"Lường Thị Mai, Phó Chánh án{aside} được bầu giữ chức Phó Bí thư Đảng ủy.")
    assert found == {("Lường Thị Mai", "Phó Chánh án", "Tòa án nhân dân tỉnh Sơn La"),
                     ("Lường Thị Mai", "Phó Bí thư", "Đảng ủy Tòa án nhân dân tỉnh Sơn La")} | (
        {("Lường Thị Mai", "Phó Chánh án", "Tòa án nhân dân tỉnh Lai Châu")} if aside else set())


@pytest.mark.parametrize("text, found", [
    ("Chị Hà Thị Lan (25 tuổi, ở bản Nà Khoang, xã Mường Lầm) được kết nạp Đảng năm 2022. Hiện chị là Phó Bí thư Chi "
     "đoàn bản.", ("Hà Thị Lan", "Phó Bí thư", "Chi đoàn bản Nà Khoang")),
    ("Ông Lò Văn Khải là người Thái, sinh ở xã Chiềng Sơn. Trước khi được luân chuyển, ông từng giữ chức Chánh án "
     "Tòa án nhân dân huyện Mai Sơn.", ("Lò Văn Khải", "Chánh án", "Tòa án nhân dân huyện Mai Sơn")),
])
def test_a_post_told_by_a_pronoun_after_now_or_a_clause_of_time(nlp, text, found):
    assert posts(nlp, text) == {found}


def test_a_bare_cell_beside_a_department_is_the_cell_of_its_institution_the_article_names(nlp):
    text = ("Chi bộ Công ty cổ phần Vận tải Hòa Bình có 25 đảng viên. Phó Bí thư Chi bộ, bà Lê Thị Hằng, Trưởng "
            "phòng Kế hoạch - Vật tư, cho biết năm nay có thêm hai quần chúng được xét kết nạp.")
    assert {(p, r, o) for p, r, o in posts(nlp, text) if r == "Phó Bí thư"} == {
        ("Lê Thị Hằng", "Phó Bí thư", "Chi bộ Công ty cổ phần Vận tải Hòa Bình")}
    # with no cell of the institution named, the department's cell as before
    assert {(p, r, o) for p, r, o in posts(nlp, text.replace("Chi bộ Công ty", "Công ty", 1)) if r == "Phó Bí thư"} \
        == {("Lê Thị Hằng", "Phó Bí thư", "Chi bộ Phòng Kế hoạch - Vật tư Công ty cổ phần Vận tải Hòa Bình")}
