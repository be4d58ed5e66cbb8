"""The credits closing an article and the page's chrome under them (related lists named by their medium, a heading
of teasers, a portal's links and contact footer), a line of two cued credits, the writer's name and post, names of
one word with their particle glued on, an author after his rank, and an author's name between the date and the
headline."""
import pytest

from partykg.ingest.layout import analyze
from partykg.ingest.normalize import normalize

HEAD = "Xã Tân Hòa kết nạp 6 đảng viên mới\n14/03/2025 08:10\n\n"
BODY = ("Đảng ủy xã Tân Hòa vừa kết nạp thêm 6 người vào Đảng, phần lớn là đoàn viên ở các thôn vùng cao, "
        "sau nhiều tháng kèm cặp.")


def lay(text: str):
    text, _ = normalize(text)
    return text, analyze(text)


def body_text(text, layout) -> str:
    return "\n".join(text[s:e] for s, e in layout.body_spans)


@pytest.mark.parametrize("chrome", [
    "Video liên quan:\n▶ Xã Tân Hòa ra quân làm đường giao thông\n▶ Huyện Bảo Lâm tổng kết năm",
    "Xem thêm:\n- Huyện Bảo Lâm trao Huy hiệu Đảng cho 120 đảng viên\n- Xã Tân Hòa đón bằng nông thôn mới",
    "LIÊN KẾT WEBSITE: Tỉnh ủy | UBND tỉnh | Báo tỉnh",
    "---\nHội Nông dân xã Tân Hòa. Địa chỉ: thôn 3, xã Tân Hòa. Điện thoại: 0200 3812 345",
])
def test_the_pages_chrome_under_the_closing_byline_leaves_the_byline_last(chrome):
    text, L = lay(HEAD + BODY + "\n\nĐinh Thu Lan - Vũ Hải\n\n" + chrome + "\n")
    assert L.creators == ["Đinh Thu Lan", "Vũ Hải"]
    assert body_text(text, L) == BODY
    # a teaser written after "Xem thêm:" on its own line is dropped, and the article goes on after it
    text, L = lay(HEAD + BODY + "\n\nXem thêm: Huyện Bảo Lâm trao Huy hiệu Đảng\n\n" + BODY + "\n\n"
                  + "Đinh Thu Lan - Vũ Hải\n\n" + chrome + "\n")
    assert body_text(text, L).split("\n") == [BODY, BODY]


@pytest.mark.parametrize("credits, names", [
    ("Thực hiện: Đinh Thu Lan - Đồ họa: Vũ Hải", ["Đinh Thu Lan", "Vũ Hải"]),
    ("Thực hiện: ĐINH THU LAN | Thiết kế: VŨ HẢI", ["Đinh Thu Lan", "Vũ Hải"]),
])
def test_a_line_of_two_cued_credits_closing_an_infographic(credits, names):
    text, L = lay(HEAD + "Tổng số đảng viên: 1.204\nKết nạp 11 tháng: 56\n\nNguồn: Ban Tổ chức Huyện ủy\n"
                  + credits + "\n")
    assert L.creators == names
    assert credits not in body_text(text, L)


@pytest.mark.parametrize("signature", ["BSCKII Đinh Thu Lan - Phó Giám đốc Trung tâm Y tế huyện",
                                       "Đinh Thu Lan - Chuyên viên Ban Tổ chức Huyện ủy"])
def test_the_writers_name_and_post_closing_the_page_of_his_unit(signature):
    text, L = lay(HEAD + BODY + "\n\n" + signature + "\n")
    assert L.creators == ["Đinh Thu Lan"]
    assert body_text(text, L) == BODY
    # ... but a list of officers and their posts closing a report is the body's
    officers = signature + "\nVũ Văn Hải - Phó Bí thư Đảng ủy xã"
    text, L = lay(HEAD + BODY + "\nBan Thường vụ Đảng ủy xã gồm:\n" + officers + "\n")
    assert L.creators == []
    assert officers in body_text(text, L)


@pytest.mark.parametrize("closing, names", [("Vũ Hải - H'Blim", ["Vũ Hải", "H'Blim"]),
                                            ("K'Đrim - Vũ Hải", ["K'Đrim", "Vũ Hải"])])
def test_a_name_of_one_word_with_its_particle_glued_on_in_the_closing_byline(closing, names):
    text, L = lay(HEAD + BODY + "\n\n" + closing + "\n")
    assert L.creators == names
    assert body_text(text, L) == BODY
    # ... and in a photo credit
    text, L = lay(HEAD + BODY + "\n\nChị Ka Đim dự lễ kết nạp tại nhà văn hóa thôn. Ảnh: H'Blim\n")
    assert L.creators == ["H'Blim"]
    # ... not the name of a people written that way
    text, L = lay(HEAD + BODY + "\n\nVũ Hải - K'Ho\n")
    assert "K'Ho" not in L.creators


@pytest.mark.parametrize("byline", ["Thượng úy Đinh Văn Lực", "Đại tá, TS ĐINH VĂN LỰC"])
def test_the_author_after_his_rank_under_the_date_or_closing_the_article(byline):
    text, L = lay("Đồn Biên phòng Tân Hòa kết nạp 6 đảng viên\n14/03/2025 08:10\n" + byline + "\n" + BODY + "\n")
    assert L.creators == ["Đinh Văn Lực"]
    assert body_text(text, L) == BODY
    text, L = lay(HEAD + BODY + "\n\n" + byline + "\n")
    assert L.creators == ["Đinh Văn Lực"]
    assert body_text(text, L) == BODY


