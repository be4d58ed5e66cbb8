"""Per-unit figures in flattened tables: "Xuân An 121, TP. Hà Tĩnh: 76, Công an 48, Đảng bộ Khối
Các cơ quan tỉnh 20" or "Yên Hòa 11/15, Lạc Sơn 8/7". Each figure belongs to the party organization
of the unit it names:

- a unit with its unit word ("TP. Hà Tĩnh", "huyện Kỳ Anh"): that unit's Đảng bộ;
- a party body ("Đảng bộ Khối Các cơ quan tỉnh"): as the organizations component read it, else as
  written, a trailing bare unit word completed with the enclosing unit ("... tỉnh" -> "... tỉnh Hà Tĩnh"),
  a body seated in the unit (below) completed with it;
- a body seated in the unit (resources/unit_bodies.tsv: "Công an", "Bộ đội Biên phòng tỉnh"): "Đảng bộ"
  + the body + the enclosing unit;
- a bare name: the unit of that name one level below the enclosing unit when the official register
  holds exactly one (gold conventions: a bare name in a list of a known unit's party organizations),
  else "Đảng bộ" + the name as written.

The enclosing unit is the one the article's places lie in; when they settle none, the province
that the register places most of the list's names in (at least two of them).

A page's table flattened into one cell per line (resources/table_columns.tsv names its columns):
"TT / Đơn vị / Kế hoạch / Kết nạp mới / Tỷ lệ đạt (%)", then "1 / Huyện A / 40 / 44 / 110,0" per row, gives
each row's unit its figures, and its "Tổng cộng" row the enclosing unit's party organization; so does a table
flattened one row per line, its cells separated by " | " or tabs (a last "Ghi chú" column may be empty in some rows).

Besides: tables of measures by period (period_tables), tables of one body's members by group ("Chức danh | Số đảng
viên | Tỷ lệ") or of its yearly rating by grade ("Mức xếp loại | Số chi bộ | Tỷ lệ"): group_tables, lists of cells'
members and admissions one cell a line (members_lines, stock_lines) and timelines, one dated event a line ("1954 -
...": timeline_dates).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterator, NamedTuple, Sequence

from spacy.tokens import Doc

from partykg.extract.context import CELL_COLUMN_HEADS, COMMITTEE_UNIT, party_org_name
from partykg.extract.lexicon import table
from partykg.extract.numbers import NUMBER, Period, find_periods, month_period, parse_number
from partykg.extract.places import COMMUNE, DISTRICT, PROVINCE, Unit, register, unit_types
from partykg.extract.text import UPPER
from partykg.extract.tones import key

UNIT_WORDS = unit_types(special_zone=False)  # (no đặc khu: as first written)
_UNIT_WORD = "|".join(UNIT_WORDS)
BODY_HEADS = tuple(sorted((row["head"] for row in table("unit_bodies.tsv")), key=len, reverse=True))
# names of bodies that are not party organizations nor units: a list holding one is not a per-unit list
OTHER_HEADS = ("Hội ", "Đoàn ", "Công đoàn", "Mặt trận", "Ủy ban", "Uỷ ban", "UBND", "HĐND", "Sở ", "Phòng ",
               "Ban ", "Trường ", "Bệnh viện", "Công ty", "Chi đoàn")
_PARTY_HEAD = re.compile(r"(?:Đảng bộ|Đảng ủy|Đảng uỷ|Chi bộ)\b")
# one figure: a name (capitalised, no digit but a number before a colon or a bracketed figure: "Khu phố 3: 4", "Chi bộ
# ấp 6 (4)", as cells are named after numbered hamlets), maybe the verb
# of the count ("kết nạp"), its number, maybe
# "/target", maybe the counted noun, maybe the share of the target it reaches (", đạt 57,81%": a cue reads it)
_ITEM = re.compile(
    rf"(?P<name>(?:TP\.\s?|(?:{_UNIT_WORD}) )?[{UPPER}][^\d,;:()/.]{{0,60}}?(?:\s\d{{1,3}}(?=:|\s\())?)(?:\s*:)?\s+"
    rf"(?:(?P<paren>\()\s*)?(?:(?:kết nạp|có)(?: được)?\s+)?"
    rf"(?P<n>{NUMBER})(?:/(?P<m>{NUMBER}))?"
    rf"(?:\s+(?:đảng viên|ĐV|đồng chí))?(?(paren)\s*\))"
    rf"(?:,\s*(?P<verb>đạt|vượt) (?P<share>{NUMBER}) ?%(?: (?:so với )?(?:kế hoạch|chỉ tiêu)(?: cả năm| năm)?)?)?"
    rf"(?=\s*(?:[,;.)|]|và\s|$))")
# "Vĩnh Khánh, Đông Xuyên và thị trấn C dẫn đầu về đảng viên mới, lần lượt 31, 19 và 17 đảng viên": names, then their
# figures in the same order
_NAME = rf"(?:(?:{_UNIT_WORD}) )?[{UPPER}][^\W\d_]*(?: [{UPPER}\d][^\W_]*)*"
_AND = r"(?:,\s*(?:và\s+)?|\s+và\s+)"
_RESPECTIVELY = re.compile(rf"(?P<names>{_NAME}(?:{_AND}{_NAME})+)[^.;:\d]{{0,60}}? lần lượt "
                           rf"(?:là\s+|(?:kết nạp|có)(?: được)?\s+)?(?P<ns>(?:{NUMBER})(?:{_AND}(?:{NUMBER}))+)")
# "Chi bộ A và Chi bộ B mỗi chi bộ kết nạp 1 đảng viên": the names, then one figure that each of them has
_BODY_NAME = (rf"(?:Chi bộ|Đảng bộ|Đảng ủy|Đảng uỷ|{_UNIT_WORD}|{'|'.join(w.capitalize() for w in UNIT_WORDS)})"
              r" [^.;:,\d()]{1,60}?(?: \d{1,3}(?=,? ))?")  # (a number may end a name: "Chi bộ Đội sản xuất 8")
# or the names, what they are, then the figure each has: "Chi bộ A và Chi bộ B là hai chi bộ có số đảng viên mới nhiều
# nhất, mỗi chi bộ 3 đồng chí"
_EACH = re.compile(rf"(?P<names>{_BODY_NAME}(?:{_AND}{_BODY_NAME})+)"
                   r"(?: là (?:hai|ba|bốn|các) (?:chi bộ|đảng bộ|đơn vị)[^.;:\d]{0,60}?,)?\s+(?:(?:cũng|đều) )?"
                   r"mỗi (?:chi bộ|đảng bộ|đơn vị|xã|phường|nơi) (?:(?:đều )?(?:kết nạp|có)(?: được)? )?"
                   rf"(?P<n>{NUMBER})(?![\d,])")
_NAME_RX = re.compile(_NAME)
_AND_RX = re.compile(_AND)
_DIGIT = re.compile(r"\d")
_TRAILING_UNIT = re.compile(rf" (?:{_UNIT_WORD})$")
# a body named after a bare committee ("Văn phòng Tỉnh ủy", "Ban Tổ chức Huyện ủy") and the unit the committee leads
_TRAILING_COMMITTEE = re.compile(r" (?P<c>Tỉnh|Huyện|Quận|Thị) (?:ủy|uỷ)$")
_SEP = re.compile(r"(?:\s*[,;|]\s*|\s+và\s+)+")
# a list's item on a line of its own opens with its number, a dash or a bullet glyph: "1. Đảng bộ A: 14 đảng
# viên;", "► Chi bộ B: ..." (the glyphs of page editors' and word processors' bulleted lists), or with its letter, as
# the points of an administrative text are lettered "a)", "b)" ... "đ)" (Nghị định 30/2020/NĐ-CP, Phụ lục I)
BULLETS = "•►▶▸▪■●◦○♦❖➢➤✓✔"
_ITEM_MARK = rf"(?:\d{{1,2}}[.)]|[a-zđ]\)|[-–+*{BULLETS}])"
LINE_ITEM_MARK = rf"{_ITEM_MARK}[ \t]"
_LINE_ITEM_MARK = re.compile(rf"(?<=\n)[ \t]*{LINE_ITEM_MARK}+")
_ITEM_MARK_LINE = re.compile(rf"[ \t]*{_ITEM_MARK}(?:[ \t]|$)")  # a line opened by a list's mark
# a list's line of one body's members and admissions, one body a line: "• Chi bộ Khu vực 3: 118 đảng viên, kết nạp 4",
# the admitted maybe described after their count ("kết nạp 2 đảng viên là người Dao", "kết nạp 3 (2 nữ)"); its name
# maybe followed by its secretary's in brackets, as lists of model cells give it ("1. Chi bộ Khoa Nội (Bí thư: X): ...")
# its cells maybe apart by " | " instead of the colon and commas, as a page editor's list of cells laid out like a
# table's rows writes them: "1. Chi bộ Văn phòng | 19 đảng viên | kết nạp 1"; or by a dash set between spaces, as a
# newsletter's bulleted list writes them: "• Chi bộ Tổ dân phố 1 - 31 đảng viên, kết nạp 3", "Chi bộ bản A – 46 đảng
# viên – kết nạp 2" (a dash inside the name, "Chi bộ Kinh doanh - Tiếp thị", is followed by no figure)
# the first day of the admissions a line counts, its last the list's lead states: "kết nạp từ 1/7: 3"
_SINCE_DAY = r"từ (?:ngày )?(?P<since_d>\d{1,2})/(?P<since_m>\d{1,2})(?![/\d])"
# (or, after a list's mark, a unit's bare name, as a district's report lists its communes: "1. Lạc Sơn: 12 đảng viên
# mới;", kept when the register settles it; the mark read, not a sentence's full stop before the name)
_LINE_NAME = (rf"(?:(?P<mark>{LINE_ITEM_MARK})\s*)?(?P<name>(?:Chi bộ|Đảng bộ) [^:|\n]{{2,80}}?"
              rf"|(?(mark)[{UPPER}][^\W\d_]*(?: [{UPPER}][^\W\d_]*){{0,3}}|(?!)))"
              r"\s*(?:\((?:Bí thư|Phó Bí thư|BT)\b[^()\n]{0,80}\)\s*)?(?:[:|]\s*|\s[-–—]\s+(?=\d))")
_MEMBERS_LINE = re.compile(rf"{_LINE_NAME}"
                           rf"(?P<total>{NUMBER}) (?:đảng viên|ĐV)\s*(?:[,;|]|\s[-–—])\s*"
                           rf"(?:kết nạp (?:mới |được |thêm )*(?:{_SINCE_DAY}\s*:\s*)?"
                           rf"(?P<new>{NUMBER})(?: (?:đảng viên|ĐV))?(?: trong năm)?"
                           r"|(?P<none>(?:chưa|không) kết nạp (?:được |thêm )?(?:đảng viên|người|quần chúng)"
                           r"(?: mới)?(?: nào)?))"
                           rf"(?:,? (?:đều )?(?:là|gồm|trong đó) [^\d\n;]{{1,80}}?| \([^()\n]{{1,60}}\))?"
                           r"(?P<tail>\s*[.;,](?:\s+[^\n]*)?)?\s*")
# the same line with the admissions first, or alone: "- Chi bộ Phân xưởng A: kết nạp 6, hiện có 44 đảng viên;" (or
# ", nâng số đảng viên lên 44": its members now),
# "- Chi bộ B: kết nạp 2 kỹ sư trẻ;" (whom the admitted are: they are members now), "- Chi bộ C: chưa kết nạp được
# đảng viên nào" (0)
_ADMISSIONS_LINE = re.compile(rf"{_LINE_NAME}"
                              r"(?:(?P<none>(?:chưa|không) kết nạp (?:được |thêm )?"
                              r"(?:đảng viên|người|quần chúng)(?: mới)? nào)"
                              rf"|(?:đã )?kết nạp (?:mới |được |thêm )*(?P<new>{NUMBER})(?![\d.,]\d)"
                              r"(?P<who>(?: [^\W\d]+){1,3})?(?: trong năm)?)"
                              r"(?:\s*[,;|]\s*(?:hiện |nâng tổng số lên |tổng số )?(?:có )?"
                              rf"(?P<total>{NUMBER}) (?:đảng viên|ĐV)"
                              rf"|\s*[,;]\s*nâng (?:tổng )?số (?:đảng viên|ĐV)(?: của chi bộ)? lên (?P<raised>{NUMBER})"
                              r"(?: (?:đảng viên|ĐV|đồng chí))?)?"
                              r"(?P<tail>\s*[.;,](?:\s+[^\n]*)?)?\s*")
# a list's line of one body's count and nothing else, one body a line: "- Chi bộ thôn A: 4 đảng viên mới, trong đó 2
# người Dao;", "+ Chi bộ B: 2", "- Chi bộ C: chưa kết nạp được.": its admissions when it calls them new ("mới") or the
# list's lead counts admissions ("Kết quả kết nạp 5 tháng đầu năm theo chi bộ:", "Các chi bộ kết nạp nhiều:"), as a
# report ranks its cells by their admissions; the admitted maybe described after their count ("đều là tiểu thương",
# "(lần đầu có đảng viên)", "trong đó 4 người Hoa": a part of them no measure names)
_COUNT_LINE = re.compile(rf"{_LINE_NAME}"
                         r"(?:(?P<none>(?:chưa|không) kết nạp (?:được|thêm)(?: (?:đảng viên|người|quần chúng)(?: mới)?"
                         rf"(?: nào)?)?)|(?P<new>{NUMBER})(?: (?:đảng viên|ĐV)(?P<called> mới)?)?)"
                         r"(?:,? (?:đều )?(?:là|gồm|trong đó) [^\n;:]{1,80}?| \([^()\n]{1,60}\))?"
                         r"\s*[.;,]?\s*")
# a list's lead that counts admissions: its lines' bare counts are admissions; not one that counts members too ("Kết
# quả kết nạp và số đảng viên các chi bộ:"), whose lines' bare counts may be either
_ADMISSIONS_LEAD = re.compile(r"kết nạp|(?:đảng viên|ĐV) mới", re.IGNORECASE)
_MEMBERS_LEAD = re.compile(r"(?:tổng )?số (?:lượng )?(?:đảng viên|ĐV)(?! (?:mới|được kết nạp|kết nạp))|hiện có",
                           re.IGNORECASE)
# what the admitted may be called after their count: not a period ("kết nạp 5 trong quý III": the sentences date it)
_NOT_WHO = re.compile(r"\b(?:trong|quý|tháng|ngày|đợt|năm|từ|đến|tính|so|với|lần|lượt|người con)\b")
# a line's tail past its counts that holds a count of its own: the sentences read the line
_COUNTED_TAIL = re.compile(r"đảng viên|\bĐV\b|chi bộ|kết nạp|%|\d+ (?:người|đồng chí|quần chúng)", re.IGNORECASE)
# a list's line of one body's stock, one body a line, two lines at least: "Đảng bộ Văn phòng Tỉnh ủy: 142 đảng viên
# (tăng 12)", "- Đảng bộ xã A: 17 chi bộ, 402 đảng viên;" (its cells, its members, its growth over the list's period),
# "Chi bộ khu phố B: 94 đảng viên; 4 tổ đảng" (a large cell's party groups, Điều lệ Đảng art. 24)
_STOCK_LINE = re.compile(rf"(?:{LINE_ITEM_MARK}\s*)?(?P<name>(?:Chi bộ|Đảng bộ) [^:\n]{{2,80}}?)\s*:\s*"
                         rf"(?:(?P<cells>{NUMBER}) chi bộ(?: trực thuộc)?\s*[,;]\s*)?"
                         rf"(?P<total>{NUMBER}) (?:đảng viên|ĐV)"
                         rf"(?:\s*\((?P<sign>tăng|giảm) (?P<growth>{NUMBER})(?: (?:đảng viên|đồng chí|ĐV))?\))?"
                         rf"(?:\s*[,;]\s*(?:chia (?:thành )?)?(?P<groups>{NUMBER}) tổ đảng)?"
                         rf"\s*[.;,]?")
# a line that is a unit's or a party body's name only, maybe numbered, maybe before a colon: a heading of its figures
_HEADING = re.compile(rf"[ \t]*(?:{LINE_ITEM_MARK}[ \t]*)?(?P<name>(?:TP\.\s?|(?i:{_UNIT_WORD}) |"
                      rf"(?:Đảng bộ|Chi bộ) (?:(?i:{_UNIT_WORD}) )?)[{UPPER}\d][^\d\W]*(?: [{UPPER}\d][^\d\W]*){{0,4}})"
                      r"\s*:?\s*")
# (a quick test: the first characters it may start with)
_MEMBERS_LINE_OPENERS = frozenset("0123456789-–+*CĐ" + BULLETS + "abcdefghiklmnopqrstuvxyđ")
# the units below a commune that a party cell is named after ("Chi bộ thôn A", "Chi bộ khu phố 6")
_CELL_UNIT = re.compile(r"(?P<u>thôn|bản|ấp|xóm|làng|buôn|sóc|tổ dân phố|khu phố|khối phố|khu dân cư|tổ|khu) "
                        r"(?P<n>.+)$", re.IGNORECASE)
_LEVEL_BELOW = {PROVINCE: DISTRICT, DISTRICT: COMMUNE}
# a list's lead that names the kind of unit its bare names are: "các đảng bộ xã:", "của các xã:"
_LISTED_KIND = re.compile(r"(?:đảng bộ|chi bộ|các) (?P<u>xã|phường|thị trấn|huyện|quận|thị xã)\s*:?\s*$")
_ASIDE = re.compile(r"(?<=\S) \([^()]+\)$")
_COLUMNS = [(row["role"], row["measure"] or None, re.compile(rf"(?:{row['header']})", re.IGNORECASE))
            for row in table("table_columns.tsv")]
_CELL_NUMBER = re.compile(rf"{NUMBER}")
# a cell a table leaves without a figure, a dash (the period has none yet): no figure, the row read on
_NO_FIGURE = re.compile(r"[-–—]")
# a cell of figures: a number, a percentage written with its sign ("62,5%": a column of shares of the target)
_CELL_FIGURE = re.compile(rf"(?P<n>{NUMBER})\s?%?")
_EMPTY_CELL = re.compile(r"[-–—x]")  # a cell left empty in a table of figures
_CELLS_COLUMN = re.compile("|".join(CELL_COLUMN_HEADS), re.IGNORECASE)  # a name column of party cells


# the period a column's header may end with ("Chỉ tiêu năm 2024", "Kết nạp 9 tháng", "Kết nạp quý III", "Kết nạp tháng
# 9/2025"; a bare "tháng 9" is no period the dates read): the table's
# title or the article's reporting period dates the figures
# or with the period in brackets ("Kết nạp (1/1 - 20/10/2024)", "Đảng viên (đến 20/10/2024)"), or with its first or last
# day ("Kết nạp từ 1/7/2025", "Đảng viên đến 30/9")
_HEADER_PERIOD = re.compile(r"\s+(?:(?:năm\s+)?(?:19|20)\d\d"
                            r"|\d{1,2} tháng(?: (?:đầu|cuối) năm)?(?: (?:năm )?(?:19|20)\d\d)?"
                            r"|cả năm|trong năm|năm|quý [IV]{1,3}(?:/(?:19|20)\d\d)?|tháng \d{1,2}/(?:19|20)\d\d)$"
                            r"|\s*\([^()]*(?:19|20)\d\d\)$"
                            r"|\s+(?:từ|đến|tính đến) (?:ngày )?\d{1,2}/\d{1,2}(?:/(?:19|20)\d\d)?$")
_HEADER_PERIOD_ENDS = ("năm", "tháng", ")", "I", "V")  # how its matches end, but for a digit
# the unit a column's figures count in, in brackets after its heading: "Kết nạp (người)", "Đảng viên (đ/c)"
_COUNTED_IN = re.compile(r"\s*\((?:người|đồng chí|đ/c|đảng viên|ĐV)\)$", re.IGNORECASE)
# a row of cells on one line ("1 | Huyện A | 40 | 44", or its cells apart by tabs or runs of spaces), as a
# page's table is flattened by some scrapers; a Markdown row ("| Huyện A | 40 | 44 |"), as scrapers that write
# Markdown give it; or a row left in its HTML tags ("<tr><td>Huyện A</td><td>40</td>"), as others copy it
# (a Markdown cell set in bold, "| **Tổng cộng** | **226** |", as a total row often is: its marks are no text)
_CELL_SEP = re.compile(r"(?:\*\*)?\s+\|\s+(?:\*\*)?|^\s*\|\s*(?:\*\*)?|(?:\*\*)?\s*\|\s*$|[ \t]*\t[ \t]*| {2,}"
                       r"|\s*(?:</?(?:table|thead|tbody|tr|td|th|strong|b)(?:\s[^<>]*)?>\s*)+")
# a Markdown table's rule under its header ("|---|:---:|"): no cell
_MARKDOWN_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")


def title_measure(caption: str) -> str | None:
    """The measure a table's title names ("Kết quả kết nạp đảng viên năm 2025 ..."), for columns headed by periods."""
    return next((m for r, m, rx in _COLUMNS if r == "title" and rx.search(caption)), None)


