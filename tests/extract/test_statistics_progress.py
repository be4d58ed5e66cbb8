"""Targets a body sets itself, progress toward a term's target, quarters and running totals without their
year, stocks on a moment's day, and a đảng bộ's cells counted with its members: sentences written for the tests."""
from _fixture import stats

from partykg.extract.numbers import find_periods


def test_the_count_toward_a_term_target_runs_from_the_terms_start(nlp):
    found = stats(nlp, "Nghị quyết Đại hội Đảng bộ huyện Mộc Châu đặt chỉ tiêu nhiệm kỳ 2020 - 2025 kết nạp 1.200 "
                       "đảng viên. Đến ngày 30/6/2024, toàn huyện đã kết nạp 950 đảng viên, đạt 79,2%.")
    assert ("Đảng bộ huyện Mộc Châu", "AdmissionTarget", 1200, "2020", "2025") in found
    assert ("Đảng bộ huyện Mộc Châu", "NewMembers", 950, "2020", "2024-06-30") in found
    assert ("Đảng bộ huyện Mộc Châu", "TargetAchievement", "79.2", "2020", "2024-06-30") in found
    assert not any(f[2] == 1200 and f[1] == "NewMembers" for f in found)
    # with no term's target before it, a count to a day runs from that day's year (the convention)
    found = stats(nlp, "Năm 2023, Đảng bộ huyện Mộc Châu kết nạp 200 đảng viên. Đến ngày 30/6/2024, toàn huyện đã "
                       "kết nạp 90 đảng viên.")
    assert ("Đảng bộ huyện Mộc Châu", "NewMembers", 90, "2024", "2024-06-30") in found


def test_the_same_sentence_target_then_count_to_the_end_of_a_month(nlp):
    found = stats(nlp, "Nhiệm kỳ 2020 - 2025, Đảng bộ huyện Mộc Châu đặt chỉ tiêu kết nạp 800 đảng viên; đến hết "
                       "tháng 6/2024 đã kết nạp 700 đảng viên, đạt 87,5%.")
    assert ("Đảng bộ huyện Mộc Châu", "NewMembers", 700, "2020", "2024-06-30") in found


def test_a_committee_that_sets_itself_a_target_sets_its_dang_bos(nlp):
    found = stats(nlp, "Năm 2023, Đảng bộ xã Tân Lạc kết nạp 9 đảng viên; năm 2024, Đảng ủy xã Tân Lạc đặt chỉ tiêu "
                       "12 đảng viên.")
    assert ("Đảng bộ xã Tân Lạc", "AdmissionTarget", 12, "2024", "2024") in found


def test_a_quarter_and_a_running_total_written_without_their_year():
    text = "Riêng quý III, Chi bộ kết nạp 2 quần chúng; lũy kế 9 tháng đã kết nạp 7 người."
    assert [(p.begin, p.until) for p in find_periods(text, 0, len(text), "2024")] == \
        [("2024-07-01", "2024-09-30"), ("2024", "2024-09-30")]
    text = "Quý II năm 2023 và quý I/2024"
    assert [(p.begin, p.until) for p in find_periods(text, 0, len(text), "2025")] == \
        [("2023-04-01", "2023-06-30"), ("2024", "2024-03-31")]


def test_the_quarter_dates_its_count_and_the_running_total_its_own(nlp):
    found = stats(nlp, "Ngày 7/10/2024, Đảng ủy xã Tân Lạc họp sơ kết. Trong quý III, Đảng bộ xã Tân Lạc kết nạp 5 "
                       "đảng viên; lũy kế 9 tháng kết nạp 13 đảng viên.")
    assert ("Đảng bộ xã Tân Lạc", "NewMembers", 5, "2024-07-01", "2024-09-30") in found
    assert ("Đảng bộ xã Tân Lạc", "NewMembers", 13, "2024", "2024-09-30") in found


def test_a_stock_at_a_moment_is_dated_that_day(nlp):
    found = stats(nlp, "Số liệu trước sáp nhập (tại thời điểm 30/6/2025): Đảng bộ xã Tân Lạc có 512 đảng viên.")
    assert ("Đảng bộ xã Tân Lạc", "TotalMembers", 512, "2025-06-30", "2025-06-30") in found


def test_a_dang_bos_cells_counted_with_its_members_are_its_affiliated_cells(nlp):
    found = stats(nlp, "Đảng bộ xã Tân Lạc hiện có 23 chi bộ với 604 đảng viên.")
    assert ("Đảng bộ xã Tân Lạc", "AffiliatedPartyCells", 23, None, None) in found
    assert ("Đảng bộ xã Tân Lạc", "TotalMembers", 604, None, None) in found


