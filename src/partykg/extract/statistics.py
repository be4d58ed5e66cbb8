"""Membership statistics: counts tied to an organization and a period.

The cues are data (resources/measure_cues.tsv): a phrase of party-building
reporting, where its number sits and the measure it counts ("kết nạp được 1.318
đảng viên" NewMembers, "nâng tổng số ĐV ... lên 3.642" TotalMembers, "chỉ tiêu
kết nạp 600 ĐV" AdmissionTarget, "đạt 109% kế hoạch" TargetAchievement, "587 tổ
chức cơ sở đảng, trong đó 402 chi bộ và 185 đảng bộ cơ sở" the grassroots
structure ...). resources/measures.tsv lists the measures.

Per-unit figures come as flattened tables: "Trong đó, Xuân An 121, TP. Hà Tĩnh 76,
Công an 48" after a total, or "là Xuân An 11/15, Yên Lạc 8/7" after a cue, or a page's
table with one cell per line (its column headers name the measures, its title the period). Each
figure belongs to the unit's party organization (unit_figures.py reads the names).

A count continued by other units' figures ("huyện A kết nạp 74 đảng viên, đạt 57%; thị xã B 31, đạt
62%") gives each unit its figure, and "Trong đó, các đảng bộ: A kết nạp 14, B 11" each unit its part.

The organization is the party body the sentence names last before the number
("Đảng bộ phường X kết nạp được 31 ĐV, Đảng bộ phường Y ..."), or a unit
standing for its Đảng bộ ("toàn huyện", "quận X có ..."), but a body that only places
another ("X trực thuộc Y có ...": X) or sets a target ("chỉ tiêu Tỉnh ủy giao": the
target is its Đảng bộ's, the other counts are not its). A bare "Đảng bộ"/"Đảng ủy" is
the Đảng bộ the paragraph named last. A sentence that names
none is about the body of the paragraph's first count ("toàn Đảng bộ thành phố kết nạp 3.418 ..., trong đó Đảng bộ
phường A kết nạp 46 ... Số đảng viên được miễn sinh hoạt chiếm khoảng 3%": the city's), else the paragraph's topic (the
organization its first sentence names), else the article's subject party organization; a breakdown ("Trong đó, ...")
keeps the organization of the sentence before it.

Periods (numbers.py): flows (admissions, growth, achievement) take the nearest
period before the number in the sentence, else the one right after it, else the
one stated earlier in the paragraph, else the article's reporting period (its title or
lead: "sơ kết 9 tháng năm 2025"); a target is set for a whole year. Stocks
(totals, structure) are counted at the end of that period ("6 tháng đầu năm ...
nâng tổng số lên 3.830" -> end 30 June), never from a start, or on the day or in the year stated
("tính đến ngày 30/6/2023" -> that day twice; "năm 2019 chi bộ có 4 đảng viên" -> 2019 twice). The
second value of a change ("tăng từ 30 đồng chí năm 2020 lên 92 đồng chí hiện nay") and a stock counted
now ("năm 2019 có 4 đảng viên, nay có 13") take no period stated before them.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Doc

from partykg.extract.context import LEVEL, committee_name, party_org_name, unit_type
from partykg.extract.evidence import doc_text, evidence_for, in_body, sentence_bounds
from partykg.extract.lexicon import area_words, table
from partykg.extract.numbers import (
    NUMBER,
    WORD_COUNT,
    Period,
    find_periods,
    month_period,
    parse_number,
    quarter_period,
)
from partykg.extract.organizations import COMMAND_HEADS, NUMBERED_COMMAND, PARTY, party_org_parent
from partykg.extract.places import unit_types
from partykg.extract.text import (
    LETTER,
    LOWER,
    UPPER,
    WordStartPattern,
    alt,
    required_literal_sets,
    required_literals,
)
from partykg.extract.unit_figures import (
    DOTTED_FIGURE,
    LINE_ITEM_MARK,
    TARGETS,
    Figure,
    UnitLists,
    group_tables,
    host_office,
    is_flow_done,
    is_stock,
    period_tables,
    timeline_dates,
    title_measure,
)
from partykg.model import Organization, Statistic

EDUCATION = ("THPT|trung học phổ thông|sau đại học|thạc sĩ|tiến sĩ|đại học|cao đẳng|trung cấp|"
             "sơ cấp và chưa qua đào tạo|sơ cấp")
# Education level -> measure name part.
EDUCATION_MEASURE = {"thpt": "UpperSecondaryEducation", "trung học phổ thông": "UpperSecondaryEducation",
                     "sau đại học": "PostgraduateDegree", "thạc sĩ": "MasterDegree", "tiến sĩ": "DoctoralDegree",
                     "đại học": "UniversityDegree", "cao đẳng": "CollegeDegree",
                     "trung cấp": "IntermediateVocationalTraining", "sơ cấp": "ElementaryTraining",
                     "sơ cấp và chưa qua đào tạo": "ElementaryOrNoProfessionalTraining"}
APPROX_WORDS = r"hơn|trên|gần|khoảng|xấp xỉ|gần như|trên dưới"
PLACEHOLDERS = {
    "{N}": rf"(?P<n>{NUMBER})",
    "{NUM}": rf"(?:{NUMBER})",
    "{APPROX}": rf"(?:(?P<approx>{APPROX_WORDS}) )?",
    "{DV}": r"(?:đảng viên|ĐV|Đảng viên)",
    "{DB}": r"(?:[Đđ]ảng bộ)",
    "{TCCS}": r"(?:tổ chức cơ sở [Đđ]ảng|TCCSĐ|TCCS [Đđ]ảng)",
    "{EDU}": EDUCATION,
    "{W}": rf"[{LETTER}]+",
    "{LIST}": r"(?P<list>)",
    "{PERIOD}": r"(?:quý (?:IV|III|II|I|[1-4])(?:/(?:19|20)\d\d| năm (?:19|20)\d\d)?|tháng \d{1,2}(?:/(?:19|20)\d\d)?"
                r"|năm (?:19|20)\d\d)",
}


def _expand(pattern: str, in_words: bool = False) -> str:
    if in_words:
        pattern = pattern.replace("{N}", rf"(?P<n>{NUMBER}|{WORD_COUNT})")
        pattern = pattern.replace("{NUM}", rf"(?:{NUMBER}|{WORD_COUNT})")
    for k, v in PLACEHOLDERS.items():
        pattern = pattern.replace(k, v)
    return pattern


_LOWER_LEAD = re.compile(rf"[{LOWER}][{LETTER}]*")


def _compile(pattern: str, in_words: bool = False) -> re.Pattern | WordStartPattern:
    """A cue starts a word: no letter, digit or number separator right before it. `in_words`: its number
    may be written in words too (tried only in a sentence holding such a count: the regex engine skips
    to a digit faster than to a word). Scanned as a WordStartPattern: a pattern led by that look-behind
    makes the regex engine try it at every character of a sentence (~2 CPU ms an article, a tenth of
    the extraction); the same matches."""
    lead = _LOWER_LEAD.match(pattern)
    if lead:
        # a cue led by its verb opens a sentence or a list item too, its subject left out ("Kết nạp 1.174 đảng viên,
        # đạt 53,4% kế hoạch năm", "- Kiểm tra 146 tổ chức đảng"): its first word in capitals as well (written as two
        # words, not a class of letters: the gate strings stay whole words)
        word = lead.group()
        pattern = f"(?:{word}|{word[0].upper()}{word[1:]}){pattern[len(word):]}"
    pat = _expand(pattern, in_words)
    if pattern.startswith("(?<="):
        return re.compile(pat)
    return WordStartPattern(pat, not_before=r"[\w.,/]", lead=r"[^\w.,/]")


class _Cue(NamedTuple):
    """A row of measure_cues.tsv, compiled."""
    measure: str
    after: frozenset[str] | None  # the measures one of which must be read before it in the sentence
    pattern: re.Pattern | WordStartPattern
    gate: tuple[str, ...] | None  # one of these strings stands wherever the pattern matches (None: no such set)
    organ: str | None  # the organ counted ("Ban Chấp hành")
    unless: re.Pattern | None
    pattern_in_words: re.Pattern | WordStartPattern  # the pattern reading numbers in words too


# in priority order
_CUES = [_Cue(row["measure"], frozenset(row["after"].split("|")) if row["after"] else None, rx,
              required_literals(rx, around=True), row["of"] or None,
              re.compile(row["unless"]) if row["unless"] else None,
              _compile(row["pattern"], in_words=True) if "{N}" in row["pattern"] else rx)
         for row in table("measure_cues.tsv") for rx in [_compile(row["pattern"])]]
_RULES = [(c.measure, c.pattern) for c in _CUES]  # (measure, compiled cue), for the gate tests
_COUNTS = [c for c in _CUES if "(?P<n>" in c.pattern.pattern]
_LISTS = [c for c in _CUES if "(?P<list>" in c.pattern.pattern]
# the organ a committee count is about, as the organizations component names it
_ORGAN_KINDS = {"Ban Chấp hành": ("PartyCommittee",), "Ban Thường vụ": ("StandingCommittee",)}
# "Ban Chấp hành Hội Nông dân", "Ban Thường vụ Tỉnh đoàn": organs of other organizations
_NOT_PARTY_ORGAN = re.compile(r"(?:Ban Chấp hành|Ban chấp hành|BCH|Ban Thường vụ|Ban thường vụ|BTV) (?:[^.;,]{0,20} )?"
                              r"(?:Hội|Đoàn|Công đoàn|Mặt trận|MTTQ|Liên đoàn|Liên hiệp|[Tt]ỉnh đoàn|[Hh]uyện đoàn|"
                              r"[Tt]hành đoàn|[Qq]uận đoàn|Hợp tác xã)(?![\w])")
# the leader a mass organization's committee elects, and a party committee's (Điều lệ Đảng, điều 12: Bí thư)
_YOUTH_UNION = r"(?:Đoàn|[Tt]ỉnh đoàn|[Hh]uyện đoàn|[Tt]hành đoàn)"  # a Bí thư of these is no party secretary
_MASS_LEADER = re.compile(r"(?<![\w])Chủ tịch (?:Hội|Công đoàn|Liên đoàn|Liên hiệp|Ủy ban Mặt trận|Mặt trận)(?![\w])"
                          rf"|(?<![\w])Bí thư {_YOUTH_UNION}(?![\w])")
_PARTY_LEADER = re.compile(rf"(?<![\w])Bí thư(?! (?:{_YOUTH_UNION}|[Cc]hi đoàn)(?![\w]))")
# the unit words without đặc khu, as these patterns were first written (adding it is an extraction change)
_UNIT = unit_types(special_zone=False)
_TITLE_PLACE = re.compile(rf"\s*(?:(?P<u>{alt(*_UNIT)})"
                          rf" )?"
                          rf"(?P<n>[{UPPER}][^\W\d_]*(?: [{UPPER}][^\W\d_]*){{0,3}}):")
_TRAILING_UNIT = re.compile(rf" (?:{alt('tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã')}) [{UPPER}][^,;:()]*$")
# "ĐẢNG BỘ PHƯỜNG TUY AN: KẾT QUẢ ...", "Đảng bộ xã A: ...": a headline led by a unit's Đảng bộ, before a colon
_TITLE_PARTY_ORG = re.compile(rf"\s*(?i:đảng bộ) (?P<u>(?i:{alt(*_UNIT, case_first=False)})) (?P<n>[^:;,.()]{{2,40}}):")
_PARTY_ORG = re.compile(rf"Đảng bộ (?P<u>{alt(*_UNIT, case_first=False)}) (?P<n>.+)$")
_DIGIT = re.compile(r"\d")
# a stock at the body's founding ("Khi mới thành lập, Đảng bộ phường có 1.307 đảng viên", "Lúc hợp nhất, chi bộ có", and
# the members after its cells in the same clause: "..., chi bộ có 3 tổ đảng với 21 đảng viên", not a count after a comma
# or one "now": "có 18 chi bộ, đến nay có 620 đảng viên" counts the members today, not at the founding),
# and the day the text says a body was founded, reorganized or merged, the date before or after the verb in a sentence
_AT_FOUNDING = re.compile(r"(?<![\w])(?:[Nn]gày|[Tt]ại thời điểm|[Tt]hời điểm|[Kk]hi|[Ll]úc) (?:mới )?(?:được )?"
                          r"(?:thành lập|hợp nhất|sáp nhập)(?![\w])[^.;\d]{0,40}"
                          r"(?:\d[\d.]* (?:(?!nay|hiện)[^.;,\d]){1,30})?$")
_FOUNDED = r"(?<![\w])(?:thành lập|tổ chức lại|hợp nhất|sáp nhập)(?![\w])"
_FOUNDED_ON = re.compile(rf"{_FOUNDED}[^.;\n]{{0,150}}?(?P<d>ngày \d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d)"
                         rf"|(?P<d2>ngày \d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d)[^.;\n]{{0,150}}?{_FOUNDED}")
# a form's row of a day, its cells and its members, apart by dotted leaders (a report's table of the structure on two
# days: the merger's and the report's)
_LEADER = r"\s*(?:\.{3,}|…+)\s*"
_DATED_ROW = re.compile(rf"[ \t]*(?:[Nn]gày |[Đđ]ến ngày |[Tt]ính đến ngày )?\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d"
                        rf"{_LEADER}(?P<c>{NUMBER}) chi bộ(?: trực thuộc)?(?:{_LEADER}|\s*[,;]\s*)"
                        rf"(?P<t>{NUMBER}) (?:đảng viên|ĐV)\s*[.;]?\s*")
# a count written in words ("hai mươi ba chi bộ"): the counted noun, then the words right before it (the
# nouns are found faster than the words)
_COUNTED_NOUN = re.compile(r" (?:đảng viên|ĐV|chi bộ|đảng bộ|tổ chức|quần chúng|đồng chí|hội viên|đoàn viên)(?![\w])")
# (searched up to the noun's end: "năm" is five only before the noun it counts)
_WORDS_BEFORE = re.compile(rf"(?<![\w])(?:{WORD_COUNT})(?={_COUNTED_NOUN.pattern}$)")


def _counts_in_words(text: str, s: int, e: int) -> bool:
    return any(_WORDS_BEFORE.search(text, max(s, m.start() - 16), m.end())
               for m in _COUNTED_NOUN.finditer(text, s, e))

PERCENT = {"TargetAchievement", "TargetExceededBy"}
# "Hai năm còn lại của nhiệm kỳ, ... kết nạp ít nhất 38 ... để hoàn thành chỉ tiêu", "mấy tháng cuối năm ... kết nạp
# thêm": a target for the rest of a year or a term, what is left of its target, not the target (a target set for
# stated months of the year, "6 tháng cuối năm", is those months' own: _PART_OF_YEAR, below, vetoes it)
_REST_OF_PERIOD = re.compile(r"(?<![\w])(?:còn lại|(?:\d{1,2}|sáu|ba|những|các|mấy) tháng cuối năm|quý cuối năm)"
                             r"(?![\w])")
# "phấn đấu quý IV kết nạp ít nhất 52 đảng viên để hoàn thành chỉ tiêu": what must still be admitted to reach the target
_TO_FILL_TARGET = re.compile(r"[^.;,]{0,20}?(?<![\w])để (?:hoàn thành|đạt) (?:chỉ tiêu|kế hoạch)(?![\w])")
# (set for a named quarter, "phấn đấu quý IV/2025 kết nạp thêm ít nhất 34 đảng viên để hoàn thành chỉ tiêu", it is the
# quarter's target: l05, p09 read it so, j02 and t09 as a custom measure)
# so is one set for other stated months of the year ("6 tháng cuối năm", "Hai tháng cuối năm", "trong tháng 12",
# "tháng 11 và 12 kết nạp ít nhất 2 đảng viên để hoàn thành chỉ tiêu năm"): the target of those months, as most sets
# read it (aa, ab, l, n, p, v, x, z; r03 and r08 read "6 tháng cuối năm ... kết nạp thêm" as the rest of the year's)
_PART_OF_YEAR = re.compile(r"(?<![\w])(?:[Qq]uý (?:IV|III|II|I|[1-4])|(?:\d{1,2}|(?i:hai|ba|bốn|sáu|những|các)) tháng"
                           r" cuối năm|[Nn]ửa cuối năm|(?:[Tt]rong )?tháng \d{1,2} và (?:tháng )?\d{1,2}"
                           r"|[Tt]rong tháng \d{1,2})(?![\w])")
_WHOLE = re.compile(rf"(?<![\w])[Tt]oàn (?P<u>{alt(*_UNIT, case_first=False)})(?![\w])")
# "Đến năm 2025, huyện phấn đấu ...", "năm 2024 xã kết nạp ...", "từ tháng 7 đến nay phường kết nạp ...": a
# bare unit word as the subject of a clause (after its time) is the unit the text is about, as "toàn huyện" is
# (no thành phố: as first written)
_UNIT_SUBJECT = re.compile(r"(?:^|(?<=, )|(?<=\d{4} )|(?<=đến nay ))"
                           rf"(?P<u>{alt(*(w for w in _UNIT if w != 'thành phố'))}) "
                           r"(?=(?:đã |sẽ |tiếp tục |cũng )?(?:phấn đấu|kết nạp|đề ra|có \d))")
# "100% thôn có chi bộ": a body written without its name after "có" is what a unit has, not who counts
_OWNED = re.compile(r"(?<![\w])(?:có|chưa có|thành lập) $")
# "Toàn Quân đoàn hiện có 126 chi bộ": a numbered command's word alone after "toàn" is the one the article
# names (org_grammar.tsv's number rows), its party organization as "toàn tỉnh" is the province's
_WHOLE_COMMAND = re.compile(rf"(?<![\w])[Tt]oàn (?P<h>{'|'.join(COMMAND_HEADS)})(?![\w])(?! \d)")
# "Toàn Đảng ta hiện có 51.760 tổ chức cơ sở đảng", "cả nước có ... đảng viên": the party as a whole
_WHOLE_PARTY = re.compile(r"(?<![\w])(?:[Tt]oàn Đảng(?: ta)?(?![\w])(?! (?:bộ|ủy|uỷ|viên)(?![\w]))"
                          r"|[Cc]ả nước(?![\w])|[Tt]oàn quốc(?![\w])|Đảng Cộng sản Việt Nam(?![\w]))")
# "X trực thuộc Y có ...", "X thuộc Y kết nạp ...": Y only places X; the sentence is about X
_ACTOR_KINDS = {"MassOrganization", "AdvisoryBoard", "StandingCommittee"}
# "thực hiện Kế hoạch số 210-KH/TU của Ban Thường vụ Tỉnh ủy ...; phấn đấu ... giới thiệu", "quán triệt Nghị quyết Đại
# hội đại biểu Đảng bộ tỉnh ...;": the body that issued a document the clause follows, not the one that acts
_DOCUMENT_KIND = (r"(?:[Nn]ghị quyết|Quyết định|Kế hoạch|Chỉ thị|Hướng dẫn|Chương trình|Kết luận|Quy định|Đề án"
                  r"|Thông tri)")
_ISSUER_OF = re.compile(rf"{_DOCUMENT_KIND}(?: số [^\s,;]+)? của $|[Nn]ghị quyết Đại hội(?: đại biểu)? $")
# (the same with the document's day and the organ of the body that issued it: "thành lập theo Quyết định số 118-QĐ/ĐU
# ngày 4/7/2025 của Ban Thường vụ Đảng ủy Y": Y issued the decision, the paragraph is about the body it founded)
_DOCUMENT_OF = re.compile(rf"{_DOCUMENT_KIND}(?: số [^\s,;]+)?(?: ngày \d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{4}})?)? của "
                          r"(?:(?:Ban Thường vụ|Ban thường vụ|Ban Chấp hành|Ban chấp hành|BTV|BCH|Thường trực) )?$")
_SETS = re.compile(r"\s*(?:đã )?giao(?![\w])")  # gives a target ("được giao": is given one)
_JOINED = re.compile(r"\s*(?:và|,)\s*")
_JOINT = re.compile(r"(?<![\w])(?:Đoàn|Hội|Công đoàn|Mặt trận|MTTQ)(?![\w])[^,;.]{0,40}? và $")
# "các cơ sở Hội", "các cấp Hội", "cơ sở Đoàn": a mass organization's grassroots or levels, no one body named; "các
# cấp công đoàn" the trade union's (Điều lệ Công đoàn Việt Nam: grassroots, the level above them, the province's
# labour federation)
_ASSOCIATION_LEVELS = re.compile(r"(?<![\w])(?:các )?(?:cơ sở|cấp|cấp bộ) (?:Hội|Đoàn|[Cc]ông đoàn)(?![\w])"
                                  r"(?: trong (?P<u>tỉnh|huyện|xã|phường|thị xã|quận)(?![\w]))?")
_PARTNER = re.compile(r"(?<![\w])(?:phối hợp với|cùng với|cùng) $")
# "Đảng ủy xã A tổ chức lễ kết nạp ... tại Chi bộ thôn B, nâng tổng số ...": where a ceremony is held
_VENUE = re.compile(r"(?<![\w])tại $")
# "là một trong các cơ sở đảng lớn nhất của huyện B, với N đảng viên": the unit a superlative ranks the
# body within is the comparison's scope, not the body counted
_RANKED_WITHIN = re.compile(r"(?<![\w])một trong (?:những|các|số) [^.;,\d]{1,60}? nhất(?: (?:của|trong|ở|tại))? $")
_RECEIVED = re.compile(r"(?<![\w])tiếp nhận $")
# "chuyển 1 đảng viên đi sinh hoạt ở Chi bộ Trường A, 1 đảng viên từ trần": where a member moved to, not who counts
_DESTINATION = re.compile(r"(?<![\w])(?:sinh hoạt|chuyển)(?: [^,;.\d]{0,25})? (?:ở|tại|sang|về) $")
# "tiếp nhận 9 đảng viên chuyển đến từ các cơ quan của tỉnh A cũ, kết nạp 2": where members came from, not who counts
_ORIGIN = re.compile(r"(?<![\w])(?:chuyển đến|chuyển về|điều động về|đến) từ [^,;.\d]{0,60}$")
_CONGRESS = re.compile(r"(?<![\w])(?:Đại hội|đại hội)(?: đại biểu)? $")
_FORMER_POST = re.compile(r"(?<![\w])nguyên [^,;.()]{1,25}$")
_IN_A_POST = re.compile(r"(?:Bí thư|Thường trực|Ủy viên|Uỷ viên|Trưởng Ban|Phó Trưởng Ban) $")
# (the kinds of party documents: the documents component's table, longest first)
_ISSUER = re.compile("(?:" + "|".join(sorted({re.escape(r["word"]) for r in table("document_kinds.tsv")},
                                             key=lambda w: (-len(w), w)))
                     + r") (?:số )?\d+[^;:]{0,60}? của (?:Ban Thường vụ |Ban thường vụ |Ban Chấp hành |BTV )?$")
# "mỗi xã", "mỗi làng ... có ít nhất 30 đảng viên": a figure for each unit, not a count of one body
_PER_UNIT = re.compile(r"(?<![\w])mỗi (?:xã|phường|thôn|làng|bản|buôn|ấp|sóc|tổ dân phố|khu phố|chi bộ|đảng bộ|cơ sở|"
                       r"đơn vị|địa phương|huyện|tỉnh|tàu|đồn|khoa|trường|đội|tổ|phân xưởng|xí nghiệp|nông trường|"
                       r"lâm trường)(?![\w])[^.;]*$")  # (a ship, a border post, a hospital's department, a school: the
# units of a command, a hospital, an education body; a team, a workshop, a plantation: an enterprise's)
# "là một trong 10 đảng bộ cơ sở dẫn đầu Khối": one of a ranking's leaders, not a count of the structure (but "một
# trong 12 chi bộ trực thuộc Đảng bộ X" does count X's cells)
_ONE_OF = re.compile(r"(?<![\w])[Mm]ột trong (?:số )?$")
_LEADING = re.compile(r"(?: cơ sở| trực thuộc)? (?:dẫn đầu|tiêu biểu|xuất sắc|điển hình|tốp đầu|đứng đầu)(?![\w])")
# "X trực thuộc Y", "X thuộc Y": the words that place a body under its superior
_PLACING = "trực thuộc|thuộc"
# a body named only to place another ("X trực thuộc Y") or as what another was formed from ("X được thành lập
# trên cơ sở Đảng bộ Y", "hợp nhất từ Đảng bộ Y", "xã X (hình thành từ thị trấn Y ...)": a former body or unit, gone
# since the merger)
_QUALIFIER = re.compile(rf"(?<![\w])(?:{_PLACING}|trên cơ sở(?: hợp nhất| sáp nhập)?(?: của)?"
                        r"|(?:hợp nhất|sáp nhập|hình thành|thành lập) từ) $")
# a superior placing a body, not what a merger formed it from
_UNDER = re.compile(rf"(?<![\w])(?:{_PLACING}) $")
# "có bản chỉ có 6 đảng viên", "nhiều thôn chỉ còn 2 đảng viên", "có thôn cả năm không kết nạp được 1 đảng viên": some
# villages or cells, not one body, have the count
_SOME_UNITS = re.compile(r"(?<![\w])(?:[Cc]ó|[Nn]hiều|[Mm]ột số) (?:bản|thôn|làng|xóm|ấp|buôn|sóc|nơi|chi bộ)(?![\w])"
                         r"[^.;,\d]{0,30}? (?:chỉ |mới )?(?:có|còn|kết nạp(?: được)?) "
                         r"(?:hơn |gần |khoảng |dưới |từ )?$")
# "6 đảng bộ cũ có tổng cộng 92 chi bộ", "2 chi bộ kết nạp 5 đảng viên": the subject is several bodies, so
# the count is their sum, no one body's (a merger's former units, a group of cells)
# "các đảng bộ xã cũ trên địa bàn kết nạp tổng cộng 22", "3 xã vùng cao của tỉnh cũ kết nạp dưới 10 đảng viên/năm":
# the former bodies together, or several communes, are the subject too
_SEVERAL_BODIES = re.compile(r"(?<![\w])(?<![Nn]ăm )(?<!tháng )(?:(?:[2-9]|[1-9]\d{1,2}|hai|ba|bốn) "  # not a year
                             r"(?:(?:đảng bộ|chi bộ)(?: cơ sở)?(?: cũ| trước (?:đây|sáp nhập|hợp nhất))?"
                             r"|(?:xã|phường|thị trấn|bản|thôn)(?: [^.;,:\d()]{1,30}?(?: \([^()\d]{1,12}\))?)?)"
                             r"|(?:[Cc]ác|[Nn]hững) (?:đảng bộ|chi bộ)(?: xã| phường| huyện| cơ sở)? "
                             r"(?:cũ|trước (?:đây|sáp nhập|hợp nhất))"
                             r"(?: trên địa bàn)?) "
                             r"(?:đã |cùng )?(?:có|gồm|kết nạp)(?: tổng cộng| tổng số| được)?(?: {APPROX})? ?$"
                             .replace("{APPROX}", "(?:hơn|trên|gần|khoảng|tới|đến|dưới)"))
# "Chi bộ Thuế cơ sở 4, phụ trách phường A, phường B và các xã lân cận, có ...": the units a branch of a state body
# serves (its area) are no subject
_SERVED = re.compile(r"(?<![\w])phụ trách (?:địa bàn )?(?:các )?[^.;:()]*$")
# the separator of a locator set after a body: "Đảng bộ xã A, huyện B", "Chi bộ ấp C (xã D)"
# the list of the bodies a new one was formed from, up to the sentence's end: "trên cơ sở hợp nhất chi bộ của A (...) và
# chi bộ B": each of them is gone since the merger
_FORMED_FROM = re.compile(r"(?<![\w])(?:trên cơ sở (?:hợp nhất|sáp nhập)|(?:hợp nhất|sáp nhập|hình thành) từ)(?![\w])"
                          r"[^.;:]*$")
# "trên cơ sở sáp nhập hai chi bộ xã, Đảng bộ A ra đời": the body the list makes, not one of the list; it opens the
# clause after the list's comma, and its verb is not one that takes the new body as object ("sáp nhập A và B thành
# lập Chi bộ C": B is a merged body, C the new one)
_FORMED_BODY = re.compile(r"\s*(?:đã |chính thức )?(?:được )?(?:kiện toàn|thành lập|ra đời|hình thành|đi vào hoạt động)"
                          r"(?![\w])(?!\s*(?:[Cc]hi|[Đđ]ảng) bộ)")


def _merged_away(text: str, para: int, start: int, end: int) -> bool:
    """The body mentioned at [start, end) is one of the list a body was formed from (gone since), not the body the
    list formed, which opens the clause after the list's comma and is said to be formed."""
    if not _FORMED_FROM.search(text, max(para, start - 200), start):
        return False
    opens_clause = text[max(0, start - 3):start].rstrip().endswith(",")
    return not (opens_clause and _FORMED_BODY.match(text, end))


