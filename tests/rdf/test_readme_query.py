"""The README's person -> posts -> organizations above -> sentence query, run on a graph built by the mapping."""
from __future__ import annotations

import re

import rdflib
from pyoxigraph import DefaultGraph, Quad, Store
from rdf.sample import TEXT, article, extraction

from partykg.emit import turtle
from partykg.rdf.mapping import to_triples

from conftest import ROOT


def _query() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("**From a person to posts"):]
    return re.search(r"```sparql\n(.*?)```", section, re.S).group(1)


def test_readme_query_walks_from_person_to_posts_parents_and_sentence():
    triples = to_triples(article(), extraction())
    store = Store()
    store.extend(Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in triples)
    rows = [tuple(r[v].value for v in ("post", "organization", "above", "article", "sentence", "start", "end"))
            for r in store.query(_query())]
    start = TEXT.index("Lê Văn Minh, Bí thư")
    span = (str(start), str(start + len("Lê Văn Minh, Bí thư Huyện ủy Sông Xanh")))
    assert rows == [
        ("Bí thư", "Huyện ủy Sông Xanh", "Đảng bộ huyện Sông Xanh", "t001_sample", TEXT, *span),
        ("Bí thư", "Huyện ủy Sông Xanh", "Đảng bộ tỉnh Núi Đỏ", "t001_sample", TEXT, *span),
    ]
    # the same answer from rdflib, the other library users load the Turtle with
    g = rdflib.Graph().parse(data=turtle(triples), format="turtle")
    assert [tuple(str(x) for x in r) for r in g.query(_query())] == rows
