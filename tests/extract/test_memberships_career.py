"""An obituary's career summary: its subject's posts after "đồng chí là", "giữ các chức vụ", "sau đó là",
"nguyên" and a year opening a clause; on sentences written for the tests."""
from _fixture import article

from partykg.extract import extract

OBITUARY = (
    "Đồng chí Đoàn Văn Khởi từ trần. "
    "Đồng chí Đoàn Văn Khởi, sinh năm 1941, quê quán xã Nhân Mỹ, huyện Lý Nhân, tỉnh Hà Nam; nguyên Bí thư "
    "Tỉnh ủy Hà Nam. "
    "Từ năm 1970 đến năm 1975, đồng chí là Phó Bí thư Đảng ủy xã Nhân Mỹ. Từ năm 1980, đồng chí giữ các chức vụ "
    "Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch UBND huyện Lý Nhân, sau đó là Bí thư Huyện ủy Lý Nhân; năm 1990, "
    "Phó Chủ tịch UBND tỉnh Hà Nam. "
    "Đồng chí Mai Xuân Tùng, Bí thư Huyện ủy Lý Nhân đến viếng.")


def posts(nlp, text):
    return {(m.person, m.role, m.organization) for m in extract(article(text), nlp).memberships}


def test_an_obituary_gives_its_subject_every_post_of_the_career(nlp):
    found = posts(nlp, OBITUARY)
    assert {("Đoàn Văn Khởi", "Bí thư", "Tỉnh ủy Hà Nam"),
            ("Đoàn Văn Khởi", "Phó Bí thư", "Đảng ủy xã Nhân Mỹ"),
            ("Đoàn Văn Khởi", "Ủy viên Ban Thường vụ", "Huyện ủy Lý Nhân"),
            ("Đoàn Văn Khởi", "Chủ tịch", "Ủy ban nhân dân huyện Lý Nhân"),
            ("Đoàn Văn Khởi", "Bí thư", "Huyện ủy Lý Nhân"),
            ("Đoàn Văn Khởi", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam")} <= found
    # the visitor keeps his own post, and takes none of the subject's
    assert {m for m in found if m[0] == "Mai Xuân Tùng"} == {("Mai Xuân Tùng", "Bí thư", "Huyện ủy Lý Nhân")}


def test_career_words_outside_an_obituary_give_no_post(nlp):
    text = OBITUARY.replace("Đồng chí Đoàn Văn Khởi từ trần. ", "Đồng chí Đoàn Văn Khởi thăm xã Nhân Mỹ. ")
    assert ("Đoàn Văn Khởi", "Phó Bí thư", "Đảng ủy xã Nhân Mỹ") not in posts(nlp, text)


LISTED = (
    "TIN BUỒN\n"
    "Vô cùng thương tiếc báo tin:\n"
    "Đồng chí PHAN VĂN LƯỢNG\n"
    "Nguyên Ủy viên Ban Thường vụ Tỉnh ủy, nguyên Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Nam\n"
    "Đã từ trần ngày 2/3/2025.\n"
    "TÓM TẮT TIỂU SỬ\n"
    "Đồng chí Phan Văn Lượng sinh năm 1945 tại xã Nhân Mỹ, huyện Lý Nhân.\n"
    "- Từ năm 1968 đến 1975: Cán bộ Ban Tuyên giáo Huyện ủy Lý Nhân, rồi Bí thư Huyện đoàn Lý Nhân.\n"
    "- 1976 - 1985: Phó Bí thư Huyện ủy Lý Nhân; Chủ tịch Ủy ban nhân dân huyện Lý Nhân.\n"
    "- Tháng 4/2005: Nghỉ hưu theo chế độ.\n")


def test_a_career_listed_one_period_a_line(nlp):
    found = posts(nlp, LISTED)
    assert {("Phan Văn Lượng", "Ủy viên Ban Thường vụ", "Tỉnh ủy Hà Nam"),
            ("Phan Văn Lượng", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam"),
            ("Phan Văn Lượng", "Bí thư", "Huyện đoàn Lý Nhân"),
            ("Phan Văn Lượng", "Phó Bí thư", "Huyện ủy Lý Nhân"),
            ("Phan Văn Lượng", "Chủ tịch", "Ủy ban nhân dân huyện Lý Nhân")} <= found
    # a staff member of a board holds no post in it
    assert not {m for m in found if m[2] == "Ban Tuyên giáo Huyện ủy Lý Nhân"}
    # the same list in a report that is no obituary gives no one a post
    assert not posts(nlp, LISTED.replace("TIN BUỒN\n", "").replace("Đã từ trần", "Đã về thăm"))


def test_a_career_post_given_by_a_verb_of_appointment(nlp):
    # "đồng chí được bầu làm ...", "được điều động về làm ...": the posts the verb gives ("làm" read whole, not "là")
    text = ("Đồng chí Vi Văn Thắm từ trần. Năm 1984, đồng chí được bầu làm Bí thư Huyện ủy, Chủ tịch HĐND huyện "
            "Quế Phong. Năm 1991, đồng chí được điều động về làm Phó Trưởng Ban Tổ chức Tỉnh ủy Nghệ An.")
    assert {("Vi Văn Thắm", "Bí thư", "Huyện ủy Quế Phong"),
            ("Vi Văn Thắm", "Chủ tịch", "Hội đồng nhân dân huyện Quế Phong"),
            ("Vi Văn Thắm", "Phó Trưởng ban", "Ban Tổ chức Tỉnh ủy Nghệ An")} <= posts(nlp, text)


def test_a_former_post_in_brackets_after_the_posts_held_now(nlp):
    assert posts(nlp, "Đồng chí Lê Minh Quân, Phó Chủ tịch Hội Nông dân tỉnh (nguyên Bí thư Huyện ủy Yên Thành) "
                      "phát biểu tại hội nghị.") == {
        ("Lê Minh Quân", "Phó Chủ tịch", "Hội Nông dân tỉnh Nghệ An"), ("Lê Minh Quân", "Bí thư", "Huyện ủy Yên Thành")}


def test_the_post_held_now_after_a_former_one(nlp):
    # "nguyên ..., hiện là ...": the former post and the one held now, and a concurrent post after it
    found = {(p, r, o.casefold()) for p, r, o in posts(
        nlp, "Viện kiểm sát nhân dân tỉnh Ninh Bình có 9 chi bộ. Đồng chí Lương Văn Tích, nguyên Phó Viện trưởng Viện "
             "kiểm sát nhân dân tỉnh Nam Định, hiện là Viện trưởng Viện kiểm sát nhân dân khu vực 7 - Ninh Bình, kiêm "
             "Bí thư Chi bộ Viện kiểm sát nhân dân khu vực 7 - Ninh Bình.")}
    assert {("Lương Văn Tích", "Phó Viện trưởng", "viện kiểm sát nhân dân tỉnh nam định"),
            ("Lương Văn Tích", "Viện trưởng", "viện kiểm sát nhân dân khu vực 7 - ninh bình"),
            ("Lương Văn Tích", "Bí thư", "chi bộ viện kiểm sát nhân dân khu vực 7 - ninh bình")} <= found


def test_the_post_held_now_in_brackets_after_the_name(nlp):
    # "X (nay là ...)": the post held now, as a career note after a former post told before the name
    found = posts(nlp, "Trung tá Đinh Công Hậu (nay là Chủ nhiệm Chính trị Sư đoàn 316) kể về những năm ở đơn vị.")
    assert found == {("Đinh Công Hậu", "Chủ nhiệm Chính trị", "Sư đoàn 316")}


def test_a_post_held_besides_after_cung_la(nlp):
    found = posts(nlp, "Bà Nông Thị Hoa (người Tày), Giám đốc Công ty Cổ phần Dược Lạng Sơn, cũng là Bí thư Đảng ủy "
                       "Công ty, trao đổi thêm.")
    assert found == {("Nông Thị Hoa", "Giám đốc", "Công ty Cổ phần Dược Lạng Sơn"),
                     ("Nông Thị Hoa", "Bí thư", "Đảng ủy Công ty Cổ phần Dược Lạng Sơn")}
