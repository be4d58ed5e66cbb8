"""A party document converted from PDF: lines broken at the page's width, its own header and signature."""
from partykg.ingest.layout import analyze, unwrap
from partykg.ingest.normalize import normalize
from partykg.ingest.read import build_article

WRAPPED = """Đảng bộ xã Tân Lập có 31 chi bộ trực thuộc với 1.204 đảng viên, trong đó
có 96 đảng viên được miễn sinh hoạt. Trong quý, Đảng ủy đã kết nạp 9 đảng
viên, đạt 60% chỉ tiêu năm; Chi bộ thôn Đồng Chằm kết nạp 2 đảng viên.
Ngày 4/9/2025, đồng chí Hà Văn Tuyến, Bí thư Đảng ủy xã, và đồng chí Lò Thị
Hoa, Phó Bí thư Đảng ủy, Chủ tịch UBND xã dự sinh hoạt tại các chi bộ thôn
theo kế hoạch của Ban Thường vụ.
- Xét công nhận đảng viên chính thức cho 7 đồng chí.
- Tiếp nhận 3 đảng viên chuyển đến.
"""


def test_a_paragraph_broken_at_the_page_width_is_one_paragraph():
    text, _ = normalize(WRAPPED)
    out = unwrap(text)
    assert len(out) == len(text)  # same offsets
    assert "đồng chí Lò Thị Hoa, Phó Bí thư" in out  # a name broken over two lines is whole again
    assert "kết nạp 9 đảng viên, đạt 60%" in out
    # a list item keeps its line
    assert "Ban Thường vụ.\n- Xét công nhận" in out and "7 đồng chí.\n- Tiếp nhận" in out
    # one cell a line, as a flattened table is, or a poem: no page width reached, nothing joined
    table = "Đảng bộ\nkết nạp\nđảng viên mới\nchi bộ thôn\nvượt chỉ tiêu\nđảng viên dự bị\n"
    assert unwrap(table) == table
    # a page that breaks one line mid-sentence is no hard-wrapped text
    one = "Đảng ủy xã Tân Lập đã kết nạp 9 đảng viên mới trong quý III, tăng\nba đảng viên so với quý trước.\n"
    assert unwrap(one) == one


DOCUMENT = """ĐẢNG BỘ TỈNH SƠN LA                    ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ TÂN LẬP
        *                          Tân Lập, ngày 06 tháng 10 năm 2025
Số 12-BC/ĐU

BÁO CÁO
Kết quả công tác đảng viên quý III
và nhiệm vụ quý IV năm 2025
-----

I. TÌNH HÌNH CHUNG

""" + WRAPPED + """
Nơi nhận:                                            T/M ĐẢNG ỦY
- Ban Tổ chức Tỉnh ủy (b/c);                             BÍ THƯ
- Lưu Văn phòng Đảng ủy.                           (Đã ký)

                                                   Hà Văn Tuyến
"""


def test_a_party_documents_own_header_gives_its_title_date_and_signer():
    a = build_article("d", "d.txt", DOCUMENT, "0")
    assert a.title == "Kết quả công tác đảng viên quý III và nhiệm vụ quý IV năm 2025"
    assert a.issued == "2025-10-06"
    assert a.creators == []  # the signer ("T/M ĐẢNG ỦY" / "BÍ THƯ" / name) is a person the document names, no author
    body = "\n".join(a.text[s:e] for s, e in a.body_spans)
    assert "I. TÌNH HÌNH CHUNG" in body and "Số 12-BC/ĐU" not in body
    text, _ = normalize("ĐẢNG CỘNG SẢN VIỆT NAM\nBÁO CÁO\nKết nạp đảng viên ở Tân Lập\n\nThứ Hai, 06/10/2025\n\n"
                        "Đảng ủy xã Tân Lập đã kết nạp 9 đảng viên mới trong quý III năm 2025.\n")
    layout = analyze(text)
    assert layout.issued == "2025-10-06"  # no place-and-date line: the page's own header is read as before
