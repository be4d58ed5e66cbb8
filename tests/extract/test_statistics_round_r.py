"""Statistics in forms a reading of synthetic-r showed the extractor missed or misread (sentences written for the
tests: people invented, real administrative units)."""
from _fixture import stats


def test_a_list_item_led_by_its_verb(nlp):
    # a report's numbered items leave the subject out and open with the verb, in capitals
    found = stats(nlp, "6 tháng đầu năm 2024, toàn Đảng bộ huyện Đức Cơ có 4.210 đảng viên.\n"
                       "2. Kết nạp 112 đảng viên, đạt 56% kế hoạch năm.\n"
                       "- Kết nạp từ 250 đảng viên trở lên trong năm 2025.")
    assert ("Đảng bộ huyện Đức Cơ", "NewMembers", 112, "2024", "2024-06-30") in found
    assert ("Đảng bộ huyện Đức Cơ", "AdmissionTarget", 250, "2025", "2025") in found