# (the same list in a sentence, up to the bracket or the clause mark that ends it)
_FORMED_FROM_LIST = re.compile(r"(?<![\w])(?:trên cơ sở (?:hợp nhất|sáp nhập)|(?:hợp nhất|sáp nhập|hình thành) từ)"
                               r"(?![\w])[^.;:()]*")
# a caption of one cell's figures: "Kết quả của chi bộ theo từng năm:" (not a named cell, its next word capitalised or
# numbered, nor the cells in general: "tại chi bộ cơ sở", "của chi bộ trực thuộc", "của chi bộ, đảng bộ cơ sở")
_OF_THE_CELL = re.compile(rf"(?<![\w])(?:của|ở|tại) chi bộ(?![\w])(?! [{UPPER}\d])"
                          r"(?! cơ sở| trực thuộc|,? (?:và )?[Đđ]ảng bộ)")


def _asides(text: str, s: int, q: int) -> list[tuple[int, int]]:
    """The stretches in brackets (not nested) opened and closed in [s, q)."""
    out, at = [], text.find("(", s, q)
    while at >= 0:
        close = text.find(")", at, q)
        if close < 0:
            break
        out.append((at, close))
        at = text.find("(", close, q)
    return out


# "Tới dự và chỉ đạo hội nghị có ông A, Phó Bí thư Đảng ủy B; ...", "Dự lễ có ...": a line listing a meeting's guests
# (not "Về dự thảo ..., có ý kiến của ...": a plan, a draft, an estimate)
_GUESTS = re.compile(r"(?:(?:Tới|Về|Đến|Tham) dự|Dự)(?! (?:kiến|toán|án|thảo|báo|định|bị)(?![\w]))"
                     r"(?:,? (?:và )?chỉ đạo)?(?: [^\W\d][^,.;:\d]{0,30})?,? có ")
_LOCATOR_BEFORE = re.compile(r"(?:, |,| \(|\()$")
_RANK = {"P": 0, "D": 1, "C": 2}
_BARE_HEADS = {"đảng bộ", "đảng ủy", "đảng uỷ"}
_WHOLE_HEAD = re.compile(r"(?<![\w])[Tt]oàn $")
# "83 đảng bộ trực thuộc, gồm 78 đảng bộ xã, phường": bodies counted, not one body named
_COUNTED = re.compile(r"\d $")
# "củng cố các chi bộ khu phố, chi bộ doanh nghiệp và chi bộ trạm y tế": cells in general, written in lower case after a
# plural word or in its list, are no one body
_PLURAL = re.compile(r"(?<![\w])(?:[Cc]ác|[Nn]hững|[Mm]ọi) (?:[^.;:,\n]{1,40}?(?:, và |, | và ))*$")
_COUNTED_IN_WORDS = re.compile(rf"(?<![\w])(?:{WORD_COUNT}) $")  # "hai mươi ba chi bộ"
# "kiện toàn 28 chi ủy, bí thư chi bộ": a post of cells in general, written in lower case, names no body that counts
_POST_OF = re.compile(r"(?<![\w])(?:phó bí thư|bí thư|chi ủy viên|chi uỷ viên|cấp ủy viên|cấp uỷ viên) $")
# "về sinh hoạt chi bộ", "chế độ sinh hoạt của chi bộ thôn": the cell meeting (Điều lệ Đảng, điều 24), an activity,
# not a body
_MEETING_OF = re.compile(r"(?<![\w])sinh hoạt (?:của )?$")
_PARTY_HEAD_TEXT = re.compile(r"[Đđ]ảng (?:bộ|ủy|uỷ) ")
# "chỉ tiêu Huyện ủy giao", "Ban Thường vụ Thị ủy giao chỉ tiêu": the body that sets a target, not its holder
_GIVER = re.compile(r"\s*(?:đã |được )?giao(?![\w])")
_GIVEN_BY = re.compile(r"(?<![\w])được $")
_TARGET_OF = re.compile(r"(?<![\w])(?:chỉ tiêu|kế hoạch)(?: năm| cả năm)? $")  # "chỉ tiêu Tỉnh ủy giao"
# a party body written with its own name ("Chi bộ Báo tỉnh A", "Đảng bộ Kho bạc tỉnh A") that the organizations
# component did not read: its name runs to the first punctuation or to the verb or relation after it
# (both scanned from their head words, not tried at every character: text.WordStartPattern)
_NAMED_HEAD = WordStartPattern(rf"(?:Chi bộ|Đảng bộ|Đảng ủy|Đảng uỷ) (?=[{UPPER}])", not_before=r"[\w]")
_NAME_RUN = re.compile(r"[^,;:.()\n]*?(?=\s*[,;:.()\n]|\s+[-–]\s| (?:trực thuộc|thuộc|có|đã|đang|tổ chức|kết nạp|hiện|"
                       r"được|là|với|và|vừa|cũng|sẽ|gồm|tại|ở|trong|phấn đấu|đạt|nay|luôn|lần|cho|từ|xét|trao|tặng|"
                       r"triển khai|quán triệt|sơ kết|tổng kết|chủ trì|ban hành|lãnh đạo|chỉ đạo|yêu cầu|đề nghị|"
                       r"kể|nói|cho biết)(?![\w])|$)")
# a party body written without a name ("Chi bộ trực thuộc Đảng bộ huyện A, hiện có 19 đảng viên", "Hiện Chi bộ có ...")
# "Đảng bộ Bệnh viện đa khoa khu vực A trực thuộc Đảng bộ B": a body placed under another as soon as it is named; the
# words before the relation are all its name
_PLACED_AFTER = re.compile(r" (?:trực thuộc|thuộc)(?![\w])")
# "Chi bộ A chưa kết nạp được đảng viên nào", "Riêng Đảng bộ xã B không kết nạp được ai": a body admitted none (0) when
# it is the clause's subject, named at its opening; not some cells or villages ("còn 4 chi bộ chưa kết nạp được ...",
# "có thôn nhiều năm không kết nạp được ai"), nor a rule to keep ("không để chi bộ nào ... không kết nạp được")
_NONE_ADMITTED = re.compile(r"(?<![\w])(?:chưa|không) kết nạp được(?: (?:(?:đảng viên|quần chúng)(?: mới)?(?: nào)?|ai)"
                            r"(?![\w])|(?=\s*[.;]))")
_NOT_A_NAME = re.compile(rf"[{UPPER},\d]")
# the villages and town quarters below a commune (residential_areas.tsv, reading village)
_VILLAGES = "|".join(re.escape(w) for w in sorted(area_words("village"), key=len, reverse=True))
# (a list of them: "các chi bộ A, B và C chưa kết nạp được", "Các đảng bộ xã A, B chưa kết nạp được đảng viên nào",
# "các chi bộ ấp 1, ấp 3": each named by a capital, or by its unit word and number)
_NONE_ADMITTED_LIST = re.compile(r"(?<![\w])(?:[Cc]ác|[Nn]hững) (?P<head>chi bộ|đảng bộ)"
                                 rf"(?: (?P<u>xã|phường|thị trấn|{_VILLAGES})"
                                 rf"(?= [{UPPER}]))? "
                                 r"(?P<names>[^.;:()]+?) (?:đều |vẫn |cũng )?$")
_LIST_SPLIT = re.compile(r",\s*(?:và\s+)?|\s+và\s+")
_LISTED_NAME = re.compile(rf"(?:[{UPPER}][^,;]*|(?:{_VILLAGES}) [\d{UPPER}][^,;]*)")
_SUBJECT_OPENER = re.compile(r"\s*(?:[-–+•*]\s*)?(?:(?:Năm|Trong|Từ|Đến|Tính đến|Sau|Cùng kỳ|Quý|Tháng)[^,;:]{0,40}, )?"
                             r"(?:(?:Riêng|Trong đó|Tuy nhiên|Đến nay|Hiện nay|Hiện|Còn),? )?")
# "Đảng bộ bộ phận": a part of a Đảng bộ cơ sở, seated in one of its workplace's units (Điều lệ Đảng, điều 21), so not
# the Đảng bộ it belongs to
_PART_ORGANIZATION = re.compile(r"(?<![\w])Đảng bộ bộ phận(?![\w])")
# "Chi bộ Tổ 3, Xí nghiệp A": a workplace unit numbered within its unit is named by its word and number
# (the number ends the name's run: "Đảng bộ Đồn 5 năm liền ..." counts years)
_NUMBER_AFTER = re.compile(r" \d{1,3}\s*$")
_BARE_HEAD = WordStartPattern(r"(?:Chi bộ|Đảng bộ|Đảng ủy|Đảng uỷ)(?![\w])(?! [\d" + UPPER + r"])", not_before=r"[\w]")
_CAPITALIZED = re.compile(rf"(?<![\w])[{UPPER}]")
# "Bí thư Chi bộ Hoàng Thị B" names a person; "(gọi tắt là Chi bộ HTX A)" the short name of the body before it
_POST_BEFORE = re.compile(r"(?:Bí thư|Ủy viên|Uỷ viên|ủy viên|uỷ viên|gọi tắt là|viết tắt là|sau đây gọi là) $")
_NAME_WORD = re.compile(rf"[{UPPER}]|(?:{alt(*unit_types(), case_first=False)}|số)(?![\w])")


def _name_end(text: str, start: int, end: int) -> int:
    """The end of a name that starts at `start` and runs at most to `end`: its last capitalized word or unit word with
    at most three lower-case words before it ("Ban Quản lý cảng cá A", "Kho bạc cơ sở 3 tỉnh A"; "Bộ ... nghiêm túc thực
    hiện Kết luận ...": "Bộ")."""
    last, gap = start, 0
    for w in re.finditer(r"\S+", text[start:end]):
        if _NAME_WORD.match(w.group()):
            last, gap = start + w.end(), 0
        elif not w.group()[0].isdigit():  # (a number may stand in a name: "Thuế cơ sở 3 tỉnh A")
            gap += 1
            if gap > 3:
                break
    return last
# what follows a cell written without a name: a verb or a relation ("Chi bộ trực thuộc ...", "Hiện Chi bộ có ..."), not
# the kind of cell ("Chi bộ thôn A", "Chi bộ nhà trường")
_BARE_CELL_AFTER = re.compile(r" (?:trực thuộc|thuộc|có|hiện có|hiện|đã|đang|kết nạp|được|vừa|cũng|sẽ|gồm|luôn|nay|"
                              r"phấn đấu|đạt|tổ chức|xét|giới thiệu)(?![\w])")
UNKNOWN = ""  # the body a count is about is one the text names but the extractor cannot: the count is left out
# "Đảng ủy Công ty đặt chỉ tiêu 15 đảng viên": a committee sets its Đảng bộ's target
# (or through a resolution it issued: "Đảng ủy đã ban hành Nghị quyết số 03-NQ/ĐU ... về ..., đặt chỉ tiêu ...")
# (a goal, "mục tiêu", set in a resolution it issued: the resolution is its Đảng bộ's; the goal a committee states
# alone is kept as written, its own)
_ISSUED = r"ban hành (?:Nghị quyết|Kế hoạch|Chương trình)[^.;]{0,160}?, "
_SETS_ITSELF = re.compile(rf"\s*(?:đã )?(?:(?:{_ISSUED})?đặt (?:ra )?chỉ tiêu|{_ISSUED}đặt (?:ra )?mục tiêu)")
# a committee that aims ("Đảng ủy phấn đấu ...", "Đảng ủy xác định mỗi năm kết nạp ..."): the target is its Đảng bộ's
# (or through a document it issued: "Đảng ủy Trường ban hành Chương trình số 09-CTr/ĐU ..., phấn đấu ...")
_AIMS = re.compile(rf"\s*(?:đã )?(?:{_ISSUED})?(?:tiếp tục |cũng )?(?:phấn đấu|xác định|đề ra mục tiêu)(?![\w])")
_ANCHOR_KINDS = {"PartyOrganization", "PartyCommittee", "PartyCell"}
# "kết nạp cho 11 sinh viên thuộc Chi bộ Sinh viên", "... quần chúng ưu tú của Chi bộ thôn A": whose the admitted are
_ADMITTED_OF = re.compile(r"(?: ưu tú)?(?: mới)? (?:thuộc|của) (?=Chi bộ |Đảng bộ )")
# an admission the clause plans or aims at ("Tháng 9 tới, Đảng ủy xã dự kiến trao quyết định kết nạp cho 4 quần chúng",
# "sẽ kết nạp", "chi bộ phấn đấu kết nạp thêm 4 đảng viên"): no member admitted yet (the usual wordings of a goal,
# "phấn đấu kết nạp N", "dự kiến kết nạp N", are read as targets by their own cues)
# or proposes ("Chi bộ đề nghị Đảng ủy xem xét kết nạp thêm 1 quần chúng": the admission is the committee's to decide),
# but a committee that considered and admitted ("Đảng ủy đã xem xét và kết nạp 12 đảng viên") admitted them
_PLAN_WORDS = r"[Dd]ự kiến|[Dd]ự định|sẽ|[Pp]hấn đấu"
_PROPOSAL_WORD = r"[Đđ]ề nghị"
_PLANNED = re.compile(rf"(?<![\w])(?:{_PLAN_WORDS}|{_PROPOSAL_WORD}|xem xét(?!,? (?:và|rồi) ))(?![\w])")
# any other flow planned is none done either ("sẽ trao Huy hiệu Đảng cho 40 đồng chí"), nor an award proposed
# ("Đảng ủy đề nghị cấp trên trao Huy hiệu 40 năm tuổi Đảng cho 12 đồng chí": the higher committee confers it); a
# report's reviewed and proposed confirmations ("xét, đề nghị công nhận đảng viên chính thức cho 16") and awards
# ("xem xét tặng ...") are done
_PLANNED_FLOW = re.compile(rf"(?<![\w])(?:{_PLAN_WORDS})(?![\w])")
_PROPOSED = re.compile(rf"(?<![\w]){_PROPOSAL_WORD}(?![\w])")
_PROPOSED_MEASURES = {"NewMembers", "PartyBadgesAwarded"}
# "Năm nào cũng kết nạp trên 180 đảng viên", "Có năm chi bộ kết nạp được 4 đảng viên": admissions of every year or of
# some year, no period's count
_SOME_TIME = re.compile(r"(?<![\w])(?:[Nn]ăm nào cũng|[Cc]ó (?:những )?(?:năm|tháng|đợt|lúc|thời điểm))(?![\w])")
# a sentence that breaks down the figures of the sentence before it, or compares its count ("Con số này giảm 6 đồng chí
# so với cùng kỳ")
_BREAKDOWN = re.compile(r"\s*(?:Trong đó|trong đó|Cụ thể|Riêng|Gồm|gồm|Trong số (?:này|đó)"
                        r"|(?:Con số|Số) (?:này|đó|trên)|Trong (?:tổng )?số (?:các |những )?"
                        r"(?:tân đảng viên|đảng viên mới|đảng viên được kết nạp))\b")
