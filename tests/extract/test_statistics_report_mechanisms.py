"""How party-building reports write some further figures (the candidates a body cultivates, the parts of its
admissions, figures shared out over several bodies), on sentences written for the tests."""
import pytest
from _fixture import stats


@pytest.mark.parametrize("text, org, value", [
    ("Chi bộ thôn Khe Mây có 14 đảng viên, đang bồi dưỡng 4 quần chúng ưu tú.", "Chi bộ thôn Khe Mây", 4),
    ("Năm nay Chi bộ thôn Khe Mây đang bồi dưỡng thêm 2 quần chúng.", "Chi bộ thôn Khe Mây", 2),
    ("Đảng bộ xã Hòa Tiến đang bồi dưỡng, xem xét kết nạp 11 quần chúng ưu tú là đoàn viên.", "Đảng bộ xã Hòa Tiến",
     11),
    ("Chi bộ thôn Khe Mây có 16 đảng viên; ở thôn còn 4 thanh niên đủ điều kiện đang được bồi dưỡng.",
     "Chi bộ thôn Khe Mây", 4),
    ("Hiện Đảng bộ xã Hòa Tiến có 52 quần chúng ưu tú trong diện tạo nguồn.", "Đảng bộ xã Hòa Tiến", 52),
])
def test_the_candidates_a_body_is_cultivating_for_admission(nlp, text, org, value):
    # the "nguồn" of admissions (quần chúng ưu tú being trained and watched before a cell proposes them): a stock
    # of the body, counted now, not an admission nor a target
    found = stats(nlp, text)
    assert (org, "PartyCandidatesInTraining", value, None, None) in found
    assert not any(f[1] in ("NewMembers", "AdmissionTarget") and f[2] == value for f in found)


@pytest.mark.parametrize("text, part", [
    ("Năm 2023, Đảng bộ xã Hòa Tiến kết nạp 21 đảng viên, trong đó 8 người Mông.", 8),
    ("Năm 2023, Đảng bộ xã Hòa Tiến kết nạp 21 đảng viên, trong đó 5 đồng chí là ngư dân.", 5),
])
def test_a_part_of_a_bodys_admissions_is_a_group_of_its_new_members(nlp, text, part):
    found = stats(nlp, text)
    assert ("Đảng bộ xã Hòa Tiến", "NewMembersByGroup", part, "2023", "2023") in found


def test_the_new_members_of_a_group_among_all_new_members_are_not_the_membership(nlp):
    text = ("Năm 2023, Đảng bộ xã Hòa Tiến kết nạp 21 đảng viên.\n"
            "Trong tổng số đảng viên mới có 9 đồng chí là người Dao.")
    found = stats(nlp, text)
    assert ("Đảng bộ xã Hòa Tiến", "NewMembersByGroup", 9, "2023", "2023") in found
    assert not any(f[1] == "TotalMembers" for f in found)


def test_the_share_of_a_group_in_the_new_members(nlp):
    found = stats(nlp, "Năm 2023, Đảng bộ xã Hòa Tiến kết nạp 21 đảng viên. Tỷ lệ đảng viên mới là đoàn viên "
                       "thanh niên chiếm 61,9%.")
    assert ("Đảng bộ xã Hòa Tiến", "NewMembersShareByGroup", "61.9", "2023", "2023") in found


def test_figures_of_bodies_named_together_in_the_same_order(nlp):
    found = stats(nlp, "Năm 2023, Đảng bộ huyện Kim Bôi kết nạp 140 đảng viên. Xã Đú Sáng và xã Hùng Sơn cũng kết "
                       "nạp lần lượt 12 và 9 đảng viên.")
    assert ("Đảng bộ xã Đú Sáng", "NewMembers", 12, "2023", "2023") in found
    assert ("Đảng bộ xã Hùng Sơn", "NewMembers", 9, "2023", "2023") in found


def test_one_figure_for_each_of_the_bodies_named_together(nlp):
    found = stats(nlp, "Chi bộ thôn Khe Mây và Chi bộ thôn Đồng Ké mỗi chi bộ kết nạp 2 đảng viên.")
    assert {f[:3] for f in found} == {("Chi bộ thôn Khe Mây", "NewMembers", 2),
                                      ("Chi bộ thôn Đồng Ké", "NewMembers", 2)}


