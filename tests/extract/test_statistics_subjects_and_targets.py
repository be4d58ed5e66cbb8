"""Statistics in sentences: the subject named in full then by short references, targets, running totals, founding
members (sentences written for the tests)."""
from _fixture import stats


def test_a_report_sections_heading_dates_its_flows_and_targets(nlp):
    text = ("Báo cáo của Ban Chấp hành Đảng bộ huyện Mường Khương.\n"
            "I. KẾT QUẢ THỰC HIỆN NHIỆM KỲ 2020 - 2025\n"
            "1. Công tác xây dựng tổ chức đảng\n"
            "- Đảng bộ huyện Mường Khương kết nạp 1.342 đảng viên, đạt 104,2% chỉ tiêu.\n"
            "- Đến ngày 30/6/2025, Đảng bộ huyện có 2.870 đảng viên.\n"
            "II. PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030\n"
            "- Kết nạp từ 1.400 đảng viên trở lên.\n")
    found = stats(nlp, text)
    assert ("Đảng bộ huyện Mường Khương", "NewMembers", 1342, "2020", "2025") in found
    assert ("Đảng bộ huyện Mường Khương", "TargetAchievement", "104.2", "2020", "2025") in found
    assert ("Đảng bộ huyện Mường Khương", "TotalMembers", 2870, "2025-06-30", "2025-06-30") in found
    assert ("Đảng bộ huyện Mường Khương", "AdmissionTarget", 1400, "2025", "2030") in found


def test_a_terms_running_total_written_from_its_start(nlp):
    found = stats(nlp, "Tính từ đầu nhiệm kỳ 2020 - 2025, Đảng bộ huyện Bảo Thắng kết nạp tổng cộng 655 đảng viên.")
    assert found == {("Đảng bộ huyện Bảo Thắng", "NewMembers", 655, "2020", None)}
    # a total of a group's admissions is not the body's
    found = stats(nlp, "Từ năm 2021 đến nay, Đảng bộ huyện Bảo Thắng đã kết nạp tổng cộng 48 đảng viên là "
                       "người dân tộc Mông.")
    assert ("Đảng bộ huyện Bảo Thắng", "NewMembers", 48, "2021", None) not in found


def test_the_target_of_admissions_counted_from_the_years_start_is_the_years(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Bảo Thắng kết nạp 20 đảng viên trong quý I. Từ đầu năm đến nay, Đảng "
                       "bộ huyện kết nạp 51 đảng viên, đạt 60% chỉ tiêu Tỉnh ủy giao (85 đảng viên).")
    assert ("Đảng bộ huyện Bảo Thắng", "AdmissionTarget", 85, "2024", "2024") in found


def test_a_target_to_fill_the_years_target_is_what_remains_of_it(nlp):
    found = stats(nlp, "Năm 2025, Đảng bộ xã Bảo Hà đã kết nạp 21 đảng viên; từ nay đến cuối năm, xã phấn đấu kết nạp "
                       "thêm ít nhất 7 đảng viên để hoàn thành chỉ tiêu.")
    assert {(o, m, v) for o, m, v, _a, _b in found if v == 7} == {
        ("Đảng bộ xã Bảo Hà", "AdmissionTargetRemaining", 7)}
    # a target set for a named quarter stays the quarter's target
    found = stats(nlp, "Đảng bộ xã Bảo Hà phấn đấu trong quý IV/2025 kết nạp thêm ít nhất 7 đảng viên để hoàn thành "
                       "chỉ tiêu.")
    assert {(o, m, v) for o, m, v, _a, _b in found} == {("Đảng bộ xã Bảo Hà", "AdmissionTarget", 7)}


def test_a_cells_founding_members_in_a_sentence_opened_by_a_passive_clause(nlp):
    found = stats(nlp, "Chi bộ Công ty Cổ phần Gạch men Lào Cai sinh hoạt tại phường Bắc Lệnh. Được thành lập tháng "
                       "5/2020 với 4 đảng viên, đến nay Chi bộ có 27 đảng viên.")
    assert found == {("Chi bộ Công ty Cổ phần Gạch men Lào Cai", "FoundingMembers", 4, "2020-05-01", "2020-05-31"),
                     ("Chi bộ Công ty Cổ phần Gạch men Lào Cai", "TotalMembers", 27, None, None)}