# "Trong đó, các đảng bộ: A ..., B ...": the heading of a breakdown list
_LIST_HEAD = re.compile(r"\s*,?\s*(?:các|những) (?:đảng bộ|chi bộ|đơn vị|địa phương|cơ sở|"
                        rf"{alt(*unit_types('DC', special_zone=False), case_first=False)})[^:;,.\d]{{0,30}}:")
# "Một số đảng bộ có kết quả khá như phường A (52 đảng viên), phường B (46)", "Các đảng bộ: A, B, C có số kết
# nạp cao nhất, lần lượt 14, 12 và 11": units' figures that illustrate the paragraph's headline count
_EXAMPLES = re.compile(r"(?<![\w])(?:[Cc]ác|[Mm]ột số|[Nn]hững|[Nn]hiều) (?:đảng bộ|chi bộ|đơn vị|địa phương|cơ sở|xã|"
                       r"phường)[^:;.\d]{0,40}?(?: như:?|:)\s*")
# a count that the next units' figures continue: "huyện A kết nạp 74 đảng viên, đạt 57%; thị xã B 31, đạt 62%"
_CONTINUED = {"NewMembers", "TotalMembers"}
_ACHIEVED = re.compile(rf"\s*,\s*(?:đạt|vượt) (?:{APPROX_WORDS} )?(?:{NUMBER}) ?%"
                       rf"(?: (?:so với )?(?:kế hoạch|chỉ tiêu)(?: năm)?)?")
_BEFORE_PERIOD = re.compile(r"\s*(?:trong|vào)?\s*")  # "kết nạp 8 đảng viên trong năm 2023"
# after a count, in its sentence: the per-unit figures that make it up, maybe in brackets right after it ("Kết nạp: 58
# (Chi bộ A: 24; Chi bộ B: 19; ...)")
_BREAKDOWN_IN = re.compile(r"[,;:(]\s*(?:trong đó|cụ thể|gồm|bao gồm)\s*(?:có\s*)?[,:]?\s*"
                           r"|\(\s*(?=(?:Chi bộ|Đảng bộ) [^()\n]*\d)")
# the term of a congress or a document dates the target it sets, not the counts around it; the span of an
# anniversary ("kỷ niệm 95 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2026)") dates the anniversary
_OF_A_DOCUMENT = re.compile(r"(?:Đại hội|đại hội)[^;.]{0,60}$|(?:[Nn]ghị quyết|Quyết định|Kế hoạch|Chỉ thị|Hướng dẫn|"
                            r"Thông tri|Kết luận|Quy định|số \d+[-/]?[A-ZĐ]*)[^,;.]*$|[Kk]ỷ niệm \d+ năm[^;.]{0,60}$")
_QUOTES = re.compile(r'["“”]')
# a document's quoted title: "Nghị quyết số 04-NQ/HU ... về "Phát triển ... giai đoạn 2020 - 2025""
_TITLED = re.compile(r"(?:[Nn]ghị quyết|Chỉ thị|Kết luận|Quy định|Hướng dẫn|Kế hoạch|Đề án|Chương trình|Quyết định)"
                     r"[^.;]{0,100}$")


def _of_a_document(text: str, s: int, at: int) -> bool:
    """The period at `at` (in the sentence from s) dates a congress or a document, not a count: it follows
    the document's name, or stands inside the document's quoted title."""
    if _OF_A_DOCUMENT.search(text[max(s, at - 80):at]):
        return True
    quotes = list(_QUOTES.finditer(text, s, at))
    if len(quotes) % 2 == 0 or quotes[-1].group() == "”":
        return False
    opened = quotes[-1].start()
    return _TITLED.search(text, max(s, opened - 100), opened) is not None


# the count toward a term's target after it, "đến" a day or a month with no start written ("Đến ngày 30/6/2024 đã
# kết nạp ..., đạt 82,5%"): from the term's start, not from the start of the day's year
_TOWARD_TARGET = {"NewMembers", "TargetAchievement"}
_TERM_KINDS = {"range", "term_named_before"}
_RUNNING_TO = re.compile(r"[Đđ]ến ")
# "..., đến nay mới đạt 50%": a share reached up to now
_SO_FAR = re.compile(rf"(?<![\w])đến nay,? (?:đã |mới |chỉ )?(?:đạt|bằng) (?:(?:{APPROX_WORDS}) )?$")
# "vừa kết nạp": admissions of just now, which the article's reporting period does not date
_JUST = re.compile(r"(?<![\w])vừa (?:tổ chức (?:lễ )?)?kết nạp(?: được)? $")
# an admission ceremony: its admissions happen on the day the article gives for it
_THIS_ROUND = re.compile(r"(?<![\w])(?:đợt (?:này|kết nạp này)|(?:buổi |tại )?lễ (?:kết nạp )?(?:này|hôm nay))(?![\w])")
_CEREMONY = re.compile(r"(?:[Ll]ễ|buổi lễ) kết nạp|[Tt]ại buổi lễ|trao quyết định kết nạp")
# "Với việc kết nạp hai đồng chí, chi bộ hiện có ...": an admission the article reported, restated for the total; "Chị
# A là một trong hai đảng viên được kết nạp trong quý": restated for one of the admitted
_RESTATED = re.compile(r"(?<![\w])(?:[Vv]ới việc|[Mm]ột trong(?: số)?) $")
_PARAGRAPH_PERIODS = {"as_of", "as_of_month", "as_of_month_of_year", "months", "months_late", "years_ago",
                      "months_past", "quarter", "year",
                      "by_year", "range", "since", "year_since", "term_named_since", "term_to_now", "day_range",
                      "day_to_month", "month_pair", "quarter_of_year",
                      "months_cumulative", "since_event"}
_STOCK_PERIODS = {"as_of", "as_of_month", "as_of_month_of_year", "months", "months_late", "years_ago",
                  "months_past", "quarter", "month",
                  "month_of_year", "day", "year", "by_year",
                  "quarter_of_year", "months_cumulative", "at_moment", "term_start", "at_event"}
# a stock counted on a stated day ("tính đến ngày 30/6/2023 có ...") is dated that day (one day: twice)
_DAY_PERIODS = {"as_of", "day", "at_moment", "as_of_month", "as_of_month_of_year", "at_event"}
_YEAR_PERIODS = {"year", "by_year", "years_ago", "term_start"}
# the periods a lead or a title gives that date a stock on one day: a stated day, or the last of a span of days
# ("từ ngày 1/7 đến ngày 15/11/2025": on 15/11/2025)
_ON_DAY_PERIODS = _DAY_PERIODS | {"day_range"}
_DAY_KINDS = {"as_of", "day", "day_since", "day_from", "day_range", "day_to_month", "month_pair", "month",
              "month_of_year", "as_of_month", "as_of_month_of_year", "month_since_of_year", "at_moment", "at_event"}
# "tăng 76 đồng chí so với cuối năm 2018", "nhiều hơn năm 2023 là 42": the period compared with, not the period
# of the count
# (a multiple of another period's count, "gấp đôi năm 2023 (10 đảng viên)", compares with it too)
_BASELINE = re.compile(r"(?:[Ss]o với|(?:nhiều|ít) hơn|gấp (?:đôi|rưỡi|ba|bốn|năm|\d+(?:,\d+)? lần)) (?:cùng kỳ )?"
                       r"(?:cuối |đầu )?$")
# "Cùng kỳ năm 2022, cả huyện kết nạp 88 người" after a count of "8 tháng năm 2023": a report's figure for
# the same part of an earlier year (not a baseline "so với cùng kỳ", which _BASELINE reads)
_SAME_TIME_OF = re.compile(r"(?<![\w])(?<!với )[Cc]ùng kỳ $")
# the second value of a change ("giảm từ 18 bản (năm 2020) xuống còn 4 bản"), and the present ("nay đã có 13")
_FIRST_VALUE = re.compile(r"(?<![\w])từ \d")
# the first value of a change right before its second: "tăng từ 194 lên 220" (the "194 " before "lên 220")
_FIRST_OF_CHANGE = re.compile(r"(?<![\w])từ (?:[^\W\d]+ )?(?P<v>\d[\d.,]*) (?:(?:đảng viên|ĐV|đồng chí) )?$")
_SECOND_VALUE = re.compile(r"(?<![\w])(?:lên|xuống)(?: còn)? ")
_NOW = re.compile(r"(?<![\w])(?:[Nn]ay|[Hh]iện nay|[Hh]iện tại|[Hh]iện)(?![\w])")
# the reporting period of an article (its title, else its lead): "sơ kết 6 tháng đầu năm 2023"
_REPORT_PERIODS = {"months", "months_late", "months_past", "quarter", "year", "range"}
_DATED_YEAR = re.compile(r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d{2})(?!\d)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# numbered units exist only for urban districts and wards ("Quận 1", "Phường 7")
_NUMBERED = {"quận", "phường"}


def _real_unit(unit: tuple[str, str] | None) -> tuple[str, str] | None:
    if unit and unit[1].isdigit() and unit[0] not in _NUMBERED:
        return None
    return unit


# "chiếm 18,6% tổng số viên chức, người lao động": the members' share of the staff
_OF_STAFF = re.compile(rf"\s*(?:trong |trên )?(?:tổng số |số )?(?:(?:{APPROX_WORDS}) )?"
                       rf"(?:(?:{NUMBER})(?: nghìn| ngàn)? )?"
                       r"(?:cán bộ|viên chức|công chức|người lao động|công nhân|quân nhân|"
                       r"cán bộ, chiến sĩ|nhân viên|quân số|lao động)(?![\w])")  # (quân số: an armed unit's strength;
# lao động: an enterprise's workforce, "chiếm 38,6% lao động toàn công ty")
_OF_TARGET = re.compile(r"\s*(?:so với )?(?:kế hoạch|chỉ tiêu)(?![\w])")
# "đảng viên là người Hrê", "đảng viên dân tộc thiểu số", "đảng viên nữ": a group of the members; "đảng viên
# có trình độ sau đại học": the members of an education level (the structure of the membership a report gives)
_GROUP_OF_MEMBERS = re.compile(r"(?:[Đđ]ảng viên|ĐV) (?:mới )?(?:là )?(?:người |đồng bào )?"
                               r"(?:dân tộc|nữ(?![\w])|trẻ(?![\w])|"
                               r"(?<=người )[A-ZĐÊÂÔƠƯ]|(?<=là )(?:đoàn viên|sinh viên|công nhân)|"
                               r"(?<=viên )có trình độ |(?<=ĐV )có trình độ )")
# "Trong đó, ... chiếm N%" after a count: the share of a part of what the sentence before counted
_SHARE_OF_PART = {"GrassrootsPartyOrganizations": "GrassrootsPartyOrganizationsByTypeShare",
                  "TotalMembers": "MembersByGroupShare", "NewMembers": "NewMembersShareByGroup"}


# the body's cells of one kind, written as a plural ("các chi bộ thôn", "những chi bộ doanh nghiệp")
_CELL_KINDS = (r"(?:các|những) chi bộ (?:thôn|bản|ấp|xóm|làng|buôn|sóc|tổ dân phố|khu phố|khối phố|khu dân cư|"
               r"doanh nghiệp|cơ quan|trường học)(?![\w])")
# cells counted by the kind of unit they sit in ("54 chi bộ đảng trong hợp tác xã, với 438 đảng viên")
_CELLS_IN_UNITS_OF_A_KIND = re.compile(r"(?<![\w])\d+ chi bộ(?: đảng)? (?:trong|tại|ở) (?:các )?(?:hợp tác xã|HTX|"
                                       r"doanh nghiệp|cơ sở tôn giáo|trường học)[^.;:\d]{0,30}?,? (?:với|có) "
                                       r"(?:tổng số |tổng cộng )?$")
_CELLS_OF_A_KIND = re.compile(rf"(?<![\w]){_CELL_KINDS}")
_IN_CELLS_OF_A_KIND = re.compile(rf"\s*(?:tại|ở) {_CELL_KINDS}")


# the group the admitted of a target belong to, after their count: "120 đảng viên là người Hoa", "40 đảng viên là sinh
# viên"
_OF_A_GROUP = re.compile(r" là (?:người (?:dân tộc|[A-ZĐÊÂÔƠƯ])|đồng bào|dân tộc|nữ|sinh viên|học sinh|đoàn viên|"
                         r"công nhân|giáo viên|chức sắc|tín đồ)")


def _clause_end(text: str, at: int) -> int:
    """The end of the clause at `at` (the next "." ";" or line end)."""
    m = _CLAUSE_END.search(text, at)
    return m.start() if m else len(text)


_CLAUSE_END = re.compile(r"[.;\n]")


def _refine(text: str, s: int, q: int, m: re.Match, measure: str, here: list[tuple[int, str, str]],
            broken_down: str | None = None) -> str:
    """The finer measure a cue stands for in its context."""
    rest = _REST_OF_PERIOD.search(text, s, q) if measure == "AdmissionTarget" else None
    if rest and _of_a_document(text, s, rest.start()):
        rest = None  # "Nghị quyết ... về nhiệm vụ 6 tháng cuối năm 2025, đặt chỉ tiêu kết nạp 5": the document's period
    if measure == "AdmissionTarget" and (rest or _TO_FILL_TARGET.match(text, m.end())) \
            and not _PART_OF_YEAR.search(text, s, _clause_end(text, m.end())):
        return "AdmissionTargetRemaining"
    if measure == "AdmissionTarget" and _OF_A_GROUP.match(text, m.end()):
        return "AdmissionTargetByGroup"  # "kết nạp ít nhất 120 đảng viên là người Hoa": the aim for one group
    if measure == "NewMembers" and "nông thôn" in text[max(s, q - 40):q]:
        return "RuralNewMembers"
    if measure == "NewMembers" and (_CELLS_OF_A_KIND.search(_clause(text, s, m.start()))
                                    or _IN_CELLS_OF_A_KIND.match(text, m.end())):
        # "Riêng các chi bộ khu phố kết nạp 38 đảng viên", "24 đảng viên được kết nạp tại các chi bộ tổ dân phố": the
        # admissions in one kind of the body's cells, a part of its admissions
        return "NewMembersByGroup"
    if measure == "NewMembers" and _GROUP_OF_MEMBERS.search(_clause(text, s, m.start())):
        return "NewMembersByGroup"  # "riêng đảng viên người Hoa kết nạp 22 người": a group's part of the admissions
    if measure == "TotalMembers" and _CELLS_IN_UNITS_OF_A_KIND.search(text, max(s, q - 90), q):
        # "toàn tỉnh có 54 chi bộ đảng trong hợp tác xã, với 438 đảng viên": the members of one kind of cells, a part
        return "MembersByGroup"
    if measure == "MemberGrowth" and _GROUP_OF_MEMBERS.search(_clause(text, s, m.start())):
        return "GroupMemberGrowth"  # "số đảng viên người Chăm tăng 296 đồng chí": a group's, not the membership's
    if measure == "MembersByEducation":
        who = "GrassrootsCommitteeMembers" if "cấp ủy viên" in text[s:q] else "Members"
        return f"{who}With{EDUCATION_MEASURE[m['lvl'].lower()]}"
    if measure == "Share":
        # "..., chiếm 51%": the share of the count just before it; "x đảng viên/y cán bộ, chiếm 92%"
        # (a share is of a count, not of a target or a rate: "..., bằng 61% kế hoạch (N đảng viên); nữ chiếm 40%")
        last = max((x for x in here if x[0] < q and x[1] not in PERCENT | TARGETS), default=None)
        if _OF_STAFF.match(text, m.end()):  # "476 đảng viên, chiếm 18,6% tổng số viên chức"
            return "MemberShareOfStaff"
        if _OF_TARGET.match(text, m.end()) and last is not None and last[1] == "NewMembers":
            return "TargetAchievement"  # "đã kết nạp 30 đảng viên, chiếm 75% chỉ tiêu": the share of the target reached
        # (the group's clause, its list in brackets passed over: "Đảng viên mới là người dân tộc thiểu số (Tày, Nùng,
        # Dao) chiếm 61,9%")
        group = _GROUP_OF_MEMBERS.search(_clause(text, s, _before_brackets(text, s, m.start())))
        if group:
            # "(tỷ lệ) đảng viên là người dân tộc thiểu số chiếm 93,4%": a group's share of the members,
            # or of the new members the sentence counts ("tỷ lệ đảng viên mới là đoàn viên chiếm 68,4%")
            # ("tỷ lệ đảng viên trẻ trong số được kết nạp chiếm 64,3%": of the new members)
            return "NewMembersShareByGroup" if any(x[1] == "NewMembers" for x in here) or " mới " in group.group() \
                or "kết nạp" in text[group.end():m.start()] else "MembersByGroupShare"
        if last is not None and last[1] in ("RuralNewMembers", "NewMembers", "MembersByGroup",
                                            "MassOrganizationMembersInParty"):
            return f"{last[1]}Share"
        if last is not None and last[1] == "NewMembersByGroup":  # "836 đảng viên là người Chăm, chiếm 37,1%"
            return "NewMembersShareByGroup"
        if re.search(r"\d+ (?:đảng viên|ĐV)(?:/| trên tổng số | trên )\d+ "
                     r"(?:cán bộ|người|công chức|viên chức|nhân viên)",
                     text[s:q]):  # "82 đảng viên trên tổng số 104 cán bộ, chiến sĩ (chiếm 78,8%)"
            return "MemberShareOfStaff"
        if last is not None and last[1].startswith("MembersWith"):
            return "MembersByGroupShare"  # "192 đảng viên có trình độ sau đại học, chiếm 52,2%": an education group's
        if last is None and broken_down in _SHARE_OF_PART:
            return _SHARE_OF_PART[broken_down]
        if last is not None and last[1] in _SHARE_OF_PART.values():  # "...; loại hình B chiếm 10%"
            return last[1]
        return "Share"
    return measure


def _article_year(doc: Doc, text: str) -> str | None:
    """The year of the article: its date, else the year its text names most, full dates counting twice
    (the latest on a tie)."""
    issued = getattr(doc._.article, "issued", None)
    if issued:
        return str(issued)[:4]
    years = Counter(m.group() for b, e in doc._.article.body_spans for m in _YEAR.finditer(text, b, e))
    # a full date ("3-2-2026") names the year of an event more surely than a bare year
    years.update(m.group(1) for m in _DATED_YEAR.finditer(text))
    if not years:
        return None
    return max(years, key=lambda y: (years[y], y))


def _enclosed(mentions: list) -> set[int]:
    """The ids of the mentions written inside another's name: "Tỉnh ủy" in "Ban Tuyên giáo và Dân vận Tỉnh ủy" only
    names the board's committee (a board, an office, a commission are named after the committee they serve)."""
    out: set[int] = set()
    reach, reach_start = -1, -1  # the furthest end of a mention started before, and that mention's start
    for o in sorted(mentions, key=lambda o: (o.start, -o.end)):
        if o.start > reach_start and o.end <= reach:
            out.add(id(o))
        if o.end > reach:
            reach, reach_start = o.end, o.start
    return out


# "Đảng bộ Đồn có 3 chi bộ trực thuộc là Chi bộ A, Chi bộ B và Chi bộ C, với 41 đảng viên": the bodies a count of
# bodies goes on to name are what was counted, not who counts the figures after them
_ENUMERATION_HEAD = re.compile(r"\d (?:chi bộ|đảng bộ|tổ chức cơ sở đảng)(?: cơ sở| trực thuộc)*"
                               r"(?: là| gồm(?: có)?|:)\s")
_ENUMERATION_BREAK = re.compile(r"[\d.;:()]")


def _enumerations(text: str) -> list[tuple[int, int]]:
    """The stretches of text where a count of bodies names them (from the count's "là"/"gồm" to the next number or
    punctuation that ends the list), found once for the whole text."""
    out = []
    for head in _ENUMERATION_HEAD.finditer(text):
        stop = _ENUMERATION_BREAK.search(text, head.end())
        out.append((head.end(), stop.start() if stop else len(text)))
    return out