def test_the_cells_in_which_a_bodys_members_are_organized(nlp):
    found = stats(nlp, "Đảng bộ Bệnh viện Đa khoa huyện Kim Bôi có 86 đảng viên sinh hoạt ở 6 chi bộ.")
    assert {f[:3] for f in found} == {("Đảng bộ Bệnh viện Đa khoa huyện Kim Bôi", "TotalMembers", 86),
                                      ("Đảng bộ Bệnh viện Đa khoa huyện Kim Bôi", "AffiliatedPartyCells", 6)}


def test_the_cells_counted_under_the_body_named_after_them_are_its_own(nlp):
    found = stats(nlp, "Chi bộ Phòng Kế toán hiện có 15 đảng viên, là một trong 11 chi bộ trực thuộc Đảng bộ Bệnh "
                       "viện Đa khoa huyện Kim Bôi.")
    assert ("Chi bộ Phòng Kế toán", "TotalMembers", 15, None, None) in found
    assert ("Đảng bộ Bệnh viện Đa khoa huyện Kim Bôi", "AffiliatedPartyCells", 11, None, None) in found
    assert not any(f[0] == "Chi bộ Phòng Kế toán" and f[1] == "AffiliatedPartyCells" for f in found)


def test_the_share_of_a_target_reached_after_the_target(nlp):
    found = stats(nlp, "Năm 2025, Đảng bộ xã Hòa Tiến phấn đấu kết nạp 30 đảng viên; đến nay đã đạt 60% chỉ tiêu.")
    assert ("Đảng bộ xã Hòa Tiến", "AdmissionTarget", 30, "2025", "2025") in found
    assert ("Đảng bộ xã Hòa Tiến", "TargetAchievement", 60) in {f[:3] for f in found}


def test_the_share_of_a_referral_plan_reached(nlp):
    found = stats(nlp, "9 tháng năm 2024, Huyện đoàn Kim Bôi đã giới thiệu 52 đoàn viên ưu tú cho các chi bộ xem xét "
                       "kết nạp vào Đảng, đạt 65% chỉ tiêu năm.")
    assert ("Huyện đoàn Kim Bôi", "TargetAchievement", 65, "2024", "2024-09-30") in found


def test_a_headline_in_capitals_names_the_body_the_article_is_about(nlp):
    from helpers import make_article

    from partykg.extract import extract
    text = ("Sáng 19/5/2024, Chi bộ Trường Tiểu học Hùng Sơn (trực thuộc Đảng bộ xã Hùng Sơn) tổ chức lễ kết nạp đảng "
            "viên. Dự lễ có đại diện Đảng ủy xã Hùng Sơn. Đảng ủy xã Hùng Sơn biểu dương nhà trường.\n"
            "Tính cả năm học 2023 - 2024, Chi bộ đã kết nạp được 2 đảng viên.")
    article = make_article(text, title="CHI BỘ TRƯỜNG TIỂU HỌC HÙNG SƠN KẾT NẠP ĐẢNG VIÊN MỚI")
    found = {(s.organization, s.measure, s.value) for s in extract(article, nlp).statistics}
    assert found == {("Chi bộ Trường Tiểu học Hùng Sơn", "NewMembers", 2)}


def test_admissions_in_the_year_are_of_the_year_under_review_else_of_the_articles_year(nlp):
    from helpers import make_article

    from partykg.extract import extract
    from partykg.model import Article

    def found(text, title, issued):
        a = make_article(text, title=title)
        a = Article(**{**a.__dict__, "issued": issued})
        return {(s.organization, s.measure, s.value, s.start, s.end) for s in extract(a, nlp).statistics}

    text = "Chi bộ thôn Khe Mây hiện có 14 đảng viên; trong năm đã kết nạp 3 quần chúng."
    assert ("Chi bộ thôn Khe Mây", "NewMembers", 3, "2025", "2025") in found(text, "Tin hoạt động", "2025-09-22")
    reviewed = found(text, "Chi bộ thôn Khe Mây tổng kết công tác năm 2024", "2025-01-10")
    assert ("Chi bộ thôn Khe Mây", "NewMembers", 3, "2024", "2024") in reviewed