def _period_heading(cell: str) -> bool:
    """A column heading that is a period and only that: "Quý IV/2025", "Cả năm 2025", "6 tháng đầu năm"."""
    cell = " ".join(cell.split())
    found = find_periods(cell, 0, len(cell), None)
    return len(found) == 1 and found[0].end == len(cell) \
        and cell[:found[0].start].strip().lower() in ("", "cả", "trong")


# a table's title that lists its columns in brackets, the table flattened below it without its header row: "Kết quả
# xếp loại đảng viên năm 2025 (số đảng viên được đánh giá; hoàn thành xuất sắc; hoàn thành tốt; ...):", or the
# headings apart by commas, or by slashes as its rows' figures are: "Kết quả ở các chi bộ (số đảng viên / số kết nạp):"
# then "Thôn A: 31 / 2"
# (a title may list them in brackets, "Kết quả (kết nạp; chỉ tiêu)", or after a colon, "theo thứ tự: đơn vị / kết nạp /
# chỉ tiêu", the name column first)
_LISTED_COLUMNS = re.compile(r"\((?P<cols>[^()]+(?:[;,]| / )[^()]+)\)\s*:?\s*$|:\s*(?P<flat>[^:()]+? / [^:()]+?)\s*$")
_LISTED_CELLS = re.compile(r"\b(?:các|của) chi bộ\b[^.;:]{0,30}$", re.IGNORECASE)  # the title's rows are party cells
_LISTED_SEP = re.compile(r"\s*;\s*|\s*,\s*|\s+/\s+")
# a row under such a title: a name, a colon, its figures apart by slashes ("Thôn A: 31 / 2")
_SLASHED_ROW = re.compile(rf"(?P<name>[{UPPER}][^\d:/|\n]{{1,80}}?)\s*:\s*(?:{NUMBER})(?:\s+/\s+(?:{NUMBER}))+\s*")
_SLASH = re.compile(r"\s*:\s*|\s+/\s+")
# a line of two figures apart by a slash, under a title whose columns are so ("Xã A" then "9/12")
_PAIR_CELL = re.compile(r"\s*(?P<a>\d{1,4})/(?P<b>\d{1,4})\s*")


def _unit_name(name: str) -> bool:
    """A bare name the register holds as a district or a commune: "Đức Chánh", "Tam Kỳ" are units, whatever word of an
    agency or a mass organization they open with."""
    by_name = register().by_name
    return any((level, key(name)) in by_name for level in (DISTRICT, COMMUNE))


def _role(cell: str) -> tuple[str, str | None] | None:
    """(role, measure) of a table header cell, or None for a cell no column reads."""
    cell = " ".join(cell.split())
    # (the two suffixes are tried only where the cell ends as they do: a line of text is passed as a cell too,
    # and a pattern anchored at its end is tried at every character of it)
    if cell.endswith(")"):
        cell = _COUNTED_IN.sub("", cell)
    found = _column_role(cell)
    if found is None and (cell[-1:].isdecimal() or cell.endswith(_HEADER_PERIOD_ENDS)):
        bare = _HEADER_PERIOD.sub("", cell)
        found = _column_role(bare) if bare != cell else None
    return found


def _column_role(cell: str) -> tuple[str, str | None] | None:
    return next(((r, m) for r, m, rx in _COLUMNS if r != "title" and rx.fullmatch(cell)), None)


