"""SHACL validation of a graph against ontology/shapes.ttl, with the ontology for RDFS inference.

Engine: pyshacl-turbo (a Rust re-implementation of pySHACL with the same
API), with pySHACL as the fallback when turbo is not installed or cannot run
a graph. On our shapes both give the same reports - severity, focus node,
path, value, source shape, messages - on every test graph of tests/shapes/
(tests/shapes/test_engines.py keeps checking it), and turbo is about 5x
faster. PARTYKG_SHACL=pyshacl forces the reference engine.

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
from pyoxigraph import Literal, NamedNode, RdfFormat, Triple, serialize
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


def _reference(*args, **kwargs):
    from pyshacl import validate as shacl_validate
    return shacl_validate(*args, **kwargs)


def _engine():
    if os.environ.get("PARTYKG_SHACL", "turbo").lower() != "turbo":
        return _reference
    try:
        from pyshacl_turbo import validate as turbo_validate
    except ImportError:
        return _reference

    def turbo(*args, **kwargs):
        try:
            return turbo_validate(*args, **kwargs)
        except NotImplementedError:  # a feature turbo lacks: the reference engine has it
            return _reference(*args, **kwargs)
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
    data = rdflib.Graph().parse(data=serialize(triples, format=RdfFormat.N_TRIPLES) or b"",
                                format="nt")
    shapes, ontology = _load(Path(ontology_dir))
    _conforms, report, _text = _engine()(
        data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", advanced=True,
        allow_warnings=True)
    findings = _findings(report)
    violations = sum(f.severity == "Violation" for f in findings)
    warnings = sum(f.severity == "Warning" for f in findings)
    report_graph = sorted(report_triples(findings, name), key=str)
    rendered = serialize(report_graph, format=RdfFormat.TURTLE, prefixes=REPORT_PREFIXES)
    return ValidationResult(conforms=violations == 0, violations=violations, warnings=warnings,
                            findings=findings, report=report_graph,
                            report_turtle=rendered.decode("utf-8"))
