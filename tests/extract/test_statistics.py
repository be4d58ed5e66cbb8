"""Membership statistics on sentences written for the tests."""
from dataclasses import replace

from _fixture import article, stats

from partykg.extract import extract


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
                       "tính từ đầu nhiệm kỳ 2020-2025, Chi bộ kết nạp được 04 đảng viên mới.")
    assert ("Chi bộ Ban Tổ chức Huyện ủy Bố Trạch", "TotalMembers", 14, None, None) in found
    assert any(s[1:3] == ("NewMembers", 4) and s[0] == "Chi bộ Ban Tổ chức Huyện ủy Bố Trạch" for s in found)


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
                     ("Đảng bộ huyện Nga Sơn", "TotalMembers", 5400, "2022", "2022"),  # "năm 2022": 2022 … 2022
                     ("Đảng bộ huyện Nga Sơn", "TargetAchievement", 105, "2022", "2022")}


def test_a_target_is_not_an_admission_and_other_counts_are_not_totals(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Thọ Xuân phấn đấu kết nạp 450 đảng viên; huyện có 6 đảng viên "
                       "vi phạm kỷ luật và 120 đảng viên được tặng Huy hiệu Đảng.")
    assert found == {("Đảng bộ huyện Thọ Xuân", "AdmissionTarget", 450, "2024", "2024")}


# --- per-unit figures in flattened tables --------------------------------------------------

def test_a_breakdown_list_after_a_total_goes_to_each_units_party_organization(nlp):
    found = stats(nlp, "Tính đến ngày 15-10-2021, toàn tỉnh Hà Tĩnh kết nạp được 600/1.100 đảng viên mới, đạt "
                       "54% so với chỉ tiêu năm 2021. Trong đó, Hương Khê 200 đảng viên, Cẩm Xuyên 150, "
                       "TP. Hà Tĩnh 100, Công an 50, Bộ đội Biên phòng tỉnh 20.")
    period = ("2021", "2021-10-15")
    assert found == {
        ("Đảng bộ tỉnh Hà Tĩnh", "NewMembers", 600, *period),
        ("Đảng bộ tỉnh Hà Tĩnh", "AdmissionTarget", 1100, "2021", "2021"),  # a target is set for the year
        ("Đảng bộ tỉnh Hà Tĩnh", "TargetAchievement", 54, *period),
        ("Đảng bộ huyện Hương Khê", "NewMembers", 200, *period),
        ("Đảng bộ huyện Cẩm Xuyên", "NewMembers", 150, *period),
        ("Đảng bộ thành phố Hà Tĩnh", "NewMembers", 100, *period),
        ("Đảng bộ Công an tỉnh Hà Tĩnh", "NewMembers", 50, *period),
        ("Đảng bộ Bộ đội Biên phòng tỉnh Hà Tĩnh", "NewMembers", 20, *period),
    }


def test_a_name_the_register_does_not_settle_stays_as_written(nlp):
    # two units of the province are called Kỳ Anh (a district and a town)
    found = stats(nlp, "Năm 2021, toàn tỉnh Hà Tĩnh kết nạp được 300 đảng viên. Trong đó, Kỳ Anh 40, Đức Thọ 30.")
    assert ("Đảng bộ Kỳ Anh", "NewMembers", 40, "2021", "2021") in found
    assert ("Đảng bộ huyện Đức Thọ", "NewMembers", 30, "2021", "2021") in found


def test_figures_with_their_targets_after_a_cue(nlp):
    found = stats(nlp, "6 tháng đầu năm 2020, Huyện ủy Hương Khê kết nạp 90 quần chúng ưu tú vào Đảng. "
                       "Hai đơn vị kết nạp nhiều so với kế hoạch là Gia Phố 9/8, Hương Trà 7/6.")
    assert found == {
        ("Huyện ủy Hương Khê", "NewMembers", 90, "2020", "2020-06-30"),
        ("Đảng bộ xã Gia Phố", "NewMembers", 9, "2020", "2020-06-30"),
        ("Đảng bộ xã Gia Phố", "AdmissionTarget", 8, "2020", "2020"),
        ("Đảng bộ xã Hương Trà", "NewMembers", 7, "2020", "2020-06-30"),
        ("Đảng bộ xã Hương Trà", "AdmissionTarget", 6, "2020", "2020"),
    }


def test_lists_that_are_not_a_breakdown_of_the_total(nlp):
    # a sub-group ("đảng viên nữ"), and figures that add up to more than the total
    found = stats(nlp, "Năm 2021, toàn tỉnh Hà Tĩnh kết nạp được 100 đảng viên mới. Trong đó, số nữ 40, "
                       "gồm: Hương Khê 20, Cẩm Xuyên 20. Năm 2022, toàn tỉnh Hà Tĩnh kết nạp được 50 đảng viên. "
                       "Trong đó, Hương Khê 40, Cẩm Xuyên 30.")
    assert {s[0] for s in found} == {"Đảng bộ tỉnh Hà Tĩnh"}


# --- totals with their breakdown ---------------------------------------------------------

def test_grassroots_organizations_with_their_breakdown(nlp):
    found = stats(nlp, "Đến nay Đảng bộ huyện Đức Thọ có 120 TCCSĐ, trong đó có 70 chi bộ và 50 đảng bộ cơ sở; "
                       "toàn huyện có 800 chi bộ trực thuộc, gồm 9.500 đảng viên.")
    org = "Đảng bộ huyện Đức Thọ"
    assert found == {(org, "GrassrootsPartyOrganizations", 120, None, None),
                     (org, "GrassrootsPartyCells", 70, None, None),
                     (org, "GrassrootsPartyCommittees", 50, None, None),
                     (org, "AffiliatedPartyCells", 800, None, None),
                     (org, "TotalMembers", 9500, None, None)}


def test_the_whole_party_and_organizations_that_held_a_congress(nlp):
    found = stats(nlp, "Toàn Đảng có 50.300 tổ chức cơ sở đảng, đến nay có 50.100 TCCSĐ tổ chức đại hội.")
    assert found == {("Đảng Cộng sản Việt Nam", "GrassrootsPartyOrganizations", 50300, None, None)}
    found = stats(nlp, "Đảng bộ tỉnh Hà Tĩnh có 98.000 đảng viên. Cả nước hiện có 5.500.000 đảng viên.")
    assert found == {("Đảng bộ tỉnh Hà Tĩnh", "TotalMembers", 98000, None, None),
                     ("Đảng Cộng sản Việt Nam", "TotalMembers", 5500000, None, None)}


def test_an_approximate_total_gives_way_to_the_exact_one(nlp):
    found = stats(nlp, "Đại hội Đảng bộ xã Gia Phố có 120 đại biểu đại diện cho trên 900 đảng viên. "
                       "Đảng bộ xã Gia Phố có 18 chi bộ trực thuộc với 912 đảng viên.")
    assert found == {("Đảng bộ xã Gia Phố", "TotalMembers", 912, None, None),
                     ("Đảng bộ xã Gia Phố", "AffiliatedPartyCells", 18, None, None),
                     ("Đảng bộ xã Gia Phố", "CongressDelegates", 120, None, None)}


# --- periods -----------------------------------------------------------------------------