class Anchors:
    """The party organization a count is about."""

    def __init__(self, doc: Doc, text: str, units: UnitLists):
        self.doc = doc
        self.text = text
        self.ctx = doc._.context
        self.units = units
        self.org_mentions = doc._.org_mentions or []  # (each `doc._` costs microseconds: read once)
        self.enclosed = _enclosed(self.org_mentions)
        lists = _enumerations(text)
        self.enumerated = {id(o) for o in self.org_mentions if any(a <= o.start < b for a, b in lists)}
        self.mentions = [o for o in self.org_mentions if o.kind in _ANCHOR_KINDS and o.name != PARTY
                         and not (text[o.start].islower()
                                  and (_COUNTED.search(text, max(0, o.start - 3), o.start)
                                       or _COUNTED_IN_WORDS.search(text, max(0, o.start - 24), o.start)
                                       or _POST_OF.search(text, max(0, o.start - 16), o.start)
                                       or (not o.explicit and _MEETING_OF.search(text, max(0, o.start - 16), o.start))
                                       or _PLURAL.search(text, max(0, o.start - 60), o.start)))]
        # the party bodies the text names that the organizations component did not read, and the cells it writes
        # without a name and the component left unread
        self.unread = self._unread()
        self.bare_cells = [(m.start(), m.end()) for m in _BARE_HEAD.finditer(text) if m.group() == "Chi bộ"
                           and _BARE_CELL_AFTER.match(text, m.end())
                           and not any(o.start <= m.start() < o.end for o in self.org_mentions)]
        self.subject_unread = False  # the article is about a body the extractor cannot name
        self.subject = self._subject()
        self._topics: dict[int, str | None] = {}

    def stock_owner(self, o) -> str:
        """The organization a stock counted at the mention o belongs to (a committee's Đảng bộ)."""
        return self._name(o, True)

    def _name(self, o, stock: bool) -> str:
        # the structure and the membership belong to the Đảng bộ, not to its committee
        if stock and o.kind == "PartyCommittee" and o.parent and o.parent.startswith("Đảng bộ"):
            return o.parent
        return o.name

    def candidates(self, s: int, q: int, stock: bool = True, places: bool = True) -> list[tuple[int, str, int]]:
        """(end, organization, start) of every party body or unit (when `places`) named in [s, q), but
        a body that only qualifies one named before it ("Chi bộ X trực thuộc Đảng bộ Y có ...")."""
        text, ctx = self.text, self.ctx
        cands: list[tuple[int, str, int]] = []
        # a body the organizations component did not read is a body all the same: a count after it is not another's
        unread = [(a, b) for a, b, _h in self.unread if s <= a < q]
        cands += [(b, UNKNOWN, a) for a, b in unread]
        for o in self.mentions:
            if s <= o.start < q and id(o) not in self.enclosed \
                    and not (not o.explicit and _OWNED.search(text, max(s, o.start - 12), o.start)) \
                    and not any(a <= o.start < b for a, b in unread) and id(o) not in self.enumerated:
                cands.append((o.end, self._resolved(o, s, stock), o.start))
        for m in _PART_ORGANIZATION.finditer(text, s, q):
            cands.append((m.end(), self._part_organization(m.start()), m.start()))
        for a, b in self.bare_cells:
            if s <= a < q:
                cell = self._cell_named_before(a)
                if cell is not None:
                    cands.append((b, cell, a))
        for u in ctx.units if places else []:
            end = u.start + len(u.utype) + 1 + len(u.name)
            if s <= u.start and end <= q and _real_unit((u.utype, u.name)) \
                    and not any(a <= u.start < b for a, b in unread) \
                    and not any(o.start <= u.start < o.end for o in self.org_mentions) \
                    and not self._locates(u) and not _SERVED.search(text, max(s, u.start - 80), u.start):
                cands.append((end, party_org_name(u.utype, u.name), u.start))
        for m in _WHOLE.finditer(text, s, q):
            cands.append((m.end(), self.whole(m["u"], m.start()), m.start()))
        for m in _UNIT_SUBJECT.finditer(text, s, q):
            cands.append((m.end("u"), self.whole(m["u"], m.start()), m.start()))
        for m in _WHOLE_PARTY.finditer(text, s, q):
            cands.append((m.end(), PARTY, m.start()))
        for m in _WHOLE_COMMAND.finditer(text, s, q):
            named = {o.name for o in self.org_mentions if o.name.startswith(m["h"] + " ")
                     and NUMBERED_COMMAND.fullmatch(o.name)}
            if len(named) == 1:
                cands.append((m.end(), f"Đảng bộ {named.pop()}", m.start()))
        # "thực hiện Chỉ thị số 26-CT/TU của Ban Thường vụ Tỉnh ủy ...; phấn đấu kết nạp ...": the issuer of a
        # document the sentence cites counts nothing
        cands = [c for c in cands if not _ISSUER.search(text, max(s, c[2] - 100), c[2])]
        # "tăng từ 194 lên 220, trong đó 16 đồng chí do tiếp nhận chi bộ A và 10 đồng chí chuyển đến": a body received
        # (with its members) is what the subject took in, not who counts
        cands = [c for c in cands if not _RECEIVED.search(text, max(s, c[2] - 12), c[2])]
        # "Đảng bộ phường A (hình thành từ các phường B, C của thành phố D cũ) có 48 chi bộ": the units a body was
        # formed from, listed after it, are gone since the merger; the count is the body's
        formed = [(f.start(), f.end()) for f in _FORMED_FROM_LIST.finditer(text, s, q)]
        # "còn 7 chi bộ (hợp nhất Chi bộ A và Chi bộ B thành Chi bộ C) với 193 đảng viên": an aside in brackets, closed
        # before the count, says something of what stands before it; a body it names does not count
        formed += _asides(text, s, q)
        cands = [c for c in cands if not any(a < c[2] < b and any(d[2] < a for d in cands) for a, b in formed)]
        cands = [c for c in cands if not _RANKED_WITHIN.search(text, max(s, c[2] - 90), c[2])]
        # "Chi bộ Trạm Y tế xã A đề ra ...", its mention read short ("Chi bộ", resolved to that cell): the unit in the
        # words of a body's name written out is part of that name, no body of its own
        cands = [c for c in cands if not any(d[2] < c[2] and d[1] and " ".join(text[d[2]:c[0]].split()) == d[1]
                                             for d in cands)]
        return [c for c in cands if not ((_QUALIFIER.search(text, max(s, c[2] - 30), c[2])
                                          or _VENUE.search(text, max(s, c[2] - 5), c[2])
                                          or _DESTINATION.search(text, max(s, c[2] - 40), c[2])
                                          or _ORIGIN.search(text, max(s, c[2] - 80), c[2]))
                                         and any(d[2] < c[2] for d in cands))]

    def actor(self, s: int, q: int) -> str | None:
        """The body named last in [s, q) that does what a count counts: a mass organization (it introduces
        its members to the party), an inspection commission, or a party body; not a partner ("phối hợp với
        Đoàn Thanh niên xã giới thiệu ...": the subject introduces). A sentence that names none ("các cấp
        Hội đã giới thiệu ...") is about the mass organization its paragraph named last, else the one the
        article names most; None when the text names no such body. "" when two bodies do it together
        ("Hội Nông dân và Tỉnh đoàn giới thiệu N"): the count is no one body's."""
        # the subject of the clause that counts ("Thực hiện Chương trình ... của Tỉnh ủy, năm 2024 các cấp bộ
        # Đoàn đã giới thiệu ...": the committee only issued a document)
        clause = max(s, *(self.text.rfind(c, s, q) + 1 for c in ",;:"))
        actors = [(o.end, o.name, o.start) for o in self.org_mentions if o.kind in _ACTOR_KINDS]
        found = [c for c in actors if clause <= c[2] < q] + self.candidates(clause, q, stock=False, places=False)
        found = [c for c in found if not _PARTNER.search(self.text, max(s, c[2] - 15), c[2])
                 and not _SETS.match(self.text, c[0])]  # "Đảng ủy X giao chỉ tiêu đồn giới thiệu ...": X sets it
        if found:
            # the body named last; of two ending together ("Ban Thường vụ Huyện ủy"), the whole one
            last = max(found, key=lambda c: (c[0], -c[2]))
            joint = _JOINT.search(self.text, clause, last[2]) or \
                any(c[0] <= last[2] and _JOINED.fullmatch(self.text, c[0], last[2]) for c in found)
            return "" if joint else last[1]
        if clause > s and self.text[clause - 1] == ";":
            # "cấp ủy các cấp trong Đảng bộ tỉnh đã kiểm tra 31 tổ chức đảng; giám sát chuyên đề 47 tổ chức đảng": a
            # clause after a semicolon goes on with the subject of the clauses before it
            earlier = [c for c in actors if s <= c[2] < clause] + self.candidates(s, clause, stock=False, places=False)
            earlier = [c for c in earlier if not _PARTNER.search(self.text, max(s, c[2] - 15), c[2])
                       and not _SETS.match(self.text, c[0])
                       and not _ISSUER_OF.search(self.text, max(s, c[2] - 40), c[2])]
            if earlier:
                return max(earlier, key=lambda c: (c[0], -c[2]))[1]
        para = _paragraph(self.text, s)
        # "Bà X, Phó Chủ tịch Hội ..., nguyên Chủ tịch Hội Y, cho biết Hội phấn đấu ...": a former post's body
        # is not the one the speaker speaks for
        before = [c for c in actors if para <= c[2] < clause
                  and not _FORMER_POST.search(self.text, max(para, c[2] - 30), c[2])
                  and not _ISSUER_OF.search(self.text, max(para, c[2] - 40), c[2])]
        if before:
            return max(before)[1]
        # ("Chín tháng, các cơ sở Hội trong huyện giới thiệu 47 hội viên": the association's grassroots together, of
        # the association the article names most, before or after the sentence)
        levels = _ASSOCIATION_LEVELS.search(self.text, clause, q)
        if levels:
            # ("... trong tỉnh": the province's association, named by its unit word: "Hội ... tỉnh A", "Tỉnh đoàn A")
            level = levels["u"]
            named = Counter(o.name for o in self.org_mentions if o.kind == "MassOrganization"
                            and (not level or level in o.name.casefold().split()))
        else:
            named = Counter(c[1] for c in actors if c[2] < q)
        # "ĐẠI HỘI ĐẠI BIỂU HỘI CHỮ THẬP ĐỎ TỈNH ...": the mass organization the headline names (its unit's name left
        # out, as headlines do) is the one the article is about, whatever guests' bodies the text names more
        title = (self.doc._.article.title or "").casefold()
        titled = [n for n in named if any(" ".join(n.split()[:k]).casefold() in title
                                          for k in range(3, len(n.split()) + 1))] if title else []
        if len(titled) == 1:
            return titled[0]
        return max(named, key=lambda n: (named[n], n)) if named and max(named.values()) >= 2 else None

    def _locates(self, u) -> bool:
        """"Đảng bộ xã A, huyện B có ...", "Chi bộ ấp C (xã D) kết nạp ...": a unit set right after a
        body, above the body's own unit, only says where the body is (the press's locator)."""
        before = _LOCATOR_BEFORE.search(self.text, max(0, u.start - 3), u.start)
        if before is None:
            return False
        body = next((o for o in self.mentions if o.end == before.start()), None)
        if body is None:
            # "Chi bộ Kho bạc cơ sở 3 tỉnh A (phường B)": the place of a body not read
            return any(b == before.start() for _a, b, _h in self.unread)
        # a province after a city ("thành phố A (tỉnh B)"): the city is one of the province's
        return body.utype is None or _RANK[u.lvl] < _RANK[LEVEL.get(body.utype, "C")] \
            or (u.utype == "tỉnh" and body.utype == "thành phố")

    def organ(self, organ: str, start: int, end: int, party: str | None) -> str | None:
        """"Ban Chấp hành khóa IX gồm 13 đồng chí": the organ the cue names, as the organizations
        component read it, else the organ of the party organization the count is about."""
        kinds = _ORGAN_KINDS[organ]
        for o in self.org_mentions:
            if o.name.startswith(organ) and start - 5 <= o.start < end:
                return o.name if o.kind in kinds else None  # the committee of a mass organization ...
        if _NOT_PARTY_ORGAN.search(self.text, start, end):
            return None
        if _NOT_PARTY_ORGAN.search(self.text, _paragraph(self.text, start), start):
            # "Đại hội bầu Ban Chấp hành Hội LHPN xã gồm 15 đồng chí. Ban Chấp hành khóa I bầu Ban Thường vụ gồm 5
            # đồng chí": a bare organ after a mass organization's is that organization's
            return None
        para = _paragraph(self.text, start)
        para_end = self.text.find("\n", start)
        para_end = len(self.text) if para_end < 0 else para_end
        if _MASS_LEADER.search(self.text, para, para_end) and not _PARTY_LEADER.search(self.text, para, para_end):
            # "Đại hội bầu Ban Chấp hành khóa VIII gồm 54 ủy viên ...; bà A tái đắc cử Chủ tịch Hội": a committee that
            # elects a Chủ tịch is a mass organization's (a party committee elects a Bí thư)
            return None
        if party is None:
            return None
        if organ == "Ban Chấp hành":
            return f"{organ} {party}"
        unit = _PARTY_ORG.match(party)
        return f"{organ} {committee_name(unit['u'], unit['n'])}" if unit else None

    def _resolved(self, o, s: int, stock: bool) -> str:
        """The organization the mention o stands for in a count (UNKNOWN: a body the text names but the extractor
        cannot)."""
        for found in (self._whole(o), self._named_before(o, stock), self._bare(o, s)):
            if found is not None:
                return found
        return self._name(o, stock)

    def _unread(self) -> list[tuple[int, int, str]]:
        """(start, end, head) of each party body written with a name ("Chi bộ Báo tỉnh A", "Đảng bộ Kho bạc tỉnh A")
        that no organization mention covers beyond its head."""
        text, out = self.text, []
        read = {o.name for o in self.org_mentions}
        for m in _NAMED_HEAD.finditer(text):
            if any(o.start <= m.start() and o.end > m.end() for o in self.org_mentions):
                continue
            run = _NAME_RUN.match(text, m.end())
            if run is None or text.startswith("Đảng", m.end()) \
                    or _POST_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue  # "Chi bộ Đảng", "Đảng bộ Đảng Cộng sản Việt Nam tỉnh A"; a post's holder, a short name
            end = _name_end(text, m.end(), run.end())
            if _PLACED_AFTER.match(text, run.end()):
                end = run.end()  # (the name runs to the relation that places the body, lower-case words and all)
            numbered = _NUMBER_AFTER.match(text, end, run.end())  # (`$`: the run's end)
            end = numbered.end() if numbered else end
            # a name has two capitalized words at least, or a word and a number ("Chi bộ Tổ 3"): "Đảng ủy Bộ",
            # "Đảng bộ Nhà trường" are the short forms of a body the article named; a body read where the text names
            # it elsewhere (a photo caption's) is read
            if (len(_CAPITALIZED.findall(text, m.end(), end)) >= 2 or numbered) \
                    and " ".join(text[m.start():end].split()) not in read:
                out.append((m.start(), end, m.group().strip().lower()))
        return out

    def _part_organization(self, at: int) -> str:
        """"Ở Xí nghiệp A, Đảng bộ bộ phận hiện có ...": the part organization of the workplace its clause names before
        it; UNKNOWN when the clause names none (it is never the Đảng bộ it is part of)."""
        clause = max(_paragraph(self.text, at), *(self.text.rfind(c, 0, at) + 1 for c in ".;:"))
        hosts = [o for o in self.org_mentions if o.kind == "OtherOrganization" and clause <= o.start and o.end <= at]
        return f"Đảng bộ {hosts[-1].name}" if hosts else UNKNOWN

    def _cell_named_before(self, at: int, since: int | None = None) -> str | None:
        """A cell written without its name at `at` ("Chi bộ hiện có 12 người"): the cell the paragraph (or the
        text from `since`) named last, but one only placed, formed from or listed in a plural ("trên cơ sở hợp nhất
        các chi bộ A, B"); UNKNOWN when that cell is one the extractor did not read; else the article's cell; None when
        the text names none."""
        text = self.text
        para = _paragraph(text, at) if since is None else since
        named = [(m.start, m.name) for m in self.mentions if m.kind == "PartyCell" and m.explicit
                 and para <= m.start and m.end <= at
                 and not _QUALIFIER.search(text, max(para, m.start - 30), m.start)
                 and not _merged_away(text, para, m.start, m.end)]
        named += [(a, UNKNOWN) for a, b, h in self.unread if h == "chi bộ" and para <= a and b <= at]
        if named:
            return max(named)[1]
        if self.subject_unread:
            return UNKNOWN
        return self.subject if self.subject and self.subject.startswith("Chi bộ ") else None

    def _whole(self, o) -> str | None:
        """"Một số đảng bộ làm tốt như: A 82, B 66; Đảng bộ xã C chỉ kết nạp 24. ... toàn Đảng bộ kết nạp 336":
        the whole party organization the article is about, not a unit that the paragraph named last as an
        example of its parts."""
        text = self.text
        if text[o.start:o.end].lower() != "đảng bộ" or not _WHOLE_HEAD.search(text, max(0, o.start - 5), o.start) \
                or not (self.subject and self.subject.startswith("Đảng bộ ")):
            return None
        para = _paragraph(text, o.start)
        before = [m for m in self.mentions if para <= m.start and m.end <= o.start and m.explicit]
        if not before:
            return None
        example = None
        for example in _EXAMPLES.finditer(text, max(para, before[-1].start - 120), before[-1].start):
            pass
        return self.subject if example and "." not in text[example.end():before[-1].start] else None

    def _named_before(self, o, stock: bool) -> str | None:
        """"Đảng bộ X trực thuộc Đảng bộ Y, hiện có ...; toàn Đảng bộ kết nạp ...": a bare "Đảng bộ" or
        "Đảng ủy" is the Đảng bộ (or its committee) the paragraph named last, but one that only places another, one of
        those it was formed from ("trên cơ sở sáp nhập Đảng bộ A với Đảng bộ B") or one that only issued a document the
        paragraph cites ("thành lập theo Quyết định số ... của Đảng ủy Y")."""
        head = self.text[o.start:o.end]
        if head.lower() == "chi bộ":
            return self._cell_named_before(o.start)
        if head.lower() not in _BARE_HEADS:
            return None
        para = _paragraph(self.text, o.start)
        before = [m for m in self.mentions if para <= m.start and m.end <= o.start
                  and _PARTY_HEAD_TEXT.match(self.text, m.start) and self.text[m.start:m.end].lower() not in _BARE_HEADS
                  and not _QUALIFIER.search(self.text, max(para, m.start - 30), m.start)
                  and not _merged_away(self.text, para, m.start, m.end)
                  and not _GIVER.match(self.text, m.end)
                  and not _DOCUMENT_OF.search(self.text, max(para, m.start - 80), m.start)]
        # "Đảng bộ Kho bạc tỉnh A trực thuộc ... Hiện Đảng bộ có ...": the body named last is one the extractor did not
        # read
        unread = [a for a, b, h in self.unread if h != "chi bộ" and para <= a and b <= o.start
                  and not _QUALIFIER.search(self.text, max(para, a - 30), a)]
        if unread and (not before or unread[-1] > before[-1].start):
            return UNKNOWN
        if not before:
            if self.subject_unread:
                return UNKNOWN
            # "Tính từ ngày 1/7 đến nay, Đảng bộ kết nạp 19 đảng viên" in a paragraph that names no body: the Đảng bộ
            # the article is about, not the unit named nearest (a former commune the new body was formed from)
            subject = self.subject
            return subject if head == "Đảng bộ" and subject and subject.startswith("Đảng bộ ") else None
        name = self._name(before[-1], True)
        if not name.startswith("Đảng bộ "):
            return None
        if stock or head.lower() == "đảng bộ":
            return name
        # a flow of "Đảng ủy": the committee of that Đảng bộ, as the organizations component read it
        return next((m.name for m in self.mentions if m.kind == "PartyCommittee" and m.parent == name), name)

    def _bare(self, o, s: int) -> str | None:
        """"Đảng bộ xã có ...": a body written without its unit's name is the article's subject body of
        that unit type, unless the sentence names another unit of the type."""
        if o.explicit or not o.utype or not self.subject or self.subject_utype != o.utype \
                or not re.match(r"[Đđ]ảng (?:bộ|ủy|uỷ)", self.text[o.start:o.end]):  # not a cell, not an organ
            return None
        if o.uname and any(u.utype == o.utype and u.name == o.uname and s <= u.start < o.start
                           for u in self.ctx.units):
            return None
        return self.subject

    def whole(self, word: str, pos: int) -> str:
        """"toàn tỉnh": the Đảng bộ of the unit the text is about, as written when it names none."""
        utype = unit_type(word)
        unit = _real_unit(self.ctx.resolve(utype, pos))
        if unit is None and utype in ("tỉnh", "thành phố"):
            unit = self.units.province()
        return party_org_name(*unit) if unit else f"Đảng bộ {utype}"

    @staticmethod
    def _title_names_another(head: str, title: str) -> bool:
        """A bare head ("Đảng bộ", "Chi bộ") the text writes that a headline in mixed case writes only with a name
        after it ("Đảng bộ Văn phòng A: ..."): the headline names a body, the bare head may be another."""
        if head.lower() not in _BARE_HEADS | {"chi bộ"} or title.isupper():
            return False
        return re.search(rf"(?<![\w]){re.escape(head)}(?![\w])(?! [{UPPER}])", title) is None

    def _placed_under(self, o, named: list) -> object | None:
        """"Đảng bộ X, một đảng bộ cơ sở thuộc Đảng bộ Y", "Đảng bộ X từ tháng 7 thuộc Đảng bộ Y": the
        body X a clause places under the mention o of its superior (None when o places none): a grassroots body's
        news introduces itself so, and names its superior that way again and again (a guest's post, a document's
        issuer); the placing is said of X."""
        text = self.text
        if not _UNDER.search(text, max(0, o.start - 30), o.start):
            return None
        before = [m for m in named if m.end <= o.start and o.start - m.end <= 60
                  and not any(c in text[m.end:o.start] for c in ".;:()\n")]
        return max(before, key=lambda m: m.end) if before else None

    def _subject(self) -> str | None:
        """The party organization the article is about: named in its title, else named most (twice at least)."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        utype = {self._name(o, True): o.utype for o in self.mentions if o.explicit}
        title = (self.doc._.article.title or "")
        # bodies written in full: a bare "Đảng bộ" was completed by guess from the nearest unit
        named = [o for o in self.mentions if o.explicit] or self.mentions
        # and the short references to a body the text names in full ("Đảng bộ Trường Đại học A ...; Đảng ủy Trường",
        # "Đảng bộ Trường", "Đảng ủy xã" after it): the organizations component resolved them to a body written out (not
        # a bare head, "Chi bộ", "Đảng bộ": those it completes from the nearest body)
        in_full = {self._name(o, True) for o in named}
        # and a unit's committee or Đảng bộ written by its unit word alone ("Huyện ủy", "Đảng bộ huyện") that the
        # organizations component completed with a unit when the body names no other unit of that type: no guess
        named_units: dict[str, set[str]] = {}
        for u in self.ctx.units:
            named_units.setdefault(u.utype, set()).add(u.name)
        named += [o for o in self.mentions if not o.explicit and o not in named
                  and self.text[o.start:o.end].lower() not in _BARE_HEADS | {"chi bộ"}
                  and (self._name(o, True) in in_full or o.utype and o.uname
                      and named_units.get(o.utype, set()) <= {o.uname})]
        # "Đảng bộ X trực thuộc Đảng bộ Y": the text places its body under a superior; that names X, not Y. Not when
        # the text names Y first or places several bodies under Y: Y's own news naming its members
        placings = {o: p for o in named if (p := self._placed_under(o, named)) is not None}
        under: dict[str, set[str]] = {}
        for o, p in placings.items():
            under.setdefault(self._name(o, True), set()).add(self._name(p, True))
        lead = self._name(min(named, key=lambda m: m.start), True) if named else None
        for o in named:
            placed = placings.get(o)
            superior = self._name(o, True)
            if placed is not None and superior != lead and len(under[superior]) == 1:
                counts[self._name(placed, True)] += 1
                continue
            name = self._name(o, True)
            counts[name] += 1
            first.setdefault(name, o.start)
        for m in _WHOLE.finditer(self.text):
            name = self.whole(m["u"], m.start())
            counts[name] += 1
            first.setdefault(name, m.start())
        unread = set()  # the bodies named that the extractor could not read, by their words
        read = {self._name(o, True) for o in self.mentions if o.explicit}
        for a, b, _h in self.unread:
            words = " ".join(self.text[a:b].split())
            if any(n.startswith(words + " ") for n in read):
                continue  # a body read elsewhere, its name cut short here (a headline's "Đảng bộ Trung tâm A: ...")
            unread.add(words)
            counts[words] += 1
            first.setdefault(words, a)
        # the bodies whose words the title holds
        # (a headline in capitals, as many portals set it, names a body in other letters than the text)
        fold = str.casefold if title.isupper() else str
        titled = {self._name(o, True) for o in self.mentions
                  if o.start < len(self.text) and fold(self.text[o.start:o.end]) in fold(title)
                  and not self._title_names_another(self.text[o.start:o.end], title)} if title else set()
        titled |= {w for w in unread if fold(w) in fold(title)}
        # the institution whose Đảng bộ the text names, named in the title ("KHO BẠC NHÀ NƯỚC KHU VỰC XIX: SẮP XẾP TỔ
        # CHỨC ĐẢNG ..."): a headline names the agency or company its party organization's story is about
        titled |= {n for n in counts if n.startswith("Đảng bộ ") and not _PARTY_ORG.match(n) and title
                   and len(n) > len("Đảng bộ ") + 8 and fold(n[len("Đảng bộ "):]) in fold(title)}
        # "Đảng bộ Văn phòng Đăng ký đất đai: ...": a headline names a body without the province or district the text
        # then adds to its name
        titled |= {n for n in counts if title and (bare := _TRAILING_UNIT.sub("", n)) != n
                   and len(bare.split()) >= 4 and fold(bare) in fold(title)}
        # "Xã Tân Lập: nâng chất lượng ...", "Hướng Hóa: mở lớp ...": a headline led by a place reports on its party
        # organization
        place = _TITLE_PLACE.match(title)
        for name in counts:
            of_place = _PARTY_ORG.match(name) if place else None
            if name in titled or of_place and place and of_place["n"] == place["n"] \
                    and (not place["u"] or place["u"].lower() == of_place["u"]):
                counts[name] += 3
        in_title = _WHOLE.search(title)
        if in_title:
            unit = self.whole(in_title["u"], 0)
            counts[unit] += 3
            first.setdefault(unit, 0)
        led = _TITLE_PARTY_ORG.match(title)
        if led:
            # the headline names the body its story is about (in capitals, as many portals set a headline, it is no
            # mention the text reads; the text may name it after only as "Đảng bộ phường", "Đảng ủy phường"): the
            # unit the text is about, when the headline names that one
            headed = _real_unit(self.ctx.resolve(unit_type(led["u"].lower()), 0))
            if headed and headed[1] and headed[1].casefold() == " ".join(led["n"].split()).casefold():
                name = party_org_name(*headed)
                counts[name] += 3
                first.setdefault(name, 0)
        if _WHOLE_PARTY.search(title):
            # "Mười tháng năm 2025, toàn Đảng kết nạp hơn 344 nghìn đảng viên": a report on the whole party, whose
            # figures the text then gives as "toàn Đảng", "cả nước"
            for m in _WHOLE_PARTY.finditer(self.text):
                counts[PARTY] += 1
                first.setdefault(PARTY, m.start())
            counts[PARTY] += 3
            first.setdefault(PARTY, 0)
        self.subject_utype = None
        # a body named once, outside the title, is not yet what the article is about
        counts = Counter({k: n for k, n in counts.items() if n >= 2})
        if not counts:
            main = _real_unit(self.ctx.main_unit())
            return party_org_name(*main) if main else None
        best = max(counts, key=lambda k: (counts[k], -first[k]))
        if best in unread:
            self.subject_unread = True
            return None
        self.subject_utype = utype.get(best)
        return best

    def topic(self, s: int, sentences: list[tuple[int, int]]) -> str | None:
        """The organization the paragraph holding the sentence at s opens with."""
        para = _paragraph(self.text, s)
        if para not in self._topics:
            found = None
            for a, b in sentences:
                if a < para:
                    continue
                if a >= s or "\n" in self.text[para:a]:
                    break
                if _GUESTS.match(self.text, a):
                    continue  # the bodies a guest line names are the guests' posts, not what the paragraph is about
                cands = self.candidates(a, b, places=False)
                if cands:
                    found = max(cands)[1]
                    break
            self._topics[para] = found
        return self._topics[para]


def _lines(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, cut at line breaks (a title, a date line and a paragraph are not one sentence)
    and without their leading white space."""
    out = []
    for s, e in bounds:
        for m in re.finditer(r"[^\n]+", text[s:e]):
            a, b = s + m.start(), s + m.end()
            a = _lstrip(text, a, b)
            if a < b:
                out.append((a, b))
    return out


