"""The movements of a body's membership a report gives beside its admissions (readmissions, transfers in, deaths,
emigration, removals, discipline written count first), the party groups of a cell and the villages without a cell,
on sentences written for the tests."""
from _fixture import stats


def test_the_movements_of_the_membership_each_its_own_measure(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ xã Tân Thạnh kết nạp 14 đảng viên, trong đó có 2 trường hợp kết nạp lại; "
                       "chuyển đến 5 đảng viên, chuyển đi 3 đảng viên. Cũng trong năm, Đảng bộ có 9 đảng viên từ trần, "
                       "1 đảng viên xuất cảnh định cư ở nước ngoài.")
    assert {s[1:3] for s in found} == {("NewMembers", 14), ("MembersReadmitted", 2), ("MembersTransferredIn", 5),
                                       ("MembersTransferredOut", 3), ("MembersDeceased", 9), ("MembersEmigrated", 1)}
    # the dead are not the body's members
    assert not any(s[1] == "TotalMembers" for s in found)


def test_members_received_by_transfer(nlp):
    found = stats(nlp, "Quý III/2025, Đảng bộ phường Bình Minh tiếp nhận 6 đảng viên chuyển đến từ các cơ quan.")
    assert ("Đảng bộ phường Bình Minh", "MembersTransferredIn", 6, "2025-07-01", "2025-09-30") in found


def test_discipline_and_removals_written_count_first(nlp):
    found = stats(nlp, "Nhiệm kỳ 2020 - 2025, Đảng bộ huyện Krông Bông có 21 đảng viên bị xử lý kỷ luật, trong đó "
                       "3 trường hợp khai trừ; 15 đảng viên bị xóa tên.")
    assert {s[1:3] for s in found} == {("DisciplinedMembers", 21), ("MembersExpelled", 3),
                                       ("MembersRemovedFromParty", 15)}


def test_party_groups_and_villages_without_a_cell_are_counted_now(nlp):
    found = stats(nlp, "Chi bộ thôn Nà Khà có 26 đảng viên, sinh hoạt tại 4 tổ đảng.")
    assert ("Chi bộ thôn Nà Khà", "PartyGroups", 4, None, None) in found
    found = stats(nlp, "Năm 2021, Đảng bộ huyện Bắc Hà còn 5 thôn, bản chưa có chi bộ.")
    assert ("Đảng bộ huyện Bắc Hà", "VillagesWithoutPartyCell", 5, "2021", "2021") in found


def test_the_movements_written_as_labels_and_values(nlp):
    found = stats(nlp, "Đảng bộ tỉnh Hậu Giang năm 2024:\nTổ chức cơ sở đảng: 412\nTừ trần: 230\n"
                       "Xóa tên, cho ra khỏi Đảng: 17\nXuất cảnh định cư ở nước ngoài: 4\n")
    assert {s[1:3] for s in found} == {("GrassrootsPartyOrganizations", 412), ("MembersDeceased", 230),
                                       ("MembersRemovedFromParty", 17), ("MembersEmigrated", 4)}


def test_the_members_share_of_the_staff_and_of_an_education_level(nlp):
    found = stats(nlp, "Chi bộ Trạm Kiểm lâm Mường Lay hiện có 18 đảng viên trên tổng số 24 công chức (chiếm 75%).")
    assert ("Chi bộ Trạm Kiểm lâm Mường Lay", "MemberShareOfStaff", 75, None, None) in found
    found = stats(nlp, "Tỷ lệ đảng viên trên tổng số công chức, người lao động của Chi bộ Trạm Kiểm lâm Mường Lay đạt "
                       "75%.")
    assert {s[1:3] for s in found} == {("MemberShareOfStaff", 75)}
    found = stats(nlp, "Đảng bộ Trường Đại học Tây Bắc có 140 đảng viên có trình độ sau đại học, chiếm 57,3%.")
    assert {s[1:3] for s in found} == {("MembersWithPostgraduateDegree", 140), ("MembersByGroupShare", "57.3")}


def test_admissions_labelled_with_their_months_and_the_target_in_brackets(nlp):
    found = stats(nlp, "Đảng bộ tỉnh Hậu Giang năm 2024:\nKết nạp 9 tháng: 1.120 (chỉ tiêu năm: 1.500)\n")
    assert ("Đảng bộ tỉnh Hậu Giang", "NewMembers", 1120, "2024", "2024-09-30") in found
    assert ("Đảng bộ tỉnh Hậu Giang", "AdmissionTarget", 1500, "2024", "2024") in found


