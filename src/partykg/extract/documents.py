"""Party documents cited in an article.

Rules (each fact's evidence names the rule that found it):
- documents.numbered: "Chỉ thị số 05 - CT/TW" -> identifier 05-CT/TW
  (number-KIND/ISSUER, no "số", no spaces), kind from the kind word, else from
  the code (resources/document_kinds.tsv); a page that is a party document
  cites its own number in its header ("Số 27-TB/ĐU"), issued by the body its
  signature block signs for ("T/M BAN THƯỜNG VỤ" under "ĐẢNG ỦY XÃ X" -> "Ban
  Thường vụ Đảng ủy xã X", _signing_body);
- documents.number_only: "Quyết định số 1947", "Chỉ thị 05 của Bộ Chính trị" ->
  identifier null (only a number written in full is an identifier), labelled as
  written; the same document when the article numbers it in full elsewhere. Kinds
  the press cites by bare number need a capital; the others need "số". A
  decision about one member, or a document of a state issuer, is none;
- documents.plenum: "Nghị quyết Trung ương 4 (khóa XI, XII)" -> one document per
  term, labelled "Nghị quyết Trung ương 4 (khóa XI)";
- documents.congress: "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội
  đại biểu Đảng bộ quận Ô Môn nhiệm kỳ 2020-2025", "Nghị quyết Đại hội Đảng bộ
  huyện" -> labelled as cited; "... các cấp" is no particular document. A bare
  "Nghị quyết Đại hội", capitalized as a name ("chỉ tiêu Nghị quyết Đại hội đề
  ra"), is the resolution of the congress the article tells of, one with the
  local congress's it cites in full; in lower case it is any congress's, and
  "Nghị quyết Đại hội của Đảng", "... toàn quốc" are the national one;
- documents.adopted: "Đại hội thông qua Nghị quyết, Chương trình hành động của
  Đại hội" -> named after the congress the article names ("Nghị quyết của Đại hội
  đại biểu Đảng bộ xã X lần thứ XV"), not the one above it ("tiến tới Đại hội …");
- documents.term: "nghị quyết nhiệm kỳ 2015-2020" -> "Nghị quyết nhiệm kỳ 2015-2020";
- documents.named: documents the whole party knows by name (Điều lệ Đảng,
  Cương lĩnh chính trị, "Quy định về những điều đảng viên không được làm"),
  from resources/party_documents.json;
- documents.project: a named Đề án ("Đề án phát triển nguồn nhân lực …"), the
  name up to the end of its clause, or in quotes ('Đề án "…"': its issuer may follow);
- documents.of_issuer: "Quyết định của Ban Thường vụ Tỉnh ủy X về chỉ định …",
  a capitalized kind word, a party issuer and a subject;
- documents.subject: "… thực hiện Quy định về công tác kiểm tra, giám sát", a rule
  cited by its subject, capitalized in mid-sentence;
- documents.adopted_subject: "Hội nghị đã thông qua Nghị quyết về …", "X ban hành
  Nghị quyết về …": a resolution adopted or issued, named by its subject, of the
  body that issues it or whose meeting adopts it.
Generic mentions ("các nghị quyết, chỉ thị", "nghị quyết chuyên đề", "Nghị
quyết của Huyện ủy", "các Đề án"), a decision handed to a person ("Quyết định
kết nạp"), reports and numbers in dates are not documents. Number-less names
cited in full and then cut short are one document.

After a citation the text may state the issuer ("của Bộ Chính trị"), the date
("ngày 15/5/2016"), the term ("khóa XII") and a quoted title ("“Về đẩy mạnh
…”"); before it, "X ban hành …" states the issuer too. An issuer is the
organization the organizations component resolved there (doc._.org_mentions),
a central body by its one name, else as written. The registry
resources/party_documents.json adds what a citation leaves out but never
overrides the text.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Doc

from partykg.extract.context import committee_name
from partykg.extract.evidence import doc_text, evidence_for, folded_text
from partykg.extract.lexicon import table
from partykg.extract.memberships import PARTY_POSTS
from partykg.extract.places import place_for, scan_spans, unit_types
from partykg.extract.spans import longest_mentions
from partykg.extract.text import UPPER, WordStartPattern, alt, finditer_at, finditer_from, required_literals
from partykg.extract.tones import key
from partykg.ingest.layout import document_issuer, document_number, signed_on_behalf_of
from partykg.model import Document
from partykg.rdf.vocab import load_vocabulary

RESOURCES = files("partykg.resources")


@dataclass(frozen=True)
class Kind:
    code: str
    word: str
    cls: str


@lru_cache(maxsize=1)
def kinds() -> tuple[dict[str, Kind], dict[str, Kind]]:
    """(by code, by lower-case word). A kind whose class the ontology does not declare is a plain
    pkg:PartyDocument: a kind the tables know never costs the article."""
    declared = load_vocabulary().document_kinds
    by_code: dict[str, Kind] = {}
    by_word: dict[str, Kind] = {}
    for row in table("document_kinds.tsv"):
        code = "" if row["code"] == "-" else row["code"]  # kinds cited by name only have no code
        k = Kind(code, row["word"], row["class"] if row["class"] in declared else "PartyDocument")
        if k.code:
            by_code.setdefault(k.code.upper(), k)
        by_word.setdefault(k.word.casefold(), k)
    return by_code, by_word


@lru_cache(maxsize=1)
def issuers() -> list[tuple[re.Pattern, str, tuple[str, ...], str, str]]:
    return [(re.compile(r["pattern"] + r"(?!\w)"), r["name"], tuple(filter(None, r["levels"].split("|"))),
             r["code"], r["unit"])
            for r in table("document_issuers.tsv")]


@lru_cache(maxsize=1)
def registry() -> list[dict]:
    return json.loads(RESOURCES.joinpath("party_documents.json").read_text(encoding="utf-8"))["documents"]


@lru_cache(maxsize=1)
def named_documents() -> list[tuple[re.Pattern, dict]]:
    """Documents the whole party knows by one name (Điều lệ Đảng ...), from the registry."""
    data = json.loads(RESOURCES.joinpath("party_documents.json").read_text(encoding="utf-8"))
    return [(re.compile(r"(?<!\w)(?:" + n["cited_as"] + r")(?!\w)"), n) for n in data.get("named", [])]


@lru_cache(maxsize=1)
def _capitalized_kinds() -> list[tuple[str, Kind, re.Pattern]]:
    """Each kind word written with a capital, its kind, and the word before "của" as a pattern."""
    return [(cap, kind, re.compile(rf"(?<!\w){re.escape(cap)}(?=\s+của\s)"))
            for cap, kind in ((word[:1].upper() + word[1:], kind) for word, kind in kinds()[1].items())]


@lru_cache(maxsize=None)
def _gate(rx: re.Pattern | WordStartPattern) -> tuple[str, ...] | None:
    return required_literals(rx)


def _gated_finditer(rx: re.Pattern | WordStartPattern, text: str, s: int, e: int) -> Iterator[re.Match[str]]:
    """`rx.finditer(text, s, e)`, not run over a span that holds none of the strings its every
    match holds: a pattern led by a look-behind is tried at every character."""
    gate = _gate(rx)
    if gate is not None and not any(text.find(g, s, e) >= 0 for g in gate):
        return iter(())
    return rx.finditer(text, s, e)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# what may follow a kind word before the number (see _patterns)
QUALIFIERS = ("chuyên đề",)


@lru_cache(maxsize=1)
def _patterns():
    by_code, by_word = kinds()
    words = _alt(by_word)
    codes = _alt(by_code) + "|" + _alt(c.upper() for c in by_code)
    # the kind word may carry its qualifier: "Nghị quyết chuyên đề số 03-NQ/ĐU" (a resolution on one subject)
    numbered = re.compile(
        rf"(?:(?P<word>{words})(?:\s+(?:{_alt(QUALIFIERS)}))?\s+)?(?:[Ss]ố\s*)?(?P<num>\d{{1,4}})\s*[-–]\s*(?P<kind>{codes})"
        r"\s*/\s*(?P<issuer>[A-ZĐ]{1,8}(?:-[A-ZĐ]{1,8})?)(?![\wĐ])", re.IGNORECASE)
    # "Chỉ thị 05/CT-TW": a party number written in the state's order; only party issuers
    party = _alt(_committee_codes())
    swapped = re.compile(
        rf"(?:(?P<word>{words})\s+)?(?:[Ss]ố\s*)?(?P<num>\d{{1,4}})\s*/\s*(?P<kind>{codes})"
        rf"\s*-\s*(?P<issuer>{party})(?![\wĐ])")
    # the kinds the press cites by bare number ("Chỉ thị 05"); the others only with "số"
    short = _alt(k.word for k in by_word.values() if k.code in SHORT_CITED)
    # led by the class of the words' first letters: the engine, which tries this case-blind
    # pattern at every character, rules most characters out by one test, not one a word
    firsts = "".join(sorted({w[0] for w in by_word}))
    number_only = re.compile(
        rf"(?=[{re.escape(firsts)}])"
        rf"(?:(?P<word>{words})\s+(?P<so>[Ss]ố\s*)|(?P<sword>{short})\s+)(?P<num>\d{{1,4}})(?!\d)"
        r"(?![/.,]\d|\s*[-–/]\s*\w)"
        r"(?!\s*(?:tháng|năm|ngày|giờ|%))", re.IGNORECASE)  # "Kế hoạch 5 năm" is a period
    return numbered, swapped, number_only


@lru_cache(maxsize=1)
def _gates() -> tuple[re.Pattern, re.Pattern]:
    """Parts every match of the numbered and of the swapped pattern contains, led by a digit so
    the regex engine skips to digits: a stretch of text without them holds no such citation."""
    by_code, _ = kinds()
    codes = _alt(by_code) + "|" + _alt(c.upper() for c in by_code)
    return (re.compile(rf"\d\s*[-–]\s*(?:{codes})\s*/", re.IGNORECASE),
            re.compile(rf"\d\s*/\s*(?:{codes})\s*-"))


def _before_number(ch: str) -> bool:
    """What may stand between a kind word and the digit a gate starts at: white space, digits, "số"."""
    return ch.isspace() or ch.isdecimal() or ch.casefold() in ("s", "ố")


# the place before a number's first digit that a bare-number citation's kind word (with "số" or not) leads to
NUMBER_AFTER = re.compile(r"[\sốỐ]\d")


@lru_cache(maxsize=1)
def _word_ends() -> tuple[frozenset[str], tuple[int, ...]]:
    """The last letters (case-folded) of the kind words, and their lengths (`_number_only_places`)."""
    words = list(kinds()[1])
    assert not any(_before_number(w[-1]) for w in words)  # (else the walk back would pass its end)
    return frozenset(w[-1].casefold() for w in words), tuple(sorted({len(w) for w in words}))


def _number_only_places(text: str, s: int, e: int) -> list[int]:
    """Where a bare-number citation ("Quyết định số 1947") can start in text[s:e], in order: a kind word,
    then only white space and "số" up to a digit. Walking back from each digit that follows white space
    or "ố" over those characters reaches the end of the word (no kind word ends with one of them); it
    starts a kind word's length before. The case-blind pattern would otherwise be tried at every letter
    a kind word can start with."""
    ends, lengths = _word_ends()
    places: set[int] = set()
    for g in NUMBER_AFTER.finditer(text, s, e):
        i = g.start() + 1
        while i > 0 and _before_number(text[i - 1]):
            i -= 1
        if i > 0 and text[i - 1].casefold() in ends:
            places.update(i - n for n in lengths if i - n >= s)
    return sorted(places)


def _scan(rx: re.Pattern, gate: re.Pattern, text: str, s: int, e: int) -> list[re.Match]:
    """`list(rx.finditer(text, s, e))` for the numbered and swapped patterns, the search started
    just before each place their gate finds instead of at every character.

    Every match holds a gate match from the last digit of its number on, and before that digit
    only a kind word, "số", white space and digits: so no match starts before the first gate
    match at or after `pos`, less the white space, digits and "số" before it and the longest
    kind word with its qualifier. (The patterns look neither behind nor at the start of the text.)"""
    longest = max(len(w) for w in kinds()[1]) + max(len(q) + 1 for q in QUALIFIERS)
    out: list[re.Match] = []
    pos = s
    while True:
        g = gate.search(text, pos, e)
        if g is None:
            return out
        i = g.start()
        while i > pos and _before_number(text[i - 1]):
            i -= 1
        m = rx.search(text, max(pos, i - longest), e)
        if m is None:
            return out
        out.append(m)
        pos = m.end()


ROMAN = r"[IVXL]+"
TERMS = rf"kh[oó]a\s+(?P<terms>{ROMAN}(?:\s*(?:,|và|-)\s*(?:kh[oó]a\s+)?{ROMAN})*)(?!\w)"
TERM_SPLIT = re.compile(r"\s*(?:,|và|-)\s*(?:kh[oó]a\s+)?")
ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
            "chín": 9, "mười": 10}
PLENUM = re.compile(
    r"[Nn]ghị quyết\s+(?:Hội nghị\s+)?"
    r"(?:(?:lần thứ\s+(?P<ord>\d{1,2}|" + "|".join(ORDINALS) + r")\s+)?"
    r"(?:(?:của\s+)?(?:Ban Chấp hành|BCH)\s+)?Trung ương(?:\s+Đảng)?(?:\s+(?:lần\s+)?(?P<n>\d{1,2}))?)"
    r"(?P<tail>\s*(?:\(\s*|,\s*|[-–]\s*)?" + TERMS + r"\s*\)?)?")
UNIT = alt(*unit_types(special_zone=False), case_first=False)  # (no đặc khu: as first written)
NAME = r"(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\w]*(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]\w*){0,3})"
PERIOD = r"nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}"
CONGRESS_PART = (rf"(?:đại biểu|toàn quốc|Đảng toàn quốc|lần thứ\s+(?:{ROMAN}|\d{{1,2}})|{ROMAN}(?!\w)|"
                 # the party organization of a province's party or state agencies (2025: "Đảng bộ các cơ quan Đảng
                 # tỉnh"; "Đảng bộ Khối các cơ quan tỉnh X")
                 rf"Đảng bộ\s+(?:Khối\s+)?các cơ quan(?:\s+Đảng)?(?:\s+{UNIT})?(?:\s+{NAME})?|"
                 rf"Đảng bộ(?:\s+{UNIT})?(?:\s+{NAME})?|Chi bộ(?:\s+{NAME})?|{PERIOD}|của Đảng(?!\s+bộ))")
CONGRESS = re.compile(rf"[Nn]ghị quyết\s+Đại hội(?P<parts>(?:\s*,?\s*{CONGRESS_PART})+)")
# the resolution of the congress the article tells of, written bare as a name ("mục tiêu của Nghị quyết Đại hội": its
# words capitalized, as the rules of Vietnamese spelling in party documents set a document's name; in lower case,
# "nghị quyết đại hội", it is a common noun, any congress's)
# (not one whose congress is named after it, "Nghị quyết Đại hội đại biểu Phụ nữ tỉnh": a mass organization's; nor
# one by the congress's number, "Nghị quyết Đại hội 13": the national one; nor where CONGRESS stands, see _numberless)
BARE_CONGRESS = re.compile(rf"Nghị quyết Đại hội(?![\w-])(?!\s+(?:đại biểu|\d|[{UPPER}]))")
TERM_RESOLUTION = re.compile(rf"[Nn]ghị quyết\s+(?P<period>{PERIOD})")
GENERIC_CONGRESS = re.compile(r"các\b(?! cơ quan)|cơ sở")  # "Đảng bộ các cấp", "các Đảng bộ cơ sở"
SPECIFIC = re.compile(rf"{ROMAN}(?!\w)|lần thứ|Đảng bộ|Chi bộ|nhiệm kỳ")

DATE = re.compile(r"ngày\s+(?P<d>\d{1,2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<y>\d{4})"
                  r"|ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4})")
QUOTE = re.compile(r"(?P<ve>[Vv]ề\s+)?[“\"](?P<title>[^”\"\n]{3,400})[”\"]")
TERM_AFTER = re.compile(r"\(?\s*" + TERMS + r"\s*\)?")
SEP = re.compile(r"[\s,()]*")


def _skip_sep(text: str, pos: int) -> int:
    """The end of the separators at `pos` (SEP matches the empty string)."""
    m = SEP.match(text, pos)
    assert m is not None
    return m.end()


# issuer codes of party bodies besides those of resources/document_issuers.tsv
PARTY_ISSUERS = {"ĐU", "ĐUK", "BCSĐ", "ĐĐ", "BTV", "BCĐ"}


@lru_cache(maxsize=1)
def _committee_codes() -> frozenset[str]:
    """The issuer codes of the party's committees (document_issuers.tsv, PARTY_ISSUERS), read once."""
    return frozenset({row["code"] for row in table("document_issuers.tsv")} | PARTY_ISSUERS)
