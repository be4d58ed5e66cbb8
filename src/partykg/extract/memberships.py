"""Posts held: person - role - organization, from the patterns the press uses.

A *title* is a list of posts ("Ủy viên Ban Thường vụ, Trưởng Ban Nội chính Tỉnh ủy"),
separated by commas or "và"/"kiêm"; every post gives one membership. Posts and how
each finds its organization are data (resources/roles.tsv). A title is tied to a
person where the press puts it:
- after the name: "đồng chí X, Bí thư Huyện ủy Y", "Ông X - Phó Bí thư ... cho biết",
  "X (Chủ tịch UBND xã Z)";
- after a verb of appointment: "X được bầu làm / giữ chức / được chỉ định tham gia Ban
  Chấp hành, Ban Thường vụ và giữ chức ...", also for two subjects joined by "và";
- before the name: "Bí thư Huyện ủy, Chủ tịch UBND huyện Y Nguyễn Văn A",
  "nguyên Thủ tướng Nguyễn Văn B".
Former posts ("nguyên ...") count, the role written without "nguyên".
Inside one title a post may name its organization through another one: "UVBTV" is of
the committee the title names; a bare "Đảng ủy"/"Chi bộ" is the party body of the
unit or institution the next post names ("Bí thư Đảng ủy, Hiệu trưởng Trường X" ->
"Đảng ủy Trường X"; "Phó Bí thư Đảng ủy, Chủ tịch UBND xã Z" -> "Đảng ủy xã Z");
"Hiệu trưởng nhà trường" (or "Hiệu trưởng" alone) is of the school of the title, else of the article.
A body inside an institution ("Trưởng phòng Tổ chức cán bộ", "Chủ tịch Hội đồng trường", "Chủ tịch
Công đoàn", "Trưởng Ban công tác Mặt trận thôn") is of the institution (or village) the post, the
title or, before it, the article names (roles.tsv, column inside); a bare "Đảng ủy" is never a Tỉnh ủy.
A body the text leaves bare and the article does not settle stays as written ("Bí thư
Tỉnh ủy" -> "Tỉnh ủy"). A party post written bare among the members a party body lists ("Ban Thường vụ Đảng ủy xã X
gồm: đồng chí A, Bí thư; ...") is of that body's committee.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from partykg.extract.context import (
    COMMUNE,
    LEVEL,
    UNIT_COMMITTEE,
    committee_name,
    party_org_name,
    province_of,
    unit_words,
)
from partykg.extract.evidence import doc_text, evidence_for, folded_text, in_body, sentence_at
from partykg.extract.lexicon import area_words, table, words
from partykg.extract.organizations import (
    ABBREVIATIONS,
    BOARD_TYPES,
    DEPARTMENT_HEADS,
    OrgMention,
    post_body_parent,
)
from partykg.extract.persons import PersonMention, block_signer, document_signer
from partykg.extract.places import unit_types
from partykg.extract.text import LETTER, LOWER, UPPER, WordStartPattern, alt, literal_trie
from partykg.extract.tones import fold_tones, key
from partykg.extract.unit_figures import LINE_ITEM_MARK
from partykg.ingest.layout import SIGNING_MARKS
from partykg.model import Membership, Organization


@dataclass(frozen=True)
class Role:
    label: str
    where: str
    join: bool  # only in a list after a verb of joining
    inside: tuple[str, str] | None = None  # (body head, host kind): a body inside an institution
    heads_institution: bool = False  # roles.tsv, column heads: the director of an institution, or a deputy


def _inside(cell: str) -> tuple[str, str] | None:
    """roles.tsv, column inside: "body head|host kind", or empty."""
    if not cell:
        return None
    head, kind = cell.split("|")
    return head, kind


ROLES = {fold_tones(r["surface"]).casefold(): Role(r["role"], r["org"], r.get("needs") == "join",
                                                   _inside(r.get("inside", "")), r.get("heads") == "institution")
         for r in table("roles.tsv")}
_ROLE = re.compile(literal_trie(ROLES, ignorecase=True) + "(?![" + LETTER + "])", re.I)
# a former post: "nguyên Bí thư", "cựu Chủ tịch"
_FORMER = re.compile(r"(?:nguyên|cựu)\s+", re.I)
# an acting post: "Quyền Giám đốc", "quyền Chủ tịch", "Q. Chủ tịch" (Luật Cán bộ, công chức: one assigned the duties
# of a vacant post), written with the post in the role
_ACTING = re.compile(r"[Qq]uyền\s+|Q\.\s*")
# between a name and its posts: a comma, a dash, a colon or a bracket, maybe after an aside
# "(thứ hai từ trái)" or the name's age "(sinh năm 1975)", or the person's people or age between
# commas, as the press writes them of officials of ethnic minorities ("X, người Cor, Chủ tịch ...",
# "X, người dân tộc Thái, Bí thư ...", "X, dân tộc Mường, Bí thư ...": the people as the official list of the 54
# peoples names it, "dân tộc X"; "X, 72 tuổi, Bí thư ..."), the people maybe with its local group in brackets
# ("X, người Sán Chay (nhóm Cao Lan), Bí thư ...", "người Dao (Dao Tiền)": groups of one people, as the official list
# of the 54 peoples counts them) and where they live ("X, người Thái ở Mường Lay, Phó Bí thư ..."); or the person's
# standing in the village, which is no post: a village elder ("X, già làng, Bí thư Chi bộ buôn Y"), one of the
# "người có uy tín" of the ethnic minorities (Quyết định 12/2018/QĐ-TTg); where the person comes from ("quê xã Y")
_NAMED_WORDS = rf"[{UPPER}][{LETTER}']*(?: [{UPPER}][{LETTER}']*){{0,2}}"
_PEOPLE = r"(?:người (?:dân tộc )?|dân tộc )"
_LEAD = re.compile(rf"\s*(?:\([^()\n]{{1,40}}\)\s*)?"
                   rf"(?:,\s*(?:{_PEOPLE}{_NAMED_WORDS}(?: \([^()\n]{{1,40}}\))?"
                   rf"(?: ở (?:[{LOWER}]+ ){{0,2}}{_NAMED_WORDS})?"
                   # ... and where they come from ("X, người Xơ Đăng, quê xã Y (tỉnh Z), Phó Bí thư ...")
                   rf"|quê (?:ở )?(?:[{LOWER}]+ ){{0,2}}{_NAMED_WORDS}(?: \([^()\n]{{1,40}}\))?"
                   # ... or the years since they joined the party, written of veterans beside their age ("X, 71
                   # tuổi, 45 năm tuổi Đảng, nguyên Bí thư ...": party age, counted from admission, Điều lệ Đảng)
                   rf"|già làng|người có uy tín|(?:năm nay )?\d{{1,3}} tuổi|sinh năm \d{{4}}"
                   rf"|\d{{1,2}} năm tuổi [Đđ]ảng"
                   # ... or the business the person owns, as the press writes of a member who keeps a farm or a shop
                   # ("X, chủ một homestay lớn, Phó Chủ tịch ...", "X, chủ trang trại nuôi bò, Bí thư ..."; not a
                   # post in lower case: "chủ nhiệm", "chủ tịch")
                   rf"|chủ (?:một )?(?!nhiệm|tịch|trì|tọa)[{LOWER}]+(?: [{LOWER}]+){{0,3}})"
                   rf"(?=,)){{0,3}}"
                   # (the people opening the bracket the posts are in: "X (người Tày, nguyên Phó Chủ tịch ...)"; or the
                   # post held now, after a former one told before the name: "Nguyên Bí thư Y, ông X (nay là ...)")
                   rf"(?:,|[-–—:]|\((?:{_PEOPLE}{_NAMED_WORDS},)?(?:\s*(?:hiện nay|hiện|nay) là(?= ))?)\s*")
# verbs that give a person a post (appointment, election: "trúng cử", designation), or say that
# one holds it ("giữ cương vị"), right after the name or its posts; "tham gia"/"vào" introduce the bodies joined
_LINK = re.compile(
    # (maybe after an aside on the person in brackets: "bầu đồng chí A (dân tộc Dao) làm Bí thư")
    r"(?:\s*\([^()\n]{1,40}\))?\s*,?\s*"
    # (a post held before: "X nguyên là Bí thư Chi bộ Y", a former post, which counts)
    # (... or told of the person in an apposition: "X - người từng giữ chức Chủ tịch Hội Y, nay là ...")
    # (... or held at once with the posts before: "X, Trạm trưởng, đồng thời là Phó Bí thư Đảng ủy", as "kiêm")
    r"(?:(?:hiện |đã |vừa |sẽ |tiếp tục |nay |hiện nay |từng |nguyên |người (?:đã )?từng |đồng thời )?"
    r"(?:được |)(?:tín nhiệm |)"
    r"(?:(?:bầu|tái cử|bổ nhiệm|chỉ định|phân công|điều động|giao|cử)\s+)?"
    r"(?:giữ chức(?: vụ)?|giữ cương vị|làm|là|đảm nhiệm(?: chức(?: vụ)?)?|tham gia|vào|giao(?= quyền ))"
    r"|(?:được |)(?:bầu|tái đắc cử|tái cử|trúng cử|bổ nhiệm|chỉ định)(?: chức(?: vụ)?)?"
    # a post left ("X thôi giữ chức Bí thư Huyện ủy Y để nghỉ hưu"): a former post, which counts
    r"|(?:được |)(?:cho )?thôi giữ chức(?: vụ)?)\s+", re.I)
# the same verbs further on in the person's sentence ("X, ..., đến nhận công tác tại xã Y,
# chỉ định tham gia Ban Chấp hành ... và giữ chức ..."); "làm"/"là" alone are too common there
_LINK_FAR = re.compile(r"(?:(?:bầu|tái cử|bổ nhiệm|chỉ định|phân công)(?: (?:giữ chức(?: vụ)?|làm|tham gia|vào))"
                       # the post the person holds now, after what the clause tells of them ("X được kết nạp năm
                       # 2023, nay là Bí thư Chi đoàn làng Y")
                       r"|(?<=, )(?:nay|hiện nay|hiện) (?:là|giữ chức(?: vụ)?)"
                       # ... or the years it was held ("X vừa được kết nạp sau 3 năm làm Bí thư Chi đoàn thôn Y")
                       r"|(?:\d{1,2}|nhiều|hai|ba|bốn|năm|mười) năm (?:liền )?(?:làm|giữ chức(?: vụ)?))\s+", re.I)
_JOINING = re.compile(r"(?:tham gia|vào)\s+$", re.I)
# ... also as an item of a title after the posts held
_JOIN_ITEM = re.compile(r"(?:được (?:chỉ định |bầu )?)?tham gia\s+", re.I)
# a semicolon is not here: in lists of attendees it separates one person from the next; "kiêm" (a concurrent
# post) may follow a comma: "Phó Trưởng Ban Tổ chức Tỉnh ủy, kiêm Trưởng phòng ...", and so may the next post of a
# career ("Cán bộ Ban Dân vận Huyện ủy X, rồi Bí thư Huyện đoàn X"), and so may the post held now after a former one
# ("nguyên Phó Chánh án Tòa án nhân dân tỉnh X, hiện là Chánh án ..."), and a post held besides ("Giám đốc Công ty X,
# cũng là Bí thư Chi bộ ...")
_NEXT = re.compile(r"(?:\s*(?:,(?:\s*(?:kiêm|đồng thời là|đồng thời|cũng là|rồi|(?:hiện nay|hiện|nay) là)"
                   r"(?![" + LETTER + r"]))?"
                   # (two posts held at once: "vừa làm Bí thư Chi bộ vừa làm Trưởng thôn")
                   r"| và| kiêm| đồng thời là| đồng thời| vừa (?:làm|là)(?= ))"
                   # (a dash between two posts on one line, as the press joins a party post and a state one: "Phó Bí
                   # thư Tỉnh ủy - Chủ tịch UBND tỉnh X"; only a post after it goes on the title. A dash opening the
                   # next line is the next item of a list)
                   r"|(?P<dash>[ \t]+[-–—][ \t]+))"
                   r"\s*(?:(?:giữ chức(?: vụ)?|làm)\s+)?", re.I)
# between a title and the name after it: nothing, or a rank ("..., Đại tá Nguyễn Văn A")
_RANKS = [r["cue"] for r in table("name_cues.tsv") if r["kind"] in ("rank", "degree")]
_GAP = re.compile(r"\s*(?:,?\s*(?:" + "|".join(re.escape(r) for r in sorted(_RANKS, key=len, reverse=True))
                  + r")\s+|là (?:đồng chí|ông|bà|anh|chị)\s+)?")
_GAP_ADDRESS = re.compile(r"\s*,\s*(?:đồng chí|ông|bà|anh|chị)\s+")
# the years a post was held, opening the sentence that names its holder after it: "Hơn 10 năm làm ...", "Mười hai năm
# giữ chức ...", "Nhiều năm là ..."
_TENURE = re.compile(r"\s*(?:(?:[Hh]ơn|[Gg]ần|[Tt]rên|[Ss]au|[Ss]uốt|[Nn]gót|[Cc]ó)\s+)?"
                     r"(?:\d{1,2}|[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Hh]ai mươi|[Nn]hiều"
                     r"|[Mm]ười(?: (?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín))?)\s+năm\s+(?:liền\s+)?"
                     r"(?:làm|giữ chức(?: vụ)?|đảm nhiệm|là)\s+")
# the years a post was held, in brackets after it ("nguyên Bí thư Đảng ủy xã X (1978 - 1989), nguyên Phó Chủ tịch ...")
_YEARS_HELD = re.compile(r"\s*\((?:từ )?(?:năm )?(?:19|20)\d\d\s*[-–]\s*(?:(?:19|20)\d\d|nay)\)")
# the administrative unit a post's body lies in, in brackets after it ("Bí thư Chi bộ thôn X (xã Y), nguyên Chủ
# tịch ..."): the press locates a village's or commune's body by the units above it; the title goes on after it
_UNIT_BRACKET = re.compile(r"\s*\((?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh) "
                           rf"[{UPPER}\d][^()\n]{{0,40}}\)")
# a post held before, in brackets after the posts held now ("Trưởng Ban X, Ủy viên Ban Thường vụ Tỉnh ủy (nguyên Bí thư
# Huyện ủy Y)"): the press brackets a career note; it goes on the title and names no body of the posts held now
# ... or after a semicolon, which sets a career note apart from the posts held now as a comma does ("X (Phó Bí thư
# Thường trực; nguyên Bí thư Đảng ủy phường Y)"): a former post opens no other person's item
_FORMER_BRACKET = re.compile(r"\s*(?:\(|;\s*)(?=(?:nguyên|cựu)\s)", re.I)
# ... or after the posts held now, told as before ("X, Phó Giám đốc Y, trước đây là Giám đốc Z"): a former post
_FORMER_NEXT = re.compile(r"\s*,\s*(?:trước đây|trước đó)\s+(?:(?:đã\s+)?từng\s+)?(?:là|giữ chức(?: vụ)?|làm)\s+", re.I)
# a committee word in a mention: "Ban Thường vụ Thành ủy" names its committee, "Ban Thường vụ" does not
_NAMES_COMMITTEE = re.compile(r"(?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận|[Tt]hị|[Đđ]ảng) (?:ủy|uỷ)|[Đđ]ảng bộ")
# a nomination: "giới thiệu đồng chí X để bầu giữ chức ...", "dự kiến bổ nhiệm X làm ..."
_NOMINATED = re.compile(r"giới thiệu|đề cử|ứng cử|dự kiến|quy hoạch|để bầu|để bổ nhiệm|để chỉ định", re.I)
# relieving someone of a post, and whom: "cho thôi giữ chức ... đối với ông X"
_REMOVAL = re.compile(r"(?:thôi giữ chức(?: vụ)?|miễn nhiệm(?: chức(?: vụ)?)?|cách chức(?: vụ)?"
                      r"|bãi nhiệm(?: chức(?: vụ)?)?)\s+", re.I)
_REMOVAL_OBJECT = re.compile(r"(?:đối với|cho)\s+(?:(?:ông|bà|đồng chí)\s+)?$", re.I)
# a party member's status before the posts ("đảng viên Chi bộ thôn X, nguyên Bí thư ..."), or a staff member's
# ("Cán bộ Ban Dân vận Huyện ủy X, rồi Bí thư ...")
_STATUS = re.compile(r"(?:đảng viên|sinh viên|học viên|cán bộ)\s", re.I)
# a skipped item that names someone else ends the list: "X, Phó Bí thư ...; đồng chí Y, Bí thư ..."
_ADDRESS = re.compile(r"\b(?:đồng chí|ông|bà|anh|chị)\b", re.I)
# a party body the title leaves bare: which party body of an institution or commune it is
_COMMUNE_WORD = alt(*unit_types("C", special_zone=False), case_first=False)  # (no đặc khu: as first written)
_BARE_PARTY = re.compile(rf"(?:(?:Ủy|Uỷ) ban [Kk]iểm tra )?"
                         rf"(?:[Đđ]ảng (?:ủy|uỷ)(?: {_COMMUNE_WORD})?|[Cc]hi bộ)(?![{LETTER}])"
                         rf"(?! (?:[{UPPER}\d]|{_COMMUNE_WORD}|thôn|ấp|bản|khu|tổ|[Tt]rường|[Kk]hối|cơ sở))")
# the party group of a state body, the Front or a mass organization left bare ("Phó Bí thư Đảng đoàn, Phó Chủ tịch
# Thường trực HĐND tỉnh", "Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh"): of the body the title's next post names
# (Điều lệ Đảng, chương X: the party groups in the bodies elected by state agencies, the Front and mass organizations,
# and the party's boards in the government and its agencies)
_BARE_GROUP = re.compile(rf"(?P<g>Đảng đoàn|Ban cán sự [Đđ]ảng)(?![{LETTER}])(?! (?:[{UPPER}\d]))")
PARTY_GROUP = "party group:"
_BARE_COMMITTEE = re.compile(
    rf"(?P<c>[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận|[Tt]hị) (?:ủy|uỷ)(?![{LETTER}])(?! [{UPPER}\d])")
_SCHOOL_HERE = re.compile(r"[Nn]hà trường(?![" + LETTER + "])")
# a party committee's inspection commission or advisory board written bare, before the title's next post names the
# committee ("Chủ nhiệm Ủy ban Kiểm tra kiêm Ủy viên Ban Thường vụ Đảng ủy X"): each committee elects its own
# inspection commission and sets up its own boards (Điều lệ Đảng, Điều 30, 32), so it is that committee's
_BARE_BOARD = re.compile(rf"(?:(?:Ủy|Uỷ) ban [Kk]iểm tra|Ban (?:{'|'.join(re.escape(t) for t in BOARD_TYPES)}))")
# a unit's People's Council or Committee left bare, its unit named by the title's other post ("nguyên Chủ tịch UBND,
# nguyên Bí thư Đảng ủy xã X": Luật Tổ chức chính quyền địa phương, each unit has its own)
_BARE_STATE = re.compile(rf"(?P<b>UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)(?![{LETTER}])"
                         rf"(?=\s*(?:[,;.:)\n]|$| và | kiêm ))")
STATE = "state:"
# the establishments org_grammar.tsv names by a proper name only ("Vườn quốc gia X", "Nông trường X"; not a unit's
# office such as "Phòng giao dịch huyện X"): institutions too, whose head and party body a title names by the head alone
_ESTABLISHMENTS = "|".join(re.escape(r["head"]) for r in sorted(table("org_grammar.tsv"), key=lambda r: -len(r["head"]))
                           if r["kind"] == "OtherOrganization" and r["attaches"] == "name")
# heads of the organizations a party body can be "of" (an institution, not a unit's body)
_INSTITUTION = re.compile(r"(?:Trường|Trung tâm|Bệnh viện|Ban Quản lý|Công ty|Tổng công ty|Ngân hàng|Sở|Cục|"
                          r"Chi cục|Viện|Học viện|Bộ Chỉ huy|Ban Chỉ huy|Công an|Kho bạc|Báo|Đài|Tập đoàn|Hợp tác xã|"
                          # (a province's social insurance, headed by its Giám đốc: Luật Bảo hiểm xã hội, Nghị định
                          # 89/2020/NĐ-CP; with its own party body)
                          r"Bảo hiểm xã hội|"
                          r"Bộ đội Biên phòng|Đồn Biên phòng|Bộ Tư lệnh|Đại học|Thuế|Trại tạm giam|Trại giam|"
                          # (a party committee's office, made of departments, "Phòng Tổng hợp": Quy định 04-QĐi/TW)
                          r"Văn phòng (?:Tỉnh|Thành|Huyện|Quận|Thị) ủy|"
                          rf"{_ESTABLISHMENTS})(?![{LETTER}])")
# the institutions a body inside one belongs to, by the kind the roles table names (column inside)
_HOSTS = {"school": re.compile(rf"(?:Trường|Đại học|Học viện)(?![{LETTER}])"),
          # (a people's credit fund is a cooperative credit institution with a Hội đồng quản trị: Luật Các tổ chức tín
          # dụng 2024)
          "enterprise": re.compile(rf"(?:Tổng công ty|Công ty|Tập đoàn|Ngân hàng|Hợp tác xã|Quỹ tín dụng)"
                                   rf"(?![{LETTER}])"),
          "any": _INSTITUTION}
# the party body of an institution, whose name holds the institution's: "Đảng ủy Trường X"
_PARTY_OF = re.compile(r"^(?:Ban Thường vụ |Ban Chấp hành )?(?:Đảng ủy|Đảng bộ|Chi bộ) ")
# the agencies made of departments (phòng), which a department's post names after a comma (_department_after_comma)
_AGENCIES_OF_DEPARTMENTS = tuple(h + " " for h in (*DEPARTMENT_HEADS, "Sở", "Ban", "Văn phòng"))
# the verbs of speech a title ends before ("X, Bí thư Chi bộ, Trưởng trạm nói")
_SPEECH_VERBS = "cho biết|cho hay|phát biểu|nhấn mạnh|chia sẻ|khẳng định|trao đổi|nói"
# a post that ends its item: a separator, the end of the clause, the end of the text, a bracketed aside ("Phó Chánh án
# (nguyên ...)"), the passive of the sentence's verb ("Phó Chánh án được bầu làm ...") or its verb of speech
_ALONE = re.compile(rf"\s*(?:[,;.:()\n]|$| và | kiêm | được | (?:{_SPEECH_VERBS})(?![{LETTER}])| chủ trì)")
# the institution written bare after an inner body: "Chủ tịch Hội đồng thành viên Tổng công ty;"
_BARE_HOST = re.compile(rf" (?:[Tt]ổng công ty|[Cc]ông ty|[Tt]ập đoàn|[Nn]hà trường|[Tt]rường|[Đđ]ơn vị|Quỹ)"
                        rf"(?![{LETTER}])"
                        rf"(?=\s*(?:[,;.:)\n]|$| và | kiêm ))")
# an institution's kind word alone, at the end of a post: "Giám đốc Bệnh viện, ...", "Giám đốc Sở," (a province's
# department, Nghị định 24/2014/NĐ-CP and 45/2025/NĐ-CP: headed by its Giám đốc), also in lower case, as the
# press writes "the company" of an article about one ("Giám đốc công ty kể"), and before the verb of the sentence
# ("Tổng Giám đốc Công ty luôn tạo điều kiện"; a head's directions too: "Giám đốc bệnh viện yêu cầu ..."; what the
# head receives or is given, "Giám đốc Công ty nhận trách nhiệm ...", "... được tặng Huy hiệu ..."; the adverbs
# that open a predicate: "Tổng Giám đốc Công ty trực tiếp theo dõi ...", "... vẫn", "... sẽ"), or before an
# aside in brackets ("Giám đốc công ty (chưa là đảng viên)"), or before the copula that names its holder; a national
# park and a people's credit fund by their first word, as their own pages write them ("Phó Giám đốc Vườn", "Chủ tịch
# Hội đồng quản trị Quỹ": Luật Lâm nghiệp 2017, Luật Các tổ chức tín dụng 2024)
_BARE_KIND = re.compile(r"(?P<kind>Bệnh viện|Trường|Công ty|Tổng công ty|Tập đoàn|Trung tâm|Học viện|Ngân hàng|Sở"
                        r"|Vườn|Quỹ"
                        # (an association, "Chủ tịch Hội,": the one the article names, headed by its Chủ tịch by its
                        # charter, Nghị định 126/2024/NĐ-CP on associations)
                        r"|Hội"
                        # (a public office headed by a Giám đốc, "Phó Giám đốc Văn phòng,": the land registry's, Luật
                        # Đất đai 2024, Điều 22; a party office is headed by its Chánh Văn phòng, a role of its own)
                        r"|Văn phòng"
                        # (a management board headed by a Giám đốc, "Phó Giám đốc Ban,", "Giám đốc Ban Quản lý": a
                        # province's project board, Nghị định 15/2021/NĐ-CP, a protection forest's, Nghị định
                        # 156/2018/NĐ-CP; after a director's post only, as "Ban" alone is any party or state board)
                        r"|(?<=Giám đốc )Ban(?: Quản lý)?"
                        r"|Hợp tác xã|HTX|Trại tạm giam|Trại giam|"
                        # (a coast guard or navy region by its first word, as its own press writes it, "Tư lệnh
                        # Vùng", "Đảng ủy Vùng": Luật Cảnh sát biển Việt Nam 2018, "Vùng Cảnh sát biển 1" … "4")
                        r"Vùng|" + _ESTABLISHMENTS +
                        r"|bệnh viện|công ty|tổng công ty|tập đoàn|ngân hàng|hợp tác xã)"
                        r"(?=\s*\(| [-–—] |\s*(?:[,;.:)\n]|$| và | kiêm | cho biết| cho hay| phát biểu| chủ trì"
                        r"| nhấn mạnh| chia sẻ| khẳng định| nói| kể| luôn| đã| đang| cũng| yêu cầu| đề nghị| quán triệt"
                        r"| biểu dương| trao| tặng| báo cáo| thông báo| trực tiếp| thường xuyên| vẫn| vừa| sẽ"
                        r"| được| nhận"
                        # (the copula of a title written before its holder: "Giám đốc Trung tâm là đồng chí A")
                        r"| là(?= (?:đồng chí|ông|bà|anh|chị) ))"
                        r"(?![" + LETTER + "]))")


def _area_words(reading: str) -> str:
    """The words of residential_areas.tsv that take part in a reading, as a regex alternation."""
    return "|".join(re.escape(w) for w in sorted(area_words(reading), key=len, reverse=True))


# a residential area after the body of it: "Ban công tác Mặt trận thôn (X)", "Chi hội Phụ nữ buôn (X)"; a market
# too, where its traders' branch sits ("Chi hội Tiểu thương chợ X"): residential_areas.tsv, reading body
_VILLAGE = rf"(?:{_area_words('body')})(?![{LETTER}])"
_VILLAGE_AFTER = re.compile(rf" (?P<w>(?i:{_VILLAGE}))"
                            rf"(?P<n> (?:[{UPPER}][{LOWER}]*|\d{{1,3}})(?: [{UPPER}][{LOWER}]*){{0,3}}(?![{LETTER}]))?")
# a village named in full at the end of a body's name: "Ban công tác Mặt trận thôn X" -> "thôn X"
_VILLAGE_NAMED = re.compile(rf"(?<= )(?P<v>(?i:{_VILLAGE}) (?:[{UPPER}][{LOWER}]*|\d{{1,3}})"
                            rf"(?: [{UPPER}][{LOWER}]*){{0,3}})$")
# the name of a body inside an institution after its head: "Phòng Tổ chức cán bộ", "Khoa Kinh tế - Luật"
_INNER_NAME = re.compile(rf" [{UPPER}][{LETTER}\d]*(?:(?: | - | và )[{LETTER}\d]+){{0,10}}")
# ... or the number a unit of the forces is named by ("Tiểu đoàn 2", "Hải đội 102")
_UNIT_NUMBER = re.compile(rf" \d{{1,4}}(?![{LETTER}\d])")
# ... a village's branch of an association is often written in lower case: "Chi hội phụ nữ thôn X", "Chi hội thôn X"
_VILLAGE_BODY_NAME = re.compile(rf" [{LETTER}][{LETTER}\d]*(?:(?: | - | và )[{LETTER}\d]+){{0,10}}")
_UNIT_WORD = re.compile(rf"(?<![{LETTER}]){alt(*unit_types(special_zone=False), case_first=False)}(?![{LETTER}])")
# ... or at the institution it is of, written as a kind word: "Đội trưởng Đội vận động quần chúng của đồn" (the
# border post the article names), "Trưởng khoa Nội của bệnh viện"
_OF_KIND = re.compile(rf" của (?P<k>đồn|trường|công ty|bệnh viện|ngân hàng|trung tâm)(?![{LETTER}])")
# an institution's short name in brackets after its full name, as the article then writes it: "(PC Hòa Bình)", "(VNPT)"
# (its first word an abbreviation: two capitals or more)
_ALIAS = re.compile(rf" \((?P<alias>[{UPPER}\d]*[{UPPER}][{UPPER}\d]*[{UPPER}][{LETTER}\d]*"
                    rf"(?: [{UPPER}][{LETTER}\d]*){{0,3}})\)")
# the kind of a party committee's board after the post's "Ban" ("Trưởng Ban| Tổ chức ...")
_BOARD_TYPE = re.compile(rf" (?P<t>{'|'.join(re.escape(t) for t in BOARD_TYPES)}) (?=[{UPPER}])")
# the area a company's director is in charge of: "Phó Giám đốc nhân sự công ty"
_DIRECTOR_AREA = re.compile(rf" (?P<area>{alt(*words('director_areas.txt'), case_first=False)})(?= )")
# ... which ends before the verb of the sentence: "Trưởng phòng Tổ chức cán bộ cho biết ...", or before the time
# a post held before is told by ("nguyên là Trưởng trạm Thú y huyện X trước khi được bổ nhiệm ...", "... từ năm 2015")
_INNER_NAME_END = re.compile(rf" (?:{_SPEECH_VERBS}|đã|đang|"
                             r"được|là|dự|tham dự|chủ trì|của|tại|thuộc|trực thuộc|với|về|trong|cùng|cũng"
                             r"|trước khi|sau khi|khi|từ|năm|rồi)"
                             r"(?![" + LETTER + "])")


# the sentence's verb of speech after the person's posts ("X, Chủ tịch A, cho biết, Bí thư B đã ..."): what follows
# is what was said, no post of the person's
_SPEECH = re.compile(rf"\s*(?:{_SPEECH_VERBS})(?![{LETTER}])")


# a post whose organization was not found: kept in its title, gives no membership
UNFOUND = "?"
# the head of a village: no membership, names the village of a bare "Chi bộ" ("subunit:thôn X")
SUBUNIT = "subunit:"
# (its word at the end of the post: residential_areas.tsv, reading head)
_SUBUNIT = re.compile(rf"(?<= )(?:{_area_words('head')})$", re.I)
# (a numbered one maybe with "số": "Tổ dân phố số 24", "khu dân cư số 3")
_SUBUNIT_NAME = re.compile(rf" (?P<n>(?:[{UPPER}][{LOWER}]*|(?:số )?\d{{1,3}})(?: [{UPPER}][{LOWER}]*){{0,3}})"
                           rf"(?![{LETTER}])")
# a cell written with its name ("Chi bộ khối 3", "Chi bộ thôn X"; residential_areas.tsv, reading cell)
_CELL_WRITTEN = re.compile(rf"(?<![{LETTER}])Chi bộ (?=[{UPPER}\d]|(?:{_area_words('cell')})[ ])")
# "Phó Giám đốc chi nhánh": the branch of a bank or company (its own name holds "Chi nhánh": "Agribank Chi nhánh
# tỉnh X") that the title's other posts name through its party body, else the last one the article named
BRANCH = "chi nhánh"
_BRANCH_HERE = re.compile(rf"[Cc]hi nhánh(?![{LETTER}])")
_BRANCH_NAME = re.compile(rf"(?:^|.* )Chi nhánh(?![{LETTER}]) .+")
# a party post with no body named ("Phó Bí thư, Chủ tịch UBND xã X", "Bí thư kiêm Trưởng thôn X")
NO_BODY = "no body"
# a unit's own post written bare ("Chính trị viên, Bí thư Đảng ủy Đồn Biên phòng X"): of the unit of that head
# ("itself:Đồn Biên phòng") the title's other posts or, before it, the article name
ITSELF = "itself:"
# roles.tsv, column inside, "HEAD|itself": a head named after the kind of body it heads ("Cục trưởng" of a Cục)
ITSELF_KIND = "itself"
# posts of a party committee: with no body named, of the commune the title's state post names
PARTY_POSTS = {"Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực"}


@dataclass(frozen=True)
class Post:
    role: str
    org: OrgMention | None  # None: "the committee" of the title (@committee)
    start: int
    end: int
    bare: str | None = None  # "Đảng ủy", "Chi bộ", "nhà trường" ...: named by the title or the article
    fallback: OrgMention | None = None  # when the title names no committee
    inner: str | None = None  # a body inside an institution ("Phòng Tổ chức cán bộ", "Hội đồng trường")
    host: OrgMention | None = None  # ... and its institution, when the post names it
    host_kind: str | None = None  # school, enterprise, any, none (roles.tsv, column inside)
    named: bool = False  # the inner body has a name of its own ("Phòng Tổ chức cán bộ"): a unit a cell is of
    level: str | None = None  # the committee word written, "Huyện ủy": the title's committee must be one
    former: bool = False  # "nguyên ...": a post held before, which names no body of the title's other posts
    executive: bool = False  # of the Ban Chấp hành of the party organization of the committee found (@executive)
    unit_types: tuple[str, ...] = ()  # a member of the committee of the article's unit of these types (@unit)
    head_alone: bool = False  # an institution's head written alone ("Phó Giám đốc,"): of the title's institution
    board: str | None = None  # a committee's board written bare ("Ủy ban Kiểm tra"): of the title's committee


def _org_at(orgs: list[OrgMention], lo: int, hi: int) -> OrgMention | None:
    """The first organization mention that starts in [lo, hi]."""
    return next((o for o in orgs if lo <= o.start <= hi), None)


def _committee_of(o: OrgMention) -> OrgMention | None:
    """The party committee an organization is or belongs to, as a mention."""
    if o.committee is None:
        return None
    return OrgMention(o.start, o.end, o.committee, "PartyCommittee", o.rule, o.utype, o.uname,
                      committee=o.committee, explicit=o.explicit)


def _as_written(start: int, end: int, name: str, kind: str = "PartyCommittee") -> OrgMention:
    return OrgMention(start, end, name, kind, "memberships.title", committee=name if kind == "PartyCommittee"
                      else None, explicit=False)


class Titles:
    """Parses the titles of one doc."""

    def __init__(self, doc: Doc, orgs: list[OrgMention], persons):
        self.doc = doc
        self.text = doc_text(doc)
        self.folded = folded_text(doc)
        self.orgs = orgs
        self.person_starts = sorted(p.start for p in persons)
        self.person_ends = {p.end for p in persons}
        self.ctx = doc._.context
        self.aliases = self._aliases()

    # -- one post -------------------------------------------------------------
    def post(self, pos: int, join: bool = False, as_committee: bool = False) -> Post | None:
        start = pos
        f = _FORMER.match(self.text, pos)
        if f:
            pos = f.end()
        acting = _ACTING.match(self.text, pos)
        m = _ROLE.match(self.folded, acting.end() if acting else pos)
        if m is None:
            return None
        role = ROLES[m[0].casefold()]
        if acting:
            role = replace(role, label=f"Quyền {role.label}")
        if role.join and not join:
            return None
        where, end = ("@committee" if as_committee else role.where), m.end()
        if where == "-":
            return Post(role.label, None, start, end, bare=UNFOUND)
        if where.startswith("="):
            kind = "StateBody" if where[1:] in ("Chính phủ", "Quốc hội") else "CentralPartyBody"
            return Post(role.label, _as_written(m.start(), end, where[1:], kind), start, end)
        org = _org_at(self.orgs, m.start(), end + 1)
        if org is None and where == "" and role.inside is None:
            org = self._owner_after_of(end)
        if role.inside is not None and role.inside[1] == ITSELF_KIND:
            # "Phó Chi cục trưởng,": a head named after the kind of body it heads, written alone, heads the body of
            # that kind the title's other posts or, before it, the article name ("Chi bộ Chi cục Thống kê tỉnh X")
            if (org is None or org.start > end + 1) and self._alone(end):
                after = self._org_after_comma(role, start, end)  # "Chính ủy, Bộ Chỉ huy Quân sự tỉnh X": that unit
                heads = _kind_heads(role.inside[0])
                if after.org is not None and _institution_name(after.org).startswith(heads):
                    return after
                return Post(role.label, None, start, end, bare=f"{ITSELF}{role.inside[0]}")
            if org is None or org.start > end + 1:
                written = self._itself_written(role, start, end)
                if written is not None:
                    return written
        elif role.inside is not None and (org is None or org.start > end):
            inner = self._inside(role.label, *role.inside, start, end, org)
            if inner is not None:
                return inner
        if where == "@executive":
            return self._executive(start)
        if where == "@committee":
            if org is not None and org.committee and org.kind in ("StandingCommittee", "PartyCommittee"):
                names = _NAMES_COMMITTEE.search(self.text, org.start, org.end)
                if not org.explicit and not names:
                    # a bare "Ban Thường vụ" completed from the article: the title's committee first
                    return Post(role.label, None, start, org.end, fallback=_committee_of(org))
                if not org.explicit and names and org.uname:
                    # "Ban Thường vụ Huyện ủy" with its unit from the article: the title's Huyện ủy first
                    return Post(role.label, None, start, org.end, fallback=_committee_of(org), level=names[0])
                return Post(role.label, _committee_of(org), start, org.end)
            if org is not None and org.kind == "MassOrganization" and org.parent and org.name.startswith("Ban "):
                # "Ủy viên Ban Thường vụ Hội Nông dân tỉnh X": a member of the standing committee of a mass
                # organization, as of a party committee's, is one of the organization
                # (its charter: Điều lệ Hội, Điều lệ Đoàn)
                body = next((o for o in self.orgs if o.name == org.parent and org.start < o.start < org.end), None)
                return Post(role.label, body or replace(org, name=org.parent, parent=None), start, org.end)
            bare = _BARE_COMMITTEE.match(self.text, end + 1)
            if bare and self.text[end:end + 1] == " ":
                return Post(role.label, self._bare_committee(bare, end + 1), start, end + 1 + bare.end() - bare.start())
            return Post(role.label, None, start, end)
        if where == "@subunit":
            v = _SUBUNIT_NAME.match(self.text, end)
            if v is None and _ALONE.match(self.text, end):
                # "Phó Bí thư Chi bộ, Trưởng thôn,": the head of the article's village, read (no membership), which
                # leaves the cell to the one the article names
                return Post(role.label, None, start, end, bare=SUBUNIT)
            if v is None:
                return Post(role.label, None, start, end, bare=UNFOUND)
            village_word = _SUBUNIT.search(self.text, m.start(), end)
            assert village_word is not None, f"roles.tsv: the @subunit post {role.label!r} ends with its subunit"
            word = village_word[0].lower()
            return Post(role.label, None, start, v.end(), bare=f"{SUBUNIT}{word} {v['n']}")
        if where.startswith("@unit:"):
            types = tuple(where[len("@unit:"):].split(","))
            unit = self.ctx.resolve(types, m.start()) if self.ctx else None
            if unit:
                name = committee_name(*unit)
                return Post(role.label, OrgMention(m.start(), end, name, "PartyCommittee", "memberships.title",
                                                   unit[0], unit[1], committee=name, explicit=False), start, end,
                            unit_types=types)
            if len(types) == 1:  # "Tỉnh ủy viên" in an article that never names its province: "Tỉnh ủy"
                return Post(role.label, _as_written(m.start(), end, UNIT_COMMITTEE[types[0]]), start, end)
            return Post(role.label, None, start, end, bare=UNFOUND)
        if where == "@office":
            if org is not None and org.start > m.start() and org.name.startswith("Văn phòng"):
                return Post(role.label, self._as_written_if_misread(org), start, org.end)
            office_of = _org_at(self.orgs, end + 1, end + 1)
            if office_of is None:
                b = _BARE_COMMITTEE.match(self.text, end + 1)
                if b and self.text[end:end + 1] == " ":  # "Chánh Văn phòng Tỉnh ủy" (unnamed province)
                    name = f"Văn phòng {b['c'].capitalize()} ủy"
                    return Post(role.label, _as_written(end + 1, b.end(), name, "AdvisoryBoard"), start, b.end())
                return Post(role.label, None, start, end, bare=UNFOUND)
            return Post(role.label, replace(office_of, name=f"Văn phòng {office_of.name}", kind="AdvisoryBoard"
                                            if office_of.committee else "StateBody"), start, office_of.end)
        # (the board opens the post, or, joined, is the post: "tham gia Ban Chấp hành Đảng bộ xã X")
        if org is not None and where == "@board" and not (org.start > m.start() - role.join
                                                          and org.name.startswith("Ban ")):
            org = None
        if org is not None:
            org = self._as_written_if_misread(org)
        if org is not None and not org.explicit and org.kind == "AdvisoryBoard" \
                and _BARE_BOARD.fullmatch(self.text, org.start, org.end) and _NEXT.match(self.text, org.end):
            board = fold_tones(re.sub(r"^(Ủy|Uỷ) ban kiểm tra", r"\1 ban Kiểm tra", self.text[org.start:org.end]))
            return Post(role.label, None, start, org.end, fallback=org, board=board)
        if org is not None:
            bare = self._bare_party(org)
            if bare is not None and self._other_cell_named(org, start):
                return Post(role.label, None, start, max(org.end, bare.end()), bare=UNFOUND)
            if bare is not None:
                return Post(role.label, org, start, max(org.end, bare.end()), self._bare_name(bare))
            return Post(role.label, org, start, org.end)
        if where == "@board":
            committee_board = self._board_of_committee(end)
            if committee_board is not None:
                return Post(role.label, committee_board, start, committee_board.end)
            return Post(role.label, None, start, end, bare=UNFOUND)
        # nothing the organization finder resolved: a body left bare, or "nhà trường"
        if role.label in PARTY_POSTS and _NEXT.match(self.text, end):
            return Post(role.label, None, start, end, bare=NO_BODY)  # "Phó Bí thư, Chủ tịch UBND xã X"
        if self.text[end:end + 1] != " ":
            return self._org_after_comma(role, start, end)
        word_after = end + 1
        area = _DIRECTOR_AREA.match(self.text, end) if role.label.endswith("Giám đốc") else None
        if area is not None:
            # "Phó Giám đốc nhân sự công ty": a director in charge of one area of the company (director_areas.txt)
            company = self._named_institution(area.end() + 1)
            if company is None:
                o = _org_at(self.orgs, area.end() + 1, area.end() + 1)
                company = (o, o.end) if o is not None else None
            if company is not None:
                return Post(f"{role.label} {area['area']}", company[0], start, company[1])
        named = self._named_institution(word_after) or (self._aliased(word_after) if self.aliases else None)
        if named is not None:
            return Post(role.label, named[0], start, named[1])
        g = _BARE_GROUP.match(self.text, word_after)
        if g:
            head = "Ban cán sự đảng" if g["g"].startswith("Ban") else "Đảng đoàn"
            return Post(role.label, None, start, g.end(), bare=f"{PARTY_GROUP}{head}")
        st = _BARE_STATE.match(self.text, word_after)
        if st:
            return Post(role.label, None, start, st.end(), bare=f"{STATE}{ABBREVIATIONS.get(st['b'], st['b'])}")
        b = _BARE_PARTY.match(self.text, word_after)
        if b:
            name = self._bare_name(b)
            return Post(role.label, _as_written(word_after, b.end(), name), start, b.end(), bare=name)
        c = _BARE_COMMITTEE.match(self.text, word_after)
        if c:
            return Post(role.label, self._bare_committee(c, word_after), start, c.end())
        s = _SCHOOL_HERE.match(self.text, word_after)
        if s:
            return Post(role.label, None, start, s.end(), bare="nhà trường")
        br = _BRANCH_HERE.match(self.text, word_after)
        if br and _ALONE.match(self.text, br.end()):  # the word alone, not "Chi nhánh tỉnh X"
            return Post(role.label, None, start, br.end(), bare=BRANCH)
        return self._org_after_comma(role, start, end)

    def _board_of_committee(self, end: int) -> OrgMention | None:
        """"Trưởng Ban Tổ chức Đảng ủy Than X": a board of a party committee (its advisory boards: the finder's
        BOARD_TYPES) whose committee the finder read but not the board before it; named after the committee."""
        kind = _BOARD_TYPE.match(self.text, end)
        committee = _org_at(self.orgs, kind.end(), kind.end()) if kind else None
        if kind is None or committee is None or committee.kind != "PartyCommittee" or not committee.committee:
            return None
        name = f"Ban {kind['t']} {committee.committee}"
        return OrgMention(end - 3, committee.end, name, "AdvisoryBoard", "memberships.title", committee.utype,
                          committee.uname, committee=committee.committee, explicit=committee.explicit)

    def _aliases(self) -> dict[str, OrgMention]:
        """The short names the article gives institutions in brackets after their full names ("Đảng ủy Công ty Điện
        lực X (PC X)": "PC X" is the company), to the institution as a mention."""
        out: dict[str, OrgMention] = {}
        for o in self.orgs:
            a = _ALIAS.match(self.text, o.end) if self.text.startswith(" (", o.end) else None
            if a is not None and _INSTITUTION.match(_institution_name(o)):
                out.setdefault(a["alias"], _as_institution(o))
        return out

    def _aliased(self, at: int) -> tuple[OrgMention, int] | None:
        """The institution whose short name the article defined, written at `at` ("Giám đốc PC X cho biết")."""
        for alias, o in self.aliases.items():
            if self.text.startswith(alias, at) and not self.text[at + len(alias):at + len(alias) + 1].isalnum():
                return replace(o, start=at, end=at + len(alias), explicit=False), at + len(alias)
        return None

    def _owner_after_of(self, end: int) -> OrgMention | None:
        """"Phó Bí thư của Đảng ủy xã X": the body a post is of, joined to it by "của" (of), as an
        appointment's wording and speech write it; only a body the organization finder read right there."""
        at = end + len(" của ")
        return _org_at(self.orgs, at, at) if self.text.startswith(" của ", end) else None

    def _executive(self, start: int) -> Post:
        """"Ủy viên Ban Chấp hành": a post of the committee the title names (read as "UVBTV" is), resolved to
        the Ban Chấp hành of its party organization; heading a list of names ("Ủy viên Ban Chấp hành: các đồng chí
        A, B", as the results of a congress list them), of the committee the article named last before."""
        post = self.post(start, as_committee=True)
        assert post is not None
        post = replace(post, executive=True)
        if post.org is None and post.fallback is None and _LIST_HEAD.match(self.text, post.end):
            last = next((o for o in reversed(self.orgs) if o.end <= start and o.committee), None)
            post = replace(post, fallback=_committee_of(last) if last is not None else None)
        return post

    def _other_cell_named(self, org: OrgMention, at: int) -> bool:
        """A bare "Chi bộ" completed with a cell named earlier in the article, when its own sentence names
        another one before it ("... của Chi bộ khối 3 do đồng chí A, Bí thư Chi bộ phụ trách"): that one is
        the cell meant, whether or not it was read."""
        if org.kind != "PartyCell":
            return False
        s, _ = sentence_at(self.doc, at)
        if not any(o.explicit and o.name == org.name and o.start < s for o in self.orgs):
            return False  # not a cell of an earlier sentence: one the title itself names ("..., Giám đốc Trung tâm X")
        return any(not self.text.startswith(org.name, c.start())
                   for c in _CELL_WRITTEN.finditer(self.text, s, at))

    def _inside(self, label: str, head: str, kind: str, start: int, end: int, org: OrgMention | None) -> Post | None:
        """A post (`label`) of a body inside an institution (Role.inside: `head`, `kind`) that the
        organization finder did not read: "Trưởng phòng Tổ chức cán bộ (Công an tỉnh X)", "Chủ tịch
        Hội đồng trường", "Chủ tịch Công đoàn Tổng công ty"; "Hiệu trưởng" alone is of the school."""
        if head == "*":
            return Post(label, None, start, end, bare="nhà trường") \
                if org is None and self._alone(end) else None
        host, stop = None, end
        apposed = None  # the agency a department is of, after a comma: of any kind that has departments
        written = head.startswith("=")  # the head must be written after the post
        head = head.lstrip("=")
        if head.endswith("+"):
            # (several kinds set apart by "/": "Đồn Biên phòng/Tiểu đoàn", the one written again names the body)
            kinds = head[:-1]
            names = [h.rstrip() for h in _kind_heads(kinds)]
            # "Đội trưởng Đội ...": the kind written again after the post
            again, head = next(((m, h) for h in names
                                if (m := re.match(r" " + re.escape(h) + r"(?=[ ,;.:)\n]|$)", self.text[end:], re.I))),
                               (None, names[0]))
            shorts = [_SHORT_KINDS[h] for h in names if h in _SHORT_KINDS]
            if written and not again:
                # the post alone, or with its unit's kind word alone ("Phó Chính trị viên Đồn,", as "Đảng ủy Đồn"):
                # the unit the title or the article names (resolved in _resolve)
                short = re.compile(" (?i:" + "|".join(map(re.escape, shorts)) + r")(?![" + LETTER + "])"
                                   ).match(self.text, end) if shorts else None
                if short and self._alone(short.end()):
                    end = short.end()
                return Post(label, None, start, end, bare=f"{ITSELF}{kinds}") if self._alone(end) \
                    else None
            pos = end + (again.end() if again else 0)
            if written and again and (self._alone(pos) or _INNER_NAME_END.match(self.text, pos)):
                # the unit's head alone after its post: the unit the title or the article names ("Bí thư Chi bộ,
                # Quản đốc phân xưởng cho biết")
                return Post(label, None, start, pos, bare=f"{ITSELF}{head}")
            # the body's name in lower case too when its head is written again ("Đội trưởng Đội vận động quần chúng")
            n = (_VILLAGE_BODY_NAME if kind == "village" or again else _INNER_NAME).match(self.text, pos)
            if n is None and not again and kind != "village" and self._alone(end):
                # "Bí thư Chi bộ, Phó Trưởng phòng cho biết": the department the title or, before it, the article
                # names ("Chi bộ Phòng Kế toán ..."), as a head written after its post
                return Post(label, None, start, end, bare=f"{ITSELF}{head}")
            if n is None or _org_at(self.orgs, pos + 1, pos + 1) is not None:
                return None  # nothing named, or a body the finder read ("Trưởng phòng Nội vụ huyện X")
            stop = n.end()
            # the name ends at its institution, at another post or at "của/tại ..."
            host = next((o for o in self.orgs if pos + 1 < o.start < stop), None)
            cuts = [host.start - 1] if host else []
            cuts += [r.start() - 1 for r in [_ROLE.search(self.folded, pos + 2, stop)] if r]
            cuts += [c.start() for c in [_INNER_NAME_END.search(self.text, pos + 1, stop)] if c]
            cuts += [s - 1 for s in self.person_starts if pos + 1 < s < stop]
            if kind == "village":
                cuts += [pos + c.start() for c in [re.search(" " + _VILLAGE, self.text[pos:stop])] if c]
            name_end = min(cuts + [stop])
            if again and kind != "village" and not self.text[pos + 1:name_end].strip():
                return None  # "Đội trưởng Đội cho biết": no name
            name = f"{head} {self.text[pos + 1:name_end].strip()}".rstrip()  # "Chi hội thôn X": no name of its own
            if host is not None and host.start - 1 > name_end:
                host = None
            if host is None and kind != "village":
                host = apposed = self._department_after_comma(name_end)
            of_kind = _OF_KIND.match(self.text, name_end) if host is None and kind != "village" else None
            if of_kind is not None:
                host = self._last_of_kind(of_kind["k"], start)
                name_end = of_kind.end() if host is not None else name_end
            if host is None and kind != "village" and self.text[pos + 1:pos + 2].islower():
                return None  # a team in lower case of no institution named ("đội bảo vệ rừng của ấp"): a kind
            if _UNIT_WORD.search(name):
                kind = "none"  # "Phòng Nội vụ huyện X": a unit's agency, named in full
            stop = host.end if host is not None else name_end
        else:
            name = head
            if org is not None and org.start == end + 1:
                host, stop = org, org.end
            else:
                b = _BARE_HOST.match(self.text, end)
                if b:
                    stop = b.end()
                elif kind != "village" and not self._alone(end):
                    return None
        if kind == "village":
            v = _VILLAGE_AFTER.match(self.text, stop)
            if v is None:
                return None
            name, stop = f"{name} {v['w'].lower()}" + (f" {v['n'].strip()}" if v["n"] else ""), v.end()
            return Post(label, None, start, stop, inner=name, host_kind=None if v["n"] else kind)
        if host is not None and host is not apposed \
                and not _HOSTS.get(kind, _INSTITUTION).match(_institution_name(host)):
            if head == name:
                return None  # "Chủ tịch Công đoàn Khối X": a body of its own, read as named
            host = None
        return Post(label, None, start, stop, inner=name, host=host, host_kind=kind, named=name != head)

    def _itself_written(self, role: Role, start: int, end: int) -> Post | None:
        """"Chi cục trưởng Chi cục Văn thư - Lưu trữ tỉnh X": a head named after the kind of body it heads, the kind
        written again with a name the organization finder did not read; that body, named as written (to the end of its
        name: a separator, a verb, another post or a person)."""
        assert role.inside is not None
        for head in role.inside[0].split("/"):
            if not self.text.startswith(f" {head} ", end):
                continue
            pos = end + 1 + len(head)
            n = _INNER_NAME.match(self.text, pos) or _UNIT_NUMBER.match(self.text, pos)
            if n is None:
                return None
            cuts = [c.start() for c in [_INNER_NAME_END.search(self.text, pos, n.end())] if c]
            cuts += [r.start() - 1 for r in [_ROLE.search(self.folded, pos + 2, n.end())] if r]
            cuts += [s - 1 for s in self.person_starts if pos < s < n.end()]
            name_end = min(cuts + [n.end()])
            name = f"{head} {self.text[pos + 1:name_end].strip()}"
            return Post(role.label, _as_written(end + 1, name_end, name, "StateBody"), start, name_end)
        return None

    def _last_of_kind(self, word: str, before: int) -> OrgMention | None:
        """The institution of a kind word ("đồn", "trường") the article named last before `before`."""
        kind = word[0].upper() + word[1:] + " "
        return next((o for o in reversed(self.orgs) if o.start < before and _institution_name(o).startswith(kind)),
                    None)

    def _department_after_comma(self, at: int) -> OrgMention | None:
        """"Trưởng phòng Tổ chức, Cục Chính trị Quân đoàn 34": a section's department in apposition after
        a comma (a cục or tổng cục is made of phòng: Nghị định 123/2016/NĐ-CP art. 9, and the army's cục; so is a
        province's agency, its sở or ban, "Trưởng phòng N, Sở Y tỉnh X": Nghị định 24/2014/NĐ-CP
        and 45/2025/NĐ-CP, and a party committee's office, "Văn phòng Tỉnh ủy X": Quy định 04-QĐi/TW)."""
        c = re.match(r",\s*", self.text[at:at + 3])
        if c is None:
            return None
        org = _org_at(self.orgs, at + c.end(), at + c.end())
        # (by kind: "Ban " also opens a committee and its standing committee, Ban Chấp hành, Ban Thường vụ, which are
        # made of members, not departments)
        return org if org is not None and org.kind not in ("PartyCommittee", "StandingCommittee") \
            and org.name.startswith(_AGENCIES_OF_DEPARTMENTS) else None

    def _named_institution(self, at: int) -> tuple[OrgMention, int] | None:
        """"Giám đốc Bệnh viện,", "Hiệu trưởng Trường cho biết": an institution's kind word alone after
        a post is the one institution of that kind the article names (and where its word ends)."""
        b = _BARE_KIND.match(self.text, at)
        if b is None:
            return None
        kind_word = ABBREVIATIONS.get(b["kind"], b["kind"])  # "Giám đốc HTX": abbreviations.tsv
        kind_word = kind_word[0].upper() + kind_word[1:]  # "công ty" -> "Công ty"
        kind_word = "Ban Quản lý" if kind_word == "Ban" else kind_word  # (a director's board is a management board)
        named = {_institution_name(o): o for o in self.orgs
                 if _institution_name(o).startswith(kind_word + " ")}
        if len(named) > 1 and kind_word == "Vùng":
            return None  # a navy region and a coast guard region, as their joint articles name both: "Vùng" is either
        if len(named) > 1:  # of several, the one named last before the post (as organizations._one_of_kind)
            before = [o for o in self.orgs if o.start < at and _institution_name(o) in named]
            named = {_institution_name(before[-1]): before[-1]} if before else {}
        if len(named) != 1:
            return None
        name, o = named.popitem()
        kind = o.kind if o.name == name else "OtherOrganization"
        return OrgMention(at, b.end(), name, kind, "memberships.title", o.utype, o.uname, explicit=False), b.end()

    def _org_after_comma(self, role: Role, start: int, end: int) -> Post:
        """"Chủ nhiệm Chính trị, Bộ Chỉ huy Quân sự tỉnh X": the organization after a comma."""
        c = re.match(r",\s*", self.text[end:end + 3])
        org = _org_at(self.orgs, end + c.end(), end + c.end()) if c else None
        if org is not None and role.label not in PARTY_POSTS and not _ROLE.match(self.folded, org.start):
            return Post(role.label, self._as_written_if_misread(org), start, org.end)
        return Post(role.label, None, start, end, bare=UNFOUND,
                    head_alone=role.heads_institution and bool(c))

    def _as_written_if_misread(self, org: OrgMention) -> OrgMention:
        """A bare "Tỉnh ủy"/"Huyện ủy" in the mention that the finder completed with a committee
        of another kind (no province named: "Văn phòng Tỉnh ủy" -> "Văn phòng Đảng ủy xã X")
        stays as written."""
        if org.explicit or not org.committee:
            return org
        tail = _BARE_COMMITTEE.match(self.text, org.end + 1) if self.text[org.end:org.end + 1] == " " else None
        span = self.text[org.start:tail.end() if tail else org.end]
        c = _BARE_COMMITTEE.search(span)
        if c is None or not c.end() == len(span):
            return org
        word = f"{c['c'].capitalize()} ủy"
        if org.committee.startswith(word):
            return org
        name = fold_tones(span[0].upper() + span[1:c.start()] + word)
        if re.search(r"[A-ZĐ]{2}", name):  # an abbreviation to write out: leave it to the finder
            return org
        return replace(org, end=org.start + len(span), name=name, committee=word, utype=None, uname=None)

    def _bare_committee(self, c: re.Match, at: int) -> OrgMention:
        word = c["c"].capitalize()
        return _as_written(at, at + len(c[0]), f"{word} ủy")

    def _bare_party(self, org: OrgMention) -> re.Match | None:
        """'Đảng ủy', 'Chi bộ' ... when the mention is a bare party body completed from context."""
        if org.explicit:
            return None
        b = _BARE_PARTY.match(self.text, org.start)
        return b if b is not None and b.end() >= org.end else None

    @staticmethod
    def _bare_name(b: re.Match) -> str:
        name = fold_tones(b[0][0].upper() + b[0][1:])
        return re.sub(r"^(Ủy ban) kiểm tra", r"\1 Kiểm tra", name)

    # -- a list of posts ---------------------------------------------------------
    def title(self, pos: int, strict: bool = False, join: bool = False, limit: int | None = None) -> list[Post]:
        """The posts listed from pos. Not strict: a listed item that is no post of a known
        organization is skipped when another post follows it and no one else is named in it."""
        out: list[Post] = []
        start = pos
        former_next = False  # the item after ", trước đây là" (_FORMER_NEXT)
        dashed = False  # the item after a dash (_NEXT)
        while True:
            item = self.post(pos, join)
            if item is not None and (former_next or _FORMER.match(self.text, item.start)):
                item = replace(item, former=True)
            joining = _JOIN_ITEM.match(self.text, pos) if item is None and out and not strict else None
            if joining:
                # "X, Chủ tịch UBMTTQ huyện Y, tham gia Ban Thường vụ Huyện ủy, giữ chức ...": a body joined
                item = self.post(joining.end(), join=True)
                join = join or item is not None
            if item is not None and dashed and self._name_right_after(item.end) and (
                    not strict or self._after_a_name(start)):
                # "A, Bí thư Huyện ủy X - Chủ tịch UBND huyện Nguyễn Văn B": the post after the dash is B's, the one
                # before it A's (but "Phó Bí thư Huyện ủy - Chủ tịch UBND huyện B" are both B's)
                break
            if item is not None:
                out.append(item)
                # (a body the finder read with the comma after it, "Ban Chấp hành, ": the list goes on from the comma)
                pos = item.end
                while pos > item.start and self.text[pos - 1] in ", ":
                    pos -= 1
            elif strict:
                break
            elif out or _ROLE.match(self.folded, pos) or _STATUS.match(self.text, pos):
                skip = _NEXT.search(self.text, pos, min(len(self.text), pos + 120))
                skipped = self.text[pos:skip.start()] if skip else ""
                if not skip or not self.post(skip.end(), join) or re.search(r"[.;:\n]", skipped) \
                        or _ADDRESS.search(skipped) or self._person_in(pos, skip.start()) \
                        or _SPEECH.match(skipped):
                    break
                pos = skip.end()
                continue
            else:
                break
            if limit is not None and pos >= limit:
                break
            # "Bí thư Đảng ủy xã X (1978 - 1989), nguyên ...", "Bí thư Chi bộ thôn X (xã Y), nguyên ..."
            held = _YEARS_HELD.match(self.text, pos) or _UNIT_BRACKET.match(self.text, pos)
            n = _FORMER_NEXT.match(self.text, pos)
            former_next = n is not None
            n = n or _NEXT.match(self.text, held.end() if held else pos) or _FORMER_BRACKET.match(self.text, pos)
            if not n and item.bare == UNFOUND and not strict:
                n = self._past_unread_name(pos, join)
            if not n:
                break
            dashed = bool(n.re is _NEXT and n["dash"])
            pos = n.end()
        return out

    def _after_a_name(self, at: int) -> bool:
        """A person's name and a comma right before `at`."""
        comma = re.search(r",\s*$", self.text[max(0, at - 4):at])
        return comma is not None and at - len(comma[0]) in self.person_ends

    def _name_right_after(self, at: int) -> bool:
        """A person's name right after `at`, maybe after a rank (_GAP): the title before it is that person's."""
        nxt = next((s for s in self.person_starts if s >= at), None)
        return nxt is not None and _GAP.fullmatch(self.text, at, nxt) is not None

    def _past_unread_name(self, pos: int, join: bool) -> re.Match | None:
        """The separator after the name of a body a post is of that the organization finder did not read ("Chủ tịch
        Liên minh Hợp tác xã tỉnh X, nguyên Phó Giám đốc Sở Y"), when a post follows it: an unread body does not end
        the title. The name opens with a capital, holds no comma ("và" may join its words: "Sở Nông nghiệp và Phát triển
        nông thôn") and names no one; the first separator a post follows ends it."""
        if not re.match(rf" [{UPPER}]", self.text[pos:pos + 2]):
            return None
        for skip in _NEXT.finditer(self.text, pos, min(len(self.text), pos + 120)):
            skipped = self.text[pos:skip.start()]
            if re.search(r"[.,;:\n]", skipped) or _ADDRESS.search(skipped) or self._person_in(pos, skip.start()):
                return None
            if self.post(skip.end(), join):
                return skip
        return None

    def _alone(self, at: int) -> bool:
        """A post written alone at `at`: its title goes on or ends there (_ALONE), or its holder's name follows it, as
        a title before the name is written ("Phó Bí thư Đảng ủy, Phó Chánh án Trần Thị B đề nghị")."""
        return _ALONE.match(self.text, at) is not None or (self.text[at:at + 1] == " " and at + 1 in self.person_starts)

    def _person_in(self, lo: int, hi: int) -> bool:
        return any(lo <= s < hi for s in self.person_starts)

    def linked(self, pos: int, stop: int) -> list[Post]:
        """Posts given by a verb of appointment right at pos."""
        k = _LINK.match(self.text, pos)
        if not k or k.end() > stop:
            return []
        return self.title(k.end(), join=bool(_JOINING.search(self.text, k.start(), k.end())))

    def linked_far(self, pos: int, stop: int) -> list[Post]:
        """Posts given by a verb of appointment later in the person's clause (before stop)."""
        out: list[Post] = []
        semicolon = self.text.find(";", pos, stop)
        stop = semicolon if semicolon >= 0 else stop
        for k in _LINK_FAR.finditer(self.text, pos, stop):
            if k.start() > pos and self.text[k.start() - 1] not in " ,":
                continue
            posts = self.title(k.end(), join=bool(re.search(r"(?:tham gia|vào)\s+$", k[0])))
            if posts:
                out += posts
        return out

    def before(self, start: int) -> list[Post]:
        """The posts written right before the name at start ("Bí thư Huyện ủy X Nguyễn Văn A")."""
        s, _ = sentence_at(self.doc, start)
        lo = max(s, start - 200)
        for m in _ROLE.finditer(self.folded, lo, start):
            begin = m.start()
            # (a former or an acting post: "nguyên Bí thư ...", "Quyền Chủ tịch ...", "Q. Chủ tịch ...")
            f = re.search(r"(?:(?:nguyên|cựu|quyền)\s+|(?<![^\s(])Q\.\s*)$", self.text[max(lo, begin - 8):begin], re.I)
            if f:
                begin -= len(f[0])
            if begin > lo and self.text[begin - 1] not in " ,:;(-–—\n":
                continue
            posts = self.title(begin, strict=True, limit=start)
            if not posts or posts[-1].end > start:
                continue
            if _GAP.fullmatch(self.text, posts[-1].end, start):
                return posts
            # "Bí thư Chi bộ thôn X, ông Nguyễn Văn A cho biết": only where the title opens the sentence, maybe
            # after the years it was held ("Mười hai năm làm Bí thư Chi bộ, ông A đã ...")
            if _GAP_ADDRESS.fullmatch(self.text, posts[-1].end, start) and (
                    not self.text[s:begin].strip() or _TENURE.fullmatch(self.text, s, begin)):
                return posts
        return []


def _resolve(posts: list[Post], orgs: list[OrgMention]) -> list[tuple[Post, OrgMention]]:
    """(post, organization) of each post, completing those the title names through another post."""
    # "Hiệu trưởng nhà trường": the school of the title, else the last one named before
    schools = {}
    for i, p in enumerate(posts):
        if p.bare == "nhà trường":
            others = posts[i + 1:] + posts[:i][::-1]
            schools[i] = next((_school(o.org) for o in others if o.org is not None and _school(o.org)), None) \
                or next((_school(o) for o in reversed(orgs) if o.start < p.start and _school(o)), None)
    for i, p in enumerate(posts):
        if p.bare == BRANCH:
            schools[i] = next((b for o in posts[:i][::-1] + posts[i + 1:] if o.org is not None and not o.former
                               for b in [_branch(o.org)] if b), None) \
                or next((b for o in reversed(orgs) if o.start < p.start for b in [_branch(o)] if b), None)
    for i, p in enumerate(posts):
        if p.bare and p.bare.startswith(ITSELF):
            # (a post held before names no body of the posts held now: "Phó Viện trưởng, nguyên Phó Viện trưởng
            # Viện kiểm sát nhân dân huyện X" is deputy of the article's procuracy, not of X's)
            schools[i] = _unit_itself(p.bare[len(ITSELF):], p, [q for q in posts[i + 1:] + posts[:i][::-1]
                                                                 if q.former == p.former], orgs)
    for i, p in enumerate(posts):
        if p.head_alone:
            inst = next((_as_institution(q.org) for q in posts[i + 1:] + posts[:i][::-1]
                         if q.org is not None and q.former == p.former and _PARTY_OF.match(q.org.name)
                         and _INSTITUTION.match(_institution_name(q.org))), None)
            if inst is not None:
                schools[i] = inst
    resolved = [schools.get(i, p.org) for i, p in enumerate(posts)]
    # a body inside an institution: of the institution the post, the title or the article names
    hosts: dict[int, OrgMention | None] = {}
    for i, p in enumerate(posts):
        if p.inner is None:
            continue
        if p.host_kind == "village":  # "... buôn": the village the title or the article names
            word = p.inner.rsplit(" ", 1)[1]
            named = re.compile(rf"(?<![{LETTER}]){word} (?:[{UPPER}][{LOWER}]*|\d+)(?: [{UPPER}][{LOWER}]*)*", re.I)
            village = next((q.bare[len(SUBUNIT):] for q in posts if q.bare and q.bare.startswith(SUBUNIT + word)),
                           None) \
                or next((v[0] for o in reversed(orgs) if o.start < p.start for v in [named.search(o.name)] if v), None)
            if village is not None:
                resolved[i] = OrgMention(p.start, p.end, f"{p.inner[:-len(word)]}{village}", "MassOrganization",
                                         "memberships.title")
                continue
        fits = _HOSTS.get(p.host_kind) if p.host_kind else None
        hosts[i] = None if fits is None else p.host or next(
            (h for q in posts[i + 1:] + posts[:i][::-1] for h in (q.host, q.org)
             if h is not None and fits.match(_institution_name(h))), None) \
            or next((o for o in reversed(orgs) if o.start < p.start and fits.match(_institution_name(o, p.inner))),
                    None)
        host = hosts[i]
        if host is not None:
            institution = _institution_name(host, p.inner)
            name = f"{p.inner} {institution}"
            kind = "MassOrganization" if p.inner.startswith(("Công đoàn", "Ban công tác", "Chi hội")) else \
                "StateBody" if host.kind == "StateBody" or institution.startswith(("Công an", "Bộ đội", "Đồn")) else \
                "OtherOrganization"
            resolved[i] = OrgMention(host.start, host.end, name, kind, "memberships.title")
        else:
            resolved[i] = OrgMention(p.start, p.end, p.inner, "MassOrganization" if p.host_kind == "village"
                                     else "OtherOrganization", "memberships.title")
    unfound = any(p.bare == UNFOUND and i not in schools for i, p in enumerate(posts))
    out = []
    for i, p in enumerate(posts):
        # the organizations of the title's other posts, the next ones first, then back from this one
        other_orgs = [o for j in [*range(i + 1, len(posts)), *range(i - 1, -1, -1)] if (o := resolved[j]) is not None]
        org = resolved[i]
        if (p.bare == UNFOUND and i not in schools) or (p.bare or "").startswith(SUBUNIT):
            continue
        if p.bare is not None and p.bare.startswith(STATE):
            # of the unit the title's other posts, held at the same time (both former or both present), name
            unit = next((o for j in [*range(i + 1, len(posts)), *range(i - 1, -1, -1)]
                         if posts[j].former == p.former and (o := resolved[j]) is not None and o.utype and o.uname),
                        None)
            if unit is not None:
                head = fold_tones(p.bare[len(STATE):])
                out.append((p, OrgMention(unit.start, unit.end, f"{head} {unit_words(unit.utype, unit.uname)}",
                                          "StateBody", "memberships.title", unit.utype, unit.uname, explicit=False)))
            continue
        if p.bare is not None and p.bare.startswith(PARTY_GROUP):
            org = _party_group_of(p.bare[len(PARTY_GROUP):], [resolved[j] for j in range(i + 1, len(posts))
                                                               if not posts[j].former])
            if org is not None:
                out.append((p, org))
            continue
        if p.bare and p.bare not in ("nhà trường", BRANCH, UNFOUND) and not p.bare.startswith(ITSELF):
            # a village's head names a cell; a commune's state post its Đảng ủy; an institution its party body;
            # a post held before ("..., Phó Bí thư Chi bộ, nguyên Trưởng phòng X") names none of the posts held now
            now = [j for j in [*range(i + 1, len(posts)), *range(i - 1, -1, -1)] if posts[j].former == p.former]
            other_orgs = [o for j in now if (o := resolved[j]) is not None]
            village = next((q.bare[len(SUBUNIT):] for q in posts if q.bare and q.bare.startswith(SUBUNIT)
                            and q.bare != SUBUNIT), None) if p.bare in ("Chi bộ", NO_BODY) else None
            # ... as does the village's front committee or association branch the title names ("Bí thư Chi bộ, Trưởng
            # Ban công tác Mặt trận thôn X": a residential area's cell and its front committee are of one village)
            village = village or (next((v["v"] for j in now if posts[j].inner and resolved[j] is not None
                                        for v in [_VILLAGE_NAMED.search(resolved[j].name)] if v), None)
                                  if p.bare in ("Chi bộ", NO_BODY) else None)
            hosted = [h for j, h in hosts.items() if h is not None and j in now]
            # a cell of a department or faculty the title names: "Bí thư Chi bộ, Trưởng khoa X"
            unit_cell = next((resolved[j] for j, q in enumerate(posts) if q.named and q.host_kind in ("any", "none")
                              and j in now), None) \
                if p.bare == "Chi bộ" else None
            inst = next((o for o in other_orgs if (_INSTITUTION.match(o.name) and not _commune_force(o))
                         or _branch(o) is o
                         or (p.bare == "Chi bộ" and o.kind == "AdvisoryBoard")), None) \
                if p.bare != NO_BODY else None
            inst = inst or (next((_as_institution(h) for h in hosted), None) if p.bare != NO_BODY else None)
            # "Bí thư Chi bộ, Chủ tịch Công đoàn Công ty": a mass organization of an institution (its union,
            # Luật Công đoàn) names the institution the cell or committee is of
            inst = inst or (next((replace(o, name=o.parent, kind="OtherOrganization", committee=None)
                                  for o in other_orgs if o.kind == "MassOrganization" and o.parent
                                  and _INSTITUTION.match(o.parent)), None) if p.bare != NO_BODY else None)
            unit = next((o for o in other_orgs if o.utype in COMMUNE and o.uname
                         and (o.explicit or p.org is None)
                         and (p.bare in ("Đảng ủy", NO_BODY) or p.bare.endswith(o.utype))), None) \
                if p.bare.startswith("Đảng ủy") or p.bare == NO_BODY else None
            if village is not None:
                org = OrgMention(p.start, p.end, f"Chi bộ {village}", "PartyCell", "memberships.title")
            elif unit_cell is not None and (host_cell := _cell_of_host(orgs, unit_cell, p.start)) is not None:
                # "Phó Bí thư Chi bộ, Trưởng phòng X" in an article on the cell of the department's institution
                # ("Chi bộ Công ty Y"): a department of one cell's institution has no cell of its own; that cell
                org = host_cell
            elif unit_cell is not None:
                org = OrgMention(unit_cell.start, unit_cell.end, f"Chi bộ {unit_cell.name}", "PartyCell",
                                 "memberships.title")
            elif inst is not None:
                name = f"{p.bare} {inst.name}"
                org = OrgMention(inst.start, inst.end, name, "PartyCell" if p.bare == "Chi bộ" else
                                 ("AdvisoryBoard" if p.bare.startswith("Ủy ban") else "PartyCommittee"),
                                 "memberships.title", committee=None if p.bare == "Chi bộ" else name)
            elif unit is not None:
                name = committee_name(unit.utype, unit.uname)
                org = OrgMention(unit.start, unit.end, name, "PartyCommittee", "memberships.title",
                                 unit.utype, unit.uname, committee=name, explicit=unit.explicit)
            elif unfound:
                org = None  # the post that would name its body is one we could not read
            elif p.bare == "Chi bộ" and org is not None and not any(
                    o.explicit and o.name == org.name and o.start < p.start for o in orgs):
                org = None  # the article's cell is the one named before, not one named later
            elif p.bare == "Đảng ủy" and (org is None or not org.name.startswith("Đảng ủy ")):
                # "Đảng ủy" never names a Tỉnh ủy: in an article about the police, an army command, a
                # school or a company it is the Đảng ủy the article named before
                org = _article_danguy(orgs, p.start) or _as_written(p.start, p.end, "Đảng ủy")
        elif org is None and (p.bare in ("nhà trường", BRANCH) or (p.bare or "").startswith(ITSELF)):
            continue  # "Hiệu trưởng" of a school neither the title nor the article names
        elif org is None and p.board is not None:
            # "Chủ nhiệm Ủy ban Kiểm tra kiêm Ủy viên Ban Thường vụ Đảng ủy X": the board of the title's committee,
            # else the one the finder completed from the article
            # (of the posts held at the same time: a former one names another committee; a bare "Ban Thường vụ
            # Tỉnh ủy" the one the finder completed)
            now = _held_with(posts, resolved, i, with_fallback=True)
            committee = next((_committee_of(o) for o in now if o.committee and o.explicit), None) \
                or next((_committee_of(o) for o in now if o.committee), None)
            org = p.fallback if committee is None else OrgMention(
                committee.start, committee.end, f"{p.board} {committee.name}", "AdvisoryBoard", "memberships.title",
                committee.utype, committee.uname, parent=committee.name, committee=committee.name,
                explicit=committee.explicit)
        elif org is None:
            # "UVBTV": the committee named by the other posts of the same title
            org = next((_committee_of(o) for o in other_orgs if o.committee and o.explicit
                        and (p.level is None or o.committee.casefold().startswith(p.level.casefold()))), None) \
                or p.fallback or next((_committee_of(o) for o in other_orgs if o.committee), None)
        if org is not None and p.unit_types:
            # of a district post held at the same time: a former one ("nguyên Bí thư Huyện ủy X") may be of a
            # province since merged into another (the 2025 reorganisation), which says nothing of the present post
            org = _province_of_title(p, _held_with(posts, resolved, i)) or org
        if org is not None and p.executive:
            org = _executive_of(org)
        if org is not None:
            out.append((p, org))
    return out


def _cell_of_host(orgs: list[OrgMention], unit: OrgMention, before: int) -> OrgMention | None:
    """The cell the article names before `before` of the institution whose department or faculty `unit` is
    ("Chi bộ Công ty Y" for "Phòng X Công ty Y"), if any."""
    return next((o for o in orgs if o.kind == "PartyCell" and o.explicit and o.start < before
                 and o.name.startswith("Chi bộ ") and unit.name.endswith(" " + o.name[len("Chi bộ "):])), None)


def _article_danguy(orgs: list[OrgMention], pos: int) -> OrgMention | None:
    """The Đảng ủy the article named last before pos, in full."""
    return next((o for o in reversed(orgs) if o.explicit and o.start < pos
                 and o.kind == "PartyCommittee" and o.name.startswith("Đảng ủy ")), None)


# a post heading a list of names: "Ủy viên Ban Chấp hành: các đồng chí A, B"
_LIST_HEAD = re.compile(r"\s*:\s*(?:(?:các )?(?:đồng chí|ông|bà)\s+)?(?=[" + UPPER + "])")



def _held_with(posts: list[Post], resolved: list[OrgMention | None], i: int,
               with_fallback: bool = False) -> list[OrgMention]:
    """The bodies of a title's other posts held at the same time as posts[i] (both former, or both not), the
    nearest after it first, then those before it; `with_fallback`: a post's fallback body where it has none."""
    out = []
    for j in [*range(i + 1, len(posts)), *range(i - 1, -1, -1)]:
        if posts[j].former == posts[i].former:
            o = resolved[j] or (posts[j].fallback if with_fallback else None)
            if o is not None:
                out.append(o)
    return out

def _province_of_title(p: Post, others: list[OrgMention]) -> OrgMention | None:
    """"Tỉnh ủy viên, Bí thư Huyện ủy X": a member of a province's committee who holds a post in a district holds it
    in the committee of the province that district is in (the register), whichever province the article named last."""
    if not any(LEVEL.get(t) == "P" for t in p.unit_types):
        return None
    for o in others:
        province = province_of(o.utype, o.uname) if o.utype and o.uname else None
        if province is not None and province[0] in p.unit_types:
            name = committee_name(*province)
            return OrgMention(p.start, p.end, name, "PartyCommittee", "memberships.title", province[0], province[1],
                              committee=name, explicit=False)
    return None


def _executive_of(committee: OrgMention) -> OrgMention | None:
    """The Ban Chấp hành of the party organization a committee leads ("Đảng ủy xã X" -> "Ban Chấp hành Đảng bộ
    xã X"); None for a committee of no unit named ("Tỉnh ủy" as written)."""
    name = committee.committee or committee.name
    if committee.utype and committee.uname and name == committee_name(committee.utype, committee.uname):
        party = party_org_name(committee.utype, committee.uname)
    elif name.startswith("Đảng ủy ") and not name.startswith(tuple(UNIT_COMMITTEE.values())):
        party = "Đảng bộ " + name[len("Đảng ủy "):]  # "Đảng ủy Trường X" -> "Đảng bộ Trường X"
    else:
        return None
    return OrgMention(committee.start, committee.end, f"Ban Chấp hành {party}", "PartyCommittee", "memberships.title",
                      committee.utype, committee.uname, parent=party, committee=name, explicit=committee.explicit)


def _party_group_of(head: str, later: list[OrgMention | None]) -> OrgMention | None:
    """The party group ("Đảng đoàn", "Ban cán sự đảng") of the body the title's next post names: a state body
    for either (Đảng đoàn of an elected one, HĐND or Quốc hội; Ban cán sự đảng of the government's), the Front or a
    mass organization for a Đảng đoàn."""
    body = next((o for o in later if o is not None), None)
    kinds = ("StateBody",) if head == "Ban cán sự đảng" else ("StateBody", "MassOrganization")
    if body is None or body.kind not in kinds or body.committee:
        return None
    return OrgMention(body.start, body.end, f"{head} {body.name}", "PartyOrganization", "memberships.title",
                      body.utype, body.uname, explicit=body.explicit)


# a unit's kind of several words that the press writes by its first word alone: a border post, "Đồn" ("Phó Chính trị
# viên Đồn,", "Đảng ủy Đồn"; "Biên phòng" names the force, Luật Biên phòng Việt Nam 2020)
_SHORT_KINDS = {"Đồn Biên phòng": "Đồn"}


def _kind_heads(kinds: str) -> tuple[str, ...]:
    """The name openings of a roles.tsv unit column's kinds, set apart by "/" ("Vùng Cảnh sát biển/Hải đoàn")."""
    return tuple(kind + " " for kind in kinds.split("/"))


def _unit_itself(head: str, p: Post, others: list[Post], orgs: list[OrgMention]) -> OrgMention | None:
    """The unit whose name starts with `head` that the title's other posts name (through its party body:
    "Bí thư Đảng ủy Đồn Biên phòng X" -> "Đồn Biên phòng X"), else the last one the article named before."""
    named = [o.org for o in others if o.org is not None] + [o for o in reversed(orgs) if o.start < p.start]
    heads = _kind_heads(head)
    unit = next((o for o in named if _institution_name(o).startswith(heads)), None)
    if unit is None:
        return None
    name = _institution_name(unit)
    kind = next((o.kind for o in orgs if o.name == name), "StateBody")
    return OrgMention(p.start, p.end, name, kind, "memberships.title")


def _clause_start(text: str, lo: int, hi: int) -> int:
    """Where the clause holding hi starts, not before lo: a nomination ("giới thiệu X để bầu") governs
    the name in its own clause, not one after a comma ("được Đoàn giới thiệu, còn Y là ...")."""
    cut = max(text.rfind(",", lo, hi), text.rfind(";", lo, hi))
    return cut + 1 if cut >= 0 else lo


def _commune_force(o: OrgMention) -> bool:
    """A commune's police or military command: its chief sits in the commune's Đảng ủy, which
    has no Đảng ủy of its own ("Phó Bí thư Đảng ủy, Trưởng Công an xã X" -> "Đảng ủy xã X")."""
    return o.utype in COMMUNE and o.name.startswith(("Công an", "Ban Chỉ huy Quân sự"))


def _institution_name(o: OrgMention, inner: str | None = None) -> str:
    """The institution's name in a mention of it or of its party body ("Đảng ủy Trường X" -> "Trường X"), or, given
    the `inner` body a post is of, of that body in it ("Công đoàn Công ty X" -> "Công ty X": the union the article
    named in full before "Chủ tịch Công đoàn Công ty")."""
    if inner is not None and o.name.startswith(f"{inner} "):
        return o.name[len(inner) + 1:]
    return _PARTY_OF.sub("", o.name)


def _as_institution(o: OrgMention) -> OrgMention:
    name = _institution_name(o)
    return o if name == o.name else replace(o, name=name, kind="OtherOrganization", committee=None)


def _branch(o: OrgMention) -> OrgMention | None:
    """The branch a mention names, itself or through its party body ("Đảng ủy Agribank Chi nhánh X")."""
    name = _institution_name(o)
    if not _BRANCH_NAME.fullmatch(name):
        return None
    return o if name == o.name else replace(o, name=name, kind="OtherOrganization", committee=None)


def _school(o: OrgMention) -> OrgMention | None:
    m = re.search(r"Trường .+", o.name)
    if m is None:
        return None
    return replace(o, name=m[0], kind="OtherOrganization", committee=None) if m.start() else o


def _unswallow(orgs: list[OrgMention], persons) -> list[OrgMention]:
    """An organization whose name ran on into a person's name ("Tỉnh ủy" + "Trần Văn A" read as
    "Tỉnh ủy Trần Văn A") ends before the person."""
    out = []
    for o in orgs:
        hit = next((p for p in persons if o.start < p.start and o.end == p.end and o.name.endswith(" " + p.name)),
                   None)
        if hit is not None:
            cut = o.name[:-len(hit.name) - 1]
            committee = o.committee[:-len(hit.name) - 1] if o.committee and o.committee.endswith(hit.name) \
                else o.committee
            o = replace(o, end=hit.start - 1, name=cut, committee=committee, uname=None, explicit=False)
        out.append(o)
    return out


def _removed_from(titles: Titles, persons, i: int) -> list[Post]:
    """A post someone is relieved of (a former post): "cho thôi giữ chức Phó Giám đốc Trung tâm X
    ... đối với ông Y", "cách chức Bí thư Chi bộ đối với đồng chí Z"; only with one person in the clause."""
    text, p = titles.text, persons[i]
    if not _REMOVAL_OBJECT.search(text, max(0, p.start - 25), p.start):
        return []
    s, e = sentence_at(titles.doc, p.start)
    removal = None
    for removal in _REMOVAL.finditer(text, s, p.start):
        pass
    if removal is None or any(removal.end() <= q.start < e and q is not p for q in persons):
        return []
    return titles.title(removal.end())


# a body's head named in brackets after the body, as reports list their cells or units one by one ("Chi bộ Khoa X
# (Bí thư: A): 27 đảng viên", "Chi bộ thôn Y (Bí thư: đồng chí B)"), the name maybe after an academic or professional
# degree, an abbreviation ("BSCKII", "ThS.")
_BRACKET_HEAD = re.compile(rf" \((?P<post>[{UPPER}][{LOWER}]*(?: [{UPPER}]?[{LOWER}]+){{0,3}})\s*:\s*"
                           rf"(?:(?:đồng chí|ông|bà)\s+)?(?:[{UPPER}][{LETTER}]*[{UPPER}][{LETTER}.]*\s+)?$")


def _head_in_brackets(titles: Titles, persons, i: int, orgs: list[OrgMention]) -> list[Post]:
    """The post of a person named in brackets after a body with the post before a colon ("Chi bộ X (Bí thư: A)"):
    of that body (a post that names its organization right after it, written bare); the name maybe followed by the
    person's own title before the bracket closes ("(Chủ nhiệm: đồng chí A, nguyên Bí thư Đảng ủy xã Y)")."""
    text, p = titles.text, persons[i]
    b = _BRACKET_HEAD.search(text, max(0, p.start - 60), p.start)
    if b is None or not (text.startswith(")", p.end) or _titled_in_brackets(titles, p.end)):
        return []
    role = ROLES.get(fold_tones(b["post"]).casefold())
    body = next((o for o in orgs if o.end == b.start()), None)
    if role is None or role.where != "" or body is None:
        return []
    return [Post(role.label, body, b.start("post"), b.end("post"))]


def _titled_in_brackets(titles: Titles, at: int) -> bool:
    """", nguyên Bí thư ...)" at `at`: the title of the person named before it, to the bracket's end (on its line)."""
    if not titles.text.startswith(", ", at):
        return False
    close = titles.text.find(")", at)
    inner = titles.text[at:close] if close > 0 else ""
    return bool(inner) and not re.search(r"[(\n:]", inner) and bool(titles.title(at + 2, strict=True))


# the colon before a list of names, maybe after the body's term: "Ủy viên Ban Chấp hành Đảng bộ xã X khóa mới: A, B";
# the names maybe addressed, as the results of a congress's first session list who was elected to what
# ("- Bí thư Đảng ủy: đồng chí A;", "- Phó Bí thư, Chủ tịch UBND xã: đồng chí B")
_LIST_COLON = re.compile(r"(?:\s*,?\s*(?:khóa|khoá) (?:mới|[IVXLC]+|\d{1,2})|\s*,?\s*nhiệm kỳ \d{4}\s*[-–]\s*\d{4})?"
                         r"\s*:\s*(?:(?:các )?(?:đồng chí|ông|bà)\s+)?$")


_LIST_ITEM_SEP = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:,|và)\s*")


