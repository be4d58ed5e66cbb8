"""An obituary notice's heading ("TIN BUỒN", "CÁO PHÓ") under the page's date is its headline, not a banner over the
sentence that announces the death (a notice written for the test)."""
import pytest
from ingest._page import lay

NOTICE = """BÁO SƠN LA
Thời sự | Chính trị | Xã hội
05/11/2025 - 08:15

{heading}

Ban Thường vụ Huyện ủy, Ủy ban nhân dân huyện Mường La và gia đình vô cùng thương tiếc báo tin:

Đồng chí LÒ VĂN THUẬN
Sinh năm 1940, dân tộc Thái
Nguyên Bí thư Huyện ủy Mường La

Đã từ trần hồi 20 giờ ngày 3-11-2025 tại nhà riêng, hưởng thọ 85 tuổi.
"""


@pytest.mark.parametrize("heading", ["TIN BUỒN", "CÁO PHÓ"])
def test_a_notice_heading_is_the_headline(heading):
    assert lay(NOTICE.format(heading=heading)).title == heading


def test_a_notice_heading_over_the_date_is_the_headline():
    # "TIN BUỒN" over the date, under the outlet's section: short as an outlet's name, it is the notice's headline
    text = NOTICE.format(heading="").replace("05/11/2025 - 08:15\n", "TIN BUỒN\n\nCập nhật lúc: 08:15, 05/11/2025\n")
    assert lay(text).title == "TIN BUỒN"
