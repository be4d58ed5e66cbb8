"""Statistics of ratings, targets left for a term or a year, classes and new cells (sentences written for the tests:
people invented, real administrative units)."""
from _fixture import article, stats

from partykg.extract import extract


def test_the_members_rated_and_the_share_at_each_level(nlp):
    # the year's quality review rates members at four levels; the shares after the count rated are of it
    found = stats(nlp, "Năm 2024, toàn tỉnh Điện Biên có 61.240 đảng viên được đánh giá, xếp loại; trong đó 15,2% "
                       "hoàn thành xuất sắc nhiệm vụ, 78,9% hoàn thành tốt nhiệm vụ, 5,3% hoàn thành nhiệm vụ và 0,6% "
                       "không hoàn thành nhiệm vụ.")
    assert {s[1:3] for s in found} == {("MembersRated", 61240), ("MembersCompletedTasksExcellentlyShare", "15.2"),
                                       ("MembersCompletedTasksWellShare", "78.9"),
                                       ("MembersCompletedTasksShare", "5.3"), ("MembersNotCompletingTasksShare", "0.6")}


def test_the_share_rated_well_or_better_not_a_cell_s_meeting(nlp):
    # "sinh hoạt chi bộ" is the cells' meeting, no body: the share is the province's; the level reached every year
    # over a term is no one review's share
    found = stats(nlp, "Đảng bộ tỉnh Yên Bái có 2.105 tổ chức cơ sở đảng.\n\nThứ hai, về sinh hoạt chi bộ. Các chi bộ "
                       "phải đổi mới chế độ sinh hoạt của chi bộ thôn. Năm 2024, số đảng viên được xếp loại "
                       "hoàn thành tốt nhiệm vụ trở lên chiếm 88,4%. Nhiệm kỳ 2020 - 2025, tỷ lệ đảng viên "
                       "hoàn thành tốt nhiệm vụ trở lên hằng năm đạt trên 90%.")
    assert [s for s in found if s[1] == "MembersCompletedTasksWellOrBetterShare"] == [
        ("Đảng bộ tỉnh Yên Bái", "MembersCompletedTasksWellOrBetterShare", "88.4", "2024", "2024")]



def test_the_trainees_of_a_class_for_new_members(nlp):
    found = stats(nlp, "Đảng bộ huyện Bảo Lâm có 5.120 đảng viên.\n\nLớp học có 58 học viên là đảng viên mới của các "
                       "tổ chức cơ sở đảng trực thuộc Đảng bộ huyện, trong đó 41 học viên là người dân tộc thiểu số. "
                       "Ngày 3-9-2024, Trung tâm Chính trị huyện Bảo Lâm khai giảng 2 lớp bồi dưỡng lý luận chính trị "
                       "dành cho đảng viên mới năm 2024 với 96 học viên tham dự.")
    assert {s[1:3] for s in found if s[1].startswith("NewMembersTrained")} == {
        ("NewMembersTrained", 58), ("NewMembersTrainedByGroup", 41), ("NewMembersTrained", 96)}


def test_a_target_for_the_rest_of_a_term_is_what_is_left_of_it(nlp):
    # (one for stated months of a year, "6 tháng cuối năm 2024", is those months' target)
    found = stats(nlp, "Nghị quyết Đại hội Đảng bộ xã Ia Tơi nhiệm kỳ 2020 - 2025 đề ra chỉ tiêu kết nạp 40 đảng viên. "
                       "Hai năm còn lại của nhiệm kỳ, Đảng bộ xã Ia Tơi phấn đấu kết nạp ít nhất 15 đảng viên. 6 tháng "
                       "cuối năm 2024, Đảng bộ xã Ia Tơi phấn đấu kết nạp thêm 6 đảng viên.")
    assert {s[1:3] for s in found} == {("AdmissionTarget", 40), ("AdmissionTargetRemaining", 15),
                                       ("AdmissionTarget", 6)}


def test_the_share_of_a_term_s_target_reached_so_far(nlp):
    found = stats(nlp, "Từ đầu nhiệm kỳ đến ngày 31/3/2023, Đảng bộ xã Ya Xiêr kết nạp 19 đảng viên. Nghị quyết Đại "
                       "hội đề ra chỉ tiêu kết nạp 40 đảng viên trong cả nhiệm kỳ, đến nay đã đạt 47,5%.")
    assert ("Đảng bộ xã Ya Xiêr", "TargetAchievement", "47.5") in {s[:3] for s in found}


