"""The article's administrative units, to resolve bare names ("Huyện ủy" ->
"Huyện ủy Vĩnh Linh") to the unit the text is talking about.

Unit mentions come from explicit places ("huyện Vĩnh Linh", "phường Long
Hưng") and from committee names that carry one ("Quận ủy Ô Môn" -> quận Ô Môn).
The mentions are the places component's (doc._.place_units: the official
register decides where a unit name ends). A bare reference resolves to the
nearest mention of the right unit type in its sentence (before it, then after
it), else the nearest one before it in the article, else the first one after
it. A province (district) that the text never names is known when the register
places every unit the text settles in one province (district); otherwise the
bare reference stays unresolved and the body is kept as written.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from partykg.extract.places import (
    COMMITTEES,
    COMMUNE as COMMUNE_LEVEL,
    DISTRICT,
    LEVEL,
    LEVELS,
    PROVINCE,
    Unit,
    register,
    since_reform,
    unit_types,
)
from partykg.extract.text import NAME, NUMNAME, UY, WordStartPattern, alt
from partykg.extract.tones import key

_ENUM_GAP = re.compile(r"\s*(?:,|;|và|,\s*và)\s*")
# Units that no longer exist (the 2025 reorganization merged provinces and communes; papers
# name the old units beside the new): a bare "Tỉnh ủy" never refers to one of these while the
# text names a current unit of the same type.
#   "nguyên Bí thư Tỉnh ủy X" where the text tells of a merger at X's level (a post in an old unit)
# a person's home place ("chị X, quê huyện Tân Kỳ, tỉnh Nghệ An"): it tells of the person, not where the
# article's bodies are, so a later bare "tỉnh" is not that province
_HOMETOWN = re.compile(r"(?<!\w)[Qq]uê(?: quán)?(?: ở| tại)? (?:[^,;.:()\n]{1,40}, ){0,2}$")
_FORMER_POST = re.compile(r"(?<!\w)nguyên (?=[A-ZĐ])[^,;.:()]*$")
#   "hợp nhất/sáp nhập (từ) X, Y và Z", "(thành lập) trên cơ sở (nhập) các xã X, Y": the units
#   merged (a list; "thành"/"vào" name the new one); "trên cơ sở sắp xếp xã X, Y": the 2025 reform's own
#   word for a merger (Nghị quyết 202/2025/QH15 and the Standing Committee's resolutions "về việc sắp xếp
#   các đơn vị hành chính cấp xã"), which also write the units right after "trên cơ sở" ("được thành lập
#   trên cơ sở thị trấn A, xã B và một phần xã C")
_MERGED_FROM = re.compile(r"(?<!\w)(?:hợp nhất|sáp nhập|trên cơ sở sắp xếp"
                          r"|(?:trên cơ sở|nhập)(?= (?:các|hai|ba|bốn|toàn bộ|một phần)\b)"
                          r"|trên cơ sở(?= $))"  # (the unit right after it)
                          r"(?!\w)(?:(?!\b(?:thành|vào)\b)[^,;.:()]){0,40}$")
_LAST_ITEM = re.compile(r"(?<!\w)(?:và|cùng)(?!\w)")  # "xã A, xã B và xã C, xã D …": D is no merged unit
_LIST_GAP = re.compile(r"(?:(?!\b(?:thành|vào)\b)[^.;:()]){0,30}")
#   "xã X (gồm xã A và xã B …)", "xã X (hình thành từ thị trấn A …)": a unit's make-up in brackets right
#   after it; a unit of its own level there is one it was made of (a commune holds no commune)
_MADE_OF = re.compile(r" \((?:gồm|hình thành từ|được hình thành từ|được thành lập từ|thành lập từ|trên cơ sở)"
                      r"(?!\w)[^()]{0,80}$")
#   the unit a merger made, written before ("thành xã X") or after its name ("xã X (mới)", "xã X được thành
#   lập trên cơ sở ...")
_MADE_INTO = re.compile(r"(?<!\w)thành $")
_MADE_BY_MERGER = re.compile(r"\s*\(?(?:mới|(?:được |là )?(?:thành lập|hình thành|sắp xếp|sáp nhập|hợp nhất)|gồm"
                             r"|trên cơ sở)(?!\w)")
#   "tỉnh X (cũ)", "huyện X cũ", "tỉnh X trước đây", "xã X (trước sắp xếp)"
_OLD_AFTER = re.compile(r"\s*\(?(?:cũ|trước đây|trước (?:khi )?(?:sắp xếp|sáp nhập|hợp nhất))(?!\w)")
#   an article since the 2025 reform (Nghị quyết 202/2025/QH15: 34 provinces, no districts, from 1 July
#   2025: places.since_reform): the units the reform abolished are former ones (the register's
#   `admin_units` lists those since)
_REGISTER_LEVEL = {"P": PROVINCE, "D": DISTRICT, "C": COMMUNE_LEVEL}
# (LEVEL: unit type -> level, P province, D district, C commune: places holds the one spelling of the unit words)
COMMUNE = unit_types("C")
# the header of a table's name column whose rows are party cells: a workplace's grassroots organization lists
# its cells, one a row, by the unit each is seated in ("Khoa Nội", "Phòng Kế hoạch": Điều lệ Đảng art. 21)
CELL_COLUMN_HEADS = ("Chi bộ", "Tên chi bộ")
# Committee word -> unit type: "Huyện ủy" is the committee of a huyện.
COMMITTEE_UNIT = COMMITTEES
# Unit type -> its party committee: "Huyện ủy"; a commune's is "Đảng ủy xã"
UNIT_COMMITTEE = {utype: f"{word.capitalize()} ủy" for word, utype in COMMITTEE_UNIT.items()} \
    | {utype: f"Đảng ủy {utype}" for utype in COMMUNE}

UNIT_WORD = alt(*LEVEL) + "|TP\\."
# (WordStartPattern: NOT_LETTER_BEFORE + the pattern, scanned faster; same matches)
_UNIT_RE = WordStartPattern(rf"(?P<u>{UNIT_WORD}) (?P<n>{NAME}|{NUMNAME})")
_COMMITTEE_RE = WordStartPattern(
    rf"(?P<c>{alt(*COMMITTEE_UNIT)}) {UY}(?! viên) "
    rf"(?:(?:{UNIT_WORD}) (?=\d))?(?P<n>{NAME}|{NUMNAME})")


def _only_since_2025(u: UnitMention) -> bool:
    """A commune the 2025 register has and the register before it has not ("phường Đồng Hới")."""
    reg = register()
    return u.lvl == "C" and reg.exists_since_2025(COMMUNE_LEVEL, u.utype, u.name) \
        and not any(c.unit_type == u.utype and not c.since_2025
                     for c in reg.by_name.get((COMMUNE_LEVEL, key(u.name)), []))


def unit_type(word: str) -> str:
    word = word.lower()
    if word == "p.":  # "P.3": a numbered ward
        return "phường"
    return "thành phố" if word.startswith("tp") else word


def place_label(utype: str, name: str) -> str:
    return f"{utype} {name}"


# Units whose name is a person's name keep their unit word, capitalized, in a body's
# name: "Thành ủy Thành phố Hồ Chí Minh" (as the city's own bodies write it).
NAMED_AFTER_A_PERSON = {"Hồ Chí Minh"}


def _with_unit_word(name: str) -> bool:
    return name.isdigit() or name in NAMED_AFTER_A_PERSON


def committee_name(utype: str, name: str | None) -> str:
    """"Huyện ủy Vĩnh Linh", "Đảng ủy xã Trung Nguyên"; with no name, the body as written ("Tỉnh ủy")."""
    if name is None:
        return UNIT_COMMITTEE[utype]
    if _with_unit_word(name):  # numbered units keep their unit word: "Quận ủy Quận 1"
        head = "Đảng ủy" if utype in COMMUNE else UNIT_COMMITTEE[utype]
        return f"{head} {utype.capitalize()} {name}"
    return f"{UNIT_COMMITTEE[utype]} {name}"


def party_org_name(utype: str, name: str | None) -> str:
    if name is None:
        return f"Đảng bộ {utype}"
    if _with_unit_word(name):
        return f"Đảng bộ {utype.capitalize()} {name}"
    return f"Đảng bộ {utype} {name}"


def unit_words(utype: str, name: str | None) -> str:
    """The unit as it follows a body's head: "tỉnh Quảng Trị", "Quận 1", bare "tỉnh"."""
    if name is None:
        return utype
    return f"{utype.capitalize()} {name}" if _with_unit_word(name) else f"{utype} {name}"


