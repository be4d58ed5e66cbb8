"""The page's head on party portals and in party documents: a menu whose sections run to several words, a date with
the page's widgets after it, a document's header whose two columns come one after the other (texts written for the
test; invented names)."""
import pytest
from ingest._page import lay

HEADLINE = "Đảng ủy xã Tân Hòa kết nạp 6 đảng viên mới"
BODY = ("Đảng ủy xã Tân Hòa vừa kết nạp thêm 6 người vào Đảng, phần lớn là đoàn viên ở các thôn vùng cao, "
        "sau nhiều tháng kèm cặp.")


def test_a_menu_of_a_party_portals_sections_is_no_headline():
    # sections of six and seven words, as party portals name them; the menu above the date, the headline under it
    for menu in ["Tin tức | Học tập và làm theo Bác | Văn bản | Liên hệ",
                 "Thời sự | Xây dựng Đảng và hệ thống chính trị | Tư liệu"]:
        layout = lay(f"ĐẢNG BỘ TỈNH TÂN HÒA\n{menu}\nNgày 03-11-2025\n\n{HEADLINE}\n\n{BODY}\n")
        assert layout.title == HEADLINE
        assert layout.issued == "2025-11-03"


def test_the_date_with_the_pages_share_buttons_after_it():
    # the date line goes on with a widget ("| Chia sẻ: Facebook Zalo", "| Lượt xem: 1.204"): still the page's date
    for widget in ["Chia sẻ: Facebook Zalo", "Lượt xem: 1.204 | In trang"]:
        layout = lay(f"TẠP CHÍ TÂN HÒA ĐIỆN TỬ\nTrang chủ / Xây dựng Đảng\nĐăng lúc: 09:30 - 04/12/2025 | {widget}\n\n"
                     f"{HEADLINE}\n\n{BODY}\n")
        assert layout.issued == "2025-12-04T09:30:00"
        assert layout.title == HEADLINE
    # near miss: a headline after the date on its line is no widget, and the line no date line
    layout = lay(f"Trang chủ / Xây dựng Đảng\n04/12/2025 | {HEADLINE}\n\n{BODY}\n")
    assert layout.issued is None


COLUMNS_IN_TURN = """ĐẢNG ỦY XÃ TÂN HÒA
VĂN PHÒNG
*
Số 07-BC/VPĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hòa, ngày 14 tháng 9 năm 2025

BÁO CÁO TÓM TẮT
Kết quả sinh hoạt chi bộ chuyên đề quý III năm 2025

Trong quý III năm 2025, 18 chi bộ trực thuộc Đảng ủy xã Tân Hòa đã tổ chức sinh hoạt chuyên đề.
"""


def test_a_documents_header_whose_two_columns_come_one_after_the_other():
    # the issuing body's column (body, office, "*", number), then the motto and the place and date; the kind
    # qualified ("BÁO CÁO TÓM TẮT") and its summary under it: the title
    layout = lay(COLUMNS_IN_TURN)
    assert layout.issued == "2025-09-14"
    assert layout.title == "Kết quả sinh hoạt chi bộ chuyên đề quý III năm 2025"
    assert layout.creators == []  # the office under the body is no author


SIGNED_BY_ORDER = COLUMNS_IN_TURN + """
Nơi nhận:
- Ban Tổ chức Huyện ủy (b/c),
- Lưu VPĐU.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
Lò Thị Kim Oanh
"""


def test_a_document_signed_by_order_has_no_author_and_its_signature_no_byline():
    # "T/L" (thừa lệnh): the office's head signs by the standing board's order; her post and name close the
    # document, and neither is a byline
    layout = lay(SIGNED_BY_ORDER)
    assert layout.creators == []
    assert layout.title == "Kết quả sinh hoạt chi bộ chuyên đề quý III năm 2025"


def test_the_signer_by_order_is_a_person_the_document_names(nlp):
    from partykg.extract import extract
    from partykg.ingest.read import build_article
    ex = extract(build_article("d", "d.txt", SIGNED_BY_ORDER, "0"), nlp)
    assert "Lò Thị Kim Oanh" in {p.name for p in ex.persons}
    # the head of the office that issues it (its header: "ĐẢNG ỦY XÃ TÂN HÒA" / "VĂN PHÒNG"), as r05's gold reads it
    assert {(m.person, m.role, m.organization) for m in ex.memberships if m.person == "Lò Thị Kim Oanh"} == {
        ("Lò Thị Kim Oanh", "Chánh Văn phòng", "Văn phòng Đảng ủy xã Tân Hòa")}


