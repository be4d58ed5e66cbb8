"""Statistics in sentence forms: list items led by a verb, targets and shares, movements, discipline (sentences
written for the tests: people invented, real administrative units)."""
from _fixture import stats


def test_a_list_item_led_by_its_verb(nlp):
    # a report's numbered items leave the subject out and open with the verb, in capitals
    found = stats(nlp, "6 tháng đầu năm 2024, toàn Đảng bộ huyện Đức Cơ có 4.210 đảng viên.\n"
                       "2. Kết nạp 112 đảng viên, đạt 56% kế hoạch năm.\n"
                       "- Kết nạp từ 250 đảng viên trở lên trong năm 2025.")
    assert ("Đảng bộ huyện Đức Cơ", "NewMembers", 112, "2024", "2024-06-30") in found
    assert ("Đảng bộ huyện Đức Cơ", "AdmissionTarget", 250, "2025", "2025") in found


def test_the_members_present_at_a_meeting_are_no_membership(nlp):
    # "15/15 đảng viên có mặt": all of those present (a vote's count); "Có mặt 15/17": 17 members in all
    found = stats(nlp, "Chi bộ thôn Tà Lang họp thường kỳ. Có mặt 15/17 đảng viên. Cuối buổi, 15/15 đảng viên có mặt "
                       "biểu quyết thông qua nghị quyết.")
    assert {s[1:3] for s in found} == {("TotalMembers", 17)}


def test_a_cell_founded_by_a_committee_s_decision_with_its_members(nlp):
    found = stats(nlp, "Tháng 6/2024, Đảng ủy xã Mường Toong quyết định thành lập Chi bộ bản Huổi Lếch "
                       "với 6 đảng viên.")
    assert {s[1:3] for s in found} == {("FoundingMembers", 6)}


