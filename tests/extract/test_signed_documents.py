"""A party document's signature block (Hướng dẫn 36-HD/VPTW: "T/M BAN THƯỜNG VỤ" / "BÍ THƯ" / "(Đã ký)" / the name,
beside "Nơi nhận:"): its signer is a person it names, holding the post signed with in the committee its header
names (a document written for the test)."""
from partykg.extract import extract
from partykg.ingest.read import build_article

HEADER = """ĐẢNG BỘ TỈNH SƠN LA                    ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ TÂN LẬP
        *                          Tân Lập, ngày 06 tháng 10 năm 2025
Số 12-BC/ĐU

BÁO CÁO
Kết quả công tác đảng viên quý III
-----

Trong quý III năm 2025, Đảng ủy xã Tân Lập đã kết nạp 9 đảng viên mới, đạt 60% chỉ tiêu năm.

"""


def signed(on_behalf: str, post: str, name: str) -> str:
    return HEADER + f"""Nơi nhận:                                            {on_behalf}
- Ban Tổ chức Tỉnh ủy (b/c);                             {post}
- Lưu Văn phòng Đảng ủy.                           (Đã ký)

                                                   {name}
"""


def facts(text: str, nlp):
    ex = extract(build_article("d", "d.txt", text, "0"), nlp)
    return {p.name for p in ex.persons}, {(m.person, m.role, m.organization) for m in ex.memberships}


def test_the_signer_holds_the_post_signed_with_in_the_issuing_committee(nlp):
    persons, memberships = facts(signed("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lường Văn Khiêm"), nlp)
    assert "Lường Văn Khiêm" in persons
    assert memberships == {("Lường Văn Khiêm", "Bí thư", "Đảng ủy xã Tân Lập")}
    # signing for the secretary ("K/T BÍ THƯ"), as a deputy
    _, memberships = facts(signed("K/T BÍ THƯ", "PHÓ BÍ THƯ", "Lường Văn Khiêm"), nlp)
    assert memberships == {("Lường Văn Khiêm", "Phó Bí thư", "Đảng ủy xã Tân Lập")}


def test_a_post_that_is_no_party_committees_gives_no_membership(nlp):
    # near miss: the signer is named, but "CHỦ TỊCH" is no post of the committee the header names
    persons, memberships = facts(signed("T/M ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lường Văn Khiêm"), nlp)
    assert "Lường Văn Khiêm" in persons and memberships == set()


def test_the_signer_of_a_letter_an_article_reprints_in_full(nlp):
    # a portal reprints a committee's letter of commendation ("giới thiệu toàn văn"): the letter's header and signature
    # block sit inside the article, with the distribution list and the page's chrome after the block
    text = """Cổng thông tin điện tử huyện Sông Mã
Trang chủ » Tin tức - Sự kiện » Xây dựng Đảng
17/10/2024

Ban Thường vụ Huyện ủy gửi Thư khen Đảng bộ xã Nậm Ty

Nhân dịp Đảng bộ xã Nậm Ty hoàn thành chỉ tiêu kết nạp đảng viên, Ban Thường vụ Huyện ủy Sông Mã đã gửi Thư khen. Cổng \
thông tin trân trọng giới thiệu toàn văn:

HUYỆN ỦY SÔNG MÃ                          ĐẢNG CỘNG SẢN VIỆT NAM
        *
   Số 31-TK/HU                     Sông Mã, ngày 16 tháng 10 năm 2024

THƯ KHEN

Ban Thường vụ Huyện ủy Sông Mã biểu dương Đảng bộ xã Nậm Ty đã kết nạp 12 đảng viên trong năm 2024.

                                        T/M BAN THƯỜNG VỤ
                                            BÍ THƯ
                                     (đã ký)
                                       Quàng Văn Pẩng

Nơi nhận:
- Như trên;
- Ban Tổ chức Tỉnh ủy (b/c);
- Thường trực Huyện ủy;
- Lưu Văn phòng Huyện ủy.

Lượt xem: 215     In trang
"""
    persons, memberships = facts(text, nlp)
    assert "Quàng Văn Pẩng" in persons
    assert ("Quàng Văn Pẩng", "Bí thư", "Huyện ủy Sông Mã") in memberships


def test_the_head_of_the_office_signs_by_order_of_the_standing_committee(nlp):
    # "T/L BAN THƯỜNG VỤ" (thừa lệnh): the head of the committee's office signs with that post
    persons, memberships = facts(signed("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Cầm Thị Ngoan"), nlp)
    assert "Cầm Thị Ngoan" in persons
    assert memberships == {("Cầm Thị Ngoan", "Chánh Văn phòng", "Văn phòng Đảng ủy xã Tân Lập")}


