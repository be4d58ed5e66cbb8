"""Per-unit tables whose columns a report heads by period, or lists in its title (sentences written for the tests)."""
from _fixture import stats

# columns headed by periods: the title names what they count
BY_PERIOD = """Năm 2024, Đảng bộ tỉnh Ninh Bình tiếp tục nâng cao chất lượng công tác phát triển đảng viên.

Kết quả kết nạp đảng viên năm 2024 của các đảng bộ huyện:
Đơn vị
6 tháng đầu năm
Cả năm 2024
Huyện Kim Sơn
48
131
Huyện Yên Mô
37
95
"""


def test_columns_headed_by_periods_count_what_the_title_names(nlp):
    found = {s for s in stats(nlp, BY_PERIOD) if s[1] == "NewMembers"}
    assert found == {
        ("Đảng bộ huyện Kim Sơn", "NewMembers", 48, "2024", "2024-06-30"),
        ("Đảng bộ huyện Kim Sơn", "NewMembers", 131, "2024", "2024"),
        ("Đảng bộ huyện Yên Mô", "NewMembers", 37, "2024", "2024-06-30"),
        ("Đảng bộ huyện Yên Mô", "NewMembers", 95, "2024", "2024"),
    }
    # a title that names no measure: the periods' columns count nothing known
    text = BY_PERIOD.replace("Kết quả kết nạp đảng viên năm 2024", "Một số kết quả năm 2024")
    assert not [s for s in stats(nlp, text) if s[0].startswith("Đảng bộ huyện")]


# the yearly rating of members (Quy định 366-QĐ/TW), the columns listed in the title
RATINGS = """Năm 2023, Đảng bộ tỉnh Ninh Bình tổ chức đánh giá, xếp loại chất lượng đảng viên đúng quy định.

Kết quả xếp loại đảng viên năm 2023 tại 2 huyện (số đảng viên được đánh giá; hoàn thành xuất sắc nhiệm vụ; hoàn \
thành tốt nhiệm vụ; hoàn thành nhiệm vụ; không hoàn thành nhiệm vụ):
Huyện Kim Sơn
5.210
812
4.100
280
18
Huyện Yên Mô
3.944
590
3.101
241
12
"""


def test_a_title_that_lists_the_columns_of_the_table_below_it(nlp):
    found = {s for s in stats(nlp, RATINGS) if s[0] == "Đảng bộ huyện Kim Sơn"}
    assert found == {
        ("Đảng bộ huyện Kim Sơn", "MembersRated", 5210, "2023", "2023"),
        ("Đảng bộ huyện Kim Sơn", "MembersCompletedTasksExcellently", 812, "2023", "2023"),
        ("Đảng bộ huyện Kim Sơn", "MembersCompletedTasksWell", 4100, "2023", "2023"),
        ("Đảng bộ huyện Kim Sơn", "MembersCompletedTasks", 280, "2023", "2023"),
        ("Đảng bộ huyện Kim Sơn", "MembersNotCompletingTasks", 18, "2023", "2023"),
    }
    assert ("Đảng bộ huyện Yên Mô", "MembersNotCompletingTasks", 12, "2023", "2023") in stats(nlp, RATINGS)


def test_the_rating_grades_abbreviated_as_column_headers(nlp):
    text = ("Kết quả xếp loại đảng viên năm 2023\nĐơn vị\nSố ĐV được đánh giá\nHTXSNV\nHTTNV\nHTNV\nKHTNV\n"
            "Huyện Kim Sơn\n5.210\n812\n4.100\n280\n18\nHuyện Yên Mô\n3.944\n590\n3.101\n241\n12\n")
    found = stats(nlp, text)
    assert ("Đảng bộ huyện Yên Mô", "MembersCompletedTasksExcellently", 590, "2023", "2023") in found
    assert ("Đảng bộ huyện Yên Mô", "MembersRated", 3944, "2023", "2023") in found


def test_a_row_no_one_places_is_in_the_body_its_sibling_rows_are_in(nlp):
    from _fixture import article

    from partykg.extract import extract
    text = ("Ngày 9-1, Đảng ủy các cơ quan Đảng tỉnh Ninh Bình tổng kết công tác xây dựng Đảng năm 2025.\n\n"
            "Số đảng viên mới năm 2025 ở một số đảng bộ cơ sở:\nĐơn vị\nKết nạp mới\n"
            "Đảng bộ Văn phòng Tỉnh ủy\n9\nĐảng bộ Ban Tổ chức Tỉnh ủy\n7\nĐảng bộ Trung tâm Lưu trữ Vân Long\n4\n")
    parents = {o.name: o.parent for o in extract(article(text, "2026-01-10"), nlp).organizations}
    assert parents["Đảng bộ Văn phòng Tỉnh ủy Ninh Bình"] == "Đảng bộ các cơ quan Đảng tỉnh Ninh Bình"
    assert parents["Đảng bộ Trung tâm Lưu trữ Vân Long"] == "Đảng bộ các cơ quan Đảng tỉnh Ninh Bình"