def _cells(at: int, line: str) -> list[tuple[int, int]]:
    """The cells of a line at offset `at`: the line, or the cells of a row written "a | b | c"."""
    pair = _PAIR_CELL.fullmatch(line)
    if pair:  # (a row's figures on a line of their own: "9/12" under "(kết nạp / chỉ tiêu)")
        return [(at + pair.start("a"), at + pair.end("a")), (at + pair.start("b"), at + pair.end("b"))]
    if " / " in line and _SLASHED_ROW.fullmatch(line):
        cuts = [0, *(x for m in _SLASH.finditer(line) for x in (m.start(), m.end())), len(line)]
        return [(at + a, at + b) for a, b in zip(cuts[::2], cuts[1::2]) if line[a:b].strip()]
    if "|" not in line and "\t" not in line and "  " not in line and "<" not in line:
        # no separator can match (a quick test: the regex engine tries its three at every character)
        return [(at, at + len(line))] if line.strip() else []
    if _MARKDOWN_RULE.fullmatch(line):
        return []
    cuts = [0, *(x for m in _CELL_SEP.finditer(line) for x in (m.start(), m.end())), len(line)]
    return [(at + a, at + b) for a, b in zip(cuts[::2], cuts[1::2]) if line[a:b].strip()]


class _Item(NamedTuple):
    """A name of a list and its figure, as written."""
    name: str
    name_at: int
    name_end: int
    n: str  # the figure
    m: str | None  # the target after it ("11/15")
    value_at: int
    start: int
    end: int
    share: tuple[str, str] | None = None  # (verb, number) of the share of the target it reaches: ("đạt", "104")


@dataclass(frozen=True)
class Figure:
    organization: str
    value: int | str
    target: int | str | None  # "11/15": 15
    value_at: int  # offset of the number
    start: int  # the item
    end: int
    # the share of its target it reaches (", đạt 112% chỉ tiêu": "TargetAchievement", 112), or exceeds ("vượt")
    share: tuple[str, int | str] | None = None


class StockLine(NamedTuple):
    """A list's line of one body's stock: "Đảng bộ xã A: 17 chi bộ, 402 đảng viên (tăng 6)"."""
    organization: str
    members: int | str
    members_at: int
    cells: int | str | None
    cells_at: int
    growth: int | str | None  # "(tăng 6)": 6, "(giảm 2)": None (a fall is no growth)
    growth_at: int
    lead: int  # the line that leads the list, -1 when none
    groups: int | str | None = None  # "; 4 tổ đảng"
    groups_at: int = -1


# a body's record in a table flattened one cell a line, each figure after its column's label: "Chi bộ làng A" then
# "kết nạp: 2", "tổng số: 19" (the labels of a web form's or a spreadsheet's cells kept by the copy; or "Kết nạp ....
# 2", a dotted leader as forms print it); or a list's
# heading line and its items ("Đảng bộ xã A:" then "- Kết nạp: 9 đảng viên")
_RECORD_HEAD = re.compile(rf"[ \t]*(?:{LINE_ITEM_MARK}[ \t]*)?(?P<name>(?:Chi bộ|Đảng bộ) [^\W\d][^:|\n]{{1,80}}?)"
                          r"\s*:?\s*")
_RECORD_FIGURE = re.compile(rf"[ \t]*(?:{LINE_ITEM_MARK}[ \t]*)?(?P<label>[^\W\d][^:.…\n\d]{{1,40}}?)"
                            r"\s*(?::|\.{3,}|…+)\s*"
                            rf"(?P<n>{NUMBER})(?: (?:đảng viên|ĐV|đồng chí))?\s*[.;,]?\s*")
# a record's "Tổng số" label: its body's members (as a row of that name is the total of the bodies above it)
_RECORD_TOTAL = re.compile(r"Tổng số", re.IGNORECASE)


# a box of key figures, each figure first, then a dash and what it counts (the "số liệu nổi bật" panels of party news
# pages and newsletters): "■ 1.842 — đảng viên tính đến ngày 30/11/2025", "■ 23 – đảng viên kết nạp từ 1/7 đến
# 30/11/2025"; the label's first words a column heading reads, the rest none or the figure's period; a share ("27% —
# đảng viên từ 60 tuổi trở lên") is of a group the label names, left to the sentences
_KEY_FIGURE = re.compile(rf"[ \t]*(?:[{BULLETS}*+][ \t]*)?(?P<n>{NUMBER})[ \t]+[—–-][ \t]+"
                         r"(?P<label>[^\W\d][^\n]{1,120}?)\s*[.;]?\s*")
# (or its label first, then a dotted leader as forms print it: "Tổng số đảng viên .......... 1.842", "Kết nạp trong quý
# II ...... 23")
DOTTED_FIGURE = re.compile(rf"[ \t]*(?:{LINE_ITEM_MARK}[ \t]*)?(?P<label>[^\W\d][^.…\n]{{1,60}}?)"
                           rf"\s*(?:\.{{3,}}|…+)\s*(?P<n>{NUMBER})(?: (?:đảng viên|ĐV|đồng chí))?\s*[.;]?\s*")
# what a line of either needs: the dash between blanks, or the dotted leader
_FIGURE_MARK = re.compile(r"[ \t][—–-][ \t]|\.{3}|…")
_KEY_FIGURE_REST = re.compile(r"(?:\(|tại|tính|đến|từ|trong|sau|năm|quý|tháng|ngày|giai đoạn|nhiệm kỳ)(?![\w])")


class KeyFigure(NamedTuple):
    """A key figure's line: the measure its label's first words name, the figure, the offset of its number."""
    measure: str
    value: int | str
    at: int


class Record(NamedTuple):
    """A body's figures under its name, one labelled figure a line."""
    organization: str  # "" for the record of the whole ("Toàn Đảng bộ"): the caller's body
    figures: list[tuple[int, str, int | str, int]]  # (line, measure, value, offset of the number)
    lead: int  # the line that leads the records, -1 when none


class MembersLine(NamedTuple):
    """A list's line of one body's members and its admissions: "• Chi bộ Khu vực 3: 118 đảng viên, kết nạp 4"."""
    organization: str
    members: int | str | None  # None: the line gives its admissions only ("- Chi bộ B: kết nạp 5;")
    members_at: int  # offset of the number
    admitted: int | str
    admitted_at: int
    lead: int  # the line that leads the list ("Kết quả ... từ đầu năm 2023 đến nay:"), -1 when none
    ranked: bool = False  # a bare count the lead calls admissions ("ĐƠN VỊ KẾT NẠP NHIỀU NHẤT"): a ranking by them
    since: tuple[int, int] | None = None  # (day, month) the admissions are counted from ("kết nạp từ 1/7: 3")


@dataclass(frozen=True)
class TableFigure:
    """A figure of a flattened table: its row's organization, its column's measure."""
    figure: Figure
    measure: str
    caption: tuple[int, int]  # the line before the table's header (its title: "... năm 2024")
    header: tuple[int, int]  # the column's header cell ("Kết nạp (1/1 - 20/10/2024)")
    parent: str | None  # the party organization the row's is in, when the table and the register settle it
    cells: bool = False  # its rows are party cells (the name column's header is "Chi bộ")
    total: bool = False  # the total row of a table of cells: the figures of the body the cells are in (the caller's)


def _whole(m: re.Match) -> bool:
    """A list's line read whole: what it calls the admitted is no period, and its tail past the counts holds none of
    its own (its remark: "...; thực hiện thành công kỹ thuật mới")."""
    groups = m.groupdict()
    who = re.sub(r" trong năm$", "", groups.get("who") or "")
    return not _NOT_WHO.search(who) and not _COUNTED_TAIL.search(groups.get("tail") or "")


