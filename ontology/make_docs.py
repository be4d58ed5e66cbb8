"""Build docs/ontology/ from ontology/partykg.ttl with pyLODE (`make docs`).

index.html: classes and properties (OntPub profile); measures.html: the
statistic measures, a SKOS concept scheme (VocPub profile).

pyLODE 3.4.1 is the last release for Python 3.11 and its `pylode.version`
module reads a pyproject.toml that the wheel does not ship; the version is
supplied from the installed metadata instead. pyLODE works offline.
"""
from __future__ import annotations

import sys
import types
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _measure_vocabulary(graph):
    """pkg:MeasureScheme as the SKOS vocabulary pyLODE's VocPub profile expects
    (title, description, definitions, dates and agents from the ontology's own terms)."""
    import rdflib
    from rdflib.namespace import DCTERMS, RDFS, SKOS

    pkg = rdflib.Namespace("https://w3id.org/partykg/ontology#")
    ont = rdflib.URIRef("https://w3id.org/partykg/ontology")
    voc = rdflib.Graph()
    for s in [pkg.MeasureScheme, *graph.subjects(SKOS.inScheme, pkg.MeasureScheme)]:
        for p, o in graph.predicate_objects(s):
            voc.add((s, p, o))
        for o in graph.objects(s, RDFS.comment):
            voc.add((s, SKOS.definition if s != pkg.MeasureScheme else DCTERMS.description, o))
    for o in graph.objects(pkg.MeasureScheme, RDFS.label):
        voc.add((pkg.MeasureScheme, DCTERMS.title, o))
    created = graph.value(ont, DCTERMS.created)
    voc.add((pkg.MeasureScheme, DCTERMS.created, created))
    voc.add((pkg.MeasureScheme, DCTERMS.modified, created))
    for prop in (DCTERMS.creator, DCTERMS.publisher):
        voc.add((pkg.MeasureScheme, prop, rdflib.URIRef("https://w3id.org/partykg")))
    return voc


def main(source: Path = ROOT / "ontology" / "partykg.ttl",
         destination: Path = ROOT / "docs" / "ontology" / "index.html") -> Path:
    shim = types.ModuleType("pylode.version")
    shim.__version__ = version("pylode")
    sys.modules.setdefault("pylode.version", shim)
    import rdflib
    from pylode import OntPub, VocPub

    graph = rdflib.Graph().parse(source, format="turtle")
    destination.parent.mkdir(parents=True, exist_ok=True)
    # the measures (SKOS concepts, which OntPub does not list) get a page of their own
    VocPub(ontology=_measure_vocabulary(graph)).make_html(
        destination=str(destination.parent / "measures.html"), include_css=True)
    # OntPub documents classes and properties and takes every skos:ConceptScheme
    # for a second ontology header; the schemes are listed as named individuals
    graph.remove((None, rdflib.RDF.type, rdflib.SKOS.ConceptScheme))
    OntPub(ontology=graph, sort_subjects=True).make_html(destination=str(destination), include_css=True)
    return destination


if __name__ == "__main__":
    print(main())
