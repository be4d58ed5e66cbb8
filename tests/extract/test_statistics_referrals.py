"""Statistics of mass organizations' referrals, inspection work, running totals, groups' shares and
national figures, on sentences written for the tests."""
from dataclasses import replace

from _fixture import article, stats

from partykg.extract import extract
from partykg.extract.numbers import find_periods


def test_a_running_total_of_admissions_is_the_party_organizations_and_its_date_counts_nothing(nlp):
    found = stats(nlp, "Ngày 5/4/2024, Đảng ủy xã Phú Mỹ kết nạp 3 quần chúng tại Chi bộ "
                       "ấp Hòa Lợi, nâng tổng số đảng viên kết nạp từ ngày 1/1/2024 đến nay lên 11 đồng chí, "
                       "trong đó 4 đồng chí là người Khmer.")
    assert ("Đảng bộ xã Phú Mỹ", "NewMembers", 11, "2024-01-01", None) in found
    assert ("Đảng bộ xã Phú Mỹ", "NewMembersByGroup", 4, "2024-01-01", None) in found
    assert not any(f[1] == "TotalMembers" for f in found)  # not the "1" of "1/1/2024"


def test_a_mass_organizations_referrals_and_the_admitted_among_them(nlp):
    found = stats(nlp, "Từ đầu năm 2024 đến nay, Hội Nông dân xã Phú Mỹ đã giới thiệu 15 hội viên ưu tú cho Đảng "
                       "xem xét kết nạp, trong đó 9 người đã được kết nạp vào Đảng.")
    assert found == {("Hội Nông dân xã Phú Mỹ", "MembersIntroducedToParty", 15, "2024", None),
                     ("Hội Nông dân xã Phú Mỹ", "IntroducedMembersAdmitted", 9, "2024", None)}


def test_list_lines_of_each_unions_referrals_and_how_many_of_them_were_admitted(nlp):
    # "giới thiệu 9, được kết nạp 7": the union's referrals and the admitted among them, one union a line
    found = stats(nlp, "Sáu tháng đầu năm 2024, Hội Liên hiệp Phụ nữ huyện Bù Gia Mập giới thiệu 40 hội viên ưu tú "
                       "cho Đảng.\n\nKết quả một số cơ sở Hội:\n"
                       "✔ Hội LHPN xã Bình Thắng: giới thiệu 8, được kết nạp 5\n"
                       "✔ Hội LHPN xã Phú Văn: giới thiệu 3, được kết nạp 3")
    assert found >= {("Hội Liên hiệp Phụ nữ xã Bình Thắng", "MembersIntroducedToParty", 8, "2024", "2024-06-30"),
                     ("Hội Liên hiệp Phụ nữ xã Bình Thắng", "IntroducedMembersAdmitted", 5, "2024", "2024-06-30"),
                     ("Hội Liên hiệp Phụ nữ xã Phú Văn", "MembersIntroducedToParty", 3, "2024", "2024-06-30"),
                     ("Hội Liên hiệp Phụ nữ xã Phú Văn", "IntroducedMembersAdmitted", 3, "2024", "2024-06-30")}


def test_the_admitted_among_referrals_in_the_next_sentence_and_their_share(nlp):
    found = stats(nlp, "Năm 2024, Huyện đoàn Phú Tân đã giới thiệu 120 đoàn viên ưu tú cho Đảng. Trong số này, đã có "
                       "96 đồng chí được kết nạp vào Đảng, chiếm 80%.")
    assert found == {("Huyện đoàn Phú Tân", "MembersIntroducedToParty", 120, "2024", "2024"),
                     ("Huyện đoàn Phú Tân", "IntroducedMembersAdmitted", 96, "2024", "2024"),
                     ("Huyện đoàn Phú Tân", "IntroducedMembersAdmittedShare", 80, "2024", "2024")}


def test_referrals_of_two_bodies_together_are_no_one_bodys(nlp):
    assert stats(nlp, "Năm 2024, Hội Nông dân xã Phú Mỹ và Đoàn Thanh niên xã Phú Mỹ đã giới thiệu 20 hội viên, "
                      "đoàn viên ưu tú cho Đảng.") == set()


