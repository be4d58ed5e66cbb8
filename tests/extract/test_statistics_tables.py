"""Per-unit figures of a page's table flattened into one cell per line, and tables of a body's figures by period
(sentences written for the tests)."""
from dataclasses import replace

import pytest
from _fixture import article, stats

from partykg.extract import extract

TABLE = """Năm 2024, Đảng bộ tỉnh Ninh Bình kết nạp 1.210 đảng viên.

Phát triển đảng viên của các đảng bộ trực thuộc năm 2024
TT
Đơn vị
Kế hoạch
Kết nạp mới
Ghi chú
Tỷ lệ đạt (%)
1
Huyện Kim Sơn
120
131
4
109,2
2
Huyện Yên Mô
100
95
-
95,0
3
Công an tỉnh
40
44
2
110,0
Tổng cộng
1.150
1.210
6
105,2
(Nguồn: Ban Tổ chức Tỉnh ủy)
"""


def _table_rows(nlp, text):
    """(organization, measure, value, start, end) of the statistics the table readers found in `text`."""
    return {(s.organization, s.measure, s.value, s.start, s.end) for s in extract(article(text), nlp).statistics
            if s.evidence[0].rule.startswith("statistics.table")}


def test_each_row_gives_its_unit_the_figures_of_the_known_columns(nlp):
    ex = extract(article(TABLE), nlp)
    found = {(s.organization, s.measure, s.value, s.start, s.end) for s in ex.statistics}
    assert found == {
        ("Đảng bộ tỉnh Ninh Bình", "NewMembers", 1210, "2024", "2024"),
        ("Đảng bộ huyện Kim Sơn", "AdmissionTarget", 120, "2024", "2024"),
        ("Đảng bộ huyện Kim Sơn", "NewMembers", 131, "2024", "2024"),
        ("Đảng bộ huyện Kim Sơn", "TargetAchievement", "109.2", "2024", "2024"),
        ("Đảng bộ huyện Yên Mô", "AdmissionTarget", 100, "2024", "2024"),
        ("Đảng bộ huyện Yên Mô", "NewMembers", 95, "2024", "2024"),
        ("Đảng bộ huyện Yên Mô", "TargetAchievement", 95, "2024", "2024"),
        ("Đảng bộ Công an tỉnh Ninh Bình", "AdmissionTarget", 40, "2024", "2024"),
        ("Đảng bộ Công an tỉnh Ninh Bình", "NewMembers", 44, "2024", "2024"),
        ("Đảng bộ Công an tỉnh Ninh Bình", "TargetAchievement", 110, "2024", "2024"),
        # the total row is the enclosing unit's
        ("Đảng bộ tỉnh Ninh Bình", "AdmissionTarget", 1150, "2024", "2024"),
        ("Đảng bộ tỉnh Ninh Bình", "TargetAchievement", "105.2", "2024", "2024"),
    }
    parents = {o.name: o.parent for o in ex.organizations}
    assert parents["Đảng bộ huyện Kim Sơn"] == "Đảng bộ tỉnh Ninh Bình"
    assert parents["Đảng bộ Công an tỉnh Ninh Bình"] == "Đảng bộ tỉnh Ninh Bình"


def test_a_row_cell_is_its_own_evidence(nlp):
    ex = extract(article(TABLE), nlp)
    st = next(s for s in ex.statistics if s.organization == "Đảng bộ huyện Yên Mô" and s.measure == "NewMembers")
    ev = st.evidence[0]
    assert TABLE[ev.start:ev.end] == "Huyện Yên Mô\n100\n95"
    assert ev.rule == "statistics.table.NewMembers"


def test_a_table_of_mass_organizations_is_not_one_of_party_organizations(nlp):
    text = ("Kết quả giới thiệu đoàn viên ưu tú năm 2024\nSTT\nĐơn vị\nKết nạp\n1\nHội Nông dân tỉnh\n12\n"
            "2\nĐoàn Thanh niên tỉnh\n30\n")
    assert extract(article(text), nlp).statistics == []


def test_a_table_stops_at_the_first_row_that_does_not_fit(nlp):
    text = "Năm 2024:\nĐơn vị\nSố đảng viên kết nạp\nHuyện Kim Sơn\n131\nHuyện Yên Mô\nkhông báo cáo\n95\n"
    found = {(s.organization, s.measure, s.value) for s in extract(article(text), nlp).statistics}
    assert found == {("Đảng bộ huyện Kim Sơn", "NewMembers", 131)}


def test_a_table_flattened_one_row_per_line_with_its_columns_dated(nlp):
    text = ("Chiều 8/10, Ban Tổ chức Tỉnh ủy Hà Nam tổ chức hội nghị giao ban công tác xây dựng Đảng 9 tháng "
            "năm 2023.\n\nKết quả của một số đơn vị:\nSTT | Đơn vị | Chỉ tiêu năm 2023 | Kết nạp 9 tháng | Đạt (%)\n"
            "1 | Huyện Kim Bảng | 80 | 62 | 77,5\n2 | Huyện Thanh Liêm | 90 | 81 | 90,0\n")
    found = {(s.organization, s.measure, s.value, s.start, s.end)
             for s in extract(article(text), nlp).statistics}
    assert found >= {("Đảng bộ huyện Kim Bảng", "AdmissionTarget", 80, "2023", "2023"),
                     ("Đảng bộ huyện Kim Bảng", "NewMembers", 62, "2023", "2023-09-30"),
                     ("Đảng bộ huyện Kim Bảng", "TargetAchievement", "77.5", "2023", "2023-09-30"),
                     ("Đảng bộ huyện Thanh Liêm", "NewMembers", 81, "2023", "2023-09-30")}


def test_a_table_flattened_one_row_per_line_with_its_cells_apart_by_spaces_or_tabs(nlp):
    text = ("Năm 2023, Đảng bộ tỉnh Ninh Bình kết nạp 1.020 đảng viên.\n\nKết quả của một số đơn vị năm 2023:\n"
            "TT    Đơn vị    Chỉ tiêu    Kết nạp\n1    Huyện Gia Viễn    70    75\n2\tHuyện Nho Quan\t60\t58\n")
    found = {(s.organization, s.measure, s.value, s.start, s.end)
             for s in extract(article(text), nlp).statistics}
    assert found >= {("Đảng bộ huyện Gia Viễn", "AdmissionTarget", 70, "2023", "2023"),
                     ("Đảng bộ huyện Gia Viễn", "NewMembers", 75, "2023", "2023"),
                     ("Đảng bộ huyện Nho Quan", "AdmissionTarget", 60, "2023", "2023"),
                     ("Đảng bộ huyện Nho Quan", "NewMembers", 58, "2023", "2023")}


def test_a_table_written_in_markdown_with_its_rule_under_the_header(nlp):
    text = ("Năm 2023, Đảng bộ huyện Gia Viễn kết nạp 210 đảng viên.\n\n"
            "Một số tổ chức đảng (tính đến 31/10/2023):\n\n"
            "| Tổ chức đảng | Số đảng viên | Kết nạp năm 2023 |\n|:---|---:|---:|\n"
            "| Đảng bộ Công ty Cổ phần Xi măng Hoàng Long | 121 | 14 |\n"
            "| Chi bộ Công ty TNHH Dệt Phú Thịnh | 27 | 6 |\n")
    found = {(s.organization, s.measure, s.value, s.start, s.end)
             for s in extract(article(text), nlp).statistics}
    assert found >= {("Đảng bộ Công ty Cổ phần Xi măng Hoàng Long", "TotalMembers", 121, "2023-10-31", "2023-10-31"),
                     ("Đảng bộ Công ty Cổ phần Xi măng Hoàng Long", "NewMembers", 14, "2023", "2023"),
                     ("Chi bộ Công ty TNHH Dệt Phú Thịnh", "TotalMembers", 27, "2023-10-31", "2023-10-31"),
                     ("Chi bộ Công ty TNHH Dệt Phú Thịnh", "NewMembers", 6, "2023", "2023")}


