"""SHACL validation of a graph against ontology/shapes.ttl (pySHACL, RDFS inference)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import rdflib
from pyoxigraph import RdfFormat, Triple, serialize
from pyshacl import validate as shacl_validate

ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"


@dataclass
class ValidationResult:
    conforms: bool
    violations: int
    report_turtle: str
    report_text: str


@lru_cache(maxsize=4)
def _load(ontology_dir: Path) -> tuple[rdflib.Graph, rdflib.Graph]:
    shapes = rdflib.Graph().parse(ontology_dir / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(ontology_dir / "partykg.ttl", format="turtle")
    return shapes, ontology


def validate(triples: Iterable[Triple], ontology_dir: Path = ONTOLOGY_DIR) -> ValidationResult:
    data = rdflib.Graph().parse(data=serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
    shapes, ontology = _load(Path(ontology_dir))
    conforms, report, text = shacl_validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", advanced=True)
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    violations = sum(1 for _ in report.subjects(sh.resultSeverity, sh.Violation))
    return ValidationResult(conforms, violations, report.serialize(format="turtle"), text)
