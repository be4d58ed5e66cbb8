"""Page layout of a news article's text: which lines are title, date, credits, body, chrome.

Works on normalized text (see normalize.py) line by line, and returns spans of
that text, so every region can be traced back to the file. Patterns live in
`partykg/resources/ingest/` (data, not code):
- boilerplate.tsv   page chrome: trailers ("Phản hồi", "Bài liên quan", ...), lone markers, counters
- dates.tsv         publication-date lines of the page header
- credits.tsv       bylines and photo credits
- name_stopwords.txt, section_labels.txt
- leads.txt         openings of a first paragraph ("Ngày 12-3, …", "Căn cứ …"): body, never a headline

The layout, from the top:
  a crawler's stamp opening the text (" date 2025-09-07 …") -> "metadata"; it dates the article
    when the page prints no date and the lead's own date ("Ngày 7-9, …") does not contradict it
  section labels / stray lines / a banner in capitals / a menu -> "section" / "boilerplate"; an
    outlet's name above the date gives way to a headline under the date
  headline (a line ending in ":" is joined to the next) -> "title"; there is none when the text
    opens with a paragraph (a lead, a sentence, a long line, an item of a list): a text with sentences has a
    body, and a text of one line has that line for body; a subtitle in brackets under it -> "section"
  authors on a line of their own under the headline ("T.HÀ - V.MINH |") -> "byline"
  date line (in the header only; dates in the body are never the publication date), also after a
    section label or the authors ("Xây dựng Đảng - 17/06/2022", "T.H 09:12, 23/08/2023") -> "date"
  body paragraphs; a dateline "Điện Biên TV - " or "BT- " opening the first paragraph -> "outlet", one of the place
    and date ("Cao Lãnh, 16/10/2024 — ") -> "dateline"
  photo captions (a credit at the end, or the line after an image marker "1") -> "caption" + "credit"
  a digest's item signed at its end ("... (Tin: Thu Hà)") -> "body" + "credit"
  a body's own signature closing the text (its name in capitals, the signer's post, the name) -> "signature"
  credit lines near the end ("Bài, ảnh: X", "CTV - X/...", a lone name) -> "byline"; the page's date beside them
    ("Tin, ảnh: X" / "28/11/2025 10:40") -> "date", when the header gives none
  page chrome from the first trailer marker on ("Phản hồi", "TAG:", ...) -> "trailer"
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "ingest"
HEADER_LINES = 8  # non-empty lines searched for the headline and the date
BYLINE_LINES = 4  # lines at the end of the body searched for bylines
TITLE_MAX = 300  # a longer line is a paragraph, not a headline


@dataclass
class Layout:
    title: str | None = None
    issued: str | None = None
    creators: list[str] = field(default_factory=list)
    outlet: str | None = None
    body_spans: list[tuple[int, int]] = field(default_factory=list)
    caption_spans: list[tuple[int, int]] = field(default_factory=list)
    # every non-blank piece of the text with its kind (title, date, body, caption, credit,
    # byline, signature, outlet, section, boilerplate, trailer): what was left out is accounted for
    regions: list[tuple[int, int, str]] = field(default_factory=list)


# ---------------------------------------------------------------- resources

def _resource_lines(name: str) -> list[str]:
    text = (RESOURCES / name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True)
class _Patterns:
    end: tuple[re.Pattern, ...]
    lists: tuple[re.Pattern, ...]  # headings of lists of links to other stories (also in end)
    cut: tuple[re.Pattern, ...]
    drop: tuple[re.Pattern, ...]
    schedule: tuple[re.Pattern, ...]
    meta: tuple[re.Pattern, ...]
    dates: tuple[re.Pattern, ...]
    photo: tuple[re.Pattern, ...]
    byline: tuple[re.Pattern, ...]
    name: tuple[re.Pattern, ...]
    photo_line: tuple[re.Pattern, ...]
    initials: tuple[re.Pattern, ...]
    signed: tuple[re.Pattern, ...]
    post: tuple[re.Pattern, ...]
    honorific: tuple[re.Pattern, ...]
    item: tuple[re.Pattern, ...]
    crawl: tuple[re.Pattern, ...]
    leads: tuple[re.Pattern, ...]
    stopwords: re.Pattern
    sections: frozenset[str]


def _either(pats: list[re.Pattern]) -> tuple[re.Pattern, ...]:
    """Patterns only ever asked whether one of them matches a line, as one alternation: one regex pass
    a line instead of one a pattern (analyze ~18% less CPU; it runs twice an article)."""
    return (re.compile("|".join(f"(?:{p.pattern})" for p in pats), re.I),) if pats else ()


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    kinds: dict[str, list[re.Pattern]] = {"end": [], "list": [], "cut": [], "drop": [], "schedule": [], "meta": [],
                                          "crawl": []}
    for ln in _resource_lines("boilerplate.tsv"):
        kind, pat = ln.split("\t")[:2]
        kinds[kind].append(re.compile(pat, re.I))
    credits: dict[str, list[re.Pattern]] = {"photo": [], "byline": [], "name": [], "photo_line": [],
                                            "initials": [], "signed": [], "post": [], "honorific": [],
                                            "item": []}
    for ln in _resource_lines("credits.tsv"):
        kind, pat = ln.split("\t")[:2]
        # photo credits close a caption (case matters: "ảnh hưởng" is no credit), an item's credit a paragraph; the
        # rest are whole lines
        credits[kind].append(re.compile(pat + "$" if kind in ("photo", "item") else pat,
                                        re.I if kind in ("byline", "name", "signed", "post") else 0))
    stop = [re.escape(w.strip()) for w in _resource_lines("name_stopwords.txt")]
    return _Patterns(
        end=_either(kinds["end"] + kinds["list"]), lists=_either(kinds["list"]), cut=tuple(kinds["cut"]),
        # a list's heading with one title after its colon ("Đọc thêm: <title>"): a teaser line
        drop=_either(kinds["drop"] + [re.compile(rf"(?:{x.pattern})\s*:\s*\S.*", re.I) for x in kinds["list"]]),
        schedule=tuple(kinds["schedule"]), meta=tuple(kinds["meta"]),
        dates=tuple(re.compile(p, re.I) for p in _resource_lines("dates.tsv")),
        photo=tuple(credits["photo"]), byline=tuple(credits["byline"]),
        name=tuple(credits["name"]), photo_line=tuple(credits["photo_line"]),
        initials=tuple(credits["initials"]), signed=tuple(credits["signed"]), post=tuple(credits["post"]),
        honorific=tuple(credits["honorific"]), item=tuple(credits["item"]),
        crawl=tuple(kinds["crawl"]),
        leads=tuple(re.compile(p) for p in _resource_lines("leads.txt")),
        stopwords=re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(stop), re.I),
        sections=frozenset(s.strip().casefold() for s in _resource_lines("section_labels.txt")),
    )


# ---------------------------------------------------------------- small parsers

# the months by their names ("Tháng Tám", "tháng Giêng", "tháng Chạp"), as a long date in words prints them
MONTHS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
          "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}


def _month(m: str) -> int:
    m = " ".join(m.split()).casefold()
    return int(m) if m.isdigit() else MONTHS.get(m, 0)  # 0: no month (date() refuses it)


_UNITS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "tám": 8,
          "chín": 9}


def _day(d: str) -> int:
    """A day of the month in digits or in words ("mười tám" 18, "hai mươi mốt" 21, "mồng hai" 2); 0: none."""
    words = d.casefold().split()
    if len(words) == 1 and words[0].isdigit():
        return int(words[0])
    if words[:1] == ["mồng"]:
        words = words[1:]
    tens = 0
    if words[:1] == ["mười"]:
        tens, words = 10, words[1:]
    elif words[1:2] == ["mươi"] and words[0] in _UNITS:
        tens, words = 10 * _UNITS[words[0]], words[2:]
    if len(words) > 1 or (words and words[0] not in _UNITS):
        return 0
    return tens + (_UNITS[words[0]] if words else 0)


def _without_meta(line: str) -> str:
    """A header line without the widgets printed beside its date (boilerplate.tsv, meta: "Lượt xem: 96")."""
    s = line.strip()
    for meta in patterns().meta:
        s = meta.sub("", s).strip()
    return s


def parse_date(line: str) -> str | None:
    """A header line that is a publication date -> ISO date or dateTime, else None."""
    p = patterns()
    s = _without_meta(line).strip(" |-–,")
    if s[:1] + s[-1:] in ("[]", "()"):  # "[08-12-2025]": a date in brackets on its line
        s = s[1:-1].strip()
    for pat in p.dates:
        m = pat.match(s)
        if not m:
            continue
        g = m.groupdict()
        try:
            d = date(int(g["y"]), _month(g["m"]), _day(g["d"]))
            if g.get("H") is not None:
                hour = int(g["H"])
                ap = (g.get("ap") or "").upper()
                if ap in ("PM", "CH") and hour < 12:
                    hour += 12
                elif ap in ("AM", "SA") and hour == 12:
                    hour = 0
                t = datetime(d.year, d.month, d.day, hour, int(g["M"]), int(g.get("S") or 0))
                return t.isoformat()
            return d.isoformat()
        except ValueError:  # 31/02, 25:70: not a date
            return None
    return None


_NAME_SPLIT = re.compile(r"\s*(?:,|;|\s[-–]\s|\svà\s|&)\s*")


def person_names(credit: str) -> list[str]:
    """Names in a credit ("Phương Nam", "A, B", "A và B"; the bracket closing a caption set in brackets, "[... Ảnh:
    Phương Nam]", is none of it); agencies and "Tư liệu" give none."""
    out = []
    for part in _NAME_SPLIT.split(credit.strip().rstrip("]").strip().strip(".")):
        part = " ".join(part.split())
        for honorific in patterns().honorific:  # "Đại úy Lê Văn An": the rank is no part of the name
            part = honorific.sub("", part, count=1) if honorific.match(part) else part
        if looks_like_name(part):
            out.append(part.title() if part.isupper() else part)  # "THU HÀ" -> "Thu Hà"
    return out


