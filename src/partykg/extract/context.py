"""The article's administrative units, to resolve bare names ("Huyện ủy" ->
"Huyện ủy Vĩnh Linh") to the unit the text is talking about.

Unit mentions come from explicit places ("huyện Vĩnh Linh", "phường Long
Hưng") and from committee names that carry one ("Quận ủy Ô Môn" -> quận Ô Môn).
A bare reference resolves to the nearest mention of the right unit type in
its sentence (before it, then after it), else the nearest one before it in the
article, else the first one after it. A province that the text never names
is looked up from its district in vietnamadminunits (pre-2025 units).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from partykg.extract.places import DISTRICT, LEVELS, register
from partykg.extract.tones import key
from partykg.extract.text import NAME, NUMNAME, UY, WordStartPattern, alt

# Unit type -> level: P province, D district, C commune.
LEVEL = {"tỉnh": "P", "thành phố": "P", "huyện": "D", "quận": "D", "thị xã": "D",
         "xã": "C", "phường": "C", "thị trấn": "C"}
COMMUNE = ("xã", "phường", "thị trấn")
# Committee word -> unit type: "Huyện ủy" is the committee of a huyện.
COMMITTEE_UNIT = {"tỉnh": "tỉnh", "thành": "thành phố", "huyện": "huyện", "quận": "quận", "thị": "thị xã"}
UNIT_COMMITTEE = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "quận": "Quận ủy",
                  "thị xã": "Thị ủy", "xã": "Đảng ủy xã", "phường": "Đảng ủy phường",
                  "thị trấn": "Đảng ủy thị trấn"}

UNIT_WORD = alt("thành phố", "tỉnh", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường") + "|TP\\."
# (WordStartPattern: NOT_LETTER_BEFORE + the pattern, scanned faster; same matches)
_UNIT_RE = WordStartPattern(rf"(?P<u>{UNIT_WORD}) (?P<n>{NAME}|{NUMNAME})")
_COMMITTEE_RE = WordStartPattern(
    rf"(?P<c>{alt('tỉnh', 'thành', 'huyện', 'quận', 'thị')}) {UY}(?! viên) "
    rf"(?:(?:{UNIT_WORD}) (?=\d))?(?P<n>{NAME}|{NUMNAME})")


def unit_type(word: str) -> str:
    word = word.lower()
    return "thành phố" if word.startswith("tp") else word


def place_label(utype: str, name: str) -> str:
    return f"{utype} {name}"


def committee_name(utype: str, name: str) -> str:
    if name.isdigit():  # numbered units keep their unit word: "Quận ủy Quận 1"
        head = "Đảng ủy" if utype in COMMUNE else UNIT_COMMITTEE[utype]
        return f"{head} {utype.capitalize()} {name}"
    return f"{UNIT_COMMITTEE[utype]} {name}"


def party_org_name(utype: str, name: str) -> str:
    if name.isdigit():
        return f"Đảng bộ {utype.capitalize()} {name}"
    return f"Đảng bộ {utype} {name}"


# Capitalized words that end a place name: "huyện Vĩnh Linh Trần Nhật Quang" is
# "huyện Vĩnh Linh" followed by a person; "Quận ủy Ô Môn Ban ..." likewise.
_STOP = {"Ban", "Đảng", "Bí", "Phó", "Chủ", "Ủy", "Uỷ", "Nghị", "Chỉ", "Trưởng", "Giám", "Hiệu",
         "Huyện", "Tỉnh", "Quận", "Thị", "Hội", "Chi"}


def trim_name(name: str) -> str:
    """Cut a proper name where a stop word or a new personal name starts."""
    from partykg.extract.persons import PARTICLES, SURNAMES  # late import: persons imports this module

    parts = name.split(" ")
    cut = next((i for i in range(1, len(parts)) if parts[i] in _STOP
                or ((parts[i] in SURNAMES or parts[i] in PARTICLES) and len(parts) - i >= 2)), len(parts))
    # a family name inside a registered unit's name does not end it: "Nam Từ Liêm", "Buôn Ma Thuột"
    reg = register()
    for j in range(len(parts), cut, -1):
        if any((level, key(" ".join(parts[:j]))) in reg.by_name for level in LEVELS):
            return " ".join(parts[:j])
    return " ".join(parts[:cut])


@dataclass(frozen=True)
class UnitMention:
    start: int
    utype: str
    name: str


@lru_cache(maxsize=256)
def province_of(utype: str, name: str) -> tuple[str, str] | None:
    """(unit type, name) of the province that holds a district, from the places register
    (vietnamadminunits); None when the district is unknown or its name is ambiguous."""
    if LEVEL.get(utype) != "D":
        return None
    reg = register()
    found = [u for u in reg.by_name.get((DISTRICT, key(name)), []) if u.unit_type == utype]
    province = reg.parent(found[0]) if len(found) == 1 else None
    return (province.unit_type, province.name) if province else None


class Context:
    """Unit mentions of one text and the sentence bounds used to resolve bare names."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]):
        self.text = text
        self.sentences = sentences
        found: dict[int, UnitMention] = {}
        for m in _UNIT_RE.finditer(text):
            name = trim_name(m["n"])
            found[m.start()] = UnitMention(m.start(), unit_type(m["u"]), name)
        for m in _COMMITTEE_RE.finditer(text):
            name = trim_name(m["n"])
            found.setdefault(m.start(), UnitMention(m.start(), COMMITTEE_UNIT[m["c"].lower()], name))
        # "Quận 1", "Phường 7": a numbered unit written with a capital unit word is a unit too (handled above)
        self.units = sorted(found.values(), key=lambda u: u.start)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for s, e in self.sentences:
            if s <= pos < e:
                return s, e
        return 0, len(self.text)

    def resolve(self, types: tuple[str, ...] | str, pos: int) -> tuple[str, str] | None:
        """(unit type, name) for a bare reference of one of `types` at `pos`."""
        types = (types,) if isinstance(types, str) else types
        cands = [u for u in self.units if u.utype in types]
        if not cands:
            if any(LEVEL.get(t) == "P" for t in types):
                return self._province_from_districts(types)
            return None
        s, e = self.sentence_of(pos)
        before = [u for u in cands if s <= u.start < pos]
        if before:
            return before[-1].utype, before[-1].name
        after = [u for u in cands if pos < u.start < e]
        if after:
            return after[0].utype, after[0].name
        before = [u for u in cands if u.start < pos]
        if before:
            return before[-1].utype, before[-1].name
        return cands[0].utype, cands[0].name

    def _province_from_districts(self, types: tuple[str, ...]) -> tuple[str, str] | None:
        subject = self.subject("D")
        if subject is None:
            return None
        prov = province_of(*subject)
        return prov if prov and prov[0] in types else None

    def subject(self, level: str | None = None) -> tuple[str, str] | None:
        """The most mentioned unit (of a level), the article's subject unit."""
        counts = Counter((u.utype, u.name) for u in self.units if level is None or LEVEL[u.utype] == level)
        if not counts:
            return None
        first = {}
        for u in self.units:
            first.setdefault((u.utype, u.name), u.start)
        return max(counts, key=lambda k: (counts[k], -first[k]))

    def main_unit(self) -> tuple[str, str] | None:
        """The subject unit at the highest level below the province that the text names, else the province."""
        return self.subject("D") or self.subject("P") or self.subject("C")
