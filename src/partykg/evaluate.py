"""Extraction quality against gold annotations: precision, recall and F1 per category.

    partykg evaluate --input TEXTS --gold GOLD [-v]

Every gold file (`<id>.json`, the format of the project's gold annotations)
names an article; its text is `TEXTS/<id>.*`. Each article runs through the
same per-article work as a flow run (ingest, extract, map), in this process,
and its graph is read back through the public patterns of the graph contract
(docs/kg-contract.md), so what is scored is what a SPARQL user would see.

Comparison follows the gold annotation rules: strings are compared with case,
white space, dashes and tone-mark placement folded ("Huyện Uỷ" = "huyện ủy");
numbers as values ("1.318" was already 1318, "39,66" is 39.66); periods as
years or ISO dates; a document without a number is identified by its label,
and two such labels match when one's words (four or more) are among the
other's. Statistics whose measure the contract does not name are compared by
organization and value only (category `statistics_other`).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, Store

from partykg.rdf.namespaces import PREFIXES

CORE = ("persons", "organizations", "memberships", "documents", "statistics", "places")
EXTRA = ("org_parents", "document_issuers", "statistics_with_period", "statistics_other",
         "issued", "titles", "creators")
# the measures the contract names; any other is matched by organization and value
CONTRACT_MEASURES = frozenset(m.casefold() for m in (
    "NewMembers", "TotalMembers", "AdmissionTarget", "TargetAchievement", "MemberGrowth",
    "GrassrootsPartyOrganizations", "GrassrootsPartyCommittees", "GrassrootsPartyCells",
    "AffiliatedPartyCells"))
_TONE_DIGIT = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}
_DASHES = re.compile(r"\s*[\u2010-\u2015\u2212-]\s*")
_EDGE_PUNCT = "\"'“”‘’.,;:()[]"


def fold(text) -> str:
    """Case, white space, dashes and tone-mark placement folded: each word keeps its tone as a digit."""
    if text is None:
        return ""
    words = []
    for word in _DASHES.sub(" - ", unicodedata.normalize("NFD", str(text))).split():
        tone = "".join(_TONE_DIGIT.get(ch, "") for ch in word)[-1:]
        bare = unicodedata.normalize("NFC", "".join(ch for ch in word if ch not in _TONE_DIGIT))
        bare = bare.casefold().strip(_EDGE_PUNCT)
        if bare:
            words.append(bare + tone)
    return " ".join(words)


def fold_identifier(text) -> str:
    text = unicodedata.normalize("NFC", str(text or "")).upper()
    return re.sub(r"\s+", "", re.sub(r"^SỐ\s*", "", text))


def fold_number(value) -> str:
    try:
        return str(Decimal(str(value).replace(",", ".")).normalize())
    except InvalidOperation:
        return str(value)


def fold_period(value) -> str:
    if value in (None, ""):
        return ""
    value = str(value)
    return value[:10] if re.match(r"\d{4}-\d{2}-\d{2}", value) else value[:4]


def document_key(identifier, label) -> str:
    """A document's identity: its canonical number, else '~' and its folded label."""
    return fold_identifier(identifier) if identifier not in (None, "") else "~" + fold(label)


def _labels_match(a: str, b: str) -> bool:
    """Two number-less documents are one when the smaller label's words (4+) are all in the other."""
    if not (a.startswith("~") and b.startswith("~")):
        return False
    wa, wb = set(a[1:].split()), set(b[1:].split())
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(small) >= 4 and small <= large


@dataclass
class Facts:
    """One article's facts, per category, as sets of folded tuples."""

    by_category: dict[str, set] = field(default_factory=lambda: defaultdict(set))

    def add_statistic(self, organization: str, measure: str, value, start, end) -> None:
        if measure.casefold() in CONTRACT_MEASURES:
            base = (organization, measure.casefold(), fold_number(value))
            self.by_category["statistics"].add(base)
            self.by_category["statistics_with_period"].add(base + (fold_period(start), fold_period(end)))
        else:
            self.by_category["statistics_other"].add((organization, fold_number(value)))


def gold_facts(gold: dict) -> Facts:
    facts = Facts()
    f = facts.by_category
    if gold.get("title"):
        f["titles"].add(fold(gold["title"]))
    if gold.get("issued"):
        f["issued"].add(str(gold["issued"])[:10])
    f["creators"] = {fold(c) for c in gold.get("creators", [])}
    f["persons"] = {fold(p) for p in gold.get("persons", [])}
    for o in gold.get("organizations", []):
        f["organizations"].add(fold(o["name"]))
        if o.get("parent"):
            f["org_parents"].add((fold(o["name"]), fold(o["parent"])))
    f["memberships"] = {(fold(m["person"]), fold(m["role"]), fold(m["organization"]))
                        for m in gold.get("memberships", [])}
    for d in gold.get("documents", []):
        key = document_key(d.get("identifier"), d.get("label"))
        f["documents"].add(key)
        if d.get("issuer"):
            f["document_issuers"].add((key, fold(d["issuer"])))
    for s in gold.get("statistics", []):
        facts.add_statistic(fold(s["organization"]), s["measure"], s["value"], s.get("start"), s.get("end"))
    f["places"] = {fold(p) for p in gold.get("places", [])}
    return facts


