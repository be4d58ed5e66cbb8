"""Page layout on small made-up articles: headline, date forms, credits, captions, chrome."""
import pytest

from partykg.ingest.layout import analyze, parse_date, person_names
from partykg.ingest.normalize import normalize

BODY = "Đảng ủy xã An Phú đã kết nạp 5 đảng viên mới trong năm qua."


def lay(text: str, **kw):
    text, _ = normalize(text)
    return text, analyze(text, **kw)


def body_text(text, layout) -> str:
    return "\n".join(text[s:e] for s, e in layout.body_spans)


def kinds(text, layout) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for s, e, k in layout.regions:
        out.setdefault(k, []).append(text[s:e].strip())
    return out


@pytest.mark.parametrize("line, iso", [
    ("Thứ Hai, 27/02/2017", "2017-02-27"),
    ("Cập nhật lúc 09:25 ngày 16/05/2022", "2022-05-16T09:25:00"),
    ("Cập nhật lúc 09:25 ngày 16/05/2022 - Số lượt xem: 22", "2022-05-16T09:25:00"),
    ("Thứ Ba, 06/02/2018, [GMT+7]", "2018-02-06"),
    ("24/11/2021, 06:55", "2021-11-24T06:55:00"),
    ("Chủ nhật, 05/03/2023 14:30", "2023-03-05T14:30:00"),
    ("Ngày đăng: 05/03/2020", "2020-03-05"),
    ("15:20 | 12/10/2019", "2019-10-12T15:20:00"),
    ("2021-11-24 06:55", "2021-11-24T06:55:00"),
    ("Thứ Sáu, ngày 3 tháng 6 năm 2022", "2022-06-03"),
    ("Thứ Năm, 14 tháng 3 năm 2024", "2024-03-14"),
])
def test_date_forms(line, iso):
    assert parse_date(line) == iso


@pytest.mark.parametrize("line", [
    "31/02/2017",  # no such day
    "Hội nghị diễn ra ngày 27/02/2017 tại hội trường.",  # a sentence, not a date line
    "Nhiệm kỳ 2020 - 2025",
])
def test_not_a_date_line(line):
    assert parse_date(line) is None


def test_section_label_is_skipped_and_date_sets_issued():
    text, L = lay(f"Xây dựng Đảng\n\nAn Phú chú trọng phát triển đảng viên\n\nThứ Hai, 27/02/2017\n\n{BODY}\n")
    assert L.title == "An Phú chú trọng phát triển đảng viên"
    assert L.issued == "2017-02-27"
    assert kinds(text, L)["section"] == ["Xây dựng Đảng"]
    assert body_text(text, L) == BODY


def test_any_label_above_the_headline_is_skipped_when_a_date_follows():
    text, L = lay(f"Tin tức - Chuyên mục lạ chưa từng gặp\nHeadline mới\n"
                  f"Cập nhật lúc 10:05 ngày 01/06/2022 - Số lượt xem: 9\n{BODY}")
    assert L.title == "Headline mới"
    assert L.issued == "2022-06-01T10:05:00"


def test_known_section_label_is_skipped_without_a_date():
    text, L = lay(f"Thời sự\nAn Phú chú trọng phát triển đảng viên\n{BODY}")
    assert L.title == "An Phú chú trọng phát triển đảng viên"
    assert L.issued is None


def test_colon_line_is_joined_to_the_headline_and_stray_dots_skipped():
    text, L = lay(f".\nĐảng ủy xã An Phú :\n\nChú trọng phát triển đảng viên\n\n"
                  f"Thứ Ba, 06/02/2018, [GMT+7]\n\n{BODY}\n.\n.")
    assert L.title == "Đảng ủy xã An Phú: Chú trọng phát triển đảng viên"
    assert L.issued == "2018-02-06"
    assert body_text(text, L) == BODY


def test_date_inside_the_body_is_not_the_publication_date():
    text, L = lay(f"An Phú kết nạp đảng viên\n\n{BODY}\n\n"
                  f"Lễ kết nạp ngày 5-02-2018. (Ảnh: Thu Hà)\n\n24/11/2021, 06:55")
    assert L.issued is None