def test_a_notice_a_commune_portal_posts_as_its_page_under_its_chrome(nlp):
    # the portal's name, menu and breadcrumb over the notice's header (four lines more than a headline's), the two
    # columns one after the other: the notice is the page (its title, date and signer) and a document of its own,
    # issued by the body its signature block signs for
    text = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ NẬM TY - HUYỆN SÔNG MÃ
Trang chủ   Tin tức   Văn bản   Liên hệ
Văn bản > Văn bản của Đảng ủy

ĐẢNG BỘ HUYỆN SÔNG MÃ
ĐẢNG ỦY XÃ NẬM TY
*
Số 08-TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Nậm Ty, ngày 03 tháng 7 năm 2024

THÔNG BÁO
Kết quả kết nạp đảng viên sáu tháng đầu năm 2024

Sáu tháng đầu năm 2024, Đảng ủy xã Nậm Ty lãnh đạo kết nạp 4 đảng viên.

Nơi nhận:
- Các chi bộ trực thuộc;
- Lưu VP.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
(đã ký)
Lò Văn Thiêm
"""
    article = build_article("d", "d.txt", text, "0")
    assert (article.title, article.issued) == ("Kết quả kết nạp đảng viên sáu tháng đầu năm 2024", "2024-07-03")
    ex = extract(article, nlp)
    assert {(m.person, m.role, m.organization) for m in ex.memberships} == {
        ("Lò Văn Thiêm", "Phó Bí thư", "Đảng ủy xã Nậm Ty")}
    assert {(d.identifier, d.issuer) for d in ex.documents} == {("08-TB/ĐU", "Ban Thường vụ Đảng ủy xã Nậm Ty")}


def test_a_notice_under_a_portal_s_taller_chrome(nlp):
    # a portal that prints its search bar, help and login lines with its name, menu and breadcrumb: however many lines
    # its chrome takes, the header is looked for under its last menu or breadcrumb line
    text = """TRANG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG MÔ
Tìm kiếm...
Hướng dẫn sử dụng
Đăng nhập | Đăng ký
Trang chủ   Giới thiệu   Tin tức   Văn bản   Liên hệ
Văn bản > Văn bản của Đảng ủy

ĐẢNG BỘ HUYỆN NẬM NHÙN
ĐẢNG ỦY XÃ MƯỜNG MÔ
*
Số 11-TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Mường Mô, ngày 05 tháng 7 năm 2024

THÔNG BÁO
Kết quả phát triển đảng viên sáu tháng đầu năm 2024

Sáu tháng đầu năm 2024, Đảng ủy xã Mường Mô lãnh đạo kết nạp 3 đảng viên.

Nơi nhận:
- Các chi bộ trực thuộc;
- Lưu VP.

T/M BAN THƯỜNG VỤ
BÍ THƯ
(đã ký)
Vi Văn Khoa
"""
    article = build_article("d", "d.txt", text, "0")
    assert (article.title, article.issued) == ("Kết quả phát triển đảng viên sáu tháng đầu năm 2024", "2024-07-05")
    ex = extract(article, nlp)
    assert {(d.identifier, d.issuer) for d in ex.documents} == {("11-TB/ĐU", "Ban Thường vụ Đảng ủy xã Mường Mô")}


def test_the_page_s_own_number_cited_again_above_its_header_keeps_its_issuer(nlp):
    # a portal posts the notice under a headline that cites it by its number, above its header
    text = """Thông báo số 14-TB/ĐU phân công nhiệm vụ các đồng chí đảng ủy viên
09/08/2024 10:15
ĐẢNG BỘ HUYỆN NẬM NHÙN     ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ MƯỜNG MÔ
Số 14-TB/ĐU     Mường Mô, ngày 09 tháng 8 năm 2024

THÔNG BÁO
Phân công nhiệm vụ các đồng chí đảng ủy viên

Đảng ủy xã Mường Mô phân công nhiệm vụ các đồng chí đảng ủy viên khóa mới.

Nơi nhận:
- Các chi bộ trực thuộc;
- Lưu VP.

T/M ĐẢNG ỦY
BÍ THƯ
(đã ký)
Vi Văn Khoa
"""
    ex = extract(build_article("d", "d.txt", text, "0"), nlp)
    assert {(d.identifier, d.issuer) for d in ex.documents} == {("14-TB/ĐU", "Đảng ủy xã Mường Mô")}