class UnitLists:
    """Reads per-unit figures in one article, with the units the article's places settle."""

    def __init__(self, doc: Doc, text: str):
        self.doc = doc
        self.text = text
        self.org_mentions = doc._.org_mentions or []  # (each `doc._` costs microseconds: read once)
        self._known: list[Unit] | None = None
        self._row_of: list[int] = []  # (tables: the line of the page each cell is on)

    # ---- the units the article is about
    def known_units(self) -> list[Unit]:
        """Register units of the article's places (read once)."""
        if self._known is None:
            reg = register()
            found = []
            for pl in self.doc._.extraction.places:
                if not pl.code:
                    continue
                for level in (PROVINCE, DISTRICT, COMMUNE):
                    u = reg.get(level, pl.code)
                    if u is not None and u.unit_type == pl.unit_type:
                        found.append(u)
                        break
            self._known = found
        return self._known

    def province_unit(self) -> Unit | None:
        """The province most of the article's places lie in."""
        reg = register()
        counts: Counter[str] = Counter()
        units = {}
        for u in self.known_units():
            for a in [u, *reg.ancestors(u)]:
                if a.level == PROVINCE:
                    counts[a.code] += 1
                    units[a.code] = a
        return units[max(counts, key=lambda c: counts[c])] if counts else None

    def province(self) -> tuple[str, str] | None:
        """(unit type, name) of the province most of the article's places lie in."""
        u = self.province_unit()
        return (u.unit_type, u.name) if u else None

    def _enclosing(self, names: list[str]) -> Unit | None:
        """The unit whose children the bare names are: the lowest article unit holding one of them,
        else the province holding most of them."""
        reg = register()
        keys = {key(n) for n in names}
        best, best_hits = None, 0
        for u in self.known_units():
            below = _LEVEL_BELOW.get(u.level)
            if below is None:
                continue
            hits = sum(1 for k in keys for c in reg.by_name.get((below, k), []) if c.parent == u.code)
            if hits > best_hits or (hits == best_hits and hits and u.level == DISTRICT):
                best, best_hits = u, hits
        if best is not None:
            return best
        provinces: Counter[str | None] = Counter()
        for k in keys:
            for p in {c.parent for c in reg.by_name.get((DISTRICT, k), [])}:
                provinces[p] += 1
        if provinces:
            code, hits = provinces.most_common(1)[0]
            if hits >= 2 and list(provinces.values()).count(hits) == 1:
                return reg.get(PROVINCE, code)
        return self.province_unit()

    # ---- the list
    def figures(self, at: int, end: int, least: int = 2, cells: bool = False) -> list[Figure]:
        """The figures of a list that starts at `at` (only separators before its first item), `least`
        of them at least; with `cells`, the list's names are party cells."""
        raw = []
        pos = at
        text = self.text
        while pos < end:
            sep = _SEP.match(text, pos)
            if sep and sep.end() > pos:
                pos = sep.end()
            pos += len(text[pos:end]) - len(text[pos:end].lstrip())
            mark = _LINE_ITEM_MARK.match(text, text.rfind("\n", 0, pos) + 1, end) if "\n" in text[at:pos] else None
            if mark and mark.end() > pos:
                pos = mark.end()
            m = _ITEM.match(text, pos, end)
            if m is None:
                break
            raw.append(m)
            pos = m.end()
        items = [_Item(m["name"], m.start("name"), m.end("name"), m["n"], m["m"], m.start("n"), m.start(), m.end(),
                       (m["verb"], m["share"]) if m["share"] else None)
                 for m in raw]
        if len(items) < least:
            items = self._respectively(at, end)
            if len(items) < max(least, 2):
                return []
        names = [self._clean(it.name) for it in items]
        if any(n.startswith(OTHER_HEADS) and not n.startswith(BODY_HEADS) and not _unit_name(n) for n in names):
            return []  # figures by mass organization or agency are not figures of party organizations
        if cells:
            return [Figure(org, parse_number(it.n), parse_number(it.m) if it.m else None, it.value_at,
                           it.start, it.end) for it, org in zip(items, self._cells(names))]
        enclosing = self._enclosing([n for n in names if self._is_bare(n)])
        kind = _LISTED_KIND.search(text, max(0, at - 40), at)
        out = []
        for it, name in zip(items, names):
            org = self._organization(name, it.name_at, it.name_end, enclosing, kind["u"] if kind else None)
            if org is None:
                return []
            target = parse_number(it.m) if it.m else None
            share = (("TargetAchievement" if it.share[0] == "đạt" else "TargetExceededBy"), parse_number(it.share[1])) \
                if it.share else None
            out.append(Figure(org, parse_number(it.n), target, it.value_at, it.start, it.end, share))
        # most names must be units the register settles (or bodies): "Nguyễn Văn An 25, Kha Thị Diễm 30"
        # is not a table of party organizations
        unsettled = sum(1 for n in names if self._is_bare(n)
                        and self._settled(n, enclosing, kind["u"] if kind else None) is None)
        return out if 2 * unsettled <= len(out) else []

    def _listed_lines(self, lines: list[tuple[int, int]], pattern: re.Pattern | tuple[re.Pattern, ...],
                      in_a_row: int = 1):
        """(index, match, organization, index of the leading line or -1) of the lines of `lines` that `pattern`
        matches whole, one body a line, in runs of `in_a_row` lines at least (a body the register does not
        settle left out)."""
        text = self.text
        patterns = pattern if isinstance(pattern, tuple) else (pattern,)
        matched: dict[int, re.Match] = {}
        for i, (s, e) in enumerate(lines):
            line_start = text.rfind("\n", 0, s) + 1
            if opened := _ITEM_MARK_LINE.fullmatch(text, line_start, s):  # (a sentence after its line's mark, "1."
                s = line_start + len(opened[0]) - len(opened[0].lstrip(" \t"))  # read apart: read from the mark)
            elif text[s] not in _MEMBERS_LINE_OPENERS:
                continue
            if m := next((m for p in patterns if (m := p.fullmatch(text, s, e)) and _whole(m)), None):
                matched[i] = m
        if in_a_row > 1:
            # (a numbered item's number may be a sentence of its own, "1.": the items either side of it are in a row)
            def mark(k: int) -> bool:
                return 0 <= k < len(lines) and _ITEM_MARK_LINE.fullmatch(text, *lines[k]) is not None

            matched = {i: m for i, m in matched.items() if i - 1 in matched or i + 1 in matched
                       or (mark(i - 1) and i - 2 in matched) or (mark(i + 1) and i + 2 in matched)}
        if not matched:
            return []
        bare = [name for m in matched.values() if self._is_bare(name := self._clean(m["name"]))]
        enclosing = self._enclosing(bare)
        out = []
        for i, m in matched.items():
            # the list's lead: the line before its items (a numbered item's number may be a sentence of its own, "1.";
            # an item no pattern reads is still one of the list's)
            lead = i - 1
            while lead >= 0 and (lead in matched or self._list_item(lines, lead)):
                lead -= 1
            name = self._clean(m["name"])
            org = self._organization(name, m.start("name"), m.end("name"), enclosing)
            if org is not None and not (name in bare and self._settled(name, enclosing) is None):
                out.append((i, m, org, lead))
        return out

    def _list_item(self, lines: list[tuple[int, int]], k: int) -> bool:
        """Line k is an item of a list: it opens with a list's mark, is one, or follows one."""
        text = self.text
        return bool(_ITEM_MARK_LINE.match(text, *lines[k])
                    or (k > 0 and _ITEM_MARK_LINE.fullmatch(text, *lines[k - 1])))

    def members_lines(self, lines: list[tuple[int, int]]) -> dict[int, MembersLine]:
        """The lines (by index in `lines`) that give one body's members and admissions, one body a line, and the
        line that leads their list: "Kết quả tại một số chi bộ:" then "• Chi bộ thôn A: 38 đảng viên, kết nạp 3"."""
        def members(m: re.Match) -> str | None:  # "44 đảng viên", "nâng số đảng viên lên 44"
            return "total" if m["total"] else "raised" if m.groupdict().get("raised") else None

        found = {i: MembersLine(org, parse_number(m[t]) if (t := members(m)) else None, m.start(t or "total"),
                                parse_number(m["new"]) if m["new"] else 0, m.start("new" if m["new"] else "none"), lead,
                                since=(int(m["since_d"]), int(m["since_m"])) if m.groupdict().get("since_d") else None)
                 for i, m, org, lead in self._listed_lines(lines, (_MEMBERS_LINE, _ADMISSIONS_LINE))}
        for i, m, org, lead in self._listed_lines(lines, _COUNT_LINE, in_a_row=2):
            ranked = lead >= 0 and _ADMISSIONS_LEAD.search(self.text, *lines[lead]) is not None \
                and not _MEMBERS_LEAD.search(self.text, *lines[lead])
            if i not in found and (m["called"] or m["none"] or ranked):
                found[i] = MembersLine(org, None, -1, parse_number(m["new"]) if m["new"] else 0,
                                       m.start("new" if m["new"] else "none"), lead, ranked)
        return found

    def stock_lines(self, lines: list[tuple[int, int]]) -> dict[int, StockLine]:
        """The lines (by index in `lines`) that give one body's members (maybe its cells before, its growth after), one
        body a line, two such lines in a row at least, and the line that leads their list."""
        return {i: StockLine(org, parse_number(m["total"]), m.start("total"),
                             parse_number(m["cells"]) if m["cells"] else None, m.start("cells"),
                             parse_number(m["growth"]) if m["sign"] == "tăng" else None, m.start("growth"), lead,
                             parse_number(m["groups"]) if m["groups"] else None, m.start("groups"))
                for i, m, org, lead in self._listed_lines(lines, _STOCK_LINE, in_a_row=2)}

    def key_figures(self, lines: list[tuple[int, int]]) -> dict[int, KeyFigure]:
        """The lines (by index in `lines`) of a box of key figures, two in a row at least: "■ 61 — chi bộ
        trực thuộc"."""
        text = self.text
        found: dict[int, KeyFigure] = {}
        dotted: set[int] = set()
        for i, (s, e) in enumerate(lines):
            if _FIGURE_MARK.search(text, s, e) is None:
                continue  # (no dash, no dotted leader: most lines, tested faster than the two patterns)
            dots = DOTTED_FIGURE.fullmatch(text, s, e)
            if dots is not None:
                dotted.add(i)
            m = _KEY_FIGURE.fullmatch(text, s, e) or dots
            if m is None:
                continue
            words = m["label"].split(" ")
            for k in range(min(len(words), 5), 0, -1):  # the longest heading the label opens with
                role = _role(" ".join(words[:k]))
                rest = " ".join(words[k:])
                if role and role[0] == "measure" and role[1] not in (None, "Share") \
                        and (not rest or _KEY_FIGURE_REST.match(rest)):
                    found[i] = KeyFigure(role[1], parse_number(m["n"]), m.start("n"))
                    break
        # (a dotted line's neighbour may be one no measure names: "Đảng viên nữ ....... 298")
        return {i: f for i, f in found.items() if i - 1 in found or i + 1 in found
                or i in dotted and (i - 1 in dotted or i + 1 in dotted)}

    def records(self, lines: list[tuple[int, int]]) -> dict[int, Record]:
        """The records of bodies (by the index in `lines` of each one's name), two records in a row at least: a line
        that names a party body, a unit or the whole ("Toàn Đảng bộ"), then lines of a column's label and its figure."""
        text = self.text
        found: dict[int, Record] = {}
        i = 0
        while i < len(lines):
            org = self._record_owner(*lines[i])
            figures = []
            j = i + 1
            while org is not None and j < len(lines):
                m = _RECORD_FIGURE.fullmatch(text, *lines[j])
                label = " ".join(m["label"].split()) if m else ""
                role = ("measure", "TotalMembers") if _RECORD_TOTAL.fullmatch(label) else _role(label) if m else None
                if m is None or role is None or role[0] != "measure" or role[1] in (None, "Share"):
                    break
                figures.append((j, role[1], parse_number(m["n"]), m.start("n")))
                j += 1
            if figures:
                found[i] = Record(org or "", figures, -1)
                i = j
            else:
                i += 1
        # two records in a row at least (the one under the other): a body's name alone before a label is no record
        starts = sorted(found)
        kept = {k for a, b in zip(starts, starts[1:]) if found[a].figures[-1][0] + 1 == b for k in (a, b)}
        out = {}
        for k in sorted(kept):
            lead = k - 1
            while lead >= 0 and any(lead == r or any(lead == f[0] for f in found[r].figures) for r in kept):
                lead -= 1
            out[k] = found[k]._replace(lead=lead)
        return out

    def _record_owner(self, s: int, e: int) -> str | None:
        """The body a record's first line names: a cell ("Chi bộ làng A"), a unit or a party body (as a heading), or
        the whole ("Toàn Đảng bộ", "Tổng cộng": "")."""
        line = self.text[s:e].strip().rstrip(":").rstrip()
        if len(line) > 90 or not line:
            return None
        if len(line) < 30 and _role(line) == ("total", None):
            return ""
        head = _RECORD_HEAD.fullmatch(self.text, s, e)
        if head and head["name"].startswith("Chi bộ"):
            return self._cells([self._clean(head["name"])])[0]
        return self.heading(s, e)

    def heading(self, s: int, e: int) -> str | None:
        """The party organization of a line that names a unit or a party body and nothing else ("Xã Kim Đông:",
        "2. Phường 3", "Đảng bộ xã A:"): a report's heading of that unit's figures, listed under it one a line."""
        m = _HEADING.fullmatch(self.text, s, e)
        if m is None:
            return None
        return self._organization(self._clean(m["name"]), m.start("name"), m.end("name"), self._enclosing([]))

    def _respectively(self, at: int, end: int) -> list[_Item]:
        """"A, B và C ... lần lượt 28, 24 và 22": each name with the figure in its place, when they are as many;
        "A và B mỗi chi bộ kết nạp 1": each name with that figure."""
        pos = at + len(self.text[at:end]) - len(self.text[at:end].lstrip())
        m = _RESPECTIVELY.match(self.text, pos, end)
        if m is None:
            each = _EACH.match(self.text, pos, end)
            if each is None:
                return []
            cuts = [each.start("names")] + [x for c in _AND_RX.finditer(self.text, each.start("names"),
                                                                     each.end("names")) for x in c.span()]
            spans = list(zip(cuts[::2], cuts[1::2] + [each.end("names")]))
            return [_Item(self.text[a:b], a, b, each["n"], None, each.start("n"), a, each.end()) for a, b in spans]
        names = list(_NAME_RX.finditer(self.text, m.start("names"), m.end("names")))
        numbers = list(_CELL_NUMBER.finditer(self.text, m.start("ns"), m.end("ns")))
        if len(names) != len(numbers):
            return []
        return [_Item(n.group(), n.start(), n.end(), v.group(), None, v.start(), n.start(), v.end())
                for n, v in zip(names, numbers)]

    def _cells(self, names: list[str]) -> list[str]:
        """The party cells of a list's names: "Khu phố 3" is "Chi bộ khu phố 6"; a bare name is the cell the
        article names in full ("Chi bộ thôn A"), else takes the unit word of the list's other cells."""
        named = {o.name[len("Chi bộ "):]: o.name for o in self.org_mentions
                 if o.kind == "PartyCell" and o.name.startswith("Chi bộ ")}
        out: list[str | None] = []
        for name in names:
            unit = _CELL_UNIT.match(name)
            if _PARTY_HEAD.match(name):
                out.append(self._with_unit(name))
            elif unit:
                out.append(f"Chi bộ {unit['u'].lower()} {unit['n']}")
            else:
                out.append(next((full for short, full in named.items()
                                 if (m := _CELL_UNIT.match(short)) and m["n"] == name), None))
        words = {m["u"] for o in out if o and (m := _CELL_UNIT.match(o[len("Chi bộ "):]))}
        word = f"{next(iter(words))} " if len(words) == 1 else ""
        return [o or f"Chi bộ {word}{name}" for o, name in zip(out, names)]

    def _with_unit(self, name: str) -> str:
        """"Chi bộ Quân sự xã": a cell named after a body of the unit its trailing word names, completed with the
        name the organizations component read in prose, else the article's one unit of that kind."""
        trailing = _TRAILING_UNIT.search(name)
        if trailing is None:
            return name
        read = {o.name for o in self.org_mentions if o.name.startswith(f"{name} ")}
        units = read or {f"{name} {u.name}" for u in self.known_units() if u.unit_type == trailing.group().strip()}
        return units.pop() if len(units) == 1 else name

    def tables(self, body: list[tuple[int, int]]) -> list[TableFigure]:
        """The figures of every table flattened into one cell per line whose header is in the `body`
        spans. Its rows are read wherever the layout put them: a lone row number or figure line is
        not prose, and may have been taken for a caption or boilerplate."""
        cut = [(cell, k) for k, m in enumerate(re.finditer(r"[^\n]*\S[^\n]*", self.text))
               for cell in _cells(m.start(), m.group())]
        lines = [c for c, _k in cut]
        self._row_of = [k for _c, k in cut]  # the line of the page each cell is on
        lines = [(a + len(self.text[a:b]) - len(self.text[a:b].lstrip()), a + len(self.text[a:b].rstrip()))
                 for a, b in lines]
        cell = [self.text[a:b] for a, b in lines]
        numeric = [bool(_CELL_FIGURE.fullmatch(c) or _EMPTY_CELL.fullmatch(c)) for c in cell]
        out: list[TableFigure] = []
        i = 0
        while i < len(lines):
            # a header is short: an ordinal or a name column heading
            if not any(a <= lines[i][0] < b for a, b in body):
                i += 1
            elif len(cell[i]) < 30:
                found, i = self._table(lines, cell, numeric, i)
                out.extend(found)
            elif _LISTED_COLUMNS.search(cell[i]):
                found, i = self._listed_table(lines, cell, numeric, i)
                out.extend(found)
            else:
                i += 1
        return out

    def _listed_table(self, lines: list[tuple[int, int]], cell: list[str], numeric: list[bool],
                      i: int) -> tuple[list[TableFigure], int]:
        """The table under a title that lists its columns (line i), its rows a name and a figure a column."""
        title = _LISTED_COLUMNS.search(cell[i])
        if title is None:  # the caller saw the title's pattern on this line
            return [], i + 1
        listed = title["cols"] or title["flat"]
        headings = _LISTED_SEP.split(listed.strip()) if ";" not in listed else listed.split(";")
        roles = [_role(h) for h in headings]
        if title["flat"] and len(roles) > 2 and roles[0] == ("name", None):
            roles = roles[1:]  # the rows' names, each row's first line
        if not all(r and r[0] == "measure" for r in roles):
            return [], i + 1
        columns = [r[1] for r in roles if r]
        a = lines[i][0] + title.start()
        rows, j = self._rows(cell, numeric, i + 1, False, columns)
        if not rows:
            return [], i + 1
        # each column's heading is a piece of the title: no period of its own
        if _LISTED_CELLS.search(cell[i], 0, title.start()):
            # "Kết quả ở các chi bộ thôn (...)": the rows are party cells named after their units
            return self._siblings(self._cell_figures(lines, rows, columns, lines[i], [(a, a)] * len(columns)),
                                  None), j
        return self._row_figures(lines, rows, columns, lines[i], [(a, a)] * len(columns)), j

    def _table(self, lines: list[tuple[int, int]], cell: list[str], numeric: list[bool],
               i: int) -> tuple[list[TableFigure], int]:
        """The table whose header starts at line i (its figures, the line after it), else ([], i + 1)."""
        j = i
        ordinal = _role(cell[j]) == ("ordinal", None)
        if ordinal:
            j += 1
        if j >= len(cell) or (_role(cell[j]) or ("",))[0] != "name":
            return [], i + 1
        # "Chi bộ" over the name column: each row is a cell, named after its unit ("Khoa Dược", "Thôn 3"), not a unit
        # of the register
        cells = _CELLS_COLUMN.fullmatch(" ".join(cell[j].split())) is not None
        # "Xã" over the name column: each row is a unit of that kind ("Bảo Thuận" is xã Bảo Thuận)
        kind = cell[j].strip().lower() if cell[j].strip().lower() in UNIT_WORDS else None
        grouped = False  # a column of the rows' groups right after the names ("Xã | Dân tộc | Số đảng viên")
        # the figure columns: up to the first row number (with an ordinal column), else while their
        # headers are known (the first row's name follows them)
        columns: list[str | None] = []
        headers: list[tuple[int, int]] = []  # each column's heading
        j += 1
        # columns headed by periods ("Quý IV/2025 / Cả năm 2025") count what the table's title names
        titled = title_measure(cell[i - 1]) if i > 0 else None
        noted = False  # a last column of notes ("Ghi chú"), its cells left empty in some rows
        while j < len(cell) and not numeric[j]:
            role = ("measure", titled) if titled and _period_heading(cell[j]) else _role(cell[j])
            if role == ("note", None) and not (j + 1 < len(cell) and _role(cell[j + 1])):
                noted = True  # (the last heading: a column of notes amid the figures' is one no one reads)
                j += 1
                break
            # a header written on one line ("Chi bộ<TAB>Kết nạp<TAB>Ghi nhận khác"): its cells are the columns, one no
            # heading names left unread
            one_line = self._row_of[j] == self._row_of[i]
            if not one_line and _SPANNING.fullmatch(cell[j]):
                j += 1  # "Trong đó" over the columns that break a count down, flattened: no column of its own
                continue
            if not ordinal and not one_line and (role is None or role[0] not in ("measure", "part")):
                break
            if role == ("group", None) and not columns and one_line:
                grouped = True  # each row's counts are of the group its cell names ("Pà Thẻn"), not of all
            if role and role[0] == "part":
                # "Kết nạp | Trong đó người DTTS": the group's part of the count of the column before it
                # (after another part: the count before both, "Kết nạp | Nữ | DTTS")
                counted = next((c for c in reversed(columns) if c in _BY_GROUP or c not in _PARTS), None)
                role = ("measure", _BY_GROUP[counted][0] if counted in _BY_GROUP else None)
            columns.append(role[1] if role and role[0] == "measure" else None)
            headers.append(lines[j])
            j += 1
            if one_line and (j >= len(cell) or self._row_of[j] != self._row_of[i]):
                break
        # "Tỷ lệ" beside a target column is the share of the target reached; elsewhere a share of what the
        # table does not say
        columns = [("TargetAchievement" if "AdmissionTarget" in columns else None) if c == "Share" else c
                   for c in columns]
        if grouped:
            columns = [_BY_GROUP[c][0] if c in _BY_GROUP else None for c in columns]
        if not any(columns):
            return [], i + 1
        rows, j = self._rows(cell, numeric, j, ordinal, columns, noted)
        if not rows:
            return [], i + 1
        caption = lines[i - 1] if i > 0 else (lines[i][0], lines[i][0])
        if cells:
            return self._siblings(self._cell_figures(lines, rows, columns, caption, headers), None), j
        return self._row_figures(lines, rows, columns, caption, headers, kind), j

    @staticmethod
    def _rows(cell: list[str], numeric: list[bool], j: int, ordinal: bool,
              columns: list[str | None], noted: bool = False) -> tuple[list[tuple[int, bool]], int]:
        """The rows from line j: (line of the row's name, is the total), and the line after them. With `noted`, a row's
        figures may be followed by its note: a short cell that no figure follows (the next row's name has its own);
        an empty note leaves no line once the table is flattened."""
        rows: list[tuple[int, bool]] = []
        while True:
            total = j < len(cell) and (_role(cell[j]) or ("",))[0] == "total"
            at = j if total or not ordinal else j + 1
            if ordinal and not total and not (j < len(cell) and cell[j].isdigit()):
                break
            if at + len(columns) >= len(cell) or numeric[at] \
                    or not all(numeric[at + 1 + k] for k, c in enumerate(columns) if c or ordinal):
                break
            rows.append((at, total))
            j = at + 1 + len(columns)
            if noted and j < len(cell) and not numeric[j] and len(cell[j]) <= 60 \
                    and (j + 1 >= len(cell) or not numeric[j + 1]):
                j += 1
        return rows, j

    def _cell_figures(self, lines: list[tuple[int, int]], rows: list[tuple[int, bool]], columns: list[str | None],
                      caption: tuple[int, int], headers: list[tuple[int, int]]) -> list[TableFigure]:
        """The rows of a table of party cells ("Chi bộ / Số đảng viên / Kết nạp" then "Khoa Dược / 19 / 1"): each row's
        figures are its cell's; its total row ("Tổng cộng / 110 / 7") sums the cells of one body, so gives that body's
        figures (the party body the cells are in is the article's: the caller knows it, the organization left empty)."""
        # (a row may give its cell's seat in brackets, "Phòng Giao dịch số 3 (phường X)": no part of the name)
        named = [(r, re.sub(r" \([^()]*\)$", "", self._clean(self.text[slice(*lines[r])]))) for r, total in rows
                 if not total and _role(self.text[slice(*lines[r])]) != ("rest", None)]
        rows_of = [*zip(named, self._cells([n for _r, n in named])), *(((r, ""), "") for r, total in rows if total)]
        out = []
        for (r, _name), org in rows_of:
            for k, measure in enumerate(columns):
                a, b = lines[r + 1 + k]
                value = _CELL_FIGURE.fullmatch(self.text, a, b)
                if measure is None or value is None:
                    continue
                fig = Figure(org, parse_number(value["n"]), None, a, lines[r][0], b)
                out.append(TableFigure(fig, measure, caption, headers[k], None, cells=True, total=not org))
        return out

    def _row_figures(self, lines: list[tuple[int, int]], rows: list[tuple[int, bool]], columns: list[str | None],
                     caption: tuple[int, int], headers: list[tuple[int, int]],
                     kind: str | None = None) -> list[TableFigure]:
        """The figures of each row's organization; `kind`: the unit word the name column's heading gives every row,
        for a bare name the register does not settle."""
        names = [self._clean(self.text[slice(*lines[r])]) for r, total in rows
                 if not total and _role(self.text[slice(*lines[r])]) != ("rest", None)]
        if any(n.startswith(OTHER_HEADS) and not n.startswith(BODY_HEADS) for n in names):
            return []  # a table of mass organizations or agencies is not one of party organizations
        enclosing = self._enclosing([n for n in names if self._is_bare(n)])
        whole = party_org_name(enclosing.unit_type, enclosing.name) if enclosing is not None else None
        out = []
        unsettled_rows: list[int] = []  # (a bare name the register does not settle, nor the heading's kind)
        for r, total in rows:
            name_at, name_end = lines[r]
            if total:
                if whole is None:
                    continue
                org: str | None = whole
            elif _role(self.text[name_at:name_end]) == ("rest", None):
                continue  # "Các đơn vị khác": the bodies the table leaves unnamed
            else:
                name = self._clean(self.text[name_at:name_end])
                org = self._organization(name, name_at, name_end, enclosing)
                if kind and self._is_bare(name) and self._settled(name, enclosing) is None:
                    org = party_org_name(kind, name)
                elif self._is_bare(name) and self._settled(name, enclosing) is None:
                    unsettled_rows.append(r)
            if org is None:
                return []
            parent = whole if not total and enclosing is not None and self._inside(org, enclosing) else None
            for k, measure in enumerate(columns):
                a, b = lines[r + 1 + k]
                value = _CELL_FIGURE.fullmatch(self.text, a, b)
                if measure is None or value is None:
                    continue
                fig = Figure(org, parse_number(value["n"]), None, a, name_at, b)
                out.append(TableFigure(fig, measure, caption, headers[k], parent))
        unsettled = sum(1 for r in unsettled_rows if any(t.figure.start == lines[r][0] for t in out))
        return self._siblings(out, whole) if 2 * unsettled <= len(names) else []

    def _siblings(self, out: list[TableFigure], whole: str | None) -> list[TableFigure]:
        """A table's rows are the member organizations of one body (a report's table of its đảng bộ, chi bộ trực
        thuộc): a row no parent settles takes the one the organizations component gave most of its other rows (for a
        table of cells, its workplace rule's: the caller's fallback, the article's subject, is then left unused)."""
        known = {o.name: o.parent for o in self.doc._.extraction.organizations}
        rows = {t.figure.organization for t in out if t.parent is None and t.figure.organization != whole
                and not t.total}
        parents = Counter(known[r] for r in rows if known.get(r))
        if len(parents) != 1 or 2 * next(iter(parents.values())) <= len(rows):
            return out
        parent = next(iter(parents))
        return [t if t.parent or t.figure.organization == parent or t.total else
                TableFigure(t.figure, t.measure, t.caption, t.header, parent, t.cells) for t in out]

    @staticmethod
    def holds_cells(org: str) -> bool:
        """A party body a table of party cells may list the cells of: not a province's Đảng bộ, whose members are the
        đảng bộ of its districts, blocs and communes (Điều lệ Đảng, điều 11: the cells lie below those)."""
        unit = re.match(rf"Đảng bộ (?P<u>{_UNIT_WORD}) (?P<n>.+)$", org, re.IGNORECASE)
        return not (unit and any(u.unit_type == unit["u"].lower()
                                 for u in register().by_name.get((PROVINCE, key(unit["n"])), [])))

    @staticmethod
    def _inside(org: str, enclosing: Unit) -> bool:
        """The party organization of a unit right below `enclosing` (by the register), or of a body
        seated in it ("Đảng bộ Công an tỉnh X"): a row of the enclosing unit's table, in its Đảng bộ."""
        if org.startswith(tuple("Đảng bộ " + h for h in BODY_HEADS)):
            return org.endswith(f" {enclosing.unit_type} {enclosing.name}")
        unit = re.match(rf"Đảng bộ (?P<u>{_UNIT_WORD}) (?P<n>.+)$", org, re.IGNORECASE)
        below = _LEVEL_BELOW.get(enclosing.level)
        return bool(unit and below and any(c.parent == enclosing.code and c.unit_type == unit["u"].lower()
                                           for c in register().by_name.get((below, key(unit["n"])), [])))

    @staticmethod
    def _clean(name: str) -> str:
        # (a remark in brackets after the name, "Phòng Giao dịch số 6 (phường Phố Hiến)": where the body sits, or what
        # it was, no part of its name)
        name = _ASIDE.sub("", " ".join(name.split()))
        return re.sub(r"^TP\.\s?", "thành phố ", name)

    @staticmethod
    def _is_bare(name: str) -> bool:
        return not (_PARTY_HEAD.match(name) or name.startswith(BODY_HEADS)
                    or re.match(rf"(?:{_UNIT_WORD}) ", name, re.IGNORECASE))

    def _organization(self, name: str, at: int, end: int, enclosing: Unit | None,
                      kind: str | None = None) -> str | None:
        """The party organization of a list's name; `kind`: the unit word the list's lead gives its bare names ("các
        đảng bộ xã: A 5; B 4"), which settles a name the register holds as two units (a thị trấn and a xã)."""
        unit = re.match(rf"(?P<u>{_UNIT_WORD}) (?P<n>.+)$", name, re.IGNORECASE)
        if unit:
            return party_org_name(unit["u"].lower(), unit["n"])
        if _PARTY_HEAD.match(name):
            for o in self.org_mentions:
                # read in full, and not into the item's number ("Công an thành phố 2 đảng viên")
                if o.start == at and o.explicit and o.end - o.start >= len(name) - 1 and o.end <= end \
                        and not (_DIGIT.search(o.name) and not _DIGIT.search(self.text, o.start, o.end)):
                    return o.parent if o.kind == "PartyCommittee" and (o.parent or "").startswith("Đảng bộ") \
                        else o.name
            # a body seated in a unit ("Đảng bộ Công an", "Đảng bộ Sở Y tế") takes the unit's name; a
            # party organization named after its own institution ("Đảng bộ Nông trường X") stays as written
            body = _PARTY_HEAD.sub("", name, count=1).strip()
            committee = _TRAILING_COMMITTEE.search(name)
            if committee:  # "Chi bộ Ban Nội chính Tỉnh ủy": a body of the province's committee, so of the province
                seat = self._seat(enclosing or self.province_unit(), COMMITTEE_UNIT[committee["c"].lower()])
                return f"{name} {seat.name}" if seat is not None else name
            return self._seated(name, enclosing) if body.startswith(BODY_HEADS) or _TRAILING_UNIT.search(name) \
                else name
        if name.startswith(BODY_HEADS):
            return self._seated("Đảng bộ " + name, enclosing)
        return self._settled(name, enclosing, kind) or f"Đảng bộ {name}"  # (unsettled: as written)

    @staticmethod
    def _settled(name: str, enclosing: Unit | None, kind: str | None = None) -> str | None:
        """The party organization of a bare unit name the register settles: the one unit of that name below
        `enclosing` (of `kind`, if it holds several); None where it settles none."""
        if enclosing is None or enclosing.level not in _LEVEL_BELOW:
            return None
        below = [c for c in register().by_name.get((_LEVEL_BELOW[enclosing.level], key(name)), [])
                 if c.parent == enclosing.code]
        if len(below) > 1 and kind:
            below = [c for c in below if c.unit_type == kind]
        return party_org_name(below[0].unit_type, name) if len(below) == 1 else None

    @staticmethod
    def _seat(enclosing: Unit | None, want: str) -> Unit | None:
        """The unit of type `want` that is `enclosing` or holds it."""
        if enclosing is None:
            return None
        return next((u for u in [enclosing, *register().ancestors(enclosing)] if u.unit_type == want), None)

    def _seated(self, name: str, enclosing: Unit | None) -> str:
        """"Đảng bộ Công an" + the unit it is seated in: a trailing bare unit word names it."""
        trailing = re.search(rf" (?P<u>{_UNIT_WORD})$", name)
        seat = enclosing
        if seat is not None and not trailing and name.endswith(f" {seat.name}"):
            return name  # "Đảng bộ Sở Y tế Nghệ An": the seat named already, its unit word left out
        if trailing:
            seat = self._seat(enclosing, trailing["u"])
            if seat is None:
                return name
            return f"{name} {seat.name}"
        return f"{name} {seat.unit_type} {seat.name}" if seat is not None else name


