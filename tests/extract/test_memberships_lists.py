"""Posts held, in the forms of congress results, company profiles and careers (sentences written for the tests)."""
import pytest
from _fixture import article

from partykg.extract import extract


def posts(nlp, text):
    return {(m.person, m.role, m.organization) for m in extract(article(text), nlp).memberships}


def test_the_results_of_a_first_session_list_each_post_then_the_one_elected(nlp):
    text = ("Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ XX đã bầu Ban Chấp hành khóa mới. Kết quả phiên họp thứ "
            "nhất:\n- Bí thư Đảng ủy: đồng chí Hà Văn Lượng;\n- Phó Bí thư Đảng ủy, Chủ tịch UBND xã: đồng chí "
            "Đinh Thị Nhạn.")
    assert posts(nlp, text) == {("Hà Văn Lượng", "Bí thư", "Đảng ủy xã Tân Lập"),
                                ("Đinh Thị Nhạn", "Phó Bí thư", "Đảng ủy xã Tân Lập"),
                                ("Đinh Thị Nhạn", "Chủ tịch", "Ủy ban nhân dân xã Tân Lập")}


def test_the_company_written_in_lower_case_after_a_post_is_the_one_the_article_names(nlp):
    text = ("Chi bộ Công ty TNHH Dệt may Phú An có 12 đảng viên. Ông Lã Văn Khiêm, Giám đốc công ty, kể lại "
            "ngày đầu. Bà Kha Thị Liễu, Bí thư Chi bộ, Phó Giám đốc công ty cho biết chi bộ kết nạp 2 đảng viên.")
    assert posts(nlp, text) == {("Lã Văn Khiêm", "Giám đốc", "Công ty TNHH Dệt may Phú An"),
                                ("Kha Thị Liễu", "Bí thư", "Chi bộ Công ty TNHH Dệt may Phú An"),
                                ("Kha Thị Liễu", "Phó Giám đốc", "Công ty TNHH Dệt may Phú An")}


def test_a_company_written_bare_before_an_aside_in_brackets(nlp):
    text = ("Chi bộ Công ty TNHH Cơ khí Tân Tiến có 7 đảng viên. Ông Mạc Văn Thuận, Giám đốc công ty (chưa là đảng "
            "viên) cho biết doanh nghiệp luôn ủng hộ chi bộ.")
    assert posts(nlp, text) == {("Mạc Văn Thuận", "Giám đốc", "Công ty TNHH Cơ khí Tân Tiến")}


def test_a_company_written_bare_before_the_verb_is_the_one_named_last_before(nlp):
    text = ("Đảng bộ Công ty TNHH Gốm Bát Tràng Xanh có 80 đảng viên; Chi bộ Công ty TNHH Bao bì Hưng Thịnh có 9. "
            "Ông Cù Văn Tịnh, Tổng Giám đốc Công ty luôn tạo điều kiện cho chi bộ sinh hoạt.")
    assert posts(nlp, text) == {("Cù Văn Tịnh", "Tổng Giám đốc", "Công ty TNHH Bao bì Hưng Thịnh")}


def test_a_former_post_names_no_body_of_the_posts_held_now(nlp):
    text = ("Chi bộ khu phố 3 phường Trường Thi có 40 đảng viên. Đồng chí Lê Thị Hoa, Phó Bí thư Chi bộ, nguyên "
            "Trưởng phòng Tài chính thành phố Vinh, phụ trách tổ góp ý.")
    assert posts(nlp, text) == {("Lê Thị Hoa", "Phó Bí thư", "Chi bộ khu phố 3"),
                                ("Lê Thị Hoa", "Trưởng phòng", "Phòng Tài chính thành phố Vinh")}


def test_a_bare_danguy_before_a_former_post_is_the_committee_the_article_named(nlp):
    text = ("Đảng ủy Bảo hiểm xã hội tỉnh Điện Biên tổ chức hội nghị sơ kết quý. Đồng chí Vi Văn Sáng, Phó Bí "
            "thư Đảng ủy, nguyên Giám đốc Bảo hiểm xã hội tỉnh Hà Giang, trình bày kết quả bàn giao hồ sơ.")
    assert posts(nlp, text) == {("Vi Văn Sáng", "Phó Bí thư", "Đảng ủy Bảo hiểm xã hội tỉnh Điện Biên"),
                                ("Vi Văn Sáng", "Giám đốc", "Bảo hiểm xã hội tỉnh Hà Giang")}