def test_a_part_of_the_new_members_is_no_target_and_no_membership(nlp):
    found = stats(nlp, "Từ tháng 7/2025 đến nay, Đảng bộ phường Cam Đường kết nạp 36 đảng viên; 21/36 đảng viên mới "
                       "là đoàn viên thanh niên.")
    assert {(o, m, v) for o, m, v, _a, _b in found if v == 36} == {("Đảng bộ phường Cam Đường", "NewMembers", 36)}


def test_the_subject_is_the_body_named_in_full_then_by_short_references(nlp):
    text = ("Sáng 12/4, Chi bộ Học sinh 3 thuộc Đảng bộ Trường Cao đẳng Kỹ thuật Bảo Yên trao quyết định kết nạp cho 6 "
            "học sinh. Em Giàng A Páo, quê xã Bản Lầu, huyện Mường Khương, là người đầu tiên của bản được kết nạp.\n"
            "Bí thư Đảng ủy Trường cho biết:\n"
            "• Đảng bộ Trường có 9 chi bộ với 142 đảng viên.\n"
            "• Năm học 2023 - 2024, Đảng bộ đã kết nạp 29 đảng viên.\n")
    found = stats(nlp, text)
    assert ("Đảng bộ Trường Cao đẳng Kỹ thuật Bảo Yên", "NewMembers", 29, "2023", "2024") in found
    assert not any("Mường Khương" in o for o, *_ in found)


def test_cells_and_members_summed_after_a_breakdown_and_the_years_target_without_its_noun(nlp):
    found = stats(nlp, "Đảng bộ xã Cốc Lầu có 14 chi bộ, trong đó 11 chi bộ thôn, tổng cộng 268 đảng viên. Năm 2024, "
                       "xã kết nạp được 7 đảng viên; chỉ tiêu cả năm là 10.")
    assert ("Đảng bộ xã Cốc Lầu", "AffiliatedPartyCells", 14, None, None) in found
    assert ("Đảng bộ xã Cốc Lầu", "TotalMembers", 268, None, None) in found
    assert ("Đảng bộ xã Cốc Lầu", "AdmissionTarget", 10, "2024", "2024") in found


def test_cells_with_their_kind_in_brackets_before_the_members(nlp):
    found = stats(nlp, "Đảng bộ xã Cốc Lầu hiện có 16 chi bộ (10 chi bộ thôn) với 301 đảng viên.")
    assert ("Đảng bộ xã Cốc Lầu", "AffiliatedPartyCells", 16, None, None) in found
    assert ("Đảng bộ xã Cốc Lầu", "TotalMembers", 301, None, None) in found


def test_a_target_set_for_each_ship_is_no_one_bodys(nlp):
    found = stats(nlp, "Đảng bộ xã Bản Lầu có 12 chi bộ với 230 đảng viên. Đảng ủy Hải đoàn 9 đặt mục tiêu năm 2026 "
                       "mỗi tàu kết nạp ít nhất 2 đảng viên.")
    assert not any(v == 2 for _o, _m, v, _a, _b in found)


def test_a_target_of_students_to_admit_is_no_admission(nlp):
    found = stats(nlp, "Năm học 2024 - 2025, Đảng bộ Trường Đại học Hồng Đức kết nạp 40 sinh viên vào Đảng; chỉ tiêu "
                       "năm học 2025 - 2026 kết nạp 45 sinh viên.")
    assert {s[1:5] for s in found if s[2] == 45} == {("AdmissionTarget", 45, "2025", "2026")}


def test_the_members_of_cells_in_cooperatives_are_a_part_not_the_provinces_total(nlp):
    found = stats(nlp, "Sau sắp xếp, toàn tỉnh Đồng Tháp có 31 chi bộ đảng trong hợp tác xã, với 245 đảng viên.")
    assert ("Đảng bộ tỉnh Đồng Tháp", "MembersByGroup", 245, None, None) in found
    assert "TotalMembers" not in {s[1] for s in found}


def test_a_committee_that_aims_sets_the_target_of_its_dang_bo(nlp):
    # "Đảng ủy ... phấn đấu kết nạp": the committee aims for the admissions of the Đảng bộ it leads
    found = stats(nlp, "Năm 2026, Đảng ủy Bệnh viện Đa khoa tỉnh Kon Tum phấn đấu kết nạp ít nhất 9 đảng viên.")
    assert ("Đảng bộ Bệnh viện Đa khoa tỉnh Kon Tum", "AdmissionTarget", 9, "2026", "2026") in found


