"""Map an Article and its Extraction to RDF triples (kg-contract.md, ontology/partykg.ttl).

Every node is an IRI from partykg.rdf.iri (no blank nodes), so the same input
gives the same triples. Every fact links to its article (prov:wasDerivedFrom)
and to its evidence: one small pkg:Evidence per span that states it (offsets
into the original file, the rule), which points to a pkg:Sentence shared by
every fact read in that sentence (its text, offsets and article, once).

The graph comes with its N-Triples (to_graph), which validation and the output files read: the
literal triples' lines are the mapping's own text, escaped as Oxigraph escapes, so only the ~450
triples with an IRI object are serialized. Measured (session 22, 300 generated articles, mapping and
N-Triples, CPU ms an article, 4 interleaved pairs of processes, min of 5 passes each): 2.19/2.20/2.19/2.00
-> 2.13/1.90/1.76/1.91 (medians of the passes 2.69/2.43/2.31/2.05 -> 2.56/2.24/2.24/1.98); the same
bytes (300 articles; a test with every character Oxigraph escapes).

Session 24: an article's new IRIs (~33 iri._mint misses: its statistics, memberships, new names) cost
0.18 ms with the words' slugs cached, 0.34 without; a pass over articles seen before measures map
without them (2.70 against 3.14 ms the first time, 150 articles).
"""
from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal, InvalidOperation

from pyoxigraph import NamedNode, RdfFormat, Triple, parse, serialize

from partykg.model import Article, Evidence, Extraction
from partykg.rdf.iri import BASE, is_safe, mint, mint_id
from partykg.rdf.namespaces import DCTERMS, FOAF, ORG, PKG, PROV, RDF, SCHEMA, SKOS, XSD
from partykg.rdf.vocab import document_class, load_vocabulary, organization_class

_MEASURE_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")


# A literal is kept as its N-Triples text and the literal triples of an article are parsed in one
# go (_Builder.graph_built): a Triple built in Python with a Literal object costs ~5 us (pyo3 tries
# every term type in turn), a parsed one ~1.5; an article has ~400 of them. The text is escaped as
# Oxigraph's N-Triples serializer escapes it, so the lines are the graph's N-Triples as they are:
# only the triples with an IRI object are serialized (to_graph).
LiteralText = str

# what Oxigraph writes for the characters it escapes: the C0 controls and DEL as \uXXXX, five of them
# in short form, the quote and the backslash
_ESCAPES = {**{c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F)},
            0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def literal(value: str, datatype: NamedNode | None = None, language: str | None = None) -> LiteralText:
    """The N-Triples text of a literal, escaped as Oxigraph writes it."""
    if _CONTROL.search(value):  # (rare: a line break, a tab; translate is ~20x slower than replace)
        quoted = '"' + value.translate(_ESCAPES) + '"'
    else:
        quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if language:
        return f"{quoted}@{language}"
    return f"{quoted}^^<{datatype.value}>" if datatype is not None else quoted


_INTEGER = f"^^<{XSD.integer.value}>"


def vi(text: str) -> LiteralText:
    return literal(text, language="vi")


def article_iri(article_id: str) -> NamedNode:
    return mint_id("article", article_id)


def org_iri(name: str, *scope: str) -> NamedNode:
    """An organization's IRI: its name, after the scope within which the name identifies one body (org_scopes),
    if any: an article's id, a unit's code, its host's scope and name."""
    return mint("org", *scope, name)


OrgScope = tuple[str, ...]


