"""Vietnamese numbers and periods: "1.318" -> 1318, "39,66" -> "39.66",
"giai đoạn 2015 - 2020" -> ("2015", "2020"), "4 tháng đầu năm 2022" ->
("2022-01-01", "2022-04-30")."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

# Thousands are grouped with "." and decimals written with "," in Vietnamese.
NUMBER = r"\d{1,3}(?:\.\d{3})+(?!\d)|\d+(?:,\d+)?"


def parse_number(text: str) -> int | str:
    """'1.318' -> 1318, '04' -> 4, '39,66' -> '39.66' (a decimal string)."""
    text = text.strip()
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


YEAR = r"(?:19|20)\d{2}"
DASH = r"\s*[-–—]\s*"
_PATTERNS: list[tuple[str, str]] = [
    # "4 tháng đầu năm 2022", "6 tháng đầu năm 2022"
    ("months", rf"(?P<n>\d{{1,2}}) tháng đầu năm (?P<y>{YEAR})"),
    # "từ (đầu) năm 2021 đến nay", "Năm 2021 đến nay": the end is not stated
    ("since", rf"(?:[Tt]ừ (?:đầu )?)?(?:[Nn]ăm )?(?P<y>{YEAR}) (?:đến|tới) nay"),
    # "từ đầu nhiệm kỳ 2020-2025 đến nay": from the start of the term, the end is not stated
    ("term_named_since", rf"[Tt]ừ đầu nhiệm kỳ (?P<a>{YEAR}){DASH}(?P<b>{YEAR}) (?:đến|tới) nay"),
    # "từ đầu nhiệm kỳ đến nay" (year taken from a term named in the sentence)
    ("term_since", r"[Tt]ừ đầu nhiệm kỳ (?:đến|tới) nay"),
    # "giai đoạn 2015 - 2020", "nhiệm kỳ 2020-2025", "(từ 2010 - 2020)", "từ năm 2010 đến năm 2020"
    ("range", rf"(?:(?:giai đoạn|nhiệm kỳ|[Tt]ừ năm|[Tt]ừ|[Nn]ăm) )?(?P<a>{YEAR})(?:{DASH}|(?: đến| tới)(?: năm)? )(?P<b>{YEAR})"),
    # "2 năm gần đây", "10 năm qua", "những năm qua": relative, no explicit years
    ("relative", r"(?:\d+|những|nhiều|các) năm (?:gần đây|qua|trở lại đây)"),
    # "năm 2016", "Năm 2021"
    ("year", rf"[Nn]ăm (?P<y>{YEAR})"),
]
_PERIOD = re.compile("|".join(f"(?P<{name}>{pat.replace('(?P<', f'(?P<{name}_')})" for name, pat in _PATTERNS))


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[Period]:
    """Every period expression in text[start:end], longest match first, left to right."""
    end = len(text) if end is None else end
    out: list[Period] = []
    for m in _PERIOD.finditer(text, start, end):
        kind = m.lastgroup
        g = {k[len(kind) + 1:]: v for k, v in m.groupdict().items() if v and k.startswith(kind + "_")}
        if kind == "months":
            y, n = int(g["y"]), int(g["n"])
            if 1 <= n <= 12:
                last = calendar.monthrange(y, n)[1]
                out.append(Period(m.start(), m.end(), f"{y}-01-01", f"{y}-{n:02d}-{last:02d}"))
        elif kind == "since":
            out.append(Period(m.start(), m.end(), g["y"], None))
        elif kind == "term_named_since":
            out.append(Period(m.start(), m.end(), g["a"], None))
        elif kind == "term_since":
            term = re.search(rf"nhiệm kỳ (?P<a>{YEAR}){DASH}(?P<b>{YEAR})", text[start:end])
            out.append(Period(m.start(), m.end(), term["a"] if term else None, None))
        elif kind == "range":
            if int(g["a"]) <= int(g["b"]):
                out.append(Period(m.start(), m.end(), g["a"], g["b"]))
        elif kind == "relative":
            out.append(Period(m.start(), m.end(), None, None))
        elif kind == "year":
            out.append(Period(m.start(), m.end(), g["y"], g["y"]))
    return out
