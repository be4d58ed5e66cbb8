"""A line printed wholly in capitals (a lead, a signature, a document's motto) names the bodies it would
name in running text; on sentences written for the tests."""
from _fixture import orgs

from partykg.extract.capitals import recase


def test_a_lead_in_capitals_names_its_bodies(nlp):
    # (the unit is found where the article names it in running text: places are read as written)
    found = orgs(nlp, "SÁNG 12/11/2025, BAN THƯỜNG VỤ ĐẢNG ỦY XÃ MƯỜNG KHƯƠNG TỔ CHỨC HỘI NGHỊ SƠ KẾT CÔNG TÁC "
                      "PHÁT TRIỂN ĐẢNG VIÊN.\nĐồng chí Lò Văn Tuấn, Bí thư Đảng ủy xã Mường Khương, phát biểu chỉ đạo.")
    assert "Ban Thường vụ Đảng ủy xã Mường Khương" in found


def test_a_signature_in_capitals_names_its_body(nlp):
    found = orgs(nlp, "Tỉnh ủy Lạng Sơn tổng kết công tác xây dựng Đảng năm 2025.\nVĂN PHÒNG TỈNH ỦY LẠNG SƠN\n")
    assert "Văn phòng Tỉnh ủy Lạng Sơn" in found


def test_the_casing_restored_keeps_length_names_and_acronyms():
    line = "II. UBND PHƯỜNG VỊ XUYÊN VÀ CHI BỘ THÔN NẬM ĐĂM KẾT NẠP 3 ĐẢNG VIÊN"
    out = recase(line)
    assert len(out) == len(line)
    # the register settles the ward's name; a village's name it cannot settle stays in lower case
    assert out == "II. UBND phường Vị Xuyên và Chi bộ thôn nậm đăm kết nạp 3 đảng viên"