# Capitalized words that end a place name: "huyện Vĩnh Linh Trần Nhật Quang" is
# "huyện Vĩnh Linh" followed by a person; "Quận ủy Ô Môn Ban ..." likewise.
_STOP = {"Ban", "Đảng", "Bí", "Phó", "Chủ", "Ủy", "Uỷ", "Nghị", "Chỉ", "Trưởng", "Giám", "Hiệu",
         "Huyện", "Tỉnh", "Quận", "Thị", "Hội", "Chi"}


# The words that close a place name by the part of an older place it names ("thôn Nà Khoang Hạ", "bản Nậm Cang
# Thượng", "ấp Phú Hữu Nam": the upper, lower, middle or an end of it): after a word that may be a family name,
# a name's end, no person's given name ("Khoang Hạ")
_PART_OF_PLACE = {"Thượng", "Hạ", "Trung", "Đông", "Tây", "Nam", "Bắc", "Trên", "Dưới", "Ngoài", "Trong"}


def trim_name(name: str) -> str:
    """Cut a proper name where a stop word or a new personal name starts."""
    from partykg.extract.persons import PARTICLES, SURNAMES  # late import: persons imports this module

    parts = name.split(" ")
    cut = next((i for i in range(1, len(parts)) if parts[i] in _STOP
                or ((parts[i] in SURNAMES or parts[i] in PARTICLES) and len(parts) - i >= 2
                    and not (len(parts) - i == 2 and parts[-1] in _PART_OF_PLACE))), len(parts))
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
    end: int = -1  # where the unit's name ends (-1: not known)
    level: str = ""  # P, D or C; "" = the unit type's usual level
    code: str | None = None  # the register's code, when the article settles the unit
    heading: bool = False  # named alone before a colon, as a headline's or a section's kicker ("Lạng Sơn: ...")

    @property
    def lvl(self) -> str:
        return self.level or LEVEL[self.utype]