def test_a_team_named_after_its_head_of_the_post_the_article_names_by_its_kind_word(nlp):
    text = ("Chi bộ Đồn Biên phòng Pa Vây Sử có 20 đảng viên. Thượng úy Giàng Seo Vàng, đội trưởng đội vận động "
            "quần chúng của đồn, trực tiếp kèm cặp quần chúng ưu tú.")
    assert posts(nlp, text) == {("Giàng Seo Vàng", "Đội trưởng", "Đội vận động quần chúng Đồn Biên phòng Pa Vây Sử")}


def test_a_post_left_is_a_former_post_and_counts(nlp):
    assert posts(nlp, "Đồng chí Nông Văn Tề thôi giữ chức Bí thư Huyện ủy Văn Quan để nghỉ hưu theo chế độ.") == {
        ("Nông Văn Tề", "Bí thư", "Huyện ủy Văn Quan")}


def test_the_years_a_post_was_held_before_its_holder_opening_the_sentence(nlp):
    text = ("Chi bộ thôn Nà Ché có 19 đảng viên. Mười hai năm làm Bí thư Chi bộ, ông Mã Văn Cường, người Nùng ở "
            "thôn Nà Ché, đã cùng chi bộ đổi mới cách sinh hoạt.")
    assert posts(nlp, text) == {("Mã Văn Cường", "Bí thư", "Chi bộ thôn Nà Ché")}


def test_the_bodies_joined_by_an_appointment_are_of_the_post_given_with_them(nlp):
    text = ("Tỉnh ủy Lạng Sơn điều động ông Hà Văn Khải, Phó Trưởng Ban Tổ chức Tỉnh ủy Lạng Sơn về Huyện ủy Cao "
            "Lộc, chỉ định tham gia Ban Thường vụ, Ban Chấp hành, giữ chức Bí thư Huyện ủy.")
    found = posts(nlp, text)
    assert ("Hà Văn Khải", "Ủy viên Ban Thường vụ", "Huyện ủy Cao Lộc") in found
    assert ("Hà Văn Khải", "Ủy viên Ban Thường vụ", "Tỉnh ủy Lạng Sơn") not in found


def test_the_members_of_the_executive_committee_listed_after_the_posts_of_a_congress_result(nlp):
    text = ("Đại hội Đảng bộ xã Pá Khoang lần thứ I bầu Ban Chấp hành gồm 9 đồng chí.\n"
            "Bí thư Đảng ủy: đồng chí Lường Văn Pọm.\n"
            "Ủy viên Ban Chấp hành: các đồng chí Cầm Thị Ỏn, Vì Văn Chăn và Lò Văn Khiêm.")
    assert posts(nlp, text) == {("Lường Văn Pọm", "Bí thư", "Đảng ủy xã Pá Khoang"),
                                ("Cầm Thị Ỏn", "Ủy viên", "Ban Chấp hành Đảng bộ xã Pá Khoang"),
                                ("Vì Văn Chăn", "Ủy viên", "Ban Chấp hành Đảng bộ xã Pá Khoang"),
                                ("Lò Văn Khiêm", "Ủy viên", "Ban Chấp hành Đảng bộ xã Pá Khoang")}


def test_a_member_of_the_executive_committee_of_a_committee_named_after_the_post(nlp):
    text = "Ông Đèo Văn Sành, Ủy viên Ban Chấp hành Huyện ủy Tuần Giáo, dự họp."
    assert posts(nlp, text) == {("Đèo Văn Sành", "Ủy viên", "Ban Chấp hành Đảng bộ huyện Tuần Giáo")}


def test_a_bare_party_group_is_of_the_body_the_next_post_names(nlp):
    text = ("Dự có đồng chí Kiều Văn Nhã, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Bí thư Đảng đoàn, Phó Chủ tịch "
            "Thường trực HĐND tỉnh Hậu Giang.")
    assert posts(nlp, text) == {("Kiều Văn Nhã", "Ủy viên Ban Thường vụ", "Tỉnh ủy Hậu Giang"),
                                ("Kiều Văn Nhã", "Phó Bí thư", "Đảng đoàn Hội đồng nhân dân tỉnh Hậu Giang"),
                                ("Kiều Văn Nhã", "Phó Chủ tịch Thường trực", "Hội đồng nhân dân tỉnh Hậu Giang")}


