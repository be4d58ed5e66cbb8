"""The mapping files its triples by predicate as it builds them (rdf.statements): validation
reads a graph there, so it must hold exactly the graph's triples, in the terms validation
writes out as N-Triples (an entailed triple copies a literal object)."""
from __future__ import annotations

import dataclasses

from pyoxigraph import Literal, NamedNode, RdfFormat, Triple, parse
from rdf.sample import article, extraction

from partykg.model import Place, Statistic
from partykg.rdf.mapping import map_article
from partykg.rdf.statements import by_predicate


def _triples(filed) -> set[Triple]:
    """The triples filed by predicate, each term read back from its N-Triples (str())."""
    text = "".join(f"{s} {p} {o} .\n" for p, pairs in filed.items() for s, o in pairs)
    return {q.triple for q in parse(text, format=RdfFormat.N_TRIPLES)}


def test_the_mapping_files_every_triple_by_predicate():
    ex = extraction()
    # every way a triple is made: a referenced organization, person, place (with its code),
    # a measure of an extractor, literals that need escaping in N-Triples
    ex.places.append(Place("xã Bến Đá", "xã", "Bến Đá", code="12345", parent="tỉnh Núi Đỏ", evidence=[]))
    ex.statistics.append(Statistic("Chi bộ thôn Đồi Thông", "RuralAdmissions", 4, "2023", None))
    art = dataclasses.replace(article(), title='Tiêu đề "trong ngoặc"\tvà \\ gạch')
    mapped = map_article(art, ex)
    assert _triples(mapped.by_predicate) == set(mapped.triples)
    assert set(mapped.by_predicate) == {t.predicate for t in mapped.triples}


def test_triples_the_mapping_did_not_make_are_filed_as_they_are():
    s, p = NamedNode("https://example.org/s"), NamedNode("https://example.org/p")
    triples = [Triple(s, p, Literal("a\tb")), Triple(s, p, s)]
    assert by_predicate(triples) == {p: [(s, Literal("a\tb")), (s, s)]}
    assert _triples(by_predicate(triples)) == set(triples)
