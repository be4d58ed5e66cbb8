"""A small, hand-written article and extraction that exercises every part of the mapping.

The names are invented for the test (a fictitious district "Sông Xanh"), not
taken from the seeds.
"""
from __future__ import annotations

import hashlib

from partykg.model import Article, Document, Evidence, Extraction, Membership, Organization, Person, Place, Statistic

TEXT = ("Đồng chí Lê Văn Minh, Bí thư Huyện ủy Sông Xanh, cho biết năm 2023 Đảng bộ huyện Sông Xanh "
        "kết nạp 120 đảng viên, đạt 105% chỉ tiêu, thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.")


def ev(phrase: str, rule: str = "test.rule") -> Evidence:
    start = TEXT.index(phrase)
    return Evidence(start=start, end=start + len(phrase), sentence=TEXT, sentence_start=0,
                    sentence_end=len(TEXT), rule=rule)


def article(article_id: str = "t001_sample") -> Article:
    return Article(
        id=article_id, source=f"{article_id}.txt", original_text=TEXT, text=TEXT,
        offsets=list(range(len(TEXT) + 1)),
        checksum=hashlib.sha256(TEXT.encode()).hexdigest(),
        title="Sông Xanh làm tốt công tác phát triển Đảng", issued="2023-12-30",
        creators=["Hoàng Anh"], body_spans=[(0, len(TEXT))])


def extraction(article_id: str = "t001_sample") -> Extraction:
    return Extraction(
        article_id=article_id,
        persons=[Person("Lê Văn Minh", [ev("Lê Văn Minh", "persons.title")])],
        organizations=[
            Organization("Huyện ủy Sông Xanh", "PartyCommittee", parent="Đảng bộ huyện Sông Xanh",
                         jurisdiction="huyện Sông Xanh", evidence=[ev("Huyện ủy Sông Xanh")]),
            Organization("Đảng bộ huyện Sông Xanh", "PartyOrganization", parent="Đảng bộ tỉnh Núi Đỏ",
                         jurisdiction="huyện Sông Xanh", evidence=[ev("Đảng bộ huyện Sông Xanh")]),
            Organization("Bộ Chính trị", "CentralPartyBody", evidence=[ev("Bộ Chính trị")]),
        ],
        memberships=[Membership("Lê Văn Minh", "Bí thư", "Huyện ủy Sông Xanh",
                                [ev("Lê Văn Minh, Bí thư Huyện ủy Sông Xanh", "relations.apposition")])],
        documents=[Document("Chỉ thị 05-CT/TW", "Directive", identifier="05-CT/TW", issuer="Bộ Chính trị",
                            evidence=[ev("Chỉ thị 05-CT/TW", "documents.numbered")])],
        statistics=[
            Statistic("Đảng bộ huyện Sông Xanh", "NewMembers", 120, "2023", "2023",
                      [ev("kết nạp 120 đảng viên", "statistics.admitted")]),
            Statistic("Đảng bộ huyện Sông Xanh", "TargetAchievement", "105", "2023", "2023",
                      [ev("đạt 105% chỉ tiêu", "statistics.target")]),
        ],
        places=[Place("huyện Sông Xanh", "huyện", "Sông Xanh", parent="tỉnh Núi Đỏ",
                      evidence=[ev("huyện Sông Xanh")])],
    )