def org_scopes(ex: Extraction, article_id: str) -> dict[str, OrgScope]:
    """Within what each organization of the extraction is one body, where its name alone does not identify it
    across articles (docs/kg-contract.md, organizations' IRIs; the others: none, their IRIs the names' alone):
    - a body kept as written ("Tỉnh ủy": its unit is not known, Organization.local): its article;
    - a body seated in a unit whose name other units of the register share ("Đảng bộ xã Tân Lập" of two provinces,
      Organization.shared_seat): the unit's official code where the article's place has one, as places are minted;
    - a body named only within its host ("Chi bộ Văn phòng", "Chi bộ Tổ 3", Organization.named_by_host), or seated
      in a shared unit of no known code: its parent, itself in its parent's scope (the same host's body in two
      articles is one), else its article; a body in a loop of parents: its article;
    - a parent only named, never listed: the code of a listed child seated in the same shared unit."""
    orgs = {o.name: o for o in ex.organizations}
    codes = {p.label: p.code for p in ex.places if p.code}
    scopes: dict[str, OrgScope] = {}

    def in_loop(name: str) -> bool:  # its parents lead back to it: no parent identifies it, whatever the order
        walk, seen = orgs[name].parent, {name}
        while walk in orgs and walk not in seen:
            seen.add(walk)
            walk = orgs[walk].parent
        return walk == name

    def named_parent_scope(name: str) -> OrgScope:
        # a parent only named, never listed: the code of a listed child seated in the same shared unit ("Đảng ủy
        # xã X" names "Đảng bộ xã X"), else its name alone
        for o in ex.organizations:
            code = codes.get(o.jurisdiction or "") if o.shared_seat else None
            if o.parent == name and code and name.endswith(f" {o.jurisdiction}"):  # (the child's unit ends its name)
                return (code,)
        return ()

    def scope(name: str) -> OrgScope:
        if name in scopes:
            return scopes[name]
        o = orgs.get(name)
        if o is None:
            out: OrgScope = named_parent_scope(name)
        else:
            code = codes.get(o.jurisdiction or "") if o.shared_seat else None
            if o.local:
                out = (article_id,)
            elif code:
                out = (code,)
            elif o.named_by_host or o.shared_seat:
                out = (*scope(o.parent), o.parent) if o.parent and not in_loop(name) else (article_id,)
            else:
                out = ()
        scopes[name] = out
        return out

    for o in ex.organizations:
        scope(o.name)
    return {name: s for name, s in scopes.items() if s}


def person_iri(name: str) -> NamedNode:
    return mint("person", name)


def place_iri(label: str, code: str | None = None) -> NamedNode:
    # the official code when known: many communes share a name across provinces
    return mint_id("place", code) if code else mint("place", label)


def role_iri(label: str) -> NamedNode:
    return mint("role", label)


# a number of the central bodies' series ("57-NQ/TW", "12-HD/BTCTW") or of the state's, which holds its year
# ("120/2020/NĐ-CP"): one document in the country
_NATIONAL_NUMBER = re.compile(r"TW$|/(?:19|20)\d\d/")


def document_iri(identifier: str | None, label: str, issuer: str | None = None) -> NamedNode:
    # a numbered document is the same document whatever words cite it; a local body's number is one of its own
    # series (Hướng dẫn 36-HD/VPTW: each committee numbers its documents, so every Tỉnh ủy has a "28-CT/TU"):
    # with its issuer, when the text names it
    if identifier and issuer and not _NATIONAL_NUMBER.search(identifier):
        return mint("document", identifier, issuer)
    return mint("document", identifier) if identifier else mint("document", label)


def membership_iri(person: str, role: str, organization: str) -> NamedNode:
    return mint("membership", person, role, organization)


def statistic_iri(organization: str, measure: str, value, start, end) -> NamedNode:
    return mint("statistic", organization, measure, value, start or "", end or "")


def measure_iri(measure: str) -> NamedNode:
    if not _MEASURE_NAME.match(measure):
        raise ValueError(f"measure {measure!r} is not a CamelCase concept name")
    return PKG[measure]


def _date(value: str) -> LiteralText:
    if "T" not in value:
        return literal(value, datatype=XSD.date)
    try:  # "2022-05-16T09:25" -> "2022-05-16T09:25:00": xsd:dateTime needs the seconds
        value = datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat().replace("+00:00", "Z")
    except ValueError:
        pass  # left as is: the shapes report the ill-formed date
    return literal(value, datatype=XSD.dateTime)


def _period(value: str) -> LiteralText:
    return literal(value, datatype=XSD.date if len(value) == 10 else XSD.gYear)


