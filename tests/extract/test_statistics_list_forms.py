"""Statistics in the list and number forms of party-building pages, on sentences written for the tests."""
from _fixture import stats


def test_members_lines_under_bullet_glyphs(nlp):
    # "►", "▪", "➢": the bullets of page editors' lists, as "•" and "-" are
    found = stats(nlp, "Kết quả của một số chi bộ trong quý III/2025:\n"
                       "► Chi bộ Thôn Đông Sơn: 31 đảng viên, kết nạp 2 đảng viên, đều là giáo viên;\n"
                       "▪ Chi bộ Thôn Tây Sơn: 27 đảng viên, kết nạp 1 đảng viên.")
    assert found >= {("Chi bộ Thôn Đông Sơn", "TotalMembers", 31, None, None),
                     ("Chi bộ Thôn Đông Sơn", "NewMembers", 2, "2025-07-01", "2025-09-30"),
                     ("Chi bộ Thôn Tây Sơn", "TotalMembers", 27, None, None),
                     ("Chi bộ Thôn Tây Sơn", "NewMembers", 1, "2025-07-01", "2025-09-30")}


def test_counts_rounded_to_thousands(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ tỉnh Kon Tum kết nạp 1,2 nghìn đảng viên. "
                       "Đảng bộ xã Đăk Hà hiện có khoảng 2,35 ngàn đảng viên.")
    assert found == {("Đảng bộ tỉnh Kon Tum", "NewMembers", 1200, "2024", "2024"),
                     ("Đảng bộ xã Đăk Hà", "TotalMembers", 2350, None, None)}