def _title_of_list(titles: Titles, persons, i: int) -> list[Post]:
    """The title a list of names follows: "các đồng chí Phó Bí thư Tỉnh ủy: A, B và C", each name maybe with its
    years in brackets ("nguyên Bí thư Huyện ủy: A (1979 - 1987), B (1987 - 1996)")."""
    text, j, start = titles.text, i, persons[i].start
    while True:
        colon = _LIST_COLON.search(text[max(0, start - 40):start])
        if colon:
            return titles.before(start - len(colon[0]))
        if j == 0 or not _LIST_ITEM_SEP.fullmatch(text, persons[j - 1].end, start):
            return []
        j -= 1
        start = persons[j].start


# an obituary ("Tin buồn", "Cáo phó": "đồng chí X từ trần") and the forms its career summary takes: its
# subject's posts follow "đồng chí là", "giữ các chức vụ", a verb of appointment ("đồng chí được bầu làm", "được điều
# động về làm"), "sau đó là", "nguyên", or a year that opens a clause
# ("Từ năm 1979, đồng chí là Trưởng Ban Dân vận Huyện ủy; năm 1984, Chủ tịch UBND huyện")
_OBITUARY = WordStartPattern(r"(?:từ trần|Tin buồn|TIN BUỒN|Cáo phó|CÁO PHÓ)(?![\w])",
                             not_before=r"[\w]")  # (searched from its words, not tried at every character)