def test_the_same_tables_in_other_layouts(nlp):
    # a row a line, its cells apart by " | ", the columns headed by periods
    by_period = BY_PERIOD.split("\n\n")[1].split("\n")
    rows = [" | ".join(by_period[k:k + 3]) for k in range(1, len(by_period) - 1, 3)]
    found = stats(nlp, "\n".join([by_period[0], *rows]) + "\n")
    assert ("Đảng bộ huyện Yên Mô", "NewMembers", 37, "2024", "2024-06-30") in found
    # the columns listed apart by commas; the name column headed by the units' kind
    listed = ("Kết quả xếp loại đảng viên năm 2023 (ĐV được đánh giá, HTXSNV, HTTNV, HTNV, KHTNV):\n"
              "Huyện Kim Sơn\n5.210\n812\n4.100\n280\n18\nHuyện Yên Mô\n3.944\n590\n3.101\n241\n12\n")
    assert ("Đảng bộ huyện Kim Sơn", "MembersCompletedTasksWell", 4100, "2023", "2023") in stats(nlp, listed)
    headed = ("Kết quả xếp loại đảng viên năm 2023\nHuyện, thị xã, thành phố | Số ĐV được đánh giá | HTXSNV\n"
              "Huyện Kim Sơn | 5.210 | 812\nHuyện Yên Mô | 3.944 | 590\n")
    assert ("Đảng bộ huyện Yên Mô", "MembersRated", 3944, "2023", "2023") in stats(nlp, headed)


def test_columns_of_dates_under_a_title_that_counts_the_members(nlp):
    text = ("Số đảng viên của các đảng bộ huyện qua hai thời điểm:\nĐơn vị\nĐến ngày 31/12/2023\n"
            "Đến ngày 31/12/2024\n"
            "Huyện Kim Sơn\n5.102\n5.210\nHuyện Yên Mô\n3.890\n3.944\n")
    found = stats(nlp, text)
    assert ("Đảng bộ huyện Kim Sơn", "TotalMembers", 5102, "2023-12-31", "2023-12-31") in found
    assert ("Đảng bộ huyện Yên Mô", "TotalMembers", 3944, "2024-12-31", "2024-12-31") in found


def test_a_table_of_cells_is_one_bodys_cells(nlp):
    from _fixture import orgs
    text = ("Ngày 5-3-2024, Đảng ủy Khối Doanh nghiệp tỉnh Ninh Bình tổ chức hội nghị tại Công ty Cổ phần Cơ khí Tam "
            "Điệp. Đồng chí Lã Văn Khuê, Bí thư Chi bộ Phân xưởng Đúc, Công ty Cổ phần Cơ khí Tam Điệp cho biết năm "
            "2023 chi bộ kết nạp 2 đảng viên.\n\nSố đảng viên kết nạp năm 2023 theo chi bộ:\nChi bộ\nKết nạp\n"
            "Phân xưởng Đúc\n2\nPhân xưởng Rèn\n1\nPhòng Kỹ thuật\n1\n")
    found = orgs(nlp, text)
    assert {found[f"Chi bộ {c}"].parent for c in ("Phân xưởng Đúc", "Phân xưởng Rèn", "Phòng Kỹ thuật")} == {
        "Đảng bộ Công ty Cổ phần Cơ khí Tam Điệp"}


def test_a_table_of_inspections_with_row_numbers_the_year_and_the_forms_as_sub_rows(nlp):
    text = ("Trong quý III/2024, ủy ban kiểm tra các cấp trong Đảng bộ huyện Mộc Châu đã thực hiện như sau:\n"
            "STT | Nội dung | Quý III/2024 | Cả năm 2024\n"
            "1 | Tổ chức đảng được kiểm tra khi có dấu hiệu vi phạm | 2 | 7\n"
            "2 | Đảng viên bị thi hành kỷ luật | 11 | 30\n"
            "  - Khiển trách | 7 | 21\n"
            "  - Khai trừ | 4 | 9\n"
            "3 | Tổ chức đảng bị thi hành kỷ luật | 1 | 2\n")
    found = stats(nlp, text)
    assert ("Đảng bộ huyện Mộc Châu", "PartyOrganizationsInspected", 7, "2024", "2024") in found
    assert ("Đảng bộ huyện Mộc Châu", "DisciplinedMembers", 11, "2024-07-01", "2024-09-30") in found
    assert ("Đảng bộ huyện Mộc Châu", "MembersReprimanded", 21, "2024", "2024") in found
    assert ("Đảng bộ huyện Mộc Châu", "MembersExpelled", 4, "2024-07-01", "2024-09-30") in found
    assert ("Đảng bộ huyện Mộc Châu", "PartyOrganizationsDisciplined", 2, "2024", "2024") in found
