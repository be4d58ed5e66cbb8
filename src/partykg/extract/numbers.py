"""Vietnamese numbers and periods: "1.318" -> 1318, "39,66" -> "39.66",
"giai đoạn 2015 - 2020" -> ("2015", "2020"), "4 tháng đầu năm 2022" ->
("2022", "2022-04-30"), "ngày 12-9-2019" -> ("2019-09-12", "2019-09-12"),
"tính đến ngày 30/6/2016" -> ("2016", "2016-06-30"), "từ năm 2020 đến hết tháng 5/2024" -> ("2020", "2024-05-31"),
"đến năm 2025" -> (None, "2025"),
"từ 1/7 đến 13/11/2025" -> ("2025-07-01", "2025-11-13"), "từ ngày 1/8/2025 đến hết tháng 10/2025" ->
("2025-08-01", "2025-10-31"),
"quý I/2021" -> ("2021", "2021-03-31"),
"đến tháng 6/2020" -> ("2020", "2020-06-30"), "năm học 2021-2022" -> ("2021", "2022").

The forms follow the annotation conventions (shared/gold/README.md): a part of a
year starts with the year, one day is that date twice, "đến nay" has no end (also
after a day or a month: "từ ngày 1/7/2025 đến nay"). A period that names no year
("6 tháng đầu năm", "từ đầu năm đến nay", "ngày 3-2") takes the article's year when
the caller knows it, else gives no years.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from partykg.extract.text import FirstMatch, required_literals

# Thousands are grouped with "." and decimals written with "," in Vietnamese; national figures in
# millions ("5,6 triệu đảng viên"), a province's or a city's in thousands ("1,1 nghìn", "3,4 ngàn": the
# press rounds large counts so).
NUMBER = r"\d+(?:,\d+)? (?:triệu|nghìn|ngàn)(?![\w])|\d{1,3}(?:\.\d{3})+(?!\d)|\d+(?:,\d+)?"
_MILLION = " triệu"
_THOUSAND = re.compile(r"(\d+)(?:,(\d+))? (?:nghìn|ngàn)")
# Small counts written in words ("hai mươi ba chi bộ", "mười lăm đảng viên"), 1 to 99. A lone "năm" (five) is
# left out: it is also "year", but before the members it counts ("kết nạp năm đảng viên") it is five (no period word
# before it: "hằng năm đảng viên"). In a ten's place "mốt" is 1, "tư" 4, "lăm"/"nhăm" 5.
_DIGIT_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
_UNIT_WORDS = {**_DIGIT_WORDS, "mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
_TENS = "|".join(w for w in _DIGIT_WORDS if w != "một")
_ONES = "|".join(sorted(_UNIT_WORDS, key=len, reverse=True))
WORD_NUMBER = (rf"(?i:(?:{_TENS}) mươi(?: (?:{_ONES}))?|mười(?: (?:{_ONES}))?"
               rf"|(?:{'|'.join(w for w in _DIGIT_WORDS if w != 'năm')})"
               rf"|(?<!hằng )(?<!hàng )(?<!mỗi )(?<!cuối )(?<!đầu )(?<!giữa )(?<!trong )(?<!cả )(?<!của )(?<!nhiều )"
               rf"(?<!các )(?<!năm )năm(?= (?:đảng viên|quần chúng)(?![\w])))(?![\w])")
_WORD_NUMBER = re.compile(WORD_NUMBER)
# and hundreds ("ba trăm mười hai" 312, "một trăm linh năm" 105, "năm trăm" 500: "năm" before "trăm" is five), as a
# broadcast's transcript writes a count to be read out; WORD_COUNT is either
_HUNDRED_WORDS = "|".join(_DIGIT_WORDS)
WORD_HUNDREDS = (rf"(?i:(?:{_HUNDRED_WORDS}) trăm(?: (?:linh|lẻ) (?:{_ONES})(?![\w])"
                 rf"| (?:(?:{_TENS}) mươi(?: (?:{_ONES}))?|mười(?: (?:{_ONES}))?)(?![\w]))?)(?![\w])")
# and thousands ("hai nghìn một trăm sáu mươi" 2160, "ba nghìn không trăm linh năm" 3005), a ward's or a district's
# membership read out
_TENS_AND_ONES = rf"(?:{_TENS}) mươi(?: (?:{_ONES}))?|mười(?: (?:{_ONES}))?"
WORD_THOUSANDS = (rf"(?i:(?:{_HUNDRED_WORDS}) (?:nghìn|ngàn)"
                  rf"(?: (?:không trăm (?:(?:linh|lẻ) (?:{_ONES})|{_TENS_AND_ONES})(?![\w])|{WORD_HUNDREDS}))?)"
                  rf"(?![\w])")
WORD_COUNT = rf"{WORD_THOUSANDS}|{WORD_HUNDREDS}|{WORD_NUMBER}"
_WORD_HUNDREDS = re.compile(WORD_HUNDREDS)
_WORD_THOUSANDS = re.compile(WORD_THOUSANDS)


def _parse_words(text: str) -> int:
    """'hai mươi ba' -> 23, 'mười lăm' -> 15, 'bảy' -> 7."""
    words = text.lower().split()
    if words[0] == "mười":
        return 10 + (_UNIT_WORDS[words[1]] if len(words) > 1 else 0)
    if len(words) > 1:  # "<d> mươi [<u>]"
        return 10 * _DIGIT_WORDS[words[0]] + (_UNIT_WORDS[words[2]] if len(words) > 2 else 0)
    return _DIGIT_WORDS[words[0]]


def parse_number(text: str) -> int | str:
    """'1.318' -> 1318, '04' -> 4, '39,66' -> '39.66' (a decimal string), '5,6 triệu' -> 5600000, '1,1 nghìn' -> 1100,
    'hai mươi mốt' -> 21."""
    text = text.strip()
    if _WORD_THOUSANDS.fullmatch(text):
        thousands, rest = re.split(r"(?i) (?:nghìn|ngàn)", text, maxsplit=1)
        rest = rest.strip().lower()
        below: int | str
        if rest.startswith("không trăm "):
            rest = rest.removeprefix("không trăm ").removeprefix("linh ").removeprefix("lẻ ")
            below = _UNIT_WORDS[rest] if rest in _UNIT_WORDS else _parse_words(rest)
        else:
            below = parse_number(rest) if rest else 0
        return 1000 * _DIGIT_WORDS[thousands.lower()] + int(below)
    if _WORD_NUMBER.fullmatch(text) or text.lower() == "năm":
        return _parse_words(text)
    if _WORD_HUNDREDS.fullmatch(text):
        hundreds, _, rest = text.lower().partition(" trăm")
        rest = rest.strip().removeprefix("linh ").removeprefix("lẻ ")
        return 100 * _DIGIT_WORDS[hundreds] + (_UNIT_WORDS[rest] if rest in _UNIT_WORDS else
                                               _parse_words(rest) if rest else 0)
    thousands = _THOUSAND.fullmatch(text)
    if thousands:
        return int(thousands[1]) * 1000 + (int((thousands[2] or "").ljust(3, "0")[:3]) if thousands[2] else 0)
    if text.endswith(_MILLION):
        whole, _, frac = text[:-len(_MILLION)].partition(",")
        return int(whole) * 10**6 + (int(frac.ljust(6, "0")[:6]) if frac else 0)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return int(text.replace(".", ""))
    if "," in text:
        whole, frac = text.split(",", 1)
        frac = frac.rstrip("0")
        return f"{int(whole)}.{frac}" if frac else int(whole)
    return int(text)


@dataclass(frozen=True)
class Period:
    start: int  # offsets in the text of the expression
    end: int
    begin: str | None  # "2015" or "2022-01-01"
    until: str | None
    kind: str = ""  # the pattern that read it ("months", "day", "as_of", ...)


YEAR = r"(?:19|20)\d{2}"
DASH = r"\s*[-–—]\s*"
# Small counts written as words, of months or of years: "Sáu tháng đầu năm", "cách đây bốn năm" ("năm", five, is left
# out: it is also "year").
COUNT_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
               "mười": 10, "mười một": 11, "mười hai": 12}
_SMALL_COUNT = r"\d{1,2}|" + "|".join(sorted(COUNT_WORDS, key=len, reverse=True))
# a day and month with an optional year: "12-9-2019", "30/6", "01 tháng 4 năm 2015", "16.7"
_DMY = (rf"(?P<d>\d{{1,2}})(?:[/.-](?P<m>\d{{1,2}})(?:[/.-](?P<y>{YEAR}))?(?![\d/.-]\d)"
        rf"| tháng (?P<m2>\d{{1,2}})(?: năm (?P<y2>{YEAR}))?)")
# a full date of a founding, merger or consolidation: "thành lập ngày 1/7/2025", "kiện toàn từ ngày 15/7/2025"
_EVENT_DATE = rf"(?P<ed>\d{{1,2}})[/.-](?P<em>\d{{1,2}})[/.-](?P<ey>{YEAR})(?![\d/.-]\d)"
_EVENT_DAY = re.compile(rf"(?<![\w])(?:thành lập|hợp nhất|sáp nhập|kiện toàn|đi vào hoạt động)(?: [^.;:\d()]{{0,30}}?)?"
                        rf" \(?(?:từ )?(?:ngày )?{_EVENT_DATE}")
# "từ năm 2020 đến", "từ đầu năm 2021 tới": the start of a period that ends on a day or with a month
_FROM_YEAR = rf"(?:[Tt]ính )?[Tt]ừ (?:đầu )?năm (?P<y0>{YEAR}) (?:đến|tới)"
_FROM_TERM = rf"(?P<t>[Tt]ừ đầu nhiệm kỳ)(?: (?P<ta>{YEAR}){DASH}{YEAR})? (?:đến|tới)"
_PATTERNS: list[tuple[str, str]] = [
    # "từ ngày 1/7/2025 đến nay", "từ tháng 7/2025 đến nay": from that day or month, the end is not stated
    ("day_since", rf"[Tt]ừ (?:sau )?(?:ngày )?{_DMY} (?:đến|tới) nay"),
    # "từ 1/7 đến 13/11/2025", "từ ngày 1/1 đến ngày 30/6/2024": from one day to another (the year of the
    # first from the second when it has none); in brackets after a table's column heading: "(1/1 - 20/10/2024)"
    ("day_range", rf"(?:[Tt]ừ (?:ngày )?|(?<=\())(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})(?:[/.-](?P<y>{YEAR}))?"
                  rf"(?: (?:đến|tới) (?:hết )?(?:ngày )?| [-–] )"
                  rf"(?P<d2>\d{{1,2}})[/.-](?P<m2>\d{{1,2}})[/.-](?P<y2>{YEAR})(?![\d/.-]\d)"),
    # "từ ngày 1/8/2025 đến hết tháng 10/2025": from one day to the last day of a month (the year of the first
    # from the month's when it has none)
    ("day_to_month", rf"[Tt]ừ (?:ngày )?(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})(?:[/.-](?P<y>{YEAR}))?"
                     rf" (?:đến|tới) (?:hết |cuối )?tháng (?P<m2>\d{{1,2}})(?: năm |/)(?P<y2>{YEAR})"),
    # "từ ngày 1/7/2025, ...": a flow on that day; a stock is not dated by it (it holds from that day on)
    ("day_from", rf"[Tt]ừ (?:ngày )?(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>{YEAR})(?![\d/.-]\d)"),
    # "từ tháng 4 đến hết tháng 9/2024", "từ tháng 3/2024 đến tháng 8/2024": from the first day of one month to the
    # last day of another (the year of the first from the second's when it has none)
    ("month_range", rf"[Tt]ừ tháng (?P<m>\d{{1,2}})(?:(?: năm |/)(?P<y>{YEAR}))? (?:đến|tới) (?:hết |cuối )?"
                    rf"tháng (?P<m2>\d{{1,2}})(?: năm |/)(?P<y2>{YEAR})"),
    ("month_since", rf"[Tt]ừ tháng (?P<m>\d{{1,2}})(?: năm |/)(?P<y>{YEAR}) (?:đến|tới) nay"),
    # "Từ tháng 7 vừa qua, ...", "từ tháng 7 đến nay": since that month of the article's year, the end not stated
    ("month_since_of_year", r"[Tt]ừ tháng (?P<m>\d{1,2})(?![\d/])(?! năm) (?:vừa qua|(?:đến|tới) nay|trở lại đây)"),
    # "tính đến ngày 12-9-2019", "tính đến 30/6": from the start of that year to that day; "từ (đầu) năm 2021
    # đến ngày 30/6/2025": from the start of the year named
    # "từ đầu nhiệm kỳ đến 30/6/2023": from the start of the term (named there, else the last one named before)
    ("as_of", rf"(?:(?:[Tt]ính (?:đến|tới)|(?:[Tt]ính )?[Tt]ừ đầu năm (?:đến|tới)|{_FROM_YEAR}|{_FROM_TERM})"
              rf" (?:hết )?(?:ngày )?"
              rf"|[Đđ]ến (?:hết )?ngày |(?<=\()đến (?=\d{{1,2}}/\d{{1,2}}/{YEAR}\))"
              # "Số liệu đến 31/10/2025": the day a report's figures are counted up to; "Tổng số đảng viên đến
              # 31/3/2024: N": the day a label's total is counted on
              rf"|(?:(?<=[Ss]ố liệu )|(?<=đảng viên )|(?<=ĐV ))đến (?=\d{{1,2}}/\d{{1,2}}/{YEAR})"
              # "Đến 30/6/2023, Đảng bộ có ...", "toàn Đảng bộ huyện đến 31/5/2022 là ...": up to a full date
              rf"|(?<![\w])[Đđ]ến (?:hết )?(?=\d{{1,2}}/\d{{1,2}}/{YEAR}(?![\d/]))){_DMY}"),
    # "(tại thời điểm 30/6/2025): Đảng bộ A có ...": the day a stock is counted
    ("at_moment", rf"(?:[Tt]ại )?[Tt]hời điểm (?:ngày )?(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>{YEAR})"
                  rf"(?![\d/.-]\d)"),
    # "đến tháng 6/2020", "tính đến hết tháng 9 năm 2021": from the start of that year to the end of that month;
    # "từ năm 2020 đến hết tháng 5/2024": from the start of the year named
    # "từ đầu nhiệm kỳ 2015 - 2020 tới cuối tháng 8/2018": from the start of the term (as "as_of")
    ("as_of_month", rf"(?:(?:[Tt]ính )?[Đđ]ến|{_FROM_YEAR}|{_FROM_TERM}) (?:hết |cuối )?tháng (?P<m>\d{{1,2}})"
                    rf"(?: năm |/)(?P<y>{YEAR})"),
    # "đến cuối tháng 10 đã kết nạp ...", "tính đến hết tháng 9": the same in the article's year
    ("as_of_month_of_year", r"(?:[Tt]ính )?[Đđ]ến (?:hết |cuối )?tháng (?P<m>\d{1,2})(?![\d/])(?! năm)"),
    # "quý I/2021", "quý II năm 2022": a quarter (the first one starts with the year, as a part of a year); a headline
    # in capitals writes "QUÝ III/2025"
    ("quarter", rf"(?:[Qq]uý|QUÝ) (?P<q>IV|III|II|I|[1-4])(?:/| năm | NĂM )(?P<y>{YEAR})"),
    # "Trong quý III, ...", "Quý III vừa qua": a quarter of the article's year
    ("quarter_of_year", r"(?<![\w])(?:[Tt]rong |[Cc]ũng trong )?[Qq]uý (?P<q>IV|III|II|I)(?![\w/-])"
                        r"(?! ?[-–]? ?(?:năm )?(?:19|20)\d\d)"),
    # "4 tháng đầu năm 2022", "Sáu tháng đầu năm", "nửa đầu năm" (the year from the article); "năm tháng đầu năm 2024":
    # five, before the months of the year's start (not "những năm tháng": years and months, time)
    ("months", rf"(?<![\w])(?:(?P<n>(?i:{_SMALL_COUNT})) tháng|(?P<h>[Nn]ửa)"
               rf"|(?<!những )(?<!các )(?P<f>[Nn]ăm) tháng(?= đầu năm)) (?:đầu năm(?: (?P<y>{YEAR}))?"
               rf"|năm (?P<y2>{YEAR}))"),
    # "6 tháng cuối năm 2024", "nửa cuối năm": the last months of the year
    ("months_late", rf"(?<![\w])(?:(?P<n>(?i:{_SMALL_COUNT})) tháng|(?P<h>[Nn]ửa)) cuối năm(?: (?P<y>{YEAR}))?"),
    # "Cách đây 5 năm, chi bộ chỉ có 4 đảng viên": the year that many years before the article's
    # (the number in words too: "cách đây bốn năm")
    ("years_ago", rf"(?<![\w])[Cc]ách đây (?P<n>{_SMALL_COUNT}) năm(?! nay| qua)(?![\w])"),
    # "hai tháng 9 và 10/2025", "tháng 7, 8 năm 2024": two months named together, from the first's first day to the
    # second's last; "tháng 11 và 12", "tháng 10 và tháng 11": two months of the article's year (joined by "và" only:
    # "tháng 3, 12 đảng viên" is a month and a count)
    ("month_pair", rf"(?<![\w])[Tt]háng (?P<m>\d{{1,2}})(?:(?: và |, ?)(?P<m2>\d{{1,2}})(?: năm |/)(?P<y>{YEAR})"
                   rf"| và (?:tháng )?(?P<m3>\d{{1,2}})(?![\d/.,]\d))"),
    # "tháng 5 năm 2018", "tháng 5/2018": one month
    ("month", rf"[Tt]háng (?P<m>\d{{1,2}})(?: năm |/)(?P<y>{YEAR})"),
    # "trong tháng 8", "tháng 7 vừa qua": one month of the article's year
    ("month_of_year", r"(?:(?<=[Tt]rong )|(?<=[Vv]ào ))tháng (?P<m>\d{1,2})(?![\d/])(?! năm)"
                      r"|(?<![\w])[Tt]háng (?P<m2>\d{1,2}) vừa qua(?![\w])"),
    # "báo cáo kết quả trước ngày 30/10/2024", "(tính cả số liệu ... trước ngày 1/7)": a deadline or a bound, which
    # dates no count (read so that its day is not read as one)
    ("deadline", rf"(?<![\w])[Tt]rước (?:ngày )?{_DMY}"),
    # "ngày 01 tháng 4 năm 2015", "Ngày 3-2", "ngày 12/9/2019", "Sáng 20/6", "Sáng nay (5/12)" (broadcast news):
    # one day; a full date in brackets, as after a table's column heading ("Đảng viên (31/12/2024)")
    ("day", rf"(?<![\w])(?:(?:[Nn]gày|(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)(?: ngày)?) "
            rf"|(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Hh]ôm) nay \(|(?<=\()(?=\d{{1,2}}/\d{{1,2}}/{YEAR}\))){_DMY}"),
    # "từ (đầu) năm 2021 đến nay", "Năm 2021 đến nay", "từ năm học 2020-2021 đến nay": the end is not stated
    ("since", rf"(?:[Tt]ừ (?:đầu )?)?(?:[Nn]ăm (?:học )?)?(?P<y>{YEAR})(?:{DASH}{YEAR})? (?:đến|tới) nay"),
    # "9 tháng qua", "6 tháng vừa qua" in a report: the first months of the article's year
    ("months_past", rf"(?<![\w])(?P<n>(?i:{_SMALL_COUNT})) tháng (?:vừa )?qua(?![\w])"),
    # "lũy kế 9 tháng kết nạp 22", "nâng tổng số kết nạp 9 tháng lên 138": the running total of the year's first
    # months (the article's year)
    # "Kết nạp 11 tháng: 1.874" (a label of a report's figures), "Kết quả kết nạp 9 tháng của một số đảng bộ xã:" (a
    # table's title)
    ("months_cumulative", rf"(?:(?<=[Ll]ũy kế |[Ll]uỹ kế )|(?<=tổng số kết nạp )"
                          rf"|(?<=[Kk]ết nạp )(?=\w+ tháng(?::| của ))"
                          # "... có kết quả kết nạp đảng viên 9 tháng nổi bật:" (a list's title, its qualifier before
                          # the colon)
                          rf"|(?<=[Kk]ết nạp đảng viên )(?=\w+ tháng(?: [^\W\d]+){{0,3}}:))"
                          rf"(?P<n>(?i:{_SMALL_COUNT})) tháng(?! (?:đầu )?năm)(?![\w])"),
    # "Từ khi phường mới đi vào hoạt động đến nay", "Từ khi kiện toàn đến hết tháng 10/2025": from the day the body was
    # founded, merged or consolidated (written here, "kể từ khi ... hợp nhất (1/7/2025)", or where the text told of it
    # before, "Chi bộ ... được kiện toàn từ ngày 15/7/2025"), to the end stated, if any
    ("since_event", rf"[Tt]ừ khi (?:[^.;,\d()]{{0,40}}? )?(?:thành lập|hợp nhất|sáp nhập|kiện toàn|đi vào hoạt động)"
                    rf"(?:(?:(?: [^.;,\d()]{{0,30}}?)? \((?:ngày )?| (?:từ )?ngày ){_EVENT_DATE}\)?)?"
                    rf"(?: (?:đến|tới) (?:(?P<now>nay)|(?:hết |cuối )?tháng (?P<m>\d{{1,2}})(?: năm |/)(?P<y>{YEAR})"
                    rf"|(?:hết )?(?:ngày )?(?P<d2>\d{{1,2}})[/.-](?P<m2>\d{{1,2}})[/.-](?P<y2>{YEAR})))?(?![\w/])"),
    # "Khi hợp nhất, chi bộ có 26 đảng viên": on the day of the founding, merger or consolidation the text dated before
    ("at_event", r"(?<![\w])(?<!sau )(?<!trước )(?<!từ )[Kk]hi (?:mới )?(?:được )?"
                 r"(?:thành lập|hợp nhất|sáp nhập|kiện toàn)(?![\w])"),
    # "từ đầu năm đến nay", "từ đầu năm kết nạp ...": the article's year, the end is not stated
    ("year_since", rf"[Tt]ừ đầu năm(?! (?:{YEAR}|học))(?: (?:đến|tới) nay)?"),
    # "từ đầu nhiệm kỳ 2020-2025 đến nay", "Tính từ đầu nhiệm kỳ 2020 - 2025, Đảng bộ kết nạp ...": from the start of
    # the term, the end is not stated (a running total of the term, counted when written)
    ("term_named_since", rf"[Tt]ừ đầu nhiệm kỳ (?P<a>{YEAR}){DASH}(?P<b>{YEAR})(?: (?:đến|tới) nay(?![\w])"
                         rf"|(?! ?(?:đến|tới)(?![\w])))"),
    # "Tính chung nhiệm kỳ 2020 - 2025, đến nay ... đã kết nạp 71": the term's running total up to now, no end stated
    ("term_to_now", rf"(?<![\w])[Nn]hiệm kỳ (?P<a>{YEAR}){DASH}{YEAR},? (?:đến|tới) nay(?![\w])"),
    # "từ đầu nhiệm kỳ đến nay" (year taken from a term named in the sentence)
    ("term_since", r"[Tt]ừ đầu nhiệm kỳ (?:đến|tới) nay"),
    # "phấn đấu cả nhiệm kỳ kết nạp ...", "trong nhiệm kỳ này", "đạt 58% chỉ tiêu nhiệm kỳ": the term the article
    # named before (a congress's)
    # "Nhiệm kỳ qua, Đảng bộ xã kết nạp 86 đảng viên": the term just ended, the one named before
    ("term_named_before", r"(?:(?:[Cc]ả|[Tt]rong|[Tt]oàn|[Ss]uốt) |(?<=chỉ tiêu ))nhiệm kỳ(?: này| tới)?"
                          r"(?! ?\(?\d)(?![\w])|(?<![\w])[Nn]hiệm kỳ qua(?![\w])"),
    # "Đầu nhiệm kỳ, Đảng bộ có 46 tổ chức cơ sở đảng": the first year of the term named before (not a start written
    # "từ đầu nhiệm kỳ", nor a baseline "so với đầu nhiệm kỳ")
    ("term_start", r"(?<![\w])(?<!từ )(?<!Từ )(?<!với )[Đđ]ầu nhiệm kỳ(?! ?\(?\d)(?![\w])(?! (?:đến|tới)(?![\w]))"),
    # "giai đoạn 2015 - 2020", "nhiệm kỳ 2020-2025", "(từ 2010 - 2020)", "từ năm 2010 đến năm 2020", "từ năm 2016 đến
    # hết năm 2018" (to that year's end: the whole year)
    ("range", rf"(?:(?:giai đoạn|nhiệm kỳ|[Nn]ăm học|[Tt]ừ năm|[Tt]ừ|[Nn]ăm) )?(?P<a>{YEAR})"
              rf"(?:{DASH}|(?: đến| tới)(?: hết| cuối)?(?: năm)? )(?P<b>{YEAR})"),
    # "Đến năm 2025, huyện phấn đấu ...": a goal's deadline (or a count's end); its start is not stated
    ("by_year", rf"[Đđ]ến (?:hết |cuối )?năm (?P<y>{YEAR})(?!{DASH}{YEAR})"),
    # "2 năm gần đây", "10 năm qua", "những năm qua", "năm qua", "nhiệm kỳ qua": relative, no explicit years
    ("relative", r"(?:(?:\d+|những|nhiều|các) năm|(?<![\w])[Nn]ăm|[Nn]hiệm kỳ)"
                 r" (?:gần đây|qua|trở lại đây|trước)(?![\w])"),
    # "năm 2016", "Năm 2021"
    ("year", rf"[Nn]ăm (?P<y>{YEAR})"),
    # "năm hai nghìn không trăm hai mươi ba" (a transcript's year, written to be read out): that year
    ("year_in_words", rf"[Nn]ăm hai nghìn không trăm (?P<w>(?:linh|lẻ) (?:{_ONES})|{WORD_NUMBER})"),
    # "trong năm đã kết nạp 4 quần chúng", "năm nay kết nạp thêm 6 đồng chí": the article's year
    ("this_year", r"(?<![\w])(?:[Tt]rong năm(?: nay)?|[Nn]ăm nay)(?! (?:19|20)\d\d| hai nghìn)(?! học)(?! năm)"
                  r"(?![\w])"),
]
# each alternative on its own, its groups prefixed with its name inside a group of that name (the match's lastgroup
# is its kind), searched alone: the regex engine skips to an alternative's first literal or class, where an
# alternation of them all is tried at every character; with the strings one of which its every match holds
# (`str.find` rules it out of most sentences), and as a FirstMatch (a third of them open with a look-behind or an
# optional part, which the engine tries at every character of a sentence; the same first match)
PERIOD_SOURCES = {name: f"(?P<{name}>{pat.replace('(?P<', f'(?P<{name}_')})" for name, pat in _PATTERNS}
_ALTERNATIVES = [(FirstMatch(rx), required_literals(rx)) for rx in map(re.compile, PERIOD_SOURCES.values())]


@lru_cache(maxsize=4)
def _live_alternatives(text: str) -> tuple[list[tuple[FirstMatch, tuple[str, ...] | None]], list[str]]:
    """The alternatives that can match somewhere in `text` (about half: the others' gate strings do
    not occur in it), and their gate strings, each once. Cached for the text's next sentences."""
    live = [(rx, gate) for rx, gate in _ALTERNATIVES if gate is None or any(g in text for g in gate)]
    return live, sorted({g for _rx, gate in live for g in gate or ()})