def test_a_row_table_with_a_share_column_and_period_headers(nlp):
    # the header's "6 tháng đầu năm" dates the admissions, "cả năm" the target; the bare "Tỷ lệ" beside a target
    # column is the share of it reached, over the admissions' period; "%" written in the cells
    text = ("Ngày 10/7/2024, Ban Tổ chức Huyện ủy Lục Nam sơ kết công tác xây dựng Đảng. Toàn Đảng bộ huyện Lục Nam "
            "kết nạp 60 đảng viên.\n\nKết quả ở một số đảng bộ xã:\n\n"
            "| Đảng bộ | Kết nạp 6 tháng đầu năm 2024 | Chỉ tiêu cả năm | Tỷ lệ |\n"
            "| Bắc Lũng | 4 | 8 | 50% |\n| Cẩm Lý | 3 | 6 | 50% |\n")
    found = _table_rows(nlp, text)
    assert found == {
        ("Đảng bộ xã Bắc Lũng", "NewMembers", 4, "2024", "2024-06-30"),
        ("Đảng bộ xã Bắc Lũng", "AdmissionTarget", 8, "2024", "2024"),
        ("Đảng bộ xã Bắc Lũng", "TargetAchievement", 50, "2024", "2024-06-30"),
        ("Đảng bộ xã Cẩm Lý", "NewMembers", 3, "2024", "2024-06-30"),
        ("Đảng bộ xã Cẩm Lý", "AdmissionTarget", 6, "2024", "2024"),
        ("Đảng bộ xã Cẩm Lý", "TargetAchievement", 50, "2024", "2024-06-30"),
    }


def test_a_share_column_without_a_target_column_is_not_read(nlp):
    text = ("Đảng bộ huyện Lục Nam có 5.000 đảng viên.\n\n"
            "| Đảng bộ | Kết nạp 6 tháng đầu năm 2024 | Tỷ lệ |\n| Bắc Lũng | 4 | 12% |\n| Cẩm Lý | 3 | 9% |\n")
    measures = {s.measure for s in extract(article(text), nlp).statistics
                if s.evidence[0].rule.startswith("statistics.table")}
    assert measures == {"NewMembers"}


def test_a_ceremony_table_by_party_cell_is_dated_on_the_ceremony(nlp):
    text = ("Sáng 3/9/2024, tại Trường Cao đẳng Bắc Giang, Đảng ủy Trường tổ chức lễ kết nạp cho 9 học sinh ưu tú.\n\n"
            "Số học sinh được kết nạp trong đợt này theo chi bộ:\n\n"
            "Chi bộ\tSố quần chúng được kết nạp\n"
            "Chi bộ Học sinh Khoa Cơ khí\t5\nChi bộ Học sinh Khoa Điện\t4\n")
    found = _table_rows(nlp, text)
    assert found == {("Chi bộ Học sinh Khoa Cơ khí", "NewMembers", 5, "2024-09-03", "2024-09-03"),
                     ("Chi bộ Học sinh Khoa Điện", "NewMembers", 4, "2024-09-03", "2024-09-03")}


def test_a_table_whose_name_column_is_chi_bo_gives_each_row_cell_its_figures(nlp):
    # "Chi bộ" over the name column: the rows are the party cells of the article's Đảng bộ, named after their units
    # (departments here), not units of the register
    text = ("Đảng bộ Trường Cao đẳng Y tế Lạng Sơn có 5 chi bộ trực thuộc với 96 đảng viên.\n\n"
            "Đảng bộ Trường Cao đẳng Y tế Lạng Sơn tổng kết năm 2024.\n\n"
            "Bảng: Đảng viên theo chi bộ\nChi bộ\nSố đảng viên\nKết nạp năm 2024\n"
            "Khoa Điều dưỡng\n21\n2\nPhòng Đào tạo - Khảo thí\n14\n0\n")
    ex = extract(article(text), nlp)
    found = {(s.organization, s.measure, s.value, s.start, s.end) for s in ex.statistics
             if s.evidence[0].rule.startswith("statistics.table")}
    assert found == {("Chi bộ Khoa Điều dưỡng", "TotalMembers", 21, None, None),
                     ("Chi bộ Khoa Điều dưỡng", "NewMembers", 2, "2024", "2024"),
                     ("Chi bộ Phòng Đào tạo - Khảo thí", "TotalMembers", 14, None, None),
                     ("Chi bộ Phòng Đào tạo - Khảo thí", "NewMembers", 0, "2024", "2024")}
    parents = {o.name: o.parent for o in ex.organizations}
    assert parents["Chi bộ Khoa Điều dưỡng"] == "Đảng bộ Trường Cao đẳng Y tế Lạng Sơn"


def test_a_table_of_cells_on_one_day_with_its_movements_over_the_quarter_its_header_states(nlp):
    # the table's day counts the members; "Kết nạp quý III" dates its admissions, and the transfers beside them, a
    # column no header dates, over that quarter; a remark in brackets after a row's name is no part of it
    text = ("Đảng bộ Cục Thuế tỉnh Hà Nam có 6 chi bộ trực thuộc.\n\n"
            "Đảng bộ Cục Thuế tỉnh Hà Nam sơ kết công tác quý III/2025.\n\n"
            "Số liệu của các chi bộ tại ngày 30/9/2025\n"
            "Chi bộ | Số đảng viên | Kết nạp quý III | Chuyển đến\n"
            "Phòng Kiểm tra số 1 (phường Châu Sơn) | 21 | 1 | 2\n"
            "Phòng Nghiệp vụ | 15 | 0 | 1\n")
    found = _table_rows(nlp, text)
    assert found == {("Chi bộ Phòng Kiểm tra số 1", "TotalMembers", 21, "2025-09-30", "2025-09-30"),
                     ("Chi bộ Phòng Kiểm tra số 1", "NewMembers", 1, "2025-07-01", "2025-09-30"),
                     ("Chi bộ Phòng Kiểm tra số 1", "MembersTransferredIn", 2, "2025-07-01", "2025-09-30"),
                     ("Chi bộ Phòng Nghiệp vụ", "TotalMembers", 15, "2025-09-30", "2025-09-30"),
                     ("Chi bộ Phòng Nghiệp vụ", "NewMembers", 0, "2025-07-01", "2025-09-30"),
                     ("Chi bộ Phòng Nghiệp vụ", "MembersTransferredIn", 1, "2025-07-01", "2025-09-30")}


def test_an_admissions_column_headed_from_a_day_runs_to_the_day_of_the_tables_title(nlp):
    # "Kết nạp từ 15/3/2024" in a table counted "đến 31/10/2024": the admissions from the header's day to the
    # title's; the members of the same rows are counted on the title's day
    text = ("Đảng bộ Công ty Cấp nước Hà Nam có 4 chi bộ trực thuộc.\n\n"
            "Tình hình các chi bộ (tính đến ngày 31/10/2024):\n"
            "Chi bộ | Đảng viên | Kết nạp từ 15/3/2024\n"
            "Phân xưởng Nước sạch | 19 | 3\n"
            "Phòng Kế toán | 11 | 1\n")
    found = _table_rows(nlp, text)
    assert found == {("Chi bộ Phân xưởng Nước sạch", "TotalMembers", 19, "2024-10-31", "2024-10-31"),
                     ("Chi bộ Phân xưởng Nước sạch", "NewMembers", 3, "2024-03-15", "2024-10-31"),
                     ("Chi bộ Phòng Kế toán", "TotalMembers", 11, "2024-10-31", "2024-10-31"),
                     ("Chi bộ Phòng Kế toán", "NewMembers", 1, "2024-03-15", "2024-10-31")}