@pytest.mark.parametrize("credit_line, names", [
    ("Bài, ảnh: Phương Lan", ["Phương Lan"]),
    ("Bài và ảnh: Minh Tâm", ["Minh Tâm"]),
    ("Tin, ảnh: Thu Hà - Quốc Việt", ["Thu Hà", "Quốc Việt"]),
    ("CTV - Văn Hùng/BTG Huyện ủy An Phú", ["Văn Hùng"]),
    ("PV: Hồng Nhung", ["Hồng Nhung"]),
    ("Ngọc Anh", ["Ngọc Anh"]),  # a lone name line closing the article
    ("Hải Yến/Báo Mẫu", ["Hải Yến"]),
])
def test_bylines(credit_line, names):
    text, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\n{credit_line}\n")
    assert L.creators == names
    assert kinds(text, L)["byline"] == [credit_line]
    assert body_text(text, L) == BODY


@pytest.mark.parametrize("caption, credit, names", [
    ("Hội nghị sơ kết của Đảng ủy xã.", "(Ảnh: Thùy Linh)", ["Thùy Linh"]),
    ("Hội nghị sơ kết của Đảng ủy xã.", "(Ảnh Văn Toàn)", ["Văn Toàn"]),
    ("Hội nghị sơ kết của Đảng ủy xã.", "Ảnh Toàn Nguyễn", ["Toàn Nguyễn"]),
    ("Hội nghị sơ kết của Đảng ủy xã.", "(Ảnh: TTXVN)", []),  # an agency, not a person
    ("Hội nghị sơ kết của Đảng ủy xã.", "(Ảnh minh họa)", []),
    ("Hội nghị sơ kết của Đảng ủy xã.", "(Ảnh: Tư liệu)", []),
])
def test_photo_credits_mark_captions(caption, credit, names):
    text, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n{caption} {credit}\n{BODY}\n")
    assert L.creators == names
    assert [text[s:e] for s, e in L.caption_spans] == [caption]
    assert kinds(text, L)["credit"] == [credit]
    assert credit not in body_text(text, L)
    assert caption in body_text(text, L)  # captions are mined for facts


def test_line_after_an_image_marker_is_a_caption():
    text, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n1\nCán bộ, đảng viên xã An Phú dự hội nghị\n{BODY}")
    assert [text[s:e] for s, e in L.caption_spans] == ["Cán bộ, đảng viên xã An Phú dự hội nghị"]
    assert "1" in kinds(text, L)["boilerplate"]
    assert "\n1\n" not in body_text(text, L)


@pytest.mark.parametrize("opening, outlet", [
    ("Điện Biên TV - ", "Điện Biên TV"),
    ("BT- ", "BT"),
    ("(TTXVN) - ", "TTXVN"),
    ("QĐND Online - ", "QĐND Online"),
    ("VOV.VN - ", "VOV.VN"),
    ("(Báo Cao Bằng) ", "Báo Cao Bằng"),  # in brackets, no dash
    ("(TTXVN)", "TTXVN"),
])
def test_dateline_outlet(opening, outlet):
    text, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{opening}{BODY}\n")
    assert L.outlet == outlet
    assert body_text(text, L) == BODY


@pytest.mark.parametrize("opening", [
    "Đồng chí Lê Văn An - Bí thư Đảng ủy xã, phát biểu.",
    "Hà Nội - Sáng nay, Ban Tổ chức Thành ủy họp.",
    "Năm 2020 - 2025 là nhiệm kỳ quan trọng.",
    "(Kèm theo danh sách) Đảng ủy xã tổ chức lễ.",
])
def test_no_outlet_in_an_ordinary_opening(opening):
    text, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{opening}\n")
    assert L.outlet is None and body_text(text, L) == opening


TEASER = "Sáng 19/1, Ban Bí thư Trung ương Đảng họp về Nghị quyết 26-NQ/TW, đồng chí Võ Văn Ba chủ trì."


@pytest.mark.parametrize("chrome", [
    "Phản hồi\n\nCác tin khác\n" + TEASER,
    "Ý kiến của bạn\n\nHọ tên:\nEmail:\n" + TEASER,
    "Bài liên quan\n\n(0) Bình luận\nNổi bật\n" + TEASER
    + "\nĐừng bỏ lỡ\nPOWERED BY ONECMS - A PRODUCT OF NEKO\nTiêu đề bài",
    "Chia sẻ bài viết:\u00a0\n\u00a0 In bài viết\n" + TEASER,
    "Tin liên quan\n" + TEASER,
])
def test_page_chrome_after_the_article_never_becomes_body(chrome):
    text, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\nThu Hà\n\n{chrome}")
    assert body_text(text, L) == BODY
    assert L.creators == ["Thu Hà"]
    assert any(TEASER in text[s:e] for s, e, k in L.regions if k == "trailer")