def test_the_cells_the_members_meet_in_after_a_comma(nlp):
    found = stats(nlp, "Đảng bộ xã Tân Thạnh có 245 đảng viên, sinh hoạt ở 16 chi bộ.")
    assert ("Đảng bộ xã Tân Thạnh", "AffiliatedPartyCells", 16, None, None) in found


def test_transfers_confirmations_and_discipline_written_as_labels_and_values(nlp):
    found = stats(nlp, "Đảng bộ xã Mường Khương, quý III/2025:\nTiếp nhận chuyển đến: 9 đồng chí\n"
                       "Chuyển sinh hoạt đi: 4 đồng chí\nChuyển đảng chính thức: 15 đồng chí\nKhai trừ: 1 đồng chí\n")
    assert {s[1:3] for s in found} == {("MembersTransferredIn", 9), ("MembersTransferredOut", 4),
                                       ("MembersConfirmedOfficial", 15), ("MembersExpelled", 1)}


def test_the_yearly_average_after_a_term_s_admissions_candidates_and_young_members_share(nlp):
    found = stats(nlp, "Nhiệm kỳ 2020 - 2025, Đảng bộ tỉnh Hà Nam kết nạp 10.560 đảng viên, bình quân mỗi năm hơn "
                       "2.100 đảng viên.")
    assert ("Đảng bộ tỉnh Hà Nam", "NewMembersAnnualAverage", 2100, "2020", "2025") in found
    found = stats(nlp, "Hiện Đảng bộ huyện Lục Yên có 95 quần chúng đã học lớp bồi dưỡng nhận thức về Đảng.")
    assert {s[1:3] for s in found} == {("AdmissionCandidatesTrained", 95)}
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Lục Yên kết nạp 120 đảng viên. Tỷ lệ đảng viên trẻ (dưới 30 tuổi) "
                       "trong "
                       "số được kết nạp chiếm 58,3%.")
    assert ("Đảng bộ huyện Lục Yên", "NewMembersShareByGroup", "58.3") in {s[:3] for s in found}


def test_a_reports_noun_first_movements_and_an_official_transfer(nlp):
    # a report's lines give the movement first and its count after it
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Ba Tơ chuyển sinh hoạt đảng chính thức đến 14 đồng chí, chuyển đi "
                       "11 đồng chí; đảng viên từ trần 6 đồng chí.")
    assert {s[1:3] for s in found} == {("MembersTransferredIn", 14), ("MembersTransferredOut", 11),
                                       ("MembersDeceased", 6)}


def test_members_transferred_in_written_with_where_they_came_from(nlp):
    found = stats(nlp, "Đến ngày 30/11/2024, Chi bộ Trường Tiểu học Đông Sơn có 23 đảng viên (2 đồng chí chuyển sinh "
                       "hoạt đến từ Đảng bộ xã Đông Sơn).")
    assert {s[1:3] for s in found} == {("TotalMembers", 23), ("MembersTransferredIn", 2)}


def test_members_exempted_from_meetings_or_working_away_are_counted_now(nlp):
    found = stats(nlp, "Chi bộ thôn Khe Luông có 48 đảng viên, trong đó 12 đảng viên được miễn sinh hoạt do tuổi cao; "
                       "hiện có 7 đảng viên đi làm ăn xa.")
    assert ("Chi bộ thôn Khe Luông", "MembersExemptFromActivities", 12, None, None) in found
    assert ("Chi bộ thôn Khe Luông", "MembersWorkingAway", 7, None, None) in found
    assert ("Chi bộ thôn Khe Luông", "TotalMembers", 48, None, None) in found


def test_the_share_of_members_exempted_and_those_attending_a_cell_temporarily(nlp):
    found = stats(nlp, "Đảng bộ xã Tam Đường hiện có 1.204 đảng viên; khoảng 60 đảng viên đang sinh hoạt tạm thời ở "
                       "nơi làm việc. Số đảng viên được miễn sinh hoạt chiếm gần 5%.")
    assert ("Đảng bộ xã Tam Đường", "MembersInTemporaryActivity", 60, None, None) in found
    assert ("Đảng bộ xã Tam Đường", "MembersExemptFromActivitiesShare", 5, None, None) in found


