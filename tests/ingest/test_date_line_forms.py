"""Date lines of the page's head in forms earlier pages lacked: a cue and a time before a date with its month written
out, a month's name in words, a broadcast's airing after the programme's description (texts written for the test;
invented names)."""
from ingest._page import lay

from partykg.ingest.layout import parse_date
from partykg.ingest.normalize import normalize

HEADLINE = "Chi bộ thôn Nà Lừ kết nạp 3 đảng viên trẻ"
BODY = ("Chi bộ thôn Nà Lừ vừa tổ chức lễ kết nạp 3 đoàn viên ưu tú vào Đảng, nâng tổng số đảng viên của chi bộ "
        "lên 27 đồng chí.")


def test_a_cue_and_a_time_before_a_date_with_its_month_written_out():
    assert parse_date("Đăng lúc 10:25 ngày 4 tháng 11 năm 2025") == "2025-11-04T10:25:00"
    assert parse_date("Cập nhật 16h40 ngày 9 tháng 3 năm 2024") == "2024-03-09T16:40:00"
    assert parse_date("Đăng ngày: 22 tháng 5, 2024") == "2024-05-22"
    # near miss: a sentence of the body with a date in it is no date line
    assert parse_date("Đảng ủy xã họp ngày 5 tháng 5 năm 2024") is None


def test_a_months_name_in_words():
    # the long date of a web framework's Vietnamese locale: "Thứ Năm, 15 Tháng Tám 2024"
    assert parse_date("Thứ Năm, 15 Tháng Tám 2024") == "2024-08-15"
    assert parse_date("Chủ nhật, 1 tháng Giêng 2023") == "2023-01-01"
    assert parse_date("3 Tháng Mười Một 2024") == "2024-11-03"
    assert parse_date("Thứ Hai, 15 Tháng Tám Hai 2024") is None  # no month of that name


def test_a_broadcasts_airing_after_the_programmes_description():
    assert parse_date("Ghi lại buổi tọa đàm phát sóng ngày 23.9.2024") == "2024-09-23"
    assert parse_date("Bản tin thời sự phát sóng lúc 19h00 ngày 23/9/2024") == "2024-09-23T19:00:00"
    # near miss: a programme's weekly slot gives no date
    assert parse_date("Chuyên mục Đảng trong cuộc sống phát sóng 19h15 thứ Hai hằng tuần") is None


def test_the_headline_over_and_under_such_date_lines():
    layout = lay(f"CỔNG THÔNG TIN ĐIỆN TỬ XÃ NÀ LỪ\nGiới thiệu | Tin tức | Văn bản\n\n{HEADLINE.upper()}\n"
                 f"Đăng lúc 10:25 ngày 4 tháng 11 năm 2025\n\n{BODY}\n")
    assert layout.issued == "2025-11-04T10:25:00"
    assert layout.title == HEADLINE.upper()
    layout = lay(f"BAN DÂN TỘC TỈNH TÂN HÒA\nTrang thông tin điện tử\nGiới thiệu | Chính sách dân tộc | Liên hệ\n"
                 f"Thứ Năm, 15 Tháng Tám 2024\n\n{HEADLINE}\n\n{BODY}\n")
    assert layout.issued == "2024-08-15"
    assert layout.title == HEADLINE
    layout = lay(f"TRƯỜNG ĐẠI HỌC TÂN HÒA\nTuyển sinh | Đào tạo | Sinh viên\nĐăng ngày: 22 tháng 5, 2024 - Người đăng: "
                 f"Phòng Công tác sinh viên\n\n{HEADLINE}\n\n{BODY}\n")
    assert layout.issued == "2024-05-22"
    assert layout.title == HEADLINE
    assert layout.creators == []  # an office posts the page: no author


def test_the_source_the_page_names_beside_its_date():
    # a unit's site prints where the story comes from in the date's row: the date stands, the source is no author
    layout = lay(f"BIÊN PHÒNG TỈNH AN KHÊ\nTrang chủ | Tin hoạt động | Văn bản\n\n{HEADLINE}\n"
                 f"Đăng lúc: 09:20 - 14/07/2025   |   Nguồn: Phòng Chính trị\n\n{BODY}\n")
    assert layout.issued == "2025-07-14T09:20:00"
    assert layout.title == HEADLINE and layout.creators == []
    # near miss: a headline beside a date is no date line
    assert lay(f"{HEADLINE}\nNguồn: Phòng Chính trị | Chi bộ đồn kết nạp 2 đảng viên\n\n{BODY}\n").issued is None


def test_the_place_the_story_was_written_at_before_its_date_and_the_credit_after_it():
    # a department's site prints the place, the date in words, then the writers' credit on one line
    layout = lay(f"SỞ NÔNG NGHIỆP TỈNH TÂN HÒA\nTrang chủ » Tin tức\n\n{HEADLINE}\n"
                 f"Tân Hòa, ngày 7 tháng 11 năm 2025 — Tin, ảnh: Đinh Thị Mai Hoa\n\n{BODY}\n")
    assert layout.issued == "2025-11-07"
    assert layout.title == HEADLINE and layout.creators == ["Đinh Thị Mai Hoa"]


