"""The cookbook queries the report adds to queries/: each answers its question on the small
graph of the store tests (built through the real mapping), and rdflib agrees."""
import sys
from pathlib import Path

import pytest
import rdflib
from pyoxigraph import NamedNode, RdfFormat, Store

from partykg.emit import nquads

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from storekit import A1, QUERIES, run_file, sample_graphs  # noqa: E402

PKG = "https://w3id.org/partykg/ontology#"


@pytest.fixture(scope="module")
def kg():
    store = Store()
    store.load(nquads(sample_graphs()), format=RdfFormat.N_QUADS)
    return store


def test_measure_series_gives_each_figure_with_its_article_and_sentence(kg):
    got = run_file(kg, "measure-series.rq", measure=NamedNode(PKG + "NewMembers"))
    assert [(r["organization"], r["periodStart"], r["periodEnd"], r["value"], r["article"]) for r in got] \
        == [("Đảng bộ xã Vĩnh Giang", "2023", "2023", "25", "a1")]
    assert "kết nạp 25 đảng viên mới" in got[0]["sentence"]
    totals = run_file(kg, "measure-series.rq", measure=NamedNode(PKG + "TotalMembers"))
    assert [(r["value"], r["periodStart"], r["periodEnd"]) for r in totals] == [("900", None, "2023")]
    # unbound: every measure, each row naming its own
    assert {r["measure"] for r in run_file(kg, "measure-series.rq")} == {PKG + "NewMembers", PKG + "TotalMembers"}


def test_post_sentences_one_row_per_sentence(kg):
    sentence = "Đồng chí Trần Văn An, Bí thư Huyện ủy Vĩnh Linh, chủ trì hội nghị."
    assert run_file(kg, "post-sentences.rq") == [{
        "person": "Trần Văn An", "post": "Bí thư", "organization": "Huyện ủy Vĩnh Linh", "article": "a1",
        "sentence": sentence, "sentenceStart": str(A1.index(sentence)),
        "sentenceEnd": str(A1.index(sentence) + len(sentence))}]


def test_organization_facts_parents_and_counts(kg):
    got = {r["organization"]: r for r in run_file(kg, "organization-facts.rq")}
    assert got["Chi bộ thôn Tân Mỹ"]["parent"] == got["Đảng bộ xã Vĩnh Giang"]["org"]
    assert got["Đảng bộ xã Vĩnh Giang"]["parent"] == got["Huyện ủy Vĩnh Linh"]["org"]
    assert got["Huyện ủy Vĩnh Linh"]["parent"] is None
    assert (got["Huyện ủy Vĩnh Linh"]["posts"], got["Huyện ủy Vĩnh Linh"]["statistics"]) == ("1", None)
    assert (got["Đảng bộ xã Vĩnh Giang"]["statistics"], got["Đảng bộ xã Vĩnh Giang"]["articles"]) == ("2", "1")
    assert got["Đảng ủy xã Gio Mai"]["kind"] == "PartyCommittee"


def test_documents_cited_with_issuer_and_articles(kg):
    got = run_file(kg, "documents-cited.rq")
    assert [(r["identifier"], r["articles"]) for r in got] == [("05-CT/TW", "2"), ("35-NQ/TW", "1")]
    assert got[0]["issuers"] == "Bộ Chính trị" and sorted(got[0]["article_ids"].split()) == ["a1", "a2"]
    assert not got[1]["issuers"] and got[1]["article_ids"] == "a2"  # (unbound or "": engines differ)


def test_places_with_the_unit_at_the_top(kg):
    got = {r["place"]: r for r in run_file(kg, "places.rq")}
    assert got["xã Vĩnh Giang"]["province"] == "huyện Vĩnh Linh"  # the top of this graph's chain
    assert got["huyện Vĩnh Linh"]["province"] == "huyện Vĩnh Linh"
    assert (got["xã Vĩnh Giang"]["organizations"], got["huyện Vĩnh Linh"]["organizations"]) == ("1", "1")


def test_articles(kg):
    assert [(r["article"], r["title"]) for r in run_file(kg, "articles.rq")] == [("a1", "Bài a1"), ("a2", "Bài a2")]


NEW = ["articles.rq", "measure-series.rq", "post-sentences.rq", "organization-facts.rq", "documents-cited.rq",
       "places.rq"]


@pytest.mark.parametrize("name", NEW)
@pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning")
@pytest.mark.filterwarnings("ignore:Dataset.contexts is deprecated:DeprecationWarning")
def test_queries_are_portable_sparql(kg, name):
    """Another SPARQL 1.1 engine (rdflib, default graph = union) gives the same answers
    (GROUP_CONCAT's order is the engine's: compared as sets; over no value it gives "" or unbound)."""
    ds = rdflib.Dataset(default_union=True)
    ds.parse(data=nquads(sample_graphs()).decode("utf-8"), format="nquads")
    res = ds.query((QUERIES / name).read_text(encoding="utf-8"))

    def norm(row):
        return sorted((k, " ".join(sorted(v.split())) if k.endswith("ids") and v else v or None)
                      for k, v in row.items())
    theirs = [{str(v): (None if r[v] is None else str(r[v])) for v in res.vars} for r in res]
    ours = run_file(kg, name)
    assert ours and sorted(map(norm, theirs)) == sorted(map(norm, ours))


def _subclasses(root: str) -> set[str]:
    from conftest import ROOT
    g = rdflib.Graph()
    for ttl in sorted((ROOT / "ontology").glob("*.ttl")):
        g.parse(ttl, format="turtle")
    return {str(r.c) for r in g.query(f"SELECT ?c WHERE {{ ?c rdfs:subClassOf* <{root}> }}")}


@pytest.mark.parametrize("name,root", [("documents-cited.rq", PKG + "PartyDocument"),
                                       ("organization-facts.rq", "http://www.w3.org/ns/org#Organization")])
def test_class_lists_cover_the_ontology(name, root):
    text = (QUERIES / name).read_text(encoding="utf-8").replace("\n", " ") + " "
    prefixes = {"pkg": PKG, "org": "http://www.w3.org/ns/org#"}
    missing = [iri for iri in _subclasses(root) for p, ns in prefixes.items()
               if iri.startswith(ns) and f"{p}:{iri[len(ns):]} " not in text]
    assert not missing, f"queries/{name}: add {missing} to its VALUES class list"