def _gate_finds(gates: frozenset[str]) -> tuple[list[str], list[tuple[str, str, int]]]:
    """The gate strings to search the text for, and the others, each with the shortest gate string inside
    it and that one's offset in it: "chi bộ cơ sở" stands where "chi bộ" stands and goes on so (a third of the
    strings hold another; a search of the text costs more than a look at each place of the shorter one)."""
    searched, through = [], []
    for g in sorted(gates, key=lambda g: (len(g), g)):
        inner = min((h for h in gates if h != g and h in g), key=lambda h: (len(h), h), default=None)
        if inner is None:
            searched.append(g)
        else:
            through.append((g, inner, g.index(inner)))  # (the shorter strings come first)
    return searched, through


class _CueGates:
    """The cues of some lists by the gate strings a sentence must hold for each to be tried there (or none)."""

    def __init__(self, cue_lists: tuple[list[_Cue], ...]):
        self.cue_lists = cue_lists
        self.searched, self.through = _gate_finds(frozenset(g for cues in cue_lists for c in cues
                                                            if c.gate is not None for g in c.gate))
        self.ungated = [[j for j, c in enumerate(cues) if c.gate is None] for cues in cue_lists]
        self.cues_of: dict[str, list[tuple[int, int]]] = {}  # a gate string -> (list, cue) of the cues it gates
        for k, cues in enumerate(cue_lists):
            for j, c in enumerate(cues):
                for g in c.gate or ():
                    self.cues_of.setdefault(g, []).append((k, j))
        self._also: dict[tuple[int, int], list[tuple[str, ...]]] = {}  # (list, cue) -> its other string sets

    def also(self, k: int, j: int) -> list[tuple[str, ...]]:
        """The other strings cue j of list k requires, one of each set ("kết nạp", then "đảng viên" after its
        number): a cue whose gate a sentence holds is tried only where it holds these too (of its pattern reading
        numbers in words too, which matches wherever the other does; not a space alone, which any sentence holds).
        Read off the pattern when a sentence first holds its gate, not at import: parsing the hundreds of
        cues' patterns costs half a CPU second, and a run's texts reach a few of them."""
        sets = self._also.get((k, j))
        if sets is None:
            c = self.cue_lists[k][j]
            sets = self._also[k, j] = [x for x in required_literal_sets(c.pattern_in_words, around=True)
                                       if x != c.gate and all(g.strip() for g in x)]
        return sets

    def held(self, sentence: str) -> list[list[_Cue]]:
        """For each list, the cues (in their order) whose gate the sentence holds, or that have none. (A sentence is
        looked at when a rule asks for its cues: two sentences in five hold a figure; the strings that hold another
        gate string are looked for only where it stands.)"""
        held = {g for g in self.searched if g in sentence}
        held.update(g for g, inner, _k in self.through if inner in held and g in sentence)
        found = [set(js) for js in self.ungated]
        for g in held:
            for k, j in self.cues_of[g]:
                found[k].add(j)
        holds: dict[tuple[str, ...], bool] = {}  # a set of strings -> the sentence holds one of them (looked for once)
        out = []
        known = self._also
        # (plain loops: a call and a generator for each of some 20 cues a sentence cost more than the tests)
        for k, (cues, js) in enumerate(zip(self.cue_lists, found, strict=True)):
            kept = []
            for j in sorted(js):
                other_sets = known.get((k, j))  # (read here: a call for each cue costs more)
                for x in self.also(k, j) if other_sets is None else other_sets:
                    held_x = holds.get(x)
                    if held_x is None:
                        held_x = holds[x] = False
                        for g in x:
                            if g in sentence:
                                held_x = holds[x] = True
                                break
                    if not held_x:
                        break
                else:
                    kept.append(cues[j])
            out.append(kept)
        return out


_CUE_GATES = _CueGates((_COUNTS, _LISTS))


_BRACKETS_BEFORE = re.compile(r"\([^()]*\)\s*$")


def _before_brackets(text: str, s: int, at: int) -> int:
    """`at`, or the start of the bracketed list that ends right before it."""
    m = _BRACKETS_BEFORE.search(text, s, at)
    return m.start() if m else at


_DONE_ASIDE = re.compile(r"\((?:đến nay|tính đến|hiện|đã)(?![\w])")


def _clause(text: str, s: int, at: int) -> str:
    """The clause of the sentence starting at s that runs up to `at` (since the last , ; : or the bracket that opens an
    aside: "phấn đấu kết nạp 2 đảng viên (đến nay đã kết nạp 1 ...)" reports what is done)."""
    cut = max(text.rfind(c, s, at) for c in ",;:")
    aside = text.rfind("(", s, at)
    if aside > cut and _DONE_ASIDE.match(text, aside):
        cut = aside
    return text[max(s, cut + 1):at]


def _lstrip(text: str, s: int, e: int) -> int:
    """The first character of the sentence [s, e) that is not white space."""
    return s + len(text[s:e]) - len(text[s:e].lstrip())


def _after_label(text: str, s: int, e: int) -> int:
    """Where a line's text starts after a short label ("Thành phần: Dự Đại hội có ..."); s when it has none."""
    colon = text.find(": ", s, min(e, s + 25))
    return colon + 2 if colon >= 0 and "," not in text[s:colon] else s


def _paragraph(text: str, s: int) -> int:
    """Start of the paragraph (line) holding offset s."""
    return text.rfind("\n", 0, s) + 1


def _paragraph_before(text: str, s: int) -> int:
    """Start of the last non-blank paragraph (line) before the one holding offset s (a table's caption reads the
    paragraph just above it, not the story two paragraphs back)."""
    para = _paragraph(text, s)
    end = len(text[:para].rstrip())
    return _paragraph(text, end) if end else para


# a bracket that dates the figures before it: "(số liệu đến ngày 30/4/2024)", "(tính đến ngày 30/9/2024)"
_FIGURES_AS_OF = re.compile(r"\((?:số liệu |tính )?$")
# a number after a period, before the bracket holding both closes: "(quý III kết nạp 10)"
_COUNT_BEFORE_BRACKET_CLOSES = re.compile(r"[^()\d]*\d")


def _in_an_aside(text: str, s: int, p: Period, q: int) -> bool:
    """"Kết nạp 24 đảng viên (quý III kết nạp 10), đạt 80% chỉ tiêu": the period p stands in brackets that count a part
    of their own, which it dates; not the count at q outside them."""
    opened = text.rfind("(", s, p.start)
    if opened < 0 or ")" in text[opened:p.start]:
        return False
    closed = text.find(")", p.end)
    return closed >= 0 and not opened < q <= closed \
        and _COUNT_BEFORE_BRACKET_CLOSES.match(text, p.end, closed) is not None


def _period(text: str, s: int, q: int, periods: list[Period], measure: str) -> Period | None:
    """The period stated for the number at q in its sentence [s, ...): the nearest one before it,
    else one right after it in its clause; None when the sentence states none."""
    if is_stock(measure):  # a stock is counted on a day or at the end of a part of a year, not over a term
        periods = [p for p in periods if p.kind in _STOCK_PERIODS]
    elif measure in TARGETS:  # a target is set for a year or a term, not on the day of a document or meeting
        # (but "kết nạp 46 đảng viên từ 1/7 đến 20/11/2025, đạt 76,7% chỉ tiêu năm (60 đảng viên)": that year's)
        # (but "phấn đấu trong tháng 12 kết nạp thêm ít nhất 16", "tháng 11 và 12 kết nạp ít nhất 2": those months')
        yearly = _YEARS_TARGET.search(text, max(s, q - 40), q) is not None
        periods = [p for p in periods if p.kind not in _DAY_KINDS or p.kind in _TARGET_MONTHS
                   or yearly and p.begin and p.until and p.begin[:4] == p.until[:4]]
    if measure not in TARGETS:
        # "vượt 50% chỉ tiêu năm 2024 (12 đảng viên), ... nâng tổng số đảng viên lên 374": the year of a target dates
        # the target, not the counts around it
        periods = [p for p in periods if not _A_TARGETS_PERIOD.search(text, max(s, p.start - 30), p.start)]
    before = [p for p in periods if p.end <= q and (measure in TARGETS or not _of_a_document(text, s, p.start))
              and not _BASELINE.search(text, max(s, p.start - 25), p.start) and not _in_an_aside(text, s, p, q)]
    # "... kết nạp 98 đảng viên trong năm 2022": a period right after the count, in its clause; but not one in brackets
    # that count a part of their own ("Kết nạp 24 đảng viên (quý III kết nạp 10)": the period of the part)
    after = [p for p in periods if p.start >= q and p.start - q < 40 and not re.search(r"[,;:]", text[q:p.start])
             and not _BASELINE.search(text, max(q, p.start - 20), p.start)
             and not _in_an_aside(text, s, p, q)]
    if not after and is_stock(measure):
        # "có 17 chi bộ trực thuộc, 309 đảng viên (số liệu đến ngày 30/4/2024)": the day in brackets that closes the
        # clause dates each of the structure's counts before it
        after = [p for p in periods if p.start >= q and p.start - q < 90 and p.kind in _DAY_PERIODS
                 and _FIGURES_AS_OF.search(text, max(q, p.start - 12), p.start)
                 and not re.search(r"[;:]", text[q:p.start])]
    if before and is_stock(measure):
        # "Khi thành lập ngày 1/7/2025, ..., riêng Đảng bộ A trước hợp nhất đã có 612 đảng viên (số liệu ngày
        # 30/6/2025)": the day in brackets right after the count dates it, not the period the sentence opened with
        own = [p for p in periods if p.start >= q and p.start - q < 40 and p.kind in _DAY_PERIODS
               and _FIGURES_AS_OF.search(text, max(q, p.start - 12), p.start)
               and not re.search(r"[,;:]", text[q:p.start])]
        if own:
            return own[0]
    if before and (_SECOND_VALUE.search(text, before[-1].end, q) and _FIRST_VALUE.search(text, s, before[-1].start)
                   or is_stock(measure) and _NOW.search(text, before[-1].end, q)):
        # "tăng từ 30 đồng chí năm 2020 lên 92 đồng chí hiện nay", "năm 2019 chi bộ có 4 đảng viên, nay có 13":
        # the period dates the first value; the second has its own, or is counted now
        return after[0] if after else None
    if before and after and measure in TARGETS and _of_a_document(text, s, before[-1].start):
        # "Nghị quyết ... 6 tháng cuối năm 2025, đặt chỉ tiêu kết nạp 5 đảng viên trong năm 2025": the target's own
        # period, not the document's
        return after[0]
    if before:
        return before[-1]
    return after[0] if after else None


# the year's target, its number after it: "đạt 76,7% chỉ tiêu năm (60 đảng viên)", "chỉ tiêu cả năm là 30"
_YEARS_TARGET = re.compile(r"(?:chỉ tiêu|kế hoạch)(?: kết nạp)?(?: đảng viên)? (?:cả )?năm(?: là)?\s*[(:]?\s*$")
# "phấn đấu quý III/2024 kết nạp 4 đảng viên": a target set for a quarter or the year's last months is for them,
# not for the whole year
_TARGET_PARTS = {"quarter", "quarter_of_year", "months_late", "month_of_year", "month_pair"}
_TARGET_MONTHS = {"month_of_year", "month_pair"}
_A_TARGETS_PERIOD = re.compile(r"(?<![\w])(?:chỉ tiêu|kế hoạch)(?: kết nạp)?(?: (?:đảng viên|ĐV))?(?: năm| cả năm)? $")
# the baseline a growth is compared with: the term's start, a merger or founding, the year's start
_SINCE = (r"so với (?:thời điểm |lúc |khi |ngày )?"
          r"(?:(?P<term>đầu nhiệm kỳ)|(?P<event>hợp nhất|sáp nhập|thành lập)|(?P<year>đầu năm))")
_GROWTH_SINCE = re.compile(rf" (?:đảng viên|đồng chí|ĐV)?\s*(?:\([^()]{{0,40}}\)\s*)?\(?{_SINCE}(?![\w])")
# a list's lead that says what its growths are compared with: "(so với ngày thành lập)"
_LEAD_SINCE = re.compile(rf"(?<=[ (]){_SINCE}")
# a comparison whose baseline figure follows in brackets: "so với cùng kỳ năm 2024 (", "So với năm học trước ("
_COMPARED_WITH = re.compile(r"(?<![\w])[Ss]o với (?:(?P<same>cùng kỳ )?(?P<period>năm (?:19|20)\d\d)"
                            r"|(?P<previous>(?:năm|năm học|cùng kỳ năm) trước))\s*\($")
_TERM_NAMED = re.compile(r"[Nn]hiệm kỳ ((?:19|20)\d{2})\s*[-–—]\s*(?:19|20)\d{2}")
# the target of a whole term, its number after it: "đạt 87,2% chỉ tiêu nhiệm kỳ (2.400 đảng viên)"
_TERMS_TARGET = re.compile(r"(?:chỉ tiêu|kế hoạch)(?: kết nạp)?(?: đảng viên)? (?:cả )?nhiệm kỳ(?: là)?\s*[(:]?\s*$")
_TERM_YEARS = re.compile(r"[Nn]hiệm kỳ ((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})")
_EVENT = re.compile(r"(?<![\w])(?:hợp nhất|sáp nhập|thành lập)(?![\w])")
_YEAR_WORD = re.compile(r"(?<![\w])năm(?![\w])")


def _dated(measure: str, period: Period | None) -> tuple[str | None, str | None]:
    """The period as the measure reports it: stocks at its end, targets for the whole year."""
    if period is None:
        return None, None
    begin, until = period.begin, period.until
    if is_stock(measure):
        # counted on a day, or in a year ("năm 2019 chi bộ có 4 đảng viên": 2019 … 2019); at the end of days from one
        # to another ("từ 1/7 đến 15/11/2025": on 15/11/2025, one day)
        return (until, until) if period.kind in _ON_DAY_PERIODS | _YEAR_PERIODS else (None, until)
    if measure in TARGETS and begin and until and begin[:4] == until[:4] and period.kind not in _TARGET_PARTS:
        return begin[:4], begin[:4]
    if measure in TARGETS and begin and period.kind == "year_since":
        # "kết nạp từ đầu năm đến nay lên 168, đạt 76,4% chỉ tiêu Huyện ủy giao (220 đảng viên)": the year's target
        return begin[:4], begin[:4]
    return begin, until


def _report_period(doc: Doc, text: str, year: str | None, month: int | None) -> Period | None:
    """The period the article reports on, stated in its title or else in its lead paragraph
    ("Hội nghị sơ kết công tác xây dựng Đảng 9 tháng năm 2025"): the period of a flow whose
    paragraph states none."""
    title = doc._.article.title or ""
    spans = [(title, 0, len(title))]
    body = [(b, e) for b, e in doc._.article.body_spans if text[b:e].strip()]
    if body:
        b, e = body[0]
        nl = text.find("\n", _lstrip(text, b, e), e)
        spans.append((text, b, nl if nl > 0 else e))
    for src, b, e in spans:
        # (with the article's month: "ba tháng qua" in October is July to September)
        found = [p for p in find_periods(src, b, e, year, month) if p.kind in _REPORT_PERIODS
                 and not _of_a_document(src, b, p.start)]
        if found:
            return found[0]
    # a headline's "9 tháng kết nạp 34 đảng viên" (often in capitals): the first months of the article's year
    months = _HEADLINE_MONTHS.search(title)
    if months and year and 1 <= int(months["n"]) <= 12:
        return Period(months.start(), months.end(), year, month_period(int(year), int(months["n"]))[1], "months")
    return None


