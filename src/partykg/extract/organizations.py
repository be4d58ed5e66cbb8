"""Organizations, resolved to their full name in context.

Every mention is matched by a rule of the party's and the political system's
naming patterns: party organs in code (committees, boards, cells: the Điều lệ
Đảng's structure), every other kind of body from the grammar table
resources/org_grammar.tsv (head, kind, what it attaches to: a unit, a name, a
party organization; kind words before the name) and the abbreviations in
abbreviations.tsv. Then
- unit names are the places component's (doc._.place_units: the official
  register decides where a unit name ends, see context.py);
- bare names are completed from the article's units ("Huyện ủy" ->
  "Huyện ủy Vĩnh Linh"), including a province or district the register settles
  from the units the text names, from the nearest committee ("Ban Tuyên giáo"
  after "Ban Tổ chức Quận ủy" -> "Ban Tuyên giáo Quận ủy Ô Môn"), from the body
  the next post of a title names ("Bí thư Đảng ủy, Hiệu trưởng Trường X") or from
  the article's named party cell ("Chi bộ"); when the text settles no unit the
  body is kept as written ("Tỉnh ủy", "Công an tỉnh"), never dropped or guessed;
- a body named inside another's name is listed too ("Tỉnh ủy X" in "Ban Thường
  vụ Tỉnh ủy X"); lists of a unit's party organizations and flattened tables of
  their figures give one party organization per item;
- abbreviations are written out (BTV, HĐND, THPT, KKT ...);
- parents follow the party's structure: a committee's party organization (Tỉnh
  ủy X in Đảng bộ tỉnh X, Đảng ủy Y in Đảng bộ Y) whether named or not; a board's
  committee, a grassroots organization's district organization, a village
  cell's commune organization when the parent is itself named in the article.
Generic plurals and levels ("các chi bộ", "Đảng bộ các cấp", "huyện ủy và UBKT
cấp huyện") are not organizations.

The resolved mentions are left in `doc._.org_mentions` for the persons,
memberships and statistics components (`listed` False: a mention that is part
of a post's title only, "Ủy viên Ban Thường vụ Tỉnh ủy").
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc

from partykg.extract.context import (
    CELL_COLUMN_HEADS,
    COMMITTEE_UNIT,
    COMMUNE,
    LEVEL,
    Context,
    committee_name,
    party_org_name,
    place_label,
    trim_name,
    unit_type,
    unit_words,
)
from partykg.extract.evidence import article_of, doc_text, evidence_for, in_body, sentence_bounds
from partykg.extract.lexicon import area_words, table, words
from partykg.extract.places import (
    COMMUNE as COMMUNE_LEVEL,
    LEVELS,
    PROVINCE,
    UNIT_WORDS,
    register,
    title_spans,
    unit_types,
)
from partykg.extract.spans import record_spans
from partykg.extract.text import (
    CAPSYL,
    LETTER,
    LOWER,
    NAME,
    NOT_LETTER_AFTER,
    NOT_LETTER_BEFORE,
    NUMNAME,
    UPPER,
    UY,
    Joined,
    JoinedPattern,
    LazyPattern,
    Leads,
    Matcher,
    WordStartPattern,
    alt,
    ci,
    finditer_after,
    finditer_at,
    leading_literals,
    required_literals,
)
from partykg.extract.tones import fold_tones, key
from partykg.model import Organization, Place

for _name in ("org_mentions", "context"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

PARTY = "Đảng Cộng sản Việt Nam"
CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương Đảng"
KINDS = {row["kind"] for row in table("org_kinds.tsv")}
ABBREVIATIONS = {row["abbreviation"]: row["expansion"] for row in table("abbreviations.tsv")}


class UnitRef(NamedTuple):
    """A unit an organization name refers to: named in the text, or resolved from context
    (name None: a bare unit word the text lets us resolve to no unit, kept as written)."""

    utype: str
    name: str | None
    explicit: bool  # named in the text
    end: int  # where the unit's words end in the text


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    name: str
    kind: str
    rule: str
    utype: str | None = None  # the unit it is seated in
    uname: str | None = None
    parent: str | None = None
    committee: str | None = None  # the party committee it is or belongs to
    explicit: bool = True  # named in full in the text (not completed from context)
    listed: bool = True  # an organization of its own in the output (False: only part of a post's title)

    @property
    def jurisdiction(self) -> str | None:
        return place_label(self.utype, self.uname) if self.utype and self.uname else None


# --- patterns ----------------------------------------------------------------
UNIT = ("(?:" + alt(*LEVEL)
        + "|TP\\.?(?= )|TP\\.|P\\.(?=\\d))"  # "P.3": phường 3
        + rf"(?! hội{NOT_LETTER_AFTER})")  # "xã hội" is society ("Phòng Công tác xã hội"), no commune
UNIT_NAME = rf"(?:{UNIT})(?: (?:{NAME}|{NUMNAME})|(?<=P\.){NUMNAME})?"
COMMUNE_RE = alt(*COMMUNE)
GENERIC_AFTER = (r"(?! (?:cơ sở|các|cấp|trực thuộc|nông thôn|đảng|Đảng|bộ phận)(?![" + LETTER + r"]))"
                 # (only after the bare head, "các đảng ủy, đảng bộ": after a name, a list of bodies goes on
                 # and the name must not lose its last word, "Đảng ủy Công ty X Y, Đảng bộ Z")
                 r"(?!(?<=ủy|uỷ|bộ|Ủy|Uỷ|Bộ), [đĐ]ảng bộ)")
COMMITTEE = rf"{alt(*COMMITTEE_UNIT)} {UY}(?! viên)(?: (?:{UNIT} (?=\d))?(?:{NAME}|{NUMNAME}))?"
# Agencies, commands, schools, hospitals and enterprises: generated from the grammar table
GRAMMAR = table("org_grammar.tsv")
# the rows named by a number: before it their arm, if any ("Lữ đoàn Pháo binh 164"), or after it ("number arm": the
# navy's regions, "Vùng 2 Hải quân"); the arms written after a number, also in a command's name ("Bộ Tư lệnh Vùng 2
# Hải quân")
NUMBERED = ("number", "number arm")
ARM_AFTER_NUMBER = "|".join(q for row in GRAMMAR if row["attaches"] == "number arm"
                            for q in row["qualifiers"].split("|"))
# a kind word alone after a party body: the one body of that kind the article names ("Đảng ủy Đồn",
# "Đảng bộ Trường"; org_grammar.tsv, column short), written capitalized, with no name after it
SHORT_KINDS = frozenset(row["short"] for row in GRAMMAR if row.get("short"))
SHORT_KIND = rf"{alt(*SHORT_KINDS, case_first=False)}(?![{LETTER}])(?! [{UPPER}\d])"
# the kind word of the one hospital or company the article names, written in lower case after a party body
# as the press writes it ("Đảng bộ bệnh viện", "Đảng ủy công ty"): read as the short kind ("nhà trường" likewise)
_LOWER_SHORT = ("bệnh viện", "công ty", "tổng công ty")
SHORT_KIND_LOWER = rf"{alt(*_LOWER_SHORT, case_first=False)}(?![{LETTER}])(?! [{UPPER}\d])"
_LOWER_SHORT_AT = re.compile(rf"(?P<h>{ci('đảng')} (?:bộ|ủy|uỷ)) (?P<k>{alt(*_LOWER_SHORT, case_first=False)})$")


# A field or trade word opening a name is a common noun, capitalized on its first syllable only:
# "Tổng công ty Cao su Đồng Nai", "Khoa Ngôn ngữ - Văn hóa Chăm", "Trường Đại học Sư phạm Huế".
# Its lower-case syllables (up to five: "Công ty TNHH Cơ khí chính xác X", an enterprise named after its whole
# trade, "Công ty TNHH MTV Khai thác công trình thủy lợi X", Luật Doanh nghiệp art. 37) are taken only when a
# capitalized word or a dash follows, and never a function word or verb of the running sentence
# ("Trường Đại học Vinh và Trường ...").
_RUNNING_WORDS = ("và", "của", "với", "tại", "cho", "thuộc", "ở", "trong", "là", "cùng", "các", "những",
                  "đã", "đang", "sẽ", "được", "về", "có", "để", "theo", "từ", "đến", "làm", "trao", "tặng",
                  "dự(?! án)", "cử", "nhận", "năm", "khóa", "lần", "vừa", "mới", "hay", "hoặc", "nay", "này", "đó",
                  "kết", "(?<!người )tham(?! nhũng)", "họp", "phát", "chúc", "ký", "tiếp", "gồm", "như", "do", "vào",
                  "ra", "tổ", "chủ", "phối", "thăm", "tới", "trên", "dưới", "sau", "trước", "khi", "mà", "thì", "nên",
                  "trực", "cũng", "dẫn đầu", "đứng đầu", "nơi")
# ("trực thuộc": where the body belongs, no part of its name; "cũng", also; "dẫn đầu", "đứng đầu": the verb of a
# ranking after a body, "Chi bộ Khoa X dẫn đầu với ...", leads; "nơi", where, opens a relative clause on the body:
# "Chi bộ Đội X nơi anh A sinh hoạt")
# ("người tham gia", participants, is a noun, no verb of the sentence: whom the social insurance's units count
# and serve, in their titles too; nor are "dự án", a project, and "tham nhũng", corruption, the verbs "dự", attend,
# and "tham gia", take part: the fields of the project boards, Luật Xây dựng 2014 art. 62-63, and of the
# inspectorates' anti-corruption departments, Luật Phòng, chống tham nhũng 2018)
FIELD = (rf"{CAPSYL}(?: (?!(?:{'|'.join(_RUNNING_WORDS)}){NOT_LETTER_AFTER})[{LOWER}]+"
         rf"{NOT_LETTER_AFTER}){{1,5}}(?= (?:- )?[{UPPER}])")
# (a capitalized "Thành phố X" or "Tỉnh X" after a name is the body's seat, its unit, not more of its
# name: "Bệnh viện Đại học Y Dược Thành phố Cần Thơ")
_NAME_BEFORE_SEAT = rf"{CAPSYL}(?: (?!(?:Thành phố|Tỉnh) [{UPPER}]){CAPSYL}){{0,3}}"
FIELD_NAME = rf"(?:{FIELD} (?:- )?)*{_NAME_BEFORE_SEAT}(?: - (?:{FIELD} (?:- )?)*{_NAME_BEFORE_SEAT})*"
# a trade in lower-case words, then a proper name ("Xây dựng Trường Phát"): no capitalised word alone
_TRADE_NAME = rf"(?:{FIELD} (?:- )?)+{_NAME_BEFORE_SEAT}"
# a name that ends with a field, where punctuation, a figure or the running sentence follows it
# ("Trường Đại học Kinh tế", "Trường Cao đẳng Y tế, ..."), tried before FIELD_NAME (which would end
# the name at its last capitalized word: "Trường Đại học Kinh")
FIELD_LAST = (rf"(?:{FIELD} (?:- )?)*{CAPSYL}(?: (?!(?:{'|'.join(_RUNNING_WORDS)}){NOT_LETTER_AFTER})[{LOWER}]+"
              rf"{NOT_LETTER_AFTER}){{1,2}}(?=[,;.:)\n]|$| \(| (?:{'|'.join(_RUNNING_WORDS)}){NOT_LETTER_AFTER})")
_FIELD_LAST_RX = re.compile(FIELD_LAST)
# a department's field of work, a capitalized word then lower-case ones ("Pháp luật hình sự - hành
# chính", "Tổ chức - Điều lệ"): it ends at a capital (the body it belongs to, or what follows), at
# punctuation, a figure, or a word of the running sentence or a verb of speech after a post ("Vụ
# trưởng Vụ X chia sẻ")
_SPEECH = ("chia", "nói", "nhấn", "khẳng", "bày", "kể")
_REVIEW = ("sơ kết", "tổng kết")  # a body reviewing its work: "Đảng bộ Cục Thuế sơ kết ..."
_FIELD_STOP = rf"(?:{'|'.join(_RUNNING_WORDS + _SPEECH + _REVIEW)}){NOT_LETTER_AFTER}"
_UNIT_NAMED = rf"(?:{UNIT}) [{UPPER}\d]"  # (a unit after the field is the department's: "Cục Thuế tỉnh X")
# (nor a unit word alone, the department's unit left to context: "Cục trưởng Cục Thuế tỉnh trình bày"; nor
# "hiện" before a predicate: "Đảng bộ Cục Thuế hiện có 17 chi bộ")
_FIELD_ENDS = rf"(?:tỉnh|huyện|quận|thị xã|thành phố|hiện (?:có|nay|đang|là|đã)){NOT_LETTER_AFTER}"
FIELD_WORDS = (rf"{CAPSYL}(?: (?:- {CAPSYL}|-(?= [{LOWER}])|và(?= [{LOWER}])"
               rf"|(?!{_FIELD_STOP}|{_UNIT_NAMED}|{_FIELD_ENDS})[{LOWER}]+{NOT_LETTER_AFTER})){{0,6}}"
               rf"(?=[,;.:)\n]|$| [{UPPER}\d(]| {_FIELD_STOP}| {_UNIT_NAMED}| {_FIELD_ENDS})")

# a research institute's name, capitalized and lower-case words ("Viện Nghiên cứu Hải sản", "Viện Cây ăn
# quả miền Nam"): a field then a proper name where a figure, punctuation or the running sentence follows
# it, else (a name ending in lower case) its words up to punctuation, a figure or a running word
# (nor "cũ", a former one's mark, nor a count word: "Xí nghiệp Cấp nước X cũ", "Chi bộ Xí nghiệp Y hai năm liền")
_TITLE_STOP = rf"(?:{_FIELD_STOP}|(?:cũ|hai|ba|bốn|sáu|bảy|tám|chín|mười){NOT_LETTER_AFTER})"
# a list's dot leaders between a name and its figure ("Chi bộ Phòng Tổng hợp ........ 19"): the name ends there
DOT_LEADER = r"(?: (?:\.{2,}|…)|…)"  # (or an ellipsis right after it, where a list is cut short: "Chi bộ Ban X…")
_TITLE_END = rf"(?=[,;.:)\n]|$| \d| \(| {_TITLE_STOP}|{DOT_LEADER})"
TITLE_WORDS = (rf"(?:{FIELD_NAME}{_TITLE_END}|{CAPSYL}(?: (?:-|(?!{_TITLE_STOP})[{LETTER}]+{NOT_LETTER_AFTER})){{0,6}}?"
               rf"{_TITLE_END})")


def _words_ci(phrase: str, proper: bool = False) -> str:
    """Each word with its first letter in either case: "Bộ Chỉ huy" also as "Bộ chỉ huy";
    `proper`: the first word as written (a name that may stand alone: "Sở Xây dựng", not
    "cơ sở xây dựng")."""
    words = phrase.split()
    return " ".join(re.escape(w) if (proper and i == 0) or not w[0].isalpha() else ci(w)
                    for i, w in enumerate(words))


# a department's head right after a unit word or a unit's committee begins the unit's name: "huyện
# Vụ Bản", "Huyện ủy Vụ Bản" (no department is named after a unit word)
_UNIT_BEFORE = ("huyện", "xã", "trấn", "phường", "tỉnh", "quận", "khu", "phố",
                *(f"{c} {u}" for c in ("Huyện", "huyện", "Tỉnh", "tỉnh", "Thành", "thành", "Quận", "quận", "Thị",
                                      "thị") for u in ("ủy", "uỷ")))


# heads that are common words of running text in lower case ("thông báo", "báo cáo", "nộp thuế"), or a building or
# a commune's facility in lower case ("nhà hát", "ga" a station; "xây dựng trung tâm văn hóa - thể thao xã",
# "đài truyền thanh xã", the loudspeakers): only as written
_WRITTEN_HEADS = frozenset({"Báo", "Ga", "Thuế", "Nhà hát", "Thư viện", "Đài Truyền thanh",
                            "Đài Truyền thanh - Truyền hình",
                            "Trung tâm Văn hóa", "Trung tâm Văn hóa - Thể thao",
                            "Trung tâm Văn hóa - Thể thao và Truyền thanh",
                            "Trung tâm Văn hóa, Thể thao và Truyền thanh"})


def _after_party_head(tag: str, s: str, tags: tuple[str, ...] = ("danguy", "partyorg")) -> str:
    """What a party body's name holds after its two head words ("Đảng bộ Trường X": "Trường X"), for the rules'
    `tags` whose names are so made; "" for a bare head."""
    return s.split(" ", 2)[2] if tag in tags and s.count(" ") >= 2 else ""


def _committee_host(host: OrgMention | None) -> OrgMention | None:
    """The body a post after a bare "Đảng ủy" names, whose committee it is (the secretary who also directs
    enterprise X: X's committee); not a mass organization, whose chair sits in the committee of the body the union
    is in (its party members are in its agency's party organization)."""
    return None if host is None or host.kind == "MassOrganization" else host


# a national agency's regional office, numbered: "Chi cục Kiểm lâm vùng I"
_REGION_AFTER = re.compile(rf" (?:vùng|khu vực) (?:\d{{1,2}}|[IVX]{{1,5}})(?![\d{LETTER}])")


_DASHES = (" - ", " – ", "-", "–", " — ")


def _not_after(row: dict) -> str:
    """Lookbehinds for the words before the head that make it a common noun (the row's not_after); a word ending
    in a dash stands for any dash, spaced or not."""
    out = []
    for noun in filter(None, (w.strip() for w in row["not_after"].split("|"))):
        for before in ([noun[:-2] + d for d in _DASHES] if noun.endswith(" -") else [noun + " "]):
            out += [rf"(?<!{re.escape(before)})", rf"(?<!{re.escape(before[0].lower() + before[1:])})"]
    return "".join(out)


def _head_rx(row: dict) -> str:
    if row["units"] or row["not_after"]:  # (only as written, as "Thuế"; then only one of its unit words)
        units = "|".join(_words_ci(u) for u in row["units"].split("|")) if row["units"] else ""
        return _not_after(row) + re.escape(row["head"]) + (rf"(?= (?:{units}) )" if units else "")
    if row["head"] in _WRITTEN_HEADS:
        return re.escape(row["head"])
    if row["attaches"] == "title":  # (only as written: "học viện", "bệnh viện" hold "viện")
        return rf"(?<![Hh]ọc )(?<![Bb]ệnh ){re.escape(row['head'])}"
    if row["attaches"] == "part":  # (only as written: "các xí nghiệp" is a kind, no body)
        return re.escape(row["head"])
    if row["attaches"] == "field":  # (only as written: "vụ", "cục" in lower case are common nouns)
        # (the lookbehinds after the head: tried only where the head is written)
        head = re.escape(row["head"])
        return head + "".join(rf"(?<!{w} {head})" for w in _UNIT_BEFORE)
    return _words_ci(row["head"], proper=_stands_alone(row))


def _stands_alone(row: dict) -> bool:
    """A body that may be named with no unit: a unit's agency in context, a national force."""
    return "none" in row["attaches"] or "national" in row["attaches"]


# the kinds of a protected site that its management board's name gives, one or more joined by "-", "," or "và"
# ("Khu di tích lịch sử - văn hóa", "Khu bảo tồn thiên nhiên và sinh thái"): the kinds of relic and scenic site of
# Luật Di sản văn hóa 2024 and the special-use forests of Luật Lâm nghiệp 2017; written "{kinds}" in a qualifier
_SITE_KIND = "|".join(_words_ci(k) for k in ("danh lam thắng cảnh", "lịch sử", "văn hóa", "sinh thái", "thiên nhiên"))
SITE_KINDS = rf"(?:{_SITE_KIND})(?:(?: -|,| và) (?:{_SITE_KIND}))*(?![{LETTER}])"


def _qual(q: str) -> str:
    """A qualifier as a pattern: its words in either case, its "{kinds}" the kinds of a protected site."""
    words = q.removesuffix(" {kinds}")
    return _words_ci(words) + (f" {SITE_KINDS}" if words != q else "")


def _ends_with_qualifier(row: dict, head: str) -> bool:
    """`head` ends with one of the row's qualifiers as written (its kind words alone name one body: "Ban Quản lý
    chợ", "Ban Quản lý Khu di tích lịch sử - văn hóa")."""
    for q in (q for q in row["qualifiers"].split("|") if q):
        words = q.removesuffix(" {kinds}")
        if re.search(rf" {re.escape(words)} {SITE_KINDS}$", head) if words != q else head.endswith(q):
            return True
    return False


def _quals(row: dict) -> str:
    quals = [q for q in row["qualifiers"].split("|") if q]
    return "|".join(_qual(q) for q in sorted(quals, key=len, reverse=True))


# a state group's acronym after its member company's name, which the group's charter gives it: "Công ty
# Than X - TKV" (see _grammar_tail)
GROUP_ACRONYM = rf" - [A-ZĐ]{{2,6}}(?![\d{LETTER}])"
_GROUP_ACRONYM_END = re.compile(rf"{GROUP_ACRONYM}$")


# a regional branch's number, Roman or Arabic (the 2025 reorganisation's regional units), or its name
# (before 2025 the tax offices' regions were named by their districts: "Chi cục Thuế khu vực Cẩm Giàng - Tứ Kỳ")
REGION_NUMBER = rf"(?:\d{{1,2}}|[IVX]{{1,5}})(?![\d{LETTER}])|{NAME}"


# the heads that begin a body of its own after "và" in a list of bodies, not more of a production unit's name
_BODY_HEAD_AFTER = (rf"(?:Công ty|Tổng công ty|Tập đoàn|Xí nghiệp|Phân xưởng|Nhà máy|Chi nhánh|Ban|Đảng|Chi bộ"
                    rf"|Công đoàn|Đoàn|Hội){NOT_LETTER_AFTER}")


# an enterprise's proper name may join two trades with "và" (Luật Doanh nghiệp 2020 art. 37-38: the kind, then a
# proper name of any words: "Công ty Cổ phần Đầu tư và Xây dựng X"): after a trade (lower-case words), a second trade
# in lower-case words, closed as the first is, that opens no body of its own: no grammar head, no committee ("Huyện
# ủy X"), no Youth Union of a unit ("Tỉnh đoàn X"), nor the people or the government the sentence goes on with
# (after a proper name, "và" goes on with the sentence)
_ENTERPRISE_HEADS = ("Công ty", "Tổng công ty", "Tập đoàn")
_HEADS_AFTER_AND = "|".join(re.escape(h) for h in sorted({r["head"] for r in GRAMMAR}, key=len, reverse=True))
_ENTERPRISE_AND = (rf" và (?!{_BODY_HEAD_AFTER})"
                   rf"(?!(?:{_HEADS_AFTER_AND}|Ủy|Uỷ|Sở|Mặt|{alt(*COMMITTEE_UNIT)} (?:{UY}|đoàn)|Người|Nhân dân"
                   rf"|Chính quyền){NOT_LETTER_AFTER})")


# an acronym before a proper name, part of it: the war-time safe zone's "ATK" (An toàn khu) of a relic site,
# "Ban Quản lý di tích ATK Đại Từ"
_ACRONYM_BEFORE_NAME = rf"[A-ZĐ]{{2,4}} (?={CAPSYL})"
HULL_CODE = r" [A-Z]{2,3}[- ]?\d{2,4}"  # a ship's hull code: "Tàu CSB 8004", "Tàu HQ-571"


# a number named with a code after a dash: the vehicle inspection units' codes, the province's number, the
# unit's and a letter for who runs it (Nghị định 139/2018/NĐ-CP and the Cục Đăng kiểm's register: "Trung tâm
# Đăng kiểm xe cơ giới 26-03D")
_UNIT_CODE_TAIL = r"(?:-\d{2}[A-Z]{1,2})?"


# a village split in parts keeps its name and takes a number ("thôn Nà Khuổi 2", "ấp Phú Mỹ 1"), as cells
# numbered within their workplace do ("Chi bộ Sinh viên 4"); a figure after a name is no part of it
# ("Chi bộ thôn A 36 đảng viên", a flattened table's "thôn A 36 4", a list's "Chi bộ thôn A 3; Chi bộ thôn B 2");
# a colon after the number opens a figure or a note on the numbered one ("Chi bộ khu phố A 7: chưa kết nạp được");
# a school counts its pupils, teachers and classes ("Chi bộ Trường THCS A 12 học sinh giỏi")
_COUNTED = ("đảng viên", "người", "đồng chí", "chi bộ", "tổ chức", "năm", "tháng", "hộ", "quần chúng", "lần",
            "đoàn viên", "hội viên", "học sinh", "giáo viên", "lớp", "trẻ", "cháu")
ORDINAL = rf" \d{{1,2}}(?!\d|[.,/]\d|[%,;]|:(?! \d| [{LOWER}]))(?! (?:\d|(?:{'|'.join(_COUNTED)}){NOT_LETTER_AFTER}))"


def _grammar_tail(row: dict) -> str:
    """What may follow a row's head: its qualifiers, its name, its unit."""
    quals = [q for q in row["qualifiers"].split("|") if q]
    qual = rf"(?:(?:{_quals(row)}) )?" if quals else ""
    named = ""
    if row["attaches"] == "number":  # (after the unit's arm, if any: "Lữ đoàn Pháo binh 164")
        return rf" {qual}\d{{1,3}}(?![\d{LETTER}])"
    if row["attaches"] == "number arm":  # (then its arm: "Vùng 2 Hải quân")
        return rf" \d{{1,2}} (?:{'|'.join(_words_ci(q) for q in quals)})(?![{LETTER}])"
    if row["attaches"] == "hull":
        return rf"{HULL_CODE}(?![\d{LETTER}])"
    if row["attaches"] == "number|unit":  # (then its province, if written: "Thuế cơ sở 3 tỉnh X")
        return rf" \d{{1,3}}(?![\d{LETTER}])(?: {UNIT_NAME})?"
    if row["attaches"] == "region":  # ("Chi cục Hải quan khu vực") "VIII", ("Tòa án nhân dân khu vực") "2 - Hà Nội"
        return rf" (?:{REGION_NUMBER})(?: - {NAME}){{0,2}}"
    if row["attaches"] == "title":
        return rf" {TITLE_WORDS}"
    if row["attaches"] == "part":  # (then its number, if any: "Xí nghiệp Cơ khí số 2", "Phân xưởng Khai thác 6")
        # (two trades joined by "và": "Xí nghiệp Khoan và Sửa giếng"; not a body of its own after it)
        return rf" {TITLE_WORDS}(?: và (?!{_BODY_HEAD_AFTER}){TITLE_WORDS})?(?: \d{{1,3}}(?![\d{LETTER}]))?"
    if row["attaches"] == "field":
        return rf" {FIELD_WORDS}(?: {UNIT_NAME})?"
    if "name" in row["attaches"]:
        # kind words, then a name ("Bệnh viện Đa khoa Hòa Bình"), or kind words alone before the
        # unit ("Bệnh viện Đa khoa tỉnh X"), or a name alone
        # (a name may be a number: "Bộ Tư lệnh Quân khu 4")
        other = rf"{UNIT}|Trung ương(?![{LETTER}])"  # what may follow a name, not begin one
        # (a numbered body keeps its number after its name: "Trường Tiểu học Yên Khê 2")
        number = rf"(?:{ORDINAL})?" if row.get("numbered") == "yes" else ""
        more = rf"(?:{_ENTERPRISE_AND}(?:{FIELD_LAST}|{_TRADE_NAME}))?" if row["head"] in _ENTERPRISE_HEADS else ""
        # (nor a name that is another body's, the row's not_named: "Bưu điện Việt Nam", the national corporation)
        country = "".join(rf"(?!{re.escape(n)}(?![{LETTER}])(?! -))" for n in row.get("not_named", "").split("|") if n)
        # ("khu vực" then a name goes on with the kind words: "Bệnh viện Đa khoa khu vực Cầu Ngang", a
        # regional hospital, Thông tư 43/2013/TT-BYT; the row's qualifiers hold "Đa khoa khu vực")
        # (nor after a dash: "Ban Quản lý Khu bảo tồn thiên nhiên - Sinh thái Tà Xùa" is one name)
        # (the kind words alone are the longest that match, no shorter ones before more of them: "Công ty
        # TNHH" is no body of its own in "Công ty TNHH một thành viên Thủy lợi X", so the group is atomic)
        named = (rf"(?: (?>{_quals(row)})(?! (?:- )?(?!{other})[{UPPER}\d])(?! khu vực [{UPPER}])|"
                 rf" {qual}(?!{other})(?:{_ACRONYM_BEFORE_NAME})?"
                 rf"(?:{FIELD_LAST}{more}|{FIELD_NAME}{number}|\d{{1,2}}{_UNIT_CODE_TAIL}(?: (?:{ARM_AFTER_NUMBER}))?"
                 rf"(?![\d{LETTER}])))?"
                 if row["qualifiers"]
                 else rf"(?: (?!{other}){country}(?:{FIELD_LAST}{more}|{FIELD_NAME}{number}))"
                      rf"{'' if len(row['head']) < 3 else '?'}")
        # (a head of two letters names a body only with its name, "Ga Hải Phòng": so the rule's start strings
        # stay three characters long)
    if "Tập đoàn" in row["party_within"].split("|"):
        # a state group's member company carries the group's acronym after a dash, as the group's charter
        # names its companies ("Công ty Than X - TKV", Vinacomin's): part of the company's name
        named += rf"(?:{GROUP_ACRONYM})?"
    return rf"{named}(?: {UNIT_NAME}| Trung ương(?![{LETTER}]))?"


def _institution_pattern(rows: Iterable[dict]) -> str:
    """The grammar rows as one alternation, longest head first, with the rows that share a tail
    under one alternation of their heads: the same matches from a pattern a third as long, which
    Python's re compiles a third as fast (each tail holds the name and unit patterns).

    Order matters only between heads that can match at one place, one a prefix of the other: a
    row joins an earlier group of its tail only when no group after it holds a longer head that
    begins with this one (that head must still be tried first)."""
    groups: list[tuple[str, list[dict]]] = []
    for row in sorted(rows, key=lambda r: -len(r["head"])):
        tail, head = _grammar_tail(row), row["head"].casefold()
        for group_tail, members in reversed(groups):
            if group_tail == tail:
                members.append(row)
                break
            if any(m["head"].casefold().startswith(head) for m in members):
                groups.append((tail, [row]))
                break
        else:
            groups.append((tail, [row]))
    return "(?:" + "|".join("(?:" + "|".join(_head_rx(m) for m in members) + ")" + tail
                            for tail, members in groups) + ")"


# the rows longest head first: in an alternation of their heads, each a group, the first head that matches
# where the text starts is the one its group names (one match, not one a row: _heads_after)
_HEAD_ROWS = sorted(GRAMMAR, key=lambda r: -len(r["head"]))
INSTITUTION = _institution_pattern(GRAMMAR)


def _institution_opening(*openings: str) -> str:
    """INSTITUTION where the text is known to open with one of `openings`: only the rows whose
    head can match there (the head and an opening agree, letter case aside, as far as the shorter
    goes), so the same matches from a pattern a fraction of the size (each copy of INSTITUTION
    costs the regex compiler a tenth of a second)."""
    def fits(row: dict) -> bool:
        head = row["head"].casefold()
        return any(head[:len(o)] == o.casefold()[:len(head)] for o in openings)
    return _institution_pattern([row for row in GRAMMAR if fits(row)])


# the heads' first words, folded: a text that starts with none of them starts with no head (a set
# lookup before the long alternation, which costs some 25 µs a text)
_HEAD_FIRST_WORDS = frozenset(row["head"].split(" ", 1)[0].casefold() for row in GRAMMAR)


@cache
def _heads_after(first: str) -> tuple[re.Pattern, list[dict]]:
    """The alternation of the heads of the rows whose head's first word (folded) is `first`: a head's pattern
    matches its first word only as written (in either case), so at a text whose first word is `first` no
    other row's head matches, and the alternation tried there is some 5 heads, not 280."""
    rows = [row for row in _HEAD_ROWS if row["head"].split(" ", 1)[0].casefold() == first]
    return re.compile("|".join(f"({_head_rx(row)})" for row in rows)), rows


def _grammar_row(text: str) -> tuple[dict, int] | None:
    """The grammar row whose head `text` starts with, and the head's length as written."""
    first = text.split(" ", 1)[0].casefold()
    if first not in _HEAD_FIRST_WORDS:
        return None
    heads, rows = _heads_after(first)
    m = heads.match(text)
    if m is None:
        return None
    assert m.lastindex is not None  # (every head is a group)
    return rows[m.lastindex - 1], m.end()


# a bloc's party organization; since 2025 also that of the party's own agencies ("các cơ quan Đảng"), in some
# provinces for a while with the government's ("Khối các cơ quan Đảng và chính quyền tỉnh")
KHOI = (rf"(?:[Kk]hối(?: (?:[Cc]ác )?(?:[Cc]ơ quan(?: Đảng và chính quyền)?|[Dd]oanh nghiệp|Dân [Cc]hính Đảng)"
        rf"(?:(?: và| -|,) [Dd]oanh nghiệp)?(?: {UNIT_NAME}| Trung ương)?)?"
        rf"|[Cc]ác cơ quan Đảng(?: {UNIT_NAME}| Trung ương)?"
        # the party organization abroad, like a bloc's directly under the Central Committee (Politburo's 2007
        # decision setting up the Đảng ủy Ngoài nước, the cells of the missions and communities abroad; merged
        # into the Government's in 2025): "Đảng bộ Ngoài nước", "Ban Tổ chức Đảng ủy Ngoài nước"
        rf"|Ngoài nước(?![{LETTER}]))")
# a province's party organization of its industrial parks or economic zones, under the Tỉnh ủy (the
# Party's organizations in the zones' management boards and enterprises): "Đảng bộ các Khu công nghiệp
# tỉnh X", "Đảng ủy các Khu kinh tế tỉnh Y" (the "các" is part of the name, no generic plural)
ZONES = rf"[Cc]ác [Kk]hu (?:[Cc]ông nghiệp|[Kk]inh tế)(?: {UNIT_NAME})?"
# a sector's party organization named by a proper name: "Đảng ủy Dầu khí Vũng Tàu" (not a
# person's name, a post or an organization word)
_NOT_A_BODY_NAME = sorted({"Ban", "Bí", "Phó", "Chủ", "Trưởng", "Giám", "Hiệu", "Ủy", "Uỷ", "Đồng", "Nghị",
                           "Chỉ", "Thường", "Hội", "Đoàn", "Chi", "Đảng", "Trung", "Tỉnh", "Huyện", "Quận",
                           "Thị", "Thành", "Xã", "Phường", "Đại", "Nhiệm", "Khóa", "Khoá", "Lần", "Kỳ", "Năm",
                           "Tháng", "Ngày", "Tổ", "Các", "Lãnh", "Cấp", "Về", "Và", "Tại", "Trong", "Theo",
                           *words("surnames.txt")}, key=lambda w: (-len(w), w))  # longest first; fixed order
# (two syllables at least: a single capitalized one is usually a longer name cut short, "Quân đội")
BODY_NAME = rf"(?!(?:{'|'.join(_NOT_A_BODY_NAME)})(?![{LETTER}])){CAPSYL}(?: {CAPSYL}){{1,3}}"
# ... or by an enterprise's trade name, one word in Latin letters that no Vietnamese syllable
# spells (two vowel groups): "Đảng ủy Agribank", "Đảng bộ Vietcombank", "Đảng ủy Vinacomin"
BRAND = r"[A-Z][a-z]*[aeiouy]+[b-df-hj-np-tv-z]+[aeiouy][a-z]*(?![" + LETTER + r"\d])"
# an enterprise's branch in a unit, named after its trade name (Luật Các tổ chức tín dụng, Luật Doanh
# nghiệp: a branch is a dependent unit, named with "chi nhánh"): "Agribank Chi nhánh tỉnh X",
# "Vietcombank Chi nhánh Y"; it has a party organization of its own ("Đảng bộ Agribank Chi nhánh tỉnh X")
BRANCH_OF_BRAND = rf"{BRAND} [Cc]hi nhánh "
BRAND_BRANCH = rf"{BRANCH_OF_BRAND}(?:{UNIT_NAME}|{NAME})"
_BRAND_BRANCH_RX = re.compile(BRAND_BRANCH)
# (as "{ci('đảng')} {UY}(?! viên)(?: (?:{COMMUNE_RE}(?: ...)?| P\.{NUMNAME}| ... | [Nn]hà trường)?{GENERIC_AFTER}":
# text.Joined, so that INSTITUTION, 61 KB, is compiled once for all the rules that embed it; the other
# alternatives in two tails around it, each ending with what ends the whole, as in the one pattern)
DANGUY = Joined((rf"{ci('đảng')} {UY}(?! viên)",),
                (rf"(?:(?:{COMMUNE_RE})(?: (?:{NAME}|{NUMNAME}))?|P\.{NUMNAME}|{KHOI}|{ZONES}){GENERIC_AFTER}",
                 rf"(?:{INSTITUTION}){GENERIC_AFTER}",
                 rf"(?:{SHORT_KIND}|{SHORT_KIND_LOWER}|{BRAND_BRANCH}|(?=[A-ZĐ]){BODY_NAME}|{BRAND}|[Nn]hà trường)"
                 rf"{GENERIC_AFTER}"),
                optional=True, bare=GENERIC_AFTER)
# (the communes' committees made in 2025 have one "Ban Xây dựng Đảng" for the work of the
# boards of organization, propaganda and mass mobilization; the 2025 reorganisation of the central
# boards made the Ban Kinh tế Trung ương the "Ban Chính sách, chiến lược Trung ương")
BOARD_TYPES = ("Tổ chức", "Tuyên giáo và Dân vận", "Tuyên giáo", "Kiểm tra", "Dân vận", "Nội chính",
               "Kinh tế", "Văn hóa - Xã hội", "Pháp chế", "Đối ngoại", "Xây dựng Đảng", "Chính sách, chiến lược")
# a committee's numbered steering board ("Ban Chỉ đạo 35 Tỉnh ủy": the one for Kết luận 35)
# an abbreviation is a whole word, and not the issuer's code of a document's number ("03-HD/BTCTU")
# (a board's name that goes on after a dash is another body's: "Ban Tuyên giáo - Dân vận" of a Front committee,
# "Ban Tổ chức - Kiểm tra" of a youth union committee, by their charters)
BOARD_HEAD = (rf"(?:{ci('ban')} (?:{'|'.join(BOARD_TYPES)})(?! - [{UPPER}])"
              rf"|(?<!/)(?:BTG&DV|BTGDV|BTG|BTC|BDV|UBKT){NOT_LETTER_AFTER}|"
              rf"(?:Ủy|Uỷ) ban [Kk]iểm tra|"
              rf"Ban Chỉ đạo \d{{1,3}}(?= {COMMITTEE}| {ci('đảng')} {UY})|"
              rf"Văn phòng(?= {COMMITTEE}| {ci('đảng')} {UY}| Trung ương Đảng))")
# "Ban Tổ chức hội thi" is the organizing committee of an event, not the party's board (so is "Ban Tổ chức Đại hội", a
# congress's, written capitalized as the congress is)
EVENT_AFTER = (r"(?! (?:hội thi|hội diễn|cuộc thi|giải|chương trình|lễ hội|sự kiện|hội nghị|đại hội"
               r"|Hội thi|Giải|Cuộc thi|Lễ hội|Đại hội|Hội nghị))")
# (a bloc's committee has its boards too: "Ban Tổ chức Đảng ủy Khối các cơ quan tỉnh")
BOARD = (rf"{BOARD_HEAD}(?: (?:{COMMITTEE}|{ci('đảng')} {UY}(?: (?:(?:{COMMUNE_RE})(?: {NAME})?|{KHOI}))?|"
         rf"Trung ương(?: Đảng)?(?! Đoàn| Hội)(?![{LETTER}]))|{EVENT_AFTER})")
# (a ward's residential quarters are also written "khu" with their number: "Chi bộ khu 3")
# (the M'Nông's and Mạ's village a "bon", the Khmer's a "sóc": Thông tư 04/2012/TT-BNV, residential_areas.tsv)
_SUBUNIT_WORD = alt(*area_words("subunit"))
# a town's residential quarter numbered after "khối" (Nghệ An's and Hà Tĩnh's towns and wards: "khối 3"),
# read only after a cell's head ("khối 12" elsewhere is a school year's grade)
QUARTER = rf"khối \d{{1,3}}{NOT_LETTER_AFTER}"
# (a number before members or a run of years is a figure, no village's: "các chi bộ xóm 3 năm liền đạt trong
# sạch"; other nouns after it are the sentence going on: "Chi bộ thôn 3 tổ chức lễ kết nạp", "... thôn 5 năm 2024")
_AREA_NUMBERED = (rf"\d{{1,3}}[A-Z]?{NOT_LETTER_AFTER}"
                  rf"(?! (?:đảng viên|đồng chí|(?:năm|tháng|lần) (?:liền|liên tiếp|liên tục)){NOT_LETTER_AFTER})")
SUBUNIT = (rf"(?:{_SUBUNIT_WORD}(?: số)? (?:{NAME}(?:{ORDINAL})?|{_AREA_NUMBERED})"
           rf"|{ci('khu')} {_AREA_NUMBERED})")
# the retired cadres' cell of a village or quarter, in its commune's or ward's party organization as a
# residential cell is ("Chi bộ Hưu trí Khối 14", "Chi bộ hưu trí tổ dân phố 5"): press usage
RETIREES = rf"{ci('hưu')} trí (?:{SUBUNIT}|{ci('khối')} \d{{1,3}}{NOT_LETTER_AFTER})"
# a generic word after a bare head makes no body ("Đảng bộ các cấp", "chi bộ trực thuộc"); after a name it
# is the sentence going on ("Đảng bộ Trường Đại học X trực thuộc ..."): the name is never cut for it
# (since 2025 the Government's and the National Assembly's agencies form one party organization each; the
# army's, "Đảng bộ Quân đội", is one directly under the Central Committee: Điều lệ Đảng, chương VI; the
# long form "Quân đội nhân dân Việt Nam" is not read)
# a committee's school of politics, or a district's centre of political training
POLSCHOOL = rf"(?:Trung tâm (?:Bồi dưỡng )?[Cc]hính trị|Trường Chính trị)(?: (?:{UNIT_NAME}|{NAME}))?"
# (as "{ci('đảng')} bộ(?: (?:{UNIT_NAME}|{KHOI}|{ZONES}|{INSTITUTION}|Chính phủ|...|{SHORT_KIND})|{GENERIC_AFTER})":
# text.Joined, INSTITUTION one tail)
PARTYORG = Joined((rf"{ci('đảng')} bộ",),
                  (rf"{UNIT_NAME}|{KHOI}|{ZONES}", INSTITUTION,
                   rf"{POLSCHOOL}|{BOARD}|Chính phủ|Quốc hội|Quân đội(?![{LETTER}]| nhân dân)|{BRAND_BRANCH}"
                   rf"|(?=[A-ZĐ]){BODY_NAME}|{BRAND}|{SHORT_KIND}|{SHORT_KIND_LOWER}|[Nn]hà trường(?![{LETTER}])"),
                  optional=True, bare=GENERIC_AFTER)
# a grassroots Đảng bộ's partial one, over the cells of a part of its commune or workplace (Điều lệ Đảng art. 21:
# "đảng bộ bộ phận"), named after that part: "Đảng bộ bộ phận khu vực X", "Đảng bộ bộ phận thôn Y"
PARTIAL_PARTYORG = rf"{ci('đảng')} bộ bộ phận (?P<part>{SUBUNIT})"
# (as "(?:Ban [Cc]hấp hành|BCH)(?: \(BCH\))? {PARTYORG}": text.Joined)
BCH = Joined((r"(?:Ban [Cc]hấp hành|BCH) \(BCH\)", "Ban [Cc]hấp hành|BCH"), (PARTYORG,), optional=False)
# a faculty: "Khoa Nhà nước - Pháp luật", "Khoa Quản lý du lịch," (lower-case words only when the
# name ends at punctuation, an aside in brackets, before a figure or where the sentence goes on:
# "Khoa Hồi sức tích cực - Chống độc là ...", "Khoa Kinh tế 8 đồng chí", "Khoa Y dược (12 đảng viên)",
# at a table's tab before the cell of its figure),
# else its capitalized words
# ("phòng, chống", one term with its comma, as the laws name the field: Luật Phòng, chống bệnh truyền nhiễm
# 2007, Luật Phòng, chống tham nhũng 2018; "Chi bộ Khoa Phòng, chống bệnh truyền nhiễm")
_PREVENTION = rf"[Pp]hòng, chống{NOT_LETTER_AFTER}"
# (and the other terms of the laws joined by a comma or "và" that name a department's field: "khiếu nại, tố cáo",
# Luật Khiếu nại 2011 and Luật Tố cáo 2018, the field of an inspectorate's department; "công tố và kiểm sát", the
# procuracy's two functions, Luật Tổ chức Viện kiểm sát nhân dân 2014 art. 2, in its departments' titles)
_JOINED_TERM = rf"(?:{_PREVENTION}|[Kk]hiếu nại, tố cáo{NOT_LETTER_AFTER}|[Cc]ông tố và kiểm sát{NOT_LETTER_AFTER})"
# the words that open a predicate after a cell's or faculty's title end it: "Chi bộ Khoa nội đều hoàn thành ...",
# "... phải phân công", must; and "nơi", where, opening a clause about the unit: "Chi bộ Tổ X nơi anh Y làm việc"
# ("hàng không", aviation, "bệnh không lây nhiễm", non-communicable disease, and "phát triển", development, are a
# field's words: "Chi bộ An ninh hàng không", "Khoa Phòng, chống bệnh không lây nhiễm",
# "Trung tâm Phát triển quỹ đất"; "triển" opens a predicate only as "triển khai"; "thường xuyên", regularly, the
# adverb the press puts before a cell's verb, "Chi bộ Khoa X thường xuyên sinh hoạt ...", save in the continuing
# education centres' name, "Trung tâm Giáo dục thường xuyên", Luật Giáo dục 2019)
_PREDICATE = ("đều", "luôn", "cũng", "còn", "chưa", "(?<!hàng )(?<!bệnh )không", "vẫn", "hiện", "chỉ", "thực",
              "(?<![Pp]hát )triển", "hoàn", "duy", "đạt", "tăng", "giảm", "tiến", "bầu", "lãnh", "quán", "xây",
              "nâng", "tập", "giới", "bồi", "phải", "nơi", "(?<![Gg]iáo dục )thường xuyên")
_CELL_TITLE_STOP = rf"(?:{_FIELD_STOP}|(?:{'|'.join(_PREDICATE)}){NOT_LETTER_AFTER})"
# (a faculty's words end where a predicate opens, as a cell's title's do, "Chi bộ Khoa Nội hoàn thành ...", and
# at a "và" before a second cell or faculty: "Chi bộ Khoa X - Y và Chi bộ Khoa Z", two cells; up to seven words,
# and up to two more fields of up to five after a dash, as the Ministry of Health names its hospitals' faculties:
# "Khoa Vật lý trị liệu - Phục hồi chức năng", "Khoa Tai - Mũi - Họng"; counted apart, so that a field's
# words never run on into the predicate: "Chi bộ Khoa Ngoại thường xuyên sinh hoạt chuyên đề hằng tháng")
_NEXT_CELL = rf"(?:Chi bộ|Khoa){NOT_LETTER_AFTER}"
_FACULTY_WORD = (rf" (?:và(?= [{UPPER}])(?! {_NEXT_CELL})|(?!{_CELL_TITLE_STOP}){_JOINED_TERM}"
                 rf"|(?!{_CELL_TITLE_STOP}|{_JOINED_TERM})[{LETTER}]+)")
FACULTY = (rf"Khoa (?:(?:{_JOINED_TERM}|{CAPSYL})(?:{_FACULTY_WORD}){{0,6}}?"
           rf"(?: -{_FACULTY_WORD}(?:{_FACULTY_WORD}){{0,4}}?){{0,2}}"
           rf"(?=[,;.)\t\n]|$| và(?! [{UPPER}])| và {_NEXT_CELL}| \d| \(|{DOT_LEADER}"
           rf"| (?!và{NOT_LETTER_AFTER}){_CELL_TITLE_STOP})"
           rf"|{FIELD_NAME})")
# a department, team or station of the police or of a command: "Phòng Tổ chức cán bộ Công an
# tỉnh X", "Đội vận động quần chúng Đồn Biên phòng Y" (its name is lower-case after the first word)
_FORCE_HOSTS = ("Công an ", "Đồn Biên phòng ", "Bộ Chỉ huy ", "Bộ đội Biên phòng ")
_FORCE_HOST = "(?:" + "|".join(h[:-1] for h in _FORCE_HOSTS) + ") "
# (and the provincial police's detention camp and holding house, Luật Thi hành tạm giữ, tạm giam 2015 art. 7:
# "Trại tạm giam Công an tỉnh X")
_DETENTION = "Trại tạm giam|Nhà tạm giữ"
DEPARTMENT = (rf"(?:(?:Phòng|Đội(?! ngũ| trưởng| phó)|Trạm(?! trưởng| phó)) [{LETTER}]+(?: [{LETTER}]+){{0,5}}?"
              rf"|{_DETENTION}) "
              rf"(?={_FORCE_HOST}){_institution_opening(*_FORCE_HOSTS)}")
_DEPARTMENT_AT = re.compile(rf"(?P<d>(?:Phòng|Đội|Trạm) [{LETTER}]+(?: [{LETTER}]+){{0,5}}?|{_DETENTION})"
                            rf" (?P<h>{_FORCE_HOST}.*)")
# "Chi bộ 20": a cell numbered within its party organization (not "chi bộ 20 đảng viên")
CELL_NUMBER = r"Chi bộ (?P<num>\d{1,3})(?!\d|[.,/]\d)(?! (?:đảng viên|người|đồng chí|chi bộ|tổ chức|năm|%))"
# a university's cell of its students, of one faculty or of all: "Chi bộ Sinh viên Khoa X", "Chi bộ Sinh viên"
STUDENTS = rf"Sinh viên(?: {FACULTY}|{ORDINAL})?|sinh viên {FACULTY}"
# (as "{ci('chi')} bộ(?: cơ sở(?= [{UPPER}]))?(?: (?:{BOARD}|{DEPARTMENT}|{INSTITUTION}|...)|{GENERIC_AFTER})":
# text.Joined, INSTITUTION one tail; the head with "cơ sở" first, then without, as the engine backtracks)
# the workplace a cell is seated in, named by its kind word and lower-case words, then maybe a proper
# name or its unit ("Chi bộ Khoa hồi sức tích cực", "Chi bộ Đội tàu lai dắt", "Chi bộ Vườn quốc gia Côn
# Đảo", "Chi bộ Hải quan cửa khẩu quốc tế X"): Điều lệ Đảng art. 21, a cell in each unit of a workplace;
# the press writes such units as common nouns, so only the first word is capitalized
# (the words that open a predicate after a subject end it: _PREDICATE, above)
# (a joined term is one word, never split at its comma or "và")
_TITLE_WORD = (rf"(?:- )?(?!{_CELL_TITLE_STOP}|{_UNIT_NAMED})"
               rf"(?:{_JOINED_TERM}|(?!{_JOINED_TERM})[{LOWER}]+{NOT_LETTER_AFTER}|{CAPSYL})")
_LOWER_WORD = (rf"(?:- )?(?!{_CELL_TITLE_STOP}|{_UNIT_NAMED})"
               rf"(?:{_JOINED_TERM}|(?!{_JOINED_TERM})[{LOWER}]+{NOT_LETTER_AFTER})")
# (a lower-case word among its words: all capitalized, it is a proper name, another rule's; a unit split in
# numbered ones carries its number last: "Phòng Kiểm soát chi 4", "Đội tàu lai dắt 2")
# (a department's title may join two fields with "và", each opening on a capital, as the decrees that set up
# the departments and public service centres name them: "Phòng Kế hoạch và Tài chính"; so only theirs, by the
# head, and not when another body's head follows the "và": a mass organization's ("Đoàn", "Công đoàn", as in
# MASS), an inspectorate's)
_DEPARTMENT_HEADS = ("Phòng", "Văn phòng", "Khoa", "Ban", "Trung tâm")
_BODY_AFTER_AND = ("Chi bộ", "Đảng", "Ban", "Phòng", "Văn phòng", "Đội", "Trạm", "Tổ", "Khoa", "Công ty", "Trường",
                   "Trung tâm", "Bệnh viện", "Ủy ban", "Uỷ ban", "UBND", "Hội", "Chi nhánh", "Xí nghiệp", "Cục", "Sở",
                   "Đoàn", "Công đoàn", "Liên đoàn", "LĐLĐ", "Mặt trận", "MTTQ", "Cựu chiến binh",
                   f"Thanh tra(?= [{UPPER}])")
_SECOND_FIELD = (rf" và (?!(?:{'|'.join(_BODY_AFTER_AND)}){NOT_LETTER_AFTER}){CAPSYL}(?: {_TITLE_WORD}){{0,4}}"
                 rf"(?=[,;.:)\n]|$| \(| {_CELL_TITLE_STOP}|{DOT_LEADER})")
_FIRST_FIELD = rf"{CAPSYL}(?: {_TITLE_WORD}){{0,3}} {_LOWER_WORD}(?: {_TITLE_WORD}){{0,5}}"
_DEPARTMENT_FIRST = rf"(?=(?:{'|'.join(_DEPARTMENT_HEADS)}){NOT_LETTER_AFTER})"
CELL_TITLE = (rf"(?!Đảng )(?:{_DEPARTMENT_FIRST}{_FIRST_FIELD}(?:{_SECOND_FIELD})?"
              rf"|(?!{_DEPARTMENT_FIRST}){_FIRST_FIELD})"
              rf"(?: \d{{1,2}}(?=[,;.:)\n]|$| (?:{_CELL_TITLE_STOP}|thành{NOT_LETTER_AFTER}))"
              rf"|(?: {NAME}| {UNIT_NAME})?(?=[,;.:)\n]|$| \(| {_CELL_TITLE_STOP}|{DOT_LEADER}))")
_CELL_TITLE_RX = re.compile(CELL_TITLE)
# "các chi bộ Văn phòng, Kế hoạch - Tài chính và Dịch vụ khách hàng": the cells of a workplace's units, listed by the
# units' titles after one plural head (a cell is seated in each unit of a workplace: Điều lệ Đảng art. 21)
_TITLE_ITEM = rf"(?!Đảng ){CAPSYL}(?: {_TITLE_WORD}){{0,5}}"
_TITLED_CELL_LIST = re.compile(rf"(?<![{LETTER}])(?:[Cc]ác|[Nn]hững) chi bộ (?P<items>{_TITLE_ITEM}(?:, {_TITLE_ITEM})*"
                               rf",? và {_TITLE_ITEM})(?=[,;.:)\n]| {_CELL_TITLE_STOP})")
_TITLE_ITEM_RX = re.compile(_TITLE_ITEM)
# a department named by its number or code, as the procuracies' (Phòng 1 ... Phòng 15, by their
# tasks) and the police's (Phòng PC06, Phòng PA03: the Ministry of Public Security's codes) are
NUMBERED_DEPARTMENT = rf"Phòng (?:\d{{1,2}}|P[A-Z]\d{{2}})(?![\d{LETTER}])"
_NUMBERED_DEPARTMENT_RX = re.compile(NUMBERED_DEPARTMENT)
# (a village's cell or youth branch written with its village word alone, "Chi bộ thôn", "Bí thư Chi đoàn thôn":
# the village the paragraph names)
_VILLAGE_WORDS = area_words("village")
VILLAGE_BARE = rf"{alt(*_VILLAGE_WORDS, case_first=False)}(?![{LETTER}])(?! [{UPPER}\d])"
CELL = Joined((rf"{ci('chi')} bộ cơ sở(?= [{UPPER}])", rf"{ci('chi')} bộ"),
              (rf"{BOARD}|{DEPARTMENT}", INSTITUTION,
               rf"{BRAND_BRANCH}|{POLSCHOOL}|{SUBUNIT}|{QUARTER}|{RETIREES}|{FACULTY}|{STUDENTS}|{SHORT_KIND}|{NUMBERED_DEPARTMENT}",
               CELL_TITLE, rf"(?<=Chi bộ ){VILLAGE_BARE}"),
              optional=True, bare=GENERIC_AFTER)
STATE = (r"(?:HĐND|Hội đồng nhân dân|UBND|(?:Ủy|Uỷ) ban nhân dân|Công an|Ban Chỉ huy Quân sự|Tòa án nhân dân|"
         rf"Viện Kiểm sát nhân dân) {UNIT_NAME}")
# "Đoàn xã X": the press's short form of the unit's youth union (a unit word must follow,
# so "Đoàn công tác", "Đoàn đại biểu" stay out)
# the associations among the mass organizations (each led by a standing board of its own, by its charter)
ASSOCIATION = r"Hội (?:(?:Liên hiệp )?Phụ nữ|LHPN|Nông dân|Cựu [Cc]hiến binh|Chữ thập đỏ)"
# the Youth Union's central bodies (Điều lệ Đoàn: its Central Committee elects a standing
# committee and a secretariat), not the Party's: "Ban Bí thư Trung ương Đoàn"; the Central Committee
# written short, as the press and the Union's own awards name it: "Trung ương Đoàn"
YOUTH_CENTRAL = rf"(?:Ban (?:Bí thư|Chấp hành|Thường vụ) )?Trung ương Đoàn(?![{LETTER}])"
MASS = (r"(?:Đoàn TNCS Hồ Chí Minh|Đoàn Thanh niên Cộng sản Hồ Chí Minh|Đoàn [Tt]hanh niên|"
        rf"Đoàn(?= {UNIT})|Mặt trận(?= {UNIT})|{ASSOCIATION}|(?:(?:Ủy|Uỷ) ban )?(?:Mặt trận Tổ quốc|(?<![/-])MTTQ)"
        rf"(?: Việt Nam)?|"
        rf"Liên đoàn Lao động|(?<![/-])LĐLĐ(?= {UNIT}))(?: {UNIT_NAME})?"
        rf"|(?:Tỉnh|Thành|Huyện|Quận|Thị) [Đđ]oàn(?: {NAME})?"
        rf"|{YOUTH_CENTRAL}"
        # (the unions' national body, Luật Công đoàn 2024 and Điều lệ Công đoàn Việt Nam)
        r"|Tổng Liên đoàn Lao động Việt Nam")
# the party's groups in state and mass bodies: "Ban cán sự đảng UBND tỉnh X", "Đảng đoàn HĐND tỉnh X"
# (and the ministries', the supreme court's and procuracy's: "Ban cán sự đảng Bộ Tư pháp", "Ban cán sự
# đảng Tòa án nhân dân tối cao")
_SUPREME = ("Tòa án nhân dân tối cao", "Viện Kiểm sát nhân dân tối cao")
PARTY_GROUP = rf"(?:Ban cán sự [Đđ]ảng|Đảng đoàn) (?={STATE}|{MASS}|Mặt trận|MTTQ|Bộ |{'|'.join(_SUPREME)})"
MINISTRY = _institution_opening("Bộ ", *_SUPREME)
# the numbered commands a department may be part of: "Cục Chính trị Quân khu 9", "Cục Hậu cần Quân đoàn 34"
COMMAND_HEADS = tuple(row["head"] for row in GRAMMAR if row["attaches"] in NUMBERED)
# a numbered command's name as a whole ("Quân đoàn 34", "Lữ đoàn Pháo binh 164"), from the same rows
NUMBERED_COMMAND = re.compile("|".join(rf"(?:{_words_ci(row['head'])}{_grammar_tail(row)})"
                                       for row in GRAMMAR if row["attaches"] in NUMBERED))
# a department, named by its field ("Cục Chính trị"): the field rows
DEPARTMENT_HEADS = tuple(row["head"] for row in GRAMMAR if row["attaches"] == "field")
_DEPARTMENT_OF_COMMAND = re.compile(rf"(?:{'|'.join(DEPARTMENT_HEADS)}) "
                                   rf".+? (?P<command>{NUMBERED_COMMAND.pattern})")


# a department named by its field at the end of a workplace's name ("Văn phòng Cục Thuế")
_DEPARTMENT_LAST = re.compile(rf" ((?:{'|'.join(DEPARTMENT_HEADS)}) {CAPSYL}(?: {CAPSYL})*)$")


def _command_of_department(name: str) -> str:
    """"Ủy viên Ban Thường vụ Đảng ủy, Chủ nhiệm Cục Chính trị Quân đoàn 34": the chiefs of a numbered
    command's departments (political, logistics) sit on the command's party committee (Nghị quyết
    51-NQ/TW 2005 on the Party's leadership in the army), so a bare "Đảng ủy" before one is the command's."""
    m = _DEPARTMENT_OF_COMMAND.fullmatch(name)
    return m["command"] if m else name
# the body a department (a grammar row named by its field) is part of, right after its name or in
# apposition: a ministry, the supreme court or procuracy, a central board of the Party, a numbered command
_DEPARTMENT_HOST = re.compile(
    rf"(?P<sep>,? )(?P<h>{MINISTRY}|{_institution_opening(*COMMAND_HEADS)}"
    rf"|Ban (?:{'|'.join(BOARD_TYPES)}) Trung ương(?! Đoàn| Hội)|Văn phòng Trung ương Đảng"
    rf"|(?:Ủy|Uỷ) ban Kiểm tra Trung ương)(?![{LETTER}])")
# "vụ" is also a crop season, capitalized in a headline or at a sentence's start: "Vụ Mùa", "Vụ Đông Xuân"
_CROP_SEASON = re.compile(rf"Vụ (?:Mùa|Chiêm|Đông|Xuân|Hè|Thu)(?![{LETTER}])")
# ... unless it is an item of a list of bodies: "Vụ X, Ban Tổ chức Trung ương, Bộ Nội vụ"
_BODY_LIST_ITEM = re.compile(rf"(?:,| và) (?:Ban|Bộ|Vụ|Cục|Tổng cục|Văn phòng|Ủy ban|Uỷ ban|Quân khu)(?![{LETTER}])")
# the office of a People's Council/Committee: "Văn phòng UBND tỉnh X" (its parent the committee)
STATE_OFFICE = rf"[Vv]ăn phòng (?={STATE})"
# the youth union, students' association or trade union of a school: "Đoàn trường THPT X"
# and the governing board of a school or company ("Hội đồng trường", "Hội đồng thành viên")
_INSTITUTION_BOARD = r"Hội đồng (?:trường|thành viên|quản trị)"
_UNION_HOSTS = ("trường ", "Trường ", "đại học ", "Đại học ", "Tổng công ty ", "Công ty ", "Tập đoàn ",
                "Nông trường ", "Bệnh viện ", "Cảng hàng không ")  # (an airport: an enterprise's unit, with unions)
# (an enterprise's union is its grassroots one, "Công đoàn cơ sở Công ty X": Điều lệ Công đoàn Việt Nam)
INSTITUTION_UNION = (rf"(?:Đoàn(?: [Tt]hanh niên)?|Hội Sinh viên|Công đoàn(?: cơ sở)?|{_INSTITUTION_BOARD}) "
                     rf"(?={'|'.join(_UNION_HOSTS)}){_institution_opening(*_UNION_HOSTS)}")
# the same with the institution unnamed: "Chủ tịch Hội đồng thành viên Tổng công ty", "Hội Sinh viên
# trường", "Chủ tịch Hội đồng trường" - the one institution of that kind the article names
_BARE_KIND_WORDS = r"[Tt]ổng công ty|[Cc]ông ty|nhà trường|[Tt]rường|[Bb]ệnh viện|Đồn Biên phòng"
INSTITUTION_UNION_BARE = (rf"(?:Hội đồng trường|(?:(?:Đoàn(?: [Tt]hanh niên)?|Hội Sinh viên|Công đoàn(?: cơ sở)?|"
                          rf"{_INSTITUTION_BOARD}) (?:{_BARE_KIND_WORDS})))"
                          rf"(?! [{UPPER}\d])(?![{LETTER}])")
# the youth union named before the students' association with the school's word shared: "Đoàn Thanh niên và
# Hội Sinh viên trường", "Đoàn Thanh niên, Hội Sinh viên trường" (both the school's)
INSTITUTION_UNION_SHARED = (rf"Đoàn [Tt]hanh niên(?=(?:,| và) Hội Sinh viên (?:[Tt]rường|nhà trường)(?![{LETTER}])"
                            rf"(?! [{UPPER}\d]))")
# INSTITUTION_UNION_BARE split into the body's head and the institution's kind word ("nhà trường": the school)
_BARE_INSTITUTION_KIND = re.compile(rf"(?P<head>.+? )(?P<kind>{_BARE_KIND_WORDS})$")
# a mass organization's branch or the Front's working committee in a village: "Chi hội Phụ nữ
# thôn X", "Ban công tác Mặt trận ấp Y" (their grassroots units, by the associations' charters)
# (the association's word also in lower case: "Chi hội phụ nữ thôn X"); each branch is in its association
# of the commune (VILLAGE_UNION: the charters' levels), kept when the article names that one
VILLAGE_UNION = {"Chi hội Phụ nữ": "Hội Liên hiệp Phụ nữ", "Chi hội Nông dân": "Hội Nông dân",
                 "Chi hội Cựu chiến binh": "Hội Cựu chiến binh", "Chi hội Người cao tuổi": "Hội Người cao tuổi",
                 "Chi hội Chữ thập đỏ": "Hội Chữ thập đỏ", "Chi đoàn Thanh niên": "Đoàn Thanh niên",
                 "Ban công tác Mặt trận": "Ủy ban Mặt trận Tổ quốc Việt Nam"}
VILLAGE_BRANCH = (rf"(?:Chi hội (?:{ci('phụ')} nữ|{ci('nông')} dân|{ci('cựu')} chiến binh|Người cao tuổi"
                  rf"|Chữ thập đỏ)|Ban công tác Mặt trận|Chi đoàn Thanh niên) {SUBUNIT}")
# (a village's youth branch written with its village word alone, "Bí thư Chi đoàn thôn": the village the
# paragraph names, VILLAGE_BARE)
# (a school class's youth branch, by the class's grade and letter, "Chi đoàn 12A3": Điều lệ Đoàn, a branch in each
# class of a school's union)
SCHOOL_CLASS = rf"1?\d[A-Z]\d{{0,2}}(?![{LETTER}\d])"
# (an agency's youth branch written with the common noun alone, "Chi đoàn cơ quan": the agency whose party cell
# the article names last before it)
AGENCY_BARE = rf"cơ quan(?![{LETTER}])(?! [{UPPER}\d])"
# (an institution's youth branch written with its kind word alone, "Chi đoàn Trung tâm": the one the article names,
# as for its party cell)
CHIDOAN = Joined(("Chi đoàn",), (SUBUNIT, INSTITUTION, SHORT_KIND, NAME, VILLAGE_BARE, SCHOOL_CLASS, AGENCY_BARE),
                 optional=False)  # ("Chi đoàn (?:...)")
# a faculty's federation of youth union branches (Điều lệ Đoàn: the "liên chi đoàn" between the branches
# and the school's union)
FACULTY_UNION = rf"Liên chi đoàn {FACULTY}"
CENTRAL = (r"Bộ Chính trị|Ban Bí thư(?! Trung ương Đoàn)(?: Trung ương(?: Đảng)?)?"
           r"|(?:Ban Chấp hành|BCH) Trung ương(?! Đoàn)(?: Đảng)?|"
           r"(?:Ủy|Uỷ) ban Kiểm tra Trung ương|Quân ủy Trung ương|Đảng ủy Công an Trung ương|Quốc hội|Chính phủ"
           # a plenum of the Central Committee, named by its number in the term (Điều lệ Đảng art. 17: the
           # Central Committee meets in plenums), its resolutions the Committee's: "Hội nghị Trung ương 5 khóa XIII"
           r"|Hội nghị Trung ương(?= \d{1,2}(?![\d,.]))")
ACADEMY = r"Học viện Chính trị(?: quốc gia Hồ Chí Minh| khu vực (?:I|II|III|IV)(?![A-Z]))?"
# State agencies of a unit: "Sở Giáo dục và Đào tạo tỉnh X", "Phòng Nội vụ huyện Y"
AGENCY = rf"(?:Sở|Phòng) {CAPSYL}(?: (?:[{LETTER}]+|-)){{0,6}}? {UNIT_NAME}"
# (also the youth union's: "Ban Thường vụ Tỉnh đoàn", by the Đoàn's charter, and an association's or the
# trade unions' federation's: "Ban Thường vụ Hội Nông dân tỉnh X", "Ban Thường vụ Liên đoàn Lao động tỉnh Y",
# a bare "Ban Thường vụ Hội" in an article on one, by their charters)
# (as "(?:Ban [Tt]hường vụ|BTV)(?: \(BTV\))?(?: (?:{COMMITTEE}|{DANGUY}|{PARTYORG}|...))?": text.Joined)
STANDING = Joined((r"(?:Ban [Tt]hường vụ|BTV)(?: \(BTV\))?",),
                  (COMMITTEE, DANGUY, PARTYORG, rf"(?:Tỉnh|Thành|Huyện|Quận|Thị) [Đđ]oàn(?: {NAME})?",
                   rf"(?:{ASSOCIATION}|Liên đoàn Lao động)(?: {UNIT_NAME})?", rf"Hội(?![{LETTER}])"), optional=True)
# the executive committee an association's or the trade unions' congress elects (their charters: each level's
# congress elects a Ban Chấp hành, which elects the Ban Thường vụ): "Ban Chấp hành Hội LHPN xã X"
BCH_MASS = rf"(?:Ban [Cc]hấp hành|BCH) (?:{ASSOCIATION}|Liên đoàn Lao động)(?: {UNIT_NAME})?"
# a unit's steering committee named by the party resolution or conclusion it carries out ("Ban Chỉ đạo 35
# tỉnh X": Kết luận 35 on protecting the party's ideological foundation; set up by each level's standing
# committee, named after the unit, as the committee's own "Ban Chỉ đạo 35 Tỉnh ủy" is after the committee)
STEERING = rf"Ban Chỉ đạo \d{{1,3}} (?:{UNIT_NAME})"
# the standing members of a party committee (its secretary and deputies: Quy định on the work of the standing
# committees and their "Thường trực"), a body that letters and their distribution lists name: "Thường trực Huyện
# ủy X" (not a post: "Phó Bí thư Thường trực", "Phó Trưởng Ban Thường trực", "Phó Chủ tịch Thường trực")
_NOT_A_POST_BEFORE = "".join(rf"(?<!{w} )" for w in ("thư", "viên", "nhiệm", "Ban", "ban", "tịch", "trưởng", "Trưởng"))
STANDING_OFFICE = rf"{_NOT_A_POST_BEFORE}Thường trực (?:{COMMITTEE}|{ci('đảng')} {UY}(?: {COMMUNE_RE} {NAME})?)"
# the standing board of a Fatherland Front committee (Điều lệ Mặt trận Tổ quốc Việt Nam: each committee elects a
# Ban Thường trực): "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh X"
FRONT_BOARD = rf"Ban Thường trực (?:Ủy|Uỷ) ban (?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)?(?: {UNIT_NAME})?"
# the Party itself: after the words that name it ("của Đảng", "vào Đảng"), the one a member leaves ("xóa tên, cho
# ra khỏi Đảng", "khai trừ ra khỏi Đảng": Điều lệ Đảng's removal and expulsion) and the one people trust ("bà con tin
# Đảng", the press's phrase)
# the ruling parties with which the Party keeps ties of its own (their delegations, their provinces' committees),
# by their Vietnamese names (resources/foreign_parties.tsv)
FOREIGN_PARTY = "(?:" + "|".join(re.escape(row["party"]) for row in table("foreign_parties.tsv")) + r")(?![\w])"
# its Central Committee, written as the Party's own is in a post ("Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào")
_FOREIGN_CENTRAL = r"(?:(?:Ban Chấp hành|BCH) )?Trung ương "
_FOREIGN_PARTY_BODY = rf"(?:{_FOREIGN_CENTRAL})?{FOREIGN_PARTY}"
PARTY_RE = (rf"Đảng Cộng sản Việt Nam|Đảng(?= ta(?![{LETTER}]))"
            rf"|(?:(?<=[Tt]oàn )|(?<=của )|(?<=vào )|(?<=cho )|(?<=với )|(?<=theo )|(?<=trong )|(?<=về )|(?<=Của )"
            rf"|(?<=khỏi )|(?<= tin ))"
            rf"Đảng(?! (?:bộ|ủy|uỷ|viên|Cộng|cộng)[^{LETTER}])(?![{LETTER}])")

_RULE_SOURCES: list[tuple[str, str | Joined]] = [
    ("central", CENTRAL), ("party", PARTY_RE), ("foreign_party", _FOREIGN_PARTY_BODY), ("committee", COMMITTEE),
    ("danguy", DANGUY),
    ("standing", STANDING), ("bch", BCH), ("bch", BCH_MASS), ("board", BOARD), ("partyorg", PARTYORG),
    ("partial_partyorg", PARTIAL_PARTYORG), ("cell", CELL),
    ("polschool", POLSCHOOL), ("state", STATE),
    ("institution_union_shared", INSTITUTION_UNION_SHARED), ("mass", MASS), ("chidoan", CHIDOAN),
    ("faculty_union", FACULTY_UNION),
    ("cell_number", CELL_NUMBER),
    ("committee_member", rf"{alt(*COMMITTEE_UNIT)} {UY} viên"), ("faculty", FACULTY),
    ("institution_union", INSTITUTION_UNION),
    ("state_office", rf"{STATE_OFFICE}{STATE}"),
    ("party_group", rf"{PARTY_GROUP}(?:{STATE}|{MASS}|{MINISTRY})"),
    ("department", DEPARTMENT), ("village_branch", VILLAGE_BRANCH),
    ("institution_union_bare", INSTITUTION_UNION_BARE), ("institution", INSTITUTION),
    ("institution", BRAND_BRANCH), ("academy", ACADEMY),
    ("agency", AGENCY), ("steering", STEERING), ("standing_office", STANDING_OFFICE), ("front_board", FRONT_BOARD),
]


# a body named after a unit whose name has a dash ("Đảng ủy Viettel Bà Rịa - Vũng Tàu", an enterprise's branch
# named after its province; "phường Lâm Viên - Đà Lạt"): the name patterns stop at the dash, the register's
# name goes on past it
_DASHED_TAGS = ("danguy", "partyorg", "cell")


@cache
def _dashed_unit_names() -> tuple[tuple[str, str], ...]:
    """(before the dash, after it) of the register's unit names written with a dash."""
    return tuple(sorted({(before, after) for units in register().by_name.values() for u in units
                         if " - " in u.name for before, after in [u.name.split(" - ", 1)]}))


def _dashed_unit_end(text: str, end: int) -> int:
    """Where a name that ends at `end` with the first part of a dashed unit name ends when the text writes
    the rest ("... Bà Rịa" then " - Vũng Tàu"), else `end`."""
    for first, rest in _dashed_unit_names():
        if text.endswith(" " + first, 0, end) and text.startswith(" - " + rest, end):
            after = end + 3 + len(rest)
            if after == len(text) or not text[after].isalnum():
                return after
    return end


class Rule(NamedTuple):
    tag: str
    rx: Matcher  # the pattern, where no letter or digit stands before it
    gate: tuple[str, ...] | None  # the rule is tried on a text only when it holds one of these strings
    starts: tuple[str, ...] | None  # every match starts with one of these strings: tried only there


@cache
def rules() -> list[Rule]:
    """The rules, with their gates (strings every match contains): once per process, at
    the first article, not at import. A plain rule is compiled at its first scan (LazyPattern):
    the compiler takes seconds over the patterns (the institutions' names), which a process
    whose texts reach few of them need not pay.

    Plain patterns, not WordStartPattern: its scan is faster by a tenth here (0.2 ms an article),
    and compiling each pattern twice costs 1 s a process, more than that saves below ~5,000
    articles a process."""
    compiled: dict[str | Joined, Matcher] = {}  # each source once (a Joined rule's tails are other rules)

    def compile_source(source: str | Joined) -> Matcher:
        if source not in compiled:
            compiled[source] = (source.compile(NOT_LETTER_BEFORE, compile_source) if isinstance(source, Joined)
                                else LazyPattern(f"{NOT_LETTER_BEFORE}(?:{source})"))
        return compiled[source]

    out = []
    read: re.Pattern | LazyPattern
    for tag, source in _RULE_SOURCES:
        if isinstance(source, Joined):
            joined = compile_source(source)
            assert isinstance(joined, JoinedPattern)
            rx: Matcher = joined
            read = joined.head  # (its gates and starts: its heads')
        else:
            rx = compile_source(source)
            assert isinstance(rx, LazyPattern)
            read = rx
        out.append(Rule(tag, rx, required_literals(read), leading_literals(read)))
    return out


@cache
def rule_leads() -> Leads:
    """Where each rule may match in a text, found in one scan for all of them (the rules with
    no leading strings are scanned whole)."""
    return Leads([r.starts or () for r in rules()])


# "một số đảng bộ ... là Thuận Thiên 11/15, Quyết Tiến 8/7": bare names in a list of party organizations
_FIGURE = r"\d+(?:[.,/]\d+)*%?"  # a figure ends with a digit: the list's comma is no part of it
_LIST_ITEM = rf"{NAME}(?: {_FIGURE}(?: đảng viên)?)?"
PARTY_LIST = WordStartPattern(
    rf"(?:[Cc]ác|[Mm]ột số|[Nn]hững) đảng bộ(?: [^.;:\n]{{0,80}}?)?(?: là| gồm| như)?:? "
    rf"(?P<items>{_LIST_ITEM}(?:(?:, | và ){_LIST_ITEM})+)")
_ITEM_NAME = re.compile(rf"(?P<n>{NAME})(?: {_FIGURE}(?: đảng viên)?)?")
# a flattened table of party organizations with their figures: "Trong đó, Tân Lập 121 đảng viên,
# Quyết Tiến 93, Công an 48, Bộ đội Biên phòng tỉnh 15" (three items or more)
_FIGURE_ITEM_START = rf"(?:[{UPPER}]|TP\.|(?={UNIT} [{UPPER}]))"
_FIGURE_ITEM = re.compile(
    rf"(?:(?<=, )|(?<=; )|(?<=: )|(?<=\n)|(?<=[Tt]rong đó )|(?<=gồm )|(?<= là ))"
    rf"(?P<item>{_FIGURE_ITEM_START}[^,;:.\d\n()]{{1,60}}?(?: TP\. [^,;:.\d\n()]{{2,30}}?)?)"
    rf"(?: kết nạp| có)? (?P<num>\d+(?:[.,/]\d+)*%?)(?= đảng viên|[,;.)]|$)")
# the character before an item (every look-behind above ends with a space or a line break)
_BEFORE_FIGURE_ITEM = re.compile(rf"[ \n](?={_FIGURE_ITEM_START})")
# each item's figure is a run of digits of its own (the item's name, which holds none, stands between two figures):
# a stretch with fewer than three runs lists no three items, and its places (a unit's look-ahead at every space) are
# not looked for
_DIGIT_RUN = re.compile(r"\d+")
# "2 chi bộ ... là ấp Bến Súc, xã Thạnh Phú Đông (Giồng Riềng) và ấp Mỹ Điền, xã ...": cells named by their village
_CELL_ITEM = rf"(?P<v>{SUBUNIT})(?:, (?P<c>{alt(*COMMUNE)} {NAME}))?(?: \([^)]{{1,40}}\))?"
CELL_LIST = WordStartPattern(
    rf"(?:[Cc]ác|[Mm]ột số|[Nn]hững|\d+) chi bộ[^.;:\n]{{0,80}}? (?:là|gồm):? "
    rf"(?P<items>{_CELL_ITEM.replace('?P<v>', '').replace('?P<c>', '')}"
    rf"(?:(?:, | và ){_CELL_ITEM.replace('?P<v>', '').replace('?P<c>', '')})*)")
_CELL_ITEM_RX = re.compile(_CELL_ITEM)
# a heading naming the cells' kind by their village word, then one line per cell opening with the village's name,
# the word capitalized as a line's first ("các chi bộ ấp (số đảng viên / số kết nạp):" then "Ấp X: 31 / 2")
_VILLAGE_LINES_HEAD = re.compile(rf"(?:[Cc]ác|[Nn]hững) chi bộ (?P<w>{alt(*_VILLAGE_WORDS, case_first=False)})"
                                 rf"(?![{LETTER}])[^.;:\n]{{0,80}}:\n")
_VILLAGE_LINE = re.compile(rf"(?P<w>[{UPPER}][{LOWER}]*(?: [{LOWER}]+)?) (?P<n>{NAME})(?: \d{{1,2}})?(?=:| -| –|\t)")
# "các chi bộ xóm 2, xóm 4 và xóm 7", "các chi bộ thôn A, B": the plural head's village word, then the villages, one
# cell each (a cell is seated in each village: Điều lệ Đảng art. 21); an item may write the word again; a
# number before a count noun is a figure, no village's
_AREA_NUMBER = (rf"\d{{1,3}}[A-Z]?{NOT_LETTER_AFTER}(?![.,/]\d)"
                rf"(?! (?:{'|'.join(_COUNTED)}){NOT_LETTER_AFTER})")
_AREA_ITEM = rf"(?:(?:{alt(*_VILLAGE_WORDS, case_first=False)}) )?(?:{NAME}(?:{ORDINAL})?|{_AREA_NUMBER})"
PLURAL_CELL_LIST = WordStartPattern(
    rf"(?:[Cc]ác|[Nn]hững) chi bộ (?P<w>{alt(*_VILLAGE_WORDS, case_first=False)}) "
    rf"(?P<items>{_AREA_ITEM}(?:(?:, | và ){_AREA_ITEM})+)")
_AREA_ITEM_RX = re.compile(rf"(?:(?P<w>{alt(*_VILLAGE_WORDS, case_first=False)}) )?"
                           rf"(?P<n>{NAME}(?:{ORDINAL})?|{_AREA_NUMBER})")
# a body of the unit after the villages ends their list ("các chi bộ thôn A, Hội Nông dân và Đoàn Thanh niên
# xã X"): its mass organizations and state bodies (Điều lệ Đảng art. 21: a cell in each village, none in them)
_LISTED_BODY = re.compile(rf"(?:{MASS}|{STATE}|Công đoàn|(?:Ủy|Uỷ) ban|UBND|HĐND|Chi đoàn)(?![{LETTER}])")
# "Đảng ủy các xã A, B và C", "Hội Nông dân các xã A, B": one body of the kind per unit named (a
# party committee or mass organization exists at every level: Điều lệ Đảng, the associations' charters)
_UNIT_LIST_BODY = {"Đảng ủy": "Đảng ủy", "Đảng uỷ": "Đảng ủy", "Đảng bộ": "Đảng bộ",
                   "Hội Liên hiệp Phụ nữ": "Hội Liên hiệp Phụ nữ", "Hội LHPN": f"Hội {ABBREVIATIONS['LHPN']}",
                   "Hội Nông dân": "Hội Nông dân", "Hội Cựu chiến binh": "Hội Cựu chiến binh",
                   "Đoàn Thanh niên": "Đoàn Thanh niên"}
# ... and a state body every district and commune has (Luật Tổ chức chính quyền địa phương; before the
# 2025 two-level courts, Luật Tổ chức Tòa án nhân dân and Viện kiểm sát nhân dân: a court and a procuracy
# in each district): "Tòa án nhân dân các huyện A, B và C"
_UNIT_LIST_STATE = {"Tòa án nhân dân": "Tòa án nhân dân", "Viện kiểm sát nhân dân": "Viện Kiểm sát nhân dân",
                    "Viện Kiểm sát nhân dân": "Viện Kiểm sát nhân dân", "Ủy ban nhân dân": "Ủy ban nhân dân",
                    "Hội đồng nhân dân": "Hội đồng nhân dân"}
# (and every state agency the grammar table seats in a unit: "Chi cục Thống kê các tỉnh A, B và C", as a merger's
# former offices are listed)
_UNIT_LIST_STATE.update({row["head"]: row["head"] for row in GRAMMAR if row["kind"] == "StateBody"
                         and "unit" in row["attaches"].split("|") and not row["head"].isupper()})
_UNIT_LIST_BODY.update(_UNIT_LIST_STATE)
# (a unit's number ends its item, "xã Yên Khê 1, ..."; a figure before a count noun is none: "Đảng ủy các xã A, B
# 23 quần chúng")
_LIST_UNIT_NUMBER = r"(?: \d{1,2}(?=[,.;:)\n]| và |$))?"
# (the body word may govern a named unit first, then the list: "đảng bộ thị trấn X và các xã A, B", as a merger's
# former units are listed; the first unit's body is the party organization rule's)
UNIT_LIST = WordStartPattern(
    rf"(?P<b>{alt(*_UNIT_LIST_BODY)}) (?:(?:{UNIT}) {NAME} và )?"
    rf"các (?P<u>{alt(*unit_types('DC', special_zone=False), 'tỉnh')}) "
    rf"(?P<items>{NAME}{_LIST_UNIT_NUMBER}(?:(?:, | và ){NAME}{_LIST_UNIT_NUMBER})+)")
# "các đảng bộ xã A, B và C", "các chi bộ Công an xã A, B và C": a party body of the kind (of the agency every
# commune has: its police, Luật Công an nhân dân 2018 and Nghị định 42/2021/NĐ-CP; its military command, Luật
# Dân quân tự vệ 2019) in each unit named, the plural on the body and the unit word written once
# (the body word capitalized too, as a proper name's head: "các Đảng bộ phường A, B và C")
_PLURAL_BODY = r"(?:[Cc]ác|[Nn]hững) (?P<k>[Cc]hi bộ|[Đđ]ảng bộ|[Đđ]ảng ủy|[Đđ]ảng uỷ)(?: (?P<h>Công an|Quân sự))?"
PLURAL_BODY_LIST = WordStartPattern(
    rf"{_PLURAL_BODY} (?P<u>{alt(*unit_types('DC', special_zone=False))}) "
    rf"(?P<items>{NAME}(?:(?:, | và ){NAME})+)")
_PLURAL_BODY_UNIT = re.compile(rf"{_PLURAL_BODY} {UNIT}$")
# a flattened table's column of party organizations: its header cell alone on a line; the cells
# below it run to the total row or to a line of prose
# (or of party cells: CELL_COLUMN_HEADS; "Đơn vị", the organization boards' report forms' name column,
# table_columns.tsv: its cells are read only as units, bodies or names the register places below the article's unit)
_COLUMN_HEADS = "|".join(("Đảng bộ", "Tổ chức đảng", "Tên đảng bộ", "Đơn vị", *CELL_COLUMN_HEADS))
_COLUMN_HEAD = re.compile(rf"^(?:{_COLUMN_HEADS})$", re.M)
_LINE = re.compile(r"^.*$", re.M)
_TABLE_END = re.compile(r"(?:Tổng cộng|Tổng số|Tổng|Cộng|Toàn tỉnh|Toàn Đảng bộ)(?![^\W\d_])", re.I)
# a table's row of the bodies it leaves unnamed ("Các chi bộ còn lại"): no body (resources/table_columns.tsv, "rest")
_REST_ROW = re.compile("|".join(f"(?:{row['header']})" for row in table("table_columns.tsv") if row["role"] == "rest"))
_NUMBER_CELL = re.compile(r"[\d.,%()\s-]+")
# a table kept one row a line, its cells apart by "|" or by tabs (as pages' tables are pasted), whose
# first column is headed "Đảng bộ": "| Đảng bộ | Kết nạp | Chỉ tiêu |", then "| Yên Định | 14 | 20 |"
# (or by box-drawing bars, as a table drawn in text is: "│ Đảng bộ │ Kết nạp │", its rules "├───┼───┤" between
# rows, as a Markdown table's "|---|---|" under its head)
_ROW_CELLS = re.compile(r"[ \t]*[|│][ \t]*|[ \t]*\t[ \t]*")
_ROW_HEAD = re.compile(rf"^[ \t]*[|│]?[ \t]*(?P<h>{_COLUMN_HEADS})[ \t]*(?:[|│]|\t).*$", re.M)
_ROW_RULE = re.compile(r"[ \t]*[─━=:+|│┃┼╋├┤┌┐└┘┬┴╪╞╡-][ \t─━=:+|│┃┼╋├┤┌┐└┘┬┴╪╞╡-]*")
_UNIT_ITEM = re.compile(rf"{NAME}(?: \d{{1,2}}(?!\d))?")
_NEXT_POST = re.compile(r",\s+(?:nguyên\s+)?(?=[A-ZĐ])")
# a bare unit word followed by other levels' ("huyện, thị xã, thành phố"): the bodies of each level, no one unit's
_LEVELS_AFTER = re.compile(rf"(?:,| và) (?P<w>thị xã|thành phố|quận|huyện|thị trấn|phường|xã)(?![{LETTER}])"
                           rf"(?! [{UPPER}\d])")


def _peer_levels_after(text: str, end: int, utype: str | None) -> bool:
    """A unit word of `utype` followed by a unit word of its own tier ("xã, thị trấn", "huyện, thị xã", "tỉnh,
    thành phố"): the bodies of a tier, no one unit's. A lower level after ("Bộ Chỉ huy Quân sự tỉnh và huyện") leaves
    the first the one unit's body, the province's, and the lower ones a level of their own. (With no unit known, any
    level after.)"""
    m = _LEVELS_AFTER.match(text, end)
    if m is None or utype not in UNIT_WORDS:
        return m is not None
    return bool(set(UNIT_WORDS[utype][0]) & set(UNIT_WORDS[m["w"]][0]))


# committee words of levels in a list: "các huyện ủy, thị ủy, thành ủy", "tỉnh ủy, thành ủy"
_LEVELS = (*COMMITTEE_UNIT, "đảng")  # the committee words' first syllables: "tỉnh ủy" ... "đảng ủy"
_LEVEL_WORD = rf"{alt(*_LEVELS, case_first=False)} {UY}(?! viên)(?! [{UPPER}\d])"
_DETERMINER_LEVELS = re.compile(rf"(?:[Cc]ác|[Nn]hững|[Tt]ừng|[Mm]ỗi|[Mm]ọi) "
                                rf"(?:{alt(*_LEVELS)} {UY},? (?:và |hoặc )?)+$")
_LEVEL_AFTER = re.compile(rf",? (?:và |hoặc )?{_LEVEL_WORD}(?![{LETTER}])")
_LEVEL_BEFORE = re.compile(rf"(?<![{LETTER}]){_LEVEL_WORD},? (?:và |hoặc )?$")
# a bare committee word then "sở tại", the local one: the committee of wherever each body sits, no one unit's
# ("các đơn vị đóng quân ở đâu thì do Huyện ủy sở tại lãnh đạo")
_LOCAL_AFTER = re.compile(rf" sở tại(?![{LETTER}])")
# a village's or quarter's cell: in its commune's party organization (Điều lệ Đảng: the cells of a
# commune's villages are its grassroots organization's)
# (certain when the text names the commune right after it, or names one commune only)
_VILLAGE_CELL = re.compile(rf"Chi bộ (?:{SUBUNIT}|{QUARTER}|{RETIREES})$")
_COMMUNE_AFTER = re.compile(rf", (?:{COMMUNE_RE}) ")
# a student's class or field ("lớp Đại học Thú y K19"), a school's site in a village ("điểm
# trường mầm non X"): no institution
_COURSE_BEFORE = re.compile(r"(?<![^\W\d_])(?:lớp|ngành|chuyên ngành|hệ|điểm) $")
# a count in words ("ba Chi cục ..."; not "năm", a year as often as five)
_COUNT_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?:hai|ba|bốn|sáu|bảy|tám|chín|mười) $")
# (within the line: a figure ending a list's line counts no body on the next, "Chi bộ A ..... 12\nChi bộ B";
# a plural determiner opening a sentence is capitalized, "Mỗi Chi bộ thôn ..."; a capitalized "Một" counts one body,
# as a heading's "Một Đảng bộ, hai chi bộ")
_DETERMINER = re.compile(r"(?:[Cc]ác|[Nn]hững|[Tt]ừng|[Mm]ỗi|[Mm]ọi|[Nn]hiều|[Mm]ột số|một|số|[Gg]iữa các|\d+|\d+/)"
                         r"[^\S\n]*\Z|(?:chi|Chi),\s*$")


# "Đảng bộ X trực thuộc Đảng bộ Y": Y is named as where X belongs; the text goes on about X, so a bare
# "Đảng bộ" after it is X's, not Y's
_STATED_UP_BEFORE = re.compile(r"(?<![^\W\d_])(?:trực thuộc|thuộc) $")
# a board or the office right before a committee's name ("Ban Tổ chức Đảng ủy Tập đoàn X")
_BOARD_BEFORE = re.compile(rf"(?<![{LETTER}])(?P<b>{ci('ban')} (?:{'|'.join(BOARD_TYPES)})|Văn phòng"
                           rf"|(?:Ủy|Uỷ) ban [Kk]iểm tra) $")
# the builders' patterns, compiled once
_UNIT_AT = re.compile(rf"(?P<u>{UNIT})(?: (?P<n>{NAME}|{NUMNAME}))?")
_COMMITTEE_AT = re.compile(rf"(?P<c>{alt(*COMMITTEE_UNIT)}) {UY}"
                           rf"(?: (?:{UNIT} (?=\d))?(?P<n>{NAME}|{NUMNAME}))?")
_DANGUY_AT = re.compile(
    rf"{ci('đảng')} {UY}(?: (?P<u>{COMMUNE_RE}|P\.(?=\d))(?: (?P<n>{NAME}|{NUMNAME}))?| (?P<k>Khối.*)| (?P<i>.+))?")
_DANGUY_HEAD = re.compile(rf"{ci('đảng')} {UY}")
_COMMITTEE_HEAD = re.compile(rf"{alt(*COMMITTEE_UNIT)} {UY}")
_BOARD_AT = re.compile(rf"(?P<b>{BOARD_HEAD})(?: (?P<c>.+))?")
# (a cooperative, "hợp tác xã", ends with a unit word that is no unit: "Hợp tác xã" alone is unnamed)
_HEAD_UNIT = re.compile(rf"(?P<h>.+?)(?<![Hh]ợp tác)(?: (?P<u>{UNIT_NAME}))?$")
_ENDS_WITH_NAME = re.compile(rf" (?:{NAME}|\d{{1,2}}{_UNIT_CODE_TAIL}(?: (?:{ARM_AFTER_NUMBER}))?)$")
_CAPITALIZED_RUN = re.compile(rf" (?P<n>{CAPSYL}(?: {CAPSYL}){{0,5}})")
_BRANCH_AT = re.compile(rf"{BRANCH_OF_BRAND}(?P<n>{NAME})")
_PARTYORG_AT = re.compile(rf"{ci('đảng')} bộ(?: (?P<rest>.+))?")
_CELL_AT = re.compile(rf"{ci('chi')} bộ(?: cơ sở)?(?: (?P<h>.+))?")
_WORDS_NAME = re.compile(rf"(?P<w>.+?) (?P<n>{NAME})$")
_YOUTH_AT = re.compile(rf"(?P<c>Tỉnh|Thành|Huyện|Quận|Thị) [Đđ]oàn(?: (?P<n>{NAME}))?")  # "Huyện Đoàn" too
_LEVEL_NAMED = re.compile(rf" cấp (?:{alt(*LEVEL, case_first=False)}|cơ sở|tỉnh|huyện)(?![{LETTER}])")  # "... cấp xã"
# "... các xã, phường": the bodies of every unit of a level (no name follows: UNIT_LIST reads "các xã A, B")
_LEVEL_WORD_ANY = alt(*LEVEL, case_first=False)
_UNITS_OF_LEVEL = re.compile(rf" (?:các|những) {_LEVEL_WORD_ANY}(?:,? (?:và )?{_LEVEL_WORD_ANY})*"
                             rf"(?![{LETTER}])(?! [{UPPER}\d])")
_BODY_UNIT = re.compile(rf"(?P<b>.+?)(?: (?P<u>{UNIT_NAME}))?$")
_BODY_THEN_UNIT = re.compile(rf"(?P<b>.+?) (?P<u>{UNIT_NAME})$")
# "Ủy ban MTTQ và các đoàn thể xã": the Front and the socio-political organizations of one unit, its unit word written
# once, after them (the Front leads them at each level: Luật Mặt trận Tổ quốc Việt Nam 2015)
_UNIT_OF_MASS_ORGS_AFTER = re.compile(rf" và các (?:đoàn thể|tổ chức chính trị - xã hội)(?: chính trị - xã hội)? "
                                      rf"(?P<u>{UNIT})(?: {NAME})?(?![{LETTER}])")
_ABBREVIATED = [(re.compile(rf"(?<![{LETTER}]){abbr}(?![{LETTER}])"), abbr)
                for abbr in ("PTDTBT", "THPT", "THCS", "HĐND", "ĐBQH", "UBND", "MTTQ", "TNCS", "KKT", "KCN", "LHPN",
                             "CHQS", "LĐLĐ")]


_SURNAMES = frozenset(words("surnames.txt"))
# the post a body's head follows, its holder's name after the head ("Giám đốc Hợp tác xã Huỳnh Văn A")
_POST_BEFORE_KIND = re.compile(r"(?<![^\W\d_])(?:Giám đốc|Chủ nhiệm|Chủ tịch|Hiệu trưởng|Trưởng ban|Trưởng) $")
# a unit's People's Council and Committee: led by the unit's own party committee
_UNIT_GOVERNMENT = re.compile(r"(?:Hội đồng|Ủy ban|Uỷ ban) nhân dân ")


def _registered_prefix(utype: str, words: str) -> str | None:
    """The longest run of `words`' first words that the register knows as a unit of `utype`."""
    reg = register()
    parts = words.split(" ")
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n])
        if any(u.unit_type == utype for lv in LEVELS for u in reg.by_name.get((lv, key(name)), [])):
            return name
    return None