def all_names(line: str) -> list[str]:
    """The names of a line made only of names ("Uyên Thư - Khắc Duy"), else []."""
    parts = [" ".join(p.split()) for p in _NAME_SPLIT.split(line.strip().rstrip("."))]
    if parts and all(looks_like_name(p) for p in parts):
        return [p.title() if p.isupper() else p for p in parts]
    return []


_INITIAL = re.compile(r"(?<!\w)([A-ZĐ])\.\s*(?=[A-ZÀ-ỸĐ])")
# a whole name of one word, its particle glued on: an Ê Đê or Gia Rai woman's "H'", a K'Ho man's "K'" (the particles
# of resources/name_particles.txt written with an apostrophe): "H'Xíu", "K'Linh", as a byline or credit prints them
_GLUED_NAME = re.compile(r"[HK]['’][A-ZÀ-ỸĐ](?:[a-zà-ỹđ]+|[A-ZÀ-ỸĐ]+)")


# the first part of a text set out in parts numbered in Roman numerals ("I. KẾT QUẢ CHUNG", as party reports and
# bulletins are): no initial, for no Vietnamese name's syllable is written with a bare "I"
_OUTLINE_HEAD = re.compile(r"I\.\s")


def looks_like_name(s: str) -> bool:
    """2-5 capitalized words ("N.Lân" counts as two, "K'Linh" one, and a whole name alone), no digits, no acronym,
    nothing like "Tư liệu" or "Tỉnh ủy", no heading of a part ("I. ...")."""
    if _OUTLINE_HEAD.match(s):
        return False
    words = _INITIAL.sub(r"\1 ", s).split()
    if len(words) == 1 and _GLUED_NAME.fullmatch(words[0]):
        return not patterns().stopwords.search(s)
    if not 2 <= len(words) <= 5 or len(s) > 40:
        return False
    # an apostrophe inside a word is part of names of the Central Highlands' peoples ("K'Linh", "H’Hen")
    if any(not w[0].isupper() or not w.replace("'", "").replace("’", "").isalpha() for w in words):
        return False
    caps = [w.isupper() for w in words if len(w) > 1]  # single letters are initials ("T.LĨNH")
    if any(caps) and not all(caps):  # "Ban BTG": an acronym inside; "THU HÀ" (all caps) is fine
        return False
    return not patterns().stopwords.search(s)


# a breadcrumb's or a menu's separator; normalize.py turns "»" into '"', which only a separator
# has spaced on both sides (a quotation mark hugs its word); a triangle too ("Trang chủ ▸ Tin tức"), the glyph a site
# sets before a box's heading
_CRUMB = re.compile(r"\s(?:>|»|›|▸|►|▶|❯|/|\||\")\s")
_HOME = {"trang chủ", "trang nhất", "home"}
# a separator opening the line, spaced from the section's name (an opening quotation mark hugs its word; a quoted
# headline spaced inside its marks, '" Hạt giống đỏ " ở X', has its closing one)
_CRUMB_OPEN = re.compile(r'(?:>|»|›|"(?=[^"]*$))\s')
_MENU_GAP = re.compile(r"\s{2,}")  # a menu's items set apart by wide spaces alone
_YOU_ARE_HERE = re.compile(r"Bạn đang ở\s*:", re.I)
# "[Trang chủ] [Tin tức] [Văn bản]": links in brackets, each a short label
_BRACKETED_MENU = re.compile(r"\[[^\[\]\n]{1,60}\](?: ?\[[^\[\]\n]{1,60}\])+")
# "Trang chủ | Tin tức | Hoạt động cơ sở | Văn bản": every item a short label; a party portal's sections run to eight
# words ("Công tác kiểm tra, giám sát", "Học tập và làm theo Bác", "Xây dựng Đảng và hệ thống chính trị")
MENU_ITEM_WORDS = 8
MENU_SPACED_ITEMS = 4  # a row of short labels set apart by wide spaces alone: a menu (two are a header's columns)


# a column's name in quotes ("Chuyên mục "Xây dựng Đảng trong tình hình mới"", as a broadcaster's menu names its
# programmes): one label, however many words it has
_QUOTED_NAME = re.compile(r'"[^"]{1,80}"')


def _label_words(item: str) -> int:
    """The words of a menu item; the dash of a paired section ("Doanh nghiệp - Khu công nghiệp") is none, a name in
    quotes one."""
    return sum(w not in ("-", "–", "&") for w in _QUOTED_NAME.sub("X", item).split())


def _section(p: _Patterns, line: str) -> bool:
    """A section label of section_labels.txt, in any case ("TIN TỨC - SỰ KIỆN")."""
    return " ".join(line.split()).casefold() in p.sections


def is_label(line: str) -> bool:
    """A section label, a breadcrumb ("Trang chủ > Xây dựng Đảng") or a site's menu, not a headline."""
    raw, line = line, " ".join(line.split())
    if _section(patterns(), line) or line.endswith((".", "?", "!")):
        return _section(patterns(), line)
    items = _CRUMB.split(line)
    if len(items) > 1 and items[0].casefold() in _HOME:  # a breadcrumb starts at the home page
        return True
    if _CRUMB_OPEN.match(line) and len(line.split()) <= MENU_ITEM_WORDS + 1:
        return True  # ... or at its separator, the home page left out ("» Công tác Đảng, Đoàn")
    if _YOU_ARE_HERE.match(line):
        return True  # a breadcrumb led by its cue: "Bạn đang ở: Xây dựng Đảng"
    if _BRACKETED_MENU.fullmatch(line):
        return True  # a menu of items in brackets, as a text rendering of a page writes its links
    spaced = _MENU_GAP.split(raw.strip())
    if spaced[0].casefold() in _HOME:  # a menu spaced out: "Trang chủ  Thời sự  Video"
        return True
    if len(spaced) >= MENU_SPACED_ITEMS and all(_label_words(x) <= MENU_ITEM_WORDS for x in spaced):
        return True  # ... also without its home item: "Thời sự  Chính trị  An ninh - Quốc phòng  Video"
    return len(items) > 1 and (len(line.split()) <= 12 or (
        len(items) > 2 and all(_label_words(item) <= MENU_ITEM_WORDS for item in items)))


MASTHEAD_WORDS = 6  # "Quân đội nhân dân", "Công an nhân dân điện tử": an outlet's name is short
# ... in capitals too ("BÁO THÁI NGUYÊN ĐIỆN TỬ", "TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH"); a longer line in
# capitals right above the date is the headline set in capitals ("THÔNG CÁO BÁO CHÍ KỲ HỌP THỨ 22 CỦA ...")
BANNER_WORDS = 9
# ... unless it names an outlet or an issue: "BẢN TIN SINH HOẠT CHI BỘ - SỐ 20 (THÁNG 10/2025)"
_OUTLET_BANNER = re.compile(r"^(?:BÁO|BẢN TIN|TẠP CHÍ|ĐÀI|CỔNG THÔNG TIN|TRANG THÔNG TIN)(?!\w)|(?<!\w)SỐ \d")


def menu_items(lines: list[str]) -> set[str]:
    """The items (case-folded) of the menus and breadcrumbs among `lines` ("Trang chủ | Tin tức | Hoạt động Đảng,
    đoàn thể"): a portal prints the section it files the article under above the date, as its menu names it."""
    out: set[str] = set()
    for raw in lines:
        if not is_label(raw):
            continue
        line = " ".join(raw.split())
        items = _CRUMB.split(line)
        if len(items) == 1:
            items = _MENU_GAP.split(raw.strip())
        if len(items) > 1:
            out.update(" ".join(x.split()).casefold() for x in items)
    return out


def is_masthead(line: str) -> bool:
    """The outlet's name above the date ("BÁO KON TUM", "Quân đội nhân dân"): a banner in capitals,
    or a few words with no digit and no punctuation, as a headline rarely is."""
    words = line.split()
    return (is_banner(line) and (len(words) <= BANNER_WORDS or _OUTLET_BANNER.search(line) is not None)) \
        or (len(words) <= MASTHEAD_WORDS and not any(c.isdigit() for c in line)
                               and not any(c in ":,;.!?\"'-–" for c in line))


def _full(pats, s: str) -> re.Match | None:
    for p in pats:
        m = p.fullmatch(s)
        if m:
            return m
    return None


_WIDGET_SEP = re.compile(r"\s+[|·•]\s+|\s*\t\s*| {2,}")
_BUTTONS = re.compile(r"\[[^\[\]\n]{1,30}\](?:\s*\[[^\[\]\n]{1,30}\])+")  # two or more: one is a label


def _widget_items(line: str) -> list[str]:
    """The items of a row of widgets (_WIDGET_SEP) in `line`, stripped. A line without a character a
    separator needs, as a paragraph of the body is, is one item: spared a scan (~15 us a paragraph)."""
    line = line.strip()
    if line[:1] == "[" and _BUTTONS.fullmatch(line):  # "[In trang] [Quay lại]": buttons in brackets
        return [b.strip() for b in re.findall(r"\[([^\[\]]+)\]", line)]
    if "  " not in line and not any(c in line for c in "|·•\t"):
        return [line]
    # a button in brackets among them ("Lượt xem: 388 | [In bài]  [Chia sẻ Facebook]") is its label
    return [x[1:-1].strip() if x[:1] == "[" and x[-1:] == "]" else x for x in _WIDGET_SEP.split(line)]


# the glyph a site sets before a box's heading ("▸ Tin cùng chuyên mục", "► Tin liên quan", "» Tin khác")
_HEADING_GLYPH = re.compile(r"[▸►▶▷▹»■□◆◇●○❯›]+\s*")


def _ends_article(p: _Patterns, line: str) -> bool:
    """A marker of the page's chrome after the article ("Tin liên quan"), also with a colon ("Tin khác:")
    or as an item of a row of widgets ("Ý kiến bạn đọc | Gửi email | Quay lại", "Thích | Chia sẻ | Bình
    luận (0)", "Lượt xem: 287    In bài viết"), the row's first item also as the label of its buttons
    ("Chia sẻ: Facebook | Zalo"), buttons in brackets too ("Chia sẻ bài viết: [f] [Zalo] [in]"); maybe after the
    glyph a site sets before a box's heading."""
    glyph = _HEADING_GLYPH.match(line)
    if glyph and _full(p.end, line[glyph.end():].strip()) is not None:
        return True
    if _full(p.end, line) is not None:
        return True
    label, colon, buttons = line.partition(":")
    if colon and _BUTTONS.fullmatch(buttons.strip()):  # the label of buttons in brackets ("Chia sẻ: [f] [Zalo]")
        return _full(p.end, label.strip()) is not None
    items = [x.rstrip(" :") for x in _widget_items(line)]
    if len(items) == 1:
        return _full(p.end, items[0]) is not None
    return any(_full(p.end, x) is not None for x in [*items, items[0].split(":")[0]])


