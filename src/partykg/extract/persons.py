"""Persons: Vietnamese personal names.

A name is a family name from the surname lexicon (resources/surnames.txt), or a
particle that opens an Ê Đê/Mnông name ("Y", "H'": resources/name_particles.txt) or,
after a cue, a Xơ Đăng/Ba Na man's name ("A": resources/name_particles_cued.txt),
followed by one to three capitalized syllables; names written in capitals
("NGUYỄN VĂN A") are read in title case. A name is accepted when a cue says it
is a person: a word of address, a status, a rank or a degree before it
(resources/name_cues.tsv: "đồng chí", "quần chúng ưu tú", "Đại tá", "PGS.TS" ...),
a post after it (", Bí thư ...", " - Phó Bí thư ...") or before it ("Bí thư
Huyện ủy X Trần Văn A"), a verb of speech after it ("... cho biết"), or a
typical middle name ("Văn", "Thị"). Two to four capitalized syllables whose family
name the lexicon lacks (the names of small ethnic groups: "Ông Vừ Pà Tủa - Bí thư
...") are a name only with both cues, a word of address before and a post after (or a name spelled as no
Vietnamese one is: "ông Hiroshi Tanabe", "GS. Mark Caldwell"), or after "đồng chí"
(comrade), the party's own form of address, which also names a person by a revolutionary alias ("đồng chí Trường
Chinh"), or after a post and its body ("Bí thư Chi bộ Thao Y Mến", the whole run though a particle stands in it).
A name accepted once is a person wherever
else it occurs in the article. Capitalized sequences inside an organization's
name ("Trường THPT Lưu Hữu Phước"), after a place word ("phường Châu Văn Liêm")
or a house number ("số 12 Lê Lợi") or naming an ideology ("tư tưởng Hồ Chí Minh")
are not person mentions; a name an organization's name ran on into ("Tỉnh ủy" +
"Trần Văn A" read as "Tỉnh ủy Trần Văn A", the name not being a registered unit) is.
An author's name on the closing line of the body (a byline the layout did not
take out, maybe with the author's post) is a creator, not a person; the signer of a party
document ("T/M BAN THƯỜNG VỤ" / "BÍ THƯ" / the name), or of a body's own bulletin (the body, the post, the name
closing it), is a person it names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from partykg.extract.evidence import article_of, doc_text, evidence_for, in_body
from partykg.extract.lexicon import table, words
from partykg.extract.places import LEVELS, former_provinces, register, unit_types
from partykg.extract.text import LETTER, LOWER, NOT_LETTER_AFTER, NOT_LETTER_BEFORE, UPPER, alt, literal_trie
from partykg.extract.tones import fold_tones, key
from partykg.ingest.layout import SIGNED_MARK, all_names, document_issuer, signature
from partykg.model import Person

if not Doc.has_extension("person_mentions"):
    Doc.set_extension("person_mentions", default=None)

SURNAMES = frozenset(words("surnames.txt"))
COMMON_SURNAMES = frozenset(words("surnames.txt")[:20])
PARTICLES = frozenset(words("name_particles.txt"))
# "A" opening a Xơ Đăng or Ba Na man's name: also a place's first syllable, so only with a cue
CUED_PARTICLES = frozenset(words("name_particles_cued.txt"))
# the names of Vietnam's peoples ("người Chu Ru", "đồng bào Hà Nhì"): no person's, though a family name opens some
PEOPLES = frozenset(key(w) for w in words("peoples.txt"))
# a country's name closes the names of national bodies ("Phó Tư lệnh Cảnh sát biển Việt Nam", "Hội Nông dân Việt Nam"):
# after a post it reads as a name, but is no person's (our country, and the neighbours of foreign_parties.tsv)
COUNTRIES = frozenset([key("Việt Nam")] + [key(form) for row in table("foreign_parties.tsv")
                                          for form in row["country"].split("|")])
# Names of ideologies and cities that look like personal names: persons only with a cue.
_CUE_ONLY = {"Hồ Chí Minh"}
ROLE_SURFACES = sorted({fold_tones(r["surface"]) for r in table("roles.tsv") if r.get("needs") != "join"},
                       key=len, reverse=True)
ROLE_RE = re.compile(literal_trie(ROLE_SURFACES, ignorecase=True) + "(?![" + LETTER + "])", re.I)

# a capitalized syllable, maybe after an Ê Đê particle written on it ("H'Hen"); one in capitals
# (or written apart from it: "K' Bình"); a Korean given name joins its syllables with a hyphen, the
# second in lower case Latin letters ("Kim Min-jun": romanized as the Korean government writes it), a Chinese one
# romanized in Wade-Giles, as Taiwan and Hong Kong write it, the second maybe capitalized ("Lin Kuo-Hsiang"); a Lao
# name transcribed as Vietnamese papers write it joins its syllables with hyphens, the later ones in lower case
# ("Khăm-phon Xay-sổm-bắt")
_HYPHENED = rf"(?:-(?:[A-Z]?[a-z]+|[{LOWER}]+)){{0,3}}"
_SYL = rf"(?:(?:[HK]['’])?[{UPPER}][{LOWER}]*{_HYPHENED}{NOT_LETTER_AFTER}|[HK]['’](?= [{UPPER}]))"
_CAPS_SYL = rf"[{UPPER}]+{NOT_LETTER_AFTER}"
# A run of 2-7 of them (`{NOT_LETTER_BEFORE}{_SYL}(?: {_SYL}){1,6}`), and of 2-6 in capitals, each written led
# by its first letter, a capital, with the look-behind after it: a pattern that opens with a look-behind
# is tried at every character, one that opens with a class skips to the next capital (a third of the
# time). The first syllable's alternatives follow that letter in _SYL's order: the same matches.
_FIRST_CAPITAL = rf"[{UPPER}](?<![{LETTER}\d].)"
_SEQ = re.compile(rf"{_FIRST_CAPITAL}(?:(?<=[HK])['’][{UPPER}][{LOWER}]*{_HYPHENED}{NOT_LETTER_AFTER}"
                  rf"|[{LOWER}]*{_HYPHENED}{NOT_LETTER_AFTER}|(?<=[HK])['’](?= [{UPPER}]))(?: {_SYL}){{1,6}}")
# (led by its capital, the look-behind after it: a pattern opening with a look-behind is tried at every character)
_GLUED_NAME = re.compile(rf"[HK](?<![{LETTER}'’].)['’][{UPPER}][{LOWER}]+(?![{LETTER}'’]| [{UPPER}])")
_CAPS_SEQ = re.compile(rf"{_FIRST_CAPITAL}[{UPPER}]*{NOT_LETTER_AFTER}(?: {_CAPS_SYL}){{1,5}}")
_CUE_BEFORE = re.compile(rf"{NOT_LETTER_BEFORE}"
                         rf"{alt(*(r['cue'] for r in table('name_cues.tsv')))}\s*(?:\([^()]{{1,30}}\)\s*)?"
                         r"(?:\s+(?:là|gồm))?\s*:?\s+$")
_CUE_AFTER = re.compile(r"^\s*(?:[,\-–—(]\s*)?(?:cho biết|nói|chia sẻ|phát biểu|nhấn mạnh|khẳng định|cho hay|"
                        r"bày tỏ|trao đổi|tâm sự|kể)(?![" + LETTER + "])")
_ROLE_AFTER = re.compile(r"^\s*(?:,|[-–—]|\()\s*"
                         # the person's people or age between commas, as the press writes them of officials of
                         # ethnic minorities ("Ông Sình Dì Pó, người Lô Lô, Bí thư Chi bộ ...")
                         rf"(?:(?:người (?:dân tộc )?[{UPPER}][{LETTER}']*(?: [{UPPER}][{LETTER}']*){{0,2}}"
                         r"|\d{1,3} tuổi)\s*,\s*){0,2}(?:nguyên |cựu )?")
# A capitalized sequence after these words names a place, a street, a school, a museum or library named after a
# person, an ideology ... ("già làng X", the village elder, is a person, and "Trưởng thôn X", the village's head, as
# the press names him by his post: Thông tư 04/2012/TT-BNV; "cán bộ thư viện X" a librarian)
_BLOCK_BEFORE = re.compile(
    rf"(?:{alt(*unit_types(special_zone=False), case_first=False)}|TP\.?|đường|phố|(?<![Tt]rưởng )(?:thôn|ấp|bản|xóm)|"
    r"(?<![Gg]ià )(?<![Tt]rưởng )làng|khu phố|"
    r"khu vực|Trường|trường|THPT|THCS|tư tưởng|phong cách|đạo đức|chủ nghĩa|Đoàn TNCS|TNCS|Lăng|lăng|"
    r"Bảo tàng|bảo tàng|Thư viện|sông|núi|cầu|chợ|Ảnh|ảnh|Ảnh:|ảnh:|Bài|Bài:|Bài và ảnh:|Bài, ảnh:|Nguồn:|Theo|"
    r"Cộng sản|Thành phố|Tỉnh|Huyện|Quận|Xã|Phường|quốc gia|Học viện|giải thưởng|Giải thưởng|công viên|"
    r"Công viên|tàu|nhà thờ|chùa|đền|Đền|Lễ hội|lễ hội|tuyến|quảng trường|Quảng trường|"
    r"[Ss]ố \d[\w/]*)\s+$")
_MIDDLE = {"Văn", "Thị"}
# "Đoàn" is a family name and the word of the Youth Union ("Đoàn Thanh niên": Điều lệ Đoàn) and of a team sent on a
# task ("Đoàn Thanh tra": Luật Thanh tra; "Đoàn Kiểm tra", "Đoàn Giám sát", "Đoàn Công tác"): a body, no person,
# where the run goes on into that word in lower case ("Bí thư Đoàn Thanh niên X")
# (the body's second syllable in lower case, as the tables write it: "Đoàn Thanh Tra Mai" is a person's name)
_DOAN_BODY = re.compile(rf"Đoàn (?:[Tt]hanh niên|[Tt]hanh tra|[Kk]iểm tra|[Gg]iám sát|[Cc]ông tác)(?![{LETTER}])")
# the person's people in apposition after the name ("anh Đàng Năng Phới, người Chăm, ..."), as the press writes it of
# members of ethnic minorities: only a person has a people, so it cues a name the surname lexicon lacks
_PEOPLE_AFTER = re.compile(rf"^\s*[,(]\s*người (?:dân tộc )?[{UPPER}]")
# "comrade", the party's form of address for one of its members: a name follows, though no family name opens it
_COMRADE = re.compile(r"(?<![\w])[Đđ]ồng chí\s+$")
# a word no Vietnamese syllable is: a syllable's vowels stand together (onset, vowels, coda), so vowels set apart by a
# consonant ("Ke-nj-i", "Mo-r-i-t-a", "Pe-t-e-r") spell a foreign name, as a foreign guest's is written in the press
_VOWELS = "aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ"
_FOREIGN_WORD = re.compile(rf"[{_VOWELS}]+[^{_VOWELS}\s-]+[{_VOWELS}]", re.I)
# (an aside in brackets may close an item: "Trần Văn A (1990 - 1995), Lê Văn B (1995 - 2000)", also the person's people
# and home commune and province, as lists of new members give them: "A (dân tộc Mường, quê xã X, tỉnh Y) và B (...)")
_LIST_SEP = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?(?:,|;|và)\s*")
# a list of places goes on after a comma or "và"; a semicolon ends the item ("quê huyện A; Lò Văn B, lớp 12")
_PLACE_LIST_SEP = re.compile(r"\s*(?:,|và)\s*")


# a list of units after their unit word, up to a name: "các xã Sín Chải Phố, Lý Mai Phố" (the first item need
# not be name-shaped for the list to name places)
_PLACE_LIST_TAIL = re.compile(rf"(?<![{LETTER}])(?:{alt(*unit_types('DC', special_zone=False), case_first=False)}"
                              rf"|thôn|ấp|bản|xóm|làng)\s+"
                              rf"(?:[{UPPER}][{LOWER}]*(?: [{UPPER}][{LOWER}]*){{0,3}}\s*(?:,|và)\s*){{1,10}}$")


def _in_place_list(text: str, start: int) -> bool:
    """The name at `start` is an item of a list of units after their unit word (checked only after ", " or "và")."""
    if not text.endswith((", ", "và "), max(0, start - 3), start):
        return False
    return _PLACE_LIST_TAIL.search(text, max(0, start - 160), start) is not None


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    name: str


_STOP = {"Ban", "Đảng", "Bí", "Phó", "Chủ", "Ủy", "Uỷ", "Trưởng", "Giám", "Hiệu",
         "Huyện", "Tỉnh", "Quận", "Hội",
         # first words of posts that are never given names ("... Nguyễn Văn A Chánh Văn phòng")
         "Chánh", "Tổng", "Thủ", "Thứ", "Viện", "Cục", "Bộ", "Sở", "Chỉ"}
# one-word cues written with a capital at the start of a sentence ("Ông Lương Hoàng Minh Khang")
_ADDRESS_WORDS = {r["cue"].capitalize() for r in table("name_cues.tsv") if " " not in r["cue"]}


def _name_start(parts: list[str]) -> int | None:
    """Where the name starts in a run of syllables: at an Ê Đê particle, else at the first
    common family name, else at the first family name, that leaves 2-4 syllables
    ("Lục Nam Nguyễn Văn Thịnh" -> "Nguyễn Văn Thịnh")."""
    n = len(parts)
    if 2 <= n <= 4 and (parts[0] in SURNAMES or _particle(parts, 0) or _cued_particle(parts, 0)):
        return 0  # the whole run: "Lương Hoàng Minh Khang"
    # (inside a run "Văn", "Thị" are middle names: "... Minh Hóa Phạm Thị Hoa" starts at "Phạm")
    fits = [i for i in range(n - 1) if 2 <= n - i <= 4 and parts[i] not in _MIDDLE]
    for lexicon in (PARTICLES, COMMON_SURNAMES, SURNAMES):
        for i in fits:
            if (_particle(parts, i) if lexicon is PARTICLES else parts[i] in lexicon) \
                    or (lexicon is PARTICLES and (parts[i][:2] in PARTICLES and len(parts[i]) > 2
                                                  or _cued_particle(parts, i))):
                return i
    return None


def _middle_shaped(parts: list[str]) -> bool:
    """A family name of one or two syllables the lexicon lacks, "Văn"/"Thị", then one or two given
    syllables."""
    family = next((k for k in (1, 2) if k < len(parts) and parts[k] in _MIDDLE), None)
    if family is None or not 2 <= len(parts) - family <= 3:
        return False
    return not any(p in SURNAMES or p in PARTICLES or p in _MIDDLE for p in parts[:family])


def _particle(parts: list[str], i: int) -> bool:
    """A particle opens a name ("H Nhiên Mlô") unless a common family name follows it, a letter
    being a label there ("khu H Nguyễn Văn B")."""
    return parts[i] in PARTICLES and not (i + 1 < len(parts) and parts[i + 1] in COMMON_SURNAMES)


def _cued_particle(parts: list[str], i: int) -> bool:
    """"A" opens a name ("A Thiêm") unless a common family name follows it: then the name starts
    there ("khu A Nguyễn Văn B")."""
    return parts[i] in CUED_PARTICLES and i + 1 < len(parts) and parts[i + 1] not in COMMON_SURNAMES


def _segments(parts: list[str], closed: bool = False):
    """(first index, parts) of the stretches of a run between title words ("... Đảng ủy
    Dân Chính Đảng Đỗ Văn Hùng": the name is in the stretch after "Đảng"). A title word closing a run that a mark
    closes (`closed`: "em Cầm Thị Ngọc Ban, sinh viên") opens no title, with nothing after it: a given name."""
    seg: list[str] = []
    first = 0
    last = len(parts) - 1
    for k, part in enumerate(parts):
        if (k and part in _STOP and not (closed and k == last)) or (k == 0 and part in _ADDRESS_WORDS):
            yield first, seg
            seg, first = [], k + 1
            continue
        seg.append(part)
    yield first, seg


# what closes a run of capitalized syllables where a clause ends: a mark, a line's end, the text's end
_CLOSED = re.compile(r"[,.;:!?)\]\n]|\Z")


def _candidates(text: str):
    """(start, end, name, how the run starts) of names. How: "run" when the name starts the
    run of capitalized syllables, "stop" when it follows a title word in it, "inside" else."""
    for caps, rx in ((False, _SEQ), (True, _CAPS_SEQ)):
        for m in rx.finditer(text):
            words_ = m[0].split(" ")
            if caps:
                if any(len(w) < 2 for w in words_[:1]) or not any(c.isalpha() for c in m[0]):
                    continue
                words_ = [w[0] + w[1:].lower() for w in words_]
            offs = [m.start()]
            for w in words_[:-1]:
                offs.append(offs[-1] + len(w) + 1)
            # a post written in capitals opens the run ("Trưởng Đoàn Lò Văn A"): the name starts after it, though
            # the post's last word is also a family name ("Đoàn")
            post = next((j for j in range(len(words_) - 2, 0, -1)
                         if ROLE_RE.fullmatch(fold_tones(" ".join(words_[:j])))), 0) if not caps else 0
            for first, seg in _segments(words_, closed=_CLOSED.match(text, m.end()) is not None):
                if first < post:
                    first, seg = post, seg[post - first:]
                i = _name_start(seg)
                unknown = i is None and 3 <= len(seg) <= 4 and seg[1] in _MIDDLE
                # a family name the lexicon lacks before "Văn"/"Thị", of one syllable or two (the compound
                # family names of the Jrai, Hoa ...: "Rahlan Thị Kim Nhung", "Thiên Sanh Thị Mỹ Diệp"), though a
                # given name is also a family name ("Kim"): the name's shape decides where it starts
                unknown = unknown or (i != 0 and _middle_shaped(seg))
                # a family name the lexicon lacks and no "Văn"/"Thị" (names of small ethnic groups):
                # a person only between a word of address and a post ("Ông Vừ Pà Tủa - Bí thư ...")
                uncued = i is None and not unknown and 2 <= len(seg) <= 4
                if unknown or uncued:
                    i = 0  # "Văn"/"Thị" second: a family name the lexicon lacks, if a cue says so
                if i is None or (caps and i):
                    continue
                k = first + i
                how = "unknown" if unknown else "uncued" if uncued else "run" if k == 0 else (
                    "stop" if i == 0 else "inside")
                last = first + len(seg) - 1
                yield offs[k], offs[last] + len(words_[last]), " ".join(seg[i:]), how
                if how == "inside" and first == 0 and len(seg) <= 4 and seg[0] not in SURNAMES:
                    # ... or the whole run, its family name one the lexicon lacks, with a particle or a family name
                    # further in ("Thao Y Mến", a Brâu woman's name): a person only where a cue says so
                    yield offs[0], offs[last] + len(words_[last]), " ".join(seg), "uncued"
    # a K'Ho or Mạ name of one word, its particle glued on ("đồng chí K'Brơi, Phó Bí thư ...", "già làng H'Blim,
    # người có uy tín"): a name the lexicon lacks, but the particle says a person's; a name only after a word of
    # address or a person's status
    if "'" in text or "’" in text:
        for m in _GLUED_NAME.finditer(text):
            yield m.start(), m.end(), m[0], "glued"


_ROLE_END = re.compile("(?:" + ROLE_RE.pattern + r")\s*$", re.I)
# a post and a committee left bare right before the name: "Phó Bí thư Huyện ủy <name>",
# "Trưởng ban Dân vận Tỉnh ủy <name>"
_ROLE_BARE_END = re.compile("(?:" + ROLE_RE.pattern + r")(?: [^,.;:\n]{1,30})? (?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận|"
                            r"[Tt]hị|[Đđ]ảng) (?:ủy|uỷ)\s+$", re.I)
# its end, searched first: the whole pattern is tried at every character of the text before a name
_BARE_END_WORD = re.compile(r"(?:ủy|uỷ)\s+$", re.I)
_BOARD_HEAD_END = re.compile(r"(?:(?P<dep>[Pp]hó )?[Tt]rưởng)\s*$")
_ROLE_LABEL = {fold_tones(r["surface"]).casefold(): r["role"] for r in table("roles.tsv") if not r["org"]}


def _role_bare_before(text: str, start: int) -> re.Match[str] | None:
    """A post and a committee left bare right before `start` (_ROLE_BARE_END), tone-folded."""
    before = fold_tones(text[max(0, start - 80):start])
    return _ROLE_BARE_END.search(before) if _BARE_END_WORD.search(before) else None


def title_before(text: str, orgs, start: int):
    """(organization, role) when a post and its organization come right before `start`
    ("Bí thư Huyện ủy X <name>", "Trưởng Ban Tổ chức Tỉnh ủy Y <name>"), maybe joined by "của" (of: "Phó Bí thư
    của Đảng ủy xã X <name>", as memberships reads it after a name), else None."""
    for o in orgs:
        if o.end <= start and not text[o.end:start].strip():
            before = text[max(0, o.start - 40):o.start]
            before = before[:-len("của ")] if before.endswith(" của ") else before
            m = _ROLE_END.search(fold_tones(before))
            if m and m[0].strip().casefold() in _ROLE_LABEL:
                return o, _ROLE_LABEL[m[0].strip().casefold()]
            b = _BOARD_HEAD_END.search(before)
            if b and o.kind == "AdvisoryBoard" and o.name.startswith("Ban "):
                return o, "Phó Trưởng ban" if b["dep"] else "Trưởng ban"
    return None


def _a_units_name(name: str) -> bool:
    """A registered unit (or a former province) bears this name."""
    reg, name_key = register(), key(name)
    return any(reg.by_name.get((level, name_key)) for level in LEVELS) or name_key in former_provinces()


def _swallowed(o, start: int, end: int, name: str) -> bool:
    """An organization's name that ran on into this name, which no registered unit bears."""
    return o.start < start and o.end == end and o.name.endswith(" " + name) and not _a_units_name(name)


# a party committee named by its unit's name with no level word ("Phó Bí thư Đảng ủy Thạnh Trị", "Huyện ủy Mai Châu"):
# the name after it, a registered unit's, is the committee's place, no person's
_COMMITTEE_END = re.compile(r"(?<![^\W\d_])(?:[Đđ]ảng|[Tt]ỉnh|[Hh]uyện|[Tt]hành|[Qq]uận|[Tt]hị) (?:ủy|uỷ)\s+$")


# a level word closing a body's name written without its place ("Hội Nông dân tỉnh", "UBND huyện")
_LEVEL_END = re.compile(rf"(?<![^\W\d_])(?:{alt(*unit_types(special_zone=False), case_first=False)})\s+$")


def _named_after_bare_level(text: str, orgs, start: int, name: str, before: str) -> bool:
    """A person named after his post and body, the body's level written bare ("Phó Chủ tịch Hội Nông dân tỉnh Lò Văn
    Tuấn cho biết"): a name shaped as a person's ("Văn"/"Thị" second) that no registered unit bears, a post before the
    body. "phường Nguyễn Thái Học", a commune named after a person, is in the register and stays a place."""
    syllables = name.split()
    if not (_LEVEL_END.search(before) and len(syllables) >= 3 and syllables[1] in _MIDDLE):
        return False
    return not _a_units_name(name) and title_before(text, orgs, start) is not None


def _foreign(name: str) -> bool:
    """A name spelled as no Vietnamese one is ("Hiroshi Tanabe", "Mark Caldwell"): a word of address or a degree before
    it ("ông", "GS.") is cue enough, as a foreign guest is named without a post of ours."""
    words = name.split()
    return all(w[:1].isupper() and not w.isupper() for w in words) and all(_FOREIGN_WORD.search(w) for w in words)


def find_person_mentions(doc: Doc) -> list[PersonMention]:
    text = doc_text(doc)
    orgs = doc._.org_mentions or []
    cands, accepted = [], set()
    blocked: list[int] = []
    for start, end, name, how in _candidates(text):
        if key(name) in PEOPLES or key(name) in COUNTRIES or _DOAN_BODY.match(text, start):
            continue
        cued = name.split(" ", 1)[0] in CUED_PARTICLES
        overlapping = [o for o in orgs if o.start < end and start < o.end]
        if any(cued or not _swallowed(o, start, end, name) for o in overlapping):
            continue  # an "A ..." ending a body's name is the body's ("Đồn Biên phòng A ...")
        before, after = text[max(0, start - 25):start], text[end:end + 40]
        if _COMMITTEE_END.search(before) and _a_units_name(name):
            continue
        if (_BLOCK_BEFORE.search(before) and not _named_after_bare_level(text, orgs, start, name, before)) \
                or any(_PLACE_LIST_SEP.fullmatch(text, e, start) for e in blocked):
            blocked.append(end)  # "đường Lê Lợi, Trần Hưng Đạo": the list goes on naming streets
            continue
        # posts are matched on the tone-folded text ("Uỷ viên" = "Ủy viên"; same offsets)
        cue_before = (_CUE_BEFORE.search(before) or title_before(text, orgs, start)
                      or _ROLE_END.search(fold_tones(before))
                      or _role_bare_before(text, start))
        lead = _ROLE_AFTER.match(after)
        post_after = lead and ROLE_RE.match(fold_tones(after[lead.end():]))
        cue_after = _CUE_AFTER.match(after) or post_after
        if how == "inside" and not cue_before:
            continue  # the run started with other capitalized words: a title or an organization
        if not (cue_before or cue_after) and _in_place_list(text, start):
            continue  # "các xã Sín Chải Phố, Lý Mai Phố, Tà Phố": a unit named like a person, with no cue
        if how == "uncued" and not ((_CUE_BEFORE.search(before) and (post_after or _PEOPLE_AFTER.match(after)
                                                                     or _foreign(name)))
                                    or _COMRADE.search(before)
                                    or title_before(text, orgs, start)):
            continue
        if how == "glued" and not _CUE_BEFORE.search(before):
            continue
        if (how in ("stop", "unknown") or cued) and not (cue_before or cue_after):
            continue
        syllables = name.split()
        # hospitals and schools bear the names of historical persons ("Bệnh viện Nguyễn Trãi"): a
        # name that ends an organization's name is a person's only where a cue says so
        looks_like_a_name = not overlapping and name not in _CUE_ONLY and len(syllables) >= 3 and (
            syllables[1] in _MIDDLE or (how == "run" and syllables[0] in COMMON_SURNAMES))
        cue = cue_before or cue_after or looks_like_a_name
        if text[start:end] != name and not (cue_before or cue_after):
            continue  # a name in capitals needs a cue: headlines are written in capitals too
        cands.append(PersonMention(start, end, name))
        if cue:
            accepted.add(name)
    # a list of names goes on the cue of its first: "quần chúng Nguyễn Văn A, Lò Minh B và Hà Thị C"
    cands.sort(key=lambda c: c.start)
    pairs = [(a, b) for a, b in zip(cands, cands[1:]) if _LIST_SEP.fullmatch(text, a.end, b.start)]
    for _ in range(2):  # forwards and backwards along the list
        for a, b in pairs + [(b, a) for a, b in pairs][::-1]:
            if a.name in accepted and (len(b.name.split()) >= 3 or _opens_with_particle(b.name)):
                accepted.add(b.name)
    return [_full_name(c, accepted) for c in cands if c.name in accepted]


def _full_name(c: PersonMention, accepted: set[str]) -> PersonMention:
    """An Ê Đê or Mnông name cut before its family name, which comes last ("đồng chí H Nhiên" after
    "H Nhiên Mlô"): the one person of the article whose full name it opens."""
    if not _opens_with_particle(c.name):
        return c
    longer = {n for n in accepted if n.startswith(c.name + " ")}
    return PersonMention(c.start, c.end, longer.pop()) if len(longer) == 1 else c


def _opens_with_particle(name: str) -> bool:
    """An Ê Đê/Jrai/K'Ho name opened by its particle ("H'Lan Niê", "Ka Thủy"): two syllables
    are a whole name there, so a list may carry it like a three-syllable Kinh name."""
    first = name.split(" ", 1)[0]
    return first in PARTICLES or (first[:2] in PARTICLES and len(first) > 2)


# the closing line of an article that only names its author, maybe with a post or a unit:
# "Trần Văn A - Phó Trưởng ban Tuyên giáo Huyện ủy X", "NGUYỄN THỊ B (Hội Phụ nữ huyện Y)"
_RANK_ONLY = re.compile(alt(*(r["cue"] for r in table("name_cues.tsv") if r["kind"] in ("rank", "degree")))
                        + r"\s+")
_BYLINE_TAIL = re.compile(r"\s*(?:(?:[-–—,(]|\s)[^.!?\n]{0,120})?\s*$")


def _byline(doc: Doc, m: PersonMention) -> bool:
    """The mention opens the last line of the body (maybe after a degree: "ThS. Trần Văn A - Phòng
    X"), which names the author and nothing else; or it is alone on the first line of the body,
    maybe after a rank or degree ("Thượng úy Trần Văn A" under the date: the author of a police or
    army paper)."""
    text = doc_text(doc)
    body_start, body_end = next(((s, e) for s, e in article_of(doc).body_spans if s <= m.start < e), (0, len(text)))
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line_end = body_end if line_end < 0 or line_end > body_end else line_end
    if not text[body_start:line_start].strip():
        lead = text[line_start:m.start]
        return not text[m.end:line_end].strip() and (not lead.strip() or bool(_RANK_ONLY.fullmatch(lead)))
    lead = text[line_start:m.start]
    return ((not lead.strip() or bool(_RANK_ONLY.fullmatch(lead))) and not text[line_end:body_end].strip()
            and bool(_BYLINE_TAIL.fullmatch(text, m.end, line_end)))


def document_signer(doc: Doc) -> tuple[PersonMention, str, str] | None:
    """The one who signs a party document (its signature block under its own header: layout.signature), the post
    signed with and the issuing body, both as written ("BÍ THƯ", "ĐẢNG ỦY XÃ X"): a person the document names,
    outside its body."""
    text = doc_text(doc)
    signed = signature(text)
    issuer = document_issuer(text) if signed is not None else None
    if signed is None or issuer is None:
        return None
    post, start, end = signed
    return PersonMention(start, end, all_names(text[start:end])[0]), post, issuer


def block_signer(doc: Doc) -> tuple[PersonMention, str, str] | None:
    """The one who signs a body's own bulletin or notice (the layout's "signature" lines: the body, the post, the
    name), the post and the body as written ("Phó Chủ nhiệm Thường trực", "ỦY BAN KIỂM TRA THÀNH ỦY"): a person the
    text names, outside its body."""
    lines = sorted((s, e) for s, e, kind in article_of(doc).regions if kind == "signature")
    if len(lines) < 3:
        return None
    text = doc_text(doc)
    (body_s, body_e), (start, end) = lines[0], lines[-1]
    post_s, post_e = next(line for line in reversed(lines[1:-1]) if not SIGNED_MARK.fullmatch(text[slice(*line)]))
    names = all_names(text[start:end])
    return (PersonMention(start, end, names[0]), text[post_s:post_e], text[body_s:body_e]) if names else None


def find_persons(doc: Doc) -> Doc:
    mentions = [m for m in find_person_mentions(doc) if in_body(doc, m.start, m.end) and not _byline(doc, m)]
    doc._.person_mentions = mentions
    persons = doc._.extraction.persons
    for m in mentions:
        persons.append(
            Person(name=m.name, evidence=[evidence_for(doc, m.start, m.end, "persons.cued_name")]))
    signer = document_signer(doc) or block_signer(doc)
    if signer is not None:
        m = signer[0]
        persons.append(Person(name=m.name, evidence=[evidence_for(doc, m.start, m.end, "persons.signer")]))
    return doc
