"""Lists of links to other stories and a site's footer at the page's foot are chrome; a box of such links set
inside the story drops alone, and the story goes on under it."""
import pytest

from partykg.ingest.layout import analyze
from partykg.ingest.normalize import normalize

BODY = ("Đảng ủy phường Tân Lập vừa kết nạp 7 đảng viên mới, phần lớn là đoàn viên ở các tổ dân phố, "
        "sau nhiều tháng bồi dưỡng, kèm cặp.")
MORE = ("Theo đồng chí Hà Minh Quyết, Bí thư Đảng ủy phường, năm nay phường đặt chỉ tiêu kết nạp 20 đảng viên, "
        "ưu tiên quần chúng ưu tú là công nhân trong các doanh nghiệp đóng trên địa bàn.")
LAST = ("Các chi bộ khu dân cư được giao rà soát nguồn kết nạp từng quý, báo cáo kết quả về Ban Thường vụ "
        "Đảng ủy phường trước ngày 25 của tháng cuối quý để kịp thời chỉ đạo.")
TITLES = "• Đảng ủy xã Hòa Bình trao Huy hiệu Đảng đợt 3/2\n• Chi bộ thôn Đông Sơn sinh hoạt chuyên đề"


def body_of(raw: str) -> str:
    text, _ = normalize(raw)
    layout = analyze(text)
    return " ".join(" ".join(text[s:e] for s, e in layout.body_spans).split())


@pytest.mark.parametrize("heading", ["Tin mới hơn:", "Tin cũ hơn", "Bài viết khác:", "Thông báo khác:",
                                     "Đọc thêm:", "CÁC BÀI VIẾT KHÁC"])
def test_a_list_of_titles_under_its_heading_ends_the_article(heading):
    assert body_of(f"Tiêu đề bài\n14/03/2025\n\n{BODY}\n\n{heading}\n{TITLES}\n") == BODY


def test_the_documents_a_portal_links_under_a_notice_are_chrome():
    raw = f"Tiêu đề bài\n14/03/2025\n\n{BODY}\n\nVăn bản liên quan: Quyết định số 12-QĐ/ĐU | Thông báo số 34-TB/ĐU\n"
    assert body_of(raw) == BODY


def test_a_box_of_links_inside_the_story_drops_alone():
    raw = f"Tiêu đề bài\n14/03/2025\n\n{BODY}\n\nXem thêm:\n{TITLES}\n\n{MORE}\n\n{LAST}\n"
    assert body_of(raw) == " ".join([BODY, MORE, LAST])
    # the same list at the page's foot, over a site's footer of two short sentences, stays chrome
    footer = ("Trang thông tin điện tử phường Tân Lập, cơ quan của Đảng ủy phường.\n"
              "Mọi ý kiến xin gửi về hộp thư của Ban biên tập trang.")
    assert body_of(f"Tiêu đề bài\n14/03/2025\n\n{BODY}\n\nXem thêm:\n{TITLES}\n\n{footer}\n") == BODY


def test_a_teaser_after_a_list_heading_on_its_line_drops_alone():
    raw = f"Tiêu đề bài\n14/03/2025\n\n{BODY}\n\nĐọc thêm: Đảng ủy xã Hòa Bình trao Huy hiệu Đảng đợt 3/2\n\n{MORE}\n"
    assert body_of(raw) == " ".join([BODY, MORE])


@pytest.mark.parametrize("footer", [
    "Tạp chí điện tử Quê Hương. Giấy phép hoạt động báo chí điện tử số 12/GP-BTTTT.",
    "Báo Tân Lập - Giấy phép số 45/GP-BTTTT",
    "Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
    "Cơ quan chủ quản: Ủy ban nhân dân phường Tân Lập",
    "Trụ sở: Số 5 đường Lê Lợi | Điện thoại: 0203 3812 345 | Email: banbientap@tanlap.vn",
])
def test_a_site_footer_ends_the_article(footer):
    assert body_of(f"Tiêu đề bài\n14/03/2025\n\n{BODY}\n\nMinh Quân\n\n{footer}\n") == BODY


@pytest.mark.parametrize("line", ["Tải về: Kế hoạch kết nạp đảng viên năm 2025 (PDF, 180 KB)",
                                  "Tài liệu đính kèm: ke-hoach-12.docx (64 KB)", "Lượt tải: 1.024"])
def test_an_attached_file_and_its_counter_are_dropped(line):
    assert body_of(f"Tiêu đề bài\n14/03/2025\n\n{BODY}\n\n{line}\n\n{MORE}\n") == " ".join([BODY, MORE])


@pytest.mark.parametrize("glyph", ["▸ ", "► "])
def test_a_list_heading_after_a_glyph_ends_the_article_and_leaves_the_byline_last(glyph):
    raw = (f"Tiêu đề bài\n14/03/2025\n\n{BODY}\n\n{MORE}\n\nBài, ảnh: Lê Thu Hằng\n\n"
           f"{glyph}Tin cùng chuyên mục\n{TITLES}\n")
    text, _ = normalize(raw)
    layout = analyze(text)
    assert " ".join(" ".join(text[s:e] for s, e in layout.body_spans).split()) == " ".join([BODY, MORE])
    assert layout.creators == ["Lê Thu Hằng"]