def test_a_column_headed_by_its_month_and_the_movement_beside_it(nlp):
    text = ("Đảng bộ Trường Đại học Tây Bắc có 12 chi bộ.\n\n"
            "Bảng: Số liệu của các chi bộ tại ngày 30/9/2025\n"
            "Chi bộ | Số đảng viên | Kết nạp tháng 9/2025 | Chuyển đi\n"
            "Khoa Sư phạm | 21 | 1 | 0\n"
            "Khoa Nông Lâm | 17 | 2 | 1\n")
    found = stats(nlp, text)
    assert found >= {("Chi bộ Khoa Sư phạm", "NewMembers", 1, "2025-09-01", "2025-09-30"),
                     ("Chi bộ Khoa Nông Lâm", "MembersTransferredOut", 1, "2025-09-01", "2025-09-30"),
                     ("Chi bộ Khoa Nông Lâm", "TotalMembers", 17, "2025-09-30", "2025-09-30")}


def test_a_table_titled_by_its_admissions_over_months_leaves_its_members_undated(nlp):
    # "Kết nạp đảng viên 6 tháng đầu năm 2025": the title's months date the admissions; the members beside them it
    # does not say when they were counted
    text = ("Đảng bộ Trung đoàn 120 có 9 chi bộ trực thuộc.\n\n"
            "Bảng: Kết nạp đảng viên 6 tháng đầu năm 2025\n"
            "Chi bộ\tĐảng viên\tKết nạp\n"
            "Đại đội 1\t18\t2\n"
            "Đại đội 2\t16\t1\n")
    found = _table_rows(nlp, text)
    assert found == {("Chi bộ Đại đội 1", "TotalMembers", 18, None, None),
                     ("Chi bộ Đại đội 1", "NewMembers", 2, "2025", "2025-06-30"),
                     ("Chi bộ Đại đội 2", "TotalMembers", 16, None, None),
                     ("Chi bộ Đại đội 2", "NewMembers", 1, "2025", "2025-06-30")}


def test_a_table_of_cells_is_of_the_institution_the_title_names_not_of_its_parent_named_more(nlp):
    # the headline names the company ("CÔNG TY CAO SU CHƯ PRÔNG"): its Đảng bộ is the article's, whose cells the table
    # lists and whose members its total row gives, though the text names the group's Đảng bộ more often
    text = ("Đảng bộ Công ty Cao su Chư Prông trực thuộc Đảng bộ Tập đoàn Công nghiệp Cao su Việt Nam. Đảng ủy Tập "
            "đoàn Công nghiệp Cao su Việt Nam giao chỉ tiêu cho các đảng bộ trực thuộc.\n\n"
            "Số liệu của các chi bộ tại ngày 30/9/2025\n"
            "Chi bộ | Số đảng viên\n"
            "Phòng Nghiệp vụ | 21\n"
            "Đội Kiểm soát | 15\n"
            "Cộng | 36\n")
    art = replace(article(text), title="CÔNG TY CAO SU CHƯ PRÔNG: CỦNG CỐ TỔ CHỨC ĐẢNG SAU SẮP XẾP")
    ex = extract(art, nlp)
    found = {(s.organization, s.measure, s.value, s.start, s.end) for s in ex.statistics}
    assert ("Đảng bộ Công ty Cao su Chư Prông", "TotalMembers", 36, "2025-09-30", "2025-09-30") in found
    parents = {o.name: o.parent for o in ex.organizations}
    assert parents["Chi bộ Phòng Nghiệp vụ"] == "Đảng bộ Công ty Cao su Chư Prông"


# a body's growth year by year: a column of periods, then its figures (a column that is not the party's left unread)
PERIOD_ROWS = ("Chi bộ Trường Tiểu học Hòa Phú có 14 đảng viên.\n\n"
               "Kết quả xây dựng chi bộ qua các năm:\n"
               "Năm{s}Số lớp{s}Đảng viên{s}Kết nạp trong năm\n"
               "2022{s}18{s}10{s}1\n"
               "2023{s}19{s}12{s}2\n"
               "6 tháng 2024{s}19{s}14{s}2\n")


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_a_table_whose_rows_are_periods_dates_each_rows_figures_by_its_period(nlp, sep):
    found = stats(nlp, PERIOD_ROWS.format(s=sep))
    cell = "Chi bộ Trường Tiểu học Hòa Phú"
    assert found == {(cell, "TotalMembers", 14, None, None),
                     (cell, "TotalMembers", 10, "2022", "2022"), (cell, "NewMembers", 1, "2022", "2022"),
                     (cell, "TotalMembers", 12, "2023", "2023"), (cell, "NewMembers", 2, "2023", "2023"),
                     (cell, "TotalMembers", 14, None, "2024-06-30"), (cell, "NewMembers", 2, "2024", "2024-06-30")}


@pytest.mark.parametrize("edge, day", [("đầu năm", "01-01"), ("cuối năm", "12-31")])
def test_a_column_of_members_at_the_opening_or_the_close_of_each_rows_year(nlp, edge, day):
    found = stats(nlp, "Chi bộ Trường Tiểu học Hòa Phú có 14 đảng viên.\n\n"
                       "Số liệu của chi bộ qua các năm:\n"
                       f"Năm\tĐảng viên {edge}\tKết nạp\n2022\t10\t1\n2023\t11\t2\n")
    cell = "Chi bộ Trường Tiểu học Hòa Phú"
    assert found == {(cell, "TotalMembers", 14, None, None),
                     (cell, "TotalMembers", 10, f"2022-{day}", f"2022-{day}"), (cell, "NewMembers", 1, "2022", "2022"),
                     (cell, "TotalMembers", 11, f"2023-{day}", f"2023-{day}"), (cell, "NewMembers", 2, "2023", "2023")}



def test_a_bracketed_close_of_period_column_dates_the_ethnic_minority_members_beside_it_too(nlp):
    # "(cuối kỳ)" in brackets: the members on each row's last day, as "Đảng viên cuối kỳ"; the ethnic minority
    # members beside the admissions are a group of the members, not of the admitted, counted on the same day
    found = stats(nlp, "Chi bộ Trạm Y tế xã Tân Hòa có 9 đảng viên.\n\n"
                       "Số liệu của chi bộ:\n"
                       "| Năm | Kết nạp | Số đảng viên (cuối kỳ) | Đảng viên người DTTS |\n"
                       "| 2021 | 1 | 7 | 3 |\n| 2022 | 2 | 8 | 4 |\n")
    cell = "Chi bộ Trạm Y tế xã Tân Hòa"
    assert found == {
        (cell, "TotalMembers", 9, None, None),
        (cell, "TotalMembers", 7, "2021-12-31", "2021-12-31"), (cell, "NewMembers", 1, "2021", "2021"),
        (cell, "MembersByGroup", 3, "2021-12-31", "2021-12-31"), (cell, "TotalMembers", 8, "2022-12-31", "2022-12-31"),
        (cell, "NewMembers", 2, "2022", "2022"), (cell, "MembersByGroup", 4, "2022-12-31", "2022-12-31")}


