"""Page forms of small portals: a breadcrumb from the home page, a date before its section label,
chrome markers with a colon or in a row of widgets, and the credit forms of offices and TV reports."""
import pytest
from ingest._page import lay

from partykg.ingest.layout import _WIDGET_SEP, _widget_items

BODY = ("Đảng ủy xã Tân Hòa vừa kết nạp thêm 6 người vào Đảng, phần lớn là đoàn viên ở các thôn vùng cao, "
        "sau nhiều tháng kèm cặp.")


def test_a_breadcrumb_from_the_home_page_is_no_headline():
    layout = lay("CỔNG THÔNG TIN XÃ TÂN HÒA\nTrang chủ » Hoạt động của Đảng ủy » Công tác xây dựng Đảng, chính quyền"
                 "\nThứ hai, 04/03/2024 - 08:10\n\nTân Hòa kết nạp 6 đảng viên mới\n\n" + BODY + "\n")
    assert layout.title == "Tân Hòa kết nạp 6 đảng viên mới"


@pytest.mark.parametrize("crumb", ["» Công tác Đảng, Đoàn", "› Hoạt động Hội", "> Tin tức"])
def test_a_breadcrumb_that_opens_at_its_separator_is_no_headline(crumb):
    # the home page left out, the trail opens at its separator; the page prints no date
    layout = lay(f"HỘI NÔNG DÂN TỈNH TÂN HÒA\nTin tức | Phong trào | Văn bản\n{crumb}\n\n"
                 "Tân Hòa kết nạp 6 đảng viên mới\n\n" + BODY + "\n")
    assert layout.title == "Tân Hòa kết nạp 6 đảng viên mới"
    # near miss: a headline opening with a word in quotes is a headline
    for headline in ['"Hạt giống đỏ" ở Tân Hòa', '" Hạt giống đỏ " ở Tân Hòa']:
        assert lay(f"HỘI NÔNG DÂN TỈNH TÂN HÒA\n\n{headline}\n\n{BODY}\n").title == headline


def test_a_date_before_its_section_label():
    layout = lay("Đăng lúc: 04/03/2024 | Tin tức - Sự kiện\n\nTân Hòa kết nạp 6 đảng viên mới\n\n" + BODY + "\n")
    assert layout.issued == "2024-03-04"


@pytest.mark.parametrize("chrome", ["Tin khác:\n- Xã Tân Hòa khánh thành nhà văn hóa (01/03/2024)",
                                    "Ý kiến bạn đọc | Gửi email | Quay lại",
                                    "Tin cùng chuyên mục\n- Xã Tân Hòa khánh thành nhà văn hóa",
                                    "Chia sẻ bài viết: [f] [Zalo] [in]\nTin đã đăng:\n  Tân Hòa ra quân (01.03.2024)"])
def test_chrome_after_the_byline_leaves_the_byline_last(chrome):
    layout = lay("Tân Hòa kết nạp 6 đảng viên mới\n\n" + BODY + "\n\nLò Văn Tâm (Văn phòng Đảng ủy xã)\n"
                 + chrome + "\n")
    assert layout.creators == ["Lò Văn Tâm"]


@pytest.mark.parametrize("byline, names", [
    ("Vi Thị Khuyên - Hội Nông dân xã Tân Hòa", ["Vi Thị Khuyên"]),
    ("ThS. Vi Thị Khuyên - Khoa Xây dựng Đảng", ["Vi Thị Khuyên"]),
    ("CN. Vi Thị Khuyên - Phòng Công tác xã hội", ["Vi Thị Khuyên"]),
    ("BTV: Vi Thị Khuyên - Quay phim: Nông Văn Bằng", ["Vi Thị Khuyên", "Nông Văn Bằng"]),
    ("P.V", []),
])
def test_credit_forms(byline, names):
    layout = lay("Tân Hòa kết nạp 6 đảng viên mới\n\n" + BODY + "\n\n" + byline + "\n")
    assert layout.creators == names


@pytest.mark.parametrize("line", ["Thích | Chia sẻ | Bình luận (0)", "Lượt xem: 412    In bài viết",
                                  "In trang\tGửi bạn bè", "Trang chủ · Liên hệ", "Bản in • Lên đầu trang",
                                  "Gửi  email", "  " + BODY + " "])