def test_the_membership_counted_again_after_it_grew(nlp):
    found = stats(nlp, "Ngày 31/12/2020, Đảng bộ xã Ya Xiêr có 118 đảng viên sinh hoạt ở 8 chi bộ; đến ngày 30/6/2023 "
                       "tăng lên 139 đảng viên.")
    assert ("Đảng bộ xã Ya Xiêr", "TotalMembers", 139, "2023-06-30", "2023-06-30") in found


def test_a_ceremony_s_admissions_on_its_day_and_their_restatement(nlp):
    found = stats(nlp, "Sáng ngày 9 tháng 12 năm 2025, Chi bộ Trường Tiểu học Nậm Cha tổ chức lễ kết nạp vào Đảng hai "
                       "quần chúng ưu tú. Sau lễ kết nạp hai đồng chí này, chi bộ hiện có 11 đảng viên.")
    assert {s for s in found if s[1] == "NewMembers"} == {
        ("Chi bộ Trường Tiểu học Nậm Cha", "NewMembers", 2, "2025-12-09", "2025-12-09")}


def test_the_party_in_enterprises_outside_the_state_sector_is_a_sector_s_figure(nlp):
    found = stats(nlp, "Đến ngày 30-6-2025, toàn tỉnh Bình Phước có 132 tổ chức đảng trong doanh nghiệp ngoài nhà nước "
                       "với hơn 1.400 đảng viên. Đến năm 2030, tỉnh phấn đấu có thêm ít nhất 35 tổ chức "
                       "đảng trong loại hình doanh nghiệp này.")
    assert {s[1:3] for s in found} == {("NonStateEnterprisePartyOrganizations", 132),
                                       ("NonStateEnterpriseMembers", 1400),
                                       ("NonStateEnterprisePartyOrganizationsTarget", 35)}


def test_a_new_cell_s_members_by_where_they_came_from_and_its_candidates(nlp):
    found = stats(nlp, "Chi bộ Công ty TNHH May Tân Phú có 8 đảng viên, trong đó 5 đồng chí chuyển sinh hoạt đảng từ "
                       "địa phương khác về và 3 đồng chí vừa được kết nạp trong tháng 10/2025. Chi bộ đang "
                       "bồi dưỡng, giúp đỡ 4 quần chúng ưu tú. Toàn phường có 37 đảng viên là người có đạo.")
    assert {s[1:5] for s in found} >= {("MembersTransferredIn", 5, None, None),
                                       ("NewMembers", 3, "2025-10-01", "2025-10-31"),
                                       ("PartyCandidatesInTraining", 4, None, None), ("MembersByGroup", 37, None, None)}


def test_the_cells_that_admitted_no_one_are_not_the_body_s_cells(nlp):
    found = stats(nlp, "Đảng ủy Công ty Thủy điện Bản Vẽ sơ kết 6 tháng đầu năm 2025. Hội nghị chỉ ra hạn chế: còn 3 "
                       "chi bộ cơ sở nhiều năm không kết nạp được đảng viên.")
    assert {s[:3] for s in found} == {("Đảng bộ Công ty Thủy điện Bản Vẽ", "PartyCellsWithoutAdmissions", 3)}


def test_a_committee_counted_with_its_structure_stands_for_its_dang_bo_in_the_flows_after(nlp):
    found = stats(nlp, "Đảng ủy phường Hòa Thành hiện có 27 chi bộ trực thuộc với 964 đảng viên; từ đầu nhiệm kỳ "
                       "2025 - 2030 đến nay đã kết nạp 11 đảng viên. Đảng bộ phường Tân Lập hiện có 402 "
                       "đảng viên; khóa XV, Ban chấp hành đảng bộ phường gồm 19 đồng chí.")
    assert ("Đảng bộ phường Hòa Thành", "NewMembers", 11, "2025", None) in found
    # an organ's size stays the organ's
    assert ("Ban Chấp hành Đảng bộ phường Tân Lập", "ExecutiveCommitteeMembers", 19) in {s[:3] for s in found}


