"""The data that flows between stages: Article (ingest) -> Extraction (extract).

Plain dataclasses, no behaviour: every stage is a function of these, so each
stage can be tested without Prefect, spaCy or files on disk.
Entities refer to each other by their resolved label (the name the graph
shows); the RDF stage turns labels into IRIs.
"""
from __future__ import annotations

from collections.abc import MutableSequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: offsets into the ORIGINAL text of the article.

    `sentence` is exactly original_text[sentence_start:sentence_end] (the
    sentence without its surrounding white space)."""

    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    rule: str  # the component/rule that produced the fact, e.g. "documents.numbered"


@dataclass
class Problem:
    """A per-file problem found while reading input (reported, never silent)."""

    source: str
    reason: str
    fatal: bool = True  # a fatal problem means no article could be read from the file


@dataclass
class Article:
    id: str  # the file stem; dcterms:identifier of the article
    source: str  # path of the file it was read from
    original_text: str  # decoded text exactly as in the file
    text: str  # normalized text (NFC, one tone-mark placement, plain spaces/quotes)
    offsets: MutableSequence[int]  # offsets[i] = index in original_text of text[i]; len(text)+1 entries
    # (the reader fills it with a compact array('I'), 4 bytes an entry, as the spool keeps it:
    # index it, don't compare it to a list)
    checksum: str  # sha256 of the file's bytes
    title: str | None = None
    issued: str | None = None  # ISO date or dateTime
    creators: list[str] = field(default_factory=list)
    outlet: str | None = None
    url: str | None = None
    # (start, end) spans of `text` that hold the article body; everything else is
    # title, metadata, credits or boilerplate and is not mined for facts.
    body_spans: list[tuple[int, int]] = field(default_factory=list)
    caption_spans: list[tuple[int, int]] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # unknown fields of JSONL records, kept
    sources: list[str] = field(default_factory=list)  # every file that held this article
    # every non-blank piece of `text` with its layout kind ("title", "date", "body", "caption",
    # "credit", "byline", "outlet", "section", "boilerplate", "trailer"): what is not body is
    # accounted for here
    regions: list[tuple[int, int, str]] = field(default_factory=list)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalized text back to the original text."""
        return self.offsets[start], self.offsets[end]


@dataclass
class Person:
    name: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Organization:
    name: str  # full, context-resolved name: "Huyện ủy Vĩnh Linh"
    kind: str  # ontology class local name: "PartyCommittee", "AdvisoryBoard" ...
    parent: str | None = None  # name of the parent organization
    jurisdiction: str | None = None  # label of the place it is seated in
    evidence: list[Evidence] = field(default_factory=list)
    # the name identifies no one body outside this article: kept as written because the text
    # does not settle its unit ("Tỉnh ủy", "Công an tỉnh"); its IRI is the article's own
    local: bool = False
    # the name identifies the body only within its host ("Chi bộ Văn phòng", "Chi bộ Tổ 3"): one body in each
    # host, its IRI keyed by its parent's (else the article's)
    named_by_host: bool = False
    # the unit it is seated in shares its name with other units of the register ("xã Tân Lập" of several
    # provinces): its IRI keyed by the unit's code (else by its parent's, else the article's)
    shared_seat: bool = False


@dataclass
class Membership:
    person: str
    role: str  # full role label: "Phó Bí thư Thường trực"
    organization: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Document:
    label: str  # "Chỉ thị 05-CT/TW", "Nghị quyết Trung ương 4 khóa XII"
    kind: str  # ontology class local name: "Directive", "Resolution" ...
    identifier: str | None = None  # canonical "05-CT/TW"
    issuer: str | None = None  # organization name
    title: str | None = None  # quoted title
    term: str | None = None  # "XII"
    date: str | None = None  # ISO date
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Statistic:
    organization: str
    measure: str  # concept local name: "NewMembers"
    value: int | float | str  # int, or a decimal string for percentages ("39.66")
    start: str | None = None  # "2015" or "2022-01-01"
    end: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Place:
    label: str  # "huyện Vĩnh Linh"
    unit_type: str  # "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn" ...
    name: str  # "Vĩnh Linh"
    code: str | None = None  # official statistics-office code
    parent: str | None = None  # label of the enclosing unit
    evidence: list[Evidence] = field(default_factory=list)
    parent_code: str | None = None  # official code of the enclosing unit


@dataclass
class Extraction:
    article_id: str
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