TEASER_PARAGRAPHS = 2  # paragraphs after a list's titles that show the story going on (one may be a site's footer)
TEASER_STORY_CHARS = 300  # ... and so many characters: a site's footer is a sentence or two of a line each


def _teaser_box(p: _Patterns, text: str, pieces: list[tuple[int, int]], i: int) -> int | None:
    """Where a box of links to other stories set inside the story ends: its heading at pieces[i], its titles
    (lines, no paragraph), then TEASER_PARAGRAPHS paragraphs of the story (TEASER_STORY_CHARS) before any chrome.
    None for a list at the page's foot (its titles run into the page's chrome or its end): it ends the article."""
    j, titles = i + 1, 0
    while j < len(pieces) and not looks_like_paragraph(text[slice(*pieces[j])]):
        titles += not _dropped(p, text[slice(*pieces[j])])
        j += 1
    if not titles:
        return None
    paragraphs = chars = 0
    for k in range(j, len(pieces)):
        line = text[slice(*pieces[k])]
        if _ends_article(p, line):
            return None
        if looks_like_paragraph(line):
            paragraphs, chars = paragraphs + 1, chars + len(line)
        if paragraphs >= TEASER_PARAGRAPHS and chars >= TEASER_STORY_CHARS:
            return j
    return None


def _schedule(p: _Patterns, line: str) -> bool:
    """A broadcaster's schedule line ("Chuyên mục X - phát sóng 20h05 thứ Năm hằng tuần"), page chrome."""
    return "sóng" in line and _full(p.schedule, line) is not None


def _dropped(p: _Patterns, line: str) -> bool:
    """Page chrome to drop, alone or as a row of widgets ("Lượt xem: 1.046 | In trang | Gửi bạn bè")."""
    if _full(p.drop, line) is not None or _schedule(p, line):
        return True
    items = _widget_items(line)
    return len(items) > 1 and all(_full(p.drop, x) is not None for x in items)


def _search(pats, s: str) -> re.Match | None:
    found = [m for p in pats if (m := p.search(s))]
    return min(found, key=lambda m: m.start()) if found else None


# the place an article is written at, before its date, as a dateline sets it ("Phú Thọ, ngày 6 tháng 10 năm 2025",
# "Cao Lãnh, 16/10/2024"): a name of capitalized words and a comma, the date right after it (its day maybe in words)
_PLACE_BEFORE_DATE = re.compile(r"(?:[A-ZÀ-ỸĐ][\w'’]*\s){0,3}[A-ZÀ-ỸĐ][\w'’]*,\s+"
                                r"(?=(?:ngày\s+)?\d{1,2}[\s/.-]|ngày\s+[^\W\d]+(?:\s[^\W\d]+){0,3}\s+tháng\s)")
_DATELINE = re.compile(r"(?P<outlet>\S+(?:\s\S+){0,3}?)\s?[-–]\s+(?=\w)")
_ACRONYM = re.compile(r"[A-ZĐ]{2}")
# a dateline of the place and the date the story was filed, opening the first paragraph ("Cao Lãnh, 16/10/2024 — Sáng
# 15/10, ..."): page furniture, no place or person the story names
_PLACE_DATELINE = re.compile(rf"{_PLACE_BEFORE_DATE.pattern}(?:ngày\s+)?\d{{1,2}}(?:[/.-]\d{{1,2}}(?:[/.-]\d{{4}})?"
                             rf"|\s+tháng\s+\d{{1,2}}(?:\s+năm\s+\d{{4}})?)\s*[-–—]\s+(?=\w)")


# ... or an outlet in brackets with no dash, the lead's first word right after it ("(Báo Cao Bằng) Sáng 23/11, ...",
# "(TTXVN) Ngày 5/3, ..."), as many papers open their stories: a paper, a broadcaster, a portal, or a name in capitals
_BRACKETED_OUTLET = re.compile(r"(?P<outlet>\((?:Báo|Đài|Tạp chí|Cổng thông tin|Truyền hình)\s[^()]{2,40}\)"
                               r"|\([A-ZĐ][A-ZĐ.]+(?:\s[A-ZĐ][\w.]*){0,2}\))\s*(?=[A-ZÀ-ỸĐ])")


def dateline(line: str) -> re.Match | None:
    """A dateline opening the first paragraph: "Điện Biên TV - ", "BT- ", "QĐND Online - ",
    "VOV.VN - ", "(TTXVN) - ": 1-4 capitalized words with an acronym among them, or a
    name in brackets, also with no dash ("(Báo Cao Bằng) Sáng ..."). "Ông Lê Hồng Lợi - " (no acronym) is not one."""
    m = _DATELINE.match(line)
    if not m:
        return _BRACKETED_OUTLET.match(line)
    out = m.group("outlet")
    if out.startswith("(") and out.endswith(")") and len(out) <= 25:
        return m
    words = out.split()
    if all(w[0].isupper() for w in words) and any(_ACRONYM.search(w) for w in words):
        return m
    return None


_SENTENCE_BREAK = re.compile(r"(?<=[a-zà-ỹđ0-9)”\"])[.!?…]\s+[A-ZÀ-ỸĐ“\"]")


def looks_like_paragraph(line: str) -> bool:
    """Body text, not a headline: too long, opening like a lead ("Sáng 12-3, …", "Căn cứ …"),
    or a sentence ("… trong năm qua.", ten words or more, or two sentences)."""
    line = " ".join(line.split())
    if len(line) > TITLE_MAX:
        return True
    if any(p.match(line) for p in patterns().leads):
        return True
    words = len(line.split())
    if line.endswith(".") and not line.endswith("..") and words >= 10:
        return True
    return words >= 12 and _SENTENCE_BREAK.search(line) is not None


def is_banner(line: str) -> bool:
    """A line in capitals above the headline (an advertisement, a column name): letters only
    upper case, two words or more."""
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 2 and len(letters) >= 4 and all(c.isupper() for c in letters)


# a time told from now, as news aggregators print it beside the source in place of a date ("Báo Lâm Đồng •
# 4 giờ trước", "5 phút trước", "Hôm qua"): the header's date line, with no date to take
_RELATIVE_TIME = re.compile(r"(?<![\w])(?:\d{1,2}\s*(?:giây|phút|giờ|tiếng|ngày|tuần)\s+trước|Hôm qua|Vừa xong)\s*$",
                            re.I)
_PREFIX_SEP = re.compile(r"\s+[-–—|•]\s+|\s+(?=\d{1,2}[:h/.-]\d)")


# the cue of the date a page was posted or of who posted it ("Ngày đăng:", "Người đăng:"): a page's row of them
_POSTING_CUE = re.compile(r"(?:Ngày đăng|Đăng ngày|Đăng lúc|Người đăng|Đăng bởi)\s*:", re.I)
# the one who posted the page, after the date on small portals' headers: its author
# ... or before it ("Người đăng: Ban Xây dựng Đảng | Ngày đăng: 10/11/2025"; an office posting the page names no one)
_POSTER_BEFORE = re.compile(r"(?:Người đăng|Người viết|Tác giả|Đăng bởi)\s*:\s*(?P<names>[^|:]+?)\s*", re.I)
# a line that names where the article comes from ("Theo TTXVN", "Nguồn Báo X: https://…")
_SOURCE_LINE = re.compile(r"(?:Theo|Nguồn)(?!\w)")
# (maybe with the writer's office in brackets: "Người viết: Thu Hà (Chi nhánh tỉnh X)", or after a dash: "Tác giả:
# Thu Hà - Ban Tổ chức Huyện ủy", as a party office's page signs it); set apart from the date by a separator or by wide
# spaces alone, as a portal's header row lays out its fields ("Đăng lúc: 07/10/2024 15:02   Người đăng: Thu Hà")
_POSTED_BY = re.compile(r"(?:\s*[|,\-–·•]\s*|\s{2,})(?:Người đăng|Người viết|Tác giả|Đăng bởi)\s*:\s*"
                        r"(?P<names>[^|()]+?)"
                        r"(?:\s*\([^()]{2,60}\)|\s+[-–]\s+(?=(?:Phòng|Văn phòng|Ban|Trung tâm|Bộ phận) [A-ZĐÀ-Ỹ])"
                        r"[^|()]{2,60})?\s*$", re.I)


# the one who posted the page after the date with no cue: "bởi" and the poster ("Đăng ngày 19/11/2025 bởi Ban Biên
# tập": an office names no one), or set apart by wide spaces alone, maybe with their office in brackets, as a
# department's portal lays out its header row ("06/12/2025 10:05   Thu Hà (Trung tâm Y tế huyện)")
_POSTED_BY_UNCUED = re.compile(r"(?:\s+bởi\s+|\s{3,})(?P<names>[^|()\d]+?)(?:\s*\([^()]{2,80}\))?\s*$", re.I)


# the label of a photo's caption set under the article ("Ảnh: Đồng chí X (thứ hai từ trái) thăm …", "Trong ảnh: …"): a
# caption, not a credit, when no name follows it; an archive photo's, as papers label it ("Ảnh tư liệu: Cán bộ đồn
# tuần tra năm 2019")
_CAPTION_LABEL = re.compile(r"(?:Ảnh|Ảnh minh họa|Ảnh tư liệu|Trong ảnh)\s*:\s*")
# ... numbered, as a page closes with its photos' captions one a line ("Ảnh 1: …", "Ảnh 2: Tòa Thánh …"): a caption,
# never a credit (a credit is not numbered), whatever capitalized words it holds
_NUMBERED_CAPTION = re.compile(r"Ảnh \d{1,2}\s*:\s*")