def test_a_bare_party_board_is_of_the_government_body_and_of_no_party_committee(nlp):
    assert posts(nlp, "Ông Thạch Văn Rên, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh Trà Vinh phát biểu.") == {
        ("Thạch Văn Rên", "Bí thư", "Ban cán sự đảng Ủy ban nhân dân tỉnh Trà Vinh"),
        ("Thạch Văn Rên", "Chủ tịch", "Ủy ban nhân dân tỉnh Trà Vinh")}
    assert posts(nlp, "Ông Thạch Văn Rên, Bí thư Đảng đoàn, Bí thư Huyện ủy Cầu Kè.") == {
        ("Thạch Văn Rên", "Bí thư", "Huyện ủy Cầu Kè")}


def test_a_deputy_political_officer_of_the_post_written_by_its_kind_word_alone(nlp):
    text = ("Đồn Biên phòng Ia Mơ có 30 đảng viên. Thiếu tá Hà Văn Tám, Phó Chính trị viên Đồn, được cử làm Phó Bí "
            "thư Chi bộ thôn Ia Lâu từ năm 2023.")
    assert posts(nlp, text) == {("Hà Văn Tám", "Phó Chính trị viên", "Đồn Biên phòng Ia Mơ"),
                                ("Hà Văn Tám", "Phó Bí thư", "Chi bộ thôn Ia Lâu")}


def test_a_foreman_of_the_workshop_the_cell_is_of_written_by_its_kind_word_alone(nlp):
    text = ("Chi bộ Phân xưởng Lò hơi 2 có 21 đảng viên. Đồng chí Mạc Văn Thiều, Bí thư Chi bộ, Quản đốc phân xưởng "
            "cho biết chi bộ kết nạp 3 đảng viên.")
    assert posts(nlp, text) == {("Mạc Văn Thiều", "Bí thư", "Chi bộ Phân xưởng Lò hơi 2"),
                                ("Mạc Văn Thiều", "Quản đốc", "Phân xưởng Lò hơi 2")}


def test_a_commissar_written_alone_is_of_the_unit_whose_committee_the_title_names(nlp):
    # Nghị quyết 51-NQ/TW: the commissar of a provincial command (or a division ...) is its committee's secretary
    text = ("Đại tá Hà Minh Quyết, Chính ủy, Bí thư Đảng ủy Bộ Chỉ huy Quân sự tỉnh Sơn La cho biết năm 2025 Đảng bộ "
            "kết nạp 120 đảng viên. Thượng tá Cầm Văn Ơn, Phó Chính ủy, Phó Bí thư Đảng ủy Sư đoàn 316 dự.")
    found = posts(nlp, text)
    assert ("Hà Minh Quyết", "Chính ủy", "Bộ Chỉ huy Quân sự tỉnh Sơn La") in found
    assert ("Cầm Văn Ơn", "Phó Chính ủy", "Sư đoàn 316") in found


def test_a_list_of_former_holders_with_their_years_in_brackets(nlp):
    text = ("Ban Thường vụ Huyện ủy Mường Tè tri ân các đồng chí nguyên Bí thư Huyện ủy: Lò Văn Sáng (1979 - 1987), "
            "Pờ Văn Khuyên (1987 - 1996) và Chu Thị Lả (1996 - 2005).")
    assert {("Lò Văn Sáng", "Bí thư", "Huyện ủy Mường Tè"), ("Pờ Văn Khuyên", "Bí thư", "Huyện ủy Mường Tè"),
            ("Chu Thị Lả", "Bí thư", "Huyện ủy Mường Tè")} <= posts(nlp, text)


def test_a_bare_peoples_committee_is_the_unit_the_next_post_names(nlp):
    # "nguyên Chủ tịch UBND, nguyên Bí thư Đảng ủy xã X": the commune's committee, as its Đảng ủy
    text = ("Ủy ban Kiểm tra Huyện ủy Mường Tè thi hành kỷ luật đồng chí Lò Văn Khải, nguyên Chủ tịch UBND, nguyên Bí "
            "thư Đảng ủy xã Ka Lăng do vi phạm trong quản lý đất đai.")
    assert {("Lò Văn Khải", "Chủ tịch", "Ủy ban nhân dân xã Ka Lăng"),
            ("Lò Văn Khải", "Bí thư", "Đảng ủy xã Ka Lăng")} <= posts(nlp, text)


