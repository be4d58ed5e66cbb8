"""A party portal's excerpt of a congress document: the headline in capitals, its subtitle in brackets naming the part
excerpted, the date under them, the editorial board's initials closing the page (texts written for the test; invented
names)."""
from ingest._page import lay

HEADLINE = "TÓM TẮT BÁO CÁO CHÍNH TRỊ TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ TÂN HÒA LẦN THỨ I, NHIỆM KỲ 2025 - 2030"
BODY = ("Sáng 12/9, đồng chí Lò Văn Khiêm đọc bản tóm tắt trước các đại biểu dự phiên trù bị. Trong năm năm, "
        "Đảng bộ xã kết nạp 124 đảng viên, đạt 103% chỉ tiêu nghị quyết.")
PAGE = (f"ĐẢNG CỘNG SẢN VIỆT NAM - XÃ TÂN HÒA\nTrang thông tin điện tử Đảng ủy xã\nTrang chủ > Văn kiện Đại hội\n\n"
        f"{HEADLINE}\n(Phần xây dựng Đảng và hệ thống chính trị)\n\nNgày đăng: 14-09-2025 | Lượt xem: 1.204\n\n"
        f"{BODY}\n\n"
        "{foot}\nBài viết cùng chuyên mục:\n» Danh sách Ban Chấp hành Đảng bộ xã khóa I\n")


def test_the_headline_over_its_subtitle_in_brackets():
    layout = lay(PAGE.format(foot="Ban Biên tập"))
    assert layout.title == HEADLINE
    assert layout.issued == "2025-09-14"
    # near miss: a headline in brackets with no line over it but the menu stays the headline
    layout = lay(f"Trang chủ > Văn kiện Đại hội\n(Phần xây dựng Đảng và hệ thống chính trị)\n14-09-2025\n\n{BODY}\n")
    assert layout.title == "(Phần xây dựng Đảng và hệ thống chính trị)"


def test_the_editorial_boards_initials_are_no_author():
    for foot in ["BBT", "Ban Biên tập"]:
        assert lay(PAGE.format(foot=foot)).creators == []
    # near miss: an author's initials closing the page are still the author's
    assert lay(PAGE.format(foot="NTH")).creators == ["NTH"]


def test_the_outlets_own_line_in_brackets_over_the_date_is_no_headline():
    # "BÁO X" / "(Cơ quan của Đảng bộ tỉnh X)" over the date, the headline under it: the bracketed line is the outlet's
    for masthead in ["BÁO TÂN HÒA", "Trang thông tin điện tử Tỉnh ủy Tân Hòa"]:
        layout = lay(f"{masthead}\n(Cơ quan của Đảng bộ tỉnh Tân Hòa)\nThứ Hai, 12/5/2025\n\n"
                     f"Đảng ủy xã Tân Hòa kết nạp 6 đảng viên\n\n{BODY}\n")
        assert layout.title == "Đảng ủy xã Tân Hòa kết nạp 6 đảng viên"
        assert layout.issued == "2025-05-12"
