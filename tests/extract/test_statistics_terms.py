"""Terms, targets, groups and dated table columns of membership statistics, on sentences written for the tests."""
from _fixture import stats

from partykg.extract.numbers import find_periods


def test_a_mid_term_count_runs_from_the_start_of_the_term_named_before_to_its_day(nlp):
    found = stats(nlp, "Đảng bộ huyện Mộc Châu tổ chức hội nghị giữa nhiệm kỳ 2020 - 2025.\n"
                       "Từ đầu nhiệm kỳ đến 31/3/2023, Đảng bộ huyện Mộc Châu kết nạp 640 đảng viên, đạt 64% chỉ tiêu "
                       "nhiệm kỳ (chỉ tiêu 1.000 đảng viên).")
    assert ("Đảng bộ huyện Mộc Châu", "NewMembers", 640, "2020", "2023-03-31") in found
    assert ("Đảng bộ huyện Mộc Châu", "TargetAchievement", 64, "2020", "2023-03-31") in found
    # the target in brackets is the term's
    assert ("Đảng bộ huyện Mộc Châu", "AdmissionTarget", 1000, "2020", "2025") in found


def test_from_the_start_of_the_term_up_to_now_takes_the_term_named_earlier_in_the_text():
    text = "Đại hội nhiệm kỳ 2021 - 2026 đề ra chỉ tiêu. Từ đầu nhiệm kỳ đến nay, chi bộ kết nạp"
    start = text.index("Từ")
    assert [(p.begin, p.until) for p in find_periods(text, start, len(text))] == [("2021", None)]


def test_a_target_for_a_named_year_after_the_admissions_so_far(nlp):
    found = stats(nlp, "Từ ngày 1/7 đến 20/9/2025, Đảng bộ xã Tân Lạc kết nạp 8 đảng viên; chỉ tiêu cả năm 2025 là "
                       "24 đảng viên.")
    assert ("Đảng bộ xã Tân Lạc", "AdmissionTarget", 24, "2025", "2025") in found


def test_the_cells_of_one_type_among_the_affiliated_cells(nlp):
    found = stats(nlp, "Đảng bộ phường Hòa Bình có 41 chi bộ trực thuộc với 1.930 đảng viên; trong đó có 27 chi bộ "
                       "khu dân cư.")
    assert ("Đảng bộ phường Hòa Bình", "AffiliatedPartyCellsByType", 27, None, None) in found


def test_a_stock_column_dated_by_a_day_in_its_heading(nlp):
    text = ("Kết quả năm 2024 của các đơn vị cũ:\n"
            "Đơn vị\tĐảng viên (31/12/2024)\tKết nạp năm 2024\n"
            "Đảng bộ xã Cao Sơn\t512\t9\n"
            "Đảng bộ xã Lạc Lương\t388\t7\n")
    found = stats(nlp, text)
    assert ("Đảng bộ xã Cao Sơn", "TotalMembers", 512, "2024-12-31", "2024-12-31") in found
    assert ("Đảng bộ xã Cao Sơn", "NewMembers", 9, "2024", "2024") in found


def test_a_mass_organizations_admitted_members_against_its_plan_is_its_target_achievement(nlp):
    found = stats(nlp, "Năm 2025, Hội Nông dân tỉnh Hòa Bình đã giới thiệu 200 hội viên ưu tú cho Đảng; trong số này "
                       "150 người đã được kết nạp vào Đảng, đạt 75% kế hoạch năm.")
    assert ("Hội Nông dân tỉnh Hòa Bình", "TargetAchievement", 75, "2025", "2025") in found
    assert not any(f[1] == "IntroducedMembersAdmittedShare" for f in found)


def test_the_growth_of_a_group_of_the_members_is_not_the_membership_growth(nlp):
    found = stats(nlp, "So với năm 2015, số đảng viên người Mường của Đảng bộ huyện Kim Bôi tăng 120 đồng chí.")
    assert {f[1] for f in found} == {"GroupMemberGrowth"}


def test_a_target_of_the_union_a_speaker_leads_not_of_her_former_one(nlp):
    text = ("Bà Đinh Thị Mai, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Phú Thọ, nguyên Chủ tịch Hội Liên hiệp Phụ nữ "
            "tỉnh Vĩnh Phúc, cho biết trong năm 2026 Hội sẽ phấn đấu giới thiệu ít nhất 250 hội viên cho Đảng.")
    found = stats(nlp, text)
    assert {(f[0], f[1], f[2]) for f in found} == {
        ("Hội Liên hiệp Phụ nữ tỉnh Phú Thọ", "MembersIntroducedToPartyTarget", 250)}


def test_the_admitted_among_referrals_and_their_increase_on_the_same_period(nlp):
    found = stats(nlp, "Năm 2025, Hội Nông dân tỉnh Hòa Bình đã giới thiệu 300 hội viên ưu tú cho Đảng; 240 người "
                       "trong số đó đã được kết nạp vào Đảng, tăng 25 người so với cùng kỳ năm 2024.")
    assert {(f[0], f[1], f[2]) for f in found} == {
        ("Hội Nông dân tỉnh Hòa Bình", "MembersIntroducedToParty", 300),
        ("Hội Nông dân tỉnh Hòa Bình", "IntroducedMembersAdmitted", 240),
        ("Hội Nông dân tỉnh Hòa Bình", "IntroducedMembersAdmittedIncreaseOnPreviousPeriod", 25)}


