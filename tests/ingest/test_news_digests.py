"""A paper's weekly digest of several localities: the digest's headline in capitals over its items, each item opened
by a bullet and the locality's name and signed at its end by its writer in brackets (texts written for the test;
invented names)."""
from ingest._page import lay

from partykg.ingest.layout import analyze
from partykg.ingest.normalize import normalize

DIGEST = """BÁO TÂN HÒA ĐIỆN TỬ
Bản tin Xây dựng Đảng | Số 12 | Thứ Hai, ngày 17 tháng 11 năm 2025

ĐIỂM TIN XÂY DỰNG ĐẢNG: TÂN HÒA - NÀ LỪ

{bullet} TÂN HÒA: Đưa đảng viên về tổ tự quản
Quý III/2025, Đảng bộ xã Tân Hòa kết nạp 12 đảng viên. Đồng chí Lò Văn Khiêm, Bí thư Đảng ủy xã, cho biết \
xã có 14 chi bộ trực thuộc.{credit1}

{bullet} NÀ LỪ: Thôn vùng sâu có đảng viên mới
Mười tháng năm 2025, Đảng bộ xã Nà Lừ kết nạp 8 đảng viên, đạt 80% chỉ tiêu năm. Chi bộ thôn Khuổi Vài \
kết nạp được 2 quần chúng.{credit2}

---
Bản tin phát hành thứ Hai hằng tuần.
Đọc thêm: Bản tin số 11
"""


def test_the_digests_headline_over_its_first_item():
    for bullet in ["■", "•", "►"]:
        layout = lay(DIGEST.format(bullet=bullet, credit1="", credit2=""))
        assert layout.title == "ĐIỂM TIN XÂY DỰNG ĐẢNG: TÂN HÒA - NÀ LỪ"
        assert layout.issued == "2025-11-17"


def test_each_items_writer_signed_at_its_end():
    text, _ = normalize(DIGEST.format(bullet="■", credit1=" (Tin: Thu Hà)", credit2=" (Tin và ảnh: Minh Anh)"))
    layout = analyze(text)
    assert layout.creators == ["Thu Hà", "Minh Anh"]
    body = " ".join(text[s:e] for s, e in layout.body_spans)
    assert "14 chi bộ trực thuộc." in body and "Thu Hà" not in body and "Minh Anh" not in body
    # near miss: a paragraph closing on an aside in brackets that names no writer
    layout = lay(DIGEST.format(bullet="■", credit1=" (Tin: Ban Tổ chức)", credit2=" (số liệu đến 31/10)"))
    assert layout.creators == []