def test_a_stock_is_counted_at_the_end_of_its_period(nlp):
    # a stock counted on a stated day is dated that day (one day: that date twice); a stock after a part
    # of a year is counted at its end; a term does not date a stock
    found = stats(nlp, "Tính đến ngày 30/6/2022, Đảng bộ huyện Vũ Quang có 2.100 đảng viên. Nhiệm kỳ 2020-2025, "
                       "Đảng bộ huyện Vũ Quang có 35 tổ chức cơ sở đảng.\n\n"
                       "9 tháng năm 2023, Đảng bộ huyện Hương Khê kết nạp 60 người, nâng tổng số đảng viên "
                       "lên 4.210 đồng chí.")
    assert found == {("Đảng bộ huyện Vũ Quang", "TotalMembers", 2100, "2022-06-30", "2022-06-30"),
                     ("Đảng bộ huyện Vũ Quang", "GrassrootsPartyOrganizations", 35, None, None),
                     ("Đảng bộ huyện Hương Khê", "NewMembers", 60, "2023", "2023-09-30"),
                     ("Đảng bộ huyện Hương Khê", "TotalMembers", 4210, None, "2023-09-30")}


def test_more_period_forms(nlp):
    found = stats(nlp, "Năm học 2022-2023, Đảng bộ Trường Đại học Vinh kết nạp 48 đảng viên.\n\n"
                       "Đến tháng 6/2021, Đảng bộ huyện Đức Thọ kết nạp 35 đảng viên.\n\n"
                       "Từ năm học 2019-2020 đến nay, Chi bộ Trường THPT Lê Quý Đôn kết nạp 9 đảng viên.")
    assert ("Đảng bộ huyện Đức Thọ", "NewMembers", 35, "2021", "2021-06-30") in found
    assert any(f[2] == 48 and f[3:] == ("2022", "2023") for f in found)
    assert any(f[2] == 9 and f[3:] == ("2019", None) for f in found)


def test_a_flow_whose_paragraph_states_no_period_takes_the_reports_period(nlp):
    text = ("Đảng bộ huyện Quế Phong sơ kết công tác xây dựng Đảng 9 tháng năm 2024.\n\n"
            "Đảng bộ huyện Quế Phong kết nạp 80 đảng viên, có 3.100 đảng viên.\n\n"
            "Đảng bộ huyện Quỳ Châu 9 tháng qua kết nạp 41 đảng viên.")
    found = stats(nlp, text)
    assert ("Đảng bộ huyện Quế Phong", "NewMembers", 80, "2024", "2024-09-30") in found
    assert ("Đảng bộ huyện Quế Phong", "TotalMembers", 3100, None, None) in found  # a stock is not dated so
    assert ("Đảng bộ huyện Quỳ Châu", "NewMembers", 41, "2024", "2024-09-30") in found


def test_periods_without_a_year_take_the_articles_year(nlp):
    text = ("Sáu tháng đầu năm, Đảng bộ huyện Nghi Xuân kết nạp 75 đảng viên. Từ đầu năm đến nay, "
            "Đảng bộ huyện Can Lộc kết nạp hơn 60 đảng viên mới.")
    found = {(s.organization, s.measure, s.value, s.start, s.end)
             for s in extract(replace(article(text), issued="2021-09-01"), nlp).statistics}
    assert found == {("Đảng bộ huyện Nghi Xuân", "NewMembers", 75, "2021", "2021-06-30"),
                     ("Đảng bộ huyện Can Lộc", "NewMembers", 60, "2021", None)}


def test_one_day_and_one_month(nlp):
    found = stats(nlp, "Ngày 12 tháng 3 năm 2024, Chi bộ Trường THCS Nguyễn Du tổ chức lễ kết nạp đảng viên mới cho "
                       "02 đồng chí. Chi bộ Trường THCS Lê Lợi kết nạp thêm 3 đảng viên trong tháng 5 năm 2024.")
    assert found == {("Chi bộ Trường Trung học cơ sở Nguyễn Du", "NewMembers", 2, "2024-03-12", "2024-03-12"),
                     ("Chi bộ Trường Trung học cơ sở Lê Lợi", "NewMembers", 3, "2024-05-01", "2024-05-31")}


# --- attachment --------------------------------------------------------------------------

def test_a_sentence_naming_no_body_is_about_the_paragraphs_topic(nlp):
    found = stats(nlp, "Năm 2023, Đảng bộ huyện Thạch Hà tập trung nâng cao chất lượng sinh hoạt chi bộ, "
                       "thôn Đông, xã Thạch Đài làm tốt công tác tạo nguồn. Cả năm đã kết nạp được 210 đảng viên, "
                       "đạt 105% chỉ tiêu.")
    assert found == {("Đảng bộ huyện Thạch Hà", "NewMembers", 210, "2023", "2023"),
                     ("Đảng bộ huyện Thạch Hà", "TargetAchievement", 105, "2023", "2023")}


def test_numbers_that_are_not_about_membership(nlp):
    assert stats(nlp, "Năm 2023, xã Gia Phố có 5.200 người dân, thu nhập bình quân 52 triệu đồng/người; 99% cử tri "
                      "đi bầu; kỳ họp có 30 đại biểu HĐND dự; kinh tế tăng trưởng 8,5%, đạt 100% kế hoạch "
                      "thu ngân sách.") == set()


# --- the measure table and the ontology agree ----------------------------------------------

def test_every_measure_a_cue_gives_is_in_the_measure_table_and_the_ontology():
    from partykg.extract import statistics as statistics_module
    from partykg.extract.lexicon import table
    from partykg.extract.statistics import EDUCATION_MEASURE
    from partykg.rdf.vocab import load_vocabulary

    listed = {row["measure"] for row in table("measures.tsv")}
    assert listed == set(load_vocabulary().measures)
    given = {row["measure"] for row in table("measure_cues.tsv")} - {"Share", "MembersByEducation"}
    given |= {f"{who}With{lvl}" for who in ("Members", "GrassrootsCommitteeMembers")
              for lvl in EDUCATION_MEASURE.values()}
    given |= {"RuralNewMembers", "RuralNewMembersShare", "NewMembersShare", "MemberShareOfStaff",
              "MembersByGroupShare", *statistics_module._SHARE_OF_PART.values()}  # refined in statistics._refine
    assert given <= listed, given - listed


def test_committee_congress_discipline_and_group_counts(nlp):
    found = stats(nlp, "Đại hội đại biểu Đảng bộ huyện Vũ Quang lần thứ XX, nhiệm kỳ 2025-2030 có sự tham gia của "
                       "200 đại biểu. Ban Chấp hành Đảng bộ huyện Vũ Quang khóa XX gồm 33 đồng chí; Ban Thường vụ "
                       "Huyện ủy Vũ Quang gồm 11 đồng chí.")
    assert {(s[0], s[1], s[2]) for s in found} == {
        ("Đảng bộ huyện Vũ Quang", "CongressDelegates", 200),
        ("Ban Chấp hành Đảng bộ huyện Vũ Quang", "ExecutiveCommitteeMembers", 33),
        ("Ban Thường vụ Huyện ủy Vũ Quang", "StandingCommitteeMembers", 11)}
    found = stats(nlp, "Năm 2022, Đảng bộ huyện Can Lộc thi hành kỷ luật 12 đảng viên, trong đó khiển trách 9 "
                       "đồng chí, cảnh cáo 2 đồng chí, khai trừ 1 đồng chí.")
    assert {(s[1], s[2]) for s in found} == {("DisciplinedMembers", 12), ("MembersReprimanded", 9),
                                             ("MembersWarned", 2), ("MembersExpelled", 1)}
    found = stats(nlp, "Năm 2022, Đảng bộ huyện Can Lộc kết nạp được 320 đảng viên mới; trong đó có 150 "
                       "đồng chí nữ và 200 đồng chí là đoàn viên.")
    assert {(s[1], s[2]) for s in found} == {("NewMembers", 320), ("NewMembersByGroup", 150),
                                             ("NewMembersByGroup", 200)}


