"""Credit forms of the provincial press: an agency before the photographer, an author's office after
the name (sentences written for the test)."""
import pytest

from partykg.ingest.layout import analyze
from partykg.ingest.normalize import normalize

BODY = "Đảng bộ xã An Phú kết nạp 12 đảng viên trong năm 2021."


def creators(text: str) -> list[str]:
    return analyze(normalize(text)[0]).creators


def test_a_photo_credit_after_its_agency():
    assert creators(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\nHội nghị sơ kết. Ảnh: TTXVN/Quốc Việt\n{BODY}\n") \
        == ["Quốc Việt"]


@pytest.mark.parametrize("line, names", [
    ("Hoài Nam - Phòng Công tác chính trị", ["Hoài Nam"]),
    ("Thu Hà - Ban Tuyên giáo Huyện ủy", ["Thu Hà"]),
    ("Văn Nam – Báo Hà Tĩnh", ["Văn Nam"]),
    ("Thư ký Trần Diệu Thúy - Tòa án nhân dân huyện Kim Bôi", ["Trần Diệu Thúy"]),  # a court's site
    ("BTV: Minh Anh | Quay phim: Văn Nam - Bảo Ngân", ["Minh Anh", "Văn Nam", "Bảo Ngân"]),  # a television report
    ("Minh Khôi - Văn phòng", ["Minh Khôi"]),  # an agency's portal: its office, by its kind alone
])
def test_a_name_with_the_office_it_writes_for(line, names):
    assert creators(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\n{line}\n") == names


def test_a_body_sentence_with_a_dash_is_no_byline():
    # near miss: a closing sentence "X - Ban ..." that is not names stays body
    last = "Hội nghị của Đảng ủy xã - Ban Chỉ đạo đã thống nhất nhiều nội dung quan trọng."
    assert creators(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n{last}\n") == []


@pytest.mark.parametrize("widgets", [
    "Chia sẻ: Facebook | Zalo | In bài",
    "Chia sẻ:   Facebook   Zalo   Email",
    "Thích | Chia sẻ | Bình luận (2)",
    "Lượt xem: 1.024    In bài viết    Quay lại",
])
def test_a_byline_above_a_row_of_share_widgets(widgets):
    text = f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\nVăn Nam - Ban Tuyên giáo Huyện ủy\n\n{widgets}\nTin khác\n"
    assert creators(text) == ["Văn Nam"]


def test_a_writer_credit_above_a_view_counter_and_related_stories():
    text = (f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\nNgười viết: Lê Thu Hà\nSố lượt xem: 87\n"
            "Bài viết cùng chuyên mục:\n› Chi bộ sinh hoạt chuyên đề\n")
    assert creators(text) == ["Lê Thu Hà"]


def test_a_table_row_apart_by_spaces_does_not_end_the_article():
    text = f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n1    Đảng bộ xã An Phú    12\n{BODY}\n\nVăn Nam\n"
    lay = analyze(normalize(text)[0])
    assert lay.creators == ["Văn Nam"] and all(k != "trailer" for *_, k in lay.regions)


def test_a_byline_above_a_row_of_dropped_widgets_and_the_list_of_posted_stories():
    text = (f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\nBảo Ngân (Phòng Tổ chức đảng)\n\n"
            "Lượt xem: 1.207 | In trang | Gửi bạn bè\nTin đã đăng\n- Một tin khác (03/02/2021)\n")
    assert creators(text) == ["Bảo Ngân"]


def test_a_byline_above_a_counter_of_visits():
    assert creators(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\nBảo Ngân - Văn phòng Đảng ủy xã\n"
                    "Lượt truy cập: 318\nTin khác\n- Một tin khác\n") == ["Bảo Ngân"]


def test_the_author_with_the_office_in_brackets_under_the_headline():
    # (the date above the headline, under the masthead)
    text = (f"BÁO AN PHÚ\n24/11/2021, 06:55\nAn Phú: Mở lớp bồi dưỡng cho 40 quần chúng ưu tú\n\n"
            f"Minh Tuệ (Trung tâm Văn hóa huyện Phong Thổ)\n\n{BODY}\n")
    assert creators(text) == ["Minh Tuệ"]


def test_a_photo_credit_closing_a_caption_in_square_brackets():
    text = f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n[Ảnh: Các đảng viên mới tuyên thệ. Ảnh: Minh Tuệ]\n{BODY}\n"
    assert creators(text) == ["Minh Tuệ"]


def test_the_colophon_of_a_bulletin_ends_it_and_the_credit_above_it_is_read():
    # the person answerable under the Press Law, printed at the foot of a paper or a bulletin: page chrome
    text = (f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\nTin: MINH TUỆ - Văn phòng Đảng ủy\n\n---\n"
            "Bản tin Đảng bộ xã An Phú. Chịu trách nhiệm xuất bản: Ban Biên tập. Điện thoại: 0258.3xxx\n")
    assert creators(text) == ["Minh Tuệ"]


@pytest.mark.parametrize("caption, names", [
    ("Đồng chí Lê Văn Tâm trao quyết định kết nạp đảng viên. Ảnh: H.M", ["H.M"]),
    ("Quang cảnh hội nghị. Ảnh: N.Lân", ["N.Lân"]),
    # a caption set in brackets under its label, closing with its own credit
    ("(Ảnh: Lễ kết nạp đảng viên tại Chi bộ Sinh viên 2, phường Tân Lợi. Ảnh: Y Brăm)", ["Y Brăm"]),
])
def test_a_photo_credit_in_initials_or_closing_a_caption_in_brackets(caption, names):
    text, _ = normalize(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n{caption}\n{BODY}\n")
    layout = analyze(text)
    assert layout.creators == names
    assert any("Lễ kết nạp" in text[s:e] or "Quang cảnh" in text[s:e] or "trao quyết" in text[s:e]
               for s, e in layout.caption_spans)


def test_the_writers_initials_under_her_photo_are_not_a_second_creator():
    # the writer signs her photos with her initials: one creator ("P.T" is "Phan Thảo" shortened)
    text = f"Tiêu đề bài\n24/11/2021, 06:55\nBài: Phan Thảo\n\n{BODY}\nQuang cảnh hội nghị. Ảnh: P.T\n{BODY}\n"
    assert creators(text) == ["Phan Thảo"]
    # near miss: initials that shorten no writer's name are a photographer of their own
    text = f"Tiêu đề bài\n24/11/2021, 06:55\nBài: Phan Thảo\n\n{BODY}\nQuang cảnh hội nghị. Ảnh: V.A\n{BODY}\n"
    assert sorted(creators(text)) == ["Phan Thảo", "V.A"]


def test_the_writers_given_names_under_her_photo_are_not_a_second_creator():
    # the writer signs her photos with the given names she is known by ("Mai Hoa" for "Đinh Thị Mai Hoa")
    text = (f"Tiêu đề bài\n24/11/2021, 06:55\nBài và ảnh: Đinh Thị Mai Hoa\n\n{BODY}\n"
            f"Ảnh: Các đảng viên mới tuyên thệ dưới cờ Đảng tại hội trường xã. Ảnh: Mai Hoa\n{BODY}\n")
    assert creators(text) == ["Đinh Thị Mai Hoa"]
    # near miss: another name ending the same way is another photographer
    text = (f"Tiêu đề bài\n24/11/2021, 06:55\nBài và ảnh: Đinh Thị Mai Hoa\n\n{BODY}\n"
            f"Ảnh: Các đảng viên mới tuyên thệ dưới cờ Đảng tại hội trường xã. Ảnh: Ngọc Hoa\n{BODY}\n")
    assert sorted(creators(text)) == ["Ngọc Hoa", "Đinh Thị Mai Hoa"]


def test_a_caption_under_its_label_closed_by_its_credit_in_brackets():
    # the caption's label opens the line and the photo's credit in brackets closes it: a caption, not a byline
    text = (f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\n"
            "Ảnh: Lễ kết nạp đảng viên tại chi bộ thôn Khe Mơ (Ảnh: Vừ Seo Dơ)\n")
    assert creators(text) == ["Vừ Seo Dơ"]


def test_a_byline_above_a_row_of_counters_and_buttons_in_brackets():
    text = (f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n{BODY}\n{BODY}\n\nTác giả: Bảo Ngân - Trung tâm Văn hóa xã\n"
            "Lượt xem: 512   |   [In bài]  [Gửi bạn bè]  [Chia sẻ Facebook]\n\nCác tin khác\n- Một tin khác\n")
    assert creators(text) == ["Bảo Ngân"]


def test_a_byline_above_the_list_of_posts_on_the_same_topic():
    text = (f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n{BODY}\n{BODY}\n\nBảo Ngân (Văn phòng Đảng ủy)\n\n"
            "Bài viết cùng chủ đề:\n+ Ra quân sửa đường ống ở phường Tân Lợi\n+ Công đoàn tổ chức ngày hội\n"
            "+ Thông báo tạm ngưng cấp nước\n")
    assert creators(text) == ["Bảo Ngân"]


def test_a_byline_above_the_numbered_captions_of_the_page_s_photos():
    text = (f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n{BODY}\n{BODY}\n\nBài và ảnh: BẢO NGÂN\n\n"
            "Ảnh 1: Lễ kết nạp đảng viên tại Chi bộ Khu phố Tân Lợi.\nẢnh 2: Nhà thờ Tân Lợi.\n\n"
            "Bài viết cùng chuyên mục:\n- Một tin khác\n")
    layout = analyze(normalize(text)[0])
    assert layout.creators == ["Bảo Ngân"]  # "Nhà thờ Tân Lợi", a caption under its number, is no credit
    assert len(layout.caption_spans) == 2


def test_a_photo_credit_before_its_agency_in_brackets():
    assert creators(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\nĐảng viên mới tuyên thệ tại lễ kết nạp. "
                    f"Ảnh: Hải Yến (TTXVN)\n{BODY}\n\nLan Chi (TTXVN)\n") == ["Hải Yến", "Lan Chi"]


def test_a_box_heading_in_capitals_under_the_lead_is_no_author():
    assert creators(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\nKẾT QUẢ NỔI BẬT\n\n▪ Kết nạp 40 đảng viên.\n"
                    f"\n{BODY}\n\nBài viết: Lan Chi\n") == ["Lan Chi"]
