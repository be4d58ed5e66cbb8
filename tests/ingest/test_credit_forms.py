"""Credit and menu forms of small portals: a cued byline under the headline, a writer's team in brackets,
the poster at the end, a menu spaced out without separators."""
from ingest._page import lay

BODY = "Sáng 3/4, Đảng ủy xã Tân Mỹ tổ chức lễ kết nạp 4 đảng viên mới cho đoàn viên thanh niên của xã."


def test_cued_byline_right_under_the_headline_names_the_author_not_the_body():
    layout = lay(f"Xây dựng Đảng\n04/04/2024\n\nTân Mỹ kết nạp 4 đảng viên trẻ\n\nBài và ảnh: HẠNH DUNG\n\n{BODY}\n")
    assert layout.title == "Tân Mỹ kết nạp 4 đảng viên trẻ"
    assert layout.creators == ["Hạnh Dung"]


def test_writer_with_the_team_in_brackets_and_the_poster_at_the_end():
    assert lay(f"Tân Mỹ kết nạp 4 đảng viên trẻ\n\n{BODY}\n\nTác giả: Quế Chi (Tổ Lịch sử)\n").creators == ["Quế Chi"]
    assert lay(f"Tân Mỹ kết nạp 4 đảng viên trẻ\n\n{BODY}\n\nNgười đăng: Hà Bảo Ngân\n").creators == ["Hà Bảo Ngân"]


def test_a_menu_spaced_out_from_the_home_page_is_no_headline():
    layout = lay(f"Báo điện tử Tân Mỹ\nTrang chủ  Thời sự  Xây dựng Đảng  Video\nCập nhật lúc 08:10 ngày 04/04/2024\n\n"
                 f"Tân Mỹ kết nạp 4 đảng viên trẻ\n\n{BODY}\n")
    assert layout.title == "Tân Mỹ kết nạp 4 đảng viên trẻ"


def test_the_writer_above_a_district_portals_list_of_stories_already_posted():
    text = (f"Tân Mỹ kết nạp 4 đảng viên trẻ\n\n{BODY}\n\nHà Bảo Ngân - Trung tâm Truyền thông và Văn hóa huyện\n\n"
            "Các tin đã đưa:\n• Huyện Mai Sơn trao 120 suất quà cho học sinh\n• Hội nghị Ban Chấp hành lần thứ 9\n")
    layout = lay(text)
    assert layout.creators == ["Hà Bảo Ngân"]


def test_the_author_after_the_date_with_the_office_after_a_dash():
    layout = lay(f"Tân Mỹ kết nạp 4 đảng viên trẻ\nĐăng lúc: 02/05/2024 - 08:30 | Tác giả: Lục Văn Dũng - Ban Tổ chức "
                 f"Huyện ủy\n\n{BODY}\n")
    assert layout.creators == ["Lục Văn Dũng"]


def test_an_officer_s_byline_with_the_rank_and_the_unit_under_the_date():
    # a professional soldier's rank ("Thiếu tá QNCN") before the name, the unit in brackets; the photo credit by the
    # short name is the same writer
    layout = lay(f"Xây dựng lực lượng\n\nTân Mỹ kết nạp 4 đảng viên trẻ\n\nCập nhật: 09:15 | 04/04/2024\n"
                 f"Thiếu tá QNCN Lê Hữu Tâm (Lữ đoàn 147)\n\n{BODY}\n\nẢnh: Lễ kết nạp đảng viên. (Ảnh: Hữu Tâm)\n")
    assert layout.creators == ["Lê Hữu Tâm"]


def test_a_heading_with_its_date_in_brackets_under_the_lead_is_no_byline():
    # "SỐ LIỆU CHÍNH (đến ngày 31/3/2024)": a box's heading and the day its figures run to, not a writer and his office
    text = (f"Xây dựng Đảng\n04/04/2024\n\nTân Mỹ kết nạp 4 đảng viên trẻ\n\n{BODY}\n\n"
            "SỐ LIỆU CHÍNH (đến ngày 31/3/2024)\n■ 312 — đảng viên\n■ 4 — đảng viên kết nạp trong quý I/2024\n")
    assert lay(text).creators == []
    assert lay(text.replace("SỐ LIỆU CHÍNH (đến ngày 31/3/2024)", "Quế Chi (Trung tâm Văn hóa huyện)")
               ).creators == ["Quế Chi"]


def test_a_sub_heading_in_capitals_joined_by_va_is_no_byline():
    more = "Năm 2024, Đảng bộ xã kết nạp 12 đảng viên, đạt 120% chỉ tiêu được giao."
    layout = lay(f"Tân Mỹ kết nạp 4 đảng viên trẻ\n04/04/2024\n\n{BODY}\n\nCON SỐ VÀ KẾT QUẢ\n{more}\n\nMinh Thư\n")
    assert layout.creators == ["Minh Thư"]


def test_a_reporters_title_before_the_name_in_capitals_is_no_part_of_it():
    layout = lay(f"Xây dựng Đảng\n\nTân Mỹ kết nạp 4 đảng viên trẻ\n\nThứ Năm, 04-04-2024, 07:20\nPV LÝ HOÀI NAM\n\n"
                 f"{BODY}\n")
    assert (layout.title, layout.creators) == ("Tân Mỹ kết nạp 4 đảng viên trẻ", ["Lý Hoài Nam"])
    assert lay(f"Tân Mỹ kết nạp 4 đảng viên trẻ\n\n{BODY}\n\nPhóng viên Đàm Thu Hiền\n").creators == ["Đàm Thu Hiền"]
