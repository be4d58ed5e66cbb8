"""Membership statistics on sentences written for the tests."""
from _fixture import article

from partykg.extract import extract


def stats(nlp, text):
    return {(s.organization, s.measure, s.value, s.start, s.end) for s in extract(article(text), nlp).statistics}


def test_admissions_with_a_term(nlp):
    assert stats(nlp, "Nhiệm kỳ 2015 - 2020, Đảng bộ huyện Thạch Hà kết nạp được 1.204 đảng viên mới.") == {
        ("Đảng bộ huyện Thạch Hà", "NewMembers", 1204, "2015", "2020")}


def test_enumeration_ties_each_count_to_the_organization_before_it(nlp):
    found = stats(nlp, "Năm 2022, Đảng bộ xã Hải An kết nạp được 9 ĐV, Đảng bộ xã Hải Ba kết nạp được 7 ĐV, "
                       "Chi bộ Trường THCS Hải Lăng kết nạp được 2 ĐV.")
    assert found == {("Đảng bộ xã Hải An", "NewMembers", 9, "2022", "2022"),
                     ("Đảng bộ xã Hải Ba", "NewMembers", 7, "2022", "2022"),
                     ("Chi bộ Trường Trung học cơ sở Hải Lăng", "NewMembers", 2, "2022", "2022")}


def test_totals_targets_achievement_and_growth(nlp):
    found = stats(nlp, "Đảng bộ thị xã Hồng Lĩnh hiện có 2.315 đảng viên. Nghị quyết Đại hội nhiệm kỳ 2020-2025 "
                       "đặt chỉ tiêu kết nạp 350 ĐV. Từ năm 2021 đến nay, thị xã Hồng Lĩnh kết nạp 180 ĐV, đạt "
                       "51,43% chỉ tiêu. Giai đoạn 2015 - 2020, số đảng viên toàn Đảng bộ tăng 215 đảng viên.")
    assert found == {
        ("Đảng bộ thị xã Hồng Lĩnh", "TotalMembers", 2315, None, None),
        ("Đảng bộ thị xã Hồng Lĩnh", "AdmissionTarget", 350, "2020", "2025"),
        ("Đảng bộ thị xã Hồng Lĩnh", "NewMembers", 180, "2021", None),
        ("Đảng bộ thị xã Hồng Lĩnh", "TargetAchievement", "51.43", "2021", None),
        ("Đảng bộ thị xã Hồng Lĩnh", "MemberGrowth", 215, "2015", "2020"),
    }


def test_grassroots_structure(nlp):
    found = stats(nlp, "Đảng bộ huyện Côn Đảo có 15 chi bộ, đảng bộ cơ sở trực thuộc (11 chi bộ và 4 đảng bộ/"
                       "20 chi bộ trực thuộc)/812 đảng viên.")
    assert found == {
        ("Đảng bộ huyện Côn Đảo", "GrassrootsPartyOrganizations", 15, None, None),
        ("Đảng bộ huyện Côn Đảo", "GrassrootsPartyCells", 11, None, None),
        ("Đảng bộ huyện Côn Đảo", "GrassrootsPartyCommittees", 4, None, None),
        ("Đảng bộ huyện Côn Đảo", "AffiliatedPartyCells", 20, None, None),
        ("Đảng bộ huyện Côn Đảo", "TotalMembers", 812, None, None),
    }


def test_whole_district_and_months_of_a_year(nlp):
    found = stats(nlp, "Huyện Đông Anh làm tốt công tác tạo nguồn. 6 tháng đầu năm 2023, toàn huyện kết nạp "
                       "được 95 đảng viên, trong đó chi bộ nông thôn kết nạp được 40 đảng viên.")
    assert found == {("Đảng bộ huyện Đông Anh", "NewMembers", 95, "2023", "2023-06-30"),
                     ("Đảng bộ huyện Đông Anh", "RuralNewMembers", 40, "2023", "2023-06-30")}


def test_relative_period_gives_no_years(nlp):
    found = stats(nlp, "Ở huyện Mê Linh, trong 3 năm gần đây, toàn huyện kết nạp được 610 đảng viên.")
    assert found == {("Đảng bộ huyện Mê Linh", "NewMembers", 610, None, None)}


def test_a_party_cell_named_earlier(nlp):
    found = stats(nlp, "Chi bộ Ban Tổ chức Huyện ủy Bố Trạch luôn vững mạnh. Đến nay, chi bộ có 14 đảng viên; "
                       "từ đầu nhiệm kỳ 2020-2025 đến nay, Chi bộ đã kết nạp được 03 đảng viên mới.")
    assert ("Chi bộ Ban Tổ chức Huyện ủy Bố Trạch", "TotalMembers", 14, None, None) in found
    assert any(s[1:3] == ("NewMembers", 3) and s[0] == "Chi bộ Ban Tổ chức Huyện ủy Bố Trạch" for s in found)


def test_near_misses(nlp):
    # numbers of people who are not counted as party members, dates, plain percentages
    assert stats(nlp, "Ngày 12/3/2023, huyện Bảo Lâm có 45 quần chúng học lớp cảm tình Đảng; 80% học viên đạt "
                      "loại khá; 2.000 người tham dự.") == set()


def test_period_right_after_the_count(nlp):
    assert stats(nlp, "Đảng ủy Quân sự tỉnh Hòa Bình kết nạp 56 đảng viên trong năm 2021.") == {
        ("Đảng ủy Quân sự tỉnh Hòa Bình", "NewMembers", 56, "2021", "2021")}


def test_other_phrasings_of_admissions_and_totals(nlp):
    found = stats(nlp, "Năm 2022, Đảng bộ huyện Nga Sơn có số đảng viên mới kết nạp là 320, nâng lên tổng số "
                       "5.400 đảng viên, đạt 105% nghị quyết.")
    assert found == {("Đảng bộ huyện Nga Sơn", "NewMembers", 320, "2022", "2022"),
                     ("Đảng bộ huyện Nga Sơn", "TotalMembers", 5400, None, "2022"),  # at the end of 2022
                     ("Đảng bộ huyện Nga Sơn", "TargetAchievement", 105, "2022", "2022")}


def test_a_target_is_not_an_admission_and_other_counts_are_not_totals(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Thọ Xuân phấn đấu kết nạp 450 đảng viên; huyện có 6 đảng viên "
                       "vi phạm kỷ luật và 120 đảng viên được tặng Huy hiệu Đảng.")
    assert found == {("Đảng bộ huyện Thọ Xuân", "AdmissionTarget", 450, "2024", "2024")}