_CAREER = re.compile(r"(?<![\w])(?:(?:đồng chí|ông|bà) "
                     r"(?:(?:được (?:bầu|bổ nhiệm|điều động(?: về)?|chỉ định|phân công|cử) )?"
                     r"(?:làm|là|giữ (?:các )?chức(?: vụ)?))"
                     r"|sau đó (?:làm|là)"
                     r"|(?:(?<=; )|(?<=: ))(?:từ |đến )?năm (?:19|20)\d\d(?: đến năm (?:19|20)\d\d)?,"
                     r"|(?:(?<=; )|(?<=, ))(?=nguyên ))\s*"
                     # the summary as a list, one period a line: "- Từ năm 1979 đến 1986: Huyện ủy viên, ...",
                     # "1996 - 2004: ...", "Tháng 4/2008: ..."; or the former posts under the name: "Nguyên ..."
                     r"|(?<![^\n])[ \t]*(?:[-–+•*][ \t]*)?(?:(?:[Tt]ừ|[Đđ]ến) )?(?:(?:[Nn]ăm|[Tt]háng) )?(?:\d{1,2}/)?"
                     r"(?:19|20)\d\d(?:[ \t]*(?:-|–|đến)[ \t]*(?:(?:năm|tháng) )?(?:\d{1,2}/)?(?:19|20)\d\d)?"
                     r"[ \t]*:[ \t]*"
                     r"|(?<![^\n])[ \t]*(?:[-–+•*][ \t]*)?(?=[Nn]guyên )")