_HEADER = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
# the graph contract's patterns (docs/kg-contract.md), one query per category
_QUERIES = {
    "articles": """SELECT ?id ?t ?d WHERE { ?a a schema:NewsArticle ; dcterms:identifier ?id .
                   OPTIONAL { ?a dcterms:title ?t } OPTIONAL { ?a dcterms:issued ?d } }""",
    "creators": """SELECT ?id ?n WHERE { ?a a schema:NewsArticle ; dcterms:identifier ?id ; dcterms:creator ?c .
                   OPTIONAL { ?c foaf:name|skos:prefLabel|rdfs:label|schema:name ?n } }""",
    "persons": """SELECT ?id ?n WHERE { ?a a schema:NewsArticle ; dcterms:identifier ?id ; schema:mentions ?p .
                  ?p a foaf:Person ; foaf:name ?n }""",
    "organizations": """SELECT ?id ?n ?pn WHERE { ?a a schema:NewsArticle ; dcterms:identifier ?id ;
                        schema:mentions ?o .
                        ?o a/rdfs:subClassOf* org:Organization ; skos:prefLabel ?n .
                        OPTIONAL { ?o org:subOrganizationOf/skos:prefLabel ?pn } }""",
    "memberships": """SELECT ?id ?pn ?rn ?on WHERE { ?m a org:Membership ; prov:wasDerivedFrom ?a ;
                      org:member/foaf:name ?pn ; org:role/skos:prefLabel ?rn ; org:organization/skos:prefLabel ?on .
                      ?a dcterms:identifier ?id }""",
    "documents": """SELECT ?id ?ident ?label ?issuer WHERE { ?a a schema:NewsArticle ; dcterms:identifier ?id ;
                    schema:mentions ?d . ?d a/rdfs:subClassOf* pkg:PartyDocument .
                    OPTIONAL { ?d dcterms:identifier ?ident } OPTIONAL { ?d skos:prefLabel ?label }
                    OPTIONAL { ?d dcterms:creator/skos:prefLabel ?issuer } }""",
    "statistics": """SELECT ?id ?on ?m ?v ?s ?e WHERE { ?x a pkg:MembershipStatistic ; prov:wasDerivedFrom ?a ;
                     pkg:organization/skos:prefLabel ?on ; pkg:measure ?m ; pkg:value ?v .
                     ?a dcterms:identifier ?id .
                     OPTIONAL { ?x pkg:periodStart ?s } OPTIONAL { ?x pkg:periodEnd ?e } }""",
    "places": """SELECT ?id ?n WHERE { ?a a schema:NewsArticle ; dcterms:identifier ?id ; schema:mentions ?l .
                 ?l a/rdfs:subClassOf* pkg:AdministrativeUnit ; skos:prefLabel ?n }""",
}


def _value(term) -> str | None:
    return None if term is None else term.value


def graph_facts(store: Store) -> dict[str, Facts]:
    """Read a store through the contract's patterns into {article id: Facts}."""
    out: dict[str, Facts] = defaultdict(Facts)

    def query(name):
        return store.query(_HEADER + _QUERIES[name], use_default_graph_as_union=True)

    for r in query("articles"):
        f = out[r["id"].value].by_category
        if r["t"] is not None:
            f["titles"].add(fold(r["t"].value))
        if r["d"] is not None:
            f["issued"].add(r["d"].value[:10])
    for r in query("creators"):
        out[r["id"].value].by_category["creators"].add(fold(_value(r["n"])))
    for r in query("persons"):
        out[r["id"].value].by_category["persons"].add(fold(r["n"].value))
    for r in query("organizations"):
        f = out[r["id"].value].by_category
        f["organizations"].add(fold(r["n"].value))
        if r["pn"] is not None:
            f["org_parents"].add((fold(r["n"].value), fold(r["pn"].value)))
    for r in query("memberships"):
        out[r["id"].value].by_category["memberships"].add(
            (fold(r["pn"].value), fold(r["rn"].value), fold(r["on"].value)))
    for r in query("documents"):
        f = out[r["id"].value].by_category
        key = document_key(_value(r["ident"]), _value(r["label"]))
        f["documents"].add(key)
        if r["issuer"] is not None:
            f["document_issuers"].add((key, fold(r["issuer"].value)))
    for r in query("statistics"):
        measure = re.split(r"[#/]", r["m"].value)[-1]
        out[r["id"].value].add_statistic(fold(r["on"].value), measure, r["v"].value,
                                         _value(r["s"]), _value(r["e"]))
    for r in query("places"):
        out[r["id"].value].by_category["places"].add(fold(r["n"].value))
    return out