def test_the_total_row_under_the_rows_of_periods_sums_the_admissions_over_their_span(nlp):
    # "Tổng cộng" under the years: the admissions of all of them, from the first's start to the last's end; a total
    # that is not the column's sum ("Tổng" of members: 25 here) is no such sum
    found = stats(nlp, "Chi bộ Trường Mầm non Hoa Sen có 12 đảng viên.\n\n"
                       "Kết nạp đảng viên của chi bộ:\n"
                       "| Năm | Kết nạp | Chuyển đến | Đảng viên |\n"
                       "| 2019 | 1 | 0 | 10 |\n| 2020 | 2 | 1 | 12 |\n| 6 tháng 2021 | 1 | 2 | 13 |\n"
                       "| Tổng cộng | 4 | 3 | 25 |\n")
    cell = "Chi bộ Trường Mầm non Hoa Sen"
    assert found == {(cell, "TotalMembers", 12, None, None),
                     (cell, "NewMembers", 1, "2019", "2019"), (cell, "MembersTransferredIn", 0, "2019", "2019"),
                     (cell, "TotalMembers", 10, "2019", "2019"),
                     (cell, "NewMembers", 2, "2020", "2020"), (cell, "MembersTransferredIn", 1, "2020", "2020"),
                     (cell, "TotalMembers", 12, "2020", "2020"),
                     (cell, "NewMembers", 1, "2021", "2021-06-30"),
                     (cell, "MembersTransferredIn", 2, "2021", "2021-06-30"),
                     (cell, "TotalMembers", 13, None, "2021-06-30"),
                     (cell, "NewMembers", 4, "2019", "2021-06-30"),
                     (cell, "MembersTransferredIn", 3, "2019", "2021-06-30")}


@pytest.mark.parametrize("years, total", [((2025, 2024, 2023), {("NewMembers", 9, "2023", "2025")}),
                                          ((2016, 2020, 2024), set())])
def test_a_total_row_spans_from_the_earliest_row_to_the_latest_and_only_rows_without_a_gap(nlp, years, total):
    # rows newest first: the total is over 2023-2025, not an inverted span; rows four years apart: no sum over the
    # years between them
    rows = "".join(f"| {y} | {n} |\n" for y, n in zip(years, (3, 2, 4)))
    found = stats(nlp, f"Chi bộ Trạm Y tế xã Phước Sơn có 20 đảng viên.\n\nSố liệu của chi bộ:\n| Năm | Kết nạp |\n"
                       f"{rows}| Tổng | 9 |\n")
    cell = "Chi bộ Trạm Y tế xã Phước Sơn"
    assert found == {(cell, "TotalMembers", 20, None, None), *((cell, "NewMembers", n, str(y), str(y))
                                                               for y, n in zip(years, (3, 2, 4))),
                     *((cell, *t) for t in total)}

# a column that breaks the count before it down ("Trong đó nữ"): the part of one group of the admitted
PART_ROWS = ("Năm 2024, Đảng bộ tỉnh Ninh Bình kết nạp 1.210 đảng viên.\n\n"
             "Kết quả kết nạp đảng viên năm 2024 của một số đảng bộ:\n"
             "| Đơn vị | Kết nạp | Trong đó nữ | Số đảng viên |\n"
             "| Huyện Kim Sơn | 131 | 52 | 9.120 |\n"
             "| Huyện Yên Mô | 95 | 40 | 7.480 |\n")
PART_CELLS = PART_ROWS.split("| Đơn vị")[0] + "\n".join(
    c.strip() for line in PART_ROWS.split("\n")[3:] for c in line.split("|") if c.strip()) + "\n"


@pytest.mark.parametrize("text", [PART_ROWS, PART_CELLS])
def test_a_column_that_breaks_down_the_count_before_it_is_its_groups_part(nlp, text):
    found = stats(nlp, text)
    assert {("Đảng bộ huyện Kim Sơn", "NewMembersByGroup", 52, "2024", "2024"),
            ("Đảng bộ huyện Yên Mô", "NewMembersByGroup", 40, "2024", "2024"),
            ("Đảng bộ huyện Kim Sơn", "NewMembers", 131, "2024", "2024"),
            ("Đảng bộ huyện Yên Mô", "TotalMembers", 7480, "2024", "2024")} <= found


def test_a_table_whose_rows_are_periods_flattened_one_cell_a_line(nlp):
    text = PERIOD_ROWS.split("Năm{s}")[0] + "\n".join(
        c for line in PERIOD_ROWS.split("\n")[3:] for c in line.split("{s}") if c) + "\n"
    found = stats(nlp, text)
    cell = "Chi bộ Trường Tiểu học Hòa Phú"
    assert {(cell, "TotalMembers", 10, "2022", "2022"), (cell, "NewMembers", 1, "2022", "2022"),
            (cell, "TotalMembers", 12, "2023", "2023"), (cell, "NewMembers", 2, "2024", "2024-06-30")} <= found
    assert not {s for s in found if s[2] in (18, 19)}


def test_a_markdown_row_set_in_bold_is_read_as_its_cells(nlp):
    found = stats(nlp, "Kết quả kết nạp đảng viên năm 2024:\n"
                       "| **Đơn vị** | **Kết nạp** | **Số đảng viên** |\n|---|---|---|\n"
                       "| Huyện Kim Sơn | 131 | 9.120 |\n| Huyện Yên Mô | 95 | 7.480 |\n"
                       "| **Tổng cộng** | **226** | **16.600** |\n")
    assert {("Đảng bộ huyện Kim Sơn", "NewMembers", 131, "2024", "2024"),
            ("Đảng bộ tỉnh Ninh Bình", "NewMembers", 226, "2024", "2024")} <= found


# the admission report's breakdown: "Trong đó" over the groups' columns ("Nữ", "Đoàn viên"), each a part of the count
PARTS_FLAT = ("Kết quả kết nạp đảng viên năm 2024:\nĐơn vị\nKết nạp\nTrong đó\nNữ\nĐoàn viên\n"
              "Huyện Kim Sơn\n131\n52\n70\nHuyện Yên Mô\n95\n40\n51\n")


PARTS_TABS = ("Kết quả kết nạp đảng viên năm 2024:\nĐơn vị\tKết nạp\tNữ\tĐoàn viên\n"
              "Huyện Kim Sơn\t131\t52\t70\nHuyện Yên Mô\t95\t40\t51\n")


@pytest.mark.parametrize("text", [PARTS_FLAT, PARTS_TABS])
def test_group_columns_under_a_spanning_heading_are_parts_of_the_count_before_them(nlp, text):
    found = stats(nlp, text)
    assert {("Đảng bộ huyện Kim Sơn", "NewMembers", 131, "2024", "2024"),
            ("Đảng bộ huyện Kim Sơn", "NewMembersByGroup", 52, "2024", "2024"),
            ("Đảng bộ huyện Kim Sơn", "NewMembersByGroup", 70, "2024", "2024"),
            ("Đảng bộ huyện Yên Mô", "NewMembersByGroup", 51, "2024", "2024")} <= found


def test_more_headings_of_the_report_forms(nlp):
    # the unit kinds a row may be ("Xã, thị trấn"), a count's unit in brackets, probationary members confirmed
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Kim Sơn kết nạp 131 đảng viên.\n\n"
                       "Kết quả của một số đảng bộ năm 2024:\n"
                       "Xã, thị trấn | Kết nạp (người) | Chuyển chính thức | Số đảng viên hiện có\n"
                       "Kim Đông | 9 | 7 | 312\nKim Trung | 6 | 4 | 287\nPhát Diệm | 5 | 6 | 640\n")
    assert {("Đảng bộ xã Kim Đông", "NewMembers", 9, "2024", "2024"),
            ("Đảng bộ xã Kim Trung", "MembersConfirmedOfficial", 4, "2024", "2024"),
            ("Đảng bộ thị trấn Phát Diệm", "TotalMembers", 640, "2024", "2024")} <= found