# a career line goes on after a semicolon: "Trưởng Ban Dân tộc tỉnh X; Ủy viên Ban Thường vụ Tỉnh ủy"
_CAREER_NEXT = re.compile(r"[ \t]*;[ \t]*")


def _career(titles: Titles, persons: list[PersonMention]) -> tuple[PersonMention, list[Post]] | None:
    """An obituary's subject (the person it names most, the first on a tie) and the posts of its career: those
    of the sentences that name no one else."""
    text = titles.text
    if not persons or not _OBITUARY.search(text):
        return None
    counts: dict[str, int] = {}
    for p in persons:
        counts[p.name] = counts.get(p.name, 0) + 1
    subject = max(persons, key=lambda p: (counts[p.name], -p.start))
    posts: list[Post] = []
    for c in _CAREER.finditer(text):
        s, e = sentence_at(titles.doc, c.start())
        if any(s <= p.start < e and p.name != subject.name for p in persons):
            continue
        found = titles.title(c.end())
        while found:
            posts += found
            more = _CAREER_NEXT.match(text, found[-1].end)
            found = titles.title(more.end()) if more else []
    return subject, posts


# a post told of someone by a pronoun opening the next sentence, as profiles write it ("Chị X được kết nạp ngày
# 2/9. Trước đó, chị là Bí thư Chi đoàn thôn.", "Hiện chị là ...", "Trước khi được điều động, ông từng giữ chức ..."):
# of the one person the sentence before names
# (... or by the address and the given name, as the press writes a person named before: "Đại tá Nguyễn Văn A ...
# Trước đó, đồng chí A từng là ...", "Đồng chí A nguyên là ...": that person's given name, checked below)
_PRONOUN_POST = re.compile(r"(?:(?:Trước đó|Sau đó|Trước khi [^,.;:\n]{1,60}),\s*|(?:Hiện nay|Hiện|Nay),?\s*)?"
                           r"(?i:anh|chị|ông|bà|đồng chí)\s+"
                           rf"(?:(?P<given>[{UPPER}][{LOWER}]+)\s+)?"
                           r"(?:(?:từng|đã từng|hiện|đang|nay|đã|vẫn|cũng|nguyên)\s+)?"
                           r"(?:là|giữ chức(?: vụ)?|đảm nhiệm)\s+")