PERSONAL = re.compile(r"[\s,]*(?:(?:về việc|v/v)\s+)?(?:kết nạp|công nhận đảng viên|khai trừ|cảnh cáo|khen thưởng)")
# kinds the press cites by number alone ("Chỉ thị 05 của Bộ Chính trị", "Quyết định 99"); others
# ("Kế hoạch 5", "Chương trình 135") only with "số"
SHORT_CITED = {"NQ", "CT", "KL", "HD", "QĐ", "QĐi"}


@dataclass
class Citation:
    start: int
    end: int
    doc: Document
    key: tuple
    issuer_ok: bool = True  # whether "của X" after it may name its issuer


def _canonical_number(num: str) -> str:
    return f"{int(num):02d}"


def _kind_code(code: str) -> str:
    by_code, _ = kinds()
    k = by_code.get(code.upper())
    return k.code if k else code


def _title(raw: str, ve: str | None) -> str:
    raw = " ".join(raw.split()).strip()
    if ve:
        return "Về " + raw[:1].lower() + raw[1:]
    if raw[:3].casefold() == "về ":
        return "Về " + raw[3:]
    return raw


@lru_cache(maxsize=1)
def party_kinds() -> frozenset[str]:
    """Organization kinds of the party (resources/org_kinds.tsv: PartyOrganization and below)."""
    parent = {r["kind"]: r["parent_kind"] for r in table("org_kinds.tsv")}

    def of_party(k: str) -> bool:
        while k:
            if k == "PartyOrganization":
                return True
            k = parent.get(k, "")
        return False
    return frozenset(k for k in parent if of_party(k))