# a table of measures by period (resources/table_rows.tsv): its rows' labels, and each measure's broader one (for
# the row that sums the rows above it)
_ROWS = [(row["measure"], re.compile(rf"(?:Trong đó\s*:?\s*)?(?:{row['label']})", re.IGNORECASE))
         for row in table("table_rows.tsv")]
_BROADER = {row["measure"]: row["broader"] for row in table("measures.tsv") if row["broader"]}


# a cell named after its host's office alone ("Chi bộ Văn phòng"): every agency, institution or company has one office,
# so the name tells which only with its host's (gold conventions: a reference resolved to its full name in context)
_OFFICE_CELL = re.compile(r"Chi bộ Văn phòng")
_UNIT_PARTY_ORG = re.compile(rf"Đảng bộ (?:{_UNIT_WORD}) ", re.IGNORECASE)


def host_office(org: str, host: str | None) -> str:
    """A list's or table's cell of one body named after the office: the office of that body (not of a unit's party
    organization, whose office cell is the committee's or the people's committee's: the name does not say which)."""
    if host and _OFFICE_CELL.fullmatch(org) and host.startswith("Đảng bộ ") and not _UNIT_PARTY_ORG.match(host):
        return f"{org} {host[len('Đảng bộ '):]}"
    return org


class PeriodFigure(NamedTuple):
    """A figure of a table of measures by period: its measure, its column's period, where it stands."""
    measure: str
    value: int | str
    period: Period | None  # the column's heading (of a table of groups: the last period its caption states)
    value_at: int
    start: int  # the row's label
    end: int
    caption: tuple[int, int]  # the line right above the table (what it counts, of which body)