def test_the_cells_rated_well_or_better(nlp):
    found = stats(nlp, "Đảng bộ xã Ya Ly có 8 chi bộ trực thuộc. Năm 2023, có 7/8 chi bộ được xếp loại hoàn thành tốt "
                       "nhiệm vụ trở lên.")
    assert ("Đảng bộ xã Ya Ly", "PartyCellsCompletedTasksWellOrBetter", 7, "2023", "2023") in found


def test_a_group_of_the_admitted_listed_after_another(nlp):
    found = stats(nlp, "Năm 2025, Đảng bộ phường Nam Định kết nạp 17 đảng viên, trong đó có 10 đảng viên là đoàn viên "
                       "thanh niên, 4 đảng viên là chủ hộ kinh doanh.")
    assert {s[1:3] for s in found} == {("NewMembers", 17), ("NewMembersByGroup", 10), ("NewMembersByGroup", 4)}


def test_the_share_of_enterprises_with_a_party_organization(nlp):
    found = stats(nlp, "Đến ngày 30-6-2025, toàn tỉnh Bình Phước có 132 tổ chức đảng trong doanh nghiệp ngoài nhà "
                       "nước; số doanh nghiệp có tổ chức đảng chỉ chiếm khoảng 2,3% tổng số doanh nghiệp.")
    assert ("Đảng bộ tỉnh Bình Phước", "EnterprisesWithPartyOrganizationShare", "2.3") in {s[:3] for s in found}



def test_the_rating_written_verb_first_and_the_share_well_or_better_after_it(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Mường Ảng đã kiểm điểm, đánh giá, xếp loại 3.120 đảng viên; trong "
                       "đó 91,5% hoàn thành tốt nhiệm vụ trở lên. Năm 2023, 88% đảng viên hoàn thành tốt nhiệm vụ "
                       "trở lên.")
    assert {s[1:3] for s in found} == {("MembersRated", 3120), ("MembersCompletedTasksWellOrBetterShare", "91.5"),
                                       ("MembersCompletedTasksWellOrBetterShare", 88)}


def test_admissions_done_so_far_in_brackets_after_a_target(nlp):
    found = stats(nlp, "Năm 2025, Chi bộ Tổ dân phố số 3 phấn đấu kết nạp 4 đảng viên (đến nay đã kết nạp 2 đảng viên, "
                       "đạt 50%).")
    assert {s[1:3] for s in found} == {("AdmissionTarget", 4), ("NewMembers", 2), ("TargetAchievement", 50)}


def test_a_goal_for_the_end_of_the_year_it_is_set_in_is_that_year_s_target(nlp):
    def targets(text):
        found = extract(article(text, issued="2025-11-20"), nlp).statistics
        return {(s.organization, s.value, s.start, s.end) for s in found if s.measure == "AdmissionTarget"}
    text = "Đảng bộ xã Tân Lập có 388 đảng viên. Mục tiêu đến cuối năm 2025 là kết nạp ít nhất 26 đảng viên."
    assert targets(text) == {("Đảng bộ xã Tân Lập", 26, "2025", "2025")}
    later = "Đảng bộ xã Tân Lập đặt mục tiêu đến năm 2030 kết nạp 200 đảng viên."
    assert targets(later) == {("Đảng bộ xã Tân Lập", 200, None, "2030")}


def test_a_target_a_committee_sets_through_its_resolution_is_its_dang_bo_s(nlp):
    text = ("Đảng bộ phường Tân Lập có 1.204 đảng viên. Đồng chí Lê Văn Hòa, Bí thư Đảng ủy phường Tân Lập cho biết, "
            "Đảng ủy ban hành Nghị quyết số 11-NQ/ĐU về công tác tạo nguồn, đặt chỉ tiêu năm 2026 kết nạp ít nhất "
            "40 đảng viên.")
    assert ("Đảng bộ phường Tân Lập", "AdmissionTarget", 40, "2026", "2026") in stats(nlp, text)


def test_a_target_for_one_group_of_members_is_a_group_s_target(nlp):
    text = "Năm 2025, Đảng bộ xã Tân Lập đặt chỉ tiêu năm 2026 kết nạp ít nhất 12 đảng viên là người dân tộc thiểu số."
    assert stats(nlp, text) == {("Đảng bộ xã Tân Lập", "AdmissionTargetByGroup", 12, "2026", "2026")}


