"""Administrative units named in an article, linked to official codes.

Mentions: a unit word and a proper name ("huyện Vĩnh Linh", "phường Thới
Long", also inside organization names: "Đảng bộ phường Thới Long"), a party
committee named after its unit ("Huyện ủy Vĩnh Linh" -> huyện Vĩnh Linh,
"Tỉnh ủy Điện Biên" -> tỉnh Điện Biên), and the headline form "Vĩnh Linh
(Quảng Trị)" (a unit followed by the province that contains it).

Codes and parents come from the General Statistics Office's registers of
units as shipped by the maintained `vietnamadminunits` package: table
`admin_units_legacy` (the 63 provinces and their districts and communes as
before the 2025 reform) and table `admin_units` (since 1 July 2025: 34
provinces and their communes, wards and special zones, no districts). The
2025 codes are a new code list (the same number names other units in the
legacy list), so they carry the marker `2025-`. A name shared by several
units (a ward name exists in many provinces, a province name in both
registers) is resolved by the other units the article names, else by the
article's date (the register in force on that day; an undated article: the
legacy one); when that does not settle it, the place keeps its label and
gets no code. The 2025 register also tells which units the reform
abolished, and makes a commune named after a person ("phường Nguyễn Thái Học") a place.

A bare unit word that refers to the unit enclosing the article's places
("là điểm sáng của thành phố", "toàn tỉnh") adds that enclosing unit.

For the other components the article's places are exposed as
- `doc.spans["places"]`: one span per mention, `label_` the level
  ("province", "district", "commune"), `kb_id_` the place's label;
- `doc._.subject_places`: {level: label} of the article's subject units
  (the headline's first, else the most often named at that level);
- `place_for(doc, level, at)`: the unit of that level a bare "Huyện ủy" or
  "Đảng ủy xã" at character `at` refers to (nearest mention before it in
  the same paragraph, else the subject unit).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

from spacy.tokens import Doc

from partykg.extract.evidence import article_of, doc_text, evidence_for, folded_text
from partykg.extract.lexicon import table, words as lexicon_words
from partykg.extract.numbers import WORD_NUMBER
from partykg.extract.spans import record_spans
from partykg.extract.text import LOWER, WordStartPattern, alt
from partykg.extract.tones import fold_tones, key
from partykg.model import Place

PROVINCE, DISTRICT, COMMUNE = "province", "district", "commune"
LEVELS = (PROVINCE, DISTRICT, COMMUNE)

for _name, _default in (("subject_places", None), ("place_mentions", None), ("place_units", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


# ---------------------------------------------------------------- the register

# The 2025 register's codes: a code list of its own, marked so that no 2025 code equals a legacy one
CODE_2025 = "2025-"
# the day the 2025 register came into force
REFORM_DATE = "2025-07-01"


@dataclass(frozen=True)
class Unit:
    code: str  # legacy: the official code ("19", "00694"); 2025 register: marked ("2025-19")
    level: str
    unit_type: str  # lower case: "tỉnh", "thành phố", "huyện" ...
    name: str  # short name, traditional tone placement: "Vĩnh Linh"
    parent: str | None  # code of the enclosing unit

    @property
    def label(self) -> str:
        return f"{self.unit_type} {self.name}"

    @property
    def since_2025(self) -> bool:
        """A unit of the 2025 register (else of the legacy one)."""
        return self.code.startswith(CODE_2025)


@dataclass
class Register:
    units: dict[str, Unit] = field(default_factory=dict)  # (level:code) -> unit
    by_name: dict[tuple[str, str], list[Unit]] = field(default_factory=dict)  # (level, key) -> units
    # the registers' province abbreviations: "hcm" -> the city in each register
    aliases: dict[str, list[Unit]] = field(default_factory=dict)

    def add_aliases(self, province: Unit, aliases: str | None) -> None:
        for alias in json.loads(aliases or "[]"):
            if province not in self.aliases.setdefault(alias, []):
                self.aliases[alias].append(province)

    def add(self, unit: Unit) -> None:
        k = f"{unit.level}:{unit.code}"
        if k in self.units:
            return
        self.units[k] = unit
        self.by_name.setdefault((unit.level, key(unit.name)), []).append(unit)

    def get(self, level: str, code: str | None) -> Unit | None:
        return self.units.get(f"{level}:{code}") if code else None

    def parent(self, unit: Unit) -> Unit | None:
        if unit.level == COMMUNE:  # a 2025 commune lies right in its province
            return self.get(PROVINCE if unit.since_2025 else DISTRICT, unit.parent)
        if unit.level == DISTRICT:
            return self.get(PROVINCE, unit.parent)
        return None

    def exists_since_2025(self, level: str, unit_type: str, name: str) -> bool:
        """The 2025 register has a unit of this level, type (communes) and name (it has no districts)."""
        return any(u.since_2025 and (level == PROVINCE or u.unit_type == unit_type)
                   for u in self.by_name.get((level, key(name)), ()))

    def provinces_since_2025(self, unit_type: str, name: str) -> set[str]:
        """The keys of the 2025 provinces that have a commune of this type and name."""
        return {key(province.name) for u in self.by_name.get((COMMUNE, key(name)), ())
                if u.since_2025 and u.unit_type == unit_type and (province := self.parent(u)) is not None}

    def name_shared(self, unit_type: str, name: str) -> bool:
        """Whether a register (the legacy one or the 2025 one) has more than one unit of this type and name ("xã Tân
        Lập" of several provinces). (A unit in both registers is one in each: a commune the reform kept, a province.)"""
        units = [u for level in UNIT_WORDS.get(unit_type, ((),))[0] for u in self.by_name.get((level, key(name)), ())
                 if u.unit_type == unit_type]
        return any(sum(u.since_2025 == since for u in units) > 1 for since in (True, False))

    def ancestors(self, unit: Unit) -> list[Unit]:
        out, u = [], self.parent(unit)
        while u is not None:
            out.append(u)
            u = self.parent(u)
        return out


@lru_cache(maxsize=1)
def register() -> Register:
    """The GSO registers from `vietnamadminunits`, legacy and 2025 (read once, offline)."""
    from vietnamadminunits.database import get_data
    from vietnamadminunits.database.main import query

    def short(name: str, unit_type: str) -> str:
        # numbered units keep their unit word in the short name: "Quận 1", "Phường 12" -> "1", "12"
        if name.lower().startswith(unit_type + " "):
            name = name[len(unit_type) + 1:]
        # the register tells same-named units apart with a suffix: "Kỳ Anh (Huyện)", "Kỳ Anh (Thị xã)"
        name = re.sub(r"\s*\([^)]*\)$", "", name)
        return fold_tones(name)

    reg = Register()
    rows = query(
        "SELECT provinceShort, province, provinceCode, provinceAlias, districtShort, districtType, districtCode, "
        "wardShort, wardType, wardCode FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode")
    for r in rows:
        p_type = r["province"][: -len(r["provinceShort"])].strip().lower()
        reg.add(Unit(r["provinceCode"], PROVINCE, p_type, fold_tones(r["provinceShort"]), None))
        province = reg.get(PROVINCE, r["provinceCode"])
        assert province is not None  # added just above
        reg.add_aliases(province, r["provinceAlias"])
        if r["districtCode"]:
            d_type = r["districtType"].lower()
            reg.add(Unit(r["districtCode"], DISTRICT, d_type, short(r["districtShort"], d_type), r["provinceCode"]))
        if r["wardCode"]:
            w_type = r["wardType"].lower()
            reg.add(Unit(r["wardCode"], COMMUNE, w_type, short(r["wardShort"], w_type), r["districtCode"]))
    # a province the legacy register names by its later name: its former name too, the same unit (same code)
    for row in table("renamed_provinces.tsv"):
        unit = Unit(row["code"], PROVINCE, row["type"], fold_tones(row["former"]), None)
        reg.by_name.setdefault((PROVINCE, key(unit.name)), []).append(unit)
    # the 2025 register: provinces and the communes, wards and special zones right under them
    rows = get_data(["province", "provinceShort", "provinceCode", "provinceAlias", "wardShort", "wardType",
                     "wardCode"], table="admin_units")
    for r in sorted(rows, key=lambda r: (r["provinceCode"], r["wardCode"])):
        province_code = CODE_2025 + r["provinceCode"]
        p_type = r["province"][: -len(r["provinceShort"])].strip().lower()
        reg.add(Unit(province_code, PROVINCE, p_type, fold_tones(r["provinceShort"]), None))
        reg.add_aliases(reg.units[f"{PROVINCE}:{province_code}"], r["provinceAlias"])
        w_type = r["wardType"].lower()
        reg.add(Unit(CODE_2025 + r["wardCode"], COMMUNE, w_type, short(r["wardShort"], w_type), province_code))
    return reg


# ---------------------------------------------------------------- mentions

# Unit type -> level: P province, D district, C commune. A special zone (đặc khu: the island units
# made in the 2025 reform) is a commune-level unit right under its province (Luật Tổ chức chính
# quyền địa phương 2025, Điều 2: cấp xã gồm xã, phường, đặc khu), as the 2025 register lists it.
# The one spelling of the unit words: every pattern of them is built from it (unit_types).
LEVEL = {"tỉnh": "P", "thành phố": "P", "huyện": "D", "quận": "D", "thị xã": "D",
         "xã": "C", "phường": "C", "thị trấn": "C", "đặc khu": "C"}


def unit_types(levels: str = "PDC", special_zone: bool = True) -> tuple[str, ...]:
    """The unit types (their words) of `levels` (LEVEL's P, D, C), in its order; đặc khu only with `special_zone`."""
    return tuple(w for w, lvl in LEVEL.items() if lvl in levels and (special_zone or w != "đặc khu"))


# unit word -> (levels it can name, unit type); a city (thành phố) is a province or a district
_LEVEL_NAME = {"P": PROVINCE, "D": DISTRICT, "C": COMMUNE}
UNIT_WORDS: dict[str, tuple[tuple[str, ...], str]] = {w: ((_LEVEL_NAME[lvl],), w) for w, lvl in LEVEL.items()}
UNIT_WORDS["thành phố"] = ((PROVINCE, DISTRICT), "thành phố")
UNIT_WORDS.update(tp=UNIT_WORDS["thành phố"], p=UNIT_WORDS["phường"])  # "TP.", "P.3"
# party committee named after its unit: "Huyện ủy Vĩnh Linh" -> huyện Vĩnh Linh; the Youth Union's
# committee likewise (Điều lệ Đoàn: "Tỉnh đoàn", "Huyện đoàn", "Thành đoàn" are the short names of a
# unit's union): "Huyện đoàn Ngọc Hồi" -> huyện Ngọc Hồi
COMMITTEES = {"tỉnh": "tỉnh", "thành": "thành phố", "huyện": "huyện", "quận": "quận", "thị": "thị xã"}

_W = r"[^\W_]"  # a letter or digit
# (WordStartPattern: `(?<!\w)` + the pattern, scanned faster; same matches)
UNIT_RE = WordStartPattern(
    rf"(?P<unit>{alt(*unit_types())}"
    r"|TP\.?|Tp\.|P\.(?=\d))"
    r"(?: đảo)?\s*", not_before=r"\w", lead=r"\W")  # "huyện đảo Phú Quý" is an island district
# ("P.3": the city press's short form of a numbered ward, "phường 3")
# "TP.HCM": a city by the register's abbreviation
ABBREVIATED_RE = WordStartPattern(r"(?:TP|Tp)\.?\s?(?P<alias>[A-Z]{2,4})(?!\w)", not_before=r"\w", lead=r"\W")
_COOPERATIVE_BEFORE = re.compile(r"(?<!\w)[Hh]ợp [Tt]ác $")
# a count in words before a unit word heads a list, as "các" and digits do: "hai xã A và B"
_COUNT_IN_WORDS = re.compile(rf"(?<!\w)(?:{WORD_NUMBER})$")
LIST_SEP = re.compile(r"\s*(?:,|;|và)\s*")
# what may stand between a plural unit word and its list of names: a colon, or a few words that
# say what the units have in common and "như", "gồm", "là" ("các xã ven biển như A, B", "các
# phường gồm: A, B"); the names must still be the register's
_LIST_OPENING = re.compile(rf"(?:(?:[{LOWER}]+ ){{0,3}}?(?:(?:như|gồm|là)(?: có)?\s*:?|:)\s*|\s*)")
# what follows a list's item: the next one, or the list's end ("… và một phần các xã", "… .")
_LIST_ITEM_END = re.compile(r"\s*(?:[,;.:)]|và |$)")
COMMITTEE_RE = WordStartPattern(rf"(?P<unit>{'|'.join(w.capitalize() for w in COMMITTEES)})\s+(?:ủy|đoàn)\s+",
                                re.IGNORECASE, not_before=r"\w", lead=r"\W")
HEADLINE_RE = re.compile(r"\(\s*(?P<prov>\w+(?:\s+\w+){0,3})\s*\)")
# the provinces the 2025 reform merged (Nghị quyết 202/2025/QH15), named bare after the merger's verb, as the press
# writes them once the provinces are known: "sau hợp nhất An Giang và Kiên Giang", "sáp nhập hai tỉnh A với B"
_CAP_NAME = r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}"
MERGER_RE = WordStartPattern(rf"(?:hợp nhất|sáp nhập)\s+(?:hai tỉnh\s+)?(?P<a>{_CAP_NAME})\s+(?:và|với)\s+"
                             rf"(?P<b>{_CAP_NAME})", not_before=r"\w")  # (tried only where its verbs stand)
