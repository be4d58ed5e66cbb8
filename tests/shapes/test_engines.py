"""pyshacl-turbo (the default engine) and pySHACL (the reference) give the same reports on our shapes."""
from __future__ import annotations

import pytest
from rdf.sample import article, extraction
from shapes.test_shapes import CASES, _broken

import partykg.validate as V
from partykg.rdf.mapping import to_triples

# one broken graph per shape family, plus a SPARQL constraint of each severity
PICK = ["article-bad-sha256", "person-two-names", "org-cycle", "membership-two-members", "role-not-in-scheme",
        "document-identifier-with-so", "statistic-year-after-date", "measure-undocumented",
        "place-two-parents", "evidence-span-outside-sentence", "evidence-start-after-end",
        "evidence-start-string", "evidence-untyped-negative-start", "sentence-negative-end",
        "sentence-text-not-the-slice"]


def _report(monkeypatch, engine: str, triples):
    monkeypatch.setenv("PARTYKG_SHACL", engine)
    r = V.validate(triples)
    return r.conforms, r.findings, r.report_turtle


@pytest.mark.parametrize("name", ["valid"] + PICK)
def test_turbo_gives_the_reference_report(monkeypatch, name):
    base = to_triples(article(), extraction())
    triples = base if name == "valid" else _broken(base, dict((c[0], c[1]) for c in CASES)[name])
    assert _report(monkeypatch, "turbo", triples) == _report(monkeypatch, "pyshacl", triples)


def test_turbo_is_the_default(monkeypatch):
    monkeypatch.delenv("PARTYKG_SHACL", raising=False)
    assert V._engine() is not V._reference


def test_turbo_runs_our_graphs_itself(monkeypatch):
    # _engine falls back to the reference on NotImplementedError: correct, but ~4x slower.
    # The sample and a broken graph must run on turbo itself, with the one private name
    # it relies on (CompiledShapes._native, pinned by pyproject.toml).
    base = to_triples(article(), extraction())
    monkeypatch.setenv("PARTYKG_SHACL", "pyshacl")
    for triples in (base, _broken(base, dict((c[0], c[1]) for c in CASES)["statistic-years-reversed"])):
        _conforms, report = V._turbo(triples, V.ONTOLOGY_DIR, V.ntriples(triples))
        assert V._findings(report) == V.validate(triples).findings


@pytest.mark.parametrize("engine", ["turbo", "pyshacl"])
def test_the_n_triples_a_caller_gives_are_what_is_validated(monkeypatch, engine):
    """validate's `nt` (a run makes the graph's N-Triples once, for validation and the output
    files): the same findings as without it, and the graph validated is the one they state."""
    monkeypatch.setenv("PARTYKG_SHACL", engine)
    base = to_triples(article(), extraction())
    broken = _broken(base, dict((c[0], c[1]) for c in CASES)["person-two-names"])
    assert V.validate(base, nt=V.ntriples(base)).findings == V.validate(base).findings
    assert V.validate(base, nt=V.ntriples(broken)).findings == V.validate(broken).findings != []
