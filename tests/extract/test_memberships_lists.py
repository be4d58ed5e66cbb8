"""Posts held, in the forms of congress results, company profiles and careers (sentences written for the tests)."""
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


def test_a_company_written_bare_before_the_verb_is_the_one_named_last_before(nlp):
    text = ("Đảng bộ Công ty TNHH Gốm Bát Tràng Xanh có 80 đảng viên; Chi bộ Công ty TNHH Bao bì Hưng Thịnh có 9. "
            "Ông Cù Văn Tịnh, Tổng Giám đốc Công ty luôn tạo điều kiện cho chi bộ sinh hoạt.")
    assert posts(nlp, text) == {("Cù Văn Tịnh", "Tổng Giám đốc", "Công ty TNHH Bao bì Hưng Thịnh")}


def test_a_former_post_names_no_body_of_the_posts_held_now(nlp):
    text = ("Chi bộ khu phố 3 phường Trường Thi có 40 đảng viên. Đồng chí Lê Thị Hoa, Phó Bí thư Chi bộ, nguyên "
            "Trưởng phòng Tài chính thành phố Vinh, phụ trách tổ góp ý.")
    assert posts(nlp, text) == {("Lê Thị Hoa", "Phó Bí thư", "Chi bộ khu phố 3"),
                                ("Lê Thị Hoa", "Trưởng phòng", "Phòng Tài chính thành phố Vinh")}
