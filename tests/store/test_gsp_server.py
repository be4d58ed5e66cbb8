"""Loading into a real Oxigraph server (`oxigraph serve`, started here on 127.0.0.1)."""
import shutil

import pytest
from pyoxigraph import RdfFormat, Store, parse

from partykg.emit import graph_name, turtle
from partykg.load import GSPClient, load_output

from conftest import ROOT
from storekit import QUERIES, http_count, http_select, oxigraph_server, sample_graphs


@pytest.fixture
def server(tmp_path):
    with oxigraph_server(tmp_path / "server-db") as base:
        yield base


def seed_dataset() -> Store:
    """The committed output as a dataset: each article's Turtle in its named graph."""
    store = Store()
    for path in sorted((ROOT / "output" / "articles").glob("*.ttl")):
        store.load(path=str(path), format=RdfFormat.TURTLE, to_graph=graph_name(path.stem))
    return store


def seed_quads() -> int:
    return len(seed_dataset())


def test_loading_the_seed_output_twice_leaves_the_same_triples(server):
    endpoint = server + "/store"
    first = load_output(endpoint, ROOT / "output", ontology=False)
    assert len(first.graphs) == len(list((ROOT / "output" / "articles").glob("*.ttl")))
    after_one = http_count(server)
    assert after_one == seed_quads()  # exactly the article files: one named graph per article
    load_output(endpoint, ROOT / "output", ontology=False)
    assert http_count(server) == after_one
    graphs = {r["g"] for r in http_select(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert graphs == {graph_name(p.stem).value for p in (ROOT / "output" / "articles").glob("*.ttl")}
    # a competency query, as is, over HTTP
    got = http_select(server, (QUERIES / "documents-by-count.rq").read_text(encoding="utf-8"))
    assert "05-CT/TW" in {r.get("identifier") for r in got}


def test_the_ontology_graph_makes_the_contracts_subclass_patterns_work_in_the_store(server):
    """`?C rdfs:subClassOf* org:Organization` over the union of the graphs: only with the ontology."""

    from partykg.load import ONTOLOGY_GRAPH
    from partykg.package_data import ONTOLOGY

    query = ("PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
             "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a ?C . ?C rdfs:subClassOf* org:Organization }")
    load_output(server + "/store", ROOT / "output", ontology=False)
    without = int(http_select(server, query)[0]["n"])
    report = load_output(server + "/store", ROOT / "output")
    assert report.ontology == ONTOLOGY_GRAPH.value
    with_ontology = int(http_select(server, query)[0]["n"])
    # what the same pattern finds over the output and the ontology in one local store
    local = seed_dataset()
    local.load((ONTOLOGY / "partykg.ttl").read_bytes(), format=RdfFormat.TURTLE)
    expected = int(next(iter(local.query(query, use_default_graph_as_union=True)))[0].value)
    # without the ontology only nodes typed org:Organization itself match (a parent the
    # article names no kind for); every pkg: kind needs the ontology's subclass axioms
    direct = int(next(iter(local.query(
        "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a <http://www.w3.org/ns/org#Organization> }",
        use_default_graph_as_union=True)))[0].value)
    assert without == direct < with_ontology == expected
    graphs = {r["g"] for r in http_select(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert ONTOLOGY_GRAPH.value in graphs
    assert http_count(server) == seed_quads() + len(set(parse(
        (ONTOLOGY / "partykg.ttl").read_bytes(), format=RdfFormat.TURTLE)))  # loaded again: replaced


def test_a_changed_article_replaces_its_graph_and_delete_removes_one(server, tmp_path):
    out = tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    graphs = sample_graphs()
    for aid, triples in graphs.items():
        (out / "articles" / f"{aid}.ttl").write_bytes(turtle(triples))
    load_output(server + "/store", out, ontology=False)
    assert http_count(server) == sum(len(set(t)) for t in graphs.values())
    shrunk = graphs["a1"][: len(graphs["a1"]) // 2]
    (out / "articles" / "a1.ttl").write_bytes(turtle(shrunk))
    report = load_output(server + "/store", out, removed=["a2"], ontology=False)
    assert report.deleted == ["a2"]
    assert http_count(server) == len(set(shrunk))


def test_a_large_graph_is_streamed_in_chunks(server, tmp_path):
    out = tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    from pyoxigraph import Literal, NamedNode, Triple
    big = [Triple(NamedNode(f"https://example.org/s{i}"), NamedNode("https://example.org/p"),
                  Literal("văn bản " * 20 + str(i))) for i in range(3000)]
    path = out / "articles" / "big.ttl"
    path.write_bytes(turtle(big))
    assert path.stat().st_size > 4 * 65536  # several 64 KiB chunks
    load_output(server + "/store", out, ontology=False)
    assert http_count(server) == 3000


def test_client_errors_from_the_real_server(server, tmp_path):
    shutil.copytree(ROOT / "output" / "articles", tmp_path / "articles")
    broken = sorted((tmp_path / "articles").glob("*.ttl"))[0]
    broken.write_text("<not turtle", encoding="utf-8")
    report = load_output(server + "/store", tmp_path)  # the broken graph refused, the others loaded
    assert list(report.failed) == [broken.stem] and "HTTP 400" in report.failed[broken.stem]
    assert report.graphs == sorted(p.stem for p in (tmp_path / "articles").glob("*.ttl") if p != broken)
    graphs = {r["g"] for r in http_select(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert graph_name(broken.stem).value not in graphs and graph_name(report.graphs[0]).value in graphs
    report = load_output(server + "/no-such-path", ROOT / "output", jobs=1)  # the endpoint: stops at once
    assert len(report.failed) == 1 and "HTTP 404" in next(iter(report.failed.values()))
    assert len(report.not_sent) == len(list((ROOT / "output" / "articles").glob("*.ttl"))) - 1


def test_an_absent_server_is_retried_then_reported(tmp_path):
    from storekit import free_port
    url = f"http://127.0.0.1:{free_port()}/store"
    c = GSPClient(url, retries=2, backoff=0.01)
    report = load_output(url, ROOT / "output", client=c, jobs=1)
    [why] = report.failed.values()
    assert "gave up after 3 attempts: ConnectError" in why
    assert report.graphs == [] and len(report.not_sent) == len(list((ROOT / "output" / "articles").glob("*.ttl"))) - 1
