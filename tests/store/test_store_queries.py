"""The competency queries of queries/: each answers its question on a small graph
built through the real mapping, and runs on the committed seed output."""
import shutil

import pytest
import rdflib

from partykg.store import open_store, sync_store

from conftest import ROOT
from storekit import QUERIES, run_file, sample_graphs


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    out = tmp_path_factory.mktemp("kg")
    sync_store(out, graphs=sample_graphs())
    db = open_store(out / "store")
    yield db
    del db


@pytest.fixture(scope="module")
def seed_kg(tmp_path_factory):
    """The store of the committed seed output (its per-article files, copied)."""
    out = tmp_path_factory.mktemp("seed")
    shutil.copytree(ROOT / "output" / "articles", out / "articles")
    report = sync_store(out)
    assert report.added and not report.problems
    db = open_store(out / "store")
    yield db
    del db


def test_posts(kg):
    assert run_file(kg, "posts.rq") == [{
        "person": "Trần Văn An", "post": "Bí thư", "organization": "Huyện ủy Vĩnh Linh",
        "articles": "1", "article_ids": "a1"}]


def test_organizations_implementing_or_citing_a_document(kg):
    got = run_file(kg, "document-organizations.rq", document="05-CT/TW")
    assert {(r["organization"], r["relation"]) for r in got} == {
        ("Bộ Chính trị", "issued"),
        ("Huyện ủy Vĩnh Linh", "named in the same sentence"),
        ("Thành ủy Đông Hà", "named in the same sentence"),
    }  # not Huyện ủy Gio Linh / Đảng ủy xã Gio Mai: a2 names them in another sentence
    assert all(r["document"] == "05-CT/TW" for r in got)
    same = [r for r in got if r["relation"] != "issued"]
    assert all(r["organization"] in r["sentence"] and "05-CT/TW" in r["sentence"] for r in same)
    assert {r["article"] for r in same} == {"a1", "a2"}
    # another document, and no parameter at all
    assert {r["organization"] for r in run_file(kg, "document-organizations.rq", document="35-NQ/TW")} \
        == {"Thành ủy Đông Hà"}
    assert {r["document"] for r in run_file(kg, "document-organizations.rq")} == {"05-CT/TW", "35-NQ/TW"}


def test_admissions_per_organization_and_period(kg):
    got = run_file(kg, "admissions.rq")
    assert [(r["organization"], r["periodStart"], r["periodEnd"], r["admitted"], r["articles"])
            for r in got] == [("Đảng bộ xã Vĩnh Giang", "2023", "2023", "25", "1")]
    assert "kết nạp 25 đảng viên" in got[0]["evidence"]  # the total (900) is not an admission


def test_hierarchy_under_a_district(kg):
    got = run_file(kg, "district-hierarchy.rq", district="Vĩnh Linh")
    assert [(r["under"], r["depth"], r["organization"], r["parent"]) for r in got] == [
        ("Huyện ủy Vĩnh Linh", "1", "Đảng bộ xã Vĩnh Giang", "Huyện ủy Vĩnh Linh"),
        ("Huyện ủy Vĩnh Linh", "2", "Chi bộ thôn Tân Mỹ", "Đảng bộ xã Vĩnh Giang"),
    ]
    assert [r["organization"] for r in run_file(kg, "district-hierarchy.rq", district="gio linh")] \
        == ["Đảng ủy xã Gio Mai"]  # found by its name, case-insensitively, without a place
    assert {r["under"] for r in run_file(kg, "district-hierarchy.rq")} \
        == {"Huyện ủy Vĩnh Linh", "Huyện ủy Gio Linh"}


