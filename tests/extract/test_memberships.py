"""Posts held, on sentences written for the tests."""
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
    found = posts(nlp, "Quận Lê Chân đạt nhiều kết quả. Đồng chí Tạ Minh Hòa, Phó trưởng Ban Tuyên giáo "
                       "Quận ủy, cho biết.")
    assert found == {("Tạ Minh Hòa", "Phó Trưởng ban", "Ban Tuyên giáo Quận ủy Lê Chân")}


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