def test_tag_list_glued_to_the_byline_is_cut_off():
    text, L = lay(f"Tiêu đề bài\nThứ Hai, 27/02/2017\n{BODY}\nKim AnhTAG:\n\nÝ kiến của bạn\nHọ tên:")
    assert L.creators == ["Kim Anh"]
    assert body_text(text, L) == BODY
    assert kinds(text, L)["trailer"][0] == "TAG:"


def test_view_counter_and_lone_markers_are_boilerplate():
    text, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\nSố lượt xem: 1234\n.\n{BODY}")
    assert body_text(text, L) == f"{BODY}\n{BODY}"
    assert L.body_spans == [(s, e) for s, e, k in L.regions if k == "body"]
    assert "Số lượt xem: 1234" in kinds(text, L)["boilerplate"]


def test_every_region_is_accounted_for():
    text, L = lay(f"Xây dựng Đảng\nTiêu đề bài\nThứ Hai, 27/02/2017\n{BODY}\nThu Hà\nPhản hồi")
    covered = sorted((s, e) for s, e, _ in L.regions)
    for line in text.split("\n"):
        start = text.index(line)
        assert any(s <= start < e for s, e in covered), line


def test_person_names_reject_non_names():
    assert person_names("Thu Hà, Quốc Việt") == ["Thu Hà", "Quốc Việt"]
    assert person_names("TTXVN") == []
    assert person_names("Tư liệu") == []
    assert person_names("Ban Tuyên giáo Tỉnh ủy") == []


@pytest.mark.parametrize("credit_line, names", [
    ("THU HÀ", ["Thu Hà"]),  # all-caps byline
    ("Thu Hà - Minh Anh", ["Thu Hà", "Minh Anh"]),
    ("Kiều Trang (Báo Quảng Ninh)", ["Kiều Trang"]),
    ("Theo Báo Nhân Dân", []),
    ("Nguồn: TTXVN", []),
    ("PV", []),
])
def test_more_byline_forms(credit_line, names):
    text, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\n{credit_line}\n")
    assert L.creators == names
    assert kinds(text, L)["byline"] == [credit_line]
    assert body_text(text, L) == BODY


def test_a_body_sentence_at_the_end_is_not_a_byline():
    last = "Theo đồng chí Lê Văn An, Bí thư Đảng ủy xã, năm nay xã phấn đấu kết nạp 10 đảng viên."
    text, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n{last}\n")
    assert L.creators == [] and body_text(text, L) == f"{BODY}\n{last}"


def test_photo_credit_on_its_own_line_makes_the_line_above_a_caption():
    text, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\nĐồng chí Lê Văn An phát biểu\nẢnh: Thu Hà\n{BODY}")
    assert L.creators == ["Thu Hà"]
    assert [text[s:e] for s, e in L.caption_spans] == ["Đồng chí Lê Văn An phát biểu"]
    assert "Ảnh: Thu Hà" not in body_text(text, L)


def test_ordinary_sentence_starting_with_anh_huong_is_body():
    line = "Ảnh hưởng của bão số 3 rất lớn"
    text, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n{line}\n{BODY}")
    assert line in body_text(text, L) and L.creators == []


def test_author_between_headline_and_date():
    text, L = lay(f"Tiêu đề bài viết\nThu Hà\nThứ Hai, 27/02/2017\n{BODY}")
    assert L.title == "Tiêu đề bài viết" and L.creators == ["Thu Hà"] and L.issued == "2017-02-27"


def test_date_before_the_headline_and_breadcrumbs():
    text, L = lay(f"Trang chủ > Xây dựng Đảng\nThứ Hai, 27/02/2017 | 08:00\nTiêu đề bài viết\n{BODY}")
    assert L.title == "Tiêu đề bài viết" and L.issued == "2017-02-27T08:00:00"
    assert body_text(text, L) == BODY
    text, L = lay(f"Trang chủ / Tin tức / Xây dựng Đảng\nTiêu đề bài viết\n{BODY}")
    assert L.title == "Tiêu đề bài viết"