def test_a_row_of_widgets_splits_as_its_separators_say(line):
    # a line is split without the scan only when it holds no separator: the same items either way
    assert _widget_items(line) == _WIDGET_SEP.split(line.strip())


@pytest.mark.parametrize("menu", ["Trang chủ | Tin tức | Kiểm tra - Giám sát | Văn bản",
                                  "TRANG CHỦ  THỜI SỰ  KIỂM TRA - GIÁM SÁT  VĂN BẢN"])
def test_the_section_the_menu_names_above_the_date_is_no_headline_and_no_author(menu):
    section = "Kiểm tra - Giám sát" if "|" in menu else "KIỂM TRA - GIÁM SÁT"
    layout = lay(f"CỔNG THÔNG TIN XÃ TÂN HÒA\n{menu}\n\n{section}\nNgày 04/03/2024\n\n"
                 f"Tân Hòa kết nạp 6 đảng viên mới\n\n{BODY}\n")
    assert layout.title == "Tân Hòa kết nạp 6 đảng viên mới"
    assert layout.issued == "2024-03-04" and layout.creators == []


@pytest.mark.parametrize("line", ["Đăng ngày 04/03/2024 - Phòng Tổ chức - Hành chính",
                                  "Ngày 04/03/2024 | Lượt đọc: 1.215"])
def test_a_date_with_the_posting_office_or_a_read_counter(line):
    layout = lay(f"Tân Hòa kết nạp 6 đảng viên mới\n{line}\n\n{BODY}\n")
    assert layout.issued == "2024-03-04" and layout.creators == []
    assert layout.title == "Tân Hòa kết nạp 6 đảng viên mới"


def test_the_authors_office_in_brackets_under_the_name_and_a_comment_counter():
    layout = lay(f"Tân Hòa kết nạp 6 đảng viên mới\n\n{BODY}\n\nVàng Thị Mai\n(Trung tâm Văn hóa - Thể thao xã Tân Hòa)"
                 "\n\nÝ kiến bạn đọc (0)\nGửi bình luận\n")
    assert layout.creators == ["Vàng Thị Mai"]


def test_the_search_box_under_the_menu_and_a_weekday_after_the_updated_cue():
    # "Tìm kiếm..." is the search box's placeholder, no headline; "Cập nhật: Thứ Tư, 15/10/2025 - 16:40" dates the page
    layout = lay("HỘI NÔNG DÂN TỈNH TÂN HÒA\nTrang chủ | Giới thiệu | Tin hoạt động | Liên hệ\nTìm kiếm...\n\n"
                 "Trang chủ » Tin hoạt động\n\nTân Hòa kết nạp 6 đảng viên mới\n\n"
                 "Cập nhật: Thứ Tư, 15/10/2025 - 16:40 | Lượt xem: 87\n\n" + BODY + "\n")
    assert layout.title == "Tân Hòa kết nạp 6 đảng viên mới"
    assert layout.issued == "2025-10-15T16:40:00"


def test_a_section_label_over_the_date_is_no_author_and_no_headline():
    # "TIN TỨC - SỰ KIỆN" splits like two names in capitals; "Tin Đảng - Đoàn thể" is a company site's section
    layout = lay("ỦY BAN NHÂN DÂN XÃ TÂN HÒA\nTrang chủ   Tin tức   Thông báo   Liên hệ\n\nTIN TỨC - SỰ KIỆN\n"
                 "Đăng ngày: 17/09/2024 | Chuyên mục: Xây dựng Đảng\n\nTÂN HÒA KẾT NẠP 6 ĐẢNG VIÊN MỚI\n\n"
                 + BODY + "\n")
    assert layout.creators == []
    layout = lay("CÔNG TY CỔ PHẦN CẤP NƯỚC TÂN HÒA\nTRANG CHỦ   GIỚI THIỆU   TIN TỨC   LIÊN HỆ\n\nTin Đảng - Đoàn thể\n"
                 "12-07-2024 | 15:02\n\nTân Hòa kết nạp 6 đảng viên mới\n\n" + BODY + "\n")
    assert layout.title == "Tân Hòa kết nạp 6 đảng viên mới"