def test_every_fact_of_an_article_with_its_sentence(kg):
    got = run_file(kg, "article-facts.rq", article="a1")
    assert {r["article"] for r in got} == {"a1"}
    starts = [int(r["start"]) for r in got]
    assert starts == sorted(starts)
    facts = {(r["kind"], r["fact"]) for r in got}
    assert ("Membership", "Trần Văn An, Bí thư, Huyện ủy Vĩnh Linh") in facts
    assert ("MembershipStatistic", "NewMembers = 25 (Đảng bộ xã Vĩnh Giang, 2023–2023)") in facts
    assert ("MembershipStatistic", "TotalMembers = 900 (Đảng bộ xã Vĩnh Giang, –2023)") in facts
    assert ("Directive", "Chỉ thị 05-CT/TW") in facts
    assert ("Person", "Trần Văn An") in facts
    from storekit import A1
    for r in got:  # each row's offsets point at its quote, inside its sentence
        assert A1[int(r["start"]):int(r["end"])] == r["quote"]
        assert r["quote"] in r["sentence"]
        assert r["rule"] == "test"


def test_documents_cited_across_the_corpus(kg):
    got = run_file(kg, "documents-by-count.rq")
    assert [(r["identifier"], r["document"], r["kind"], r["articles"], r["mentions"]) for r in got] == [
        ("05-CT/TW", "Chỉ thị 05-CT/TW", "Directive", "2", "2"),
        ("35-NQ/TW", "Nghị quyết 35-NQ/TW", "Resolution", "1", "1"),
    ]


# --- the same queries on the committed seed output (answers that stay true as extraction grows)

def test_seed_documents_by_count(seed_kg):
    got = {r["identifier"]: r for r in run_file(seed_kg, "documents-by-count.rq")}
    assert int(got["05-CT/TW"]["articles"]) >= 2  # two seed articles cite Chỉ thị 05
    counts = [int(r["articles"]) for r in run_file(seed_kg, "documents-by-count.rq")]
    assert counts == sorted(counts, reverse=True)


def test_seed_article_facts(seed_kg):
    got = run_file(seed_kg, "article-facts.rq", article="000_c050c0f6557fdcc4")
    assert got and all(r["sentence"] for r in got)
    assert any(r["fact"] == "Chỉ thị 05-CT/TW" and "05 - CT/TW" in r["quote"] for r in got)
    text = (ROOT / "data" / "seeds" / "000_c050c0f6557fdcc4.txt").read_bytes().decode("utf-8")
    for r in got:  # offsets into the original file
        assert text[int(r["start"]):int(r["end"])] == r["quote"]


def test_seed_other_queries_run_and_are_well_formed(seed_kg):
    for r in run_file(seed_kg, "document-organizations.rq", document="05-CT/TW"):
        assert r["document"] == "05-CT/TW" and r["organization"]
    for r in run_file(seed_kg, "posts.rq"):
        assert r["person"] and r["post"] and r["organization"] and int(r["articles"]) >= 1
    for r in run_file(seed_kg, "admissions.rq"):
        assert float(r["admitted"]) >= 0
    for r in run_file(seed_kg, "district-hierarchy.rq", district="Vĩnh Linh"):
        assert "Vĩnh Linh" in r["under"] and int(r["depth"]) >= 1


# --- the class lists written into the queries follow the ontology

def _subclasses(root: str) -> set[str]:
    g = rdflib.Graph()
    for ttl in sorted((ROOT / "ontology").glob("*.ttl")):
        g.parse(ttl, format="turtle")
    rows = g.query(f"SELECT ?c WHERE {{ ?c rdfs:subClassOf* <{root}> }}")
    return {str(r.c) for r in rows}


@pytest.mark.parametrize("name,root", [
    ("documents-by-count.rq", "https://w3id.org/partykg/ontology#PartyDocument"),
    ("document-organizations.rq", "https://w3id.org/partykg/ontology#PartyDocument"),
    ("document-organizations.rq", "http://www.w3.org/ns/org#Organization"),
])
def test_class_lists_cover_the_ontology(name, root):
    text = (QUERIES / name).read_text(encoding="utf-8")
    prefixes = {"pkg": "https://w3id.org/partykg/ontology#", "org": "http://www.w3.org/ns/org#"}
    missing = []
    for iri in _subclasses(root):
        for p, ns in prefixes.items():
            if iri.startswith(ns) and f"{p}:{iri[len(ns):]} " not in text.replace("\n", " ") + " ":
                missing.append(iri)
    assert not missing, f"queries/{name}: add {missing} to its VALUES class list"