@pytest.mark.parametrize("line, iso", [
    ("Thứ Sáu, 11/3/2022, 10:11 (GMT+7)", "2022-03-11T10:11:00"),
    ("Thứ Hai, 27/02/2017 08:00 (GMT+07:00)", "2017-02-27T08:00:00"),
    ("27/02/2017 - 08:00 PM", "2017-02-27T20:00:00"),
    ("27/02/2017 02:10 CH", "2017-02-27T14:10:00"),
    ("Đăng lúc: 08:00 - 27/02/2017", "2017-02-27T08:00:00"),
])
def test_more_date_forms(line, iso):
    assert parse_date(line) == iso


@pytest.mark.parametrize("credit_line, names", [
    ("Bài: Phương Lan - Ảnh: Thu Hà", ["Phương Lan", "Thu Hà"]),
    ("Phan Tuấn - Quang Hưng/ĐBTV", ["Phan Tuấn", "Quang Hưng"]),
    ("N.Lân", ["N.Lân"]),
    ("Đ. Nhượng", ["Đ. Nhượng"]),
])
def test_split_credits_sources_and_initials(credit_line, names):
    text, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\n{credit_line}\n")
    assert L.creators == names
    assert body_text(text, L) == BODY


def test_a_slash_in_the_last_body_sentence_is_not_a_byline():
    last = "Tỷ lệ chi bộ đạt trong sạch vững mạnh là 95/100 chi bộ"
    text, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n{last}\n")
    assert L.creators == [] and body_text(text, L) == f"{BODY}\n{last}"


@pytest.mark.parametrize("raw", [
    "", "\n\n", ".", "1", "Chỉ có tiêu đề", "Phản hồi", "Phản hồi\nCác tin khác",
    "Tiêu đề\n24/11/2021, 06:55", "24/11/2021, 06:55", "x" * 20000, "Tiêu đề\n" + "Câu văn. " * 3000,
    "TAG:", "Tiêu đề\nTAG:\nThu Hà", "(Ảnh: Thu Hà)", "Tiêu đề :\n", "\u200b\u00a0\n\ufeff",
])
def test_odd_inputs_never_break_the_layout(raw):
    text, L = lay(raw)
    for s, e in L.body_spans + L.caption_spans:
        assert 0 <= s < e <= len(text)
    assert all(0 <= s <= e <= len(text) for s, e, _ in L.regions)


def test_caption_in_a_table_cell():
    text, L = lay(f"{BODY}\n| Đồng chí Lê Văn An phát biểu. Ảnh: Quốc Việt |\n{BODY}", known_title="T")
    assert [text[s:e] for s, e in L.caption_spans] == ["Đồng chí Lê Văn An phát biểu."]
    assert L.creators == ["Quốc Việt"] and "|" not in body_text(text, L)


# --- texts as scrapers leave them: no headline, a crawler's stamp, chrome at the top

LEAD = "Ngày 12-3, Huyện ủy Sông Lam tổ chức lễ kết nạp đảng viên cho 8 quần chúng ưu tú."


def test_crawl_stamp_glued_to_the_headline_gives_the_date_and_the_headline():
    text, L = lay(f" date 2024-03-12 Huyện Sông Lam kết nạp 6 đảng viên\n\n{LEAD}\n{BODY}")
    assert L.title == "Huyện Sông Lam kết nạp 6 đảng viên"
    assert L.issued == "2024-03-12"
    assert kinds(text, L)["metadata"] == ["date 2024-03-12"]
    assert body_text(text, L) == f"{LEAD}\n{BODY}"


def test_crawl_stamp_glued_to_the_first_paragraph_leaves_no_headline():
    text, L = lay(f" date 2024-03-13 {LEAD}\n\n{BODY}")
    assert L.title is None and L.issued == "2024-03-13"
    assert body_text(text, L) == f"{LEAD}\n\n{BODY}"


