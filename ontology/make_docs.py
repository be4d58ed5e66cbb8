"""Build docs/ontology/ from ontology/partykg.ttl with pyLODE (`make docs`).

index.html: classes and properties (OntPub profile); measures.html: the
statistic measures, a SKOS concept scheme (VocPub profile), namespace pkg:; the
two pages link to each other. Each term's labels show as one title, one text per
language ("administrative unit / đơn vị hành chính").

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


def one_label_per_language(graph, keep) -> None:
    """Each subject's labels (rdfs:label, skos:prefLabel, dcterms:title, dc:title) as one
    literal in each of the predicates `keep`: one text per language, English first, then
    Vietnamese, joined by " / ". pyLODE shows every title a term has, run together
    ("administrative unitđơn vị hành chính"), or only one of them at random (VocPub)."""
    import rdflib
    from rdflib.namespace import DC, DCTERMS, RDFS, SKOS

    labels = (RDFS.label, SKOS.prefLabel, DCTERMS.title, DC.title)
    subjects = {s for p in labels for s, o in graph.subject_objects(p) if isinstance(o, rdflib.Literal)}
    for s in sorted(subjects):
        by_lang: dict[str, str] = {}
        for p in labels:
            for o in sorted(graph.objects(s, p)):
                if isinstance(o, rdflib.Literal):
                    by_lang.setdefault(o.language or "", str(o))
        text = " / ".join(by_lang[lang] for lang in sorted(by_lang, key=lambda x: (x != "en", x != "vi", x)))
        for p in labels:
            for o in list(graph.objects(s, p)):
                if isinstance(o, rdflib.Literal):
                    graph.remove((s, p, o))
        for p in keep:
            graph.add((s, p, rdflib.Literal(text)))


def _link(path: Path, old: str, new: str) -> None:
    """Put a link into pyLODE's page (`old` must be there once)."""
    html = path.read_text(encoding="utf-8")
    if html.count(old) != 1:
        raise RuntimeError(f"{path.name}: expected {old!r} once, found it {html.count(old)} times")
    path.write_text(html.replace(old, new), encoding="utf-8")


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
    voc.bind("pkg", pkg)  # else rdflib names the namespace ns1 (ids and links: ns1_NewMembers)
    one_label_per_language(voc, keep=(SKOS.prefLabel, DCTERMS.title))
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
    one_label_per_language(graph, keep=(rdflib.RDFS.label,))
    OntPub(ontology=graph, sort_subjects=True).make_html(destination=str(destination), include_css=True)
    # the two pages link to each other: the measures are where pkg:measure points
    _link(destination, "<h2>Metadata</h2>",
          '<h2>Metadata</h2>\n        <p>The measures of membership statistics (<code>pkg:MeasureScheme</code>, '
          'a SKOS concept scheme): <a href="measures.html">measures.html</a></p>')
    _link(destination, "a concept of pkg:MeasureScheme.",
          'a concept of <a href="measures.html">pkg:MeasureScheme</a>.')
    _link(destination.parent / "measures.html", "<h2>Metadata</h2>",
          '<h2>Metadata</h2>\n        <p>Part of the <a href="index.html">partykg ontology</a> '
          '(<code>pkg:</code> https://w3id.org/partykg/ontology#).</p>')
    return destination


if __name__ == "__main__":
    print(main())