def _row_measure(cell: str) -> str | None:
    cell = " ".join(cell.split())
    cell = re.sub(rf"^{LINE_ITEM_MARK}\s*", "", cell)  # a part of the row above set off as an item ("- Khiển trách")
    cell = _COUNTED_IN.sub("", cell.rstrip(" :"))  # the unit its figures count in ("Kết nạp đảng viên (người)")
    return next((m for m, rx in _ROWS if rx.fullmatch(cell)), None)


def period_tables(text: str, body: list[tuple[int, int]], year: str | None) -> list[PeriodFigure]:
    """The figures of every table whose header row, in the `body`, is a label then two periods or more
    ("Hình thức   6 tháng đầu năm 2023   6 tháng đầu năm 2024") and whose rows are a measure's label then
    one figure a period ("Khiển trách   49   52"), its cells apart by tabs, runs of spaces or " | "."""
    # a table flattened one cell a line, read wherever the layout put its lines (a lone figure line is not prose, and
    # may have been taken for boilerplate) from a header in the body
    out: list[PeriodFigure] = _flat_period_table(text, body, year) if body else []
    for b, e in _joined(text, body):
        out.extend(_flat_periods_down(text, b, e, year))
        if "\t" not in text[b:e] and "  " not in text[b:e] and "|" not in text[b:e]:
            continue  # no row of cells in the span (a quick test)
        rows = [(m.start(), _cells(m.start(), m.group())) for m in re.finditer(r"[^\n]*\S[^\n]*", text[b:e])]
        rows = [(b + at, [(b + x, b + y) for x, y in cells]) for at, cells in rows]
        i = 0
        while i < len(rows):
            found, j = _period_table(text, rows, i, year)
            if not found:
                found, j = _periods_down_table(text, rows, i, year)
            out.extend(found)
            i = j
    return out


_FIGURE_LINES = re.compile(rf"[ \t\n|]*(?:(?:{NUMBER})%?[ \t]*\n[ \t\n|]*)*")