# a body written as a former one ("Cục Thuế tỉnh X trước đây", "... tỉnh X (cũ)"): reorganised away (the
# 2025 mergers), so the bare name ("Cục Thuế") is not that body but the one now in place
# one of those countries written after a province's name: "Champasak (Lào)", "(nước CHDCND Lào)"
_FOREIGN_COUNTRY = (r"\((?:nước |tỉnh bạn |)(?:" + "|".join(sorted(
    (re.escape(form) for row in table("foreign_parties.tsv") for form in row["country"].split("|")),
    key=len, reverse=True)) + r")\)")
_LIST_UNIT_WORD = re.compile(r"(?:đảng bộ|chi bộ|Đảng bộ|Chi bộ) (?P<u>xã|phường|thị trấn)"
                             r"(?P<more>,? (?:và )?(?:xã|phường|thị trấn))?:? $")
# a heading naming the party organizations of the units below ("... các đảng bộ xã, thị trấn sau:"),
# then a numbered or bulleted line per unit, its bare name then a colon and its figure ("1. Tân Lập: 12 đảng viên;")
_UNIT_LINES_HEAD = re.compile(r"(?:đảng bộ|Đảng bộ) (?P<u>xã|phường|thị trấn)"
                              r"(?P<more>,? (?:và )?(?:xã|phường|thị trấn))?[^.:\n]{0,60}:\n")