def test_a_table_of_discipline_forms_by_half_year_and_its_sum(nlp):
    text = ("Kết quả thi hành kỷ luật trong Đảng bộ huyện Mộc Châu (số đảng viên):\n\n"
            "Hình thức          6 tháng đầu năm 2022    6 tháng đầu năm 2023\n"
            "Khiển trách        31                      27\n"
            "Cảnh cáo           8                       11\n"
            "Khai trừ           2                       1\n"
            "Cộng               41                      39\n")
    found = stats(nlp, text)
    assert ("Đảng bộ huyện Mộc Châu", "MembersReprimanded", 31, "2022", "2022-06-30") in found
    assert ("Đảng bộ huyện Mộc Châu", "MembersWarned", 11, "2023", "2023-06-30") in found
    assert ("Đảng bộ huyện Mộc Châu", "MembersExpelled", 1, "2023", "2023-06-30") in found
    assert ("Đảng bộ huyện Mộc Châu", "DisciplinedMembers", 39, "2023", "2023-06-30") in found


def test_a_table_of_inspections_by_quarter_in_tab_separated_cells(nlp):
    text = ("Theo báo cáo, Đảng bộ huyện Mộc Châu so sánh với cùng kỳ như sau:\n"
            "Nội dung\tQuý II/2023\tQuý II/2024\n"
            "Kiểm tra đảng viên khi có dấu hiệu vi phạm\t12\t15\n"
            "Đảng viên bị thi hành kỷ luật\t9\t7\n"
            "Trong đó: khai trừ\t2\t1\n")
    found = stats(nlp, text)
    assert ("Đảng bộ huyện Mộc Châu", "MembersInspected", 12, "2023-04-01", "2023-06-30") in found
    assert ("Đảng bộ huyện Mộc Châu", "DisciplinedMembers", 7, "2024-04-01", "2024-06-30") in found
    assert ("Đảng bộ huyện Mộc Châu", "MembersExpelled", 2, "2023-04-01", "2023-06-30") in found


def test_a_list_of_cells_members_and_admissions_one_cell_a_line_over_the_leads_period(nlp):
    text = ("Từ đầu năm 2024 đến nay, Đảng bộ xã Tân Lạc kết nạp 12 đảng viên. Kết quả tại một số chi bộ:\n"
            "• Chi bộ thôn Bãi Sậy: 38 đảng viên, kết nạp 3\n"
            "• Chi bộ thôn Đồng Mới: 27 đảng viên, kết nạp mới 2\n")
    found = stats(nlp, text)
    assert ("Chi bộ thôn Bãi Sậy", "TotalMembers", 38, None, None) in found
    assert ("Chi bộ thôn Bãi Sậy", "NewMembers", 3, "2024", None) in found
    assert ("Chi bộ thôn Đồng Mới", "NewMembers", 2, "2024", None) in found


def test_an_anniversarys_span_does_not_date_the_admissions_of_its_ceremony(nlp):
    found = stats(nlp, "Sáng 26/3/2025, trong dịp kỷ niệm 94 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2025), "
                       "Đảng bộ xã Tân Lạc làm lễ kết nạp vào Đảng cho 7 đoàn viên ưu tú.")
    assert ("Đảng bộ xã Tân Lạc", "NewMembers", 7, "2025-03-26", "2025-03-26") in found


def test_a_members_list_line_with_its_admitted_described_and_a_cell_named_after_a_workshop(nlp):
    text = ("Sáu tháng đầu năm 2024, Đảng bộ Công ty Cơ khí Hòa Phát kết nạp 9 đảng viên. Một số chi bộ tiêu biểu:\n"
            "- Chi bộ Phân xưởng Rèn: 14 đảng viên, kết nạp 2 đảng viên là người Tày và người Nùng.\n"
            "- Chi bộ Tổ Bảo trì: 8 đảng viên, kết nạp 1.\n")
    found = stats(nlp, text)
    assert ("Chi bộ Phân xưởng Rèn", "NewMembers", 2, "2024", "2024-06-30") in found
    assert ("Chi bộ Phân xưởng Rèn", "TotalMembers", 14, None, None) in found
    assert ("Chi bộ Tổ Bảo trì", "NewMembers", 1, "2024", "2024-06-30") in found


def test_an_average_that_opens_the_sentence_is_no_admission(nlp):
    found = stats(nlp, "Đảng bộ huyện Sơn Hà kết nạp 600 đảng viên. Bình quân mỗi năm kết nạp 200 đảng viên.")
    assert ("Đảng bộ huyện Sơn Hà", "NewMembersAnnualAverage", 200) in {f[:3] for f in found}
    assert ("Đảng bộ huyện Sơn Hà", "NewMembers", 200) not in {f[:3] for f in found}