_LEVEL_OF = {"province": "P", "district": "D", "commune": "C"}


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
    """Unit mentions of one text and the sentence bounds used to resolve bare names.

    `places`: the place mentions of the places component (doc._.place_units), so that
    organizations read the same unit spans; without them the units are read here.
    `issued`: the article's date (ISO); from the 2025 reform on, a unit it abolished is a former one
    (`reformed`: the article is dated since, or undated and names a commune made by the reform)."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], places=None, issued: str | None = None):
        self.text = text
        self.reformed = since_reform(issued)
        self.sentences = sentences
        self._sentence_starts = [s for s, _e in sentences]
        self.known_used: dict = {}  # register units the text does not name but a body was resolved to
        self._current_enclosing: dict | None = None  # see _province_after_former
        if places is not None:
            self.units = sorted((UnitMention(p.start, p.unit_type, p.name, p.end, _LEVEL_OF[p.level],
                                             p.unit.code if p.unit else None, p.rule == "places.kicker")
                                 for p in places),
                                key=lambda u: u.start)
            self._at = {u.start: u for u in self.units}
            # an undated article that names a commune only the 2025 register knows is written since
            self.reformed = self.reformed or not issued and any(map(_only_since_2025, self.units))
            self._enumerated = self._enumerations()
            self._former = self._former_units()
            self._hometowns = {u.start for u in self.units
                               if _HOMETOWN.search(self.text, max(0, u.start - 90), u.start)}
            self._settled = [(p.start, p.unit) for p in places if p.unit is not None]  # see _province_after_former
            # where the settled units lie in several provinces (districts) because the text calls some of them
            # old ("xã Long Phú, nguyên ... huyện Long Phú (tỉnh Hậu Giang cũ)"), the other units' one: a
            # bare body is one of a unit as it is now (units merged away, "trên cơ sở sáp nhập xã A, B", are
            # not called old: their province may be the article's too)
            current = self._register_enclosing(self._not_called_old())
            self._enclosing = current | self._register_enclosing([u for _start, u in self._settled])
            self.has_places = True
            return
        self.has_places = False
        found: dict[int, UnitMention] = {}
        for m in _UNIT_RE.finditer(text):
            name = trim_name(m["n"])
            found[m.start()] = UnitMention(m.start(), unit_type(m["u"]), name)
        for m in _COMMITTEE_RE.finditer(text):
            name = trim_name(m["n"])
            found.setdefault(m.start(), UnitMention(m.start(), COMMITTEE_UNIT[m["c"].lower()], name))
        self.units = sorted(found.values(), key=lambda u: u.start)
        self._at = {}
        self._enclosing = {}
        self._settled = []
        self._enumerated = set()
        self._former = set()
        self._hometowns = set()

    def _enumerations(self) -> set[int]:
        """Starts of units named in an enumeration ("xã A, xã B và thị trấn C"): a singular bare
        reference in a later sentence ("Đảng bộ xã") does not pick one member of such a list."""
        out: set[int] = set()
        for a, b in zip(self.units, self.units[1:]):
            if a.end > 0 and a.lvl == b.lvl and _ENUM_GAP.fullmatch(self.text[a.end:b.start]):
                out.update((a.start, b.start))
        return out

    def _former_units(self) -> set[int]:
        """Starts of unit mentions that name a former unit or a former post's unit (_FORMER_POST,
        _MERGED_FROM, _OLD_AFTER): bare references resolve past them."""
        out: set[int] = set()
        merged: set[int] = set()
        former_posts: list[UnitMention] = []
        prev, closed = None, False  # closed: the list of merged units has had its last item ("… và xã C")
        for u in self.units:
            s, _e = self.sentence_of(u.start)
            before = self.text[max(s, u.start - 120):u.start]  # the clause up to the unit
            gap = self.text[prev.end:u.start] if prev is not None else ""
            in_list = prev is not None and prev.start in merged and s <= prev.end and not closed \
                and _LIST_GAP.fullmatch(gap) is not None
            if _MERGED_FROM.search(before) or in_list or self._made_of(u):
                closed = in_list and _LAST_ITEM.search(gap) is not None
                merged.add(u.start)
            after = self.text[u.end:u.end + 30] if u.end > 0 else ""
            if _OLD_AFTER.match(after):
                out.add(u.start)
            elif _FORMER_POST.search(before):
                former_posts.append(u)
            prev = u
        # a commune merged away is a former one wherever the text names it again ("trên cơ sở sắp xếp xã A và
        # xã B", then "Đảng bộ xã B có 270 đảng viên"), unless the new commune took its name (written as what
        # the merger made: "thành xã B", "xã B (mới)", "xã B (được hợp nhất từ ...)"; a merged province mostly
        # did, Nghị quyết 202/2025/QH15, and keeps the reading of each mention)
        gone = {(u.utype, u.name) for u in self.units if u.start in merged and u.lvl == "C"}
        gone -= {(u.utype, u.name) for u in self.units if u.start not in merged and u.end > 0
                 and (_MADE_INTO.search(self.text, max(0, u.start - 10), u.start)
                      or _MADE_BY_MERGER.match(self.text, u.end))}
        merged.update(u.start for u in self.units if (u.utype, u.name) in gone)
        # a former post is in a former unit only where the text tells of a merger at that level
        # ("nguyên Bí thư Đảng ủy xã X, nay là ..." in an article with no merger: X is current)
        merged_levels = {u.lvl for u in self.units if u.start in merged}
        out.update(u.start for u in former_posts if u.lvl in merged_levels)
        if self.reformed:
            reg = register()
            out.update(u.start for u in self.units
                       if not reg.exists_since_2025(_REGISTER_LEVEL[u.lvl], u.utype, u.name))
        return out | merged

    def _made_of(self, u: UnitMention) -> bool:
        """A unit named in the brackets that give the make-up of a unit of its level written right before them."""
        made = _MADE_OF.search(self.text, max(0, u.start - 90), u.start)
        return made is not None and any(w.end == made.start() and w.lvl == u.lvl for w in self.units)

    def _not_called_old(self) -> list[Unit]:
        """The settled units that the text neither calls old ("tỉnh X cũ", "thành phố X trước đây":
        _OLD_AFTER) nor places inside a unit it calls old."""
        reg = register()
        old = {unit.code for start, unit in self._settled
               if start in self._at and self._at[start].end > 0
               and _OLD_AFTER.match(self.text, self._at[start].end, self._at[start].end + 30)}
        return [unit for _start, unit in self._settled
                if unit.code not in old and not any(a.code in old for a in reg.ancestors(unit))]

    def _current(self, units: list[UnitMention]) -> list[UnitMention]:
        """The mentions of current units among `units` (all of them when none is current)."""
        return [u for u in units if u.start not in self._former] or units

    def unit_at(self, pos: int) -> UnitMention | None:
        """The place mention that starts at `pos` (as the places component read it), if any."""
        return self._at.get(pos)

    @staticmethod
    def _register_enclosing(units) -> dict:
        """{level: (unit type, name)} of the province (district) that the register places every
        settled unit of the article in, when there is exactly one: "huyện Yên Lạc" makes a bare
        "Tỉnh ủy" the Tỉnh ủy of Vĩnh Phúc (gold conventions: the register counts as structure)."""
        reg = register()
        # a unit the article names again adds what it added before: each unit once, where it is last named (a
        # later unit's ancestor replaces an earlier one's under the same key, as when every mention is read),
        # its ancestors looked up once for both levels
        chains = [[u] + reg.ancestors(u) for u in list({id(u): u for u in reversed(units)}.values())[::-1]]
        out = {}
        for level, lv in (("province", "P"), ("district", "D")):
            found: dict[str, Unit] = {}
            for chain in chains:
                # (a province the 2025 register kept is one province in both registers: a ward made
                # in 2025 and a former ward of its city, both in Nghệ An)
                found.update((a.label if level == "province" else a.code, a) for a in chain if a.level == level)
            if len(found) == 1:
                out[lv] = next(iter(found.values()))
        return out

    def unit_of(self, utype: str, name: str) -> Unit | None:
        """The register's unit of a named district or commune, when the article settles which one."""
        reg = register()
        codes = {u.code for u in self.units if (u.utype, u.name) == (utype, name) and u.code}
        units = [u for c in codes for lv in ("district", "commune") if (u := reg.get(lv, c))]
        return units[0] if len(units) == 1 else None

    def enclosing_of(self, utype: str, name: str) -> tuple[str, str] | None:
        """(unit type, name) of the unit that holds a named one, from the register."""
        unit = self.unit_of(utype, name)
        up = register().parent(unit) if unit else None
        return (up.unit_type, up.name) if up else None

    def _province_after_former(self, named: list[UnitMention]) -> Unit | None:
        """The province the register places the text's current units in, when each province it names
        (`named`) is a former one: a merged province's name is no longer where its bodies are."""
        if not named or any(u.start not in self._former for u in named):
            return None
        # (the province of the current units: "xã Dân Hóa mới (trên cơ sở ... tỉnh Quảng Bình cũ)" is in Quảng Trị)
        if self._current_enclosing is None:
            self._current_enclosing = self._register_enclosing(
                [unit for start, unit in self._settled if start not in self._former])
        unit = self._current_enclosing.get("P")
        if unit is not None and not any(u.code == unit.code for u in self.units):
            self.known_used.setdefault(unit.code, unit)  # to be listed among the places
        return unit

    def province(self, pos: int) -> tuple[str, str] | None:
        """The province-level unit a bare "tỉnh" at pos refers to (named, else the register's)."""
        named = [u for u in self.units if u.lvl == "P"]
        current = self._province_after_former(named)
        if current is not None:
            return current.unit_type, current.name
        named = self._current(named)
        if named:
            s, _e = self.sentence_of(pos)
            before = [u for u in named if u.start < pos]
            pick = before[-1] if before else named[0]
            return pick.utype, pick.name
        unit = self._enclosing.get("P")
        if unit is None:
            return None
        self.known_used.setdefault(unit.code, unit)  # to be listed among the places, if a body is resolved to it
        return unit.unit_type, unit.name

    def is_new_commune(self, utype: str, name: str, pos: int) -> bool:
        """A commune the text names in a known province that the (pre-2025) register has no
        commune of that name in: one made in the 2025 reform, directly under the province."""
        province = self.province(pos)
        if province is None or any(u.code for u in self.units if (u.utype, u.name) == (utype, name)):
            return False
        reg = register()
        for unit in reg.by_name.get(("commune", key(name)), []):
            if any((a.unit_type, a.name) == province for a in reg.ancestors(unit)):
                return False
        return True

    def province_since_2025(self, utype: str, name: str, pos: int) -> tuple[str, str] | None:
        """In an article since the 2025 reform: the province a commune named at pos is right below,
        the article's province there when the 2025 register has a commune so named in it (None for
        a unit that is no commune)."""
        province = self.province(pos) if self.reformed and utype in COMMUNE else None
        if province is None:
            return None
        return province if key(province[1]) in register().provinces_since_2025(utype, name) else None

    def unit_below(self, name: str, utype: str | None = None):
        """The register's unit called `name` right below a unit the article is about (named, or
        known from the register), when there is exactly one: in an article about huyện Tam Đường,
        "Nà Tăm" in a list of its party organizations is xã Nà Tăm (gold conventions)."""
        # (utype: the unit word the list's heading gives its items, "các đảng bộ xã: A, B")
        reg = register()
        main = self.main_unit()
        own = (main[0], key(main[1])) if main else None
        known = {u.code: u for u in self._enclosing.values()}
        for u in self.units:
            if u.code and u.lvl in ("P", "D"):
                unit = reg.get("province" if u.lvl == "P" else "district", u.code)
                if unit is not None:
                    known[unit.code] = unit
        for level in ("district", "commune"):  # right below the highest known unit first
            # (not the article's own unit: "Trạm Tấu" in the list of huyện Trạm Tấu's organizations is its xã)
            found = [u for u in reg.by_name.get((level, key(name)), [])
                     if (above := reg.parent(u)) is not None and above.code in known
                     and (u.unit_type, key(u.name)) != own and utype in (None, u.unit_type)]
            if found:
                break
        if len(found) != 1:
            return None
        # (named as the text writes it: the register's "Đăk Pxi" is the text's "Đắk Pxi", tones.key)
        unit = found[0] if found[0].name == name else replace(found[0], name=name)
        self.known_used.setdefault(unit.code, unit)
        return unit

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The (sorted, disjoint) sentence holding pos, else the whole text."""
        i = bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i][1]:
            return self.sentences[i]
        return 0, len(self.text)

    def resolve(self, types: tuple[str, ...] | str, pos: int) -> tuple[str, str] | None:
        """(unit type, name) for a bare reference of one of `types` at `pos`."""
        types = (types,) if isinstance(types, str) else types
        current = self._province_after_former([u for u in self.units if u.utype in types and u.lvl == "P"])
        if current is not None and current.unit_type in types:
            return current.unit_type, current.name
        cands = self._current([u for u in self.units if u.utype in types])
        cands = [u for u in cands if u.start not in self._hometowns] or cands
        if not cands:
            return self._known(types)
        s, e = self.sentence_of(pos)
        before = [u for u in cands if s <= u.start < pos]
        if before:
            return before[-1].utype, before[-1].name
        after = [u for u in cands if pos < u.start < e]
        if after:
            return after[0].utype, after[0].name
        cands = [u for u in cands if u.start not in self._enumerated] or cands
        before = [u for u in cands if u.start < pos]
        if before:
            return before[-1].utype, before[-1].name
        return cands[0].utype, cands[0].name

    def _known(self, types: tuple[str, ...]) -> tuple[str, str] | None:
        """A unit the text does not name but the register settles from the units it does name."""
        for lv in ("P", "D"):
            unit = self._enclosing.get(lv)
            if unit and unit.unit_type in types:
                if not any(u.code == unit.code for u in self.units):
                    self.known_used[unit.code] = unit  # to be listed among the places
                return unit.unit_type, unit.name
        if any(LEVEL.get(t) == "P" for t in types):
            subject = self.subject("D")
            prov = province_of(*subject) if subject else None
            return prov if prov and prov[0] in types else None
        return None

    def subject(self, level: str | None = None, current: bool = False) -> tuple[str, str] | None:
        """The most mentioned unit (of a level), the article's subject unit (`current`: of the current units)."""
        counts = Counter((u.utype, u.name) for u in self.units
                         if (level is None or u.lvl == level) and not (current and u.start in self._former))
        if not counts:
            return None
        first: dict[tuple[str, str], int] = {}
        for u in self.units:
            first.setdefault((u.utype, u.name), u.start)
        return max(counts, key=lambda k: (counts[k], -first[k]))

    def main_unit(self) -> tuple[str, str] | None:
        """The subject unit at the highest level below the province that the text names, else the province
        (of the current units first: since the 2025 reform a district, a merged province or commune is a
        former unit, no subject of an article about the units now)."""
        return self.subject("D", True) or self.subject("P", True) or self.subject("C", True) \
            or self.subject("D") or self.subject("P") or self.subject("C")
