"""Map an Article and its Extraction to RDF triples (kg-contract.md)."""
from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Triple

from partykg.model import Article, Evidence, Extraction
from partykg.rdf.iri import mint
from partykg.rdf.namespaces import DCTERMS, FOAF, ORG, PKG, PROV, RDF, SCHEMA, SKOS, XSD


def vi(text: str) -> Literal:
    return Literal(text, language="vi")


def article_iri(article_id: str) -> NamedNode:
    return mint("article", article_id)


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.dateTime if "T" in value else XSD.date)


def _period(value: str) -> Literal:
    return Literal(value, datatype=XSD.date if len(value) == 10 else XSD.gYear)


def _number(value) -> Literal:
    if isinstance(value, int):
        return Literal(str(value), datatype=XSD.integer)
    return Literal(str(value), datatype=XSD.decimal)


class _Builder:
    def __init__(self, article: Article):
        self.article = article
        self.a = article_iri(article.id)
        self.triples: set[Triple] = set()

    def add(self, s, p, o) -> None:
        if o is not None:
            self.triples.add(Triple(s, p, o))

    def evidence(self, fact: NamedNode, evidence: list[Evidence]) -> None:
        """Link a fact to the sentences that state it (offsets into the original file)."""
        for ev in evidence:
            e = mint("evidence", self.article.id, ev.start, ev.end, ev.rule)
            self.add(fact, PKG.evidence, e)
            self.add(e, RDF.type, PKG.Evidence)
            self.add(e, PROV.wasDerivedFrom, self.a)
            self.add(e, PKG.sentence, Literal(ev.sentence))
            self.add(e, PKG.start, Literal(str(ev.start), datatype=XSD.integer))
            self.add(e, PKG.end, Literal(str(ev.end), datatype=XSD.integer))
            self.add(e, PKG.sentenceStart, Literal(str(ev.sentence_start), datatype=XSD.integer))
            self.add(e, PKG.sentenceEnd, Literal(str(ev.sentence_end), datatype=XSD.integer))
            self.add(e, PKG.rule, Literal(ev.rule))

    def mention(self, entity: NamedNode, evidence: list[Evidence]) -> None:
        self.add(self.a, SCHEMA.mentions, entity)


def org_iri(name: str) -> NamedNode:
    return mint("org", name)


def to_triples(article: Article, ex: Extraction) -> list[Triple]:
    """All triples of one article's graph, sorted (deterministic output)."""
    b = _Builder(article)
    a = b.a
    b.add(a, RDF.type, SCHEMA.NewsArticle)
    b.add(a, DCTERMS.identifier, Literal(article.id))
    if article.title:
        b.add(a, DCTERMS.title, vi(article.title))
    if article.issued:
        b.add(a, DCTERMS.issued, _date(article.issued))
    for name in article.creators:
        c = mint("person", name)
        b.add(a, DCTERMS.creator, c)
        b.add(c, RDF.type, FOAF.Person)
        b.add(c, FOAF.name, vi(name))
    b.add(a, PKG.sha256, Literal(article.checksum))

    for p in ex.persons:
        pi = mint("person", p.name)
        b.add(pi, RDF.type, FOAF.Person)
        b.add(pi, FOAF.name, vi(p.name))
        b.mention(pi, p.evidence)
        b.evidence(pi, p.evidence)
    for pl in ex.places:
        li = mint("place", pl.code or pl.label)
        b.add(li, RDF.type, PKG.AdministrativeUnit)
        b.add(li, SKOS.prefLabel, vi(pl.label))
        b.add(li, PKG.unitType, vi(pl.unit_type))
        if pl.code:
            b.add(li, PKG.adminCode, Literal(pl.code))
        if pl.parent:  # the enclosing unit: linked, labelled, but not a mention of the article
            pi = mint("place", pl.parent_code or pl.parent)
            b.add(li, PKG.partOf, pi)
            b.add(pi, RDF.type, PKG.AdministrativeUnit)
            b.add(pi, SKOS.prefLabel, vi(pl.parent))
            if pl.parent_code:
                b.add(pi, PKG.adminCode, Literal(pl.parent_code))
        b.mention(li, pl.evidence)
        b.evidence(li, pl.evidence)
    places = {pl.label: mint("place", pl.code or pl.label) for pl in ex.places}
    for o in ex.organizations:
        oi = org_iri(o.name)
        b.add(oi, RDF.type, PKG[o.kind])
        b.add(oi, SKOS.prefLabel, vi(o.name))
        if o.parent:
            b.add(oi, ORG.subOrganizationOf, org_iri(o.parent))
        if o.jurisdiction and o.jurisdiction in places:
            b.add(oi, PKG.jurisdiction, places[o.jurisdiction])
        b.mention(oi, o.evidence)
        b.evidence(oi, o.evidence)
    for m in ex.memberships:
        mi = mint("membership", m.person, m.role, m.organization)
        ri = mint("role", m.role)
        b.add(mi, RDF.type, ORG.Membership)
        b.add(mi, ORG.member, mint("person", m.person))
        b.add(mi, ORG.organization, org_iri(m.organization))
        b.add(mi, ORG.role, ri)
        b.add(ri, RDF.type, ORG.Role)
        b.add(ri, SKOS.prefLabel, vi(m.role))
        b.add(mi, PROV.wasDerivedFrom, a)
        b.evidence(mi, m.evidence)
    for d in ex.documents:
        di = mint("document", d.identifier or d.label)
        b.add(di, RDF.type, PKG[d.kind])
        b.add(di, SKOS.prefLabel, vi(d.label))
        if d.identifier:
            b.add(di, DCTERMS.identifier, Literal(d.identifier))
        if d.issuer:  # the issuer's node carries its name even when no organization fact names it
            b.add(di, DCTERMS.creator, org_iri(d.issuer))
            b.add(org_iri(d.issuer), RDF.type, PKG.PartyOrganization)
            b.add(org_iri(d.issuer), SKOS.prefLabel, vi(d.issuer))
        if d.title:
            b.add(di, DCTERMS.title, vi(d.title))
        if d.date:
            b.add(di, DCTERMS.issued, _date(d.date))
        if d.term:
            b.add(di, PKG.term, Literal(d.term))
        b.mention(di, d.evidence)
        b.evidence(di, d.evidence)
    for s in ex.statistics:
        si = mint("statistic", s.organization, s.measure, s.value, s.start, s.end)
        b.add(si, RDF.type, PKG.MembershipStatistic)
        b.add(si, PKG.organization, org_iri(s.organization))
        b.add(si, PKG.measure, PKG[s.measure])
        b.add(si, PKG.value, _number(s.value))
        if s.start:
            b.add(si, PKG.periodStart, _period(s.start))
        if s.end:
            b.add(si, PKG.periodEnd, _period(s.end))
        b.add(si, PROV.wasDerivedFrom, a)
        b.evidence(si, s.evidence)
    return sorted(b.triples, key=str)