# an office of the site's owner, which posts its pages ("Phòng Tổ chức - Hành chính", "Văn phòng Đảng ủy")
_OFFICE = re.compile(r"(?:Phòng|Văn phòng|Ban|Trung tâm|Bộ phận) [A-ZĐÀ-Ỹ]")


# a portal's short name in capitals before the date ("BR-VT", "QĐND", "TTXVN"), as datelines write it, also in brackets,
# as a department's portal prints its own before the date and its leads ("(SNV) 04/04/2024")
_PORTAL_MARKER = re.compile(r"[A-ZĐ][A-ZĐ0-9.\-]{1,9}|\([A-ZĐ][A-ZĐ0-9.\-]{1,9}\)")


def _page_widget(s: str) -> bool:
    """The page's widgets after the date on its line ("Đăng lúc: 08:00 - 02/12/2025 | Chia sẻ: Facebook Zalo", "| Lượt
    xem: 412 | In trang"): chrome of boilerplate.tsv, a widget's label also before its buttons ("Chia sẻ:")."""
    p = patterns()
    return _dropped(p, s) or _ends_article(p, s) or _full(p.end, s.split(":")[0].strip()) is not None


def header_date(line: str) -> tuple[str | None, list[str]]:
    """A header date line -> (ISO date, names of the authors printed before it).
    Takes "27/02/2017", a date after a section label or an author's name ("Xây dựng Đảng -
    Ngày đăng: 14:05, 17/06/2022", "T.H 09:12, 23/08/2023") or before the poster's ("16/01/2024 |
    Người đăng: Thu Hà")."""
    iso = parse_date(line)
    if iso:
        return iso, []
    if place := _PLACE_BEFORE_DATE.match(line.strip()):  # "Phú Thọ, ngày 6 tháng 10 năm 2025 — Tin, ảnh: Thu Hà"
        line = line.strip()[place.end():]
        if iso := parse_date(line):  # "Thạnh Lộc Đông, ngày 9 tháng 5 năm 2025": the place and date of a formal text
            return iso, []
    # "Đăng ngày: 16/01/2024 | Người đăng: Thu Hà", maybe with a view counter after the name
    unmeta = _without_meta(line)
    poster = _POSTED_BY.search(unmeta)
    if poster and (iso := parse_date(unmeta[:poster.start()])):
        return iso, all_names(poster["names"].strip(" ·•"))  # (a widget's separator left after it)
    poster = _POSTED_BY_UNCUED.search(unmeta)
    if poster and (iso := parse_date(unmeta[:poster.start()])):
        return iso, all_names(poster["names"].strip())
    for m in _PREFIX_SEP.finditer(line):
        before, after = line[:m.start()].strip(), line[m.end():]
        iso = parse_date(after)
        if not iso:
            # "Đăng lúc: 03/10/2024 | Tin tức - Sự kiện": the section label after the date; "Đăng ngày
            # 18/06/2024 - Phòng Tổ chức - Hành chính": the office that posted the page (a body, no author);
            # "22/08/2025 | Nguồn: Ban Chính trị": the source the page names beside its date (no author)
            iso = parse_date(before) if (m.group().strip() == "|" and (is_label(after.strip())
                                                                       or _page_widget(after.strip())
                                                                       or _SOURCE_LINE.match(after.strip()))
                                         or _OFFICE.match(after.strip())) else None
            if iso:
                return iso, []
            # "14/10/2025 | Ngân Khuê": the author after the date, as "Khắc Duy | 11/06/2018" before it, also
            # after a credit's cue ("Phú Thọ, ngày 6 tháng 10 năm 2025 — Tin, ảnh: Thu Hà")
            names = all_names(after.strip()) or _credited(patterns(), after.strip())
            if names and (iso := parse_date(before)):
                return iso, names
            continue
        if is_label(before):
            return iso, []
        poster = _POSTER_BEFORE.fullmatch(before)  # "Người đăng: Thu Hà | Ngày đăng: 10/11/2025"
        if poster:
            return iso, all_names(poster["names"])
        names = all_names(before)
        if names:
            return iso, names
        if _PORTAL_MARKER.fullmatch(before):  # "BR-VT - Cập nhật 08:40 ngày 11/03/2025": the portal's marker
            return iso, []
    # "14/09/2025 10:35 · Ban Xây dựng Đảng": the middle dot many CMS themes print between a post's date and the
    # office or author that posted it (a dot before the date is a row of widgets, handled above)
    posted = _DOT_AFTER_DATE.split(line.strip(), maxsplit=1)
    if len(posted) == 2 and (iso := parse_date(posted[0])):
        return iso, all_names(posted[1].strip()) if not _OFFICE.match(posted[1].strip()) else []
    return None, []


_DOT_AFTER_DATE = re.compile(r"\s+·\s+")


def _credited(p: _Patterns, line: str) -> list[str]:
    """The persons a cued credit line names ("Bài, ảnh: HẠNH DUNG"), else []."""
    m = _full(p.byline, " ".join(line.split()))
    return [x for g, v in m.groupdict().items() if g.startswith("names") and v
            for x in person_names(v)] if m else chained_credit(p, line) or []


# the next credit of a line of several, each with its cue: a separator, then a cue of one to three words and a colon
_NEXT_CREDIT = re.compile(r"\s+[-–|;]\s+(?=[^\s:|;]+(?:\s[^\s:|;]+){0,2}\s*:)")


def chained_credit(p: _Patterns, line: str) -> list[str] | None:
    """The persons of a line of two or more cued credits, as a broadcaster closes a report ("Biên tập: X -
    Quay phim: Y - Thực hiện: Z - W") or a paper its infographic ("Thực hiện: X - Đồ họa: Y"), each a credit of
    its own (credits.tsv, byline); None if it is not one."""
    if line.count(":") < 2:
        return None  # (most lines: spared the split)
    parts = _NEXT_CREDIT.split(" ".join(line.split()))
    if len(parts) < 2:
        return None
    found = [_full(p.byline, part) for part in parts]
    if not all(found):
        return None
    return [x for m in found if m for g, v in m.groupdict().items() if g.startswith("names") and v
            for x in person_names(v)]


def _header_credit(p: _Patterns, line: str) -> list[str]:
    """The persons of a credit line in the page header: cued ("Bài và ảnh: THU HÀ"; not a source line, "Theo
    ..." may open a headline) or a name with its role or paper in brackets ("Thu Hà (CTV)"; not "X/Y", which
    a headline may hold: "Quý I/2024: ..."), else []."""
    line = " ".join(line.split())
    if _SOURCE_LINE.match(line):
        return []
    return _credited(p, line) or _named_in_brackets(p, line)


_DAY_MONTH = re.compile(r"\d{1,2}/\d{1,2}")


def _named_in_brackets(p: _Patterns, line: str) -> list[str]:
    """The names of a line of names with the author's paper or office in brackets ("Thu Hà (Trung tâm Văn hóa
    huyện X)"), else []. A date in the brackets is a heading's span, no office ("SỐ LIỆU NỔI BẬT (đến ngày 30/9)")."""
    if line.endswith(")") and _DAY_MONTH.search(line[line.rfind("("):]):
        return []
    n = _full(p.name, line) if line.endswith(")") else None
    return all_names(n.group("names")) if n else []


def signed_by(p: _Patterns, last: str, above: str) -> list[str]:
    """The writer named on the article's last line with his post ("BSCKII Thu Hà - Phó Giám đốc Bệnh viện"), as an
    official signs what he writes for his unit's page, else []; none when the line above has that form too: a list
    of officers and their posts closing a report is the body's."""
    m = _full(p.signed, last)
    if m is None or _full(p.signed, above) is not None:
        return []
    return all_names(m.group("names"))


SIGNATURE_BLOCK = 5  # lines of a body's signature at most: body, "K/T" and the head's post, post, "(Đã ký)", name
SIGNATURE_BODY_WORDS = 12  # "ỦY BAN KIỂM TRA ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH": a body's name, not a sentence


# "(Đã ký)": the signature itself, on the line over the signer's name
SIGNED_MARK = re.compile(r"\(?[Đđ]ã ký\)?")


def signature_lines(p: _Patterns, last: list[str]) -> int:
    """How many of the body's last lines (`last`, in order) are a signature as a party or state body signs its own
    bulletin or notice (Hướng dẫn 36-HD/VPTW): the body's name in capitals, the signer's post (maybe under "K/T" and
    the head's), "(Đã ký)" maybe, the signer's name ("ỦY BAN KIỂM TRA THÀNH ỦY" / "Phó Chủ nhiệm Thường trực" / "Nguyễn
    Thị B"); 0 if they are none. The signer is a person the text names with her post in that body, not its author
    (gold README: the signer of a party document is a person, no creator)."""
    i = len(last) - 1
    if i < 2 or len(all_names(last[i])) != 1:
        return 0
    i -= 1
    if SIGNED_MARK.fullmatch(last[i]):
        i -= 1
    if i < 1 or _full(p.post, last[i]) is None:
        return 0
    i -= 1
    if i >= 1 and _full(p.post, last[i]) is not None:
        i -= 1  # "K/T CHỦ NHIỆM" over "PHÓ CHỦ NHIỆM": signed for the head, with the signer's own post
    body = last[i]
    if not (is_banner(body) and len(body.split()) <= SIGNATURE_BODY_WORDS and not any(c.isdigit() for c in body)
            and not all_names(body)):
        return 0
    return len(last) - i


def credit_line(line: str) -> bool:
    """A short line naming an author that is a body rather than a person ("Ban Tuyên giáo Trung
    ương Đoàn"): 3-8 words, more than half capitalized (a name, not a subheading such as "Kết
    quả nổi bật"), no digits, no sentence mark."""
    words = line.split()
    capitals = sum(w[0].isupper() for w in words)
    return (3 <= len(words) <= 8 and words[0][0].isupper() and not any(c.isdigit() for c in line)
            and not line.endswith((".", "!", "?", ":", ";", ",", "…"))
            and capitals >= 3 and 2 * capitals > len(words))


def crawl_stamp(line: str) -> re.Match | None:
    """A crawler's metadata stamp opening the first line (" date 2025-09-07 …")."""
    for pat in patterns().crawl:
        m = pat.match(line)
        if m:
            return m
    return None