def test_a_banner_in_capitals_under_the_stamp_is_not_the_headline_and_the_author_line_is_a_byline():
    text, L = lay(f" date 2024-03-12 NỘI THẤT GIÁ TỐT MÙA XUÂN\nSông Lam: Kết nạp 6 đảng viên\n\n"
                  f"Lê Hồng Vân |\n\n{LEAD}")
    assert L.title == "Sông Lam: Kết nạp 6 đảng viên"
    assert L.creators == ["Lê Hồng Vân"] and body_text(text, L) == LEAD


def test_a_stamp_the_lead_contradicts_is_the_crawlers_date_not_the_articles():
    _, L = lay(f" date 2024-05-30 Huyện Sông Lam kết nạp 6 đảng viên\n{LEAD}")
    assert L.issued is None  # the event of 12 March was not reported on 30 May
    _, L = lay(f" date 2024-03-10 Huyện Sông Lam kết nạp 6 đảng viên\n{LEAD}")
    assert L.issued is None  # nor two days before it happened


@pytest.mark.parametrize("opening", [
    "Căn cứ Quy định của Ban Chấp hành Trung ương, Đảng ủy xã Bình Minh kết nạp 3 đảng viên",
    LEAD,
    "Chiều ngày 8/1, Đảng ủy phường Hòa Lạc họp",
    "Sáng nay, Chi bộ thôn Đông kết nạp đảng viên mới",
])
def test_a_text_opening_with_its_first_paragraph_has_a_body_and_no_headline(opening):
    text, L = lay(f"{opening}\n{BODY}")
    assert L.title is None
    assert body_text(text, L).startswith(opening)


def test_a_paragraph_at_the_top_stops_the_search_for_a_headline():
    text, L = lay(f"{'Đảng bộ huyện tiếp tục đổi mới công tác phát triển đảng viên, ' * 6}\n"
                  f"Kết nạp 6 đảng viên mới\n{BODY}")
    assert L.title is None and "Kết nạp 6 đảng viên mới" in body_text(text, L)


def test_a_text_of_one_line_has_that_line_for_body():
    text, L = lay("Huyện ủy Sông Lam kết nạp 6 đảng viên mới trong quý I")
    assert body_text(text, L) == "Huyện ủy Sông Lam kết nạp 6 đảng viên mới trong quý I"


def test_page_chrome_above_a_headline_less_text():
    text, L = lay(f"In bài này\nChuyên mục: Tin nổi bật\n.jpg)\n{LEAD}\n.png)\n{BODY}")
    assert L.title is None
    assert body_text(text, L) == f"{LEAD}\n{BODY}"
    assert ".jpg)" not in body_text(text, L) and ".png)" not in body_text(text, L)


@pytest.mark.parametrize("headline", [
    "TP. Hồ Chí Minh kết nạp hơn 2.000 đảng viên mới trong 6 tháng đầu năm 2024",
    "Đảng bộ xã An Phú: Kết nạp 5 đảng viên, đạt 100% chỉ tiêu",
])
def test_headlines_that_are_not_paragraphs(headline):
    _, L = lay(f"{headline}\n{BODY}")
    assert L.title == headline


@pytest.mark.parametrize("line, iso, names", [
    ("Xây dựng Đảng - Ngày đăng : 14:35, 17/11/2022", "2022-11-17T14:35:00", []),
    ("H.T 06:24, 01/02/2023", "2023-02-01T06:24:00", ["H.T"]),
    ("Minh Anh | 27/02/2017", "2017-02-27", ["Minh Anh"]),
])
def test_a_date_line_after_a_section_label_or_the_authors(line, iso, names):
    text, L = lay(f"Tiêu đề bài viết\n{line}\n{BODY}")
    assert (L.title, L.issued, L.creators) == ("Tiêu đề bài viết", iso, names)
    assert body_text(text, L) == BODY


def test_initials_closing_the_article_are_its_author():
    _, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\nHT\n")
    assert L.creators == ["HT"]
    for anonymous in ("PV", "VOV", "TTXVN"):
        _, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\n{anonymous}\n")
        assert L.creators == []


def test_initials_in_capitals_under_the_headline():
    _, L = lay(f"Tiêu đề bài\n\nT.HÀ - V.MINH |\n\n{BODY}")
    assert L.creators == ["T.Hà", "V.Minh"]