def test_the_author_in_capitals_between_the_date_and_the_headline():
    layout = lay(f"BÁO TÂN HÒA ĐIỆN TỬ\nThời sự | Xây dựng Đảng | Biên giới\nThứ Ba, 14/10/2025 | 07:30\n"
                 f"LÒ VĂN MINH\n\n{HEADLINE}\n\n{BODY}\n")
    assert layout.creators == ["Lò Văn Minh"]
    assert layout.title == HEADLINE
    # near miss: the section the menu names, in capitals under the date, is no author
    layout = lay(f"BÁO TÂN HÒA ĐIỆN TỬ\nThời sự | Dân vận khéo - Dân vận giỏi | Biên giới\n"
                 f"Thứ Ba, 14/10/2025 | 07:30\n\nDÂN VẬN KHÉO - DÂN VẬN GIỎI\n\n{HEADLINE}\n\n{BODY}\n")
    assert layout.creators == []
    assert layout.title == HEADLINE


def test_the_writers_branch_of_the_company_that_publishes_the_page_is_no_author():
    text = (f"TANHOABANK - NGÂN HÀNG TMCP TÂN HÒA\nGiới thiệu | Tin tức | Hoạt động Đảng - Đoàn thể\n"
            f"Ngày đăng: 14.10.2025\n\n{HEADLINE}\n\n{BODY}\n\n")
    assert lay(text + "Lò Thị Mai - Tanhoabank Sơn La\n").creators == ["Lò Thị Mai"]
    # near miss: two writers, neither named after the page's publisher
    assert lay(text + "Lò Thị Mai - Hà Văn Tuấn\n").creators == ["Lò Thị Mai", "Hà Văn Tuấn"]


def test_the_date_under_other_labels_of_a_portals_cms():
    for label in ["Thời gian đăng:", "Ngày đăng tin:", "Thời gian cập nhật:"]:
        layout = lay(f"CỔNG THÔNG TIN XÃ TÂN HÒA\n{HEADLINE}\n{label} 04/12/2025 09:30\n\n{BODY}\n")
        assert layout.issued == "2025-12-04T09:30:00"
        assert layout.title == HEADLINE


def test_a_list_of_names_closing_the_body_is_no_byline():
    head = f"{HEADLINE}\n04/12/2025\n\n{BODY}\n\n"
    layout = lay(head + "Danh sách quần chúng được kết nạp:\nLò Văn Sáng\nHà Thị Mai\n")
    assert layout.creators == []
    # ... nor a longer one, without its heading in sight
    layout = lay(head + "Các đồng chí được tặng Huy hiệu 30 năm tuổi Đảng:\nLò Văn Sáng\nHà Thị Mai\nQuàng Văn Pọm\n"
                 "Lường Thị Ún\nCầm Văn Phóng\n")
    assert layout.creators == []
    # near miss: a credit's cue on its own line, the writers under it, and a byline under the body, are authors
    assert lay(head + "Thực hiện:\nLò Văn Sáng\nHà Thị Mai\n").creators == ["Lò Văn Sáng", "Hà Thị Mai"]
    assert lay(head + "Lò Văn Sáng\n").creators == ["Lò Văn Sáng"]


@pytest.mark.parametrize("gap", ["   ", " · "])
def test_the_poster_set_apart_from_the_date_by_wide_spaces(gap):
    # a portal's header row lays out its fields with wide spaces alone (or a dot), the view counter after the poster
    layout = lay(f"CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN HÒA\nTrang chủ  |  Tin tức  |  Công tác Đảng\n"
                 f"Đăng lúc: 12/11/2025 08:40{gap}Người đăng: Lê Thị Bảo Ngân{gap}Lượt xem: 57\n\n"
                 f"{HEADLINE}\n\n{BODY}\n")
    assert layout.issued == "2025-11-12T08:40:00"
    assert layout.creators == ["Lê Thị Bảo Ngân"]
    assert layout.title == HEADLINE