def test_the_target_in_brackets_after_the_target_exceeded(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ xã Pa Tần kết nạp 14 đảng viên, vượt chỉ tiêu cả năm (11 đảng viên).")
    assert ("Đảng bộ xã Pa Tần", "AdmissionTarget", 11, "2024", "2024") in found


def test_the_share_of_the_target_written_with_chiem(nlp):
    found = stats(nlp, "10 tháng năm 2025, Đảng bộ xã Phước Bình đã kết nạp 18 đảng viên, chiếm 72% chỉ tiêu.")
    assert ("Đảng bộ xã Phước Bình", "TargetAchievement", 72, "2025", "2025-10-31") in found


def test_the_share_reached_after_a_semicolon(nlp):
    found = stats(nlp, "Năm 2025, Đảng bộ xã Ia Dom đặt chỉ tiêu kết nạp 20 đảng viên; đến nay đã đạt 85%.")
    assert {s[1:3] for s in found} >= {("AdmissionTarget", 20), ("TargetAchievement", 85)}


def test_grassroots_committees_after_the_affiliated_ones(nlp):
    # "gồm 141 đảng bộ cơ sở": grassroots committees, not a kind of the affiliated ones counted before
    found = stats(nlp, "Đảng bộ tỉnh Hà Nam có 9 đảng bộ trực thuộc, 312 tổ chức cơ sở đảng (gồm 120 đảng bộ cơ sở và "
                       "192 chi bộ cơ sở).")
    assert ("Đảng bộ tỉnh Hà Nam", "GrassrootsPartyCommittees", 120, None, None) in found


def test_the_cells_a_count_of_cells_names_do_not_count_the_members_after_them(nlp):
    found = stats(nlp, "Hiện nay Đảng bộ xã Tà Long có 3 chi bộ trực thuộc là Chi bộ thôn Ba Lòng, Chi bộ thôn Ruộng "
                       "và Chi bộ Trường Tiểu học Tà Long, với 96 đảng viên.")
    assert ("Đảng bộ xã Tà Long", "TotalMembers", 96, None, None) in found


def test_a_committee_that_considered_and_admitted_admitted(nlp):
    found = stats(nlp, "Năm 2024, Đảng ủy xã Yên Sơn đã xem xét và kết nạp 12 đảng viên. Chi bộ thôn Đồng Tâm đề nghị "
                       "Đảng ủy xã xem xét kết nạp 2 quần chúng.")
    assert {s[1:3] for s in found} == {("NewMembers", 12)}


def test_an_award_proposed_is_none_made(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ xã Yên Sơn kết nạp 12 đảng viên. Đảng ủy xã đề nghị cấp trên trao Huy hiệu "
                       "40 năm tuổi Đảng cho 9 đồng chí.")
    assert {s[1:3] for s in found} == {("NewMembers", 12)}


def test_movements_written_count_first_or_with_the_transfer_s_kind(nlp):
    found = stats(nlp, "Năm 2025, Chi bộ thôn Nà Lừa chuyển 1 đảng viên đi sinh hoạt tại đảng bộ khác. "
                       "Đảng bộ xã Phong Thổ "
                       "chuyển sinh hoạt đảng chính thức cho hai đồng chí; 1 đảng viên bị khai trừ vì vi phạm kỷ luật.")
    assert {s[1:3] for s in found} == {("MembersTransferredOut", 1), ("MembershipTransfers", 2),
                                       ("MembersExpelled", 1)}


def test_the_kinds_of_cells_listed_one_after_another(nlp):
    found = stats(nlp, "Đảng bộ xã Bù Đăng có 25 chi bộ trực thuộc (trong đó 13 chi bộ thôn, 8 chi bộ cơ quan, "
                       "trường học, 4 chi bộ lực lượng vũ trang).")
    assert {s[1:3] for s in found} == {("AffiliatedPartyCells", 25), ("AffiliatedPartyCellsByType", 13),
                                       ("AffiliatedPartyCellsByType", 8), ("AffiliatedPartyCellsByType", 4)}


def test_the_members_share_of_a_unit_s_strength(nlp):
    found = stats(nlp, "Đảng bộ Đồn Biên phòng Sen Thượng có 36 đảng viên, chiếm 58% quân số của đơn vị.")
    assert ("MemberShareOfStaff", 58) in {s[1:3] for s in found}


def test_the_cell_a_member_moved_to_does_not_count_the_figures_after_it(nlp):
    found = stats(nlp, "Năm 2025, Chi bộ thôn Nà Lừa kết nạp 3 đảng viên, chuyển 2 đồng chí sang sinh hoạt ở Chi bộ "
                       "Trường Tiểu học Phong Thổ, 1 đảng viên từ trần.")
    assert ("Chi bộ thôn Nà Lừa", "MembersDeceased", 1, "2025", "2025") in found


def test_the_forms_of_discipline_as_labels_on_list_lines(nlp):
    found = stats(nlp, "Trong quý III/2025, Đảng bộ tỉnh Quảng Ninh thi hành kỷ luật 20 đảng viên, cụ thể:\n"
                       "- Khiển trách: 12 đảng viên\n- Cảnh cáo: 5 đảng viên\n- Cách chức: 1 đảng viên\n"
                       "- Khai trừ: 2 đảng viên")
    assert {s[1:3] for s in found} == {("DisciplinedMembers", 20), ("MembersReprimanded", 12), ("MembersWarned", 5),
                                       ("MembersDismissedFromPost", 1), ("MembersExpelled", 2)}


def test_a_ward_s_membership_read_out_in_thousands(nlp):
    found = stats(nlp, "Sau sắp xếp, Đảng bộ phường Trường Vinh có bốn mươi hai chi bộ trực thuộc với hai nghìn "
                       "một trăm ba mươi đảng viên.")
    assert ("Đảng bộ phường Trường Vinh", "TotalMembers", 2130, None, None) in found


def test_five_written_as_a_word_before_the_members_it_counts(nlp):
    # "năm" is also "year": before the members it counts it is five
    found = stats(nlp, "Từ ngày 1/8 đến ngày 25/11/2025, Chi bộ Trường Tiểu học Đông Sơn kết nạp tổng cộng năm "
                       "đảng viên.")
    assert {s[1:3] for s in found} == {("NewMembers", 5)}
    found = stats(nlp, "Năm 2024, Chi bộ Trường Tiểu học Đông Sơn có 18 đảng viên; hằng năm đảng viên được "
                       "kiểm điểm.")
    assert {s[1:3] for s in found} == {("TotalMembers", 18)}


def test_a_body_that_admitted_no_one_admitted_zero_but_not_some_cells_or_villages(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ xã Tân Phước kết nạp 17 đảng viên. Riêng Chi bộ ấp Bình Hòa chưa kết nạp "
                       "được đảng viên nào; còn 3 chi bộ khác chưa kết nạp được đảng viên. Có ấp hai năm liền "
                       "không kết nạp được ai, có bản cả năm chỉ kết nạp được 1 đảng viên.")
    assert {f for f in found if f[1] == "NewMembers"} == {
        ("Đảng bộ xã Tân Phước", "NewMembers", 17, "2024", "2024"),
        ("Chi bộ ấp Bình Hòa", "NewMembers", 0, "2024", "2024")}
    # a short reference, a name read short: no zero
    found = stats(nlp, "Chi bộ thôn Đồng Tâm có 31 đảng viên. Năm 2023, chi bộ có 29 đảng viên, nhiều năm liền không "
                       "kết nạp được ai. Chi bộ Trạm Bơm và Thủy nông Yên Lập chưa kết nạp được đảng viên nào.")
    assert {f for f in found if f[1] == "NewMembers"} == set()


def test_each_body_of_a_list_that_admitted_no_one_admitted_zero(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ Công ty Cấp thoát nước Bình Sơn kết nạp 9 đảng viên; các chi bộ Hành chính, "
                       "Kiểm định nước và Bảo vệ chưa kết nạp được. Các chi bộ còn lại chưa kết nạp được đảng viên "
                       "nào.")
    assert found == {("Đảng bộ Công ty Cấp thoát nước Bình Sơn", "NewMembers", 9, "2024", "2024"),
                     ("Chi bộ Hành chính", "NewMembers", 0, "2024", "2024"),
                     ("Chi bộ Kiểm định nước", "NewMembers", 0, "2024", "2024"),
                     ("Chi bộ Bảo vệ", "NewMembers", 0, "2024", "2024")}
    found = stats(nlp, "Các đảng bộ xã Ia Bă, Ia Tô chưa kết nạp được đảng viên nào; các chi bộ ấp 2, ấp 4 cũng chưa "
                       "kết nạp được đảng viên.")
    assert found == {("Đảng bộ xã Ia Bă", "NewMembers", 0, None, None),
                     ("Đảng bộ xã Ia Tô", "NewMembers", 0, None, None),
                     ("Chi bộ ấp 2", "NewMembers", 0, None, None), ("Chi bộ ấp 4", "NewMembers", 0, None, None)}


def test_students_admitted_written_hssv(nlp):
    # "HSSV" (học sinh, sinh viên) are the admitted of a school's Đảng bộ (the bracket without its noun after them:
    # test_statistics_ratings_and_targets)
    found = stats(nlp, "Đảng bộ Trường Cao đẳng Sư phạm Tây Sơn có 7 chi bộ trực thuộc. Năm 2024, Đảng bộ Trường Cao "
                       "đẳng Sư phạm Tây Sơn đã kết nạp 9 HSSV.")
    school = "Đảng bộ Trường Cao đẳng Sư phạm Tây Sơn"
    assert found == {(school, "AffiliatedPartyCells", 7, None, None), (school, "NewMembers", 9, "2024", "2024")}


def test_doctors_and_nurses_admitted_by_a_hospitals_cell(nlp):
    assert stats(nlp, "Năm 2023, Chi bộ Khoa Ngoại Bệnh viện Phú Hòa kết nạp 2 bác sĩ và Chi bộ Khoa Sản Bệnh viện "
                      "Phú Hòa kết nạp 1 điều dưỡng.") == {
        ("Chi bộ Khoa Ngoại Bệnh viện Phú Hòa", "NewMembers", 2, "2023", "2023"),
        ("Chi bộ Khoa Sản Bệnh viện Phú Hòa", "NewMembers", 1, "2023", "2023")}