def test_author_line_before_portal_rating_widgets():
    text, L = lay(f"Tiêu đề bài\n{BODY}\n\nTác giả: Lê Thu Trang\n\nTổng số điểm của bài viết là: 0 trong 0 đánh giá\n"
                  "Click để đánh giá bài viết\nNhững tin mới hơn\nGửi phản hồi")
    assert L.creators == ["Lê Thu Trang"] and body_text(text, L) == BODY


def test_photo_credit_in_lower_case_in_brackets():
    text, L = lay(f"Tiêu đề bài\n{BODY}\nLễ kết nạp đảng viên tại chi bộ (ảnh Trần Hưng)\n{BODY}")
    assert L.creators == ["Trần Hưng"]
    assert [text[s:e] for s, e in L.caption_spans] == ["Lễ kết nạp đảng viên tại chi bộ"]


def test_a_source_line_with_an_address_is_no_body_and_names_no_author():
    text, L = lay(f"Tiêu đề bài\n{BODY}\n\nNguồn Tiền Tuyến: https://example.vn/bai-viet-123.html\n")
    assert L.creators == [] and body_text(text, L) == BODY


def test_a_headline_in_capitals_above_its_authors_stays_the_headline():
    _, L = lay(f"ĐẢNG BỘ XÃ AN PHÚ KẾT NẠP 20 ĐẢNG VIÊN\nThu Hà\n{BODY}")
    assert L.title == "ĐẢNG BỘ XÃ AN PHÚ KẾT NẠP 20 ĐẢNG VIÊN" and L.creators == ["Thu Hà"]


@pytest.mark.parametrize("chrome", [
    "Theo dõi Báo Sông Lam trên Google News", "Facebook Twitter Zalo", "Zalo", "Lưu bài viết", "A- A+",
    "![Ảnh minh họa](https://example.vn/anh/ket-nap.jpg)", "https://example.vn/tin-tuc/bai-viet-1.html",
])
def test_widgets_under_the_headline_are_chrome(chrome):
    text, L = lay(f"Tiêu đề bài viết\n{chrome}\n{BODY}")
    assert L.title == "Tiêu đề bài viết" and body_text(text, L) == BODY


def test_authors_at_the_top_of_a_headline_less_text():
    text, L = lay(f"T.HÀ - V.MINH\n{LEAD}\n{BODY}")
    assert L.title is None and L.creators == ["T.Hà", "V.Minh"]
    assert body_text(text, L) == f"{LEAD}\n{BODY}"


def test_a_caption_at_the_top_is_no_headline():
    text, L = lay(f"Lễ kết nạp đảng viên tại Chi bộ thôn Đông (Ảnh: Thu Hà)\n{BODY}")
    assert L.title is None and L.creators == ["Thu Hà"]
    assert [text[s:e] for s, e in L.caption_spans] == ["Lễ kết nạp đảng viên tại Chi bộ thôn Đông"]


def test_an_author_that_is_a_body_credited_above_the_source():
    text, L = lay(f"Tiêu đề bài\n{BODY}\n\nBan Tuyên giáo Huyện đoàn\n\nNguồn Tiền Tuyến: https://example.vn/bai-1.html\n")
    assert L.creators == ["Ban Tuyên giáo Huyện đoàn"] and body_text(text, L) == BODY
    # without a source line below it, a short last line stays body
    text, L = lay(f"Tiêu đề bài\n{BODY}\n\nBan Tuyên giáo Huyện đoàn\n")
    assert L.creators == [] and "Ban Tuyên giáo Huyện đoàn" in body_text(text, L)


def test_a_subheading_above_the_source_is_no_author():
    text, L = lay(f"Tiêu đề bài\n{BODY}\n\nKết quả nổi bật của năm\n\nTheo TTXVN\n")
    assert L.creators == [] and "Kết quả nổi bật của năm" in body_text(text, L)


HEADLINE = "Huyện Mường Tè kết nạp 58 đảng viên trong năm 2024"