def test_a_target_set_in_a_resolution_on_the_years_last_months_and_its_achievement_so_far(nlp):
    # the resolution's "6 tháng cuối năm" names the document; the target states its own year; "đến nay" has no day
    found = stats(nlp, "Đảng ủy Cục Thống kê tỉnh Phú Thọ ban hành Nghị quyết số 05-NQ/ĐU về nhiệm vụ 6 tháng cuối "
                       "năm 2025, trong đó đặt chỉ tiêu kết nạp 6 đảng viên trong năm 2025; đến nay mới đạt 50%.")
    assert {f[1:] for f in found} == {("AdmissionTarget", 6, "2025", "2025"), ("TargetAchievement", 50, "2025", None)}


def test_the_orientation_for_the_next_quarter_sets_a_target(nlp):
    found = stats(nlp, "Đảng bộ Cục Thống kê tỉnh Phú Thọ có 60 đảng viên. Phương hướng quý IV/2025: kết nạp ít "
                       "nhất 4 đảng viên để hoàn thành chỉ tiêu của năm.")
    assert ("Đảng bộ Cục Thống kê tỉnh Phú Thọ", "AdmissionTarget", 4, "2025-10-01", "2025-12-31") in found


def test_a_yearly_average_aimed_at_over_a_term(nlp):
    found = stats(nlp, "Trong nhiệm kỳ 2025 - 2030, Đảng bộ xã Tả Van phấn đấu kết nạp bình quân mỗi năm từ 25 "
                       "đảng viên trở lên.")
    assert found == {("Đảng bộ xã Tả Van", "AdmissionTargetAnnualAverage", 25, "2025", "2030")}


def test_the_members_share_of_an_enterprises_workforce(nlp):
    found = stats(nlp, "Đảng bộ Công ty Xăng dầu Lai Châu có 7 chi bộ trực thuộc. Tổng số đảng viên là 85, chiếm 41,5% "
                       "lao động toàn công ty.")
    assert ("Đảng bộ Công ty Xăng dầu Lai Châu", "MemberShareOfStaff", "41.5", None, None) in found


def test_the_share_of_a_group_of_members_written_as_a_rate_reached(nlp):
    # "tỷ lệ đảng viên nữ mới chỉ đạt 28%": the women's share of the members; a rate of the new members is not it
    found = stats(nlp, "Đảng bộ huyện Phong Thổ có 2.100 đảng viên; tỷ lệ đảng viên nữ mới chỉ đạt 28%, chưa đạt "
                       "yêu cầu.")
    assert ("Đảng bộ huyện Phong Thổ", "MembersByGroupShare", 28, None, None) in found
    assert not any(f[1] == "MembersByGroupShare" for f in stats(
        nlp, "Năm 2024, Đảng bộ huyện Phong Thổ kết nạp 120 đảng viên; tỷ lệ đảng viên mới là người dân tộc thiểu "
             "số đạt 80%."))


def test_a_goal_set_in_a_resolution_a_committee_issued_is_its_party_organizations(nlp):
    found = stats(nlp, "Ban Chấp hành Đảng bộ xã Hòa Bình ban hành Nghị quyết số 08-NQ/ĐU ngày 14/4/2025 về tạo "
                       "nguồn kết nạp nhiệm kỳ 2025 - 2030, đặt mục tiêu trong nhiệm kỳ kết nạp từ 135 đảng viên "
                       "trở lên.")
    assert {f[:3] for f in found} == {("Đảng bộ xã Hòa Bình", "AdmissionTarget", 135)}


def test_a_terms_target_and_its_yearly_pace_per_year_is_no_membership(nlp):
    # "N đảng viên/năm" is a pace (members a year), not the members a body has
    found = stats(nlp, "Đại hội Đảng bộ phường Quang Trung nhiệm kỳ 2025 - 2030 xác định phấn đấu trong nhiệm kỳ kết "
                       "nạp từ 135 đảng viên trở lên, bình quân 27 đảng viên/năm.")
    assert found == {("Đảng bộ phường Quang Trung", "AdmissionTarget", 135, "2025", "2030"),
                     ("Đảng bộ phường Quang Trung", "AdmissionTargetAnnualAverage", 27, "2025", "2030")}