def test_a_target_for_stated_months_of_the_year_is_those_months_target(nlp):
    # a target set for named months ("trong tháng 12", "tháng 11 và 12", "Hai tháng cuối năm"), even one that fills the
    # year's, is the target of those months, as one for a named quarter is
    found = stats(nlp, "Năm 2025, Đảng bộ phường Nam Sơn kết nạp 26 đảng viên.\n"
                       "2. Phấn đấu trong tháng 12 tiếp tục kết nạp thêm ít nhất 5 đảng viên.")
    assert ("Đảng bộ phường Nam Sơn", "AdmissionTarget", 5, "2025-12-01", "2025-12-31") in found
    found = stats(nlp, "Năm 2025, Đảng bộ xã Hòa Phú kết nạp 6 đảng viên; trong tháng 11 và 12 kết nạp ít nhất "
                       "1 đảng viên để hoàn thành chỉ tiêu năm.")
    assert ("Đảng bộ xã Hòa Phú", "AdmissionTarget", 1, "2025-11-01", "2025-12-31") in found
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Ia Pa kết nạp 40 đảng viên. Phấn đấu trong 6 tháng cuối năm kết nạp "
                       "thêm ít nhất 23 đảng viên để đạt chỉ tiêu năm.")
    assert ("Đảng bộ huyện Ia Pa", "AdmissionTarget", 23, "2024-07-01", "2024-12-31") in found


def test_two_months_of_the_articles_year_joined_by_va(nlp):
    found = stats(nlp, "Năm 2025, Đảng bộ xã Hòa Phú tiếp tục củng cố chi bộ. Trong tháng 10 và tháng 11, Đảng bộ xã "
                       "Hòa Phú kết nạp 4 đảng viên.")
    assert ("Đảng bộ xã Hòa Phú", "NewMembers", 4, "2025-10-01", "2025-11-30") in found


def test_a_bare_dang_bo_is_the_body_founded_not_the_one_that_issued_the_founding_decision(nlp):
    # "thành lập theo Quyết định số ... ngày ... của Ban Thường vụ Đảng ủy Y": Y issued the decision; "Đảng bộ có ..."
    # after it is the body the paragraph is about
    text = ("Đảng bộ Bệnh viện Đa khoa tỉnh Lai Châu trực thuộc Đảng bộ Sở Y tế, được thành lập theo Quyết định "
            "số 612-QĐ/ĐU ngày 21/8/2025 của Ban Thường vụ Đảng ủy Sở Y tế. Tại thời điểm thành lập, Đảng bộ có "
            "9 chi bộ trực thuộc với 164 đảng viên.")
    found = {(o, m, v) for o, m, v, _s, _e in stats(nlp, text)}
    assert ("Đảng bộ Bệnh viện Đa khoa tỉnh Lai Châu", "TotalMembers", 164) in found
    assert not any(o.startswith("Đảng bộ Sở Y tế") or o.startswith("Đảng ủy Sở Y tế") for o, _m, _v in found)


def test_a_committee_that_aims_through_a_document_it_issued_aims_for_its_organization(nlp):
    found = stats(nlp, "Đảng bộ Trường Cao đẳng Y tế Phước Long có 160 đảng viên. Đảng ủy Trường ban hành Chương trình "
                       "số 09-CTr/ĐU về tạo nguồn trong học sinh, sinh viên, phấn đấu năm 2025 kết nạp ít nhất 12 "
                       "đảng viên.")
    assert found == {("Đảng bộ Trường Cao đẳng Y tế Phước Long", "TotalMembers", 160, None, None),
                     ("Đảng bộ Trường Cao đẳng Y tế Phước Long", "AdmissionTarget", 12, "2025", "2025")}


def test_the_body_a_fronted_merger_forms_is_the_one_a_bare_dang_bo_after_it_means(nlp):
    # "hình thành từ ..., Đảng bộ A được thành lập": A is the new body, not one of those merged
    text = ("Đảng bộ tỉnh Hà Nam đã sơ kết công tác. Đảng bộ tỉnh Hà Nam giao chỉ tiêu mới.\n\n"
            "Tháng 8/2025, hình thành từ ba trung tâm y tế cũ, Đảng bộ Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam "
            "được thành lập, thuộc Đảng bộ Sở Y tế. Đảng bộ hiện có 13 chi bộ trực thuộc với 171 đảng viên.")
    body = "Đảng bộ Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam"
    assert stats(nlp, text) == {(body, "TotalMembers", 171, None, None), (body, "AffiliatedPartyCells", 13, None, None)}