# the state's issuers (Luật Ban hành văn bản quy phạm pháp luật): their documents are no party documents; so the
# procuracy's and the courts' (Luật Tổ chức Viện kiểm sát nhân dân, Luật Tổ chức Tòa án nhân dân: the Viện trưởng and
# the Chánh án issue their directives)
STATE_ISSUER = re.compile(r"(?:Chủ tịch\s+|Phó Chủ tịch\s+|Viện trưởng\s+|Chánh án\s+)?"
                          r"(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|"
                          r"Chính phủ|Thủ tướng|Quốc hội|Ủy ban Thường vụ Quốc hội|Bộ trưởng|Bộ (?!Chính trị)|Sở "
                          r"|Viện [Kk]iểm sát|VKSND|T[òo]a án)")


def _state_issuer(doc: Doc, text: str, pos: int) -> bool:
    """Whether the issuer named at `pos` is a state body (or a state official)."""
    org = _org_at(doc, pos)
    if org is not None:
        return org.kind not in party_kinds()
    return STATE_ISSUER.match(text, pos) is not None


def _org_at(doc: Doc, pos: int):
    """The organization mention (organizations.py) that starts at `pos`, if any."""
    for m in getattr(doc._, "org_mentions", None) or ():
        if m.start == pos:
            return m
    return None


# the Youth Union's and the associations' central bodies bear the party's names ("Ban Bí thư Trung ương Đoàn",
# "Ban Chấp hành Trung ương Hội"): a central party body's name that "Đoàn"/"Hội" follows is theirs
_OF_MASS_ORG = re.compile(r"\s+(?:Đoàn|Hội)(?!\w)")


def _issuer_at(doc: Doc, text: str, pos: int) -> tuple[str | None, str | None, int]:
    """An issuer named at `pos` ("Bộ Chính trị", "Tỉnh ủy Điện Biên"): (name, code, end).

    A central body has one name (the table's). Any other issuer is the organization the
    organizations component resolved there ("Ban Thường vụ Đảng ủy" -> the article's Đảng ủy);
    failing that, a committee of the table completed with the unit named after it or the
    article's unit of its type, else kept as written ("Tỉnh ủy"): never dropped, never guessed."""
    for pat, name, levels, code, unit in issuers():
        m = pat.match(text, pos)
        if m and not levels and not _OF_MASS_ORG.match(text, m.end()):
            return name, code, m.end()
    org = _org_at(doc, pos)
    if org is not None:
        return org.name, None, org.end
    for pat, name, levels, code, unit in issuers():
        m = pat.match(text, pos)
        if not m or not levels:
            continue
        end = m.end()
        # a local committee: its unit is named after it, or is the article's unit of that level and type
        nm = re.match(r"\s+(" + NAME + r")", text[end:])
        if nm and " " not in nm.group(1):
            # an institution's kind word alone ("Đảng ủy Viện", "Đảng ủy Sở"), as the press writes the committee of
            # the article's institution: the one committee of that kind the article names in full, where the kind
            # word is a whole word of the name, a capitalized one after it ("Đảng ủy Viện Kiểm sát ..."; not the first
            # syllable of another word, "Đảng ủy Quân khu" is not "Đảng ủy Quân sự tỉnh X")
            kind_word = re.compile(rf"{re.escape(name)} {re.escape(nm.group(1))} [{UPPER}]")
            full = {m.name for m in getattr(doc._, "org_mentions", None) or () if kind_word.match(m.name)}
            if len(full) == 1:
                return full.pop(), code, end + nm.end()
        if nm:
            return f"{name} {nm.group(1)}", code, end + nm.end()
        for level in levels:
            if level == "named":
                continue
            place = place_for(doc, level, pos)
            if place and place.startswith(unit + " "):
                return f"{name} {place[len(unit) + 1:]}", code, end
        if "named" in levels:
            return None, code, end  # a bare "Đảng ủy": whose, only the organizations component can tell
        return " ".join(text[pos:end].split()), code, end
    return None, None, pos


