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
from partykg.extract.evidence import evidence_for, in_body
from partykg.extract.lexicon import table
from partykg.extract.numbers import NUMBER, find_periods, parse_number
from partykg.extract.organizations import PARTY
from partykg.model import Statistic

MEASURES = {row["measure"] for row in table("measures.tsv")}
N = rf"(?P<n>{NUMBER})"
DV = r"(?:đảng viên|ĐV|Đảng viên)"
DB = r"(?:[Đđ]ảng bộ)"
# (measure, pattern) in priority order: the first rule to claim a number wins.
RULES: list[tuple[str, str]] = [
    ("AdmissionTarget", rf"chỉ tiêu (?:phấn đấu )?kết nạp (?:mới )?(?:được )?{N} (?:{DV}|quần chúng)"),
    ("NewMembers", rf"kết nạp (?:được |thêm |mới )*(?:được )?{N} (?:{DV}|quần chúng)"),
    ("NewMembers", rf"{N} (?:quần chúng|{DV})(?: ưu tú)?(?: mới)? (?:được|đã được) kết nạp"),
    ("NewMembers", rf"phát triển (?:được )?{N} {DV} mới"),
    ("TotalMembers", rf"tổng số {DV}[^.;\d]{{0,60}}?(?:lên|là|có|đạt) {N}"),
    ("TotalMembers", rf"(?:có|sinh hoạt|gồm|với) {N} {DV}(?! mới)(?! được)"),
    ("TotalMembers", rf"(?<=[/)]){N} {DV}"),
    ("TotalMembers", rf"{N} {DV}/"),
    ("TargetAchievement", rf"đạt {N} ?% (?:so với )?(?:kế hoạch|chỉ tiêu)"),
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
]
_RULES = [(measure, re.compile(rf"(?<![\w.,/]){pat}" if not pat.startswith("(?<=") else pat))
          for measure, pat in RULES]
STOCKS = {"TotalMembers", "GrassrootsPartyOrganizations", "GrassrootsPartyCommittees",
          "GrassrootsPartyCells", "AffiliatedPartyCells"}
PERCENT = {"TargetAchievement", "TargetExceededBy"}
_WHOLE = re.compile(r"(?<![\w])toàn (?P<u>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?![\w])")
_ANCHOR_KINDS = {"PartyOrganization", "PartyCommittee", "PartyCell"}


def _anchor(doc: Doc, s: int, q: int, measure: str) -> str | None:
    """The organization a number at q in the sentence starting at s is about."""
    ctx = doc._.context
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
    for m in _WHOLE.finditer(doc.text, s, q):
        unit = ctx.resolve(unit_type(m["u"]), m.start())
        if unit:
            cands.append((m.end(), party_org_name(*unit)))
    if cands:
        return max(cands)[1]
    unit = ctx.main_unit()
    return party_org_name(*unit) if unit else None


_BREAKDOWN = re.compile(r"\s*(?:Trong đó|trong đó|Cụ thể|Riêng)\b")


def _period(doc: Doc, s: int, e: int, q: int, previous: tuple | None) -> tuple[str | None, str | None]:
    """The nearest period before q in the sentence; a breakdown ("Trong đó, ...") keeps the previous one."""
    periods = find_periods(doc.text, s, e)
    before = [p for p in periods if p.end <= q]
    if before:
        return before[-1].begin, before[-1].until
    if previous is not None and _BREAKDOWN.match(doc.text, s):
        return previous
    return None, None


@Language.component("partykg_statistics")
def find_statistics(doc: Doc) -> Doc:
    found = doc._.extraction.statistics
    previous = None  # the period of the last sentence that gave a flow
    for sent in doc.sents:
        last = None
        s, e = sent.start_char, sent.end_char
        claimed: set[int] = set()
        for measure, rx in _RULES:
            for m in rx.finditer(doc.text, s, e):
                q = m.start("n")
                if q in claimed or not in_body(doc, m.start(), m.end()):
                    continue
                claimed.add(q)
                value = parse_number(m["n"])
                if measure == "NewMembers" and "nông thôn" in doc.text[max(s, q - 40):q]:
                    measure_here = "RuralNewMembers"
                else:
                    measure_here = measure
                org = _anchor(doc, s, q, measure_here)
                if org is None:
                    continue
                if measure_here in STOCKS:
                    start, end = None, None
                else:
                    start, end = _period(doc, s, e, q, previous)
                    last = (start, end)
                found.append(Statistic(
                    organization=org, measure=measure_here, value=value, start=start, end=end,
                    evidence=[evidence_for(doc, m.start(), m.end(), f"statistics.{measure_here}")],
                ))
        if last is not None:
            previous = last
    return doc
