"""The namespaces of the graph (kg-contract.md), as pyoxigraph helpers."""
from __future__ import annotations

from pyoxigraph import NamedNode

PREFIXES = {
    "pkg": "https://w3id.org/partykg/ontology#",
    "pkr": "https://w3id.org/partykg/id/",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "oa": "http://www.w3.org/ns/oa#",
}
SH_PREFIX = "http://www.w3.org/ns/shacl#"


class _Namespace:
    def __init__(self, base: str):
        self.base = base
        self._terms: dict[str, NamedNode] = {}  # one node per term: the mapping asks for them by the thousand

    def __getattr__(self, name: str) -> NamedNode:  # only called for names not set yet
        if name.startswith("_"):  # copy/pickle probes (before __init__) are not terms
            raise AttributeError(name)
        term = self[name]
        setattr(self, name, term)  # next time a plain attribute: no call at all
        return term

    def __getitem__(self, name: str) -> NamedNode:
        term = self._terms.get(name)
        if term is None:
            term = self._terms[name] = NamedNode(self.base + name)
        return term


PKG, PKR, ORG, FOAF, SKOS, DCTERMS, PROV, SCHEMA, RDF, RDFS, XSD, OA = (
    _Namespace(PREFIXES[p]) for p in ("pkg", "pkr", "org", "foaf", "skos", "dcterms", "prov",
                                       "schema", "rdf", "rdfs", "xsd", "oa"))
SH = _Namespace(SH_PREFIX)