def _period_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of the alternation of PERIOD_SOURCES, as its `finditer(text, start, end)` gives them, in a
    fourth of the time: the alternation's next match starts where the first of its alternatives' next matches
    starts, and is the first alternative's match there (every alternative matches a few characters at least):
    the same span, lastgroup and named groups that matched."""
    alternatives, gate_strings = _live_alternatives(text)
    present = {g for g in gate_strings if text.find(g, start, end) >= 0}
    nexts = [rx.search(text, start, end) if gate is None or not present.isdisjoint(gate) else None
             for rx, gate in alternatives]
    while True:
        at = min((n.start() for n in nexts if n is not None), default=None)
        if at is None:
            return
        # the alternation tries its alternatives in order: the first whose next match starts at `at` (one that can
        # match there has its next match there) gives the alternation's match
        m = next(n for n in nexts if n is not None and n.start() == at)
        yield m
        nexts = [n if n is None or n.start() >= m.end() else rx.search(text, m.end(), end)
                 for n, (rx, _gate) in zip(nexts, alternatives)]


def _date(y: int, m: int, d: int) -> str | None:
    if 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]:
        return f"{y}-{m:02d}-{d:02d}"
    return None


def _day(g: dict, year: str | None) -> str | None:
    """The ISO date of a day-month(-year) match, the year from the article when not written."""
    y = g.get("y") or g.get("y2") or year
    m = g.get("m") or g.get("m2")
    if not (y and m):
        return None
    return _date(int(y), int(m), int(g["d"]))


# (a report's section heading in capitals names a term too: "II. MỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2025 - 2030")
_TERM = re.compile(rf"(?:[Nn]hiệm kỳ|NHIỆM KỲ) ({YEAR}){DASH}({YEAR})")


def _last_term(text: str, at: int) -> tuple[str, str] | None:
    """The years of the last term the text named before `at` (a congress's: "nhiệm kỳ 2020 - 2025")."""
    terms = _TERM.findall(text, 0, at)
    return terms[-1] if terms else None


def _term_before(text: str, start: int, end: int, at: int) -> str | None:
    """The first year of the term a "từ đầu nhiệm kỳ" counts from: the term its sentence [start, end) names,
    else the last one the text named before it ("Đại hội ... nhiệm kỳ 2020 - 2025. ... từ đầu nhiệm kỳ đến nay")."""
    term = _TERM.search(text, start, end)
    if term is None:
        before = _last_term(text, at)
        return before[0] if before else None
    return term[1]


def _months_before(y: int, month: int, n: int) -> tuple[str, str]:
    """The n whole months of year y before `month` (n < month - 1): their first and last days."""
    return month_period(y, month - n)[0], month_period(y, month - 1)[1]


def _event_day(text: str, at: int) -> str | None:
    """The day of the last founding, merger or consolidation the text dated before `at`."""
    found = None
    for found in _EVENT_DAY.finditer(text, 0, at):
        pass
    return _date(int(found["ey"]), int(found["em"]), int(found["ed"])) if found else None


def month_period(y: int, mo: int) -> tuple[str, str]:
    """One month of year y: its first and last days."""
    return f"{y}-{mo:02d}-01", f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"


def quarter_period(y: int, q: str) -> tuple[str, str]:
    """Quarter q ("I".."IV" or "1".."4") of year y; the first one starts with the year, as a part of a year."""
    n = {"I": 1, "II": 2, "III": 3, "IV": 4}.get(q) or int(q)
    last = f"{y}-{3 * n:02d}-{calendar.monthrange(y, 3 * n)[1]:02d}"
    return (str(y) if n == 1 else f"{y}-{3 * n - 2:02d}-01"), last


def find_periods(text: str, start: int = 0, end: int | None = None, year: str | None = None,
                 month: int | None = None) -> list[Period]:
    """Every period expression in text[start:end], longest match first, left to right.

    `year` is the article's year, for expressions that name none; `month` the month of the article's date, when
    known ("5 tháng qua" in December counts back from November)."""
    end = len(text) if end is None else end
    out: list[Period] = []
    for m in _period_matches(text, start, end):
        kind = m.lastgroup
        assert kind is not None  # every alternative is a named group (PERIOD_SOURCES)
        g = {k[len(kind) + 1:]: v for k, v in m.groupdict().items() if v and k.startswith(kind + "_")}

        def add(begin, until):
            out.append(Period(m.start(), m.end(), begin, until, kind))

        if kind == "months_late":
            count = 6 if g.get("h") else int(g["n"]) if g["n"].isdigit() else COUNT_WORDS.get(g["n"].lower(), 0)
            y = g.get("y") or year
            if y and 1 <= count <= 12:
                add(f"{y}-{13 - count:02d}-01", f"{y}-12-31")
        elif kind == "years_ago":
            if year:
                n = g["n"].lower()
                y = str(int(year) - (int(n) if n.isdigit() else COUNT_WORDS[n]))
                add(y, y)
        elif kind in ("months", "months_past", "months_cumulative"):
            n = (g.get("n") or ("5" if g.get("f") else "6")).lower()  # "nửa đầu năm": the first six months
            n = int(n) if n.isdigit() else COUNT_WORDS.get(n, 0)
            y = g.get("y") or g.get("y2") or year
            if kind == "months_past" and y and month and n < month - 1:
                # "the past N months" that the year's first N months end too long before the article: the N whole
                # months before its month ("5 tháng qua" on 12/12: July to November)
                add(*_months_before(int(y), month, n))
            elif 1 <= n <= 12:
                if y:
                    add(y, f"{y}-{n:02d}-{calendar.monthrange(int(y), n)[1]:02d}")
                else:
                    add(None, None)
        elif kind == "quarter":
            add(*quarter_period(int(g["y"]), g["q"]))
        elif kind == "quarter_of_year":
            if year:
                add(*quarter_period(int(year), g["q"]))
        elif kind == "month_pair":
            y = int(g.get("y") or year or 0)
            mo, mo2 = int(g["m"]), int(g.get("m2") or g["m3"])
            if y and 1 <= mo < mo2 <= 12:
                add(month_period(y, mo)[0], month_period(y, mo2)[1])
        elif kind == "month":
            y, mo = int(g["y"]), int(g["m"])
            if 1 <= mo <= 12:
                add(*month_period(y, mo))
        elif kind in ("day", "day_from", "at_moment"):
            day = _day(g, year)
            if day:
                add(day, day)
        elif kind == "day_since":
            day = _day(g, year)
            if day:
                add(day, None)
        elif kind == "day_range":
            first_day = _day({"d": g["d"], "m": g["m"], "y": g.get("y") or g["y2"]}, year)
            last_day = _day({"d": g["d2"], "m": g["m2"], "y": g["y2"]}, year)
            if first_day and last_day and first_day <= last_day:
                add(first_day, last_day)
        elif kind == "day_to_month":
            first_day = _day({"d": g["d"], "m": g["m"], "y": g.get("y") or g["y2"]}, year)
            y2, mo2 = int(g["y2"]), int(g["m2"])
            last_day = month_period(y2, mo2)[1] if 1 <= mo2 <= 12 else None
            if first_day and last_day and first_day <= last_day:
                add(first_day, last_day)
        elif kind == "month_range":
            y, y2, mo, mo2 = int(g.get("y") or g["y2"]), int(g["y2"]), int(g["m"]), int(g["m2"])
            if 1 <= mo <= 12 and 1 <= mo2 <= 12 and (y, mo) <= (y2, mo2):
                add(month_period(y, mo)[0], month_period(y2, mo2)[1])
        elif kind == "month_of_year":
            mo = int(g.get("m") or g["m2"])
            if year and 1 <= mo <= 12:
                add(*month_period(int(year), mo))
        elif kind == "month_since_of_year":
            mo = int(g["m"])
            if year and 1 <= mo <= 12:
                add(f"{year}-{mo:02d}-01", None)
        elif kind == "as_of_month_of_year":
            mo = int(g["m"])
            if year and 1 <= mo <= 12:
                add(year, f"{year}-{mo:02d}-{calendar.monthrange(int(year), mo)[1]:02d}")
        elif kind == "month_since":
            y, mo = int(g["y"]), int(g["m"])
            if 1 <= mo <= 12:
                add(f"{y}-{mo:02d}-01", None)
        elif kind == "as_of_month":
            y, mo = int(g["y"]), int(g["m"])
            # (a term the text does not name: from the start of that year, as "đến hết tháng M/Y" reads)
            first = (g.get("ta") or _term_before(text, start, end, m.start()) or str(y)) if g.get("t") \
                else g.get("y0", str(y))
            if 1 <= mo <= 12 and first and int(first[:4]) <= y:
                add(first[:4], f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}")
        elif kind == "as_of":
            day = _day(g, year)
            first = (g.get("ta") or _term_before(text, start, end, m.start())) if g.get("t") else g.get("y0", day)
            if day and first and first[:4] <= day[:4]:
                add(first[:4], day)
        elif kind == "since":
            add(g["y"], None)
        elif kind == "year_since":
            add(year, None)
        elif kind == "term_named_since":
            add(g["a"], None)
        elif kind == "term_to_now":
            add(g["a"], None)
        elif kind == "term_since":
            add(_term_before(text, start, end, m.start()), None)
        elif kind == "term_named_before":
            term = _last_term(text, m.start())
            if term:
                add(*term)
        elif kind == "term_start":
            term = _last_term(text, m.start())
            if term:
                add(term[0], term[0])
        elif kind == "range":
            if int(g["a"]) <= int(g["b"]):
                add(g["a"], g["b"])
        elif kind == "by_year":
            add(None, g["y"])
        elif kind == "relative":
            add(None, None)
        elif kind == "year":
            add(g["y"], g["y"])
        elif kind == "year_in_words":
            w = g["w"].lower()
            y = str(2000 + (_UNIT_WORDS[w.split()[1]] if w.startswith(("linh ", "lẻ ")) else _parse_words(w)))
            add(y, y)
        elif kind == "since_event":
            begin = _date(int(g["ey"]), int(g["em"]), int(g["ed"])) if g.get("ed") else _event_day(text, m.start())
            if g.get("m"):
                y, mo = int(g["y"]), int(g["m"])
                until = month_period(y, mo)[1] if 1 <= mo <= 12 else None
            else:
                until = _day({"d": g["d2"], "m": g["m2"], "y": g["y2"]}, year) if g.get("d2") else None
            if begin and (until is None or begin <= until):
                add(begin, until)
            elif until:  # a founding the text did not date: from the start of the end's year
                add(until[:4], until)
        elif kind == "at_event":
            day = _event_day(text, m.start())
            if day:
                add(day, day)
        elif kind == "deadline":
            pass
        elif kind == "this_year":
            if year:
                add(year, year)
    return out