def test_the_age_this_year_before_the_posts_and_the_years_held_after_one(nlp):
    text = ("Ông Vàng Văn Páo, năm nay 86 tuổi, nguyên Bí thư Đảng ủy xã Ka Lăng (1979 - 1990), nguyên Phó Chủ tịch "
            "UBND huyện Mường Tè, kể lại những ngày đầu.")
    assert {("Vàng Văn Páo", "Bí thư", "Đảng ủy xã Ka Lăng"),
            ("Vàng Văn Páo", "Phó Chủ tịch", "Ủy ban nhân dân huyện Mường Tè")} <= posts(nlp, text)


def test_a_post_of_a_body_left_unread_does_not_end_the_title(nlp):
    # whether or not its body is read, the former post after it is the person's
    text = ("Theo ông Lê Văn Trọng, Chủ tịch Liên minh Hợp tác xã tỉnh Hậu Giang, nguyên Phó Giám đốc Sở Tài chính "
            "tỉnh Hậu Giang, toàn tỉnh có 120 hợp tác xã.")
    assert ("Lê Văn Trọng", "Phó Giám đốc", "Sở Tài chính tỉnh Hậu Giang") in posts(nlp, text)
    # ... but a comma ends the name: what follows is another clause, not his post
    text = "Đồng chí Lê Văn Trọng, Chủ tịch Liên minh Hợp tác xã tỉnh, cho biết, Bí thư Huyện ủy Châu Thành đã chỉ đạo."
    assert ("Lê Văn Trọng", "Bí thư", "Huyện ủy Châu Thành") not in posts(nlp, text)


def test_the_sentences_verb_of_speech_ends_the_posts_after_a_name(nlp):
    # what follows "cho biết," is what the person said, however well its own post is read
    text = "Đồng chí Lê Văn Trọng, Chủ tịch Hội Nông dân tỉnh, cho biết, Bí thư Huyện ủy Châu Thành đã chỉ đạo."
    assert posts(nlp, text) == {("Lê Văn Trọng", "Chủ tịch", "Hội Nông dân tỉnh")}
    # near miss: with no verb between them, the posts listed after the name are all his
    text = "Đồng chí Lê Văn Trọng, Chủ tịch Hội Nông dân tỉnh, Bí thư Huyện ủy Châu Thành, phát biểu."
    assert ("Lê Văn Trọng", "Bí thư", "Huyện ủy Châu Thành") in posts(nlp, text)


def test_the_members_a_standing_committee_lists_hold_their_party_posts_in_its_committee(nlp):
    text = ("Ban Thường vụ Đảng ủy xã Yên Lương khóa mới gồm: đồng chí Hà Văn Kiên, Bí thư; đồng chí Bùi Thị Lụa, "
            "Phó Bí thư Thường trực; đồng chí Đinh Văn Tấn, Phó Bí thư.")
    committee = "Đảng ủy xã Yên Lương"
    assert posts(nlp, text) == {("Hà Văn Kiên", "Bí thư", committee),
                                ("Bùi Thị Lụa", "Phó Bí thư Thường trực", committee),
                                ("Đinh Văn Tấn", "Phó Bí thư", committee)}
    # ... under a heading, one a line
    text = "Ban Thường vụ Đảng ủy xã Yên Lương:\n- Đồng chí Hà Văn Kiên, Bí thư;\n- Đồng chí Bùi Thị Lụa, Phó Bí thư."
    assert posts(nlp, text) == {("Hà Văn Kiên", "Bí thư", "Đảng ủy xã Yên Lương"),
                                ("Bùi Thị Lụa", "Phó Bí thư", "Đảng ủy xã Yên Lương")}


def test_a_cell_listing_its_secretaries(nlp):
    text = "Chi bộ thôn Đồng Mới gồm có đồng chí Hà Văn Kiên, Bí thư và đồng chí Bùi Thị Lụa, Phó Bí thư."
    assert posts(nlp, text) == {("Hà Văn Kiên", "Bí thư", "Chi bộ thôn Đồng Mới"),
                                ("Bùi Thị Lụa", "Phó Bí thư", "Chi bộ thôn Đồng Mới")}
    # a body that only opens the sentence, its members not listed, names no post written bare
    assert posts(nlp, "Đảng ủy xã Yên Lương cử đồng chí Hà Văn Kiên, Bí thư, trực tiếp chỉ đạo.") == set()