@pytest.mark.parametrize(("old", "new", "begin", "until"), [("2023", "2024", "2024", "2024"),
                                                             ("9 tháng 2023", "9 tháng 2024", "2024", "2024-09-30")])
def test_a_table_of_measures_by_period_whose_periods_are_written_short(nlp, old, new, begin, until):
    found = stats(nlp, "Đảng bộ huyện Kim Sơn sơ kết công tác kiểm tra.\n\n"
                       "Kết quả thi hành kỷ luật của Đảng bộ huyện Kim Sơn:\n"
                       f"Hình thức | {old} | {new}\nKhiển trách | 12 | 9\nCảnh cáo | 4 | 3\n")
    assert {("Đảng bộ huyện Kim Sơn", "MembersReprimanded", 9, begin, until),
            ("Đảng bộ huyện Kim Sơn", "MembersWarned", 3, begin, until)} <= found


def test_a_cells_movements_and_rating_by_period_and_a_dash_that_holds_no_figure(nlp):
    # members confirmed, transferred in or out, the share rated well or better; "-" is no figure, the row read on
    found = stats(nlp, "Chi bộ Trạm Y tế xã Kim Đông có 18 đảng viên.\n\n"
                       "Kết quả công tác đảng viên của Chi bộ Trạm Y tế xã Kim Đông:\n"
                       "Nội dung\tNăm 2023\tNăm 2024\n"
                       "Kết nạp đảng viên mới\t2\t1\n"
                       "Chuyển đảng chính thức\t0\t2\n"
                       "Đảng viên chuyển đến\t1\t0\n"
                       "Đảng viên chuyển sinh hoạt đi\t-\t1\n"
                       "Xếp loại hoàn thành tốt nhiệm vụ trở lên (%)\t-\t88,9\n")
    cell = "Chi bộ Trạm Y tế xã Kim Đông"
    assert {(cell, "NewMembers", 1, "2024", "2024"),
            (cell, "MembersConfirmedOfficial", 0, "2023", "2023"),
            (cell, "MembersConfirmedOfficial", 2, "2024", "2024"),
            (cell, "MembersTransferredIn", 1, "2023", "2023"),
            (cell, "MembersTransferredOut", 1, "2024", "2024"),
            (cell, "MembersCompletedTasksWellOrBetterShare", "88.9", "2024", "2024")} <= found
    assert not {s for s in found if s[1] == "MembersTransferredOut" and s[3] == "2023"}


def test_a_row_label_of_a_table_by_period_may_end_with_the_unit_its_figures_count_in(nlp):
    found = stats(nlp, "Chi bộ Trạm Y tế xã Kim Đông có 18 đảng viên.\n\n"
                       "Kết quả công tác đảng viên của Chi bộ Trạm Y tế xã Kim Đông:\n"
                       "Nội dung | Năm 2023 | Năm 2024\n"
                       "Kết nạp đảng viên mới (người) | 2 | 1\n"
                       "Khiển trách (đồng chí) | 1 | 0\n")
    assert {("Chi bộ Trạm Y tế xã Kim Đông", "NewMembers", 2, "2023", "2023"),
            ("Chi bộ Trạm Y tế xã Kim Đông", "MembersReprimanded", 0, "2024", "2024")} <= found


def test_the_rise_and_fall_of_a_membership_and_its_candidates_as_rows_of_a_table_by_period(nlp):
    found = stats(nlp, "Chi bộ Trạm Y tế xã Kim Đông có 18 đảng viên.\n\n"
                       "Kết quả công tác đảng viên của Chi bộ Trạm Y tế xã Kim Đông:\n"
                       "Nội dung\tNăm 2023\tNăm 2024\n"
                       "Đảng viên từ trần\t1\t0\n"
                       "Xóa tên đảng viên\t0\t1\n"
                       "Quần chúng ưu tú đang được bồi dưỡng\t3\t4\n"
                       "Trao tặng Huy hiệu Đảng\t2\t5\n")
    cell = "Chi bộ Trạm Y tế xã Kim Đông"
    assert {(cell, "MembersDeceased", 1, "2023", "2023"), (cell, "MembersRemovedFromParty", 1, "2024", "2024"),
            (cell, "PartyCandidatesInTraining", 4, "2024", "2024"),
            (cell, "PartyBadgesAwarded", 5, "2024", "2024")} <= found


def test_a_share_cell_with_its_sign_and_a_label_with_a_colon_keep_a_table_by_period(nlp):
    found = stats(nlp, "Chi bộ Trạm Y tế xã Kim Đông có 18 đảng viên.\n\n"
                       "Kết quả công tác đảng viên của Chi bộ Trạm Y tế xã Kim Đông:\n"
                       "Nội dung\tNăm 2023\tNăm 2024\n"
                       "Kết nạp đảng viên mới:\t2\t1\n"
                       "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên\t94,4%\t95%\n")
    cell = "Chi bộ Trạm Y tế xã Kim Đông"
    assert {(cell, "NewMembers", 2, "2023", "2023"),
            (cell, "MembersCompletedTasksWellOrBetterShare", "94.4", "2023", "2023")} <= found


def test_a_kind_of_unit_over_the_names_and_a_column_of_groups_beside_them(nlp):
    # "Xã" over the names: each row a commune; "Dân tộc" beside them: each row's counts are that group's members
    found = stats(nlp, "Tỉnh Lai Châu hiện có nhiều đảng viên người dân tộc rất ít người.\n\n"
                       "Số đảng viên tại một số xã (đến 30/11/2025):\n"
                       "Xã | Dân tộc | Số đảng viên | Kết nạp mới từ 1/8/2025\n"
                       "Pa Ủ | La Hủ | 41 | 3\nBum Tở | Cống | 27 | 2\n")
    assert {("Đảng bộ xã Pa Ủ", "MembersByGroup", 41, "2025-11-30", "2025-11-30"),
            ("Đảng bộ xã Bum Tở", "MembersByGroup", 27, "2025-11-30", "2025-11-30")} <= found
    assert {(s[0], s[2]) for s in found if s[1] == "NewMembersByGroup"} == {("Đảng bộ xã Pa Ủ", 3),
                                                                          ("Đảng bộ xã Bum Tở", 2)}
    assert not {s for s in found if s[1] == "TotalMembers"}


def test_a_row_of_the_other_cells_is_no_cell_and_a_cell_of_a_commune_body_is_the_communes(nlp):
    # "Các chi bộ khác" sums the cells the table leaves unnamed; "Chi bộ Quân sự xã" is the commune's
    text = ("Đảng bộ xã Tà Tổng (tỉnh Lai Châu) có 31 chi bộ trực thuộc. Chi bộ Quân sự xã kết nạp 2 đảng viên.\n\n"
            "Bảng: Kết quả kết nạp đảng viên theo chi bộ năm 2025\nChi bộ\nKết nạp\n"
            "Chi bộ bản Nậm Ngà\n3\nChi bộ Quân sự xã\n2\nCác chi bộ khác\n4\n")
    ex = extract(article(text), nlp)
    found = {(s.organization, s.measure, s.value, s.start, s.end) for s in ex.statistics
             if s.evidence[0].rule.startswith("statistics.table")}
    assert found == {("Chi bộ bản Nậm Ngà", "NewMembers", 3, "2025", "2025"),
                     ("Chi bộ Quân sự xã Tà Tổng", "NewMembers", 2, "2025", "2025")}
    assert not any("khác" in s.organization for s in ex.statistics)


