"""The periods of membership statistics, on sentences written for the tests."""
import pytest
from _fixture import stats

from partykg.extract.numbers import find_periods


@pytest.mark.parametrize("text, period", [
    ("từ năm 2019 đến hết tháng 8/2023, huyện", ("2019", "2023-08-31")),
    ("Từ đầu năm 2020 đến ngày 31/5/2024, toàn tỉnh", ("2020", "2024-05-31")),
    ("Tính từ đầu năm đến ngày 31/5/2024", ("2024", "2024-05-31")),
    ("Sáng nay (14/3), chi bộ", ("2024-03-14", "2024-03-14")),
])
def test_a_period_from_a_year_to_a_day_or_month_and_a_day_of_broadcast_news(text, period):
    assert [(p.begin, p.until) for p in find_periods(text, year="2024")] == [period]


@pytest.mark.parametrize("text, period", [
    ("Từ ngày 1/8/2024 đến hết tháng 10/2024, chi bộ", ("2024-08-01", "2024-10-31")),
    ("từ 15/2 đến cuối tháng 5/2024, đảng bộ", ("2024-02-15", "2024-05-31")),
    ("từ ngày 1/8 đến hết ngày 31/10/2024, Đảng bộ xã", ("2024-08-01", "2024-10-31")),
])
def test_a_period_from_a_day_to_the_end_of_a_month_or_of_a_day(text, period):
    assert [(p.begin, p.until) for p in find_periods(text, year="2024")] == [period]


def test_admissions_from_a_day_to_the_end_of_a_month(nlp):
    found = stats(nlp, "Từ ngày 1/8/2024 đến hết tháng 10/2024, Chi bộ thôn Khe Mát kết nạp 2 đảng viên.")
    assert found == {("Chi bộ thôn Khe Mát", "NewMembers", 2, "2024-08-01", "2024-10-31")}


def test_admissions_from_a_year_to_the_end_of_a_month(nlp):
    found = stats(nlp, "Từ năm 2019 đến hết tháng 8/2023, Đảng bộ huyện Kim Bôi kết nạp 512 đảng viên.")
    assert found == {("Đảng bộ huyện Kim Bôi", "NewMembers", 512, "2019", "2023-08-31")}


def test_a_count_in_a_year_and_the_count_now(nlp):
    # a stock dated by a year is counted in that year; the one "nay" counts has no period
    found = stats(nlp, "Năm 2018 Chi bộ thôn Đồng Quang chỉ có 5 đảng viên, nay đã có 17 đảng viên.")
    assert found == {("Chi bộ thôn Đồng Quang", "TotalMembers", 5, "2018", "2018"),
                     ("Chi bộ thôn Đồng Quang", "TotalMembers", 17, None, None)}


def test_the_two_values_of_a_change_each_with_its_own_period(nlp):
    found = stats(nlp, "Huyện Kim Bôi đẩy mạnh tạo nguồn. Số thôn chưa có đảng viên giảm từ 7 thôn (năm 2019) "
                       "xuống còn 1 thôn.")
    assert found == {("Đảng bộ huyện Kim Bôi", "VillagesWithoutPartyMembers", 7, "2019", "2019"),
                     ("Đảng bộ huyện Kim Bôi", "VillagesWithoutPartyMembers", 1, None, None)}


def test_a_paragraph_of_units_figures_takes_the_period_of_the_admissions_before_it(nlp):
    text = ("Ngày 6/11, Ban Thường vụ Huyện ủy Kim Bôi sơ kết việc kết nạp đảng viên từ ngày 1/8 đến ngày "
            "31/10/2025. Toàn Đảng bộ huyện Kim Bôi kết nạp 90 đảng viên.\n"
            "Một số đảng bộ có số kết nạp cao: Đảng bộ xã Đồng Quang (14 đảng viên), Đảng bộ xã Yên Thủy "
            "(11 đảng viên).")
    found = stats(nlp, text)
    assert found == {("Đảng bộ huyện Kim Bôi", "NewMembers", 90, "2025-08-01", "2025-10-31"),
                     ("Đảng bộ xã Đồng Quang", "NewMembers", 14, "2025-08-01", "2025-10-31"),
                     ("Đảng bộ xã Yên Thủy", "NewMembers", 11, "2025-08-01", "2025-10-31")}