# a bare unit word that refers to the unit enclosing the article's places
ENCLOSING_RE = WordStartPattern(
    rf"(?:của|toàn|cả|trong|trên địa bàn)\s+(?P<unit>{alt(*unit_types('PD'), case_first=False)})(?!\w)",
    not_before=r"\w", lead=r"\W")

# Words that end a name: they begin the organization or the sentence that follows it
# ("phường Long Hưng BTV ...", "huyện Vĩnh Linh Đảng bộ ..."). All-caps abbreviations end it too.
HARD_STOP = {"đảng", "ủy", "uỷ"}
# Capitalized words that begin an organization, a title or a clause: an unknown name
# (not in the register) is cut before them and never starts with one.
STOP = {"đảng", "ủy", "đoàn", "hội", "ban", "huyện", "tỉnh", "quận", "xã", "phường", "thành", "thị",
        "công", "trường", "bệnh", "chi", "đại", "nhiệm", "trung", "bí", "phó", "chủ", "ông", "bà",
        "anh", "chị", "đồng", "theo", "và", "với", "tại", "thì", "là", "có", "trong", "các", "những"}
# The commonest family names: "Bí thư Đảng ủy xã Nguyễn Văn A" names a person after a bare
# "xã". A unit named after a person ("phường Phan Đình Phùng") is in the register and found there.
SURNAMES = {"nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi",
            "đỗ", "hồ", "ngô", "dương", "lý", "đinh", "trịnh", "lương", "mai", "lâm", "đoàn", "tô"}