def test_a_cell_s_secretary_named_in_brackets_after_the_cell(nlp):
    found = posts(nlp, "Bệnh viện Đa khoa tỉnh Kon Tum có 5 chi bộ.\n"
                       "1. Chi bộ Khoa Nội tiết - Thận (Bí thư: Trần Thị Mai Hoa): 19 đảng viên.\n"
                       "2. Chi bộ Khoa Ngoại Tổng hợp (Bí thư: BSCKII Đỗ Văn Khải): kết nạp 2 đảng viên.")
    assert found == {("Trần Thị Mai Hoa", "Bí thư", "Chi bộ Khoa Nội tiết - Thận"),
                     ("Đỗ Văn Khải", "Bí thư", "Chi bộ Khoa Ngoại Tổng hợp")}


def test_a_head_named_in_brackets_with_his_own_title_after_the_name(nlp):
    # "(Chủ nhiệm: đồng chí A, nguyên Bí thư Huyện ủy Y)": the head of the body before the bracket, and his career
    found = posts(nlp, "Ủy ban Kiểm tra Đảng ủy xã Yên Lương (Chủ nhiệm: đồng chí Hà Văn Kiên, nguyên Bí thư Huyện ủy "
                       "Thanh Sơn) chỉ đạo kiểm tra việc thu, nộp đảng phí.")
    inspection = "Ủy ban Kiểm tra Đảng ủy xã Yên Lương"
    assert found == {("Hà Văn Kiên", "Chủ nhiệm", inspection), ("Hà Văn Kiên", "Bí thư", "Huyện ủy Thanh Sơn")}


def test_a_deputy_elected_bare_after_the_secretary_of_a_body_with_a_post_of_her_own(nlp):
    # the first session elects the secretary of a committee, then its deputy written bare, after her own post
    text = ("Ông Triệu Văn Phúc, Chủ tịch UBND xã Khánh Xuân, được bầu giữ chức Bí thư Đảng ủy xã Khánh Xuân; bà "
            "Nông Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã Khánh Xuân, được bầu giữ chức Phó Bí thư.")
    assert posts(nlp, text) == {("Triệu Văn Phúc", "Bí thư", "Đảng ủy xã Khánh Xuân"),
                                ("Triệu Văn Phúc", "Chủ tịch", "Ủy ban nhân dân xã Khánh Xuân"),
                                ("Nông Thị Hoa", "Phó Bí thư", "Đảng ủy xã Khánh Xuân"),
                                ("Nông Thị Hoa", "Chủ tịch", "Hội Liên hiệp Phụ nữ xã Khánh Xuân")}


def test_a_second_deputy_elected_bare_after_the_first(nlp):
    # a committee has several deputies (Phó Bí thư), so the second elected is of the first's committee; it has one
    # secretary, so a second Bí thư listed bare is not of the first's body
    text = ("Ông Vi Văn Khoa được bầu giữ chức Phó Bí thư Đảng ủy xã Mường Mô; bà Lường Thị Dung, Chủ tịch Hội Nông "
            "dân xã Mường Mô, được bầu giữ chức Phó Bí thư.")
    assert posts(nlp, text) == {("Vi Văn Khoa", "Phó Bí thư", "Đảng ủy xã Mường Mô"),
                                ("Lường Thị Dung", "Phó Bí thư", "Đảng ủy xã Mường Mô"),
                                ("Lường Thị Dung", "Chủ tịch", "Hội Nông dân xã Mường Mô")}
    text = ("Kết quả bầu bí thư các chi bộ:\n- Đồng chí Vi Văn Khoa, Bí thư Chi bộ bản Nà Hừ;\n"
            "- Đồng chí Lường Thị Dung, Bí thư.")
    assert ("Lường Thị Dung", "Bí thư", "Chi bộ bản Nà Hừ") not in posts(nlp, text)