def test_referrals_and_admissions_written_as_compact_pairs_and_in_words(nlp):
    found = stats(nlp, "Trong năm, Hội Phụ nữ xã Cao Sơn giới thiệu 13, kết nạp 7; Hội Phụ nữ xã Lạc Lương giới "
                       "thiệu 11, kết nạp 6. Tại xã Tân Lạc, Hội Nông dân xã Tân Lạc giới thiệu 15 hội viên, kết nạp "
                       "11. Hội Nông dân xã Mãn Đức giới thiệu mười bốn hội viên, đã có tám người được kết nạp.")
    assert {(f[0], f[1], f[2]) for f in found} == {
        ("Hội Phụ nữ xã Cao Sơn", "MembersIntroducedToParty", 13),
        ("Hội Phụ nữ xã Cao Sơn", "IntroducedMembersAdmitted", 7),
        ("Hội Phụ nữ xã Lạc Lương", "MembersIntroducedToParty", 11),
        ("Hội Phụ nữ xã Lạc Lương", "IntroducedMembersAdmitted", 6),
        ("Hội Nông dân xã Tân Lạc", "MembersIntroducedToParty", 15),
        ("Hội Nông dân xã Tân Lạc", "IntroducedMembersAdmitted", 11),
        ("Hội Nông dân xã Mãn Đức", "MembersIntroducedToParty", 14),
        ("Hội Nông dân xã Mãn Đức", "IntroducedMembersAdmitted", 8)}


def test_admissions_of_two_bodies_with_the_noun_written_once(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ Công ty TNHH MTV Cao su Sa Thầy kết nạp 33 và Đảng bộ Công ty TNHH MTV "
                       "Cao su Ia Grai kết nạp 27 đảng viên.")
    assert ("Đảng bộ Công ty TNHH MTV Cao su Sa Thầy", "NewMembers", 33, "2024", "2024") in found
    assert ("Đảng bộ Công ty TNHH MTV Cao su Ia Grai", "NewMembers", 27, "2024", "2024") in found


def test_raising_the_cells_total_after_its_admissions(nlp):
    found = stats(nlp, "Chi bộ thôn Nà Sản năm 2023 kết nạp 3 đảng viên, nâng tổng số lên 19 đồng chí.")
    assert ("Chi bộ thôn Nà Sản", "TotalMembers", 19, "2023", "2023") in found


def test_a_group_among_the_admitted_written_without_its_noun(nlp):
    found = stats(nlp, "Từ đầu nhiệm kỳ 2020 - 2025 đến nay, Đảng bộ huyện Mai Sơn kết nạp 1.085 đảng viên, trong đó "
                       "610 là công nhân.")
    assert ("Đảng bộ huyện Mai Sơn", "NewMembersByGroup", 610, "2020", None) in found


def test_a_target_given_to_a_named_body(nlp):
    found = stats(nlp, "Hội nghị Ban Chấp hành Đảng bộ tỉnh Phú Thọ lần thứ 5 thống nhất giao chỉ tiêu kết nạp đảng "
                       "viên năm 2026 cho Đảng bộ tỉnh là 3.900 đảng viên.")
    assert ("Đảng bộ tỉnh Phú Thọ", "AdmissionTarget", 3900, "2026", "2026") in found


def test_the_start_of_the_term_and_the_term_just_ended_take_the_term_named_first_in_capitals(nlp):
    # the term named at the head of a sentence ("Nhiệm kỳ 2020 - 2025, ...") dates "Đầu nhiệm kỳ" (its first year: a
    # stock then), "Nhiệm kỳ qua" (the whole term) and the baseline of a growth "so với đầu nhiệm kỳ"
    found = stats(nlp, "Nhiệm kỳ 2020 - 2025, Đảng bộ huyện Hàm Tân kết nạp 480 đảng viên.\n"
                       "Đầu nhiệm kỳ, Đảng bộ huyện Hàm Tân có 38 tổ chức cơ sở đảng với 2.950 đảng viên. Đến cuối năm "
                       "2024, Đảng bộ có 3.310 đảng viên, tăng 360 đảng viên so với đầu nhiệm kỳ.\n"
                       "Ở xã Tân Hà, Đảng bộ xã Tân Hà có 205 đảng viên. Nhiệm kỳ qua, Đảng bộ xã kết nạp 31 "
                       "đảng viên.")
    assert ("Đảng bộ huyện Hàm Tân", "GrassrootsPartyOrganizations", 38, "2020", "2020") in found
    assert ("Đảng bộ huyện Hàm Tân", "TotalMembers", 2950, "2020", "2020") in found
    assert ("Đảng bộ huyện Hàm Tân", "MemberGrowth", 360, "2020", "2024") in found
    assert ("Đảng bộ xã Tân Hà", "NewMembers", 31, "2020", "2025") in found


def test_a_term_s_running_total_up_to_now_has_no_end():
    text = "Tính cả nhiệm kỳ 2020 - 2025, đến nay Chi bộ kết nạp được 46 đảng viên."
    assert [(p.begin, p.until) for p in find_periods(text)] == [("2020", None)]


def test_a_terms_target_under_a_section_heading_in_capitals(nlp):
    found = stats(nlp, "I. KẾT QUẢ NHIỆM KỲ 2020 - 2025\nNhiệm kỳ 2020 - 2025, Đảng bộ tỉnh Phú Yên kết nạp 9.120 "
                       "đảng viên.\n\nII. MỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2025 - 2030\na) Cả nhiệm kỳ kết nạp 10.000 đảng "
                       "viên trở lên.")
    assert ("Đảng bộ tỉnh Phú Yên", "AdmissionTarget", 10000, "2025", "2030") in found


def test_admissions_compared_with_the_same_period_written_comparison_first(nlp):
    found = stats(nlp, "Sáu tháng đầu năm 2024, Đảng bộ xã Tân Lập kết nạp 9 đảng viên; so với cùng kỳ năm 2023 tăng 3 "
                       "đảng viên.")
    assert {f[1:3] for f in found} == {("NewMembers", 9), ("NewMembersIncreaseOnPreviousPeriod", 3)}