def matches(got: set, expected: set, category: str) -> tuple[set, set]:
    """(the items of `got` matched, the items of `expected` matched), one to one."""
    hits = got & expected
    if category != "documents":
        return hits, hits
    matched_got, matched_expected = set(hits), set(hits)
    for g in sorted(map(str, got - hits)):
        for e in sorted(expected - matched_expected):
            if _labels_match(g, e):  # an unnumbered document named by the same words
                matched_expected.add(e)
                matched_got.add(g)
                break
    return matched_got, matched_expected


@dataclass
class Score:
    counts: dict[str, list[int]]  # category -> [tp, fp, fn]
    misses: list[str]  # "<article> <category> MISSED|SPURIOUS <item>"
    failures: list[str]  # articles that failed in a stage or have no text

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def category(self, name: str) -> tuple[float, float, float]:
        return self.prf(*self.counts[name])

    def overall(self) -> tuple[float, float, float]:
        """Micro-average over the core categories."""
        return self.prf(*(sum(self.counts[c][i] for c in CORE) for i in range(3)))

    def table(self) -> str:
        lines = [f"{'category':24} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
        for cat in CORE + EXTRA:
            p, r, f = self.category(cat)
            tp, fp, fn = self.counts[cat]
            lines.append(f"{cat:24} {p:6.3f} {r:6.3f} {f:6.3f}   {tp}/{fp}/{fn}")
        p, r, f = self.overall()
        lines += [f"overall P {p:.3f} R {r:.3f}", f"overall F1 {f:.3f}"]
        return "\n".join(lines)

    def as_dict(self) -> dict:
        # six places: figures are printed at three, and one rounded at four first is rounded twice
        out = {}
        for cat in CORE + EXTRA:
            p, r, f = self.category(cat)
            tp, fp, fn = self.counts[cat]
            out[cat] = {"precision": round(p, 6), "recall": round(r, 6), "f1": round(f, 6),
                        "tp": tp, "fp": fp, "fn": fn}
        p, r, f = self.overall()
        out["overall"] = {"precision": round(p, 6), "recall": round(r, 6), "f1": round(f, 6)}
        return out


def read_golds(gold_dir: Path, problems: list[str]) -> dict[str, dict]:
    """{article id: gold annotation} of every <id>.json; a file that cannot be read is a problem, not a crash."""
    golds = {}
    for gold_file in sorted(gold_dir.glob("*.json")):
        try:
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            gold_facts(gold)  # every field it needs is there and of the right shape
            golds[gold["id"]] = gold
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            problems.append(f"{gold_file}: not a gold annotation ({type(exc).__name__}: {exc})")
    return golds


def score(got: dict[str, Facts], gold_dir: Path, problems: list[str] | None = None,
          golds: dict[str, dict] | None = None) -> tuple[dict[str, list[int]], list[str]]:
    """Counts per category and the misses; `golds`: the annotations already read (else read here)."""
    counts = {c: [0, 0, 0] for c in CORE + EXTRA}
    misses = []
    if golds is None:
        golds = read_golds(gold_dir, problems if problems is not None else [])
    for art, gold in golds.items():
        exp = gold_facts(gold).by_category
        have = got[art].by_category if art in got else {}
        for cat in CORE + EXTRA:
            g, e = have.get(cat, set()), exp.get(cat, set())
            matched_got, matched_expected = matches(g, e, cat)
            tp = len(matched_got)
            for i, n in enumerate((tp, len(g) - tp, len(e) - tp)):
                counts[cat][i] += n
            # the listing agrees with the counts: a document matched by its label words is no miss
            misses += [f"{art} {cat} MISSED   {item}" for item in sorted(map(str, e - matched_expected))]
            misses += [f"{art} {cat} SPURIOUS {item}" for item in sorted(map(str, g - matched_got))]
    return counts, misses


def _text_of(texts: Path, article_id: str) -> Path | None:
    found = sorted(p for p in texts.glob(f"{article_id}.*") if p.is_file())
    return found[0] if found else None


def evaluate(texts: Path, gold_dir: Path) -> Score:
    """Run the per-article work on every gold article's text and score the graphs."""
    from partykg.package_data import read_bytes
    from partykg.process import process_file
    from partykg.rdf.vocab import ONTOLOGY_DIR

    store = Store()
    store.load(read_bytes(ONTOLOGY_DIR, "partykg.ttl"), format=RdfFormat.TURTLE)
    failures: list[str] = []
    golds = read_golds(gold_dir, failures)
    for article_id in golds:
        path = _text_of(texts, article_id)
        if path is None:
            failures.append(f"{article_id}: no text under {texts}")
            continue
        result = process_file(path)
        if result.error:
            failures.append(f"{path}: {result.error}")
        store.extend(Quad(t.subject, t.predicate, t.object) for t in result.triples)
    counts, misses = score(graph_facts(store), gold_dir, golds=golds)
    return Score(counts, misses, failures)