def test_a_target_of_referrals_set_by_a_committee_is_the_referring_bodys(nlp):
    found = stats(nlp, "Hội Cựu chiến binh huyện Phú Tân có 1.200 hội viên. Năm 2025, Huyện ủy Phú Tân giao chỉ tiêu "
                       "Hội phấn đấu giới thiệu ít nhất 30 hội viên ưu tú cho Đảng.")
    assert ("Hội Cựu chiến binh huyện Phú Tân", "MembersIntroducedToPartyTarget", 30, "2025", "2025") in found


def test_inspection_counts_belong_to_the_body_that_inspects(nlp):
    found = stats(nlp, "Năm 2023, Ủy ban Kiểm tra Huyện ủy Phú Tân kiểm tra khi có dấu hiệu vi phạm đối với "
                       "2 tổ chức đảng và 5 đảng viên.")
    assert found == {("Ủy ban Kiểm tra Huyện ủy Phú Tân", "PartyOrganizationsInspected", 2, "2023", "2023"),
                     ("Ủy ban Kiểm tra Huyện ủy Phú Tân", "MembersInspected", 5, "2023", "2023")}


def test_party_members_among_a_mass_organizations_members_and_their_share(nlp):
    found = stats(nlp, "Hội Cựu chiến binh xã Phú Mỹ có 420 hội viên, trong đó 260 hội viên là đảng viên, "
                       "chiếm 61,9%.")
    assert found == {("Hội Cựu chiến binh xã Phú Mỹ", "MassOrganizationMembersInParty", 260, None, None),
                     ("Hội Cựu chiến binh xã Phú Mỹ", "MassOrganizationMembersInPartyShare", "61.9", None, None)}


def test_a_groups_share_of_the_members_and_the_members_share_of_the_staff(nlp):
    found = stats(nlp, "Đảng bộ xã Phú Mỹ có 640 đảng viên; đảng viên là người Khmer chiếm 35,5%. Chi bộ Trường "
                       "Tiểu học Phú Mỹ có 18 đảng viên, chiếm 40% tổng số viên chức.")
    assert ("Đảng bộ xã Phú Mỹ", "MembersByGroupShare", "35.5", None, None) in found
    assert ("Chi bộ Trường Tiểu học Phú Mỹ", "MemberShareOfStaff", 40, None, None) in found


def test_affiliated_party_committees_and_the_members_they_hold(nlp):
    found = stats(nlp, "Đảng bộ tỉnh Hà Nam hiện có 15 đảng bộ trực thuộc với 52.300 đảng viên.")
    assert found == {("Đảng bộ tỉnh Hà Nam", "AffiliatedPartyCommittees", 15, None, None),
                     ("Đảng bộ tỉnh Hà Nam", "TotalMembers", 52300, None, None)}


def test_the_whole_partys_membership_in_millions(nlp):
    assert stats(nlp, "Tính đến ngày 31/12/2023, Đảng Cộng sản Việt Nam có hơn 5,3 triệu đảng viên.") == {
        ("Đảng Cộng sản Việt Nam", "TotalMembers", 5300000, "2023-12-31", "2023-12-31")}


def test_a_target_is_dated_by_its_year_not_by_the_day_of_a_document(nlp):
    found = stats(nlp, "Đảng bộ huyện Phú Tân thực hiện Hướng dẫn số 01-HD/TW ngày 28/9/2021 của Ban Bí thư; "
                       "phấn đấu hoàn thành chỉ tiêu kết nạp 400 đảng viên năm 2024.")
    assert found == {("Đảng bộ huyện Phú Tân", "AdmissionTarget", 400, "2024", "2024")}


def test_periods_from_a_day_to_a_day_and_from_the_start_of_the_year():
    assert [(p.begin, p.until) for p in find_periods("Kết quả (từ 1/7 đến 13/11/2025):")] == [
        ("2025-07-01", "2025-11-13")]
    assert [(p.begin, p.until) for p in find_periods("chi bộ từ đầu năm kết nạp 2 đảng viên", year="2024")] == [
        ("2024", None)]


