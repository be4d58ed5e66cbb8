"""Figures that are no count of the body's own: the commended, a proposal, admissions of every year or of some year,
a target's year (sentences written for the tests)."""
from _fixture import stats


def test_the_commended_are_not_the_rated_nor_the_structure(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ xã Đông Sơn có 312 đảng viên. Hội nghị đã khen thưởng 3 chi bộ và "
                       "7 đảng viên "
                       "hoàn thành xuất sắc nhiệm vụ năm 2024; Huyện ủy tặng Giấy khen cho 4 tổ chức cơ sở đảng.")
    assert {s[1] for s in found} == {"TotalMembers"}


def test_a_proposal_to_admit_is_no_admission(nlp):
    found = stats(nlp, "Năm 2024, Chi bộ Trạm Y tế xã Đông Sơn kết nạp 2 đảng viên. Chi bộ đề nghị Đảng ủy xã xem xét "
                       "kết nạp thêm 1 quần chúng trong quý IV.")
    assert {s[1:3] for s in found} == {("NewMembers", 2)}


def test_admissions_of_every_year_or_of_some_year_are_no_period_s_count(nlp):
    found = stats(nlp, "Nhiệm kỳ 2020 - 2025, Đảng bộ huyện Đức Cơ kết nạp 512 đảng viên. Năm nào cũng kết nạp trên "
                       "90 đảng viên. Có năm Chi bộ làng Ia Kla kết nạp được 5 đảng viên.")
    assert {s[1:3] for s in found} == {("NewMembers", 512)}


def test_the_year_of_a_target_does_not_date_a_running_total(nlp):
    found = stats(nlp, "Từ đầu năm đến nay, Đảng bộ xã Long Điền đã kết nạp 8 đảng viên, vượt 60% chỉ tiêu năm 2024 "
                       "(5 đảng viên); nâng tổng số đảng viên của Đảng bộ lên 203 đồng chí.")
    assert ("Đảng bộ xã Long Điền", "TotalMembers", 203, None, None) in found
    assert ("Đảng bộ xã Long Điền", "AdmissionTarget", 5, "2024", "2024") in found


def test_former_bodies_together_or_several_communes_are_no_one_bodys_subject(nlp):
    found = stats(nlp, "Chín tháng đầu năm 2025, Đảng bộ xã Sơn Thủy kết nạp 12 đảng viên. Cùng kỳ năm 2024, các đảng "
                       "bộ xã cũ trên địa bàn kết nạp tổng cộng 9 đảng viên. Vẫn có 4 xã vùng cao của huyện Bát Xát "
                       "(cũ) kết nạp dưới 8 đảng viên/năm.")
    assert {s[1:3] for s in found} == {("NewMembers", 12)}


def test_a_rise_on_the_same_period_compares_admissions_not_the_membership(nlp):
    found = stats(nlp, "Chín tháng năm 2025, Đảng bộ xã Sơn Thủy kết nạp 15 đảng viên; so với cùng kỳ năm 2024 "
                       "tăng 4 đảng viên.")
    assert "MemberGrowth" not in {s[1] for s in found}


def test_one_of_the_leading_bodies_is_no_count_of_the_structure(nlp):
    found = stats(nlp, "Đảng bộ Trường Cao đẳng Y tế Lạng Sơn là một trong 6 đảng bộ cơ sở dẫn đầu Khối về phát triển "
                       "đảng viên. Chi bộ Khoa Dược là một trong 11 chi bộ trực thuộc Đảng bộ Trường Cao đẳng Y tế "
                       "Lạng Sơn.")
    assert {s[1:3] for s in found} == {("AffiliatedPartyCells", 11)}


def test_the_total_of_members_who_are_of_a_group_is_no_total(nlp):
    found = stats(nlp, "Đảng bộ xã Đông Sơn có 312 đảng viên. Tổng số đảng viên là người dân tộc thiểu số của xã "
                       "hiện là 96 người.")
    assert {s[1:3] for s in found} == {("TotalMembers", 312)}
    found = stats(nlp, "Đến nay, tổng số đảng viên là 312 đồng chí, Đảng bộ xã Đông Sơn có 14 chi bộ.")
    assert ("TotalMembers", 312) in {s[1:3] for s in found}


def test_one_of_the_admitted_restates_the_admissions(nlp):
    # "là một trong hai đảng viên được kết nạp": the admission counted before, not another body's
    found = stats(nlp, "Quý III/2025, Chi bộ Trường Tiểu học Hòa Bình kết nạp 2 đảng viên.\n\nCô Lò Thị Mai, con gái "
                       "một đảng viên Chi bộ bản Nà Hồ, là một trong hai đảng viên được kết nạp. Cô sinh năm 1998.")
    assert found == {("Chi bộ Trường Tiểu học Hòa Bình", "NewMembers", 2, "2025-07-01", "2025-09-30")}


def test_the_day_of_the_date_a_total_is_counted_on_is_no_count(nlp):
    found = stats(nlp, "Đảng bộ phường Sông Cầu có 28 chi bộ trực thuộc. Tổng số đảng viên đến 30/9/2025: 1.486.")
    assert {s[1:3] for s in found} == {("AffiliatedPartyCells", 28), ("TotalMembers", 1486)}


def test_members_of_a_body_named_after_them_who_did_something_are_not_its_membership(nlp):
    found = stats(nlp, "Đảng bộ xã Tân Hòa có 512 đảng viên. Năm qua có 4 đảng viên của Đảng bộ chuyển sinh hoạt "
                       "đến nơi cư trú mới.")
    assert found == {("Đảng bộ xã Tân Hòa", "TotalMembers", 512, None, None)}


def test_a_figure_for_each_team_or_workshop_of_an_enterprise_is_no_count_of_its_organization(nlp):
    found = stats(nlp, "Đảng bộ Công ty Chè Mộc Sơn có 230 đảng viên. Đến năm 2027, mỗi phân xưởng có ít nhất 3 đảng "
                       "viên là công nhân trực tiếp sản xuất; mỗi đội có tối thiểu 2 đảng viên nữ.")
    assert found == {("Đảng bộ Công ty Chè Mộc Sơn", "TotalMembers", 230, None, None)}


def test_a_trade_union_admitting_staff_is_no_count_of_the_party(nlp):
    # "Công đoàn ... kết nạp 18 viên chức": union members; the same noun after the Đảng bộ is the party's
    title = "Bệnh viện Quân dân y Hòa Thạnh chăm lo phát triển đảng viên\n\n"
    hospital = "Đảng bộ Bệnh viện Quân dân y Hòa Thạnh"
    lead = f"{hospital} có 96 đảng viên. Năm 2025, "
    assert stats(nlp, f"{title}{lead}Công đoàn bệnh viện kết nạp 18 viên chức.") == {
        (hospital, "TotalMembers", 96, None, None)}
    assert stats(nlp, f"{title}{lead}Đảng bộ bệnh viện kết nạp 4 viên chức.") == {
        (hospital, "TotalMembers", 96, None, None), (hospital, "NewMembers", 4, "2025", "2025")}