def _pronoun_posts(titles: Titles, persons: list[PersonMention]) -> list[tuple[PersonMention, list[Post]]]:
    """(person, posts) of each sentence whose subject is a pronoun standing for the one person named in the
    last sentence before it that names anyone, in the same paragraph (a quotation of the person's may come between:
    "Ông A, Trưởng ban ..., kể ... "...," ông nói. Ông từng là ..."), or, with a given name ("Đồng chí A nguyên là"),
    for the one person named anywhere before whose name ends with it; a sentence that names someone itself is not
    one."""
    text, out = titles.text, []
    spans = titles.doc.user_data.get("partykg.sentences") or []
    for k, (s, e) in enumerate(spans):
        m = _PRONOUN_POST.match(text, s) if k else None
        if m is None:
            continue
        before: list[PersonMention] = []
        if m["given"]:
            # the given name names the person anywhere before in the article, as the press refers to someone
            # named in full once: the one person named before whose name ends with it
            before = [p for p in persons if p.start < s and p.name.endswith(" " + m["given"])]
        else:
            for ps, pe in reversed(spans[:k]):
                if "\n" in text[pe:s] or "\n" in text[ps:pe].strip():
                    break  # (the paragraph opens after it)
                before = [p for p in persons if ps <= p.start < pe]
                if before:
                    break
        if len({p.name for p in before}) != 1 or any(s <= p.start < e for p in persons):
            continue
        posts = titles.title(m.end())
        if posts:
            out.append((before[0], posts))
    return out


