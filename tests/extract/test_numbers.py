import re

import pytest

from partykg.extract.numbers import find_periods, parse_number


@pytest.mark.parametrize("text, value", [
    ("1.318", 1318), ("3.642", 3642), ("04", 4), ("600", 600), ("39,66", "39.66"), ("107,5", "107.5"),
    ("12.345.678", 12345678), ("100,0", 100), ("1,1 nghìn", 1100), ("3,45 ngàn", 3450), ("2 nghìn", 2000),
])
def test_vietnamese_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text, period", [
    ("Trong giai đoạn 2016 - 2021, Đảng bộ", ("2016", "2021")),
    ("nhiệm kỳ 2025-2030", ("2025", "2030")),
    ("từ năm 2019 đến nay", ("2019", None)),
    ("Năm 2018 đến nay", ("2018", None)),
    ("Từ đầu năm 2017 đến nay", ("2017", None)),
    ("6 tháng đầu năm 2023", ("2023", "2023-06-30")),
    ("Đến năm 2030, xã phấn đấu", (None, "2030")),
    ("từ năm 2021 đến năm 2024", ("2021", "2024")),
    ("2 tháng đầu năm 2024", ("2024", "2024-02-29")),
    ("Năm 2019, toàn tỉnh", ("2019", "2019")),
    ("3 năm gần đây", (None, None)),
    ("từ năm 2011 đến năm 2015", ("2011", "2015")),
    ("Từ ngày 15/3/2024 đến nay, chi bộ", ("2024-03-15", None)),
    ("từ tháng 9/2023 đến nay", ("2023-09-01", None)),
    ("Từ ngày 15/3/2024, chi bộ", ("2024-03-15", "2024-03-15")),  # no "đến nay": that day
    ("Số liệu đến 31/10/2025 do Văn phòng tổng hợp", ("2025", "2025-10-31")),  # the day a report's data run to
])
def test_periods(text, period):
    found = find_periods(text)
    assert [(p.begin, p.until) for p in found] == [period]


def test_term_since_takes_the_year_of_the_term_named_in_the_sentence():
    text = "Từ đầu nhiệm kỳ đến nay, chi bộ kết nạp 3 đảng viên, vượt chỉ tiêu nhiệm kỳ 2020-2025."
    first = find_periods(text)[0]
    assert (first.begin, first.until) == ("2020", None)


def test_a_count_is_not_a_period_and_one_day_is_that_date_twice():
    found = find_periods("Ngày 05/02/2018, chi bộ có 2018 hồ sơ.")
    assert [(p.begin, p.until) for p in found] == [("2018-02-05", "2018-02-05")]


def test_from_the_start_of_a_named_term():
    found = find_periods("Từ đầu nhiệm kỳ 2020-2025 đến nay, Đảng ủy xã kết nạp 32 đảng viên.")
    assert [(p.begin, p.until) for p in found] == [("2020", None)]


def test_from_the_start_of_a_term_to_the_end_of_a_month():
    found = find_periods("Tính từ đầu nhiệm kỳ 2015 - 2020 tới hết tháng 8/2018, chi bộ thôn kết nạp 7 người.")
    assert [(p.begin, p.until) for p in found] == [("2015", "2018-08-31")]
    found = find_periods("Nhiệm kỳ 2015 - 2020 bắt đầu. Từ đầu nhiệm kỳ đến cuối tháng 3/2017, xã kết nạp 9 người.")
    assert [(p.begin, p.until) for p in found] == [("2015", "2020"), ("2015", "2017-03-31")]


def test_from_the_start_of_a_term_the_text_does_not_name_to_a_month_reads_from_that_years_start():
    # no term named anywhere: "đến hết tháng 6/2023" still bounds the count, from the start of 2023
    found = find_periods("Từ đầu nhiệm kỳ đến hết tháng 6/2023, Chi bộ khu phố 4 kết nạp 5 người.")
    assert [(p.begin, p.until) for p in found] == [("2023", "2023-06-30")]


def test_years_ago_written_in_words():
    found = find_periods("Cách đây bốn năm, tổ đảng mới có 6 người.", 0, None, "2023")
    assert [(p.begin, p.until) for p in found] == [("2019", "2019")]