def _number(value) -> LiteralText:
    if isinstance(value, bool):
        raise ValueError(f"statistic value {value!r} is not a number")
    if isinstance(value, int):
        return literal(str(value), datatype=XSD.integer)
    try:  # 39.66, "39.66", 1e-05 -> canonical decimal digits, never an exponent
        text = format(Decimal(str(value)), "f")
    except InvalidOperation:
        text = str(value)  # left as is: the shapes report the ill-formed number
    return literal(text, datatype=XSD.decimal)


def _int(n: int) -> LiteralText:
    # xsd:integer, not xsd:nonNegativeInteger: Oxigraph stores the latter as
    # xsd:integer, and data must validate the same after a round trip (shapes
    # check >= 0 instead); written directly: digits need no escaping (~250 an article)
    return f'"{n:d}"{_INTEGER}'


_START, _END, _RULE, _TEXT = (f"<{p.value}>" for p in (PKG.start, PKG.end, PKG.rule, PKG.text))


def _words(camel: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", camel).lower()


class _Builder:
    def __init__(self, article: Article, ex: Extraction):
        self.article = article
        self.a = article_iri(article.id)
        self.triples: dict[Triple, None] = {}  # distinct, in the order built
        self.literal_lines: dict[str, None] = {}  # the same for the triples with a literal object
        self.orgs = {o.name for o in ex.organizations}
        self.org_scopes = org_scopes(ex, article.id)
        self.persons = {p.name for p in ex.persons}
        self.places = {pl.label: pl.code for pl in ex.places}
        # evidence and sentence nodes already described, by span: each is described once
        self.evidences: dict[tuple[int, int, str], NamedNode] = {}
        self.sentences: dict[tuple[int, int], NamedNode] = {}
        self.safe_id = is_safe(article.id)  # (span_iri)

    def add(self, s: NamedNode, p: NamedNode, o: NamedNode | LiteralText | None) -> None:
        if isinstance(o, str):
            self.literal_lines[f"<{s.value}> <{p.value}> {o} .\n"] = None
        elif o is not None:
            self.triples[Triple(s, p, o)] = None

    def graph_built(self) -> tuple[list[Triple], bytes]:
        """The distinct triples built, those with an IRI object, then those with a literal one, and
        their N-Triples, a line each in that order (validate.ntriples's bytes: the literal lines are
        written as Oxigraph writes them). `lenient`: no second check of the IRIs, each made by
        NamedNode, which checks it."""
        text = "".join(self.literal_lines).encode()
        with_iri = list(self.triples)
        with_literal = [q.triple for q in parse(text, format=RdfFormat.N_TRIPLES, lenient=True)]
        return [*with_iri, *with_literal], (serialize(with_iri, format=RdfFormat.N_TRIPLES) or b"") + text

    def evidence(self, fact: NamedNode, evidence: list[Evidence]) -> None:
        """Link `fact` to the spans of the original file that state it (docs/kg-contract.md, evidence).

        Per span: `?e a pkg:Evidence ; pkg:start ; pkg:end ; pkg:rule ; pkg:sentence ?s`.
        Per sentence, once however many facts it states: `?s a pkg:Sentence ;
        dcterms:isPartOf ?article ; pkg:start ; pkg:end ; pkg:text` (the exact slice
        of the file, so the span's words are SUBSTR(text, start - sentence start + 1)).
        """
        for ev in evidence:
            e = self.evidences.get((ev.start, ev.end, ev.rule))
            if e is None:
                e = self.evidences[ev.start, ev.end, ev.rule] = self.describe_evidence(ev)
            self.triples[Triple(fact, PKG.evidence, e)] = None

    def span_iri(self, kind: str, start: int, end: int, *rest: str) -> NamedNode:
        """mint_id(kind, article id, "start-end", *rest): the IRI of an evidence (rest: its rule) or a
        sentence of the article, made with the article's id checked once, not per node (~1 us less a
        node; "start-end" is safe when start is not negative)."""
        if self.safe_id and start >= 0 and all(map(is_safe, rest)):
            return NamedNode("/".join((f"{BASE}{kind}/{self.article.id}/{start}-{end}", *rest)))
        return mint_id(kind, self.article.id, f"{start}-{end}", *rest)

    # Evidence and sentence nodes hold ~600 of an article's ~850 triples: theirs are put in
    # directly, each as add() would, the predicates' N-Triples text made once (~0.4 us less a
    # triple than a call of add(); the same triples in the same order).
    def span_lines(self, node: NamedNode, start: int, end: int, predicate: str, text: LiteralText) -> None:
        """The literal triples of an evidence or a sentence node: its start, its end, its rule or text."""
        iri = node.value
        for line in (f"<{iri}> {_START} {_int(start)} .\n", f"<{iri}> {_END} {_int(end)} .\n",
                     f"<{iri}> {predicate} {text} .\n"):
            self.literal_lines[line] = None

    def describe_evidence(self, ev: Evidence) -> NamedNode:
        # one node per span and rule: the same span read by the same rule is one evidence,
        # whichever facts cite it
        e = self.span_iri("evidence", ev.start, ev.end, ev.rule)
        self.triples[Triple(e, RDF.type, PKG.Evidence)] = None
        self.span_lines(e, ev.start, ev.end, _RULE, literal(ev.rule))
        ss, se = ev.sentence_start, ev.sentence_end  # trimmed by extract.evidence.sentence_span
        s = self.sentences.get((ss, se))
        if s is None:
            s = self.sentences[ss, se] = self.span_iri("sentence", ss, se)
            self.triples[Triple(s, RDF.type, PKG.Sentence)] = None
            self.triples[Triple(s, DCTERMS.isPartOf, self.a)] = None
            self.span_lines(s, ss, se, _TEXT, literal(ev.sentence))
        self.triples[Triple(e, PKG.sentence, s)] = None
        return e

    def mention(self, entity: NamedNode) -> None:
        self.add(self.a, SCHEMA.mentions, entity)

    # Referenced nodes: a membership, statistic, parent or issuer may name an
    # organization (person, place) the extractor did not list; give it a label
    # and the most general type so every node a query reaches has a name.
    def org_iri(self, name: str) -> NamedNode:
        return org_iri(name, *self.org_scopes.get(name, ()))

    def org_key(self, name: str) -> str:
        """What identifies the organization in the keys of memberships and statistics: its name, or its IRI where
        the name alone does not identify it (org_scopes)."""
        return self.org_iri(name).value if name in self.org_scopes else name

    def org_ref(self, name: str) -> NamedNode:
        oi = self.org_iri(name)
        if name not in self.orgs:
            self.add(oi, RDF.type, ORG.Organization)
            self.add(oi, SKOS.prefLabel, vi(name))
        return oi

    def person_ref(self, name: str) -> NamedNode:
        pi = person_iri(name)
        if name not in self.persons:
            self.add(pi, RDF.type, FOAF.Person)
            self.add(pi, FOAF.name, vi(name))
        return pi

    def place_ref(self, label: str, code: str | None = None) -> NamedNode:
        if label in self.places:
            return place_iri(label, self.places[label])
        li = place_iri(label, code)
        self.add(li, RDF.type, PKG.AdministrativeUnit)
        self.add(li, SKOS.prefLabel, vi(label))
        if code:
            self.add(li, PKG.adminCode, literal(code))
        return li


def to_triples(article: Article, ex: Extraction) -> list[Triple]:
    """All triples of one article's graph, distinct, in the order they were built, literal objects
    last (the same for the same input; the serializers in partykg.emit sort them, so no sort here).

    Raises UnknownKindError for an organization or document kind the ontology
    does not declare, ValueError for a malformed measure name.
    """
    return to_graph(article, ex)[0]


def to_graph(article: Article, ex: Extraction) -> tuple[list[Triple], bytes]:
    """to_triples and their N-Triples, a line each in their order (validate.ntriples of them, made
    for about half its cost: the literal triples' lines are the mapping's own text)."""
    b = _Builder(article, ex)
    a = b.a
    b.add(a, RDF.type, SCHEMA.NewsArticle)
    b.add(a, DCTERMS.identifier, literal(article.id))
    if article.title:
        b.add(a, DCTERMS.title, vi(article.title))
    if article.issued:
        b.add(a, DCTERMS.issued, _date(article.issued))
    if article.url:
        b.add(a, SCHEMA.url, literal(article.url, datatype=XSD.anyURI))
    for name in article.creators:
        b.add(a, DCTERMS.creator, b.person_ref(name))
    b.add(a, PKG.sha256, literal(article.checksum))

    for p in ex.persons:
        pi = person_iri(p.name)
        b.add(pi, RDF.type, FOAF.Person)
        b.add(pi, FOAF.name, vi(p.name))
        b.mention(pi)
        b.evidence(pi, p.evidence)
    for pl in ex.places:
        li = place_iri(pl.label, pl.code)
        b.add(li, RDF.type, PKG.AdministrativeUnit)
        b.add(li, SKOS.prefLabel, vi(pl.label))
        if pl.name:
            b.add(li, SCHEMA.name, vi(pl.name))
        if pl.unit_type:
            b.add(li, PKG.unitType, vi(pl.unit_type))
        if pl.code:
            b.add(li, PKG.adminCode, literal(pl.code))
        if pl.parent:
            b.add(li, PKG.partOf, b.place_ref(pl.parent, pl.parent_code))
        b.mention(li)
        b.evidence(li, pl.evidence)
    for o in ex.organizations:
        oi = b.org_iri(o.name)
        b.add(oi, RDF.type, organization_class(o.kind))
        b.add(oi, SKOS.prefLabel, vi(o.name))
        if o.parent:
            b.add(oi, ORG.subOrganizationOf, b.org_ref(o.parent))
        if o.jurisdiction:
            b.add(oi, PKG.jurisdiction, b.place_ref(o.jurisdiction))
        b.mention(oi)
        b.evidence(oi, o.evidence)
    for m in ex.memberships:
        mi = membership_iri(m.person, m.role, b.org_key(m.organization))
        ri = role_iri(m.role)
        b.add(mi, RDF.type, ORG.Membership)
        b.add(mi, ORG.member, b.person_ref(m.person))
        b.add(mi, ORG.organization, b.org_ref(m.organization))
        b.add(mi, ORG.role, ri)
        b.add(ri, RDF.type, ORG.Role)
        b.add(ri, RDF.type, SKOS.Concept)
        b.add(ri, SKOS.inScheme, PKG.RoleScheme)
        b.add(ri, SKOS.prefLabel, vi(m.role))
        b.add(mi, PROV.wasDerivedFrom, a)
        b.evidence(mi, m.evidence)
    for d in ex.documents:
        di = document_iri(d.identifier, d.label, d.issuer)
        b.add(di, RDF.type, document_class(d.kind))
        b.add(di, SKOS.prefLabel, vi(d.label))
        if d.identifier:
            b.add(di, DCTERMS.identifier, literal(d.identifier))
        if d.issuer:
            b.add(di, DCTERMS.creator, b.org_ref(d.issuer))
        if d.title:
            b.add(di, DCTERMS.title, vi(d.title))
        if d.term:
            b.add(di, PKG.term, literal(d.term))
        if d.date:
            b.add(di, DCTERMS.issued, _date(d.date))
        b.mention(di)
        b.evidence(di, d.evidence)
    known_measures = load_vocabulary().measures
    for s in ex.statistics:
        si = statistic_iri(b.org_key(s.organization), s.measure, s.value, s.start, s.end)
        mi = measure_iri(s.measure)
        b.add(si, RDF.type, PKG.MembershipStatistic)
        b.add(si, PKG.organization, b.org_ref(s.organization))
        b.add(si, PKG.measure, mi)
        if s.measure not in known_measures:
            # a finer measure of an extractor: declared here so it is a concept of
            # the scheme; shapes.ttl warns until the ontology documents it
            b.add(mi, RDF.type, SKOS.Concept)
            b.add(mi, SKOS.inScheme, PKG.MeasureScheme)
            b.add(mi, SKOS.prefLabel, literal(_words(s.measure), language="en"))
        b.add(si, PKG.value, _number(s.value))
        if s.start:
            b.add(si, PKG.periodStart, _period(s.start))
        if s.end:
            b.add(si, PKG.periodEnd, _period(s.end))
        b.add(si, PROV.wasDerivedFrom, a)
        b.evidence(si, s.evidence)
    return b.graph_built()
