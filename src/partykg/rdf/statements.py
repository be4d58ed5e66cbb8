"""A graph's N-Triples with its triples by predicate, each term as its N-Triples text.

The mapping writes every triple as an N-Triples line once (rdf.mapping.map_article):
the output files take the lines, validation reads the terms it needs - the
subjects and objects of a few predicates, the nodes that reach the ontology - from
`by_predicate` instead of each pyoxigraph Triple's terms (an attribute of a
Triple is a new Python object, ~0.2 us, three of them a triple: ~0.8 ms an
article) or of parsing the lines again (~0.45 ms).

The lines are what pyoxigraph's N-Triples serializer writes for the same triples
(`ntriples_literal` escapes as it does), so `nt` is the bytes of
`serialize(triples, format=RdfFormat.N_TRIPLES)`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

Term = str  # '<iri>', '"literal"', '"literal"@vi', '"literal"^^<datatype>' or '_:blank'

# Oxigraph's N-Triples escapes (oxrdf's print_quoted_str): a backslash and a letter for
# \ " LF CR (by str.replace: ~15x faster than str.translate) and for BS TAB FF, \uXXXX for
# the other control characters (rare: translated when there is one)
_OTHER = {c: {0x08: "\\b", 0x09: "\\t", 0x0C: "\\f"}.get(c, f"\\u{c:04X}")
          for c in [*range(0x20), 0x7F] if c not in (0x0A, 0x0D)}
_CONTROL = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]")  # _OTHER's


def quoted(value: str) -> str:
    """A literal's lexical form quoted as N-Triples writes it."""
    text = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if _CONTROL.search(text):
        text = text.translate(_OTHER)
    return f'"{text}"'


@dataclass(frozen=True)
class Statements:
    """The N-Triples of a graph (`text`, and `nt`: its UTF-8 bytes), a line a triple, and the
    same triples by predicate: {predicate: [(subject, object), ...]}, terms as N-Triples text."""
    nt: bytes
    text: str
    by_predicate: dict[Term, list[tuple[Term, Term]]]

    @classmethod
    def from_ntriples(cls, nt: bytes) -> Statements:
        """Read back from N-Triples as pyoxigraph writes them: `<s> <p> <o> .`, one space apart."""
        text = nt.decode("utf-8")
        by_predicate: dict[Term, list[tuple[Term, Term]]] = {}
        for line in text.split("\n"):  # not splitlines: U+2028 and its kin are not escaped
            if line:
                s, p, o = line[:-2].split(" ", 2)
                by_predicate.setdefault(p, []).append((s, o))
        return cls(nt, text, by_predicate)
