"""Page headers and credits of reposts and city papers: a menu spaced out without its home item, an
aggregator's relative time and source address, a headline in capitals above the date, the authors in
capitals under the lead, an author with the initials of the office she writes for."""
from ingest._page import lay

BODY = ("Đảng ủy xã Tân Hòa vừa kết nạp thêm 6 người vào Đảng, phần lớn là đoàn viên ở các thôn vùng cao, "
        "sau nhiều tháng kèm cặp.")
MORE = "Chi bộ thôn Nà Lừa kết nạp 2 đảng viên, Chi bộ thôn Khuổi Hẻo kết nạp 4 đảng viên."


def test_a_menu_spaced_out_names_the_section_above_the_date():
    layout = lay("BÁO TÂN HÒA\nThời sự  Chính trị  Kinh tế  An ninh - Quốc phòng  Văn hóa  Video\n\n"
                 "An ninh - Quốc phòng\n\nThứ Ba, ngày 7-10-2025, 09:45\n\nTân Hòa kết nạp 6 đảng viên mới\n\n"
                 + BODY + "\n")
    assert layout.title == "Tân Hòa kết nạp 6 đảng viên mới"


def test_an_aggregators_repost_with_a_relative_time_and_the_source_address():
    layout = lay("TINTONGHOP\nTin mới | Thế giới | Xã hội | Kinh tế\nTải ứng dụng Tin Tổng Hợp\n\n"
                 "Báo Tân Hòa • 3 giờ trước\n\nTân Hòa kết nạp 6 đảng viên mới\n\nThời sự • Xã hội\n\n"
                 + BODY + "\n\n" + MORE + "\n\nLò Thị Mai\n\nNguồn: https://baotanhoa.vn/tan-hoa-ket-nap-6\n")
    assert layout.title == "Tân Hòa kết nạp 6 đảng viên mới"
    assert layout.issued is None  # "3 giờ trước" is no date
    assert layout.creators == ["Lò Thị Mai"]


def test_a_headline_in_capitals_above_the_date():
    layout = lay("BÁO TÂN HÒA ĐIỆN TỬ\nChính trị | Xây dựng Đảng | Xã hội\n\n"
                 "THÔNG CÁO BÁO CHÍ KỲ HỌP THỨ 9 CỦA ỦY BAN KIỂM TRA HUYỆN ỦY\n\n"
                 "Cập nhật lúc 15:05, Thứ Tư, 19/11/2025\n\n"
                 "Thực hiện Thông báo số 12-TB/VPHU ngày 18/11/2025 của Văn phòng Huyện ủy, Báo đăng toàn văn Thông "
                 "cáo báo chí về kỳ họp thứ 9 của Ủy ban Kiểm tra Huyện ủy:\n\n" + BODY + "\n")
    assert layout.title == "THÔNG CÁO BÁO CHÍ KỲ HỌP THỨ 9 CỦA ỦY BAN KIỂM TRA HUYỆN ỦY"
    # an outlet's name in capitals above the date still gives way to the headline under it
    layout = lay("BÁO TÂN HÒA ĐIỆN TỬ\nThứ Hai, 01/12/2025\n\nTân Hòa kết nạp 6 đảng viên mới\n\n" + BODY + "\n")
    assert layout.title == "Tân Hòa kết nạp 6 đảng viên mới"
    # ... and so does a newsletter's issue in capitals
    layout = lay("BẢN TIN SINH HOẠT CHI BỘ - SỐ 7 (THÁNG 7/2025)\nĐăng ngày: 2025-07-04\n\n"
                 "Sinh hoạt chi bộ tháng 7/2025: những việc cần làm ở các thôn vùng cao\n\n" + BODY + "\n")
    assert layout.title == "Sinh hoạt chi bộ tháng 7/2025: những việc cần làm ở các thôn vùng cao"


def test_authors_in_capitals_under_the_lead():
    layout = lay("Tân Hòa kết nạp 6 đảng viên mới\n\n" + BODY + "\n\nLÒ THỊ MAI - HÀ VĂN TUẤN\n\n" + MORE + "\n")
    assert layout.creators == ["Lò Thị Mai", "Hà Văn Tuấn"]


def test_an_author_with_the_initials_of_her_office():
    layout = lay("Tân Hòa kết nạp 6 đảng viên mới\n\n" + BODY + "\n\nLò Thị Mai - BTG&DV\n")
    assert layout.creators == ["Lò Thị Mai"]


def test_a_menu_whose_sections_pair_two_topics_with_a_dash():
    layout = lay("BÁO TÂN HÒA\nThời sự | Xây dựng Đảng | Doanh nghiệp - Khu công nghiệp | Văn hóa - Thể thao\n\n"
                 "Lò Thị Mai\nThứ hai, 09/12/2024, 14:05\n\nTân Hòa kết nạp 6 đảng viên mới\n\n" + BODY + "\n")
    assert layout.title == "Tân Hòa kết nạp 6 đảng viên mới"

