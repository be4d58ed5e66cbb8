"""Round t: statistics in sentences, on sentences written for the tests."""
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
