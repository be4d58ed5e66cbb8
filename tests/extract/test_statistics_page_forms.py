"""A table left in its HTML tags, its columns dated in brackets, its rows named after the province's committee; units
listed one a line under their cue; admissions broken down one month a line; a target
for "cả nhiệm kỳ"
(sentences written for the tests)."""
from _fixture import stats

TABLE = """Năm 2024, Đảng bộ Khối các cơ quan tỉnh Ninh Bình kết nạp 61 đảng viên.

Kết quả ở một số đơn vị:

<table class="bang"><tbody>
<tr><td><b>Đơn vị</b></td><td><b>Kết nạp (1/1 - 30/10/2024)</b></td><td><b>Đảng viên (đến 30/10/2024)</b></td></tr>
<tr><td>Đảng bộ Văn phòng Tỉnh ủy</td><td>12</td><td>205</td></tr>
<tr><td>Chi bộ Ban Nội chính Tỉnh ủy</td><td>2</td><td>31</td></tr>
</tbody></table>
"""


def test_rows_of_an_html_table_dated_by_their_column_headings(nlp):
    found = stats(nlp, TABLE)
    assert {("Đảng bộ Văn phòng Tỉnh ủy Ninh Bình", "NewMembers", 12, "2024-01-01", "2024-10-30"),
            ("Đảng bộ Văn phòng Tỉnh ủy Ninh Bình", "TotalMembers", 205, "2024-10-30", "2024-10-30"),
            ("Chi bộ Ban Nội chính Tỉnh ủy Ninh Bình", "NewMembers", 2, "2024-01-01", "2024-10-30"),
            ("Chi bộ Ban Nội chính Tỉnh ủy Ninh Bình", "TotalMembers", 31, "2024-10-30", "2024-10-30")} <= found



def test_units_listed_one_a_line_under_their_cue(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ tỉnh Ninh Bình kết nạp 1.210 đảng viên.\n"
                       "Các đảng bộ có số kết nạp cao nhất năm 2024:\n"
                       "1. Đảng bộ huyện Kim Sơn: 131 đảng viên;\n"
                       "2. Đảng bộ huyện Yên Mô: 95 đảng viên.\n")
    assert {("Đảng bộ huyện Kim Sơn", "NewMembers", 131, "2024", "2024"),
            ("Đảng bộ huyện Yên Mô", "NewMembers", 95, "2024", "2024")} <= found


def test_admissions_broken_down_one_month_a_line(nlp):
    found = stats(nlp, "Quý I năm 2024, Đảng bộ huyện Kim Sơn kết nạp 30 đảng viên. Kết quả từng tháng như sau:\n"
                       "Tháng 1: 8 đảng viên\n"
                       "Tháng 2: 10 đảng viên (đợt kết nạp dịp Tết)\n"
                       "Tháng 3: 12 đảng viên\n")
    assert {("Đảng bộ huyện Kim Sơn", "NewMembers", 8, "2024-01-01", "2024-01-31"),
            ("Đảng bộ huyện Kim Sơn", "NewMembers", 10, "2024-02-01", "2024-02-29"),
            ("Đảng bộ huyện Kim Sơn", "NewMembers", 12, "2024-03-01", "2024-03-31")} <= found


def test_month_lines_without_an_admissions_count_before_them_give_nothing(nlp):
    found = stats(nlp, "Lịch sinh hoạt chi bộ như sau:\nTháng 1: 8 đảng viên\nTháng 2: 10 đảng viên\n")
    assert not {s for s in found if s[2] in (8, 10)}


def test_a_target_for_the_whole_term_takes_the_term_the_article_named(nlp):
    found = stats(nlp, "Đại hội Đảng bộ xã Nhân Mỹ lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp.\n"
                       "Đảng bộ phấn đấu cả nhiệm kỳ kết nạp từ 60 đảng viên trở lên.")
    assert ("Đảng bộ xã Nhân Mỹ", "AdmissionTarget", 60, "2025", "2030") in found


def test_a_box_of_key_figures_each_figure_first_then_what_it_counts(nlp):
    # "■ 1.210 — đảng viên tính đến ngày 30/11/2025": the article's body's figures, each over the period its label
    # states; a share of a group ("38% — đảng viên từ 60 tuổi") is no count of its members
    text = ("Đảng bộ phường Tân Hưng họp bàn việc sắp xếp các chi bộ.\n\n"
            "■ 1.210 — đảng viên tính đến ngày 30/11/2025\n"
            "■ 40 — chi bộ trực thuộc tính đến ngày 30/11/2025\n"
            "■ 17 — đảng viên kết nạp từ 1/8 đến 30/11/2025\n"
            "■ khoảng 30% — đảng viên từ 60 tuổi trở lên\n")
    found = stats(nlp, text)
    org = "Đảng bộ phường Tân Hưng"
    assert {(org, "TotalMembers", 1210, "2025-11-30", "2025-11-30"),
            (org, "AffiliatedPartyCells", 40, "2025-11-30", "2025-11-30"),
            (org, "NewMembers", 17, "2025-08-01", "2025-11-30")} <= found
    assert not any(f[2] == 30 for f in found)