POSTED_DOCUMENT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN HÒA
Trang chủ | Tin tức | Công tác Đảng
Ngày đăng: 16/09/2025

Báo cáo tóm tắt kết quả sinh hoạt chi bộ chuyên đề quý III năm 2025

ĐẢNG ỦY XÃ TÂN HÒA                    ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 07-BC/ĐU                        Tân Hòa, ngày 14 tháng 9 năm 2025

BÁO CÁO
Kết quả sinh hoạt chi bộ chuyên đề quý III năm 2025

Trong quý III năm 2025, 18 chi bộ trực thuộc Đảng ủy xã Tân Hòa đã tổ chức sinh hoạt chuyên đề.
"""


def test_a_portal_posting_a_document_under_its_own_date_and_headline():
    # the page's date and headline stand above the document's header: the article's; the document's date is its own
    layout = lay(POSTED_DOCUMENT)
    assert layout.issued == "2025-09-16"
    assert layout.title == "Báo cáo tóm tắt kết quả sinh hoạt chi bộ chuyên đề quý III năm 2025"
    # near miss: the document alone keeps its own header's date and summary
    layout = lay(POSTED_DOCUMENT[POSTED_DOCUMENT.index("ĐẢNG ỦY XÃ"):])
    assert layout.issued == "2025-09-14"
    assert layout.title == "Kết quả sinh hoạt chi bộ chuyên đề quý III năm 2025"


def test_a_cued_credit_under_the_lead():
    # a magazine prints the credit under its lead paragraph, with its cue
    lead = ("TH - Năm nào Đảng bộ xã Tân Hòa cũng kết nạp được đảng viên trẻ ở các thôn "
            "vùng cao, sau nhiều tháng kèm cặp, bồi dưỡng.")
    layout = lay(f"TẠP CHÍ TÂN HÒA\nThứ Hai, 03/11/2025 07:05\n\n{HEADLINE}\n\n{lead}\n\nBài và ảnh: Lê Bảo Ngân\n\n"
                 f"{BODY}\n\n{BODY}\n")
    assert layout.creators == ["Lê Bảo Ngân"]
    # near miss: a source line under the lead names an outlet, no author
    layout = lay(f"TẠP CHÍ TÂN HÒA\nThứ Hai, 03/11/2025 07:05\n\n{HEADLINE}\n\n{lead}\n\nTheo Báo Tân Hòa\n\n"
                 f"{BODY}\n\n{BODY}\n")
    assert layout.creators == []


def test_a_section_label_before_the_date_is_no_byline():
    # "Thời sự chính trị": the section "Thời sự - Chính trị" written without its dash, in capitals before the date
    layout = lay(f"Xây dựng Đảng › Tổ chức cơ sở\n\n{HEADLINE}\n\nTHỜI SỰ CHÍNH TRỊ - Thứ bảy, 22-11-2025, 06:45\n\n"
                 f"{BODY}\n\nLÊ VĂN TÂM\n")
    assert layout.creators == ["Lê Văn Tâm"]
    assert layout.issued is not None and layout.issued.startswith("2025-11-22")


def test_a_breadcrumb_set_apart_by_triangles_is_no_headline():
    layout = lay(f"ĐẢNG BỘ TỈNH TÂN HÒA - TRANG THÔNG TIN ĐIỆN TỬ\nTrang chủ ▸ Tin tức ▸ Hoạt động cơ sở\n"
                 f"Thứ hai, 03/11/2025\n\n{HEADLINE}\n\n{BODY}\n")
    assert (layout.title, layout.issued) == (HEADLINE, "2025-11-03")


def test_a_menu_of_links_in_brackets_a_breadcrumb_led_by_its_cue_and_the_time_in_words():
    # "[Trang chủ] [Tin tức]" and "Bạn đang ở: ..." are the page's chrome; the date under the headline, in brackets,
    # its time in hours and minutes
    layout = lay(f"CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN HÒA\n[Trang chủ] [Tin tức - Sự kiện] [Liên hệ]\n"
                 f"Bạn đang ở: Xây dựng Đảng\n\n{HEADLINE}\n\n"
                 f"(Cập nhật lúc 08 giờ 15 phút, ngày 4 tháng 12 năm 2025)\n\n{BODY}\n")
    assert (layout.title, layout.issued) == (HEADLINE, "2025-12-04T08:15:00")