def test_a_label_of_the_target_of_a_quarter(nlp):
    found = stats(nlp, "Đảng bộ phường Sông Cầu gồm 31 chi bộ. Mục tiêu quý II/2025: kết nạp tối thiểu 9 đảng viên, "
                       "rà soát xong hồ sơ đảng viên.")
    assert ("Đảng bộ phường Sông Cầu", "AdmissionTarget", 9, "2025-04-01", "2025-06-30") in found


def test_a_count_without_its_noun_before_a_share_of_the_plan(nlp):
    found = stats(nlp, "Năm 2022, Đảng bộ huyện Lâm Hà phấn đấu kết nạp 90 đảng viên; nửa đầu năm mới kết nạp "
                       "41, bằng 45,6% kế hoạch.")
    assert found == {("Đảng bộ huyện Lâm Hà", "AdmissionTarget", 90, "2022", "2022"),
                     ("Đảng bộ huyện Lâm Hà", "NewMembers", 41, "2022", "2022-06-30"),
                     ("Đảng bộ huyện Lâm Hà", "TargetAchievement", "45.6", "2022", "2022-06-30")}


def test_the_share_reached_after_exceeding_the_target(nlp):
    found = stats(nlp, "Mười tháng năm 2024, Đảng bộ huyện Lâm Hà kết nạp 27 đảng viên, vượt chỉ tiêu năm (25 đảng "
                       "viên), đạt 108,5%.")
    assert found == {("Đảng bộ huyện Lâm Hà", "AdmissionTarget", 25, "2024", "2024"),
                     ("Đảng bộ huyện Lâm Hà", "NewMembers", 27, "2024", "2024-10-31"),
                     ("Đảng bộ huyện Lâm Hà", "TargetAchievement", "108.5", "2024", "2024-10-31")}


def test_the_share_of_the_target_after_a_count_without_its_noun_or_a_labels_count(nlp):
    assert stats(nlp, "Đảng bộ huyện Lâm Hà năm 2023 kết nạp 64, đạt 96,8% chỉ tiêu.") == {
        ("Đảng bộ huyện Lâm Hà", "NewMembers", 64, "2023", "2023"),
        ("Đảng bộ huyện Lâm Hà", "TargetAchievement", "96.8", "2023", "2023")}
    assert stats(nlp, "Số liệu của Ban Tổ chức Huyện ủy Lâm Hà:\n- Kết nạp mới năm 2023: 64, đạt 96,8% chỉ "
                      "tiêu.") == {("Đảng bộ huyện Lâm Hà", "NewMembers", 64, "2023", "2023"),
                                   ("Đảng bộ huyện Lâm Hà", "TargetAchievement", "96.8", "2023", "2023")}


def test_a_target_given_in_brackets_after_it_was_exceeded(nlp):
    found = stats(nlp, "Năm 2023, Chi bộ thôn Bàu Sen kết nạp 7 đảng viên, vượt kế hoạch được giao (5 đảng viên).")
    cell = "Chi bộ thôn Bàu Sen"
    assert found == {(cell, "NewMembers", 7, "2023", "2023"), (cell, "AdmissionTarget", 5, "2023", "2023")}


def test_a_further_target_for_a_quarter_of_the_years(nlp):
    found = stats(nlp, "Năm 2026, Chi bộ thôn Bàu Sen tiếp tục phấn đấu kết nạp mới 6 đảng viên; riêng quý II/2026 "
                       "kết nạp tối thiểu 2 quần chúng.")
    cell = "Chi bộ thôn Bàu Sen"
    assert found == {(cell, "AdmissionTarget", 6, "2026", "2026"),
                     (cell, "AdmissionTarget", 2, "2026-04-01", "2026-06-30")}