def test_bodies_counted_are_not_the_body_that_counts(nlp):
    # "72 đảng bộ xã" counts bodies; the members are the province's
    found = stats(nlp, "Tính đến ngày 30/9/2025, Đảng bộ huyện Kim Bôi có 30 đảng bộ trực thuộc (gồm 26 đảng bộ xã, "
                       "thị trấn và 4 đảng bộ cơ quan) với 9.120 đảng viên.")
    assert ("Đảng bộ huyện Kim Bôi", "TotalMembers", 9120, "2025-09-30", "2025-09-30") in found


def test_a_change_of_admissions_on_the_period_before_is_not_growth_of_the_membership(nlp):
    found = stats(nlp, "6 tháng đầu năm 2024, Đảng bộ huyện Kim Bôi kết nạp 75 đảng viên, tăng 12 đảng viên so với "
                       "cùng kỳ năm 2023; làm thủ tục chuyển đi 40 đảng viên. Hiện còn 9 đảng viên chưa chuyển "
                       "sinh hoạt đảng.")
    assert found == {
        ("Đảng bộ huyện Kim Bôi", "NewMembers", 75, "2024", "2024-06-30"),
        ("Đảng bộ huyện Kim Bôi", "NewMembersIncreaseOnPreviousPeriod", 12, "2024", "2024-06-30"),
        ("Đảng bộ huyện Kim Bôi", "MembersTransferredOut", 40, "2024", "2024-06-30"),
        ("Đảng bộ huyện Kim Bôi", "MembersNotTransferred", 9, None, None)}


