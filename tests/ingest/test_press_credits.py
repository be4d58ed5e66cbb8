"""Credit forms of the provincial press: an agency before the photographer, an author's office after
the name (sentences written for the test)."""
import pytest

from partykg.ingest.layout import analyze
from partykg.ingest.normalize import normalize

BODY = "Đảng bộ xã An Phú kết nạp 12 đảng viên trong năm 2021."


def creators(text: str) -> list[str]:
    return analyze(normalize(text)[0]).creators


def test_a_photo_credit_after_its_agency():
    assert creators(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\nHội nghị sơ kết. Ảnh: TTXVN/Quốc Việt\n{BODY}\n") \
        == ["Quốc Việt"]


@pytest.mark.parametrize("line, names", [
    ("Hoài Nam - Phòng Công tác chính trị", ["Hoài Nam"]),
    ("Thu Hà - Ban Tuyên giáo Huyện ủy", ["Thu Hà"]),
    ("Văn Nam – Báo Hà Tĩnh", ["Văn Nam"]),
])
def test_a_name_with_the_office_it_writes_for(line, names):
    assert creators(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n\n{line}\n") == names


def test_a_body_sentence_with_a_dash_is_no_byline():
    # near miss: a closing sentence "X - Ban ..." that is not names stays body
    last = "Hội nghị của Đảng ủy xã - Ban Chỉ đạo đã thống nhất nhiều nội dung quan trọng."
    assert creators(f"Tiêu đề bài\n24/11/2021, 06:55\n{BODY}\n{last}\n") == []