# a sentence opening with the side a delegation came from: "Về phía Đảng ủy xã X, dự lễ có đồng chí A, Phó Bí thư"
_ON_THE_SIDE = re.compile(r"\s*[Vv]ề phía\s+")
_PARTY_KINDS = ("PartyCommittee", "PartyCell", "StandingCommittee")
# a body and the one who heads it, as the press writes it: "X do đồng chí A làm Bí thư", "X do ông B làm Giám đốc"
_LED_BY = re.compile(rf" do (?:(?:đồng chí|ông|bà|anh|chị) )?[{UPPER}][^\s,.;:()]*(?: [{UPPER}][^\s,.;:()]*){{0,4}} "
                     r"(?:làm|là|giữ chức(?: vụ)?) $")


def _led_body(titles: Titles, post: Post, orgs: list[OrgMention]) -> OrgMention | None:
    """"Chi bộ Khu phố 7 do đồng chí A làm Bí thư": the body named right before "do", which the bare post heads (a
    party post of a party body only, as a state post of a state body)."""
    s, _ = sentence_at(titles.doc, post.start)
    led = _LED_BY.search(titles.text, max(s, post.start - 80), post.start)
    body = next((o for o in orgs if o.end == led.start()), None) if led else None
    return body if body is not None and (body.kind in _PARTY_KINDS) == (post.role in PARTY_POSTS) else None