def test_the_office_that_posts_the_page_after_a_bullet():
    layout = lay(f"CÔNG TY CỔ PHẦN MÔI TRƯỜNG TÂN HÒA\nGiới thiệu | Tin tức | Liên hệ\nĐường dây nóng: 1900 0000\n\n"
                 f"{HEADLINE.upper()}\nđăng lúc 10:05 ngày 03 tháng 12 năm 2025 • Văn phòng Đảng ủy\n\n{BODY}\n")
    assert layout.issued == "2025-12-03T10:05:00"
    assert layout.title == HEADLINE.upper() and layout.creators == []


def test_a_dateline_of_place_and_date_opening_the_first_paragraph_is_no_body():
    assert body_of(f"{HEADLINE}\nThứ Ba, 12/11/2024\n\nNà Lừ, 12/11/2024 — {BODY}\n") == BODY
    # near miss: a sentence opening with a place and a date, no dash after them, keeps its words
    opening = "Tại Nà Lừ, ngày 10/11 chi bộ họp."
    assert body_of(f"{HEADLINE}\nThứ Ba, 12/11/2024\n\n{opening} {BODY}\n") == f"{opening} {BODY}"


def body_of(text: str) -> str:
    norm, _ = normalize(text)
    return " ".join(norm[s:e] for s, e in lay(text).body_spans)


def test_the_row_of_who_posted_the_page_and_when_at_its_foot():
    text = (f"CỔNG THÔNG TIN ĐIỆN TỬ XÃ NÀ LỪ\nTrang chủ / Xây dựng Đảng\n\n{HEADLINE}\n\n{BODY}\n{BODY}\n\n"
            "Người đăng: Văn phòng Đảng ủy | Ngày đăng: 03/12/2025\n")
    layout = lay(text)
    assert layout.issued == "2025-12-03" and layout.creators == []  # an office posted it: no author
    layout = lay(text.replace("Văn phòng Đảng ủy |", "Lò Thu Hà |"))
    assert layout.issued == "2025-12-03" and layout.creators == ["Lò Thu Hà"]


def test_the_poster_after_the_date_with_no_cue():
    # "bởi" and the office that posted the page: the date stands, an office names no one
    layout = lay(f"CỔNG THÔNG TIN ĐIỆN TỬ XÃ NÀ LỪ\nTrang chủ | Tin tức | Văn bản\n\n{HEADLINE}\n\n"
                 f"Đăng ngày 19/11/2025 bởi Ban Biên tập\n\n{BODY}\n")
    assert layout.issued == "2025-11-19" and layout.creators == []
    # the writer set apart from the date and time by wide spaces, with their office in brackets
    layout = lay(f"SỞ Y TẾ TỈNH TÂN HÒA\nTrang chủ  Giới thiệu  Tin tức\n\n{HEADLINE}\n\n"
                 f"06/12/2025 10:05   Lò Thị Ngân (Trung tâm Y tế huyện)\n\n{BODY}\n")
    assert layout.issued == "2025-12-06T10:05:00" and layout.creators == ["Lò Thị Ngân"]


def test_the_office_or_author_after_the_date_and_a_middle_dot():
    # a CMS theme's "date · poster": the date stands, an office names no one, a writer is the author
    page = (f"ĐẢNG ỦY - HĐND - UBND XÃ NÀ LỪ\nTrang chủ > Xây dựng Đảng\n\n[Xây dựng Đảng] {HEADLINE}\n\n"
            f"14/11/2025 09:30 · Ban Xây dựng Đảng\n\n{BODY}\n")
    layout = lay(page)
    assert layout.issued == "2025-11-14T09:30:00" and layout.creators == []
    assert layout.title == f"[Xây dựng Đảng] {HEADLINE}"
    layout = lay(page.replace("Ban Xây dựng Đảng", "Lò Thu Hà"))
    assert layout.issued == "2025-11-14T09:30:00" and layout.creators == ["Lò Thu Hà"]


def test_the_place_and_a_formal_date_under_the_headline_the_day_maybe_in_words():
    # a commune's portal sets the place and date as a formal text does, the day at times in words
    for line, iso in (("Nà Lừ, ngày 18 tháng 3 năm 2025", "2025-03-18"),
                      ("Nà Lừ, ngày mười tám tháng ba năm 2025", "2025-03-18"),
                      ("Nà Lừ, ngày hai mươi mốt tháng mười hai năm 2024", "2024-12-21")):
        layout = lay(f"UBND XÃ NÀ LỪ\nTrang chủ / Tin tức\n\n{HEADLINE.upper()}\n\n{line}\n\n{BODY}\n")
        assert layout.issued == iso and layout.title == HEADLINE.upper() and layout.creators == []
    assert parse_date("mồng hai tháng chín năm 2025") == "2025-09-02"
    assert parse_date("ngày ba mươi hai tháng một năm 2025") is None  # no such day


def test_a_portals_short_name_in_brackets_before_the_date_and_a_writer_of_its_library():
    layout = lay(f"SỞ NỘI VỤ TỈNH KON TUM\nTRANG CHỦ > TIN TỨC\n\n{HEADLINE}\n(SNV) 02/12/2025\n\n{BODY}\n\n"
                 "Nông Thị Quế - Thư viện tỉnh\n")
    assert (layout.title, layout.issued, layout.creators) == (HEADLINE, "2025-12-02", ["Nông Thị Quế"])