def test_a_confirmation_written_at_the_head_of_a_list_item(nlp):
    found = stats(nlp, "Kết quả năm 2024 của Đảng bộ xã Tân Lập:\n2. Chuyển đảng chính thức cho 7 đảng viên dự bị.")
    assert {s[1:3] for s in found} == {("MembersConfirmedOfficial", 7)}


def test_the_party_organizations_under_a_grassroots_dang_bo_its_partial_dang_bo_and_cells(nlp):
    text = ("Đảng bộ phường Tân Lập hiện có 64 tổ chức đảng trực thuộc, gồm 8 đảng bộ bộ phận và 56 chi bộ, với 2.915 "
            "đảng viên.")
    found = stats(nlp, text)
    assert {("Đảng bộ phường Tân Lập", "AffiliatedPartyOrganizations", 64, None, None),
            ("Đảng bộ phường Tân Lập", "AffiliatedPartyCommittees", 8, None, None),
            ("Đảng bộ phường Tân Lập", "AffiliatedPartyCells", 56, None, None)} <= found


def test_transfers_and_deaths_without_their_noun_after_the_admissions(nlp):
    found = stats(nlp, "Trong quý III/2025, Đảng bộ xã Tân Lập kết nạp 16 đảng viên; chuyển đi 5, chuyển đến 3, từ "
                       "trần 4.")
    assert {s[1:3] for s in found} == {("NewMembers", 16), ("MembersTransferredOut", 5), ("MembersTransferredIn", 3),
                                       ("MembersDeceased", 4)}


def test_the_members_a_body_keeps_after_members_moved_away(nlp):
    found = stats(nlp, "Sau khi nhiều cán bộ chuyển công tác lên tỉnh, đến ngày 15/8/2025 Đảng bộ xã Tân Lập chỉ còn "
                       "964 đảng viên.")
    assert found == {("Đảng bộ xã Tân Lập", "TotalMembers", 964, "2025-08-15", "2025-08-15")}


def test_the_members_count_written_from_one_value_to_another_without_tong_and_a_target_after_chi_tieu_colon(nlp):
    found = stats(nlp, "Chi bộ Thư viện tỉnh Điện Biên hiện chia thành 3 tổ đảng; sau ba năm, số đảng viên tăng từ 14 "
                       "(lúc mới thành lập) lên 17 đồng chí. Đại hội Chi bộ thông qua chỉ tiêu: giai đoạn 2025 - 2027 "
                       "phải kết nạp ít nhất 4 đảng viên.")
    assert found == {("Chi bộ Thư viện tỉnh Điện Biên", "PartyGroups", 3, None, None),
                     ("Chi bộ Thư viện tỉnh Điện Biên", "TotalMembers", 14, None, None),
                     ("Chi bộ Thư viện tỉnh Điện Biên", "TotalMembers", 17, None, None),
                     ("Chi bộ Thư viện tỉnh Điện Biên", "AdmissionTarget", 4, "2025", "2027")}
    # a group's count so written is not the membership
    found = stats(nlp, "Năm 2024, số đảng viên có trình độ thạc sĩ của Chi bộ Thư viện tỉnh Điện Biên tăng từ 2 lên 5.")
    assert {f for f in found if f[1] == "TotalMembers"} == set()


def test_a_groups_change_after_a_total_gives_no_second_total(nlp):
    # the second value of a change is the total's only when its first value was the total's
    assert stats(nlp, "Chi bộ thôn Đông Hòa hiện có 27 đảng viên; số đảng viên có trình độ đại học tăng từ 3 lên 8 "
                      "đồng chí.") == {("Chi bộ thôn Đông Hòa", "TotalMembers", 27, None, None)}
    assert stats(nlp, "Đảng bộ xã Tân Lập có 27 chi bộ trực thuộc; số đảng viên tăng từ 921 lên 1.027.") == {
        ("Đảng bộ xã Tân Lập", "AffiliatedPartyCells", 27, None, None),
        ("Đảng bộ xã Tân Lập", "TotalMembers", 921, None, None),
        ("Đảng bộ xã Tân Lập", "TotalMembers", 1027, None, None)}