def test_a_committee_size_belongs_to_the_organ_named_nearest_before_it(nlp):
    found = stats(nlp, "Đại hội bầu Ban Chấp hành Đảng bộ huyện Hương Khê khóa XXIV gồm 35 đồng chí. Hội nghị lần thứ "
                       "nhất của Ban Chấp hành đã bầu Ban Thường vụ Huyện ủy Hương Khê gồm 11 đồng chí.")
    assert {(s[0], s[1], s[2]) for s in found} == {
        ("Ban Chấp hành Đảng bộ huyện Hương Khê", "ExecutiveCommitteeMembers", 35),
        ("Ban Thường vụ Huyện ủy Hương Khê", "StandingCommitteeMembers", 11)}


def test_a_bare_committee_that_elects_an_association_s_chair_is_the_association_s(nlp):
    found = stats(nlp, "Đảng bộ huyện Hương Khê có 5.120 đảng viên.\n\nĐại hội bầu Ban Chấp hành khóa V gồm "
                       "21 ủy viên; bà Trần Thị Hoa tái đắc cử Chủ tịch Hội.")
    assert {(s[1], s[2]) for s in found} == {("TotalMembers", 5120)}


def test_a_discipline_count_broken_down_by_its_forms_in_brackets(nlp):
    found = stats(nlp, "Năm 2023, Đảng bộ huyện Đức Thọ thi hành kỷ luật 15 đảng viên (khiển trách 10, cảnh cáo 3, "
                       "cách chức 1 và khai trừ 1).")
    assert {(s[1], s[2]) for s in found} == {("DisciplinedMembers", 15), ("MembersReprimanded", 10),
                                             ("MembersWarned", 3), ("MembersDismissedFromPost", 1),
                                             ("MembersExpelled", 1)}


def test_admitting_members_of_a_group_into_the_party_and_the_group_part_of_a_count(nlp):
    found = stats(nlp, "Ngày 3/2/2024, Đảng ủy Trường Cao đẳng Kỹ thuật Phú Lâm kết nạp 12 học sinh ưu tú "
                       "vào Đảng.")
    assert found == {("Đảng ủy Trường Cao đẳng Kỹ thuật Phú Lâm", "NewMembers", 12, "2024-02-03", "2024-02-03")}
    found = stats(nlp, "Năm 2023, Đảng bộ Trường Cao đẳng Kỹ thuật Phú Lâm kết nạp 30 đảng viên, trong đó có "
                       "21 học sinh.")
    assert {(s[1], s[2]) for s in found} == {("NewMembers", 30), ("NewMembersByGroup", 21)}
    # not the outstanding ones an admission names: the group's part of all admissions
    found = stats(nlp, "Từ năm 2020 đến nay, Đảng bộ Trường Cao đẳng Kỹ thuật Phú Lâm đã kết nạp 75 học sinh "
                       "vào Đảng.")
    assert {(s[1], s[2]) for s in found} == {("NewMembersByGroup", 75)}


def test_counts_of_other_organizations_are_not_party_statistics(nlp):
    # a mass organization's congress and committee; admissions broken down by the organization that
    # proposed the candidates
    assert stats(nlp, "Đại hội đại biểu Hội Nông dân huyện Can Lộc có 150 đại biểu; Ban Chấp hành Hội Nông dân "
                      "huyện gồm 25 đồng chí.") == set()
    found = stats(nlp, "Năm 2022, toàn tỉnh Hà Tĩnh kết nạp được 500 đảng viên. Trong đó, Đoàn Thanh niên "
                       "giới thiệu 300, Hội Nông dân 100.")
    assert found == {("Đảng bộ tỉnh Hà Tĩnh", "NewMembers", 500, "2022", "2022")}


def test_more_phrasings_of_totals_admissions_and_periods(nlp):
    found = stats(nlp, "Đảng bộ xã Gia Phố có 15 chi bộ trực thuộc, 420 đảng viên. Trong quý I/2023, số đảng viên "
                       "được kết nạp trong toàn Đảng bộ xã Gia Phố đạt 6 đồng chí. Đến hết ngày 30/6/2023, Đảng bộ "
                       "xã Gia Phố có 428 đảng viên.")
    org = "Đảng bộ xã Gia Phố"
    assert found == {(org, "AffiliatedPartyCells", 15, None, None), (org, "TotalMembers", 420, None, None),
                     (org, "NewMembers", 6, "2023", "2023-03-31"),
                     (org, "TotalMembers", 428, "2023-06-30", "2023-06-30")}


def test_a_target_stated_with_its_year_and_admissions_after_a_colon(nlp):
    found = stats(nlp, "Năm 2023, Đảng bộ huyện Can Lộc được giao chỉ tiêu kết nạp đảng viên năm 2023 là 300 đồng "
                       "chí. Số đảng viên mới kết nạp: 150.")
    assert found == {("Đảng bộ huyện Can Lộc", "AdmissionTarget", 300, "2023", "2023"),
                     ("Đảng bộ huyện Can Lộc", "NewMembers", 150, "2023", "2023")}


def test_a_list_of_people_is_not_a_table_of_party_organizations(nlp):
    found = stats(nlp, "Năm 2022, Đảng bộ huyện Can Lộc kết nạp nhiều đảng viên trẻ như: Nguyễn Văn An 25, "
                       "Lê Thị Hà 30.")
    assert found == set()
    found = stats(nlp, "Năm 2022, các đảng bộ ở huyện Hương Khê kết nạp nhiều đảng viên: Gia Phố 12, Hương Trà 9.")
    assert found == {("Đảng bộ xã Gia Phố", "NewMembers", 12, "2022", "2022"),
                     ("Đảng bộ xã Hương Trà", "NewMembers", 9, "2022", "2022")}


def test_admissions_at_a_ceremony_take_its_day(nlp):
    found = stats(nlp, "Ngày 19-5-2024, Đảng ủy xã Gia Phố tổ chức lễ kết nạp đảng viên mới.\nTại buổi lễ, "
                       "Bí thư Đảng ủy xã Gia Phố trao quyết định kết nạp cho 5 đoàn viên.")
    assert found == {("Đảng ủy xã Gia Phố", "NewMembers", 5, "2024-05-19", "2024-05-19")}


def test_a_class_or_a_meeting_is_not_a_membership(nlp):
    assert stats(nlp, "Năm 2023, Đảng bộ huyện Can Lộc mở lớp bồi dưỡng lý luận chính trị, lớp học có 45 đảng viên.") \
        == set()


def test_shares_and_groups_in_a_breakdown(nlp):
    found = stats(nlp, "Đảng bộ huyện Đức Thọ có 60 TCCSĐ. Trong đó, loại hình xã, thị trấn chiếm tỷ lệ "
                       "70%; loại hình doanh nghiệp chiếm 10%.")
    assert {(s[1], s[2]) for s in found} == {("GrassrootsPartyOrganizations", 60),
                                             ("GrassrootsPartyOrganizationsByTypeShare", 70),
                                             ("GrassrootsPartyOrganizationsByTypeShare", 10)}
    found = stats(nlp, "Năm 2022, Huyện ủy Đức Thọ kết nạp 80 quần chúng ưu tú vào Đảng. Trong đó, 3 đồng chí là "
                       "trưởng thôn, 40% là nữ.")
    assert {(s[1], s[2]) for s in found} == {("NewMembers", 80), ("NewMembersByGroup", 3),
                                             ("NewMembersShareByGroup", 40)}