# "Văn", "Thị": the middle names of most Vietnamese men's and women's names; an unknown name of three or four words with
# one second is a person's ("xã Cầm Văn Thiện", the commune left bare before its head's name): the units named
# after persons ("phường Nguyễn Thái Học", "phường Võ Thị Sáu") are in the register and found there
PERSON_MIDDLE_NAMES = {"Văn", "Thị"}


@dataclass(frozen=True)
class PlaceUnit:
    """A place mention as the other components read it: where it is written and which unit it is."""

    start: int
    end: int  # where the unit's name ends (for a committee mention: the committee's name)
    unit_type: str
    name: str
    level: str
    unit: Unit | None  # the register's unit, when the article settles which one
    rule: str


@dataclass
class Mention:
    start: int
    end: int
    levels: tuple[str, ...]
    unit_type: str | None  # as written; None when only the register can tell (headline form)
    name: str
    rule: str
    candidates: list[Unit] = field(default_factory=list)
    unit: Unit | None = None


def _isword(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # the regex class \w


# the plural on a party body before the unit word: "các đảng bộ xã A, B", "các chi bộ Công an xã A, B và C"
_PLURAL_BODIES = re.compile(r"(?<!\w)(?:các|những) (?:[Cc]hi bộ|[Đđ]ảng bộ|[Đđ]ảng ủy|[Đđ]ảng uỷ)"
                            r"(?: Công an| Quân sự)?$")


def _plural_before(seg: str, end: int) -> bool:
    """A unit word at `end` heads a list: "các", "những" or a count (digits, or words: _COUNT_IN_WORDS)
    before it; read backwards from `end` instead of scanning the whole segment before every unit word."""
    i = end
    while i > 0 and seg[i - 1].isspace():
        i -= 1
    if i == end:
        return False
    for word in ("các", "những"):
        j = i - len(word)
        if j >= 0 and seg.startswith(word, j) and (j == 0 or not _isword(seg[j - 1])):
            return True
    if seg[i - 1] in "ộyỷnự" and _PLURAL_BODIES.search(seg, max(0, i - 32), i):
        return True
    j = i
    while j > 0 and seg[j - 1].isdecimal():
        j -= 1
    if j < i:
        return j == 0 or not _isword(seg[j - 1])
    return _COUNT_IN_WORDS.search(seg, max(0, i - 24), i) is not None


# a number in Roman numerals, up to 39 (the register's numbered wards: "Phường I", "Phường VII")
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")

# a word after its white space (or a dash between spaces); "M'Đrắk" is one word
_NAME_WORD = re.compile(r"(\s+-\s+|\s+)?(" + _W + r"+(?:'" + _W + r"+)*)")


def _name_words(text: str, pos: int, limit: int = 5) -> list[tuple[int, int]]:
    """Spans of the capitalized words (or a ward number) from `pos`, up to `limit`."""
    out: list[tuple[int, int]] = []
    i = pos
    while len(out) < limit:
        m = _NAME_WORD.match(text, i)
        if m is None or (out and m.group(1) is None):
            break
        if not out and m.start(2) != pos:
            break
        word = m.group(2)
        if word.isdigit() or not out and _ROMAN.fullmatch(word):
            # a ward's number ("Phường 3", in some cities in Roman numerals: "Phường III") or a numbered
            # unit's last word ("A Lưới 2")
            out.append((m.start(2), m.end(2)))
            break
        if not word[0].isupper() or word.casefold() in HARD_STOP or (len(word) > 1 and word.isupper()):
            break
        if m.group(1) and "\n" in m.group(1):
            break
        out.append((m.start(2), m.end(2)))
        i = m.end(2)
    return out


def _candidates(reg: Register, levels, unit_type, name: str) -> list[Unit]:
    found = [u for lv in levels for u in reg.by_name.get((lv, key(name)), [])]
    typed = [u for u in found if unit_type is None or u.unit_type == unit_type]
    if name.isdigit() or _ROMAN.fullmatch(name):  # "Phường 19" is a ward's name; "xã 19" a count
        return typed
    return typed or found


@cache
def former_provinces() -> frozenset[str]:
    """The folded names of the provinces abolished before the registers (former_provinces.txt)."""
    return frozenset(key(name) for name in lexicon_words("former_provinces.txt"))


def former_province_at(text: str, pos: int) -> tuple[int, str] | None:
    """(end, name) of a former province named from `pos` ("Bình Trị Thiên", "Hà Nam Ninh"), its
    longest reading: before the register's prefix of it ("Hà Nam")."""
    words = _name_words(text, pos)
    for n in range(len(words), 1, -1):
        if key(text[pos:words[n - 1][1]]) in former_provinces():
            return words[n - 1][1], text[pos:words[n - 1][1]]
    return None


def _resolve_name(reg: Register, text: str, pos: int, levels, unit_type, listed: bool = False):
    """(end, name, candidates) for the longest name from `pos` the register knows, else a guess
    (`listed`: an item of a list of units, which may be named after a person: "phường Trần Quang Khải")."""
    if PROVINCE in levels and unit_type in (None, "tỉnh"):
        former = former_province_at(text, pos)
        if former is not None:  # a former province: a unit the text names, in no register (no code)
            return former[0], former[1], []
    words = _name_words(text, pos)
    for n in range(len(words), 0, -1):
        end = words[n - 1][1]
        name = text[pos:end]
        cands = _candidates(reg, levels, unit_type, name)
        if cands:
            return end, name, cands
    # not in the register: a province never is (the register has them all, and the 2025
    # reform reused old province names), so a "tỉnh" the register does not know is no unit
    # ("tỉnh Gi" cut short, "tỉnh Lê Quang Tùng"); a district or commune may be one made since
    if levels == (PROVINCE,):
        return None
    cut = next((i for i, (a, b) in enumerate(words) if text[a:b].casefold() in STOP), len(words))
    words = words[:min(cut, 4)]
    if len(words) > 1 and text[words[-1][0]:words[-1][1]].isdigit():
        words = words[:-1]  # a number after a name the register does not know is no part of it
    if not words or not listed and text[words[0][0]:words[0][1]].casefold() in SURNAMES:
        return None
    if not listed and len(words) >= 3 and text[words[1][0]:words[1][1]] in PERSON_MIDDLE_NAMES:
        return None  # "Chỉ huy trưởng Ban Chỉ huy Quân sự xã Cầm Văn Thiện": a person's name after a bare "xã"
    # a number names a ward only ("Phường 3"); "xã 19" is a count
    first = text[words[0][0]:words[0][1]]
    if (first.isdigit() or _ROMAN.fullmatch(first)) and unit_type != "phường":
        return None
    return words[-1][1], text[pos:words[-1][1]], []


def _province_label(reg: Register, unit: Unit) -> str:
    """The label of the province a unit is in (itself, for a province)."""
    return next((u.label for u in [unit, *reg.ancestors(unit)] if u.level == PROVINCE), "")


def find_mentions(text: str, spans: list[tuple[int, int]], reg: Register) -> list[Mention]:
    out: list[Mention] = []
    for s, e in spans:
        seg = text[s:e]
        for m in UNIT_RE.finditer(seg):
            word = m.group("unit").casefold().rstrip(".")
            if m.end() == m.end("unit") and word not in ("tp", "p") and seg[m.end():m.end() + 1] != ":":
                continue  # "xã" glued to what follows
            if "\n" in seg[m.end("unit"):m.end()] or "\t" in seg[m.end("unit"):m.end()]:
                # a unit word ending its line ("Văn phòng Đảng ủy xã" closing a byline) or its table cell ("Chi bộ
                # Công an phường" before the row's figures) names none
                continue
            if word == "xã" and _COOPERATIVE_BEFORE.search(seg, max(0, m.start() - 8), m.start()):
                continue  # "Hợp tác xã Nông nghiệp X": a cooperative (Luật Hợp tác xã), no commune
            levels, unit_type = UNIT_WORDS[word]
            # "các xã Vĩnh Thái, Vĩnh Tú và Vĩnh Chấp": a plural unit word heads a list of names
            plural = _plural_before(seg, m.start())
            pos = m.end()
            if plural:
                opening = _LIST_OPENING.match(seg, pos)
                assert opening is not None  # it matches the empty string
                pos = opening.end()
            got = _resolve_name(reg, seg, pos, levels, unit_type)
            if got is None or (plural and not got[2]):
                continue
            end, name, cands = got
            out.append(Mention(s + m.start(), s + end, levels, unit_type, name, "places.unit_word", cands))
            # the list's units are siblings: a later name is a unit in the first one's province (in
            # either register: "các phường A, B" of a city, some merged in 2025); one the register has
            # only in other provinces is a unit merged away before its date, kept as written
            provinces = {_province_label(reg, u) for u in cands} if plural else set()
            while plural:  # the list goes on while the register knows the next name
                sep = LIST_SEP.match(seg, end)
                if sep is None:
                    break
                nxt = _resolve_name(reg, seg, sep.end(), levels, unit_type, listed=True)
                # (a name the register does not know goes on the list when the list goes on after it
                # or ends there: a unit merged away before the register's date, "các phường A, B, C")
                if nxt is None or not nxt[2] and (levels == (PROVINCE,) or not _LIST_ITEM_END.match(seg, nxt[0])):
                    break
                named = [u for u in nxt[2] if _province_label(reg, u) in provinces]
                out.append(Mention(s + sep.end(), s + nxt[0], levels, unit_type, nxt[1], "places.list", named))
                end = nxt[0]
        for m in COMMITTEE_RE.finditer(seg):
            unit_type = COMMITTEES[m.group("unit").casefold()]
            levels = UNIT_WORDS[unit_type][0]
            got = _resolve_name(reg, seg, m.end(), levels, unit_type)
            if got is None or not got[2] and key(got[1]) not in former_provinces():
                # only names the register knows (or a former province): "Huyện ủy Đoàn ..." is not a place
                continue
            end, name, cands = got
            out.append(Mention(s + m.start(), s + end, levels, unit_type, name, "places.committee", cands))
        for m in ABBREVIATED_RE.finditer(seg):
            units = reg.aliases.get(m.group("alias").lower())
            if units:
                out.append(Mention(s + m.start(), s + m.end(), (PROVINCE,), "thành phố", units[0].name,
                                   "places.abbreviation", units))
        for m in HEADLINE_RE.finditer(seg):
            out.extend(_headline(reg, seg, s, m))
        for m in MERGER_RE.finditer(seg):
            out.extend(_merged_provinces(reg, s, m))
    out.sort(key=lambda x: (x.start, x.end))
    # a mention inside another ("Huyện ủy Vĩnh Linh" vs a unit word inside it) is dropped
    # (inside one kept before it only; overlapping mentions both stay: not spans.longest_mentions)
    kept: list[Mention] = []
    for mn in out:
        if any(k.start <= mn.start and mn.end <= k.end and k is not mn for k in kept):
            continue
        kept.append(mn)
    return kept


def _headline(reg: Register, seg: str, base: int, m: re.Match) -> list[Mention]:
    """"Vĩnh Linh (Quảng Trị)", "xã Kim Bình (Chiêm Hóa)": a unit, then the unit containing it."""
    outer_name = m.group("prov")
    if not all(w[0].isupper() for w in outer_name.split()):
        return []
    before = seg[: m.start()].rstrip()
    words = re.findall(r"[^\W_]+", before[-60:])
    for outer_level, inner_levels in ((PROVINCE, (DISTRICT, COMMUNE)), (DISTRICT, (COMMUNE,))):
        outers = reg.by_name.get((outer_level, key(outer_name)), [])
        for n in (4, 3, 2, 1):
            if len(words) < n:
                continue
            name = " ".join(words[-n:])
            if not before.endswith(name) or not all(w[0].isupper() for w in words[-n:]):
                continue
            for level in inner_levels:
                pairs = [(u, o) for u in reg.by_name.get((level, key(name)), []) for o in outers
                         if o in reg.ancestors(u)]
                if len(pairs) == 1:
                    inner, outer = pairs[0]
                    start = base + len(before) - len(name)
                    return [
                        Mention(start, start + len(name), (level,), None, name, "places.headline", [inner]),
                        Mention(base + m.start("prov"), base + m.end("prov"), (outer_level,), None,
                                outer_name, "places.headline", [outer]),
                    ]
    return []


def _merged_provinces(reg: Register, base: int, m: re.Match) -> list[Mention]:
    """The two provinces of "hợp nhất A và B", when the register has both names as provinces (a bare pair of
    communes or districts is left alone: their names are shared across provinces)."""
    found = []
    for g in ("a", "b"):
        words = m.group(g).split()
        # the longest run of capitalized words from the start that names a province ("B thành tỉnh B": "B")
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            units = reg.by_name.get((PROVINCE, key(name)), [])
            if units and all(w[0].isupper() for w in words[:n]) and m.group(g).startswith(name):
                found.append(Mention(base + m.start(g), base + m.start(g) + len(name), (PROVINCE,), None, name,
                                     "places.merger", units))
                break
        else:
            return []
    return found


def _kicker(doc: Doc, text: str, reg: Register) -> list[Mention]:
    """"Phú Quý: Xây dựng …": a headline led by a bare unit name and a colon."""
    out = []
    for s, e in title_spans(doc):
        m = re.match(r"\s*([^:\n]{2,40}?)\s*:", text[s:e])
        if not m:
            continue
        name = m.group(1)
        if not all(w[:1].isupper() for w in name.split()):
            continue
        for level in LEVELS:
            cands = reg.by_name.get((level, key(name)), [])
            if cands:
                out.append(Mention(s + m.start(1), s + m.end(1), (level,), None, name, "places.kicker", cands))
                break
    return out


# a section's heading led by a bare unit name and a colon ("Lạng Sơn: dựa vào đảng viên ..."), the
# layout of a piece comparing localities: a short line that is no sentence (an answer or a quote is longer,
# or ends as a sentence does)
# (after a bullet, and in capitals, as a newsletter heads its items: "■ AN GIANG: Phường X tăng đảng viên trẻ")
_SECTION_KICKER = re.compile(r"^[ \t]*(?:[■□●○▪▫•►▶◆◇*][ \t]*)?(?P<n>[^:\n■□●○▪▫•►▶◆◇*]{2,40}?)[ \t]*:[ \t]+(?=\S)"
                             r"[^\n]{0,80}(?<![.!?…])$", re.M)


def _section_kickers(doc: Doc, text: str, reg: Register) -> list[Mention]:
    """"Lạng Sơn: dựa vào …": a body line that heads a section with a bare unit name and a colon."""
    out = []
    for s, e in article_of(doc).body_spans:
        for m in _SECTION_KICKER.finditer(text, s, e):
            name = m["n"]
            if not all(w[:1].isupper() for w in name.split()):
                continue
            for level in LEVELS:
                cands = reg.by_name.get((level, key(name)), [])
                if cands:
                    # (a name in capitals is the register's: "AN GIANG" is An Giang)
                    written = cands[0].name if name.isupper() and len(name) > 3 else name
                    out.append(Mention(m.start("n"), m.end("n"), (level,), None, written, "places.kicker", cands))
                    break
    return out


def since_reform(issued: str | None) -> bool:
    """An article written since the 2025 register came into force (an undated one: not)."""
    return bool(issued) and str(issued)[:10] >= REFORM_DATE


def in_force(units: list[Unit], issued: str | None) -> list[Unit]:
    """Of the units a name may be, those of the register in force on the article's date when
    both registers have one: "tỉnh Quảng Trị" in 2024 is the province before its merger."""
    chosen = [u for u in units if u.since_2025 == since_reform(issued)]
    return chosen or units


def resolve_in_force(mentions: list[Mention], reg: Register, issued: str | None) -> None:
    """`resolve`, a name in both registers read in the one in force on the article's date; an
    undated article's own units settle such a name first, and the legacy register last."""
    if issued:
        for mn in mentions:
            mn.candidates = in_force(mn.candidates, issued)
    resolve(mentions, reg)
    if not issued:
        for mn in mentions:
            if mn.unit is None:
                mn.candidates = in_force(mn.candidates, None)
        resolve(mentions, reg)


def resolve(mentions: list[Mention], reg: Register) -> None:
    """Pick each mention's unit; the article's other units settle shared names."""
    for mn in mentions:
        if len(mn.candidates) == 1:
            mn.unit = mn.candidates[0]
    changed = True
    while changed:
        changed = False
        context = set()
        for mn in mentions:
            if mn.unit is not None:
                context.add((mn.unit.level, mn.unit.code))
                context.update((a.level, a.code) for a in reg.ancestors(mn.unit))
        for mn in mentions:
            if mn.unit is not None or len(mn.candidates) < 2:
                continue
            # a unit the article's other places lie in ("huyện Phú Tân" of a commune named
            # unambiguously), else the nearest enclosing unit named in the article, decides
            inside = [u for u in mn.candidates if (u.level, u.code) in context]
            if len(inside) == 1:
                mn.unit, changed = inside[0], True
                continue
            for depth in (0, 1):
                fit = [u for u in mn.candidates
                       if len(reg.ancestors(u)) > depth
                       and (reg.ancestors(u)[depth].level, reg.ancestors(u)[depth].code) in context]
                if len(fit) == 1:
                    mn.unit, changed = fit[0], True
                    break
                if len(fit) > 1:
                    break


def _unit_type(mn: Mention) -> str:
    """The unit word as written, else the register unit's."""
    if mn.unit_type:
        return mn.unit_type
    assert mn.unit is not None  # a mention without a unit word is read off the register
    return mn.unit.unit_type


def _label(mn: Mention) -> str:
    unit_type = mn.unit_type or (mn.unit.unit_type if mn.unit else "")
    return f"{unit_type} {' '.join(mn.name.split())}".strip()


def _place_key(mn: Mention) -> str:
    """The key of a mention's place among the article's: the unit's level and code, else the folded label."""
    return f"{mn.unit.level}:{mn.unit.code}" if mn.unit else key(_label(mn))


def _level(mn: Mention) -> str:
    return mn.unit.level if mn.unit else mn.levels[-1]


def title_spans(doc: Doc) -> list[tuple[int, int]]:
    """Where the headline (or each part of a "Kicker: headline") stands outside the body."""
    article = article_of(doc)
    regions = getattr(article, "regions", None)  # ingest's layout, when it gives one
    if regions:
        return [(s, e) for s, e, kind in regions if kind == "title"]
    title = fold_tones(article.title or "")
    if not title:
        return []
    text = folded_text(doc)
    read = list(article.body_spans) + list(article.caption_spans)
    out: list[tuple[int, int]] = []
    for part in [title] + [p.strip() for p in re.split(r"\s*:\s*", title)]:
        i = text.find(part) if part else -1
        if i >= 0 and not any(s <= i < e for s, e in read + out):
            out.append((i, i + len(part)))
            if part == title:
                break
    return out


def scan_spans(doc: Doc) -> list[tuple[int, int]]:
    """Body, captions and headline, each character once."""
    article = article_of(doc)
    spans = list(article.body_spans) + list(article.caption_spans) + title_spans(doc)
    merged: list[tuple[int, int]] = []  # captions may lie inside the body
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def find_places(doc: Doc) -> Doc:
    reg = register()
    text = folded_text(doc)
    spans = scan_spans(doc)
    mentions = find_mentions(text, spans, reg) + _kicker(doc, text, reg) + _section_kickers(doc, text, reg)
    mentions.sort(key=lambda mn: (mn.start, mn.end))
    resolve_in_force(mentions, reg, article_of(doc).issued)
    # a bare name in a headline is a place only when the register settles which unit it is
    mentions = [mn for mn in mentions if mn.rule != "places.kicker" or mn.unit is not None]

    places: dict[str, Place] = {}  # by _place_key
    for mn in mentions:
        k = _place_key(mn)
        if k not in places:
            parent = reg.parent(mn.unit) if mn.unit else None
            places[k] = Place(label=_label(mn), unit_type=_unit_type(mn),
                              name=" ".join(mn.name.split()), code=mn.unit.code if mn.unit else None,
                              parent=parent.label if parent else None)
        places[k].evidence.append(evidence_for(doc, mn.start, mn.end, mn.rule))

    _enclosing(doc, text, spans, mentions, reg, places)
    # a parent the article names itself keeps the article's spelling
    for k, pl in places.items():
        level, _, code = k.partition(":")
        unit = reg.get(level, code) if code else None
        parent = reg.parent(unit) if unit else None
        if parent is not None:
            pl.parent_code = parent.code
            named = places.get(f"{parent.level}:{parent.code}")
            pl.parent = named.label if named else parent.label

    # one span per mention (label: its level, kb_id: its place's label; no span id) for spaCy users
    record_spans(doc, "places", mentions, label=_level, kb_id=lambda mn: places[_place_key(mn)].label, rule=None)
    doc._.place_mentions = [(mn.start, mn.end, _level(mn), places[_place_key(mn)].label) for mn in mentions]
    doc._.subject_places = _subjects(doc, spans, mentions, places)
    # the same spans for the organizations' context (one place model)
    doc._.place_units = [PlaceUnit(mn.start, mn.end, _unit_type(mn), " ".join(mn.name.split()),
                                   _level(mn), mn.unit, mn.rule)
                          for mn in mentions]
    doc._.extraction.places.extend(places.values())
    return doc


def _enclosing(doc, text, spans, mentions, reg: Register, places: dict) -> None:
    """"của thành phố" in an article about quận Ô Môn: add thành phố Cần Thơ."""
    resolved = [mn.unit for mn in mentions if mn.unit is not None]
    for s, e in spans:
        for m in ENCLOSING_RE.finditer(text, s, e):
            nxt = text[m.end():m.end() + 2].lstrip()
            if nxt and not (nxt[0] in ".,;:!?)" or nxt[0].islower()):
                continue  # "của tỉnh Quảng Trị" names the unit itself
            unit_type = UNIT_WORDS[m.group("unit")][1]
            level_of_word = UNIT_WORDS[m.group("unit")][0]
            # the enclosing units of the article's more local places, of the type the word names
            found = {a.code: a for u in resolved for a in reg.ancestors(u)
                     if a.unit_type == unit_type and a.level in level_of_word}
            named_same_level = {u.code for u in resolved if u.level in level_of_word and u.unit_type == unit_type}
            if len(found) != 1 or named_same_level - set(found):
                continue
            unit = next(iter(found.values()))
            k = f"{unit.level}:{unit.code}"
            if k not in places:
                parent = reg.parent(unit)
                places[k] = Place(label=unit.label, unit_type=unit.unit_type, name=unit.name,
                                  code=unit.code, parent=parent.label if parent else None)
            places[k].evidence.append(evidence_for(doc, m.start("unit"), m.end("unit"), "places.enclosing"))


def _subjects(doc, spans, mentions, places) -> dict[str, str]:
    titles = title_spans(doc)
    out: dict[str, str] = {}
    for level in LEVELS:
        at_level = [mn for mn in mentions if _level(mn) == level]
        if not at_level:
            continue
        labels = [places[f"{mn.unit.level}:{mn.unit.code}" if mn.unit else key(_label(mn))].label
                  for mn in at_level]
        in_title = [lb for mn, lb in zip(at_level, labels) if any(s <= mn.start < e for s, e in titles)]
        if in_title:
            out[level] = in_title[0]
        else:
            counts = Counter(labels)
            best = max(counts.values())
            out[level] = next(lb for lb in labels if counts[lb] == best)
    return out


def place_for(doc: Doc, level: str, at: int) -> str | None:
    """Label of the unit of `level` a bare committee at char `at` refers to.

    The nearest mention of that level before `at` in the same paragraph,
    else the article's subject unit of that level, else None.
    """
    para_start = doc_text(doc).rfind("\n", 0, at) + 1
    best = None
    for start, _end, lv, label in doc._.place_mentions or []:
        if lv == level and para_start <= start < at:
            best = label
    return best or (doc._.subject_places or {}).get(level)
