"""Header and credit forms of broadcasters' and portals' pages: an airing date, a column's schedule, a row of
cued credits, a genre "of" its authors, the writer's office in brackets, the outlet beside its writer (pages
written for the tests)."""
from partykg.ingest.layout import analyze
from partykg.ingest.normalize import normalize

BODY = "Đảng bộ xã Tân Phú kết nạp 12 đảng viên trong năm 2024, vượt chỉ tiêu được giao."


def layout(text: str):
    return analyze(normalize(text)[0])


def test_a_programme_dated_by_its_airing_and_credited_in_one_row():
    lay = layout("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH\nChuyên mục > Xây dựng Đảng\n\n"
                 "Chuyên mục Xây dựng Đảng: Đảng viên trẻ ở bản vùng cao\n\n"
                 "Phát sóng: 19h30 ngày 12/05/2024 trên kênh TTV1\n\n"
                 f"{BODY}\n\nBiên tập: Lò Thu Hằng - Quay phim: Vì Văn Tú - Thực hiện: Cà Thị Hương - Lò Văn Đôi\n")
    assert lay.title == "Chuyên mục Xây dựng Đảng: Đảng viên trẻ ở bản vùng cao"
    assert lay.issued == "2024-05-12T19:30:00"
    assert lay.creators == ["Lò Thu Hằng", "Vì Văn Tú", "Cà Thị Hương", "Lò Văn Đôi"]


def test_a_columns_weekly_schedule_is_no_headline():
    lay = layout("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH\nTin tức | Chuyên mục | Lịch phát sóng\n"
                 "Chuyên mục Dân tộc và Phát triển - phát sóng 20h10 thứ Năm hằng tuần\nCập nhật: 14/3/2024\n\n"
                 f"Đảng viên người Mông ở xã biên giới\n\n{BODY}\n")
    assert lay.title == "Đảng viên người Mông ở xã biên giới"
    assert lay.issued == "2024-03-14"


def test_a_genre_of_its_authors_between_headline_and_date_is_a_byline():
    lay = layout("BÁO NÔNG THÔN MIỀN NÚI\nThời sự | Dân tộc | Phóng sự\n\nNgười giữ lửa ở bản Pá Hu\n\n"
                 f"Phóng sự của Vàng Thị Dợ - Sùng A Chư\nThứ Ba, 17/09/2024 - 08:15\n\n{BODY}\n")
    assert lay.title == "Người giữ lửa ở bản Pá Hu"
    assert lay.creators == ["Vàng Thị Dợ", "Sùng A Chư"]


def test_the_writer_after_the_date_with_their_office_in_brackets():
    lay = layout("QUỸ TÍN DỤNG NHÂN DÂN\nTrang chủ > Tin tức\n\nChi bộ gắn với cơ sở\n\n"
                 f"Ngày đăng: 02/04/2025 - Người viết: Đào Văn Khang (Chi nhánh tỉnh Yên Bái)\n\n{BODY}\n")
    assert lay.issued == "2025-04-02"
    assert lay.creators == ["Đào Văn Khang"]


def test_the_credit_closing_a_page_over_its_copyright_line():
    lay = layout("CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN PHÚ\nTrang chủ    Tin tức    Văn bản\n\nCHI BỘ THÔN 3 SINH HOẠT\n\n"
                 f"06/11/2025 | 10:05\n\n{BODY}\n\nTác giả: Nông Thị Sen - Văn phòng Đảng ủy xã\n\n"
                 "BẢN QUYỀN THUỘC ỦY BAN NHÂN DÂN XÃ TÂN PHÚ\n")
    assert lay.creators == ["Nông Thị Sen"]


def test_the_outlet_beside_its_writer_is_no_author():
    lay = layout("NÔNG NGHIỆP MÔI TRƯỜNG - CƠ QUAN CỦA BỘ\nThời sự | Kinh tế\n\nĐảng viên trong hợp tác xã\n\n"
                 f"Kiều Thị Hạnh - Nông Nghiệp Môi Trường | 08/10/2024 06:30\n\n{BODY}\n")
    assert lay.issued == "2024-10-08T06:30:00"
    assert lay.creators == ["Kiều Thị Hạnh"]