def test_a_delegation_to_the_congress_above_belongs_to_the_body_that_elects_it(nlp):
    found = stats(nlp, "Đại hội Đảng bộ xã Gia Phố bầu đoàn đại biểu dự Đại hội Đảng bộ huyện Hương Khê gồm "
                       "06 đại biểu chính thức, 02 đại biểu dự khuyết.")
    assert {(s[0], s[1], s[2]) for s in found} == {
        ("Đảng bộ xã Gia Phố", "DelegatesToHigherCongress", 6),
        ("Đảng bộ xã Gia Phố", "AlternateDelegatesToHigherCongress", 2)}


def test_a_list_with_colons(nlp):
    found = stats(nlp, "Năm 2021, toàn tỉnh Hà Tĩnh kết nạp được 300 đảng viên, trong đó: Hương Khê: 40 đảng viên; "
                       "Đức Thọ: 30 đảng viên.")
    assert ("Đảng bộ huyện Hương Khê", "NewMembers", 40, "2021", "2021") in found
    assert ("Đảng bộ huyện Đức Thọ", "NewMembers", 30, "2021", "2021") in found


# --- round 2: attachment, per-unit tables with shares, targets -----------------------------------

def test_a_body_placed_by_thuoc_does_not_take_the_count(nlp):
    found = stats(nlp, "Chi bộ thôn Yên Thành thuộc Đảng bộ xã Thạch Hải tổ chức lễ kết nạp đảng viên cho "
                       "3 quần chúng ưu tú. Chi bộ Trường THCS Phan Đình Phùng trực thuộc Đảng bộ huyện Đức Thọ, "
                       "hiện có 23 đảng viên.")
    assert ("Chi bộ thôn Yên Thành", 3) in {(f[0], f[2]) for f in found}
    assert any(f[0].startswith("Chi bộ Trường") and f[2] == 23 for f in found)
    assert not any(f[0] in ("Đảng bộ xã Thạch Hải", "Đảng bộ huyện Đức Thọ") for f in found)


def test_a_higher_body_named_first_still_counts_when_no_other_is_named(nlp):
    # near miss: "thuộc" with nothing named before it is not a qualifier
    found = stats(nlp, "Các chi bộ thuộc Đảng bộ huyện Hương Sơn kết nạp 40 đảng viên.")
    assert ("Đảng bộ huyện Hương Sơn", "NewMembers", 40) in {f[:3] for f in found}


def test_per_unit_table_with_shares_of_the_target(nlp):
    found = stats(nlp, "Năm 2022, một số đơn vị kết nạp cao: huyện Đức Thọ kết nạp 52 đảng viên, đạt 65%; "
                       "huyện Can Lộc 48 đảng viên, đạt 60,5%; thị xã Hồng Lĩnh 20, đạt 80%.")
    got = {f[:3] for f in found}
    assert got == {("Đảng bộ huyện Đức Thọ", "NewMembers", 52), ("Đảng bộ huyện Đức Thọ", "TargetAchievement", 65),
                   ("Đảng bộ huyện Can Lộc", "NewMembers", 48), ("Đảng bộ huyện Can Lộc", "TargetAchievement", "60.5"),
                   ("Đảng bộ thị xã Hồng Lĩnh", "NewMembers", 20),
                   ("Đảng bộ thị xã Hồng Lĩnh", "TargetAchievement", 80)}
    assert all(f[3:] == ("2022", "2022") for f in found)


def test_bodies_continuing_a_count(nlp):
    found = stats(nlp, "Năm 2023, Đảng bộ phường Bắc Hà kết nạp 12 đảng viên, Đảng bộ phường Nam Hà 6 đảng viên, "
                       "Đảng bộ Công an thành phố 2 đảng viên. Đảng bộ xã Thạch Trung kết nạp 9 đảng viên, Đảng bộ "
                       "xã Thạch Hạ 4 đảng viên.")
    # (the city the wards settle, if any, is the organizations component's business)
    police = {f[0] for f in found if f[2] == 2}
    assert len(police) == 1 and police.pop().startswith("Đảng bộ Công an thành phố")
    assert {f[:3] for f in found if f[2] != 2} == {("Đảng bộ phường Bắc Hà", "NewMembers", 12),
                                                   ("Đảng bộ phường Nam Hà", "NewMembers", 6),
                                                   ("Đảng bộ xã Thạch Trung", "NewMembers", 9),
                                                   ("Đảng bộ xã Thạch Hạ", "NewMembers", 4)}


def test_a_count_followed_by_other_figures_is_not_a_table(nlp):
    # near miss: after the count come people and households, not units
    found = stats(nlp, "Năm 2023, Đảng bộ xã Kỳ Tân kết nạp 12 đảng viên, Nguyễn Văn Hùng 45 tuổi; "
                       "Thôn Trung 120 hộ.")
    assert {f[:3] for f in found} == {("Đảng bộ xã Kỳ Tân", "NewMembers", 12)}


def test_a_breakdown_with_a_heading_goes_to_each_unit(nlp):
    text = ("Năm 2021, Đảng bộ huyện Cẩm Xuyên kết nạp 300 đảng viên. Trong đó, các đảng bộ: Cẩm Thành "
            "kết nạp 14 đảng viên, Cẩm Thịnh 11 đảng viên, Cẩm Hưng 9 đảng viên.")
    found = stats(nlp, text)
    got = {f[:3] for f in found}
    assert ("Đảng bộ huyện Cẩm Xuyên", "NewMembers", 300) in got
    assert not any(f[0] == "Đảng bộ huyện Cẩm Xuyên" and f[2] == 14 for f in found)
    assert {f[2] for f in found if f[0] != "Đảng bộ huyện Cẩm Xuyên"} == {14, 11, 9}
    assert all(f[3:] == ("2021", "2021") for f in found)