def test_a_bracket_without_its_noun_is_a_target_only_exceeded_or_reached_after_the_admissions(nlp):
    # "vượt chỉ tiêu (4)" after "kết nạp 5 đảng viên": the target; "hoàn thành chỉ tiêu (1)" or a bracket with no
    # admissions counted before it: a footnote's mark
    cell = "Chi bộ thôn Đông Hà"
    assert stats(nlp, "Năm 2025, Chi bộ thôn Đông Hà kết nạp 5 đảng viên, vượt chỉ tiêu (4).") == {
        (cell, "NewMembers", 5, "2025", "2025"), (cell, "AdmissionTarget", 4, "2025", "2025")}
    assert stats(nlp, "Năm 2025, Chi bộ thôn Đông Hà kết nạp 2 đảng viên, hoàn thành chỉ tiêu (1).") == {
        (cell, "NewMembers", 2, "2025", "2025")}
    assert stats(nlp, "Năm 2025, Chi bộ thôn Đông Hà đạt chỉ tiêu (1) về xây dựng nông thôn mới.") == set()


def test_a_target_labelled_with_its_year_and_one_a_named_giver_set(nlp):
    # "Chỉ tiêu năm 2026: kết nạp 7": a label line of the target; "vượt chỉ tiêu Đảng ủy xã giao (9 đảng viên)": the
    # target the giver set, dated by the year the sentence opens with, not by the year it is compared with
    assert stats(nlp, "Đảng bộ xã Bản Lầu tổng kết năm 2025.\n\nChỉ tiêu năm 2026: kết nạp 7 đảng viên.") == {
        ("Đảng bộ xã Bản Lầu", "AdmissionTarget", 7, "2026", "2026")}
    found = stats(nlp, "Năm 2024, Đảng bộ xã Bản Lầu kết nạp 12 đảng viên, gấp đôi năm 2023 (6 đảng viên) và vượt chỉ "
                       "tiêu Đảng ủy xã giao (9 đảng viên).")
    assert found == {("Đảng bộ xã Bản Lầu", "AdmissionTarget", 9, "2024", "2024"),
                     ("Đảng bộ xã Bản Lầu", "NewMembers", 12, "2024", "2024")}
    # a target of other things a giver set: no admission target
    assert stats(nlp, "Năm 2024, xã Bản Lầu thu ngân sách vượt chỉ tiêu huyện giao (12 tỷ đồng).") == set()


def test_a_target_set_for_a_named_year_to_admit_more(nlp):
    # "chỉ tiêu năm 2027 kết nạp thêm 2": the target of that year, not 2 admitted
    found = stats(nlp, "Chi bộ Trạm Y tế xã Tân Hòa có 11 đảng viên. Chi bộ thống nhất chỉ tiêu năm 2027 kết nạp thêm "
                       "2 đảng viên.")
    assert found == {("Chi bộ Trạm Y tế xã Tân Hòa", "TotalMembers", 11, None, None),
                     ("Chi bộ Trạm Y tế xã Tân Hòa", "AdmissionTarget", 2, "2027", "2027")}
    # admitted more, past a target: admissions
    found = stats(nlp, "Chi bộ Trạm Y tế xã Tân Hòa có 11 đảng viên. Năm 2025, chi bộ kết nạp thêm 2 đảng viên, vượt "
                       "chỉ tiêu.")
    assert found == {("Chi bộ Trạm Y tế xã Tân Hòa", "TotalMembers", 11, None, None),
                     ("Chi bộ Trạm Y tế xã Tân Hòa", "NewMembers", 2, "2025", "2025")}


def test_a_target_a_numbered_resolution_set(nlp):
    # "chỉ tiêu Nghị quyết số 03-NQ/ĐU của Đảng ủy ... đề ra là 3 đảng viên": the resolution's number among the words
    found = stats(nlp, "Năm 2024, Đảng bộ Bệnh viện Phổi tỉnh Yên Bái kết nạp 4 đảng viên (đạt 133% chỉ tiêu Nghị "
                       "quyết số 03-NQ/ĐU của Đảng ủy Bệnh viện đề ra là 3 đảng viên).")
    body = "Đảng bộ Bệnh viện Phổi tỉnh Yên Bái"
    assert found == {(body, "AdmissionTarget", 3, "2024", "2024"), (body, "NewMembers", 4, "2024", "2024"),
                     (body, "TargetAchievement", 133, "2024", "2024")}
    # a resolution's number, then no target: its members counted are no target
    found = stats(nlp, "Năm 2024, Đảng bộ Bệnh viện Phổi tỉnh Yên Bái học tập Nghị quyết số 03-NQ/ĐU cho 95 đảng viên.")
    assert found == set()