_UNIT_LINE = re.compile(rf"(?:\d{{1,2}}[.)]|[-–•+*]) ?(?P<n>{NAME}): \d")
# or the same list as a table flattened one cell a line: a line of the bare name (or the unit word and name), then a
# line of its figures ("Tân Lập\n12/15\n")
_UNIT_CELL_LINE = re.compile(rf"(?P<n>(?:(?:{UNIT}) )?{NAME})\n(?=\d[\d.,/%]*[ \t]*(?:\n|$))")
# a mass organization's short name and its full one (mass_short_names.tsv)
_SHORT_ASSOCIATIONS = {row["short"]: row["full"] for row in table("mass_short_names.tsv")}
_COMMUNE_BODIES = frozenset(row["head"] for row in table("commune_bodies.tsv"))
_COMMUNE_BODY_NAMED = tuple(f"{body} " for body in sorted(_COMMUNE_BODIES))  # the body with its commune after it
_SEAT_IN_BRACKETS = re.compile(r" \([^()]*\)$")
_JOINT_LEADERSHIP = re.compile(r" - Ban (?:Giám đốc|Giám hiệu|Chỉ huy) ")
# a numbered party document cited, then "của" its issuer: "Quyết định số 12-QĐ/TU ngày 3/7/2025 của"
_CITED_ISSUER_BEFORE = re.compile(r"\d+-[A-ZĐ]+/[A-ZĐ-]+(?: ngày \d{1,2}/\d{1,2}/\d{4})? của $")
_SECRETARY_BEFORE = re.compile(r", (?:nguyên )?(?:Phó )?Bí thư(?: Thường trực)? $")  # a person's post, in apposition
_COMMUNE_COMMITTEE = re.compile(rf"{ci('đảng')} {UY} (?:{COMMUNE_RE}) ")  # "Đảng ủy xã Y", "Đảng ủy phường Z"
_MERGED_BEFORE = re.compile(r"(?<![^\W\d_])(?:hợp nhất|sáp nhập) $")
# a body's short name after a bare "Đảng ủy": its kind's first words, as the press shortens a name it writes in full
# elsewhere ("Đảng ủy Kho bạc" for the Đảng ủy Kho bạc Nhà nước khu vực X)
_SHORT_NAME_AFTER = re.compile(rf" (?P<w>[{UPPER}][{LOWER}]+(?: [{LOWER}]+)?)(?![{LETTER}])(?! [{UPPER}\d])")
_BARE_UNIT_LAST = re.compile(rf"(?P<b>.+) (?P<u>{UNIT})")  # a name ending in a unit word alone
_BLOC_BEFORE_PERSON = re.compile(rf"(?P<b>.+ (?P<u>{UNIT})) (?P<n>{NAME})")  # a bloc's unit word, then a name
_ACRONYM_AFTER = re.compile(r" (?P<a>[A-ZĐ]{2,})(?![^\W\d_])")  # "PC", "EVNNPC", "VNPT": a body's acronym
_FORMER_AFTER = re.compile(r" (?:trước đây|cũ|\(cũ\))(?![^\W\d_])")