def test_the_listed_members_of_an_elected_standing_committee_with_no_post_in_it(nlp):
    # each item elected to the Ban Thường vụ holds a seat in it; the secretary keeps his own post only
    text = ("Đại hội bầu Ban Chấp hành Đảng bộ Lữ đoàn 171 gồm 11 đồng chí. Hội nghị lần thứ nhất bầu 3 đồng chí "
            "vào Ban Thường vụ Đảng ủy Lữ đoàn:\n"
            "1. Đại tá Kha Văn Định, Bí thư Đảng ủy Lữ đoàn 171\n"
            "2. Thượng tá Lục Minh Quý, Lữ đoàn trưởng\n"
            "3. Trung tá Âu Đức Thịnh, Phó Chính ủy Lữ đoàn 171\n"
            "Đại hội bế mạc trong không khí phấn khởi.")
    committee = "Đảng ủy Lữ đoàn 171"
    seat = ("Ủy viên Ban Thường vụ", committee)
    assert posts(nlp, text) == {
        ("Kha Văn Định", "Bí thư", committee), ("Lục Minh Quý", "Lữ đoàn trưởng", "Lữ đoàn 171"),
        ("Lục Minh Quý", *seat), ("Âu Đức Thịnh", "Phó Chính ủy", "Lữ đoàn 171"), ("Âu Đức Thịnh", *seat)}


# the items a standing committee's heading lists, none of them elected to it: those it disciplined, the members of
# a team that inspects for it, of a group that assists it
ITEMS = ("\n1. Đồng chí Nông Văn Triệu, Bí thư Đảng ủy xã Đức Hạnh\n2. Đồng chí Mã Thị Liên, Trưởng phòng Văn hóa "
         "huyện\n3. Đồng chí Hầu A Sính, cán bộ\nHội nghị kết thúc.")


@pytest.mark.parametrize("heading", [
    "Qua đợt giám sát vào quý III, Ban Thường vụ Huyện ủy Xín Mần đã xem xét khiển trách các đồng chí sau:",
    "Đoàn giám sát của Ban Thường vụ Huyện ủy Xín Mần gồm:",
    "Tổ thư ký Ban Thường vụ Huyện ủy Xín Mần gồm có:"])
def test_a_list_under_a_standing_committee_that_elects_no_one_to_it_gives_no_seat(nlp, heading):
    assert posts(nlp, heading + ITEMS) == {("Nông Văn Triệu", "Bí thư", "Đảng ủy xã Đức Hạnh"),
                                           ("Mã Thị Liên", "Trưởng phòng", "Phòng Văn hóa huyện")}


STANDING_DEPUTY = "Phó Bí thư Thường trực"


def test_a_bare_post_in_a_numbered_list_of_officers_is_of_the_body_an_item_above_names(nlp):
    # a list numbered "1.", "2)" is read as one marked with dashes
    text = ("Kết quả bầu tại hội nghị lần thứ nhất:\n1. Đồng chí Nông Văn Triệu, Bí thư Đảng ủy xã Đức Hạnh;\n"
            "2. Đồng chí Mã Thị Liên, Phó Bí thư.\n3) Đồng chí Hầu A Sính, Phó Bí thư Thường trực.\nHội nghị bế mạc.")
    committee = "Đảng ủy xã Đức Hạnh"
    assert posts(nlp, text) == {("Nông Văn Triệu", "Bí thư", committee), ("Mã Thị Liên", "Phó Bí thư", committee),
                                ("Hầu A Sính", STANDING_DEPUTY, committee)}


def test_the_members_a_congress_elected_to_its_executive_committee_one_an_item(nlp):
    # Điều lệ Đảng: the congress elects its Ban Chấp hành; each listed is an "Ủy viên" of it
    text = ("Đại hội Đảng bộ Trường Cao đẳng Nghề Sông Mã diễn ra trong hai ngày.\nĐại hội bầu 3 đồng chí vào Ban "
            "Chấp hành Đảng bộ khóa mới:\n1. Tống Văn Khải - Hiệu trưởng Nhà trường\n2. Mai Thị Huê - Phó Hiệu "
            "trưởng\n3. Cao Văn Lực\nPhiên họp thứ nhất bầu đồng chí Tống Văn Khải giữ chức Bí thư Đảng ủy Trường "
            "Cao đẳng Nghề Sông Mã.")
    school = "Trường Cao đẳng Nghề Sông Mã"
    executive = f"Ban Chấp hành Đảng bộ {school}"
    assert posts(nlp, text) == {("Tống Văn Khải", "Hiệu trưởng", school), ("Mai Thị Huê", "Phó Hiệu trưởng", school),
                                ("Tống Văn Khải", "Bí thư", f"Đảng ủy {school}"),
                                *{(name, "Ủy viên", executive) for name in ("Tống Văn Khải", "Mai Thị Huê",
                                                                            "Cao Văn Lực")}}