def test_a_box_of_labelled_figures_under_a_heading_that_dates_them(nlp):
    # "SỐ LIỆU TÓM TẮT (đến ngày 30/11/2025)" then "Tổng số đảng viên: 87": the heading's day dates the box's stocks
    text = ("Đảng bộ Bệnh viện Đa khoa tỉnh Lai Châu tổ chức hội nghị sơ kết. Đảng bộ Bệnh viện Đa khoa tỉnh "
            "Lai Châu được thành lập năm 1990.\n\n"
            "SỐ LIỆU TÓM TẮT (đến ngày 30/11/2025)\n"
            "Số chi bộ: 6\n"
            "Tổng số đảng viên: 87\n"
            "Đảng viên nữ: 40\n")
    found = stats(nlp, text)
    assert ("Đảng bộ Bệnh viện Đa khoa tỉnh Lai Châu", "TotalMembers", 87, "2025-11-30", "2025-11-30") in found


def test_a_label_that_names_its_period_before_the_admissions(nlp):
    # an info box's line: "Kết nạp trong quý III/2025: 9 đảng viên"
    text = "Đảng bộ phường Sông Cầu có 28 chi bộ trực thuộc.\n✔ Kết nạp trong quý III/2025: 9 đảng viên.\n"
    assert ("Đảng bộ phường Sông Cầu", "NewMembers", 9, "2025-07-01", "2025-09-30") in stats(nlp, text)


def test_a_forms_dotted_lines_under_a_dated_lead_are_the_figures_of_the_body_counted_before_them(nlp):
    text = ("Huyện ủy Ia Pa chỉ đạo các chi bộ cơ quan rà soát nguồn. Huyện ủy Ia Pa đánh giá cao Chi bộ Chi cục Thống "
            "kê huyện Ia Pa.\n\nNăm 2024, Chi bộ Chi cục Thống kê huyện Ia Pa kết nạp 2 đảng viên.\n\n"
            "Tình hình đến ngày 31/12/2024:\nTổng số đảng viên .............. 17\nĐảng viên nữ ................... 6\n"
            "Kết nạp trong năm 2024 ......... 2\n")
    assert stats(nlp, text) == {("Chi bộ Chi cục Thống kê huyện Ia Pa", "NewMembers", 2, "2024", "2024"),
                                ("Chi bộ Chi cục Thống kê huyện Ia Pa", "TotalMembers", 17, "2024-12-31", "2024-12-31")}


def test_a_forms_dated_rows_give_the_cells_and_members_on_each_day(nlp):
    text = ("Đảng bộ xã Ea Tân tổng kết năm. Đảng bộ xã Ea Tân trực thuộc Đảng bộ tỉnh Đắk Lắk.\n\n"
            "Cơ cấu tổ chức:\n"
            "  Ngày 1/1/2026 ........ 31 chi bộ ........ 1.206 đảng viên\n"
            "  Ngày 30/6/2026 ....... 29 chi bộ ........ 1.219 đảng viên\n")
    assert stats(nlp, text) == {("Đảng bộ xã Ea Tân", "AffiliatedPartyCells", 31, "2026-01-01", "2026-01-01"),
                                ("Đảng bộ xã Ea Tân", "TotalMembers", 1206, "2026-01-01", "2026-01-01"),
                                ("Đảng bộ xã Ea Tân", "AffiliatedPartyCells", 29, "2026-06-30", "2026-06-30"),
                                ("Đảng bộ xã Ea Tân", "TotalMembers", 1219, "2026-06-30", "2026-06-30")}


def test_item_lines_with_a_bare_members_label_and_admissions_of_months_of_a_year(nlp):
    found = stats(nlp, "Chi bộ Công ty cổ phần Thủy sản Bình Minh sinh hoạt tại Đảng bộ xã An Hòa.\nThông tin về Chi "
                       "bộ (số liệu đến 30/9/2024):\n- Đảng viên: 31\n- Dự bị: 2\n- Kết nạp 9 tháng năm 2024: 3")
    cell = "Chi bộ Công ty cổ phần Thủy sản Bình Minh"
    assert found == {(cell, "TotalMembers", 31, "2024-09-30", "2024-09-30"),
                     (cell, "NewMembers", 3, "2024", "2024-09-30")}


def test_a_label_of_affiliated_cells_without_so(nlp):
    found = stats(nlp, "Số liệu của Ban Tổ chức Huyện ủy Lâm Hà:\n+ Số tổ chức cơ sở đảng: 21; chi bộ trực thuộc đảng "
                       "ủy cơ sở: 132.")
    assert found == {("Đảng bộ huyện Lâm Hà", "GrassrootsPartyOrganizations", 21, None, None),
                     ("Đảng bộ huyện Lâm Hà", "AffiliatedPartyCells", 132, None, None)}
