"""A decimal figure among the parts of a count (found by mypy: summing it with the counts raised a TypeError
and the whole article failed at extract)."""
from _fixture import stats


def test_a_decimal_figure_in_a_breakdown_within_the_sentence_is_no_part_of_the_count(nlp):
    assert stats(nlp, "Năm 2023, Đảng bộ huyện Can Lộc kết nạp 74 đảng viên, trong đó xã Xuân An 12,5, "
                      "xã Yên Lạc 8, xã Thạch Hà 9.") == {("Đảng bộ huyện Can Lộc", "NewMembers", 74, "2023", "2023")}


def test_a_decimal_figure_in_the_breakdown_sentence_after_a_count_is_no_part_of_it(nlp):
    assert stats(nlp, "Năm 2023, Đảng bộ huyện Can Lộc kết nạp 74 đảng viên. Trong đó, xã Xuân An 12,5, "
                      "xã Yên Lạc 8, xã Thạch Hà 9.") == {("Đảng bộ huyện Can Lộc", "NewMembers", 74, "2023", "2023")}


def test_whole_figures_in_the_breakdown_still_count(nlp):
    found = stats(nlp, "Năm 2023, Đảng bộ huyện Can Lộc kết nạp 74 đảng viên, trong đó xã Xuân An 12, "
                       "xã Yên Lạc 8, xã Thạch Hà 9.")
    assert ("Đảng bộ huyện Can Lộc", "NewMembers", 74, "2023", "2023") in found
    assert {(o, v) for o, m, v, *_ in found if m == "NewMembers" and v != 74} == {
        ("Đảng bộ xã Xuân An", 12), ("Đảng bộ xã Yên Lạc", 8), ("Đảng bộ xã Thạch Hà", 9)}
