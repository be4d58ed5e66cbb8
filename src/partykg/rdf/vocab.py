"""What ontology/partykg.ttl declares, read once, so the mapping checks kinds against it.

The ontology is the single list of organization kinds, document kinds and
measures: the mapping refuses a kind it does not declare (UnknownKindError,
the article fails and the run says why) instead of emitting an undeclared
class that queries along rdfs:subClassOf* would silently miss.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from pyoxigraph import NamedNode, QuerySolutions, RdfFormat, Store

from partykg.package_data import ONTOLOGY, Folder, folder, read_bytes
from partykg.rdf.namespaces import PREFIXES

ONTOLOGY_DIR = ONTOLOGY  # package data: partykg/ontology


class UnknownKindError(ValueError):
    """An extractor used an organization or document kind the ontology does not declare."""


@dataclass(frozen=True)
class Vocabulary:
    organization_kinds: frozenset[str]  # pkg local names with rdfs:subClassOf* org:Organization
    document_kinds: frozenset[str]  # pkg local names with rdfs:subClassOf* pkg:PartyDocument
    measures: frozenset[str]  # pkg local names of the concepts in pkg:MeasureScheme


def _select(store: Store, q: str) -> QuerySolutions:
    """The solutions of a SELECT query (Store.query is typed for every query form)."""
    return cast(QuerySolutions, store.query(q))


def _subclasses(store: Store, root: str) -> frozenset[str]:
    q = f"""PREFIX rdfs: <{PREFIXES['rdfs']}>
            SELECT ?c WHERE {{ ?c rdfs:subClassOf* <{root}> FILTER(STRSTARTS(STR(?c), "{PREFIXES['pkg']}")) }}"""
    return frozenset(s["c"].value[len(PREFIXES["pkg"]):] for s in _select(store, q))


@lru_cache(maxsize=4)
def load_vocabulary(ontology_dir: Folder = ONTOLOGY_DIR) -> Vocabulary:
    store = Store()
    store.load(read_bytes(folder(ontology_dir), "partykg.ttl"), format=RdfFormat.TURTLE)
    pkg = PREFIXES["pkg"]
    measures = frozenset(
        s["c"].value[len(pkg):] for s in _select(store,
            f"SELECT ?c WHERE {{ ?c <{PREFIXES['skos']}inScheme> <{pkg}MeasureScheme> }}"))
    return Vocabulary(
        organization_kinds=_subclasses(store, PREFIXES["org"] + "Organization"),
        document_kinds=_subclasses(store, pkg + "PartyDocument") - {"PartyDocument"},
        measures=measures,
    )


def _declared_class(kind: str, declared: frozenset[str], what: str) -> NamedNode:
    if kind not in declared:
        raise UnknownKindError(f"{what} kind {kind!r} is not declared in ontology/partykg.ttl "
                               f"(declared: {', '.join(sorted(declared))})")
    return NamedNode(PREFIXES["pkg"] + kind)


def organization_class(kind: str) -> NamedNode:
    return _declared_class(kind, load_vocabulary().organization_kinds, "organization")


def document_class(kind: str) -> NamedNode:
    """The class of a document kind; "PartyDocument" itself for kinds with no subclass of their own
    (a Thông tri, an Điều lệ): the tables know them, the ontology need not."""
    return _declared_class(kind, load_vocabulary().document_kinds | {"PartyDocument"}, "document")
