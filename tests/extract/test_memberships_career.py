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
