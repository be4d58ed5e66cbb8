"""Build docs/ontology/index.html from ontology/partykg.ttl with pyLODE (`make docs`).

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


def main(source: Path = ROOT / "ontology" / "partykg.ttl",
         destination: Path = ROOT / "docs" / "ontology" / "index.html") -> Path:
    shim = types.ModuleType("pylode.version")
    shim.__version__ = version("pylode")
    sys.modules.setdefault("pylode.version", shim)
    import rdflib
    from pylode import OntPub

    graph = rdflib.Graph().parse(source, format="turtle")
    # OntPub documents classes and properties and takes every skos:ConceptScheme
    # for a second ontology header; the schemes are listed as named individuals
    graph.remove((None, rdflib.RDF.type, rdflib.SKOS.ConceptScheme))
    destination.parent.mkdir(parents=True, exist_ok=True)
    OntPub(ontology=graph, sort_subjects=True).make_html(destination=str(destination), include_css=True)
    return destination


if __name__ == "__main__":
    print(main())
