"""A table left in its HTML tags, its columns dated in brackets, its rows named after the province's committee
(sentences written for the tests)."""
from _fixture import stats

TABLE = """Năm 2024, Đảng bộ Khối các cơ quan tỉnh Ninh Bình kết nạp 61 đảng viên.

Kết quả ở một số đơn vị:

<table class="bang"><tbody>
<tr><td><b>Đơn vị</b></td><td><b>Kết nạp (1/1 - 30/10/2024)</b></td><td><b>Đảng viên (đến 30/10/2024)</b></td></tr>
<tr><td>Đảng bộ Văn phòng Tỉnh ủy</td><td>12</td><td>205</td></tr>
<tr><td>Chi bộ Ban Nội chính Tỉnh ủy</td><td>2</td><td>31</td></tr>
</tbody></table>
"""


def test_rows_of_an_html_table_dated_by_their_column_headings(nlp):
    found = stats(nlp, TABLE)
    assert {("Đảng bộ Văn phòng Tỉnh ủy Ninh Bình", "NewMembers", 12, "2024-01-01", "2024-10-30"),
            ("Đảng bộ Văn phòng Tỉnh ủy Ninh Bình", "TotalMembers", 205, "2024-10-30", "2024-10-30"),
            ("Chi bộ Ban Nội chính Tỉnh ủy Ninh Bình", "NewMembers", 2, "2024-01-01", "2024-10-30"),
            ("Chi bộ Ban Nội chính Tỉnh ủy Ninh Bình", "TotalMembers", 31, "2024-10-30", "2024-10-30")} <= found

