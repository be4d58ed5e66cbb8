"""Membership statistics: counts tied to an organization and a period.

Each measure has cue patterns around the number (resources/measures.tsv lists
the measures): "kết nạp được 1.318 đảng viên" (NewMembers), "nâng tổng số ĐV
... lên 3.642", "có 23 đảng viên", "/1.257 đảng viên" (TotalMembers), "chỉ tiêu
phấn đấu kết nạp 600 ĐV" (AdmissionTarget), "đạt 109% kế hoạch"
(TargetAchievement), "tăng 548 đảng viên" (MemberGrowth), "23 chi bộ, Đảng bộ
cơ sở trực thuộc (17 chi bộ và 6 Đảng bộ/44 chi bộ trực thuộc)" (the
grassroots structure) ...

The organization is the party body named nearest before the number in its
sentence ("Đảng bộ phường X kết nạp được 31 ĐV, Đảng bộ phường Y ..."), a
unit ("quận X có 238 quần chúng được kết nạp", "toàn huyện") standing for its
Đảng bộ, else the article's main Đảng bộ. Flows (admissions, growth,
achievement) take the nearest period before the number in the sentence
(numbers.py); stocks (totals, structure) are reported without one.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from partykg.extract.context import party_org_name, unit_type
from partykg.extract.evidence import doc_text, evidence_for, in_body, sentence_bounds
from partykg.extract.lexicon import table
from partykg.extract.numbers import NUMBER, find_periods, parse_number
from partykg.extract.organizations import PARTY
from partykg.extract.text import LETTER, required_literals
from partykg.model import Organization, Statistic

MEASURES = {row["measure"] for row in table("measures.tsv")}
N = rf"(?P<n>{NUMBER})"
DV = r"(?:đảng viên|ĐV|Đảng viên)"
DB = r"(?:[Đđ]ảng bộ)"
EDUCATION = ("THPT|trung học phổ thông|sau đại học|thạc sĩ|tiến sĩ|đại học|cao đẳng|trung cấp|"
             "sơ cấp và chưa qua đào tạo|sơ cấp")
# Education level -> measure name part.
EDUCATION_MEASURE = {"thpt": "UpperSecondaryEducation", "trung học phổ thông": "UpperSecondaryEducation",
                     "sau đại học": "PostgraduateDegree", "thạc sĩ": "MasterDegree", "tiến sĩ": "DoctoralDegree",
                     "đại học": "UniversityDegree", "cao đẳng": "CollegeDegree",
                     "trung cấp": "IntermediateVocationalTraining", "sơ cấp": "ElementaryTraining",
                     "sơ cấp và chưa qua đào tạo": "ElementaryOrNoProfessionalTraining"}
# (measure, pattern) in priority order: the first rule to claim a number wins.
RULES: list[tuple[str, str]] = [
    ("AdmissionTarget", rf"chỉ tiêu (?:phấn đấu )?kết nạp (?:mới )?(?:được )?{N} (?:{DV}|quần chúng)"),
    ("AdmissionTarget", rf"(?:phấn đấu|mục tiêu|dự kiến|kế hoạch)(?: [{LETTER}]+){{0,4}} kết nạp (?:mới )?(?:được )?{N} "
                        rf"(?:{DV}|quần chúng)"),
    ("NewMembers", rf"kết nạp (?:được |thêm |mới )*(?:được )?{N} (?:{DV}|quần chúng)"),
    ("NewMembers", rf"{N} (?:quần chúng|{DV})(?: ưu tú)?(?: mới)? (?:được|đã được) kết nạp"),
    ("NewMembers", rf"phát triển (?:được )?{N} {DV}"),
    ("NewMembers", rf"(?:số )?{DV} (?:mới )?(?:được )?kết nạp (?:mới )?(?:là |đạt )?{N}(?! ?%)"),
    ("TotalMembers", rf"tổng số {DV}[^.;\d]{{0,60}}?(?:lên|là|có|đạt) {N}"),
    ("TotalMembers", rf"tổng số {N} {DV}"),
    ("TotalMembers", rf"(?:có|sinh hoạt|gồm|với) {N} {DV}(?! (?:mới|được|bị|vi phạm|là|có|hoàn thành|đạt|xếp loại|"
                     rf"không|tham gia|dự|đủ|chưa|trẻ|nữ|dân tộc|theo đạo|cao tuổi|được|đang))"),
    ("TotalMembers", rf"(?<=[/)]){N} {DV}"),
    ("TotalMembers", rf"{N} {DV}/"),
    ("TargetAchievement", rf"đạt {N} ?% (?:so với )?(?:kế hoạch|chỉ tiêu|[Nn]ghị quyết)"),
    ("TargetExceededBy", rf"vượt (?:trên |gần |hơn |khoảng )?{N} ?% (?:so với )?(?:kế hoạch|chỉ tiêu)"),
    ("MemberGrowth", rf"tăng (?:thêm )?{N} {DV}"),
    ("GrassrootsPartyOrganizations", rf"(?:\d+/)?{N} tổ chức cơ sở [Đđ]ảng"),
    ("GrassrootsPartyOrganizations", rf"{N} chi bộ,? (?:và )?{DB} cơ sở"),
    ("GrassrootsPartyOrganizations", rf"{N} {DB},? (?:và )?chi bộ cơ sở"),
    ("GrassrootsPartyCommittees", rf"{N} {DB}(?: cơ sở)?(?=\s*[/),;]| và| cơ sở)"),
    ("AffiliatedPartyCells", rf"(?<=/){N} chi bộ trực thuộc"),
    ("AffiliatedPartyCells", rf"{N} chi bộ trực thuộc"),
    ("GrassrootsPartyCells", rf"{N} chi bộ cơ sở"),
    ("GrassrootsPartyCells", rf"(?<=\(){N} chi bộ(?= và|,)"),
    # finer measures (resources/measures.tsv)
    ("RuralNewMembers", rf"chi bộ nông thôn (?:là|có|kết nạp được|kết nạp) {N}"),
    ("MembersCompletedTasksExcellentlyShare", rf"{N} ?% {DV} hoàn thành xuất sắc nhiệm vụ"),
    ("MembersCompletedTasksWellShare", rf"{N} ?% {DV} hoàn thành tốt nhiệm vụ"),
    ("Share", rf"chiếm (?:hơn |gần |khoảng |trên )?{N} ?%"),
    ("MembersByEducation", rf"(?:có )?{N} đồng chí có trình độ (?P<lvl>{EDUCATION})"),
    ("MembersByEducation", rf"(?P<lvl>{EDUCATION}) {N} đồng chí"),
]
_RULES = [(measure, re.compile(rf"(?<![\w.,/]){pat}" if not pat.startswith("(?<=") else pat))
          for measure, pat in RULES]
# Gates: a rule is tried on a sentence only when the sentence holds one of the strings every
# match of the rule contains (read off its pattern), and a sentence without a digit holds no
# count at all (every rule reads its number N). The results are the same; most
# (sentence, rule) pairs are then settled by a `str.find` instead of a regex scan.
_GATED = [(measure, rx, required_literals(rx)) for measure, rx in _RULES]
_ALL_NUMBERED = all("(?P<n>" in pat for _, pat in RULES)
_DIGIT = re.compile(r"\d")
STOCKS = {"TotalMembers", "GrassrootsPartyOrganizations", "GrassrootsPartyCommittees",
          "GrassrootsPartyCells", "AffiliatedPartyCells"}
PERCENT = {"TargetAchievement", "TargetExceededBy"}
_WHOLE = re.compile(r"(?<![\w])toàn (?P<u>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?![\w])")
_ANCHOR_KINDS = {"PartyOrganization", "PartyCommittee", "PartyCell"}


def _is_stock(measure: str) -> bool:
    """Counts at a point in time are reported without a period."""
    return measure in STOCKS or measure.startswith(("MembersWith", "GrassrootsCommitteeMembers")) \
        or measure == "MemberShareOfStaff"


def _refine(text: str, s: int, q: int, m: re.Match, measure: str, here: list[tuple[int, str]]) -> str:
    """The finer measure a cue stands for in its context."""
    if measure == "NewMembers" and "nông thôn" in text[max(s, q - 40):q]:
        return "RuralNewMembers"
    if measure == "MembersByEducation":
        who = "GrassrootsCommitteeMembers" if "cấp ủy viên" in text[s:q] else "Members"
        return f"{who}With{EDUCATION_MEASURE[m['lvl'].lower()]}"
    if measure == "Share":
        # "..., chiếm 51%": the share of the count just before it; "x đảng viên/y cán bộ, chiếm 92%"
        last = max((x for x in here if x[0] < q), default=None)
        if last is not None and last[1] in ("RuralNewMembers", "NewMembers"):
            return f"{last[1]}Share"
        if re.search(r"\d+ (?:đảng viên|ĐV)/\d+ (?:cán bộ|người)", text[s:q]):
            return "MemberShareOfStaff"
        return "Share"
    return measure


def _anchor(doc: Doc, s: int, q: int, measure: str) -> str | None:
    """The organization a number at q in the sentence starting at s is about."""
    ctx = doc._.context
    text = ctx.text
    cands: list[tuple[int, str]] = []
    for o in doc._.org_mentions or []:
        if s <= o.start < q and o.kind in _ANCHOR_KINDS and o.name != PARTY:
            name = o.name
            if measure in STOCKS and o.kind == "PartyCommittee" and o.parent and o.parent.startswith("Đảng bộ"):
                name = o.parent  # the structure and the membership belong to the Đảng bộ
            cands.append((o.end, name))
    for u in ctx.units:
        end = u.start + len(u.utype) + 1 + len(u.name)
        if s <= u.start and end <= q and not any(o.start <= u.start < o.end for o in doc._.org_mentions or []):
            cands.append((end, party_org_name(u.utype, u.name)))
    for m in _WHOLE.finditer(text, s, q):
        unit = ctx.resolve(unit_type(m["u"]), m.start())
        if unit:
            cands.append((m.end(), party_org_name(*unit)))
    if cands:
        return max(cands)[1]
    unit = ctx.main_unit()
    return party_org_name(*unit) if unit else None


_BREAKDOWN = re.compile(r"\s*(?:Trong đó|trong đó|Cụ thể|Riêng)\b")


_OF_A_DOCUMENT = re.compile(r"(?:[Nn]ghị quyết|Đại hội|đại hội)[^,;.]*$")


def _period(text: str, s: int, e: int, q: int, previous: tuple | None,
            measure: str, periods: list | None = None) -> tuple[str | None, str | None]:
    """The nearest period before q in the sentence; a breakdown ("Trong đó, ...") keeps the previous one.

    The term of a congress or resolution ("chỉ tiêu Nghị quyết Đại hội nhiệm kỳ 2015-2020") dates the
    target it sets, not the counts around it."""
    periods = find_periods(text, s, e) if periods is None else periods  # the sentence's, when known
    before = [p for p in periods if p.end <= q and (
        measure == "AdmissionTarget" or not _OF_A_DOCUMENT.search(text[max(s, p.start - 80):p.start]))]
    if before:
        return before[-1].begin, before[-1].until
    # "... kết nạp 98 đảng viên trong năm 2022": a period right after the count, in its clause
    after = [p for p in periods if p.start >= q and p.start - q < 40 and not re.search(r"[,;:]", text[q:p.start])]
    if after:
        return after[0].begin, after[0].until
    if previous is not None and _BREAKDOWN.match(text, s):
        return previous
    return None, None


def find_statistics(doc: Doc) -> Doc:
    found = doc._.extraction.statistics
    text = doc_text(doc)
    previous = None  # the period of the last sentence that gave a flow
    for s, e in sentence_bounds(doc):
        last = None
        claimed: set[int] = set()
        here: list[tuple[int, str]] = []  # (offset, measure) of the counts found in this sentence
        periods = None  # the sentence's periods, read once
        if _ALL_NUMBERED and _DIGIT.search(text, s, e) is None:
            continue
        for measure, rx, gate in _GATED:
            if gate is not None and not any(text.find(g, s, e) >= 0 for g in gate):
                continue
            for m in rx.finditer(text, s, e):
                q = m.start("n")
                if q in claimed or not in_body(doc, m.start(), m.end()):
                    continue
                claimed.add(q)
                value = parse_number(m["n"])
                measure_here = _refine(text, s, q, m, measure, here)
                if measure_here == "Share":
                    continue  # a share of something the text does not tie to membership
                org = _anchor(doc, s, q, measure_here)
                if org is None:
                    continue
                here.append((q, measure_here))
                if _is_stock(measure_here):
                    start, end = None, None
                else:
                    if periods is None:
                        periods = find_periods(text, s, e)
                    start, end = _period(text, s, e, q, previous, measure_here, periods)
                    last = (start, end)
                found.append(Statistic(
                    organization=org, measure=measure_here, value=value, start=start, end=end,
                    evidence=[evidence_for(doc, m.start(), m.end(), f"statistics.{measure_here}")],
                ))
        if last is not None:
            previous = last
    # every organization a statistic is about is an organization of the article
    ex = doc._.extraction
    known = {o.name for o in ex.organizations}
    for st in found:
        if st.organization not in known:
            known.add(st.organization)
            kind = "PartyCell" if st.organization.startswith("Chi bộ") else "PartyOrganization"
            ex.organizations.append(Organization(st.organization, kind, evidence=list(st.evidence)))
    return doc
