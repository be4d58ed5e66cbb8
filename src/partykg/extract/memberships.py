"""Posts held: person - role - organization, from the patterns the press uses.

- "đồng chí X, Bí thư Huyện ủy Y", "Ông X - Phó Bí thư Thường trực Huyện ủy Y
  cho biết", "X (Chủ tịch UBND xã Z)": a list of posts after the name,
  separated by commas or "và"/"kiêm"; every post gives one membership
  ("Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường Z" gives two);
- "Bí thư Huyện ủy Y X": the post and its organization before the name.
Roles are written out in full (resources/roles.tsv): "UVBTV" is "Ủy viên Ban
Thường vụ" of the committee the title refers to; "Phó trưởng Ban Tổ chức
Quận ủy" is "Phó Trưởng ban" in "Ban Tổ chức Quận ủy ...".
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from partykg.extract.evidence import doc_text, evidence_for, in_body
from partykg.extract.lexicon import table
from partykg.extract.organizations import OrgMention
from partykg.extract.persons import title_before
from partykg.extract.text import LETTER
from partykg.model import Membership, Organization

ROLES = {r["surface"].casefold(): (r["role"], r["org"]) for r in table("roles.tsv")}
_ROLE = re.compile("(?:" + "|".join(re.escape(s) for s in sorted(ROLES, key=len, reverse=True))
                   + ")(?![" + LETTER + "])", re.I)
# between a name and its posts: a comma, a dash or a bracket, maybe after an aside "(thứ hai từ trái)"
_LEAD = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:,|[-–—]|\()\s*")
# a semicolon is not here: in lists of attendees it separates one person from the next
_NEXT = re.compile(r"\s*(?:,| và| kiêm| đồng thời là)\s*")
# a skipped item that names someone else ends the list: "X, Phó Bí thư ...; đồng chí Y, Bí thư ..."
_ADDRESS = re.compile(r"\b(?:đồng chí|ông|bà|anh|chị)\b", re.I)


def _org_within(orgs: list[OrgMention], lo: int, hi: int) -> OrgMention | None:
    """The first organization mention that starts in [lo, hi]."""
    return next((o for o in orgs if lo <= o.start <= hi), None)


def _committee_of(o: OrgMention) -> OrgMention | None:
    """The party committee an organization is or belongs to, as a mention."""
    if o.committee is None:
        return None
    return OrgMention(o.start, o.end, o.committee, "PartyCommittee", o.rule, o.utype, o.uname,
                      committee=o.committee)


def parse_titles(text: str, orgs: list[OrgMention], pos: int) -> list[tuple[str, OrgMention | None, int]]:
    """(role, organization, end) of the posts listed from pos; organization None = "the committee".

    A listed item that is no post of a known organization is skipped when another post follows it."""
    out: list[tuple[str, OrgMention | None, int]] = []
    while True:
        m = _ROLE.match(text, pos)
        item = _post(text, orgs, m) if m else None
        if item is not None:
            out.append(item)
            pos = item[2]
        elif out or m:
            # skip this item up to the next separator, if a post follows there
            skip = _NEXT.search(text, pos, min(len(text), pos + 80))
            skipped = text[pos:skip.start()] if skip else ""
            if not skip or not _ROLE.match(text, skip.end()) or re.search(r"[.;:\n]", skipped) \
                    or _ADDRESS.search(skipped):
                break
            pos = skip.end()
            continue
        else:
            break
        n = _NEXT.match(text, pos)
        if not n:
            break
        pos = n.end()
    return out


def _post(text: str, orgs: list[OrgMention], m: re.Match) -> tuple[str, OrgMention | None, int] | None:
    role, where = ROLES[m[0].casefold()]
    if where.startswith("="):
        org = OrgMention(m.start(), m.end(), where[1:], "CentralPartyBody", "memberships.title")
        return role, org, m.end()
    # an organization named inside the post ("Trưởng ban Tuyên giáo ...", "Chánh Văn phòng Tỉnh ủy",
    # "Ủy viên Ban Thường vụ Thành ủy") or right after it ("Bí thư Huyện ủy ...")
    org = _org_within(orgs, m.start() + 1, m.end() + 1)
    if where == "@committee":
        if org is not None and org.committee and org.kind in ("StandingCommittee", "PartyCommittee"):
            return role, _committee_of(org), org.end
        return role, None, m.end()
    if org is None or (where == "@board" and org.kind != "AdvisoryBoard"):
        return None
    return role, org, org.end


def find_memberships(doc: Doc) -> list[tuple[Membership, OrgMention]]:
    text = doc_text(doc)
    orgs = doc._.org_mentions or []
    out = []
    for p in doc._.person_mentions or []:
        posts: list[tuple[str, OrgMention | None, int]] = []
        lead = _LEAD.match(text, p.end)
        if lead:
            posts = parse_titles(text, orgs, lead.end())
        before = title_before(text, orgs, p.start)
        if before:
            org, role = before
            posts.append((role, org, p.end))
        if not posts:
            continue
        for i, (role, org, end) in enumerate(posts):
            if org is None:
                # "UVBTV": the committee named by the other posts of the same title
                others = [o for _, o, _ in posts[i + 1:] + posts[:i][::-1] if o is not None]
                org = next((_committee_of(o) for o in others if o.committee), None)
                if org is None:
                    continue
            start, stop = min(p.start, org.start), max(p.end, end)
            if not in_body(doc, start, stop):
                continue
            out.append((Membership(p.name, role, org.name,
                                   evidence=[evidence_for(doc, start, stop, "memberships.title")]), org))
    return out


def add_memberships(doc: Doc) -> Doc:
    ex = doc._.extraction
    known = {o.name for o in ex.organizations}
    for membership, org in find_memberships(doc):
        ex.memberships.append(membership)
        if org.name not in known:  # the committee named only through a post ("UVBTV")
            known.add(org.name)
            ex.organizations.append(Organization(org.name, org.kind, jurisdiction=org.jurisdiction,
                                                 evidence=list(membership.evidence)))
    return doc