# "X ban hành ...", "X thông qua ..." (a committee adopting a resolution or a programme issues it), the verb maybe
# after up to two adverbs of time or addition ("X cũng vừa ban hành ...")
ISSUED_BY = re.compile(r"\s+(?:(?:đã|vừa|mới|cũng|đồng thời)\s+){0,2}(?:ban hành|thông qua)\s+$")
# announcing or deploying a document ("công bố", "triển khai"): says who issued it only when the body that does
# so is the one its number names ("Huyện ủy X triển khai Kế hoạch số 87-KH/HU": the code of a Huyện ủy)
# ... or having it, carrying it out ("Tỉnh ủy có Kế hoạch số 194-KH/TU", "chi bộ thực hiện Kế hoạch số 08-KH/CB")
# ... or setting it out ("Huyện ủy X đặt ra Chương trình hành động số 09-CTr/HU"), or drawing it up ("Đảng ủy xây dựng
# Kế hoạch số 36-KH/ĐU": a committee drafts its own plans, Quy chế làm việc of a party committee)
ANNOUNCED_BY = re.compile(r"\s+(?:đã\s+|vừa\s+|mới\s+|cũng\s+|đang\s+)?"
                          r"(?:công bố|triển khai|có|thực hiện|đặt ra|xây dựng)\s+$")
# ... or making a higher body's document concrete by its own ("Đảng ủy đã cụ thể hóa Chỉ thị số 56-CT/TU ... bằng Kế
# hoạch số 18-KH/ĐU", "... thành Chương trình hành động số ..."): the subject issued the second, as its number names
_CONCRETIZED_BY = re.compile(r"\s+(?:đã\s+|vừa\s+)?cụ thể h(?:óa|oá)\s[^.;:!?\n]{0,200}?\s(?:bằng|thành)\s+$")
# the unit itself, written bare in lower case, as the subject that does so: the press's short form for its party
# committee ("huyện đặt ra Chương trình số 09-CTr/HU"), which the document's number then names (HU: a Huyện ủy)
_BARE_UNIT_SUBJECT = re.compile(rf"(?:^|[,;.:]\s*|\n)(?P<u>{'|'.join(unit_types(special_zone=False))})$")
JOINED_CITATION = re.compile(r"\s*(?:,|và|,\s*và)\s*")
JOINED_AFTER_SUBJECT = re.compile(r"\s+về\s[^.;:!?()\n“”\"]{1,200}?,?\s+và\s+")


def _same_issuer_code(a: Document, b: Document) -> bool:
    """Both numbered by one issuer: "21-NQ/ĐU" and "08-CT/ĐU"."""
    if not (a.identifier and b.identifier):
        return False
    return a.identifier.split("/", 1)[1] == b.identifier.split("/", 1)[1]