@pytest.mark.parametrize("text, found", [
    # a list of the delegates besides the committee's members
    ("Đại hội Đảng bộ xã Hòa Phú bầu Ban Chấp hành Đảng bộ xã khóa mới gồm 15 đồng chí và đoàn đại biểu dự Đại hội "
     "cấp trên gồm:\n- Lương Văn Quế, Bí thư Đảng ủy xã Hòa Phú\n- Trịnh Thị Mơ",
     {("Lương Văn Quế", "Bí thư", "Đảng ủy xã Hòa Phú")}),
    # a list the committee issues
    ("Ban Chấp hành Đảng bộ xã Hòa Phú khen thưởng các đồng chí sau:\n- Lương Văn Quế, Bí thư Đảng ủy xã Hòa "
     "Phú\n- Trịnh Thị Mơ",
     {("Lương Văn Quế", "Bí thư", "Đảng ủy xã Hòa Phú")}),
    ("Đại hội Hội Nông dân xã Hòa Phú đã bầu Ban Chấp hành Hội khóa mới gồm 2 đồng chí:\n- Lương Văn Quế, Chủ tịch "
     "Hội\n- Trịnh Thị Mơ",
     {("Lương Văn Quế", "Chủ tịch", "Hội Nông dân xã Hòa Phú")}),
    # a mass organization's congress elects its own Ban Chấp hành for a term, a party officer among its members
    ("Đại hội Cựu chiến binh xã Yên Lạc đã bầu Ban Chấp hành nhiệm kỳ 2025 - 2030 gồm 3 đồng chí:\n1. Đinh Công "
     "Tráng, Bí thư Đảng ủy xã Yên Lạc\n2. Ma Văn Kiên\n3. Hoàng Thị Nhàn",
     {("Đinh Công Tráng", "Bí thư", "Đảng ủy xã Yên Lạc")}),
])
def test_a_list_of_awards_delegates_or_a_mass_organization_s_committee_is_no_list_of_executive_members(nlp, text,
                                                                                                        found):
    assert posts(nlp, text) == found


def test_a_party_congress_s_committee_for_its_term_lists_its_members(nlp):
    executive = "Ban Chấp hành Đảng bộ xã Yên Lạc"
    text = ("Đại hội Đảng bộ xã Yên Lạc đã bầu Ban Chấp hành khóa mới gồm 3 đồng chí:\n1. Đinh Công Tráng, Bí thư "
            "Đảng ủy xã Yên Lạc\n2. Ma Văn Kiên\n3. Hoàng Thị Nhàn")
    assert posts(nlp, text) == {("Đinh Công Tráng", "Bí thư", "Đảng ủy xã Yên Lạc"),
                                *{(name, "Ủy viên", executive) for name in ("Đinh Công Tráng", "Ma Văn Kiên",
                                                                            "Hoàng Thị Nhàn")}}


def test_a_cell_named_before_a_relative_clause_is_the_one_its_bare_secretary_leads(nlp):
    # "nơi" (where) opens a clause on the body named before it, no word of its name
    text = ("Đảng bộ Công ty Cổ phần Cấp thoát nước Sông Cầu có 3 chi bộ: Chi bộ Nhà máy nước Tân Phú, Chi bộ Văn "
            "phòng và Chi bộ Tổ lắp đặt đường ống.\nChi bộ Tổ lắp đặt đường ống nơi anh Kha Văn Thìn làm việc có 11 "
            "đảng viên. Bí thư Chi bộ Lò Thị Mến cho biết chi bộ kèm cặp công nhân trẻ.")
    assert posts(nlp, text) == {("Lò Thị Mến", "Bí thư", "Chi bộ Tổ lắp đặt đường ống")}


def test_a_cell_s_lower_case_title_is_read_to_its_verb_without_a_relative_clause(nlp):
    text = ("Chi bộ Tổ lắp đặt đường ống có 11 đảng viên. Bí thư Chi bộ Lò Thị Mến cho biết chi bộ kèm cặp công nhân "
            "trẻ; Chi bộ Văn phòng có 6 đảng viên.")
    assert posts(nlp, text) == {("Lò Thị Mến", "Bí thư", "Chi bộ Tổ lắp đặt đường ống")}
