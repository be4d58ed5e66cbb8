"""A body's own bulletin signed under its name (Hướng dẫn 36-HD/VPTW: the body, the signer's post, the name closing
the text): the signer is a person the text names, with her post in that body, and no author of it; a part heading
("I. ...") under the headline is no byline either (a bulletin written for the test)."""
from partykg.extract import extract
from partykg.ingest.read import build_article

BULLETIN = """ỦY BAN KIỂM TRA HUYỆN ỦY MƯỜNG LA
12/10/2025

BẢN TIN CÔNG TÁC KIỂM TRA, GIÁM SÁT QUÝ III/2025

I. KẾT QUẢ CHUNG

Trong quý III/2025, Ủy ban Kiểm tra Huyện ủy Mường La đã kiểm tra 3 tổ chức đảng và giám sát chuyên đề 5 chi bộ.

II. NHIỆM VỤ QUÝ IV/2025

Ủy ban Kiểm tra Huyện ủy tiếp tục giám sát việc thực hiện quy chế làm việc của các chi bộ trực thuộc.

ỦY BAN KIỂM TRA HUYỆN ỦY
Phó Chủ nhiệm Thường trực
Lò Thị Mai Hương
"""


def test_the_signer_of_a_bulletin_is_a_person_with_her_post_not_its_author(nlp):
    article = build_article("b", "b.txt", BULLETIN, "0")
    assert article.creators == []
    assert article.title == "BẢN TIN CÔNG TÁC KIỂM TRA, GIÁM SÁT QUÝ III/2025"
    ex = extract(article, nlp)
    assert "Lò Thị Mai Hương" in {p.name for p in ex.persons}
    assert ("Lò Thị Mai Hương", "Phó Chủ nhiệm Thường trực", "Ủy ban Kiểm tra Huyện ủy Mường La") in {
        (m.person, m.role, m.organization) for m in ex.memberships}


def test_a_name_under_a_line_of_text_stays_the_byline(nlp):
    # no body's name in capitals over a post: the closing name is the author's
    text = BULLETIN.replace("ỦY BAN KIỂM TRA HUYỆN ỦY\nPhó Chủ nhiệm Thường trực\n", "")
    article = build_article("b", "b.txt", text, "0")
    assert article.creators == ["Lò Thị Mai Hương"]


def test_on_behalf_of_the_standing_board_the_secretary_is_the_committees(nlp):
    # "T/M BAN THƯỜNG VỤ" / "BÍ THƯ" / name closing a notice with no document header: the committee's secretary
    text = ("HUYỆN ỦY MƯỜNG LA\n12/10/2025\n\nTHÔNG BÁO KẾT QUẢ HỘI NGHỊ\n\nNgày 10-10, Ban Thường vụ Huyện ủy Mường "
            "La họp, thống nhất kết nạp 12 đảng viên.\n\nBan Thường vụ Huyện ủy yêu cầu các chi bộ thực hiện "
            "nghiêm.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nLò Văn Quyết\n")
    article = build_article("b", "b.txt", text, "0")
    assert article.creators == []
    ex = extract(article, nlp)
    assert {(m.person, m.role, m.organization) for m in ex.memberships} == {
        ("Lò Văn Quyết", "Bí thư", "Huyện ủy Mường La")}


def test_signed_for_the_head_with_the_signers_own_post_and_the_signature_mark(nlp):
    # "K/T CHỦ NHIỆM" / "PHÓ CHỦ NHIỆM" / "(Đã ký)" / the name in capitals: the deputy's post, in the body named above
    text = BULLETIN.replace("Phó Chủ nhiệm Thường trực\nLò Thị Mai Hương",
                            "K/T CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n(Đã ký)\nLÒ THỊ MAI HƯƠNG")
    article = build_article("b", "b.txt", text, "0")
    assert article.creators == []
    ex = extract(article, nlp)
    assert ("Lò Thị Mai Hương", "Phó Chủ nhiệm", "Ủy ban Kiểm tra Huyện ủy Mường La") in {
        (m.person, m.role, m.organization) for m in ex.memberships}