@pytest.mark.parametrize("name,bindings", [
    ("posts.rq", {}), ("document-organizations.rq", {"document": "05-CT/TW"}),
    ("admissions.rq", {}), ("district-hierarchy.rq", {"district": "Vĩnh Linh"}),
    ("district-hierarchy.rq", {}), ("article-facts.rq", {"article": "a1"}),
    ("documents-by-count.rq", {}),
])
@pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning")
def test_queries_are_portable_sparql(kg, name, bindings):
    """Another SPARQL 1.1 engine (rdflib, default graph = union) gives the same answers."""
    from partykg.emit import nquads
    ds = rdflib.Dataset(default_union=True)
    ds.parse(data=nquads(sample_graphs()).decode("utf-8"), format="nquads")
    res = ds.query((QUERIES / name).read_text(encoding="utf-8"),
                   initBindings={k: rdflib.Literal(v) for k, v in bindings.items()})
    theirs = [{str(v): (None if r[v] is None else str(r[v])) for v in res.vars} for r in res]
    ours = run_file(kg, name, **bindings)
    assert ours and sorted(map(sorted, map(dict.items, theirs))) == sorted(map(sorted, map(dict.items, ours)))


@pytest.mark.parametrize("name,var,value", [
    ("document-organizations.rq", "document", "05-CT/TW"),
    ("district-hierarchy.rq", "district", "Vĩnh Linh"),
    ("article-facts.rq", "article", "a1"),
])
def test_uncommented_values_line_equals_bind(kg, name, var, value):
    """The documented placeholder for servers: uncomment `# VALUES ?x { ... }`, edit the value."""
    from partykg.store import run_query

    from storekit import rows
    text = (QUERIES / name).read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if ln.strip().startswith(f"# VALUES ?{var} "))
    edited = text.replace(line, f'VALUES ?{var} {{ "{value}" }}')
    by_values = rows(run_query(kg, edited))
    assert by_values and by_values == run_file(kg, name, **{var: value})


def test_evidence_as_full_web_annotations(kg):
    """evidence-annotations.rq writes each compact evidence out as a standard oa:Annotation."""
    from partykg.store import run_query

    from storekit import A1
    text = (QUERIES / "evidence-annotations.rq").read_text(encoding="utf-8")
    g = rdflib.Graph()
    for t in run_query(kg, text, {"article": "a1"}):
        g.add(tuple(rdflib.URIRef(x.value) if type(x).__name__ == "NamedNode" else rdflib.Literal(x.value)
                    for x in (t.subject, t.predicate, t.object)))
    rows = list(g.query("""PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?e ?body ?src ?start ?end ?exact WHERE {
          ?e a oa:Annotation ; oa:hasBody ?body ; oa:motivatedBy oa:identifying ;
             oa:hasTarget [ a oa:SpecificResource ; oa:hasSource ?src ; oa:hasSelector ?p, ?q ] .
          ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
          ?q a oa:TextQuoteSelector ; oa:exact ?exact }"""))
    assert rows and {str(r.src) for r in rows} == {"https://w3id.org/partykg/id/article/a1"}
    for r in rows:  # the quote is the file's text at the position
        assert A1[int(r.start):int(r.end)] == str(r.exact)
    assert {str(r.exact) for r in rows} >= {"Huyện ủy Vĩnh Linh", "Chỉ thị 05-CT/TW"}
    # the same query without the parameter covers both articles
    everything = list(run_query(kg, text))
    assert len(everything) > len(g)
