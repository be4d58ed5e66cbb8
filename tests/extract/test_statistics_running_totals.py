"""Running totals of admissions ("nâng tổng số ... lên N"), on sentences written for the tests."""
from _fixture import stats


def test_a_running_total_inside_a_goal_is_the_goals_total(nlp):
    # "phấn đấu kết nạp thêm 6, nâng tổng số ... lên 28": nobody is admitted yet; 28 is what the year aims at
    text = ("Quý IV/2025, Đảng bộ xã Hòa Tiến phấn đấu kết nạp thêm 6 người, nâng tổng số kết nạp "
            "cả năm 2025 lên 28 đảng viên.")
    found = stats(nlp, text)
    assert ("Đảng bộ xã Hòa Tiến", "AdmissionTarget", 28, "2025", "2025") in found
    assert not any(f[1] == "NewMembers" for f in found)


def test_a_running_total_of_admissions_without_its_noun(nlp):
    # "nâng tổng số kết nạp 9 tháng lên 20 đảng viên": the year's first nine months
    text = ("Nửa đầu năm 2024, Đảng bộ xã Hòa Tiến kết nạp 12 đảng viên; quý III/2024 xã kết nạp thêm "
            "8 người, nâng tổng số kết nạp 9 tháng lên 20 đảng viên.")
    assert ("Đảng bộ xã Hòa Tiến", "NewMembers", 20, "2024", "2024-09-30") in stats(nlp, text)


def test_the_sum_of_several_former_bodies_is_no_one_bodys_count(nlp):
    # after a merger, "4 đảng bộ cũ có tổng cộng 52 chi bộ" adds up the former units: not the new body's cells
    text = ("Đảng bộ xã Hòa Tiến mới có 40 chi bộ trực thuộc. Lúc chưa hợp nhất, 4 đảng bộ cũ có tổng cộng "
            "52 chi bộ.")
    found = stats(nlp, text)
    assert ("Đảng bộ xã Hòa Tiến", "AffiliatedPartyCells", 40, None, None) in found
    assert not any(f[2] == 52 for f in found)



def test_an_admission_after_a_goal_set_is_a_target(nlp):
    # "đặt mục tiêu ... kết nạp 10 đảng viên": the goal a body sets, not ten members admitted
    text = "Năm 2023, Đảng ủy Đồn Biên phòng đặt mục tiêu cùng Đảng bộ xã Hòa Tiến kết nạp 10 đảng viên."
    found = stats(nlp, text)
    assert ("Đảng bộ xã Hòa Tiến", "AdmissionTarget", 10, "2023", "2023") in found
    assert not any(f[1] == "NewMembers" for f in found)


def test_a_bodys_cells_and_members_written_with_a_comma(nlp):
    # "có 19 chi bộ, 547 đảng viên" says what "có 19 chi bộ với 547 đảng viên" says: the cells under it, its members
    text = "Khi chưa sáp nhập, Đảng bộ xã Phú Lâm có 19 chi bộ, 547 đảng viên."
    found = stats(nlp, text)
    assert ("Đảng bộ xã Phú Lâm", "AffiliatedPartyCells", 19, None, None) in found
    assert ("Đảng bộ xã Phú Lâm", "TotalMembers", 547, None, None) in found


def test_a_body_named_as_what_another_was_formed_from_counts_nothing_after(nlp):
    # "thành lập trên cơ sở Đảng bộ Khối ...": the former body; the bare "Đảng bộ" after is the new one
    text = ("Đảng bộ các cơ quan Đảng tỉnh Hòa Bình ra đời ngày 3/2/2025, trên cơ sở Đảng bộ Khối các cơ quan "
            "tỉnh cùng các tổ chức đảng khác. Đến ngày 31/10/2025, Đảng bộ có 24 tổ chức cơ sở đảng, "
            "với 1.157 đảng viên.")
    found = stats(nlp, text)
    assert ("Đảng bộ các cơ quan Đảng tỉnh Hòa Bình", "TotalMembers", 1157, "2025-10-31", "2025-10-31") in found
    assert not any("Khối" in f[0] for f in found)


def test_a_list_of_bodies_members_one_body_a_line(nlp):
    # a lead with the day counted and the baseline of the growths, then one body a line
    text = ("Đảng bộ các cơ quan Đảng tỉnh Hòa Bình được thành lập ngày 3/2/2025.\n"
            "Đảng viên ở một vài cơ sở đảng, tính đến ngày 31/10/2025 (so với ngày thành lập):\n"
            "Đảng bộ Văn phòng Tỉnh ủy: 118 đảng viên (tăng 5)\n"
            "Chi bộ Ban Tổ chức Tỉnh ủy: 33 đảng viên (tăng 3)")
    found = stats(nlp, text)
    assert ("Đảng bộ Văn phòng Tỉnh ủy Hòa Bình", "TotalMembers", 118, "2025-10-31", "2025-10-31") in found
    assert ("Chi bộ Ban Tổ chức Tỉnh ủy Hòa Bình", "MemberGrowth", 3, "2025-02-03", "2025-10-31") in found


def test_a_list_of_bodies_cells_and_members_one_body_a_line(nlp):
    text = ("Số liệu các đảng bộ đến ngày 30/6/2025, lúc chưa hợp nhất:\n"
            "- Đảng bộ xã Phú Lâm: 21 chi bộ, 436 đảng viên;\n"
            "- Đảng bộ xã Khe Mây: 12 chi bộ, 281 đảng viên.")
    found = stats(nlp, text)
    assert ("Đảng bộ xã Phú Lâm", "AffiliatedPartyCells", 21, "2025-06-30", "2025-06-30") in found
    assert ("Đảng bộ xã Khe Mây", "TotalMembers", 281, "2025-06-30", "2025-06-30") in found



def test_cells_in_general_in_a_plural_list_are_no_one_body(nlp):
    # "củng cố các chi bộ trường học, chi bộ thôn và chi bộ doanh nghiệp": cells in general, not the one cell the
    # text names; the growth after is the commune's Đảng bộ's
    text = ("Xã Hòa Tiến có Chi bộ thôn Khe Mây.\n"
            "Đảng ủy xã sớm củng cố các chi bộ trường học, chi bộ thôn và chi bộ doanh nghiệp. "
            "Hiện Đảng bộ xã Hòa Tiến có 28 chi bộ trực thuộc với 973 đảng viên. "
            "Tính từ ngày hợp nhất, số đảng viên đã tăng 14 đồng chí.")
    found = stats(nlp, text)
    assert ("Đảng bộ xã Hòa Tiến", "MemberGrowth", 14, None, None) in found
    assert not any(f[0] == "Chi bộ thôn Khe Mây" for f in found)