def _of_the_sentence(titles: Titles, post: Post, orgs: list[OrgMention],
                     elected: list[tuple[int, str, OrgMention]]) -> Post:
    """A person's one post written bare ("đồng chí A, Phó Bí thư Thường trực.") of the body its sentence names
    for it: the delegation's side the sentence opens with ("Về phía Đảng ủy xã X, ... có đồng chí A, Phó Bí thư"),
    a party post of a party body only; or, for a post given by a verb of election, the body of the post of the
    same rank the sentence gave before it ("bầu đồng chí A giữ chức Chủ tịch Hội Nông dân xã X; đồng chí B được
    bầu làm Phó Chủ tịch": the deputy of the same association). Else the post stays unread."""
    s, _ = sentence_at(titles.doc, post.start)
    side = _ON_THE_SIDE.match(titles.text, s)
    body = _org_at(orgs, side.end(), side.end()) if side else None
    if body is not None and (body.kind in _PARTY_KINDS) == (post.role in PARTY_POSTS):
        return replace(post, org=body, bare=None)
    listing = _listing_body(titles.text, s, post, orgs)
    if listing is not None:
        return replace(post, org=listing, bare=None)
    led = _led_body(titles, post, orgs)
    if led is not None:
        return replace(post, org=led, bare=None)
    # "của Chi hội Phụ nữ bản X do chị A, Chi hội trưởng làm nòng cốt": the head ("X trưởng") of the body of
    # that kind ("X ...") the sentence named before
    head = post.role.removeprefix("Phó ").removesuffix(" trưởng")
    if head != post.role.removeprefix("Phó "):
        named = [o for o in orgs if s <= o.start < post.start and o.name.startswith(head + " ")]
        if named:
            return replace(post, org=named[-1], bare=None)
    if _rank_stem(post.role) == "Chủ nhiệm":
        # "Ủy ban Kiểm tra Đảng ủy xã X được bầu gồm 5 đồng chí, đồng chí A làm Chủ nhiệm": an inspection committee is
        # headed by its Chủ nhiệm (Điều lệ Đảng, chương VII), the one the sentence named before
        named = [o for o in orgs if s <= o.start < post.start and o.name.startswith("Ủy ban Kiểm tra ")]
        if named:
            return replace(post, org=named[-1], bare=None)
    return _elected_alike(titles, post, elected)


# a party body whose members are listed after it: "Ban Thường vụ Đảng ủy xã X khóa mới gồm: đồng chí A, Bí thư; ...",
# "Chi ủy gồm đồng chí A, Bí thư và đồng chí B, Phó Bí thư", or a heading "Ban Thường vụ Đảng ủy xã X:" over them
_MEMBERS_FOLLOW = re.compile(r"[^.;:\n]{0,40}?\s*(?:gồm(?: có)?(?![" + LETTER + r"])|:)")


def _listing_body(text: str, at: int, post: Post, orgs: list[OrgMention]) -> OrgMention | None:
    """The party body a sentence (or heading) at `at` opens with and lists the members of, for a party post written
    bare among them: the posts of a standing committee's members are those of its committee (Điều lệ Đảng: the
    committee elects its Ban Thường vụ, its Bí thư and Phó Bí thư), so the Bí thư listed is the Đảng ủy's."""
    if post.role not in PARTY_POSTS:
        return None
    body = next((o for o in orgs if o.start >= at and not text[at:o.start].strip()), None)
    if body is None or body.kind not in _PARTY_KINDS:
        return None
    follow = _MEMBERS_FOLLOW.match(text, body.end)
    if follow is None or follow.end() > post.start or _org_at(orgs, body.end + 1, follow.end()) is not None:
        return None
    return _committee_of(body) if body.kind == "StandingCommittee" and body.committee else body


# an item of a list, one a line, numbered or marked: "- Đồng chí A, Bí thư Đảng ủy xã;", "2. Đại tá B, ..." (the list
# marks the statistics read)
_LIST_ITEM = re.compile(rf"[ \t]*{LINE_ITEM_MARK}")


def _of_the_list(text: str, post: Post, listed: list[tuple[int, str, OrgMention]], orgs: list[OrgMention]) -> Post:
    """A person's one post written bare in an item of a list, one a line, as a congress's election results list the
    officers ("- Đồng chí A, Bí thư Đảng ủy xã X; - Đồng chí B, Phó Bí thư Thường trực;"): of the body of the post of
    the same rank an item before it in the same list names, else, for a party post, of the party body the heading over
    the list names ("Ban Thường vụ Đảng ủy xã X:"). Else the post stays unread."""
    line = text.rfind("\n", 0, post.start) + 1
    if not _LIST_ITEM.match(text, line):
        return post
    first = line  # the list's first item: the lines above that are items too
    while first > 0:
        above = text.rfind("\n", 0, first - 1) + 1
        if not _LIST_ITEM.match(text, above):
            break
        first = above
    prior = _prior_of_rank(listed, first, line, post.role)
    if prior is not None:
        return replace(post, org=prior, bare=None)
    heading = text.rfind("\n", 0, max(0, first - 1)) + 1 if first > 0 else None  # the line above the list
    body = _listing_body(text, heading, post, orgs) if heading is not None else None
    return replace(post, org=body, bare=None) if body is not None else post


def _elected_alike(titles: Titles, post: Post, elected: list[tuple[int, str, OrgMention]]) -> Post:
    """A post given by a verb of election with no body named, of the body of the post of the same rank that its
    sentence gave before it (the first session of a congress elects a committee's secretary and deputies: Điều lệ
    Đảng), else as it was."""
    s, _ = sentence_at(titles.doc, post.start)
    prior = _prior_of_rank(elected, s, post.start, post.role)
    return replace(post, org=prior, bare=None) if prior is not None else post


def _prior_of_rank(entries: list[tuple[int, str, OrgMention]], lo: int, hi: int, role: str) -> OrgMention | None:
    """The body of the last post between `lo` and `hi` of the rank of `role` ("Bí thư" for "Phó Bí thư"): not one of
    the same post, unless a deputy's, as a body has one head but may have several deputies (Điều lệ Đảng: the
    committee elects its Bí thư and Phó Bí thư; so the state's bodies, their Chủ tịch and Phó Chủ tịch)."""
    several = role.startswith("Phó ") and not role.endswith(" Thường trực")
    stem = _rank_stem(role)
    prior = [o for at, r, o in entries if lo <= at < hi and (r != role or several) and _rank_stem(r) == stem]
    return prior[-1] if prior else None


def _rank_stem(role: str) -> str:
    """The post a deputy's post is of: "Phó Chủ tịch" -> "Chủ tịch", "Phó Bí thư Thường trực" -> "Bí thư"."""
    return role.removeprefix("Phó ").removesuffix(" Thường trực")


# an interview's answer: a paragraph opening with its speaker's name and a colon ("Đồng chí A: ...", "[Ông A]:"),
# in which the speaker tells a post of their own ("Trước khi sắp xếp, tôi là Phó Bí thư Thường trực Huyện ủy X")
_SPEAKER_LEAD = re.compile(r"(?<![^\n])[ \t]*\[?(?:(?i:đồng chí|ông|bà|anh|chị)\s+)?$")
_SPEAKER_COLON = re.compile(r"\]?\s*:")
_FIRST_PERSON_POST = re.compile(r"(?<![^\s,;:])(?:[Tt]ôi|[Mm]ình)\s+(?:(?:từng|đã từng|hiện|đang|vẫn|cũng|nay)\s+)?"
                                r"(?:là|giữ chức(?: vụ)?|làm)\s+")


def _speaker_posts(titles: Titles, persons: list[PersonMention]) -> list[tuple[PersonMention, list[Post]]]:
    """(speaker, posts) of each answer of an interview in which the speaker says "tôi là <post>"."""
    text, out = titles.text, []
    for p in persons:
        line_start = text.rfind("\n", 0, p.start) + 1
        colon = _SPEAKER_COLON.match(text, p.end)
        if colon is None or not _SPEAKER_LEAD.fullmatch(text, line_start, p.start):
            continue
        end = text.find("\n", colon.end())
        end = len(text) if end < 0 else end
        for m in _FIRST_PERSON_POST.finditer(text, colon.end(), end):
            posts = titles.title(m.end())
            if posts:
                out.append((p, posts))
    return out


def find_memberships(doc: Doc) -> list[tuple[Membership, OrgMention]]:
    text = doc_text(doc)
    persons = sorted(doc._.person_mentions or [], key=lambda p: p.start)
    orgs = _unswallow(doc._.org_mentions or [], persons)
    titles = Titles(doc, orgs, persons)
    # a list of posts belongs to the name it follows: skip the ones the previous name took
    out, seen = [], set()
    elected: list[tuple[int, str, OrgMention]] = []  # (where, role, body) of the posts given by a verb of election
    listed: list[tuple[int, str, OrgMention]] = []  # ... of every post read, for the items of a list after them
    after_posts: dict[int, list[Post]] = {}
    lead_asides: dict[int, int] = {}  # where the asides on a person end, when no post follows them
    for i, p in enumerate(persons):
        posts: list[Post] = []
        lead = _LEAD.match(text, p.end)
        if lead:
            posts = titles.title(lead.end())
            nxt = persons[i + 1].start if i + 1 < len(persons) else None
            if posts and nxt is not None and posts[-1].end < nxt and _GAP.fullmatch(text, posts[-1].end, nxt):
                posts = []  # "Bí thư Tỉnh ủy A, Chủ tịch UBND tỉnh B": the title before B is B's
        after_posts[i] = posts
        if lead and not posts and lead.end() > p.end + 2:
            lead_asides[i] = lead.end()  # "X, người Khmer, vừa làm Bí thư ...": the verb follows the asides
    for i, p in enumerate(persons):
        _, sent_end = sentence_at(doc, p.start)
        nxt = persons[i + 1].start if i + 1 < len(persons) else len(text)
        stop = min(sent_end, nxt)
        posts = list(after_posts[i])
        pos = posts[-1].end if posts else lead_asides.get(i, p.end)
        linked = titles.linked(pos, stop)
        if not linked and i + 1 < len(persons):
            # "X - Bí thư Quận ủy Y và ông Z, Phó Chủ tịch ... được bầu làm ...": both are elected
            j = i + 1
            # ... also a list of bare names: "Các đồng chí A, B và C được bầu vào Ban Thường vụ"
            while j < len(persons) and (re.fullmatch(r"\s*,?\s*và\s+(?:(?:các )?(?:đồng chí|ông|bà)\s+)?",
                                                    text[pos:persons[j].start], re.I)
                                        or (not after_posts[j - 1] and re.fullmatch(r"\s*,\s*",
                                                                                    text[pos:persons[j].start]))):
                q = persons[j]
                qpos = after_posts[j][-1].end if after_posts[j] else q.end
                qnext = persons[j + 1].start if j + 1 < len(persons) else len(text)
                linked = titles.linked(qpos, min(sentence_at(doc, q.start)[1], qnext))
                if linked:
                    break
                pos, j = qpos, j + 1
        if _NOMINATED.search(text, _clause_start(text, max(sentence_at(doc, p.start)[0], p.start - 40), p.start),
                             p.start) \
                or _NOMINATED.search(text, pos, min(stop, pos + 40)):
            linked = []  # a candidate put forward for a post does not hold it yet
        # a post given bare after the person's own ("A, Trưởng phòng X, được bầu làm Phó Bí thư"): of the body of
        # the post of that rank the sentence gave before it ("B ... làm Bí thư Đảng ủy Y; ...")
        linked = [_elected_alike(titles, q, elected) if q.bare in (NO_BODY, UNFOUND) and posts else q for q in linked]
        posts += linked
        given = linked  # the posts a verb of appointment gives
        if not linked and not _NOMINATED.search(text, _clause_start(text, max(0, p.start - 40), p.start), stop):
            given = titles.linked_far(pos, stop)
            posts += given
        before = _head_in_brackets(titles, persons, i, orgs) or titles.before(p.start) \
            or _title_of_list(titles, persons, i) or _removed_from(titles, persons, i)
        if before:
            posts = before + posts
        if len(posts) == 1 and posts[0].bare == UNFOUND:
            posts = [_of_the_sentence(titles, posts[0], orgs, elected if linked else [])]
        if len(posts) == 1 and posts[0].bare == UNFOUND:
            posts = [_of_the_list(text, posts[0], listed, orgs)]
        if len(posts) == 1 and posts[0].bare == NO_BODY:  # "gồm đồng chí A, Bí thư và đồng chí B, Phó Bí thư"
            listing = _listing_body(text, sentence_at(doc, posts[0].start)[0], posts[0], orgs) \
                or _led_body(titles, posts[0], orgs)
            posts = [replace(posts[0], org=listing, bare=None)] if listing is not None else posts
        posts = [_village_of_the_sentence(text, sentence_at(doc, q.start)[0], q) for q in posts]
        posts = [_village_before(text, max(sentence_at(doc, q.start)[0], p.start), q) for q in posts]
        resolved = _resolve(posts, orgs)
        if given and len(given) < len(posts):
            # the posts a verb gives are a title of their own: the bodies joined ("A, Phó Trưởng Ban Tổ chức Tỉnh ủy
            # X, ... được chỉ định vào Ban Thường vụ, giữ chức Bí thư Huyện ủy") are of the committee of the post
            # given with them, not of the one the person holds now
            own = dict(_resolve(given, orgs))
            resolved = [(post, own.get(post, org)) for post, org in resolved]
        for post, org in resolved:
            listed.append((post.start, post.role, org))
            key = (p.name, post.role, org.name)
            start, stop_ = min(p.start, post.start), max(p.end, post.end)
            if not in_body(doc, p.start, p.end):
                continue
            if post in linked:
                elected.append((post.start, post.role, org))
            if key in seen:
                continue
            seen.add(key)
            out.append((Membership(p.name, post.role, org.name,
                                   evidence=[evidence_for(doc, start, stop_, "memberships.title")]), org))
    # posts read apart from a name's title: through a pronoun, an interview's answer, a career's lines
    career = _career(titles, persons)
    for rule, subjects_posts, from_subject in (
            ("memberships.pronoun", _pronoun_posts(titles, persons), True),
            ("memberships.speaker", _speaker_posts(titles, persons), True),
            ("memberships.career", [career] if career is not None else [], False)):
        for subject, posts in subjects_posts:
            for post, org in _resolve(posts, orgs):
                key = (subject.name, post.role, org.name)
                if key not in seen and in_body(doc, post.start, post.end):
                    seen.add(key)
                    start = subject.start if from_subject else post.start  # (a career's post stands alone)
                    out.append((Membership(subject.name, post.role, org.name,
                                           evidence=[evidence_for(doc, start, post.end, rule)]), org))
    # the posts read from the article's layout, once each: a signer may sign twice, a name be listed under two headings
    late = [_signed_post(doc, orgs), _block_post(doc, orgs)]
    late += _standing_list_members(doc, persons, orgs, out) + _capitals_signature(doc, persons, orgs)
    for m in late:
        if m is not None and (m[0].person, m[0].role, m[1].name) not in seen:
            seen.add((m[0].person, m[0].role, m[1].name))
            out.append(m)
    return out


