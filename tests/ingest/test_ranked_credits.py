"""A credit that prints the author's rank or degree before the name, as army, border-guard, coast-guard and police
sites sign their stories ("Bài và ảnh: Đại úy Lê Văn An"): the name alone is the creator (texts written for the test;
invented names)."""
from ingest._page import lay

from partykg.ingest.layout import person_names

BODY = ("Chi bộ Tàu 2021 thuộc Hải đội 5 hiện có 17 đảng viên; từ đầu năm đến nay chi bộ kết nạp 2 đảng viên là "
        "chiến sĩ trẻ, công nhận chính thức 1 đảng viên dự bị.")


def test_the_rank_or_degree_in_a_cued_credit_is_no_part_of_the_name():
    assert person_names("Đại úy Lê Văn An") == ["Lê Văn An"]
    assert person_names("Thượng tá Phạm Thu Hà, Trung úy Lò Minh Đức") == ["Phạm Thu Hà", "Lò Minh Đức"]
    assert person_names("ThS. Nguyễn Thị Hoa") == ["Nguyễn Thị Hoa"]
    assert person_names("Hạ sĩ Vi Văn Tâm") == ["Vi Văn Tâm"]
    # near miss: a rank alone names nobody
    assert person_names("Đại úy") == []


def test_a_stories_closing_credit_with_the_rank():
    for credit in ["Bài và ảnh: Đại úy Lê Văn An", "Bài, ảnh: Thiếu tá Lê Văn An", "Tin: Trung úy Lê Văn An"]:
        layout = lay(f"CỔNG THÔNG TIN ĐIỆN TỬ HẢI ĐỘI 5\n28/11/2025 | 09:30\n\nChi bộ trên tàu tuần tra\n\n{BODY}\n\n"
                     f"{credit}\nBài viết liên quan: Hải đội 5 tổng kết huấn luyện năm 2025\n")
        assert layout.creators == ["Lê Văn An"]
