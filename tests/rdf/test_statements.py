"""The mapping writes each triple once as its N-Triples line (rdf.statements): the lines must be
exactly what pyoxigraph's serializer writes for the triples, since the output files sort and
write them, and their terms by predicate what validation reads."""
from __future__ import annotations

import dataclasses

import pytest
from pyoxigraph import Literal, NamedNode, RdfFormat, Triple, serialize
from rdf.sample import article, extraction

from partykg.rdf.mapping import map_article
from partykg.rdf.statements import Statements, quoted

# every character N-Triples escapes, and some it does not (U+2028 is a line break to str.splitlines)
AWKWARD = ['say "hi"', "back\\slash", "two\nlines\r", "tab\there", "bell\x07 del\x7f nul\x00",
           "\x08\x0c\x1f", "line\u2028separator", "Đảng ủy xã Tân Lập", "", "\\n is not a line break"]


@pytest.mark.parametrize("value", AWKWARD)
def test_a_literal_is_quoted_as_pyoxigraph_writes_it(value):
    s, p = NamedNode("https://example.org/s"), NamedNode("https://example.org/p")
    expected = serialize([Triple(s, p, Literal(value))], format=RdfFormat.N_TRIPLES)
    assert f"<{s.value}> <{p.value}> {quoted(value)} .\n".encode() == expected


def test_the_statements_of_a_mapped_article_are_its_triples_n_triples():
    art = article()
    text = art.text + " Anh ấy nói: \"Tab\there\", \\ và\u2028xong."
    art = dataclasses.replace(art, text=text, original_text=text, offsets=list(range(len(text) + 1)))
    ex = extraction()
    tail = len(art.text) - len(text.split(".", 1)[1])  # the second sentence, with its awkward characters
    quote = dataclasses.replace(ex.persons[0].evidence[0], sentence=text[tail:], sentence_start=tail,
                                sentence_end=len(text), start=tail + 1, end=tail + 7)
    ex.persons[0] = dataclasses.replace(ex.persons[0], evidence=[*ex.persons[0].evidence, quote])
    mapped = map_article(art, ex)
    assert '\\"Tab\\there\\"' in mapped.statements.text
    assert mapped.statements.nt == serialize(mapped.triples, format=RdfFormat.N_TRIPLES)
    assert mapped.statements.text == mapped.statements.nt.decode("utf-8")
    # by predicate: the same terms as the lines say, each triple once
    by_predicate = mapped.statements.by_predicate
    assert all(len(set(pairs)) == len(pairs) for pairs in by_predicate.values())
    read_back = Statements.from_ntriples(mapped.statements.nt).by_predicate
    assert {p: set(pairs) for p, pairs in by_predicate.items()} == {p: set(pairs) for p, pairs in read_back.items()}
    assert sum(map(len, by_predicate.values())) == len(mapped.triples)