def test_a_table_of_measures_by_year_whose_rows_say_members_plainly(nlp):
    # "Đảng viên", "Đảng viên kết nạp trong năm": a body's figures year by year; a row not the party's is unread
    text = ("Chi bộ Hợp tác xã Dịch vụ Nông nghiệp Tân Phú được thành lập năm 2020.\n\n"
            "Một số chỉ số của chi bộ:\n"
            "Chỉ tiêu\t2023\t2024\n"
            "Thành viên hợp tác xã\t88\t95\n"
            "Đảng viên\t6\t7\n"
            "Đảng viên kết nạp trong năm\t1\t2\n")
    found = {st for st in stats(nlp, text) if st[0] == "Chi bộ Hợp tác xã Dịch vụ Nông nghiệp Tân Phú"}
    assert found >= {("Chi bộ Hợp tác xã Dịch vụ Nông nghiệp Tân Phú", "TotalMembers", 6, "2023", "2023"),
                     ("Chi bộ Hợp tác xã Dịch vụ Nông nghiệp Tân Phú", "TotalMembers", 7, "2024", "2024"),
                     ("Chi bộ Hợp tác xã Dịch vụ Nông nghiệp Tân Phú", "NewMembers", 1, "2023", "2023"),
                     ("Chi bộ Hợp tác xã Dịch vụ Nông nghiệp Tân Phú", "NewMembers", 2, "2024", "2024")}
    assert not any(st[2] in (88, 95) for st in found)


def test_a_table_of_the_cells_yearly_rating_by_grade(nlp):
    # "Mức xếp loại | Số chi bộ | Tỷ lệ": each grade's count of cells and its share, the body's whose cells they are
    text = ("Đảng bộ Trường Cao đẳng Sư phạm Gia Lai có 12 chi bộ trực thuộc.\n\n"
            "Kết quả đánh giá, xếp loại chi bộ của Đảng bộ Trường năm 2024:\n"
            "| Mức xếp loại | Số chi bộ | Tỷ lệ |\n"
            "| Hoàn thành xuất sắc nhiệm vụ | 3 | 25% |\n"
            "| Hoàn thành tốt nhiệm vụ | 8 | 66,7% |\n"
            "| Hoàn thành nhiệm vụ | 1 | 8,3% |\n")
    found = {st for st in stats(nlp, text) if st[1].startswith("PartyCells")}
    body = "Đảng bộ Trường Cao đẳng Sư phạm Gia Lai"
    assert found == {(body, "PartyCellsCompletedTasksExcellently", 3, "2024", "2024"),
                     (body, "PartyCellsCompletedTasksExcellentlyShare", 25, "2024", "2024"),
                     (body, "PartyCellsCompletedTasksWell", 8, "2024", "2024"),
                     (body, "PartyCellsCompletedTasksWellShare", "66.7", "2024", "2024"),
                     (body, "PartyCellsCompletedTasks", 1, "2024", "2024"),
                     (body, "PartyCellsCompletedTasksShare", "8.3", "2024", "2024")}


def test_a_tables_rows_set_apart_as_regions_of_their_own_are_one_table():
    # a page's layout may leave each row of a "|" table a body region of its own, the edges "|" between them
    from partykg.extract.unit_figures import group_tables
    text = ("Kết quả xếp loại đảng viên năm 2024:\n"
            "| Mức xếp loại | Số đảng viên | Tỷ lệ |\n"
            "| Hoàn thành xuất sắc nhiệm vụ | 20 | 10% |\n"
            "| Hoàn thành tốt nhiệm vụ | 170 | 85% |\n")
    lines = [(m.start(), m.end()) for m in __import__("re").finditer(r"[^\n|][^\n]*[^\n|]", text)]
    found = {(f.measure, f.value) for f in group_tables(text, lines, "2024")}
    assert found == {("MembersCompletedTasksExcellently", 20), ("MembersCompletedTasksExcellentlyShare", 10),
                     ("MembersCompletedTasksWell", 170), ("MembersCompletedTasksWellShare", 85)}


def test_a_rating_table_with_a_bare_count_heading_rates_what_its_caption_names():
    from partykg.extract.unit_figures import group_tables
    text = ("Kết quả xếp loại tổ chức cơ sở đảng năm 2024:\n"
            "Xếp loại\tSố lượng\tTỷ lệ (%)\n"
            "Hoàn thành xuất sắc nhiệm vụ\t6\t20\n"
            "Hoàn thành tốt nhiệm vụ\t22\t73,3\n"
            "Không hoàn thành nhiệm vụ\t2\t6,7\n")
    found = {(f.measure, f.value) for f in group_tables(text, [(0, len(text))], "2024")}
    assert found == {("GrassrootsOrganizationsCompletedTasksExcellently", 6),
                     ("GrassrootsOrganizationsCompletedTasksExcellentlyShare", 20),
                     ("GrassrootsOrganizationsCompletedTasksWell", 22),
                     ("GrassrootsOrganizationsCompletedTasksWellShare", "73.3"),
                     ("GrassrootsOrganizationsNotCompletingTasks", 2),
                     ("GrassrootsOrganizationsNotCompletingTasksShare", "6.7")}


def test_a_rating_table_flattened_one_cell_a_line():
    from partykg.extract.unit_figures import group_tables
    text = ("Kết quả xếp loại chi bộ năm 2024:\nMức xếp loại\nSố chi bộ\nTỷ lệ\n"
            "Hoàn thành xuất sắc nhiệm vụ\n4\n25%\nHoàn thành tốt nhiệm vụ\n12\n75%\n\nNăm 2025, Đảng bộ phấn đấu.")
    found = {(f.measure, f.value) for f in group_tables(text, [(0, len(text))], "2024")}
    assert found == {("PartyCellsCompletedTasksExcellently", 4), ("PartyCellsCompletedTasksExcellentlyShare", 25),
                     ("PartyCellsCompletedTasksWell", 12), ("PartyCellsCompletedTasksWellShare", 75)}


def test_per_unit_columns_of_members_transferred_in_and_of_the_share_rated_well_or_better(nlp):
    found = stats(nlp, "Đảng bộ Bệnh viện tỉnh Ninh Bình có 3 chi bộ trực thuộc với 75 đảng viên.\n\n"
                       "Tình hình tổ chức đảng năm 2024:\n\n"
                       "Chi bộ | Đảng viên | Chuyển đến | Tỷ lệ HTTNV trở lên\n"
                       "Khoa Nội | 30 | 1 | 90%\nKhoa Ngoại | 20 | 0 | 95%\nKhoa Sản | 25 | 2 | 92,5%\n")
    assert {("Chi bộ Khoa Nội", "MembersTransferredIn", 1, "2024", "2024"),
            ("Chi bộ Khoa Sản", "MembersCompletedTasksWellOrBetterShare", "92.5", "2024", "2024")} <= found


def test_total_row_of_a_table_of_cells_gives_the_figures_of_the_body_they_are_in(nlp):
    # the cells of one Đảng bộ summed: its own members, on the day the table is of
    found = stats(nlp, "Đảng bộ Công ty Cổ phần Cấp nước Hòa Vang sơ kết công tác đảng năm 2025. Đảng bộ Công ty Cổ "
                       "phần Cấp nước Hòa Vang có 3 chi bộ trực thuộc.\n\n"
                       "Số đảng viên các chi bộ (tính đến ngày 31/10/2025):\n"
                       "Chi bộ | Đảng viên | Kết nạp năm 2025\n"
                       "Chi bộ Văn phòng | 12 | 1\nChi bộ Xí nghiệp Xây lắp | 9 | 0\n"
                       "Chi bộ Phòng Kỹ thuật | 7 | 2\nTổng cộng | 28 | 3\n")
    assert ("Đảng bộ Công ty Cổ phần Cấp nước Hòa Vang", "TotalMembers", 28, "2025-10-31", "2025-10-31") in found
    assert ("Chi bộ Văn phòng", "TotalMembers", 12, "2025-10-31", "2025-10-31") in found
    assert not any(f[0] == "" for f in found)


