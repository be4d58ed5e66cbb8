"""SHACL validation of a graph against ontology/shapes.ttl, with the ontology for RDFS inference.

Engine: pyshacl-turbo (a Rust re-implementation of pySHACL with the same
API), with pySHACL as the fallback when turbo is not installed or cannot run
a graph. On our shapes both give the same reports - severity, focus node,
path, value, source shape, messages - on every test graph of tests/shapes/
(tests/shapes/test_engines.py keeps checking it). PARTYKG_SHACL=pyshacl forces
the reference engine, which runs pySHACL's own way: the whole ontology mixed
into the data ("inoculation") and RDFS inference over the union, every call.

The turbo path gets the same reports for a fraction of the cost (a mapped
article of ~870 triples: ~8 ms CPU, ~7 of them in the engine (~2 of which
only loading the triples, ~2.5 us each), ~1.1 in the entailments and
N-Triples, instead of ~50 ms with turbo's own inoculation and inference per
call) by doing once per process what does not depend on the data (`_Prepared`): the shapes are compiled once, and the
ontology is inoculated and RDFS-closed once (turbo's public `validate` with
`inplace=True` on an empty graph). Per graph it adds only what RDFS inference
derives from the data's own triples that a shape can observe and the graph
does not say already (`_Prepared.entailed`: triples of super-properties a
shape reads, types from rdfs:domain and rdfs:range), mixes in only the part of
the ontology the graph reaches (`_Prepared.ontology_for`: ~45 of its 330
triples for an article, the concepts and classes it names) and hands the
engine plain N-Triples, with no rdflib round trip. Left out, because no shape reads them
(`_Reads` checks it on the shapes graph; when a shape does read them, the
reference engine runs instead):
- explicit superclass types: sh:targetClass and sh:class follow
  rdf:type/rdfs:subClassOf* in the data graph, where the ontology's class
  hierarchy is; superclasses that a SPARQL query, sh:hasValue or sh:in
  names are still asserted;
- types no shape can tell apart (owl:Class, owl:NamedIndividual, rdfs:Resource,
  ...: neither the class nor a superclass is a target, an sh:class or named);
- the RDFS vocabulary's own entailments: every node an rdfs:Resource, every
  predicate an rdf:Property and its own sub-property;
- triples whose predicate no shape reads (the terms' rdfs:label and
  rdfs:comment; schema:value, which pkg:value entails).
Each of these is ~2 us of engine time per triple per call.

In the engine, a value comparison (sh:minInclusive, sh:lessThanOrEquals, sh:in)
costs ~15-25 us per value and a SPARQL constraint ~17 us per focus node plus its
query (~35 us for a sentence's length check, ~70 for a statistic's period order),
against ~2 us for a count or datatype: the shapes check offsets and a statistic's
sign, and run the SPARQL constraints of pks:SentenceShape and
pks:MembershipStatisticShape, where a SPARQL target (the constraint's own query asked
once of the graph) finds them failing, not on every node (shapes.ttl). A shape whose
targets match nothing in a graph costs nothing measurable, so shapes are not picked
per article; a SPARQL target costs its query, ~0.2-1 ms (measured per shape, removing one at a time, on 600 generated
articles: the offset, span and sentence-offset targets ~0.9, ~0.7 and ~0.45 ms, the
evidences' property constraints ~1 ms, the organizations' cycle check ~0.4 ms, the
data's loading ~2.7 ms), and the rewordings tried (fewer rows, other join orders)
were no cheaper; nor was the cycle check as a SPARQL target (its own query, the organizations
on a cycle: within +-0.4 ms of the per-organization constraint, interleaved per article on
300 articles, either join order). Another engine, pyrudof 0.3.35 (not a dependency), took
~95-145 ms CPU an article (6 articles, a fresh instance each: one reused kept the previous
graph's results), ~20-30 of them validating, and counted one of the warnings as a violation.
Loading is ~2 us a triple whatever the text (N-Triples, N-Quads or
Turtle; long or short IRIs): only fewer triples would cut it, and a shape reads
every predicate of an article but schema:name. Several articles in one call cost
more per article, not less (10 articles: ~1.2x, 30: ~1.4x; and their shared
nodes - people, organizations - would mix their findings).

Where the engine's time went at f873a20 (150 generated articles, each shape's targets
removed in turn, every variant run on each article in random order, min of 2 calls; a
loaded machine, engine 8.5 ms an article, noise ~0.2 ms): loading the ~900 triples with
no shapes at all ~3.3 ms; pks:EvidenceShape ~1.3 (82 evidences an article, 14 checks
each); the SPARQL targets of pks:EvidenceOffsetShape ~0.85 and pks:EvidenceSpanShape
~0.6; the cycle check ~0.5; pks:OrganizationShape ~0.45; every other shape <= 0.3, and
removing any one property shape of the evidence, sentence, organization, membership,
statistic and place shapes saved less than the noise. Any SPARQL in a call costs
~0.2 ms once (a one-triple graph: 0.03 ms without the SPARQL targets, 0.23-0.3 with
them), whatever the query's text (minified, prefixes inlined: the same) and however
many targets (the sentence and statistic targets merged into one query each: the same
to 0.03 ms, and within the noise on articles). Tried and dropped: inplace=True (+0.7 ms
an article); the cycle query as one hop then org:subOrganizationOf* (either way
written: no gain). No SPARQL constraint left has a core form with the same results:
the cycle compares a path's values with the focus node itself, the span and the
sentence length compare values of two nodes or a length with a difference, the
period order compares a gYear with a date by its year (sh:lessThanOrEquals finds them
incomparable).

The evidence and sentence nodes (~600 of an article's ~900 triples, and the checks of six shapes:
the offsets' sign and order, a span inside its sentence, a sentence's text as long as its
offsets say) are checked in Python (`_Spans`) when they pass, which a mapped article's do: the
engine then gets the graph without their own triples and the shapes without those six (engine
~6.2 -> ~2.1 ms an article; the checks ~0.5-1 ms). Any node that fails a check, or anything the
checks do not expect, sends the graph to every shape, so the findings are the engine's either way
(tests/shapes/test_spans_apart.py); an edit of any of the six shapes turns the checks off until they
are checked against it (SPAN_SHAPES_DIGEST). Measured (300 generated articles, validate's CPU ms an article,
3 interleaved pairs of processes, 5 passes each, a machine at load ~8-11): min 9.28/8.33/7.51 ->
4.96/4.75/4.51, median 11.08/9.18/8.05 -> 6.36/5.00/4.78. Tried and dropped: entailed and
ontology_for on the other triples only (no gain within the noise: the list of them costs it).

One private name of pyshacl-turbo is used, `CompiledShapes._native` (the
compiled shapes of its Rust engine, whose `validate` the public
`CompiledShapes.validate` calls): it takes the data as N-Triples text and gives
the report as N-Triples text, which pyoxigraph reads (~0.1 ms an article). The
public method turns that report into an rdflib graph first: ~1.4 ms an article
on average (~0.4 for a report without results, ~4.3 for one with ~15), a
seventh of the validation. The public ways in cost more too: a pyoxigraph
Store ~6 ms more per article (it is dumped to N-Quads and parsed again), RDF
text or an rdflib Graph more still (an rdflib round trip). The exact pin in
pyproject.toml (pyshacl-turbo==0.6.5) holds the name and its arguments, and
the shape tests compare every report with the reference engine's.

Outside the engine (300 generated articles of /tmp/bench12/in-1000, CPU, session 16):
~1.2 ms an article - entailed ~0.45, ontology_for ~0.35, decoding ~0.1, findings and
report ~0.2; and the run's ntriples ~0.2-0.4 - against ~8 in the engine. Most of
entailed and ontology_for is reading the terms of ~850 pyoxigraph Triples (each
attribute read is a new Python object, ~0.2 us). Tried and dropped, each measured
as interleaved A/B runs of map + validate: the mapping handing validation its
triples by predicate with the terms it has in hand
(validation's own part -0.3 to -0.5 ms, the mapping's filing -0.1 to +0.9 ms: net
+0.06 ms on average over 5 rounds); the mapping writing every triple as its N-Triples
line, with the terms by predicate, and parsing the Triples from them (a parsed IRI
triple ~1.1 us against ~0.9 built, and the filing: net -0.3 to +0.6 ms over 7 rounds);
the graph read by predicate from its N-Triples instead (splitting and filing the ~850
lines alone ~0.45 ms as text, ~0.65 as bytes); session 22 (150 articles, interleaved in one
process): ontology_for from the N-Triples by one regex over their IRIs (the same bytes, 1.1-1.5 ms
against 0.33-0.43), and ontology_for without the look-up of literal objects (no gain: 0.33-0.39
against 0.29-0.41). Any pass over an article's triples in
Python costs ~0.3-0.7 ms: what is left here is near that floor. And no fewer triples for the
engine: of an article's own, only schema:url and a place's schema:name (~4 an article)
are read by no shape (every other predicate, the evidence's and the sentences' ~600
triples included, is a shape's path or a query's), less than filtering them costs.

The result keeps the findings as plain data and renders the report as Turtle
with deterministic IRIs (pySHACL's own report is made of blank nodes, whose
serialization changes from run to run). Only sh:Violation makes a graph
non-conforming: warnings are reported and never block.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import rdflib
from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple, parse, serialize
from rdflib.namespace import SH

from partykg.package_data import ONTOLOGY, Folder, folder, read_bytes
from partykg.rdf.iri import mint_id
from partykg.rdf.namespaces import DCTERMS, PKG, PREFIXES, RDF, SCHEMA as SDO, SH as XSH, SH_PREFIX, XSD
from partykg.rdf.sparql_terms import named_terms

ONTOLOGY_DIR = ONTOLOGY  # package data: partykg/ontology (shapes.ttl, partykg.ttl)
REPORT_PREFIXES = dict(PREFIXES, sh=SH_PREFIX)
SEVERITIES = {XSH[s]: s for s in ("Violation", "Warning", "Info")}


class StrictValidationError(RuntimeError):
    """`partykg run --strict`: some article violates a shape."""


def enforce_strict(summary: dict) -> None:
    """--strict: fail when the run quarantined any article (warnings never count)."""
    if summary.get("quarantined"):
        raise StrictValidationError(
            f"--strict: {len(summary['quarantined'])} article(s) violate the shapes: "
            + ", ".join(sorted(summary["quarantined"])))


@dataclass(frozen=True)
class Finding:
    severity: str  # "Violation", "Warning" or "Info"
    focus: str
    path: str | None
    value: str | None
    component: str
    shape: str | None  # IRI of the source shape, None for an anonymous property shape
    message_en: str
    message_vi: str

    def line(self) -> str:
        where = f" {self.path.rsplit('/', 1)[-1]}" if self.path else ""
        return f"{self.severity}: <{self.focus}>{where}: {self.message_en or self.component}"


@dataclass
class ValidationResult:
    conforms: bool  # no sh:Violation
    violations: int
    warnings: int
    findings: list[Finding] = field(default_factory=list)
    report: list[Triple] = field(default_factory=list)  # the sh:ValidationReport

    @property
    def report_text(self) -> str:
        return "\n".join(f.line() for f in self.findings)

    @property
    def report_turtle(self) -> str:
        """The report as Turtle (made when asked: a run writes the triples, not this text)."""
        return (serialize(self.report, format=RdfFormat.TURTLE, prefixes=REPORT_PREFIXES) or b"").decode("utf-8")


@lru_cache(maxsize=4)
def _load(ontology_dir: Folder) -> tuple[rdflib.Graph, rdflib.Graph]:
    shapes = rdflib.Graph(bind_namespaces="none").parse(data=read_bytes(ontology_dir, "shapes.ttl"),
                                                        format="turtle")
    ontology = rdflib.Graph().parse(data=read_bytes(ontology_dir, "partykg.ttl"), format="turtle")
    return shapes, ontology


def ntriples(triples: list[Triple]) -> bytes:
    """The N-Triples of `triples`: a line each, in their order (what validate's `nt` is)."""
    return serialize(triples, format=RdfFormat.N_TRIPLES) or b""


def _as_rdflib(nt: bytes) -> rdflib.Graph:
    return rdflib.Graph().parse(data=nt, format="nt")


TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_SUBCLASS = NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
RDFS_SUBPROPERTY = NamedNode("http://www.w3.org/2000/01/rdf-schema#subPropertyOf")
RDFS_DOMAIN = NamedNode("http://www.w3.org/2000/01/rdf-schema#domain")
RDFS_RANGE = NamedNode("http://www.w3.org/2000/01/rdf-schema#range")
SCHEMA = {RDFS_SUBCLASS, RDFS_SUBPROPERTY, RDFS_DOMAIN, RDFS_RANGE}
_TYPE, _SCHEMA = object(), object()  # _Prepared.actions: an rdf:type triple, an RDFS schema triple
RDFS_VOCABULARY = [NamedNode(f"http://www.w3.org/2000/01/rdf-schema#{t}") for t in (
    "Resource", "Class", "Literal", "Datatype", "ContainerMembershipProperty", "subClassOf", "subPropertyOf",
    "domain", "range", "member")] + [NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#Property")]


def _closure(pairs: Iterable[tuple[NamedNode, NamedNode]]) -> dict[NamedNode, tuple[NamedNode, ...]]:
    """x -> every y reachable from x along the pairs (x itself left out)."""
    direct: dict[NamedNode, set[NamedNode]] = {}
    for a, b in pairs:
        direct.setdefault(a, set()).add(b)
    out = {}
    for start in direct:
        seen, todo = set(), list(direct[start])
        while todo:
            n = todo.pop()
            if n not in seen:
                seen.add(n)
                todo.extend(direct.get(n, ()))
        seen.discard(start)
        out[start] = tuple(sorted(seen, key=str))
    return out


class _Reads:
    """What the shapes can observe of a graph, read off the shapes graph (conservatively).

    A SHACL engine reads the predicates the shapes name (paths, targets,
    comparisons), rdf:type and rdfs:subClassOf, and whatever the SPARQL
    constraints mention. It finds the instances of a class named by
    sh:targetClass or sh:class along rdf:type/rdfs:subClassOf* itself, so
    an explicit superclass type is observable only for a class named
    elsewhere - in a SPARQL query (`?x a C`), sh:hasValue, sh:in."""

    def __init__(self, shapes: rdflib.Graph):
        self.closed = (None, SH.closed, rdflib.Literal(True)) in shapes
        # IRIs the shapes name as values (paths, targets, sh:hasValue, sh:in ...), but as a
        # targetClass/class; the shapes graph's own predicates (rdfs:label of pks:) read no data
        self.named = {str(o) for _s, p, o in shapes if isinstance(o, rdflib.URIRef)
                      and p not in (SH.targetClass, SH["class"])}
        self.classes = {str(o) for p in (SH.targetClass, SH["class"]) for o in shapes.objects(None, p)}
        texts = [str(o) for p in (SH.select, SH.ask, SH.construct, SH.update) for o in shapes.objects(None, p)]
        self.queries = " ".join(texts)
        # the terms a query names: <IRI>s and prefixed names of its own PREFIXes; a prefixed
        # name whose prefix it does not declare (sh:prefixes) is matched by local name
        self.query_terms: set[str] = set()
        self.query_locals: set[str] = set()
        for text in texts:
            iris, unresolved = named_terms(text)
            self.query_terms |= iris
            self.query_locals |= unresolved

    def queried(self, term: NamedNode) -> bool:
        """Whether a SPARQL query of the shapes names `term` (`a` for rdf:type is not counted:
        `?x a C` reads the type C, which names C)."""
        return term.value in self.query_terms or re.split(r"[#/]", term.value)[-1] in self.query_locals

    def mentions(self, term: NamedNode) -> bool:
        return term.value in self.named or self.queried(term)

    def predicate(self, p: NamedNode) -> bool:
        return self.closed or p in (TYPE, RDFS_SUBCLASS) or self.mentions(p)

    def type_of(self, cls: NamedNode, superclasses: tuple[NamedNode, ...]) -> bool:
        """Whether a shape can tell that a node is of type `cls`: the class or one of its
        superclasses is a target or sh:class, or is named elsewhere (a query, sh:in ...).
        Any type is observable when a shape reads rdf:type as a path or the shapes are closed."""
        return self.closed or self.mentions(TYPE) or any(
            c.value in self.classes or self.mentions(c) for c in (cls, *superclasses))

    def schema(self) -> bool:
        """Whether a shape reads what the per-graph entailments leave out: the RDFS
        vocabulary itself (every node an rdfs:Resource, every predicate an
        rdf:Property and its own sub-property, ...). Ours do not."""
        def named(term: NamedNode) -> bool:  # strictly: "member" is a word of org:member too
            prefix, local = term.value.rsplit("#", 1)
            return (term.value in self.named or term.value in self.classes or term.value in self.queries
                    or re.search(rf"\b{'rdfs' if prefix.endswith('schema') else 'rdf'}:{local}\b", self.queries)
                    is not None)
        return any(named(term) for term in RDFS_VOCABULARY)


class _Prepared:
    """The data-independent part of a turbo validation, built once per process."""

    def __init__(self, ontology_dir: Folder):
        from pyshacl_turbo import compile_shapes, validate as turbo_validate
        shapes, ontology = _load(ontology_dir)  # type: ignore[arg-type]  # Folder: typeshed protocols, not Hashable
        # compiled without the file's prefixes: turbo binds each of them to every report
        # graph it decodes (~15 us each), and the findings name terms by full IRI
        bare = rdflib.Graph(bind_namespaces="none")
        bare += shapes
        self.shapes = compile_shapes(bare, advanced=True)
        reads = _Reads(shapes)
        self.complete = not reads.schema()  # else: the reference engine, full RDFS inference
        # the ontology as pySHACL mixes it into a data graph (its classes, properties and
        # named individuals), closed under RDFS once: turbo's public validate with
        # inplace=True leaves exactly that in an empty data graph
        mixed = rdflib.Graph()
        turbo_validate(mixed, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", inplace=True,
                       advanced=True)
        schema = [q.triple for q in parse(mixed.serialize(format="nt", encoding="utf-8"),
                                          format=RdfFormat.N_TRIPLES)]
        by = {p: [(t.subject, t.object) for t in schema if t.predicate == p and isinstance(t.object, NamedNode)]
              for p in (RDFS_SUBCLASS, RDFS_SUBPROPERTY, RDFS_DOMAIN, RDFS_RANGE)}
        superclasses, superproperties = _closure(by[RDFS_SUBCLASS]), _closure(by[RDFS_SUBPROPERTY])

        def observable(cls) -> bool:  # a type a shape can tell apart
            return isinstance(cls, NamedNode) and reads.type_of(cls, superclasses.get(cls, ()))
        # of it, what a shape can read: the class hierarchy up to the classes the shapes name,
        # the named individuals' observable types, schemes and labels - not the terms'
        # rdfs:label and rdfs:comment, nor types such as owl:Class and rdfs:Resource (the
        # ontology is closed, so a class is a direct subclass of each of its superclasses)
        readable = [t for t in schema if reads.predicate(t.predicate)
                    and (t.predicate not in (TYPE, RDFS_SUBCLASS) or observable(t.object))]
        self.ontology_nt = serialize(readable, format=RdfFormat.N_TRIPLES) or b""
        self.ontology_lines = self.ontology_nt.splitlines(keepends=True)  # one a triple, in order
        self.reach = _reach(readable) if _prunable(self.shapes, reads, readable) else None
        # a sub-property of rdf:type would make types out of any predicate: leave it to the reference
        self.complete = self.complete and not any(TYPE in sup for sup in superproperties.values())
        # rdfs9 (a type implies its superclasses) only where a shape could tell
        self.superclasses = {c: kept for c, sup in superclasses.items()
                             if (kept := tuple(x for x in sup if reads.mentions(x)))}

        def classes(pairs) -> dict[NamedNode, set[NamedNode]]:
            # rdfs2/3: a property's domain (range), and those of its super-properties,
            # where a shape can tell
            found: dict[NamedNode, set[NamedNode]] = {}
            for prop, cls in pairs:
                for p in [prop] + [s for s, sup in superproperties.items() if prop in sup]:
                    found.setdefault(p, set()).update(
                        c for c in (cls, *self.superclasses.get(cls, ())) if observable(c))
            return found
        domains, ranges = classes(by[RDFS_DOMAIN]), classes(by[RDFS_RANGE])
        read = {p: tuple(x for x in sup if reads.predicate(x)) for p, sup in superproperties.items()}
        # per predicate: (its super-properties, the classes of its subjects, of its objects)
        self.rules = {p: tuple(tuple(sorted(x.get(p, ()), key=str)) for x in (read, domains, ranges))
                      for p in {*superproperties, *domains, *ranges}}
        self.rules = {p: rule for p, rule in self.rules.items() if any(rule)}
        self.super_properties = {q for sup, _d, _r in self.rules.values() for q in sup}
        # what entailed() does with a triple, by predicate: one look-up a triple, not four
        # (~0.15 ms an article); most predicates (offsets, evidence links) have no entry
        self.actions: dict[NamedNode, Any] = {
            **{p: (p in self.super_properties, self.rules.get(p)) for p in {*self.rules, *self.super_properties}},
            **dict.fromkeys(SCHEMA, _SCHEMA), TYPE: _TYPE}
        # the shapes without those of the evidence and sentence nodes, when they can be apart (_Spans)
        self.spans = _Spans.apart(shapes, superclasses, self.rules)

    def entailed(self, triples: list[Triple]) -> list[Triple]:
        """What RDFS inference with the ontology adds to `triples` that a shape can
        observe: the triples of super-properties (rule rdfs7), the types of domains
        and ranges (rdfs2, rdfs3) and the superclass types a shape names outside
        sh:targetClass and sh:class (rdfs9). One pass: the tables are closed."""
        # each new triple once (a dict keeps the order); the graph's own triples of rdf:type
        # and of super-properties, the only ones an entailment can repeat, are taken out at the
        # end: cheaper than a set of the whole graph and a check per candidate (~0.15 ms an article)
        out: dict[Triple, None] = {}
        asserted: set[Triple] = set()
        actions, superclasses = self.actions.get, self.superclasses
        for t in triples:
            action = actions(t.predicate)
            if action is None:
                continue
            if action is _TYPE:
                asserted.add(t)
                if superclasses and isinstance(o := t.object, NamedNode):  # the only terms it has
                    for c in superclasses.get(o, ()):
                        out[Triple(t.subject, TYPE, c)] = None
                continue
            if action is _SCHEMA:  # a graph with a schema of its own: full inference would use it
                raise NotImplementedError(f"a graph with {t.predicate} triples")
            target, rule = action
            if target:
                asserted.add(t)
            if rule is None:
                continue
            s = t.subject
            sup, domain, range_ = rule
            if sup:
                o = t.object
                for q in sup:
                    out[Triple(s, q, o)] = None
            for c in domain:
                out[Triple(s, TYPE, c)] = None
            if range_ and not isinstance(o := t.object, Literal):
                for c in range_:
                    out[Triple(o, TYPE, c)] = None
        return [t for t in out if t not in asserted]

    def ontology_for(self, triples: list[Triple]) -> bytes:
        """The part of the mixed-in ontology a graph reaches: the triples about the nodes it
        names (subject or object) and, transitively, about the nodes those name. The rest -
        the concepts and classes an article never names - no shape reads from its focus
        nodes (`_prunable`), and each of them is ~2.5 us of engine time per call."""
        if self.reach is None:
            return self.ontology_nt
        reach, picked = self.reach.get, set()
        for t in triples:  # unrolled: a loop over (subject, object) costs ~0.07 ms an article
            if (reached := reach(t.subject)) is not None:
                picked |= reached
            if (reached := reach(t.object)) is not None:
                picked |= reached
        return b"".join(self.ontology_lines[i] for i in sorted(picked))


# The shapes of the evidence and sentence nodes (shapes.ttl, "evidence"), checked in Python when they
# pass (_Spans.nodes): their ~600 of an article's ~900 triples and their checks are ~2/3 of the engine's
# time. Any doubt (a failing check, a node of another shape) and the engine runs them all.
SPAN_SHAPES = ("EvidenceShape", "EvidenceOffsetShape", "EvidenceSpanShape", "SentenceShape",
               "SentencePropertyShape", "SentenceOffsetShape")
# What nodes() was written against: the six shapes' triples, canonical (rdflib.compare), hashed. An edit of
# any of them turns the fast path off until nodes() is checked against it and this digest renewed
# (tests/shapes/test_spans_apart.py fails meanwhile).
SPAN_SHAPES_DIGEST = "6934a248f14576dcdb29db16ff9c805aea7c7798daeda18b2d250f06b83551cf"
_EVIDENCE_LINK, _SENTENCE_LINK, _START, _END = PKG.evidence, PKG.sentence, PKG.start, PKG.end
_RULE, _TEXT, _PART_OF, _STRING, _INTEGER = PKG.rule, PKG.text, DCTERMS.isPartOf, XSD.string, XSD.integer
_SPAN_PREDICATES = {_SENTENCE_LINK, _RULE, _START, _END, _TEXT, _PART_OF}
_SPAN_CLASSES = {PKG.Evidence, PKG.Sentence}
_EVIDENCE_FACTS = frozenset({TYPE, _SENTENCE_LINK, _RULE, _START, _END})
_SENTENCE_FACTS = frozenset({TYPE, _PART_OF, _TEXT, _START, _END})
_ARTICLE = SDO.NewsArticle


class _Spans:
    """The evidence and sentence nodes of a graph validated apart from the engine: in Python, by checks
    at least as strict as their six shapes (SPAN_SHAPES), so that when every node passes, those shapes
    have no result on the graph, and the engine, given the graph without the nodes' own triples and the
    shapes without those six, gives the same report as on the whole (no other shape reaches the nodes:
    `apart` checks it on the shapes). Why it holds for a mapped article: rdf.mapping writes each
    evidence and sentence node once, with its offsets as integers from the text's spans."""

    def __init__(self, shapes, subclasses: set) -> None:
        self.shapes = shapes  # compiled, without SPAN_SHAPES
        self.subclasses = subclasses  # the classes below pkg:Evidence and pkg:Sentence (targets of theirs)

    @classmethod
    def apart(cls, shapes: rdflib.Graph, superclasses: dict, rules: dict) -> _Spans | None:
        """The shapes without SPAN_SHAPES, when no other shape can reach an evidence or sentence node
        or read their triples: none targets or names their classes (or a superclass) or their
        predicates, none is closed, pkg:evidence (the facts' link to them) is only counted, and the
        entailments of their triples (`rules`: _Prepared.rules) are only types of those classes."""
        from pyshacl_turbo import compile_shapes
        rest = rdflib.Graph(bind_namespaces="none")
        rest += shapes
        base = str(shapes.namespace_manager.store.namespace("pks") or "https://w3id.org/partykg/shapes#")
        todo: list[rdflib.term.Node] = [rdflib.URIRef(base + name) for name in SPAN_SHAPES]
        if not all((n, None, None) in rest for n in todo):
            return None
        removed = rdflib.Graph(bind_namespaces="none")
        while todo:  # each shape and the blank nodes under it
            for t in list(rest.triples((todo.pop(), None, None))):
                rest.remove(t)
                removed.add(t)
                if isinstance(t[2], rdflib.BNode):
                    todo.append(t[2])
        if _digest(removed) != SPAN_SHAPES_DIGEST:
            return None  # the six shapes were edited: nodes() may no longer check what they check
        if any((None, None, shape) in rest for shape in set(removed.subjects())):
            return None  # another shape uses one of the six (sh:node, sh:not ...): it would find it gone
        reads = _Reads(rest)
        classes = {c for span_class in _SPAN_CLASSES for c in (span_class, *superclasses.get(span_class, ()))}
        if reads.closed or any(reads.mentions(t) or t.value in reads.classes for t in classes | _SPAN_PREDICATES):
            return None
        counted = {SH.path, SH.minCount, SH.severity, SH.message, SH.name, SH.description}
        link = rdflib.URIRef(_EVIDENCE_LINK.value)
        if reads.queried(_EVIDENCE_LINK) or any(
                p != SH.path or not {q for q, _ in rest.predicate_objects(s)} <= counted
                for s, p in rest.subject_predicates(link)):
            return None
        for p in (*_SPAN_PREDICATES, _EVIDENCE_LINK):
            sup, domain, range_ = rules.get(p, ((), (), ()))
            if sup or not {*domain, *range_} <= classes or (p == _PART_OF and range_):
                return None  # (dcterms:isPartOf's objects are articles: a range would type them)
        subclasses = {c for c, sup in superclasses.items() if _SPAN_CLASSES & set(sup)} - _SPAN_CLASSES
        theirs = {*_SPAN_PREDICATES, _EVIDENCE_LINK}
        for p, (sup, domain, range_) in rules.items():
            if p not in theirs and (theirs & set(sup) or (_SPAN_CLASSES | subclasses) & {*domain, *range_}):
                return None  # another predicate's triples would entail their triples or types (the shapes are apart)
        return cls(compile_shapes(rest, advanced=True), subclasses)

    def nodes(self, triples: list[Triple]) -> tuple[set, list[int]] | None:
        """The graph's evidence and sentence nodes and the indices of the triples that are not theirs,
        when each of those nodes passes every check of SPAN_SHAPES (checked at least as strictly) and is
        an IRI with its own triples only (what else reaches them no other shape reads: `apart`);
        else None (the engine runs every shape)."""
        about: dict = {}  # an evidence or sentence node -> its (predicate, object) pairs
        kept, linked, articles = [], [], set()  # the others' indices, pkg:evidence's objects, the articles
        classes, subclasses = _SPAN_CLASSES, self.subclasses
        for i, t in enumerate(triples):
            p = t.predicate
            if p in _SPAN_PREDICATES:
                about.setdefault(t.subject, []).append((p, t.object))
                continue
            if p == TYPE:
                o = t.object
                if o in classes:
                    about.setdefault(t.subject, []).append((p, o))
                    continue
                if o in subclasses:
                    return None
                if o == _ARTICLE:
                    articles.add(t.subject)
            elif p == _EVIDENCE_LINK:
                linked.append(t.object)
            kept.append(i)
        evidence, sentences = {}, {}  # node -> (start, end, its sentence); node -> (start, end)
        for node, pairs in about.items():
            facts = dict(pairs)
            if len(facts) != len(pairs) or not isinstance(node, NamedNode):
                return None  # (a predicate twice: each has sh:maxCount 1, and one type each)
            kind = facts.get(TYPE)
            if facts.keys() != (_EVIDENCE_FACTS if kind == PKG.Evidence else _SENTENCE_FACTS):
                return None
            start, end = facts[_START], facts[_END]
            if not (_offset(start) and _offset(end)):
                return None
            start, end = int(start.value), int(end.value)
            if start > end:
                return None
            if kind == PKG.Evidence:
                rule = facts[_RULE]
                if not (isinstance(rule, Literal) and rule.datatype == _STRING):
                    return None
                evidence[node] = (start, end, facts[_SENTENCE_LINK])
            else:
                text = facts[_TEXT]
                if not (facts[_PART_OF] in articles and isinstance(text, Literal) and text.datatype == _STRING
                        and 0 < len(text.value) == end - start):
                    return None
                sentences[node] = (start, end)
        for start, end, sentence in evidence.values():
            span = sentences.get(sentence)
            if span is None or start < span[0] or end > span[1]:
                return None
        if not all(e in evidence for e in linked):
            return None
        return set(about), kept


def _digest(shapes: rdflib.Graph) -> str:
    """The SHA-256 of a graph's canonical N-Triples, sorted: the same for the same triples, blank nodes
    however named."""
    from rdflib.compare import to_canonical_graph
    lines = sorted(to_canonical_graph(shapes).serialize(format="nt").splitlines())
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _offset(term) -> bool:
    """An xsd:integer >= 0, as SPAN_SHAPES want an offset (its digits alone: a well-formed value)."""
    return isinstance(term, Literal) and term.datatype == _INTEGER and term.value.isascii() and term.value.isdigit()


def _reach(triples: list[Triple]) -> dict:
    """node -> the indices of the triples reachable from it, following subject -> object."""
    about: dict = {}
    for i, t in enumerate(triples):
        about.setdefault(t.subject, []).append(i)
    out = {}
    for start in about:
        seen, todo, picked = {start}, [start], set()
        while todo:
            for i in about.get(todo.pop(), ()):
                picked.add(i)
                if triples[i].object not in seen:
                    seen.add(triples[i].object)
                    todo.append(triples[i].object)
        out[start] = frozenset(picked)
    return out


def _prunable(shapes, reads: _Reads, ontology: list[Triple]) -> bool:
    """Whether the ontology triples a graph does not reach can be left out of it with the
    same findings: none of their nodes is a focus node of any shape (a target of their
    own, as in the ontology alone), and no SPARQL query can reach them backwards (it names
    none of their predicates but rdf:type, nor a class they are typed with). Data can reach
    them only through nodes it names: a graph's own rdfs:subClassOf triples go to the
    reference engine (`entailed`)."""
    import pyshacl_turbo
    graph = rdflib.Graph().parse(data=serialize(ontology, format=RdfFormat.N_TRIPLES) or b"", format="nt")
    targets = pyshacl_turbo.prepare_target_data(graph)
    if any(shapes.targeting(targets, n) for n in {*graph.subjects(), *graph.objects()}):
        return False
    terms = {t.predicate for t in ontology if t.predicate != TYPE} | {t.object for t in ontology
                                                                     if t.predicate == TYPE}
    return not any(reads.queried(t) for t in terms if isinstance(t, NamedNode))


@lru_cache(maxsize=4)
def _prepared(ontology_dir: Folder) -> _Prepared:
    return _Prepared(ontology_dir)


def _turbo(triples: list[Triple], ontology_dir: Folder, nt: bytes) -> tuple[bool, str]:
    prepared = _prepared(ontology_dir)  # type: ignore[arg-type]  # Folder: typeshed protocols, not Hashable
    if not prepared.complete:
        raise NotImplementedError("RDFS inference beyond the per-graph entailments")
    # the graph's, the entailed and the ontology's N-Triples put together as bytes and decoded
    # once (the engine takes a str): not decoded first and then added to, which copies the text
    # (~157 KB an article) once more (~0.1 ms an article)
    shapes = prepared.shapes
    spans = prepared.spans
    apart = spans.nodes(triples) if spans is not None else None
    lines = nt.split(b"\n") if apart else []
    if spans is not None and apart and len(lines) == len(triples) + 1:  # (a line a triple: ntriples)
        # their evidence and sentence nodes pass SPAN_SHAPES: the rest to the engine (_Spans)
        withheld, kept = apart
        shapes = spans.shapes
        # what the engine is given is the rest: its entailments and the ontology it reaches are those of
        # the rest alone (the nodes' own triples entail only their types: `apart`), ~60% fewer triples read
        triples = [triples[i] for i in kept]
        entailed = [t for t in prepared.entailed(triples) if t.subject not in withheld]
        nt = b"\n".join([lines[i] for i in kept]) + b"\n"
    else:
        entailed = prepared.entailed(triples)
    data = (nt + ntriples(entailed) + prepared.ontology_for(triples)).decode("utf-8")
    # private (see the module docstring): N-Triples in, the N-Triples report out, no rdflib
    # either way. Arguments: data, format, base, iterate_rules, max_rule_iterations,
    # max_validation_depth, inplace, allow_infos, allow_warnings, abort_on_first,
    # focus_nodes, use_shapes, namespaces (CompiledShapes.validate's own call)
    conforms, report, _text, _expanded, recursion = shapes._native.validate(
        data, "nt", None, False, 100, 15, False, False, True, False, [], [], [])
    if recursion:  # a recursive shape: the reference engine reports it
        raise NotImplementedError("; ".join(recursion))
    return conforms, report


def _reference(triples: list[Triple], ontology_dir: Folder, nt: bytes) -> tuple[bool, str]:
    from pyshacl import validate as shacl_validate
    shapes, ontology = _load(ontology_dir)  # type: ignore[arg-type]  # Folder: typeshed protocols, not Hashable
    conforms, report, _text = shacl_validate(_as_rdflib(nt), shacl_graph=shapes, ont_graph=ontology,
                                             inference="rdfs", advanced=True, allow_warnings=True)
    return conforms, report.serialize(format="nt", encoding="utf-8").decode("utf-8")


def _engine():
    if os.environ.get("PARTYKG_SHACL", "turbo").lower() != "turbo":
        return _reference
    try:
        import pyshacl_turbo  # noqa: F401
    except ImportError:
        return _reference

    def turbo(triples: list[Triple], ontology_dir: Folder, nt: bytes):
        try:
            return _turbo(triples, ontology_dir, nt)
        except NotImplementedError:  # a feature turbo lacks: the reference engine has it
            return _reference(triples, ontology_dir, nt)
    return turbo


def _term(node) -> str | None:
    return None if node is None or isinstance(node, BlankNode) else node.value


def _messages(literals: list[Literal]) -> dict[str, str]:
    """Messages by language. pySHACL drops the language tag of a SPARQL
    constraint's messages when it fills in their {?var}s: of two untagged
    messages, the one with more non-ASCII letters is the Vietnamese one."""
    tagged: dict[str, str] = {}
    untagged: list[str] = []
    for m in literals:
        if isinstance(m, Literal):
            (tagged.__setitem__(m.language, m.value) if m.language else untagged.append(m.value))
    untagged.sort(key=lambda t: (sum(ord(c) > 127 for c in t), t))
    if untagged and "en" not in tagged:
        tagged["en"] = untagged.pop(0)
    if untagged and "vi" not in tagged:
        tagged["vi"] = untagged.pop()
    return tagged


def _findings(report: str) -> list[Finding]:
    """The results of a report in N-Triples: one Finding per sh:ValidationResult."""
    about: dict = {}
    for t in parse(report, format=RdfFormat.N_TRIPLES):
        about.setdefault(t.subject, {}).setdefault(t.predicate, []).append(t.object)
    out = []
    for r in about.values():
        if XSH.ValidationResult not in r.get(RDF.type, ()):
            continue

        def one(p: NamedNode):
            return r.get(p, [None])[0]
        messages = _messages(r.get(XSH.resultMessage, []))
        out.append(Finding(
            severity=SEVERITIES.get(one(XSH.resultSeverity), "Violation"),
            focus=one(XSH.focusNode).value,
            path=_term(one(XSH.resultPath)),
            value=_term(one(XSH.value)),
            component=one(XSH.sourceConstraintComponent).value,
            shape=_term(one(XSH.sourceShape)),
            message_en=messages.get("en", ""),
            message_vi=messages.get("vi", ""),
        ))
    return sorted(set(out), key=lambda f: (f.focus, f.path or "", f.component, f.value or "",
                                           f.message_en, f.severity))


def _focus(value: str) -> NamedNode | Literal:
    """A focus node is an IRI but for a malformed graph (sh:targetObjectsOf reaching a literal)."""
    try:
        return NamedNode(value)
    except ValueError:
        return Literal(value)


def report_triples(findings: list[Finding], name: str) -> list[Triple]:
    """The findings as a sh:ValidationReport with IRIs derived from their content."""
    rep = mint_id("validation", name)
    conforms = not any(f.severity == "Violation" for f in findings)
    triples = [Triple(rep, RDF.type, XSH.ValidationReport),
               Triple(rep, XSH.conforms, Literal(str(conforms).lower(), datatype=XSD.boolean)),
               Triple(rep, DCTERMS.subject, mint_id("graph", name))]
    for f in findings:
        digest = hashlib.sha256(repr(f).encode("utf-8")).hexdigest()[:12]
        r = NamedNode(f"{rep.value}/{digest}")
        triples += [Triple(rep, XSH.result, r),
                    Triple(r, RDF.type, XSH.ValidationResult),
                    Triple(r, XSH.resultSeverity, XSH[f.severity]),
                    Triple(r, XSH.focusNode, _focus(f.focus)),
                    Triple(r, XSH.sourceConstraintComponent, NamedNode(f.component))]
        if f.path:
            triples.append(Triple(r, XSH.resultPath, NamedNode(f.path)))
        if f.shape:
            triples.append(Triple(r, XSH.sourceShape, NamedNode(f.shape)))
        if f.value is not None:
            triples.append(Triple(r, XSH.value, Literal(f.value)))
        if f.message_en:
            triples.append(Triple(r, XSH.resultMessage, Literal(f.message_en, language="en")))
        if f.message_vi:
            triples.append(Triple(r, XSH.resultMessage, Literal(f.message_vi, language="vi")))
    return triples


def validate(triples: Iterable[Triple], ontology_dir: Folder = ONTOLOGY_DIR,
             name: str = "graph", nt: bytes | None = None) -> ValidationResult:
    """Validate `triples`; `name` (an article id) names the report's IRIs. `nt`: their N-Triples
    (ntriples(triples)) when the caller has them: a run makes them once for validation and output."""
    triples = [t if isinstance(t, Triple) else t.triple for t in triples]  # Quads too
    # (the engines read the N-Triples: made here once when the caller has none)
    _conforms, report = _engine()(triples, folder(ontology_dir), ntriples(triples) if nt is None else nt)
    findings = _findings(report)
    violations = sum(f.severity == "Violation" for f in findings)
    warnings = sum(f.severity == "Warning" for f in findings)
    return ValidationResult(conforms=violations == 0, violations=violations, warnings=warnings,
                            findings=findings, report=sorted(report_triples(findings, name), key=str))