def test_the_authors_name_under_the_date_then_the_headline():
    text, L = lay("BÁO TỈNH NHÀ\nThời sự | Xây dựng Đảng\nThứ bảy, 11/10/2025 - 18:47\nThu Trà\n\n"
                  "Xã Tân Hòa kết nạp 6 đảng viên mới\n\n" + BODY + "\n")
    assert (L.title, L.creators) == ("Xã Tân Hòa kết nạp 6 đảng viên mới", ["Thu Trà"])
    assert body_text(text, L) == BODY


@pytest.mark.parametrize("credit", ["(Video: Phòng Truyền thông thực hiện)", "(Clip: Hà Vy)"])
def test_a_media_credit_in_brackets_closing_the_body_on_its_own_line_is_a_credit(credit):
    # the caption's credit pattern reads the whole line: no caption is left before it, and the line is no body
    text, L = lay(HEAD + BODY + "\n\n" + credit + "\n")
    assert body_text(text, L) == BODY
    assert [text[s:e] for s, e, kind in L.regions if kind == "credit"] == [credit]


@pytest.mark.parametrize("foot", ["Tin, ảnh: Lê Bảo Ngân\n22/10/2025 16:05", "22/10/2025 16:05\nTin, ảnh: Lê Bảo Ngân"])
def test_the_pages_date_beside_the_closing_credit(foot):
    # a page with no date in its header prints it at its foot, under or over the credit
    long_body = "\n\n".join([BODY] * 8)
    text, layout = lay(f"Xã Tân Hòa kết nạp 6 đảng viên mới\n\n{long_body}\n\n{foot}\n\nBình luận (0)\n")
    assert layout.issued == "2025-10-22T16:05:00"
    assert layout.creators == ["Lê Bảo Ngân"]
    assert "16:05" not in body_text(text, layout)
    # near miss: the header's date stands; a date closing the body with no credit beside it is no page's date
    assert lay(f"{HEAD}{BODY}\n\n{foot}\n")[1].issued == "2025-03-14T08:10:00"
    assert lay(f"Xã Tân Hòa kết nạp 6 đảng viên mới\n\n{long_body}\n\n22/10/2025 16:05\n")[1].issued is None


@pytest.mark.parametrize("caption", ["Ảnh: Đồng chí Lê Văn Tâm (thứ hai từ trái) trao quyết định kết nạp đảng viên.",
                                     "Ảnh: Bí thư Chi bộ thôn 3 Hoàng Thị Mai (bìa phải) trò chuyện với bà con.",
                                     "Trong ảnh: Đồng chí Lê Văn Tâm (giữa) trao quyết định kết nạp đảng viên."])
def test_a_photos_caption_under_its_label_below_the_closing_byline(caption):
    # the caption printed under the article with its label "Ảnh:", no credit: the byline above it still closes it
    text, layout = lay(f"{HEAD}{BODY}\n\nBài và ảnh: LÊ BẢO NGÂN - HÀ MY\n\n{caption}\n\nTin liên quan\n")
    assert layout.creators == ["Lê Bảo Ngân", "Hà My"]
    assert caption[6:20] in body_text(text, layout)  # the caption's persons are read
    # near miss: a photo credit under the byline names its photographer
    assert lay(f"{HEAD}{BODY}\n\nLÊ BẢO NGÂN\n\nẢnh: Hà My\n")[1].creators == ["Lê Bảo Ngân", "Hà My"]


def test_an_archive_photos_caption_under_its_label_below_the_closing_byline():
    # "Ảnh tư liệu:" labels a photo from the unit's archive; its credit names no person
    caption = "Ảnh tư liệu: Cán bộ đồn tuần tra biên giới năm 2018. Ảnh: Tư liệu đơn vị"
    text, layout = lay(f"{HEAD}{BODY}\n\nLê Bảo Ngân - Hà My\n\n{caption}\n\nTin liên quan\n")
    assert layout.creators == ["Lê Bảo Ngân", "Hà My"]


@pytest.mark.parametrize("sign", ["📸", "📷"])
def test_a_photo_credit_cued_by_the_camera_sign_on_a_line_of_its_own(sign):
    # a social network's post credits its photos so, in place of the word "Ảnh"
    text, L = lay(HEAD + BODY + "\n\n" + sign + ": Mai Khánh Linh\n")
    assert body_text(text, L) == BODY
    assert L.creators == ["Mai Khánh Linh"]


@pytest.mark.parametrize("credit", ["📸 Ảnh: Tô Hoài Thu", "📷\ufe0f Tô Hoài Thu", "📷\ufe0f: Tô Hoài Thu"])
def test_the_camera_sign_before_the_word_or_in_its_emoji_form_cues_a_photo_credit(credit):
    # the sign may stand before "Ảnh:", and phones type it with the invisible mark of its emoji form (U+FE0F)
    text, L = lay(HEAD + BODY + "\n\n" + credit + "\n")
    assert body_text(text, L) == BODY
    assert L.creators == ["Tô Hoài Thu"]