def _joined(text: str, body: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The body's spans, those apart by white space (or a table's edge "|") or lines of lone figures only joined: a
    table's rows the page's layout set apart (each row a region of its own, its figure lines taken for boilerplate) are
    one table."""
    out: list[tuple[int, int]] = []
    for b, e in sorted(body):
        if out and (b <= out[-1][1] or not text[out[-1][1]:b].strip(" \t\n|")
                    or _FIGURE_LINES.fullmatch(text, out[-1][1], b) and _ends_in_a_row_head(text, *out[-1])):
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((b, e))
    return out


def _ends_in_a_row_head(text: str, b: int, e: int) -> bool:
    """The span's last line is a table's row period, column heading or figure: the figure lines after it are its
    row's (a lone figure after prose, a page's view counter, is not)."""
    end = len(text[:e].rstrip())
    line = text[max(b, text.rfind("\n", 0, end) + 1):end]
    return bool(line) and (_row_period(text, end - len(line), end, None) is not None or _role(line) is not None
                           or _CELL_FIGURE.fullmatch(line.strip()) is not None)


def _period_table(text: str, rows: list, i: int, year: str | None) -> tuple[list[PeriodFigure], int]:
    """The table whose header is the row i (its figures, the row after it), else ([], i + 1)."""
    header = rows[i][1]
    # a row number's column first ("STT | Nội dung | Quý IV/2025 | Cả năm 2025"): each row's number left out
    ordinal = bool(header) and _role(text[slice(*header[0])]) == ("ordinal", None)
    header = header[ordinal:]
    if len(header) < 3 or _CELL_NUMBER.fullmatch(text[slice(*header[0])].strip()):
        return [], i + 1
    periods = []
    targets = []  # the columns of the targets set for a period ("Chỉ tiêu năm 2025")
    for a, z in header[1:]:
        column = _period_column(text, a, z, year)
        if column is None:
            return [], i + 1  # every column heading is a period ("6 tháng đầu năm 2024", "2024", "Lũy kế từ 1/7")
        periods.append(column[0])
        targets.append(column[1])
    caption = (rows[i - 1][0], rows[i - 1][1][-1][1]) if i > 0 and rows[i - 1][1] else (rows[i][0], rows[i][0])
    out: list[PeriodFigure] = []
    parts: list[str] = []  # the measures of the rows above a total
    j = i + 1
    while j < len(rows):
        cells = rows[j][1]
        if ordinal and len(cells) == len(header) + 1 and _CELL_NUMBER.fullmatch(text[slice(*cells[0])].strip()):
            cells = cells[1:]  # its number
        if len(cells) != len(header):
            break
        # a share's cell may keep its sign ("95,2%"): its number
        values = [_CELL_FIGURE.sub(r"\g<n>", v) if _CELL_FIGURE.fullmatch(v) else v
                  for v in (text[slice(*c)].strip() for c in cells[1:])]
        if not all(_CELL_NUMBER.fullmatch(v) or _NO_FIGURE.fullmatch(v) for v in values):
            break
        measure = _row_measure(text[slice(*cells[0])])
        if measure == "total":
            broader = {_BROADER.get(m) for m in parts}
            measure = broader.pop() if len(broader) == 1 else None
        elif measure:
            parts.append(measure)
        if measure:
            for (a, z), v, period, target in zip(cells[1:], values, periods, targets):
                # a target column holds the target of the row's admissions; no measure names another row's target
                counted = ("AdmissionTarget" if measure == "NewMembers" else None) if target else measure
                if counted and not _NO_FIGURE.fullmatch(v):
                    out.append(PeriodFigure(counted, parse_number(v), period, a, cells[0][0], z, caption))
        j += 1
    return (out, j) if j - i > 2 else ([], i + 1)


# a column heading of a table of figures by period that is not a bare period: the running total from a day ("Lũy kế
# từ 1/7/2025": from that day on, no end stated) or over a period ("Lũy kế 9 tháng"), the target set for a period
# ("Chỉ tiêu năm 2025", "Kế hoạch cả năm 2025"), as organization boards report a quarter beside the running total and
# the year's target
_RUNNING = re.compile(r"(?:Lũy kế|Luỹ kế|Cộng dồn)\s+", re.IGNORECASE)
_TARGET_HEADING = re.compile(r"(?:Chỉ tiêu|Kế hoạch)(?: giao)?\s+", re.IGNORECASE)


def _period_column(text: str, a: int, z: int, year: str | None) -> tuple[Period, bool] | None:
    """(period, is a target column) of a column heading of a table of figures by period, else None."""
    cell = text[a:z]
    lead = _RUNNING.match(cell) or _TARGET_HEADING.match(cell)
    at = a + (lead.end() if lead else 0)
    found = find_periods(text, at, z, year)
    period = found[0] if len(found) == 1 and _period_heading(text[at:z]) else _row_period(text, at, z, year)
    if period is None:
        return None
    if lead and lead.re is _RUNNING and period.kind == "day_from":  # (over a part of a year: "Lũy kế 9 tháng", that)
        period = Period(period.start, period.end, period.begin, None, "since")
    return period, bool(lead and lead.re is _TARGET_HEADING)


def _flat_period_table(text: str, body: list[tuple[int, int]], year: str | None) -> list[PeriodFigure]:
    """The tables of figures by period (_period_table) flattened one cell a line, their header in the `body`: a heading
    of the rows' labels ("Chỉ tiêu", "Nội dung"), then two period headings or more ("Quý III/2025", "Lũy kế từ
    1/7/2025"), then each row's label and one figure (or "—") a column: read as the rows of cells they were."""
    b, e = min(s for s, _e in body), max(z for _s, z in body)
    lines = [(b + m.start(), b + m.end()) for m in re.finditer(r"[^\n\s](?:[^\n]*[^\n\s])?", text[b:e])]
    out: list[PeriodFigure] = []
    i = 1
    while i + 2 < len(lines):
        j = i + 1
        if lines[j][1] - lines[j][0] > 40 or not any(s <= lines[i][0] < z for s, z in body):
            i += 1  # (a quick test: a column heading is short)
            continue
        while j < len(lines) and _period_column(text, *lines[j], year):
            j += 1
        n = j - i - 1
        if n < 2 or len(text[slice(*lines[i])]) > 40 or _CELL_FIGURE.fullmatch(text[slice(*lines[i])]):
            i = j if n else i + 1
            continue
        rows = [(lines[i - 1][0], [lines[i - 1]]), (lines[i][0], lines[i:j])]  # the caption, the header
        while j + n < len(lines) + 1 and _row_measure(text[slice(*lines[j])]) \
                and all(_CELL_FIGURE.fullmatch(text[x:y]) or _NO_FIGURE.fullmatch(text[x:y])
                        for x, y in lines[j + 1:j + 1 + n]):
            rows.append((lines[j][0], lines[j:j + 1 + n]))
            j += 1 + n
        found, _after = _period_table(text, rows, 1, year)
        out.extend(found)
        i = j
    return out


# a period in a table's column of periods, written short ("2021", "9 tháng 2024"): the year as prose writes it
_SHORT_YEAR = re.compile(r"(?<![/\d])(?<!năm )(?<![-–—] )(?<![-–—])(?P<y>(?:19|20)\d\d)\s*$")


def _row_period(text: str, a: int, z: int, year: str | None) -> Period | None:
    """The period a cell is, and only that, where a table's cells are periods (the rows' first cells under "Năm", the
    headings of columns of periods): "2021", "Năm 2022", "9 tháng 2024", "Quý I/2025" (a bare year is that year)."""
    cell = " ".join(text[a:z].split())
    written = _SHORT_YEAR.sub(lambda m: f"năm {m['y']}", cell)
    found = find_periods(written, 0, len(written), year)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(written):
        return None
    return Period(a, z, found[0].begin, found[0].until, found[0].kind)


def _periods_down_table(text: str, rows: list, i: int, year: str | None) -> tuple[list[PeriodFigure], int]:
    """The table whose header (the row i) is a column of periods then measures ("Năm | Đảng viên | Kết nạp trong
    năm"), its rows a period then one figure a measure ("2022 | 5 | 2"), as a body's growth is laid out year by year:
    each figure is of its row's period; a column no heading names (not the party's: "Thành viên HTX") is left unread.
    ([], i + 1) when it is not one."""
    header = rows[i][1]
    if len(header) < 2 or _role(text[slice(*header[0])]) != ("period", None):
        return [], i + 1
    edges = [_STOCK_EDGE.search(text, a, z) for a, z in header[1:]]
    measures = [(r or ("", None)) for r in (_role(text[a:edge.start() if edge else z])
                                           for (a, z), edge in zip(header[1:], edges))]
    columns = [m if r == "measure" and m != "Share" and (not edge or is_stock(m or "")) else None
               for (r, m), edge in zip(measures, edges)]
    if not any(columns):
        return [], i + 1
    edges = _shared_edges(columns, edges)
    caption = (rows[i - 1][0], rows[i - 1][1][-1][1]) if i > 0 and rows[i - 1][1] else (rows[i][0], rows[i][0])
    out: list[PeriodFigure] = []
    j = i + 1
    while j < len(rows):
        cells = rows[j][1]
        if len(cells) != len(header):
            break
        (a, z), found = cells[0], [_CELL_FIGURE.fullmatch(text[slice(*c)].strip()) for c in cells[1:]]
        period = _row_period(text, a, z, year)
        values = [m for m in found if m is not None]
        if period is None and out and len(values) == len(found) and _role(text[a:z]) == ("total", None):
            out.extend(_total_row(text, out, columns, values, cells, edges, caption))
            j += 1
            break
        # a column no heading reads may hold words ("Hoàn thành tốt nhiệm vụ": the cell's rating that year); the read
        # columns hold figures
        if period is None or any(m is None for m, column in zip(found, columns) if column):
            break
        for k, measure, n, a, z in _row_figures(columns, found, cells):
            out.append(PeriodFigure(measure, n, _on_edge(period, edges[k]), a, cells[0][0], z, caption))
        j += 1
    return (out, j) if j - i > 2 else ([], i + 1)


def _row_figures(columns: list[str | None], values: Sequence[re.Match | None],
                 cells: list[tuple[int, int]]) -> Iterator[tuple[int, str, int | str, int, int]]:
    """(column, measure, number, start, end) of each figure of a table's row under a column read (its first cell
    is the row's period or label)."""
    for k, (measure, value, (a, z)) in enumerate(zip(columns, values, cells[1:])):
        if measure and value is not None:
            yield k, measure, parse_number(value["n"]), a, z


def _total_row(text: str, rows: list[PeriodFigure], columns: list[str | None], values: list[re.Match],
               cells: list[tuple[int, int]], edges: list[re.Match | None],
               caption: tuple[int, int]) -> list[PeriodFigure]:
    """The figures of a total row ("Tổng cộng | 12 | 9") under the rows of periods: each flow's sum over the periods
    the rows span, from the earliest's start to the latest's end (rows may run newest first), only when the periods
    follow on each other without a gap (a sum of 2015, 2020 and 2025 is not the flow over 2015-2025); a cell that is
    not its column's sum is no total."""
    flows = [m if m and not edge and not is_stock(m) else None for m, edge in zip(columns, edges)]
    dated = [f.period for f in rows if f.measure in flows and f.period]
    spans = [_day_span(p) for p in dated]
    if not dated or None in spans:
        return []
    periods = sorted({d: p for d, p in zip(spans, dated) if d}.items())
    if any(later[0] != earlier[1] + timedelta(days=1) for (earlier, _p), (later, _q) in zip(periods, periods[1:])):
        return []
    first, last = periods[0][1], periods[-1][1]
    span = Period(min(p.start for _d, p in periods), max(p.end for _d, p in periods), first.begin, last.until, "range")
    out = []
    for _k, measure, n, a, z in _row_figures(flows, values, cells):
        if n == sum(f.value for f in rows if f.measure == measure and isinstance(f.value, int)):
            out.append(PeriodFigure(measure, n, span, a, cells[0][0], z, caption))
    return out


def _day_span(period: Period) -> tuple[date, date] | None:
    """The first and last days of a period written as years or days ("2022", "2022-07-01" .. "2022-12-31")."""
    b, u = period.begin or "", period.until or ""
    if len(b) not in (4, 10) or len(u) not in (4, 10):
        return None
    return (date(int(b), 1, 1) if len(b) == 4 else date.fromisoformat(b),
            date(int(u), 12, 31) if len(u) == 4 else date.fromisoformat(u))


# the measures counted at a point in time (stocks) and the targets: shared by the tables read here and the
# sentences statistics.py reads
STOCKS = {"TotalMembers", "GrassrootsPartyOrganizations", "GrassrootsPartyCommittees", "AffiliatedPartyOrganizations",
          "GrassrootsPartyCells", "AffiliatedPartyCells", "AffiliatedPartyCommittees", "VillagesWithoutPartyMembers",
          "MassOrganizationMembersInParty", "MassOrganizationMembersInPartyShare", "MembersNotTransferred",
          "AffiliatedPartyCellsByType", "AffiliatedPartyCommitteesByType", "PartyCandidatesInTraining",
          "VillagesWithJointPartyCells", "PartyGroups", "VillagesWithoutPartyCell",
          "NonStateEnterprisePartyOrganizations", "NonStateEnterpriseMembers", "PartyCellsWithoutAdmissions",
          "EnterprisesWithPartyOrganizationShare", "MembersExemptFromActivities", "MembersExemptFromActivitiesShare",
          "MembersWorkingAway", "MembersInTemporaryActivity"}
TARGETS = {"AdmissionTarget", "AdmissionTargetRemaining", "AdmissionTargetByGroup", "AdmissionTargetAnnualAverage"}


def is_flow_done(measure: str) -> bool:
    """A measure that counts what was done over a period (an admission, an award, a transfer), not a stock, a target
    or what a body introduces to the party (whose goal cues say "phấn đấu" themselves)."""
    return not is_stock(measure) and measure not in TARGETS and "Target" not in measure


def is_stock(measure: str) -> bool:
    """Counts at a point in time: reported at the end of their period, without a start."""
    return measure in STOCKS or measure.startswith(("MembersWith", "GrassrootsCommitteeMembers", "MembersByGroup")) \
        or measure == "MemberShareOfStaff"


# a stock's column counted on the first or the last day of each row's period ("Đảng viên đầu năm", "Số đảng viên cuối
# kỳ", "Số ĐV (cuối kỳ)"), as a body's yearly report gives its members at the opening and the close of the
# year
_STOCK_EDGE = re.compile(r"\s+\(?(?P<edge>đầu|cuối) (?:năm|kỳ)\)?$", re.IGNORECASE)


def _shared_edges(columns: list[str | None], edges: list[re.Match | None]) -> list[re.Match | None]:
    """The day one stock column is counted on dates the table's other stock columns too ("Số đảng viên (cuối kỳ) |
    Đảng viên người DTTS": the minority members on the same last day of each row)."""
    stock_edge = next((e for m, e in zip(columns, edges) if e and m and is_stock(m)), None)
    return [e or (stock_edge if m and is_stock(m) else None) for m, e in zip(columns, edges)]


def _on_edge(period: Period, edge: re.Match | None) -> Period:
    """The row's period, or its first or last day for a column of a stock counted on it."""
    if edge is None:
        return period
    if edge["edge"].lower() == "đầu":
        day = period.begin if period.begin and len(period.begin) == 10 else f"{(period.begin or '')[:4]}-01-01"
    else:
        day = period.until if period.until and len(period.until) == 10 else f"{(period.until or '')[:4]}-12-31"
    return Period(period.start, period.end, day, day, "day")