@pytest.mark.parametrize("masthead", [
    "BÁO ĐIỆN TỬ TỈNH LAI CHÂU",          # a banner in capitals
    "Tạp chí Tuyên giáo điện tử",          # an outlet's name in mixed case
    "Trang chủ | Tin tức | Xây dựng Đảng | Văn bản | Liên hệ",   # a site's menu (more than 12 words)
    "Trang chủ » Tin tức » Xây dựng Đảng » Cơ sở đảng",        # a breadcrumb ("»" normalized to '"')
])
def test_the_headline_under_the_date_wins_over_the_outlets_name_or_menu_above_it(masthead):
    text, layout = lay(f"{masthead}\nThứ Năm, 09/01/2025 - 10:12\n\n{HEADLINE}\n\n{BODY}")
    assert layout.title == HEADLINE
    assert layout.issued == "2025-01-09T10:12:00"


def test_a_short_headline_above_the_date_is_still_the_headline():
    # nothing headline-like between the date and the body: the line above the date is the headline
    text, layout = lay(f"Tỉnh ủy Lai Châu họp\n09/01/2025\n\n{BODY}")
    assert layout.title == "Tỉnh ủy Lai Châu họp"
    text, layout = lay(f"Tỉnh ủy Lai Châu họp\n09/01/2025\nLò Văn Pháo\n\n{BODY}")
    assert layout.title == "Tỉnh ủy Lai Châu họp" and layout.creators == ["Lò Văn Pháo"]


def test_a_scrapers_address_and_fetch_lines_and_a_toolbar_after_the_date_are_chrome():
    text, layout = lay("URL: https://example.vn/tin-tuc/ket-nap-1234\nCrawled: 2025-02-03T01:02:03Z\n"
                       "Ngày đăng: 02/02/2025 | 08:30 | Lượt xem: 2.315 | Cỡ chữ: A- A+ | In trang\n\n"
                       f"{HEADLINE}\n\n{BODY}")
    assert layout.title == HEADLINE
    assert layout.issued == "2025-02-02T08:30:00"
    assert "example.vn" not in body_text(text, layout)


def test_the_poster_after_the_date_is_a_creator():
    text, layout = lay(f"{HEADLINE}\nĐăng ngày: 16/01/2025 | Người đăng: Giàng Thị Mai\n\n{BODY}")
    assert layout.issued == "2025-01-16" and layout.creators == ["Giàng Thị Mai"]
    assert layout.title == HEADLINE


def test_a_date_in_brackets_on_its_line_is_the_issue_date_under_which_the_title_stands():
    text = ("TRANG THÔNG TIN ĐIỆN TỬ\nTrang chủ | Tin tức | Liên hệ\n[05-03-2024]\nHội nghị Ban Chấp hành Đảng bộ "
            "huyện Kim Bôi lần thứ tư\nNgày 4/3/2024, Ban Chấp hành Đảng bộ huyện Kim Bôi tổ chức hội nghị "
            "lần thứ tư.\n")
    layout = analyze(text)
    assert layout.issued == "2024-03-05"
    assert layout.title == "Hội nghị Ban Chấp hành Đảng bộ huyện Kim Bôi lần thứ tư"


@pytest.mark.parametrize("credit, names", [("Bài và ảnh: LÊ THU HÀ", ["Lê Thu Hà"]),
                                           ("Trần Minh (CTV)", ["Trần Minh"])])
def test_a_credit_between_the_date_and_the_headline(credit, names):
    text, layout = lay(f"BÁO TỈNH\nThứ Năm, 14/03/2024 08:10\n\n{credit}\n\n"
                       f"Xã An Phú kết nạp 5 đảng viên\n\n{BODY}\n")
    assert layout.title == "Xã An Phú kết nạp 5 đảng viên"
    assert layout.creators == names
    assert credit not in body_text(text, layout)


def test_a_name_with_an_apostrophe_closes_the_article():
    text, layout = lay(f"Xã An Phú kết nạp 5 đảng viên\n\n{BODY}\n\nKa H'Liên - Thu Hà\n")
    assert layout.creators == ["Ka H'Liên", "Thu Hà"]


def test_a_date_line_after_the_portals_short_name():
    text, L = lay(f"Tiêu đề bài viết\nQN-ĐN - Cập nhật 10:20 ngày 05/03/2024\n{BODY}")
    assert (L.title, L.issued, L.creators) == ("Tiêu đề bài viết", "2024-03-05T10:20:00", [])


