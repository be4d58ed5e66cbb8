"""Persons: Vietnamese personal names.

A name is a family name from the surname lexicon (resources/surnames.txt)
followed by one to three capitalized syllables, accepted when a cue says it is
a person: a word of address before it ("đồng chí", "ông", "bà", "anh",
"chị" ...), a post after it (", Bí thư ...", " - Phó Bí thư ...") or before it
("Bí thư Huyện ủy X Trần Văn A"), a verb of speech after it ("... cho biết"),
or a typical middle name ("Văn", "Thị"). A name accepted once is a person
wherever else it occurs in the article. Capitalized sequences inside an
organization's name ("Trường THPT Lưu Hữu Phước"), after a place word
("phường Châu Văn Liêm") or naming an ideology ("tư tưởng Hồ Chí Minh") are
not person mentions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from partykg.extract.evidence import doc_text, evidence_for, in_body
from partykg.extract.lexicon import table, words
from partykg.extract.text import CAPSYL, LETTER
from partykg.model import Person

if not Doc.has_extension("person_mentions"):
    Doc.set_extension("person_mentions", default=None)

SURNAMES = frozenset(words("surnames.txt"))
COMMON_SURNAMES = frozenset(words("surnames.txt")[:20])
# Names of ideologies and cities that look like personal names: persons only with a cue.
_CUE_ONLY = {"Hồ Chí Minh"}
ROLE_SURFACES = sorted({r["surface"] for r in table("roles.tsv")}, key=len, reverse=True)
ROLE_RE = re.compile("(?:" + "|".join(re.escape(s) for s in ROLE_SURFACES) + ")(?![" + LETTER + "])", re.I)

_SEQ = re.compile(rf"{CAPSYL}(?: {CAPSYL}){{1,6}}")
_CUE_BEFORE = re.compile(r"(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Ee]m|[Cc]ụ|[Đđ]/[Cc]|[Nn]ữ đồng chí)\s+$")
_CUE_AFTER = re.compile(r"^\s*(?:[,\-–—(]\s*)?(?:cho biết|nói|chia sẻ|phát biểu|nhấn mạnh|khẳng định|cho hay|"
                        r"bày tỏ|trao đổi|tâm sự|kể)(?![" + LETTER + "])")
_ROLE_AFTER = re.compile(r"^\s*(?:,|[-–—]|\()\s*")
# A capitalized sequence after these words names a place, a street, a school, an ideology ...
_BLOCK_BEFORE = re.compile(
    r"(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn|đường|phố|thôn|ấp|bản|xóm|làng|khu phố|"
    r"khu vực|Trường|trường|THPT|THCS|tư tưởng|phong cách|đạo đức|chủ nghĩa|Đoàn TNCS|TNCS|Lăng|lăng|"
    r"Bảo tàng|bảo tàng|sông|núi|cầu|chợ|Ảnh|ảnh|Ảnh:|ảnh:|Bài|Bài:|Bài và ảnh:|Bài, ảnh:|Nguồn:|Theo|"
    r"Cộng sản|Thành phố|Tỉnh|Huyện|Quận|Xã|Phường|quốc gia|Học viện|giải thưởng|Giải thưởng|công viên|"
    r"Công viên|tàu|nhà thờ|chùa|đền|Đền|Lễ hội|lễ hội|tuyến|quảng trường|Quảng trường)\s+$")
_MIDDLE = {"Văn", "Thị"}


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    name: str


_STOP = {"Ban", "Đảng", "Bí", "Phó", "Chủ", "Ủy", "Uỷ", "Trưởng", "Giám", "Hiệu",
         "Huyện", "Tỉnh", "Quận", "Hội"}


def _candidates(text: str):
    """(start, end, name, starts the run) of names: a run of capitalized syllables is cut
    where a title word starts ("... Thịnh Bí thư"); the name is its tail from the first
    family name that leaves 2-4 syllables ("Lục Nam Nguyễn Văn Thịnh" -> "Nguyễn Văn Thịnh")."""
    for m in _SEQ.finditer(text):
        parts = m[0].split(" ")
        for k in range(1, len(parts)):
            if parts[k] in _STOP:
                parts = parts[:k]
                break
        offs = [m.start()]
        for part in parts[:-1]:
            offs.append(offs[-1] + len(part) + 1)
        n = len(parts)
        for i in range(n - 1):
            if parts[i] in SURNAMES and 2 <= n - i <= 4:
                yield offs[i], offs[-1] + len(parts[-1]), " ".join(parts[i:]), i == 0
                break


_ROLE_END = re.compile("(?:" + ROLE_RE.pattern + r")\s*$", re.I)
_BOARD_HEAD_END = re.compile(r"(?:(?P<dep>[Pp]hó )?[Tt]rưởng)\s*$")
_ROLE_LABEL = {r["surface"].casefold(): r["role"] for r in table("roles.tsv") if not r["org"]}


def title_before(text: str, orgs, start: int):
    """(organization, role) when a post and its organization come right before `start`
    ("Bí thư Huyện ủy X <name>", "Trưởng Ban Tổ chức Tỉnh ủy Y <name>"), else None."""
    for o in orgs:
        if o.end <= start and not text[o.end:start].strip():
            before = text[max(0, o.start - 40):o.start]
            m = _ROLE_END.search(before)
            if m and m[0].strip().casefold() in _ROLE_LABEL:
                return o, _ROLE_LABEL[m[0].strip().casefold()]
            b = _BOARD_HEAD_END.search(before)
            if b and o.kind == "AdvisoryBoard" and o.name.startswith("Ban "):
                return o, "Phó Trưởng ban" if b["dep"] else "Trưởng ban"
    return None


def find_person_mentions(doc: Doc) -> list[PersonMention]:
    text = doc_text(doc)
    orgs = doc._.org_mentions or []
    org_spans = [(o.start, o.end) for o in orgs]
    cands, accepted = [], set()
    for start, end, name, initial in _candidates(text):
        if any(s < end and start < e for s, e in org_spans):
            continue
        before, after = text[max(0, start - 25):start], text[end:end + 40]
        if _BLOCK_BEFORE.search(before):
            continue
        if not initial and not _CUE_BEFORE.search(before) and not title_before(text, orgs, start):
            continue  # the run started with other capitalized words: a title or an organization
        cands.append(PersonMention(start, end, name))
        cue = (_CUE_BEFORE.search(before) or _CUE_AFTER.match(after)
               or (_ROLE_AFTER.match(after) and ROLE_RE.match(after[_ROLE_AFTER.match(after).end():]))
               or title_before(text, orgs, start)
               or _ROLE_END.search(before)
               or (len(name.split()) >= 3 and name.split()[1] in _MIDDLE and name not in _CUE_ONLY)
               or (initial and len(name.split()) >= 3 and name.split()[0] in COMMON_SURNAMES
                   and name not in _CUE_ONLY))
        if cue:
            accepted.add(name)
    return [c for c in cands if c.name in accepted]


def find_persons(doc: Doc) -> Doc:
    mentions = [m for m in find_person_mentions(doc) if in_body(doc, m.start, m.end)]
    doc._.person_mentions = mentions
    for m in mentions:
        doc._.extraction.persons.append(
            Person(name=m.name, evidence=[evidence_for(doc, m.start, m.end, "persons.cued_name")]))
    return doc
