"""Tables and lists by unit in the layouts of synthetic-t's outlets (sentences written for the tests)."""
from _fixture import article, stats

from partykg.extract import extract

# a table of cells apart by tabs, with the candidates each cell cultivates (quần chúng ưu tú đang bồi dưỡng)
CELLS = ("Năm 2024, Đảng bộ Trường Cao đẳng Y tế Hòa Sơn kết nạp 12 đảng viên. Kết quả ở một số chi bộ:\n\n"
         "Chi bộ\tKết nạp\tQuần chúng ưu tú đang bồi dưỡng\n"
         "Chi bộ Khoa Dược\t3\t5\n"
         "Chi bộ Khoa Điều dưỡng - Hộ sinh\t0\t4\n")


def test_a_table_of_cells_with_the_candidates_each_cultivates(nlp):
    found = stats(nlp, CELLS)
    assert ("Chi bộ Khoa Dược", "NewMembers", 3, "2024", "2024") in found
    assert ("Chi bộ Khoa Điều dưỡng - Hộ sinh", "NewMembers", 0, "2024", "2024") in found
    assert {(s[0], s[2]) for s in found if s[1] == "PartyCandidatesInTraining"} == {
        ("Chi bộ Khoa Dược", 5), ("Chi bộ Khoa Điều dưỡng - Hộ sinh", 4)}


def test_a_table_of_cells_is_not_put_under_a_provinces_party_organization(nlp):
    # the article's subject read as the province's Đảng bộ: a province's members are district, bloc and commune
    # đảng bộ, never cells
    text = ("Năm 2024, Đảng bộ tỉnh Ninh Bình kết nạp 1.830 đảng viên. Kết quả ở một số chi bộ:\n\n"
            "Chi bộ\tKết nạp\tSố đảng viên\n"
            "Chi bộ Khoa Dược\t3\t25\nChi bộ Khoa Nội\t2\t36\n")
    parents = {o.name: o.parent for o in extract(article(text), nlp).organizations}
    assert ("Chi bộ Khoa Nội", "TotalMembers", 36, "2024", "2024") in stats(nlp, text)
    assert parents.get("Chi bộ Khoa Dược") != "Đảng bộ tỉnh Ninh Bình"
    assert parents.get("Chi bộ Khoa Nội") != "Đảng bộ tỉnh Ninh Bình"