_PERIOD_HEADING_LINE = re.compile("|".join(rf"^[ \t]*(?:{rx.pattern})[ \t]*$"
                                           for r, _m, rx in _COLUMNS if r == "period"), re.IGNORECASE | re.MULTILINE)


def _flat_periods_down(text: str, b: int, e: int, year: str | None) -> list[PeriodFigure]:
    """The tables whose rows are periods (_periods_down_table) flattened one cell a line: "Năm", "Đảng viên", "Kết
    nạp", then "2022", "5", "2" ...: the headings up to the first period, then a row's period and one figure a
    heading."""
    if not _PERIOD_HEADING_LINE.search(text, b, e):
        return []  # (a quick test: a line that is a period column's heading alone)
    lines = [(b + m.start(), b + m.end()) for m in re.finditer(r"[^\n\s](?:[^\n]*[^\n\s])?", text[b:e])]
    out: list[PeriodFigure] = []
    for i, (a, z) in enumerate(lines):
        if _role(text[a:z]) != ("period", None):
            continue
        j = i + 1
        while j < len(lines) and _row_period(text, *lines[j], year) is None \
                and not _CELL_FIGURE.fullmatch(text[slice(*lines[j])]):
            j += 1
        headings = lines[i + 1:j]
        edges = [_STOCK_EDGE.search(text, x, y) for x, y in headings]
        columns = [m if r == "measure" and m != "Share" and (not edge or is_stock(m or "")) else None
                   for (r, m), edge in zip(((_role(text[x:edge.start() if edge else y]) or ("", None))
                                            for (x, y), edge in zip(headings, edges)), edges)]
        if not any(columns):
            continue
        edges = _shared_edges(columns, edges)
        caption = lines[i - 1] if i > 0 else (a, a)
        found: list[PeriodFigure] = []
        rows = 0
        while j + len(columns) < len(lines):
            period = _row_period(text, lines[j][0], lines[j][1], year)
            cells = [_CELL_FIGURE.fullmatch(text[x:y]) for x, y in lines[j + 1:j + 1 + len(columns)]]
            values = [m for m in cells if m is not None]
            if period is None or len(values) < len(cells):
                break
            for measure, value, (x, y), edge in zip(columns, values, lines[j + 1:], edges):
                if measure:
                    found.append(PeriodFigure(measure, parse_number(value["n"]), _on_edge(period, edge), x, lines[j][0],
                                              y, caption))
            j += 1 + len(columns)
            rows += 1
        if rows >= 2:
            out.extend(found)
    return out


# a table of one body's members by group ("Chức danh | Số đảng viên | Tỷ lệ", then "Kiểm sát viên | 54 | 67,5%"): its
# rows are groups of the body's members, not organizations; each count column its measure by group, a share column the
# group's share of it
_BY_GROUP = {"TotalMembers": ("MembersByGroup", "MembersByGroupShare"),
             "NewMembers": ("NewMembersByGroup", "NewMembersShareByGroup")}
_PARTS = {m for m, _share in _BY_GROUP.values()}
_SPANNING = re.compile(r"Trong đó\s*:?", re.IGNORECASE)
_BARE_COUNT = re.compile(r"Số lượng|Số người|SL", re.IGNORECASE)
_ADMITTED = re.compile(r"kết nạp|đảng viên mới", re.IGNORECASE)


def group_tables(text: str, body: list[tuple[int, int]], year: str | None) -> list[PeriodFigure]:
    """The figures of every table, in the `body`, whose header is a kind of group of members then count or share
    columns ("Độ tuổi | Số đảng viên | Tỷ lệ"), its rows a group's label then its figures, one row a line (cells apart
    by tabs, runs of spaces or " | ") or flattened one cell a line; of the body the line above it names, on the last
    day that line states."""
    out: list[PeriodFigure] = []
    for b, e in _joined(text, body):
        cells = [(c, k) for k, m in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text[b:e]))
                 for c in _cells(b + m.start(), m.group())]
        spans = [(a + len(text[a:z]) - len(text[a:z].lstrip()), a + len(text[a:z].rstrip())) for (a, z), _k in cells]
        rows = [k for _c, k in cells]
        for i, (a, z) in enumerate(spans):
            role = _role(text[a:z])  # (once a cell: a line of prose is a cell too, and each pattern is tried on it)
            if role == ("group", None):
                out.extend(_group_table(text, spans, rows, i, year))
            elif role == ("grade", None):
                out.extend(_grade_table(text, spans, rows, i, year))
    return out


# a table of the yearly rating (Quy định 366-QĐ/TW: four grades) of one body's members, cells or grassroots
# organizations: "Mức xếp loại | Số chi bộ | Tỷ lệ", then "Hoàn thành xuất sắc nhiệm vụ | 8 | 21,1%"; each row a grade
# (as a members' rating column heads it: "MembersCompletedTasksWell"), each count column what it rates
_RATED = {"TotalMembers": "Members", "PartyCells": "PartyCells",
          "GrassrootsPartyOrganizations": "GrassrootsOrganizations"}
# what a bare count heading ("Số lượng") rates: the kind the caption names ("Kết quả xếp loại chi bộ năm 2024:")
_RATED_IN_CAPTION = [(re.compile(r"tổ chức cơ sở đảng|TCCS", re.IGNORECASE), "GrassrootsOrganizations"),
                     (re.compile(r"chi bộ", re.IGNORECASE), "PartyCells"),
                     (re.compile(r"đảng viên", re.IGNORECASE), "Members")]


def _grade_table(text: str, spans: list[tuple[int, int]], rows: list[int], i: int,
                 year: str | None) -> list[PeriodFigure]:
    """The table whose header's grade column is the cell i, its header on one line or flattened one cell a line: its
    rows a grade and a figure a column; a share column is the share of the grade among what the count before it
    rates."""
    cell = [text[a:z] for a, z in spans]
    line = [k for k, r in enumerate(rows) if r == rows[i] - 1]  # the line above the header: the table's caption
    caption = (spans[line[0]][0], spans[line[-1]][1]) if line else (spans[i][0], spans[i][0])
    named = next((kind for rx, kind in _RATED_IN_CAPTION if rx.search(text, *caption)), None)
    j = i + 1
    columns: list[str | None] = []
    rated = None
    while j < len(cell):
        role, measure = _role(cell[j]) or ("", None)
        counts = role in ("measure", "rated") and measure in _RATED or bool(named and _BARE_COUNT.fullmatch(cell[j]))
        share = rated is not None and (role, measure) == ("measure", "Share")
        if rows[j] != rows[i] and not (counts or share):
            break  # (a header flattened one cell a line: its headings are the known ones)
        if counts:
            rated = _RATED[measure] if measure in _RATED else named
            columns.append(rated)
        else:
            columns.append(f"{rated}:Share" if share else None)
        j += 1
    if rated is None:
        return []
    stated = find_periods(text, *caption, year)
    out: list[PeriodFigure] = []
    while j + len(columns) < len(cell) + 1:
        grade = _role(cell[j])
        values = [_CELL_FIGURE.fullmatch(c) for c in cell[j + 1:j + 1 + len(columns)]]
        if grade is None or grade[0] != "measure" or not (grade[1] or "").startswith("Members") \
                or grade[1] == "MembersRated" or not all(v for v, c in zip(values, columns) if c):
            break
        for column, value, (a, z) in zip(columns, values, spans[j + 1:]):
            if column and value:
                kind, share = column.split(":")[0], column.endswith(":Share")
                measure = kind + (grade[1] or "")[len("Members"):] + ("Share" if share else "")
                out.append(PeriodFigure(measure, parse_number(value["n"]), stated[-1] if stated else None, a,
                                        spans[j][0], z, caption))
        j += 1 + len(columns)
    return out if len(out) >= 2 else []


def _group_table(text: str, spans: list[tuple[int, int]], rows: list[int], i: int,
                 year: str | None) -> list[PeriodFigure]:
    """The table whose header's group column is the cell i: its columns the known headings after it (all the cells of
    its line, when the header is on one line), its rows a label and a figure a column."""
    cell = [text[a:z] for a, z in spans]
    roles = []
    j = i + 1
    while j < len(cell) and (rows[j] == rows[i] or (_role(cell[j]) or ("",))[0] == "measure"):
        roles.append(_role(cell[j]) or ("", None))
        j += 1
    line = [k for k, r in enumerate(rows) if r == rows[i] - 1]  # the line above the header: the table's caption
    caption = (spans[line[0]][0], spans[line[-1]][1]) if line else (spans[i][0], spans[i][0])
    # a bare count heading ("Số lượng") counts what the caption's last sentence breaks down: the admitted, else the
    # members
    last = max(caption[0], text.rfind(". ", *caption) + 1)
    bare = "NewMembers" if _ADMITTED.search(text, last, caption[1]) else "TotalMembers"
    roles = [("measure", bare) if r == "" and _BARE_COUNT.fullmatch(" ".join(cell[i + 1 + k].split())) else (r, m)
             for k, (r, m) in enumerate(roles)]
    counted = next((m for r, m in roles if r == "measure" and m in _BY_GROUP), None)
    if counted is None:
        return []
    columns = [_BY_GROUP[m][0] if r == "measure" and m in _BY_GROUP else
               _BY_GROUP[counted][1] if (r, m) == ("measure", "Share") else None for r, m in roles]
    stated = find_periods(text, *caption, year)
    out: list[PeriodFigure] = []
    while j + len(columns) < len(cell) + 1 and j < len(cell):
        values = [_CELL_FIGURE.fullmatch(c) for c in cell[j + 1:j + 1 + len(columns)]]
        if _CELL_NUMBER.fullmatch(cell[j]) or len(values) < len(columns) \
                or not all(v for v, c in zip(values, columns) if c):
            break
        if _role(cell[j]) != ("total", None):  # (a total row is the body's own count: its sentences give it)
            for measure, value, (a, z) in zip(columns, values, spans[j + 1:]):
                if measure and value:
                    out.append(PeriodFigure(measure, parse_number(value["n"]), stated[-1] if stated else None, a,
                                            spans[j][0], z, caption))
        j += 1 + len(columns)
    return out if len(out) >= 2 else []


# a timeline, one dated event a line ("1954 - Chi bộ phát triển lên 38 đảng viên.", "Tháng 12/2019 - ...",
# "30/6/2025 - ...", "- Năm 1998: ...", "• Ngày 3/2/1930: ...", "— 1979: ..."), as a body's history is laid out on
# anniversaries: each line's date is the period of its figures
_TIMELINE_DATE = re.compile(rf"[ \t]*(?:[-–—+*{BULLETS}][ \t]+)?(?:[Nn]gày )?(?:(?P<d>\d{{1,2}})/)?"
                            r"(?:(?:[Tt]háng )?(?P<m>\d{1,2})/)?(?:[Nn]ăm )?"
                            r"(?P<y>(?:19|20)\d{2})[ \t]*(?:[-–—:])[ \t]+(?=\S)"
                            r"(?!(?:19|20)\d{2}(?!\d))")  # (not a range of years: a term)


def timeline_dates(text: str) -> dict[int, Period]:
    """The date each line of a timeline opens with, by the line's start: three dated lines in a row at least."""
    dated: list[tuple[int, Period | None]] = []
    for m in re.finditer(r"[^\n]*\S[^\n]*", text):
        opening = _TIMELINE_DATE.match(text, m.start(), m.end())
        period = None
        if opening and (not opening["m"] or 1 <= int(opening["m"]) <= 12) \
                and (not opening["d"] or 1 <= int(opening["d"]) <= 31):
            y, mo, d = opening["y"], opening["m"], opening["d"]
            if d and mo:
                begin = until = f"{y}-{int(mo):02d}-{int(d):02d}"
                kind = "day"
            elif mo:
                (begin, until), kind = month_period(int(y), int(mo)), "month"
            else:
                begin = until = y
                kind = "year"
            period = Period(m.start(), opening.end(), begin, until, kind)
        dated.append((m.start(), period))
    out: dict[int, Period] = {}
    run: list[tuple[int, Period]] = []
    for at, period in [*dated, (-1, None)]:
        if period is not None:
            run.append((at, period))
            continue
        if len(run) >= 3:
            out.update(run)
        run = []
    return out