# a quarter beside its running total and the year's target, flattened one cell a line (the lone figure lines left out
# of the body by the layout); "—": no figure
QUARTER_TABLE = ("Ngày 6/10/2025, Đảng ủy phường Hòa Khánh họp sơ kết quý III. Đảng bộ phường Hòa Khánh hiện có "
                 "64 chi bộ trực thuộc.\n\n"
                 "KẾT QUẢ CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN\nNội dung\nQuý III/2025\nLũy kế từ 1/7/2025\n"
                 "Chỉ tiêu năm 2025\nKết nạp đảng viên\n{new}\nĐảng viên chuyển đến\n12\n15\n—\n")


def test_a_flattened_table_of_a_quarter_its_running_total_and_the_years_target(nlp):
    found = stats(nlp, QUARTER_TABLE.format(new="21\n30\n90"))
    ward = "Đảng bộ phường Hòa Khánh"
    assert {(ward, "NewMembers", 21, "2025-07-01", "2025-09-30"), (ward, "NewMembers", 30, "2025-07-01", None),
            (ward, "AdmissionTarget", 90, "2025", "2025"),
            (ward, "MembersTransferredIn", 12, "2025-07-01", "2025-09-30")} <= found


def test_a_flattened_table_read_past_lines_the_layout_left_out_of_the_body(nlp):
    text = QUARTER_TABLE.format(new="21\n30\n90")
    cut = text.index("21\n30")
    doc = article(text)
    doc = replace(doc, body_spans=[(0, cut), (cut + len("21\n30\n90\n"), len(text))])
    found = {(s.organization, s.measure, s.value, s.start, s.end) for s in extract(doc, nlp).statistics}
    assert ("Đảng bộ phường Hòa Khánh", "AdmissionTarget", 90, "2025", "2025") in found


def test_a_table_of_school_years_its_figure_lines_left_out_of_the_body(nlp):
    # the rows' figures the layout took for boilerplate (lone numbers) are the table's all the same; "Số HSSV được
    # kết nạp": the students admitted
    text = ("Đảng bộ Trường Trung cấp Nghề Bình Minh có 3 chi bộ trực thuộc. Đảng bộ Trường Trung cấp Nghề Bình Minh "
            "chăm lo tạo nguồn.\n\nKết quả kết nạp theo năm học:\nNăm học\nSố đảng viên\nSố HSSV được kết nạp\n"
            "2021 - 2022\n30\n2\n2022 - 2023\n33\n4\n\nTrường mở thêm hai ngành mới.")
    cuts = [text.index("\n30\n") + 1, text.index("\n33\n") + 1]
    doc = replace(article(text), body_spans=[(0, cuts[0]), (cuts[0] + 5, cuts[1]), (cuts[1] + 5, len(text))])
    found = {(s.organization, s.measure, s.value, s.start, s.end) for s in extract(doc, nlp).statistics}
    school = "Đảng bộ Trường Trung cấp Nghề Bình Minh"
    assert found == {(school, "AffiliatedPartyCells", 3, None, None), (school, "NewMembers", 2, "2021", "2022"),
                     (school, "TotalMembers", 30, None, "2022"), (school, "NewMembers", 4, "2022", "2023"),
                     (school, "TotalMembers", 33, None, "2023")}


def test_a_caption_of_the_cell_in_an_article_about_a_dang_bo_whose_cell_is_unread(nlp):
    # "... của chi bộ qua các năm:" in an article about a Đảng bộ whose cell the extractor did not read: not the Đảng
    # bộ's figures, left out
    text = ("Đảng bộ Quân sự huyện Tân Phước có 6 chi bộ. Đảng bộ Quân sự huyện Tân Phước chăm lo chi bộ đồn tiền tiêu."
            "\n\nSố liệu của chi bộ qua các năm:\nNăm\tKết nạp\n2022\t1\n2023\t2\n2024\t1\n")
    assert stats(nlp, text) == set()



@pytest.mark.parametrize("caption", ["Kết quả kết nạp đảng viên của chi bộ, đảng bộ cơ sở qua các năm:",
                                     "Số đảng viên được kết nạp tại chi bộ cơ sở qua các năm:"])
def test_a_caption_of_the_cells_in_general_is_the_party_committees_table_not_a_cell_named_before(nlp, caption):
    # "tại chi bộ cơ sở", "của chi bộ, đảng bộ cơ sở": the grassroots bodies at large, not one cell
    text = ("Xã Hòa Lộc chăm lo phát triển đảng viên\n\nĐảng bộ xã Hòa Lộc có 12 chi bộ trực thuộc. "
            "Chi bộ thôn Gò Mít nhiều năm liền hoàn thành tốt nhiệm vụ.\n\nĐảng bộ xã Hòa Lộc chú trọng tạo "
            "nguồn.\n\n"
            f"{caption}\nNăm\tKết nạp\n2022\t5\n2023\t7\n")
    commune = "Đảng bộ xã Hòa Lộc"
    assert stats(nlp, text) == {(commune, "AffiliatedPartyCells", 12, None, None),
                                (commune, "NewMembers", 5, "2022", "2022"), (commune, "NewMembers", 7, "2023", "2023")}


@pytest.mark.parametrize("running, begin, end", [("Lũy kế từ 1/7/2025", "2025-07-01", None),
                                                  ("Lũy kế 9 tháng năm 2025", "2025", "2025-09-30")])
def test_a_table_row_a_line_of_a_quarter_its_running_total_and_the_years_target(nlp, running, begin, end):
    found = stats(nlp, "Đảng bộ phường Hòa Khánh hiện có 64 chi bộ trực thuộc. Đảng bộ phường Hòa Khánh sơ kết quý III."
                       f"\n\nNội dung | Quý III/2025 | {running} | Chỉ tiêu năm 2025\n"
                       "Kết nạp đảng viên | 21 | 30 | 90\nĐảng viên chuyển đến | 12 | 15 | —\n")
    ward = "Đảng bộ phường Hòa Khánh"
    assert {(ward, "NewMembers", 30, begin, end), (ward, "AdmissionTarget", 90, "2025", "2025")} <= found


def test_a_members_column_under_a_caption_of_a_span_is_counted_on_its_last_day(nlp):
    # the caption dates the admissions over the span and the members on the day the report was drawn up
    text = ("Đảng bộ xã Tân Phong có 18 chi bộ trực thuộc.\n\n"
            "Kết quả của một số chi bộ thôn (từ 1/7 đến 20/11/2025):\n"
            "Chi bộ | Đảng viên | Kết nạp\n"
            "Thôn Đồng Mới | 31 | 2\n"
            "Thôn Bãi Sậy | 26 | 1\n")
    found = _table_rows(nlp, text)
    assert ("Chi bộ thôn Đồng Mới", "TotalMembers", 31, "2025-11-20", "2025-11-20") in found
    assert ("Chi bộ thôn Đồng Mới", "NewMembers", 2, "2025-07-01", "2025-11-20") in found


def test_a_column_headed_by_its_months_and_their_year_under_a_caption_of_the_day_its_figures_are_counted_to(nlp):
    # "Kết nạp 8 tháng năm 2025": the months of that year; "Số liệu đến 31/8/2025": the day the members are counted
    text = ("Đảng bộ Công ty Cổ phần Cơ khí Tân Phú có 3 chi bộ trực thuộc.\n\n"
            "Số liệu tính đến 31/8/2025, Văn phòng Đảng ủy cung cấp:\n\n"
            "| Chi bộ | Số đảng viên | Kết nạp 8 tháng năm 2025 |\n"
            "| Chi bộ Phân xưởng Đúc | 21 | 2 |\n"
            "| Chi bộ Phòng Kỹ thuật | 14 | 1 |\n")
    found = _table_rows(nlp, text)
    assert found >= {("Chi bộ Phân xưởng Đúc", "TotalMembers", 21, "2025-08-31", "2025-08-31"),
                     ("Chi bộ Phân xưởng Đúc", "NewMembers", 2, "2025", "2025-08-31"),
                     ("Chi bộ Phòng Kỹ thuật", "TotalMembers", 14, "2025-08-31", "2025-08-31"),
                     ("Chi bộ Phòng Kỹ thuật", "NewMembers", 1, "2025", "2025-08-31")}


