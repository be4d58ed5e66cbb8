"""Organizations on sentences written for the tests (the round on synthetic-r's misses): numbered villages and
cells, former units after the 2025 reform, a workplace's units, bare bodies resolved by the party's structure."""
from _fixture import orgs


def test_a_village_or_cell_numbered_after_its_name_keeps_its_number(nlp):
    # a village split in parts keeps its name and a number; a students' cell is numbered within its school
    found = orgs(nlp, "Đảng bộ xã Phong Hải có 30 chi bộ. Chi bộ thôn Nậm Cang 2 kết nạp 3 đảng viên, "
                      "Chi bộ thôn Nậm Cang 1 kết nạp 2 đảng viên.")
    assert {"Chi bộ thôn Nậm Cang 1", "Chi bộ thôn Nậm Cang 2"} <= set(found)
    assert "Chi bộ thôn Nậm Cang" not in found
    assert found["Chi bộ thôn Nậm Cang 2"].parent == "Đảng bộ xã Phong Hải"
    found = orgs(nlp, "Đảng bộ Trường Cao đẳng Y tế Lạng Sơn có 2 chi bộ sinh viên: Chi bộ Sinh viên 1 "
                      "kết nạp 6 đồng chí, Chi bộ Sinh viên 2 kết nạp 4 đồng chí.")
    assert found["Chi bộ Sinh viên 2"].parent == "Đảng bộ Trường Cao đẳng Y tế Lạng Sơn"
    assert "Chi bộ Sinh viên 1" in found and "Chi bộ Sinh viên" not in found
    # a figure after the name is a count, no part of it
    found = orgs(nlp, "Đảng bộ xã Phong Hải có Chi bộ thôn Nậm Cang 36 đảng viên.")
    assert "Chi bộ thôn Nậm Cang" in found
    found = orgs(nlp, "Kết nạp theo chi bộ của Đảng bộ xã Phong Hải: Chi bộ thôn Nậm Cang 3; Chi bộ thôn Cốc Sâm 2.")
    assert "Chi bộ thôn Nậm Cang" in found and "Chi bộ thôn Nậm Cang 3" not in found