PERIODS_TEXT = ("Sáu tháng đầu năm 2024, tính đến ngày 30/6/2024, từ đầu năm đến nay, trong 9 tháng qua "
                "và quý II năm 2023; giai đoạn 2020 - 2025, từ năm 2015 đến năm 2020, năm 2021 đến nay, "
                "những năm qua, Ngày 3-2, sáng 20/6, đến tháng 6/2020, từ đầu nhiệm kỳ đến nay, nhiệm kỳ "
                "2020-2025; từ ngày 1/7/2025 đến nay, tháng 5 năm 2018, 4 tháng đầu năm, năm học 2021-2022.")


def test_period_matches_are_those_of_the_alternation():
    from partykg.extract.numbers import PERIOD_SOURCES, _period_matches
    alternation = re.compile("|".join(PERIOD_SOURCES.values()))

    def found(matches):  # what find_periods reads of a match: its span, its kind and the groups that matched
        return [(m.span(), m.lastgroup, {k: v for k, v in m.groupdict().items() if v is not None}) for m in matches]

    text = PERIODS_TEXT
    assert len(found(alternation.finditer(text))) >= 15
    for start in range(0, len(text), 7):
        for end in (start + 9, start + 40, len(text)):
            assert found(_period_matches(text, start, end)) == found(alternation.finditer(text, start, end))


def test_small_counts_written_in_words():
    assert [parse_number(w) for w in ("hai mươi ba", "mười", "mười lăm", "ba mươi mốt", "bốn mươi tư", "Bảy")] == \
        [23, 10, 15, 31, 44, 7]


@pytest.mark.parametrize("text, month, begin, until", [
    ("đến cuối tháng 10 đã kết nạp", None, "2025", "2025-10-31"),  # a part of the article's year
    ("Từ tháng 7 vừa qua, Đảng bộ", None, "2025-07-01", None),  # since that month, no end stated
    ("từ tháng 7 đến nay", None, "2025-07-01", None),
    ("kết nạp trong tháng 8", None, "2025-08-01", "2025-08-31"),  # one month of the article's year
    ("lễ kết nạp tháng 7 vừa qua", None, "2025-07-01", "2025-07-31"),
    ("5 tháng qua kết nạp", 12, "2025-07-01", "2025-11-30"),  # counted back from the article's month
    ("9 tháng qua kết nạp", 10, "2025", "2025-09-30"),  # the year's first nine months, as before
    ("9 tháng qua kết nạp", None, "2025", "2025-09-30"),
])
def test_months_without_a_year_and_months_past(text, month, begin, until):
    found = find_periods(text, 0, None, "2025", month)
    assert [(p.begin, p.until) for p in found] == [(begin, until)]


def test_a_month_with_its_year_is_read_as_written():
    assert [(p.begin, p.until) for p in find_periods("trong tháng 8/2024", 0, None, "2025")] == \
        [("2024-08-01", "2024-08-31")]


@pytest.mark.parametrize("text, begin, until", [
    ("6 tháng cuối năm 2023, chi bộ kết nạp 3 đảng viên", "2023-07-01", "2023-12-31"),
    ("Nửa cuối năm, chi bộ kết nạp 3 đảng viên", "2024-07-01", "2024-12-31"),
    ("Nửa đầu năm, chi bộ kết nạp 3 đảng viên", "2024", "2024-06-30"),
    ("năm tháng đầu năm 2023 chi bộ kết nạp 3 đảng viên", "2023", "2023-05-31"),  # five, in words
    ("Năm tháng đầu năm, chi bộ kết nạp 3 đảng viên", "2024", "2024-05-31"),
    ("Cách đây 4 năm, chi bộ chỉ có 6 đảng viên", "2020", "2020"),
])
def test_the_last_months_halves_and_years_ago(text, begin, until):
    found = find_periods(text, year="2024")
    assert [(p.begin, p.until) for p in found] == [(begin, until)]


@pytest.mark.parametrize("text, value", [
    ("hai nghìn một trăm sáu mươi", 2160), ("ba nghìn không trăm linh năm", 3005), ("năm nghìn", 5000),
    ("Một ngàn hai trăm", 1200), ("bốn nghìn không trăm mười hai", 4012),
])
def test_thousands_in_words(text, value):
    assert parse_number(text) == value
