"""Organizations in the layouts and unit structures of party news pages, on sentences written for the
tests: names in a table's cells, a bank's district transaction office."""
from _fixture import orgs


def test_a_cells_name_in_a_tab_separated_table_ends_at_the_cell(nlp):
    # (a table pasted from a page keeps its cells apart by tabs: the figure is the next cell)
    found = orgs(nlp, "Đảng ủy Trường Đại học Hạ Long kết nạp 8 đảng viên. Theo chi bộ:\nChi bộ\tSố đảng viên mới\n"
                      "Chi bộ Sinh viên Khoa Công nghệ thông tin - Truyền thông\t5\n"
                      "Chi bộ Sinh viên Khoa Văn hóa du lịch\t3\n")
    assert {"Chi bộ Sinh viên Khoa Công nghệ thông tin - Truyền thông",
            "Chi bộ Sinh viên Khoa Văn hóa du lịch"} <= set(found)


def test_a_banks_transaction_office_and_its_cell(nlp):
    # (the policy bank's district office, Quyết định 131/2002/QĐ-TTg: written with the bank in full or short)
    found = orgs(nlp, "Chi bộ Phòng giao dịch NHCSXH huyện Mường Khương có 8 đảng viên. Phòng giao dịch Ngân hàng "
                      "Chính sách xã hội huyện Mường Khương cho vay 120 hộ.")
    assert {"Chi bộ Phòng giao dịch NHCSXH huyện Mường Khương",
            "Phòng giao dịch Ngân hàng Chính sách xã hội huyện Mường Khương"} <= set(found)
    assert "Ngân hàng Chính sách xã hội huyện Mường Khương" not in found