def test_admissions_listed_by_party_cell(nlp):
    found = stats(nlp, "Chi bộ thôn Nà Pò có 21 đảng viên.\nKết quả kết nạp theo chi bộ (từ 1/1 đến "
                       "30/9/2024): Nà Pò 4 | Cốc Lùng 3 | Lũng Pùng 2.\nKết nạp đảng viên theo chi bộ khu phố "
                       "(năm 2023): Khu phố 2: 3 đảng viên; Khu phố 11: 1 đảng viên.")
    assert {f for f in found if f[1] == "NewMembers"} == {
        ("Chi bộ thôn Nà Pò", "NewMembers", 4, "2024-01-01", "2024-09-30"),
        ("Chi bộ thôn Cốc Lùng", "NewMembers", 3, "2024-01-01", "2024-09-30"),
        ("Chi bộ thôn Lũng Pùng", "NewMembers", 2, "2024-01-01", "2024-09-30"),
        ("Chi bộ khu phố 2", "NewMembers", 3, "2023", "2023"),
        ("Chi bộ khu phố 11", "NewMembers", 1, "2023", "2023")}


def test_the_body_that_issued_the_document_a_clause_follows_does_not_refer(nlp):
    found = stats(nlp, "Năm 2024, Hội Nông dân huyện Đức Thọ giới thiệu 12 hội viên ưu tú cho Đảng. Hội quán triệt "
                       "Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIV; thực hiện Kế hoạch số 12-KH/HU của "
                       "Ban Thường vụ Huyện ủy Đức Thọ về phát triển đảng viên; phấn đấu mỗi năm giới thiệu ít nhất "
                       "10 hội viên ưu tú cho Đảng.")
    assert {s[:3] for s in found} == {("Hội Nông dân huyện Đức Thọ", "MembersIntroducedToParty", 12),
                                      ("Hội Nông dân huyện Đức Thọ", "MembersIntroducedToPartyTarget", 10)}


def test_referrals_written_without_a_body_go_to_the_association_the_headline_names(nlp):
    # the guests' Mặt trận is named more often; the headline names the association whose congress it is
    text = ("Dự Đại hội có đồng chí Lê Văn Bình, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh, và Hội Nông "
            "dân tỉnh Hà Tĩnh. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh tặng hoa Đại hội.\n\n"
            "Nhiệm kỳ 2020 - 2025, các cấp hội giới thiệu 52 hội viên ưu tú để Đảng bồi dưỡng.")
    ex = extract(replace(article(text), title="ĐẠI HỘI ĐẠI BIỂU HỘI NÔNG DÂN TỈNH LẦN THỨ X"), nlp)
    found = {(s.organization, s.value) for s in ex.statistics}
    assert found == {("Hội Nông dân tỉnh Hà Tĩnh", 52)}


def test_the_referrals_of_an_associations_grassroots_are_the_district_associations(nlp):
    # "các cơ sở Hội trong huyện": no body named in the sentence; the district's association the article names
    text = ("Hội Liên hiệp Phụ nữ huyện Mường Tè tổng kết công tác năm.\n\n"
            "Năm 2024, các cơ sở Hội trong huyện đã giới thiệu 38 hội viên ưu tú để chi bộ bồi dưỡng.\n\n"
            "Bà Lò Thị Xuân, Chủ tịch Hội Liên hiệp Phụ nữ huyện Mường Tè, cho biết Hội Liên hiệp Phụ nữ xã Bum Tở "
            "làm tốt việc này.")
    assert ("Hội Liên hiệp Phụ nữ huyện Mường Tè", "MembersIntroducedToParty", 38, "2024", "2024") in stats(nlp, text)


def test_the_trade_unions_levels_refer_members_for_the_provinces_labour_federation(nlp):
    # "các cấp công đoàn của tỉnh": the trade union's levels in the province, no one union named: the province's
    # labour federation the article is about
    text = ("Liên đoàn Lao động tỉnh Tây Ninh họp đánh giá nửa năm.\n\n"
            "Trong 6 tháng đầu năm 2024, ở Tây Ninh, các cấp công đoàn của tỉnh giới thiệu 356 đoàn viên xuất sắc "
            "để Đảng bồi dưỡng, kết nạp. Lãnh đạo Liên đoàn Lao động tỉnh Tây Ninh đề nghị các công đoàn cơ sở ở doanh "
            "nghiệp làm tốt hơn.")
    assert ("Liên đoàn Lao động tỉnh Tây Ninh", "MembersIntroducedToParty", 356, "2024", "2024-06-30") \
        in stats(nlp, text)