@lru_cache(maxsize=1)
def _board_codes() -> list[tuple[str, str, bool]]:
    """(head, code, whether the committee's code follows) of resources/issuer_codes.tsv, longest head first."""
    rows = [(r["head"], r["code"], r["of"] == "committee") for r in table("issuer_codes.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


def _party_code(issuer_code: str) -> bool:
    """Whether a document's issuer code is a party body's: a committee's (document_issuers.tsv, PARTY_ISSUERS), or a
    board's letters before one, or a code of its own (issuer_codes.tsv: "BTCTU", "UBKTHU", "CB", "TĐTN-XDĐ")."""
    code = issuer_code.upper().split("-", 1)[0]
    committees = _committee_codes()
    if code in committees:
        return True
    return any(code == board if not of_committee else code.startswith(board) and code[len(board):] in committees
               for _head, board, of_committee in _board_codes())


def _issuer_code(name: str) -> str | None:
    """The code a body numbers its documents with (document_issuers.tsv, issuer_codes.tsv: "Ủy ban Kiểm tra
    Tỉnh ủy" -> UBKTTU, "Ban Tổ chức Huyện ủy X" -> BTCHU, "Chi bộ Y" -> CB)."""
    own = next((code for pat, _name, _levels, code, _unit in issuers() if pat.match(name)), None)
    if own is not None:  # a body of the table: "Ban Tổ chức Trung ương" -> BTCTW
        return own
    prefix, rest = "", name
    for head, code, of_committee in _board_codes():
        if name.startswith(head + " "):
            if not of_committee:
                return code
            prefix, rest = code, name[len(head) + 1:]
            break
    committee = next((code for pat, _name, _levels, code, _unit in issuers() if pat.match(rest)), None)
    return None if committee is None else prefix + committee


def _numbered_by(name: str, identifier: str) -> bool:
    """Whether the document's number carries the code of the body `name` ("86-KH/TĐTN-XDĐ": the Tỉnh đoàn's,
    its drafting board's letters after the dash)."""
    code, issuer = _issuer_code(name), identifier.split("/", 1)[1].upper()
    return code is not None and code in (issuer, issuer.split("-", 1)[0])


def _issuer_before(doc: Doc, text: str, start: int, identifier: str | None = None) -> str | None:
    """The issuer of "Ban Chấp hành Trung ương Đảng ban hành Kết luận số 21-KL/TW": the body
    named right before "ban hành" (to issue) or "thông qua" (to adopt). Announcing ("công bố") or carrying
    out a document says nothing of who issued it, unless the document's number is that body's own."""
    m = ISSUED_BY.search(text, max(0, start - 24), start)
    if not m:
        a = ANNOUNCED_BY.search(text, max(0, start - 24), start) if identifier else None
        a = a or (_CONCRETIZED_BY.search(text, max(0, start - 240), start) if identifier else None)
        org = next((o for o in getattr(doc._, "org_mentions", None) or () if a and _subject_ends(o, text, a.start())),
                   None)
        if org is not None and identifier and _numbered_by(org.name, identifier):
            return org.name
        unit = _BARE_UNIT_SUBJECT.search(text, max(0, a.start() - 16), a.start()) if a and org is None else None
        ctx = getattr(doc._, "context", None)
        resolved = ctx.resolve((unit["u"],), unit.start("u")) if unit and ctx else None
        committee = committee_name(*resolved) if resolved else None
        if committee is not None and identifier and _numbered_by(committee, identifier):
            return committee
        return None
    end = m.start()
    for pat, name, levels, _code, _unit in issuers():
        if not levels and re.search(r"(?:" + pat.pattern + r")$", text[max(0, end - 80):end]):
            return name
    for org in getattr(doc._, "org_mentions", None) or ():
        if _subject_ends(org, text, end):
            return org.name
    if identifier and (_WE.search(text, max(0, end - 12), end)
                       or "đồng thời" in m[0] and _WE_AND_THEN.search(text, max(0, end - 120), end)):
        return _our_committee(doc, identifier)
    return None


# a space, then one word or two (what `_subject_ends` allows between a mention and the verb)
_ONE_OR_TWO_WORDS = re.compile(r" \s*\S+(?:\s+\S+)?\s*")


# "we", as the committee's secretary or deputy speaks for it in an interview ("chúng tôi đã ban hành Kế hoạch số
# 07-KH/ĐU ..."), the subject right before the verb (not "Theo chúng tôi được biết, cấp trên đã ban hành ...")
_WE = re.compile(r"(?:^|[\s\-–:\"“])[Cc]húng tôi$")
# ... or before a first act of the same clause, when "đồng thời" opens the verb: the same subject doing a second thing
# ("chúng tôi rà soát từng chi bộ, đồng thời ban hành ...")
_WE_AND_THEN = re.compile(r"(?:^|[\s\-–:\"“])[Cc]húng tôi\s[^.;:!?\n,]*,$")


def _our_committee(doc: Doc, identifier: str) -> str | None:
    """The one party committee whose secretary or deputies the article names (memberships), when the document's
    number is that committee's own: the body a "we" of its leaders issues for."""
    ex = getattr(doc._, "extraction", None)
    led = {m.organization for m in (ex.memberships if ex is not None else ())
           if m.role in PARTY_POSTS}
    ours = [name for name in led if _numbered_by(name, identifier)]
    return ours[0] if len(ours) == 1 else None


def _subject_ends(org, text: str, pos: int) -> bool:
    """Whether the organization mention is the subject that ends at `pos`: right there, or followed by the kind of
    its unit the press writes after a bare committee to say whose it is ("Đảng ủy Chi cục triển khai ...", "Đảng ủy
    Công ty ban hành ...": the mention "Đảng ủy" resolved to the unit's committee, whose name holds "Chi cục")."""
    if org.end == pos:
        return True
    if not _ONE_OR_TWO_WORDS.fullmatch(text, org.end, pos):
        return False  # (tested first: most mentions end far from pos, and their gap would be sliced and split)
    gap = text[org.end:pos]
    words = gap.split()
    return (gap[:1] == " " and 1 <= len(words) <= 2 and words[0][:1].isupper()
            and f" {' '.join(words)} " in f" {org.name} " and ' '.join(words) not in text[org.start:org.end])


def _tail(doc: Doc, text: str, c: Citation, limit: int) -> None:
    """Issuer, date, term and quoted title stated right after a citation."""
    pos = c.end
    d = c.doc
    for _ in range(6):
        pos = _skip_sep(text, pos)
        if pos >= limit:
            return
        if text.startswith("do ", pos) and c.issuer_ok:  # "(do Ban Bí thư ban hành)"
            name, _code, end = _issuer_at(doc, text, pos + 3)
            issued = re.match(r"\s+ban hành(?!\w)", text[end:end + 12]) if end > pos + 3 else None
            if issued is None:
                return
            if name and d.issuer is None:
                d.issuer = name
            pos = end + issued.end()
            continue
        if text.startswith("của ", pos) and c.issuer_ok:
            name, _code, end = _issuer_at(doc, text, pos + 4)
            if end == pos + 4:
                return
            if name and d.issuer is None:
                d.issuer = name
            pos = end
            continue
        m = DATE.match(text, pos)
        if m:
            y, mo, dd = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
            if 1 <= int(mo) <= 12 and 1 <= int(dd) <= 31 and d.date is None:
                d.date = f"{y}-{int(mo):02d}-{int(dd):02d}"
            pos = m.end()
            continue
        m = TERM_AFTER.match(text, pos)
        if m:
            single = re.fullmatch(ROMAN, m["terms"].strip())
            if single and not d.term:
                d.term = m["terms"].strip()
            pos = m.end()
            continue
        m = re.match(r"(?:[Hh]ội nghị|[Hh]ội nghị lần thứ \w+)\s+[^,.;“\"]{0,60}", text[pos:])
        if m and "Trung ương" in m.group(0):
            tm = re.search(TERMS, m.group(0))
            if tm and not d.term:
                d.term = tm["terms"]
            # the plenum named without "của", as the party cites its resolutions ("Nghị quyết số 21-NQ/TW ngày
            # 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII"): it issues them
            name, _code, _end = _issuer_at(doc, text, pos) if c.issuer_ok else (None, None, pos)
            if name and d.issuer is None:
                d.issuer = name
            pos += m.end()
            continue
        m = QUOTE.match(text, pos)
        if m and m.start("title") - pos <= 4 + (len(m["ve"]) if m["ve"] else 0):
            if d.title is None:
                d.title = _title(m["title"], m["ve"])
        return


def _numbered(doc: Doc, text: str, s: int, e: int) -> list[Citation]:
    numbered, swapped, number_only = _patterns()
    by_code, by_word = kinds()
    out = []
    numbered_gate, swapped_gate = _gates()
    for m in _scan(numbered, numbered_gate, text, s, e) + _scan(swapped, swapped_gate, text, s, e):
        code = _kind_code(m["kind"])
        issuer_code = m["issuer"].upper()
        ident = f"{_canonical_number(m['num'])}-{code}/{issuer_code}"
        word_kind = by_word.get(m["word"].casefold()) if m["word"] else None
        kind, start = word_kind or by_code[code.upper()], m.start()
        own = by_code.get(code.upper())
        lead = re.search(rf"(?<!\w){re.escape(own.word)}\s+$", text[max(0, start - 24):start], re.I) \
            if own is not None and word_kind is not None and word_kind != own else None
        if lead and own is not None:
            # "Thông báo kết luận số 104-TB/UBKTTU": the kind the number names, the next word its subject (a notice of
            # the conclusions of an inspection), which the issuer before it ("X ban hành ...") is read from
            kind, start = own, start - len(lead[0])
        if kind.cls == "Decision" and PERSONAL.match(text, m.end()):
            continue  # a decision about one member (admission, recognition), not a cited document
        after = _skip_sep(text, m.end())
        if text.startswith("của ", after) and STATE_ISSUER.match(text, after + 4) and not _party_code(m["issuer"]):
            # "Chỉ thị số 08-CT/VKS của Viện trưởng Viện Kiểm sát ...": the state's, no party document (by the state's
            # bodies named only: a mass organization's or the army's political organs number theirs as the party's);
            # not a party body's number ("Kế hoạch số 21-KH/ĐU của Bộ đội Biên phòng tỉnh": the press names the unit
            # for its Đảng ủy, whose code the number prints)
            continue
        word = kind.word
        d = Document(label=f"{word} {ident}", kind=kind.cls, identifier=ident,
                     evidence=[evidence_for(doc, start, m.end(), "documents.numbered")])
        out.append(Citation(start, m.end(), d, ("id", ident)))
    taken = [(c.start, c.end) for c in out]
    for m in finditer_at(number_only, _number_only_places(text, s, e), text, e):
        if any(a <= m.start() < b or a < m.end() <= b for a, b in taken):
            continue
        word = m["word"] or m["sword"]
        if word[0].islower() and not m["so"]:
            continue  # "chỉ thị 3 lần": a cited document is written with a capital or with "số"
        kind = by_word[word.casefold()]
        if kind.cls == "Decision" and PERSONAL.match(text, m.end()):
            continue
        after = _skip_sep(text, m.end())
        if text.startswith("của ", after) and _state_issuer(doc, text, after + 4):
            continue  # "Quyết định số 567 của Chủ tịch UBND tỉnh": the state's, no party document
        # no canonical identifier from a bare number ("Quyết định số 1947"): labelled as written
        label = " ".join(text[m.start():m.end()].split())
        label = label[0].upper() + label[1:]
        d = Document(label=label, kind=kind.cls,
                     evidence=[evidence_for(doc, m.start(), m.end(), "documents.number_only")])
        out.append(Citation(m.start(), m.end(), d, ("num", kind.code, _canonical_number(m["num"]))))
    return out


def _numberless(doc: Doc, text: str, s: int, e: int) -> list[Citation]:
    out = []
    for m in PLENUM.finditer(text, s, e):
        n = m["n"] or (str(ORDINALS.get(m["ord"], m["ord"])) if m["ord"] else None)
        if not n:
            continue
        head = " ".join(text[m.start():m.end("n") if m["n"] else m.end() - len(m["tail"] or "")].split())
        head = head[0].upper() + head[1:]
        terms = TERM_SPLIT.split(m["terms"]) if m["terms"] else [None]
        # the Central Committee written out in the citation ("Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương
        # Đảng") states its issuer: its plenums adopt the resolutions (Điều lệ Đảng art. 15)
        # (not "Ban Chấp hành Trung ương Đoàn", "... Hội": the Youth Union's and the associations' bear that name too)
        issuer = "Ban Chấp hành Trung ương Đảng" if re.search(r"Ban Chấp hành|BCH", m[0]) \
            and not _OF_MASS_ORG.match(text, m.end()) else None
        for t in terms:
            label = f"{head} (khóa {t})" if t else head
            d = Document(label=label, kind="Resolution", term=t, issuer=issuer,
                         evidence=[evidence_for(doc, m.start(), m.end(), "documents.plenum")])
            out.append(Citation(m.start(), m.end(), d, ("plenum", n, t), issuer_ok=False))
    named_congress = set()  # where a congress's resolution is cited with its congress, kept or not
    for m in CONGRESS.finditer(text, s, e):
        named_congress.add(m.start())
        parts = m["parts"]
        if (GENERIC_CONGRESS.search(parts) or GENERIC_CONGRESS.match(text, _skip_sep(text, m.end()))
                or not SPECIFIC.search(parts)):
            continue
        label = " ".join(text[m.start():m.end()].split()).rstrip(", ")
        label = label[0].upper() + label[1:]
        d = Document(label=label, kind="Resolution",
                     evidence=[evidence_for(doc, m.start(), m.end(), "documents.congress")])
        out.append(Citation(m.start(), m.end(), d, ("label", key(label)), issuer_ok=False))
    for m in BARE_CONGRESS.finditer(text, s, e):
        # not "Nghị quyết Đại hội của Đảng", "… toàn quốc": the national resolution, which CONGRESS set aside
        if m.start() in named_congress or GENERIC_CONGRESS.match(text, _skip_sep(text, m.end())):
            continue
        d = Document(label=m[0], kind="Resolution",
                     evidence=[evidence_for(doc, m.start(), m.end(), "documents.congress")])
        out.append(Citation(m.start(), m.end(), d, ("label", key(m[0])), issuer_ok=False))
    for m in TERM_RESOLUTION.finditer(text, s, e):
        label = "Nghị quyết " + " ".join(m["period"].split())
        d = Document(label=label, kind="Resolution",
                     evidence=[evidence_for(doc, m.start(), m.end(), "documents.term")])
        out.append(Citation(m.start(), m.end(), d, ("label", key(label)), issuer_ok=False))
    return out


# --- documents without a number, named by the article
# where the name of a document ends: a clause mark, or a word that opens the rest of the clause
NAME_END = re.compile(r"\s*(?:[,.;:!?()“”\"…\n]|[-–] )|\s+"
                      r"(?:với|nhằm|để|đã|đang|sẽ|được|bị|do|theo|thì|mà|cho|tại|trong đó|đạt|có|là|gồm|góp phần|"
                      r"tiếp tục|mang lại)(?!\w)")
NAME_WORDS = 30
PLURAL = re.compile(r"(?<!\w)(?:các|những|nhiều|một số|từng|mỗi|hai|ba|bốn|năm)\s+$", re.IGNORECASE)
DEMONSTRATIVE = re.compile(r"(?:này|đó|đây|trên|nói trên|kể trên|ấy|nêu trên)(?!\w)")
# "Đề án phát triển ...", not "Đề án 06" nor "Đề án số 05-ĐA/HU" (a numbered one: the numbered rule's)
NAMED_PROJECT = re.compile(r"(?<!\w)Đề án\s+(?=[a-zà-ỹđ])(?!số\s*\d)")
# ... its name in quotes, as a project's name is often written ('Đề án "Nâng cao chất lượng ..."'): the name ends at
# the closing quote, so a "của X" after it names the issuer
QUOTED_PROJECT = re.compile(r"(?<!\w)Đề án\s*[“\"](?P<name>[^“”\"\n]{3,300})[”\"]")
SUBJECT_TITLED = re.compile(r"(?<=[a-zà-ỹđ,] )(?P<word>Quy định|Quy chế)\s+về\s+")
# a resolution adopted or issued, named by its subject: "Hội nghị đã biểu quyết thông qua Nghị quyết về ...",
# "Tỉnh ủy ban hành Nghị quyết về ..." (a draft, "dự thảo Nghị quyết", is not adopted yet)
ADOPTED_SUBJECT = WordStartPattern(r"(?:thông qua|ban hành)\s+(?P<word>Nghị quyết)\s+về\s+",
                                   not_before=r"\w")  # (tried only where its verbs stand)
# ... by a meeting, the subject of the sentence ("Hội nghị đã thông qua ..."): of the body whose meeting the article
# names ("Hội nghị lần thứ mười bốn Ban Chấp hành Trung ương Đảng khóa XIII")
MEETING_ADOPTS = re.compile(r"(?<!\w)Hội nghị\s+(?:đã\s+)?(?:(?:biểu quyết|nhất trí|thống nhất)\s+)?$")
MEETING_OF = re.compile(r"(?<!\w)Hội nghị(?: (?:lần thứ|lần|toàn thể)(?: \w+){1,3})?\s+$")
OF_ISSUER_ABOUT = re.compile(r"\s+của\s+")
CONGRESS_NAME = re.compile(
    rf"Đại hội(?P<dele> đại biểu)?(?: (?P<body1>(?:Đảng bộ|Chi bộ)(?: {UNIT})? {NAME}))?"
    rf" lần thứ (?P<n>{ROMAN}|\d{{1,2}})(?!\w)"
    rf"(?:,? nhiệm kỳ \d{{4}}\s*[-–]\s*\d{{4}})?(?: (?P<body2>(?:Đảng bộ|Chi bộ)(?: {UNIT})? {NAME}))?")
OTHER_CONGRESS = re.compile(r"(?<!\w)(?:tiến tới|hướng tới|chào mừng|chuẩn bị|dự)\s+$")
ADOPTED = re.compile(
    r"thông qua\s+(?:(?:bản\s+)?dự thảo\s+)?"
    r"(?P<docs>(?:Nghị quyết|Chương trình hành động)(?:\s*(?:,|và)\s*(?:Nghị quyết|Chương trình hành động))*)"
    r"\s+(?P<of>của\s+)?Đại hội(?!\s+(?:đại biểu|Đảng|Chi bộ|lần|toàn quốc|[IVXL]+(?!\w)))")


@lru_cache(maxsize=1)
def _kind_word_rx() -> re.Pattern:
    return re.compile(r"\s(?:" + _alt(w[:1].upper() + w[1:] for w in kinds()[1]) + r")(?!\w)")


def _name_end(text: str, pos: int, limit: int) -> tuple[int, int]:
    """Where a document's name that starts at `pos` ends: at a clause mark, a word opening the
    rest of the clause, or after NAME_WORDS words. And where its citation's span ends: before
    another document the name cites ("… về thực hiện Nghị quyết số 12-NQ/TW"), which is a
    citation of its own."""
    m = NAME_END.search(text, pos - 1, limit)  # from the space before it: "Đề án được …" names nothing
    end = m.start() if m else limit
    words = list(re.finditer(r"\S+", text[pos:end]))
    if len(words) > NAME_WORDS:
        end = pos + words[NAME_WORDS - 1].end()
    k = _kind_word_rx().search(text, pos, end)
    return end, (k.start() if k else end)


def _congresses(text: str) -> list[tuple[int, str]]:
    """Congresses the article names, with where: "Đại hội đại biểu Đảng bộ phường X lần thứ XII"
    (also written "Đại hội đại biểu lần thứ XII Đảng bộ phường X")."""
    out = []
    for m in CONGRESS_NAME.finditer(text):
        body = m["body1"] or m["body2"]
        if OTHER_CONGRESS.search(text, max(0, m.start() - 20), m.start()):
            continue  # "tiến tới Đại hội …", "đoàn đại biểu đi dự Đại hội …": the congress above
        if body:
            out.append((m.start(), f"Đại hội{m['dele'] or ''} {' '.join(body.split())} lần thứ {m['n']}"))
    return out


def _named(doc: Doc, text: str, s: int, e: int, congresses: list[tuple[int, str]]) -> list[Citation]:
    """Documents without a number, named in full: landmark documents (Điều lệ Đảng), a named
    Đề án, "Quyết định của <issuer> về <subject>", and the resolution and programme a congress
    adopts ("Đại hội thông qua Nghị quyết, Chương trình hành động của Đại hội")."""
    by_word = kinds()[1]
    out: list[Citation] = []

    def cite(start: int, end: int, label: str, kind: Kind, rule: str, issuer: str | None = None) -> None:
        label = " ".join(label.split())
        label = label[0].upper() + label[1:]
        d = Document(label=label, kind=kind.cls, issuer=issuer, evidence=[evidence_for(doc, start, end, rule)])
        out.append(Citation(start, end, d, ("label", key(label)), issuer_ok=False))

    for pat, entry in named_documents():
        for m in _gated_finditer(pat, text, s, e):
            cite(m.start(), m.end(), text[m.start():m.end()], by_word[entry["kind"].casefold()], "documents.named")
    for m in _gated_finditer(NAMED_PROJECT, text, s, e):
        end, span_end = _name_end(text, m.end(), e)
        name = text[m.end():end]
        if PLURAL.search(text, max(s, m.start() - 12), m.start()) or DEMONSTRATIVE.match(name) \
                or len(name.split()) < 2:
            continue
        cite(m.start(), span_end, text[m.start():end], by_word["đề án"], "documents.project")
    for m in _gated_finditer(QUOTED_PROJECT, text, s, e):
        if PLURAL.search(text, max(s, m.start() - 12), m.start()) or len(m["name"].split()) < 2:
            continue
        label = "Đề án " + " ".join(m["name"].split())
        d = Document(label=label, kind=by_word["đề án"].cls, title=_title(m["name"], None),
                     evidence=[evidence_for(doc, m.start(), m.end(), "documents.project")])
        out.append(Citation(m.start(), m.end(), d, ("label", key(label))))
    # "Quyết định của Ban Thường vụ Tỉnh ủy X về ...": a kind word written with a capital, its
    # issuer and its subject name one document; "các quyết định của ..." or no subject do not
    for cap, kind, rx in _capitalized_kinds():
        for m in finditer_from(rx, (cap,), text, s, e):  # (a match starts with `cap`)
            if PLURAL.search(text, max(s, m.start() - 12), m.start()):
                continue
            of = OF_ISSUER_ABOUT.match(text, m.end())
            assert of is not None  # the lookahead of the match saw it
            pos = of.end()
            issuer, _code, iend = _issuer_at(doc, text, pos)
            org = _org_at(doc, pos)
            if org is not None and org.end == iend and org.kind not in party_kinds():
                continue  # "Kế hoạch của UBND tỉnh về ...": a state body's, no party document
            about = re.match(r"\s+về\s+", text[iend:e])
            if issuer is None or about is None or PERSONAL.match(text, iend):
                continue
            if re.match(r"Đảng(?: Cộng sản Việt Nam)?(?!\s*(?:bộ|ủy|đoàn))(?!\w)", text[pos:iend]):
                continue  # "Nghị quyết của Đảng về …": the party's resolutions in general, no one document
            end, _ = _name_end(text, iend + about.end(), e)
            if len(text[iend + about.end():end].split()) < 2:
                continue
            cite(m.start(), iend, text[m.start():end], kind, "documents.of_issuer", issuer)
    # "… thực hiện Quy định về công tác kiểm tra của Đảng": rules are cited by their subject; a capital
    # in mid-sentence makes it a title, not the verb "quy định" (to lay down)
    for m in _gated_finditer(SUBJECT_TITLED, text, s, e):
        if PLURAL.search(text, max(s, m.start() - 12), m.start()):
            continue
        end, span_end = _name_end(text, m.end(), e)
        if len(text[m.end():end].split()) < 3:
            continue
        cite(m.start(), span_end, text[m.start():end], by_word[m["word"].casefold()], "documents.subject")
    for m in _gated_finditer(ADOPTED_SUBJECT, text, s, e):
        end, span_end = _name_end(text, m.end(), e)
        if len(text[m.end():end].split()) < 3:
            continue
        cite(m.start("word"), span_end, text[m.start("word"):end], by_word["nghị quyết"], "documents.adopted_subject",
             _issuer_before(doc, text, m.start("word")) or _meeting_body(doc, text, s, m.start()))
    for m in ADOPTED.finditer(text, s, e):
        before = [name for at, name in congresses if at < m.start()]
        if not before:
            continue  # "the congress" of an article that names none is no particular one
        for part in re.split(r"\s*(?:,|và)\s*", m["docs"]):
            label = f"{part} {'của ' if m['of'] else ''}{before[-1]}"
            # one span for all (like the terms of a plenum): overlapping citations would drop each other
            cite(m.start("docs"), m.end(), label, by_word[part.casefold()], "documents.adopted")
    return out


def _meeting_body(doc: Doc, text: str, s: int, verb: int) -> str | None:
    """The party body whose meeting adopts a document, when "Hội nghị" is the subject of the verb: the one the last
    meeting the article names before is of ("Hội nghị lần thứ IX Ban Chấp hành Đảng bộ tỉnh")."""
    if not MEETING_ADOPTS.search(text, max(s, verb - 40), verb):
        return None
    meetings = [o for o in getattr(doc._, "org_mentions", None) or () if o.end <= verb and o.kind in party_kinds()
                and MEETING_OF.search(text, max(0, o.start - 30), o.start)]
    return meetings[-1].name if meetings else None


def _same_named(a: str, b: str) -> bool:
    """Two labels of one number-less document: the name cited in full, then cut short ("Đề án
    phát triển nguồn nhân lực" after "Đề án phát triển nguồn nhân lực … và …"), 4 words or more.
    Other shared words say nothing: "Nghị quyết Đại hội nhiệm kỳ 2015-2020" of the district is
    another document than "Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2015-2020"."""
    wa, wb = key(a).split(), key(b).split()
    short, full = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if short == BARE_KEY:
        return full[:4] == short and _local_congress(full)
    return (len(short) >= 4 and full[:len(short)] == short) or _same_congress(short, full)


BARE_KEY = key("Nghị quyết Đại hội").split()
NATIONAL_CONGRESS = re.compile(r"toàn quốc|của đảng$")


def _local_congress(words: list[str]) -> bool:
    """A local congress's resolution, the one a bare "Nghị quyết Đại hội" names: of a party organization (Đảng bộ,
    Chi bộ), not the national congress's ("Nghị quyết Đại hội XIII của Đảng", "… toàn quốc")."""
    label = " ".join(words)
    return bool(re.search(r"(?<!\w)(?:đảng bộ|chi bộ)(?!\w)", label)) and not NATIONAL_CONGRESS.search(label)


def _same_congress(short: list[str], full: list[str]) -> bool:
    """A congress's resolution cited short, as a headline does (without "đại biểu", the unit's name or the term),
    and in full in the body: both of a congress of one ordinal, and every word of the short name in the full
    one, in order."""
    def plain(ws: list[str]) -> list[str]:
        return re.findall(r"\w+", " ".join(ws).replace("đại hội đại biểu", "đại hội"))
    short, full = plain(short), plain(full)
    head = ["nghị", "quyết", "đại", "hội"]
    if short[:4] != head or full[:4] != head or "thứ" not in short or "thứ" not in full:
        return False
    if short[short.index("thứ") + 1:short.index("thứ") + 2] != full[full.index("thứ") + 1:full.index("thứ") + 2]:
        return False
    rest = iter(full)
    return all(w in rest for w in short)


def _apply_registry(d: Document) -> None:
    """Fill title, date and term from the registry when one entry fits the citation."""
    if not d.identifier:
        return
    fits = [r for r in registry() if r["identifier"] == d.identifier
            and (d.term is None or r.get("term") == d.term)
            and (d.date is None or r.get("date", "")[:4] == d.date[:4])]
    if len(fits) != 1:
        return
    r = fits[0]
    d.title = d.title or r.get("title")
    d.date = d.date or r.get("date")
    d.term = d.term or r.get("term")


def _registry_plenum(n: str, term: str | None) -> str | None:
    """The identifier of plenum `n` of `term`, when the registry knows it."""
    hits = [r["identifier"] for r in registry()
            if term and str(r.get("plenum", "")) == n and r.get("term") == term]
    return hits[0] if len(hits) == 1 else None


def find_documents(doc: Doc) -> Doc:
    text = folded_text(doc)
    cites: list[Citation] = []
    congresses = _congresses(text)
    own = document_number(doc_text(doc))  # the page is a party document: its own number, in its header
    for s, e in scan_spans(doc) + ([own] if own else []):  # body, captions and headline
        cites.extend(_numbered(doc, text, s, e))
        cites.extend(_numberless(doc, text, s, e))
        cites.extend(_named(doc, text, s, e, congresses))
    # overlapping rules: the longer citation wins ("Nghị quyết số 35-NQ/TW" over "Nghị quyết 35");
    # plenum citations of several terms share one span and are all kept
    kept: list[Citation] = longest_mentions(doc, cites, keep_same_span=True)
    issued_before: Citation | None = None  # the last citation "X ban hành" gave its issuer
    for c in kept:
        nxt = min([k.start for k in kept if k.start >= c.end] + [len(text)])
        sent_end = min([p for p in (text.find(".\n", c.end), text.find("\n", c.end)) if p >= 0] + [len(text)])
        _tail(doc, text, c, min(nxt, sent_end, c.end + 300))
        if c.doc.issuer is None and c.issuer_ok:
            c.doc.issuer = _issuer_before(doc, text, c.start, c.doc.identifier)
            if c.doc.issuer is None and issued_before is not None \
                    and (JOINED_CITATION.fullmatch(text, issued_before.end, c.start)
                         or (JOINED_AFTER_SUBJECT.fullmatch(text, issued_before.end, c.start)
                             and _same_issuer_code(issued_before.doc, c.doc))):
                # "Huyện ủy ban hành Kế hoạch số 45-KH/HU và Nghị quyết số 07-NQ/HU": both are its, also
                # with the first one's subject between them when both are numbered by the same issuer
                c.doc.issuer = issued_before.doc.issuer
            issued_before = c if c.doc.issuer is not None else None
        else:
            issued_before = None
        if own and c.start == own[0] and c.doc.issuer is None:
            # the page's own number: issued by the body its signature block signs for (before the merge below,
            # so the document kept for it, when the body cites it again, has it)
            c.doc.issuer = _signing_body(doc)

    # one document per identity: the same number, plenum, or label
    by_key: dict[tuple, Document] = {}
    numbered = {c.key[1]: c.doc for c in kept if c.key[0] == "id"}
    # numbered citations first, so a short or number-less citation joins the full one
    for c in sorted(kept, key=lambda c: c.key[0] != "id"):
        k = c.key
        if k[0] == "num":
            # a short citation of a document numbered in full elsewhere in the article
            full = [ident for ident in numbered if ident.startswith(f"{k[2]}-{k[1]}/")]
            if len(full) == 1:
                k = ("id", full[0])
        if k[0] == "plenum":
            ident = _registry_plenum(k[1], k[2])
            if ident in numbered:
                k = ("id", ident)
        if k[0] == "label" and k not in by_key:
            # a number-less name cited in full and shortened elsewhere: one document, the longer label
            same = [o for o in by_key if o[0] == "label" and _same_named(by_key[o].label, c.doc.label)]
            if same:
                k = same[0]
                if len(c.doc.label) > len(by_key[k].label):
                    c.doc.evidence = by_key[k].evidence + c.doc.evidence
                    for attr in ("issuer", "title", "term", "date"):
                        if getattr(c.doc, attr) is None:
                            setattr(c.doc, attr, getattr(by_key[k], attr))
                    by_key[k] = c.doc
                    continue
        if k in by_key:
            kept_doc = by_key[k]
            kept_doc.evidence.extend(c.doc.evidence)
            for attr in ("issuer", "title", "term", "date"):
                if getattr(kept_doc, attr) is None and getattr(c.doc, attr) is not None:
                    setattr(kept_doc, attr, getattr(c.doc, attr))
        else:
            by_key[k] = c.doc
    for d in by_key.values():
        _apply_registry(d)
    doc._.extraction.documents.extend(by_key.values())
    return doc


def _signing_body(doc: Doc) -> str | None:
    """The body that issues the party document a page is: the one its signature block signs on behalf of ("T/M BAN
    THƯỜNG VỤ": the standing committee of the committee its header names, "ĐẢNG ỦY XÃ X"; "T/M ĐẢNG ỦY": that
    committee), as the text names the header's body in full (Hướng dẫn 36-HD/VPTW on the form of party documents)."""
    text = doc_text(doc)
    header, signing = document_issuer(text), signed_on_behalf_of(text)
    if header is None or signing is None:
        return None
    head = key(header)
    named = {o.name for o in getattr(doc._, "org_mentions", None) or ()
             if key(o.name) == head or key(o.name).startswith(head + " ")}
    if len(named) != 1:
        return None
    body = named.pop()
    if key(signing) == key("Ban Thường vụ"):
        return f"Ban Thường vụ {body}"
    return body if head.startswith(key(signing)) else None


def tables() -> None:
    """Build the tables and patterns the component reads (the pipeline's factory calls this, so a
    worker's warm-up pays for them, not its first article)."""
    _patterns()
    _gates()
    issuers()
    _capitalized_kinds()
    party_kinds()
    for rx, _doc in named_documents():
        _gate(rx)
    for pattern in (NAMED_PROJECT, QUOTED_PROJECT, SUBJECT_TITLED, ADOPTED_SUBJECT):
        _gate(pattern)