@pytest.mark.parametrize("credit_line, names", [
    ("HOÀNG LAN - Ảnh: TRẦN ĐỨC", ["Hoàng Lan", "Trần Đức"]),
    ("Hoàng Lan – Ảnh: Trần Đức", ["Hoàng Lan", "Trần Đức"]),
])
def test_an_author_then_the_photo_credit_on_the_closing_line(credit_line, names):
    text, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\n{credit_line}\n")
    assert L.creators == names
    assert body_text(text, L) == BODY
    # a caption ending in a photo credit stays a caption (its words are no names)
    text, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\nHội nghị sơ kết công tác - Ảnh: Trần Đức\n")
    assert L.creators == ["Trần Đức"] and "byline" not in kinds(text, L)


def test_an_obituary_heading_over_the_date_is_no_author():
    text, L = lay(f"BÁO TỈNH NHÀ\nThông báo\nTIN BUỒN\nCập nhật lúc: 07:45, 18/11/2025\n{BODY}")
    assert L.creators == []


def test_the_author_after_the_date_on_its_line():
    text, L = lay(f"Tiêu đề bài viết\n14/03/2025 | Hồng Nhung\n{BODY}")
    assert (L.title, L.issued, L.creators) == ("Tiêu đề bài viết", "2025-03-14", ["Hồng Nhung"])
    assert body_text(text, L) == BODY


def test_buttons_in_brackets_under_the_byline_are_chrome():
    text, L = lay(f"Tiêu đề bài\n14/03/2025\n{BODY}\n\nKiều Trang (Ban Tuyên giáo Huyện ủy)\n\n[In trang] [Quay lại]\n")
    assert L.creators == ["Kiều Trang"] and body_text(text, L) == BODY


def test_a_photo_caption_after_the_byline_closes_the_page():
    text, L = lay(f"Tiêu đề bài\n14/03/2025\n{BODY}\n\nHải Yến - Quốc Toàn\n"
                  "Ảnh: Đảng viên trẻ sinh hoạt tại nhà văn hóa thôn. Ảnh: QUỐC TOÀN\n")
    assert sorted(L.creators) == ["Hải Yến", "Quốc Toàn"]
    assert body_text(text, L) == BODY


def test_an_author_with_a_degree_and_the_school_under_the_name():
    text, L = lay(f"Tiêu đề bài\n14/03/2025 10:30\n\nTS. TRẦN MINH KHÔI\nTrường Chính trị tỉnh Hà Nam\n\n{BODY}")
    assert L.creators == ["Trần Minh Khôi"]
    assert body_text(text, L) == BODY


def test_a_list_of_links_under_see_more_alone_is_page_chrome():
    # "Xem thêm:" on a line of its own heads links to other stories: they never become body
    text, L = lay(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\nThu Hà\n\nXem thêm:\n- {TEASER}\n")
    assert body_text(text, L) == BODY


def test_a_news_in_brief_label_before_the_date_opens_the_page():
    # "Tin vắn" (news in brief): a section of the portals' short items, printed beside the date
    text, L = lay(f"Tin vắn | 03/09/2024\n\nChi bộ thôn Nà Pồng kết nạp đảng viên\n\n{BODY}\n\nMai Lan\n")
    assert (L.title, L.issued, L.creators) == ("Chi bộ thôn Nà Pồng kết nạp đảng viên", "2024-09-03", ["Mai Lan"])


def test_a_brief_s_name_that_is_no_label_keeps_its_date_apart():
    text, L = lay(f"Tin vắn thôn Nà Pồng\n03/09/2024\n{BODY}")
    assert (L.title, L.issued) == ("Tin vắn thôn Nà Pồng", "2024-09-03")


def test_a_caption_under_its_label_then_its_credit_credits_the_photographer():
    # "Ảnh: <caption>. Ảnh: <name>": the label opens the caption, the second "Ảnh:" its credit
    text, L = lay(f"Tiêu đề bài\n24/11/2021\n{BODY}\n\nẢnh: Đồng chí Vi Văn Thạo phát biểu tại buổi lễ. Ảnh: Mai Lan\n")
    assert L.creators == ["Mai Lan"]


def test_a_caption_under_its_label_without_a_credit_credits_no_one():
    text, L = lay(f"Tiêu đề bài\n24/11/2021\n{BODY}\n\nẢnh: Đồng chí Vi Văn Thạo phát biểu tại buổi lễ. Ảnh chụp "
                  "năm 2020\n")
    assert L.creators == []