def test_admission_targets_as_assigned_or_aimed_at(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ tỉnh Hà Tĩnh kết nạp 900 đảng viên (chỉ tiêu Ban Thường vụ Tỉnh ủy giao "
                       "là 1.500 đảng viên). Đảng bộ huyện Kỳ Anh phấn đấu năm 2025 kết nạp đủ 80 đảng viên. "
                       "Đảng bộ huyện Hương Khê giao chỉ tiêu mỗi năm kết nạp ít nhất 50 đảng viên.")
    got = {f[:3] for f in found}
    assert ("Đảng bộ tỉnh Hà Tĩnh", "AdmissionTarget", 1500) in got
    assert ("Đảng bộ huyện Kỳ Anh", "AdmissionTarget", 80) in got
    assert ("Đảng bộ huyện Hương Khê", "AdmissionTarget", 50) in got
    assert not any(f[1] == "NewMembers" and f[2] in (80, 50, 1500) for f in found)


def test_an_admission_ceremony_is_dated_by_the_day_that_opens_its_sentence(nlp):
    found = stats(nlp, "Chiều 21/6/2024, Chi bộ thôn Phú Mỹ tổ chức Lễ kết nạp đảng viên mới cho 3 đoàn viên.")
    assert found == {("Chi bộ thôn Phú Mỹ", "NewMembers", 3, "2024-06-21", "2024-06-21")}


def test_a_bare_dang_bo_is_the_body_the_paragraph_named_last(nlp):
    text = ("Đảng bộ phường Bắc Hà trực thuộc Đảng bộ thành phố Hà Tĩnh, hiện có 18 chi bộ trực thuộc. "
            "Năm 2023, toàn Đảng bộ kết nạp 12 người, đưa tổng số đảng viên của Đảng bộ lên 640 đồng chí.")
    found = stats(nlp, text)
    assert {f[1:3] for f in found} == {("AffiliatedPartyCells", 18), ("NewMembers", 12), ("TotalMembers", 640)}
    # (where the ward's name ends is the organizations component's business)
    assert len({f[0] for f in found}) == 1 and all(f[0].startswith("Đảng bộ phường") for f in found)


def test_a_target_set_by_a_committee_is_its_dang_bos(nlp):
    # the committee that sets the target is not the body a later bare "Đảng bộ" names
    text = ("Năm 2023, Đảng bộ xã Sơn Kim kết nạp 9 đảng viên, đạt 90% chỉ tiêu Huyện ủy Hương Sơn giao; nâng "
            "tổng số đảng viên cả Đảng bộ lên 210 đồng chí.\n\nTỉnh ủy Hà Tĩnh giao chỉ tiêu mỗi năm kết nạp ít nhất "
            "1.000 đảng viên.")
    found = stats(nlp, text)
    got = {f[:3] for f in found}
    assert ("Đảng bộ xã Sơn Kim", "TotalMembers", 210) in got
    assert ("Đảng bộ tỉnh Hà Tĩnh", "AdmissionTarget", 1000) in got
    assert not any(f[0].startswith(("Huyện ủy", "Đảng bộ huyện", "Tỉnh ủy")) for f in found)


def test_villages_without_party_members(nlp):
    found = stats(nlp, "Năm 2022, toàn huyện Mường Lát còn 12 thôn, bản chưa có đảng viên. Số bản chưa có đảng viên "
                       "của Đảng bộ huyện Quan Sơn giảm từ 20 bản năm 2015 xuống còn 4 bản.")
    got = {f[:3] for f in found}
    assert ("Đảng bộ huyện Mường Lát", "VillagesWithoutPartyMembers", 12) in got
    assert {f[2] for f in found if f[1] == "VillagesWithoutPartyMembers"} == {12, 20, 4}
    # near miss: households are not villages without members
    assert not stats(nlp, "Thôn Tân Lập có 120 hộ chưa có điện lưới.")


def test_members_of_an_ethnic_group_named_by_its_name(nlp):
    found = stats(nlp, "Năm 2021, Đảng bộ huyện Trà Cú kết nạp 90 đảng viên, trong đó 40 đảng viên là người Khmer. "
                       "Hiện Đảng bộ huyện Trà Cú có 3.200 đảng viên, trong đó đảng viên người Khmer 1.100 đồng chí, "
                       "chiếm 34,4%.")
    got = {f[:3] for f in found}
    org = "Đảng bộ huyện Trà Cú"
    assert {(org, "NewMembersByGroup", 40), (org, "MembersByGroup", 1100), (org, "MembersByGroupShare", "34.4")} <= got
    # near miss: a person's name after "là" is no group
    assert not any(f[1].endswith("ByGroup") for f in
                   stats(nlp, "Đảng bộ xã An Lạc kết nạp 2 đảng viên là Nguyễn Văn Tâm và Lê Thị Hoa."))


def test_only_bodies_seated_in_a_unit_take_its_name_in_a_table(nlp):
    found = stats(nlp, "Năm 2023, Đảng bộ tỉnh Nghệ An kết nạp 900 đảng viên. Trong đó, Đảng bộ Sở Y tế 30, "
                       "Đảng bộ Công an tỉnh 25, Đảng bộ Nông trường Sông Con 12.")
    assert {f[0] for f in found} == {"Đảng bộ tỉnh Nghệ An", "Đảng bộ Sở Y tế tỉnh Nghệ An",
                                     "Đảng bộ Công an tỉnh Nghệ An", "Đảng bộ Nông trường Sông Con"}


def test_a_body_of_a_table_named_with_its_province_is_not_seated_twice(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ Ủy ban nhân dân tỉnh Hà Tĩnh kết nạp 60 đảng viên. Các đảng bộ kết nạp "
                       "nhiều gồm Đảng bộ Trường Cao đẳng Y tế Hà Tĩnh (8 đảng viên) và Đảng bộ Sở Công Thương "
                       "Hà Tĩnh (5 đảng viên).")
    assert "Đảng bộ Sở Công Thương Hà Tĩnh" in {f[0] for f in found}
    assert not any(f[0].endswith("Hà Tĩnh tỉnh Hà Tĩnh") for f in found)


def test_growth_counted_in_comrades(nlp):
    found = stats(nlp, "Năm 2022, tổng số đảng viên của Đảng bộ huyện Lộc Hà tăng 45 đồng chí so với năm 2021.")
    assert ("Đảng bộ huyện Lộc Hà", "MemberGrowth", 45) in {f[:3] for f in found}


def test_a_cells_figures_stay_with_the_cell(nlp):
    found = stats(nlp, "Năm 2023, Đảng bộ xã Kỳ Tân kết nạp 15 người, nâng tổng số đảng viên lên 420 đồng chí. "
                       "Riêng Chi bộ thôn Tân Phú có 17 đảng viên, kết nạp 3 đảng viên. Chi bộ Trường Tiểu học Kỳ Tân "
                       "hiện có 21 đảng viên.")
    got = {(f[0], f[2]) for f in found}
    assert {("Chi bộ thôn Tân Phú", 17), ("Chi bộ thôn Tân Phú", 3), ("Chi bộ Trường Tiểu học Kỳ Tân", 21)} <= got
    assert not any(f[0] == "Đảng bộ xã Kỳ Tân" and f[2] in (17, 3, 21) for f in found)


def test_parts_after_trong_do_in_the_sentence_go_to_their_bodies(nlp):
    found = stats(nlp, "Năm 2019, Đảng bộ huyện Quỳ Hợp kết nạp 30 đảng viên; trong đó Đảng bộ Nông trường Tây Hiếu "
                       "kết nạp 9 đảng viên, Đảng bộ Nông trường Đông Hiếu 7 đảng viên.")
    assert {f[:3] for f in found} == {("Đảng bộ huyện Quỳ Hợp", "NewMembers", 30),
                                      ("Đảng bộ Nông trường Tây Hiếu", "NewMembers", 9),
                                      ("Đảng bộ Nông trường Đông Hiếu", "NewMembers", 7)}


def test_a_period_compared_with_does_not_date_the_count(nlp):
    found = stats(nlp, "Năm 2019, Đảng bộ huyện Nghi Lộc kết nạp 120 đảng viên. Tổng số đảng viên của Đảng bộ huyện "
                       "Nghi Lộc tăng 60 đồng chí so với cuối năm 2018.")
    assert ("Đảng bộ huyện Nghi Lộc", "MemberGrowth", 60, "2019", "2019") in found


def test_a_target_belongs_to_the_body_urged_not_to_the_congress_named_after_it(nlp):
    found = stats(nlp, "Đồng chí Bí thư đề nghị Đảng ủy xã Nghi Phong chuẩn bị tốt Đại hội Đảng bộ huyện Nghi Lộc "
                       "nhiệm kỳ 2020-2025, phấn đấu năm 2020 kết nạp 15 đảng viên.")
    assert {f[:3] for f in found} == {("Đảng ủy xã Nghi Phong", "AdmissionTarget", 15)}


def test_a_higher_unit_set_after_a_body_only_locates_it(nlp):
    # press convention: ", huyện B" / "(xã D)" after a body says where it is; the count stays the body's
    assert stats(nlp, "Đảng bộ xã Châu Tiến, huyện Quỳ Châu hiện có 15 chi bộ trực thuộc với 320 đảng viên.") == {
        ("Đảng bộ xã Châu Tiến", "AffiliatedPartyCells", 15, None, None),
        ("Đảng bộ xã Châu Tiến", "TotalMembers", 320, None, None)}
    assert stats(nlp, "Chi bộ bản Na Ca (xã Châu Tiến) hiện có 25 đảng viên.") == {
        ("Chi bộ bản Na Ca", "TotalMembers", 25, None, None)}


def test_a_unit_of_the_same_level_after_a_body_is_the_next_subject(nlp):
    # near miss: "xã A, xã B có ..." lists two communes; the count is the one named last
    assert stats(nlp, "Năm 2023, Đảng bộ xã Châu Tiến, xã Châu Bình kết nạp 30 đảng viên.") == {
        ("Đảng bộ xã Châu Bình", "NewMembers", 30, "2023", "2023")}


def test_a_flattened_table_after_many_organizations_admitted(nlp):
    # "Các đảng bộ ... kết nạp gồm: A 21 đảng viên, B 18": each commune's organization its figure
    found = stats(nlp, "Năm 2023, Đảng bộ huyện Yên Thành kết nạp 300 đảng viên. Các đảng bộ dẫn đầu về kết nạp "
                       "gồm: Đô Thành 21 đảng viên, Phúc Thành 18, Tăng Thành 15.")
    assert found == {("Đảng bộ huyện Yên Thành", "NewMembers", 300, "2023", "2023"),
                     ("Đảng bộ xã Đô Thành", "NewMembers", 21, "2023", "2023"),
                     ("Đảng bộ xã Phúc Thành", "NewMembers", 18, "2023", "2023"),
                     ("Đảng bộ xã Tăng Thành", "NewMembers", 15, "2023", "2023")}


def test_a_table_of_totals_is_no_table_of_admissions(nlp):
    # near miss: the list names the organizations' sizes, not admissions
    found = stats(nlp, "Năm 2023, Đảng bộ huyện Yên Thành kết nạp 300 đảng viên. Nhiều đảng bộ có số đảng viên "
                       "lớn như: Đô Thành 421 đảng viên, Phúc Thành 318.")
    assert not any(m == "NewMembers" and o != "Đảng bộ huyện Yên Thành" for o, m, *_ in found)


def test_an_admission_of_at_least_n_is_a_target(nlp):
    found = stats(nlp, "Trong 5 năm 2025 - 2030, Đảng bộ huyện Nho Quan xác định kết nạp 900 đảng viên trở lên "
                       "là một nhiệm vụ trọng tâm.")
    assert found == {("Đảng bộ huyện Nho Quan", "AdmissionTarget", 900, "2025", "2030")}


def test_an_admission_among_the_aims_after_phan_dau_is_a_target(nlp):
    found = stats(nlp, "Đảng bộ huyện Nho Quan có 7.120 đảng viên. Đến năm 2030, huyện phấn đấu mọi tổ dân phố đều "
                       "có chi bộ, mỗi năm kết nạp 150 đảng viên.")
    assert found == {("Đảng bộ huyện Nho Quan", "TotalMembers", 7120, None, None),
                     ("Đảng bộ huyện Nho Quan", "AdmissionTarget", 150, None, "2030")}


def test_the_effort_of_a_year_is_no_target(nlp):
    found = stats(nlp, "Với sự phấn đấu của các chi bộ, năm 2024 Đảng bộ xã Phú Lộc kết nạp 12 đảng viên.")
    assert found == {("Đảng bộ xã Phú Lộc", "NewMembers", 12, "2024", "2024")}


def test_a_ministry_s_party_organization_keeps_its_whole_name(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ Bộ Giáo dục và Đào tạo kết nạp 41 đảng viên, đạt 105% kế hoạch.")
    assert found == {("Đảng bộ Bộ Giáo dục và Đào tạo", "NewMembers", 41, "2024", "2024"),
                     ("Đảng bộ Bộ Giáo dục và Đào tạo", "TargetAchievement", 105, "2024", "2024")}


def test_a_period_inside_a_document_s_quoted_title_dates_the_document(nlp):
    found = stats(nlp, 'Năm 2024, thực hiện Kết luận số 12-KL/HU của Huyện ủy về "Tạo nguồn, kết nạp đảng viên '
                       'giai đoạn 2021 - 2025", Đảng bộ xã Gia Sinh kết nạp 8 đảng viên.')
    assert found == {("Đảng bộ xã Gia Sinh", "NewMembers", 8, "2024", "2024")}


def test_a_period_inside_quoted_speech_still_dates_the_count(nlp):
    found = stats(nlp, 'Đồng chí Bí thư kể: "Năm 2015, Chi bộ thôn Đồng Chưa chỉ có 4 đảng viên".')
    assert found == {("Chi bộ thôn Đồng Chưa", "TotalMembers", 4, "2015", "2015")}


def test_a_bare_unit_word_after_the_year_is_the_unit_not_the_speaker_s_committee(nlp):
    found = {(o, m, v) for o, m, v, _s, _e in stats(
        nlp, "Đồng chí Hà Văn Lực, Bí thư Đảng ủy xã Gia Sinh cho biết, năm 2024 xã phấn đấu kết nạp 10 đảng viên; "
             "đến nay đã kết nạp 7 đồng chí.")}
    assert found == {("Đảng bộ xã Gia Sinh", "AdmissionTarget", 10), ("Đảng bộ xã Gia Sinh", "NewMembers", 7)}


def test_the_target_in_brackets_after_the_share_of_it(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Đức Thọ kết nạp 126 đảng viên, bằng 105% kế hoạch năm (120 đảng viên); "
                       "đảng viên nữ chiếm 40,5%.")
    assert found >= {("Đảng bộ huyện Đức Thọ", "NewMembers", 126, "2024", "2024"),
                     ("Đảng bộ huyện Đức Thọ", "TargetAchievement", 105, "2024", "2024"),
                     ("Đảng bộ huyện Đức Thọ", "AdmissionTarget", 120, "2024", "2024")}
    # the share is of the admissions, not of the target before it
    assert ("Đảng bộ huyện Đức Thọ", "NewMembersShareByGroup", "40.5", "2024", "2024") in found


def test_units_that_illustrate_the_paragraphs_count_take_its_measure_and_period(nlp):
    found = stats(nlp, "6 tháng đầu năm 2024, Đảng bộ huyện Đức Thọ kết nạp 64 đảng viên. Một số đảng bộ có kết quả "
                       "tốt như xã Tùng Ảnh (9 đảng viên), thị trấn Đức Thọ (7), xã Liên Minh (6).")
    assert found >= {("Đảng bộ xã Tùng Ảnh", "NewMembers", 9, "2024", "2024-06-30"),
                     ("Đảng bộ thị trấn Đức Thọ", "NewMembers", 7, "2024", "2024-06-30"),
                     ("Đảng bộ xã Liên Minh", "NewMembers", 6, "2024", "2024-06-30")}


def test_names_then_their_figures_respectively(nlp):
    found = stats(nlp, "Năm 2023, Đảng bộ huyện Đức Thọ kết nạp 131 đảng viên. Các đảng bộ: xã Tùng Ảnh, xã Liên "
                       "Minh và thị trấn Đức Thọ có số kết nạp cao nhất, lần lượt 12, 10 và 8 đảng viên.")
    assert found >= {("Đảng bộ xã Tùng Ảnh", "NewMembers", 12, "2023", "2023"),
                     ("Đảng bộ xã Liên Minh", "NewMembers", 10, "2023", "2023"),
                     ("Đảng bộ thị trấn Đức Thọ", "NewMembers", 8, "2023", "2023")}
    # as many names as figures, or none is read
    found = stats(nlp, "Năm 2023, Đảng bộ huyện Đức Thọ kết nạp 131 đảng viên. Các đảng bộ: xã Tùng Ảnh, xã Liên "
                       "Minh có số kết nạp cao nhất, lần lượt 12, 10 và 8 đảng viên.")
    assert {s[0] for s in found} == {"Đảng bộ huyện Đức Thọ"}


def test_counts_written_in_words(nlp):
    found = stats(nlp, "Đảng bộ xã Tùng Ảnh hiện có hai mươi hai chi bộ trực thuộc. Năm 2024, Đảng bộ xã Tùng Ảnh "
                       "kết nạp 9 đảng viên, Đảng bộ xã Liên Minh kết nạp mười một đảng viên.")
    assert found >= {("Đảng bộ xã Tùng Ảnh", "AffiliatedPartyCells", 22, None, None),
                     ("Đảng bộ xã Liên Minh", "NewMembers", 11, "2024", "2024")}
    # a lone "năm" is the year, not five
    assert not any(s[2] == 5 for s in stats(nlp, "Đảng bộ xã Tùng Ảnh có tổng số đảng viên năm 2024 là 310."))


def test_a_province_in_brackets_after_a_city_only_places_it(nlp):
    found = stats(nlp, "Đảng bộ thành phố Hà Tiên (tỉnh Kiên Giang) có 30 tổ chức cơ sở đảng, 2.100 đảng viên; "
                       "năm 2024 kết nạp 95 đảng viên.")
    assert {s[0] for s in found} == {"Đảng bộ thành phố Hà Tiên"}


def test_commended_organizations_and_a_groups_admissions_are_not_the_bodys(nlp):
    found = stats(nlp, "Đảng bộ huyện Đức Thọ có 52 tổ chức cơ sở đảng. Năm 2024, Huyện ủy khen thưởng 9 tổ chức cơ sở "
                       "đảng tiêu biểu. Từ năm 2021 đến nay, các chi bộ này kết nạp 40 đảng viên.")
    assert found == {("Đảng bộ huyện Đức Thọ", "GrassrootsPartyOrganizations", 52, None, None)}


def test_a_bare_unit_word_after_a_time_since_is_the_units_dang_bo(nlp):
    found = stats(nlp, "Đồng chí Lê Văn Hòa, Bí thư Đảng ủy xã Tùng Ảnh cho biết, Đảng ủy xã giao chỉ tiêu đến "
                       "từng chi bộ; từ ngày 1/7/2025 đến nay xã kết nạp được 6 đảng viên.")
    assert ("Đảng bộ xã Tùng Ảnh", "NewMembers", 6, "2025-07-01", None) in found


def test_share_of_an_education_level_is_a_share_of_the_membership(nlp):
    # the structure of the membership by education, as a report gives it: a group of the members
    found = stats(nlp, "Đảng bộ Trường Đại học Y Dược Hải Phòng hiện có 12 chi bộ trực thuộc với 530 đảng viên; "
                       "đảng viên có trình độ sau đại học chiếm 72,5%.")
    assert ("Đảng bộ Trường Đại học Y Dược Hải Phòng", "MembersByGroupShare", "72.5", None, None) in found
    assert ("Đảng bộ Trường Đại học Y Dược Hải Phòng", "TotalMembers", 530, None, None) in found


def test_share_after_a_group_of_new_members_is_that_groups_share(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Bác Ái kết nạp 230 đảng viên, trong đó 160 đảng viên là người "
                       "Raglai, chiếm 69,6%.")
    assert ("Đảng bộ huyện Bác Ái", "NewMembersShareByGroup", "69.6", "2024", "2024") in found


def test_admissions_of_the_cell_the_admitted_belong_to_not_of_the_committee_that_holds_the_ceremony(nlp):
    found = stats(nlp, "Ngày 12/3/2025, Đảng ủy Trường Cao đẳng Kỹ thuật Miền Trung tổ chức lễ kết nạp đảng viên "
                       "cho 6 sinh viên thuộc Chi bộ Sinh viên, trong đó có 2 sinh viên là người dân tộc Ê Đê.")
    assert ("Chi bộ Sinh viên", "NewMembers", 6, "2025-03-12", "2025-03-12") in found
    assert ("Chi bộ Sinh viên", "NewMembersByGroup", 2, "2025-03-12", "2025-03-12") in found
    assert not any(s[0].startswith("Đảng ủy") for s in found)


def test_a_post_of_cells_in_general_names_no_body_that_counts(nlp):
    found = stats(nlp, "Chi bộ bản Huổi Lếch có 21 đảng viên. Năm 2024, Đảng ủy xã Mường Tùng đã kiện toàn 9 chi ủy, "
                       "bí thư chi bộ; kết nạp 17 đảng viên.")
    assert ("Đảng ủy xã Mường Tùng", "NewMembers", 17, "2024", "2024") in found
    assert not any(s[0] == "Chi bộ bản Huổi Lếch" and s[2] == 17 for s in found)


def test_a_planned_or_aimed_at_admission_is_no_admission(nlp):
    found = stats(nlp, "Tháng 11 tới, Đảng ủy xã Tân Phước dự kiến trao quyết định kết nạp vào Đảng "
                       "cho 3 quần chúng ưu tú.")
    assert not any(s[1] == "NewMembers" for s in found)
    found = stats(nlp, "Năm 2024, Chi bộ thôn Đồng Cát có 15 đảng viên. Năm 2025, chi bộ phấn đấu "
                       "kết nạp thêm 2 đảng viên.")
    assert ("Chi bộ thôn Đồng Cát", "TotalMembers", 15, "2024", "2024") in found
    assert not any(s[1] == "NewMembers" for s in found)


def test_members_share_of_the_staff_written_after_the_staff_count(nlp):
    found = stats(nlp, "Đảng bộ Công ty Cấp nước Sông Lam hiện có 14 chi bộ trực thuộc với 352 đảng viên, "
                       "chiếm gần 41% trong tổng số hơn 850 cán bộ, công nhân viên.")
    assert ("Đảng bộ Công ty Cấp nước Sông Lam", "MemberShareOfStaff", 41, None, None) in found


def test_the_target_in_brackets_after_the_share_of_the_resolutions_target(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Phù Cừ kết nạp 130 đảng viên, đạt 104% chỉ tiêu Nghị quyết "
                       "(chỉ tiêu 125 đảng viên).")
    assert ("Đảng bộ huyện Phù Cừ", "AdmissionTarget", 125, "2024", "2024") in found


def test_admissions_continued_after_the_counts_period(nlp):
    found = stats(nlp, "Chi bộ Nông trường Suối Cát có 22 đảng viên, kết nạp 3 đảng viên trong năm 2022; "
                       "Chi bộ Nông trường Đồi Thông kết nạp 2.")
    assert ("Chi bộ Nông trường Đồi Thông", "NewMembers", 2, "2022", "2022") in found


def test_a_further_count_of_admissions_without_its_noun(nlp):
    found = stats(nlp, "Năm 2022, Chi bộ Công ty May Hòa Lợi kết nạp 6 đảng viên; 6 tháng đầu năm 2023 kết nạp thêm 4.")
    assert ("Chi bộ Công ty May Hòa Lợi", "NewMembers", 4, "2023", "2023-06-30") in found


def test_a_bare_organ_after_a_mass_organizations_committee_is_no_party_organ(nlp):
    found = stats(nlp, "Đảng bộ xã Sơn Bình có 420 đảng viên.\nĐại hội đã bầu Ban Chấp hành Hội Nông dân "
                       "xã Sơn Bình gồm 13 đồng chí. Ban Chấp hành khóa X họp phiên đầu tiên, "
                       "bầu Ban Thường vụ gồm 4 đồng chí.")
    assert not any(s[1] == "StandingCommitteeMembers" for s in found)
    assert ("Đảng bộ xã Sơn Bình", "TotalMembers", 420, None, None) in found


def test_members_struck_off_at_the_start_of_a_sentence(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Kim Động kết nạp 210 đảng viên. Xóa tên 6 đảng viên.")
    assert ("Đảng bộ huyện Kim Động", "MembersRemovedFromParty", 6, "2024", "2024") in found


def test_a_target_at_the_start_of_a_sentence(nlp):
    found = stats(nlp, "Năm 2025, Đảng bộ huyện Ea Kar kết nạp 310 đảng viên. Chỉ tiêu năm 2025 của Đảng bộ huyện "
                       "là kết nạp 300 đảng viên.")
    assert ("Đảng bộ huyện Ea Kar", "AdmissionTarget", 300, "2025", "2025") in found
    assert not any(s[1] == "NewMembers" and s[2] == 300 for s in found)


def test_admissions_of_an_age_group_counted_as_cases_or_persons(nlp):
    found = stats(nlp, "Năm 2023, Đảng bộ huyện Ba Bể kết nạp 210 đảng viên, trong đó có 7 trường hợp trên 60 tuổi.")
    assert ("Đảng bộ huyện Ba Bể", "NewMembersByGroup", 7, "2023", "2023") in found


def test_the_whole_of_a_numbered_command_named_before(nlp):
    found = stats(nlp, "Sư đoàn 395 đóng quân trên địa bàn tỉnh Hải Dương. Năm 2024, toàn Sư đoàn hiện có "
                       "27 chi bộ cơ sở.")
    assert found == {("Đảng bộ Sư đoàn 395", "GrassrootsPartyCells", 27, None, None)}


def test_groups_of_the_members_written_noun_first_and_a_target_in_brackets_without_its_noun(nlp):
    found = stats(nlp, "Tính đến ngày 30/9/2024, Đảng bộ huyện Sơn Hà có 3.105 đảng viên, trong đó đảng viên là người "
                       "dân tộc thiểu số 1.877 đồng chí, đảng viên nữ 902 đồng chí. Năm 2024, Đảng bộ huyện kết nạp 88 "
                       "đảng viên, đạt 80% chỉ tiêu năm (chỉ tiêu 110).")
    assert {s[1:3] for s in found} >= {("TotalMembers", 3105), ("MembersByGroup", 1877), ("MembersByGroup", 902),
                                       ("NewMembers", 88), ("AdmissionTarget", 110)}


def test_a_group_of_new_members_or_members_counted_in_people_or_comrades_and_a_class_with_its_trainees(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ xã Đạ Ròn kết nạp 7 đảng viên, trong đó 4 người K'Ho, 2 người là tín đồ "
                       "Công giáo.")
    assert {s[1:3] for s in found} == {("NewMembers", 7), ("NewMembersByGroup", 4), ("NewMembersByGroup", 2)}
    found = stats(nlp, "Chi bộ thôn Ka Rái có 16 đảng viên, 5 đồng chí theo đạo Công giáo.")
    assert {s[1:3] for s in found} == {("TotalMembers", 16), ("MembersByGroup", 5)}
    found = stats(nlp, "Lớp bồi dưỡng nhận thức về Đảng do Đảng ủy xã Đạ Ròn mở tháng 10/2024 với 31 học viên.")
    assert {s[1:3] for s in found} == {("AdmissionCandidatesTrained", 31)}


def test_members_of_a_faith_written_as_its_community(nlp):
    found = stats(nlp, "Đảng bộ huyện Kiến Xương có 3.000 đảng viên, trong đó 812 đảng viên là đồng bào Công giáo.")
    assert ("Đảng bộ huyện Kiến Xương", "MembersByGroup", 812, None, None) in found


def test_a_rounded_figure_restating_the_exact_one_gives_way_to_it(nlp):
    found = stats(nlp, "Bảy mươi năm sau, trên vùng đất ấy đã là xã Yên Thắng, tỉnh Ninh Bình, với một đảng bộ có "
                       "hơn 1.200 đảng viên.\n\nĐảng bộ xã Yên Thắng hiện có 38 chi bộ với 1.246 đảng viên.")
    assert {s[1:3] for s in found if s[1] == "TotalMembers"} == {("TotalMembers", 1246)}


def test_new_members_a_body_gained_are_its_admissions(nlp):
    found = stats(nlp, "Từ 1/7 đến hết 31/10/2025, toàn Đảng bộ xã Tân Lập có thêm 12 đảng viên mới, bằng 40% kế hoạch "
                       "năm.")
    assert found == {("Đảng bộ xã Tân Lập", "NewMembers", 12, "2025-07-01", "2025-10-31"),
                     ("Đảng bộ xã Tân Lập", "TargetAchievement", 40, "2025-07-01", "2025-10-31")}


def test_a_sentence_naming_no_body_is_about_the_body_of_the_paragraph_s_first_count(nlp):
    text = ("Sáu tháng đầu năm 2025, toàn Đảng bộ huyện Tam Nông kết nạp 212 đảng viên; trong đó Đảng bộ xã Phú Cường "
            "kết nạp 18 đảng viên. Số đảng viên được miễn sinh hoạt chiếm gần 5%.")
    found = stats(nlp, text)
    assert ("Đảng bộ huyện Tam Nông", "MembersExemptFromActivitiesShare", 5, None, None) in found


def test_the_membership_written_from_one_count_to_another(nlp):
    text = ("Năm 2025, Đảng bộ xã Tân Lập kết nạp 9 đảng viên. Tổng số đảng viên tăng từ 312 lên 318, trong đó 2 "
            "đồng chí chuyển đến từ đơn vị khác.")
    found = stats(nlp, text)
    assert {("Đảng bộ xã Tân Lập", "TotalMembers", 312, None, None),
            ("Đảng bộ xã Tân Lập", "TotalMembers", 318, None, None)} <= found


def test_a_group_s_admissions_written_with_the_group_first(nlp):
    text = ("Mười tháng năm 2025, Đảng bộ phường Tân Lập kết nạp 54 đảng viên; riêng đảng viên người Khmer kết nạp 9 "
            "người.")
    found = stats(nlp, text)
    assert {f[1:3] for f in found} == {("NewMembers", 54), ("NewMembersByGroup", 9)}


def test_the_communes_and_wards_party_committees_under_a_province(nlp):
    found = stats(nlp, "Sau hợp nhất, Đảng bộ tỉnh Hưng Yên có 124 đảng bộ xã, phường trực thuộc.")
    assert ("Đảng bộ tỉnh Hưng Yên", "GrassrootsPartyCommittees", 124) in {f[:3] for f in found}


def test_the_cells_closing_a_bracketed_breakdown_of_the_affiliated_organizations(nlp):
    found = stats(nlp, "Đảng bộ xã Tân Lập có 41 tổ chức đảng trực thuộc (gồm 2 đảng bộ cơ sở và 39 chi bộ).")
    assert ("Đảng bộ xã Tân Lập", "AffiliatedPartyCells", 39, None, None) in found
