"""Running totals of admissions ("nâng tổng số ... lên N"), on sentences written for the tests."""
from _fixture import stats


def test_a_running_total_inside_a_goal_is_the_goals_total(nlp):
    # "phấn đấu kết nạp thêm 7, nâng tổng số ... lên 25": nobody is admitted yet; 25 is what the year aims at
    text = ("Quý IV/2025, Đảng bộ xã Hòa Tiến phấn đấu kết nạp thêm 7 đảng viên, nâng tổng số đảng viên kết nạp "
            "năm 2025 lên 25 đảng viên.")
    found = stats(nlp, text)
    assert ("Đảng bộ xã Hòa Tiến", "AdmissionTarget", 25, "2025", "2025") in found
    assert not any(f[1] == "NewMembers" for f in found)


def test_a_running_total_of_admissions_without_its_noun(nlp):
    # "nâng tổng số kết nạp 9 tháng lên 19 đảng viên": the year's first nine months
    text = ("6 tháng đầu năm 2024, Đảng bộ xã Hòa Tiến kết nạp 12 đảng viên; riêng quý III/2024 kết nạp thêm "
            "7 đảng viên, nâng tổng số kết nạp 9 tháng lên 19 đảng viên.")
    assert ("Đảng bộ xã Hòa Tiến", "NewMembers", 19, "2024", "2024-09-30") in stats(nlp, text)


def test_the_sum_of_several_former_bodies_is_no_one_bodys_count(nlp):
    # after a merger, "3 đảng bộ cũ có tổng cộng 46 chi bộ" adds up the former units: not the new body's cells
    text = ("Đảng bộ xã Hòa Tiến mới có 40 chi bộ trực thuộc. Trước khi hợp nhất, 3 đảng bộ cũ có tổng cộng "
            "46 chi bộ trực thuộc.")
    found = stats(nlp, text)
    assert ("Đảng bộ xã Hòa Tiến", "AffiliatedPartyCells", 40, None, None) in found
    assert not any(f[2] == 46 for f in found)



def test_an_admission_after_a_goal_set_is_a_target(nlp):
    # "đặt mục tiêu ... kết nạp 10 đảng viên": the goal a body sets, not ten members admitted
    text = "Năm 2024, Đảng ủy Đồn đặt mục tiêu phối hợp giúp Đảng bộ xã Hòa Tiến kết nạp 10 đảng viên."
    found = stats(nlp, text)
    assert ("Đảng bộ xã Hòa Tiến", "AdmissionTarget", 10, "2024", "2024") in found
    assert not any(f[1] == "NewMembers" for f in found)


def test_a_bodys_cells_and_members_written_with_a_comma(nlp):
    # "có 17 chi bộ, 598 đảng viên" says what "có 17 chi bộ với 598 đảng viên" says: the cells under it, its members
    text = "Trước sắp xếp, Đảng bộ xã Phú Lâm có 17 chi bộ, 598 đảng viên."
    found = stats(nlp, text)
    assert ("Đảng bộ xã Phú Lâm", "AffiliatedPartyCells", 17, None, None) in found
    assert ("Đảng bộ xã Phú Lâm", "TotalMembers", 598, None, None) in found


def test_a_body_named_as_what_another_was_formed_from_counts_nothing_after(nlp):
    # "thành lập trên cơ sở Đảng bộ Khối ...": the former body; the bare "Đảng bộ" after is the new one
    text = ("Đảng bộ các cơ quan Đảng tỉnh Hòa Bình được thành lập ngày 3/2/2025, trên cơ sở Đảng bộ Khối các cơ quan "
            "tỉnh và một số tổ chức đảng. Tính đến ngày 30/11/2025, Đảng bộ có 27 tổ chức cơ sở đảng, "
            "với 1.204 đảng viên.")
    found = stats(nlp, text)
    assert ("Đảng bộ các cơ quan Đảng tỉnh Hòa Bình", "TotalMembers", 1204, "2025-11-30", "2025-11-30") in found
    assert not any("Khối" in f[0] for f in found)


def test_a_list_of_bodies_members_one_body_a_line(nlp):
    # a lead with the day counted and the baseline of the growths, then one body a line
    text = ("Đảng bộ các cơ quan Đảng tỉnh Hòa Bình được thành lập ngày 3/2/2025.\n"
            "Số đảng viên của một số tổ chức cơ sở đảng tính đến ngày 30/11/2025 (so với ngày thành lập) như sau:\n"
            "Đảng bộ Văn phòng Tỉnh ủy: 142 đảng viên (tăng 6)\n"
            "Chi bộ Ban Tổ chức Tỉnh ủy: 37 đảng viên (tăng 2)")
    found = stats(nlp, text)
    assert ("Đảng bộ Văn phòng Tỉnh ủy Hòa Bình", "TotalMembers", 142, "2025-11-30", "2025-11-30") in found
    assert ("Chi bộ Ban Tổ chức Tỉnh ủy Hòa Bình", "MemberGrowth", 2, "2025-02-03", "2025-11-30") in found


def test_a_list_of_bodies_cells_and_members_one_body_a_line(nlp):
    text = ("Đến ngày 30/6/2025, trước khi hợp nhất, các đảng bộ có số liệu cụ thể:\n"
            "- Đảng bộ xã Phú Lâm: 17 chi bộ, 402 đảng viên;\n"
            "- Đảng bộ xã Khe Mây: 15 chi bộ, 296 đảng viên.")
    found = stats(nlp, text)
    assert ("Đảng bộ xã Phú Lâm", "AffiliatedPartyCells", 17, "2025-06-30", "2025-06-30") in found
    assert ("Đảng bộ xã Khe Mây", "TotalMembers", 296, "2025-06-30", "2025-06-30") in found



def test_cells_in_general_in_a_plural_list_are_no_one_body(nlp):
    # "kiện toàn các chi bộ thôn, chi bộ trường học và chi bộ cơ quan": cells in general, not the one cell the
    # text names; the growth after is the commune's Đảng bộ's
    text = ("Xã Hòa Tiến có Chi bộ thôn Khe Mây.\n"
            "Ban Thường vụ Đảng ủy xã đã kiện toàn các chi bộ thôn, chi bộ trường học và chi bộ cơ quan. "
            "Hiện Đảng bộ xã Hòa Tiến có 31 chi bộ trực thuộc với 1.086 đảng viên. "
            "Như vậy từ ngày hợp nhất đến nay, số đảng viên tăng 17 đồng chí.")
    found = stats(nlp, text)
    assert ("Đảng bộ xã Hòa Tiến", "MemberGrowth", 17, None, None) in found
    assert not any(f[0] == "Chi bộ thôn Khe Mây" for f in found)