_LEAD_DATE = re.compile(r"(?:(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Rạng sáng)\s+)(?:ngày\s+)?"
                        r"(?P<d>\d{1,2})\s*[-/.]\s*(?P<m>\d{1,2})(?:\s*[-/.]\s*(?P<y>\d{4}))?(?!\d)")
CRAWL_LAG_DAYS = 10  # a report comes out within days of its event


def crawl_date_holds(stamp: date, first_body: str) -> bool:
    """Whether a crawl stamp can stand for the article's date: the lead's own date ("Ngày 7-9,"),
    when it gives one, falls within CRAWL_LAG_DAYS before it. A stamp days before the event, or
    weeks after, is the crawler's date, not the article's."""
    m = _LEAD_DATE.match(" ".join(first_body.split()))
    if not m:
        return True
    years = [int(m["y"])] if m["y"] else [stamp.year, stamp.year - 1]
    for y in years:
        try:
            lead = date(y, int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        if 0 <= (stamp - lead).days <= CRAWL_LAG_DAYS:
            return True
    return False


# ---------------------------------------------------------------- hard-wrapped text

# a text converted from PDF (or a plain-text e-mail) keeps the lines of its page: a sentence, and a name,
# broken at the page's width ("... đồng chí Hứa Thị Khuyên" / "Nguyệt, Phó Bí thư ..."). Such a text shows
# it: lines ending in a word in lower case (or a comma) go on with a word in lower case on the next line.
_WRAP_END = re.compile(r"[a-zà-ỹđ,]\Z")
_WRAP_BREAK = re.compile(r"\n[ \t]*[a-zà-ỹđ]")  # a line opening in lower case (led by "\n": a fast scan)
WRAPS_MIN = 3  # so many such breaks make a text hard-wrapped; a page's own lines rarely do it once
WRAP_SLACK = 16  # a wrapped line ends within a word or two of the page's width
# what opens a line of its own: an item of a list ("- ", "+ ", "•", "►", "1.", "a)", "II."), a bracket
_OWN_LINE = re.compile(r"[-–+•►*|(\[]|\d{1,2}[.)]\s|[IVX]{1,4}\.\s|[a-zđ]\)\s")
_COLUMNS = re.compile(r"\S {3,}\S")  # a flattened two-column layout (a header, a signature block)


def unwrap(text: str) -> str:
    """`text` with the line breaks of a hard-wrapped paragraph made spaces (same length, same offsets):
    a line that reaches the page's width and does not end a sentence goes on in the next line, unless
    that one opens a line of its own. A text with fewer than WRAPS_MIN telling breaks is returned as it is."""
    telling = []
    for m in _WRAP_BREAK.finditer(text):  # the lines before a line opening in lower case
        a = text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()
        if len(a) >= 40 and _WRAP_END.search(a) and not _COLUMNS.search(a):
            telling.append(len(a))
    if len(telling) < WRAPS_MIN:
        return text
    lines, at = [], 0
    for part in text.split("\n"):
        lines.append((at, at + len(part)))
        at += len(part) + 1
    strips = [text[s:e].strip() for s, e in lines]
    width = max(telling)
    out = list(text)
    for (s, e), a, b in zip(lines, strips, strips[1:]):
        if (a and b and len(a) >= width - WRAP_SLACK and not a.endswith((".", ":", ";", "!", "?"))
                and not _COLUMNS.search(a) and not _COLUMNS.search(b) and not _OWN_LINE.match(b)
                and not (a.isupper() or b.isupper())):
            out[e] = " "
    return "".join(out)


# ---------------------------------------------------------------- layout

def _edge(ch: str) -> bool:
    # white space, and the "|" of a table cell (trafilatura renders a caption table as "| ... |")
    return ch.isspace() or ch == "|"


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, stripped of surrounding white space and "|"."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and _edge(text[s]):
            s += 1
        while e > s and _edge(text[e - 1]):
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold().rstrip(" .") == " ".join(b.split()).casefold().rstrip(" .")


# the header of a party (or state) document as Hướng dẫn 36-HD/VPTW (thể thức văn bản của Đảng) and Nghị định
# 30/2020/NĐ-CP lay it out, kept by a PDF's conversion with its two columns flattened into one line: the issuing
# body beside "ĐẢNG CỘNG SẢN VIỆT NAM" (or the state's motto), "Số 45-BC/ĐU", the place and date ("Hương Khê,
# ngày 08 tháng 10 năm 2025"), the document's kind in capitals ("BÁO CÁO") and under it its summary (trích yếu):
# the title. The signer's name closes the signature block ("T/M ĐẢNG ỦY" / "BÍ THƯ" / "(Đã ký)" / name).
_MOTTO = re.compile(r"ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
_PLACE_DATE = re.compile(r"(?:^|\s{2,}|\*\s+)[A-ZÀ-ỸĐ][^\d,]{1,40}, ngày (?P<d>\d{1,2}) tháng (?P<m>\d{1,2})"
                         r" năm (?P<y>\d{4})$")
_DOC_KIND = re.compile(r"BÁO CÁO|NGHỊ QUYẾT|KẾ HOẠCH|THÔNG BÁO|CHƯƠNG TRÌNH|HƯỚNG DẪN|QUYẾT ĐỊNH|CHỈ THỊ|KẾT LUẬN"
                       r"|TỜ TRÌNH|QUY ĐỊNH|ĐỀ ÁN|THÔNG CÁO|CÔNG VĂN")
# ... the kind maybe with a word or two that qualify it ("BÁO CÁO NHANH", "BÁO CÁO TÓM TẮT", "THÔNG BÁO KẾT LUẬN")
_DOC_KIND_LINE = re.compile(rf"(?:{_DOC_KIND.pattern})(?: [A-ZÀ-ỸĐ]+){{0,2}}")
_RULE_LINE = re.compile(r"[-–*_=~.]{3,}")
# signed by a body's order ("T/L BAN THƯỜNG VỤ" / "CHÁNH VĂN PHÒNG", thừa lệnh: Hướng dẫn 36-HD/VPTW): the head of its
# office signs what the office drafts, a person the document names with her post and no author of it (the body is)
_BY_ORDER_MARKS = r"T/L|TL\."
# signed on behalf of a body ("T/M BAN THƯỜNG VỤ"): the collective that issues the document (signed_on_behalf_of)
_ON_BEHALF_MARKS = r"T/M|TM\."
# the marks a signature block opens with: on behalf of a body ("T/M"), for its head ("K/T"), or by its order
SIGNING_MARKS = rf"{_ON_BEHALF_MARKS}|K/T|KT\.|{_BY_ORDER_MARKS}"
# on behalf of a body ("T/M BAN THƯỜNG VỤ"), for its head; or by its order ("T/L BAN THƯỜNG VỤ" / "CHÁNH VĂN PHÒNG"),
# for the head of its office (Hướng dẫn 36-HD/VPTW)
_SIGNED_ON = re.compile(rf"(?<!\S)(?:{SIGNING_MARKS})\s")
_SIGNED = re.compile(rf"{_SIGNED_ON.pattern}|\([Đđ]ã ký\)")  # ... or the mark of a signed copy
SIGNATURE_LINES = 12  # the signature block is among the last lines
# the marks as written, one of which every match of _SIGNED_ON holds: looked for first, since a pattern led by a
# look-behind is tried at every character of the tail (a text with none of them has no signature block)
_SIGNING_STRINGS = tuple(re.sub(r"\\(.)", r"\1", mark) for mark in SIGNING_MARKS.split("|"))
SUMMARY_LINES = 3


def _header_start(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The first line of the HEADER_LINES a document's header is looked for in, when its motto stands in the first
    2000 characters, else None: the top line, or the one under a portal's chrome. A portal that posts a party document
    as its page (a commune's "Văn bản" section) prints its chrome above the document's header: its name, search bar,
    login line, menu and the breadcrumb the document is filed under, as many lines as it has; the header starts
    under the last line above the motto that is_label reads as a menu or breadcrumb."""
    motto = _MOTTO.search(text, 0, min(len(text), 2000))  # (most texts: one look, spared the lines' reading)
    if motto is None:
        return None
    start = 0
    for i, (s, e) in enumerate(lines):
        if e > motto.start():
            break
        if is_label(text[s:e]):
            start = i + 1
    return start


def _document_header(text: str, lines: list[tuple[int, int]]) -> tuple[int, str, list[int]] | None:
    """(date line, ISO date, summary lines) of a document's own header (above), else None. The motto stands above the
    place and date: beside the issuing body on one line, or under it when the two columns come one after the other
    ("ĐẢNG ỦY XÃ X" / "VĂN PHÒNG" / "*" / "Số 12-BC/VPĐU" / "ĐẢNG CỘNG SẢN VIỆT NAM" / "X, ngày 06 tháng 8 năm
    2025"), maybe under a portal's chrome (`_header_start`)."""
    start = _header_start(text, lines) if lines else None
    if start is None or not _MOTTO.search(text, 0, lines[:start + HEADER_LINES][-1][1]):
        return None
    top = [""] * start + [text[s:e] for s, e in lines[start:start + HEADER_LINES]]  # (indices of `lines`)
    dated = next(((i, m) for i, t in enumerate(top) if (m := _PLACE_DATE.search(t.strip()))), None)
    if dated is None or not any(_MOTTO.search(t) for t in top[:dated[0] + 1]):
        return None
    kind = next((i for i, t in enumerate(top) if _DOC_KIND_LINE.fullmatch(" ".join(t.split()))), None)
    if kind is None:
        return None
    summary: list[int] = []
    for i in range(kind + 1, min(len(lines), kind + 1 + SUMMARY_LINES)):
        line = text[slice(*lines[i])]
        if text[lines[i - 1][1]:lines[i][0]].count("\n") != 1 or _RULE_LINE.fullmatch(line) or line.isupper():
            break  # a blank line, the rule under the summary, or a heading ends it
        summary.append(i)
    try:
        iso = date(int(dated[1]["y"]), int(dated[1]["m"]), int(dated[1]["d"])).isoformat()
    except ValueError:
        return None
    return (dated[0], iso, summary) if summary else None


# a social network's post copied from its page: the page's name, then the post's time with its audience icon
# ("4 tháng 10, 2025 lúc 20:17 · 🌏"): the line above that time is who posted, not a headline, which is the post's
# opening line when it reads as one (in capitals between emoji: "🌟 CHI BỘ X KẾT NẠP ĐẢNG VIÊN MỚI 🌟")
_SOCIAL_STAMP = re.compile(r"\d\s+·\s*[^\w\s]{1,3}\s*$")
_ADORNMENT = {"So", "Sk", "Cf", "Co", "Cs"}  # symbols (emoji, stars, arrows), emoji modifiers and joiners


def _adornment(ch: str) -> bool:
    return ch.isspace() or ch in "\ufe0e\ufe0f" or unicodedata.category(ch) in _ADORNMENT


def _unadorned(title: str) -> str:
    """The headline without the emoji, stars and arrows that open or close it (a post's or a banner's)."""
    s, e = 0, len(title)
    while s < e and _adornment(title[s]):
        s += 1
    while e > s and _adornment(title[e - 1]):
        e -= 1
    return title[s:e] or title


_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a flattened two-column line: words one space apart


def signature(text: str) -> tuple[str, int, int] | None:
    """(the post a party document's signer signs with, as written, and where the signer's name is) of the signature
    block that closes it (Hướng dẫn 36-HD/VPTW: "T/M BAN THƯỜNG VỤ" / "BÍ THƯ" / "(Đã ký)" / the name, the right-hand
    column beside "Nơi nhận:"), else None. Only a document's own header makes it one (`document_issuer`)."""
    block = _signature_block(text)
    return block[1:] if block is not None else None


def signed_on_behalf_of(text: str) -> str | None:
    """The body a party document's signature block signs on behalf of, as written after its mark ("T/M BAN THƯỜNG
    VỤ" -> "BAN THƯỜNG VỤ"): the body that issues it (Hướng dẫn 36-HD/VPTW: the collective the signer signs for)."""
    block = _signature_block(text)
    mark = re.match(rf"(?:{_ON_BEHALF_MARKS})\s*", block[0]) if block is not None else None
    if block is None or mark is None:
        return None
    return block[0][mark.end():] or None


def _signature_block(text: str) -> tuple[str, str, int, int] | None:
    """(the signing mark's line, the post, where the name is) of a document's signature block (`signature`)."""
    tail_at, seen = len(text), 0
    while seen < SIGNATURE_LINES and tail_at > 0:  # the last lines only: a look at the tail, not a scan of the text
        # (lines with words: a reprinted document's block sits above its distribution list, "Nơi nhận:", and the
        # page's chrome, with blank lines between)
        line_at = max(text.rfind("\n", 0, tail_at), 0)
        seen += bool(text[line_at:tail_at].strip())
        tail_at = line_at
    if not any(text.find(mark, tail_at) >= 0 for mark in _SIGNING_STRINGS) or not _SIGNED_ON.search(text, tail_at):
        return None
    cells = [c for line in _lines(text[tail_at:]) for c in [list(_CELL.finditer(text, tail_at + line[0],
                                                                                tail_at + line[1]))[-1]]]
    signed = next((i for i, c in enumerate(cells) if _SIGNED_ON.match(c[0])), None)
    if signed is None or signed + 1 >= len(cells):
        return None
    post = cells[signed + 1][0]
    if not post.isupper() or _SIGNED.search(post):
        return None
    name = next((c for c in reversed(cells[signed + 2:]) if all_names(c[0])), None)
    return (cells[signed][0], post, name.start(), name.end()) if name is not None else None


# the document's own number in its header's left-hand column ("Số 27-TB/ĐU"), under its issuing body (the form of a
# party document's number that extract/documents.py reads, number-KIND/ISSUER, its _patterns: keep the two in step)
_OWN_NUMBER = re.compile(r"Số:?\s*\d{1,4}\s*-\s*[A-ZĐ][A-Za-zĐđ]{0,4}/[A-ZĐ][A-ZĐ\d]*")


def document_number(text: str) -> tuple[int, int] | None:
    """Where a party document's own header (`_document_header`, maybe under a portal's chrome) writes its number
    ("Số 27-TB/ĐU"), above the place and date; else None."""
    lines = _lines(text[:2000])
    header = _document_header(text, lines)
    if header is None:
        return None
    for s, e in lines[:header[0] + 1]:
        m = _OWN_NUMBER.search(text, s, e)
        if m:
            return m.start(), m.end()
    return None


def document_issuer(text: str) -> str | None:
    """The issuing body a party document's header names, as written ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"): the last line
    of the header's left-hand column above its place and date, under the body it belongs to ("ĐẢNG BỘ TỈNH X",
    beside "ĐẢNG CỘNG SẢN VIỆT NAM")."""
    lines = _lines(text[:2000])
    start = _header_start(text, lines) or 0
    top = [text[s:e] for s, e in lines[start:start + HEADER_LINES]]
    dated = next((i for i, t in enumerate(top) if _PLACE_DATE.search(t.strip())), 2)
    if not any(_MOTTO.search(t) for t in top[:max(3, dated + 1)]):  # (the columns in turn: the motto over the date)
        # a document an article reprints in full ("... trân trọng giới thiệu toàn văn:"): its header is the last
        # line with its motto (asked only of a text whose tail holds a signature block)
        motto = None
        for motto in _MOTTO.finditer(text):
            pass
        if motto is None:
            return None
        at = text.rfind("\n", 0, motto.start()) + 1
        top = [text[at + s:at + e] for s, e in _lines(text[at:at + 2000])[:HEADER_LINES]]
    issuer = None
    for t in top:
        if _PLACE_DATE.search(t.strip()):
            return issuer
        left = _CELL.match(t.strip())
        if left is None or not left[0].isupper() or _MOTTO.fullmatch(left[0]) or _DOC_KIND.fullmatch(left[0]):
            continue
        # the office of the body above it ("ĐẢNG ỦY XÃ X" / "VĂN PHÒNG"): "VĂN PHÒNG ĐẢNG ỦY XÃ X"
        issuer = f"{left[0]} {issuer}" if left[0] == "VĂN PHÒNG" and issuer else left[0]
    return None


def analyze(text: str, header: bool = True, known_title: str | None = None) -> Layout:
    """Find title, date, credits, captions, body and page chrome in an article's text.

    known_title: the headline is known (HTML metadata, a JSONL field); the text
    may still repeat it and a date line at the top, which are then marked as
    such, but no other line is taken for a headline.
    """
    p = patterns()
    lines = _lines(text)
    kind: dict[int, str] = {}
    lay = Layout()
    # a crawler's stamp opening the text: a line of its own, the rest of the line the next one
    stamp_i, stamp_date = None, None
    if lines:
        s0, e0 = lines[0]
        m = crawl_stamp(text[s0:e0])
        if m:
            rest = s0 + m.end()
            while rest < e0 and _edge(text[rest]):
                rest += 1
            lines[0:1] = [(s0, s0 + m.end())] + ([(rest, e0)] if rest < e0 else [])
            stamp_i, kind[0] = 0, "metadata"
            try:
                stamp_date = date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                stamp_date = None

    def junk(i: int) -> bool:
        s, e = lines[i]
        return i == stamp_i or _full(p.drop, text[s:e]) is not None or _schedule(p, text[s:e])

    def line_at(i: int) -> str:
        return text[slice(*lines[i])]

    # --- header: headline and date among the first lines
    head = [i for i in range(min(len(lines), HEADER_LINES + (stamp_i is not None)))] \
        if header or known_title else []
    date_i = None
    header_end_byline = -1  # a line of authors in the header
    for i in head:
        s, e = lines[i]
        if junk(i):
            continue
        if e - s > TITLE_MAX or _search(p.photo, text[s:e]):
            break  # a paragraph or a caption: the header is over
        iso, names = header_date(text[s:e])
        if iso:
            date_i, lay.issued = i, iso
            lay.creators += [n for n in names if n not in lay.creators]
            break
        if _RELATIVE_TIME.search(text[s:e]):
            date_i = i  # the date line of a page that gives no date: the headline is placed about it all the same
            break
    title_i: list[int] = []
    document = _document_header(text, lines) if header and known_title is None else None
    # a portal that posts a party document prints its own date (and headline) above the document's header: the page's
    # date is the article's (the document's own date is the document's), its headline the article's title
    posted = document is not None and date_i is not None and date_i < document[0]
    if document is not None and not posted:
        date_i, lay.issued, title_i = document
    elif known_title is not None:
        top = [i for i in range(len(lines)) if not junk(i)][:2]
        if top and _same(line_at(top[0]), known_title):
            title_i = [top[0]]
        if date_i is not None and date_i not in top[:len(title_i) + 1]:
            date_i, lay.issued = None, None  # a date further down is not the page header's
    elif not header:
        pass
    elif date_i is not None:
        before = [i for i in range(date_i) if not junk(i)]
        menu = menu_items([line_at(i) for i in before])
        # the section the menu files the article under, printed right above the date: the headline follows
        # the date, and that line is no author either
        filed = bool(before) and " ".join(line_at(before[-1]).split()).casefold() in menu
        if filed:
            kind[before.pop()] = "section"
        # an author's name between headline and date ("Tiêu đề / Thu Hà / 27/02/2017"), also cued ("Tiêu đề /
        # Phóng sự của Uyên Thư - Khắc Duy / 11/06/2018")
        # (not a section label the page prints there: "TIN TỨC - SỰ KIỆN" reads as two names)
        top_names = (all_names(line_at(before[-1])) or _header_credit(p, line_at(before[-1]))) \
            if len(before) > 1 and not filed and not _section(p, line_at(before[-1])) else []
        if top_names:
            kind[before.pop()] = "byline"
            lay.creators += [n for n in top_names if n not in lay.creators]
        later = [i for i in range(date_i + 1, len(lines)) if not junk(i)][:HEADER_LINES]
        # the authors between the date and the headline ("08/08/2025 10:15" / "Bài và ảnh: THU HÀ" / headline)
        credited = (_header_credit(p, line_at(later[0])) or _names_over_headline(later, line_at, menu)) if later else []
        if credited:
            kind[later[0]] = "byline"
            lay.creators += [n for n in credited if n not in lay.creators]
            header_end_byline = later.pop(0)
        after = _headline(later, line_at)
        over_date = before[-1] if before and not filed and not is_label(line_at(before[-1])) \
            and not looks_like_paragraph(line_at(before[-1])) and not _SOCIAL_STAMP.search(line_at(date_i)) else None
        if over_date is not None and _SUBTITLE.fullmatch(" ".join(line_at(over_date).split())):
            # the headline over its subtitle in brackets, the lead under the date; with a headline under the date,
            # the line in brackets is the outlet's own ("BÁO X" / "(Cơ quan của Đảng bộ tỉnh X)"), no headline
            above = before[-2] if len(before) > 1 else None
            if after:
                over_date = None
            elif above is not None and not is_label(line_at(above)) and not looks_like_paragraph(line_at(above)):
                over_date = above
        if over_date is not None and not (after and is_masthead(line_at(over_date))
                                          and not _NOTICE_HEADING.fullmatch(" ".join(line_at(over_date).split()))
                                      and len(line_at(after[-1]).split()) > len(line_at(over_date).split())):
            title_i = [over_date]
        else:  # the date comes first (under the outlet's name, a menu): the headline follows it
            title_i = after or ([over_date] if over_date is not None else [])
    else:
        title_i = _headline([i for i in head if not junk(i)], line_at)
    if title_i and date_i is not None and title_i[0] < date_i:
        above_title = [i for i in range(title_i[0]) if not junk(i)]
        if above_title and text[slice(*lines[above_title[-1]])].rstrip().endswith(":"):
            title_i = [above_title[-1], title_i[0]]
    if len(title_i) == 1 and known_title is None and all_names(line_at(title_i[0])):
        # the authors at the top of a text with no headline ("T.HÀ - V.MINH" then the body)
        kind[title_i[0]] = "byline"
        lay.creators += [n for n in all_names(line_at(title_i[0])) if n not in lay.creators]
        header_end_byline = title_i[0]
        title_i = []
        # ... under the date, the headline under them ("11/10/2025 - 18:47" / "Thu Hà" / headline)
        below = next((i for i in range(header_end_byline + 1, len(lines)) if not junk(i)), None)
        if date_i is not None and date_i < header_end_byline and below is not None:
            title_i = _headline([below], line_at)
    if title_i:
        parts = [" ".join(text[slice(*lines[i])].split()) for i in title_i]
        if document is not None:
            lay.title = " ".join(parts)  # a summary set on several lines
        elif len(parts) == 2:
            lay.title = parts[0].rstrip(" :") + ": " + parts[1]
        else:
            lay.title = parts[0]
        lay.title = _unadorned(lay.title)
        for i in title_i:
            kind[i] = "title"
    if date_i is not None:
        kind[date_i] = "date"
    header_end = max([*title_i, date_i if date_i is not None else -1,
                      stamp_i if stamp_i is not None else -1, header_end_byline]) + 1
    # the authors on a line of their own right under the headline ("T.LĨNH - V.ANH |", "Bài và ảnh: Thu Hà")
    if title_i and known_title is None and document is None:  # a document's summary has no byline under it
        nxt = [i for i in range(header_end, min(len(lines), header_end + 2)) if not junk(i)]
        names = (all_names(line_at(nxt[0])) or _credited(p, line_at(nxt[0]))
                 or _named_in_brackets(p, " ".join(line_at(nxt[0]).split()))) if nxt else []
        if names:
            kind[nxt[0]] = "byline"
            lay.creators += [n for n in names if n not in lay.creators]
            header_end = nxt[0] + 1
            # the author's school or office on the line under the byline ("Trường Chính trị tỉnh X"): no body
            aff = next((i for i in range(header_end, min(len(lines), header_end + 2)) if not junk(i)), None)
            if aff is not None and credit_line(line_at(aff)) and not is_label(line_at(aff)):
                kind[aff] = "byline"
                header_end = aff + 1
    for i in range(header_end):
        kind.setdefault(i, "boilerplate" if junk(i) else "section")
    # the authors in capitals under the lead, as city papers print them ("Lead ..." / "KHẮC TRỌNG - HẢI YẾN" /
    # the body), or after a credit's cue, as magazines print it under their lead ("Bài và ảnh: Thu Hà"); a credit
    # closing a one-paragraph text is read at the end (an anonymous "P.V" there)
    if title_i and known_title is None and document is None:
        nxt = [i for i in range(header_end, min(len(lines), header_end + 4)) if not junk(i)][:3]
        if len(nxt) == 3 and looks_like_paragraph(line_at(nxt[0])):
            second = line_at(nxt[1])
            names = (all_names(second) or _credited(p, second)) if second.isupper() else _header_credit(p, second)
            if names:
                kind[nxt[1]] = "byline"
                lay.creators += [n for n in names if n not in lay.creators]

    # --- trailer: page chrome from the first marker after some body on
    pieces: list[tuple[int, int]] = list(lines)
    trailer_from = len(pieces)
    seen_body = False
    boxed: set[int] = set()  # a box of links to other stories inside the story: heading and titles
    for i in range(header_end, len(pieces)):
        if i in boxed:
            continue
        s, e = pieces[i]
        line = text[s:e]
        if seen_body and _ends_article(p, line):
            box_end = _teaser_box(p, text, pieces, i) if _full(p.lists, line.strip().rstrip(" :")) else None
            if box_end is not None:
                boxed.update(range(i, box_end))
                continue
            trailer_from = i
            break
        m = _search(p.cut, line) if seen_body else None
        if m:
            cut_at = s + m.start()
            keep_end = cut_at
            while keep_end > s and text[keep_end - 1].isspace():
                keep_end -= 1
            if keep_end > s:
                pieces[i] = (s, keep_end)
                pieces.insert(i + 1, (cut_at, e))
                trailer_from = i + 1
            else:
                trailer_from = i
            break
        if not junk(i):
            seen_body = True
    # (a split shifts the pieces after it by one; kinds set so far are all of header lines before it)
    for i in range(trailer_from, len(pieces)):
        kind[i] = "trailer"

    # --- body: bylines at the end, captions, outlet dateline, markers
    body = [i for i in range(header_end, trailer_from)
            if i not in boxed and not _dropped(p, text[slice(*pieces[i])])]
    for i in range(header_end, trailer_from):
        if i not in body:
            kind[i] = "boilerplate"
    creators: list[str] = []
    signed_off = signature_lines(p, [" ".join(text[slice(*pieces[i])].split()) for i in body[-SIGNATURE_BLOCK:]]) \
        if document is None and len(body) > 3 else 0
    signed_off = signed_off if signed_off < len(body) else 0  # (some body above the signature)
    if signed_off:
        for i in body[-signed_off:]:  # the body's own signature closes the text: no byline under it
            kind[i] = "signature"
        body = body[:-signed_off]
    taken: list[tuple[int, int, bool]] = []  # (line, its names, whether they stand alone) from the bottom up
    after_source = False  # the line below is a source line ("Nguồn Báo X: https://…", "Theo TTXVN")
    # (a party document closes with its signature block, not with a byline: "CHÁNH VĂN PHÒNG" over the signer's name
    # is her post, and the signer a person it names, no author: gold README, as most gold sets read "T/M ... / BÍ THƯ")
    foot_date: tuple[int, str] | None = None  # the page's date printed at its foot, over or under the credit
    foot_posted = False  # ... in the row of who posted the page and when
    for i in reversed(body[-BYLINE_LINES:] if document is None and not signed_off else []):
        s, e = pieces[i]
        line = " ".join(text[s:e].split())
        if foot_date is None and (iso := parse_date(line)):
            foot_date = (i, iso)  # ("Tin, ảnh: Thu Hà" / "28/11/2025 10:40"), as small sites' templates close a page
            continue
        if foot_date is None and _POSTING_CUE.search(line) and (row := header_date(line))[0]:
            # the row of who posted the page and when, at its foot ("Người đăng: Ban Xây dựng Đảng | Ngày đăng:
            # 10/11/2025"): the page's date by its cue, whether or not a person posted it
            foot_date, foot_posted = (i, row[0]), True
            creators[:0] = row[1]
            continue
        m = _full(p.byline, line)  # a cue word: a credit even without a person's name
        n = _full(p.name, line)
        lone = all_names(line)  # a lone name line closing the article
        chained = chained_credit(p, line) if m is None else None
        if m and not any(v for g, v in m.groupdict().items() if g.startswith("names")):
            names = []  # an anonymous credit ("P.V"), not initials
        elif lone:
            names = lone
        elif chained is not None:
            names = chained
        elif m:
            names = [x for g, v in m.groupdict().items() if g.startswith("names") and v
                     for x in person_names(v)]
        elif n and all_names(n.group("names")):
            names = all_names(n.group("names"))
        elif i == body[-1] and (signer := signed_by(p, line, " ".join(text[slice(*pieces[body[-2]])].split())
                                                    if len(body) > 1 else "")):
            names = signer
        elif _full(p.initials, line) and not p.stopwords.search(line):
            names = [line]
        elif after_source and credit_line(line):
            names = [line]  # the author credited above the source: a body ("Ban Tuyên giáo …")
        elif not creators and _search(p.photo, line):
            continue  # a photo's caption closing the page under the byline ("Ảnh: … Ảnh: ĐỨC HUY")
        elif not creators and (_NUMBERED_CAPTION.match(line) or _CAPTION_LABEL.match(line)
                               and not person_names(_CAPTION_LABEL.sub("", line, count=1))):
            continue  # ... or under its label, with no credit ("Ảnh: Đồng chí X (bìa trái) trao đổi với bà con")
        else:
            break
        kind[i] = "byline"
        creators[:0] = names
        taken.append((i, len(names), names is lone))
        after_source = _SOURCE_LINE.match(line) is not None
    if taken and taken[-1][2]:
        # names alone, one a line, under a heading ("Danh sách đảng viên được kết nạp:"; not a credit's cue on its
        # line, "Thực hiện:") or more lines of them than a byline has: a list closing the body, no byline
        at = body.index(taken[-1][0])
        heading = " ".join(text[slice(*pieces[body[at - 1]])].split()) if at > 0 else ""
        names_line = " ".join(text[slice(*pieces[taken[-1][0]])].split())
        headed = heading.endswith(":") and _full(p.byline, f"{heading} {names_line}") is None
        if headed or sum(alone for _, _, alone in taken) >= BYLINE_LINES:
            while taken and taken[-1][2]:
                j, count, _ = taken.pop()
                del kind[j]
                del creators[:count]
    if foot_date is not None and (creators or foot_posted):  # (a lone date closing a body stays body)
        kind[foot_date[0]] = "date"
        lay.issued = lay.issued or foot_date[1]
    extra_regions: list[tuple[int, int, str]] = []
    body_spans: list[tuple[int, int]] = []
    captions: list[tuple[int, int]] = []
    body_credits: list[str] = []  # the names of the credits inside the body: photos', a digest's items'
    first_body = True
    for i in body:
        if kind.get(i) in ("byline", "date"):
            continue
        s, e = pieces[i]
        line = text[s:e]
        if first_body:
            first_body = False
            m = dateline(line)
            if m:
                lay.outlet = m.group("outlet").strip("() ")
                extra_regions.append((s, s + m.end(), "outlet"))
                s += m.end()
                line = text[s:e]
            elif m := _PLACE_DATELINE.match(line):
                extra_regions.append((s, s + m.end(), "dateline"))
                s += m.end()
                line = text[s:e]
        if _NUMBERED_CAPTION.match(line):
            captions.append((s, e))
            kind[i] = "caption"
            body_spans.append((s, e))
            extra_regions.append((s, e, "caption"))
            continue
        m = _full(p.photo_line, " ".join(line.split()))
        if m and not person_names(m.group("names")) and _CAPTION_LABEL.match(line) \
                and (last := _search(p.photo, line)) and last.start() > 0:
            body_credits += person_names(last.group("names"))  # "Ảnh: <caption>. Ảnh: <name>": the caption's credit
        if m and (person_names(m.group("names")) or ":" in line or line.startswith("(")):
            body_credits += person_names(m.group("names"))
            kind[i] = "credit"
            extra_regions.append((s, e, "credit"))
            prev = body_spans[-1] if body_spans else None
            if prev and prev == pieces[i - 1] and prev not in captions and kind.get(i - 1) == "body":
                captions.append(prev)  # the line above a credit is its caption
                kind[i - 1] = "caption"
                extra_regions.remove((prev[0], prev[1], "body"))
                extra_regions.append((prev[0], prev[1], "caption"))
            continue
        m = _search(p.photo, line)
        after_marker = i - 1 >= header_end and kind.get(i - 1) == "boilerplate" and \
            re.fullmatch(r"\d{1,2}", text[slice(*pieces[i - 1])]) is not None
        if m:
            body_credits += person_names(m.group("names"))
            cs, ce = s + m.start(), e
            extra_regions.append((cs, ce, "credit"))
            e = cs
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                captions.append((s, e))
                kind[i] = "caption"
            else:  # the credit is the whole line ("(Video: ...)", which no photo_line pattern reads)
                kind[i] = "credit"
        elif after_marker:
            captions.append((s, e))
            kind[i] = "caption"
        else:
            kind[i] = "body"
            signed = _search(p.item, line)  # a digest's item signed at its end ("... (Tin: Thu Hà)")
            if signed and person_names(signed["names"]):
                body_credits += person_names(signed["names"])
                extra_regions.append((s + signed.start(), e, "credit"))
                e = s + signed.start()
                while e > s and text[e - 1].isspace():
                    e -= 1
        if e > s:
            body_spans.append((s, e))
            extra_regions.append((s, e, kind[i]))
    if not body_spans and title_i and known_title is None:
        # a text of one headline-like line and chrome: that line is what the article says
        lay.title = None
        for i in title_i:
            kind[i] = "body"
            body_spans.append(lines[i])
            extra_regions.append((*lines[i], "body"))
        in_header_body = set(title_i)
    else:
        in_header_body = set()
    if lay.issued is None and stamp_date is not None:  # metadata a caller gives still wins (read.py)
        first = text[slice(*body_spans[0])] if body_spans else ""
        if crawl_date_holds(stamp_date, first):
            lay.issued = stamp_date.isoformat()
    for c in body_credits + creators:
        if c not in lay.creators:
            lay.creators.append(c)
    if lines and kind.get(0) in ("section", "boilerplate"):
        lay.creators = [c for c in lay.creators if not names_outlet(c, line_at(0))]
    lay.creators = [c for c in lay.creators
                    if not any(abbreviates(c, other) or given_names_of(c, other) for other in lay.creators)]
    lay.caption_spans = captions
    lay.body_spans = _merge(text, body_spans)
    in_body = set(body)
    regions = [(s, e, kind[i]) for i, (s, e) in enumerate(pieces)
               if (i not in in_body or kind[i] in ("byline", "date")) and i not in in_header_body]
    lay.regions = sorted(set(regions + extra_regions))
    return lay


def abbreviates(short: str, name: str) -> bool:
    """Whether a credit in initials is a name's last words shortened ("P.T", "K.Ngọc" for "Khánh Ngọc", "T.H" for
    "Lục Thị Huyền"): the writer who took the photos signs them so under her byline, one creator."""
    parts = [x for x in short.replace(".", ". ").split() if x]
    if len(parts) < 2 or not any(len(x) == 2 and x.endswith(".") for x in parts) or short == name:
        return False
    words = name.split()[-len(parts):]
    return len(words) == len(parts) and all(
        w.casefold().startswith(x[0].casefold()) if x.endswith(".") or len(x) == 1 else w.casefold() == x.casefold()
        for x, w in zip(parts, words))


def given_names_of(short: str, name: str) -> bool:
    """Whether a credit is a longer name's last two words or more ("Nguyệt Ánh" for "Tạ Thị Nguyệt Ánh"): a writer signs
    the photos under her byline by the given names she is known by, one creator."""
    words, full = short.casefold().split(), name.casefold().split()
    return 2 <= len(words) < len(full) and full[-len(words):] == words


# the kind of outlet a masthead may open with ("BÁO NGHỆ AN", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH X")
_OUTLET_KIND = re.compile(r"^(?:báo|tạp chí|đài(?: phát thanh và truyền hình| phát thanh - truyền hình)?|cổng thông tin"
                          r"(?: điện tử)?|trang thông tin(?: điện tử)?)\s+")


def names_outlet(name: str, masthead: str) -> bool:
    """Whether a name of a byline is the outlet's, as the page's first line (its masthead) opens with it: "Thục Nghi -
    Lao Động" under "LAO ĐỘNG ĐIỆN TỬ - CƠ QUAN CỦA ...", a paper credited beside its writer."""
    top = _OUTLET_KIND.sub("", " ".join(masthead.split()).casefold(), count=1)
    n = " ".join(name.split()).casefold()
    if top.startswith(n) and (len(top) == len(n) or not top[len(n)].isalpha()):
        return True
    # ... or its branch, the outlet's name and a place ("Thế Khoa - Agribank Nam Định" under "AGRIBANK - NGÂN HÀNG ...":
    # a bank's or a company's page crediting the writer's branch)
    head = _MASTHEAD_SEP.split(top, maxsplit=1)[0]
    return len(head) >= 3 and n.startswith(head + " ")


_MASTHEAD_SEP = re.compile(r"\s[-–|:]\s")


def _names_over_headline(cands: list[int], line_at, menu: set[str]) -> list[str]:
    """The names of the first candidate line when it is made of names only and a headline follows it: the authors
    between the date and the headline, also in capitals ("Thứ Ba, 08/10/2024" / "LÒ VĂN MINH" / headline), which
    _headline would pass over as a banner; not the section the menu names ("NGƯỜI TỐT - VIỆC TỐT")."""
    first = line_at(cands[0])
    if len(cands) < 2 or any(w[0].islower() and w != "và" for w in first.split()):
        return []  # (a headline mostly: a word in lower case, no name's)
    if " ".join(first.split()).casefold() in menu or is_label(first):
        return []
    names = all_names(first)
    return names if names and _headline(cands[1:2], line_at) else []


_NOTICE_HEADING = re.compile(r"(?i:tin buồn|cáo phó)")
# a line opened by a list's bullet: an item of the body, never a headline ("■ CÀ MAU: ...", the first item of a news
# digest under the digest's headline in capitals)
_LIST_ITEM = re.compile(r"[■□▪●○•◆◇►▸*+\-–]\s")
# a line in brackets under a headline: its subtitle, as a portal names the part of a document it excerpts ("TÓM TẮT
# BÁO CÁO CHÍNH TRỊ ..." / "(Phần xây dựng Đảng và hệ thống chính trị)"), no headline of its own
_SUBTITLE = re.compile(r"\([^()]{3,200}\)")


def _headline(cands: list[int], line_at) -> list[int]:
    """The headline among the candidate lines (in order, page chrome left out): the first that is
    no section label and no banner in capitals, before any paragraph; a line ending in ":" is
    joined to the next ("Ban Tuyên giáo Tỉnh ủy X:" / "…")."""
    lines = []
    for i in cands:
        line = line_at(i)
        if looks_like_paragraph(line) or _search(patterns().photo, line) or _LIST_ITEM.match(line):
            break  # the body (or a photo's caption, or the first item of a list: a digest's) has begun
        lines.append(i)
    while len(lines) > 1 and (is_label(line_at(lines[0])) or (
            # an obituary notice's heading ("TIN BUỒN", "CÁO PHÓ") is its headline, over the sentence that announces
            # the death ("Ban Thường vụ Tỉnh ủy ... vô cùng thương tiếc báo tin:")
            not _NOTICE_HEADING.fullmatch(" ".join(line_at(lines[0]).split())) and
            # a banner in capitals, when a headline follows it (not the authors, not a date, not the heading of the
            # text's first part: "I. KẾT QUẢ CHUNG" under a bulletin's headline in capitals)
            is_banner(line_at(lines[0])) and not all_names(line_at(lines[1]))
            and not _OUTLINE_HEAD.match(line_at(lines[1]))
            and header_date(line_at(lines[1]))[0] is None)):
        lines = lines[1:]
    if lines and line_at(lines[0]).rstrip().endswith(":") and len(lines) > 1:
        return lines[:2]
    return lines[:1]


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join spans separated only by white space: one span per run of body lines."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and not text[out[-1][1]:s].strip():
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out