def test_rows_of_a_name_and_its_figures_apart_by_slashes_under_a_title_that_lists_the_columns(nlp):
    # "(số đảng viên / số kết nạp)": the columns; "Thôn A: 31 / 2" a row; "các chi bộ thôn": the rows are party cells
    text = ("Đảng bộ xã Tân Phong có 18 chi bộ trực thuộc.\n\n"
            "Năm 2025, Đảng bộ xã Tân Phong kết nạp 9 đảng viên. "
            "Kết quả ở các chi bộ thôn (số đảng viên / số kết nạp):\n"
            "Thôn Đồng Mới: 31 / 2\n"
            "Thôn Bãi Sậy: 26 / 0\n")
    ex = extract(article(text), nlp)
    found = {(s.organization, s.measure, s.value) for s in ex.statistics
             if s.evidence[0].rule.startswith("statistics.table")}
    assert found >= {("Chi bộ thôn Đồng Mới", "TotalMembers", 31), ("Chi bộ thôn Đồng Mới", "NewMembers", 2),
                     ("Chi bộ thôn Bãi Sậy", "TotalMembers", 26), ("Chi bộ thôn Bãi Sậy", "NewMembers", 0)}


def test_a_flat_table_of_one_cells_members_by_group_on_two_days(nlp):
    # "Chỉ tiêu / Thời điểm 31/5/2025 / Thời điểm 31/10/2025", then each row's label and its two figures: its women
    # and ethnic-minority members are groups of its members on those days
    text = ("Chi bộ Trung tâm Văn hóa huyện Na Rì có 15 đảng viên.\n\n"
            "Số liệu đảng viên của Chi bộ\n\nChỉ tiêu\nThời điểm 31/5/2025\nThời điểm 31/10/2025\n"
            "Tổng số đảng viên\n15\n16\nĐảng viên nữ\n5\n6\nĐảng viên người dân tộc thiểu số\n9\n9\n")
    found = stats(nlp, text)
    cell = "Chi bộ Trung tâm Văn hóa huyện Na Rì"
    assert {(cell, "TotalMembers", 16, "2025-10-31", "2025-10-31"),
            (cell, "MembersByGroup", 6, "2025-10-31", "2025-10-31"),
            (cell, "MembersByGroup", 5, "2025-05-31", "2025-05-31")} <= found


def test_a_flat_table_under_a_title_that_lists_its_columns_after_a_colon(nlp):
    # "số liệu theo thứ tự: đơn vị / số kết nạp / chỉ tiêu năm": the name column, then two figure columns; each row
    # a unit's name on one line and its figures one a line below it; the title's period is the figures'
    text = ("Sáu tháng đầu năm 2025, Đảng bộ huyện Kim Sơn kết nạp 60 đảng viên.\n\n"
            "Kết nạp ở vài đảng bộ cơ sở (6 tháng đầu năm 2025), số liệu theo thứ tự: "
            "đơn vị / số kết nạp / chỉ tiêu năm\n"
            "Thị trấn Phát Diệm\n5\n12\n"
            "Xã Ân Hòa\n0\n6\n")
    found = stats(nlp, text)
    assert {("Đảng bộ thị trấn Phát Diệm", "NewMembers", 5, "2025", "2025-06-30"),
            ("Đảng bộ thị trấn Phát Diệm", "AdmissionTarget", 12, "2025", "2025"),
            ("Đảng bộ xã Ân Hòa", "NewMembers", 0, "2025", "2025-06-30")} <= found


def test_a_rows_figures_apart_by_a_slash_on_a_line_of_their_own_are_its_columns(nlp):
    text = ("Năm 2025, Đảng bộ huyện Sa Thầy kết nạp 96 đảng viên.\n\n"
            "Số liệu từng xã trong năm 2025 (kết nạp / chỉ tiêu):\nXã Ya Xiêr\n9/12\nXã Rờ Kơi\n7/10\n")
    assert stats(nlp, text) == {("Đảng bộ huyện Sa Thầy", "NewMembers", 96, "2025", "2025"),
                                ("Đảng bộ xã Ya Xiêr", "NewMembers", 9, "2025", "2025"),
                                ("Đảng bộ xã Ya Xiêr", "AdmissionTarget", 12, "2025", "2025"),
                                ("Đảng bộ xã Rờ Kơi", "NewMembers", 7, "2025", "2025"),
                                ("Đảng bộ xã Rờ Kơi", "AdmissionTarget", 10, "2025", "2025")}


def test_a_column_of_grassroots_organizations_at_the_close_of_each_year_is_a_stock_on_its_last_day(nlp):
    # every stock measure (the one list statistics.py reads sentences with) may be counted at a row's close
    found = stats(nlp, "Huyện Tân Lâm sơ kết công tác đảng\n\nĐảng bộ huyện Tân Lâm có 5.210 đảng viên.\n\n"
                       "Số liệu của Đảng bộ huyện qua các năm:\nNăm\tTổ chức cơ sở đảng cuối năm\tKết nạp\n"
                       "2023\t41\t120\n2024\t39\t131\n")
    district = "Đảng bộ huyện Tân Lâm"
    assert found == {(district, "TotalMembers", 5210, None, None),
                     (district, "GrassrootsPartyOrganizations", 41, "2023-12-31", "2023-12-31"),
                     (district, "NewMembers", 120, "2023", "2023"),
                     (district, "GrassrootsPartyOrganizations", 39, "2024-12-31", "2024-12-31"),
                     (district, "NewMembers", 131, "2024", "2024")}


def test_a_column_of_words_no_heading_reads_does_not_stop_the_rows_of_periods(nlp):
    # a rating column ("Xếp loại") beside the figures: its words are left unread, the figures of each year read
    found = stats(nlp, "Chi bộ Trạm Y tế xã Tân Hòa có 11 đảng viên.\n\n"
                       "Kết quả của chi bộ qua từng năm:\n"
                       "| Năm | Kết nạp | Số đảng viên | Xếp loại |\n"
                       "| 2021 | 1 | 9 | Hoàn thành tốt nhiệm vụ |\n| 2022 | 2 | 11 | Trong sạch, vững mạnh |\n")
    cell = "Chi bộ Trạm Y tế xã Tân Hòa"
    assert found == {(cell, "TotalMembers", 11, None, None),
                     (cell, "NewMembers", 1, "2021", "2021"), (cell, "TotalMembers", 9, "2021", "2021"),
                     (cell, "NewMembers", 2, "2022", "2022"), (cell, "TotalMembers", 11, "2022", "2022")}
    # words in a column read ("Kết nạp": "chưa có") end the rows there (one row left: no table read)
    found = stats(nlp, "Chi bộ Trạm Y tế xã Tân Hòa có 11 đảng viên.\n\n"
                       "Kết quả của chi bộ qua từng năm:\n"
                       "| Năm | Kết nạp | Số đảng viên |\n"
                       "| 2020 | 1 | 8 |\n| 2021 | chưa có | 8 |\n| 2022 | 2 | 11 |\n")
    assert found == {(cell, "TotalMembers", 11, None, None)}