def _capitals_signature(doc: Doc, persons: list[PersonMention], orgs: list[OrgMention]
                        ) -> list[tuple[Membership, OrgMention]]:
    """The posts over a name on a line of its own, in capitals, as a body's press release or notice is signed ("BÍ
    THƯ ĐẢNG ỦY, HIỆU TRƯỞNG TRƯỜNG" / name): each post's body written by its kind word alone is the one of that kind
    the article names (as "Giám đốc Công ty,"), a bare "Đảng ủy" the committee of that institution, else the one the
    article named."""
    text = doc_text(doc)
    out: list[tuple[Membership, OrgMention]] = []
    for p in persons:
        start, end = text.rfind("\n", 0, p.start) + 1, text.find("\n", p.end)
        if text[start:p.start].strip() or text[p.end:len(text) if end < 0 else end].strip() or start < 2:
            continue
        above = text[text.rfind("\n", 0, start - 1) + 1:start - 1].strip()
        if not above.isupper():
            continue
        posts: list[tuple[str, str]] = []  # (role, the body's kind word as written after it)
        for part in (x.strip() for x in above.split(",")):
            folded = fold_tones(part).casefold()
            surface = max((r for r in ROLES if folded.startswith(r + " ")), key=len, default=None)
            if surface is None:
                break
            posts.append((ROLES[surface].label, part[len(surface) + 1:].capitalize()))
        else:
            # the institution the posts name by kind, for a bare "Đảng ủy" among them to be its committee
            inst = next(filter(None, (_one_institution(orgs, kind) for _, kind in posts if kind != "Đảng ủy")), None)
            for label, kind in posts:
                org = _signature_body(orgs, kind, inst, p) if kind == "Đảng ủy" else _one_institution(orgs, kind)
                if org is not None:
                    out.append((Membership(p.name, label, org.name,
                                           evidence=[evidence_for(doc, p.start, p.end, "memberships.signature")]),
                                org))
    return out


def _signature_body(orgs: list[OrgMention], kind: str, inst: OrgMention | None, signer: PersonMention
                    ) -> OrgMention | None:
    """The body of a bare "Đảng ủy" in a capitals signature: the committee of the institution the signature names,
    as the article names it (or as its name makes it), else the one committee the article named."""
    if inst is None:
        return _article_danguy(orgs, signer.start)
    party = f"{kind} {_institution_name(inst)}"
    return next((o for o in orgs if o.name == party),
                OrgMention(signer.start, signer.end, party, "PartyCommittee", "memberships.signature", committee=party))


def _one_institution(orgs: list[OrgMention], kind: str) -> OrgMention | None:
    """The one institution of a kind ("Công ty", "Trung tâm Y tế") the article names, as itself or through its party
    body; the kind as the signature writes it, in capitals or not."""
    return _named_in_full([_as_institution(o) for o in orgs], kind)


# a heading over the members of a standing committee, one an item: "Hội nghị bầu 7 ủy viên vào Ban Thường vụ:",
# "Ban Thường vụ Đảng ủy khóa mới gồm:" (not a list the committee only issues, "Ban Thường vụ khen thưởng ...:")
# (its members only: not "Ban Thường vụ ... và các chức danh chủ chốt:", a list of the posts elected)
# The verb of election is needed ("vào" alone is also "in": "kiểm tra vào tháng 6, Ban Thường vụ ... kỷ luật các đồng
# chí sau:"), and the committee listed with "gồm" opens the heading (not "Đoàn kiểm tra của Ban Thường vụ ... gồm:",
# "Tổ giúp việc Ban Thường vụ ... gồm:", bodies that serve it)
_STANDING_HEAD = re.compile(r"(?:(?:(?:bầu|chỉ định)(?![" + LETTER + r"])[^.;:\n]{0,40}vào|bầu) Ban Thường vụ"
                            r"(?![^:\n]* và )[^.;:\n]{0,60}"
                            r"|^[ \t]*Ban Thường vụ[^.;:\n]{0,60}gồm(?: có)?(?: \d{1,2} đồng chí)?)\s*:[ \t]*$", re.M)


# a heading over the members a congress elected to its party organization's executive committee, one an item: "Hội
# nghị bầu 9 đồng chí vào Ban Chấp hành Đảng bộ khóa mới:" (Điều lệ Đảng art. 11: the congress elects the Ban Chấp
# hành); the committee of a party organization only, written after it ("Ban Chấp hành Đảng bộ khóa mới") or as the
# congress's before the verb ("Đại hội Đảng bộ xã X bầu Ban Chấp hành khóa mới gồm:"): a mass organization's congress
# elects a Ban Chấp hành of its own for a term too ("Đại hội Hội Nông dân xã bầu Ban Chấp hành khóa mới gồm:"), where a
# party officer may be listed; not a list of more than its members ("Ban Chấp hành ... và đoàn đại biểu ...:")
_EXECUTIVE_HEAD = re.compile(r"(?P<party>Đảng bộ [^.;:\n]*)?"
                             r"(?:(?:bầu|chỉ định)(?![" + LETTER + r"])[^.;:\n]{0,40}vào|bầu) Ban Chấp hành "
                             r"(?(party)(?=Đảng bộ |khóa |khoá |nhiệm kỳ )|(?=Đảng bộ ))"
                             r"(?![^:\n]* và )[^.;:\n]{0,90}:[ \t]*$", re.M)


def _standing_list_members(doc: Doc, persons: list[PersonMention], orgs: list[OrgMention],
                           found: list[tuple[Membership, OrgMention]]) -> list[tuple[Membership, OrgMention]]:
    """The members of a standing committee its heading lists, one an item, who hold no post in its committee there
    ("1. Đại tá A, Phó Chính ủy Vùng"): each is an "Ủy viên Ban Thường vụ" of the committee (Điều lệ Đảng art. 17:
    the committee elects its Ban Thường vụ), the committee whose secretary or deputies the list names, else the one
    its heading names. The secretary and deputies keep their own posts only."""
    text = doc_text(doc)
    out = []
    posts = {(m.person, o.name) for m, o in found}
    for head in re.finditer(r"[^\n]*\n", text):
        executive = _EXECUTIVE_HEAD.search(text, head.start(), head.end() - 1) is not None
        if not executive and not _STANDING_HEAD.search(text, head.start(), head.end() - 1):
            continue
        items, at = [], head.end()
        while (item := _LIST_ITEM.match(text, at)) is not None:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            items.append((item.end(), end))
            at = end + 1
        firsts = [next((p for p in persons if lo <= p.start < hi), None) for lo, hi in items]
        listed = [p for p in firsts if p is not None]
        if not listed:
            continue
        heading = next((o for o in orgs if head.start() <= o.start < head.end() and o.kind == "StandingCommittee"
                        and o.committee), None)
        names = {p.name for p in listed}
        secretaries = Counter(o.name for m, o in found if m.person in names and m.role in PARTY_POSTS
                              and o.kind == "PartyCommittee")
        led = secretaries.most_common(1)[0][0] if secretaries else None
        committee = _committee_of(heading) if heading is not None else next(
            (o for m, o in found if o.name == led), None)
        if executive:  # the Ban Chấp hành the heading names, else the one of the committee its secretary leads
            named = next((o for o in orgs if head.start() <= o.start < head.end()
                          and o.name.startswith("Ban Chấp hành Đảng bộ ")), None)
            committee = named or (_executive_of(committee) if committee is not None else None)
        if committee is None:
            continue
        role = "Ủy viên" if executive else "Ủy viên Ban Thường vụ"
        for p in listed:
            if (p.name, committee.name) not in posts:  # (persons are read in the body only)
                out.append((Membership(p.name, role, committee.name,
                                       evidence=[evidence_for(doc, p.start, p.end, "memberships.standing_list")]),
                            committee))
    return out


# a sentence that opens on the village it tells of: "Ở bản X, đồng chí A, Bí thư Chi bộ, Trưởng bản, cho biết ..."
_VILLAGE_OPENING = re.compile(rf"\s*(?:Ở|Tại) (?P<w>(?i:{_area_words('head')})) "
                              rf"(?P<n>[{UPPER}][{LOWER}]*(?: [{UPPER}][{LOWER}]*){{0,3}}|\d{{1,3}}),")


def _village_of_the_sentence(text: str, sentence_start: int, post: Post) -> Post:
    """A village's head written alone ("Trưởng bản,") in a sentence that opens on a village of that word ("Ở bản X,"):
    the head of that village, which names the cell of a bare "Chi bộ" in the same title."""
    if post.bare != SUBUNIT:
        return post
    v = _VILLAGE_OPENING.match(text, sentence_start)
    word = _SUBUNIT.search(text, post.start, post.end)
    if v is None or word is None or v["w"].casefold() != word[0].casefold():
        return post
    return replace(post, bare=f"{SUBUNIT}{v['w'].lower()} {v['n']}")


def _village_before(text: str, lo: int, post: Post) -> Post:
    """A village's association branch written with the bare area word ("Chi hội Nông dân thôn") after the person is
    said to live in a village of that word ("Chị A, người Nùng ở thôn X, Chi hội trưởng Chi hội Nông dân thôn"):
    that village's branch."""
    if post.host_kind != "village" or post.inner is None:
        return post
    word = post.inner.rsplit(" ", 1)[1]
    named = re.compile(rf"(?<![{LETTER}])(?:ở|tại|quê) {re.escape(word)} (?P<n>[{UPPER}][{LOWER}]*"
                       rf"(?: [{UPPER}][{LOWER}]*){{0,3}})(?![{LETTER}])")
    found = list(named.finditer(text, lo, post.start))
    return replace(post, inner=f"{post.inner} {found[-1]['n']}", host_kind=None) if found else post


def _block_post(doc: Doc, orgs: list[OrgMention]) -> tuple[Membership, OrgMention] | None:
    """The post a body's own bulletin is signed with, under the body's name ("ỦY BAN KIỂM TRA THÀNH ỦY" / "Phó Chủ
    nhiệm Thường trực" / name): held in that body, as its text names it in full ("Ủy ban Kiểm tra Thành ủy X")."""
    signer = block_signer(doc)
    if signer is None:
        return None
    person, written, body = signer
    role = ROLES.get(fold_tones(_SIGNING_MARK.sub("", written)).casefold())
    if role is None or role.where not in ("", "@board"):
        return None
    org = _named_in_full(orgs, _SIGNING_MARK.sub("", body))
    if org is None:
        return None
    if role.label in PARTY_POSTS and org.kind == "StandingCommittee" and org.committee:
        org = _committee_of(org) or org  # "T/M BAN THƯỜNG VỤ" / "BÍ THƯ": the secretary of the committee it is of
    return Membership(person.name, role.label, org.name,
                      evidence=[evidence_for(doc, person.start, person.end, "memberships.signature")]), org


def _named_in_full(orgs: list[OrgMention], header: str) -> OrgMention | None:
    """The one body of `orgs` that a signature block's header ("ỦY BAN KIỂM TRA THÀNH ỦY", "ĐẢNG ỦY XÃ X") names,
    as the text writes it in full ("Ủy ban Kiểm tra Thành ủy X"); None when the text does not name it, or completes
    it two ways."""
    head = key(header)
    named = {o.name: o for o in orgs if key(o.name).startswith(head)
             and (len(key(o.name)) == len(head) or key(o.name)[len(head)] == " ")}
    return next(iter(named.values())) if len(named) == 1 else None


# the marks a signature may open with (the layout's: "T/M", "K/T", "T/L"), or acting ("Q.")
_SIGNING_MARK = re.compile(rf"^(?:{SIGNING_MARKS}|Q\.)\s*")


def _signed_post(doc: Doc, orgs: list[OrgMention]) -> tuple[Membership, OrgMention] | None:
    """The party post a document's signer signs with ("T/M BAN THƯỜNG VỤ" / "BÍ THƯ" / name: Hướng dẫn 36-HD/VPTW) is
    held in the committee (or cell) that issues it, which its header names ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH") and its
    text names in full ("Đảng ủy Khối các cơ quan tỉnh X"); the posts of a party committee only."""
    signer = document_signer(doc)
    if signer is None:
        return None
    person, written, issuer = signer
    role = ROLES.get(fold_tones(written).casefold())
    office = role is not None and role.where == "@office"  # signed by order ("T/L"), by the head of its office
    if role is None or (role.label not in PARTY_POSTS and not office):
        return None
    # (an office's document: of the office of that committee)
    org = _named_in_full([o for o in orgs if o.kind in ("PartyCommittee", "PartyCell")],
                         issuer.removeprefix("VĂN PHÒNG "))
    if org is None:
        return None
    if office:
        org = replace(org, name=f"Văn phòng {org.committee or org.name}", kind="AdvisoryBoard", parent=None)
    return Membership(person.name, role.label, org.name,
                      evidence=[evidence_for(doc, person.start, person.end, "memberships.signature")]), org


def add_memberships(doc: Doc) -> Doc:
    ex = doc._.extraction
    known = {o.name for o in ex.organizations}
    for membership, org in find_memberships(doc):
        ex.memberships.append(membership)
        if org.name not in known:  # the committee named only through a post ("UVBTV")
            known.add(org.name)
            ex.organizations.append(Organization(org.name, org.kind, jurisdiction=org.jurisdiction,
                                                 parent=post_body_parent(org, known),
                                                 evidence=list(membership.evidence)))
    return doc