def test_the_year_compared_with_does_not_date_the_difference(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Kim Bôi kết nạp 80 đảng viên, nhiều hơn năm 2023 là 6 đảng viên.")
    assert found == {("Đảng bộ huyện Kim Bôi", "NewMembers", 80, "2024", "2024"),
                     ("Đảng bộ huyện Kim Bôi", "NewMembersIncreaseOnPreviousPeriod", 6, "2024", "2024")}


def test_admissions_of_just_now_take_no_period_of_the_report(nlp):
    text = ("Năm 2024, Đảng bộ huyện Kim Bôi kết nạp 80 đảng viên.\n"
            "Chi bộ thôn Đồng Quang vừa kết nạp 2 quần chúng, nâng tổng số đảng viên của chi bộ lên 24 đồng chí.")
    found = stats(nlp, text)
    assert ("Chi bộ thôn Đồng Quang", "NewMembers", 2, None, None) in found


def test_a_goal_for_each_unit_is_no_count_of_one_body(nlp):
    found = stats(nlp, "Năm 2026, Đảng bộ huyện Kim Bôi phấn đấu kết nạp 120 đảng viên; mỗi xã vùng cao phấn đấu "
                       "kết nạp ít nhất 4 đảng viên.")
    assert found == {("Đảng bộ huyện Kim Bôi", "AdmissionTarget", 120, "2026", "2026")}


def test_the_issuer_of_a_cited_document_and_the_committee_of_a_speakers_post_set_no_target(nlp):
    text = ("Huyện Kim Bôi đẩy mạnh tạo nguồn.\nKết luận hội nghị, đồng chí Bí thư Huyện ủy Kim Bôi đề nghị thực "
            "hiện Chỉ thị số 17-CT/TU ngày 9/5/2022 của Ban Thường vụ Tỉnh ủy về tạo nguồn; phấn đấu cả "
            "giai đoạn 2021 - 2025 kết nạp ít nhất 900 đảng viên.")
    assert stats(nlp, text) == {("Đảng bộ huyện Kim Bôi", "AdmissionTarget", 900, "2021", "2025")}


def test_the_affiliated_cells_and_committees_by_type(nlp):
    found = stats(nlp, "Đảng bộ huyện Kim Bôi có 40 chi bộ trực thuộc (gồm 31 chi bộ thôn và 9 chi bộ cơ quan, "
                       "trường học) với 2.100 đảng viên.")
    assert found == {("Đảng bộ huyện Kim Bôi", "AffiliatedPartyCells", 40, None, None),
                     ("Đảng bộ huyện Kim Bôi", "AffiliatedPartyCellsByType", 31, None, None),
                     ("Đảng bộ huyện Kim Bôi", "AffiliatedPartyCellsByType", 9, None, None),
                     ("Đảng bộ huyện Kim Bôi", "TotalMembers", 2100, None, None)}


def test_the_new_members_of_each_cell(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ Trường Cao đẳng Kim Bôi kết nạp 9 đảng viên. Số đảng viên mới thuộc các "
                       "chi bộ: Chi bộ Sinh viên Khoa Cơ khí 5 đồng chí; Chi bộ Sinh viên Khoa Điện 4 đồng chí.")
    assert ("Chi bộ Sinh viên Khoa Cơ khí", "NewMembers", 5, "2024", "2024") in found
    assert ("Chi bộ Sinh viên Khoa Điện", "NewMembers", 4, "2024", "2024") in found


def test_a_paragraph_that_breaks_down_the_admissions_before_it_takes_their_period(nlp):
    text = ("Sáng 12/3/2024, Đảng ủy Trường Cao đẳng Kim Bôi tổ chức lễ kết nạp 9 đảng viên là học sinh ưu tú.\n"
            "Trong số đảng viên mới có 3 em là người dân tộc thiểu số. Số đảng viên mới thuộc các chi bộ: Chi bộ "
            "Sinh viên Khoa Cơ khí 5 đồng chí; Chi bộ Sinh viên Khoa Điện 4 đồng chí.")
    found = stats(nlp, text)
    assert ("Chi bộ Sinh viên Khoa Cơ khí", "NewMembers", 5, "2024-03-12", "2024-03-12") in found


def test_item_lines_after_a_lead_ending_with_a_colon_take_the_leads_period(nlp):
    text = ("Xã Nà Hỳ có 12 bản, đồng bào Thái và H'Mông cùng sinh sống.\n\n"
            "Trong quý II/2024, Đảng ủy xã Nà Hỳ kết nạp 9 đảng viên. Cụ thể:\n"
            "1. Chi bộ bản Nà Pan: kết nạp 5 đảng viên;\n"
            "2. Chi bộ bản Huổi Lụ: kết nạp 4 đảng viên.\n")
    found = stats(nlp, text)
    assert ("Chi bộ bản Nà Pan", "NewMembers", 5, "2024-04-01", "2024-06-30") in found
    assert ("Chi bộ bản Huổi Lụ", "NewMembers", 4, "2024-04-01", "2024-06-30") in found


def test_the_last_six_months_and_a_stock_years_ago(nlp):
    from _fixture import stats
    found = stats(nlp, "Năm 2024, Đảng bộ xã Thanh Sơn chăm lo tạo nguồn kết nạp. Cách đây 6 năm, Chi bộ "
                       "thôn Đồng Bầu chỉ có 5 đảng viên. 6 tháng cuối năm 2024, Đảng bộ xã Thanh Sơn kết nạp 8 đảng "
                       "viên.")
    assert ("Chi bộ thôn Đồng Bầu", "TotalMembers", 5, "2018", "2018") in found
    assert ("Đảng bộ xã Thanh Sơn", "NewMembers", 8, "2024-07-01", "2024-12-31") in found


def test_a_stock_counted_to_the_end_of_a_month_is_dated_that_day(nlp):
    from _fixture import stats
    found = stats(nlp, "Đến hết tháng 9/2024, Chi bộ Công ty Cổ phần May Hòa Thọ có 21 đảng viên.")
    assert found == {("Chi bộ Công ty Cổ phần May Hòa Thọ", "TotalMembers", 21, "2024-09-30", "2024-09-30")}


def test_a_target_for_a_quarter_is_for_that_quarter_and_the_year_target_for_the_year(nlp):
    from _fixture import stats
    found = stats(nlp, "Quý II/2024, Đảng bộ xã Tân Lập kết nạp 4 đảng viên, đạt 20% chỉ tiêu năm (20 đảng viên). "
                       "Quý IV/2024, Đảng bộ xã Tân Lập phấn đấu kết nạp thêm 6 đảng viên.")
    assert ("Đảng bộ xã Tân Lập", "AdmissionTarget", 20, "2024", "2024") in found
    assert ("Đảng bộ xã Tân Lập", "AdmissionTarget", 6, "2024-10-01", "2024-12-31") in found


def test_growth_runs_from_the_baseline_it_is_compared_with(nlp):
    from _fixture import stats
    found = stats(nlp, "Đến hết tháng 6/2024, Chi bộ Công ty TNHH Minh Phát có 14 đảng viên, tăng 8 đảng viên so với "
                       "đầu nhiệm kỳ 2020 - 2025.")
    assert ("Chi bộ Công ty TNHH Minh Phát", "MemberGrowth", 8, "2020", "2024-06-30") in found
    found = stats(nlp, "Chi nhánh Ngân hàng A hợp nhất vào Chi nhánh Ngân hàng B từ ngày 01/3/2025. "
                       "Đến ngày 31/5/2025, "
                       "Đảng bộ xã Hòa Bình có 210 đảng viên, tăng 6 đảng viên so với lúc hợp nhất.")
    assert ("Đảng bộ xã Hòa Bình", "MemberGrowth", 6, "2025-03-01", "2025-05-31") in found


def test_a_baseline_figure_in_brackets_takes_the_compared_period(nlp):
    found = stats(nlp, "Chín tháng năm 2025, Đảng bộ Công an tỉnh Hưng Yên kết nạp 150 đảng viên; so với cùng kỳ năm "
                       "2024 (kết nạp 131 đảng viên) tăng 19 đảng viên.\n\nNăm 2024, Đảng bộ Trường Cao đẳng Y tế "
                       "Hưng Yên kết nạp 20 đảng viên. So với năm 2023 (kết nạp 14), số kết nạp tăng 6.")
    assert ("Đảng bộ Công an tỉnh Hưng Yên", "NewMembers", 131, "2024", "2024-09-30") in found
    assert ("Đảng bộ Trường Cao đẳng Y tế Hưng Yên", "NewMembers", 14, "2023", "2023") in found


def test_a_baseline_of_the_school_year_before(nlp):
    found = stats(nlp, "Năm học 2024 - 2025, Đảng bộ Trường Đại học Hồng Đức kết nạp 40 sinh viên vào Đảng. So với năm "
                       "học trước (kết nạp 33 sinh viên), số sinh viên được kết nạp tăng 7.")
    assert ("Đảng bộ Trường Đại học Hồng Đức", "NewMembers", 33, "2023", "2024") in found


def test_admissions_since_a_body_was_consolidated_count_from_the_day_the_text_gave_for_it(nlp):
    text = ("Chi bộ Bệnh viện Đa khoa khu vực Tân Hồng được kiện toàn từ ngày 12/8/2025, gồm 21 đảng viên.\n"
            "Từ khi kiện toàn đến hết tháng 11/2025, chi bộ kết nạp 4 đảng viên, đạt 100% chỉ tiêu được giao.\n"
            "Từ khi chi bộ mới đi vào hoạt động đến nay đã có 3 quần chúng được kết nạp.")
    found = stats(nlp, text)
    assert ("Chi bộ Bệnh viện Đa khoa khu vực Tân Hồng", "NewMembers", 4, "2025-08-12", "2025-11-30") in found
    assert ("Chi bộ Bệnh viện Đa khoa khu vực Tân Hồng", "TargetAchievement", 100, "2025-08-12", "2025-11-30") in found
    assert ("Chi bộ Bệnh viện Đa khoa khu vực Tân Hồng", "NewMembers", 3, "2025-08-12", None) in found


def test_a_deadline_in_an_aside_dates_no_count(nlp):
    found = stats(nlp, "Chín tháng năm 2025 (gồm cả số liệu của các xã cũ trước ngày 1/7), Đảng bộ xã Tân Hồng kết nạp "
                       "57 đảng viên.")
    assert found == {("Đảng bộ xã Tân Hồng", "NewMembers", 57, "2025", "2025-09-30")}


@pytest.mark.parametrize("text, period", [
    ("kể từ khi xã mới đi vào hoạt động (1/7/2025), chi bộ", ("2025-07-01", None)),
    ("Từ khi thành lập ngày 3/2/1975 đến nay, chi bộ", ("1975-02-03", None)),
    ("từ khi hợp nhất đến ngày 30/9/2025, chi bộ", ("2025", "2025-09-30")),  # a merger the text did not date
])
def test_a_period_from_a_founding_or_merger(text, period):
    assert [(p.begin, p.until) for p in find_periods(text, year="2025")] == [period]


def test_a_part_counted_in_brackets_keeps_its_period_to_itself(nlp):
    text = ("Kết quả chủ yếu 9 tháng đầu năm 2024 của Đảng bộ Kho bạc Nhà nước tỉnh Bình Phước:\n"
            "1. Kết nạp 14 đảng viên (quý III kết nạp 6), đạt 70% chỉ tiêu năm 2024 (20 đảng viên).")
    found = stats(nlp, text)
    body = "Đảng bộ Kho bạc Nhà nước tỉnh Bình Phước"
    assert {(body, "NewMembers", 14, "2024", "2024-09-30"), (body, "NewMembers", 6, "2024-07-01", "2024-09-30"),
            (body, "TargetAchievement", 70, "2024", "2024-09-30"),
            (body, "AdmissionTarget", 20, "2024", "2024")} <= found


def test_a_day_in_brackets_closing_the_clause_dates_each_count_of_the_structure_before_it(nlp):
    text = ("Đảng bộ Bệnh viện Đa khoa tỉnh Bình Phước có 13 chi bộ trực thuộc với 247 đảng viên (tính đến ngày "
            "30/9/2024).")
    found = stats(nlp, text)
    body = "Đảng bộ Bệnh viện Đa khoa tỉnh Bình Phước"
    assert {(body, "AffiliatedPartyCells", 13, "2024-09-30", "2024-09-30"),
            (body, "TotalMembers", 247, "2024-09-30", "2024-09-30")} <= found


def test_a_tables_members_under_a_period_from_day_to_day_are_counted_on_its_last_day(nlp):
    text = ("Kết quả của các chi bộ thôn (từ 1/8 đến 31/10/2024):\n\nChi bộ\nĐảng viên\nKết nạp\n"
            "Thôn Khe Mát\n25\n2\nThôn Đồng Lư\n31\n1\n")
    found = stats(nlp, text)
    assert ("Chi bộ thôn Khe Mát", "TotalMembers", 25, "2024-10-31", "2024-10-31") in found
    assert ("Chi bộ thôn Đồng Lư", "NewMembers", 1, "2024-08-01", "2024-10-31") in found


@pytest.mark.parametrize("text, period", [
    ("Trong hai tháng 9 và 10/2025, chi bộ", ("2025-09-01", "2025-10-31")),
    ("tháng 7, 8 năm 2024, đảng bộ", ("2024-07-01", "2024-08-31")),
])
def test_two_months_named_together(text, period):
    assert [(p.begin, p.until) for p in find_periods(text, year="2024")] == [period]


def test_the_years_target_after_admissions_counted_between_two_days_of_that_year(nlp):
    found = stats(nlp, "Từ ngày 1/7 đến ngày 15/10/2025, Đảng bộ xã Hòa Tiến kết nạp 12 đảng viên, đạt 60% chỉ tiêu "
                       "năm (20 đảng viên).")
    assert ("Đảng bộ xã Hòa Tiến", "AdmissionTarget", 20, "2025", "2025") in found


def test_a_terms_target_beside_admissions_since_the_terms_start(nlp):
    found = stats(nlp, "Từ đầu nhiệm kỳ 2020 - 2025 đến nay, Đảng bộ xã Hòa Tiến kết nạp 44 đảng viên, vượt chỉ tiêu "
                       "nhiệm kỳ (40 đảng viên).")
    assert ("Đảng bộ xã Hòa Tiến", "AdmissionTarget", 40, "2020", "2025") in found


def test_a_day_in_brackets_after_a_stock_dates_it_over_the_sentences_opening(nlp):
    found = stats(nlp, "Khi thành lập ngày 1/7/2025, Đảng bộ xã Tân Hòa có 1.210 đảng viên, riêng Đảng bộ thị trấn "
                       "Tân Lạc trước hợp nhất đã có 438 đảng viên (số liệu ngày 30/6/2025).")
    assert ("Đảng bộ thị trấn Tân Lạc", "TotalMembers", 438, "2025-06-30", "2025-06-30") in found
    assert ("Đảng bộ xã Tân Hòa", "TotalMembers", 1210, "2025-07-01", "2025-07-01") in found


def test_the_target_of_a_term_is_dated_by_the_term_the_sentence_names(nlp):
    found = stats(nlp, "Năm 2024, huyện họp. Từ đầu nhiệm kỳ 2020 - 2025 đến ngày 31/8/2024, Đảng bộ huyện "
                       "Krông Năng kết nạp 745 đảng viên, đạt 87,6% chỉ tiêu nhiệm kỳ (850 đảng viên).")
    assert ("Đảng bộ huyện Krông Năng", "AdmissionTarget", 850, "2020", "2025") in found


def test_admissions_from_a_year_to_the_end_of_another(nlp):
    # "đến hết năm 2018": to that year's end, the whole of it (a range of years, as "từ năm 2016 đến năm 2018")
    found = stats(nlp, "Từ năm 2016 đến hết năm 2018, Đảng bộ huyện Lạc Thủy kết nạp được 193 đảng viên, đạt 64,5% chỉ "
                       "tiêu nhiệm kỳ.")
    assert found == {("Đảng bộ huyện Lạc Thủy", "NewMembers", 193, "2016", "2018"),
                     ("Đảng bộ huyện Lạc Thủy", "TargetAchievement", "64.5", "2016", "2018")}


def test_a_list_of_former_bodies_stocks_under_a_lead_that_names_the_moment(nlp):
    # "Tại thời điểm ngày 30/6/2025:" dates the stocks its item lines count (a merger's former đảng bộ)
    text = ("Xã Quang Trung mới gồm ba xã cũ sáp nhập lại. Tại thời điểm ngày 30/6/2025:\n"
            "+ Đảng bộ xã Đồng Tâm có 244 đảng viên;\n"
            "+ Đảng bộ xã Yên Lãng có 162 đảng viên.\n")
    assert stats(nlp, text) == {("Đảng bộ xã Đồng Tâm", "TotalMembers", 244, "2025-06-30", "2025-06-30"),
                                ("Đảng bộ xã Yên Lãng", "TotalMembers", 162, "2025-06-30", "2025-06-30")}


def test_a_labels_total_counted_up_to_a_day(nlp):
    # "Tổng số đảng viên đến 31/3/2025: N": the day the label's total is counted on
    found = stats(nlp, "Đảng bộ phường Sông Cầu gồm 31 chi bộ. Tổng số đảng viên đến 31/3/2025: 1.357.")
    assert ("Đảng bộ phường Sông Cầu", "TotalMembers", 1357, "2025-03-31", "2025-03-31") in found


def test_a_headline_in_capitals_names_its_quarter():
    text = "CHI BỘ TRƯỜNG A TỔNG KẾT CÔNG TÁC QUÝ II/2026"
    assert [(p.begin, p.until) for p in find_periods(text, 0, len(text), "2026")] == [("2026-04-01", "2026-06-30")]


def test_the_months_past_of_a_lead_paragraph_count_back_from_the_articles_month(nlp):
    from _fixture import article

    from partykg.extract import extract
    text = ("Chiều 05/7/2026, Đảng ủy xã Ea Tân sơ kết công tác đảng ba tháng qua.\n\n"
            "Đảng bộ xã Ea Tân có 410 đảng viên. Chi bộ thôn 3 kết nạp 2 đảng viên.")
    found = {(s.organization, s.measure, s.value, s.start, s.end)
             for s in extract(article(text, issued="2026-07-06"), nlp).statistics}
    assert found == {("Đảng bộ xã Ea Tân", "TotalMembers", 410, None, None),
                     ("Chi bộ thôn 3", "NewMembers", 2, "2026-04-01", "2026-06-30")}


def test_a_stock_at_the_founding_is_dated_by_the_founding_day_the_text_gives(nlp):
    found = stats(nlp, "Đảng bộ phường Tân An ra đời (thành lập theo Quyết định số 41-QĐ/TU ngày 01/7/2026 của Ban "
                       "Thường vụ Tỉnh ủy). Khi mới thành lập, Đảng bộ phường Tân An có 1.307 đảng viên; đến ngày "
                       "31/12/2026 có 1.322 đảng viên.")
    assert found == {("Đảng bộ phường Tân An", "TotalMembers", 1307, "2026-07-01", "2026-07-01"),
                     ("Đảng bộ phường Tân An", "TotalMembers", 1322, "2026-12-31", "2026-12-31")}


def test_the_members_after_the_cells_at_the_founding_are_dated_by_the_founding_day_too(nlp):
    found = stats(nlp, "Chi bộ Hợp tác xã Rau sạch Tân Phú được thành lập ngày 15/3/2023. Lúc mới thành lập, "
                       "Chi bộ Hợp tác xã Rau sạch Tân Phú có 2 tổ đảng với 11 đảng viên.")
    assert found == {("Chi bộ Hợp tác xã Rau sạch Tân Phú", "PartyGroups", 2, "2023-03-15", "2023-03-15"),
                     ("Chi bộ Hợp tác xã Rau sạch Tân Phú", "TotalMembers", 11, "2023-03-15", "2023-03-15")}


def test_a_count_after_a_comma_or_now_is_not_dated_by_the_founding(nlp):
    # "có 24 chi bộ, đến nay có 812 đảng viên": the members today, not at the founding; undated
    found = stats(nlp, "Đảng bộ phường Hòa Lạc được thành lập ngày 01/8/2026. Khi mới thành lập, Đảng bộ phường "
                       "Hòa Lạc có 24 chi bộ, đến nay có 812 đảng viên.")
    assert found == {("Đảng bộ phường Hòa Lạc", "TotalMembers", 812, None, None)}
    found = stats(nlp, "Chi bộ Trường Tiểu học Hòa Lạc được thành lập ngày 10/9/2024. Lúc mới thành lập, chi bộ có "
                       "3 tổ đảng, hiện nay có 38 đảng viên.")
    assert found == {("Chi bộ Trường Tiểu học Hòa Lạc", "PartyGroups", 3, "2024-09-10", "2024-09-10"),
                     ("Chi bộ Trường Tiểu học Hòa Lạc", "TotalMembers", 38, None, None)}


def test_a_span_of_months_runs_from_the_first_day_of_the_first(nlp):
    # "từ tháng M đến hết tháng M2/Y": from the first of month M, not from the year's start
    assert stats(nlp, "Từ tháng 4 đến hết tháng 10/2024, Đảng bộ xã Tân Lập kết nạp 7 đảng viên.") == {
        ("Đảng bộ xã Tân Lập", "NewMembers", 7, "2024-04-01", "2024-10-31")}
    assert stats(nlp, "Từ tháng 2/2023 đến tháng 9/2023, Chi bộ thôn Đồng Tâm kết nạp 2 đảng viên.") == {
        ("Chi bộ thôn Đồng Tâm", "NewMembers", 2, "2023-02-01", "2023-09-30")}


def test_the_same_time_of_an_earlier_year_takes_the_months_reported(nlp):
    # "Cùng kỳ năm Y": the same part of year Y as the count just reported, not the whole of Y
    found = stats(nlp, "Chín tháng năm 2025, Đảng bộ huyện Kim Bảng kết nạp 140 đảng viên. Cùng kỳ năm 2024, "
                       "Đảng bộ huyện kết nạp được 118 đảng viên.")
    assert found == {("Đảng bộ huyện Kim Bảng", "NewMembers", 140, "2025", "2025-09-30"),
                     ("Đảng bộ huyện Kim Bảng", "NewMembers", 118, "2024", "2024-09-30")}
    found = stats(nlp, "Năm 2025, Đảng bộ huyện Kim Bảng kết nạp 140 đảng viên. Cùng kỳ năm 2024, "
                       "Đảng bộ huyện kết nạp được 118 đảng viên.")
    assert found == {("Đảng bộ huyện Kim Bảng", "NewMembers", 140, "2025", "2025"),
                     ("Đảng bộ huyện Kim Bảng", "NewMembers", 118, "2024", "2024")}


def test_a_total_up_to_a_full_date_written_with_bare_den(nlp):
    # "Đến D/M/Y" without "ngày", and a date between "tổng số đảng viên" and the count
    assert stats(nlp, "Tổng số đảng viên của Đảng bộ huyện Lạc Sơn đến 31/5/2022 là 3.118 người.") == {
        ("Đảng bộ huyện Lạc Sơn", "TotalMembers", 3118, "2022-05-31", "2022-05-31")}
    assert stats(nlp, "Đến 31/5/2022, Đảng bộ huyện Lạc Sơn có 3.118 đảng viên, sinh hoạt ở 40 tổ chức cơ sở "
                      "đảng.") == {
        ("Đảng bộ huyện Lạc Sơn", "TotalMembers", 3118, "2022-05-31", "2022-05-31"),
        ("Đảng bộ huyện Lạc Sơn", "GrassrootsPartyOrganizations", 40, "2022-05-31", "2022-05-31")}


def test_the_moment_a_paragraph_states_dates_its_later_stocks_but_not_a_count_now(nlp):
    found = stats(nlp, "Theo số liệu của Văn phòng Đảng ủy, tại thời điểm 31/8/2024, Đảng bộ xã Tân Lập có 24 chi bộ "
                       "trực thuộc. Tổng số đảng viên là 1.118 đồng chí.")
    assert found == {("Đảng bộ xã Tân Lập", "AffiliatedPartyCells", 24, "2024-08-31", "2024-08-31"),
                     ("Đảng bộ xã Tân Lập", "TotalMembers", 1118, "2024-08-31", "2024-08-31")}
    found = stats(nlp, "Tại thời điểm 31/8/2024, Đảng bộ xã Tân Lập có 24 chi bộ trực thuộc. Hiện Đảng bộ có 1.118 "
                       "đảng viên.")
    assert found == {("Đảng bộ xã Tân Lập", "AffiliatedPartyCells", 24, "2024-08-31", "2024-08-31"),
                     ("Đảng bộ xã Tân Lập", "TotalMembers", 1118, None, None)}
