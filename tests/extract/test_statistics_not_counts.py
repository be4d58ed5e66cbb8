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
