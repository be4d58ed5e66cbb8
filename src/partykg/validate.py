"""SHACL validation of a graph against ontology/shapes.ttl, with the ontology for RDFS inference.

Engine: pyshacl-turbo (a Rust re-implementation of pySHACL with the same
API), with pySHACL as the fallback when turbo is not installed or cannot run
a graph. On our shapes both give the same reports - severity, focus node,
path, value, source shape, messages - on every test graph of tests/shapes/
(tests/shapes/test_engines.py keeps checking it). PARTYKG_SHACL=pyshacl forces
the reference engine, which runs pySHACL's own way: the whole ontology mixed
into the data ("inoculation") and RDFS inference over the union, every call.

The turbo path gets the same reports for a fraction of the cost by doing once
per process what does not depend on the data (`_Prepared`): the shapes are
compiled once, and the ontology is inoculated and RDFS-closed once. Per graph
it adds only what RDFS inference derives from the data's own triples with
that schema (types from rdfs:domain/range and rdfs:subClassOf, triples of
super-properties; `_Prepared.entailed`), and hands the engine plain
N-Triples. The entailments it leaves out - every node an rdfs:Resource, every
predicate an rdf:Property, reflexive rdfs:subPropertyOf - are read by no shape.

The result keeps the findings as plain data and renders the report as Turtle
with deterministic IRIs (pySHACL's own report is made of blank nodes, whose
serialization changes from run to run). Only sh:Violation makes a graph
non-conforming: warnings are reported and never block.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import rdflib
from pyoxigraph import Literal, NamedNode, RdfFormat, Triple, parse, serialize
from rdflib.namespace import SH

from partykg.rdf.iri import mint_id
from partykg.rdf.namespaces import DCTERMS, PREFIXES, RDF, SH as XSH, SH_PREFIX, XSD

ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"
REPORT_PREFIXES = dict(PREFIXES, sh=SH_PREFIX)
SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


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
    report_turtle: str = ""

    @property
    def report_text(self) -> str:
        return "\n".join(f.line() for f in self.findings)


@lru_cache(maxsize=4)
def _load(ontology_dir: Path) -> tuple[rdflib.Graph, rdflib.Graph]:
    shapes = rdflib.Graph().parse(ontology_dir / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(ontology_dir / "partykg.ttl", format="turtle")
    return shapes, ontology


def _as_rdflib(triples: list[Triple]) -> rdflib.Graph:
    return rdflib.Graph().parse(data=serialize(triples, format=RdfFormat.N_TRIPLES) or b"", format="nt")


def _reference(triples: list[Triple], ontology_dir: Path):
    from pyshacl import validate as shacl_validate
    shapes, ontology = _load(ontology_dir)
    return shacl_validate(_as_rdflib(triples), shacl_graph=shapes, ont_graph=ontology, inference="rdfs",
                          advanced=True, allow_warnings=True)


TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_SUBCLASS = NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
RDFS_SUBPROPERTY = NamedNode("http://www.w3.org/2000/01/rdf-schema#subPropertyOf")
RDFS_DOMAIN = NamedNode("http://www.w3.org/2000/01/rdf-schema#domain")
RDFS_RANGE = NamedNode("http://www.w3.org/2000/01/rdf-schema#range")


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


class _Prepared:
    """The data-independent part of a turbo validation, built once per process."""

    def __init__(self, ontology_dir: Path):
        from pyshacl_turbo import _native, compile_shapes
        shapes, _ontology = _load(ontology_dir)
        self.shapes = compile_shapes(shapes, advanced=True)
        # the ontology as pySHACL mixes it into a data graph (its classes, properties and
        # named individuals), closed under RDFS once, with turbo's own functions
        ontology = serialize(parse(path=str(ontology_dir / "partykg.ttl"), format=RdfFormat.TURTLE),
                             format=RdfFormat.N_TRIPLES).decode("utf-8")
        closed = _native.infer(_native.inoculate("", "nt", ontology), "nquads", "rdfs", None)
        schema = [q.triple for q in parse(closed, format=RdfFormat.N_QUADS)]
        self.ontology_nt = serialize(schema, format=RdfFormat.N_TRIPLES).decode("utf-8")
        by = {p: [(t.subject, t.object) for t in schema if t.predicate == p and isinstance(t.object, NamedNode)]
              for p in (RDFS_SUBCLASS, RDFS_SUBPROPERTY, RDFS_DOMAIN, RDFS_RANGE)}
        self.superclasses = _closure(by[RDFS_SUBCLASS])
        self.superproperties = _closure(by[RDFS_SUBPROPERTY])

        def classes(pairs) -> dict[NamedNode, tuple[NamedNode, ...]]:
            # a property's domain (range) and theirs of its super-properties, with their superclasses
            found: dict[NamedNode, set[NamedNode]] = {}
            for prop, cls in pairs:
                for p in [prop] + [s for s, sup in self.superproperties.items() if prop in sup]:
                    found.setdefault(p, set()).update((cls, *self.superclasses.get(cls, ())))
            return {p: tuple(sorted(c, key=str)) for p, c in found.items()}
        self.domains, self.ranges = classes(by[RDFS_DOMAIN]), classes(by[RDFS_RANGE])

        # per predicate: (its super-properties, the classes of its subjects, of its objects)
        self.rules = {p: (self.superproperties.get(p, ()), self.domains.get(p, ()), self.ranges.get(p, ()))
                      for p in {*self.superproperties, *self.domains, *self.ranges}}
        if any(TYPE in sup for sup in self.superproperties.values()):
            raise NotImplementedError("a sub-property of rdf:type")  # the reference engine has it

    def entailed(self, triples: list[Triple]) -> list[Triple]:
        """What RDFS inference with the ontology adds to `triples`: the types of rules
        rdfs2, rdfs3 (domains, ranges) and rdfs9 (superclasses), the triples of rule
        rdfs7 (super-properties). One pass: every table is already transitively closed."""
        out, rules, superclasses = [], self.rules, self.superclasses
        for t in triples:
            p = t.predicate
            if p == TYPE:
                out += [Triple(t.subject, TYPE, c) for c in superclasses.get(t.object, ())]
            rule = rules.get(p)
            if rule is None:
                continue
            s, o = t.subject, t.object
            sup, domain, range_ = rule
            out += [Triple(s, q, o) for q in sup]
            out += [Triple(s, TYPE, c) for c in domain]
            if range_ and not isinstance(o, Literal):
                out += [Triple(o, TYPE, c) for c in range_]
        return out


@lru_cache(maxsize=4)
def _prepared(ontology_dir: Path) -> _Prepared:
    return _Prepared(ontology_dir)


def _turbo(triples: list[Triple], ontology_dir: Path):
    from pyshacl_turbo.rdf import Input
    prepared = _prepared(ontology_dir)
    data = serialize(triples + prepared.entailed(triples), format=RdfFormat.N_TRIPLES) or b""
    # N-Triples text in turbo's own input record: parsed natively, no rdflib round trip
    return prepared.shapes.validate(Input(data.decode("utf-8") + prepared.ontology_nt, "nt", None, {}),
                                    allow_warnings=True, _normalize_report_literals=True)


def _engine():
    if os.environ.get("PARTYKG_SHACL", "turbo").lower() != "turbo":
        return _reference
    try:
        import pyshacl_turbo  # noqa: F401
    except ImportError:
        return _reference

    def turbo(triples: list[Triple], ontology_dir: Path):
        try:
            return _turbo(triples, ontology_dir)
        except NotImplementedError:  # a feature turbo lacks: the reference engine has it
            return _reference(triples, ontology_dir)
    return turbo


def _term(node) -> str | None:
    if node is None:
        return None
    if isinstance(node, rdflib.Literal):
        return str(node)
    return str(node) if isinstance(node, rdflib.URIRef) else None


def _messages(literals) -> dict[str, str]:
    """Messages by language. pySHACL drops the language tag of a SPARQL
    constraint's messages when it fills in their {?var}s: of two untagged
    messages, the one with more non-ASCII letters is the Vietnamese one."""
    tagged, untagged = {}, []
    for m in literals:
        if isinstance(m, rdflib.Literal):
            (tagged.__setitem__(m.language, str(m)) if m.language else untagged.append(str(m)))
    untagged.sort(key=lambda t: (sum(ord(c) > 127 for c in t), t))
    if untagged and "en" not in tagged:
        tagged["en"] = untagged.pop(0)
    if untagged and "vi" not in tagged:
        tagged["vi"] = untagged.pop()
    return tagged


def _findings(report: rdflib.Graph) -> list[Finding]:
    out = []
    for r in report.subjects(RDF_TYPE, SH.ValidationResult):
        messages = _messages(report.objects(r, SH.resultMessage))
        out.append(Finding(
            severity=SEVERITIES.get(report.value(r, SH.resultSeverity), "Violation"),
            focus=str(report.value(r, SH.focusNode)),
            path=_term(report.value(r, SH.resultPath)),
            value=_term(report.value(r, SH.value)),
            component=str(report.value(r, SH.sourceConstraintComponent)),
            shape=_term(report.value(r, SH.sourceShape)),
            message_en=messages.get("en", ""),
            message_vi=messages.get("vi", ""),
        ))
    return sorted(set(out), key=lambda f: (f.focus, f.path or "", f.component, f.value or "",
                                           f.message_en, f.severity))


RDF_TYPE = rdflib.RDF.type


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
                    Triple(r, XSH.focusNode, NamedNode(f.focus)),
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


def validate(triples: Iterable[Triple], ontology_dir: Path = ONTOLOGY_DIR,
             name: str = "graph") -> ValidationResult:
    """Validate `triples`; `name` (an article id) names the report's IRIs."""
    triples = [t if isinstance(t, Triple) else t.triple for t in triples]  # Quads too
    _conforms, report, _text = _engine()(triples, Path(ontology_dir))
    findings = _findings(report)
    violations = sum(f.severity == "Violation" for f in findings)
    warnings = sum(f.severity == "Warning" for f in findings)
    report_graph = sorted(report_triples(findings, name), key=str)
    rendered = serialize(report_graph, format=RdfFormat.TURTLE, prefixes=REPORT_PREFIXES)
    return ValidationResult(conforms=violations == 0, violations=violations, warnings=warnings,
                            findings=findings, report=report_graph,
                            report_turtle=rendered.decode("utf-8"))