def test_members_introduced_and_admitted_are_admissions(nlp):
    found = stats(nlp, "Năm 2023, Đồn Biên phòng Tà Cạ phối hợp với Đảng ủy xã Tà Cạ: 5 quần chúng được giới thiệu và "
                       "kết nạp vào Đảng.")
    assert ("Đảng ủy xã Tà Cạ", "NewMembers", 5, "2023", "2023") in found


def test_counts_and_years_written_in_words_as_a_transcript_writes_them(nlp):
    found = stats(nlp, "Hiện Đảng bộ xã Hùng Sơn có hai mươi sáu chi bộ với bốn trăm hai mươi đảng viên. Năm hai nghìn "
                       "không trăm hai mươi hai, toàn huyện Kim Bôi kết nạp một trăm ba mươi tám đảng viên.")
    assert {("Đảng bộ xã Hùng Sơn", "AffiliatedPartyCells", 26, None, None),
            ("Đảng bộ xã Hùng Sơn", "TotalMembers", 420, None, None),
            ("Đảng bộ huyện Kim Bôi", "NewMembers", 138, "2022", "2022")} <= found


def test_members_referred_written_in_the_passive(nlp):
    found = stats(nlp, "Năm 2024, Huyện đoàn Kim Bôi dẫn đầu với 38 đoàn viên được giới thiệu, 17 đoàn viên được kết "
                       "nạp.")
    assert ("Huyện đoàn Kim Bôi", "MembersIntroducedToParty", 38, "2024", "2024") in found


def test_counts_compared_with_the_period_before_and_villages_that_went_down(nlp):
    from _fixture import stats
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Bảo Lạc thi hành kỷ luật 14 đảng viên, giảm 3 trường hợp so với "
                       "cùng kỳ; kết nạp 320 đảng viên, giảm 2,5% so với cùng kỳ. Số bản chưa có đảng viên giảm từ 9 "
                       "xuống còn 4 bản; "
                       "số thôn có chi bộ sinh hoạt ghép giảm từ 6 xuống còn 2.")
    org = "Đảng bộ huyện Bảo Lạc"
    assert {(m, v) for o, m, v, *_ in found if o == org} >= {
        ("DisciplinedMembersDecreaseOnPreviousPeriod", 3), ("NewMembersDecreasePercentOnPreviousPeriod", "2.5"),
        ("VillagesWithoutPartyMembers", 9), ("VillagesWithoutPartyMembers", 4),
        ("VillagesWithJointPartyCells", 6), ("VillagesWithJointPartyCells", 2)}


def test_a_report_on_the_whole_party_is_about_the_party(nlp):
    from dataclasses import replace

    from _fixture import article

    from partykg.extract import extract
    text = ("Sáng 12/11, Ban Tổ chức Trung ương sơ kết 10 tháng năm 2026. 10 tháng năm 2026, toàn Đảng kết nạp 150.000 "
            "đảng viên. Đảng bộ Quốc hội kết nạp 1.200 đảng viên; Đảng bộ Quốc hội có 3.000 đảng viên.\n"
            "Kết luận hội nghị, đồng chí Lê Văn An yêu cầu các cấp ủy phấn đấu cả năm 2026 kết nạp 190.000 đảng viên "
            "trở lên.")
    a = replace(article(text), title="Toàn Đảng kết nạp 150.000 đảng viên trong 10 tháng")
    found = {(s.organization, s.measure, s.value) for s in extract(a, nlp).statistics}
    assert ("Đảng Cộng sản Việt Nam", "AdmissionTarget", 190000) in found


def test_a_clause_after_a_semicolon_keeps_the_actor_of_the_clauses_before(nlp):
    from _fixture import stats
    found = stats(nlp, "Ủy ban Kiểm tra Tỉnh ủy Yên Bái họp kỳ thứ 12. Quý II/2024, cấp ủy các cấp trong Đảng bộ "
                       "tỉnh Yên Bái đã kiểm tra 20 tổ chức đảng; giám sát chuyên đề 35 tổ chức đảng. "
                       "Ủy ban Kiểm tra Tỉnh ủy Yên Bái "
                       "giám sát 4 tổ chức đảng.")
    assert ("Đảng bộ tỉnh Yên Bái", "PartyOrganizationsSupervised", 35, "2024-04-01", "2024-06-30") in found