_HEADLINE_MONTHS = re.compile(r"(?<![\w])(?P<n>\d{1,2}) tháng,? (?=kết nạp)", re.IGNORECASE)


def find_statistics(doc: Doc) -> Doc:
    reading = _Reading(doc)
    for i in range(len(reading.sentences)):
        reading.sentence(i)
    reading.tables()
    reading.period_tables()
    _drop_approximations(reading.found, reading.approximate)
    _add_organizations(doc, reading.found, reading.table_parents)
    return doc


class _Sentence:
    """A sentence being read: where it is, the periods it states, the counts read in it so far."""

    def __init__(self, i: int, s: int, e: int, periods: list[Period], breakdown: re.Match | None,
                 stated: list[Period], in_words: bool):
        self.i, self.s, self.e = i, s, e
        self.periods = periods
        self.breakdown = breakdown  # "Trong đó, ...": the sentence breaks the one before down
        self.stated = stated  # the periods it states that may date the flows of its paragraph after it
        self.in_words = in_words  # it holds a count written in words
        self.here: list[tuple[int, str, str]] = []  # (offset, measure, organization) of its counts
        self.continued: list[tuple[int, str]] = []  # (end of the cue, measure) of counts a list may continue
        self.headline: tuple | None = None  # (organization, period, offset, measure, value) of its first count
        self.flow_dated = False  # a flow of this sentence set the paragraph's period