def test_an_aim_of_founding_cells_in_the_sector_named_before_is_the_sector_s(nlp):
    # the sector named in the sentence before and referred to ("khu vực kinh tế đó"): the aim is the sector's figure
    found = stats(nlp, "Cuối năm 2024, huyện Đạ Huoai có 18 tổ chức đảng trong doanh nghiệp tư nhân. Huyện ủy đặt mục "
                       "tiêu có thêm 7 chi bộ trong khu vực kinh tế đó vào năm 2027.")
    assert {s[1:3] for s in found} == {("NonStateEnterprisePartyOrganizations", 18),
                                       ("NonStateEnterprisePartyOrganizationsTarget", 7)}


def test_a_target_given_for_other_work_is_no_admission_target(nlp):
    # "chỉ tiêu <work> <giver> giao (N đảng viên)": members to train or cards to hand out, not members to admit
    body = "Đảng bộ xã Tân Phú"
    assert stats(nlp, "Năm 2025, Đảng bộ xã Tân Phú hoàn thành chỉ tiêu bồi dưỡng lý luận chính trị huyện giao "
                      "(45 đảng viên).") == set()
    assert stats(nlp, "Năm 2025, Đảng bộ xã Tân Phú kết nạp 9 đảng viên; đạt chỉ tiêu phát thẻ đảng viên cấp trên giao "
                      "(60 đảng viên).") == {(body, "NewMembers", 9, "2025", "2025")}
    assert stats(nlp, "Năm 2025, Đảng bộ xã Tân Phú kết nạp 9 đảng viên, vượt chỉ tiêu học tập nghị quyết được giao "
                      "(120).") == {(body, "NewMembers", 9, "2025", "2025")}
    # the giver a committee or a unit: the admission target
    assert stats(nlp, "Năm 2025, Đảng bộ xã Tân Phú kết nạp 9 đảng viên, vượt chỉ tiêu của Ban Thường vụ Huyện ủy giao "
                      "(7 đảng viên).") == {(body, "NewMembers", 9, "2025", "2025"),
                                            (body, "AdmissionTarget", 7, "2025", "2025")}


def test_a_target_of_other_work_with_the_members_is_no_admission_target(nlp):
    # "chỉ tiêu ... về học tập lý luận là 95 đảng viên": members to teach, whether the target is dated or cited by its
    # plan's number
    body = "Đảng bộ xã Tân Phú"
    assert stats(nlp, "Đảng bộ xã Tân Phú có 210 đảng viên. Chỉ tiêu năm 2025 về học tập lý luận là 95 đảng "
                      "viên.") == {(body, "TotalMembers", 210, None, None)}
    assert stats(nlp, "Đảng bộ xã Tân Phú có 210 đảng viên. Chỉ tiêu Kế hoạch số 15-KH/ĐU về học tập lý luận là 95 "
                      "đảng viên.") == {(body, "TotalMembers", 210, None, None)}
    # the plan's target of admissions its committee set
    assert stats(nlp, "Đảng bộ xã Tân Phú có 210 đảng viên. Chỉ tiêu Kế hoạch số 15-KH/ĐU do Đảng ủy đề ra là 5 đảng "
                      "viên.") == {(body, "TotalMembers", 210, None, None),
                                   ("Đảng ủy xã Tân Phú", "AdmissionTarget", 5, None, None)}


def test_admissions_after_a_target_reached_are_admissions(nlp):
    # "hoàn thành chỉ tiêu năm và kết nạp thêm 4": the target reached, then the admissions done in a clause of their own
    assert stats(nlp, "Năm 2025, Đảng bộ xã Tân Phú hoàn thành chỉ tiêu năm và kết nạp thêm 4 đảng viên.") == {
        ("Đảng bộ xã Tân Phú", "NewMembers", 4, "2025", "2025")}
    assert stats(nlp, "Năm 2025, Chi bộ thôn Bình An đạt chỉ tiêu sớm nên đã kết nạp thêm 2 đảng viên.") == {
        ("Chi bộ thôn Bình An", "NewMembers", 2, "2025", "2025")}