def test_the_admitted_named_by_what_they_are_and_delegates_for_the_membership(nlp):
    from _fixture import stats
    found = stats(nlp, "9 tháng đầu năm 2024, Chi bộ Công ty TNHH Dệt Phúc Hưng kết nạp 4 công nhân. "
                       "Đoàn xã Tân Lập kết "
                       "nạp 30 thanh niên vào Đoàn.")
    assert found == {("Chi bộ Công ty TNHH Dệt Phúc Hưng", "NewMembers", 4, "2024", "2024-09-30")}
    found = stats(nlp, "Ngày 20/8/2025, Đại hội đại biểu Đảng bộ xã Đăk Pxi lần thứ XV khai mạc với 110 đại biểu "
                       "thay mặt "
                       "cho 265 đảng viên.")
    assert ("Đảng bộ xã Đăk Pxi", "TotalMembers", 265, "2025-08-20", "2025-08-20") in found


def test_a_group_share_of_the_new_members_written_with_a_capital_and_a_bracketed_list(nlp):
    from _fixture import stats
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Bảo Lâm kết nạp 210 đảng viên. Đảng viên mới là người dân tộc thiểu số "
                       "(Tày, Nùng, Dao) chiếm 71,4%.")
    assert ("Đảng bộ huyện Bảo Lâm", "NewMembersShareByGroup", "71.4", "2024", "2024") in found


def test_the_years_plan_is_its_target_and_a_running_total_of_cells(nlp):
    from _fixture import stats
    found = stats(nlp, "6 tháng đầu năm 2024, Đảng bộ huyện Yên Thế kết nạp 40 đảng viên (kế hoạch cả năm là 90 "
                       "đảng viên). "
                       "Đảng bộ huyện Yên Thế đã sáp nhập 3 chi bộ thôn, nâng tổng số chi bộ trực thuộc lên 198.")
    assert ("Đảng bộ huyện Yên Thế", "AdmissionTarget", 90, "2024", "2024") in found
    assert {(o, m, v) for o, m, v, *_ in found} >= {("Đảng bộ huyện Yên Thế", "AffiliatedPartyCells", 198)}


def test_candidates_attending_the_awareness_class_or_recognised_as_sympathisers(nlp):
    found = stats(nlp, "Chi bộ Hợp tác xã Chè Tân Lập có 8 đảng viên. Chi bộ hiện có 1 quần chúng đang theo học lớp "
                       "bồi dưỡng nhận thức về Đảng.")
    assert ("Chi bộ Hợp tác xã Chè Tân Lập", "PartyCandidatesInTraining", 1, None, None) in found
    found = stats(nlp, "Năm 2024, Đảng bộ xã Vũ Lăng kết nạp 9 đảng viên. Hiện xã còn 12 quần chúng ưu tú "
                       "đã được cảm tình.")
    assert ("Đảng bộ xã Vũ Lăng", "PartyCandidatesInTraining", 12, None, None) in found


def test_a_sentence_comparing_the_count_before_it_with_the_same_period(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ xã Gia Tân kết nạp 19 đảng viên, đạt 95% chỉ tiêu năm. Con số này giảm 3 "
                       "đồng chí so với cùng kỳ.")
    assert ("Đảng bộ xã Gia Tân", "NewMembersDecreaseOnPreviousPeriod", 3, "2024", "2024") in found


def test_a_headlines_months_date_a_lists_admissions_whose_lead_states_no_period(nlp):
    from dataclasses import replace

    from _fixture import article

    from partykg.extract import extract
    text = ("Đảng bộ xã Hòa Tiến có 21 chi bộ trực thuộc.\n\nMột số chi bộ tiêu biểu:\n"
            "1. Chi bộ thôn Khe Mây: 18 đảng viên; kết nạp 3 đảng viên.\n"
            "2. Chi bộ thôn Đồng Lư: 25 đảng viên; kết nạp 2 đảng viên.\n")
    art = replace(article(text, issued="2024-10-05"), title="ĐẢNG BỘ XÃ HÒA TIẾN: 9 THÁNG KẾT NẠP 11 ĐẢNG VIÊN")
    found = {(s.organization, s.measure, s.value, s.start, s.end) for s in extract(art, nlp).statistics}
    assert ("Chi bộ thôn Khe Mây", "NewMembers", 3, "2024", "2024-09-30") in found
