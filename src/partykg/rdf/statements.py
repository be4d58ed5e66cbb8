"""A graph's triples by predicate: what validation reads of a graph (partykg.validate).

{predicate: [(subject, object), ...]}: the mapping files each triple there as it builds it,
with the terms it has in hand (rdf.mapping.map_article), so that validation need not read
them back from the pyoxigraph Triples (each term read of a Triple is a new Python object,
~0.2 us: three a triple, ~0.5 ms an article) nor parse the N-Triples again (~1 ms).
A literal object is a pyoxigraph Literal or, as the mapping keeps them, its N-Triples text;
a pair may repeat. str() of any term is its N-Triples form.
"""
from __future__ import annotations

from collections.abc import Iterable

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple

Node = NamedNode | BlankNode
Term = NamedNode | BlankNode | Literal | str  # str: a literal's N-Triples text
ByPredicate = dict[NamedNode, list[tuple[Node, Term]]]


def by_predicate(triples: Iterable[Triple | Quad]) -> ByPredicate:
    """The triples by predicate, for a graph the mapping did not make."""
    out: ByPredicate = {}
    for t in triples:
        out.setdefault(t.predicate, []).append((t.subject, t.object))  # type: ignore[arg-type]  # no triple terms
    return out