def _parse(pattern: str | re.Pattern[str], s: str) -> re.Match[str]:
    """The parts of a mention, read by its builder: the rule that found the mention begins as the
    builder's pattern does, so it matches (else the two patterns have drifted apart)."""
    # (the pattern's own match: re.match would hash a compiled pattern's whole code, to look it up
    # in its cache of compiled strings, at every call)
    m = (re.compile(pattern) if isinstance(pattern, str) else pattern).match(s)
    if m is None:
        raise ValueError(f"organizations: a builder's pattern does not match the mention {s!r}")
    return m


def _expand(text: str) -> str:
    """Write out abbreviations inside a name: 'Trường THPT X' -> 'Trường Trung học phổ thông X'."""
    for rx, abbr in _ABBREVIATED:
        text = rx.sub(ABBREVIATIONS[abbr], text)
    return text


class OrgFinder:
    """Finds and resolves the organization mentions of one doc."""

    def __init__(self, text: str, ctx: Context):
        self.text = text
        self.ctx = ctx
        self.found: list[OrgMention] = []
        self.nested: list[OrgMention] = []
        self._bloc_committee: dict[str, str] = {}
        self._named_units: dict[str, set[tuple[str, str]]] = {}  # see _as_named
        for u in ctx.units:  # a unit a kicker names is named: "Lạng Sơn: ..." heads the section about it
            if u.heading:
                self._named_units.setdefault(u.utype, set()).add((u.utype, u.name))
        self._full_names: set[str] | None = None  # see _full_name_of
        self._institutions: list[tuple[int, str, str | None, str | None]] | None = None  # see _named_institutions
        self._agency_provinces: dict[str, tuple[str, str] | None] = {}  # see _written_with_province
        self._department_units: dict[str, frozenset[tuple[str, str]]] = {}  # see _units_written_with

    # -- helpers ----------------------------------------------------------
    def _foreign_province(self, name: str | None) -> str | None:
        """A province of a neighbouring country whose party has provincial committees (the Lao People's
        Revolutionary Party's, the Communist Party of China's: "Tỉnh ủy Champasak (Lào)"), named where the
        text writes its country after it in brackets: no unit of the register, no person's name."""
        if not name:
            return None
        name = trim_name(name)
        if f"{name} (" not in self.text:  # (every match holds it: most names skip the scan led by a look-behind)
            return None
        return name if re.search(rf"(?<![{LETTER}]){re.escape(name)} {_FOREIGN_COUNTRY}", self.text) else None

    def _unit(self, s: str, pos: int) -> UnitRef:
        """Parse 'huyện Vĩnh Linh' / bare 'huyện' at pos (s is the text there, a unit word first). The
        name is the place the places component read there (the register decides where it ends); a bare
        unit word is resolved from context, else kept as written (name None)."""
        m = _parse(_UNIT_AT, s)
        utype, bare_end = unit_type(m["u"]), pos + m.end("u")
        if self.ctx.has_places:
            place = self.ctx.unit_at(pos)
            if place is not None and place.end > bare_end:
                return UnitRef(place.utype, place.name, True, place.end)
        elif m["n"]:
            name = trim_name(m["n"])
            return UnitRef(utype, name, True, bare_end + 1 + len(name))
        if (foreign := self._foreign_province(m["n"])) and utype == "tỉnh":
            return UnitRef(utype, foreign, True, bare_end + 1 + len(foreign))
        return self._bare(utype, pos, bare_end)

    def _bare(self, utype: str, pos: int, end: int) -> UnitRef:
        unit = self.ctx.resolve(utype, pos)
        return UnitRef(unit[0], unit[1], False, end) if unit else UnitRef(utype, None, False, end)

    def _named_or_near(self, m: re.Match, utype: str, p: int, bare_end: int) -> UnitRef:
        """The unit of a committee word ("Huyện ủy", "Tỉnh đoàn") matched by m at p: the place
        read there or right after the word ("Thành ủy TP.HCM", "Quận ủy Quận 1"), else the one
        of that type the context puts nearest to p, else none (kept as written);
        `bare_end`: where the committee word ends."""
        if self.ctx.has_places:
            for at in (p, bare_end + 1):
                place = self.ctx.unit_at(at)
                if place is not None and place.end > bare_end and (at == p or place.utype == utype):
                    return UnitRef(place.utype, place.name, True, place.end)
            # a name the places component does not read ("Quận đoàn Hai Bà Trưng"): the register's,
            # else (a district made since the register) a name that is no person's, below a province
            if m["n"]:
                name = _registered_prefix(utype, m["n"])
                if name is None and utype != "tỉnh" and not m["n"].isdigit():
                    name = trim_name(m["n"])
                    name = None if name.split(" ")[0] in _SURNAMES else name
                if name is None and utype == "tỉnh":
                    name = self._foreign_province(m["n"])
                if name:
                    return UnitRef(utype, name, True, p + m.start("n") + len(name))
        elif m["n"]:
            name = trim_name(m["n"])
            return UnitRef(utype, name, True, p + m.start("n") + len(name))
        return self._bare(utype, p, bare_end)

    def _as_named(self, level: str, utype: str, name: str | None, explicit: bool) -> tuple[str, str | None]:
        """A bare "Tỉnh ủy" or "Đảng bộ tỉnh" (`level`: its unit word) is the one of that level the
        article has named before, ahead of any other province it names ("huyện Cư Jút, tỉnh Đắk
        Nông (trước sắp xếp)" in a page of Tỉnh ủy Lâm Đồng); the named ones are recorded here."""
        named = self._named_units.setdefault(level, set())
        if explicit and name and level == "tỉnh" and self._foreign_province(name):
            return utype, name  # (a foreign province is named, never the bare "tỉnh" of a Vietnamese article)
        if explicit and name:
            named.add((utype, name))
        elif len(named) == 1:
            return next(iter(named))
        return utype, name

    def _nearest_committee(self, pos: int) -> OrgMention | None:
        """The committee referred to nearest before pos in the same sentence."""
        s, _ = self.ctx.sentence_of(pos)
        for m in reversed(self.found):
            if s <= m.start < pos and m.committee and m.kind in ("PartyCommittee", "StandingCommittee",
                                                               "AdvisoryBoard", "PoliticalSchool"):
                return m
        return None

    def _subject_committee(self) -> tuple[str, str, str] | None:
        unit = self.ctx.main_unit()
        return (committee_name(*unit), *unit) if unit else None

    # -- builders (s: the matched text, p: its offset) --------------------
    def committee(self, s: str, p: int) -> OrgMention | None:
        m = _parse(_COMMITTEE_AT, s)
        if m["n"] is None and self._generic_committee(p, p + len(s)):
            return None
        utype, name, explicit, end = self._named_or_near(m, COMMITTEE_UNIT[m["c"].lower()], p,
                                                         p + m.end("c") + 3)
        utype, name = self._as_named(COMMITTEE_UNIT[m["c"].lower()], utype, name, explicit)
        full = committee_name(utype, name)
        return OrgMention(p, end, full, "PartyCommittee", "organizations.committee", utype, name,
                          party_org_name(utype, name), full, explicit)

    def committee_member(self, s: str, p: int) -> OrgMention | None:
        """"Tỉnh ủy viên": a member of the Tỉnh ủy, which is named when the text settles its unit."""
        m = self.committee(s[:-len(" viên")], p)
        return m if m is not None and m.uname else None

    def _article_school(self) -> OrgMention | None:
        """The one school the article names, which "nhà trường" (the school) refers to: named alone or in its party
        body's name ("Đảng ủy Trường X")."""
        schools = {f.name: f for f in self._all_named if f.rule == "organizations.institution"
                   and f.name.startswith("Trường")}
        for at, (tag, s) in self._chosen.items():
            rest = _after_party_head(tag, s)
            if rest.startswith("Trường ") and (inst := self._institution(rest, at + len(s) - len(rest))) is not None:
                schools.setdefault(inst[0], OrgMention(at + len(s) - len(rest), inst[3], inst[0], "OtherOrganization",
                                                       "organizations.institution", inst[1], inst[2]))
        return next(iter(schools.values())) if len(schools) == 1 else None

    def danguy(self, s: str, p: int) -> OrgMention | None:
        m = _parse(_DANGUY_AT, s)
        if m["k"] and m["k"] == "Khối":
            # bare "Đảng ủy Khối": the one named before
            for prev in reversed(self.found):
                if prev.committee and prev.committee.startswith("Đảng ủy Khối"):
                    c = prev.committee
                    return OrgMention(p, p + len(s), c, "PartyCommittee", "organizations.danguy", prev.utype,
                                      prev.uname, "Đảng bộ" + c[len("Đảng ủy"):], c, False)
            return None
        if m["i"] and m["i"].lower() == "nhà trường":
            # "Đảng ủy nhà trường": the committee of the one school the article names
            if (school := self._article_school()) is None:
                return None
            return OrgMention(p, p + len(s), f"Đảng ủy {school.name}", "PartyCommittee", "organizations.danguy",
                              None, None, f"Đảng bộ {school.name}", f"Đảng ủy {school.name}", False)
        if m["k"] or m["i"]:
            inst = self._institution(m["k"] or m["i"], p + (m.start("k") if m["k"] else m.start("i")))
            if inst is None:
                return None
            iname, utype, uname, end = inst
            name = f"Đảng ủy {iname}"
            return OrgMention(p, end, name, "PartyCommittee", "organizations.danguy", utype, uname,
                              f"Đảng bộ {iname}", name, m["i"] not in SHORT_KINDS)
        if m["u"]:
            utype, uname, explicit, end = self._unit(s[m.start("u"):], p + m.start("u"))
            if not explicit and self._generic_before(p):
                return None  # "các đảng ủy xã, thị trấn": the committees of a level, no one body
        else:
            if self._generic_before(p) or _LOCAL_AFTER.match(self.text, p + len(m[0])):
                return None
            host = _committee_host(self._host_after(p + len(m[0])))
            if host is not None:  # "Bí thư Đảng ủy, Giám đốc Công ty X": the Đảng ủy of Công ty X
                if host.kind == "StateBody" and host.rule == "organizations.state" and host.utype is not None \
                        and _UNIT_GOVERNMENT.match(host.name):
                    # "Đảng ủy, Chủ tịch UBND xã X": the commune's (the unit's government is led by
                    # the unit's committee; a unit's police or court has a Đảng ủy of its own)
                    utype, uname = host.utype, host.uname
                else:
                    body = _command_of_department(host.name)
                    name = f"Đảng ủy {body}"
                    return OrgMention(p, p + len(m[0]), name, "PartyCommittee", "organizations.danguy",
                                      host.utype, host.uname, f"Đảng bộ {body}", name, False)
            else:
                subject = self._subject_institution()
                if subject is not None:  # an article about an agency's party organization: its Đảng ủy
                    name = f"Đảng ủy {subject.name}"
                    return OrgMention(p, p + len(m[0]), name, "PartyCommittee", "organizations.danguy",
                                      subject.utype, subject.uname, f"Đảng bộ {subject.name}", name, False)
                unit = self.ctx.resolve(COMMUNE, p)
                if not unit:
                    return None
                utype, uname = unit
            explicit, end = False, p + len(m[0])
        full = committee_name(utype, uname)
        return OrgMention(p, end, full, "PartyCommittee", "organizations.danguy", utype, uname,
                          party_org_name(utype, uname), full, explicit)

    def _committee_ref(self, s: str, p: int) -> OrgMention | None:
        if _DANGUY_HEAD.match(s):
            return self.danguy(s, p)
        if _COMMITTEE_HEAD.match(s):
            return self.committee(s, p)
        return None

    def standing(self, s: str, p: int) -> OrgMention | None:
        m = _parse(r"(?:Ban [Tt]hường vụ|BTV)(?: \(BTV\))?(?: (?P<c>.+))?", s)
        if m["c"] and _YOUTH_AT.fullmatch(m["c"]):  # the youth union committee's standing committee
            union = self.mass(m["c"], p + m.start("c"))
            return self._board_of("Ban Thường vụ", union, p, "organizations.standing") if union else None
        if m["c"] and m["c"].startswith(("Hội", "Liên đoàn")):  # an association's standing board
            return self._association_board(m, p)
        c = self._committee_ref(m["c"], p + m.start("c")) if m["c"] else None
        org = None  # the party organization, when written ("Ban Thường vụ Đảng bộ X": of its committee)
        if m["c"] and c is None and _PARTYORG_AT.match(m["c"]):
            org = self.partyorg(m["c"], p + m.start("c"))
            if org is not None and org.committee:
                c = OrgMention(org.start, org.end, org.committee, "PartyCommittee", org.rule, org.utype,
                               org.uname, org.name, org.committee, org.explicit)
        # "Ủy viên Ban Thường vụ Tỉnh ủy": a post in the committee, not a mention of the standing
        # committee as a body; a bare "Ban Thường vụ" names no particular one (the committee
        # it belongs to may come after it), so it is kept for the posts only
        listed = not re.search(r"(?:Ủy|Uỷ) viên $", self.text[max(0, p - 8):p])
        if c is None:
            association = self._association_elected_before(p)
            if association is not None:
                # "bầu Ban Chấp hành Hội Nông dân tỉnh X ...; Ban Thường vụ gồm 9 người": the standing
                # board that association's executive committee elects (the associations' charters)
                return OrgMention(p, p + len(m[0]), f"Ban Thường vụ {association.parent}", "MassOrganization",
                                  "organizations.standing", association.utype, association.uname,
                                  association.parent, None, False)
            c = self._nearest_committee(p)
            if c is None:
                return None
            # "Ban Chấp hành gồm 13 người, Ban Thường vụ 4 người": the standing committee the
            # executive committee named just before elects from its members (Điều lệ Đảng art. 17, 24), a body
            end, explicit, listed = p + len(m[0]), False, listed and c.rule == "organizations.bch"
        else:
            end, explicit = c.end, c.explicit
            self._nest(org or c)
            # "Ban Chấp hành, Ban Thường vụ Đảng bộ X": both bodies of X
            before = re.search(r"Ban [Cc]hấp hành(?:,| và) $", self.text[max(0, p - 20):p])
            if before:
                party_org = org.name if org else c.parent
                if party_org:
                    bch = max(0, p - 20) + before.start()
                    self._nest(OrgMention(bch, p, f"Ban Chấp hành {party_org}", "PartyCommittee",
                                          "organizations.bch", c.utype, c.uname, party_org, c.committee, explicit))
        name = f"Ban Thường vụ {c.committee}"
        return OrgMention(p, end, name, "StandingCommittee", "organizations.standing", c.utype, c.uname,
                          c.committee, c.committee, explicit, listed)

    def _association_elected_before(self, pos: int) -> OrgMention | None:
        """An association's (or trade unions') executive committee named last before pos, in this
        sentence or the one before, with no party committee named after it."""
        s, _ = self.ctx.sentence_of(pos)
        prev, _ = self.ctx.sentence_of(s - 2) if s >= 2 else (s, s)
        for m in reversed(self.found):
            if m.start >= pos:
                continue
            if m.start < prev:
                return None
            if m.committee and m.kind in ("PartyCommittee", "StandingCommittee", "AdvisoryBoard"):
                return None  # a party committee nearer: the bare board may be its
            if m.rule == "organizations.bch" and m.kind == "MassOrganization" and m.parent:
                return m
        return None

    def _association_board(self, m: re.Match, p: int) -> OrgMention | None:
        """"Ban Thường vụ Hội Nông dân tỉnh X": the association's standing board (in the association); a bare
        "Ban Thường vụ Hội" is the board of the association the text named last before it in the unit the
        context settles there (not one of a former province named with a former post)."""
        if m["c"] != "Hội":
            assoc = self.mass(m["c"], p + m.start("c"))
            return self._board_of("Ban Thường vụ", assoc, p, "organizations.standing") if assoc else None
        before = [f for f in self.found + self.nested if f.start < p and f.kind == "MassOrganization"
                  and f.name.startswith("Hội ") and f.utype and self.ctx.resolve(f.utype, p) == (f.utype, f.uname)]
        if not before:
            return None
        assoc = max(before, key=lambda f: f.start)
        return OrgMention(p, p + len(m[0]), f"Ban Thường vụ {assoc.name}", "MassOrganization",
                          "organizations.standing", assoc.utype, assoc.uname, assoc.name, None, False)

    def _board_of(self, board: str, body: OrgMention, p: int, rule: str) -> OrgMention:
        """A board a mass organization elects, named with it at p ("Ban Thường vụ Hội Nông dân tỉnh X", "Ban Chấp
        hành Liên đoàn Lao động tỉnh Y", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Z", by their charters): in it,
        and the organization one of its own."""
        self._nest(body)
        return OrgMention(p, body.end, f"{board} {body.name}", "MassOrganization", rule, body.utype, body.uname,
                          body.name, None, body.explicit)

    def _nest(self, inner: OrgMention) -> None:
        """The body named inside another's name ("Tỉnh ủy X" in "Ban Thường vụ Tỉnh ủy X") is
        an organization of its own."""
        self.nested.append(inner)

    def bch(self, s: str, p: int) -> OrgMention | None:
        m = _parse(r"(?:Ban [Cc]hấp hành|BCH)(?: \(BCH\))? ", s)
        if s.startswith(("Hội", "Liên đoàn"), m.end()):  # an association's (BCH_MASS), in it
            assoc = self.mass(s[m.end():], p + m.end())
            return self._board_of("Ban Chấp hành", assoc, p, "organizations.bch") if assoc else None
        d = self.partyorg(s[m.end():], p + m.end())
        if d is None:
            return None
        self._nest(d)
        name = f"Ban Chấp hành {d.name}"
        return OrgMention(p, d.end, name, "PartyCommittee", "organizations.bch", d.utype, d.uname,
                          d.name, d.committee or (committee_name(d.utype, d.uname) if d.utype else None), d.explicit)

    def board(self, s: str, p: int) -> OrgMention | None:
        m = _parse(_BOARD_AT, s)
        head = m["b"]
        head = ABBREVIATIONS.get(head, head)
        head = fold_tones(re.sub(r"^ban ", "Ban ", head))
        head = re.sub(r"^Ủy ban kiểm tra", "Ủy ban Kiểm tra", head)
        if m["c"] and m["c"].startswith("Trung ương"):
            # a central board (and the central office) is the Central Committee's (Điều lệ Đảng, art. 17)
            name = f"{head} {m['c']}"
            return OrgMention(p, p + len(s), name, "AdvisoryBoard", "organizations.board", parent=CENTRAL_COMMITTEE)
        c = self._committee_ref(m["c"], p + m.start("c")) if m["c"] else None
        if c is None and not m["c"] and self.text.startswith(" của ", p + len(s)):
            # "Ban Xây dựng Đảng của Đảng ủy xã": the committee written after "của" is the board's
            at = p + len(s) + len(" của ")
            tag, written = self._chosen.get(at, ("", ""))
            c = self._committee_ref(written, at) if tag in ("danguy", "committee") else None
            if c is not None:
                return OrgMention(p, p + len(s), f"{head} {c.committee}", "AdvisoryBoard", "organizations.board",
                                  c.utype, c.uname, c.committee, c.committee, c.explicit)
        if c is None:
            near = self._nearest_committee(p)
            same = [f for f in self.found if f.kind == "AdvisoryBoard" and f.name.startswith(head + " ")
                    and f.committee]
            if near is not None:
                committee, utype, uname = near.committee, near.utype, near.uname
            elif same:  # "UBKT" after "UBKT Tỉnh ủy X": the same board
                committee, utype, uname = same[-1].committee, same[-1].utype, same[-1].uname
            else:
                subj = self._subject_committee()
                if subj is None:
                    return None
                committee, utype, uname = subj
            end, explicit = p + m.end("b"), False
        else:
            committee, utype, uname, end, explicit = c.committee, c.utype, c.uname, c.end, c.explicit
            self._nest(c)
        return OrgMention(p, end, f"{head} {committee}", "AdvisoryBoard", "organizations.board",
                          utype, uname, committee, committee, explicit)

    def _institution(self, s: str, p: int) -> tuple[str, str | None, str | None, int] | None:
        """(full name, unit type, unit name, end) of an agency/school/hospital named at p."""
        if s in SHORT_KINDS:
            return self._one_of_kind(s, p)
        m = _parse(_HEAD_UNIT, s)
        head = m["h"]
        found = _grammar_row(head)
        if found:  # the head in its canonical form: "Bộ chỉ huy Quân sự" -> "Bộ Chỉ huy Quân sự"
            head = found[0]["head"] + head[found[1]:]
        if m["u"]:
            unit = self._unit(m["u"], p + m.start("u"))
            sent_start, sent_end = self.ctx.sentence_of(p)
            if not unit.explicit and not any(sent_start <= u.start < sent_end and u.utype == unit.utype
                                             for u in self.ctx.units):
                # "Đảng ủy Khối Doanh nghiệp tỉnh" after "Đảng ủy Khối Doanh nghiệp tỉnh X", its sentence
                # naming no unit of that level: the body named in full before, when the article names
                # one of that kind and level only
                same_kind = {(f.utype, f.uname) for f in self.found if f.explicit and f.uname
                             and f.utype == unit.utype and f.name.endswith(f" {head} {unit_words(f.utype, f.uname)}")}
                if len(same_kind) == 1:
                    utype, uname = same_kind.pop()
                    unit = unit._replace(utype=utype, name=uname)
            if not unit.explicit and unit.name:
                # "Đảng bộ Bệnh viện huyện" (a headline) with the unit left to the context: the one of that kind and
                # unit the article names in full ("Bệnh viện Đa khoa huyện X"), its kind words shortened
                where = unit_words(unit.utype, unit.name)
                in_full = {n for n in self._written_full_names()
                           if n.startswith(head + " ") and n.endswith(" " + where)}
                if len(in_full) == 1:
                    return _expand(in_full.pop()), unit.utype, unit.name, unit.end
            return _expand(f"{head} {unit_words(unit.utype, unit.name)}"), unit.utype, unit.name, unit.end
        if head in ("Chính phủ", "Quốc hội", "Quân đội"):
            return head, None, None, p + len(head)
        if head.lower() == "khối":  # "Đảng bộ khối": the bloc whose committee the article names
            bloc = self._named_bloc()
            if bloc is None:
                return None
            bare = _BARE_UNIT_LAST.fullmatch(bloc)
            if bare is not None:  # named with its unit word alone ("Khối các cơ quan tỉnh"): that unit here
                unit = self._bare(unit_type(bare["u"]), p, p + len(head))
                if unit.name is not None:
                    return f"{bare['b']} {unit_words(unit.utype, unit.name)}", unit.utype, unit.name, p + len(head)
            return bloc, None, None, p + len(head)
        if head.startswith("Khối") or head == "Ngoài nước":
            return head, None, None, p + len(head)
        if found and _stands_alone(found[0]) and found[1] == len(m["h"]):
            # a sở is a province's agency: that of the province the text settles, else as written
            if head.startswith("Sở "):
                after = self._province_after(p + len(head))
                if after is not None:  # "Sở Y tế Nghệ An": the province named without its unit word, as written
                    utype, uname = after
                    return f"{head} {uname}", utype, uname, p + len(head) + 1 + len(uname)
                written = self._written_with_province(head)
                if written is not None:  # a bare "Sở Y tế" after (or before) "Sở Y tế Nghệ An": that one
                    return f"{head} {written[1]}", *written, p + len(head)
            elif found[0]["attaches"] == "unit|none":  # (not a national force: "Bộ đội Biên phòng" is the country's)
                # a bare "Chi cục Kiểm lâm" after (or before) "Chi cục Kiểm lâm tỉnh X", or after the one with its unit
                # settled by the context ("Chi cục Kiểm lâm tỉnh"): that one, as a department's
                # (not when the article writes it with two units, nor a regional office of the national agency
                # after it: "Chi cục Kiểm lâm vùng I")
                units = self._units_written_with(head)
                written = next(iter(units)) if len(units) == 1 else None
                if not units:
                    seats = {(f.utype, f.uname) for f in self.found
                             if f.utype and f.uname and f.name == f"{head} {unit_words(f.utype, f.uname)}"}
                    written = seats.pop() if len(seats) == 1 else None
                if written is not None and not _REGION_AFTER.match(self.text, p + len(head)):
                    return f"{head} {unit_words(*written)}", *written, p + len(head)
            province = self.ctx.province(p) if head.startswith("Sở ") else None
            if province is not None:
                return f"{head} {unit_words(*province)}", *province, p + len(head)
            return head, None, None, p + len(head)  # the agency as written: "Sở Nội vụ"
        if found and found[0]["attaches"] in ("field", "number|unit") and found[1] < len(head):
            written = self._written_with_unit(head)
            # a bare "Cục Thuế" after (or before) "Cục Thuế tỉnh X": that one (a numbered office too: "Thuế cơ sở
            # 3" after "Thuế cơ sở 3 tỉnh X", its number counted within its province)
            if written is not None:
                return f"{head} {unit_words(*written)}", *written, p + len(head)
        # (named by a number, or by a ship's hull code: "Tàu CSB 8004")
        if not _ENDS_WITH_NAME.search(_GROUP_ACRONYM_END.sub("", head)) and not re.fullmatch(BRAND, head) \
                and not re.search(r"(?:Công an|Quân sự| \d{1,3}|Trung ương|^Chính phủ|^Quốc hội)$", head) \
                and not re.search(rf"{HULL_CODE}$", head) \
                and not (found and _names_one_body(found, head)) \
                and not (found and _ends_with_qualifier(found[0], head)):
            return None  # an unnamed agency ("Trường THPT") is no particular organization
        branch = _BRANCH_AT.fullmatch(head)
        if branch:  # "Agribank Chi nhánh Hải Hậu Nguyễn Văn A": the branch's name ends where a person's begins
            head = head[:branch.start("n")] + trim_name(branch["n"])
        elif found is None:
            # "Đảng ủy Dầu khí Vũng Tàu Nguyễn Văn A": the name ends where a person's begins
            run = re.match(rf"{CAPSYL}(?: {CAPSYL}){{0,7}}", self.text[p:p + 80])
            if run is not None:
                named = trim_name(run[0])
                if named == run[0]:  # (a unit's dashed name goes on past the dash: "Viettel Bà Rịa - Vũng Tàu")
                    named = self.text[p:_dashed_unit_end(self.text, p + len(named))]
                head = head[:min(len(head), len(named))]
                if head in SHORT_KINDS:  # "Phó Bí thư Đảng ủy Sở Trần Thị A": the kind word alone, then the holder
                    return self._one_of_kind(head, p)
            same_unit = next((u for u in self.ctx.units if u.name == head), None)
            if same_unit is not None:  # "Đảng bộ Đà Nẵng": the unit's, its unit word left out
                return unit_words(same_unit.utype, same_unit.name), same_unit.utype, same_unit.name, p + len(head)
            full = self._full_name_of(head)
            if full is not None:  # "Đảng bộ Cảng Quy Nhơn" (a headline): Công ty Cổ phần Cảng Quy Nhơn's
                return _expand(full), None, None, p + len(head)
        if found is not None and (full := self._written_in_full(head, len(found[0]["head"]))) is not None:
            return full, None, None, p + len(head)
        if found is not None and (one := self._one_before_a_person(head, len(found[0]["head"]), p)) is not None:
            return one, None, None, p + len(found[0]["head"])
        return _expand(head), None, None, p + len(head)

    def _full_name_of(self, proper: str) -> str | None:
        """The one institution named by its proper name (a grammar row that takes a name: a company, a
        school, a hospital) that the article names in full, on its own or in a party body's name, whose
        name ends with this proper name: a company's name is its legal form and its proper name (Luật
        Doanh nghiệp 2020 art. 37), and the press, a headline above all, writes the proper name alone
        ("Đảng bộ Cảng Quy Nhơn" for that of Công ty Cổ phần Cảng Quy Nhơn)."""
        full = {n for n in self._written_full_names() if n.endswith(" " + proper)}
        return full.pop() if len(full) == 1 else None

    def _written_full_names(self) -> set[str]:
        """The institutions named by a name (see _full_name_of) that the article writes."""
        if self._full_names is None:
            written = [s.split(" ", 2)[2] for tag, s in self._chosen.values()
                       if tag in ("danguy", "partyorg", "cell") and s.count(" ") >= 2]
            written += [s for tag, s in self._chosen.values() if tag == "institution"]
            self._full_names = {w for w in written if (row := _grammar_row(w)) is not None
                                and row[1] < len(w) and "name" in row[0]["attaches"]}
        return self._full_names

    def _one_before_a_person(self, name: str, head_len: int, p: int) -> str | None:
        """"Giám đốc Hợp tác xã Huỳnh Văn A": after a post, a kind word alone, then a person's name (a family
        name first): the body of that kind the article names in full (the one, or the last before), the
        post's holder following it."""
        words = name[head_len:].split()
        if not 2 <= len(words) <= 4 or words[0] not in _SURNAMES \
                or not _POST_BEFORE_KIND.search(self.text, max(0, p - 20), p):
            return None
        kind = name[:head_len]
        full = {n for n in self._written_full_names() if n.startswith(kind + " ") and n != name}
        before = [w for start, (tag, written) in sorted(self._chosen.items()) if start < p
                  for w in [written.split(" ", 2)[-1] if tag in ("danguy", "partyorg", "cell") else written]
                  if w in full]
        return before[-1] if before else full.pop() if len(full) == 1 else None  # (of several, the last before)

    def _written_in_full(self, name: str, head_len: int) -> str | None:
        """The one institution of this head the article also names in full, of which `name` is the short
        form the press writes (a headline, a table's caption): its kind words left out ("Hợp tác xã Quyết
        Thắng" for Hợp tác xã Nông nghiệp Quyết Thắng: Luật Doanh nghiệp 2020 art. 37 and Luật Hợp tác xã 2023
        art. 9, a name is the kind and a proper name, the trade words going with it), or its group's
        acronym ("Công ty Than X" for Công ty Than X - TKV)."""
        head, proper = name[:head_len], name[head_len:]
        if not proper.startswith(" "):
            return None
        full = {n for n in self._written_full_names() if n != name and n.startswith(head + " ")
                and (n.endswith(proper) and n[len(head):-len(proper)].strip()
                     or _GROUP_ACRONYM_END.sub("", n) == name)}
        return full.pop() if len(full) == 1 else None

    def _province_after(self, at: int) -> tuple[str, str] | None:
        """(unit type, name) of the province whose name is written right at `at` (after a space) without
        its unit word, as a sở's name is often written ("Sở Y tế Nghệ An"): the register's province that
        the context settles, or any register province whose name ends the run of capitalized words (a
        person's name may follow a post's body: "Giám đốc Sở Nội vụ Hà Văn A")."""
        m = _CAPITALIZED_RUN.match(self.text, at)
        if m is None:
            return None
        words = m["n"].split(" ")
        settled = self.ctx.province(at)
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            units = register().by_name.get((PROVINCE, key(name)), [])
            if not units:
                continue
            if settled is not None and key(settled[1]) == key(name):
                return settled[0], name
            if n == len(words) and len({u.unit_type for u in units}) == 1:
                return units[0].unit_type, name
            return None
        return None

    def _written_with_unit(self, name: str) -> tuple[str, str] | None:
        """(unit type, name) of the one unit the article writes right after this department's name
        ("Cục Thuế tỉnh Hải Dương"): a province's department is written in full once, then by its
        field alone ("Đảng bộ Cục Thuế")."""
        units = self._units_written_with(name)
        return next(iter(units)) if len(units) == 1 else None

    def _units_written_with(self, name: str) -> frozenset[tuple[str, str]]:
        """The units (type, name) the article writes right after this name; looked up once an article for each."""
        if name not in self._department_units:
            found = set()
            at = self.text.find(name + " ")
            while at >= 0:
                unit = _UNIT_AT.match(self.text, at + len(name) + 1)
                if (at == 0 or not self.text[at - 1].isalpha()) and unit is not None and unit["n"] \
                        and not _FORMER_AFTER.match(self.text, unit.end()):
                    found.add((unit_type(unit["u"]), trim_name(unit["n"])))
                at = self.text.find(name + " ", at + 1)
            self._department_units[name] = frozenset(found)
        return self._department_units[name]

    def _written_with_province(self, head: str) -> tuple[str, str] | None:
        """(unit type, name) of the one province the article writes right after this sở's name."""
        if head not in self._agency_provinces:
            found = set()
            at = self.text.find(head + " ")
            while at >= 0:
                named = self._province_after(at + len(head))
                if named is not None:
                    found.add(named)
                at = self.text.find(head + " ", at + 1)
            self._agency_provinces[head] = found.pop() if len(found) == 1 else None
        return self._agency_provinces[head]

    def partyorg(self, s: str, p: int) -> OrgMention | None:
        m = _parse(_PARTYORG_AT, s)
        rest = m["rest"]
        agency = self._party_agency_org(rest, p + m.start("rest")) if rest else None
        if agency is not None:
            return replace(agency, start=p)
        if rest and re.match(UNIT, rest):
            unit = self._unit(rest, p + m.start("rest"))
            if not unit.explicit and self._generic_before(p) and (s[0] == "đ" or not self.text[p - 2:p - 1].isdigit()):
                # "34 đảng bộ tỉnh, thành phố", "các đảng bộ huyện": a level, no one body (a year before a
                # capitalized one is no count: "năm 2023 Đảng bộ xã kết nạp ...")
                return None
            level = unit_type(_parse(_UNIT_AT, rest)["u"])
            seat = self._as_named(level, unit.utype, unit.name, unit.explicit) \
                if level in COMMITTEE_UNIT.values() else (unit.utype, unit.name)
            return OrgMention(p, unit.end, party_org_name(*seat), "PartyOrganization", "organizations.partyorg",
                              *seat, None, committee_name(*seat), unit.explicit)
        if rest and rest.lower() == "nhà trường":
            # "Đảng bộ nhà trường": the party organization of the one school the article names, as its
            # "Đảng ủy nhà trường" is that school's committee
            if (school := self._article_school()) is None:
                return None
            return OrgMention(p, p + len(s), f"Đảng bộ {school.name}", "PartyOrganization", "organizations.partyorg",
                              None, None, None, f"Đảng ủy {school.name}", False)
        if rest:
            inst = self._institution(rest, p + m.start("rest"))
            if inst is None:
                # "Đảng bộ Tổng công ty" after "Đảng bộ (Đảng ủy) Tổng công ty Cao su X": that one, its
                # name left out
                for prev in reversed(self.found):
                    if prev.kind == "PartyOrganization" and prev.name.startswith(s + " "):
                        return replace(prev, start=p, end=p + len(s), explicit=False)
                    if prev.rule == "organizations.danguy" and prev.parent and prev.parent.startswith(s + " "):
                        up = party_org_name(prev.utype, prev.uname) if prev.utype and prev.uname else None
                        return OrgMention(p, p + len(s), prev.parent, "PartyOrganization", "organizations.partyorg",
                                          prev.utype, prev.uname, up, prev.name, False)
                return None
            iname, utype, uname, end = inst
            # the party organization of a bloc or agency of a unit is in the unit's party organization
            # (Đảng bộ Khối Các cơ quan tỉnh X, Đảng bộ Công an tỉnh X: in Đảng bộ tỉnh X)
            parent = party_org_name(utype, uname) if utype and uname else None
            return OrgMention(p, end, f"Đảng bộ {iname}", "PartyOrganization", "organizations.partyorg",
                              utype, uname, parent, self._bloc_committee.get(iname, f"Đảng ủy {iname}"),
                              rest not in SHORT_KINDS)
        # bare "Đảng bộ": "toàn Đảng bộ", "Đảng bộ" after a named one
        if not s.startswith("Đ") or self._generic_before(p):
            return None
        acronym = _ACRONYM_AFTER.match(self.text, p + len(s))
        if acronym and acronym["a"] not in ABBREVIATIONS:
            return None  # "Đảng bộ PC Hòa Bình": a body named by its acronym (a company's short name), no bare one
        for i in range(len(self.found) - 1, -1, -1):
            prev = self.found[i]
            # (the one a body named before it in its sentence is stated to belong to: "Đảng bộ X được thành lập
            # theo Quyết định ... của Đảng ủy Y, trực thuộc Đảng bộ Y", the text goes on about X)
            sentence = self.ctx.sentence_of(prev.start)
            if prev.kind == "PartyOrganization" and prev.name != PARTY \
                    and not (any(f.kind == "PartyOrganization" and f.start >= sentence[0] for f in self.found[:i])
                             and _STATED_UP_BEFORE.search(self.text, max(0, prev.start - 12), prev.start)):
                return replace(prev, start=p, end=p + len(s), explicit=False)
            if prev.rule != "organizations.danguy" or prev.utype is not None or prev.parent is None:
                continue
            row = _grammar_row(prev.parent[len("Đảng bộ "):])
            if row is not None and row[0]["attaches"] != "party":
                # "Đảng ủy Đồn Biên phòng X ... Đảng bộ": the party organization that committee leads (an
                # agency's, not the unit's the article is about)
                return OrgMention(p, p + len(s), prev.parent, "PartyOrganization", "organizations.partyorg",
                                  None, None, None, prev.name, False)
        main = self.ctx.main_unit()
        if main is None:
            return None
        return OrgMention(p, p + len(s), party_org_name(*main), "PartyOrganization", "organizations.partyorg",
                          main[0], main[1], None, committee_name(*main), False)

    def _host_board(self, s: str, p: int) -> OrgMention | None:
        """A committee's board or office read as the host of a party body named after it ("Chi bộ Ban Tuyên giáo
        Tỉnh ủy X"): the board alone, the bodies it nests (its committee) not recorded apart."""
        nested = len(self.nested)
        b = self.board(s, p)
        del self.nested[nested:]
        return b

    def _party_agency_org(self, rest: str, rp: int) -> OrgMention | None:
        """The Đảng bộ of a committee's board, office or school of politics ("Đảng bộ Văn phòng Tỉnh ủy X",
        "Đảng bộ Trường Chính trị tỉnh X"): a large agency has a party organization of its own, as a small
        one has a cell (Điều lệ Đảng art. 21), named after the agency as its cell is."""
        if re.fullmatch(BOARD, rest) and re.match(BOARD_HEAD, rest):
            b = self._host_board(rest, rp)
            if b is None:
                return None
            return OrgMention(rp, b.end, f"Đảng bộ {b.name}", "PartyOrganization", "organizations.partyorg",
                              b.utype, b.uname, None, f"Đảng ủy {b.name}", b.explicit)
        if re.fullmatch(POLSCHOOL, rest):
            school = self.polschool(rest, rp)
            if school is None:
                return None
            return OrgMention(rp, school.end, f"Đảng bộ {school.name}", "PartyOrganization",
                              "organizations.partyorg", school.utype, school.uname, None,
                              f"Đảng ủy {school.name}", school.explicit)
        return None

    def faculty(self, s: str, p: int) -> OrgMention | None:
        # a faculty of the one university, or a department of the one hospital, the article names
        # ("Bệnh viện tỉnh" of an unknown province names none; else something else: left out)
        university = self._university(("Trường Đại học", "Đại học", "Trường Cao đẳng", "Học viện", "Bệnh viện"))
        if university is None:
            return None
        return OrgMention(p, p + len(s), s, "OtherOrganization", "organizations.faculty", parent=university)

    def _one_of_kind(self, kind: str, p: int) -> tuple[str, str | None, str | None, int] | None:
        """The body a kind word alone stands for ("Đảng ủy Đồn"): the one of that kind the article names
        in full; of several, the one named last before p; none: no body (the word names a kind)."""
        # (of the rows that kind word stands for: "Đảng ủy Đồn" is a Đồn Biên phòng's, not a former Đồn Công an
        # vũ trang's the article tells the history of)
        named = [n for n in self._named_institutions() if n[1].startswith(kind + " ")
                 and (row := _grammar_row(n[1])) is not None and row[0].get("short") == kind]
        if len({n[1] for n in named}) > 1:
            # (the one seated in the article's unit, the page's own body, where the others are elsewhere: a
            # merged sở's former ones in the provinces merged away)
            main = self.ctx.main_unit()
            own = [n for n in named if main is not None and (n[2], n[3]) == main]
            named = own if len({n[1] for n in own}) == 1 else [n for n in named if n[0] < p][-1:]
        if not named:
            return None
        _start, name, utype, uname = named[-1]
        return name, utype, uname, p + len(kind)

    def _named_institutions(self) -> list[tuple[int, str, str | None, str | None]]:
        """(start, name, unit type, unit name) of the institutions the article names in full: on their
        own or in a party body's name ("Đảng ủy Bệnh viện Đa khoa X")."""
        if self._institutions is None:
            out = [(m.start, m.name, m.utype, m.uname) for m in self._all_named]
            # (the builders read below may ask again: they get none yet, so what they build on it while this list
            # is built, an institution_union's parent, may differ from what they build once it is)
            self._institutions = []
            for start, (tag, s) in self._chosen.items():
                if tag == "institution_union":
                    # (or in its union's: "Công đoàn Công ty X" names Công ty X, its "Chi bộ Công ty" the one)
                    union = self.institution_union(s, start)
                    if union is not None and union.parent and _grammar_row(union.parent) is not None:
                        out.append((start, union.parent, None, None))
                    continue
                rest = _after_party_head(tag, s, ("danguy", "partyorg", "cell"))
                if rest and rest not in SHORT_KINDS and _grammar_row(rest) is not None:
                    inst = self._institution(rest, start + len(s) - len(rest))
                    if inst is not None:
                        out.append((start, *inst[:3]))
            self._institutions = sorted(out)
        return self._institutions

    def _university(self, hosts: tuple[str, ...]) -> str | None:
        """The one institution of these kinds that the article names (or names the Đảng ủy of)."""
        named = {name for _start, name, utype, uname in self._named_institutions()
                 if name.startswith(hosts) and (uname or not utype)}
        named |= {i for i in self._institution_committees() if i.startswith(hosts)}
        return named.pop() if len(named) == 1 else None

    def cell_number(self, s: str, p: int) -> OrgMention | None:
        # its party organization: the one grassroots committee of an institution the article names
        hosts = self._institution_committees()
        parent = f"Đảng bộ {hosts.pop()}" if len(hosts) == 1 else None
        return OrgMention(p, p + len(s), s, "PartyCell", "organizations.cell_number", parent=parent)

    def _named_bloc(self) -> str | None:
        """"Khối X" when the article names the committee of exactly one bloc (Đảng ủy Khối X, or
        the Đảng ủy of a bloc the grammar table knows by its own name: Đảng ủy Dân Chính Đảng)."""
        blocs = set()
        for _start, (tag, s) in self._chosen.items():
            rest = _after_party_head(tag, s)
            person = _BLOC_BEFORE_PERSON.fullmatch(rest)
            if person is not None and person["n"].split(" ")[0] in _SURNAMES \
                    and _registered_prefix(unit_type(person["u"]), person["n"]) is None:
                rest = person["b"]  # "... Khối các cơ quan tỉnh Trần Thị A": a person after the unit
            if rest.startswith("Khối ") and rest != "Khối":
                blocs.add(rest)
            found = _grammar_row(rest) if rest else None
            if found and found[0]["attaches"] == "party":
                bloc = f"Khối {found[0]['head']}{rest[found[1]:]}"
                blocs.add(bloc)
                if tag == "danguy":  # its committee as the article writes it
                    self._bloc_committee[bloc] = f"Đảng ủy {found[0]['head']}{rest[found[1]:]}"
        return blocs.pop() if len(blocs) == 1 else None

    def _cited_in_passing(self, start: int, s: str) -> bool:
        """The issuer of a numbered document the text cites, there in passing: a higher committee's ("Chỉ thị số
        7-CT/HU ... của Huyện ủy Y"); a commune's or ward's committee cites its own resolutions so, it is not passed
        over."""
        return bool(_CITED_ISSUER_BEFORE.search(self.text, max(0, start - 60), start)) \
            and not _COMMUNE_COMMITTEE.match(s)

    def _subject_institution(self) -> OrgMention | None:
        """The agency, command, school, company or committee's board (or office) whose party organization (or
        Đảng ủy) is the first party body the article names: the article is about it, and a bare "Đảng ủy" is its."""
        if not hasattr(self, "_subject"):
            self._subject = self._first_subject()
        return self._subject

    def _first_subject(self) -> OrgMention | None:
        """The first party body's institution (see _subject_institution), past the bodies named in passing."""
        passed_bare = False
        for start, (tag, s) in sorted(self._chosen.items()):
            if tag not in ("danguy", "partyorg", "committee", "standing", "bch"):
                continue
            if self._cited_in_passing(start, s) or _MERGED_BEFORE.search(self.text, max(0, start - 12), start) \
                    or passed_bare and _SECRETARY_BEFORE.search(self.text, max(0, start - 40), start):
                # the issuer of a numbered document the text cites ("Chỉ thị số 7-CT/HU ... của Huyện ủy Y"); a
                # body after "hợp nhất": a former one merged into the one the article is about; after a bare
                # "Đảng bộ", a guest's post (", Bí thư Đảng ủy X,"): the bare word was not X's
                continue
            rest = _after_party_head(tag, s)
            if rest.lower() == "nhà trường":  # "Đảng bộ nhà trường": the one school the article names
                school = self._article_school()
                if school is None:
                    passed_bare = True
                    continue  # as a bare "Đảng bộ"
                return school
            if tag in ("danguy", "partyorg") and not rest:
                # "Đảng ủy - Ban Giám đốc X" (the committee and the directors leading one institution together):
                # X's, read with the institution named right after
                joint = _JOINT_LEADERSHIP.match(self.text, start + len(s))
                if joint is None and self._short_name_of_a_later_body(start + len(s), start):
                    continue  # "Đảng ủy Kho bạc": the short name of the body whose party organization it names
                post = _NEXT_POST.match(self.text, start + len(s)) if joint is None else None
                if post is not None and "nguyên" not in post[0]:
                    # "Bí thư Đảng ủy, Giám đốc X": the committee of the institution the next post names, X (not
                    # of a unit's government: "Bí thư Đảng ủy, Chủ tịch UBND xã Y" is the commune's committee)
                    host = _committee_host(self._body_of_post_at(post.end()))
                    return host if host is not None and host.rule == "organizations.institution" else None
                if joint is None:
                    passed_bare = True
                    continue  # the bare word ("Đảng bộ", "Đảng ủy") names no body: the next one may
                tag, s = self._chosen.get(joint.end(), ("", ""))
                start, rest = joint.end(), s
                if tag != "institution":
                    return None
            if rest and re.fullmatch(BOARD, rest) and re.match(BOARD_HEAD, rest):
                # a committee's board or office with a party organization of its own ("Đảng bộ Văn phòng Tỉnh
                # ủy X"): the article is about that agency, its departments' cells are its party organization's
                return self._host_board(rest, start + len(s) - len(rest))
            found = _grammar_row(rest) if rest else None
            # (or an enterprise by its trade name: "Đảng ủy Agribank", a branch of it: "Đảng bộ Agribank
            # Chi nhánh X", or by its proper name: "Đảng bộ Cảng Quy Nhơn" for Công ty Cổ phần Cảng Quy Nhơn)
            # (or by its kind word alone, "Đảng bộ Sở" in a headline: the one of that kind the article names)
            if found and found[0]["attaches"] != "party" or re.fullmatch(BRAND, rest) \
                    or _BRAND_BRANCH_RX.fullmatch(rest) or rest in SHORT_KINDS \
                    or rest and self._full_name_of(rest) is not None:
                at = start + len(s) - len(rest)
                inst = self._institution(rest, at)
                if inst is None:
                    continue  # "Đảng bộ Bệnh viện" (a headline) names no institution: the next one
                found = found or _grammar_row(inst[0])
                return OrgMention(at, inst[3], inst[0], found[0]["kind"] if found else "OtherOrganization",
                                  "organizations.institution", inst[1], inst[2])
            return None
        return None

    def _short_name_of_a_later_body(self, end: int, start: int) -> bool:
        """A bare "Đảng ủy" (ending at end) then a body's short name, its kind's first words, where the article
        names that body's party organization after start ("Đảng ủy Kho bạc", "Đảng ủy Kho bạc Nhà nước khu vực X")."""
        short = _SHORT_NAME_AFTER.match(self.text, end)
        return short is not None and any(
            t in ("danguy", "partyorg") and v.count(" ") >= 2 and at > start
            and v.split(" ", 2)[2].startswith(short["w"] + " ") for at, (t, v) in self._chosen.items())

    def _institution_committees(self) -> set[str]:
        """The institutions (grammar table heads) whose Đảng ủy the article names."""
        out = set()
        for _start, (tag, s) in self._chosen.items():
            rest = s.split(" ", 2)[2] if tag == "danguy" and s.count(" ") >= 2 else ""
            found = _grammar_row(rest) if rest and rest not in SHORT_KINDS else None  # ("Đảng ủy Bệnh viện": of
            if found and found[0]["attaches"] != "party":                         # the one it names)
                out.add(found[0]["head"] + rest[found[1]:])
        return out

    def partial_partyorg(self, s: str, p: int) -> OrgMention | None:
        """"Đảng bộ bộ phận khu vực X": a partial Đảng bộ of the commune the article is about, in its Đảng bộ."""
        part = _parse(PARTIAL_PARTYORG, s)["part"]
        sm = _WORDS_NAME.match(part)
        part = f"{sm['w']} {trim_name(sm['n'])}" if sm else part
        commune = self.ctx.subject("C", current=True) or self.ctx.resolve(COMMUNE, p)
        return OrgMention(p, p + len(s) - len(_parse(PARTIAL_PARTYORG, s)["part"]) + len(part),
                          f"Đảng bộ bộ phận {part}", "PartyOrganization", "organizations.partyorg",
                          parent=party_org_name(*commune) if commune else None)

    def cell(self, s: str, p: int) -> OrgMention | None:
        m = _parse(_CELL_AT, s)
        if m["h"] in _VILLAGE_WORDS:
            # "Chi bộ thôn" after the text names a village: that village's cell (Điều lệ Đảng art. 21: a cell
            # in each village), as "Chi đoàn thôn" is its branch (a lower-case one is read as a bare "chi bộ")
            village = self._village_before(m["h"], p) if not self._generic_before(p) else None
            if village is None:
                return None
            commune = self.ctx.resolve(COMMUNE, p)
            return OrgMention(p, p + len(s), f"Chi bộ {village}", "PartyCell", "organizations.cell",
                              parent=party_org_name(*commune) if commune else None, explicit=False)
        if m["h"]:
            hp = p + m.start("h")
            if re.match(BOARD_HEAD, m["h"]):
                # the board is the cell's host, the committee only names the board
                b = self._host_board(m["h"], hp)
                if b is None:
                    return None
                return OrgMention(p, b.end, f"Chi bộ {b.name}", "PartyCell", "organizations.cell",
                                  b.utype, b.uname, None, None, b.explicit)
            sm = _WORDS_NAME.match(m["h"]) if re.match(SUBUNIT, m["h"]) else None
            if re.match(SUBUNIT, m["h"]) or re.fullmatch(QUARTER, m["h"]) or re.fullmatch(RETIREES, m["h"]):
                host = f"{sm['w']} {trim_name(sm['n'])}" if sm else m["h"]
                # a village's or quarter's cell belongs to its commune's party organization
                commune = self.ctx.resolve(COMMUNE, p)
                parent = party_org_name(*commune) if commune else None
                return OrgMention(p, hp + len(host), f"Chi bộ {host}", "PartyCell", "organizations.cell",
                                  parent=parent)
            if _DEPARTMENT_AT.match(m["h"]):
                # a police or command department's cell, in the force's party organization
                dept = self.department(m["h"], hp)
                if dept is None:
                    return None
                return OrgMention(p, dept.end, f"Chi bộ {dept.name}", "PartyCell", "organizations.cell",
                                  dept.utype, dept.uname, f"Đảng bộ {dept.parent}", None, dept.explicit)
            if re.fullmatch(POLSCHOOL, m["h"]):
                # the cell of a committee's school of politics ("Chi bộ Trường Chính trị tỉnh")
                school = self.polschool(m["h"], hp)
                if school is None:
                    return None
                return OrgMention(p, school.end, f"Chi bộ {school.name}", "PartyCell", "organizations.cell",
                                  school.utype, school.uname, None, None, school.explicit)
            students = re.match(r"[Ss]inh viên(?: |$)", m["h"])
            if students or re.fullmatch(FACULTY, m["h"]):
                # a faculty's cell, or its students' (or all students' of the one university), in the
                # university's party organization
                head, rest = ("Sinh viên ", m["h"][students.end():]) if students else ("", m["h"])
                if not rest or students and rest.isdigit():  # "Chi bộ Sinh viên", "Chi bộ Sinh viên 4"
                    university = self._university(("Trường Đại học", "Đại học", "Trường Cao đẳng", "Học viện"))
                    return OrgMention(p, hp + len(m["h"]), f"Chi bộ {head}{rest}".rstrip(), "PartyCell",
                                      "organizations.cell", parent=f"Đảng bộ {university}" if university else None)
                faculty = self.faculty(rest, hp + len(m["h"]) - len(rest))
                if faculty is None and not students and not self._generic_before(p):
                    # a department's cell where the article names several hosts (a university and its
                    # hospital) or none: the cell as written, its host left open
                    return OrgMention(p, hp + len(m["h"]), f"Chi bộ {m['h']}", "PartyCell", "organizations.cell",
                                      parent=self._workplace_party_org())
                if faculty is None:
                    return None
                return OrgMention(p, faculty.end, f"Chi bộ {head}{faculty.name}", "PartyCell", "organizations.cell",
                                  parent=f"Đảng bộ {faculty.parent}")
            if _grammar_row(m["h"]) is None and m["h"] not in SHORT_KINDS and _CELL_TITLE_RX.fullmatch(m["h"]):
                return self._titled_cell(m["h"], p, hp)
            if _NUMBERED_DEPARTMENT_RX.fullmatch(m["h"]):
                # a numbered department's cell, in the party organization of the agency the article is about
                if self._generic_before(p):
                    return None
                return OrgMention(p, hp + len(m["h"]), f"Chi bộ {m['h']}", "PartyCell", "organizations.cell",
                                  parent=self._workplace_party_org())
            inst = self._institution(m["h"], hp)
            if inst is None:
                return None
            iname, utype, uname, end = inst
            head_only = (found := _grammar_row(iname)) is not None and found[1] == len(iname)  # "Chi cục Thuế"
            if uname is None and (head_only or not _ENDS_WITH_NAME.search(iname)) and self._generic_before(p):
                return None  # "các chi bộ Công an cấp xã", "22 chi bộ Chi cục Thuế": a kind of agency's, no one cell
            if uname is None and head_only and m["h"][:1].islower():
                return None  # "chi bộ công an, quân sự, trường học": the agency's kind in lower case, a kind of cell
            if _peer_levels_after(self.text, end, utype) \
                    and not m["h"].endswith(unit_words(utype, uname) if utype and uname else "\0"):
                return None  # "các chi bộ Trung tâm Y tế huyện, thị xã": one kind of cell per level, no one cell
            # a commune's body's cell (its military command's, its health station's: commune_bodies.tsv) is in the
            # commune's party organization (Điều lệ Đảng: its cell under the commune's committee)
            parent = party_org_name(utype, uname) if iname.startswith(_COMMUNE_BODY_NAMED) and utype in COMMUNE \
                and uname \
                else None
            return OrgMention(p, end, f"Chi bộ {iname}", "PartyCell", "organizations.cell", utype, uname, parent,
                              explicit=m["h"] not in SHORT_KINDS)
        if self._generic_before(p):
            return None
        host = self._host_after(p + len(s))
        if host is not None and (host.rule == "organizations.institution"
                                 or host.name.startswith("Công an ") and host.utype in COMMUNE):
            # "Bí thư Chi bộ, Giám đốc Trung tâm Y tế huyện X": the cell of the institution; "Bí thư
            # Chi bộ, Trưởng Công an xã X": a commune's police has a cell of its own (Đảng ủy Công an
            # Trung ương, 2023: a party cell in each commune's police), not the commune's committee
            return OrgMention(p, p + len(s), f"Chi bộ {host.name}", "PartyCell", "organizations.cell",
                              host.utype, host.uname, None, None, False)
        named = [c for c in self._all_explicit if c.kind == "PartyCell"]
        # (a cell named by the next post before it counts too: "Bí thư Chi bộ, Trưởng Công an xã X, chi bộ có ...")
        before = sorted((c for c in named + [f for f in self.found if f.kind == "PartyCell"] if c.start < p),
                        key=lambda c: c.start)
        # (a cell named as such, "Chi bộ X", before one told of in passing, "chi bộ X": "hợp nhất chi bộ của A và
        # chi bộ B" names the cells it was made of; the bare "Chi bộ" is still the article's own)
        before = [c for c in before if self.text.startswith("Chi bộ", c.start)] or before
        pick = before[-1] if before else (named[0] if named else None)
        if pick is None:
            return None
        return replace(pick, start=p, end=p + len(s), explicit=False)

    def _titled_cell(self, host: str, p: int, hp: int) -> OrgMention | None:
        """The cell of a workplace written as a common noun ("Chi bộ Khoa hồi sức tích cực"), as
        written; its unit, if any, the register's."""
        if self._generic_before(p):
            return None  # "các chi bộ Khoa ...": a kind, no one cell
        named = {t for tag, t in self._chosen.values() if tag == "department" and t.startswith(host + " ")}
        if len(named) == 1:
            # "Chi bộ Trại tạm giam" where the article names "Trại tạm giam Công an tỉnh X": that one's cell (the
            # press names a workplace in full once, its cell by the workplace's kind words)
            at = next(start for start, (tag, t) in self._chosen.items() if tag == "department" and t in named)
            dept = self.department(named.pop(), at)
            if dept is not None:
                return OrgMention(p, hp + len(host), f"Chi bộ {dept.name}", "PartyCell", "organizations.cell",
                                  dept.utype, dept.uname, f"Đảng bộ {dept.parent}", None, False)
        b = _parse(_BODY_UNIT, host)
        last = _DEPARTMENT_LAST.search(host) if not b["u"] else None
        written = self._written_with_unit(last[1]) if last else None
        if written is not None:
            # "Chi bộ Văn phòng Cục Thuế" where the article writes "Cục Thuế tỉnh X": the office of that one
            return OrgMention(p, hp + len(host), f"Chi bộ {host} {unit_words(*written)}", "PartyCell",
                              "organizations.cell", *written, parent=self._workplace_party_org(), explicit=False)
        if b["u"]:
            unit = self._unit(b["u"], hp + b.start("u"))
            return OrgMention(p, unit.end, f"Chi bộ {b['b']} {unit_words(unit.utype, unit.name)}", "PartyCell",
                              "organizations.cell", unit.utype, unit.name)
        return OrgMention(p, hp + len(host), f"Chi bộ {host}", "PartyCell", "organizations.cell",
                          parent=self._workplace_party_org())

    def _workplace_party_org(self) -> str | None:
        """The party organization a workplace's cell is in: that of the institution the article is
        about (Điều lệ Đảng art. 21: the cells of an agency's or enterprise's units are those of its
        grassroots organization), kept as a parent only where the article names it."""
        subject = self._subject_institution()
        return f"Đảng bộ {subject.name}" if subject is not None else None

    def polschool(self, s: str, p: int) -> OrgMention | None:
        m = _parse(r"(?P<h>Trung tâm (?:Bồi dưỡng )?[Cc]hính trị|Trường Chính trị)(?: (?P<r>.+))?", s)
        head = m["h"][:-len("chính trị")] + "Chính trị"
        if m["r"] and re.match(UNIT, m["r"]):
            utype, uname, explicit, end = self._unit(m["r"], p + m.start("r"))
            c = committee_name(utype, uname)
            return OrgMention(p, end, f"{head} {unit_words(utype, uname)}", "PoliticalSchool",
                              "organizations.polschool", utype, uname, c, c, explicit)
        if m["r"]:
            return OrgMention(p, p + len(s), f"{head} {m['r']}", "PoliticalSchool", "organizations.polschool")
        return None

    def department(self, s: str, p: int) -> OrgMention | None:
        m = _parse(_DEPARTMENT_AT, s)
        host = self.institution(m["h"], p + m.start("h"))
        if host is None:
            return None
        self._nest(host)
        return OrgMention(p, host.end, f"{m['d']} {host.name}", "StateBody", "organizations.department",
                          host.utype, host.uname, parent=host.name, explicit=host.explicit)

    def state(self, s: str, p: int) -> OrgMention | None:
        m = _parse(_BODY_THEN_UNIT, s)
        body = fold_tones(_expand(m["b"]))
        utype, uname, explicit, end = self._unit(m["u"], p + m.start("u"))
        return OrgMention(p, end, f"{body} {unit_words(utype, uname)}", "StateBody", "organizations.state",
                          utype, uname, None, None, explicit)

    def mass(self, s: str, p: int) -> OrgMention | None:
        if re.fullmatch(YOUTH_CENTRAL, s):  # a national body, as written
            return OrgMention(p, p + len(s), s, "MassOrganization", "organizations.mass")
        y = _YOUTH_AT.match(s)
        if y:  # "Tỉnh đoàn": the youth union's committee of a unit
            utype, uname, explicit, end = self._named_or_near(y, COMMITTEE_UNIT[y["c"].lower()], p,
                                                              p + y.end("c") + 5)
            if uname is None:
                return OrgMention(p, end, f"{y['c']} đoàn", "MassOrganization", "organizations.mass")
            return OrgMention(p, end, f"{y['c']} đoàn {uname}", "MassOrganization", "organizations.mass",
                              utype, uname, None, None, explicit)
        m = _parse(_BODY_UNIT, s)
        body = m["b"]
        body = re.sub(r"^Đoàn TNCS Hồ Chí Minh$", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", body)
        # ("Đoàn xã X" stays as written: the Youth Union's own short name of a unit's union, as
        # "Tỉnh đoàn", "Huyện đoàn" are; only the lower-case "Đoàn thanh niên" is written out)
        body = re.sub(r"^Đoàn thanh niên$", "Đoàn Thanh niên", body)
        if body == "Đoàn" and not m["u"]:
            body = "Đoàn Thanh niên"
        if body == "Mặt trận":  # "Mặt trận xã": the press's short form of the unit's Front committee
            body = "Ủy ban Mặt trận Tổ quốc Việt Nam"
        body = re.sub(r"MTTQ", "Mặt trận Tổ quốc", _expand(body))
        body = re.sub(r"Hội Cựu Chiến binh", "Hội Cựu chiến binh", fold_tones(body))
        if "Mặt trận Tổ quốc" in body and "Việt Nam" not in body:
            body += " Việt Nam"
        if m["u"]:
            utype, uname, explicit, end = self._unit(m["u"], p + m.start("u"))
        else:
            # no unit word: the unit of the committee that directs it in this sentence, else the
            # organization as written ("Đoàn Thanh niên Cộng sản Hồ Chí Minh")
            near = self._nearest_committee(p)
            shared = _UNIT_OF_MASS_ORGS_AFTER.match(self.text, p + len(m["b"]))
            near_unit = (near.utype, near.uname) if near is not None and near.uname and near.utype is not None else None
            if shared is not None and near_unit is None:
                # "Ủy ban MTTQ và các đoàn thể xã": the unit written after the mass organizations is the Front's too
                unit = self._unit(self.text[shared.start("u"):shared.end()], shared.start("u"))
                if unit.name is not None:
                    return OrgMention(p, p + len(m["b"]), f"{body} {unit_words(unit.utype, unit.name)}",
                                      "MassOrganization", "organizations.mass", unit.utype, unit.name, None, None,
                                      False)
            if near_unit is None:
                # only the national organization's full name is a particular body; a short
                # "Đoàn thanh niên", "Hội Phụ nữ" with no unit names a kind
                if not re.search(r"Hồ Chí Minh|Việt Nam", body):
                    return None
                if _LEVEL_NAMED.match(self.text, p + len(m["b"])) or _UNITS_OF_LEVEL.match(self.text, p + len(m["b"])):
                    return None  # "Ủy ban MTTQ Việt Nam cấp xã", "... các xã, phường": the Fronts of a level
                return OrgMention(p, p + len(m["b"]), body, "MassOrganization", "organizations.mass")
            (utype, uname), end, explicit = near_unit, p + len(m["b"]), False
        name = f"{body} {unit_words(utype, uname)}"
        if not explicit and uname and body in _SHORT_ASSOCIATIONS \
                and (full := f"{_SHORT_ASSOCIATIONS[body]} {unit_words(utype, uname)}") \
                in {written for tag, written in self._chosen.values() if tag == "mass"}:
            name = full  # the short name of the one the article names in full: that one
        return OrgMention(p, end, name, "MassOrganization", "organizations.mass", utype, uname, None, None, explicit)

    def party_group(self, s: str, p: int) -> OrgMention | None:
        head = _parse(r"Ban cán sự [Đđ]ảng |Đảng đoàn ", s)[0]
        rest, q = s[len(head):], p + len(head)
        body = self.state(rest, q) if re.match(STATE, rest) else self.mass(rest, q) if re.match(MASS, rest) \
            else self.institution(rest, q)
        if body is None:
            return None
        head = "Ban cán sự đảng " if head.startswith("Ban") else head
        return OrgMention(p, body.end, f"{head}{body.name}", "PartyOrganization", "organizations.party_group",
                          body.utype, body.uname, explicit=body.explicit)

    def state_office(self, s: str, p: int) -> OrgMention | None:
        body = self.state(s[len("Văn phòng "):], p + len("Văn phòng "))
        if body is None or body.uname is None:
            return None
        return OrgMention(p, body.end, f"Văn phòng {body.name}", "StateBody", "organizations.state_office",
                          body.utype, body.uname, parent=body.name, explicit=body.explicit)

    def institution_union(self, s: str, p: int) -> OrgMention | None:
        m = _parse(rf"(?:Đoàn(?: [Tt]hanh niên)?|Hội Sinh viên|Công đoàn(?: cơ sở)?|(?P<b>{_INSTITUTION_BOARD})) ", s)
        inst = self._institution(s[m.end():], p + m.end())
        if inst is None:  # "Hội đồng thành viên Tổng công ty": the institution left unnamed
            return self.institution_union_bare(s, p) if re.fullmatch(INSTITUTION_UNION_BARE, s) else None
        iname, utype, uname, end = inst
        head = re.sub(r"^Đoàn [Tt]hanh niên ", "Đoàn Thanh niên ", m[0])
        kind = "OtherOrganization" if m["b"] else "MassOrganization"  # a governing board is no mass body
        return OrgMention(p, end, f"{head}{iname}", kind, "organizations.institution_union",
                          utype, uname, parent=iname)

    def institution_union_bare(self, s: str, p: int) -> OrgMention | None:
        if s == "Hội đồng trường":
            head, kind_word = "Hội đồng trường ", "trường"
        else:  # the body's head, then the institution's kind word (INSTITUTION_UNION_BARE's tail)
            m = _parse(_BARE_INSTITUTION_KIND, s)
            head, kind_word = m["head"], m["kind"].lower().removeprefix("nhà ")
        prefix = {"trường": ("Trường", "Đại học"), "tổng công ty": ("Tổng công ty",),
                  "công ty": ("Công ty",), "bệnh viện": ("Bệnh viện",),
                  "đồn biên phòng": ("Đồn Biên phòng",)}[kind_word]
        named = {m.name for m in self._all_named if m.name.startswith(prefix)}
        named |= {i for i in self._institution_committees() if i.startswith(prefix)}
        # (or named only as the seat of its party organization or cell: "Chi bộ Công ty TNHH X")
        named |= {_expand(s.split(" ", 2)[2]) for _st, (tag, s) in self._chosen.items()
                  if tag in ("partyorg", "cell") and s.count(" ") >= 2 and s.split(" ", 2)[2].startswith(prefix)}
        named -= set(prefix)  # the head alone names no institution
        if len(named) > 1 and kind_word == "trường":
            # "trường" names a school or a member university ("Trường Đại học X"), not the regional
            # university it is part of ("Đại học Huế"): that one when the article names one such
            named = {n for n in named if n.startswith("Trường ")}
        if len(named) != 1:
            return None
        iname = named.pop()
        head = re.sub(r"^Đoàn [Tt]hanh niên ", "Đoàn Thanh niên ", head)
        # "Đoàn trường": the school's youth union, by its name (unless the article writes it "Đoàn trường X")
        if head == "Đoàn " and not any(tag == "institution_union" and re.match(r"Đoàn [Tt]rường ", t)
                                       for tag, t in self._chosen.values()):
            head = "Đoàn Thanh niên "
        kind = "OtherOrganization" if head.startswith("Hội đồng") else "MassOrganization"
        return OrgMention(p, p + len(s), f"{head}{iname}", kind, "organizations.institution_union",
                          parent=iname, explicit=False)

    def institution_union_shared(self, s: str, p: int) -> OrgMention | None:
        found = self.institution_union_bare(f"{s} trường", p)
        return replace(found, end=p + len(s)) if found is not None else None

    def village_branch(self, s: str, p: int) -> OrgMention | None:
        m = _parse(rf"(?P<h>.+?) (?P<v>{SUBUNIT})$", s)
        sm = _WORDS_NAME.match(m["v"])
        village = f"{sm['w']} {trim_name(sm['n'])}" if sm else m["v"]
        head = next(h for h in VILLAGE_UNION if h.lower() == m["h"].lower())
        commune = self.ctx.resolve(COMMUNE, p)
        parent = f"{VILLAGE_UNION[head]} {unit_words(*commune)}" if commune else None
        return OrgMention(p, p + m.start("v") + len(village), f"{head} {village}", "MassOrganization",
                          "organizations.village_branch", parent=parent)

    def faculty_union(self, s: str, p: int) -> OrgMention | None:
        head = "Liên chi đoàn "
        faculty = self.faculty(s[len(head):], p + len(head))
        if faculty is None:
            return None
        return OrgMention(p, faculty.end, f"{head}{faculty.name}", "MassOrganization", "organizations.faculty_union",
                          parent=f"Đoàn Thanh niên {faculty.parent}")

    def chidoan(self, s: str, p: int) -> OrgMention | None:
        head = "Chi đoàn "
        village = s[len(head):]
        if village in _VILLAGE_WORDS:
            # "Bí thư Chi đoàn thôn": the branch of the village its paragraph names last before it
            named = self._village_before(village, p)
            if named is None:
                return None  # no village named: a kind of branch, no one body
            village = named
        elif village in SHORT_KINDS:
            inst = self._one_of_kind(village, p + len(head))
            if inst is None:
                return None  # no institution of that kind named: a kind of branch, no one body
            return OrgMention(p, p + len(s), f"{head}{inst[0]}", "MassOrganization", "organizations.chidoan",
                              inst[1], inst[2], explicit=False)
        elif village == "cơ quan":
            cell = next((m for m in reversed(self.found) if m.kind == "PartyCell" and m.start < p), None)
            host = cell.name[len("Chi bộ "):] if cell is not None and cell.name.startswith("Chi bộ ") else None
            if host is None or _grammar_row(host) is None:
                return None  # no agency named: a kind of branch, no one body
            return OrgMention(p, p + len(s), f"{s} {host}", "MassOrganization", "organizations.chidoan", explicit=False)
        elif not re.match(SUBUNIT, village):
            return OrgMention(p, p + len(s), _expand(s), "MassOrganization", "organizations.chidoan")
        # a village's branch is in its commune's youth union (Điều lệ Đoàn: the branches of a commune's
        # villages are its grassroots union's), kept when the article names that one
        commune = self.ctx.resolve(COMMUNE, p)
        return OrgMention(p, p + len(s), f"{head}{village}", "MassOrganization", "organizations.chidoan",
                          parent=f"Đoàn Thanh niên {unit_words(*commune)}" if commune else None)

    def _village_before(self, word: str, p: int) -> str | None:
        """"thôn Kon Brăng": the village of this word that the text names last before p in its paragraph."""
        start = self.text.rfind("\n", 0, p) + 1
        rx = re.compile(rf"(?<![{LETTER}])(?:{re.escape(word)}|{re.escape(word.capitalize())}) (?P<n>{NAME})")
        found = [m for m in rx.finditer(self.text, start, p)]
        return f"{word} {trim_name(found[-1]['n'])}" if found else None

    def central(self, s: str, p: int) -> OrgMention | None:
        if s.startswith("Ban Bí thư"):
            name = "Ban Bí thư"
        elif s.startswith(("Ban Chấp hành", "BCH", "Hội nghị")):
            name = CENTRAL_COMMITTEE
        else:
            name = fold_tones(s)
        kind = "StateBody" if name in ("Quốc hội", "Chính phủ") else "CentralPartyBody"
        # the central inspection commission is elected by the Central Committee (Điều lệ Đảng, art. 32)
        parent = CENTRAL_COMMITTEE if name.startswith(("Ủy ban Kiểm tra", "Uỷ ban Kiểm tra")) else None
        # "Thủ tướng Chính phủ" tặng Bằng khen, ban hành quyết định: the head of government's title, his awards and
        # decisions his own (Luật Thi đua, khen thưởng; Luật Ban hành văn bản quy phạm pháp luật), the government not
        # a body the article tells of (a person holding the post lists it: memberships)
        listed = not (name == "Chính phủ" and _PRIME_MINISTER_BEFORE.search(self.text, max(0, p - 12), p))
        return OrgMention(p, p + len(s), name, kind, "organizations.central", parent=parent, listed=listed)

    def academy(self, s: str, p: int) -> OrgMention | None:
        return OrgMention(p, p + len(s), s, "PoliticalSchool", "organizations.academy")

    def agency(self, s: str, p: int) -> OrgMention | None:
        m = _parse(_BODY_THEN_UNIT, s)
        utype, uname, explicit, end = self._unit(m["u"], p + m.start("u"))
        return OrgMention(p, end, f"{m['b']} {unit_words(utype, uname)}", "StateBody", "organizations.agency",
                          utype, uname, None, None, explicit)

    def steering(self, s: str, p: int) -> OrgMention | None:
        m = _parse(r"(?P<h>Ban Chỉ đạo \d{1,3}) (?P<u>.+)", s)
        unit = self._unit(m["u"], p + m.start("u"))
        return OrgMention(p, unit.end, f"{m['h']} {unit_words(unit.utype, unit.name)}", "OtherOrganization",
                          "organizations.steering", unit.utype, unit.name, explicit=unit.explicit)

    def standing_office(self, s: str, p: int) -> OrgMention | None:
        head = "Thường trực "
        c = self._committee_ref(s[len(head):], p + len(head))
        if c is None or not c.committee:
            return None
        self._nest(c)
        return OrgMention(p, c.end, f"{head}{c.committee}", "StandingCommittee", "organizations.standing",
                          c.utype, c.uname, c.committee, c.committee, c.explicit)

    def front_board(self, s: str, p: int) -> OrgMention | None:
        head = "Ban Thường trực "
        front = self.mass(s[len(head):], p + len(head))
        if front is None or not front.uname:
            return None
        return self._board_of(head.rstrip(), front, p, "organizations.standing")

    def party(self, s: str, p: int) -> OrgMention | None:
        return OrgMention(p, p + len(s), PARTY, "PartyOrganization", "organizations.party")

    def foreign_party(self, s: str, p: int) -> OrgMention | None:
        central = re.match(_FOREIGN_CENTRAL, s)
        if central is None:
            return OrgMention(p, p + len(s), s, "PartyOrganization", "organizations.foreign_party")
        # a ruling party's Central Committee, elected by its congress as the Party's is (the party in its name
        # is a body of its own)
        party = s[central.end():]
        self._nest(OrgMention(p + central.end(), p + len(s), party, "PartyOrganization", "organizations.foreign_party"))
        return OrgMention(p, p + len(s), f"Ban Chấp hành Trung ương {party}", "CentralPartyBody",
                          "organizations.foreign_party", parent=party)

    def institution(self, s: str, p: int) -> OrgMention | None:
        if s in SHORT_KINDS or _COURSE_BEFORE.search(self.text, max(0, p - 12), p):
            return None
        inst = self._institution(s, p)
        row = _grammar_row(s)
        alone = row is not None and (_stands_alone(row[0]) or row[0]["attaches"] in (*NUMBERED, "hull")
                                     or _names_one_body(row, s))
        if inst is None or inst[1] is None and not _ENDS_WITH_NAME.search(s) and not alone:
            return None
        if inst[1] is None and row is not None and "unit" in row[0]["attaches"] \
                and (self._generic_before(p) or _COUNT_WORD_BEFORE.search(self.text, max(0, p - 8), p)):
            return None  # "các Chi cục Thuế", "các Sở", "ba Chi cục": a unit's kind of agency in the plural
        iname, utype, uname, end = inst
        found = _grammar_row(iname)
        if found and found[0]["attaches"] == "party":
            return None  # named only inside a party organization's name
        kind = found[0]["kind"] if found else "OtherOrganization"
        if found and found[0]["attaches"] == "field" and utype is None:
            return self._department(iname, kind, p, end)
        if uname is not None and uname not in self.text[p:end] and _peer_levels_after(self.text, end, utype):
            return None  # "ban chỉ huy quân sự xã, thị trấn": one kind of body per level, as for a cell's, no one body
        # (a unit completed from context, "Sở Xây dựng tỉnh", is no unit the text names)
        return OrgMention(p, end, iname, kind, "organizations.institution", utype, uname,
                          explicit=uname is None or uname in self.text[p:end])

    def _department(self, name: str, kind: str, p: int, end: int) -> OrgMention | None:
        """A department named by its field ("Vụ Đảng viên"), in the body named right after it: "Cục
        Chính trị Quân khu 9" (the host part of its name), "Vụ Đảng viên, Ban Tổ chức Trung ương" (in
        apposition, as a post's body is written); a central board's department is a board's too."""
        words = name.split(" ")
        if _CROP_SEASON.match(name) or any((level, key(" ".join(words[:n]))) in register().by_name
                                           for level in LEVELS for n in range(2, len(words) + 1)):
            return None  # "Vụ Bản (chỉ đạo ...)" is a district's name
        m = _DEPARTMENT_HOST.match(self.text, end)
        if m is None or m["sep"] == ", " and (_BODY_LIST_ITEM.match(self.text, m.end())
                                                or re.search(r"(?:,| và) $", self.text[max(0, p - 4):p])):
            return OrgMention(p, end, name, kind, "organizations.institution")
        hp = m.start("h")
        host = self.board(m["h"], hp) if m["h"].startswith("Ban ") else self.institution(m["h"], hp)
        if host is None:
            return OrgMention(p, end, name, kind, "organizations.institution")
        kind = "AdvisoryBoard" if host.kind == "AdvisoryBoard" else kind
        if m["sep"] == ", ":
            return OrgMention(p, end, name, kind, "organizations.institution", parent=host.name)
        # (the host is an organization of its own, found by its own rule)
        return OrgMention(p, host.end, f"{name} {host.name}", kind, "organizations.institution", host.utype,
                          host.uname, parent=host.name, explicit=host.explicit)

    def _host_after(self, q: int) -> OrgMention | None:
        """The body a post names right after a bare committee in a list of posts:
        "Bí thư Đảng ủy, Hiệu trưởng Trường X" - the posts of one person in one
        institution (or unit) list its committee first and the institution with the next post.
        A former post ("nguyên Hiệu trưởng Trường X") names it only where the article is about no
        institution: in one about an agency the bare committee is that agency's own."""
        m = _NEXT_POST.match(self.text, q)
        if m is None:
            return None
        if "nguyên" in m[0] and self._subject_institution() is not None:
            return None  # a former post's body is no guide where the article is about an agency: its own committee
        return self._body_of_post_at(m.end())

    def _body_of_post_at(self, q: int) -> OrgMention | None:
        """The body a post at q names right after it ("Giám đốc Công ty X"), an agency or an institution."""
        for start, (tag, s) in self._chosen.items():
            if q <= start <= q + 45 and tag in ("institution", "state", "agency") \
                    and not re.search(r"[,;.()\n]", self.text[q:start]):
                host = getattr(self, tag)(s, start)
                if host is not None and (host.uname or host.rule == "organizations.institution"):
                    return host
                return None
        return None

    def _generic_level(self, m: OrgMention) -> bool:
        """A body kept as written, with no unit, is a level, not a body, when written in lower
        case or after a determiner: "huyện ủy và UBKT cấp huyện", "từng đảng bộ huyện"."""
        if m.uname is not None or m.utype is None:
            return False
        lower = self.text[m.start].islower() and m.kind in ("PartyCommittee", "PartyOrganization")
        return lower or self._generic_before(m.start)

    def _generic_before(self, p: int) -> bool:
        return bool(_DETERMINER.search(self.text[max(0, p - 12):p]))

    def _generic_committee(self, p: int, end: int) -> bool:
        """A bare committee word that names a level, not a body: after a determiner, also as a
        later item of its list ("các huyện ủy, thị ủy, thành ủy"), or written in lower case beside
        a committee word of another level ("trực thuộc tỉnh ủy, thành ủy": no unit has both)."""
        if _DETERMINER_LEVELS.search(self.text, max(0, p - 60), p) or _LOCAL_AFTER.match(self.text, end):
            return True
        if not self.text[p].islower():
            return False
        return bool(_LEVEL_AFTER.match(self.text, end) or _LEVEL_BEFORE.search(self.text, max(0, p - 20), p))

    # -- driver -------------------------------------------------------------
    def run(self, spans: list[tuple[int, int]]) -> list[OrgMention]:
        cands = []
        places = rule_leads().places(self.text)
        for order, ((tag, rx, gate, starts), at) in enumerate(zip(rules(), places)):
            if starts is not None and not at or gate is not None and not any(g in self.text for g in gate):
                continue
            for hit in rx.finditer(self.text) if starts is None else finditer_at(rx, at, self.text):
                start, end = hit.span()
                if any(b <= start and end <= e for b, e in spans):
                    lower = _LOWER_SHORT_AT.match(hit[0]) if tag in ("danguy", "partyorg") else None
                    s = f"{lower['h']} {lower['k'][0].upper()}{lower['k'][1:]}" if lower else hit[0]
                    if tag in _DASHED_TAGS and (longer := _dashed_unit_end(self.text, end)) > end \
                            and any(b <= start and longer <= e for b, e in spans):
                        s, end = s + self.text[end:longer], longer
                    cands.append((start, end, order, tag, s))
        # longest match (in characters) wins; at equal length the earlier rule (spans.longest_mentions
        # counts tokens and prefers the earlier start: another rule, so this loop stays)
        chosen = []
        taken: list[tuple[int, int]] = []
        for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
            if all(c[1] <= s or c[0] >= e for s, e in taken):
                chosen.append(c)
                taken.append((c[0], c[1]))
        chosen.sort()
        self._chosen = {c[0]: (c[3], c[4]) for c in chosen}
        # the institutions named anywhere in the article ("nhà trường" refers to its one school)
        self._all_named = [m for start, _e, _o, tag, s in chosen if tag == "institution"
                           for m in [self.institution(s, start)] if m is not None]
        # explicitly named party cells first: bare "Chi bộ" refers to them
        self._all_explicit = []
        for start, _end, _o, tag, s in chosen:
            if tag == "cell" and len(s.split()) > 2:
                m = self.cell(s, start)
                if m is not None:
                    self._all_explicit.append(m)
        for start, _end, _o, tag, s in chosen:
            m = getattr(self, tag)(s, start)
            if m is not None and tag == "cell":
                m = self._commune_body_cell(self._cell_named_before(m))
            if m is not None and m.name and not self._generic_level(m):
                self.found.append(m)
        lists = self._party_lists(spans) + self._figure_lists(spans) + self._cell_lists(spans) \
            + self._unit_lists(spans) + self._plural_body_lists(spans) + self._column_lists(spans) \
            + self._row_tables(spans) + self._unit_lines(spans) + self._institution_boards() \
            + self._cells_of_named_units() + self._titled_cell_lists(spans)
        self.found = sorted(self.found + [n for n in self.nested if n.name] + lists, key=lambda m: m.start)
        return self.found

    def _cell_named_before(self, m: OrgMention) -> OrgMention:
        """"Chi bộ Văn phòng" after "Chi bộ Văn phòng Cục Thuế tỉnh X": the cell named in full before, its
        host's name left out (the press names a cell in full once, then by its host's kind word)."""
        longer = {c.name for c in self._all_explicit if c.start < m.start and c.name.startswith(m.name + " ")}
        if len(longer) != 1:
            return m
        full = next(c for c in self._all_explicit if c.name in longer)
        return replace(full, start=m.start, end=m.end, explicit=False)

    def _commune_body_cell(self, m: OrgMention) -> OrgMention:
        """"chi bộ Quân sự" with no unit: the cell of that body of the commune the text is about there (every
        commune has one, commune_bodies.tsv), in the commune's party organization. In an article about a
        workplace the cell is that workplace's unit's, as written (a district's health centre ran the communes'
        stations before 2025)."""
        if self._workplace_party_org() is not None:
            return m
        body = m.name[len("Chi bộ "):]
        commune = self.ctx.resolve(COMMUNE, m.start) if body in _COMMUNE_BODIES and m.uname is None else None
        if commune is None:
            return m
        return replace(m, name=f"{m.name} {unit_words(*commune)}", utype=commune[0], uname=commune[1],
                       parent=party_org_name(*commune), explicit=False)

    def _cells_of_named_units(self) -> list[OrgMention]:
        """"Tại Ban Chỉ huy Phòng thủ khu vực 6 - X, chi bộ đã kết nạp ...": a sentence that opens on a workplace
        and goes on with a bare "chi bộ" tells of that workplace's cell (a cell is seated in each unit of a
        workplace: Điều lệ Đảng art. 21)."""
        out = []
        for m in self.found:
            if m.kind in _PARTY_KINDS or not m.explicit or not _workplace_of_units(m.name) \
                    or not _AT_UNIT_BEFORE.search(self.text, max(0, m.start - 6), m.start):
                continue
            bare = _BARE_CELL_AFTER.match(self.text, m.end)
            if bare is not None:
                out.append(OrgMention(bare.start("c"), bare.end("c"), f"Chi bộ {m.name}", "PartyCell",
                                      "organizations.cell", m.utype, m.uname, explicit=False))
        return out

    def _institution_boards(self) -> list[OrgMention]:
        """"Ban Tổ chức Đảng ủy Tổng công ty X": a board or the office of the committee of an agency,
        enterprise or university named right before it (a committee above the grassroots has the boards
        and office of its level, as a district's does: Điều lệ Đảng art. 11 and the Central Committee's
        rules on the committees' apparatus); the committee's own rule takes the longer name, so the board
        is read here, from the committee found."""
        out = []
        for m in self.found:
            if m.rule != "organizations.danguy" or not m.explicit or m.name != m.committee \
                    or _grammar_row(m.name[len("Đảng ủy "):]) is None:
                continue
            b = _BOARD_BEFORE.search(self.text, max(0, m.start - 40), m.start)
            if b is not None:
                head = re.sub(r"^Ủy ban kiểm tra", "Ủy ban Kiểm tra", fold_tones(re.sub(r"^ban ", "Ban ", b["b"])))
                out.append(OrgMention(b.start("b"), m.end, f"{head} {m.name}", "AdvisoryBoard", "organizations.board",
                                      m.utype, m.uname, m.name, m.name, True))
        return out

    def _unit_lists(self, spans: list[tuple[int, int]]) -> list[OrgMention]:
        """One body per unit in "Đảng ủy các xã A, B": the unit's committee (in the unit's party
        organization), party organization or mass organization (in the same organization of the
        unit above, when the article names it)."""
        out = []
        for b, e in spans:
            for m in UNIT_LIST.finditer(self.text, b, e):
                body, utype = _UNIT_LIST_BODY[m["b"][0].upper() + m["b"][1:]], m["u"].lower()
                for it in _UNIT_ITEM.finditer(self.text, m.start("items"), m.end("items")):
                    uname, start = (it[0] if it[0][-1].isdigit() else trim_name(it[0])), it.start()
                    if any(f.start <= start < f.end for f in self.found):
                        continue
                    committee, org = committee_name(utype, uname), party_org_name(utype, uname)
                    if body == "Đảng ủy":
                        out.append(OrgMention(start, start + len(uname), committee, "PartyCommittee",
                                              "organizations.danguy", utype, uname, org, committee, False))
                    elif body == "Đảng bộ":
                        out.append(OrgMention(start, start + len(uname), org, "PartyOrganization",
                                              "organizations.partyorg", utype, uname, None, committee, False))
                    elif body in _UNIT_LIST_STATE.values():
                        out.append(OrgMention(start, start + len(uname), f"{body} {unit_words(utype, uname)}",
                                              "StateBody", "organizations.state", utype, uname, None, None, False))
                    else:
                        up = self.ctx.enclosing_of(utype, uname)
                        below = self.ctx.unit_below(uname) if up is None else None
                        if below is not None and (above := register().parent(below)) is not None:
                            up = (above.unit_type, above.name)
                        out.append(OrgMention(start, start + len(uname), f"{body} {unit_words(utype, uname)}",
                                              "MassOrganization", "organizations.mass", utype, uname,
                                              f"{body} {unit_words(*up)}" if up else None, None, False))
        return out

    def _plural_body_lists(self, spans: list[tuple[int, int]]) -> list[OrgMention]:
        """One party body per unit in "các đảng bộ xã A, B và C", "các chi bộ Công an xã A, B": the unit's
        party organization or committee, or the cell of its agency; the first item is the body's own
        rule's (no parent: a list names the units, not where they belong, as of the former communes of
        a unit merged in 2025)."""
        out = []
        for b, e in spans:
            for m in PLURAL_BODY_LIST.finditer(self.text, b, e):
                kind, host, utype = m["k"].lower().replace("uỷ", "ủy"), m["h"], m["u"].lower()
                for it in _ITEM_NAME.finditer(self.text, m.start("items"), m.end("items")):
                    uname, start = trim_name(it["n"]), it.start("n")
                    if any(f.start <= start < f.end for f in self.found):
                        continue
                    place = self.ctx.unit_at(start) if self.ctx.has_places else None
                    if place is not None and place.utype == utype:
                        uname = place.name
                    committee, org = committee_name(utype, uname), party_org_name(utype, uname)
                    if host is not None:
                        body = f"{host} {unit_words(utype, uname)}"
                        name, okind, rule = (f"Chi bộ {body}", "PartyCell", "organizations.cell") if kind == "chi bộ" \
                            else (f"Đảng bộ {body}", "PartyOrganization", "organizations.partyorg") \
                            if kind == "đảng bộ" else (f"Đảng ủy {body}", "PartyCommittee", "organizations.danguy")
                        out.append(OrgMention(start, start + len(uname), name, okind, rule, utype, uname,
                                              None, None, False))
                    elif kind == "đảng bộ":
                        out.append(OrgMention(start, start + len(uname), org, "PartyOrganization",
                                              "organizations.partyorg", utype, uname, None, committee, False))
                    elif kind != "chi bộ":  # (a unit has a party organization, no cell of its own)
                        out.append(OrgMention(start, start + len(uname), committee, "PartyCommittee",
                                              "organizations.danguy", utype, uname, org, committee, False))
        return out

    def _titled_cell_lists(self, spans: list[tuple[int, int]]) -> list[OrgMention]:
        """One cell per unit title in "các chi bộ A, B và C" where the article is about a workplace: the cells
        of its units, in its party organization."""
        workplace = self._workplace_party_org()
        if workplace is None:
            return []
        out = []
        for b, e in spans:
            for m in _TITLED_CELL_LIST.finditer(self.text, b, e):
                items = list(_TITLE_ITEM_RX.finditer(self.text, m.start("items"), m.end("items")))
                # (a list naming places is of cells seated in districts or communes, no units of the workplace)
                if any((level, key(it[0])) in register().by_name for it in items for level in LEVELS):
                    continue
                for it in items:
                    if any(f.start <= it.start() < f.end for f in self.found):
                        continue
                    out.append(OrgMention(it.start(), it.end(), f"Chi bộ {it[0]}", "PartyCell",
                                          "organizations.cell_list", parent=workplace, explicit=False))
        return out

    def _cell_lists(self, spans: list[tuple[int, int]]) -> list[OrgMention]:
        """One Chi bộ per village in a list of cells, in the commune's party organization when the
        item names the commune ("ấp Bến Súc, xã Thạnh Phú Đông")."""
        out = []
        for b, e in spans:
            for m in CELL_LIST.finditer(self.text, b, e):
                for it in _CELL_ITEM_RX.finditer(self.text, m.start("items"), m.end("items")):
                    village = it["v"]
                    sm = _WORDS_NAME.match(village)
                    if sm:
                        village = f"{sm['w']} {trim_name(sm['n'])}"
                    parent = None
                    if it["c"]:
                        commune = self._unit(it["c"], it.start("c"))
                        parent = party_org_name(commune.utype, commune.name) if commune.name else None
                    out.append(OrgMention(it.start("v"), it.start("v") + len(village), f"Chi bộ {village}",
                                          "PartyCell", "organizations.cell_list", parent=parent, explicit=False))
            for m in PLURAL_CELL_LIST.finditer(self.text, b, e):
                listed_in = self.ctx.resolve(COMMUNE, m.start())  # (the commune the villages are of)
                for it in _AREA_ITEM_RX.finditer(self.text, m.start("items"), m.end("items")):
                    if any(f.start <= it.start() < f.end for f in self.found):
                        continue  # (the first, "chi bộ ấp 1", is the cell rule's)
                    if not it["w"] and _LISTED_BODY.match(self.text, it.start("n")):
                        break
                    name = it["n"] if it["n"][-1].isdigit() else trim_name(it["n"])
                    out.append(OrgMention(it.start(), it.start("n") + len(name), f"Chi bộ {m['w']} {name}",
                                          "PartyCell", "organizations.cell_list", explicit=False,
                                          parent=party_org_name(*listed_in) if listed_in else None))
            for head in _VILLAGE_LINES_HEAD.finditer(self.text, b, e):
                word, at = head["w"].lower(), head.end()
                while (line := _VILLAGE_LINE.match(self.text, at)) is not None and line["w"].lower() == word:
                    village = f"{word} {self.text[line.start('n'):line.end()]}"
                    listed_in = self.ctx.resolve(COMMUNE, line.start())  # (the commune the list is of)
                    out.append(OrgMention(line.start(), line.end(), f"Chi bộ {village}", "PartyCell",
                                          "organizations.cell", explicit=False,
                                          parent=party_org_name(*listed_in) if listed_in else None))
                    at = self.text.find("\n", line.end()) + 1
                    if at == 0:
                        break
        return out

    def _figure_lists(self, spans: list[tuple[int, int]]) -> list[OrgMention]:
        """The party organizations of a flattened table of figures: each item is the party
        organization of a unit right below the article's unit (by the register), of a unit or
        of an agency ("Công an" of the table's province); items that are none of these are no
        organization. Their parent is the province's (district's) party organization."""
        out = []
        for b, e in self.ctx.sentences:
            if not any(sb <= b < se for sb, se in spans) or "đảng viên" not in self.text[b:e] \
                    or len(_DIGIT_RUN.findall(self.text, b, e)) < 3:
                continue
            items = list(finditer_after(_FIGURE_ITEM, _BEFORE_FIGURE_ITEM, self.text, b, e))
            if len(items) < 3:
                continue
            # (the unit word of the list's heading, "các đảng bộ xã: A 5; B 4", is its bare items')
            heading = _LIST_UNIT_WORD.search(self.text, b, items[0].start("item"))
            utype = heading["u"] if heading and not heading["more"] else None
            for it in items:
                org = self._figure_item(it["item"].strip(), it.start("item"), utype)
                if org is None:
                    continue
                # an agency named as an item stands for its party organization
                self.found = [f for f in self.found if not (f.start == org.start and f.kind != "PartyOrganization"
                                                            and f.rule == "organizations.institution")]
                if not any(f.start <= org.start < f.end for f in self.found):
                    out.append(org)
        return out

    def _unit_lines(self, spans: list[tuple[int, int]]) -> list[OrgMention]:
        """The party organizations of a list one line each under a heading naming the units' party
        organizations: each line's bare name read as an item of a flattened table of figures."""
        out: list[OrgMention] = []
        for b, e in spans:
            for head in _UNIT_LINES_HEAD.finditer(self.text, b, e):
                utype, at = (None if head["more"] else head["u"]), head.end()
                while (line := _UNIT_LINE.match(self.text, at) or _UNIT_CELL_LINE.match(self.text, at)) is not None \
                        and line.start() < e:
                    org = self._figure_item(line["n"], line.start("n"), utype)
                    if org is not None and not any(f.start <= org.start < f.end for f in self.found):
                        out.append(org)
                    at = self.text.find("\n", line.end()) + 1
                    if at == 0:
                        break
        return out

    def _column_lists(self, spans: list[tuple[int, int]]) -> list[OrgMention]:
        """The party organizations of a table flattened one cell per line, under a column headed
        "Đảng bộ" (or "Tổ chức đảng"): each name cell is read as an item of a flattened table of
        figures (a unit's or an agency's party organization); the number cells and the total row
        are no organizations."""
        out: list[OrgMention] = []

        def in_spans(pos: int) -> bool:  # (the layout may give each line of a table a span of its own)
            return any(b <= pos < e for b, e in spans)

        for head in _COLUMN_HEAD.finditer(self.text):
            if in_spans(head.start()):
                cells = []
                for line in _LINE.finditer(self.text, head.end() + 1):
                    cell = line[0].strip()
                    if not cell or _TABLE_END.match(cell) or len(cell) > 60 \
                            or not (in_spans(line.start()) or _NUMBER_CELL.fullmatch(cell)):
                        break  # (a row's number may be left out of the body, as page furniture)
                    cells.append((cell, line.start() + line[0].index(cell)))
                # the other headers run to the first row's name, the cell before its first number; the rows'
                # text cells are the names
                first_row = next((i for i, (c, _at) in enumerate(cells) if _NUMBER_CELL.fullmatch(c)), len(cells))
                first_row = max(first_row - 1, 0)
                for cell, at in [(c, at) for c, at in cells[first_row:] if not _NUMBER_CELL.fullmatch(c)]:
                    org = self._column_item(head[0], cell, at)
                    if org is None:
                        continue
                    # in the column of party organizations an agency stands for its party organization (its
                    # cell, in a column of cells)
                    self.found = [f for f in self.found if not (f.start == org.start and f.kind != org.kind)]
                    if not any(f.start <= org.start < f.end for f in self.found + out):
                        out.append(org)
        return out

    def _row_tables(self, spans: list[tuple[int, int]]) -> list[OrgMention]:
        """The party organizations of a table kept one row a line ("|" or tab between cells) whose
        first column is headed "Đảng bộ": each row's first cell read as an item of a flattened table
        of figures; the total row ends the table."""
        out: list[OrgMention] = []
        for head in _ROW_HEAD.finditer(self.text):
            if not any(b <= head.start("h") < e for b, e in spans):
                continue
            # the header cell names a column, no body ("Chi bộ" is no reference to a cell)
            self.found = [f for f in self.found if not (f.start == head.start("h") and f.end == head.end("h"))]
            for line in _LINE.finditer(self.text, head.end() + 1):
                if _ROW_RULE.fullmatch(line[0]):
                    continue  # a rule between rows
                cells = _ROW_CELLS.split(line[0].strip(" \t|│"))
                if len(cells) < 2 or _TABLE_END.match(cells[0]) or _NUMBER_CELL.fullmatch(cells[0]):
                    break
                at = line.start() + line[0].index(cells[0])
                org = self._column_item(head["h"], cells[0], at)
                if org is not None:
                    # (a rule's shorter reading of the row's name, a bare "Chi bộ", gives way to the cell's; the
                    # bare references the rule read as that shorter one are the row's too)
                    shorter = {f.name for f in self.found if f.start == org.start and f.end < org.end
                               and f.name != org.name and org.name.startswith(f.name + " ")}
                    self.found = [replace(f, name=org.name) if f.name in shorter and not f.explicit else f
                                  for f in self.found if not (f.start == org.start and f.end < org.end)]
                if org is not None and not any(f.start <= org.start < f.end for f in self.found + out):
                    out.append(org)
        return out

    def _column_item(self, head: str, item: str, p: int) -> OrgMention | None:
        """A name cell of a table's first column: under "Chi bộ", the cell seated in the unit the row
        names (in the party organization of the workplace the article is about), else a party
        organization (_figure_item)."""
        if _REST_ROW.fullmatch(item):
            return None  # the bodies the table does not list one by one ("Các chi bộ còn lại"): a plural, no one body
        # (a row may give its body's seat in brackets, "Phòng Giao dịch số 3 (phường X)": where it is, no part of
        # its name)
        item = _SEAT_IN_BRACKETS.sub("", item)
        if head not in CELL_COLUMN_HEADS:
            return self._figure_item(item, p)
        cell = _CELL_AT.match(item)
        if cell and cell["h"] and cell["h"][0].isupper() and not _PARTYORG_AT.match(cell["h"]):
            # a row that names its cell in full ("Chi bộ Khối Nội"): that cell, of the workplace's party
            # organization (where the cell rule read it in the text, its reading stands)
            return OrgMention(p, p + len(item), item, "PartyCell", "organizations.cell_list",
                              parent=self._workplace_party_org(), explicit=False)
        if _PARTYORG_AT.match(item) or cell or not item[0].isupper() or _TABLE_END.match(item):
            return None  # a row that names its body itself, or no unit
        return OrgMention(p, p + len(item), f"Chi bộ {item}", "PartyCell", "organizations.cell_list",
                          parent=self._workplace_party_org(), explicit=False)

    def _figure_item(self, item: str, p: int, utype: str | None = None) -> OrgMention | None:
        rule = "organizations.figure_list"
        if re.match(UNIT, item):
            unit = self._unit(item, p)
            if unit.name is None or unit.end != p + len(item):
                return None
            return self._party_org_of(unit.utype, unit.name, p, rule)
        if _PARTYORG_AT.match(item):
            m = self.partyorg(item, p)
            if m is None or m.end != p + len(item):
                return None
            if m.utype and m.uname and LEVEL.get(m.utype) == "P" and not m.name.startswith(
                    party_org_name(m.utype, m.uname)):
                m = replace(m, parent=party_org_name(m.utype, m.uname))  # a province's agency: in the province's
            return replace(m, rule=rule)
        row = _grammar_row(item)
        if row is not None and row[0]["attaches"] != "party":
            inst = self._institution(item, p)
            if inst is None:
                return None
            iname, utype, uname, _end = inst
            if utype is None and "unit" in row[0]["attaches"]:
                province = self.ctx.province(p)
                if province is None:
                    return None
                iname, utype, uname = f"{iname} {unit_words(*province)}", *province
            up = (utype, uname) if utype and uname and self.ctx.province(p) == (utype, uname) else None
            return OrgMention(p, p + len(item), f"Đảng bộ {iname}", "PartyOrganization", rule, utype, uname,
                              party_org_name(*up) if up else None, f"Đảng ủy {iname}", False)
        below = self.ctx.unit_below(trim_name(item), utype) if re.fullmatch(NAME, item) else None
        return self._party_org_of(below.unit_type, below.name, p, rule) if below is not None else None

    def _party_org_of(self, utype: str, uname: str, p: int, rule: str) -> OrgMention:
        """The party organization of a unit, in the party organization of the unit above it."""
        up = self.ctx.enclosing_of(utype, uname)
        if up is None:
            reg = register()
            units = [u for lv in LEVELS for u in reg.by_name.get((lv, key(uname)), []) if u.unit_type == utype]
            parents = {parent.code: parent for u in units if (parent := reg.parent(u)) is not None}
            known = [u for u in parents.values() if self.ctx.resolve(u.unit_type, p) == (u.unit_type, u.name)]
            up = (known[0].unit_type, known[0].name) if len(known) == 1 else None
        return OrgMention(p, p + len(uname), party_org_name(utype, uname), "PartyOrganization", rule, utype, uname,
                          party_org_name(*up) if up else None, committee_name(utype, uname), False)

    def _party_lists(self, spans: list[tuple[int, int]]) -> list[OrgMention]:
        """One Đảng bộ per bare name in a list of the article's unit's party organizations: the
        unit below that the register has exactly one of by that name, else the name as written."""
        out = []
        main = self.ctx.main_unit()
        for b, e in spans:
            for m in PARTY_LIST.finditer(self.text, b, e):
                if _PLURAL_BODY_UNIT.match(self.text, m.start(), m.start("items") - 1):
                    continue  # "các đảng bộ xã A, B": units of that type (_plural_body_lists)
                for item in _ITEM_NAME.finditer(self.text, m.start("items"), m.end("items")):
                    name, start = trim_name(item["n"]), item.start("n")
                    if any(f.start <= start < f.end for f in self.found):
                        continue
                    unit = self.ctx.unit_below(name)
                    if unit is not None:
                        up = register().parent(unit)
                        out.append(OrgMention(start, start + len(name), party_org_name(unit.unit_type, unit.name),
                                              "PartyOrganization", "organizations.party_list", unit.unit_type,
                                              unit.name, party_org_name(up.unit_type, up.name) if up else None,
                                              committee_name(unit.unit_type, unit.name), False))
                    else:
                        out.append(OrgMention(start, start + len(name), f"Đảng bộ {name}", "PartyOrganization",
                                              "organizations.party_list",
                                              parent=party_org_name(*main) if main else None))
        return out


def find_org_mentions(doc: Doc) -> list[OrgMention]:
    ctx = doc._.context
    if ctx is None:
        ctx = doc._.context = Context(doc_text(doc), sentence_bounds(doc), doc._.place_units,
                                         article_of(doc).issued)
    # the body and the headline (a headline names the article's bodies as the body does)
    spans = list(article_of(doc).body_spans) + title_spans(doc)
    return _youth_unions_as_named(OrgFinder(doc_text(doc), ctx).run(spans))


def _youth_unions_as_named(mentions: list[OrgMention]) -> list[OrgMention]:
    """A unit's youth union written short ("Đoàn phường X") where the article also writes its full name
    ("Đoàn Thanh niên phường X") is that one body, under its full name."""
    full = {m.name for m in mentions if m.name.startswith("Đoàn Thanh niên ")}
    return [replace(m, name=f"Đoàn Thanh niên {m.name[len('Đoàn '):]}")
            if m.kind == "MassOrganization" and m.utype and m.name == f"Đoàn {unit_words(m.utype, m.uname)}"
            and f"Đoàn Thanh niên {m.name[len('Đoàn '):]}" in full else m
            for m in mentions]


def _parents(mentions: list[OrgMention], ctx: Context) -> dict[str, str]:
    """Parent of each organization where the party's structure makes it certain.

    A committee resolved to its unit or institution belongs to that unit's party organization
    (Tỉnh ủy X in Đảng bộ tỉnh X, Đảng ủy Y in Đảng bộ Y), named in the article or not; other
    parents (a board's committee, a grassroots organization's district organization, a village
    cell's commune organization) are kept when the parent is itself named in the article."""
    names = {m.name for m in mentions if m.listed}
    # the bodies whose party organization the article names (through it or its committee)
    party_bodies = {n.split(" ", 2)[2] for n in names if n.startswith(("Đảng ủy ", "Đảng bộ ")) and n.count(" ") >= 2}
    bodies = names | party_bodies
    if CENTRAL_COMMITTEE not in names and any(m.parent == CENTRAL_COMMITTEE for m in mentions) \
            and _CENTRAL_POST.search(ctx.text):
        names.add(CENTRAL_COMMITTEE)  # named by a post in it, which the memberships list it for
    # the party organizations whose committee the article names: they count as named, as parents
    # of the units below the article's own (the highest unit it is about: the frame the article
    # writes from, whose own committee it names without stating where that unit belongs)
    led = {m.parent for m in mentions if m.listed and m.kind == "PartyCommittee" and m.name == m.committee
           and m.utype and m.uname}
    # a committee named as its party organization's executive committee ("Ban Chấp hành Đảng bộ xã X" is the
    # Đảng ủy xã X: Điều lệ Đảng art. 9) counts as named, as the parent of its standing committee
    elected = {m.committee for m in mentions if m.listed and m.rule == "organizations.bch" and m.committee}
    top = ctx.subject("P") or ctx.subject("D") or ctx.subject("C")
    communes = {(u.utype, u.name) for u in ctx.units if u.lvl == "C"}
    stated = _placed_parents(mentions, ctx) | _stated_parents(mentions, ctx.text)
    district = ctx.subject("D") if not ctx.reformed else None  # (the 2025 reform abolished the districts)
    district_org = party_org_name(*district) if district else None
    out: dict[str, str] = {}
    for m in mentions:
        if m.name in stated:
            out.setdefault(m.name, stated[m.name])
            continue
        parent = m.parent
        if m.rule == "organizations.institution_union" and m.name.startswith("Công đoàn"):
            # an institution's trade union is a grassroots unit of the trade unions, in the upper union by their
            # charter (Điều lệ Công đoàn Việt Nam), no part of the institution (which the mention keeps: its
            # posts' "Đảng ủy" is the institution's)
            continue
        if parent is None and m.kind not in _PARTY_KINDS:
            # (a body the article names through its party organization only counts among those it names: of two
            # companies, one named bare and one by its Đảng bộ, a farm's is neither for certain)
            parent = _host_named(m.name, names, rivals=party_bodies)
        if parent is None and m.kind == "StateBody" and m.name.startswith("Công an ") and m.utype \
                and LEVEL.get(m.utype) == "P" and MINISTRY_OF_POLICE in names:
            parent = MINISTRY_OF_POLICE  # a province's police is the ministry's (Luật Công an nhân dân 2018 art. 17)
        if parent is None and m.kind == "MassOrganization" and ctx.reformed:
            parent = _front_of(m, names)
        if parent is None and m.kind == "MassOrganization":
            parent = _mass_parent(m, ctx, names)
        elif parent and parent.startswith("Đoàn Thanh niên ") and parent not in names \
                and f"Đoàn {parent[len('Đoàn Thanh niên '):]}" in names:
            parent = f"Đoàn {parent[len('Đoàn Thanh niên '):]}"  # the commune's union as written: "Đoàn xã X"
        if parent is None and m.kind in ("PartyOrganization", "PartyCell") \
                and m.name.startswith(("Đảng bộ ", "Chi bộ ")):
            # the party organization of a body that is part of another by the force's structure (column
            # within: "Đồn Biên phòng X" of the province's "Bộ đội Biên phòng"), or of a member company
            # of a group the article names the party organization of (party_within), is in that body's
            # (a cell is in the nearest enterprise's grassroots organization: a farm's cell in its company's;
            # a farm's own Đảng bộ is a grassroots organization beside the company's, in their group's)
            body = m.name.split(" ", 2)[2]
            # (of several such bodies, a cell is in the one whose party organization the article names: the
            # province's office now, not a merged province's former one)
            host = _host_named(body, bodies, seated=True) or _host_named(body, party_bodies, "party_within") \
                or _host_named(body, party_bodies, seated=True) if m.kind == "PartyCell" else \
                _host_named(body, party_bodies, "party_within") or _host_named(body, bodies)
            if host is not None:
                out.setdefault(m.name, f"Đảng bộ {host}")
                continue
        if m.kind == "PartyCell" and parent is None and (school := _LOCAL_SCHOOL.match(m.name)):
            # a local school named after a commune the article names is that commune's, and its cell is in the
            # commune's grassroots Đảng bộ ("Chi bộ Trường Tiểu học Vạn Thọ" in an article about phường Vạn
            # Thọ; Điều lệ Đảng art. 21), when the article names that one (see `named` below)
            seats = {(u.utype, u.name) for u in ctx.units if u.lvl == "C"
                     and any(n.endswith(" " + u.name) for n in (school["n"], school["base"]))}
            if len(seats) == 1:
                seat = seats.pop()
                current = ctx.subject("C", current=True)
                # (a ward of that name left in another province is another ward: the 2025 register by province)
                if ctx.reformed and current and register().exists_since_2025(COMMUNE_LEVEL, *current) \
                        and not register().provinces_since_2025(*seat) & register().provinces_since_2025(*current):
                    # a school named after a ward the 2025 reform merged away is the new commune's (the one the
                    # article is about), as its cell is since: the former ward has no party organization
                    seat = current
                parent = party_org_name(*seat)
        if m.kind in ("PartyOrganization", "PartyCell") and parent is None and m.name != PARTY \
                and not m.name.startswith("Chi bộ Ban") and district_org and m.name != district_org:
            # grassroots organizations of the district the article is about
            below = (m.utype in COMMUNE) or (m.utype and LEVEL.get(m.utype) == "D"
                                             and district and m.uname == district[1]) \
                or (m.utype is None and m.kind in ("PartyOrganization", "PartyCell"))
            if below:
                parent = district_org
        if m.kind in ("PartyOrganization", "PartyCell") and m.utype and m.uname and _COMMITTEE_AGENCY.match(m.name):
            # the cell of a committee's board or office is in the party organization of the unit's party
            # agencies (since 2025 "Đảng bộ các cơ quan Đảng", before it the Khối các cơ quan), when named
            where = unit_words(m.utype, m.uname)
            blocs = [f"Đảng bộ {b} {where}" for b in ("các cơ quan Đảng", "Khối các cơ quan", "Khối Các cơ quan")]
            named_bloc = [b for b in blocs if b in names or "Đảng ủy" + b[len("Đảng bộ"):] in names]
            if named_bloc:
                out.setdefault(m.name, named_bloc[0])
                continue
        press = _PRESS_AGENCY.match(m.name) if m.kind in ("PartyOrganization", "PartyCell") else None
        if press is not None:
            # the province's press agency is the committee's since 2025: in its party agencies' organization
            named_bloc = [b for b in (f"Đảng bộ các cơ quan Đảng {w} {press['p']}" for w in ("tỉnh", "thành phố"))
                          if b in names or "Đảng ủy" + b[len("Đảng bộ"):] in names]
            if named_bloc:
                out.setdefault(m.name, named_bloc[0])
                continue
        if m.kind in ("PartyOrganization", "PartyCell") and m.utype and m.uname and _JUDICIAL.match(m.name) \
                and LEVEL.get(m.utype) == "P" and ctx.unit_of(m.utype, m.uname) is None:
            # a province's court's or procuracy's party organization is not the province's own but in that of
            # its agencies: since 2025 the Đảng bộ các cơ quan Đảng, before it the Khối các cơ quan (when named)
            where = unit_words(m.utype, m.uname)
            blocs = [f"Đảng bộ {b} {where}" for b in ("các cơ quan Đảng", "Khối các cơ quan", "Khối Các cơ quan")]
            named_bloc = [b for b in blocs if b in names or "Đảng ủy" + b[len("Đảng bộ"):] in names]
            if named_bloc:
                out.setdefault(m.name, named_bloc[0])
            continue
        if m.kind in ("PartyOrganization", "PartyCell") and m.utype and m.uname and _agency_of_unit(m.name):
            # a sở's party organization is in that of the unit's agencies: since 2025 the Đảng bộ
            # Ủy ban nhân dân, before it the Đảng bộ Khối các cơ quan (when the article names it)
            where = unit_words(m.utype, m.uname)
            blocs = [f"Đảng bộ {b} {where}" for b in ("Ủy ban nhân dân", "Khối các cơ quan", "Khối Các cơ quan")]
            named_bloc = [b for b in blocs if b in names or "Đảng ủy" + b[len("Đảng bộ"):] in names]
            parent = named_bloc[0] if named_bloc else None
            if parent:
                out.setdefault(m.name, parent)
            continue
        if m.kind == "PartyOrganization" and m.name.startswith("Đảng bộ Công an ") and m.utype and m.uname \
                and LEVEL.get(m.utype) != "P":
            # the police has been led vertically since 2019: a district's police party organization
            # is in the province police's when the article names that one; else the district's
            up = ctx.enclosing_of(m.utype, m.uname) or ctx.province(m.start)
            police = f"Đảng bộ Công an {unit_words(*up)}" if up else None
            if police in names or police and "Đảng ủy" + police[len("Đảng bộ"):] in names:
                out.setdefault(m.name, police)
                continue
        new_commune = False
        if m.kind == "PartyOrganization" and parent is None and m.utype and m.uname:
            # a district's (commune's) party organization in its province's (district's), when named
            up = ctx.enclosing_of(m.utype, m.uname)
            since_2025 = ctx.province_since_2025(m.utype, m.uname, m.start)
            if since_2025 is not None and party_org_name(*since_2025) in names:
                # in an article since the 2025 reform a commune is right below its province (the
                # 2025 register's): in the province's party organization, which the article names
                parent, new_commune = party_org_name(*since_2025), True
            elif up is not None:
                parent = party_org_name(*up)
                # a commune of the 2025 register has no district: in a known province, it is in
                # that province's organization
                unit = ctx.unit_of(m.utype, m.uname)
                new_commune = unit is not None and unit.level == "commune" and unit.since_2025 \
                    and ctx.province(m.start) == up
            elif m.utype in COMMUNE and ctx.is_new_commune(m.utype, m.uname, m.start):
                # a commune made in the 2025 reform has no district: in the province's organization
                province = ctx.province(m.start)
                assert province is not None  # is_new_commune holds only in a known province
                parent, new_commune = party_org_name(*province), True
        if m.kind == "PartyCell" and parent is None and m.utype in COMMUNE and m.uname \
                and ctx.text.startswith("Chi bộ", m.start):
            # the cell of a commune's body (its police, military, school: "Chi bộ Công an xã X") is in the
            # commune's grassroots Đảng bộ (Điều lệ Đảng art. 21: a commune's Đảng bộ holds the cells of the
            # bodies seated in it), when the article names that one (a cell named as such: "chi bộ Công an
            # xã" in lower case is a kind of cell)
            parent = party_org_name(m.utype, m.uname)
        if parent and parent not in names and parent.startswith("Đảng bộ ") \
                and f"Đảng bộ Khối {parent[len('Đảng bộ '):]}" in names:
            parent = f"Đảng bộ Khối {parent[len('Đảng bộ '):]}"  # the bloc's, as the article names it
        certain = new_commune or m.kind == "PartyCommittee" and m.name == m.committee and parent is not None \
            and m.rule in ("organizations.committee", "organizations.danguy") and (m.uname or m.utype is None) \
            or m.rule in ("organizations.cell_number", "organizations.faculty", "organizations.figure_list",
                          "organizations.cell_list") \
            and parent is not None \
            or m.rule == "organizations.cell" and parent is not None and _VILLAGE_CELL.match(m.name) \
            and (len(communes) == 1 or _COMMUNE_AFTER.match(ctx.text, m.end)) \
            or m.rule == "organizations.cell" and parent is not None \
            and m.name[len("Chi bộ "):].startswith(_COMMUNE_BODY_NAMED) \
            or m.rule == "organizations.partyorg" and m.utype and m.uname \
            and parent == party_org_name(m.utype, m.uname) \
            and _directly_under_unit(m.name)
        # a party organization counts as named when its committee is ("Đảng ủy X": of Đảng bộ X,
        # "Tỉnh ủy X": of Đảng bộ tỉnh X)
        named = parent in names or parent in led and (m.utype, m.uname) != top \
            or m.kind == "StandingCommittee" and parent in elected \
            or parent is not None and parent.startswith("Đảng bộ ") and "Đảng ủy" + parent[len("Đảng bộ"):] in names
        if parent and parent != m.name and (certain or named):
            out.setdefault(m.name, parent)
    # a unit of a workplace ("Khoa Nhi", "Điện lực Mai Châu", "Phân xưởng Vận hành 2") is in the workplace
    # whose party organization its cell is in: a cell is seated in each unit of a workplace (Điều lệ Đảng
    # art. 21), so the cells of a workplace's Đảng bộ are its units'
    for m in mentions:
        cell_in = out.get(f"Chi bộ {m.name}", "")
        host = cell_in[len("Đảng bộ "):] if cell_in.startswith("Đảng bộ ") else None
        if host in bodies and host != m.name and m.parent is None and m.name not in out \
                and m.kind not in _PARTY_KINDS and _workplace_of_units(host) and not _own_level(m.name) \
                and not (m.utype and m.uname and m.rule == "organizations.institution"):
            # (a body named with its own unit, "Bưu điện huyện X", is that unit's, though its cell is in the
            # province body's Đảng bộ)
            out[m.name] = host
    return out


# the cell of a school that the local government runs (a preschool, a primary or lower-secondary school, boarding ones
# too: Luật Giáo dục 2019 art. 28; since 2025 the commune's, Nghị định 142/2025/NĐ-CP), not an upper-secondary
# school (the province's Sở Giáo dục); a numbered school is named after its commune too ("Trường Tiểu học X 2")
_LOCAL_SCHOOL = re.compile(r"Chi bộ (?P<n>(?P<base>Trường (?:Mầm non|Tiểu học|THCS|Trung học cơ sở|PTDTBT|Phổ thông"
                             r" dân tộc bán trú|Mẫu giáo) .+?)(?P<num> \d{1,2})?)$")  # (base: the name, its number off)


# a sentence opening "Tại" a body, then its bare cell: "Tại Công ty X, chi bộ ..." (OrgFinder._cells_of_named_units)
_AT_UNIT_BEFORE = re.compile(r"(?:^|\n|[.!?:] )Tại $")
_BARE_CELL_AFTER = re.compile(rf", (?P<c>chi bộ)(?![{LETTER}])(?! [{UPPER}\d])")


def _workplace_of_units(name: str) -> bool:
    """A workplace, not a unit of government: an agency, enterprise or public-service unit of the grammar
    (not a unit's People's Committee or council, whose party organization hosts its agencies' cells)."""
    row = _grammar_row(name)
    return row is not None and row[0]["attaches"] != "party" and not _UNIT_GOVERNMENT.match(name) \
        and not name.startswith(("UBND", "HĐND"))


def _own_level(name: str) -> bool:
    """A regional court, procuracy or branch ("Tòa án nhân dân khu vực 5 - X"): a body of a level of its own,
    whose cell a province's body hosts, no unit of that body."""
    row = _grammar_row(name)
    return row is not None and row[0]["attaches"] == "region"


# "Đảng bộ xã A trực thuộc Đảng bộ tỉnh B", "Đồn Biên phòng C thuộc Bộ đội Biên phòng tỉnh D", "Đảng bộ E
# là đảng bộ cơ sở trực thuộc Đảng bộ Khối F": the text states where a body belongs (Điều lệ Đảng: an
# organization is under the one it is "trực thuộc"; its level, "cơ sở" or "cấp trên cơ sở", may be said)
# (or in brackets: "Cục Thuế tỉnh X (thuộc Tổng cục Thuế)", "Chi bộ Y (trực thuộc Đảng bộ Z)")
# (a cell called by its common noun in between: "Chi bộ cơ quan trực thuộc Đảng bộ Z", the agency's cell)
# (or after the passive of its founding, then a comma, "X được kiện toàn, trực thuộc Y"; or in an apposition set
# off by dashes, "X - đơn vị trực thuộc Y -")
_BELONGS = re.compile(r"(?: (?:được|đã được|vừa được) (?:thành lập|kiện toàn)(?: mới)?,)?(?:,? | \(| cơ quan,? | - )"
                      r"(?:(?:là )?(?:đơn vị|tổ chức cơ sở đảng|(?:đảng bộ|chi bộ)(?: cấp trên)?(?: cơ sở)?) )?"
                      r"(?:trực thuộc|thuộc) ")
_PARTY_KINDS = ("PartyOrganization", "PartyCommittee", "PartyCell")
_PRIME_MINISTER_BEFORE = re.compile(r"Thủ tướng $")
_JUDICIAL = re.compile(r"(?:Chi bộ|Đảng bộ) (?:Tòa án nhân dân|Viện Kiểm sát nhân dân) ")
MINISTRY_OF_POLICE = "Bộ Công an"
# a post in the Central Committee ("Ủy viên Trung ương Đảng", "Tổng Bí thư": roles.tsv, the posts that
# name it as their organization)
_CENTRAL_POST = re.compile("|".join(
    rf"{re.escape(r['surface'])}(?![{LETTER}])" for r in sorted(table("roles.tsv"), key=lambda r: -len(r["surface"]))
    if r["org"] == f"={CENTRAL_COMMITTEE}"))
# a party organization seated in a committee's board or office: "Chi bộ Ban Tổ chức Tỉnh ủy X"
# (or in its school of politics, a public-service unit of the provincial committee by Quy định 09-QĐ/TW
# of 2018 on the provinces' schools of politics: "Đảng bộ Trường Chính trị tỉnh X")
_COMMITTEE_AGENCY = re.compile(rf"(?:Chi bộ|Đảng bộ) (?:(?:Ban (?:{'|'.join(BOARD_TYPES)})|Ủy ban Kiểm tra|Văn phòng) "
                               rf"{alt(*COMMITTEE_UNIT)} {UY}|Trường Chính trị tỉnh )")

# the party organization of a province's press agency, its newspaper and its radio and television merged
# in 2025 and named after the province: "Đảng bộ Báo và Phát thanh, Truyền hình X"
_PRESS_AGENCY = re.compile(r"(?:Chi bộ|Đảng bộ) Báo và Phát thanh, Truyền hình (?P<p>.+)$")


def _stated_parents(mentions: list[OrgMention], text: str) -> dict[str, str]:
    """The parents the text states: a body, then "(trực) thuộc", then the body it belongs to; a
    party body belongs to a party body, any other body to a body that is not a party one."""
    out: dict[str, str] = {}
    founders: dict[str, str] = {}
    for i, (a, b) in enumerate(zip(mentions, mentions[1:])):
        if a.listed and b.listed and a.name != b.name and b.name != PARTY \
                and (a.kind in _PARTY_KINDS) == (b.kind in _PARTY_KINDS) \
                and _BELONGS.fullmatch(text, a.end, b.start) \
                and not (i and _FOUNDED_BY.fullmatch(text, mentions[i - 1].end, a.start)):
            # "Đảng bộ X trực thuộc Tỉnh ủy Y": led by the committee, in the committee's party organization
            # (not the issuer of the decision that founded the body before it: "... của Đảng ủy xã Y, trực thuộc Z" is
            # where that body belongs, next)
            up = b.parent if a.kind != "PartyCommittee" and b.kind == "PartyCommittee" and b.parent else b.name
            out.setdefault(a.name, up)
        elif a.listed and b.listed and a.name != b.name and a.kind in _PARTY_KINDS and b.kind in _PARTY_KINDS \
                and a.kind != "PartyCommittee" and b.kind != "PartyCommittee" \
                and _SUBJECT_START.search(text, max(0, a.start - 2), a.start) \
                and (gap := _BELONGS_LATER.fullmatch(text, a.end, b.start)) and not _PARTY_WORD.search(gap[0]):
            # "Chi bộ X được thành lập tháng 3/2025, trực thuộc Đảng bộ Y": the sentence's subject, then a clause
            # about it, then where it belongs
            out.setdefault(a.name, b.name)
        founded = a.listed and a.kind in ("PartyOrganization", "PartyCell") and b.kind == "PartyCommittee" \
            and _FOUNDED_BY.fullmatch(text, a.end, b.start)
        if founded and b.listed and b.parent and b.parent.startswith("Đảng bộ ") and b.parent != a.name:
            # X founded by a decision of committee Y (the issuer after "của"): the committee that founded it is the
            # one directly above it (Điều lệ Đảng art. 22), unless the sentence goes on to say where X belongs (next:
            # ", trực thuộc Z", ", là chi bộ trực thuộc Z", any wording of _BELONGS)
            founders.setdefault(a.name, b.parent)
        if founded and _SUBJECT_START.search(text, max(0, a.start - 2), a.start):
            # "Đảng bộ X được thành lập theo Quyết định số 214-QĐ/ĐU ngày 3/7/2025 của Đảng ủy Y, trực thuộc Đảng
            # bộ Z": the decision's issuer is a clause about X; the sentence goes on about X to where it belongs
            stated = next((c for c in mentions[i + 2:i + 3]
                           if c.listed and c.kind in ("PartyOrganization", "PartyCommittee") and c.name != a.name
                           and _BELONGS.fullmatch(text, b.end, c.start)),
                          None)
            if stated is not None:
                committee_of = stated.parent if stated.kind == "PartyCommittee" else None
                out.setdefault(a.name, committee_of or stated.name)
        founder = a.parent if a.kind == "PartyCommittee" and (a.parent or "").startswith("Đảng bộ ") \
            else a.name if a.kind == "PartyOrganization" else None
        if founder and b.listed and b.kind in ("PartyOrganization", "PartyCell") and b.name != founder \
                and _FOUNDS.fullmatch(text, a.end, b.start):
            # "Đảng ủy xã X công bố quyết định thành lập Chi bộ Công ty Y": the committee that founds a party
            # organization is its superior, the one directly above it (Điều lệ Đảng art. 22), unless the text
            # says where it belongs (Y, then ", trực thuộc" Z)
            founders.setdefault(b.name, founder)
    for i, a in enumerate(mentions):
        # "Đảng bộ X có 9 chi bộ trực thuộc, gồm ... chi bộ Công an xã, chi bộ Y" or ", trong đó ... . Chi bộ Z có
        # 27 đảng viên": the cells the text names next, in its paragraph, before it names another party body,
        # are among those X counts (Điều lệ Đảng art. 21: a grassroots Đảng bộ holds its cells)
        if not (a.listed and a.kind == "PartyOrganization" and _HOLDS_CELLS.match(text, a.end)):
            continue
        end = text.find("\n", a.end) % (len(text) + 1)  # (the paragraph's end; the text's when it has no other)
        for b in mentions[i + 1:]:
            if b.start >= end or b.kind in ("PartyOrganization", "PartyCommittee") and b.listed \
                    and b.committee != a.committee:
                break
            if b.kind == "PartyCell" and b.listed and b.explicit:
                out.setdefault(b.name, a.name)
    for said in _BARE_CELL_BELONGS.finditer(text):
        # "Chi bộ trực thuộc Đảng bộ Y.", "..., chi bộ sinh hoạt trực thuộc Đảng bộ Y": the bare cell is the article's
        # own, the one it last named as such ("Chi bộ X", not a cell told of in passing, "chi bộ X")
        body = next((m for m in mentions if m.start == said.end() and m.listed
                     and m.kind in ("PartyOrganization", "PartyCommittee")), None)
        cells = [m for m in mentions if m.listed and m.explicit and m.kind == "PartyCell" and m.end <= said.start("c")]
        cells = [m for m in cells if text.startswith("Chi bộ", m.start)] or cells
        if body is not None and cells:
            above = body.parent if body.kind == "PartyCommittee" else body.name
            if above and above != cells[-1].name:
                out.setdefault(cells[-1].name, above)
    for i, b in enumerate(mentions):
        # "Chi bộ X hiện có 38 đảng viên, là một trong 24 chi bộ trực thuộc Đảng bộ Y": X, the party
        # body of that kind its sentence is about, belongs to Y
        one_of = _ONE_OF_BEFORE.search(text, max(0, b.start - 60), b.start) if b.listed and b.kind in _PARTY_KINDS \
            else None
        if one_of is None:
            continue
        kind = "PartyCell" if one_of["k"].lower() == "chi bộ" else "PartyOrganization"
        subject = next((a for a in reversed(mentions[:i]) if a.listed and a.end <= one_of.start()
                        and a.kind == kind and a.name != b.name), None)
        if subject is not None and not _SENTENCE_END.search(text, subject.end, one_of.start()):
            out.setdefault(subject.name, b.name)
    return founders | out  # (a parent the text states beats the committee that founded the body)


# a unit written right after a unit's party organization: "Đảng bộ xã A, huyện B", "Đảng bộ xã A (huyện B)"
_PLACED_AFTER = re.compile(r", | \(")


def _placed_parents(mentions: list[OrgMention], ctx: Context) -> dict[str, str]:
    """The party organization of a unit the text places in the unit one level up ("Đảng bộ xã A, huyện B",
    "Đảng bộ huyện B (tỉnh C)") is in that unit's party organization: the party's levels follow the
    administrative units (Điều lệ Đảng art. 11: a commune's Đảng bộ under its district's, a district's under
    its province's). Only in an article before the 2025 reform, which abolished the districts: since, "xã A,
    huyện B" tells where A was, and a district's party organization is a former one."""
    out: dict[str, str] = {}
    if ctx.reformed:
        return out
    for m in mentions:
        utype, uname = m.utype, m.uname
        if not (utype and uname and m.explicit and m.name == (own := party_org_name(utype, uname))):
            continue
        gap = _PLACED_AFTER.match(ctx.text, m.end)
        up = ctx.unit_at(gap.end()) if gap else None
        if up is None:
            continue
        unit = ctx.unit_of(utype, uname)  # (a district's city: "thành phố" is a province's word too)
        level = "D" if unit is not None and unit.level == "district" else LEVEL.get(utype)
        if (level, up.lvl) in (("C", "D"), ("D", "P")):
            out.setdefault(own, party_org_name(up.utype, up.name))
    return out


# a party body, then its founding of another: "tổ chức lễ công bố quyết định thành lập", "đã thành lập"
_FOUNDS = re.compile(r" (?:đã |vừa )?(?:tổ chức (?:lễ )?|ra |ban hành )?(?:công bố )?(?:[Qq]uyết định )?(?:số [^ ]+ )?"
                     r"(?:về việc |về )?thành lập ")
# a body opening its sentence, a clause about it, then ", trực thuộc" the body it belongs to (no other body
# between: "Đảng ủy xã giao chỉ tiêu cho các chi bộ trực thuộc ..." states nothing of the committee)
_SUBJECT_START = re.compile(r"(?:^|\n|[.!?] )$")
# the decision that founded a party body, and its issuer: "(được) thành lập theo Quyết định số ... của" (Điều lệ Đảng
# art. 22: the committee directly above founds a grassroots organization)
_FOUNDED_BY = re.compile(r" (?:được |đã được )?thành lập theo [Qq]uyết định [^.;:()\n]{0,60} của ")
_BELONGS_LATER = re.compile(r" [^.;:()\n]{1,60}, trực thuộc ")
_PARTY_WORD = re.compile(r"(?<![^\W\d_])(?:[Cc]hi bộ|[Đđ]ảng bộ|[Đđ]ảng ủy|[Đđ]ảng uỷ|tổ chức)(?![^\W\d_])")
# "là một trong 24 chi bộ trực thuộc": a body counted among those under another
_ONE_OF_BEFORE = re.compile(r"(?<![^\W\d_])(?:là )?một trong (?:\d+ |các |những |số )?(?P<k>[Cc]hi bộ|[Đđ]ảng bộ)"
                            r"(?: cơ sở)? (?:trực thuộc|thuộc) $")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
# a party organization, then the count of the cells it holds: "Đảng bộ X có 9 chi bộ", "(hiện) có 27 chi bộ trực thuộc"
_HOLDS_CELLS = re.compile(r" (?:hiện |nay )?có (?:\d+|[a-zđ]+(?: [a-zđ]+)?) chi bộ(?![^\W\d_])")
# a bare cell opening a sentence or a clause, then where it belongs: "Chi bộ trực thuộc Đảng bộ Y"
# (or "Đây là một chi bộ thuộc Đảng bộ Y": "this", the cell the text has just named)
_BARE_CELL_BELONGS = re.compile(r"(?:^|\n|[.!?:,] )(?:[Đđ]ây là (?:một )?)?(?P<c>[Cc]hi bộ)(?: sinh hoạt)? "
                                r"(?:trực thuộc|thuộc) ")


# the socio-political organizations, each in the Fatherland Front committee of its unit since the 2025
# reorganisation of the political system (Kết luận 177-KL/TW and the amended Luật Mặt trận Tổ quốc Việt Nam,
# from 1 July 2025: "tổ chức trực thuộc Ủy ban Mặt trận Tổ quốc Việt Nam")
# ("Đoàn Thanh niên" also opens the union's full name)
_FRONT_MEMBERS = re.compile(r"(?:Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội Cựu chiến binh|Đoàn Thanh niên"
                            r"|Liên đoàn Lao động) ")
FRONT = "Ủy ban Mặt trận Tổ quốc Việt Nam"


def _front_of(m: OrgMention, names: set[str]) -> str | None:
    """A socio-political organization of a unit, in an article since the 2025 reorganisation: in its unit's
    Front committee, when the article names that one."""
    if not (m.utype and m.uname and _FRONT_MEMBERS.match(m.name)):
        return None
    where = unit_words(m.utype, m.uname)
    front = f"{FRONT} {where}"
    return front if m.name.endswith(" " + where) and front in names else None


_YOUTH_COMMITTEE_WORD = {utype: word.capitalize() for word, utype in COMMITTEE_UNIT.items()}


def _mass_parent(m: OrgMention, ctx: Context, names: set[str] | frozenset[str] = frozenset()) -> str | None:
    """A mass organization of a unit is in the same organization of the unit above it ("Hội Nông
    dân xã X" in "Hội Nông dân huyện Y", "Huyện đoàn Y" in "Tỉnh đoàn Z": the associations' and
    the Đoàn's charters), kept when the article names that one. A commune's youth union ("Đoàn xã
    X", "Đoàn Thanh niên xã X") is in its district's, which the Đoàn calls by its committee's short
    name ("Huyện đoàn Y", "Thành đoàn Z"): that form when the article writes it so."""
    if not (m.utype and m.uname):
        return None
    # (since the 2025 reform a commune is right below its province, as the associations' units are)
    since_2025 = ctx.province_since_2025(m.utype, m.uname, m.start)
    if since_2025 is not None and m.name.startswith(FRONT):
        return None  # (a new commune's Front committee: no parent, as the gold sets since 2025 read it)
    up = since_2025 or ctx.enclosing_of(m.utype, m.uname)
    if up is None:
        return None
    where = unit_words(m.utype, m.uname)
    if m.name.endswith(" " + where):
        if since_2025 is None and m.name.startswith("Đoàn ") and up[0] in _YOUTH_COMMITTEE_WORD:
            youth_committee = f"{_YOUTH_COMMITTEE_WORD[up[0]]} đoàn {up[1]}"
            if youth_committee in names:
                return youth_committee
        return f"{m.name[:-len(where)]}{unit_words(*up)}"
    if re.fullmatch(rf"(?:Tỉnh|Thành|Huyện|Quận|Thị) đoàn {re.escape(m.uname)}", m.name) \
            and up[0] in _YOUTH_COMMITTEE_WORD:
        return f"{_YOUTH_COMMITTEE_WORD[up[0]]} đoàn {up[1]}"
    return None


def _names_one_body(found: tuple[dict, int], head: str) -> bool:
    """Whether `head`, read by its grammar row `found` (row, the head word's end), names one particular
    body without a unit after it: its row's name follows the head word (a field, a title, a part, a
    region's number), or its field ends it ("Trường Đại học Kinh tế")."""
    return (found[0]["attaches"] in ("field", "title", "part", "region")
            or _FIELD_LAST_RX.fullmatch(head[found[1]:].lstrip()) is not None)


def post_body_parent(m: OrgMention, names: set[str]) -> str | None:
    """The parent of a body named only by a post's title: a police or command department's ("Phó Trưởng phòng Tổ
    chức cán bộ Công an tỉnh X") its force, as for a department named on its own (OrgFinder.department), when the
    article names that force; a workplace's unit's its workplace (below)."""
    department = _DEPARTMENT_AT.fullmatch(m.name)
    if department is not None:
        return department["h"] if department["h"] in names else None
    # a workplace's unit named by a post ("Trưởng Khoa Nội", "Quản đốc Phân xưởng Khai thác 6") whose cell the article
    # names, in an article about one workplace's party organization (the workplace named too: named only through
    # its party organization, it is left alone, g), is that workplace's: a cell is seated in each unit of a
    # workplace (Điều lệ Đảng art. 21), as _parents reads a unit named on its own
    if m.kind in _PARTY_KINDS or f"Chi bộ {m.name}" not in names or _own_level(m.name):
        return None
    hosts = {host for n in names if n.startswith(("Đảng bộ ", "Đảng ủy ")) and (host := n.split(" ", 2)[2]) in names
             and host != m.name and _workplace_of_units(host)}
    return hosts.pop() if len(hosts) == 1 else None


_UNIT_WORD_ENDINGS = tuple(f" {word}" for word in LEVEL)


def _host_named(name: str, names: set[str], column: str = "within", seated: bool = False,
                rivals: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The body a grammar row's body is part of (column `within`: "Đồn Biên phòng X" is a post of
    its province's "Bộ đội Biên phòng"; `party_within`: the enterprise whose party organization is
    above this one's), when the article names exactly one such body of the nearest kind it names (`seated`: the
    body seats a cell, whose host may be told by the seat in its name)."""
    found = _grammar_row(name)
    heads = found[0].get(column, "").split("|") if found else []
    regional = found is not None and found[0]["attaches"] == "region"
    for head in heads:  # (nearest first: a farm's company before the company's corporation)
        if not head:
            continue  # (an empty head, a row with no host of its kind, names no host)
        # (a regional branch is in the national department, named as such: "Cục Hải quan", no unit)
        # (or a province's body, the head ending with its unit word: "Bộ Chỉ huy Quân sự tỉnh")
        named_as_head = regional and not head.endswith(_UNIT_WORD_ENDINGS)
        hosts = {n for n in names if (n == head if named_as_head else n.startswith(head + " ")) and n != name}
        if seated and regional and len(hosts) > 1 and " - " in name:
            # a regional body named with its province after the dash ("Tòa án nhân dân khu vực 4 - Hưng Yên", the
            # names Nghị quyết 81/2025/UBTVQH15 gives them): its cell is in that province's body's party
            # organization, of the bodies the article names
            seat = name.rsplit(" - ", 1)[1]
            hosts = {n for n in hosts if n.endswith(" " + seat)} or hosts
        if hosts and not named_as_head and any(n.startswith(head + " ") and n not in hosts and n != name
                                               for n in rivals):
            return None  # (another such body named otherwise: the article names more than one)
        if hosts:
            return hosts.pop() if len(hosts) == 1 else None
    return None


_COMMUNE_PARTY_ORG = re.compile(rf"Đảng bộ (?P<u>{COMMUNE_RE}) (?P<n>.+)")
# a cell named by a department of its workplace alone, the workplace left to the article
_DEPARTMENT_CELL = re.compile(rf"Chi bộ (?:Văn phòng|Phòng {CAPSYL}(?: [{LETTER}\d-]+)*)")


def party_org_parent(doc: Doc, name: str) -> str | None:
    """The parent of a party organization named only through its committee ("Đảng ủy Công an
    tỉnh X" read, "Đảng bộ Công an tỉnh X" used by another component): the unit's party
    organization when the structure makes it certain (see _directly_under_unit); since the 2025
    reform, a commune's: its province's, when the article names that one (as in _parents)."""
    if _DEPARTMENT_CELL.fullmatch(name):
        # a department's cell ("Chi bộ Văn phòng", "Chi bộ Phòng Kiểm tra thuế số 2") read by another component is in
        # the grassroots Đảng bộ of the one workplace whose party organization the article names (Điều lệ Đảng
        # art. 21: the cells of an agency's units are its Đảng bộ's)
        hosts = {m.name for m in doc._.org_mentions or [] if m.listed and m.kind == "PartyOrganization"
                 and m.name.startswith("Đảng bộ ") and _workplace_of_units(m.name[len("Đảng bộ "):])}
        return hosts.pop() if len(hosts) == 1 else None
    commune = _COMMUNE_PARTY_ORG.fullmatch(name)
    if commune and doc._.context is not None:
        province = doc._.context.province_since_2025(commune["u"], commune["n"], 0)
        parent = party_org_name(*province) if province else None
        named = any(m.name == parent and m.listed for m in doc._.org_mentions or []) \
            or any(o.name == parent for o in doc._.extraction.organizations)
        return parent if named else _enclosing_party_org(doc, name)
    if _UNIT_PARTY_ORG.fullmatch(name):
        return _enclosing_party_org(doc, name)
    if not name.startswith("Đảng bộ ") or not _directly_under_unit(name):
        return None
    for m in doc._.org_mentions or []:
        if m.parent == name and m.kind == "PartyCommittee" and m.utype and m.uname:
            return party_org_name(m.utype, m.uname)
    return None


# a unit's party organization: "Đảng bộ xã X", "Đảng bộ huyện Y", "Đảng bộ Phường 3"
_UNIT_PARTY_ORG = re.compile(rf"Đảng bộ (?P<u>{UNIT}) (?P<n>.+)")


def _enclosing_party_org(doc: Doc, name: str) -> str | None:
    """A unit's party organization read only by another component (a commune's figures in a list:
    "Xã A: kết nạp 7 đảng viên") is in the party organization of the unit the register places it in
    (Điều lệ Đảng: the party's levels follow the administrative units), kept when the article names
    that organization or its committee, as _parents keeps it for the ones this component reads
    (a committee that only leads the article's own top unit does not count)."""
    found, ctx = _UNIT_PARTY_ORG.fullmatch(name), doc._.context
    if found is None or ctx is None:
        return None
    utype = unit_type(found["u"])
    up = ctx.enclosing_of(utype, found["n"])
    if up is None:
        # a unit named only by its bare name in a list of the article's unit's figures ("các đảng bộ xã: A 5;
        # B 4"): the register's one of that name right below the unit the article is about (its place too)
        below = ctx.unit_below(found["n"])
        above = register().parent(below) if below is not None and below.unit_type == utype else None
        up = (above.unit_type, above.name) if above is not None else None
    if up is None:
        return None
    parent = party_org_name(*up)
    mentions = [m for m in doc._.org_mentions or [] if m.listed]
    top = ctx.subject("P") or ctx.subject("D") or ctx.subject("C")
    named = any(m.name in (parent, "Đảng ủy" + parent[len("Đảng bộ"):]) for m in mentions) \
        or (utype, found["n"]) != top and any(m.kind == "PartyCommittee" and m.name == m.committee
                                              and m.parent == parent for m in mentions)
    return parent if named and parent != name else None


# the words after a party organization's head that name a part of its host, not a body of its own (Điều lệ Đảng
# art. 21: a cell in each unit of a workplace and each residential area): a numbered cell or department ("Chi bộ 5",
# "Phòng 2"), a village or quarter of a commune ("Tổ 3", "khối 7", "Hưu trí thôn X"), a university's faculty or
# students, the kind word alone for the article's one workplace ("Đảng bộ Trường")
_HOST_PART = re.compile(rf"(?:\d{{1,3}}|{NUMBERED_DEPARTMENT}|{SUBUNIT}|{QUARTER}|{RETIREES}|{FACULTY}|{STUDENTS}"
                        rf"|{SHORT_KIND})")
_NAME_AFTER_TITLE = re.compile(rf" [{LOWER}]+ (?:.* )?(?<![-,] )[{UPPER}]")
_SECOND_FIELD_END = re.compile(rf"{_SECOND_FIELD}$")
_PARTY_HEAD = re.compile(r"(?:(?:Chi bộ|Đảng bộ|Đảng ủy)(?: cơ sở)?|Chi đoàn|Công đoàn cơ sở)(?: |$)")


def _named_by_host(m: OrgMention) -> bool:
    """The name identifies the body only within its host: no unit, and after the party head nothing (a bare
    "Công đoàn cơ sở"), a part of the host (_HOST_PART), a unit of a workplace written as a common noun ("Văn
    phòng", "Phòng Kinh doanh": _titled_cell's test), or a grammar row that names a part of a host, an enterprise's
    production unit (attaches part), a bloc or a unit's department or agency named without its unit (attaches
    party, unit|none: "Chi bộ Phòng Tư pháp"). Each host has one: the
    graph keys such a body by its host (rdf.mapping.org_key)."""
    head = _PARTY_HEAD.match(m.name)
    if m.utype or head is None:
        return False
    rest = m.name[head.end():]
    row = _grammar_row(rest)
    if row is not None:
        # (attaches unit|none: a unit's department or agency, "Phòng Tư pháp", one in each unit: written with no
        # unit, its host's)
        return row[1] == len(rest) and row[0]["attaches"] in ("part", "party", "unit|none") or rest in SHORT_KINDS
    if not rest or _HOST_PART.fullmatch(rest):
        return True
    # a cell's workplace unit written as a common noun (a Đảng bộ so named is a body of the state: "Đảng bộ Chính
    # phủ"), with no proper name after its lower-case words ("Chi bộ Hải quan cửa khẩu X" is X's); a second field
    # joined by "và" opens on a capital as the department's title does ("Phòng Kế hoạch và Tài chính"), no name
    return m.name.startswith(("Chi bộ", "Chi đoàn")) and _CELL_TITLE_RX.fullmatch(rest) is not None \
        and _NAME_AFTER_TITLE.search(_SECOND_FIELD_END.sub("", rest)) is None


def _agency_of_unit(name: str) -> bool:
    """"Đảng bộ Sở Y tế tỉnh X", "Chi bộ Sở Tư pháp": the party organization of a unit's agency
    (a grammar row that may stand without its unit)."""
    rest = name.split(" ", 2)[2] if name.count(" ") >= 2 else ""
    found = _grammar_row(rest)
    return found is not None and "none" in found[0]["attaches"]


def _directly_under_unit(name: str) -> bool:
    """A bloc's party organization (and the one of a province's industrial parks or economic zones),
    or that of an agency the grammar table attaches to a unit only (Công an, Bộ Chỉ huy Quân sự ...),
    is directly under the unit's party organization; a school's or hospital's may be under a bloc or
    an agency's, so it is not certain."""
    rest = name.split(" ", 2)[2] if name.count(" ") >= 2 else ""
    if rest.lower().startswith(("khối", "các cơ quan", "các khu công nghiệp", "các khu kinh tế")):
        return True
    found = _grammar_row(rest)
    return found is not None and found[0]["attaches"] in ("unit", "unit|national")


def _list_known_places(doc: Doc, ctx: Context, mentions: list[OrgMention]) -> None:
    """A unit the text does not name, known from the register, to which a body was resolved,
    is listed among the places too (gold conventions)."""
    places = doc._.extraction.places
    have = {p.code for p in places if p.code}
    for unit in ctx.known_used.values():
        used = [m for m in mentions if not m.explicit and (m.utype, m.uname) == (unit.unit_type, unit.name)
                and in_body(doc, m.start, m.end)]
        if not used or unit.code in have:
            continue
        parent = register().parent(unit)
        places.append(Place(label=unit.label, unit_type=unit.unit_type, name=unit.name, code=unit.code,
                            parent=parent.label if parent else None, parent_code=parent.code if parent else None,
                            evidence=[evidence_for(doc, used[0].start, used[0].end, "organizations.register")]))


# an enterprise's governing board, "Hội đồng quản trị" of a joint-stock company or "Hội đồng thành viên" of a limited
# one (Luật Doanh nghiệp 2020 art. 55, 79, 153), is an organ of the company: naming it names the company
_GOVERNING_BOARD = ("Hội đồng quản trị ", "Hội đồng thành viên ")


def _boards_enterprises(mentions: list[OrgMention]) -> list[OrgMention]:
    """The enterprise of each governing board named, where the article names it only inside the names of its
    bodies ("Chủ tịch Hội đồng quản trị Công ty" after "Đảng ủy Công ty X")."""
    names = {m.name for m in mentions if m.listed}
    out: list[OrgMention] = []
    for m in mentions:
        if m.listed and m.rule == "organizations.institution_union" and m.name.startswith(_GOVERNING_BOARD) \
                and m.parent and m.parent not in names:
            row = _grammar_row(m.parent)
            kind = row[0]["kind"] if row is not None else "OtherOrganization"
            out.append(OrgMention(m.start, m.end, m.parent, kind, "organizations.institution", explicit=False))
            names.add(m.parent)
    return out


def find_organizations(doc: Doc) -> Doc:
    mentions = find_org_mentions(doc)
    doc._.org_mentions = mentions
    # the same mentions as spans (label: the kind, kb_id: the resolved name) for spaCy users
    record_spans(doc, "organizations", [m for m in mentions if m.listed], label="kind", kb_id="name")
    ctx = doc._.context
    parents = _parents(mentions, ctx)
    # (added after the parents are settled: the enterprise named only through its board is the board's parent,
    # not a named host of the article's other bodies)
    for company in _boards_enterprises(mentions):
        parents.update({m.name: company.name for m in mentions if m.parent == company.name
                        and m.name.startswith(_GOVERNING_BOARD)})
        mentions.append(company)
    # a parent settled against the article ("Đảng bộ Khối X" as named) is the mentions' too
    doc._.org_mentions = mentions = [
        replace(m, parent=parents[m.name]) if m.parent and parents.get(m.name, m.parent) != m.parent else m
        for m in mentions]
    _list_known_places(doc, ctx, mentions)
    found = doc._.extraction.organizations
    titles = title_spans(doc)

    def in_title(pos: int) -> bool:
        return any(s <= pos < e for s, e in titles)

    for m in mentions:
        if not m.listed or not (in_body(doc, m.start, m.end) or in_title(m.start)):
            continue
        found.append(Organization(
            name=m.name, kind=m.kind if m.kind in KINDS else "OtherOrganization",
            parent=parents.get(m.name), jurisdiction=m.jurisdiction,
            evidence=[evidence_for(doc, m.start, m.end, m.rule)],
            local=bool(m.utype and not m.uname),  # kept as written: its unit is not known
            named_by_host=_named_by_host(m),
            shared_seat=bool(m.utype and m.uname and register().name_shared(m.utype, m.uname)),
        ))
    return doc