class _Reading:
    """The statistics of one article, read sentence by sentence, then from its tables. A sentence hands the
    next its headline count and the periods it states (the paragraph's state)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.found = doc._.extraction.statistics
        self.last_at = -1  # where the last count of this text was read
        self.box_owner: dict[int, str | None] = {}  # a form's lines' body, by the sentence that opens them
        self.text = text = doc_text(doc)
        self.year = _article_year(doc, text)
        issued = str(getattr(doc._.article, "issued", None) or "")
        # the month of the article's date, in the year its periods take ("5 tháng qua" counts back from it)
        self.month = int(issued[5:7]) if issued[:4] == self.year and issued[4:5] == "-" else None
        self.issued_year = issued[:4] or None  # the year of the article's own date, when it has one
        self.sentences = _lines(text, sentence_bounds(doc))
        self.units = UnitLists(doc, text)
        self.anchors = Anchors(doc, text, self.units)
        self.approximate: set[int] = set()  # ids of statistics read from "hơn/trên/gần N"
        self.report_period = _report_period(doc, text, self.year, self.month)
        self._cues: dict[int, list[list[_Cue]]] = {}  # sentence -> its count cues and list cues (self.cues)
        self.members_lines = self.units.members_lines(self.sentences)
        self.stock_lines = self.units.stock_lines(self.sentences)
        self.records = self.units.records(self.sentences)
        self.key_figures = self.units.key_figures(self.sentences)
        self.record_lines = {f[0] for r in self.records.values() for f in r.figures}  # read with their record
        self.para_moment: Period | None = None  # the moment ("tại thời điểm 30/6/2025") the paragraph counts stocks on
        self.previous: tuple | None = None  # (organization, period, measure, value) of the last sentence's headline
        self.para_head: tuple | None = None  # the same of the paragraph's first headline count
        self.para_period: Period | None = None  # the last period a flow of this paragraph was stated for
        self.label_lead = False  # the lead is a dated heading of a box of labelled figures
        self.para_admissions: tuple | None = None  # the paragraph's first headline count of admissions (as para_head)
        self.carried: tuple | None = None  # the one of the paragraph before, until the paragraph's first sentence
        self.para = -1
        self.section_period: Period | None = None  # the period a section's heading states ("I. KẾT QUẢ NHIỆM KỲ
        # 2020 - 2025"), of the flows and targets of the section's paragraphs that state none
        # the offsets of the figures read (a list whose items are the lines after its cue claims them ahead)
        self.claimed: set[int] = set()
        self.by_period: tuple[str, int] | None = None  # (organization, year) of the admissions that lines
        # "Tháng 1: 5 đảng viên" break down
        self.lead_period: Period | None = None  # the period of the paragraph that leads the list of item lines read
        self.lead_org: str | None = None  # the body that lead names ("Kết quả 9 tháng của Đảng bộ xã A:"), of the
        # item lines that name none
        self.term_target: tuple[int, Period] | None = None  # (sentence, period) of the last target set for a
        # term ("chỉ tiêu nhiệm kỳ 2020 - 2025 ...")
        self.table_parents: dict[str, str] = {}  # a table row's organization: the one its total row is of
        self.timeline = timeline_dates(text)  # a timeline's lines: the date each opens with, by the line's start
        self.by_year: list | None = None  # [organization, years read] of the admissions that lines "Năm 2021: 238
        # đảng viên" count year by year

    def cues(self, i: int) -> list[list[_Cue]]:
        """The count cues and the list cues whose gate sentence i holds (or that have none), in their order."""
        if i not in self._cues:
            s, e = self.sentences[i]
            self._cues[i] = _CUE_GATES.held(self.text[s:e])
        return self._cues[i]

    # ---- the sentence loop
    def sentence(self, i: int) -> None:
        """Read sentence i; one that ends with a colon leads the list of item lines after it, which its paragraph's
        period dates ("Trong quý III/2025, ... kết nạp 38 đảng viên. Cụ thể:" then "1. Chi bộ bản A: kết nạp 4 đảng
        viên;")."""
        s, e = self.sentences[i]
        if i in self.records or i in self.record_lines:
            self._record(i)
            return
        self._read(i, s, e)
        heading = self.units.heading(s, e)  # "Xã Kim Đông:", "2. Phường 3": the unit whose figures the items list
        dated = _DATED_HEADING.fullmatch(self.text, s, e)
        if dated:
            self.lead_period = next((p for p in find_periods(self.text, s, e, self.year) if p.kind in _ON_DAY_PERIODS),
                                    None)
            self.lead_org, self.label_lead = None, True
        elif heading is not None or self.text[s:e].rstrip().endswith(":"):
            self.label_lead = False
            # "Tại thời điểm ngày 31/3/2025:" then "+ Đảng bộ xã A có 268 đảng viên;": the moment the lead names
            # (no period of the paragraph's flows) is the day its items' stocks are counted
            moment = next((p for p in find_periods(self.text, s, e, self.year) if p.kind == "at_moment"), None)
            self.lead_period = self.para_period or moment
            named = self.anchors.candidates(s, e, places=False)
            self.lead_org = heading or (max(named)[1] if named else None)
            self.by_year = None
            if _ADMITTED_YEARLY.search(self.text, s, e):
                # "Kết quả kết nạp đảng viên qua từng năm:": the year lines after it count the admissions of the body
                # the lead names, else of the one its paragraph is about, else of the article's subject
                self.by_year = [self.lead_org or (self.para_head[0] if self.para_head else None)
                                or self.anchors.subject, []]

    def _read(self, i: int, s: int, e: int) -> None:
        """Sentence i: a line of a count by period, a line of a members list, or a sentence of counts and units'
        figures."""
        text = self.text
        self._enter_paragraph(s)
        if self._period_line(s, e) or self._year_line(s, e):
            return
        self._carry_into(i, s, e)
        if i in self.members_lines:
            self._members_line(i)
            return
        if i in self.stock_lines:
            self._stock_line(i)
            return
        if i in self.key_figures:
            self._key_figure(i)
            return
        if self._dated_row(i):
            return
        self._none_admitted(i, s, e)
        in_words = _counts_in_words(text, s, e)
        if not in_words and _DIGIT.search(text, s, e) is None:
            return
        periods = find_periods(text, s, e, self.year, self.month)
        line_date = self.timeline.get(_paragraph(text, s))
        if line_date is not None and not any(p.start == line_date.start for p in periods):
            periods = [line_date, *periods]  # a timeline's line: its date dates the figures of its sentences
        # a year or a part of a year that opens the paragraph dates the flows after it
        stated = [p for p in periods if p.kind in _PARAGRAPH_PERIODS and not _of_a_document(text, s, p.start)]
        sen = _Sentence(i, s, e, periods, _BREAKDOWN.match(text, s), stated, in_words)
        if sen.breakdown and self.previous is not None:
            self._breakdown_list(sen)
        self._counts(sen)
        self._unit_lists(sen)
        if sen.headline is not None:
            headline = sen.headline
            self.previous = (headline[0], headline[1], headline[3], headline[4])
            self.para_head = self.para_head or self.previous
            if self.para_admissions is None and headline[3] == "NewMembers":
                self.para_admissions = self.previous
        if sen.stated and not sen.flow_dated:
            self.para_period = sen.stated[-1]
        moment = [p for p in periods if p.kind == "at_moment" and not _of_a_document(text, s, p.start)]
        if moment:
            self.para_moment = moment[-1]

    def _enter_paragraph(self, s: int) -> None:
        """A new paragraph starts with no period, no headline; its first sentence may carry the admissions
        the paragraph before counted."""
        p_here = _paragraph(self.text, s)
        if p_here != self.para:
            if not (_LINE_ITEM.match(self.text, p_here) or self.lead_period is not None and self.label_lead
                    and _LABEL_LINE.match(self.text, p_here)):
                self.lead_period = self.lead_org = None  # the list of item lines the last lead led has ended
            self.para, self.para_period, self.para_moment = p_here, None, None
            self._enter_section(p_here)
            self.previous = self.para_head = None
            self.carried, self.para_admissions = self.para_admissions, None

    def _enter_section(self, p: int) -> None:
        """A report's section heading ("I. KẾT QUẢ NHIỆM KỲ 2020 - 2025", "II. MỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2025 -
        2030"): a political report to a congress and a review report are laid out by term or year, one section each;
        the period the heading states dates the section's flows, and a heading that states none ends it. A numbered
        item or sub-heading ("4. Công tác tổ chức") stays in its section."""
        text = self.text
        end = text.find("\n", p)
        line = text[p:end if end >= 0 else len(text)].strip()
        if not _SECTION_HEADING.match(line) or len(line) > 160 or line.endswith("."):
            return
        if not line.startswith(_ROMAN_MARKS) and sum(c.isupper() for c in line) < 0.9 * sum(c.isalpha() for c in line):
            return
        found = [q for q in find_periods(text, p, p + len(line), self.year) if q.kind in _REPORT_PERIODS
                 and not _of_a_document(text, p, q.start)]
        self.section_period = found[-1] if found else None

    def _period_line(self, s: int, e: int) -> bool:
        """A line of a count by period, "Tháng 3: 12 đảng viên", "Quý II: 40 đảng viên", after "... kết nạp 40 đảng
        viên. Cụ thể từng tháng:": the admissions of that count, period by period, in its year. True when read."""
        text = self.text
        line = _PERIOD_LINE.fullmatch(text, s, e)
        if line is None:
            self.by_period = None
            return False
        carried = self.carried
        if self.by_period is None and carried is not None and carried[2] == "NewMembers" \
                and text[max(0, s - 20):s].rstrip().endswith(":"):
            counted = (carried[1].until or carried[1].begin) if carried[1] is not None else None
            y = (counted or self.year or "")[:4]
            self.by_period = (carried[0], int(y)) if y else None
        if self.by_period is None:
            return False
        whose, in_year = self.by_period
        if line["q"] or 1 <= int(line["m"]) <= 12:
            first, last = quarter_period(in_year, line["q"]) if line["q"] else month_period(in_year, int(line["m"]))
            self.found.append(Statistic(organization=whose, measure="NewMembers", value=parse_number(line["n"]),
                                        start=first, end=last,
                                        evidence=[evidence_for(self.doc, s, e, "statistics.by_period.NewMembers")]))
        self.carried = None
        return True

    def _year_line(self, s: int, e: int) -> bool:
        """A line of a body's admissions in one year under a lead that counts them year by year ("Năm 2022: 164 đảng
        viên"), as reviews of a resolution's first years lay them out; then maybe their sum over those years ("Tổng 3
        năm: 512 đảng viên, ..."), whose sentence is read on. True when the line is read whole."""
        if self.by_year is None or not self.by_year[0]:
            return False
        whose, years = self.by_year
        line = _YEAR_LINE.fullmatch(self.text, s, e)
        if line is not None:
            months = int(line["m"]) if line["m"] else 12
            end = line["y"] if months == 12 or not 1 <= months < 12 else month_period(int(line["y"]), months)[1]
            self.found.append(Statistic(organization=whose, measure="NewMembers", value=parse_number(line["n"]),
                                        start=line["y"], end=end,
                                        evidence=[evidence_for(self.doc, s, e, "statistics.by_year.NewMembers")]))
            years.append(line["y"])
            return True
        total = _YEARS_TOTAL.match(self.text, s, e)
        if total is not None and years:
            self.claimed.add(total.start("n"))
            self.found.append(Statistic(organization=whose, measure="NewMembers", value=parse_number(total["n"]),
                                        start=min(years), end=max(years),
                                        evidence=[evidence_for(self.doc, s, e, "statistics.by_year.NewMembers")]))
        self.by_year = None
        return False

    def _carry_into(self, i: int, s: int, e: int) -> None:
        """"Một số đảng bộ có số kết nạp cao: A (46 đảng viên), B (39 đảng viên)", "Trong số đảng viên mới ...": a
        paragraph that opens with units' figures or a breakdown gives the parts of the admissions the paragraph
        before counted, over its period."""
        carried = self.carried
        if carried is None or _ITEM_NUMBER.fullmatch(self.text, s, e):
            return
        if _opens_unit_list(self.text, s, e, self.cues(i)[1]) or _BREAKDOWN.match(self.text, s):
            self.para_head, self.para_period = carried, carried[1]
            self.previous = carried
        self.carried = None

    def _members_line(self, i: int) -> None:
        """"• Chi bộ Khu vực 3: 118 đảng viên, kết nạp 4" (a line of a list UnitLists read): the cell's members,
        and its admissions over the period the list's lead states."""
        line = self.members_lines[i]
        s, e = self.sentences[i]
        self.claimed.update((line.members_at, line.admitted_at))
        subject = self.anchors.subject
        if subject and self.units.holds_cells(subject):
            line = line._replace(organization=host_office(line.organization, subject))
        lead = _lead_period(self.text, self.sentences, line.lead, self.year) if line.lead >= 0 else None
        if line.members is not None:
            # counted on the day the lead states ("Số liệu các chi bộ (tính đến 15/10/2025):"); a lead's span of time
            # dates the admissions only
            on_day = lead if lead is not None and lead.kind in _ON_DAY_PERIODS else None
            self._add(line.organization, "TotalMembers", line.members, on_day, s, e, "statistics.line.TotalMembers")
        period = lead or self.report_period
        if line.since and lead is not None and lead.kind in _ON_DAY_PERIODS and lead.until:
            # "kết nạp từ 1/7: 3" under "(tính đến 15/10/2025)": admitted from that day of the lead's year to its day
            first = f"{lead.until[:4]}-{line.since[1]:02d}-{line.since[0]:02d}"
            if first <= lead.until:
                period = Period(lead.start, lead.end, first, lead.until, "day_range")
        if period is None and line.ranked:
            # bodies ranked by their admissions under a lead that states no period ("ĐƠN VỊ KẾT NẠP NHIỀU NHẤT"): parts
            # of the admissions counted above, over their period
            # (the sentences are read in order: the last admissions found are the last counted above)
            last = next((st for st in reversed(self.found) if st.measure == "NewMembers" and st.start), None)
            period = Period(s, s, last.start, last.end, "range") if last else None
        self._add(line.organization, "NewMembers", line.admitted, period, s, e, "statistics.line.NewMembers")

    def _record(self, i: int) -> None:
        """"Chi bộ làng A" then "kết nạp: 2", "tổng số: 19" (a record UnitLists read; its figure lines read with it):
        the body's admissions over the period the records' lead states, its members at its end; the whole's record
        ("Toàn Đảng bộ") is the article's body's."""
        record = self.records.get(i)
        if record is None:
            return
        self._enter_paragraph(self.sentences[i][0])
        lead = _lead_period(self.text, self.sentences, record.lead, self.year) if record.lead >= 0 else None
        org = record.organization or self.anchors.subject
        if not org:
            return
        for k, measure, value, at in record.figures:
            self.claimed.add(at)
            s, e = self.sentences[k]
            if is_stock(measure):
                period = lead if lead is not None and lead.kind in _ON_DAY_PERIODS else None
            else:
                period = lead or self.report_period
            self._add(org, measure, value, period, s, e, f"statistics.record.{measure}")

    def _key_figure(self, i: int) -> None:
        """"■ 3.714 — đảng viên tính đến ngày 30/11/2025" (a line of a box of key figures UnitLists read): the article's
        body's figure, over the period its label states (a stock: on the day it states)."""
        line = self.key_figures[i]
        s, e = self.sentences[i]
        org = self.anchors.subject
        if DOTTED_FIGURE.fullmatch(self.text, s, e):
            # a form's lines under a lead ("Tính đến 30/6/2024:") after a paragraph of counts: that paragraph's body
            org = self._counted_right_before(i) or org
        if not org:
            return
        periods = find_periods(self.text, s, e, self.year, self.month)
        if is_stock(line.measure):
            period = next((p for p in periods if p.kind in _ON_DAY_PERIODS), None)
            # "Tính đến hết ngày 31/3/2026:" over the box: the day its stocks are counted on
            lead = next((k for k in range(i - 1, -1, -1) if k not in self.key_figures
                         and not DOTTED_FIGURE.fullmatch(self.text, *self.sentences[k])), -1)
            if period is None and lead >= 0 and self.text[slice(*self.sentences[lead])].rstrip().endswith(":"):
                period = next((p for p in find_periods(self.text, *self.sentences[lead], self.year, self.month)
                               if p.kind in _ON_DAY_PERIODS), None)
        else:
            period = periods[0] if periods else self.report_period
        self.claimed.add(line.at)
        self._add(org, line.measure, line.value, period, s, e, f"statistics.key_figure.{line.measure}")

    def _dated_row(self, i: int) -> bool:
        """"Ngày 30/9/2026 ...... 41 chi bộ ...... 1.210 đảng viên" (two such rows in a row at least): the cells and
        members on that day of the body counted right before the rows, else of the article's subject."""
        text, (s, e) = self.text, self.sentences[i]
        row = _DATED_ROW.fullmatch(text, s, e)
        if row is None or not any(0 <= k < len(self.sentences) and _DATED_ROW.fullmatch(text, *self.sentences[k])
                                  for k in (i - 1, i + 1)):
            return False
        org = self._counted_right_before(i) or self.anchors.subject
        day = next((p for p in find_periods(text, s, e, self.year, self.month) if p.kind in _ON_DAY_PERIODS), None)
        if org and day is not None:
            self.claimed.update((row.start("c"), row.start("t")))
            for measure, group in (("AffiliatedPartyCells", "c"), ("TotalMembers", "t")):
                self._add(org, measure, parse_number(row[group]), day, s, e, f"statistics.row.{measure}")
        return True

    def _counted_right_before(self, i: int) -> str | None:
        """The body of the last count read when the paragraph that holds it is the one right before the lines of
        sentence i (and the lead that opens them)."""
        box = i
        while box > 0 and (box - 1 in self.key_figures or DOTTED_FIGURE.fullmatch(self.text, *self.sentences[box - 1])
                           or self.text[slice(*self.sentences[box - 1])].rstrip().endswith(":")):
            box -= 1
        if box not in self.box_owner:  # (read at the box's first line, before its own counts)
            before = self.sentences[box - 1] if box > 0 else (0, 0)
            self.box_owner[box] = self.found[-1].organization if box > 0 and self.last_at >= 0 \
                and _paragraph(self.text, self.last_at) == _paragraph(self.text, before[0]) \
                and self.last_at < before[1] else None
        return self.box_owner[box]

    def _stock_line(self, i: int) -> None:
        """"Đảng bộ xã A: 17 chi bộ, 402 đảng viên (tăng 6)" (a line of a list UnitLists read): the body's cells and
        members on the day the list's lead states, its growth up to that day from the baseline the lead compares
        with ("(so với ngày thành lập)")."""
        line = self.stock_lines[i]
        s, e = self.sentences[i]
        lead = _lead_period(self.text, self.sentences, line.lead, self.year) if line.lead >= 0 else None
        self.claimed.update((line.members_at, line.cells_at, line.growth_at))
        self._add(line.organization, "TotalMembers", line.members, lead, s, e, "statistics.line.TotalMembers")
        if line.cells is not None:
            self._add(line.organization, "AffiliatedPartyCells", line.cells, lead, s, e,
                      "statistics.line.AffiliatedPartyCells")
        if line.groups is not None:
            self.claimed.add(line.groups_at)
            self._add(line.organization, "PartyGroups", line.groups, lead, s, e, "statistics.line.PartyGroups")
        if line.growth is not None:
            lead_s, lead_e = self.sentences[line.lead] if line.lead >= 0 else (s, s)
            since = _LEAD_SINCE.search(self.text, lead_s, lead_e)
            growth = lead
            if since:
                growth = self._growth_since(self.text.rfind(" ", lead_s, since.start()), lead)
            self._add(line.organization, "MemberGrowth", line.growth, growth, s, e, "statistics.line.MemberGrowth")

    def _breakdown_list(self, sen: _Sentence) -> None:
        """"Trong đó, các đảng bộ: A kết nạp 14 đảng viên, B 11 đảng viên": each unit's part of the count of the
        sentence before; read before the cues, which would give the first part to the total's organization."""
        assert self.previous is not None and sen.breakdown is not None
        at = sen.breakdown.end()
        head = _LIST_HEAD.match(self.text, at)
        items = self.units.figures(head.end() if head else at, sen.e)
        if len(items) >= 2 and not _exceeds(items, self.previous[3]):
            for it in items:
                self.claimed.add(it.value_at)
                self._add(it.organization, self.previous[2], it.value, self.previous[1], it.start, it.end,
                          f"statistics.list.{self.previous[2]}")

    def _none_admitted(self, i: int, s: int, e: int) -> None:
        """"Chi bộ A chưa kết nạp được đảng viên nào": the admissions of the body that is the clause's subject, 0."""
        text = self.text
        for m in _NONE_ADMITTED.finditer(text, s, e):
            clause = max(s, *(text.rfind(c, s, m.start()) + 1 for c in ";:"))
            listed = _NONE_ADMITTED_LIST.search(text, clause, m.start())
            if listed:
                # "các chi bộ A, B và C chưa kết nạp được": each of the bodies listed
                head = listed["head"].capitalize() + (f" {listed['u']}" if listed["u"] else "")
                items = [x.strip() for x in _LIST_SPLIT.split(listed["names"])]
                if len(items) >= 2 and all(_LISTED_NAME.fullmatch(x) for x in items):
                    sen = _Sentence(i, s, e, find_periods(text, s, e, self.year, self.month), None, [], False)
                    period = self._period_of(sen, m.start(), "NewMembers")
                    for x in items:
                        self._add(f"{head} {x}", "NewMembers", 0, period, listed.start(), m.end(),
                                  "statistics.none.NewMembers")
                continue
            cands = self.anchors.candidates(clause, m.start(), stock=False)
            # (the body named with a capital, not a short reference the extractor completes; nothing between it and
            # the verb but lower-case words: a capitalized one is a name read short, "Chi bộ Trung tâm A và B", a comma
            # or a number another clause, "chi bộ có 4 đảng viên, nhiều năm ...")
            if len(cands) != 1 or not cands[0][1] or not _SUBJECT_OPENER.fullmatch(text, clause, cands[0][2]) \
                    or not text[cands[0][2]].isupper() or _NOT_A_NAME.search(text, cands[0][0], m.start()):
                continue
            periods = find_periods(text, s, e, self.year, self.month)
            stated = [p for p in periods if p.kind in _PARAGRAPH_PERIODS and not _of_a_document(text, s, p.start)]
            sen = _Sentence(i, s, e, periods, None, stated, False)
            self._add(cands[0][1], "NewMembers", 0, self._period_of(sen, m.start(), "NewMembers"), m.start(), m.end(),
                      "statistics.none.NewMembers")

    def _counts(self, sen: _Sentence) -> None:
        """The counts a cue of resources/measure_cues.tsv reads in the sentence ("kết nạp được 31 đảng viên",
        "đạt 109% kế hoạch"): each of the body it is about, over its period."""
        text, s, e, claimed, previous = self.text, sen.s, sen.e, self.claimed, self.previous
        here, headline = sen.here, sen.headline
        first = len(self.found)
        for measure, after, rx, _gate, organ, unless, rx_words in self.cues(sen.i)[0]:
            rx = rx_words if sen.in_words else rx
            for m in rx.finditer(text, s, e):
                q = m.start("n")
                if q in claimed or not in_body(self.doc, m.start(), m.end()):
                    continue
                if any(p.start <= q < p.end for p in sen.periods):
                    continue  # "tổng số đảng viên kết nạp từ ngày 1/7/2025 ...": a date's number counts nothing
                if headline is not None and headline[2] < q:
                    # "kết nạp 64 đảng viên; trong đó Đảng bộ A kết nạp 9 đảng viên, Đảng bộ B 7": the parts
                    # are read as the breakdown list below, each with its unit
                    inside = _BREAKDOWN_IN.search(text, headline[2], m.start())
                    if inside and any(it.value_at == q for it in self.units.figures(inside.end(), e)):
                        continue
                if after is not None and not any(x[1] in after and x[0] < q for x in here) \
                        and not (sen.breakdown and previous is not None and previous[2] in after):
                    continue
                if unless is not None and unless.search(_clause(text, s, m.start())):
                    continue
                change_from = _FIRST_OF_CHANGE.search(text, max(s, m.start() - 40), m.start()) \
                    if after is not None and measure in after and _SECOND_VALUE.search(text, m.start(), q) else None
                if change_from is not None and not any(x[0] == change_from.start("v") and x[1] == measure
                                                       for x in here):
                    # "số đảng viên có trình độ đại học tăng từ 3 lên 8" after a total: a group's change (its first
                    # value is not of the measure), not the total's second value
                    continue
                if _ONE_OF.search(text, max(s, q - 12), q) and _LEADING.match(text, m.end()):
                    continue
                if _PER_UNIT.search(text, max(s, q - 80), q):
                    continue  # "phấn đấu mỗi xã kết nạp ít nhất 3 đảng viên": each unit's, no one body's count
                if _SEVERAL_BODIES.search(text, max(s, q - 60), q) or _SOME_UNITS.search(text, max(s, q - 60), q):
                    continue
                if measure == "NewMembers" and (_PLANNED.search(_clause(text, s, m.start()))
                                                or _SOME_TIME.search(_clause(text, s, m.start()))) \
                        or is_flow_done(measure) and _PLANNED_FLOW.search(_clause(text, s, m.start())) \
                        or measure in _PROPOSED_MEASURES and _PROPOSED.search(_clause(text, s, m.start())):
                    continue  # "dự kiến trao quyết định kết nạp cho 4 quần chúng": not yet admitted
                claimed.add(q)
                value = parse_number(m["n"])
                if measure == "NewMembers" and _RESTATED.search(text, max(s, m.start() - 16), m.start()) \
                        and any(f.measure == "NewMembers" and f.value == value for f in self.found):
                    continue  # "Với việc kết nạp hai đồng chí, chi bộ hiện có 19 đảng viên": the admission reported
                measure_here = _refine(text, s, q, m, measure, here,
                                       previous[2] if sen.breakdown and previous is not None else None)
                if measure_here == "Share":
                    continue  # a share of something the text does not tie to membership
                org = self._counter(sen, m, q, measure, measure_here, after, organ)
                if org is None:
                    continue
                here.append((q, measure_here, org))
                if measure_here in _CONTINUED:
                    sen.continued.append((m.end(), measure_here))
                period = self._period_of(sen, q, measure_here)
                if measure_here in TARGETS and period is not None and period.kind in _TERM_KINDS:
                    self.term_target = (sen.i, period)
                if period is not None and not is_stock(measure_here) and measure_here not in TARGETS \
                        and not text.rfind("(", s, period.start) > text.rfind(")", s, period.start):
                    # (a part's period in brackets, "(quý III kết nạp 10)", is not the paragraph's)
                    self.para_period, sen.flow_dated = period, True
                if headline is None or q < headline[2]:
                    if measure_here not in PERCENT and measure_here not in TARGETS:
                        headline = sen.headline = (org, period, q, measure_here, value)
                self._add(org, measure_here, value, period, m.start(), m.end(), f"statistics.{measure_here}",
                          bool(m.groupdict().get("approx")))
        self._one_subject(first)

    def _one_subject(self, first: int) -> None:
        """"Đảng ủy phường A hiện có 76 chi bộ với 2.914 đảng viên; ... đã kết nạp 38 đảng viên": a committee whose
        structure or membership the sentence counted (its Đảng bộ's) stands for its Đảng bộ in the flows after them
        too (the counts of the sentence, from self.found[first])."""
        # (not an organ: "Ban Chấp hành ... gồm 22 đồng chí" counts the organ's own members)
        bodies = {o.name: o.parent for o in self.anchors.mentions if o.kind == "PartyCommittee" and o.parent
                  and o.parent.startswith("Đảng bộ ") and not o.name.startswith("Ban ")}
        found = self.found[first:]
        for st in found:
            body = bodies.get(st.organization)
            if body and not is_stock(st.measure) and any(
                    x.organization == body and is_stock(x.measure)
                    and x.evidence[0].start < st.evidence[0].start for x in found):
                st.organization = body

    def _counter(self, sen: _Sentence, m: re.Match, q: int, measure: str, measure_here: str,
                 after: frozenset | None, organ: str | None) -> str | None:
        """The organization the count at q (its cue m) is about, by what the cue counts (resources/measure_cues.tsv,
        its column "of")."""
        here = sen.here
        if measure_here == "NewMembers":
            cell = self._admitted_into(m.end())
            if cell is not None:
                return cell
        # the count this one is a part or a share of ("..., chiếm 60,7%": of the count just before)
        part_of = next((x for x in reversed(here) if x[0] < q and (x[1] in after if after else
                                                                    measure == "Share")), None)
        if organ == "body":  # a running total ("nâng tổng số ... lên N") is the Đảng bộ's
            return self._anchor(sen, q, "TotalMembers")
        if organ == "actor":  # "Đoàn Thanh niên xã đã giới thiệu 54 đoàn viên ưu tú": who introduced
            return self.anchors.actor(sen.s, q) or None
        between = self.anchors.candidates(part_of[0], q, places=False) if part_of is not None else []
        if part_of is not None and all(c[1] == part_of[2] for c in between):
            # "..., trong đó 18 đồng chí là người Dao": a part of that count (its body may be named between: "cho 11
            # sinh viên thuộc Chi bộ A, trong đó 4 ...")
            return part_of[2]
        if organ == "sender":  # the body that sends the delegation, named before the cue
            return next((x[2] for x in reversed(here) if after and x[1] in after), None) \
                or self._anchor(sen, m.start(), "TotalMembers")
        if organ:
            return self.anchors.organ(organ, m.start(), m.end(), self._anchor(sen, q, "TotalMembers"))
        return self._owner_named_after(m) or self._anchor(sen, q, measure_here)

    def _owner_named_after(self, m: re.Match) -> str | None:
        """"Chi bộ A là một trong 12 chi bộ trực thuộc Đảng bộ B", "... 5 đảng bộ trực thuộc Đảng ủy C": the bodies
        under a party organization, counted with its name right after them, are that organization's, whoever the
        sentence is about."""
        if not m.group().endswith("trực thuộc"):
            return None
        owner = next((o for o in self.anchors.mentions if o.start == m.end() + 1
                      and o.kind in ("PartyOrganization", "PartyCommittee")), None)
        return self.anchors.stock_owner(owner) if owner is not None else None

    def _admitted_into(self, at: int) -> str | None:
        """"Đảng ủy Trường tổ chức lễ kết nạp cho 11 sinh viên thuộc Chi bộ Sinh viên": the party body the admitted,
        counted right before `at`, belong to. A candidate is admitted through the cell where they work or study
        (Điều lệ Đảng, điều 4): the admissions are that cell's, whoever holds the ceremony."""
        of = _ADMITTED_OF.match(self.text, at)
        if of is None:
            return None
        return next((o.name for o in self.anchors.mentions if o.start == of.end()
                     and o.kind in ("PartyCell", "PartyOrganization")), None)

    def _unit_lists(self, sen: _Sentence) -> None:
        """Per-unit figures: after a list cue in the sentence, after a total and "trong đó", as the breakdown of
        the sentence before, as examples of the paragraph's headline, or continuing a count ("huyện A kết nạp 74
        đảng viên, đạt 57%; thị xã B 31")."""
        text, s, e = self.text, sen.s, sen.e
        lists: list[_UnitList] = []
        for measure, _after, rx, _gate, _organ, _unless, _rx_words in self.cues(sen.i)[1]:
            for m in rx.finditer(text, s, e):
                # "Kết nạp đảng viên theo chi bộ: A 5 | B 3": the figures of party cells; a cue that ends its
                # line lists them on the lines after it, one item a line ("1. Đảng bộ A: 14 đảng viên;")
                lists.append(_UnitList(m.start("list"), measure, None, cells="chi bộ" in m.group().lower(),
                                       until=_item_lines_end(text, e) if m.end() == e else None))
        headline, previous, para_head = sen.headline, self.previous, self.para_head
        if headline is not None:
            inside = _BREAKDOWN_IN.search(text, headline[2], e)
            if inside:  # (that ends its line: the units' figures on the lines after it, one item a line)
                lists.append(_UnitList(inside.end(), headline[3], headline[4],
                                       until=_item_lines_end(text, e) if not text[inside.end():e].strip() else None))
        if sen.breakdown and previous is not None and not sen.here:
            lists.append(_UnitList(sen.breakdown.end(), previous[2], previous[3]))
        if para_head is not None and para_head[2] in _CONTINUED:
            examples = _EXAMPLES.search(text, s, e)
            # the examples come before the sentence's own counts ("... như: A 41, B 33; Đảng bộ C chỉ kết nạp 12")
            if examples and all(x[0] > examples.end() for x in sen.here):
                lists.append(_UnitList(examples.end(), para_head[2], para_head[3],
                                       until=min((x[0] for x in sen.here), default=e)))
        for at, measure in sen.continued:
            tail = _ACHIEVED.match(text, at)
            at = tail.end() if tail else at
            # "B có 54 đảng viên, kết nạp 8 đảng viên trong năm 2023; C kết nạp 6": the count's period before the next
            at = next((p.end for p in sen.periods if p.start >= at and _BEFORE_PERIOD.fullmatch(text, at, p.start)), at)
            lists.append(_UnitList(at, measure, None, least=1))
        for at, measure, total, least, cells, until in lists:
            items = self.units.figures(at, until or e, least, cells)
            if not items or _exceeds(items, total):
                continue
            taken = set(self.claimed)  # (bodies given one figure each share its offset: "mỗi chi bộ kết nạp 2")
            for it in items:
                if it.value_at in taken:
                    continue
                self.claimed.add(it.value_at)
                period = self._period_of(sen, it.value_at, measure)
                self._add(it.organization, measure, it.value, period, it.start, it.end, f"statistics.list.{measure}")
                if it.target is not None and measure == "NewMembers":
                    self._add(it.organization, "AdmissionTarget", it.target, period, it.start, it.end,
                              "statistics.list.AdmissionTarget")
                if it.share is not None and measure == "NewMembers":  # "A 6.204 đảng viên, đạt 112% chỉ tiêu"
                    self._add(it.organization, it.share[0], it.share[1], period, it.start, it.end,
                              f"statistics.list.{it.share[0]}")

    # ---- what a count is about, when, and its statistic
    def _anchor(self, sen: _Sentence, q: int, measure: str) -> str | None:
        """The party organization the count of `measure` at q is about (see the module's docstring)."""
        text, s, anchors = self.text, sen.s, self.anchors
        cands = anchors.candidates(s, q, is_stock(measure))
        # "đồng chí X, Phó Bí thư Đảng ủy, nguyên Phó Bí thư Thành ủy Y, đề nghị ... phấn đấu kết nạp N": a body of a
        # speaker's former post is not the one the count is about
        cands = [c for c in cands if not (_FORMER_POST.search(text, max(s, c[2] - 30), c[2])
                                          and any(d[2] < c[2] for d in cands))]
        if _GUESTS.match(text, _lstrip(text, s, q)) or _GUESTS.match(text, _after_label(text, s, q)):
            # "Dự hội nghị có ông A, Bí thư Đảng ủy B; ... cùng 120 đại biểu thay mặt 300 đảng viên": the bodies of
            # the guests' posts count nothing the meeting counts
            cands = [c for c in cands if not _IN_A_POST.search(text, max(s, c[2] - 25), c[2])]
        if measure in TARGETS:  # a committee that sets a target sets it for its Đảng bộ
            # "đề nghị Đảng ủy X chuẩn bị Đại hội Đảng bộ ..., phấn đấu kết nạp N": X aims, the congress
            # only names a term
            cands = [c for c in cands if not (_CONGRESS.search(text, max(s, c[2] - 25), c[2])
                                              and any(d[2] < c[2] for d in cands))]
            # "chỉ tiêu ... được Thành ủy giao", "huyện A kết nạp 120 đảng viên, đạt 105% chỉ tiêu Tỉnh ủy giao (chỉ
            # tiêu 114 đảng viên)": the giver of a target others hold, the body the sentence counts before it
            cands = [c for c in cands if not ((_GIVEN_BY.search(text, max(s, c[2] - 6), c[2])
                                               or _TARGET_OF.search(text, max(s, c[2] - 12), c[2]))
                                              and _GIVER.match(text, c[0]) and any(d[2] < c[2] for d in cands))]
            as_body = {c[2]: c[1] for c in anchors.candidates(s, q, True)}
            # the committee that gives it, or one named in a speaker's post ("đồng chí X, Phó Bí thư Thường trực
            # Huyện ủy đề nghị ... phấn đấu kết nạp N"): the target of its Đảng bộ
            # ("Năm 2026, Đảng ủy xã A phấn đấu kết nạp ...": a committee aims for its Đảng bộ's admissions; f02 reads
            # it as the committee's, m03, s03 and ab12 as the Đảng bộ's)
            cands = [(c[0], as_body.get(c[2], c[1]), c[2])
                     if _GIVER.match(text, c[0]) or _SETS_ITSELF.match(text, c[0]) or _AIMS.match(text, c[0])
                     or _IN_A_POST.search(text, max(s, c[2] - 25), c[2]) else c
                     for c in cands]
        else:  # "(chỉ tiêu Tỉnh ủy giao là ...); trong đó ...": the body that sets a target counts nothing here
            cands = [c for c in cands if not _GIVER.match(text, c[0])]
        if cands:
            return max(cands)[1] or None  # (UNKNOWN: a body not read)
        if _PARTICIPLE_OPENING.match(text, _lstrip(text, s, q)):
            # "Được thành lập tháng 3/2019 với 5 đảng viên, đến nay Chi bộ có 31 đảng viên": a sentence opened by a
            # passive clause names its subject after it
            after = anchors.candidates(q, sen.e, is_stock(measure))
            if after:
                return min(after, key=lambda c: c[2])[1] or None
        if sen.breakdown and self.previous is not None:
            return self.previous[0]
        if self.lead_org is not None and _LINE_ITEM.match(text, _paragraph(text, s)):
            return self.lead_org or None  # "+ Kết nạp mới: 17 đảng viên" under "Kết quả ... của Đảng bộ xã A:"
        if self.para_head is not None and self.para_head[0]:
            return self.para_head[0]  # the body of the paragraph's first count, not a part it named after it
        topic = anchors.topic(s, self.sentences)
        return (topic if topic is not None else anchors.subject) or None

    def _period_of(self, sen: _Sentence, q: int, measure: str) -> Period | None:
        """The period of the count of `measure` at q (see the module's docstring)."""
        text, s, previous = self.text, sen.s, self.previous
        baseline = self._baseline(sen, q, measure)
        if baseline is not None:
            return baseline
        stated = _period(text, s, q, sen.periods, measure)
        if stated is not None and stated.kind == "year" and _SAME_TIME_OF.search(text, max(s, stated.start - 8),
                                                                                  stated.start):
            stated = self._same_time_of(stated)
        if stated is not None and stated.kind == "this_year":
            # "trong năm", "năm nay": the year the paragraph or the article reviews ("Năm 2023, ... chi bộ kết nạp 3
            # đảng viên trong năm" in January 2024), else the article's own
            stated = next((p for p in (self.para_period, self.report_period) if p is not None and p.kind == "year"),
                          stated)
        if stated is None and _JUST.search(text, max(s, q - 40), q):
            return None  # "chi bộ vừa kết nạp 4 đảng viên": just now, not over the report's period
        if stated is None and sen.breakdown and previous is not None:
            stated = previous[1]
        if stated is None and not is_stock(measure):
            # (a period the sentence states after the count, "kết nạp 23 đảng viên, trong đó quý III kết nạp 9", dates
            # the part after it, not this count)
            para_period = self.para_period if self.para_period is not None and self.para_period.start < q else None
            stated = para_period or self.lead_period or self.section_period
        if stated is None and is_stock(measure) and self.lead_period is not None \
                and self.lead_period.kind in _ON_DAY_PERIODS and (_LINE_ITEM.match(text, _paragraph(text, s))
                                                                  or _LABEL_LINE.match(text, _paragraph(text, s))):
            # "Số liệu đến hết ngày 15/11/2025:" then "- Tổng số đảng viên: 4.276": the day the lead states dates the
            # stocks its item lines count
            stated = self.lead_period
        if stated is None and is_stock(measure) and self.para_moment is not None and self.para_moment.start < q \
                and not _NOW.search(_clause(text, s, q)):
            # "Tại thời điểm 31/3/2024, Đảng bộ có 18 chi bộ. Số đảng viên toàn Đảng bộ là 640": the
            # moment the paragraph states is the day its stocks are counted on (not a count "now", "hiện có")
            stated = self.para_moment
        if stated is None and is_stock(measure) and _AT_FOUNDING.search(text, max(s, q - 90), q):
            # "Lúc mới thành lập, chi bộ có 19 đảng viên": on the day the text says the body was founded
            stated = self._founding_day(q)
        if stated is None and measure == "NewMembers" and _CEREMONY.search(text, s, sen.e):
            # "Tại buổi lễ, ... trao quyết định kết nạp cho 8 quần chúng": the day of the ceremony
            days = [p for p in find_periods(text, 0, q, self.year) if p.kind == "day"]
            stated = days[-1] if days else None
        if stated is None and not is_stock(measure):
            stated = self.report_period
        if measure == "MemberGrowth":
            stated = self._growth_since(q, stated)
        term = _TERM_YEARS.search(text, s, sen.e) if measure in TARGETS \
            and _TERMS_TARGET.search(text, max(s, q - 30), q) else None
        if term is not None:
            # "Từ đầu nhiệm kỳ 2020 - 2025 đến ngày 31/8/2024, ... kết nạp 1.302 đảng viên, đạt 93% chỉ tiêu nhiệm kỳ
            # (1.400 đảng viên)": the term's target, over the term the sentence names
            stated = Period(term.start(), term.end(), term[1], term[2], "range")
        if stated is not None and measure in TARGETS and stated.kind == "by_year" and stated.until == self.issued_year:
            # "Mục tiêu đến hết năm 2025 phải kết nạp ít nhất 50 đảng viên" written in 2025: the year's own target (a
            # goal for a later year, "đến năm 2030", states no start)
            stated = Period(stated.start, stated.end, stated.until, stated.until, "year")
        if stated is not None and measure in TARGETS and stated.kind in _TARGET_PARTS \
                and _YEAR_WORD.search(text, stated.end, q):
            # "quý I/2024 ... kết nạp 972 đảng viên, đạt 19,4% chỉ tiêu năm (5.000 đảng viên)": the year's target
            stated = Period(stated.start, stated.end, stated.begin, stated.until, "year")
        if stated is not None and measure == "TargetAchievement" and stated.begin and stated.until \
                and stated.begin[:4] == stated.until[:4] and _SO_FAR.search(text, max(s, q - 30), q):
            # "năm 2024 Đảng bộ phấn đấu kết nạp 12 đảng viên; đến nay mới đạt 50%": reached from the year's start up
            # to now ("đến nay" without a date: no end; a term's target reached "đến nay" is dated as the term's counts
            # are)
            stated = Period(stated.start, stated.end, stated.begin, None, "year_since")
        term_target = self.term_target
        if stated is not None and term_target is not None and sen.i - term_target[0] <= 1 \
                and measure in _TOWARD_TARGET and stated.kind in ("as_of", "as_of_month", "as_of_month_of_year") \
                and _RUNNING_TO.match(text, stated.start) and term_target[1].begin:
            # "chỉ tiêu nhiệm kỳ 2020 - 2025 kết nạp 9.500 đảng viên. Đến ngày 30/6/2024, đã kết nạp 7.842, đạt
            # 82,5%": the progress toward a term's target is counted from the term's start
            stated = Period(stated.start, stated.end, term_target[1].begin, stated.until, stated.kind)
        return stated

    def _same_time_of(self, year: Period) -> Period:
        """"Cùng kỳ năm 2019" after a count of "Chín tháng năm 2020" (the last headline's period, else the
        article's report period): the same part of 2019, 2019 … 2019-09-30; the whole year when that period is
        not a part of one other year."""
        compared = self.previous[1] if self.previous is not None else None
        if compared is None or not (compared.begin and compared.until):
            compared = self.report_period
        y = year.begin
        if compared is None or not (compared.begin and compared.until and y) or len(compared.until) != 10 \
                or compared.begin[:4] != compared.until[:4] or compared.until[:4] == y \
                or compared.until.endswith("02-29"):
            return year
        return Period(year.start, year.end, y + compared.begin[4:], y + compared.until[4:], compared.kind)

    def _founding_day(self, q: int) -> Period | None:
        """The day of the founding (or reorganizing, merger) the text states last before q: "thành lập theo Quyết định
        số 41-QĐ/TU ngày 01/7/2026", "Kể từ ngày 01/7/2026, phường A được thành lập ..."."""
        found = None
        for m in _FOUNDED_ON.finditer(self.text, 0, q):
            found = m
        if found is None:
            return None
        at = "d" if found["d"] else "d2"
        day = next((p for p in find_periods(self.text, found.start(at), found.end(at), self.year)
                    if p.begin and len(p.begin) == 10), None)
        return Period(day.start, day.end, day.begin, day.begin, "day") if day is not None else None

    def _baseline(self, sen: _Sentence, q: int, measure: str) -> Period | None:
        """The period of a baseline figure in brackets after a comparison: "so với cùng kỳ năm 2024 (kết nạp 188
        đảng viên)" -> the compared period's part of 2024, "So với năm 2023 (kết nạp 17)" -> 2023, "so với năm học
        trước (kết nạp 41)" -> the school year before the compared one; None when the count is not such a figure."""
        text = self.text
        opening = text.rfind("(", sen.s, q)
        if opening < 0 or ")" in text[opening:q]:
            return None
        m = _COMPARED_WITH.search(text, max(sen.s, opening - 60), opening + 1)
        if m is None:
            return None
        if m["previous"]:
            compared = self._period_of(sen, m.start(), measure)
            if compared is None or not compared.begin or not compared.until:
                return None
            return Period(m.start(), m.end(), str(int(compared.begin[:4]) - 1) + compared.begin[4:],
                          str(int(compared.until[:4]) - 1) + compared.until[4:], compared.kind)
        stated = next((p for p in sen.periods if p.start == m.start("period") and p.kind == "year"), None)
        if stated is None:
            return None
        if m["same"]:
            # the same part of that year as the period compared ("9 tháng năm 2025" -> 2024 … 2024-09-30)
            compared = self._period_of(sen, m.start(), measure)
            if compared is not None and compared.begin and compared.until and stated.begin \
                    and compared.begin[:4] == compared.until[:4] != stated.begin:
                y = stated.begin
                return Period(m.start(), m.end(), y + compared.begin[4:], y + compared.until[4:], compared.kind)
        return stated

    def _growth_since(self, q: int, stated: Period | None) -> Period | None:
        """"có 34 đảng viên, tăng 24 đảng viên so với đầu nhiệm kỳ 2020 - 2025", "tăng 9 đảng viên so với thời điểm
        hợp nhất": the growth counted at q runs from the baseline it is compared with (the term's first year, the day of
        the merger or founding the text gave, the year's start) to the count's end."""
        text = self.text
        since = _GROWTH_SINCE.match(text, text.find(" ", q), min(len(text), q + 60))
        if since is None:
            return stated
        begin = None
        if since["term"]:
            terms = _TERM_NAMED.findall(text, since.start("term"), since.end() + 20) or _TERM_NAMED.findall(text, 0, q)
            begin = terms[-1] if terms else None
        elif since["event"]:
            days = [p for p in find_periods(text, 0, q, self.year) if p.kind in ("day", "day_from", "day_since")
                    and _EVENT.search(text, max(0, p.start - 60), p.end)]
            begin = days[-1].begin if days else None
        else:
            years = _YEAR.findall(text, since.end(), since.end() + 6)
            begin = years[0] if years else (stated.until or stated.begin or "")[:4] if stated is not None else None
        if not begin:
            return stated
        if stated is None:
            return Period(since.start(), since.end(), begin, None, "since")
        return Period(stated.start, stated.end, begin, stated.until, stated.kind)

    def _add(self, org: str, measure: str, value, period: Period | None, start: int, end: int, rule: str,
             approx: bool = False) -> None:
        begin, until = _dated(measure, period)
        if measure in TARGETS and period is not None and period.kind in ("term_named_since", "term_to_now"):
            # "Từ đầu nhiệm kỳ 2020 - 2025 đến nay ... vượt chỉ tiêu nhiệm kỳ (42 đảng viên)": the whole term's target
            term = _TERM_YEARS.search(self.text, period.start, period.end)
            if term:
                begin, until = term[1], term[2]
        st = Statistic(organization=org, measure=measure, value=value, start=begin, end=until,
                       evidence=[evidence_for(self.doc, start, end, rule)])
        self.found.append(st)
        self.last_at = start
        if approx:
            self.approximate.add(id(st))

    # ---- tables
    def tables(self) -> None:
        """The figures of the article's tables flattened one cell a line, or one row a line."""
        text = self.text
        cells = self.units.tables(self.doc._.article.body_spans)
        titled_periods = []
        headed: dict[tuple[int, int], set[tuple[str | None, str | None]]] = {}  # flow columns' periods, by table
        for cell in cells:
            # the column's header ("Đảng viên (đến 20/10/2024)") or the table's title ("Phát triển đảng viên năm
            # 2024") dates its figures
            titled = [p for a, b in (cell.caption, cell.header) for p in find_periods(text, a, b, self.year)
                      if p.kind in _PARAGRAPH_PERIODS | {"day", "month", "month_of_year", "day_range", "day_to_month"}]
            if titled and titled[-1].start < cell.header[0] and is_stock(cell.measure) \
                    and titled[-1].kind not in _ON_DAY_PERIODS | _YEAR_PERIODS \
                    and not is_stock(title_measure(text[slice(*cell.caption)]) or "TotalMembers"):
                # a title that counts admissions over a span ("Kết nạp đảng viên 10 tháng năm 2025"): its period is
                # theirs, not the members' beside them, which it does not say when they were counted
                titled = []
            # the column header's start day ("Kết nạp từ 15/3/2024"), if it states one
            header_start = next((p for p in reversed(find_periods(text, *cell.header, self.year))
                                 if p.kind == "day_from"), None)
            if header_start and titled and not is_stock(cell.measure) and len(titled[-1].until or "") == 10 \
                    and (header_start.begin or "") < (titled[-1].until or ""):
                # "Kết nạp từ 15/3/2024" in a table counted up to a day ("... (đến 31/10/2024)"): the admissions
                # from the header's day (a merger's, a term's) to the table's
                titled = [Period(header_start.start, header_start.end, header_start.begin, titled[-1].until,
                                 "day_range")]
            titled_periods.append(titled[-1] if titled else None)
            if titled and titled[-1].start >= cell.header[0] and not is_stock(cell.measure):
                headed.setdefault(cell.caption, set()).add((titled[-1].begin, titled[-1].until))
        # a flow column its header does not date, in a table of one day ("Số liệu các chi bộ tại ngày 31/8/2025": its
        # members that day): the flows of the period another column's header states ("Kết nạp quý III | Chuyển đến"),
        # the one period a report's table counts its movements over
        for k, (cell, period) in enumerate(zip(cells, titled_periods)):
            spans = headed.get(cell.caption, set())
            if period is not None and period.kind == "day" and period.start < cell.header[0] \
                    and not is_stock(cell.measure) and len(spans) == 1:
                begin, until = next(iter(spans))
                titled_periods[k] = Period(period.start, period.end, begin, until, "day_range")
        # a row's share of its target reached is of the admissions its row counts, over their period; its target is
        # of their year ("Chỉ tiêu cả năm")
        admitted = {(c.figure.organization, c.figure.start): p for c, p in zip(cells, titled_periods)
                    if c.measure == "NewMembers" and p is not None}
        subject = self.anchors.subject or ""
        holder = subject if subject.startswith("Đảng bộ ") and self.units.holds_cells(subject) else None
        for cell, period in zip(cells, titled_periods):
            if cell.total:  # a table of cells' total row: the figures of the body they are in, the article's
                if holder is None:
                    continue
                cell = replace(cell, figure=replace(cell.figure, organization=holder))
            elif cell.parent:
                self.table_parents[cell.figure.organization] = cell.parent
            elif cell.cells and holder:
                # a table of cells in an article about a Đảng bộ: its cells
                cell = replace(cell, figure=replace(cell.figure, organization=host_office(cell.figure.organization,
                                                                                         holder)))
                self.table_parents[cell.figure.organization] = holder
            fig = cell.figure
            if period is None and cell.measure in PERCENT | TARGETS:
                period = admitted.get((fig.organization, fig.start))
            if period is None and cell.measure == "NewMembers" and _THIS_ROUND.search(text, *cell.caption):
                # "Số sinh viên được kết nạp trong đợt này theo chi bộ:": the admissions of the ceremony the article
                # reports, on its day
                days = [p for p in find_periods(text, 0, cell.caption[0], self.year) if p.kind == "day"]
                period = days[-1] if days else None
            if period is None and not is_stock(cell.measure):
                period = self.report_period  # else the article's reporting period
            self._add(fig.organization, cell.measure, fig.value, period, fig.start, fig.end,
                      f"statistics.table.{cell.measure}")

    def period_tables(self) -> None:
        """A table of measures by period ("Hình thức | 6 tháng đầu năm 2023 | 6 tháng đầu năm 2024"): of the body
        the line above it names ("Kết quả công tác kỷ luật trong Đảng bộ tỉnh ..."), else of the article's
        subject; so is a table of that body's members by group ("Chức danh | Số đảng viên | Tỷ lệ")."""
        body = self.doc._.article.body_spans
        for pf in [*period_tables(self.text, body, self.year), *group_tables(self.text, body, self.year)]:
            named = self.anchors.candidates(*pf.caption, places=False)
            if pf.measure.startswith("PartyCells"):  # cells rated are counted by the body above them, never by one
                named = [c for c in named if not (c[1] or "").startswith("Chi bộ")]
            table_body = max(named)[1] if named else self.anchors.subject
            if not named and _OF_THE_CELL.search(self.text, *pf.caption):
                # "Kết quả của chi bộ theo từng năm:": the cell the text named last before the table (its story's),
                # not the Đảng bộ above it (UNKNOWN, the figures left out, when the extractor read no such cell)
                caption = pf.caption[0]
                table_body = self.anchors._cell_named_before(caption, _paragraph_before(self.text, caption)) or UNKNOWN
            if table_body:
                col_start, col_end = _dated(pf.measure, pf.period)
                self.found.append(Statistic(organization=table_body, measure=pf.measure, value=pf.value,
                                            start=col_start, end=col_end,
                                            evidence=[evidence_for(self.doc, pf.start, pf.end,
                                                                   f"statistics.period_table.{pf.measure}")]))



def _add_organizations(doc: Doc, found: list[Statistic], table_parents: dict[str, str]) -> None:
    """Every organization a statistic is about is an organization of the article."""
    ex = doc._.extraction
    known = {o.name: o for o in ex.organizations}
    for st in found:
        parent = table_parents.get(st.organization)
        if st.organization not in known:
            kind = next((k for head, k in _KIND_OF_HEAD if st.organization.startswith(head)), "PartyOrganization")
            known[st.organization] = Organization(st.organization, kind, parent=parent or party_org_parent(
                doc, st.organization), evidence=list(st.evidence))
            ex.organizations.append(known[st.organization])
        elif parent and known[st.organization].parent is None:
            known[st.organization].parent = parent


# the kind of a body a statistic names that the organizations component did not read
_KIND_OF_HEAD = (("Chi bộ", "PartyCell"), ("Ban Chấp hành", "PartyCommittee"), ("Ban Thường vụ", "StandingCommittee"),
                 ("Đảng ủy", "PartyCommittee"), ("Đảng uỷ", "PartyCommittee"))


def _exceeds(items: list[Figure], total: int | str | None) -> bool:
    """Figures that are not parts of a whole count: more than it in sum, or not whole numbers ("12,5")."""
    if not isinstance(total, int):
        return False
    counts = [i.value for i in items if isinstance(i.value, int)]
    return len(counts) < len(items) or sum(counts) > total


# a line of a count by period: "Tháng 3: 12 đảng viên", "Quý II: 40 đảng viên (đợt kết nạp ngày 19/5)"
_PERIOD_LINE = re.compile(rf"(?:[Tt]háng (?P<m>\d{{1,2}})|[Qq]uý (?P<q>IV|III|II|I|[1-4]))\s*:\s*(?P<n>{NUMBER}) "
                          r"(?:đảng viên|ĐV|đồng chí)(?:\s*\([^()\n]{0,80}\))?\s*[.;,]?")
# a lead of admissions year by year, its lines "Năm 2022: 164 đảng viên", maybe then their sum "Tổng 3 năm: 512 đảng
# viên"
_ADMITTED_YEARLY = re.compile(r"kết nạp[^:\n]*(?:qua |theo |từng |các |hằng |hàng )(?:từng )?năm\s*:\s*$",
                              re.IGNORECASE)
# ("Năm 2022 – 164 đảng viên (trong đó 29 người dân tộc thiểu số)": a dash for the colon, the admitted described in
# brackets; the year's first months, the line of the year under way: "9 tháng năm 2024 – 190 đảng viên")
_YEAR_LINE = re.compile(rf"[ \t]*(?:{LINE_ITEM_MARK}\s*)?(?:(?P<m>\d{{1,2}}) tháng(?: đầu)? )?[Nn]ăm "
                        rf"(?P<y>(?:19|20)\d\d)\s*(?::|\s[-–—])\s*(?:kết nạp )?(?P<n>{NUMBER})"
                        r" (?:đảng viên|ĐV|đồng chí)(?:\s*\([^()\n]{1,80}\))?\s*[.;,]?\s*")
_YEARS_TOTAL = re.compile(rf"[ \t]*(?:{LINE_ITEM_MARK}\s*)?(?:Tổng|Cộng)(?: cộng| số)?(?: (?:\d+|các) năm)?\s*:\s*"
                          rf"(?P<n>{NUMBER}) (?:đảng viên|ĐV|đồng chí)", re.IGNORECASE)
# a sentence opened by a passive clause, its subject left for after it ("Được thành lập năm 2019 với 10 đảng viên, ...",
# "Thành lập ngày 20/4/2022 với 3 đảng viên, Chi bộ A ...")
_PARTICIPLE_OPENING = re.compile(r"Được (?!giao)|Thành lập ")
# a section's heading: a Roman numeral ("II. MỤC TIÊU ..."), or a line in capitals (tested apart)
_SECTION_HEADING = re.compile(rf"(?:[IVX]{{1,4}}\.\s+|[{UPPER}])")
_ROMAN_MARKS = tuple(f"{r}." for r in ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"))
_LINE_ITEM = re.compile(rf"[ \t]*{LINE_ITEM_MARK}")  # a line that is an item of a list ("1. Chi bộ A: ...", "- B")
# a box of labelled figures, one a line ("Tổng số đảng viên: 123"), under a heading that dates them in brackets
# ("SỐ LIỆU TÓM TẮT (đến ngày 30/11/2025)"), as portals set a summary of a body's figures apart from the prose
_LABEL_LINE = re.compile(rf"[ \t]*[^\W\d][^:\n\d]{{1,60}}:[ \t]*(?:{NUMBER})")
_DATED_HEADING = re.compile(r"[ \t]*[^\W\d][^\d.:;()\n]{2,60}\((?:số liệu |tính )?(?:đến|tính đến)(?: hết)? ngày "
                            r"[\d/.]+\)\s*")
_ITEM_NUMBER = re.compile(r"\d{1,2}[.)]")  # "3." that numbers a paragraph of a list-style press release
# the lines of a list right after its cue, one item a line: "1. Đảng bộ A: 14 đảng viên;", "- Đảng bộ B: 9"
_ITEM_LINES = re.compile(rf"(?:\n[ \t]*{LINE_ITEM_MARK}[^\n]*){{2,}}")


def _lead_period(text: str, sentences: list[tuple[int, int]], k: int, year: str | None) -> Period | None:
    """The period the lead of a list states (the paragraph that ends with sentence k, above the list's items:
    "Kết quả ... từ đầu năm 2023 đến nay:"), else None."""
    lead = _paragraph(text, sentences[k][0])
    # not the year of a target the lead measures its count against ("..., đạt 75% chỉ tiêu năm 2025 (12 đảng viên).
    # Các chi bộ có đảng viên mới gồm:"): the items count over the lead's own period
    stated = [p for p in find_periods(text, lead, sentences[k][1], year) if p.kind in _PARAGRAPH_PERIODS
              and not _of_a_document(text, lead, p.start)
              and not _A_TARGETS_PERIOD.search(text, max(lead, p.start - 30), p.start)]
    return stated[-1] if stated else None


def _item_lines_end(text: str, at: int) -> int | None:
    """The end of the list items on the lines right after `at` (two at least), else None."""
    m = _ITEM_LINES.match(text, at)
    return m.end() if m else None


def _opens_unit_list(text: str, s: int, e: int, list_cues: list[_Cue]) -> bool:
    """The sentence [s, e) opens with units' figures: a list cue ("Kết quả kết nạp theo chi bộ: ...") or
    examples ("Một số đảng bộ làm tốt như: ...")."""
    return _EXAMPLES.search(text, s, e) is not None or any(c.pattern.search(text, s, e) for c in list_cues)


class _UnitList(NamedTuple):
    """Per-unit figures of `measure` that may start at `at`; they add up to `total` at most."""
    at: int
    measure: str
    total: int | str | None
    least: int = 2  # figures that make a list (UnitLists.figures)
    cells: bool = False  # the figures of party cells
    until: int | None = None  # where the list ends at the latest (the sentence's own count), else its end


def _drop_approximations(found: list[Statistic], approximate: set[int]) -> None:
    """"trên 1.800 đảng viên" and "1.807 đảng viên" of one body: the exact count stands."""
    exact = {(st.organization, st.measure) for st in found if id(st) not in approximate and is_stock(st.measure)}
    # "một đảng bộ có hơn một nghìn ba trăm đảng viên" in a lead, "1.392 đảng viên" in the body: the rounded figure
    # restates the exact one, whichever body the lead's vague subject was read as
    values = {(st.measure, st.value) for st in found if id(st) not in approximate and is_stock(st.measure)
              and isinstance(st.value, int)}
    found[:] = [st for st in found if id(st) not in approximate or (st.organization, st.measure) not in exact
                and not (isinstance(st.value, int) and st.value >= 1000
                         and any(m == st.measure and abs(v - st.value) <= st.value // 10 for m, v in values))]
